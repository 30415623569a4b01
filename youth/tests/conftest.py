import pytest

from youth.tests.factories import make_unit, make_work_user


@pytest.fixture
def unit(db):
    return make_unit(name="Chi đoàn thử nghiệm")


@pytest.fixture
def leader(db):
    return make_work_user(leader=True, username="lanhdao")


@pytest.fixture
def member(unit):
    """A staff member of `unit` who is not a leader."""
    return make_work_user(unit=unit, username="doanvien")


@pytest.fixture
def outsider(db):
    """A staff member of another unit with no part in anything."""
    return make_work_user(username="nguoingoai")


@pytest.fixture
def seeded(db):
    from youth.demo import seed_youth_demo

    return seed_youth_demo()
