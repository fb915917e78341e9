"""Round 10 kinds (issue 16, helper h2): the wrong topic's stock answer, the fallback on plain
common messages, a needless "Are you safe right now?", and answers that do not fit the
writer's age. Our own wordings first, then the transcripts' turns."""

from __future__ import annotations

import pytest

from assistant import answer_kinds, wrong_topic
from assistant.answer_kinds import MISSED, WHO_IS_TOLD, answer_kind
from assistant.answer_kinds_everyday import CHAT_KEPT
from assistant.answer_kinds_what_happens import IF_POSTED, SCHOOL_TELL
from assistant.calm_messages import calm_message
from assistant.helper_context import answer_kind_in_context
from assistant.helper_reading import ASKED_NO_IMAGES, TAKEN_UNDER_18, asked_no_images
from assistant.nlu.crisis_guard import second_opinion_check_in
from assistant.plain_questions import JOB_THREAT, JOB_THREAT_YOUTH
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.policies.repeats import AGAIN
from assistant.role_followups import OWN_CHILD_WHAT_NOW
from assistant.wrong_topic import (
    CHAT_KEPT_YOUTH,
    INTERPRETER,
    SERVICE_STEPS,
    THREAT_FREE_LAWYER,
    THREAT_STOP,
    TOLD_SHARED,
    WHO_IS_TOLD_ADULT,
    question_in_complaint,
)


# --- 1. The wrong topic's stock answer -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "nothing is sent yet. I need somebody speak Punjabi, my english not good",  # p05 T2
        "can the lawyer talk in mandarin? my english is bad",
        "do they have a translator? i only speak vietnamese",
        "Is there anyone who speaks Farsi at the service",
        "i need an interpreter for the call please",
    ],
)
def test_a_language_need_is_the_interpreter(text: str) -> None:
    assert answer_kind(text, "ask_no_consent") == INTERPRETER


def test_another_question_with_the_interpreter_comes_first() -> None:
    text = "she is afraid he send picture to our father. is it secret if we call? we need arabic"
    assert not wrong_topic.interpreter_only(text + " speaker")
    assert not wrong_topic.interpreter_asked("ok interpreter good. facebook can remove fotos? how")


def test_dont_want_it_posted_after_a_threat() -> None:
    told = ["shes saying pay 500 or she sends them to all my followers"]
    for text in ("uh idk. i just dont want it posted", "i dont want them to get out"):
        assert answer_kind_in_context(None, "nlu_fallback", text, [None], told) == THREAT_STOP
    assert answer_kind_in_context(None, "nlu_fallback", "i dont want it posted", [], ["hi"]) is None


def test_stop_him_from_posting_alone_keeps_the_removal_answer() -> None:
    # Rated helpful in round 3 (p28): the removal routes, with nothing said to be before.
    text = "my ex has videos of me and keeps saying hell post them. how do i stop him from posting"
    assert answer_kind(text, "ask_image_removal") != THREAT_STOP


def test_a_translation_task_is_no_interpreter_question() -> None:
    assert not wrong_topic.interpreter_asked("can you translate this to german")


def test_english_not_good_alone_is_no_interpreter_question() -> None:
    # p26: the question is the free lawyer; a poor English said in passing is no request.
    assert not wrong_topic.interpreter_asked("english is not so good. can i get lawyer free?")


@pytest.mark.parametrize(
    "text",
    [
        "no i mean how do i stop her BEFORE she sends them. nothing is sent yet",  # p20 T4
        "i am the one being threatened. she wants to send MY pics to my boss. how do i stop her",
        "my gf threatend to post my nudes, nothing posted yet. how can i stop her before she does",
        "How can I prevent him from sharing my photos? He hasn't sent them to anyone yet.",
        "can i stop them posting my vids before they do it",
    ],
)
def test_stopping_a_threat_before_anything_is_sent(text: str) -> None:
    assert answer_kind(text, "ask_image_removal") == THREAT_STOP


