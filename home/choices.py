from django.db import models
from django.utils.translation import gettext_lazy as _


class MaterialCategory(models.TextChoices):
    HANDBOOK = "handbook", _("Handbook")
    GUIDE = "guide", _("Guide")
    TEMPLATE = "template", _("Template")
    PRESENTATION = "presentation", _("Presentation")
    OTHER = "other", _("Other")
