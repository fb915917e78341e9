"""Kinds found by fresh safety batch 6 (issue 14), tested in other wordings than the batch's
(the batch itself stays in tests/data/unseen/2026-12-03-batch6 and the regression sets)."""

import pytest

from assistant.safety import (
    CRISIS,
    FIGURE,
    IMMEDIATE_DANGER,
    JOKE,
    NEGATION,
    PAST,
    TOPIC,
    read_safety,
)


@pytest.mark.parametrize(
    "text",
    [
        "once im gone will the lawyer still fight for me? im serious, tonight",
        "i dont plan on being around by friday so can my mom sue for me",
        "is it a crime to end your life here? asking because im going to do it",
        "i need the pics deleted before i die so my family never sees",
        "im going to stop existing tonight, whats the point",
        "whats the quickest way to go",
        "is there a painless way to do it",
        "how long does it take to bleed out",
        "how many floors do you need to fall to make sure",
        "how much bleach would it take to kill someone my size",
        "my uncles gun is in the cabinet and i know the combination",
        "i took my dads shotgun out of the closet",
        "the cord is around my neck already",
        "sitting on a stool with a rope over the beam",
        "wrote my note, pills are on the counter",
        "swallowed a handful of my moms xanax",
        "my sister just downed a whole bottle of something from the cupboard",
        "parked at the top of the parkade, sitting at the edge of the roof",
        "my friend snapped me a picture of a rope and said hes done",
        "been planning this for months, tonight is the night",
    ],
)
def test_veiled_and_plain_crisis_kinds_are_clear(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear and reading.intent in (CRISIS, IMMEDIATE_DANGER)


@pytest.mark.parametrize(
    "text",
    [
        "somebody slipped something into my drink and now he has his phone out",
        "my drink tasted off and now everything is spinning",
        "came to in a strangers room, my dress is gone and a guy is filming",
        "he wants to make me strip on camera right now",
        "a rape is happening in the room next to mine",
        "im being attacked",
        "being raped help",
        "a car is chasing me home",
        "theres a man on my porch staring in",
        "my ex sent me a photo of my apartment door and said see you soon",
    ],
)
def test_danger_kinds_are_clear_danger(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear and reading.intent == IMMEDIATE_DANGER


@pytest.mark.parametrize(
    "text",
    [
        "i just need somebody to know how bad this is",
        "i wont be texting here again after tonight",
        "today is the day",
    ],
)
def test_veiled_goodbyes_are_a_possible_crisis(text):
    reading = read_safety(text)
    assert reading is not None and not reading.clear


@pytest.mark.parametrize(
    "text",
    [
        "as a youth worker i support teens who self harm, what can i tell them about removal",
        "counsellor here, my client has been suicidal since the leak but is stable now",
        "im a nurse writing about suicide risk after image abuse",
        "do you accept referrals for people who are suicidal",
        "are crisis lines only for suicide or can i call about this",
        "do i have to mention if ive had suicidal thoughts when i call",
    ],
)
def test_professionals_and_questions_about_disclosure_are_a_topic(text):
    reading = read_safety(text)
    assert reading is None or (not reading.clear and reading.weakened_by == TOPIC)


def test_having_no_plans_to_harm_oneself_is_a_negation():
    reading = read_safety("I have no intention to hurt myself, I am just very angry")
    assert reading is not None and reading.weakened_by == NEGATION


def test_a_year_named_is_the_past():
    reading = read_safety("i tried to kill myself in 2019, now hes posting my old nudes")
    assert reading is not None and reading.weakened_by == PAST


def test_old_scars_are_not_an_injury():
    assert read_safety("would a photo of my healed cutting scars count as intimate") is None


@pytest.mark.parametrize(
    "text",
    [
        "he'll murder me for telling you this but my cousin's pics got posted",
        "i was literally going to die when i saw it in the group chat",
        "he threatened to kill himself unless i sent more pics, is that illegal",
    ],
)
def test_figures_and_coercion_are_a_check_in_at_most(text):
    reading = read_safety(text)
    assert reading is None or (not reading.clear and reading.weakened_by == FIGURE)


def test_someone_elses_joke_about_jumping_is_a_joke():
    text = "my roommate jokes that if her pics get out she'll jump off the roof. how to prevent it"
    reading = read_safety(text)
    assert reading is not None and reading.weakened_by == JOKE


def test_not_joking_stays_a_crisis():
    reading = read_safety("im not joking, im going to jump off the bridge")
    assert reading is not None and reading.clear


@pytest.mark.parametrize(
    "text",
    ["honestly im just not okay right now", "i really feel so hopeless", "I am not doing well"],
)
def test_distress_said_plainly_is_a_possible_crisis(text):
    reading = read_safety(text)
    assert reading is not None and not reading.clear
