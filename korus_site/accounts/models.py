import secrets

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


def normalise_email(address: str) -> str:
    """The one spelling of an e-mail address the platform stores and compares: trimmed, all lower case.

    Addresses are treated as case-insensitive throughout (people type "Kari@Skole.no" and
    "kari@skole.no" for the same mailbox), so the whole address is lower-cased, not only the
    domain as Django's ``normalize_email`` does.
    """
    return address.strip().lower()


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email):
        return normalise_email(email or "")

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=normalise_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in with an e-mail address. There is no separate user name."""

    # What the access modules found out about the person, remembered for one request.
    _korus_national_admin: bool
    _korus_staff: bool
    _korus_network_member: bool
    _korus_school_contact: bool
    _korus_takes_part: bool

    email = models.EmailField(_("e-mail address"), unique=True)
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Designates whether the user can log into the admin."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    calendar_token = models.CharField(
        _("calendar token"), max_length=64, unique=True, default=new_calendar_token, editable=False
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails, calendars and certificates are written in this language."),
    )
    list_as_kjentmann = models.BooleanField(
        _("list me publicly as a Kjentmann"),
        default=False,
        help_text=_("When set, your name and school are shown on your region's page once you are certified."),
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = normalise_email(self.email)

    def get_full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_short_name(self) -> str:
        return self.first_name or self.email
