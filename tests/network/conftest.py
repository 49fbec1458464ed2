import pytest

from home.models import Region
from tests.factories import AreaFactory


@pytest.fixture
def areas(region_pages):
    """The national area and one per region, as in the demo."""
    national = AreaFactory(name="Hele landet", slug="hele-landet", region=None)
    regional = {
        region.slug: AreaFactory(name=region.name, slug=region.slug, region=region) for region in Region.objects.all()
    }
    return {"national": national, **regional}


@pytest.fixture
def kjentmann(make_kjentmann):
    return make_kjentmann(email="kari@skole.test", first_name="Kari", last_name="Berg")


@pytest.fixture
def other_kjentmann(make_kjentmann):
    return make_kjentmann(email="ola@skole.test", first_name="Ola", last_name="Lie")
