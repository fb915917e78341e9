"""Session 17 (mine): a block got round, "i blocked him" told, whether the free lawyer goes to
the police, photos that are not intimate, and a second batch (decades, an adult's held photos,
physical photos, who did it, a young person's wishes, children named as the audience)
(docs/intents.md "Session 17, mine"). Wordings are mine, not a rater's."""

from __future__ import annotations

import pytest

from assistant import age_form_guard as afg
from assistant import answer_kinds_practical as prac
from assistant import contact_again as ca
from assistant import helper_reading as hr
from assistant import image_kinds as ik
from assistant import lawyer_reports as lr
from assistant import minor_against_wishes as maw
from assistant import move_words as mw
from assistant import ordinary_photos as op
from assistant import outside_bc_context as obc
from assistant import statements as st
from assistant import who_did_it as wdi
from assistant.age_parsing import parse_ages


@pytest.mark.parametrize(
    "text",
    [
        "he made a new account and messaged me again",
        "i blocked him but he keeps texting me from different numbers",
        "now he found me on insta after i blocked him on snap",
        "blocked him and he's still messaging me",
        "the scammer added me again from another account",
        "he unblocked me and messaged me",
    ],
)
def test_a_block_got_round(text):
    assert ca.contact_again_kind(text, young=False) == ca.CONTACT_AGAIN
    assert ca.contact_again_kind(text, young=True) == ca.CONTACT_AGAIN_YOUNG


@pytest.mark.parametrize(
    "text",
    [
        "should i block him?",
        "will blocking make it worse",
        "he made a new account and posted them",  # shared: its own answers
        "he keeps asking me for money",
        "he messaged my friends",
        "my ex keeps texting me",  # no block got round
        "i blocked him",
        "I'm 13 and a man on snap keeps asking me to send photos",  # an app, no block
        "hey is this only for girls?? my ex leaked my nudes on snap. im a guy",
        "ok i blocked her. but what if she still posts it?? my whole school follows me",
    ],
)
def test_not_a_block_got_round(text):
    assert ca.contact_again_kind(text, young=False) is None


@pytest.mark.parametrize(
    "text", ["i blocked him", "ok i blocked her on everything", "already blocked them"]
)
def test_blocking_told(text):
    assert ca.blocked_told_kind(text) == ca.BLOCKED_TOLD


@pytest.mark.parametrize(
    "text",
    ["i blocked him, what now?", "should i block him", "i blocked him but he made a new account"],
)
def test_blocking_asked_is_not_told(text):
    assert ca.blocked_told_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "will the lawyer go to the police themselves?",
        "does the lawyer have to report him to the cops",
        "will the service call the police",
        "would the lawyer make me go to the police",
        "do lawyers have to report it to police",
    ],
)
def test_whether_the_lawyer_reports(text):
    assert lr.lawyer_reports_kind(text) == lr.LAWYER_REPORTS


@pytest.mark.parametrize(
    "text",
    [
        "should i go to the police",
        "do i need a police report for the lawyer",
        "can the lawyer help me with the police",
        "will the police tell my parents",
        "is the lawyer free",
        "can she talk to the lawyer without reporting to police?",
        "do i have to go to the police before the lawyer helps",
    ],
)
def test_not_whether_the_lawyer_reports(text):
    assert lr.lawyer_reports_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "its not nude pics, just my face photos",
        "they're not nudes, just normal selfies from my insta",
        "nothing sexual, only pics of me at the beach",
        "they arent naked pics just my profile pics",
    ],
)
def test_ordinary_photos(text):
    assert op.ordinary_photos_kind(text) == op.ORDINARY_PHOTOS


@pytest.mark.parametrize(
    "text",
    [
        "its not nudes, its a deepfake of my face",  # a deepfake can count
        "not nudes but pics of me in my underwear",
        "they're my nudes",
        "just my face photos",  # nothing said about them not being intimate
        "is a photo of me in a bikini intimate",
    ],
)
def test_not_ordinary_photos(text):
    assert op.ordinary_photos_kind(text) is None


# --- second batch: decades, an adult's held photos, physical photos, who did it, a young
# person's wishes, children named as the audience ---


@pytest.mark.parametrize(
    ("text", "age", "other"),
    [
        ("hello, I am 70 and my ex husband has old polaroids of me from the 80s", 70, None),
        ("photos from the '80s, im 68", 68, None),
        ("he is in his 40s and im 15", 15, 40),  # "his 40s" stays an age
        ("im 15 and hes 25", 15, 25),
    ],
)
def test_a_decade_is_not_an_age(text, age, other):
    parsed = parse_ages(text)
    assert (parsed.age, parsed.other_age) == (age, other)


UNSURE_AGE_CHECK = {"intent": {"name": "check_age_rules", "confidence": 0.2}}


@pytest.mark.parametrize(
    "text",
    [
        "hello, I am 70 and my ex husband has old polaroids of me from the 80s",
        "im 45 and my ex has videos of me",
    ],
)
def test_an_adults_held_photos_are_not_the_age_check(text):
    assert afg.held_by_other(UNSURE_AGE_CHECK, text) == afg.HELD_BY_OTHER


