# The forum's areas were called "categories" in code; one name per concept: Area.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("home", "0001_initial"),
        ("network", "0003_alter_attachment_image"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="categoryfollow", name="follow_category_once"),
        migrations.RemoveIndex(model_name="topic", name="network_top_categor_4a8acb_idx"),
        migrations.RenameModel("Category", "Area"),
        migrations.RenameModel("CategoryFollow", "AreaFollow"),
        migrations.RenameField(model_name="topic", old_name="category", new_name="area"),
        migrations.RenameField(model_name="areafollow", old_name="category", new_name="area"),
        migrations.AlterField(
            model_name="area",
            name="region",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty for the national area. The region's staff moderate its area.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="forum_areas",
                to="home.region",
                verbose_name="region",
            ),
        ),
        migrations.AlterField(
            model_name="area",
            name="is_active",
            field=models.BooleanField(
                default=True,
                help_text="A hidden area, with its topics, posts and images, is seen only by its moderators.",
                verbose_name="shown to members",
            ),
        ),
        migrations.AddIndex(
            model_name="topic",
            index=models.Index(fields=["area", "hidden", "-pinned", "-last_activity_at"], name="topic_list_order"),
        ),
        migrations.AddConstraint(
            model_name="areafollow",
            constraint=models.UniqueConstraint(fields=("user", "area"), name="follow_area_once"),
        ),
    ]
