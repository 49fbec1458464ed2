"""Search over topics and posts: PostgreSQL full-text with Norwegian stemming, plain matching elsewhere."""

from collections.abc import Mapping
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from korus_site.accounts.types import AnyUser
from network import access
from network.models import Post, Topic

# Must match the expression of the GIN index made in migration 0002 for the planner to use it.
POST_VECTOR = SearchVector("body", config="norwegian")


def search_posts(query: str, user: AnyUser) -> QuerySet[Post]:
    """Posts ``user`` may see that match ``query`` (best first on PostgreSQL); hidden posts never match."""
    posts = access.visible_posts(user).filter(hidden=False, topic__hidden=False).select_related("topic__area", "author")
    query = query.strip()
    if not query:
        return posts.none()
    if connection.vendor == "postgresql":
        search = SearchQuery(query, config="norwegian", search_type="websearch")
        in_text = Post.objects.annotate(vector=POST_VECTOR).filter(vector=search).values("pk")
        in_title = Topic.objects.annotate(vector=SearchVector("title", config="norwegian")).filter(vector=search)
        return (
            posts.filter(Q(pk__in=in_text) | Q(topic__in=in_title, pk__in=first_posts(in_title)))
            .annotate(rank=SearchRank(POST_VECTOR, search))
            .order_by("-rank", "-created_at")
        )
    condition = Q()
    for word in query.split():
        condition &= Q(body__icontains=word) | Q(topic__title__icontains=word)
    return posts.filter(condition).order_by("-created_at")


def first_posts(topics: QuerySet[Topic]) -> QuerySet[Post, Mapping[str, Any]]:
    """The opening post of each topic: a match in a title shows the topic once."""
    from django.db.models import Min

    return Post.objects.filter(topic__in=topics).values("topic").annotate(first=Min("pk")).values("first")
