"""Uploaded images: huge pictures refused from the header, the place a photo was taken removed."""

import io
import time

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from home.models import KorusImage
from network.models import Attachment
from network.services import posting
from tests.forms import Form

pytestmark = pytest.mark.django_db

GPS_INFO = 0x8825


def bomb_png(side: int = 13000) -> bytes:
    """A black square of side × side pixels in one bit per pixel: a few kilobytes on disk."""
    buffer = io.BytesIO()
    Image.new("1", (side, side)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def photo_with_location() -> bytes:
    """A small JPEG whose EXIF says where it was taken (Oslo) and which camera took it."""
    image = Image.new("RGB", (640, 480), (120, 160, 200))
    exif = Image.Exif()
    exif[0x010F] = "Kamerafabrikken"  # Make
    exif[0x0112] = 1  # Orientation
    gps = exif.get_ifd(GPS_INFO)
    gps.update({1: "N", 2: (59.0, 54.0, 47.0), 3: "E", 4: (10.0, 45.0, 10.0)})
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), quality=90)
    return buffer.getvalue()


def gps_of(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif().get_ifd(GPS_INFO))


def test_the_test_photo_really_carries_a_place():
    assert gps_of(photo_with_location())[1] == "N"


@pytest.mark.parametrize("side", [13000, 7000])
def test_a_huge_image_in_the_forum_is_refused_before_decoding(client, areas, kjentmann, side):
    data = bomb_png(side)
    assert len(data) < 200_000
    client.force_login(kjentmann)
    form = Form.open(client, f"/nettverk/{areas['national'].slug}/nytt-tema/", "form.forum-form")
    started = time.monotonic()
    response = form.submit(
        client,
        changes={"title": "Et tema", "text": "Hei alle sammen.", "image_alt": "Svart"},
        files={"image": SimpleUploadedFile("stort.png", data, "image/png")},
    )
    assert time.monotonic() - started < 3
    assert response.status_code == 200
    assert not Attachment.objects.exists()


def test_forum_image_uploads_are_rate_limited_before_decoding(client, areas, kjentmann, monkeypatch):
    decoded = []
    real_process = posting.process_image
    monkeypatch.setattr(posting, "process_image", lambda upload: decoded.append(1) or real_process(upload))
    monkeypatch.setattr(posting, "IMAGES_PER_HOUR", 2)
    monkeypatch.setattr(posting, "POSTS_PER_MINUTE", 100)
    client.force_login(kjentmann)
    url = f"/nettverk/{areas['national'].slug}/nytt-tema/"
    for number in range(3):
        buffer = io.BytesIO()
        Image.new("RGB", (50, 50)).save(buffer, format="PNG")
        response = Form.open(client, url, "form.forum-form").submit(
            client,
            changes={"title": f"Tema {number}", "text": "Hei alle sammen.", "image_alt": "Et bilde"},
            files={"image": SimpleUploadedFile("lite.png", buffer.getvalue(), "image/png")},
        )
    assert response.status_code == 200
    assert "mange bilder" in response.content.decode() or "many images" in response.content.decode()
    assert len(decoded) == 2
    assert Attachment.objects.count() == 2


def upload_staff_image(client, name: str, data: bytes, content_type: str):
    form = Form.open(client, "/admin/images/add/", "form[enctype]")
    return form.submit(
        client,
        changes={"title": name, "description": "Et bilde av en skolegård"},
        files={"file": SimpleUploadedFile(name, data, content_type)},
    )


def test_a_huge_staff_image_is_refused_before_decoding(client, national_admin):
    client.force_login(national_admin)
    started = time.monotonic()
    response = upload_staff_image(client, "stort.png", bomb_png(), "image/png")
    assert time.monotonic() - started < 3
    assert response.status_code == 200
    assert not KorusImage.objects.exists()


def test_a_staff_photo_is_stored_and_shown_without_its_place(client, national_admin):
    client.force_login(national_admin)
    response = upload_staff_image(client, "skolegard.jpg", photo_with_location(), "image/jpeg")
    assert response.status_code == 302, response.content.decode()[:2000]
    image = KorusImage.objects.get()
    with image.open_file() as stored:
        original = stored.read()
    assert gps_of(original) == {}
    with Image.open(io.BytesIO(original)) as opened:
        assert opened.getexif()[0x010F] == "Kamerafabrikken"  # other EXIF is kept
        assert opened.size == (640, 480)
    rendition = image.get_rendition("width-200")
    with rendition.file.open() as stored:
        assert gps_of(stored.read()) == {}
