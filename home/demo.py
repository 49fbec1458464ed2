"""Demo content for the site: home page, the seven regions, news, material, policy pages."""

import datetime
import html
import io
import json
import uuid
from collections.abc import Callable

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, Site

from home import demo_content as content
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
from korus_site.core.demo import demo_user, publish_new
from korus_site.core.pdf import simple_document

REGION_COLOURS = {
    "korus-nord": (0, 98, 186),
    "korus-midt": (6, 120, 95),
    "korus-bergen": (150, 60, 140),
    "korus-stavanger": (190, 80, 20),
    "korus-sor": (30, 110, 160),
    "korus-ost": (120, 90, 30),
    "korus-oslo": (180, 30, 60),
}


def stream(*blocks: tuple[str, object]) -> str:
    return json.dumps([{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks])


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)


def child(parent: Page, slug: str):
    existing = parent.get_children().filter(slug=slug).first()
    return existing.specific if existing else None


def add_page(parent: Page, page: Page) -> Page:
    """Add and publish a page under ``parent``, unless a page with its slug is already there."""
    existing = child(parent, page.slug)
    if existing:
        return existing
    return publish_new(parent, page)


def seed_home(log) -> HomePage:
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title=content.HOME["title"],
            slug="hjem",
            intro=content.HOME["intro"],
            body=stream(("paragraph", paragraphs_html(content.HOME["paragraphs"]))),
        )
        publish_new(root, home)
        log("Created the home page")
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
    return home


def demo_image(title: str, alt: str, colour: tuple[int, int, int], collection: Collection) -> KorusImage:
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
    image.file.save(f"{uuid.uuid4().hex[:8]}.png", ContentFile(buffer.getvalue()), save=False)
    image.width, image.height = canvas.size
    image.save()
    return image


def demo_document(title: str, version: str, paragraphs: list[str], collection: Collection):
    Document = get_document_model()
    full_title = f"{title} – versjon {version}"
    document = Document.objects.filter(title=full_title).first()
    if document:
        return document
    pdf = simple_document(title, paragraphs, subtitle=f"Versjon {version}")
    document = Document(title=full_title, collection=collection)
    document.file.save(f"{uuid.uuid4().hex[:8]}.pdf", ContentFile(pdf), save=False)
    document.save()
    return document


def seed_regions(home: HomePage, log) -> dict[str, RegionPage]:
    pages = {}
    for region in Region.objects.all():
        data = content.REGIONS[region.slug]
        page = child(home, region.slug)
        if page is None:
            page = RegionPage(
                title=region.name,
                slug=region.slug,
                region=region,
                intro=data["intro"],
                body=stream(("paragraph", paragraphs_html(data["about"]))),
                address=data["address"],
                email=data["email"],
                phone=data["phone"],
            )
            for order, person in enumerate(data["contacts"]):
                page.contacts.add(RegionContact(sort_order=order, **person))
            add_page(home, page)
            log(f"Created {region.name}")
        set_up_region(page)
        if not region.signatory_name and data["contacts"]:
            # The demo's certificates are signed by the region's first contact.
            region.signatory_name, region.signatory_title = data["contacts"][0]["name"], data["contacts"][0]["role"]
            region.save(update_fields=["signatory_name", "signatory_title"])
        pages[region.slug] = page
        add_page(page, NewsIndexPage(title="Nyheter", slug="nyheter", intro=f"Nyheter fra {region.name}."))
        add_page(
            page,
            MaterialIndexPage(title="Materiell", slug="materiell", intro=f"Materiell fra {region.name}."),
        )
    return pages


def seed_news(home: HomePage, region_pages: dict[str, RegionPage], log) -> None:
    national = add_page(
        home,
        NewsIndexPage(
            title="Nyheter",
            slug="nyheter",
            intro="Nyheter fra alle de sju KORUS-sentrene om Kjentmann-opplæringen og rusforebygging i skolen.",
        ),
    )
    root_collection = Collection.get_first_root_node()
    for number, item in enumerate(content.NEWS):
        region_slug = item["region"]
        parent = child(region_pages[region_slug], "nyheter") if region_slug else national
        if child(parent, item["slug"]):
            continue
        collection = Region.objects.get(slug=region_slug).collection if region_slug else root_collection
        image = None
        if number % 2 == 0:
            image = demo_image(
                f"Illustrasjon: {item['title']}",
                "Abstrakt illustrasjon i KORUS-farger med overlappende sirkler.",
                REGION_COLOURS.get(region_slug, (0, 98, 186)),
                collection,
            )
        page = NewsPage(
            title=item["title"],
            slug=item["slug"],
            date=datetime.date.fromisoformat(item["date"]),
            lead=item["lead"],
            image=image,
            body=stream(("paragraph", paragraphs_html(item["paragraphs"]))),
        )
        page.tags.add(*item["tags"])
        add_page(parent, page)
    log(f"News items: {NewsPage.objects.count()}")


