import pytest

from assistant import legal_routes
from assistant.content import value


def keys(**answers):
    return [route.key for route in legal_routes.fitting_routes(**answers)]


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
    text = "\n".join(
        legal_routes.messages(legal_routes.fitting_routes("shared", "adult", "money", None))
    )
    assert f"${value('bc_routes.crt_damages_limit'):,}" in text
    assert value("contacts.iips_phone") in text
    assert all(
        len(message) <= 600
        for message in legal_routes.messages(legal_routes.fitting_routes(None, None, None, None))
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
    assert legal_routes.age_group_from_text(text) == expected


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
    assert legal_routes.goal_from_text(text) == expected


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
    assert legal_routes.when_from_text(text) == expected


def test_date_question_only_when_crt_could_fit():
    assert legal_routes.needs_date_question("removal") and legal_routes.needs_date_question(None)
    assert not legal_routes.needs_date_question("police")


# --- Issue 11 point 6: the Act also applies when sharing began before 2023-03-06 and went on ---


@pytest.mark.parametrize(
    "text",
    [
        "it started in 2022 and is still going on",
        "since 2021, he keeps posting them",
        "2022 but it continued this year",
    ],
)
def test_point6_sharing_that_went_on_after_the_start_date_counts(text):
    assert legal_routes.when_from_text(text) == "on_or_after"
    found = keys(
        situation="shared",
        age_group="adult",
        goal="removal",
        when=legal_routes.when_from_text(text),
    )
    assert "crt_protection_order" in found


def test_point6_the_question_says_continuing_sharing_counts():
    from assistant.content.responses import template

    assert "started before that date and went on after it" in template("utter_ask_route_when")
    assert "started before and went on after it" in template("utter_route_crt_protection_order")


# --- Issue 11 point 12: the free advice route carries the period caveat once it has passed ---


def test_point12_free_advice_route_on_both_sides_of_the_period_end():
    import datetime as dt

    route = legal_routes.Route("legal_advice")
    assert "that date has passed" not in route.line(dt.date(2025, 3, 31))
    assert "that date has passed" in route.line(dt.date(2025, 4, 1))
