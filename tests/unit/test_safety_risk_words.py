"""The classifier alone raises no alarm without a word of risk; a past the message says is over
and a threat laughed at get the answer alone (issue 14, session 6). Wordings are new, not
copied from any measured batch."""

import pytest

from assistant.nlu.crisis_guard import guard_decision
from assistant.safety import (
    JOKE,
    PAST,
    RECOVERED,
    in_risk_vocabulary,
    read_safety,
    text_for_classifier,
)


def named(name, confidence):
    return {"name": name, "confidence": confidence}


@pytest.mark.parametrize(
    "text",
    [
        "i feel so humiliated, my whole class knows",
        "honestly i am gutted, i trusted her",
        "my stomach drops every time my phone buzzes",
        "he snapped a photo of me getting changed at the pool",
        "i'm anxious about what my coworkers think",
        "she recorded me without asking and now it's on her story",
    ],
)
def test_sad_or_camera_words_are_outside_the_risk_vocabulary(text):
    assert not in_risk_vocabulary(text)


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking everyone would be better off",
        "i have the meds lined up on my desk",
        "there's no point to any of this",
        "i wont be around much longer",
        "he knows where i live and keeps driving past",
        "i want to k*ll myself",
        "im saying bye to everyone",
        "the bridge near my place keeps coming to mind",
    ],
)
def test_veiled_crisis_and_danger_wording_is_inside_the_risk_vocabulary(text):
    assert in_risk_vocabulary(text)


def test_the_classifier_alone_on_sad_words_gives_the_best_other_answer_without_check_in():
    ranking = [named("crisis", 0.55), named("ask_support_services", 0.3), named("greet", 0.05)]
    intent, check_in = guard_decision(
        "i feel so humiliated, my whole class knows", ranking[0], ranking
    )
    assert check_in is None
    assert intent == named("ask_support_services", 0.3)


def test_the_classifier_alone_with_a_word_of_risk_still_checks_in():
    ranking = [named("crisis", 0.55), named("ask_support_services", 0.3)]
    intent, check_in = guard_decision("there's no point to any of this", ranking[0], ranking)
    assert check_in == {"intent": "crisis", "reason": "classifier"}


@pytest.mark.parametrize(
    "text",
    [
        "i self harmed a lot in grade 10 but i'm doing fine now, can the photos come down",
        "years ago i tried to end my life, i'm in a good place now, what does the service cost",
        "back in 2022 i was suicidal over this, therapy got me through it. can i still sue",
    ],
)
def test_a_past_the_message_says_is_over_is_answered_alone(text):
    reading = read_safety(text)
    assert reading is not None and reading.weakened_by == RECOVERED
    ranking = [named("ask_crt", 0.6)]
    assert guard_decision(text, ranking[0], ranking) == (None, None)


def test_a_past_told_without_recovery_still_checks_in():
    text = "when i was in high school i used to cut myself, now the pics are back online"
    assert read_safety(text).weakened_by == PAST
    ranking = [named("ask_image_removal", 0.6)]
    assert guard_decision(text, ranking[0], ranking)[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "i used to self harm and i'm fine now but last night i started again",
        "years ago i attempted and im ok now but i want to die again tonight",
    ],
)
def test_recovery_words_do_not_hide_what_is_happening_again(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear


def test_a_laughed_at_threat_is_a_joke_and_answered_alone():
    text = "my cousin said he'd beat me up if i told his mom haha. how do i get the pic deleted"
    assert read_safety(text).weakened_by == JOKE
    ranking = [named("ask_image_removal", 0.7)]
    assert guard_decision(text, ranking[0], ranking) == (None, None)


def test_a_laughed_off_figure_is_not_read_by_the_classifier():
    text = "my stepdad is gonna murder me when he finds out lmao, can it come down"
    assert read_safety(text) is None
    shortened = text_for_classifier(text)
    assert shortened is not None and "murder" not in shortened and "come down" in shortened


def test_a_sure_classifier_is_heard_without_a_word_of_risk():
    text = "hes pressuring me into stuff on camera"
    assert not in_risk_vocabulary(text)
    sure = [named("immediate_danger", 0.75), named("ask_no_consent", 0.1)]
    assert guard_decision(text, sure[0], sure)[1] == {
        "intent": "immediate_danger",
        "reason": "classifier",
    }
    unsure = [named("immediate_danger", 0.4), named("ask_no_consent", 0.3)]
    assert guard_decision(text, unsure[0], unsure)[1] is None
