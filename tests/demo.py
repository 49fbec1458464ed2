"""The demo content for tests: seeded once per test process, then put back from a snapshot.

``seed_demo`` builds every region, page, series, certificate PDF and forum post through the same
services the site uses, which takes half a minute on a loaded machine. Browser tests that walk
the demo need the same starting point each time, so the first such test in a process seeds it
and keeps a snapshot of every row (Django's own test serializer, as ``serialized_rollback``
uses) and of the media files; each later test empties the tables and loads the snapshot.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.models import signals


@dataclass(frozen=True)
class DemoSnapshot:
    """Every row of the seeded database as JSON, and copies of the public and private media."""

    rows: str
    media: Path
    private_media: Path


_snapshot: DemoSnapshot | None = None

# The model signals a raw load must not fire: the rows already hold what the handlers would write
# (search index entries, reference index, purged caches), and a handler seeing half-loaded rows fails.
MODEL_SIGNALS = (signals.pre_save, signals.post_save, signals.pre_delete, signals.post_delete, signals.m2m_changed)


@contextlib.contextmanager
def model_signals_muted():
    """Disconnect every model signal receiver for the duration of the block, then reconnect them."""
    saved = [(signal, signal.receivers) for signal in MODEL_SIGNALS]
    for signal in MODEL_SIGNALS:
        signal.receivers = []
        signal.sender_receivers_cache.clear()
    try:
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def _copy_tree(source: Path, target: Path) -> None:
    if source.exists():
        shutil.copytree(source, target, dirs_exist_ok=True)


def put_demo_in_place() -> None:
    """Give a transactional test the seeded demo: seed it the first time, load the snapshot after.

    Call it with database access in a test that empties the database when it ends
    (``transactional_db`` or ``live_server``), after ``MEDIA_ROOT`` and ``PRIVATE_MEDIA_ROOT`` point at the
    test's own folders. Sequences are not reset, so rows the test creates never take a snapshot row's id.
    """
    global _snapshot
    if _snapshot is None:
        call_command("seed_demo", stdout=StringIO())
        kept = Path(tempfile.mkdtemp(prefix="kjentmann-demo-"))
        atexit.register(shutil.rmtree, kept, ignore_errors=True)
        _copy_tree(Path(settings.MEDIA_ROOT), kept / "media")
        _copy_tree(Path(settings.PRIVATE_MEDIA_ROOT), kept / "private")
        _snapshot = DemoSnapshot(connection.creation.serialize_db_to_string(), kept / "media", kept / "private")
        return
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False)
    with model_signals_muted():
        connection.creation.deserialize_db_from_string(_snapshot.rows)
    _copy_tree(_snapshot.media, Path(settings.MEDIA_ROOT))
    _copy_tree(_snapshot.private_media, Path(settings.PRIVATE_MEDIA_ROOT))
