"""Who sees the chat is asked, not deleting it (session 21): asked_next's WHO_KEEPS reading."""

from __future__ import annotations

import pytest

from assistant import asked_next


@pytest.mark.parametrize(
    "text",
    [
        "who can see this chat",
        "does anyone see these messages",
        "can anybody read what i type here",
        "will staff read my messages",
        "can a real person see my messages",
    ],
)
def test_who_sees_the_chat(text):
    assert asked_next.asked_kind(text, []) == asked_next.WHO_KEEPS


@pytest.mark.parametrize(
    "text",
    ["does anyone see the pics he posted", "can people see my photos on his page"],
)
def test_seeing_the_images_is_not_the_chat(text):
    assert asked_next.asked_kind(text, []) != asked_next.WHO_KEEPS
