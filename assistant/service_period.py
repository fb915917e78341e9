"""Is the pilot service within its scheduled period today? Plain functions."""

from __future__ import annotations

import datetime as dt

from assistant.content import value
from assistant.content.responses import say

OPEN = "open"
ENDED = "ended"
NOT_STARTED = "not_started"


def period() -> tuple[dt.date, dt.date]:
    return value("service.service_period_start"), value("service.service_period_end")


def status(today: dt.date, start: dt.date, end: dt.date) -> str:
    if today < start:
        return NOT_STARTED
    if today > end:
        return ENDED
    return OPEN


def month_year(day: dt.date) -> str:
    """The page gives months only ("August 2024"), so the assistant does too."""
    return day.strftime("%B %Y")


def today() -> dt.date:
    return dt.date.today()


def has_ended(today: dt.date) -> bool:
    start, end = period()
    return status(today, start, end) == ENDED


def caveat(today: dt.date) -> str:
    """The pilot period's caveat when the configured period has passed, else nothing.

    Every message that says "you can apply" or gives the intake line and is built by an
    action carries it; static responses carry the period in their own words.
    """
    if not has_ended(today):
        return ""
    start, end = period()
    return say(
        "utter_service_period_caveat", period_start=month_year(start), period_end=month_year(end)
    )