def seed_material(home: HomePage, region_pages: dict[str, RegionPage], log) -> None:
    national = add_page(
        home,
        MaterialIndexPage(
            title="Materiell",
            slug="materiell",
            intro="Håndbøker, veiledere og maler for Kjentmenn og skoler. Den nyeste versjonen står øverst.",
        ),
    )
    root_collection = Collection.get_first_root_node()
    for item in content.MATERIAL:
        region_slug = item["region"]
        parent = child(region_pages[region_slug], "materiell") if region_slug else national
        if child(parent, item["slug"]):
            continue
        collection = Region.objects.get(slug=region_slug).collection if region_slug else root_collection
        page = MaterialPage(title=item["title"], slug=item["slug"], summary=item["summary"], category=item["category"])
        for order, version in enumerate(item["versions"]):
            document = demo_document(item["title"], version["version"], item["document_paragraphs"], collection)
            page.versions.add(
                MaterialVersion(
                    sort_order=order,
                    version=version["version"],
                    date=datetime.date.fromisoformat(version["date"]),
                    document=document,
                    change_note=version["change_note"],
                )
            )
        add_page(parent, page)
    log(f"Material: {MaterialPage.objects.count()}")


def seed_policy_pages(home: HomePage) -> None:
    pages = {}
    for key, slug in (("privacy", "personvern"), ("accessibility", "tilgjengelighet")):
        data = content.PRIVACY if key == "privacy" else content.ACCESSIBILITY
        blocks = []
        for heading, paragraph in data["sections"]:
            blocks.append(("heading", {"text": heading, "level": "h2"}))
            blocks.append(("paragraph", paragraphs_html([paragraph])))
        pages[key] = add_page(
            home,
            StandardPage(
                title=data["title"],
                slug=slug,
                intro=data["intro"],
                body=stream(*blocks),
                last_reviewed=datetime.date(2026, 11, 1),
            ),
        )
    site = Site.objects.get(is_default_site=True)
    settings_ = SiteSettings.for_site(site)
    if settings_.privacy_page_id is None:
        settings_.privacy_page = pages["privacy"]
        settings_.accessibility_page = pages["accessibility"]
        settings_.contact_email = "post@kjentmann.test"
        settings_.save()


def seed_staff(log) -> None:
    national = set_up_national_admins()
    admin = demo_user("admin@korus.test", "Ada", "Administrator", is_staff=True, is_superuser=True)
    admin.groups.add(national)
    for email, slug, first, last in (
        ("oslo@korus.test", "korus-oslo", "Ola", "Oslo"),
        ("bergen@korus.test", "korus-bergen", "Berit", "Bergen"),
    ):
        region = Region.objects.get(slug=slug)
        user = demo_user(email, first, last, is_staff=True)
        user.groups.add(region.editors_group, region.leads_group)
    for email, slug, first, last in (("redaktor.oslo@korus.test", "korus-oslo", "Rita", "Redaktør"),):
        region = Region.objects.get(slug=slug)
        user = demo_user(email, first, last)
        user.groups.add(region.editors_group)
    log("Staff accounts are in place")


def seed(log: Callable[[str], None] = print) -> None:
    home = seed_home(log)
    region_pages = seed_regions(home, log)
    seed_news(home, region_pages, log)
    seed_material(home, region_pages, log)
    seed_policy_pages(home)
    seed_staff(log)
    demo_user("kontakt@skole.test", "Kari", "Kontakt")
    demo_user("deltaker@skole.test", "Per", "Deltaker")
    demo_user("kjentmann@skole.test", "Kim", "Kjentmann")
