"""Every model of the project has a factory, so tests can build any of them in one line."""

import pytest

from django.apps import apps

import tests.factories as factories

PROJECT_APPS = {"accounts", "home", "courses", "network"}
# Models that tests never build on their own: reference data loaded by migrations, the
# tag through-table, a site setting, log rows and image renditions.
NOT_BUILT_DIRECTLY = {
    "home.Region",
    "home.Fylke",
    "home.Kommune",
    "home.NewsPageTag",
    "home.SiteSettings",
    "home.KorusRendition",
}


def factory_models():
    return {
        getattr(getattr(obj, "_meta", None), "model", None)
        for name in dir(factories)
        if name.endswith("Factory") and (obj := getattr(factories, name))
    }


@pytest.mark.parametrize(
    "model",
    [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and model._meta.label not in NOT_BUILT_DIRECTLY
    ],
    ids=lambda model: model._meta.label,
)
def test_model_has_a_factory(model):
    assert model in factory_models(), f"add {model.__name__}Factory to tests/factories"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    [
        "SchoolPlanFactory",
        "PreventionRowFactory",
        "SituationRowFactory",
        "KommunePartnerFactory",
        "PartnerRowFactory",
        "RoleRowFactory",
        "PlanVersionFactory",
        "PostThanksFactory",
    ],
)
def test_the_plan_and_thanks_factories_build_a_saved_row(name):
    made = getattr(factories, name)()
    assert type(made).objects.filter(pk=made.pk).exists()
