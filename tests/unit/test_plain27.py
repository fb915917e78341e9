"""Round 27 (plain27): a whole message that falls back answered from a sentence understood
alone, and own-words follow-ups that got a nearby stock block. Several wordings per kind."""

from __future__ import annotations

import pytest

from assistant import plain27
from assistant.clauses import sentence_parts
from assistant.sentence_vote import voted_intent


# --- sentences read alone ----------------------------------------------------------------------
def test_sentences_of_a_plain_message():
    text = "MY EX POSTED MY PICS ON SOME WEBSITE AND I WANT THEM DOWN NOW. WHO DO I CALL"
    assert sentence_parts(text) == [
        "MY EX POSTED MY PICS ON SOME WEBSITE AND I WANT THEM DOWN NOW.",
        "WHO DO I CALL",
    ]
    assert (
        len(sentence_parts("nothing was done to me. its about a promise. is it ok to tell?")) == 3
    )


@pytest.mark.parametrize(
    "text", ["who do i call", "ok. thanks", "/greet", "", "a. b. c. d. e. f", "hi. yes"]
)
def test_no_sentences_for_one_sentence_or_too_many(text):
    assert sentence_parts(text) == []


def _read(intent, confidence, safety=0.0):
    return {"text": "x", "intent": intent, "confidence": confidence, "safety": safety}


def test_the_most_confident_topic_sentence_answers():
    voted = voted_intent([_read("inform_shared", 0.75), _read("contact_lawyer", 0.70)])
    assert voted == {"name": "inform_shared", "confidence": 0.75}
    voted = voted_intent([_read("inform_threatened", 0.68), _read("route_finder", 0.87)])
    assert voted["name"] == "route_finder"


def test_no_vote_on_a_crisis_sentence_or_an_unsure_one():
    assert voted_intent([_read("inform_shared", 0.9), _read("crisis", 0.6)]) is None
    assert voted_intent([_read("inform_shared", 0.9), _read("ask_evidence", 0.5, 0.35)]) is None
    assert voted_intent([_read("ask_evidence", 0.41), _read("nlu_fallback", 0.2)]) is None
    # "i dont know who he is": an answer to a form's question, never the topic.
    assert voted_intent([_read("dont_know", 0.77), _read("ask_evidence", 0.41)]) is None
    assert voted_intent([_read("affirm", 0.9), _read("thank", 0.9)]) is None


# --- a young writer who sent a picture to an adult ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "a man online asked me for pics and i sent one. im 11. am i in trouble",
        "im 11 and i sent a picture to a grown man. will i get in trouble",
        "this older guy asked for a pic and i sent it, i'm 10. am i going to be in trouble",
    ],
)
def test_under_12_sender_in_trouble(text):
    assert plain27.follow_up(text, [], [], None) == plain27.YOUNG_SENDER_TROUBLE_UNDER_12


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("am i in trouble?", ["im 14 and i sent a pic to a guy who says hes 25"]),
        ("will the police arrest me", ["i sent him a photo. he is an adult. im 15"]),
        ("could i get charged for sending it", ["im 13. a man on snap got me to send one"]),
    ],
)
def test_young_sender_in_trouble(text, earlier):
    assert plain27.follow_up(text, [], earlier, None) == plain27.YOUNG_SENDER_TROUBLE


def test_twelve_is_not_under_12():
    # Children under 12 cannot be charged (s. 13): said only to a writer under 12.
    text = "a man online asked me for pics and i sent one. im 12. am i in trouble"
    assert plain27.follow_up(text, [], [], None) == plain27.YOUNG_SENDER_TROUBLE


def test_young_sender_asked_again_gets_the_short_form():
    text = "but am i in trouble with the police? i dont want my dad to know"
    earlier = ["a man online asked me for pics and i sent one. im 12. am i in trouble"]
    previous = list(plain27.YOUNG_SENDER_TROUBLE_UNDER_12)
    assert plain27.follow_up(text, previous, earlier, None) == plain27.YOUNG_SENDER_TROUBLE_AGAIN


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("am i in trouble", ["im 14 and my bf who is 15 sent my pic around"]),  # no adult, not sent
        ("am i in trouble", ["a man online asked me for pics and i sent one. im 34"]),  # adult
        ("will he get in trouble", ["im 12, a man asked for pics and i sent one"]),
        # round 15 p29: a manager (the trust readers answer)
        ("i already sent him one :( am i in trouble", ["Im 17 and my manager hes like 24"]),
    ],
)
def test_young_sender_not_for_others(text, earlier):
    assert plain27.young_sender_trouble(text, earlier, [], None) is None


# --- a site blocking the images before they are posted ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i dont know who he is, maybe not in canada. can facebook block the photos before he post?",
        "yes but is there way to stop photos going on facebook and instagram before",
        "can instagram prevent it before it's posted",
        "is there a way to block them on social media before they're shared",
    ],
)
def test_before_posted(text):
    assert plain27.follow_up(text, [], [], None) == plain27.BEFORE_POSTED


def test_before_posted_young():
    text = "can snapchat block the pics before he posts them"
    assert plain27.follow_up(text, [], ["im 15 and hes threatening me"], None) == (
        plain27.BEFORE_POSTED_YOUNG
    )


@pytest.mark.parametrize(
    "text",
    [
        "can i use stopncii before they post it",  # removal_tools' reader
        "how do i block him on facebook",
        "should i delete my facebook before he posts",
    ],
)
def test_before_posted_not_for_others(text):
    assert plain27.before_posted(text, [], [], None) is None


# --- deleted afterwards -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "he said it was a joke and he deleted it. does it still count if he deleted the message?",
        "his friends already saw them. is it still illegal if he deleted them after",
        "she removed the post already, can i still sue her",
        "my ex deleted the story, does that matter? is it still a crime",
    ],
)
def test_deleted_after(text):
    assert plain27.follow_up(text, [], [], None) == plain27.DELETED_AFTER


def test_deleted_after_again():
    text = "is it still illegal if he deleted them after"
    assert plain27.follow_up(text, plain27.DELETED_AFTER, [], None) == plain27.DELETED_AFTER_AGAIN


@pytest.mark.parametrize(
    "text", ["should i delete the messages", "he deleted his account", "can i delete this chat"]
)
def test_deleted_after_not_for_others(text):
    assert plain27.deleted_after(text, []) is None


# --- how long removal takes -------------------------------------------------------------------
def test_how_long_after_the_removal_routes():
    previous = ["utter_one_number_removal", "utter_image_removal"]
    assert plain27.follow_up("HOW LONG DOES IT TAKE", previous, ["x"], None) == (
        plain27.REMOVAL_HOW_LONG
    )
    assert plain27.follow_up("how long till its taken down", [], ["x"], None) == (
        plain27.REMOVAL_HOW_LONG
    )
    # The part of a two-question message, read by question_parts.
    assert plain27.how_long_part(["utter_part_how_long"], "how long does it take", previous) == (
        plain27.REMOVAL_HOW_LONG
    )


def test_how_long_of_other_things():
    previous = ["utter_image_removal"]
    assert plain27.removal_how_long("how long does the lawyer take to call back", previous) is None
    assert plain27.removal_how_long("how long does it take", ["utter_crt"]) is None
    assert plain27.how_long_part(["utter_part_how_long"], "how long does it take", []) == [
        "utter_part_how_long"
    ]


def test_send_if_block_wont_they():
    from assistant import unanswered

    for text in (
        "if i block them wont they just post it right away",
        "if i block him would he leak it",
    ):
        assert unanswered.unanswered_kind(text, ["x"], True, None) == unanswered.SEND_IF_BLOCK
