"""A GIN index for Norwegian full-text search over posts, on PostgreSQL only.

The expression matches network.services.search.POST_VECTOR exactly, so the planner uses it.
"""

from django.db import migrations

INDEX = "network_post_body_fts"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON network_post "
            "USING gin (to_tsvector('norwegian'::regconfig, COALESCE(body, '')))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
