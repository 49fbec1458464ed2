from .attendance import Attendance, AttendanceChange
from .certificates import Certificate, CertificateHold
from .enrollment import Enrollment, Registration
from .modules import ModuleIndexPage, ModulePage, ModuleProgress, QuizAttempt, ReflectionAnswer, SeriesModule
from .pages import CourseIndexPage, CourseSeriesPage, Gathering, GatheringCalendarState
from .plans import KommunePartner, PartnerRow, PlanVersion, PreventionRow, RoleRow, SchoolPlan, SituationRow
from .programme import Programme
from .schools import School

__all__ = [
    "Attendance",
    "AttendanceChange",
    "Certificate",
    "CertificateHold",
    "CourseIndexPage",
    "CourseSeriesPage",
    "Enrollment",
    "Gathering",
    "GatheringCalendarState",
    "KommunePartner",
    "ModuleIndexPage",
    "ModulePage",
    "ModuleProgress",
    "PartnerRow",
    "PlanVersion",
    "PreventionRow",
    "Programme",
    "QuizAttempt",
    "ReflectionAnswer",
    "Registration",
    "RoleRow",
    "School",
    "SchoolPlan",
    "SeriesModule",
    "SituationRow",
]
