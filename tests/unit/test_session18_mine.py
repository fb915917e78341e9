"""Session 18, from conversations I tried myself: "i didnt pay" after the sextortion steps,
"won't they post it anyway", "is he gonna be in big trouble", and a helper telling how the person
they help feels. Wordings are mine."""

from __future__ import annotations

import pytest

from assistant import feelings as fe
from assistant import helper_reading, young_sender
from assistant import not_paid as np_
from assistant import secret_told as st
from assistant import sharer_charged as sc
from assistant.answer_kinds_what_happens import _if_posted
from assistant.situation_fallback import money_not_navigation, situation_intent, weak_help_now

STEPS = ["utter_sextortion", "utter_sextortion_steps", "utter_sextortion_report"]


@pytest.mark.parametrize(
    "text",
    [
        "i didnt pay",
        "no i didnt pay him",
        "i havent paid anything",
        "I haven't paid yet.",
        "i didn't send anything",
        "nope i didnt pay",
        "im not gonna pay",
        "i never sent him money",
    ],
)
def test_not_paid_told_after_the_steps(text):
    assert np_.not_paid_kind(text, STEPS, young=False) == np_.NOT_PAID
    assert np_.not_paid_kind(text, STEPS, young=True) == np_.NOT_PAID_YOUNG


@pytest.mark.parametrize(
    "text",
    ["i didnt pay, should i?", "i didnt pay but he posted it anyway", "i paid him 200"],
)
def test_not_paid_is_only_the_plain_statement(text):
    assert np_.not_paid_kind(text, STEPS, young=False) is None


def test_not_paid_needs_the_sextortion_steps_before():
    assert np_.not_paid_kind("i didnt pay", ["utter_greet"], young=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "wont they just post it anyway?",
        "won't he post them anyway",
        "they'll probably post it anyway right",
        "will they still share it anyway even if i block",
    ],
)
def test_the_fear_it_gets_posted_anyway(text):
    assert _if_posted(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "is he gonna be in big trouble",
        "will he be in a lot of trouble",
        "is she in serious trouble",
    ],
)
def test_big_trouble_is_the_sharer_charged_question(text):
    assert sc.sharer_charged_kind(text, ["my ex posted my pic on facebook"]) == sc.SHARER_CHARGED


FRIEND = ["my friend's ex shared her nudes, she lives in victoria"]
CHILD = ["my 14 year old daughter's pics were shared around her school"]


@pytest.mark.parametrize(
    "text",
    [
        "she's super down, like really low",
        "my daughter is devastated",
        "he wont stop crying",
        "she hasnt left her room in days",
        "shes not ok",
        "my friend is really struggling",
    ],
)
def test_a_helper_tells_how_the_person_feels(text):
    assert fe.helped_feelings_kind(text, FRIEND) == fe.FEELINGS_HELPED_ADULT
    assert fe.helped_feelings_kind(text, CHILD) == fe.FEELINGS_HELPED_YOUNG


@pytest.mark.parametrize("text", ["is she ok?", "she is 15", "how do i help her feel better"])
def test_a_helper_asking_is_not_feelings_told(text):
    assert fe.helped_feelings_kind(text, FRIEND) is None


def test_no_helper_before_no_helped_feelings():
    assert fe.helped_feelings_kind("she's super down", ["my ex posted my pic"]) is None


@pytest.mark.parametrize(
    "text",
    ["no i havent paid him anything", "we never sent him money", "i didnt pay"],
)
def test_not_paid_is_never_read_as_already_paid(text):
    assert not helper_reading.already_paid(text)


@pytest.mark.parametrize(
    "text",
    ["i paid him 200", "i paid 200 but havent sent the rest", "I already paid but he wants more"],
)
def test_paid_is_still_read(text):
    assert helper_reading.already_paid(text)


SECRET = "hey so my boyfriend took a video of us without me knowing"
HELD = ["utter_secret_taken_told", "utter_secret_taken_crime", "utter_secret_taken_next"]


