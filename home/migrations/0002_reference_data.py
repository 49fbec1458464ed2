"""The seven KORUS regions, Norway's 15 fylker and 357 kommuner (from 1 January 2024).

Read from home/data/*.csv so the platform never needs the internet to know them. Each fylke
is linked to the region that serves it by default; staff can change that in the admin.
"""

import csv
from pathlib import Path

from django.db import migrations

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

REGIONS = [
    ("korus-nord", "KORUS Nord", "Nord"),
    ("korus-midt", "KORUS Midt", "Midt"),
    ("korus-bergen", "KORUS Bergen", "Bergen"),
    ("korus-stavanger", "KORUS Stavanger", "Stavanger"),
    ("korus-sor", "KORUS Sør", "Sør"),
    ("korus-ost", "KORUS Øst", "Øst"),
    ("korus-oslo", "KORUS Oslo", "Oslo"),
]


def read_csv(name):
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load(apps, schema_editor):
    Region = apps.get_model("home", "Region")
    Fylke = apps.get_model("home", "Fylke")
    Kommune = apps.get_model("home", "Kommune")
    regions = {}
    for order, (slug, name, short_name) in enumerate(REGIONS):
        regions[slug], _ = Region.objects.update_or_create(
            slug=slug, defaults={"name": name, "short_name": short_name, "sort_order": order}
        )
    fylker = {}
    for row in read_csv("fylker.csv"):
        fylker[row["fylkesnummer"]], _ = Fylke.objects.update_or_create(
            number=row["fylkesnummer"], defaults={"name": row["fylke"], "region": regions[row["korus_region"]]}
        )
    for row in read_csv("kommuner.csv"):
        Kommune.objects.update_or_create(
            number=row["kommunenummer"], defaults={"name": row["kommune"], "fylke": fylker[row["fylkesnummer"]]}
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
