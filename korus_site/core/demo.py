"""What every app's demo seeding shares: the demo accounts, how demo content is read and how demo pages are added.

The demo content is data: each app keeps it in its ``demo/`` folder as YAML files and Markdown
files with YAML front matter. ``manage.py seed_demo`` runs each app's ``demo.seed`` in order."""

import functools
from collections.abc import Iterator
from pathlib import Path

import frontmatter
import yaml

try:  # libyaml's safe loader when PyYAML was built with it: the same data, many times faster
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader  # type: ignore[assignment]

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from korus_site.accounts.models import User

# (e-mail, role shown when printed)
DEMO_ACCOUNTS = [
    ("admin@korus.test", "national administrator"),
    ("oslo@korus.test", "KORUS Oslo staff"),
    ("bergen@korus.test", "KORUS Bergen staff"),
    ("redaktor.oslo@korus.test", "KORUS Oslo editor (submits for approval)"),
    ("kontakt@skole.test", "school contact"),
    ("deltaker@skole.test", "participant in a running series"),
    ("kjentmann@skole.test", "certified Kjentmann"),
]


def read_yaml(path: Path):
    """The data of a YAML file (plain YAML types only: mappings, lists, text, numbers, dates)."""
    with path.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=SafeLoader)


def read_markdown(path: Path) -> tuple[dict, str]:
    """A Markdown file with YAML front matter, as (the front matter, the text below it)."""
    post = frontmatter.load(str(path))
    return post.metadata, post.content


def read_folder(folder: Path) -> Iterator[tuple[dict, str]]:
    """Every ``.md`` and ``.yaml`` file of ``folder`` in file-name order, as (data, Markdown text);
    a YAML file has no text ("")."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".md":
            yield read_markdown(path)
        elif path.suffix == ".yaml":
            yield read_yaml(path), ""


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: the parts between blank lines."""
    return [part.strip() for part in text.split("\n\n") if part.strip()]


@functools.cache
def _demo_password_hash(password: str) -> str:
    # Hashing is slow on purpose; every demo account has the same password, so hash it once.
    return make_password(password)


def demo_user(email: str, first_name: str, last_name: str, **extra) -> User:
    """Get or create a demo account with the demo password (``settings.DEMO_PASSWORD``)."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, first_name=first_name, last_name=last_name, **extra)
        user.password = _demo_password_hash(settings.DEMO_PASSWORD)
        user.save(update_fields=["password"])
    return user


def publish_new(parent, page):
    """Add a page as published, without a revision: faster for demo content, and editing it later
    starts its revision history as usual."""
    now = timezone.now()
    page.live = True
    page.first_published_at = page.last_published_at = now
    parent.add_child(instance=page)
    return page
