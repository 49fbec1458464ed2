from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

RESULTS_PER_PAGE = 10


def search(request):
    """Site search at /sok/: every live, public page (PostgreSQL full-text when on PostgreSQL)."""
    query = request.GET.get("q", "").strip()[:200]
    results = None
    if query:
        found = Page.objects.live().public().specific().search(query, operator="and")
        Query.get(query).add_hit()
        results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("side"))
    return render(
        request,
        "home/search.html",
        {"query": query, "results": results, "page_title": _("Search")},
    )
