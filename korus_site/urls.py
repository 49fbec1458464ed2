from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from korus_site.core import views as core_views
from korus_site.core.pagecache import cache_public_page

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", cache_public_page(sitemap), name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("sok/", home_views.search, name="search"),
    path("sprak/", set_language, name="set_language"),
    path("sprak/<str:code>/", core_views.switch_language, name="switch_language"),
    path("konto/", include("korus_site.accounts.urls")),
    path("nettverk/", include("network.urls")),
    path("", include("courses.urls")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
