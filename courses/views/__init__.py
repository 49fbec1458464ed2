from .attendance import check_in, check_in_code, check_in_start, roll_call, sign_in_sheet
from .certificates import (
    badge_assertion,
    badge_class,
    badge_credential,
    badge_image,
    badge_issuer,
    badge_profile,
    baked_badge,
    download,
    jwks,
    signing_key,
    verify,
    verify_start,
)
from .dashboards import cancel_enrollment, correct_enrollment, my_courses, my_school, personal_calendar, swap_enrollment
from .modules import module_part, quiz_result, save_reflection, take_quiz
from .public import finder, series_calendar, series_detail
from .signup import signup, signup_receipt

__all__ = [
    "badge_assertion",
    "badge_class",
    "badge_credential",
    "badge_image",
    "badge_issuer",
    "badge_profile",
    "baked_badge",
    "cancel_enrollment",
    "check_in",
    "check_in_code",
    "check_in_start",
    "correct_enrollment",
    "download",
    "finder",
    "jwks",
    "module_part",
    "my_courses",
    "my_school",
    "personal_calendar",
    "quiz_result",
    "roll_call",
    "save_reflection",
    "series_calendar",
    "series_detail",
    "sign_in_sheet",
    "signing_key",
    "signup",
    "signup_receipt",
    "swap_enrollment",
    "take_quiz",
    "verify",
    "verify_start",
]
