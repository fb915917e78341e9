"""Round 19 (explore20): kinds found by playing new people. Wordings are mine."""

from __future__ import annotations

import pytest

from assistant import explored_kinds
from assistant.answer_on_hand import secret_crime
from assistant.image_kinds import SECRET_RECORDING, image_kind
from assistant.situation_reading import UNSURE, situation_from_text, situation_said_earlier
from assistant.staff_reading import STAFF_CRITERIA, staff_kind_in_context


@pytest.mark.parametrize(
    "text",
    [
        "I am deaf. I can not use phone. Is there way to contact only by text or email?",
        "I can not call. Only email. What email?",
        "im hard of hearing is there a way to do this without calling",
        "can i just email them? i cant talk on the phone",
        "my son is hard of hearing, how does he contact the lawyer",
        "is there a text only option",
        "Im Deaf is there email",
        "can I text them instead",
    ],
)
def test_cannot_phone_gets_the_written_ways(text):
    assert explored_kinds.follow_up(text, []) == [
        explored_kinds.WRITTEN_CONTACT,
        explored_kinds.WRITTEN_CONTACT_MORE,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "he texts me every day",
        "i dont want to call the police",
        "i cant speak right now",
        "i cant use the phone he checks my phone",
        "what is the phone number",
        "how do i contact them",
    ],
)
def test_not_a_written_contact_question(text):
    assert explored_kinds.written_contact(text, []) is None


def test_written_contact_asked_again_gets_the_short_form():
    previous = [explored_kinds.WRITTEN_CONTACT]
    assert explored_kinds.written_contact("only email please", previous) == [
        explored_kinds.WRITTEN_CONTACT_AGAIN
    ]


@pytest.mark.parametrize(
    "text",
    [
        "you already told me that, what else",
        "u said that already",
        "same thing again lol",
        "i know that already. anything else?",
        "you just said that",
        "youre repeating yourself",
    ],
)
def test_heard_it_gets_other_routes(text):
    assert explored_kinds.follow_up(text, []) == [explored_kinds.HEARD_IT]


def test_heard_it_twice_gets_the_one_next_step():
    assert explored_kinds.heard_it("you said that already", [explored_kinds.HEARD_IT]) == [
        explored_kinds.HEARD_IT_AGAIN
    ]


@pytest.mark.parametrize("text", ["what else can i do", "ok thanks", "tell me about the tribunal"])
def test_not_heard_it(text):
    assert explored_kinds.heard_it(text, []) is None


@pytest.mark.parametrize(
    "text",
    [
        "I don't think he has posted it anywhere.",
        "i dont think he shared it",
        "i dont believe its been posted",
        "I dont think he sent it to anyone yet",
    ],
)
def test_sharing_doubted_is_not_told(text):
    assert situation_from_text(text) == UNSURE
    assert situation_said_earlier([text]) is None


@pytest.mark.parametrize(
    "text",
    ["my ex posted my nudes and i dont think i can handle it", "he posted my pics"],
)
def test_sharing_told_stays_told(text):
    assert situation_said_earlier([text]) == "shared"


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to run the eligibility check",
        "can we go through the questions",
        "let me try the quiz",
        "start the eligibility check please",
    ],
)
def test_worker_asking_for_the_check_gets_it(text):
    earlier = ["I'm staff at a victim services office testing this. Do I qualify?"]
    assert staff_kind_in_context(None, "check_eligibility", text, earlier) is None


def test_worker_asking_who_qualifies_still_gets_the_criteria():
    earlier = ["I'm staff at a victim services office testing this."]
    assert (
        staff_kind_in_context(None, "check_eligibility", "who qualifies?", earlier)
        == STAFF_CRITERIA
    )


@pytest.mark.parametrize(
    "text", ["asdfgh", "jjjjjj", "sdfkjh", "12345", "qwerty", "lkjhgf", "zzzzz", "asdfghjkl;"]
)
def test_keyboard_mash_answers_nothing(text):
    assert explored_kinds.keyboard_mash(text)


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "no",
        "idk",
        "ok",
        "👍",
        "surrey",
        "prince george",
        "property",
        "quiet",
        "ya",
        "?",
        "604-673-3143",
        "V5K 0A1",
        "/affirm",
    ],
)
def test_real_answers_are_not_keyboard_mash(text):
    assert not explored_kinds.keyboard_mash(text)


@pytest.mark.parametrize(
    "text",
    [
        "does a screenshot of a facetime count? my bf screenshotted me on facetime when i was "
        "topless and didnt tell me",
        "I think the photo was taken while I was changing in the locker room, I didn't know.",
        "he screen recorded our video call without asking me",
        "my ex secretly screenshotted our facetime",
        "the pics were taken without my knowledge",
    ],
)
def test_secretly_captured_is_a_secret_recording(text):
    assert image_kind(text.lower()) == SECRET_RECORDING


@pytest.mark.parametrize(
    "text", ["i sent him a screenshot", "he screenshotted my snap and sent it around"]
)
def test_a_screenshot_alone_is_not_secret(text):
    assert image_kind(text.lower()) != SECRET_RECORDING


def test_secret_video_call_then_crime_asked():
    earlier = ["my bf screenshotted me on facetime when i was topless and didnt tell me"]
    assert secret_crime("so is what he did illegal", earlier)


@pytest.mark.parametrize(
    "text",
    [
        "i cant call my mom she would kill me",
        "he just messages me all day",
        "i just want to chat",
        "i was just texting him and he sent it",
    ],
)
def test_statements_about_calls_and_texts_are_not_contact_questions(text):
    assert explored_kinds.written_contact(text, []) is None


@pytest.mark.parametrize(
    "text",
    [
        "i know that he posted it",
        "you just said to call the police, how do i do that",
        "ok i got it thanks",
        "he told me that already",
        "the same thing happened to my friend",
    ],
)
def test_statements_that_go_on_are_not_heard_it(text):
    assert explored_kinds.heard_it(text, []) is None


@pytest.mark.parametrize(
    "text",
    [
        "you already said that. what happens if he actually posts them",
        "YOU ARE NOT LISTENING. MY SISTER WONT CALL. HOW DO I HELP HER MYSELF",
        "is there anyone i can text who wont call my mom and dad",
        "he is gone, he can't call anyone himself. can I act for him or not?",
        "And the application form, can clients just email it in?",
    ],
)
def test_recorded_questions_keep_their_answers(text):
    assert explored_kinds.follow_up(text, []) is None
