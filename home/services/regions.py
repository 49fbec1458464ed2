"""Groups, collections and workflows that keep each region's staff inside their region.

Everything here is idempotent and runs after every ``migrate`` and whenever a regional page
is saved, so permissions are kept in code rather than clicked together in the admin.
"""

from django.apps import AppConfig
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import NATIONAL_ADMIN_GROUP, Region, RegionPage

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
LEAD_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
ALL_PAGE_PERMISSIONS = [*LEAD_PAGE_PERMISSIONS, "bulk_delete_page"]
MEDIA_PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image", "delete_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document", "delete_document"],
}
# Model permissions every member of a regional staff group needs (admin access, course work).
STAFF_MODEL_PERMISSIONS = [("wagtailadmin", "admin", "access_admin")]


def _permission(app_label: str, model: str, codename: str) -> Permission:
    content_type = ContentType.objects.get_by_natural_key(app_label, model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def _page_permission(codename: str) -> Permission:
    return _permission("wagtailcore", "page", codename)


def _grant_page(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(codename))


def _grant_media(group: Group, collection: Collection) -> None:
    for (app_label, model), codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, model, codename)
            )


def _grant_models(group: Group, permissions: list[tuple[str, str, str]]) -> None:
    group.permissions.add(*(_permission(*spec) for spec in permissions))


def staff_model_permissions() -> list[tuple[str, str, str]]:
    """Model permissions for regional staff; apps add theirs through ``REGIONAL_STAFF_PERMISSIONS``."""
    from django.apps import apps

    permissions = list(STAFF_MODEL_PERMISSIONS)
    for config in apps.get_app_configs():
        permissions.extend(getattr(config, "regional_staff_permissions", []))
    return permissions


@transaction.atomic
def set_up_region(region_page: RegionPage) -> Region:
    """Create or repair the region's groups, collection, page permissions and workflow."""
    region: Region = region_page.region
    root_collection = Collection.get_first_root_node()
    if region.collection is None:
        existing = root_collection.get_children().filter(name=region.name).first()
        region.collection = existing or root_collection.add_child(name=region.name)
    if region.editors_group is None:
        region.editors_group, _ = Group.objects.get_or_create(name=f"{region.name}: redaktører")
    if region.leads_group is None:
        region.leads_group, _ = Group.objects.get_or_create(name=f"{region.name}: ledere")
    region.save(update_fields=["collection", "editors_group", "leads_group"])

    model_permissions = staff_model_permissions()
    for group, page_codenames in (
        (region.editors_group, EDITOR_PAGE_PERMISSIONS),
        (region.leads_group, LEAD_PAGE_PERMISSIONS),
    ):
        _grant_page(group, region_page, page_codenames)
        _grant_media(group, region.collection)
        _grant_models(group, model_permissions)

    workflow, _ = Workflow.objects.get_or_create(name=f"{region.name}: godkjenning")
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=f"Godkjenning av leder i {region.name}")
        task.groups.set([region.leads_group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=region_page, defaults={"workflow": workflow})
    return region


@transaction.atomic
def set_up_national_admins() -> Group:
    """National administrators: every page, every collection, every model of the platform."""
    group, _ = Group.objects.get_or_create(name=NATIONAL_ADMIN_GROUP)
    root_page = Page.get_first_root_node()
    if root_page is not None:
        _grant_page(group, root_page, ALL_PAGE_PERMISSIONS)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        _grant_media(group, root_collection)
    _grant_models(group, staff_model_permissions())
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["home", "courses", "network", "wagtailcore", "wagtailsites", "accounts"],
        ).exclude(content_type__app_label="wagtailcore", content_type__model="page"),
        *Permission.objects.filter(content_type__app_label__in=["wagtailusers", "wagtailredirects", "wagtailforms"]),
        *Permission.objects.filter(content_type__app_label="auth"),
    )
    return group


def sync_permissions(app_config: AppConfig | None = None, **kwargs: object) -> None:
    """post_migrate: keep the national group and every existing region's groups in shape.

    Runs once per ``migrate``, for the last installed app, when every app's content types
    and permissions exist.
    """
    from django.apps import apps

    if app_config is not None and app_config is not list(apps.get_app_configs())[-1]:
        return
    set_up_national_admins()
    for region_page in RegionPage.objects.select_related("region"):
        set_up_region(region_page)