@pytest.mark.parametrize(
    "text",
    [
        "how do i stop my sister's ex before he posts her pics",  # a helper's question
        "my ex posted my pics last night, how do i stop him",  # already shared: removal
        "how do i stop her",  # nothing said of a threat or the writer's images
    ],
)
def test_not_a_threat_of_ones_own_to_stop(text: str) -> None:
    assert not wrong_topic.threat_stop(answer_kinds._clean(text))


@pytest.mark.parametrize(
    "text",
    [
        "i'm 15 and a guy says he'll post my pics unless i send more. how do i stop him before he"
        " posts them",
        "he wants $500 or he posts my nudes, how can i stop him before he does",
    ],
)
def test_blackmail_keeps_its_steps(text: str) -> None:
    assert answer_kind(text, "sextortion") != THREAT_STOP
    assert answer_kind(text, "ask_image_removal") != THREAT_STOP


def test_the_check_keeps_a_threat_with_the_free_lawyer() -> None:
    text = "my ex is threatening to share my nudes, would i qualify for the free lawyer"
    assert answer_kind(text, "check_eligibility") != THREAT_FREE_LAWYER


def test_stop_her_after_a_threat_was_told() -> None:
    told = ["my wife is threatening to send my pics to my boss if i leave her"]
    for text in ("how do i stop her before she sends them", "can i stop him posting them yet"):
        assert answer_kind_in_context(None, "ask_image_removal", text, [None], told) == (
            THREAT_STOP
        )
    shared = ["my wife posted my pics on facebook"]
    assert answer_kind_in_context(
        None, "ask_image_removal", "how do i stop her", [None], shared
    ) != (THREAT_STOP)


@pytest.mark.parametrize(
    "text",
    [
        # p26 T1, as typed
        "Hello, I am from China, English is not so good. When we were together my ex boyfriend"
        " take photos of me when I was sleep, I did not know. Now we are broken up and he say if I"
        " do not give him money he will show to my friends and my work. I am very worry. Can I"
        " get lawyer free?",
        "he says he will post my pics unless i pay him 1000. is there a free lawyer?",
        "My ex is blackmailing me with videos, he wants money. Can I get free legal advice?",
        "she told me she would send the photos to my family if i dont pay. can i afford a lawyer",
    ],
)
def test_a_threat_told_with_the_free_lawyer_asked(text: str) -> None:
    assert answer_kind(text, "ask_no_consent") == THREAT_FREE_LAWYER


@pytest.mark.parametrize(
    "text",
    [
        "I haven't sent anything. but he gets angry when I say no. I'm scared of losing my job",
        "my boss keeps asking, im scared im losing my job if i refuse",
        "i said no and now hes saying ill get fired",
    ],
)
def test_a_job_fear_when_refusing_is_the_job_answer(text: str) -> None:
    assert answer_kind(text, "ask_no_consent") == JOB_THREAT
    earlier = ["I'm 17 and my manager at work keeps asking for pics"]
    assert answer_kind_in_context(JOB_THREAT, "ask_no_consent", text, [None], earlier) == (
        JOB_THREAT_YOUTH
    )


def test_nothing_sent_yet_is_no_request_for_images_unless_someone_asked() -> None:
    assert not asked_no_images("nothing is sent yet. she says she will send them to my boss")
    assert not asked_no_images("nothing has been sent, he's threatening to post it")
    assert asked_no_images("he keeps asking me for pics, nothing was sent")
    assert asked_no_images("i haven't sent him anything, he just asked")


# --- 2. The fallback on plain, common messages ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "my ex posted my nudes online last week on some forum site. what do i do",  # p01 T1
        "someone leaked my pics on reddit help",
        "my nudes got posted on a website by my ex. what can i do",
        "he shared my photos in a group chat, what now",
    ],
)
def test_ones_own_images_shared_told_first(text: str) -> None:
    assert answer_kind(text, "nlu_fallback") == TOLD_SHARED


