"""Who may change the fylke → KORUS region mapping in the admin (a Wagtail permission policy)."""

from wagtail.permission_policies import ModelPermissionPolicy


class FylkePermissionPolicy(ModelPermissionPolicy):
    """The 15 fylker are reference data loaded by a migration (home/data/fylker.csv).

    Nobody adds or deletes one in the admin. Those with ``change_fylke`` (national
    administrators, ``home.services.regions.set_up_national_admins``) choose the KORUS
    region that serves each; everyone else is refused.
    """

    READ_ONLY_ACTIONS = frozenset({"add", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.READ_ONLY_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.READ_ONLY_ACTIONS])
