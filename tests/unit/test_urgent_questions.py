"""Plain urgent questions asked mid-conversation (assistant/urgent_questions.py), closings
inside a form, and facts already said that the forms must not ask again. Our own wordings."""

from __future__ import annotations

import pytest

from assistant.answer_kinds import CLOSING, NO_ONE_TO_TELL, PAY, answer_kind
from assistant.answer_kinds_sources import TELL_SOMEONE
from assistant.helper_context import answer_kind_in_context
from assistant.helper_followups import YOUTH_TELL_PARENTS
from assistant.legal_routes import ADULT, MINOR
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS, direct_answer_sequence
from assistant.policies.repeats import without_repeats
from assistant.said_before import route_age_group_said
from assistant.situation_reading import situation_from_text, situation_said_earlier
from assistant.urgent_questions import (
    BLOCK,
    BLOCK_YOUTH,
    TELL_ANYONE,
    TONIGHT,
    YOUTH_TELL,
    for_the_writer,
    is_leaving,
    urgent_kind,
)

PAYS = [
    "I should give him the money? I'm terrified",
    "so I have to pay her the $250?",
    "do I just hand over the cash so this ends",
    "i gotta send them the gift cards right",
    "should I just pay him off",
    "please answer me, do I pay",
    "is it better to just pay the guy",
    "maybe I should just pay",
    "should i send him the 500",
]
TONIGHTS = [
    "I'm scared he sends them tonight",
    "what if she posts it today",
    "my ex says he will leak the video by midnight",
    "they're going to upload them to reddit any minute",
    "im afraid he'll share them this weekend",
    "hes going to post them tonight i know it",
    "she said by tonight everyone will see",
    "what do I do if they post it in the next hour",
]
BLOCKS = [
    "should I block him or tell him to stop?",
    "do i block her or keep the account open",
    "tell him to stop or just block him, I see him tomorrow",
    "is it ok to block them",
    "can I block him first",
]
TELLS = [
    "should I tell someone?",
    "do i need to tell an adult",
    "should i tell my mom",
    "do I have to tell a teacher",
    "can i talk to a counsellor",
    "who should I tell",
]
LEAVING = [
    "I'm done",
    "im done here",
    "end of test, no",
    "thanks, bye",
    "ok gotta go",
    "that's the end of the test",
    "this is the end of my test",
    "ok im out",
]
NOT_LEAVING = [
    "I'm done with him, what can I do",
    "no",
    "bye the way, he posted it",
    "he said goodbye and then posted them",
]


@pytest.mark.parametrize("text", PAYS)
def test_paying_in_own_words_gets_the_dont_pay_answer(text: str) -> None:
    assert answer_kind(text, "inform") == PAY


def test_a_stop_word_inside_a_pay_question_does_not_end_the_form() -> None:
    assert answer_kind("do I just hand over the cash so he stops", "stop") == PAY
    assert answer_kind("block him or tell him to stop?", "stop") == BLOCK
    assert answer_kind("stop", "stop") is None


@pytest.mark.parametrize("text", TONIGHTS)
def test_a_threat_about_tonight_gets_what_to_do_now(text: str) -> None:
    assert urgent_kind(text) == TONIGHT
    assert answer_kind(text, "inform_threatened") == TONIGHT


@pytest.mark.parametrize("text", BLOCKS)
def test_block_or_stop_gets_the_steps(text: str) -> None:
    assert urgent_kind(text) == BLOCK


@pytest.mark.parametrize("text", TELLS)
def test_tell_someone_is_read(text: str) -> None:
    assert urgent_kind(text) == TELL_ANYONE


def test_no_one_to_tell_keeps_its_answer() -> None:
    assert answer_kind("I can't tell my mom, who can I talk to", "nlu_fallback") == NO_ONE_TO_TELL


def test_a_young_writer_is_told_to_tell_a_safe_adult() -> None:
    said = ["i'm 14 and a guy from a game wants pics"]
    assert answer_kind_in_context(TELL_ANYONE, "ask", "should I tell someone", [None], said) == (
        YOUTH_TELL
    )
    # Parents named: the youth answer about parents (helper_followups), a safe adult too.
    assert answer_kind_in_context(
        TELL_SOMEONE, "ask", "should i tell my parents", [None], said
    ) == (YOUTH_TELL_PARENTS)
    assert answer_kind_in_context(BLOCK, "ask", "block him?", [None], said) == BLOCK_YOUTH


def test_an_adult_writer_keeps_the_adult_answers() -> None:
    said = ["im 34 and my ex posted a video"]
    assert answer_kind_in_context(TELL_ANYONE, "ask", "should I tell someone", [None], said) == (
        TELL_SOMEONE
    )
    helper = ["helper_for_minor"]
    assert answer_kind_in_context(TELL_ANYONE, "ask", "should I tell someone", helper, said) is None
    assert for_the_writer(TELL_SOMEONE, False) == TELL_SOMEONE
    assert for_the_writer(BLOCK, False) == BLOCK


