"""Permission names in the platform's language.

Django stores a permission's name once, in English ("Can add user"), and Wagtail's group editor
shows those names to national administrators as they are. After every ``migrate`` the names are
rewritten in bokmål (``LANGUAGE_CODE``): Django and Wagtail only ever look permissions up by
codename, so the name is for people to read.
"""

from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Django's default permissions and Wagtail's "choose" (images, documents), by action.
ACTION_NAMES = {
    "add": _("Can add %(name)s"),
    "change": _("Can change %(name)s"),
    "delete": _("Can delete %(name)s"),
    "view": _("Can view %(name)s"),
    "choose": _("Can choose %(name)s"),
}


def norwegian_name(permission: Permission) -> str:
    """The name a person should read for ``permission``, in the active language.

    Takes a Permission with its content type; returns "Kan legge til bruker" for Django's
    default "Can add user", Wagtail's own translation for its custom permissions ("Publish any
    page"), and the stored name when neither applies.
    """
    model = permission.content_type.model_class()
    if model is not None:
        for action, name in ACTION_NAMES.items():
            if permission.codename == get_permission_codename(action, model._meta):
                return str(name) % {"name": model._meta.verbose_name}
    return gettext(permission.name)


def name_permissions(app_config=None, **kwargs) -> None:
    """post_migrate: store every permission's name in bokmål. Idempotent.

    Runs once per ``migrate``, for the last installed app, when every app's permissions exist.
    """
    from django.apps import apps

    if app_config is not None and app_config is not list(apps.get_app_configs())[-1]:
        return
    with translation.override(settings.LANGUAGE_CODE):
        changed = []
        for permission in Permission.objects.select_related("content_type"):
            name = norwegian_name(permission)[: Permission._meta.get_field("name").max_length]
            if name != permission.name:
                permission.name = name
                changed.append(permission)
        Permission.objects.bulk_update(changed, ["name"], batch_size=500)