@pytest.mark.parametrize(
    "text",
    [SECRET, "my roommate secretly filmed me in the shower", "he hid a camera in my bedroom"],
)
def test_an_image_taken_secretly_told(text):
    assert st.secret_told_kind(text, [], [], young=False) == st.SECRET_TOLD


@pytest.mark.parametrize(
    ("text", "young", "earlier"),
    [
        ("my roommate secretly filmed me in the shower and sent it to his friends", False, []),
        ("is it a crime that he filmed us without me knowing", False, []),
        (SECRET, True, []),
        ("my sister's boyfriend secretly filmed her", False, []),
    ],
)
def test_not_the_secret_image_told(text, young, earlier):
    assert st.secret_told_kind(text, earlier, [], young=young) != st.SECRET_TOLD


def test_not_shared_after_the_held_answer_is_noted():
    text = "i found it on his phone. he hasnt sent it to anyone i think"
    assert st.secret_told_kind(text, [SECRET], HELD, young=False) == st.NOT_SHARED_NOTED


def test_not_shared_after_the_shared_answer_corrects_it():
    text = "actually he hasnt posted them, he just has them"
    kind = st.secret_told_kind(text, ["my ex posted my nudes"], ["action_shared_next"], False)
    assert kind == st.NOT_SHARED_AFTER_ALL


def test_not_shared_with_a_threat_told_keeps_the_threat():
    text = "he hasnt posted them yet"
    earlier = ["my ex says he will post my nudes"]
    assert st.secret_told_kind(text, earlier, ["action_shared_next"], False) is None


@pytest.mark.parametrize("text", ["no im not in danger just really upset", "i feel so overwhelmed"])
def test_more_feelings_words(text):
    assert fe.feelings_kind(text, young=False) == fe.FEELINGS


def test_a_threat_denied_after_sharing_needs_none():
    kind = st.secret_told_kind(
        "he hasnt threatened me though", ["my ex posted my nudes"], [], False
    )
    assert kind == st.NO_THREAT_NEEDED


def test_a_threat_denied_with_nothing_shared_is_held():
    earlier = ["my ex still has my nudes from when we dated"]
    assert st.secret_told_kind("he never threatened anything", earlier, [], False) == (
        st.NO_THREAT_HELD
    )
    held = ["utter_held_not_shared_order"]
    assert st.secret_told_kind("he never threatened anything", earlier, held, False) == (
        st.NOT_SHARED_NOTED
    )


@pytest.mark.parametrize(
    "text", ["he hasnt threatened me yet but he says he will post them", "did he threaten you?"]
)
def test_a_threat_told_or_asked_is_not_denied(text):
    assert st.threat_denied_kind(text, ["my ex has my pics"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "my girlfriend and i broke up and she says she'll send our video to my wife",
        "she says she'll send our video to my wife",
    ],
)
def test_a_threat_told_plainly_under_the_threshold(text):
    ranking = [("nlu_fallback", 0.2), ("sextortion", 0.24), ("inform_threatened", 0.22)]
    assert situation_intent("nlu_fallback", text, ranking) == "inform_threatened"


def test_a_demand_makes_it_sextortion():
    text = "he says he will post my pics unless i pay him"
    ranking = [("nlu_fallback", 0.2), ("inform_threatened", 0.19)]
    assert situation_intent("nlu_fallback", text, ranking) == "sextortion"


@pytest.mark.parametrize(
    ("intent", "text", "ranking"),
    [
        ("nlu_fallback", "what if she says she'll send it", [("inform_threatened", 0.2)]),
        ("nlu_fallback", "she says she'll send our video", [("ask_crt", 0.2), ("greet", 0.1)]),
        ("ask_crt", "she says she'll send our video", [("inform_threatened", 0.2)]),
        ("nlu_fallback", "we broke up last month", [("inform_shared", 0.2)]),
    ],
)
def test_the_fallback_kept(intent, text, ranking):
    assert situation_intent(intent, text, ranking) is None


