import datetime
import json
import uuid

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from wagtail.documents import get_document_model

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
    StandardPage,
)


def paragraphs(*texts: str) -> str:
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())} for text in texts])


class HomePageFactory(wagtail_factories.PageFactory):
    title = "KORUS Kjentmann"
    slug = "hjem"
    intro = "Opplæring for skoleansatte i å oppdage rusbruk tidlig."
    body = paragraphs("Velkommen.")

    class Meta:
        model = HomePage


class RegionPageFactory(wagtail_factories.PageFactory):
    region = factory.LazyFunction(lambda: Region.objects.get(slug="korus-oslo"))
    title = factory.LazyAttribute(lambda obj: obj.region.name)
    slug = factory.LazyAttribute(lambda obj: obj.region.slug)
    intro = factory.LazyAttribute(lambda obj: f"{obj.region.name} hjelper skolene i regionen.")
    body = paragraphs("Om senteret.")
    email = "post@korus.test"

    class Meta:
        model = RegionPage


class RegionContactFactory(DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    name = factory.Faker("name", locale="no_NO")
    role = "Rådgiver"
    email = factory.Sequence(lambda n: f"kontakt{n}@korus.test")

    class Meta:
        model = RegionContact


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nyheter"
    slug = "nyheter"
    intro = "Nyheter."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nyhet nummer {n}")
    slug = factory.Sequence(lambda n: f"nyhet-{n}")
    date = factory.LazyFunction(datetime.date.today)
    lead = "En kort ingress om saken."
    body = paragraphs("Brødteksten i saken.")

    class Meta:
        model = NewsPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Side {n}")
    slug = factory.Sequence(lambda n: f"side-{n}")
    intro = "Ingress."
    body = paragraphs("Innhold.")

    class Meta:
        model = StandardPage


class MaterialIndexPageFactory(wagtail_factories.PageFactory):
    title = "Materiell"
    slug = "materiell"

    class Meta:
        model = MaterialIndexPage


class MaterialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Veileder {n}")
    slug = factory.Sequence(lambda n: f"veileder-{n}")
    summary = "En veileder for skolen."
    category = "guide"

    class Meta:
        model = MaterialPage


class KorusImageFactory(wagtail_factories.ImageFactory):
    description = "En illustrasjon."

    class Meta:
        model = KorusImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = get_document_model()


class MaterialVersionFactory(DjangoModelFactory):
    page = factory.SubFactory(MaterialPageFactory)
    version = factory.Sequence(lambda n: f"{n}.0")
    date = factory.LazyFunction(datetime.date.today)
    document = factory.SubFactory(DocumentFactory)
    change_note = "Oppdatert."

    class Meta:
        model = MaterialVersion
