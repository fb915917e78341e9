import pytest

from assistant import routes
from assistant.content import value


def keys(**answers):
    return [route.key for route in routes.fitting_routes(**answers)]


def test_youth_wanting_removal_gets_youth_routes_not_stopncii():
    found = keys(situation="shared", age_group="minor", goal="removal", when="on_or_after")
    assert {"take_it_down", "cybertip", "crt_protection_order", "iips"} <= set(found)
    assert "stopncii" not in found


def test_adult_wanting_removal_gets_stopncii_not_youth_routes():
    found = keys(situation="shared", age_group="adult", goal="removal", when="on_or_after")
    assert "stopncii" in found and "take_it_down" not in found and "cybertip" not in found


def test_crt_needs_sharing_on_or_after_its_start_date():
    before = keys(situation="shared", age_group="adult", goal="money", when="before")
    after = keys(situation="shared", age_group="adult", goal="money", when="on_or_after")
    assert "crt_damages" not in before and "crt_damages" in after


def test_neither_still_gets_somewhere_to_go():
    assert keys(situation="neither", age_group=None, goal=None, when=None) == ["iips"]


def test_nothing_answered_gives_every_general_route():
    found = keys(situation=None, age_group=None, goal=None, when=None)
    assert {"iips", "legal_advice", "police", "crt_protection_order"} <= set(found)


def test_route_lines_carry_contacts_and_facts_from_content():
    text = "\n".join(routes.messages(routes.fitting_routes("shared", "adult", "money", None)))
    assert f"${value('bc_routes.crt_damages_limit'):,}" in text
    assert value("contacts.iips_phone") in text
    assert all(
        len(message) <= 600
        for message in routes.messages(routes.fitting_routes(None, None, None, None))
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I'm 15", "minor"),
        ("under 18", "minor"),
        ("adult", "adult"),
        ("34", "adult"),
        ("idk", None),
    ],
)
def test_age_group_from_text(text, expected):
    assert routes.age_group_from_text(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("take them down", "removal"),
        ("I want to sue", "money"),
        ("call the cops", "police"),
        ("hmm", None),
    ],
)
def test_goal_from_text(text, expected):
    assert routes.goal_from_text(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("in 2021", "before"),
        ("2024", "on_or_after"),
        ("last week", "on_or_after"),
        ("2023", None),
        ("idk", None),
    ],
)
def test_when_from_text(text, expected):
    assert routes.when_from_text(text) == expected


def test_date_question_only_when_crt_could_fit():
    assert routes.needs_date_question("removal") and routes.needs_date_question(None)
    assert not routes.needs_date_question("police")