@pytest.mark.parametrize("text", ["Can we get the money back", "can i get my $500 back"])
def test_money_back_is_not_navigation(text):
    assert money_not_navigation("resume", text) == "nlu_fallback"


def test_going_back_stays_navigation():
    assert money_not_navigation("resume", "can we go back to the questions") is None


@pytest.mark.parametrize("text", ["what if i already sent one", "i already sent him a pic"])
def test_a_picture_sent_inside_the_age_check(text):
    assert young_sender.sent_in_check(text)


@pytest.mark.parametrize(
    "text", ["what if i sent one and he posts it", "my friend sent one", "i sent him $50"]
)
def test_not_a_picture_sent_inside_the_age_check(text):
    assert not young_sender.sent_in_check(text)


def test_a_strangers_threat_keeps_the_classifiers_blackmail():
    text = "got a message on facebook from someone saying they have a video of me and will send it to all my contacts"  # noqa: E501
    ranking = [("nlu_fallback", 0.2), ("sextortion", 0.24), ("inform_threatened", 0.22)]
    assert situation_intent("nlu_fallback", text, ranking) == "sextortion"


def test_a_part_line_that_stays_silent_is_no_failed_action():
    from rasa.shared.core.events import ActionExecuted, UserUttered

    from assistant.policies.interrupt import failed_action_reply

    events = [UserUttered("a"), ActionExecuted("action_part_not_covered")]
    assert failed_action_reply(events, {"action_part_not_covered"}) is None
    events = [UserUttered("a"), ActionExecuted("action_route_finder")]
    assert failed_action_reply(events, {"action_route_finder"}) == "utter_action_failed"


def test_no_part_line_after_the_whole_question_said_back():
    from assistant import question_parts as qp

    clauses = [
        {
            "text": "Can I sit in on the call with her",
            "intent": "ask_support_person",
            "confidence": 0.7,
        },
        {"text": "or does a parent have to be there", "intent": "nlu_fallback", "confidence": 0.2},
    ]
    whole = "Can I sit in on the call with her, or does a parent have to be there"
    added = qp.added_parts(
        clauses, whole, ["action_not_covered", "utter_not_covered_who"], [], lambda name: ""
    )
    assert qp.PART_NOT_COVERED not in added


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        (
            "is it only if pics got out",
            "so can i still use that lawyer or is it only if pics got out",
        ),
        ("what are the chances", "if i stop paying will he actually send it? what are the chances"),
        (
            "would he not find out about?",
            "thats a lot. which of these would he NOT find out about?",
        ),
        (
            "does he have to do it himself",
            "can i report to cybertip or does he have to do it himself",
        ),
    ],
)
def test_not_a_question_of_its_own(part, whole):
    from assistant.question_parts import own_question

    assert not own_question(part, whole)


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("can i do it by telephone?", "The tribunal is online. Can I do it by telephone?"),
        ("will my insurance cover therapy", "is it free and will my insurance cover therapy"),
    ],
)
def test_a_question_of_its_own(part, whole):
    from assistant.question_parts import own_question

    assert own_question(part, whole)


@pytest.mark.parametrize(
    "text",
    [
        "its on peoples phones and i dont know who sent it. can anyone do anything if i dont know",
        "so if nothing was shared, is there anyone who can help me get them back from him?",
    ],
)
def test_a_weak_help_now_that_asks_what_can_be_done(text):
    assert weak_help_now("need_help_now", text, [("need_help_now", 0.24)]) == "nlu_fallback"


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("i need to talk to someone", 0.2),
        ("is there anyone i can call right now", 0.2),
        ("can anyone do anything", 0.9),
    ],
)
def test_help_now_kept(text, confidence):
    assert weak_help_now("need_help_now", text, [("need_help_now", confidence)]) is None


@pytest.mark.parametrize(
    "text", ["i cant tell my mom she would kill me", "my dad hed kill me if he saw this"]
)
def test_mom_would_kill_me_is_a_figure_of_speech(text):
    from assistant.safety import figure_patterns

    assert any(pattern.search(text) for pattern in figure_patterns())
