"""Wagtail admin viewsets of the courses app, one module per thing staff manage."""

from .reports import SeriesStaffViewSet
from .schools import SCHOOL_EDIT_LOG_ACTION, SchoolViewSet, describe_references
from .series import CourseSeriesViewSet

__all__ = [
    "SCHOOL_EDIT_LOG_ACTION",
    "CourseSeriesViewSet",
    "SchoolViewSet",
    "SeriesStaffViewSet",
    "describe_references",
]
