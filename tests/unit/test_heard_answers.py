"""Issue 16, round 4: answers to the bot's own questions are heard, thanks and complaints do
not swallow the question, closings end warmly, and no fact nobody gave is stated."""

from __future__ import annotations

import pytest

from assistant import legal_routes as routes
from assistant.age_parsing import parse_ages
from assistant.answer_kinds import CLOSING, MISSED, answer_kind
from assistant.courtesy import is_bare_complaint, is_closing, question_after_courtesy
from assistant.form_answers import (
    answers_situation_instead,
    statement_before_question,
    told_before,
)
from assistant.home_reading import home_from_text
from assistant.said_before import home_said
from assistant.situation_reading import UNSURE, situation_from_text, situation_said_earlier


@pytest.mark.parametrize(
    "text",
    [
        "both",
        "Both, really",
        "I already told you both",
        "all of them tbh",
        "a bit of everything",
        "honestly both: gone and compensated",
    ],
)
def test_several_goals_show_every_route(text):
    assert routes.goal_from_text(text) == routes.UNSURE


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("I just want them gone", "removal"),
        ("make him pay for this", "money"),
        ("get it down off the site", "removal"),
    ],
)
def test_goal_in_own_words(text, goal):
    assert routes.goal_from_text(text) == goal


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("I was an adult. Is a threat enough?", "I was an adult"),
        ("nope, over 18 then. could I still sue him?", "nope, over 18 then"),
        ("I'm in Prince George! what now?", "I'm in Prince George"),
    ],
)
def test_a_statement_before_a_question_may_answer(text, statement):
    assert statement_before_question("inform", text) == statement


@pytest.mark.parametrize("text", ["is it free? I was 20", "what? 19", "I was 19"])
def test_no_statement_before_a_question(text):
    assert statement_before_question("inform", text) is None


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("thanks, one more thing: does it cost anything?", "does it cost anything?"),
        ("thank you!! quick question, can my mom join the call", "can my mom join the call"),
        ("ty. last question - how long does the letter take?", "how long does the letter take?"),
        (
            "You didn't answer me. will they represent me in court?",
            "will they represent me in court?",
        ),
        (
            "that's not what I asked, is there a fee for the tribunal?",
            "is there a fee for the tribunal?",
        ),
        (
            "you still haven't answered my question: do I need a police report",
            "do I need a police report",
        ),
    ],
)
def test_the_question_after_thanks_or_a_complaint(text, question):
    assert question_after_courtesy(text) == question


@pytest.mark.parametrize(
    "text",
    [
        "that's not what I asked",
        "You didn't answer my question!",
        "that doesn't answer the question",
        "no, that's not my question",
    ],
)
def test_a_bare_complaint_gets_a_sorry(text):
    assert is_bare_complaint(text)
    assert answer_kind(text, "deny") == MISSED


@pytest.mark.parametrize("text", ["thanks so much", "no", "that's all", "is it free?"])
def test_not_a_complaint(text):
    assert not is_bare_complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's all. Good night",
        "that is all for testing today",
        "no that is all",
        "ok that's everything for today, goodnight",
        "nope that's it for now, take care",
    ],
)
def test_closings(text):
    assert is_closing(text)
    assert answer_kind(text, "goodbye") == CLOSING


@pytest.mark.parametrize(
    "text",
    [
        "he showed people at work on his phone, no idea if he sent it to anyone",
        "She showed it at a party. I'm not sure she posted it anywhere.",
        "idk whether he actually shared them",
    ],
)
def test_a_doubt_is_not_sharing(text):
    assert situation_from_text(text) == UNSURE
    assert situation_said_earlier([text]) is None
    assert situation_said_earlier(["my ex posted them", text]) is None


def test_a_threat_stays_known_beside_a_doubt():
    text = "he threatened to post them, not sure if he did"
    assert situation_said_earlier([text]) == "threatened"


@pytest.mark.parametrize(
    "text", ["not sure whether he sent them to anyone", "I honestly don't know if it got shared"]
)
def test_a_doubt_at_the_home_question_answers_the_images(text):
    assert answers_situation_instead(text)


@pytest.mark.parametrize("text", ["yes", "I live in Surrey", "he shared them", "no idea"])
def test_not_a_doubt_about_the_images(text):
    assert not answers_situation_instead(text)


@pytest.mark.parametrize(
    "text",
    [
        "so there is nothing in BC for me?",
        "is there any help in Vancouver I can get?",
        "anything in Alberta that works?",
        "what could I do in B.C. then",
        "so nothing in bc i can use",
    ],
)
def test_a_place_in_a_question_is_no_home(text):
    assert home_from_text(text) is None


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("I'm in Nelson, what are my options?", "yes"),
        ("could I apply if I live in Regina?", "no"),
        ("Penticton?", "yes"),
    ],
)
def test_a_home_said_in_a_question_still_counts(text, home):
    assert home_from_text(text) == home


def test_the_home_said_earlier_is_read():
    texts = ["my ex shared my nudes, I'm in Calgary", "so is there nothing in BC?", "thanks"]
    assert home_said(None, texts) == "no"
    assert home_said("unsure", texts) == "no"
    assert home_said("yes", texts) == "yes"
    assert home_said(None, ["thanks", "what can I do"]) is None


def test_no_bc_only_service_for_a_home_outside_bc():
    keys = [r.key for r in routes.fitting_routes("shared", "adult", None, None, home="no")]
    assert routes.LEGAL_ADVICE not in keys
    assert keys
    inside = [r.key for r in routes.fitting_routes("shared", "adult", None, None, home="yes")]
    assert routes.LEGAL_ADVICE in inside


@pytest.mark.parametrize(
    "text",
    [
        "I'm 17 and my supervisor asks for pics, is it ok since I'm almost 18",
        "I am 16 but turning 17 soon, my coach wants photos",
    ],
)
def test_an_age_being_approached_is_nobody_elses(text):
    parsed = parse_ages(text)
    assert parsed.other_age is None
    assert parsed.unassigned == []


def test_nearly_an_adult_is_not_an_adult():
    assert parse_ages("im nearly 18 and my boss asks for photos").age is None


@pytest.mark.parametrize(
    "text", ["I already told you", "like I said before", "i told u... no, I told you"]
)
def test_told_before(text):
    assert told_before(text)


def test_not_told_before():
    assert not told_before("I live in Surrey")


@pytest.mark.parametrize("text", ["Both", "both really", "I already said both", "told you, both!"])
def test_both_to_shared_or_threatened(text):
    assert situation_from_text(text) == "shared_or_threatened"


@pytest.mark.parametrize("text", ["both of us were adults", "we both agreed to the photos"])
def test_both_in_other_words_is_not_the_answer(text):
    assert situation_from_text(text) != "shared_or_threatened"
