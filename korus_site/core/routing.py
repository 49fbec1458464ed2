"""Pages hand their requests to views here, so that models never import views.

Wagtail pages route requests themselves (``serve``, ``RoutablePageMixin`` routes,
``get_context``). They name the view by its dotted path and this module imports it when
the first request arrives: the only place where the model layer reaches the view layer.
"""

from collections.abc import Callable
from functools import cache
from typing import Any

from django.utils.module_loading import import_string


@cache
def view(dotted_path: str) -> Callable[..., Any]:
    """The view (or context builder) at ``dotted_path``, e.g. "courses.views.series_detail".

    Raises ImportError when there is no such function (at the first request, loudly).
    """
    return import_string(dotted_path)
