"""Panels on the Wagtail dashboard for KORUS staff: their series and the next gatherings."""

from wagtail.admin.ui.components import Component

from courses.services import reports


class SeriesOverviewPanel(Component):
    """The person's running and coming series: seats taken and left, and how many wait."""

    name = "course_series"
    order = 90
    template_name = "courses/admin/panels/series_overview.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"series_list": reports.series_overview(self.user)}


class NextGatheringsPanel(Component):
    """The next two weeks' gatherings, with the roll call and the check-in code a click away."""

    name = "next_gatherings"
    order = 95
    template_name = "courses/admin/panels/next_gatherings.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"gatherings": reports.next_gatherings(self.user)}


class CertificateHoldsPanel(Component):
    """Certificates held back in the person's series because a name cannot be drawn."""

    name = "certificate_holds"
    order = 85
    template_name = "courses/admin/certificate_holds_panel.html"

    def __init__(self, holds):
        self.holds = holds

    def get_context_data(self, parent_context=None):
        return {"holds": self.holds}
