from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """Work to be done after a change, written in the same transaction as the change.

    Every e-mail and other slow work goes through here (``korus_site.core.outbox``): a Celery
    task is sent after the commit, and a periodic sweep sends again whatever is still
    pending, so a broker or worker failure delays the work but never loses it. ``key`` makes
    it happen once: one notice per person per change.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        DONE = "done", _("Done")
        SKIPPED = "skipped", _("No longer relevant")
        FAILED = "failed", _("Failed")

    key = models.CharField(_("key"), max_length=200, unique=True)
    work = models.CharField(_("work"), max_length=200, help_text=_("The service function that does it."))
    args = models.JSONField(_("arguments"), default=list, blank=True)
    kwargs = models.JSONField(_("keyword arguments"), default=dict, blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    available_at = models.DateTimeField(_("not before"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        indexes = [
            models.Index(fields=["available_at"], name="outbox_pending", condition=models.Q(state="pending")),
        ]

    def __str__(self):
        return self.key
