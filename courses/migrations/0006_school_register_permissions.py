"""Merging schools gets a permission of its own, and regions' staff groups only view the register.

Adding and changing schools becomes national administrators' work (courses.permissions);
``home.services.regions`` no longer grants it, and this takes it back from the regional
groups that already had it.
"""

from django.db import migrations


def revoke_regional_school_editing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Region = apps.get_model("home", "Region")
    permissions = Permission.objects.filter(
        content_type__app_label="courses", codename__in=["add_school", "change_school", "delete_school"]
    )
    group_ids = set()
    for region in Region.objects.all():
        group_ids.update(pk for pk in (region.editors_group_id, region.leads_group_id) if pk)
    for group in Group.objects.filter(pk__in=group_ids):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_gathering_cancelled_and_calendar_state"),
        ("home", "0002_reference_data"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="school",
            options={
                "ordering": ["name"],
                "permissions": [("merge_school", "Can merge duplicate schools")],
                "verbose_name": "school",
                "verbose_name_plural": "schools",
            },
        ),
        migrations.RunPython(revoke_regional_school_editing, migrations.RunPython.noop),
    ]
