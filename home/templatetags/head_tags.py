"""``{% head_meta %}``: canonical link, description, Open Graph tags and feed links in base.html."""

from django import template

from home.services.page_meta import head_meta as build_head_meta

register = template.Library()


@register.inclusion_tag("includes/head_meta.html", takes_context=True)
def head_meta(context):
    """Render the head tags of the page in ``context`` (a Wagtail ``page``, or ``page_title`` of a view)."""
    page = context.get("page")
    request = context.get("request")
    if page is not None and not hasattr(page, "get_full_url"):
        page = None  # a paginator page, not a Wagtail page
    meta = build_head_meta(page, request=request, title=str(context.get("page_title") or ""))
    return {"meta": meta}
