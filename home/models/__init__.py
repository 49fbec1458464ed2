from .images import KorusImage, KorusRendition
from .material import MaterialIndexPage, MaterialPage, MaterialVersion
from .mixins import RegionScopedPage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .regions import NATIONAL_ADMIN_GROUP, Fylke, Kommune, Region, RegionContact, RegionPage
from .site_settings import SiteSettings
from .slugs import TransliteratedSlugPage

__all__ = [
    "NATIONAL_ADMIN_GROUP",
    "Fylke",
    "HomePage",
    "Kommune",
    "KorusImage",
    "KorusRendition",
    "MaterialIndexPage",
    "MaterialPage",
    "MaterialVersion",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Region",
    "RegionContact",
    "RegionPage",
    "RegionScopedPage",
    "SiteSettings",
    "StandardPage",
    "TransliteratedSlugPage",
]
