"""Round 9 kinds (issue 16, helper r9b): a young person sent someone's image holds it: not a
helper, not the victim, and "should I delete it?" is never the evidence answer."""

from __future__ import annotations

import pytest

from assistant import young_holder
from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_specific import LAWYER_NO_PARENTS
from assistant.helper_context import answer_kind_in_context
from assistant.home_reading import home_from_text, moves_to_bc
from assistant.leftover_questions import YOUNG_CALL_ALONE
from assistant.young_holder import (
    YOUNG_RECEIVED,
    YOUNG_RECEIVED_NEXT,
    holder_in_context,
    young_receiver,
)


@pytest.mark.parametrize(
    "text",
    [
        "a guy from my grade texted me a naked photo of some girl at school",
        "someone snapped me a nude pic of a boy in my class",
        "i got sent a nude of a girl from my school",
        "he airdropped me nudes of a kid at school",
    ],
)
def test_a_young_receiver_is_read(text: str) -> None:
    assert young_receiver(text) == YOUNG_RECEIVED
    assert answer_kind(text) == YOUNG_RECEIVED


@pytest.mark.parametrize(
    "text",
    [
        "my son got airdropped a nude pic of a girl in his class",  # a parent telling
        "my student was sent a nude of a girl in my class",  # a teacher telling
        "someone sent a nude pic of me to my class",  # the writer's own image
        "a guy sent me a nude pic of a girl and wants money",  # another story
    ],
)
def test_not_a_young_receiver(text: str) -> None:
    assert young_receiver(text) is None


TOLD = ["a kid in my grade airdropped me a nude photo of a classmate"]


@pytest.mark.parametrize(
    "text",
    [
        "so do i need to delete it or keep it",
        "can i just get rid of it",
        "will i be in trouble for having it",
        "what should i do with it",
    ],
)
def test_what_to_do_with_it_after_telling(text: str) -> None:
    assert holder_in_context(text, TOLD) == YOUNG_RECEIVED_NEXT
    assert answer_kind_in_context(None, "ask_evidence", text, ["x"], TOLD) == YOUNG_RECEIVED_NEXT


def test_what_to_do_needs_the_story_and_never_takes_a_crisis() -> None:
    assert holder_in_context("should i delete it", ["my ex posted my pics"]) is None
    assert holder_in_context("should i delete my pics", TOLD) is None
    assert answer_kind_in_context(None, "crisis", "should i delete it", [], TOLD) is None


@pytest.mark.parametrize(
    "text",
    [
        "i'm moving to vancouver next month from calgary. can i apply once i live in bc?",
        "we're in edmonton. can we get help once we move to nanaimo?",
        "as soon as i get to victoria can i call them",
    ],
)
def test_a_home_once_moved_is_still_to_come(text: str) -> None:
    assert home_from_text(text) != "yes"
    assert moves_to_bc(text)


def test_a_home_now_is_still_a_home() -> None:
    assert home_from_text("can i get help if i live in surrey?") == "yes"
    assert home_from_text("i live in bc now, when i moved to kelowna he started") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "does a 14 year old need a parent's permission to talk to the free lawyer?",
        "does she need a parent's permission to get free legal advice?",
    ],
)
def test_a_young_person_spoken_of_is_not_you(text: str) -> None:
    kind = answer_kind(text, "ask_lawyer")
    assert answer_kind_in_context(kind, "ask_lawyer", text, [], []) == YOUNG_CALL_ALONE


def test_a_young_writer_asking_for_themselves_keeps_you_too() -> None:
    text = "do i need my parents permission to get legal advice? im 15"
    assert answer_kind_in_context(LAWYER_NO_PARENTS, "ask_lawyer", text, [], []) == (
        LAWYER_NO_PARENTS
    )


# --- round 10 (p31): a young holder told over several messages, then "should I delete them?" ---
@pytest.mark.parametrize(
    ("earlier", "now"),
    [
        (
            ["we're both 15. he sent them to me when we were together, i never showed anyone"],
            "do i have to delete them now? he asked me to",
        ),
        (
            ["my ex bf wants me to get rid of his pics", "i'm 17 and he's 17"],
            "should i delete them",
        ),
        (
            ["im 14, my girlfriend gave them to me last year"],
            "can i keep them or should i erase them",
        ),
    ],
)
def test_a_young_holder_asking_to_delete_gets_the_holding_rules_not_evidence(earlier, now):
    assert young_holder.holder_in_context(now, earlier) == young_holder.YOUNG_HOLDS_IMAGES


@pytest.mark.parametrize(
    ("earlier", "now"),
    [
        # A parent telling of a child's phone: the helper's answers.
        (["my daughter is 15, her boyfriend sent them to her"], "should she delete them"),
        # Blackmail: the sextortion answers (keep the messages as evidence).
        (["im 16, he sent them to me and says pay or else"], "should i delete them"),
        # An adult's own story: no one under 18.
        (["i'm 30, she sent them to me when we dated"], "should i delete them"),
    ],
)
def test_not_a_young_holder_in_context(earlier, now):
    assert young_holder.holder_in_context(now, earlier) is None


@pytest.mark.parametrize(
    "text",
    [
        "im 15 and my ex sent it to me, am i in trouble for keeping it?",
        "we're both 17. he gave them to me when we dated. am i in trouble for still having them",
    ],
)
def test_a_young_holder_asking_if_in_trouble_for_having_them(text):
    """Round 10, p31: the holder is not told "you are the one it was done to"."""
    assert young_holder.young_holder(text) == young_holder.YOUNG_HOLDS_IMAGES
