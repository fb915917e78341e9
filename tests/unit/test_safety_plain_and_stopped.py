"""Issue 14, helper h12c: ordinary lines that got a needless "are you safe?" (simulated users,
round 7) and self-harm told as past and stopped. Wordings of my own, not the transcripts' nor
the regression sets'."""

import pytest

from assistant.nlu.crisis_guard import CLASSIFIER, SECOND_OPINION, guard_decision
from assistant.safety import (
    CRISIS,
    IMMEDIATE_DANGER,
    PAST,
    RECOVERED,
    STOPPED,
    plain_statement,
    read_safety,
    says_safe,
)


def _ranking(*pairs):
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]


# --- plain statements: a plan with an everyday act, a move to come, an age -----------------


@pytest.mark.parametrize(
    "text",
    [
        "I guess I'll tell my stepmom",
        "ok ill talk to my grandma about it tomorrow",
        "im gonna tell my coach after practice",
        "yeah I think I'll speak to the principal first thing",
        "i decided to tell my boyfriend",
        "gonna call victimlinkbc in the morning thanks",
        "I'll try the intake line on monday",
        "we're going to the cops tonight",
        "I'm planning to report him to the platform tonight",
        "she's probably 40",
        "the guy's like 27 or so",
        "my coach is around 45 i think",
        "we are moving to Nanaimo next summer",
        "I'm relocating to Prince George in a few weeks",
        "think i'll take a break from snapchat for a bit",
    ],
)
def test_a_whole_message_that_only_states_a_plain_plan_or_an_age(text):
    assert plain_statement(text), text


@pytest.mark.parametrize(
    "text",
    [
        # The person planned for is not everyday, or something follows the plan.
        "I'm going to see my nana soon",
        "I'll tell my brother it wasn't his fault",
        "gonna tell my mom goodbye tonight",
        "I'm going to text my dad one last time",
        "i'll call my sister and then end it",
        "i'm going to the overpass tonight",
        "we're moving to a better place soon",
        "i'm moving to the other side tonight",
        "I'll take a break from living",
        "he's 35 and he's at my door",
        "he's about 30, can he be charged?",
        # Crisis wording as a plan is never plain.
        "im going to kill myself tomorrow",
    ],
)
def test_plans_that_are_not_plain(text):
    assert not plain_statement(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm alright for the night",
        "im okay for now thx",
        "got the number, I'll ring them tomorrow. I'm fine for tonight",
        "I'm safe for tonight",
        "i'm fine for the moment. what should I do about the group chat?",
        "my manager isn't threatening me, he just won't stop asking",
        "she's not stalking me, she just keeps commenting",
    ],
)
def test_okay_for_now_at_the_end_and_no_threat_say_safe(text):
    assert says_safe(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm ok for tonight but tomorrow I don't know",
        "i'm fine for now, he's outside though",
        "he isn't threatening me, he's choking me",
        "I'm not ok for tonight",
        "I'm okay for now and then it's over",
    ],
)
def test_okay_for_now_with_more_after_it_is_not_said_safe(text):
    assert not says_safe(text), text


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("I guess I'll tell my stepmom", "crisis"),
        ("the guy's like 27 or so", "immediate_danger"),
        ("we are moving to Nanaimo next summer", "crisis"),
    ],
)
def test_the_classifier_alone_does_not_check_in_on_a_plain_statement(text, guess):
    ranking = _ranking((guess, 0.7), ("inform", 0.2))
    override, check_in = guard_decision(text, ranking[0], ranking)
    assert check_in is None
    assert override is not None and override["name"] == "inform"


def test_the_second_opinion_does_not_check_in_on_a_plain_statement():
    ranking = _ranking(("thank", 0.8), ("goodbye", 0.1))
    opinion = {"crisis": 0.9, "immediate_danger": 0.01}
    assert (
        guard_decision("ok ill talk to my grandma about it tomorrow", ranking[0], ranking, opinion)[
            1
        ]
        is None
    )
    assert guard_decision("im okay for now thx", ranking[0], ranking, opinion)[1] is None
    # The same opinion on a message that is not plain still asks.
    _, check_in = guard_decision(
        "ill talk to my grandma, she can have my things", ranking[0], ranking, opinion
    )
    assert check_in == {"intent": CRISIS, "reason": SECOND_OPINION}


def test_a_sure_classifier_still_gets_its_way_on_a_plain_statement():
    ranking = _ranking(("crisis", 0.97), ("inform", 0.02))
    override, check_in = guard_decision("I guess I'll tell my stepmom", ranking[0], ranking)
    assert check_in is not None or (override or {}).get("name") == CRISIS


def test_a_plain_message_that_is_not_a_plan_still_checks_in_on_the_classifier():
    ranking = _ranking(("crisis", 0.7), ("inform", 0.2))
    _, check_in = guard_decision("there is no point to any of it", ranking[0], ranking)
    assert check_in == {"intent": CRISIS, "reason": CLASSIFIER}


# --- self-harm told as past and stopped -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After the nudes went around I was cutting myself for a few weeks. I stopped.",
        "i self harmed a lot after he posted it but eventually i quit",
        "I stopped hurting myself after the pictures were taken down",
        "I burned myself a couple of times back then and I haven't done it since",
        "used to cut myself because of it, not anymore",
        "After the leak I hurt myself for a while, that has ended",
        "I quit self harming last year",
    ],
)
def test_self_harm_told_as_stopped_is_a_check_in(text):
    reading = read_safety(text)
    assert reading is not None and reading.intent == CRISIS and not reading.clear, reading
    assert reading.weakened_by in (STOPPED, PAST), reading


@pytest.mark.parametrize(
    "text",
    [
        # Stopped, then again: happening now.
        "I cut myself for a while, I stopped, but I started again yesterday",
        # A pause is no end.
        "I'm cutting myself, I stopped for a minute to message you",
        # Something else stopped.
        "i cut myself last night and i've stopped eating",
        "I cut myself and the bleeding stopped but it's deep",
        # A wish, not an act: "I quit" is giving up.
        "I want to kill myself. I quit.",
        "I stopped, but now I want to kill myself",
    ],
)
def test_stopped_does_not_weaken_a_present_crisis(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear, reading


def test_danger_told_as_stopped_is_not_read_as_over():
    # "he stopped" can be a pause; only the past markers weaken danger.
    reading = read_safety("he is choking me, he stopped for a sec")
    assert reading is not None and reading.clear and reading.intent == IMMEDIATE_DANGER


def test_stopped_and_doing_well_is_recovered():
    reading = read_safety(
        "I cut myself after it happened. I stopped and I'm doing a lot better now"
    )
    assert reading is not None and reading.weakened_by == RECOVERED


def test_stopped_self_harm_is_never_nothing_even_when_the_model_rules_it_out():
    text = "After the nudes went around I was cutting myself for a few weeks. I stopped."
    ranking = _ranking(("inform_shared", 0.6), ("ask_image_removal", 0.2))
    override, check_in = guard_decision(
        text, ranking[0], ranking, {"crisis": 0.005, "immediate_danger": 0.001}
    )
    assert check_in == {"intent": CRISIS, "reason": STOPPED}
    assert override is None  # the answer the classifier chose stands
