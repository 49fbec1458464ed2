"""Private files: forum images and certificates, handed out only by views that check who asks.

They never live under ``MEDIA_URL``, so no web server or guessed address can serve them.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import cached_property


class PrivateFileSystemStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT``, outside the public media folder, with no URL."""

    @cached_property
    def base_location(self):
        # FileSystemStorage keeps the location it was given in _location; django-stubs leaves it out.
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)  # type: ignore[attr-defined]

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a view that checks access.")

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def private_storage():
    """The storage named ``private`` in ``STORAGES`` (a callable, so migrations do not record it)."""
    return storages["private"]


def move_to_private(app_label: str, model_name: str, field_name: str):
    """A migration step: move a model's files from the public media folder to private storage."""

    def forwards(apps, schema_editor):
        public = FileSystemStorage(location=settings.MEDIA_ROOT)
        private = private_storage()
        model = apps.get_model(app_label, model_name)
        for name in model.objects.exclude(**{field_name: ""}).values_list(field_name, flat=True).iterator():
            if public.exists(name) and not private.exists(name):
                with public.open(name, "rb") as source:
                    private.save(name, source)
                public.delete(name)

    return forwards
