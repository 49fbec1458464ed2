"""Render forum posts again by today's rules: those rendered by older rules, or all with --all."""

from django.core.management.base import BaseCommand

from network import rendering
from network.models import Post
from network.services import posting


class Command(BaseCommand):
    help = "Render the stored HTML of forum posts again after network.rendering.RENDER_VERSION was raised."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Every post, not only those rendered by older rules.")

    def handle(self, *args, **options):
        posts = Post.objects.only("pk", "body").order_by("pk")
        if not options["all"]:
            posts = posts.exclude(render_version=rendering.RENDER_VERSION)
        changed = posting.rerender(posts.iterator(chunk_size=500))
        self.stdout.write(f"{changed} posts rendered again (rules version {rendering.RENDER_VERSION}).")