def test_shared_told_keeps_a_classifier_topic_and_a_helpers_story() -> None:
    assert wrong_topic.told_shared("my ex posted my nudes, how do i get them down", "x") is False
    assert not wrong_topic.told_shared("my sister's ex posted her pics, help", "nlu_fallback")
    assert not wrong_topic.told_shared("he posted my nudes", "nlu_fallback")  # no plea: the NLU's


@pytest.mark.parametrize(
    "text",
    [
        "pics from when I was 16 got posted on twitter",  # p28 T1
        "someone put up photos from when i was 15",
        "nudes from when i was 17 are on a porn site",
    ],
)
def test_images_from_under_18_said_first(text: str) -> None:
    assert answer_kind(text, "nlu_fallback") == TAKEN_UNDER_18


@pytest.mark.parametrize(
    "text",
    [
        "they were posted on twitter without my ok. I'm 18 now. which removal site do I use?",
        "Take It Down or StopNCII?",
        "how do i get them taken down",
    ],
)
def test_removal_asked_after_the_age_then_was_told(text: str) -> None:
    earlier = ["pics from when I was 16 got posted on twitter"]
    assert answer_kind_in_context(None, "inform_shared", text, [None], earlier) == TAKEN_UNDER_18
    assert answer_kind_in_context(None, "inform_shared", text, [None], ["hi"]) != TAKEN_UNDER_18


def test_removal_after_the_age_then_wins_over_an_adult_age_said_now() -> None:
    earlier = ["someone put up photos from when i was 15"]
    text = "im 20 now. take it down or stopncii?"
    kind = answer_kind(text, "ask_image_removal")
    assert answer_kind_in_context(kind, "ask_image_removal", text, [None], earlier) == (
        TAKEN_UNDER_18
    )
    later = "and the ones from when i was 19, can i remove them with stopncii"
    assert answer_kind_in_context(None, "ask_image_removal", later, [None], earlier) is None


def test_private_images_are_no_secret_asked() -> None:
    text = "my cousin says he will post my private video to my family"
    assert answer_kind(text, "inform_threatened") != "home_must_not_know"


def test_removal_asked_again_names_the_two_sites() -> None:
    assert AGAIN[TAKEN_UNDER_18] == ["utter_route_take_it_down", "utter_route_stopncii"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("you didn't say if i should call the school. should i?", "should i call the school?"),
        ("you never answered whether i need to get a lawyer", "do i need to get a lawyer?"),
        ("you didnt tell me if he will go to jail", "will he go to jail?"),
        ("you did not say whether my son has to delete it", "does my son have to delete it?"),
    ],
)
def test_the_question_inside_a_complaint(text: str, asked: str) -> None:
    assert question_in_complaint(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "You didn't say if I should call the school. Should I?",  # p03 T4
        "you didnt answer whether we should tell the principal",
        "should I phone the school",
    ],
)
def test_the_school_question_gets_its_answer(text: str) -> None:
    assert answer_kind(text, "nlu_fallback") == SCHOOL_TELL


def test_a_bare_complaint_stays_one() -> None:
    assert answer_kind("you didn't answer my question", "nlu_fallback") == MISSED


@pytest.mark.parametrize(
    "text",
    [
        "how does the legal advice thing work",  # p21 T1
        "how does this service work?",
        "whats the process for getting the free lawyer",
        "how would the free legal help work",
    ],
)
def test_how_the_service_works_is_its_steps(text: str) -> None:
    assert answer_kind(text, "ask_service") == SERVICE_STEPS


P10 = [
    "my son is 16 and he shared a picture of a girl from his class in a group chat. a nude."
    " what happens to him now?"
]


