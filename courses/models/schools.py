from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.choices import SchoolType
from courses.validators import validate_orgnr


class School(models.Model):
    orgnr = models.CharField(_("organisation number"), max_length=9, unique=True, validators=[validate_orgnr])
    name = models.CharField(_("name"), max_length=200)
    kommune = models.ForeignKey("home.Kommune", verbose_name=_("municipality"), on_delete=models.PROTECT)
    school_type = models.CharField(_("type of school"), max_length=20, choices=SchoolType.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        permissions = [("merge_school", _("Can merge duplicate schools"))]

    def __str__(self):
        return self.name

    @property
    def orgnr_display(self) -> str:
        return f"{self.orgnr[:3]} {self.orgnr[3:6]} {self.orgnr[6:]}"
