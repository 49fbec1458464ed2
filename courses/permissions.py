"""Who may see and change the school register in the admin (Wagtail permission policies).

The register is shared by all regions, so only those with the model permissions to change
it, the national administrators (``home.services.regions.set_up_national_admins``), add,
edit, merge (``merge_school``) and delete schools, and they see every school. A region's staff
hold only ``view_school`` (``CoursesConfig.regional_staff_permissions``) and see the schools
signed up to their own region's series, read-only. Every admin view of schools and every
button asks this policy; nothing else compares groups.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from courses.access import partner_list_kommuner
from courses.models import KommunePartner, School
from courses.services.schools import references_to, schools_signed_up_in
from home.access import staff_regions


class SchoolPermissionPolicy(ModelPermissionPolicy):
    def sees_whole_register(self, user) -> bool:
        """Whoever may change the register sees all of it."""
        return self.user_has_permission(user, "change")

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return School.objects.none()
        if self.sees_whole_register(user):
            return School.objects.all()
        return schools_signed_up_in(staff_regions(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action == "delete" and has_references(instance):
            return False  # a school with sign-ups is merged into another, not deleted
        if self.sees_whole_register(user):
            return True
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()


def has_references(school: School) -> bool:
    """Whether anything (a registration, an enrollment …) still refers to the school."""
    return any(count for _model, count in references_to(school))


class KommunePartnerPermissionPolicy(ModelPermissionPolicy):
    """A region's staff keep the common partner lists of the kommuner in their region's fylker (all for national
    administrators), with the model permissions every region's staff hold (``CoursesConfig``)."""

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return KommunePartner.objects.none()
        return KommunePartner.objects.filter(kommune__in=partner_list_kommuner(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return partner_list_kommuner(user).filter(pk=instance.kommune_id).exists()
