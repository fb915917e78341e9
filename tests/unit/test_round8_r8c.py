"""Round 8, helper r8c (issue 16): false alarms on ordinary messages, closings, and a few direct
questions. Our own wordings, not the transcripts'; the crisis wordings near each one are
checked to stay caught."""

import pytest

from assistant import direct_questions as dq
from assistant import next_questions as nq
from assistant.answer_kinds import CLOSING, answer_kind
from assistant.courtesy import is_closing
from assistant.helper_reading import cannot_reach
from assistant.nlu.crisis_guard import SECOND_OPINION, second_opinion_check_in
from assistant.safety import AMBIGUOUS, read_safety

SURE = {"crisis": 0.8, "immediate_danger": 0.01}

# --- kind 5: false alarms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do you have to have lived in B.C. for a certain number of months?",
        "how long do I need to live in BC before I can call them",
        "is there a waiting period once I move to Nanaimo?",
        "is there a residency requirement for the lawyer",
    ],
)
def test_a_residence_time_question_is_answered_without_a_check_in(text):
    assert dq.direct_question_kind(text) == dq.RESIDENCE_TIME
    assert answer_kind(text) == dq.RESIDENCE_TIME
    assert second_opinion_check_in(text, SURE) is None


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to be here anymore",
        "how long do I have to live",  # no place: not about residence
        "I can't keep living like this",
    ],
)
def test_the_second_opinion_still_checks_in_on_life_wording(text):
    assert second_opinion_check_in(text, SURE) == {"intent": "crisis", "reason": SECOND_OPINION}


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live in BC or anywhere anymore",
        "i dont want to live anymore, how long do i have to live in bc for the service",
    ],
)
def test_a_wish_not_to_live_stays_a_clear_crisis_with_a_place_in_it(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear and reading.intent == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "should I tell him I'm sorry and take the post down?",
        "do i tell her im sorry or just give her space",
        "how can I tell her that I'm sorry for sending it to people",
    ],
)
def test_asking_whether_to_apologise_is_no_farewell(text):
    assert read_safety(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "tell my mom im sorry",  # said, not asked: a check-in as before
        "should I tell my mom I'm sorry before I go",  # "before I go" is its own wording
    ],
)
def test_an_apology_said_as_goodbye_still_checks_in(text):
    reading = read_safety(text)
    assert reading is not None and reading.weakened_by == AMBIGUOUS


def test_an_apology_question_with_a_crisis_in_it_stays_a_clear_crisis():
    reading = read_safety("should i tell her im sorry? i wont be here tomorrow anyway, im done")
    assert reading is not None and reading.clear


@pytest.mark.parametrize(
    "text",
    [
        "you are not answering me. my cousin says I shared it, what happens to me",
        "you didn't answer my question, how do I fix things with him",
        "ugh you're still not listening, can she sue me",
    ],
)
def test_a_complaint_to_the_assistant_is_no_person_out_of_reach(text):
    assert not cannot_reach(text)


@pytest.mark.parametrize(
    "text",
    ["my sister isn't answering her phone", "I can't reach him, he's not picking up"],
)
def test_someone_out_of_reach_is_still_read(text):
    assert cannot_reach(text)


@pytest.mark.parametrize(
    "text",
    [
        "can anyone help if she hasn't posted them anywhere?",
        "is there somebody who helps when the person has never shared the video",
        "are there options even though my ex hasn't sent them to anyone",
    ],
)
def test_help_when_nothing_was_shared_is_the_held_images_answer(text):
    assert answer_kind(text) == dq.HELP_NOT_SHARED


# --- kind 7: closings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "nope, I think that's all. thanks a lot",
        "yeah I guess that's everything, thank you",
        "that's all I needed to know, thanks",
        "no that's it, you've been really helpful",
        "Actually that's all, take care",
    ],
)
def test_a_close_in_other_words_is_a_warm_close(text):
    assert is_closing(text)
    assert answer_kind(text) == CLOSING


@pytest.mark.parametrize(
    "text",
    [
        "thanks, I'll phone them tomorrow",
        "ok I will email them on friday thank you",
        "ty, gonna contact them next week",
        "alright i'll text the number in the morning, thanks",
    ],
)
def test_a_plan_for_another_day_with_thanks_is_a_close(text):
    assert answer_kind(text) == nq.PLAN_CLOSE


@pytest.mark.parametrize(
    "text",
    [
        "I think that's everything?",  # asked, not said
        "i think i'll call them tomorrow, is that ok?",
        "ok thanks. i guess ill text them tonight",  # about to reach a line tonight
        "I think that is it, he posted them again",
    ],
)
def test_what_is_not_a_close(text):
    assert not is_closing(text)
    assert answer_kind(text) not in {CLOSING, nq.PLAN_CLOSE}


# --- direct questions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks. will everything be alright?",
        "am I going to be okay",
        "will this ever be over",
        "is this all going to be ok in the end",
    ],
)
def test_a_reassurance_question_gets_its_own_answer(text):
    assert answer_kind(text) == dq.REASSURANCE


@pytest.mark.parametrize(
    "text",
    [
        "who should my daughter call to be safe from him?",
        "can my friend get protection from her ex? he punched a wall",
        "how can I keep my sister safe, he scares her",
        "what number can she call about her safety?",
    ],
)
def test_a_helpers_safety_question_gets_the_safety_lines(text):
    assert answer_kind(text) == dq.HELPER_SAFETY


@pytest.mark.parametrize(
    "text",
    [
        "how long does the tribunal take",
        "is it okay to block him",
        "who can I call for legal advice",
        "is it ok if I send the screenshots?",
    ],
)
def test_neighbouring_questions_are_not_these_kinds(text):
    assert dq.direct_question_kind(text) is None


def test_a_safety_question_asked_again_gets_the_lines_again_not_see_above():
    from assistant.policies.repeats import AGAIN, SAID_ABOVE

    assert AGAIN[dq.HELPER_SAFETY] == ["utter_helper_safety_again"]
    assert SAID_ABOVE not in AGAIN[dq.HELPER_SAFETY]
