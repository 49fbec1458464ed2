"""Demo content for the site: home page, the seven regions, news, material, policy pages.

The content is in ``home/demo/``: ``home.md``, ``regions/<region slug>.md``, ``news/*.md``,
``material/*.md`` and ``pages/*.md``, each Markdown file with its fields as YAML front matter."""

import html
import io
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, Site

from home.models import (
    HomePage,
    KorusImage,
    MaterialIndexPage,
    MaterialPage,
    MaterialVersion,
    NewsIndexPage,
    NewsPage,
    Region,
    RegionContact,
    RegionPage,
    SiteSettings,
    StandardPage,
)
from home.services.regions import set_up_national_admins, set_up_region
from home.services.site import base_url_host_and_port, sync_default_site
from korus_site.core.demo import demo_user, paragraphs, publish_new, read_folder, read_markdown
from korus_site.core.pdf import simple_document

DEMO = Path(__file__).resolve().parent / "demo"
NATIONAL_COLOUR = (0, 98, 186)


def stream(*blocks: tuple[str, object]) -> str:
    return json.dumps([{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks])


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{html.escape(part)}</p>" for part in paragraphs(text))


def children(parent: Page) -> dict[str, Page]:
    """The pages under ``parent`` by slug (as their specific classes)."""
    return {page.slug: page for page in parent.get_children().specific()}


def add_page(parent: Page, page: Page, existing: dict[str, Page] | None = None) -> Page:
    """Add and publish a page under ``parent``, unless a page with its slug is already there."""
    existing = children(parent) if existing is None else existing
    if page.slug not in existing:
        existing[page.slug] = publish_new(parent, page)
    return existing[page.slug]


def seed_home(log) -> tuple[HomePage, dict]:
    data, text = read_markdown(DEMO / "home.md")
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title=data["title"], slug="hjem", intro=data["intro"], body=stream(("paragraph", paragraphs_html(text)))
        )
        publish_new(Page.get_first_root_node(), home)
        log("Home page: created")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        hostname, port = base_url_host_and_port()
        site = Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
    sync_default_site()
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "KORUS Kjentmann"
        site.save()
        if old_root.pk != home.pk and old_root.specific_class != HomePage:
            old_root.delete()
    return home, data


def demo_image(title: str, alt: str, colour: tuple[int, ...], collection: Collection) -> KorusImage:
    image = KorusImage.objects.filter(title=title).first()
    if image:
        return image
    canvas = PILImage.new("RGB", (1200, 675), colour)
    draw = ImageDraw.Draw(canvas)
    for i in range(6):
        shade = tuple(min(255, c + 25 * (i + 1)) for c in colour)
        draw.ellipse((700 - i * 90, 120 + i * 40, 1300 - i * 60, 760), fill=shade)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = KorusImage(title=title, description=alt, collection=collection)
    image_file: Any = image.file  # Wagtail's image field (untyped): a FieldFile
    image_file.save(f"{uuid.uuid4().hex[:8]}.png", ContentFile(buffer.getvalue()), save=False)
    image.width, image.height = canvas.size
    image.save()
    return image


def demo_document(title: str, version: str, text: str, collection: Collection):
    Document = get_document_model()
    full_title = f"{title} – versjon {version}"
    document = Document.objects.filter(title=full_title).first()
    if document:
        return document
    pdf = simple_document(title, paragraphs(text), subtitle=f"Versjon {version}")
    document = Document(title=full_title, collection=collection)
    document.file.save(f"{uuid.uuid4().hex[:8]}.pdf", ContentFile(pdf), save=False)
    document.save()
    return document


def seed_regions(home: HomePage, log) -> dict[str | None, dict]:
    """Each region's page with its news and material index; returns per region slug its page, its
    index pages, its collection and its data."""
    regions: dict[str | None, dict] = {}
    home_children = children(home)
    for region in Region.objects.all():
        data, text = read_markdown(DEMO / "regions" / f"{region.slug}.md")
        page = home_children.get(region.slug)
        if page is None:
            page = RegionPage(
                title=region.name,
                slug=region.slug,
                region=region,
                intro=data["intro"],
                body=stream(("paragraph", paragraphs_html(text))),
                address=data["address"],
                email=data["email"],
                phone=data["phone"],
            )
            for order, person in enumerate(data["contacts"]):
                page.contacts.add(RegionContact(sort_order=order, **person))
            add_page(home, page, home_children)  # saving a new region page sets the region up
        else:
            set_up_region(page)  # repair what may be missing
        if not region.signatory_name and data["contacts"]:
            # The demo's certificates are signed by the region's first contact.
            region.signatory_name, region.signatory_title = data["contacts"][0]["name"], data["contacts"][0]["role"]
            region.save(update_fields=["signatory_name", "signatory_title"])
        existing = children(page)
        regions[region.slug] = {
            "page": page,
            "collection": region.collection,
            "colour": tuple(data["colour"]),
            "nyheter": add_page(
                page, NewsIndexPage(title="Nyheter", slug="nyheter", intro=f"Nyheter fra {region.name}."), existing
            ),
            "materiell": add_page(
                page,
                MaterialIndexPage(title="Materiell", slug="materiell", intro=f"Materiell fra {region.name}."),
                existing,
            ),
        }
    log(f"Regions: {len(regions)}")
    return regions


