from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from courses.models import CourseIndexPage
from courses.services.certificates import schools_with_kjentmann
from courses.services.finder import find_series, upcoming_series
from home.models import MaterialPage, NewsIndexPage, NewsPage, RegionPage

RESULTS_PER_PAGE = 10


def home_page_context(page, request, context: dict) -> dict:
    """What the front page shows: the seven regions, the latest news and the next course series."""
    context["regions"] = RegionPage.objects.live().public().child_of(page).select_related("region")
    context["news"] = (
        NewsPage.objects.live()
        .public()
        .defer_streamfields()
        .select_related("region", "image")
        .prefetch_related("image__renditions")
        .order_by("-date", "-pk")[:6]
    )
    context["upcoming_series"] = upcoming_series(limit=6)
    return context


def region_page_context(page, request, context: dict) -> dict:
    """What a region's page shows: its news, material, contacts, series and schools with a Kjentmann."""
    region = page.region
    context["fylker"] = region.fylker.all()
    context["news"] = (
        NewsPage.objects.live()
        .public()
        .filter(region=region)
        .defer_streamfields()
        .select_related("region", "image")
        .prefetch_related("image__renditions")
        .order_by("-date", "-pk")[:4]
    )
    context["news_index"] = page.get_children().type(NewsIndexPage).live().first()
    context["material"] = MaterialPage.objects.live().public().filter(region=region).with_latest_version()[:5]
    context["contacts"] = page.contacts.all()
    context["upcoming_series"] = find_series(region=region)[:4]
    context["course_index"] = page.get_children().type(CourseIndexPage).live().first()
    context["kjentmann_kommuner"], context["listed_kjentmenn"] = schools_with_kjentmann(region)
    return context


def search(request):
    """Site search at /sok/: every live, public page (PostgreSQL full-text when on PostgreSQL)."""
    query = request.GET.get("q", "").strip()[:200]
    results = None
    if query:
        # Wagtail's SQLite backend hands a lone double quote to FTS5 as an unterminated phrase;
        # people type quotes as punctuation here, so they are dropped before searching.
        terms = query.replace('"', " ").strip()
        found = Page.objects.live().public().specific().search(terms, operator="and") if terms else Page.objects.none()
        Query.get(query).add_hit()
        results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("side"))
    return render(
        request,
        "home/search.html",
        {"query": query, "results": results, "page_title": _("Search")},
    )