@pytest.mark.parametrize(
    "text",
    [
        "im 15 and my ex has pics of me",  # a young writer: the age rules may be the question
        "im 30 and he has pics of me, is that legal?",
        "im 19 and hes 25 and has pics of me",
    ],
)
def test_the_age_check_stays_when_ages_or_law_are_asked(text):
    assert afg.held_by_other(UNSURE_AGE_CHECK, text) is None


def test_a_sure_age_check_is_kept():
    sure = {"intent": {"name": "check_age_rules", "confidence": 0.9}}
    assert afg.held_by_other(sure, "im 45 and my ex has videos of me") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can he do that? they are physical photos not on the internet", ik.PRINTED),
        ("he has paper copies of my photos", ik.PRINTED),
        ("he posted old photos of me online", None),
        ("my old photos", None),
    ],
)
def test_physical_photos_are_printed_copies(text, kind):
    assert ik.image_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "how do i even find out who did it",
        "can the police trace the account?",
        "is there a way to know who is behind it",
        "how do i find out who made the account",
    ],
)
def test_how_to_find_out_who_did_it(text):
    assert wdi.who_did_it_kind(text) == wdi.WHO_DID_IT


@pytest.mark.parametrize(
    "text",
    [
        "who posted it?",
        "i know who did it",
        "can i use the tribunal if i don't know who did it",  # legal_follow_ups.CRT_UNKNOWN
        "could the protection service at least find out who posted it?",  # that service's
    ],
)
def test_not_how_to_find_out_who_did_it(text):
    assert wdi.who_did_it_kind(text) is None


PARENT_OF_TEEN = ["my son is 15 and a girl from his school is sharing his pics"]


@pytest.mark.parametrize(
    "text",
    [
        "he says he'll handle it and doesnt want me involved",
        "can i report it anyway without his ok?",
        "is it my place to call the police without her ok?",
        "she begged me not to call the police",
    ],
)
def test_a_young_persons_wishes(text):
    assert maw.minor_against_wishes_kind(text, PARENT_OF_TEEN) == maw.MINOR_AGAINST_WISHES


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("he doesnt want to talk about it", PARENT_OF_TEEN),
        ("can i report it without her ok", ["my friend is 25 and her ex posted pics"]),
        ("he doesnt want me to tell anyone", ["im 15 and my bf shared my pics"]),
        # an adult helped: person_fit's ADULT_AGAINST_WISHES
        (
            "Should I go to police against her wishes? How do I help her?",
            ["My son-in-law secretly recorded my daughter. She's 30.", "I'm her father."],
        ),
        ("she asked me not to tell anyone", PARENT_OF_TEEN),  # telling: its own answers
    ],
)
def test_not_a_young_persons_wishes(text, earlier):
    assert maw.minor_against_wishes_kind(text, earlier) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he says he will show them to our grandkids", None),
        ("my ex threatens to send my pics to my children", None),
        ("my granddaughter is 15 and her ex posted her pics", hr.HELPER_MINOR),
    ],
)
def test_children_named_as_the_audience_are_not_helped(text, kind):
    assert hr.helped_person(text) == kind


# --- third batch: "he won't delete it", "im in ontario but ...", the tribunal asked from
# outside B.C., asking the person first ---
@pytest.mark.parametrize(
    ("text", "someone_else"),
    [
        ("hey um my bf recorded us without me knowing and now he wont delete it", True),
        ("how do i make her delete the video", True),
        ("delete the pics", True),
        ("can you delete this chat", False),
        ("delete this conversation", False),
        ("i want to delete everything i said", False),
        ("please delete", False),
    ],
)
def test_someone_else_deleting_is_not_this_chat(text, someone_else):
    assert mw.someone_else_deletes(text) is someone_else


def test_the_delete_intent_is_reread_when_someone_else_deletes():
    ranking = [("delete_conversation", 0.32), ("inform_shared", 0.25)]
    text = "my bf recorded us without me knowing and now he wont delete it"
    assert mw.reread_intent("delete_conversation", text, ranking) == "inform_shared"
    assert mw.reread_intent("delete_conversation", "delete this chat", ranking) is None


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("im in ontario but the guy who posted my video lives in BC", False),
        ("i'm already in ontario", True),
        ("im in ontario now", True),
    ],
)
def test_a_home_in_ontario_is_not_a_move_unless_said(text, moved):
    assert st.already_moved(text, [], []) is moved


def test_the_tribunal_asked_from_outside_bc_gets_the_caveat():
    earlier = ["im in ontario but the guy who posted my video lives in BC"]
    text = "can i use the bc tribunal?"
    asked = obc.tribunal_asked_outside_bc
    assert asked("ask_crt", text, earlier, []) == prac.CRT_OUTSIDE_BC
    assert asked("ask_crt", text, earlier, [prac.CRT_OUTSIDE_BC]) is None
    assert asked("ask_crt", text, ["i live in kelowna"], []) is None
    moving = ["I'm in Ontario right now but I'll be moving to Victoria in March."]
    assert asked("ask_crt", "can the BC tribunal do anything?", moving, []) is None


@pytest.mark.parametrize(
    "text", ["can i just ask him nicely first?", "should i talk to her directly"]
)
def test_asking_the_person_first_is_confronting(text):
    assert prac._CONFRONT.search(text)