def seed_news(home: HomePage, home_data: dict, places: dict, log) -> None:
    intro = home_data["news_intro"]
    places[None]["nyheter"] = add_page(home, NewsIndexPage(title="Nyheter", slug="nyheter", intro=intro))
    existing = {slug: children(place["nyheter"]) for slug, place in places.items()}
    for data, text in read_folder(DEMO / "news"):
        place = places[data["region"]]
        if data["slug"] in existing[data["region"]]:
            continue
        image = None
        if data["image"]:
            image = demo_image(
                f"Illustrasjon: {data['title']}",
                "Abstrakt illustrasjon i KORUS-farger med overlappende sirkler.",
                place["colour"],
                place["collection"],
            )
        page = NewsPage(
            title=data["title"],
            slug=data["slug"],
            date=data["date"],
            lead=data["lead"],
            image=image,
            body=stream(("paragraph", paragraphs_html(text))),
        )
        page.tags.add(*data["tags"])
        add_page(place["nyheter"], page, existing[data["region"]])
    log(f"News items: {NewsPage.objects.count()}")


def seed_material(home: HomePage, home_data: dict, places: dict, log) -> None:
    intro = home_data["material_intro"]
    places[None]["materiell"] = add_page(home, MaterialIndexPage(title="Materiell", slug="materiell", intro=intro))
    existing = {slug: children(place["materiell"]) for slug, place in places.items()}
    for data, text in read_folder(DEMO / "material"):
        place = places[data["region"]]
        if data["slug"] in existing[data["region"]]:
            continue
        page = MaterialPage(title=data["title"], slug=data["slug"], summary=data["summary"], category=data["category"])
        for order, version in enumerate(data["versions"]):
            document = demo_document(data["title"], version["version"], text, place["collection"])
            page.versions.add(
                MaterialVersion(
                    sort_order=order,
                    version=version["version"],
                    date=version["date"],
                    document=document,
                    change_note=version["change_note"],
                )
            )
        add_page(place["materiell"], page, existing[data["region"]])
    log(f"Material: {MaterialPage.objects.count()}")


# A section of a policy page whose whole text is this shows the retention rules block.
RETENTION_RULES_MARK = "[oppbevaringsregler]"


def policy_page(data: dict, text: str) -> StandardPage:
    """A standard page whose Markdown text is ``## heading`` lines, each followed by paragraphs."""
    blocks: list[tuple[str, object]] = []
    for section in text.split("## ")[1:]:
        heading, _, body = section.partition("\n")
        blocks.append(("heading", {"text": heading.strip(), "level": "h2"}))
        if body.strip() == RETENTION_RULES_MARK:  # the rules as the platform applies them
            blocks.append(("retention_rules", None))
        else:
            blocks.append(("paragraph", paragraphs_html(body)))
    return StandardPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        body=stream(*blocks),
        last_reviewed=data["last_reviewed"],
    )


def seed_policy_pages(home: HomePage, log) -> None:
    existing = children(home)
    pages = {}
    for name in ("personvern", "tilgjengelighet"):
        pages[name] = add_page(home, policy_page(*read_markdown(DEMO / "pages" / f"{name}.md")), existing)
    site = Site.objects.get(is_default_site=True)
    settings_ = SiteSettings.for_site(site)
    if settings_.privacy_page_id is None:
        settings_.privacy_page = pages["personvern"]
        settings_.accessibility_page = pages["tilgjengelighet"]
        settings_.contact_email = "post@kjentmann.test"
        settings_.save()
    log(f"Policy pages: {len(pages)}")


def seed_staff(log) -> None:
    national_admins = set_up_national_admins()
    admin = demo_user("admin@korus.test", "Ada", "Administrator", is_staff=True, is_superuser=True)
    admin.groups.add(national_admins)
    for email, slug, first, last in (
        ("oslo@korus.test", "korus-oslo", "Ola", "Oslo"),
        ("bergen@korus.test", "korus-bergen", "Berit", "Bergen"),
    ):
        region = Region.objects.get(slug=slug)
        user = demo_user(email, first, last, is_staff=True)
        user.groups.add(*[group for group in (region.editors_group, region.leads_group) if group is not None])
    region = Region.objects.get(slug="korus-oslo")
    if region.editors_group is not None:
        demo_user("redaktor.oslo@korus.test", "Rita", "Redaktør").groups.add(region.editors_group)
    demo_user("kontakt@skole.test", "Kari", "Kontakt")
    demo_user("deltaker@skole.test", "Per", "Deltaker")
    demo_user("kjentmann@skole.test", "Kim", "Kjentmann")
    log("Staff and school accounts: 7")


def seed(log: Callable[[str], None] = print) -> None:
    home, home_data = seed_home(log)
    places = seed_regions(home, log)
    # National content sits right under the home page.
    places[None] = {"collection": Collection.get_first_root_node(), "colour": NATIONAL_COLOUR}
    seed_news(home, home_data, places, log)
    seed_material(home, home_data, places, log)
    seed_policy_pages(home, log)
    seed_staff(log)
