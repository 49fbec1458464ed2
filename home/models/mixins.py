from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionScopedPage(models.Model):
    """A page that belongs to the KORUS region it sits under.

    The region is derived from the page tree (never typed in) and stored, so that lists
    across regions can show and filter by region without walking the tree per item.
    National content, outside every region, has no region.
    """

    # From Wagtail's Page (treebeard's materialised path), which every subclass also extends.
    path: str
    steplen: int

    region = models.ForeignKey(
        "home.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.region_id = self.region_from_tree()
        return super().save(*args, **kwargs)

    def region_from_tree(self):
        from .regions import RegionPage

        if not self.path:
            return None
        region_page = (
            RegionPage.objects.filter(
                path__in=[self.path[:i] for i in range(self.steplen, len(self.path), self.steplen)]
            )
            .only("region_id")
            .first()
        )
        return region_page.region_id if region_page else None
