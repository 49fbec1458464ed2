import io
from typing import Any

from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.utils.file import hash_filelike

from korus_site.core.images import without_location


class KorusImage(AbstractImage):
    """An image whose alternative text is required when it is uploaded."""

    description = models.CharField(
        _("alternative text"),
        max_length=255,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    def save(self, *args, **kwargs):
        """A newly uploaded file is stored without the place it was taken (GPS in EXIF, XMP).

        Renditions are made from the stored file, so they carry no place either.
        """
        if self.file and not getattr(self.file, "_committed", True):
            self._drop_location()
        super().save(*args, **kwargs)

    def _drop_location(self) -> None:
        upload: Any = self.file  # type: ignore[has-type]  # Wagtail's image field is untyped: a FieldFile
        upload.seek(0)
        data = upload.read()
        upload.seek(0)
        try:
            cleaned = without_location(data)
        except OSError:  # not a bitmap Pillow reads (an SVG): nothing to strip
            return
        if cleaned is not None:
            self.file = ContentFile(cleaned, name=upload.name)
            self.file_size = len(cleaned)
            self.file_hash = hash_filelike(io.BytesIO(cleaned))

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class KorusRendition(AbstractRendition):
    image = models.ForeignKey(KorusImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
