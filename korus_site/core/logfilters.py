"""Logging filters for the project's LOGGING setting."""

import logging
import threading
import time


class CacheAwayFilter(logging.Filter):
    """Lets through one record in ``seconds`` of the "default" cache's ignored Redis errors.

    With Redis away, django-redis logs every cache call it ignores with a full traceback, which
    is some twenty a page. This keeps the first of each ``seconds`` (default 60) per process,
    without the traceback, naming the error and how many were left out since the last one.
    ``/healthz`` reports the cache as down meanwhile. Returns True for a record to keep.
    """

    def __init__(self, seconds: float = 60) -> None:
        super().__init__()
        self.seconds = seconds
        self._last = float("-inf")
        self._left_out = 0
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            now = time.monotonic()
            if now - self._last < self.seconds:
                self._left_out += 1
                return False
            left_out, self._left_out, self._last = self._left_out, 0, now
        error = record.exc_info[1] if record.exc_info else None
        cause = getattr(error, "__cause__", None) or error
        record.msg = "The cache (Redis) cannot be reached; pages are served without it: %s%s"
        record.args = (cause or "no detail", f" ({left_out} more such errors left out)" if left_out else "")
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True
