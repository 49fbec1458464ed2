"""Static files as production serves them: hashed names, Brotli and gzip copies, far-future caching."""

import re

import pytest

from django.core.management import call_command
from django.test import Client, override_settings

from korus_site.settings.base import STORAGES as PRODUCTION_STORAGES

pytestmark = pytest.mark.django_db

YEAR = 60 * 60 * 24 * 365


def test_hashed_static_files_are_compressed_and_cached_for_a_year(tmp_path):
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
        hashed = sorted(tmp_path.glob("css/*.*.css"))
        assert hashed, "collectstatic wrote no hashed stylesheet"
        stylesheet = next(path for path in hashed if re.search(r"\.[0-9a-f]{12}\.css$", path.name))
        assert stylesheet.with_name(stylesheet.name + ".br").exists()
        assert stylesheet.with_name(stylesheet.name + ".gz").exists()

        url = "/static/" + stylesheet.relative_to(tmp_path).as_posix()
        brotli = Client().get(url, HTTP_ACCEPT_ENCODING="br, gzip")
        gzip = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")

    assert brotli.status_code == 200
    assert brotli["Content-Encoding"] == "br"
    assert gzip["Content-Encoding"] == "gzip"
    cache_control = brotli["Cache-Control"]
    assert "immutable" in cache_control
    assert int(re.search(r"max-age=(\d+)", cache_control)[1]) >= YEAR