@pytest.mark.parametrize(
    "text",
    [
        "ok but what should we do as parents right now? should he delete it? should we contact"
        " the girls family?",  # p10 T2
        "should my son delete it or keep it",
        "do we call the girl's parents",
        "what do we do with the picture on his phone",
    ],
)
def test_a_parent_of_the_one_who_shared_asks_what_next(text: str) -> None:
    # Answered by assistant/role_followups.py (merged in session 12: one reader for the kind).
    assert answer_kind_in_context(None, "ask_evidence", text, [None], P10) == OWN_CHILD_WHAT_NOW


def test_what_next_needs_the_childs_sharing_told() -> None:
    assert (
        answer_kind_in_context(
            None, "ask_evidence", "should he delete it", [None], ["my ex posted my pics"]
        )
        != OWN_CHILD_WHAT_NOW
    )
    assert answer_kind_in_context(None, "crisis", "should he delete it", [None], P10) is None


# --- 3. No "Are you safe right now?" on the safety model's guess alone ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Good afternoon. My former partner printed photographs of me undressed and left them in"
        " the mailboxes of my apartment building.",  # p07 T1
        "My ex-husband posted pictures of me naked on a website.",
        "YOU ARE NOT LISTENING. MY SISTER WONT CALL. HOW DO I HELP HER MYSELF",  # p13 T3
        "you're not listening, how do i support my friend",
        "Hello. I am not sure this is the right place. I am 67 and I have found out something"
        " upsetting.",
        "hi, not sure if this is the right place to ask",
    ],
)
def test_no_check_in_on_a_calm_message(text: str) -> None:
    assert calm_message(text)
    assert second_opinion_check_in(text, {"crisis": 0.9, "immediate_danger": 0.0}) is None


@pytest.mark.parametrize(
    "text",
    [
        "my ex posted pics of me and I cant go on",
        "you are not listening, i want to die",
        "not sure this is the right place but i feel hopeless",
        "he posted pics of me. i just want to disappear",
        "just know I tried",
        "Is this the right place? My ex just broke in and he's smashing things. I'm hiding",
        "you're not listening. nobody is.",  # no one helped: the guess still checks in
    ],
)
def test_the_check_in_stays_where_distress_is_said(text: str) -> None:
    assert not calm_message(text)
    assert second_opinion_check_in(text, {"crisis": 0.9, "immediate_danger": 0.0}) is not None


# --- 4. Answers that fit the writer's age ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ok. i blocked him. what if he posts them anyway",  # p02 T4
        "but what if she still posts it",
        "and if he does post them?",
    ],
)
def test_what_if_posted_from_a_young_person_is_answered(text: str) -> None:
    earlier = ["am i gonna get in trouble? im 16. i cant tell my parents"]
    assert answer_kind_in_context(None, "route_finder", text, [None], earlier) == IF_POSTED
    # An adult's (or unknown) "what if" keeps the route questions, fitted to them.
    assert answer_kind_in_context(None, "route_finder", text, [None], ["im 34"]) is None


def test_no_youth_line_in_the_chat_answer_unless_the_writer_is_young() -> None:
    assert DEFAULT_DIRECT_ANSWERS[CHAT_KEPT][-1] == "utter_chat_delete_offer"
    saved = "what happens to what I type here? is it saved?"
    assert answer_kind_in_context(CHAT_KEPT, "ask_service", saved, [None], ["hello"]) == CHAT_KEPT
    assert answer_kind_in_context(CHAT_KEPT, "ask_service", saved, [None], ["im 15"]) == (
        CHAT_KEPT_YOUTH
    )
    told = answer_kind_in_context(WHO_IS_TOLD, "ask_service", "will you tell anyone", [], ["im 55"])
    assert told == WHO_IS_TOLD_ADULT
    assert "utter_who_is_told_next" not in DEFAULT_DIRECT_ANSWERS[WHO_IS_TOLD_ADULT]


def test_every_new_kind_is_answered() -> None:
    for kind in (*wrong_topic.KINDS, OWN_CHILD_WHAT_NOW):
        assert DEFAULT_DIRECT_ANSWERS[kind]
    assert ASKED_NO_IMAGES in DEFAULT_DIRECT_ANSWERS
