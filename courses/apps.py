from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    # Model permissions each region's staff groups get (see home.services.regions).
    regional_staff_permissions = [
        ("courses", "school", "add_school"),
        ("courses", "school", "change_school"),
        ("courses", "school", "view_school"),
    ]

    def ready(self):
        from . import retention, signals  # noqa: F401
