"""Round 15 kinds, safety (session 16): one first step, the short answer, plain questions in a
frightening moment, the deletion's yes with a question, fear of what people will do, Kids Help
Phone's text line for a young writer in crisis, and no check-in on a plain question about the
law. Wordings are our own, not the transcripts'."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, UserUttered

from assistant import safety_followups as sf
from assistant.calm_messages import calm_message
from assistant.deletion_followups import (
    DEVICE_AFTER,
    after_deletion,
    asks_if_deleted,
    yes_with_more,
)
from assistant.fear_reading import FEAR, fear_kind
from assistant.policies.interrupt import (
    DELETE_ASKED,
    DELETE_DONE,
    YOUTH_TEXT_LINE,
    deletion_step,
    with_youth_text_line,
)
from assistant.who_finds_out import OTHERS_ANY, who_finds_out_kind

THREAT_STORY = ["my husband filmed us without telling me and says he'll show it to everyone"]
SHARED_STORY = ["my ex posted my pictures on a forum"]


def kind(text, earlier=(), young=False, situation=None):
    return sf.safety_followup_kind(text, list(earlier), young, situation)


# --- one first step ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what should i do first",
        "ok but what do I do first??",
        "whats the first step",
        "where do i even start",
        "just tell me one thing to do",
    ],
)
def test_first_step_after_a_threat(text):
    assert kind(text, THREAT_STORY) == sf.FIRST_STEP_THREAT


@pytest.mark.parametrize(
    "text",
    [
        "I am so scared. what I do first?",
        "im terrified, what is the first thing i should do",
        "afraid. where do I start",
    ],
)
def test_first_step_with_fear_gets_the_safety_lines_first(text):
    found = kind(text, THREAT_STORY)
    assert found == sf.FIRST_STEP_THREAT_SCARED
    assert sf.ANSWERS[found][0] == "utter_first_step_scared"


def test_first_step_after_sharing_and_for_a_young_writer():
    assert kind("what do i do first", SHARED_STORY) == sf.FIRST_STEP_SHARED
    assert kind("what do i do first", SHARED_STORY, young=True) == sf.FIRST_STEP_YOUNG
    assert kind("what do i do first", [], situation="threatened") == sf.FIRST_STEP_THREAT


@pytest.mark.parametrize(
    "text",
    [
        "first step: the tribunal website or the lawyer?",
        "should i call the police or the iips first",
        "what do i do with the pictures",
        "is there a fee for the crt? and what's the first step",
        "ok, I'll phone them first thing tomorrow. thanks",
        "whats the first step after I call the intake line",
    ],
)
def test_a_choice_or_no_first_step_is_not_read(text):
    assert kind(text, THREAT_STORY) not in {
        sf.FIRST_STEP_THREAT,
        sf.FIRST_STEP_THREAT_SCARED,
        sf.FIRST_STEP_SHARED,
    }


# --- the short answer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "too much words. simple: is it a crime that he filmed me without i knew?",
        "please in simple words, is recording me secretly illegal",
        "short answer please. is it against the law he record me",
    ],
)
def test_simple_crime_question_about_a_secret_recording(text):
    assert kind(text) == sf.CRIME_SIMPLE_RECORDED


def test_simple_crime_question_without_a_recording():
    assert kind("thats too long for me. simple please, is it a crime?", SHARED_STORY) == (
        sf.CRIME_SIMPLE
    )


# --- plain questions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "should i delete my whole insta so he cant send it to my followers?",
        "if i deactivate my facebook will that stop him",
        "would closing my account help?",
    ],
)
def test_deleting_ones_own_account(text):
    assert kind(text) == sf.DELETE_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        "does stopncii stop him sending it to people by dm?",
        "can StopNCII block it in private messages too",
        "will stop ncii stop him texting it to my family",
        "can stopncii stop him messaging it to people privately",
    ],
)
def test_stopncii_and_private_messages(text):
    assert kind(text) == sf.STOPNCII_DMS


@pytest.mark.parametrize(
    "text, earlier",
    [
        (
            "she never sent him anything. is it even worth reporting?",
            ["a guy is asking my 12 yo niece for pics"],
        ),
        (
            "can i still report him if nothing was sent",
            ["im 14 and an older guy keeps asking for nudes"],
        ),
        (
            "Is reporting worth it when no photos were sent?",
            ["a man on a game keeps asking my son for photos, he's 10"],
        ),
    ],
)
def test_reporting_a_child_asked_when_nothing_was_sent(text, earlier):
    assert kind(text, earlier) == sf.REPORT_NOTHING_SENT


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("Can I use StopNCII from Yukon? he put them in a group chat", []),
        ("I havent sent any. can I report him to police or is it cybertip only?", ["im 16"]),
        ("So does an upskirt photo count? I'm not naked in it", []),
    ],
)
def test_narrow_readings_leave_other_questions(text, earlier):
    assert kind(text, earlier) is None


def test_nothing_sent_without_a_child_is_not_this_answer():
    assert kind("can i still report him if nothing was sent", ["my coworker asks me for pics"]) != (
        sf.REPORT_NOTHING_SENT
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm fine, thank you. But does it matter that the camera is on his own property?",
        "does it change anything that i was inside my own house?",
        "Is it still covered if it was filmed through my bedroom window? Does that matter?",
    ],
)
def test_whose_property_the_camera_was_on(text):
    assert kind(text) == sf.OWN_HOME


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("a photo of me dressed, only without my hijab. does it count as an intimate image?", []),
        ("I had clothes on, just no headscarf. is that covered under the law?", []),
        ("so is it counting or not?", ["he shared a photo of me without my hijab, I was dressed"]),
    ],
)
def test_a_clothed_photo(text, earlier):
    assert kind(text, earlier) == sf.CLOTHED_IMAGE


@pytest.mark.parametrize(
    "text",
    [
        "he filmed me getting dressed, does it count?",
        "they are nude photos, does it count if my face isn't in them?",
    ],
)
def test_a_near_nude_image_is_not_the_clothed_answer(text):
    assert kind(text) != sf.CLOTHED_IMAGE


def test_nothing_for_crisis_payloads_or_plain_talk():
    assert kind("/crisis") is None
    assert kind("thanks, that helps") is None


# --- fear of what people will do --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am afraid of what his family will do to me now. who can help?",
        "im scared what my brothers might do",
        "worried what they are going to do next",
        "scared of what my in-laws might do to me",
    ],
)
def test_fear_of_what_people_will_do(text):
    assert fear_kind(text) == FEAR


def test_fear_of_what_he_does_with_the_images_is_not_fear_for_safety():
    assert fear_kind("i am afraid what he will do with the pictures") is None


# --- who will know ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if i tell, will the whole team find out?",
        "will my entire class know if i report",
    ],
)
def test_will_the_team_know(text):
    assert who_finds_out_kind(text, []) == OTHERS_ANY


# --- deletion ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yes. but will it still be on my phone?",
        "yeah do it. can he see it in my browser history?",
        "ok please, will it show on my laptop after?",
    ],
)
def test_yes_with_a_device_question(text):
    assert yes_with_more(text)
    assert after_deletion(text) == [DEVICE_AFTER]


@pytest.mark.parametrize("text", ["yes but wait", "yes", "/affirm", "ok not now", "no"])
def test_not_a_yes_with_more(text):
    assert not yes_with_more(text)


@pytest.mark.parametrize(
    "text",
    [
        "did you delete it?? i need to know so he doesnt see this",
        "is it gone? he checks my phone",
        "did it get deleted so my bf can't read it",
    ],
)
def test_asks_if_deleted_with_someone_seeing(text):
    assert asks_if_deleted(text)


@pytest.mark.parametrize("text", ["did he delete the pics?", "are my photos gone from reddit?"])
def test_about_the_images_is_not_this_chat(text):
    assert not asks_if_deleted(text)


def _user(text, intent):
    return UserUttered(text, intent={"name": intent, "confidence": 1.0})


def _events(*turns):
    events = [ActionExecuted("action_listen")]
    for text, intent, replies in turns:
        events.append(_user(text, intent))
        events += [ActionExecuted(name) for name in replies]
        if replies:
            events.append(ActionExecuted("action_listen"))
    return events


def test_a_yes_with_a_question_deletes_then_answers():
    events = _events(
        ("can i erase this chat", "delete_conversation", [DELETE_ASKED]),
        ("yes. but will it still show on my phone? like my history", "out_of_scope", []),
    )
    assert deletion_step(events) == DELETE_DONE
    events.append(ActionExecuted(DELETE_DONE))
    assert deletion_step(events) == DEVICE_AFTER


def test_did_you_delete_it_before_any_yes_says_not_yet():
    events = _events(
        ("can i erase this chat", "delete_conversation", [DELETE_ASKED]),
        ("did you delete it?? so he doesnt see", "route_finder", []),
    )
    assert deletion_step(events) == "utter_not_deleted_yet"


@pytest.mark.parametrize("intent", ["delete_conversation", "route_finder", "affirm"])
def test_did_you_delete_it_is_never_taken_as_the_yes(intent):
    events = _events(
        ("wipe this chat pls", "delete_conversation", [DELETE_ASKED]),
        ("have you deleted it yet??", intent, []),
    )
    assert deletion_step(events) == "utter_not_deleted_yet"


def test_delete_it_now_after_the_question_deletes():
    events = _events(
        ("wipe this chat pls", "delete_conversation", [DELETE_ASKED]),
        ("delete it now", "delete_conversation", []),
    )
    assert deletion_step(events) == DELETE_DONE


def test_a_crisis_after_the_deletion_question_is_the_crisis():
    events = _events(
        ("delete this chat", "delete_conversation", [DELETE_ASKED]),
        ("yes and i want to die", "crisis", []),
    )
    assert deletion_step(events) is None


# --- the crisis turn for a young writer -------------------------------------------------------


def test_kids_help_phone_text_line_in_a_young_writers_crisis_turn():
    events = _events(("im 14 and she wants 500 dollars", "sextortion", ["utter_sextortion"]))
    events.append(_user("i want to die", "crisis"))
    assert with_youth_text_line(["utter_crisis", "utter_crisis_next"], events) == [
        "utter_crisis",
        YOUTH_TEXT_LINE,
        "utter_crisis_next",
    ]


def test_no_youth_line_for_an_adult_or_twice_in_a_row():
    adult = _events(("im 29 and he wants money", "sextortion", ["utter_sextortion"]))
    adult.append(_user("i want to die", "crisis"))
    assert with_youth_text_line(["utter_crisis", "utter_crisis_next"], adult) == [
        "utter_crisis",
        "utter_crisis_next",
    ]
    young = _events(("im 15", "inform", ["utter_crisis", YOUTH_TEXT_LINE, "utter_crisis_next"]))
    young.append(_user("i still want to die", "crisis"))
    assert with_youth_text_line(["utter_crisis_again"], young) == ["utter_crisis_again"]


# --- the check-in -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We both live in Burnaby, her family is in Manila. can the law stop her sending it there?",
        "My neighbour's camera caught me through my window and he showed people. Does this count?",
        "I live in Nanaimo. would the tribunal order work if he sends it on whatsapp?",
    ],
)
def test_a_plain_question_about_the_law_is_calm(text):
    assert calm_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live anymore. does the law even matter?",
        "can the police stop him? I won't be here after this weekend anyway",
        "I took a bunch of pills a bit ago. can the tribunal take it down?",
        "he is going to hurt me. can police stop him?",
    ],
)
def test_a_question_with_risk_end_or_plan_is_not_calm(text):
    assert not calm_message(text)
