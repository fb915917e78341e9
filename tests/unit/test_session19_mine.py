"""Session 19, from conversations I tried myself before round 19. Wordings are mine."""

from __future__ import annotations

import pytest

from assistant.nearby_followups import police_abroad

POLICE_ASKED = ["should i go to the police or call you first"]


@pytest.mark.parametrize(
    "text",
    [
        "what if he's in another country",
        "but what if they are overseas",
        "what if he lives in the us",
        "and if she is not in canada",
    ],
)
def test_what_if_abroad_right_after_police_is_the_police_question(text: str) -> None:
    assert police_abroad(text, POLICE_ASKED)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # No police in the last two messages: another question about someone abroad.
        ("what if he's in another country", ["how do i get it removed"]),
        # Not a "what if" about the other person.
        ("i'm in another country", POLICE_ASKED),
        ("what if i move to another country", POLICE_ASKED),
    ],
)
def test_abroad_without_the_police_question_is_not_read(text: str, earlier: list[str]) -> None:
    assert not police_abroad(text, earlier)
