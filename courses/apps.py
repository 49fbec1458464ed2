from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    # Model permissions each region's staff groups get (see home.services.regions). The school
    # register is shared: a region's staff see the schools signed up to their series
    # (courses.permissions); national administrators change it.
    regional_staff_permissions = [("courses", "school", "view_school")]

    def ready(self):
        from . import own_data, retention, signals  # noqa: F401
