"""Password rules with messages in the reader's language."""

from django.contrib.auth import password_validation
from django.utils.translation import gettext, ngettext


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


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    """Django's check that a password is not too like the person's name or e-mail address, in our words.

    Django's bokmål and nynorsk messages put the field's name after "for likt" without its
    article ("for likt e-postadresse"), and nynorsk spells "personopplysingar"; the rule itself
    (``max_similarity`` of the attributes in ``user_attributes``) is Django's.
    """

    def get_error_message(self) -> str:
        """The message for a password too like the name or the e-mail address."""
        return gettext("The password is too much like your name or e-mail address. Choose one less like them.")

    def get_help_text(self) -> str:
        """The rule as shown under the password field."""
        return gettext("The password must not look like your name or e-mail address.")
