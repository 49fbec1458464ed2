"""Password rules with messages in the reader's language."""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's minimum length, with an error message every catalogue of ours translates.

    Django 5.2 words the error with a bare ``%d``, while its bokmål and nynorsk catalogues still
    translate an older ``%(min_length)d`` wording, so the error came out in English. The rule itself
    (``min_length`` characters, set in ``AUTH_PASSWORD_VALIDATORS``) is Django's.
    """

    def get_error_message(self) -> str:
        """The message for a password shorter than ``min_length`` characters."""
        return ngettext(
            "The password is too short. Use at least %(min_length)d character.",
            "The password is too short. Use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
