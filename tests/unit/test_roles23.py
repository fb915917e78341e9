"""Round 22 kinds 4 and 5 (roles23): readers of assistant/roles23.py, the online stranger in
assistant/unanswered.py, the calm everyday sentences and the parent figures of speech."""

from __future__ import annotations

import pytest

from assistant import roles23
from assistant.calm_everyday import everyday_calm
from assistant.safety import read_safety
from assistant.unanswered import STOP_ASKING_YOUTH, STOP_ASKING_YOUTH_ONLINE, unanswered_kind

FRIEND_STORY = "my bff's nudes got passed around in the gc at school. shes 15"


def test_friend_under_18_gets_the_friends_answers():
    answer = roles23.follow_up(FRIEND_STORY + ". what do i tell her", [], [], [])
    assert answer == roles23.FRIEND


def test_friend_asked_again_gets_what_to_say():
    answer = roles23.follow_up("what should i say to her tho", roles23.FRIEND, [FRIEND_STORY], [])
    assert answer == [roles23.FRIEND_AGAIN]


@pytest.mark.parametrize(
    "story",
    [
        "my friend's nudes were shared around, she's 24. what do i tell her",
        "i'm her teacher. a student's nudes are going around school. what do i tell her",
        "my nudes got sent around at school, im 16. what do i tell my mom",
    ],
)
def test_adults_teachers_and_own_images_are_not_the_friend(story):
    assert roles23.follow_up(story, [], [], []) is None


def test_tell_a_teacher():
    assert roles23.follow_up("should we tell a teacher", [], [FRIEND_STORY], []) == [
        roles23.TELL_ADULT
    ]


def test_forwarding_illegal_and_sent_to_me():
    text = "kids keep forwarding it, is that illegal? someone sent it to me too"
    assert roles23.follow_up(text, [], [FRIEND_STORY], []) == [
        roles23.FORWARDING,
        *roles23.RECEIVED,
    ]


def test_the_pic_on_my_phone_after_the_receivers_answer():
    earlier = [FRIEND_STORY, "someone sent it to me too"]
    text = "what do i do with the pic on my phone, am i in trouble for having it"
    assert roles23.follow_up(text, [], earlier, []) == roles23.RECEIVED
    assert roles23.follow_up(text, [], earlier, roles23.RECEIVED) == [roles23.RECEIVED_AGAIN]


def test_peer_threat_then_again():
    earlier = ["my ex (16) says hes gonna post my nudes. im 15"]
    first = roles23.follow_up("how do i get him to stop", [], earlier, [])
    assert first == [roles23.PEER_THREAT, roles23.PEER_THREAT_MORE]
    again = roles23.follow_up("can i legally make him stop", first, earlier, first)
    assert again == [roles23.PEER_THREAT_AGAIN]


def test_an_adult_threatening_is_not_the_peer_answer():
    earlier = ["he says hes gonna post my nudes. im 15. hes 25"]
    assert roles23.follow_up("how do i get him to stop", [], earlier, []) is None


def test_online_stranger_and_coach():
    online = ["a guy from fortnite keeps asking me for pics"]
    text = "how do i make him stop asking"
    assert unanswered_kind(text, online, minor=True) == STOP_ASKING_YOUTH_ONLINE
    coach = ["my coach keeps asking me for pics"]
    assert unanswered_kind(text, coach, minor=True) == STOP_ASKING_YOUTH


@pytest.mark.parametrize(
    "text",
    [
        "i cant tell my mom she would freak out",
        "my dad would lose it if he saw them",
        "should i call today or wait till monday",
        "is it ok to wait until next week or should i report it now",
        "my 14 yo took pictures of herself and they are going around",
    ],
)
def test_everyday_calm(text):
    assert everyday_calm(text)


@pytest.mark.parametrize(
    "text",
    [
        "wait until friday or do it today, i cant go on",
        "i want to die my mom would freak out",
        "she took pictures of herself cutting",
        "should i wait or do it now",
    ],
)
def test_not_calm_with_risk(text):
    assert not everyday_calm(text)


@pytest.mark.parametrize(
    "text",
    [
        "i cant tell my parents they'll kill me",
        "if my parents find out theyll kill me",
        "if my dad ever finds out about the pics he'll kill me",
    ],
)
def test_parent_figures_are_possible_not_clear(text):
    reading = read_safety(text)
    assert reading is not None and not reading.clear


@pytest.mark.parametrize(
    "text",
    [
        "my ex hell kill me",
        "he'll kill me if i tell my parents",
        "i want to die",
        "if my parents find out theyll kill me and i want to die",
        "my parents theyll kill me, he is outside my house with a knife",
    ],
)
def test_real_danger_stays_clear(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear


# Session 22, after merging: wordings the conversation file used that the patterns missed.
def test_wordings_with_an_adverb_or_statement_order():
    friend = [
        "some guys forwarded my friends nudes in a gc at school. shes only 14. how can i help her"
    ]
    assert roles23.follow_up("do u think i should tell the school counsellor", [], friend, []) == [
        roles23.TELL_ADULT
    ]
    told = ["my best friends pics are going around our grade on snap, she is 15. what should i say"]
    assert roles23.follow_up(
        "no like what do i actually tell her, shes so upset", list(roles23.FRIEND), told, []
    ) == [roles23.FRIEND_AGAIN]
    esl = ["my friend she is 16, her private photos are sent around in group chat of our school"]
    assert (
        roles23.follow_up(
            "also somebody sent it to me. what i do with the photo, i will be in trouble because of"
            " having it?",
            [],
            esl,
            [],
        )
        == roles23.RECEIVED
    )
    threat = ["my ex (16) is saying he'll post my nudes if i dont get back with him. im 15"]
    assert roles23.follow_up("how do i make him stop without my mom knowing", [], threat, []) == [
        roles23.PEER_THREAT,
        roles23.PEER_THREAT_MORE,
    ]
