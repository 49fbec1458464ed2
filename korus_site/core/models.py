from django.db import models
from django.utils.translation import gettext_lazy as _


class SentNotice(models.Model):
    """One row per notice sent, keyed so that a retried or repeated task never sends twice."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    recipient = models.EmailField(_("recipient"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("sent notice")
        verbose_name_plural = _("sent notices")

    def __str__(self):
        return self.key
