"""A home the person came from ("I'm from Calgary originally") is not where they live now
(assistant/home_reading.py)."""

from __future__ import annotations

import pytest

from assistant.home_reading import NO, YES, home_from_text


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("im from calgary originally, moved to victoria last year", YES),
        ("I am from Toronto originally but I live in Nanaimo", YES),
        ("originally from calgary, i live in victoria now", YES),
        ("i'm from alberta originally", None),
        # Unchanged: a plain "I'm from" is still the home.
        ("i'm from Alberta", NO),
        ("i am from kamloops", YES),
        ("im from mexico but i live in surrey now", YES),
    ],
)
def test_a_first_home_is_not_the_home_now(text, home):
    assert home_from_text(text) == home
