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

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("participant_title")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.name
