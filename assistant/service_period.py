"""Is the pilot service within its scheduled period today? Plain functions."""

from __future__ import annotations

import datetime as dt

from assistant.content import value

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
