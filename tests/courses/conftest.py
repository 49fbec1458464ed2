"""Fixtures shared by the learning tests: a module library, a module due before gathering 2, a participant."""

import pytest

from tests.factories import EnrollmentFactory, ModuleIndexPageFactory, ModulePageFactory, SeriesModuleFactory


@pytest.fixture
def library(home_page):
    return ModuleIndexPageFactory(parent=home_page)


@pytest.fixture
def module(library, series):
    module = ModulePageFactory(parent=library, title="Signaler", slug="signaler")
    SeriesModuleFactory(series=series, module=module, due_before=2)
    return module


@pytest.fixture
def participant(series):
    return EnrollmentFactory(series=series).participant
