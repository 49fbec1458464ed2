"""Checks and clean-ups for uploaded images, for the forum and for staff (Wagtail) images alike.

Sizes are read from the file's header before anything is decoded: a small file can hold a
picture of billions of pixels that would take gigabytes of memory to decode.
"""

import io

from PIL import Image

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# EXIF tag numbers (Pillow's ExifTags.Base / IFD): where a camera writes the place and which way up.
GPS_INFO = 0x8825
ORIENTATION = 0x0112


def check_header(upload, formats: set[str]) -> tuple[str, int, int]:
    """Read an upload's format and size from its header, without decoding the pixels.

    Returns (format, width, height). Raises ValidationError for a file Pillow cannot read, a
    format not in ``formats`` (Pillow's names: "JPEG", "PNG" …) or more than
    ``settings.MAX_IMAGE_PIXELS`` pixels (all frames counted).
    """
    try:
        with Image.open(upload) as image:
            format_name, (width, height) = image.format, image.size
            frames = getattr(image, "n_frames", 1)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(_("The file is not an image we can read.")) from error
    finally:
        upload.seek(0)
    if format_name not in formats:
        raise ValidationError(_("Use a JPEG, PNG, WebP or GIF image."))
    if width * height * frames > settings.MAX_IMAGE_PIXELS:
        raise ValidationError(
            _("The image is too large: at most %(megapixels)d megapixels.")
            % {"megapixels": settings.MAX_IMAGE_PIXELS // 1_000_000}
        )
    return format_name, width, height


def has_location(image: Image.Image) -> bool:
    """Whether an opened image carries a place: GPS data in its EXIF, or any XMP (which may hold it)."""
    exif = image.getexif()
    return GPS_INFO in exif or bool(image.info.get("xmp")) or "XML:com.adobe.xmp" in image.info


def without_location(data: bytes) -> bytes | None:
    """The image in ``data`` with its GPS data and XMP removed, or None if it has neither.

    A JPEG keeps its quantisation tables (no visible loss), its ICC profile and its other
    EXIF (orientation, camera); other formats are written again in the same format. Raises
    OSError for data Pillow cannot read.
    """
    with Image.open(io.BytesIO(data)) as image:
        if not has_location(image):
            return None
        exif = image.getexif()
        exif.pop(GPS_INFO, None)
        image.info.pop("xmp", None)
        image.info.pop("XML:com.adobe.xmp", None)
        options: dict[str, object] = {"exif": exif.tobytes()}
        if image.info.get("icc_profile"):
            options["icc_profile"] = image.info["icc_profile"]
        if image.format == "JPEG":
            options["quality"] = "keep"
        elif image.format == "GIF":
            options = {"save_all": True}
        output = io.BytesIO()
        image.save(output, format=image.format, **options)
    return output.getvalue()
