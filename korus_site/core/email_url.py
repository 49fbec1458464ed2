"""EMAIL_URL: one address that says how the site sends e-mail.

Schemes (user and password may be percent-encoded):

- ``smtp://user:pass@host:port``: plain SMTP, port 25 by default; port 587 turns on
  STARTTLS and port 465 implicit TLS, as those ports mean.
- ``smtps://user:pass@host[:port]``: implicit TLS (RFC 8314), port 465 by default. Never
  STARTTLS as well: Django refuses both at once.
- ``submission://``, ``starttls://`` or ``smtp+tls://``: STARTTLS, port 587 by default.
- ``console:``, ``file:/path`` (or ``file:///path``), ``locmem:`` (``memory:``), ``dummy:``.

``?timeout=<seconds>`` sets EMAIL_TIMEOUT. Imported by the settings, so it uses no Django
models or settings.
"""

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

SMTP = "django.core.mail.backends.smtp.EmailBackend"
SIMPLE_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "memory": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}
STARTTLS_SCHEMES = {"submission", "starttls", "smtp+tls"}


def parse_email_url(url: str, *, default_file_path: Path) -> dict:
    """The EMAIL_* settings for ``url``: a dict with EMAIL_BACKEND and what that backend needs.

    Raises ImproperlyConfigured for an unknown scheme, an SMTP address without a host or a
    bad timeout.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in SIMPLE_BACKENDS:
        return {"EMAIL_BACKEND": SIMPLE_BACKENDS[scheme]}
    if scheme == "file":
        path = unquote(parts.netloc + parts.path) if (parts.netloc or parts.path) else ""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": Path(path) if path else default_file_path,
        }
    if scheme not in {"smtp", "smtps", *STARTTLS_SCHEMES}:
        raise ImproperlyConfigured(f"EMAIL_URL has an unknown scheme: {scheme or url!r}")
    if not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL for SMTP needs a host: smtp://user:password@host:port")
    if scheme == "smtps":
        port, use_ssl, use_tls = parts.port or 465, True, False
    elif scheme in STARTTLS_SCHEMES:
        port, use_ssl, use_tls = parts.port or 587, False, True
    else:
        port = parts.port or 25
        use_ssl, use_tls = port == 465, port == 587
    settings = {
        "EMAIL_BACKEND": SMTP,
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_USE_TLS": use_tls,
    }
    timeout = parse_qs(parts.query).get("timeout")
    if timeout:
        try:
            settings["EMAIL_TIMEOUT"] = float(timeout[0])
        except ValueError as error:
            raise ImproperlyConfigured(f"EMAIL_URL timeout must be a number of seconds: {timeout[0]!r}") from error
    return settings
