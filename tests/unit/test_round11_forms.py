"""Round 11, kinds 2, 5 and 6 (helper forms): the route questions stop taking over, a
correction of the home is heard, a young writer's age is used. Wordings not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import helper_reading as hr
from assistant import route_form_gate as gate
from assistant.answer_kinds import PRESSURED
from assistant.legal_routes import goal_from_text
from assistant.policies.interrupt import (
    DEACTIVATE_LOOP,
    DEFAULT_DIRECT_ANSWERS,
    direct_answer_sequence,
)
from assistant.said_before import route_answers_said


def _kind(intent, text, earlier=(), topics=(), loop=None, offered=False, previous=()):
    return gate.what_now_kind(
        intent, text, list(earlier), list(topics), None, loop, offered, list(previous)
    )


# --- kind 1: the route questions offered once, never to a helper -------------------------------
@pytest.mark.parametrize(
    "text", ["ok so what are my options now", "what should I do next", "what can i even do"]
)
def test_what_now_again_after_the_questions_gets_the_routes_not_the_questions(text):
    assert _kind("route_finder", text, ["he posted my pics"], [None], offered=True) == (
        gate.ROUTES_NOW
    )


@pytest.mark.parametrize(
    "text", ["just tell me what to do", "what are the options", "so what do I do"]
)
def test_what_now_while_the_questions_wait_gets_the_routes(text):
    assert _kind("route_finder", text, ["she leaked my video"], [None], loop="route_form") == (
        gate.ROUTES_NOW
    )


def test_the_first_what_now_with_nothing_told_keeps_the_questions():
    # Round 12 changed the story case: see tests/unit/test_routes_without_questions.py.
    assert _kind("route_finder", "what can I do", ["hi"], [None]) is None


def test_routes_just_given_are_left_to_the_next_step():
    previous = ["action_route_finder"]
    assert _kind("route_finder", "what now", ["x"], [None], offered=True, previous=previous) is None


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("child_asked_for_images", hr.HELPER_MINOR_FIRST),
        (hr.HELPER_MINOR, hr.HELPER_MINOR_FIRST),
        (hr.HELPER_ADULT, hr.HELPER_ADULT_FIRST),
    ],
)
@pytest.mark.parametrize(
    "text", ["what else should her dad do", "what can we do tonight", "anything else we can do?"]
)
def test_a_helper_never_gets_the_victims_questions(topic, expected, text):
    assert _kind("route_finder", text, ["about my cousin"], [topic]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "how do i know if she actually shared it",
        "how can we tell whether he posted them anywhere",
        "is there a way to find out if they sent it",
    ],
)
def test_how_to_find_out_if_it_was_shared_is_a_question_of_its_own(text):
    assert gate.asks_if_shared(text)


@pytest.mark.parametrize("text", ["how do i know if i qualify", "how do i tell my dad"])
def test_other_how_do_i_know_questions_are_not_read(text):
    assert not gate.asks_if_shared(text)


@pytest.mark.parametrize(
    "text",
    ["not sure whether he sent them", "idk if she showed anyone", "no idea if it got posted"],
)
def test_a_doubt_about_the_sharing_is_an_answer_the_questions_do_not_ask_again(text):
    found = route_answers_said([text], ["inform"], [None])
    assert found.get("image_situation") in {"unsure", "shared"}


@pytest.mark.parametrize(
    "text",
    ["honestly i need it off the site", "just get them off pornhub", "want the pics taken down"],
)
def test_removal_in_own_words_answers_what_matters_most(text):
    assert goal_from_text(text) == "removal"


def test_a_side_answer_inside_the_route_questions_leaves_them():
    sequence = direct_answer_sequence(
        PRESSURED,
        DEFAULT_DIRECT_ANSWERS,
        "route_form",
        "utter_ask_route_form_route_goal",
        "route_goal",
    )
    assert sequence[-1] == DEACTIVATE_LOOP
    assert "utter_ask_route_form_route_goal" not in sequence


def test_a_side_answer_inside_the_eligibility_check_still_asks_again():
    sequence = direct_answer_sequence(
        PRESSURED,
        DEFAULT_DIRECT_ANSWERS,
        "eligibility_form",
        "utter_ask_lives_in_bc",
        "lives_in_bc",
    )
    assert sequence[-1] == "utter_ask_lives_in_bc"


@pytest.mark.parametrize(
    ("done", "intent", "loop", "expected"),
    [
        (["route_form", "utter_crt", "utter_crt_damages"], "ask_crt", "route_form", True),
        (["route_form", "utter_crt"], "resume", "route_form", False),
        (["utter_resuming"], "stop", "route_form", False),
        (["route_form", "utter_crt"], "ask_crt", "eligibility_form", False),
        (["route_form"], "inform", "route_form", False),
    ],
)
def test_left_after_a_rule_answer(done, intent, loop, expected):
    assert gate.left_after_side_answer(loop, intent, done, True) is expected


def test_listen_after_leaving_only_after_the_side_answer():
    assert gate.listen_after_leaving(
        ["route_form", "utter_crt", DEACTIVATE_LOOP], "x", "route_form"
    )
    assert not gate.listen_after_leaving([DEACTIVATE_LOOP], "stop", "route_form")
    assert not gate.listen_after_leaving(["utter_x", DEACTIVATE_LOOP], "stop", "route_form")


# --- kind 5: a correction is heard -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "wait, i'm actually in winnipeg. he's the one in kelowna",
        "just so you know i live in saskatoon, my ex lives in victoria",
        "oh i should say im from toronto, she is in surrey",
    ],
)
def test_a_home_outside_bc_while_the_route_questions_wait_is_a_correction(text):
    assert gate.home_corrected(text, None, "route_form")


@pytest.mark.parametrize(
    "text",
    ["my ex lives in calgary now", "he moved to toronto last year", "the guy is in ottawa"],
)
def test_a_place_named_for_the_other_person_is_not_the_home(text):
    assert not gate.home_corrected(text, None, "route_form")
    assert not gate.home_corrected(text, "yes", None)


def test_a_changed_home_after_the_check_is_a_correction_and_the_same_one_is_not():
    assert gate.home_corrected("sorry, I actually live in Regina", "yes", None)
    assert gate.home_corrected("no wait, I live in Nanaimo, it's him in Alberta", "no", None)
    assert not gate.home_corrected("yes i live in kamloops", "yes", None)


# --- kind 6: a stated youth age is used ---------------------------------------------------------
@pytest.mark.parametrize(
    "earlier",
    [["i'm 16. he put my nudes on a group chat"], ["im 14 btw", "my ex leaked my pics"]],
)
@pytest.mark.parametrize("text", ["ok what are my options", "so what can i do", "what now"])
def test_a_young_writer_gets_the_youth_routes_not_the_questions(earlier, text):
    assert _kind("route_finder", text, earlier, [None] * len(earlier)) == gate.YOUTH_ROUTES


@pytest.mark.parametrize(
    "earlier",
    [["my teacher keeps asking me for nudes", "i'm 15"], ["i am 13 and a man wants pics of me"]],
)
def test_a_young_writer_asked_for_images_gets_the_asked_steps(earlier):
    kind = _kind(
        "route_finder", "what should i do", earlier, [PRESSURED] + [None] * (len(earlier) - 1)
    )
    assert kind == gate.YOUTH_ASKED_ROUTES


def test_a_young_writer_inside_the_questions_leaves_them_for_the_youth_routes():
    kind = _kind(
        "inform", "im 17", ["my ex posted my video, what can i do"], [None], loop="route_form"
    )
    assert kind == gate.YOUTH_ROUTES
    assert kind in gate.KINDS


def test_the_youth_routes_asked_again_get_the_next_step_not_the_same_block():
    previous = gate.ANSWERS[gate.YOUTH_ROUTES]
    kind = _kind(
        "route_finder", "but what do i do", ["i'm 15, he posted it"], [None], previous=previous
    )
    assert kind == gate.YOUTH_NEXT


def test_youth_answers_never_ask_about_money():
    for kind in (gate.YOUTH_ROUTES, gate.YOUTH_ASKED_ROUTES, gate.YOUTH_NEXT):
        assert not any("route_goal" in name for name in gate.ANSWERS[kind])


def test_an_adult_now_is_not_a_young_writer():
    kind = _kind("route_finder", "what can I do", ["I'm 19 now, it was when I was 16"], [None])
    assert kind is None


# --- after the questions were left: a short answer or "ok" gets the routes that fit ------------
LEFT = ["route_form", "utter_interpreter", "action_deactivate_loop", "action_listen"]


@pytest.mark.parametrize("text", ["ok", "yeah", "legal advice", "removal pls", "the police"])
def test_a_short_answer_after_leaving_gets_the_routes(text):
    assert _kind("inform", text, ["he leaked it"], [None], offered=True, previous=LEFT) == (
        gate.ROUTES_NOW
    )


@pytest.mark.parametrize(
    "previous",
    [
        ["utter_crt"],
        ["action_deactivate_loop", "utter_stopped"],
        ["action_route_finder", "action_deactivate_loop"],
    ],
)
def test_ok_is_not_the_routes_unless_the_questions_were_just_left(previous):
    kind = _kind("affirm", "ok", ["he leaked it"], [None], offered=True, previous=previous)
    assert kind is None


def test_ok_from_a_helper_after_leaving_is_not_the_victims_routes():
    kind = _kind("affirm", "ok", ["x"], [hr.HELPER_ADULT], offered=True, previous=LEFT)
    assert kind is None


@pytest.mark.parametrize(
    ("text", "goal"),
    [("legal advice", "advice"), ("money pls", "money"), ("get it removed", "removal")],
)
def test_a_goal_in_a_few_words(text, goal):
    assert gate.goal_said_now(text) == goal


def test_a_long_message_is_not_a_goal_answer():
    assert gate.goal_said_now("can the police make him delete it from his phone though") is None


@pytest.mark.parametrize(
    "text",
    [
        "he took them back when I was 15",
        "the video is from when i was 16, what can i do",
        "she filmed me at 14 and now it's online",
    ],
)
def test_an_age_then_is_not_a_young_writer_now(text):
    assert not gate.young_now([text])
    # The story told: the routes that fit now (round 12), never the youth block.
    youth = {gate.YOUTH_ROUTES, gate.YOUTH_ASKED_ROUTES, gate.YOUTH_NEXT}
    assert _kind("route_finder", text) not in youth


@pytest.mark.parametrize(
    "text", ["i'm 16 btw", "im only 13", "i was 15 when he took it and im 16 now"]
)
def test_an_age_now_is_a_young_writer(text):
    assert gate.young_now([text])
