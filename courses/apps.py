from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    # Model permissions each region's staff groups get (see home.services.regions). The school
    # register is shared: a region's staff see the schools signed up to their series
    # (courses.permissions); national administrators change it.
    # They also keep the common partner lists of their region's kommuner (courses.permissions).
    regional_staff_permissions = [
        ("courses", "school", "view_school"),
        *(("courses", "kommunepartner", f"{action}_kommunepartner") for action in ("add", "change", "delete", "view")),
    ]

    def ready(self):
        from . import own_data, retention, signals  # noqa: F401
