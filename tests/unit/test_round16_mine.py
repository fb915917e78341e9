"""Session 16 (mine): small kinds noticed in round 15's review (docs/intents.md "Session 16")."""

from __future__ import annotations

import pytest

from assistant import dropped_halves as dh
from assistant import skipped_questions as sq

NOBODY = dh.Writer(texts=["my ex posted my nudes"])
ADULT = dh.Writer(adult=True, texts=["im 26 and he put it on facebook"])
YOUNG = dh.Writer(young=True, texts=["im 15 someone put my pic up"])


@pytest.mark.parametrize(
    ("kind", "text", "writer"),
    [
        (sq.PLATFORM_REMOVAL, "how do I get instagram to take it down", NOBODY),
        (sq.PLATFORM_REMOVAL, "can i make reddit delete the post?", NOBODY),
        (sq.PLATFORM_REMOVAL_ADULT, "is there a way to get facebook to remove it", ADULT),
        (sq.PLATFORM_REMOVAL_YOUNG, "can i make tiktok remove it?", YOUNG),
        (sq.PLATFORM_REMOVAL, "how can i ask the site to take them down", NOBODY),
    ],
)
def test_the_platform_asked_to_act_gets_the_platform_first(kind, text, writer):
    assert sq.skipped_kind(text, writer.texts, writer) == kind


@pytest.mark.parametrize(
    "text",
    [
        "instagram took it down already",
        "can i report it to instagram?",  # its own answer (next_questions.platform_report)
        "i asked my friend to take it down",
    ],
)
def test_not_the_platform_asked_to_act(text):
    assert sq.skipped_kind(text, NOBODY.texts, NOBODY) not in {
        sq.PLATFORM_REMOVAL,
        sq.PLATFORM_REMOVAL_ADULT,
        sq.PLATFORM_REMOVAL_YOUNG,
    }
