import datetime as dt

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.service_status import ActionServiceStatus
from assistant import service_period

START, END = dt.date(2024, 8, 1), dt.date(2025, 3, 31)


@pytest.mark.parametrize(
    "today,expected",
    [
        (dt.date(2024, 7, 31), service_period.NOT_STARTED),
        (dt.date(2024, 8, 1), service_period.OPEN),
        (dt.date(2025, 3, 31), service_period.OPEN),
        (dt.date(2025, 4, 1), service_period.ENDED),
        (dt.date(2026, 11, 28), service_period.ENDED),
    ],
)
def test_status_on_fixed_dates(today, expected):
    assert service_period.status(today, START, END) == expected


def test_period_comes_from_content():
    assert service_period.period() == (START, END)
    assert service_period.month_year(START) == "August 2024"


def empty_tracker():
    return Tracker("test", {}, {}, [], False, None, {}, "action_listen")


@pytest.mark.parametrize(
    "today,response",
    [
        (dt.date(2024, 10, 1), "utter_service_open"),
        (dt.date(2026, 11, 28), "utter_service_period_ended"),
        (dt.date(2024, 1, 1), "utter_service_not_started"),
    ],
)
async def test_action_says_what_is_true_for_the_date(monkeypatch, today, response):
    monkeypatch.setattr(service_period, "today", lambda: today)
    dispatcher = CollectingDispatcher()
    events = await ActionServiceStatus().run(dispatcher, empty_tracker(), {})
    assert events == []
    assert dispatcher.messages[0]["response"] == response
    assert dispatcher.messages[0]["period_start"] == "August 2024"
    assert dispatcher.messages[0]["period_end"] == "March 2025"


async def test_action_failure_becomes_safe_message(monkeypatch):
    def broken():
        raise RuntimeError("user text must not leak")

    monkeypatch.setattr(service_period, "today", broken)
    dispatcher = CollectingDispatcher()
    assert await ActionServiceStatus().run(dispatcher, empty_tracker(), {}) == []
    assert dispatcher.messages[0]["response"] == "utter_action_failed"


# --- Issue 11 point 12: every action-built mention carries the caveat once the period passed ---

LAST_DAY, DAY_AFTER = dt.date(2025, 3, 31), dt.date(2025, 4, 1)


def tracker_with(slots: dict) -> Tracker:
    return Tracker("test", slots, {}, [], False, None, {}, "action_listen")


async def run_action(action, slots, monkeypatch, today) -> list[str]:
    monkeypatch.setattr(service_period, "today", lambda: today)
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker_with(slots), {})
    return [m.get("response") or m.get("text") for m in dispatcher.messages]


@pytest.mark.parametrize(
    "situation,lives_in_bc", [("shared", "yes"), ("unsure", "unsure"), ("threatened", None)]
)
@pytest.mark.parametrize("today,caveat", [(LAST_DAY, False), (DAY_AFTER, True)])
async def test_point12_eligibility_outcome_on_both_sides(
    monkeypatch, situation, lives_in_bc, today, caveat
):
    from actions.eligibility import ActionEligibilityOutcome

    slots = {"lives_in_bc": lives_in_bc, "image_situation": situation}
    said = await run_action(ActionEligibilityOutcome(), slots, monkeypatch, today)
    assert ("utter_service_period_caveat" in said) is caveat


@pytest.mark.parametrize("today,caveat", [(LAST_DAY, False), (DAY_AFTER, True)])
async def test_point12_summary_on_both_sides(monkeypatch, today, caveat):
    from actions.summary import ActionTellItOnce

    slots = {"lives_in_bc": "yes", "image_situation": "shared"}
    said = await run_action(ActionTellItOnce(), slots, monkeypatch, today)
    assert said[0] == "utter_summary"
    assert ("utter_service_period_caveat" in said) is caveat


@pytest.mark.parametrize("today,caveat", [(LAST_DAY, False), (DAY_AFTER, True)])
async def test_point12_route_finder_on_both_sides(monkeypatch, today, caveat):
    from actions.routes import ActionRouteFinder

    slots = {"image_situation": "shared", "route_goal": "advice"}
    said = " ".join(await run_action(ActionRouteFinder(), slots, monkeypatch, today))
    assert ("that date has passed" in said) is caveat


def test_point12_static_mentions_of_the_intake_line_carry_the_period():
    """Static responses (they work when the action server is down) cannot know the date: each
    one that gives the intake line or presents the service as open names the pilot period."""
    from assistant.content import value
    from assistant.content.responses import all_responses

    intake = [str(value(f"contacts.{k}")) for k in ("intake_phone", "intake_toll_free")]
    action_built = {  # the actions add utter_service_period_caveat after these when it passed
        "utter_eligible",
        "utter_eligibility_unsure",
        "utter_route_legal_advice",
        "utter_service_open",
        "utter_service_not_started",
        "utter_service_period_ended",
    }
    presenting = {"utter_service", "utter_who_qualifies", "utter_age_limit"}
    missing = [
        name
        for name, variants in all_responses().items()
        for variant in variants
        if name not in action_built
        and (name in presenting or any(line in str(variant.get("text")) for line in intake))
        and "March 2025" not in str(variant.get("text"))
    ]
    assert not missing
