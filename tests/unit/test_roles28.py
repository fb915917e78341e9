"""Rounds 27-28 (roles28): who is writing. Wordings are mine, except the first of each list
(the round 27 / 28 transcripts)."""

from __future__ import annotations

import pytest

from assistant import (
    asks25,
    helper_followups,
    helper_reading,
    misreads,
    roles28,
    statements,
    wrong_topic,
)
from assistant.plain_text import plain_lower

FRIEND_16 = (
    "my friend is being blackmailed by some guy online, hes saying hell post her nudes. shes 16."
    " she made me promise not to tell anyone. what do i do"
)
CAMERA = "I FOUND A CAMERA IN THE BATHROOM OF MY AIRBNB IN TOFINO. what do i do"


@pytest.mark.parametrize(
    "text",
    [
        "My ex (also a student, he's 22) took a video of us during sex without me knowing and"
        " then showed it to his roommates",
        "he secretly recorded us and sent it to my friends",
        "my boyfriend filmed me and showed his friends",
        "my ex showed pics of me and him to his roommates",
    ],
)
def test_first_person_is_not_a_helper(text: str) -> None:
    assert helper_reading.helped_person(text) is None


def test_a_friend_with_her_own_images_is_still_helped() -> None:
    assert helper_reading.helped_person("my friend is 17, her ex posted her nudes")
    assert helper_followups.helper_minor_blackmail(FRIEND_16)
    assert not helper_followups.helper_minor_blackmail(
        "my boyfriend (17) says he will post the pics unless i send more"
    )


@pytest.mark.parametrize(
    "text",
    [
        "i am afraid they will send it to my daughter anyway. should i warn her first?",
        "but my question is whether i should tell my daughter myself before they do.",
        "he said he will send it to my wife. should i tell her first?",
    ],
)
def test_warning_a_grown_child(text: str) -> None:
    assert asks25.warn_asked(text)


def test_plain_tell_is_not_a_warning() -> None:
    assert not asks25.warn_asked("should i tell my mom")


@pytest.mark.parametrize(
    "earlier, text",
    [
        ([FRIEND_16], "its not me its my friend. should i break my promise and tell an adult?"),
        ([FRIEND_16], "but im 16 too. do i tell my mom or her parents even though i promised?"),
        ([FRIEND_16], "nothing was done to me. its about keeping a promise. is it ok to tell?"),
        (
            ["hi im asking for my friend. shes 14 and a guy put her pics in a group chat"],
            "im 16 tho. should i tell a teacher even if she said not to?",
        ),
        (
            ["my best friend's nudes got leaked by her ex, she is 15 like me"],
            "she made me swear not to tell. is it wrong to tell my mom?",
        ),
    ],
)
def test_promise_tell(earlier: list[str], text: str) -> None:
    assert roles28.follow_up(text, [], earlier, None) == [roles28.PROMISE_TELL]


def test_promise_tell_again_and_never_in_a_row() -> None:
    text = "should i break my promise and tell an adult?"
    assert roles28.follow_up(text, [roles28.PROMISE_TELL], [FRIEND_16], None) == [
        roles28.PROMISE_TELL_AGAIN
    ]
    assert roles28.follow_up(text, [roles28.PROMISE_TELL_AGAIN], [FRIEND_16], None) == [
        roles28.PROMISE_TELL
    ]


@pytest.mark.parametrize(
    "earlier, text",
    [
        ([], FRIEND_16),  # the promise told, not asked about
        (["my ex posted my nudes, im 15"], "should i tell my mom?"),  # no promise, own images
        (["my coworker's ex shared her pics"], "she made me promise. should i tell hr?"),  # adults
    ],
)
def test_promise_tell_gate(earlier: list[str], text: str) -> None:
    assert roles28.follow_up(text, [], earlier, None) is None


@pytest.mark.parametrize(
    "earlier, text",
    [
        (
            [CAMERA],
            "i dont live in bc im from calgary just here on vacation. can i still report here",
        ),
        (
            ["someone filmed me in a change room"],
            "im just visiting, can i report it to police here?",
        ),
    ],
)
def test_visitor_report(earlier: list[str], text: str) -> None:
    assert roles28.follow_up(text, [], earlier, None) == [roles28.VISITOR_REPORT]
    assert not statements.already_moved(plain_lower(text), earlier, [])


def test_a_move_is_not_a_visit() -> None:
    assert roles28.follow_up("should i report to police", [], ["i moved to calgary"], None) is None
    assert statements.already_moved("i already moved to calgary", [], [])


def test_young_sent_then_shown_without_the_adult_paragraph() -> None:
    kind = misreads.misread_kind(
        "i sent a pic to a boy hes 14 and he showed his friends im 13",
        ["am i in trouble"],
        False,
        [],
        "nlu_fallback",
        gate=True,
    )
    assert kind == misreads.SENT_THEN_SHOWN_YOUNG
    assert "utter_sent_then_shown_next" not in misreads.ANSWERS[kind]


@pytest.mark.parametrize(
    "text, adult",
    [
        ("what if i just pay like 100 so they stop", False),
        ("should i pay him about 300", False),
        ("should i pay him? im 45", True),
    ],
)
def test_a_sum_is_not_an_age(text: str, adult: bool) -> None:
    assert statements.adult_age_said(text) is adult


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "would the free lawyer even take me, since nothing's been shared or threatened?",
            wrong_topic.NEITHER_FREE_LAWYER,
        ),
        (
            "he threatened to post them, nothing shared yet, is the lawyer free?",
            wrong_topic.THREAT_FREE_LAWYER,
        ),
        ("he has not stopped threatening me, is the lawyer free?", wrong_topic.THREAT_FREE_LAWYER),
    ],
)
def test_no_threat_is_not_a_threat(text: str, kind: str) -> None:
    assert wrong_topic.wrong_topic_kind(plain_lower(text), "nlu_fallback") == kind


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # plain27's wordings, read here since the merge (one reader for the kind), with the
        # writer's age (roles28 answers a young writer or a young friend's helper).
        (
            "nothing was done to me. its about keeping a promise to my friend. is it ok to tell?",
            ["my friend is being blackmailed. she made me promise not to tell anyone", "im 15"],
        ),
        (
            "should i break my promise and tell my mom",
            ["my friend is getting sextorted", "i am 14"],
        ),
        (
            "is it wrong to tell her parents? i swore i wouldnt",
            ["my best friend sent nudes to a guy and he is posting them", "im 15"],
        ),
    ],
)
def test_promise_tell_plain27_wordings(text, earlier):
    assert roles28.promise_tell_asked(text, earlier, None)
