"""The site's URLs plus a bare view: what the same gunicorn serves when Django does almost nothing.

Bench only (selected by tests/bench/settings.py). The sign-up rate limit is lifted here,
because the burst sends 100 sign-ups from 127.0.0.1.
"""

import importlib
import os

from django.http import HttpResponse
from django.urls import include, path

importlib.import_module("courses.views.signup").SIGNUPS_PER_HOUR = 1_000_000

BODY = ("<!doctype html><title>bare</title>" + ("<p>" + "x" * 96 + "</p>\n") * 300)[: 30 * 1024]


def bare(request):
    """30 KB of HTML and the worker's process id (so the bench can tell every worker answered)."""
    response = HttpResponse(BODY)
    response["X-Bench-Worker"] = str(os.getpid())
    return response


urlpatterns = [path("bench-bare/", bare), path("", include("korus_site.urls"))]
