"""Round 16 kind 1, legal and "who can help" follow-ups (session 17, helper "legal"; p12, p08,
p27, p14, p19, p13 of tests/simulated-users/2026-12-04-round16/): assistant/legal_asks.py and
the damages fee in assistant/legal_follow_ups.py. Wordings are our own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import legal_asks as la
from assistant import legal_follow_ups as lf
from assistant.plain_text import plain_lower
from tests.domain_files import responses

YOUNG_STORY = ["my ex posted the nude i sent him on his story. im 15"]


def kind(text, earlier=(), replies=(), young=False, role=None):
    return la.legal_ask_kind(text, list(earlier), [list(r) for r in replies], young, role)


# --- a young person's own picture: is it illegal for ME (p12 T2) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wait but i sent it to him first. is that a crime for me?",
        "did i break the law by sending it to him in the first place",
        "i made the pic myself, is it illegal for me to have it on my phone?",
        "is sending nudes against the law at my age?",
    ],
)
def test_a_young_person_asking_about_their_own_sending(text):
    assert kind(text, YOUNG_STORY, young=True, role="young_victim") == la.YOUNG_OWN_SEND


@pytest.mark.parametrize(
    "text",
    [
        "is what he did illegal?",
        "can he get charged for showing people?",
        "will they get in trouble for passing it around",
        "how do i get it taken down",
        "am i in trouble for sending it",  # form_followups' young_in_trouble answers it
    ],
)
def test_the_others_trouble_or_other_questions_are_not_read(text):
    assert kind(text, YOUNG_STORY, young=True, role="young_victim") is None


def test_an_adult_a_child_under_12_or_the_one_who_shared_is_not_read():
    text = "is that illegal for me? i sent it to him myself"
    assert kind(text, ["a boy at school has my pic. im 11"], young=True) is None
    assert kind(text, ["my ex posted the nude i sent him. im 25"], young=False) is None
    assert kind(text, YOUNG_STORY, young=True, role="self_sharer") is None


def test_asked_again_the_other_wording():
    replies = [["utter_young_own_send", "utter_in_trouble_young_help"]]
    again = kind("no like ME, was it a crime for me to send it", YOUNG_STORY, replies, True)
    assert again == f"{la.YOUNG_OWN_SEND}_again"
    assert la.ANSWERS[again] == ["utter_young_own_send_again"]
    trouble = kind("i mean me. could i get in trouble for sending it?", YOUNG_STORY, replies, True)
    assert trouble == f"{la.YOUNG_OWN_SEND}_again"
    assert (
        kind("i mean me. could i get in trouble for sending it?", YOUNG_STORY, [[]], True) is None
    )


# --- a lawyer of one's own already (p08 T3) --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my divorce lawyer is already handling the house. can she deal with this too or do i"
        " use the free service?",
        "We already pay a lawyer for the custody case. Should I bring this up with him?",
        "i have my own lawyer. do i still need the free one?",
        "can my family lawyer help me with the pictures instead?",
        "I've got a lawyer for my separation - is this something separate?",
    ],
)
def test_a_lawyer_of_ones_own(text):
    assert kind(text) == la.OWN_LAWYER


@pytest.mark.parametrize(
    "text",
    [
        "when will the free lawyer call me back?",
        "does the lawyer also help with my divorce?",
        "can i talk to a lawyer?",
        "my lawyer called, what now",
        "how do I find a family lawyer",
    ],
)
def test_other_lawyer_questions_are_not_read(text):
    assert kind(text) != la.OWN_LAWYER


# --- images held, not known to be shared (p27 T2-T4) ----------------------------------------

HELD_STORY = ["my boyfriend filmed us without telling me. i dont know if he has shown anyone"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is there a law that can force him to erase the recordings?", la.HELD_DELETE),
        ("can i get the videos deleted legally?", la.HELD_DELETE),
        (
            "can i make him get rid of them, and can i still see the free lawyer if he hasn't"
            " posted them?",
            la.HELD_BOTH,
        ),
        ("would the free lawyer talk to me even though nothing has been posted?", la.HELD_LAWYER),
        ("do i qualify for legal advice if he never shared them?", la.HELD_LAWYER),
        (
            "am i eligible for the free lawyer if the clips were made secretly but never shared?",
            la.HELD_LAWYER,
        ),
    ],
)
def test_images_held(text, expected):
    assert kind(text, HELD_STORY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "can the police make him delete them?",
        "how do i keep evidence?",
        "can i make him delete them?",  # nothing said about sharing: the other readers' answer
        "not posted yet. can the lawyer talk in punjabi?",  # the interpreter's question
    ],
)
def test_held_not_read_without_its_context_or_for_police(text):
    earlier = ["my ex has my nudes"] if text == "can i make him delete them?" else HELD_STORY
    assert kind(text, earlier) not in (la.HELD_DELETE, la.HELD_BOTH, la.HELD_LAWYER)


def test_held_shared_told_is_not_held():
    earlier = ["he posted the video on reddit last week"]
    assert kind("can i legally make him delete it?", earlier) is None


def test_held_asked_again_after_the_order_answer():
    replies = [["utter_held_not_shared_order"]]
    again = kind("but is there any legal way to make him destroy them", HELD_STORY, replies)
    assert again == f"{la.HELD_DELETE}_again"
    assert la.ANSWERS[again] == ["utter_held_not_shared_again"]


# --- meeting the lawyer by video (p14 T3) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is a zoom meeting with the lawyer possible?", la.MEET_VIDEO),
        ("could the appointment be over video? i'm up north", la.MEET_VIDEO),
        ("can i do the lawyer meeting on facetime", la.MEET_VIDEO),
        ("do i have to go to vancouver to meet the lawyer?", la.MEET_IN_PERSON),
        ("are the meetings only in person?", la.MEET_IN_PERSON),
    ],
)
def test_meeting_by_video(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he recorded me on video without asking, can i meet the lawyer about that?",
        "what happens at the meeting with the lawyer?",
        "he posted a video of me",
        "can i call the lawyer?",
    ],
)
def test_not_a_meeting_format_question(text):
    assert kind(text) not in (la.MEET_VIDEO, la.MEET_IN_PERSON)


# --- a fee for the money part, asked in other words (p19 T2) -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is there a fee if i ask for money, not just the order?",
        "does it cost anything to go for compensation at the tribunal?",
        "any fee for claiming for damages?",
    ],
)
def test_the_fee_for_money(text):
    assert lf.damages_fee(plain_lower(text), {"utter_crt"})


def test_the_fee_for_the_order_alone_is_not_the_damages_fee():
    assert not lf.damages_fee(plain_lower("is there a fee for the protection order?"), set())


# --- the answers ------------------------------------------------------------------------------


def test_every_answer_exists():
    domain = responses()
    for names in la.ANSWERS.values():
        for name in names:
            assert name in domain, name


def test_the_answers_say_what_the_sources_say():
    domain = responses()

    def said(name):
        return domain[name][0]["text"]

    assert said("utter_meet_by_video").startswith("Yes.")
    assert "by video" in said("utter_meet_by_video")
    assert said("utter_meet_in_person_needed").startswith("No,")
    assert "narrow exception" in said("utter_young_own_send")
    assert "not in trouble for what was done to you" in said("utter_young_own_send_next")
    assert "other sources" in said("utter_own_lawyer_already")
    assert "doesn't say it takes cases where neither happened" in said(
        "utter_held_delete_and_lawyer_next"
    )
    family = said("utter_sharer_family_lawyer")
    assert "no legal aid office or lawyer referral service" in family
    assert "604-673-3143" in family
