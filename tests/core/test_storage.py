"""Private storage: files outside the public media folder, with no public address."""

import pytest

from django.apps import apps
from django.core.files.base import ContentFile

from korus_site.core.storage import move_to_private, private_storage
from tests.factories import CertificateFactory

pytestmark = pytest.mark.django_db


def test_private_files_have_no_public_address(settings):
    storage = private_storage()
    name = storage.save("kursbevis/prove.pdf", ContentFile(b"%PDF-1.7"))
    assert (settings.PRIVATE_MEDIA_ROOT / name).read_bytes() == b"%PDF-1.7"
    with pytest.raises(ValueError, match="no public address"):
        storage.url(name)


def test_the_migration_moves_files_already_uploaded_out_of_public_media(settings):
    certificate = CertificateFactory()
    name = "kursbevis/2026/kursbevis-gammel.pdf"
    public_file = settings.MEDIA_ROOT / name
    public_file.parent.mkdir(parents=True)
    public_file.write_bytes(b"%PDF-1.7 gammel")
    type(certificate).objects.filter(pk=certificate.pk).update(pdf=name)

    move_to_private("courses", "Certificate", "pdf")(apps, None)

    assert not public_file.exists()
    assert (settings.PRIVATE_MEDIA_ROOT / name).read_bytes() == b"%PDF-1.7 gammel"
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as moved:
        assert moved.read() == b"%PDF-1.7 gammel"
