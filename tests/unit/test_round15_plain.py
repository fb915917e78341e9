"""Round 14 kinds 2 and 8 (session 15, helper "plain"): plain questions whose answer the
sources hold (assistant/answer_on_hand.py). Wordings are not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import answer_on_hand as on_hand
from assistant.misreads import ROUTES_IF_CLOSED
from assistant.wrong_topic import THREAT_STOP

PASSED = [["utter_service_dates", "utter_service_period_ended"]]
IIPS_SAID = ["The Intimate Images Protection Service can help: 1-833-688-4381."]


def kind(text, earlier=(), replies=None, previous_texts=()):
    earlier = list(earlier)
    replies = replies if replies is not None else [[] for _ in earlier]
    return on_hand.on_hand_kind(text, earlier, replies, list(previous_texts))


@pytest.mark.parametrize(
    "text",
    [
        "Fine. So what else is actually running right now if that's closed?",
        "which other services are open right now",
        "whats still open",
        "ok so who else can help me then",
        "where do i go now",
    ],
)
def test_what_is_open_after_the_dates_passed(text):
    assert kind(text, ["is the pilot over?"], PASSED) == ROUTES_IF_CLOSED


@pytest.mark.parametrize("text", ["who else will know about this", "what else should i know"])
def test_not_routes_or_not_after_the_dates(text):
    assert kind(text, ["is the pilot over?"], PASSED) != ROUTES_IF_CLOSED


def test_what_else_without_the_dates_said_is_not_read():
    assert (
        kind("what else is open right now", ["my ex posted my pics"], [["utter_shared_sorry"]])
        is None
    )


def test_asked_again_is_said_in_short():
    replies = [*PASSED, ["utter_routes_if_service_closed", "utter_routes_if_service_closed_more"]]
    assert (
        kind("any other services open rn?", ["a", "b"], replies) == on_hand.ROUTES_IF_CLOSED_AGAIN
    )


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("A coworker took a photo up my skirt at work. Is that a crime? HR or police?", []),
        ("is what he did a crime? he hasnt shared it", ["a guy took a pic up my skirt on the bus"]),
        ("my roommate secretly filmed me in the shower. can he be charged", []),
        ("is that illegal", ["there was a hidden camera in the airbnb bathroom"]),
        (
            "is he even allowed to do that?",
            ["he recorded me while i was changing without me knowing"],
        ),
    ],
)
def test_a_secret_image_and_a_crime_asked(text, earlier):
    assert kind(text, earlier) == on_hand.SECRET_CRIME


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("is that a crime", ["he took a pic up my skirt and posted it on reddit"]),
        ("is it illegal for him to ask for pics", []),
        ("is that a crime", ["my sister's coworker took a photo up her skirt"]),
    ],
)
def test_not_a_secret_image_only_taken(text, earlier):
    assert kind(text, earlier) != on_hand.SECRET_CRIME


def test_work_named_adds_what_the_sources_dont_say_about_hr():
    sequence = on_hand.sequence_for(on_hand.SECRET_CRIME, ["my boss took a photo up my skirt"])
    assert sequence and "utter_secret_taken_work" in sequence
    assert on_hand.sequence_for(on_hand.SECRET_CRIME, ["a guy on the bus"]) is None


def test_asked_again_after_its_answer():
    assert (
        kind(
            "but is it a crime or not",
            ["he took a pic up my skirt"],
            [["utter_secret_taken_crime"]],
        )
        == on_hand.SECRET_CRIME_AGAIN
    )


@pytest.mark.parametrize(
    "text",
    [
        "its not posted yet tho. can anyone actually make him NOT post it",
        "can someone stop him before he puts it online?",
        "is there a way to keep him from posting it",
        "can the tribunal stop him? its not online yet",
    ],
)
def test_stop_a_threatened_posting(text):
    assert kind(text, ["my ex is threatening to post our video"]) == THREAT_STOP


def test_a_demand_keeps_blackmail_steps():
    assert (
        kind("can anyone make him not post it", ["he wants $500 or he will post my nudes"]) is None
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "I'm a guy, does this service help men? someone screen recorded our call and posted it",
            on_hand.ANY_GENDER_SHARED,
        ),
        (
            "im nonbinary. does this apply to me too? my ex says he will post my nudes",
            on_hand.ANY_GENDER_THREATENED,
        ),
    ],
)
def test_gender_asked_with_the_story(text, expected):
    assert kind(text) == expected


def test_gender_asked_alone_is_its_own_readers():
    assert kind("does this help men too?") is None


@pytest.mark.parametrize(
    "text",
    [
        "Does it matter that it happened in Alberta though?",
        "the pictures were shared in alberta, not bc. does that matter",
        "I live in Surrey now but this all happened when I lived in Ontario. does that matter?",
        "does it matter where it happened?",
    ],
)
def test_where_it_happened(text):
    assert kind(text, ["i'm moving to vancouver, my ex shared my pics"]) == on_hand.WHERE_HAPPENED


def test_where_the_person_lives_is_not_where_it_happened():
    assert kind("does it matter that i live in alberta?", ["x"]) != on_hand.WHERE_HAPPENED


@pytest.mark.parametrize(
    "text",
    [
        "so i just call that gov number and theyll ask him?",
        "so the government people will contact him for me?",
        "do they message him or do i have to?",
    ],
)
def test_iips_confirmed(text):
    assert kind(text, ["he still has my pics"], previous_texts=IIPS_SAID) == on_hand.IIPS_CONTACTS


def test_iips_not_named_before_is_not_read():
    assert kind("so they'll contact him?", ["he still has my pics"]) is None


def test_who_learns_is_another_question():
    assert kind("will he know it was me who called them?", ["x"], previous_texts=IIPS_SAID) is None


@pytest.mark.parametrize(
    "text", ["can i sue the host?", "can i get legal advice for this", "should i report it"]
)
def test_suing_advice_or_reporting_are_not_a_crime_asked(text):
    assert kind(text, ["i found a hidden camera in the airbnb bathroom"]) is None


def test_the_caveat_alone_keeps_what_else_can_i_do():
    caveat = [["utter_eligible", "utter_service_period_caveat"]]
    assert kind("what else can i do?", ["i live in surrey, my ex shared my pics"], caveat) is None
    assert kind("whats still open then?", ["x"], caveat) == ROUTES_IF_CLOSED


@pytest.mark.parametrize(
    "text", ["so can it make him get rid of them or not?", "will the police contact him?"]
)
def test_the_tribunal_or_police_are_not_the_iips(text):
    assert kind(text, ["he still has my pics"], previous_texts=IIPS_SAID) is None


def test_applying_from_outside_bc_is_not_where_it_happened():
    assert kind("my ex shared them in ontario, can i apply?") is None


@pytest.mark.parametrize("text", ["and what if he says no", "what if he refuses to delete them?"])
def test_what_if_he_says_no_after_the_held_answer(text):
    previous = [["utter_iips_contacts_person"]]
    assert kind(text, ["he still has my pics"], previous) == on_hand.HELD_REFUSED


def test_what_if_he_says_no_elsewhere_is_not_read():
    assert kind("what if he says no", ["x"], [["utter_shared_next"]]) is None


def test_where_it_happened_in_bc_asked_from_outside():
    text = "im in toronto now but it happened in vancouver when i lived there. does that matter"
    assert kind(text) == on_hand.WHERE_HAPPENED


def test_gender_and_the_story_in_short_words():
    text = "hey is this only for girls?? my ex leaked my nudes on snap. im a guy"
    assert kind(text) == on_hand.ANY_GENDER_SHARED


def test_a_home_said_after_the_sharing_is_not_where_it_happened():
    assert kind("my ex shared my pics. i live in alberta, does that matter?") is None
