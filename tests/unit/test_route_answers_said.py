"""The route finder's answers already said (assistant/said_before.py), and a plain yes, no or
ok to a form's pending question (assistant/form_answers.py); issue 16."""

from __future__ import annotations

import pytest

from assistant.form_answers import only_acknowledges, yes_or_no
from assistant.said_before import route_age_group_said, route_answers_said
from assistant.situation_reading import situation_said_earlier


@pytest.mark.parametrize(
    "texts",
    [
        ["im 15", "what are my options"],
        ["I was 16 when he filmed it"],
        ["i'm 20 now but the photos are from when i was 17"],
    ],
)
def test_a_young_age_said_is_not_asked_again(texts) -> None:
    assert route_age_group_said(texts) == "minor"


@pytest.mark.parametrize("texts", [["my ex is 25"], ["what can I do"]])
def test_nothing_said_of_the_writer_age(texts) -> None:
    assert route_age_group_said(texts) is None


@pytest.mark.parametrize(
    "texts",
    [["I'm 30"], ["Good afternoon. A man is threatening me. I am 67."], ["im 24", "what now"]],
)
def test_an_adult_age_now_is_adult_now_not_asked_again(texts) -> None:
    # Round 12 (p10): "I am 67" was asked "were you under 18 when the images were taken?".
    assert route_age_group_said(texts) == "adult_now"


def test_an_age_then_said_earlier_outweighs_an_adult_age_now_said_later() -> None:
    assert route_age_group_said(["I was 16 when he took them", "I'm 19 now btw"]) == "minor"


def test_what_happened_is_read_from_statements_beside_a_question() -> None:
    text = "She uploaded the video to a porn site. Can I make her take it down?"
    assert situation_said_earlier([text]) == "shared"
    assert situation_said_earlier(["can he post them?"]) is None


def test_both_answers_at_once() -> None:
    found = route_answers_said(
        ["I'm 16 and he leaked my pics", "what now"], ["x", "y"], [None, None]
    )
    assert found == {"image_situation": "shared", "route_age_group": "minor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("yes", True), ("Yeah it did", True), ("yep", True), ("no", False), ("nope, before", False),
     ("Not really", False), ("maybe", None), ("ok", None), ("idk", None)],
)  # fmt: skip
def test_yes_or_no(text, expected) -> None:
    assert yes_or_no(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ok", True), ("Okay.", True), ("alright", True), ("ok so what now", False), ("yes", False)],
)
def test_only_acknowledges(text, expected) -> None:
    assert only_acknowledges(text) is expected


def test_a_place_named_keeps_what_an_earlier_message_said() -> None:
    from assistant.form_answers import situation_answer
    from assistant.slot_history import Earlier

    nothing = Earlier(None, "")
    assert situation_answer("im in nelson, can i get it", "shared", nothing) == ("shared", False)
    assert situation_answer("nope, I live in Calgary", "neither", nothing) == (None, False)