@pytest.mark.parametrize("text", LEAVING)
def test_leaving_is_a_closing(text: str) -> None:
    assert is_leaving(text)
    assert answer_kind(text, "nlu_fallback") == CLOSING


@pytest.mark.parametrize("text", NOT_LEAVING)
def test_not_leaving(text: str) -> None:
    assert not is_leaving(text)


def test_urgent_answers_resume_the_form_and_a_closing_ends_it() -> None:
    ask = "utter_ask_route_goal"
    for kind in (TONIGHT, BLOCK, YOUTH_TELL, PAY):
        sequence = direct_answer_sequence(kind, DEFAULT_DIRECT_ANSWERS, "eligibility_form", ask)
        assert sequence and sequence[-1] == ask and sequence.count(ask) == 1
        # Round 11 (helper forms): the route questions are left after the answer instead.
        left = direct_answer_sequence(kind, DEFAULT_DIRECT_ANSWERS, "route_form", ask)
        assert left and left[-1] == "action_deactivate_loop" and ask not in left
    closing = direct_answer_sequence(CLOSING, DEFAULT_DIRECT_ANSWERS, "eligibility_form", ask)
    assert closing == ["utter_goodbye", "action_deactivate_loop"]


def test_dont_pay_asked_again_is_a_plain_no_not_see_above() -> None:
    pay = DEFAULT_DIRECT_ANSWERS[PAY]
    assert without_repeats(pay, pay, PAY) == ["utter_sextortion_pay_again"]
    # The steps sent the turn before: the lead-in stands alone, not "Here is what to do." alone.
    steps = ["utter_sextortion_steps", "utter_sextortion_report", "utter_sextortion_next"]
    assert without_repeats(pay, steps, PAY) == ["utter_sextortion_pay_again"]


@pytest.mark.parametrize(
    "text",
    [
        "my ex sent a video of me to his brother",
        "he texted a nude of me to his friends",
        "she emailed my photos to my boss",
        "he gave copies to the guys on his team",
    ],
)
def test_sending_an_image_to_someone_is_sharing(text: str) -> None:
    assert situation_from_text(text) == "shared"
    assert situation_said_earlier([text]) == "shared"


@pytest.mark.parametrize("text", ["he wants me to send 2 more pics", "should I send 10 pics"])
def test_a_number_of_pictures_is_not_money(text: str) -> None:
    assert answer_kind(text, "inform") != PAY


def test_sending_ones_own_picture_is_not_sharing() -> None:
    assert situation_from_text("i sent a pic to my bf") is None


@pytest.mark.parametrize(
    "text",
    [
        "he put it in a group chat, we're both adults",
        "we were both adults when it happened",
        "i was already an adult",
        "both of us are adults",
        "I was 19 at the time",
        "they were taken when I was 25",
        "we were both 20",
        "we are both in our 30s",
    ],
)
def test_both_adults_is_not_asked_again(text: str) -> None:
    assert route_age_group_said([text, "what can I do"]) == ADULT


def test_under_18_said_still_wins() -> None:
    assert route_age_group_said(["i was 16 when he took them"]) == MINOR
    assert route_age_group_said(["i'm 31"]) == "adult_now"  # round 12: not asked again
    assert route_age_group_said(["i was 20 minutes late to reply"]) is None


def test_routes_asked_again_right_after_them_gives_the_first_step() -> None:
    from rasa.shared.core.events import ActionExecuted, UserUttered

    from assistant.policies.repeats import ROUTES_AGAIN, routes_asked_again

    def user(intent: str, mark: str | None = None) -> UserUttered:
        parse = {"intent": {"name": intent}, "direct_answer": mark}
        return UserUttered("x", intent={"name": intent}, parse_data=parse)  # type: ignore[arg-type]

    given = [user("inform"), ActionExecuted("route_form"), ActionExecuted("action_route_finder")]
    assert routes_asked_again([*given, user("route_finder")], "direct_answer") == ROUTES_AGAIN
    assert routes_asked_again([*given, user("ask_crt")], "direct_answer") is None
    assert routes_asked_again([*given, user("route_finder", PAY)], "direct_answer") is None
    earlier = [user("inform"), ActionExecuted("utter_crt")]
    assert routes_asked_again([*earlier, user("route_finder")], "direct_answer") is None


def test_dont_pay_after_the_steps_were_given_earlier_is_the_short_no() -> None:
    from assistant.policies.repeats import short_after_steps

    pay = [*DEFAULT_DIRECT_ANSWERS[PAY], "utter_ask_route_goal"]
    earlier = ["utter_sextortion", "utter_sextortion_steps", "action_listen", "utter_routes_intro"]
    assert short_after_steps(pay, earlier) == ["utter_sextortion_pay_again", "utter_ask_route_goal"]
    assert short_after_steps(pay, ["utter_routes_intro"]) == pay


def test_dont_pay_asked_again_after_the_plain_no_is_shorter_still() -> None:
    again = ["utter_sextortion_pay_again", "utter_ask_route_goal"]
    assert without_repeats(again, again, PAY) == [
        "utter_sextortion_pay_short",
        "utter_ask_route_goal",
    ]
