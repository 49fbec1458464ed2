from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


@register_snippet
class Programme(models.Model):
    """A training programme run as course series: Kjentmann, and later perhaps Utsett or Tidlig inn."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    participant_title = models.CharField(
        _("title of those who complete it"),
        max_length=100,
        blank=True,
        help_text=_("For example “Kjentmann”. Shown on the certificate."),
    )

    years_active = models.PositiveSmallIntegerField(
        _("years a certified person stays active"),
        default=3,
        validators=[MinValueValidator(1)],
        help_text=_(
            "A certified person whose certificate and last network gathering are both older than this is shown "
            "to staff as not active."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("participant_title"),
        FieldPanel("years_active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.name
