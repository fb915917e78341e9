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
