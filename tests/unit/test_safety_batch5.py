"""Kinds fresh safety batch 5 found (tests/data/unseen/2026-12-03-batch5, measured once on
d9d8666 before these patterns and cues existed); the examples here are new wordings of each kind."""

import pytest

from assistant.safety import CRISIS, IMMEDIATE_DANGER, TOLD_TO, TOPIC, read_safety


@pytest.mark.parametrize(
    "text,intent",
    [
        ("the noose is ready in the garage", CRISIS),
        ("sitting in the tub with a blade", CRISIS),
        ("my arm is bleeding from my cuts and it won't stop", CRISIS),
        ("relapsed on self harm tonight", CRISIS),
        ("i took like 30 tylenol an hour ago", CRISIS),
        ("my cousin swallowed a bottle of sleeping pills", CRISIS),
        ("i want to be sure no one finds my body", CRISIS),
        ("for real this time, i'm gonna do it", CRISIS),
        ("she's climbing over the railing", CRISIS),
        ("my roommate isn't breathing", IMMEDIATE_DANGER),
        ("he's unresponsive on the floor", IMMEDIATE_DANGER),
        ("i think i've been drugged at this party", IMMEDIATE_DANGER),
        ("she passed out and they are filming her", IMMEDIATE_DANGER),
    ],
)
def test_batch_5_kinds_get_the_full_reply(text, intent):
    reading = read_safety(text)
    assert reading is not None and reading.intent == intent and reading.clear


@pytest.mark.parametrize(
    "text",
    [
        "finished my will last night, kind of a relief",
        "gave all my plants away to my sister this morning",
        "nothing matters anymore honestly",
        "i want to clear out my accounts before i go",
        "dunno how much longer i can keep going",
        "please tell my dad i'm sorry",
        "thanks for trying anyway",
        "sitting on top of the parking garage",
    ],
)
def test_batch_5_veiled_kinds_get_a_check_in(text):
    reading = read_safety(text)
    assert reading is not None and reading.intent == CRISIS and not reading.clear


@pytest.mark.parametrize(
    "text,reason",
    [
        ("my class presentation on self harm awareness is next week, what sources are good", TOPIC),
        ("read a news story about a sextortion suicide, how common is it here", TOPIC),
        ("is 9-8-8 only for suicide or for anxiety too", TOPIC),
        ("someone commented kys under my photo, can i report that", TOLD_TO),
        ("he keeps telling me to kill myself in his dms, is that harassment", TOLD_TO),
    ],
)
def test_crisis_words_as_a_subject_or_said_to_the_person_are_not_the_full_reply(text, reason):
    reading = read_safety(text)
    assert reading is not None and not reading.clear and reading.weakened_by == reason


@pytest.mark.parametrize(
    "text",
    [
        "researching how to kill myself tonight",
        "he told me to kill myself and i'm going to do it now",
        "my project on suicide is done and so am i, i have the pills right now",
    ],
)
def test_immediacy_or_method_research_stays_clear(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear


@pytest.mark.parametrize(
    "text",
    [
        "i was drunk when he filmed me, is that consent",
        "taking my life back starts with getting these pics down",
        "im cutting her out of my life after she shared them",
        "gonna die of embarrassment if my coach sees this lol",
        "cant deal with this anymore with instagram support, they never answer",
    ],
)
def test_batch_5_ordinary_kinds_are_not_a_crisis(text):
    reading = read_safety(text)
    assert reading is None or not reading.clear
