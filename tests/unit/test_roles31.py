"""Rounds 29-30 (roles31): who is writing decides the wording. The first wording of each list
paraphrases the round 29 / 30 transcript; the others are mine."""

from __future__ import annotations

import pytest

from assistant import (
    crisis_followups,
    helper_check_in,
    question_parts,
    roles23,
    roles31,
)
from assistant.plain_text import plain_lower

FRIEND_STORY = (
    "my best friend's nudes are going around our school and shes not answering her phone. im"
    " really worried about her. what do i do. we're both 16"
)


# --- Kind 2: a teen helping a friend in danger -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        FRIEND_STORY,
        "my friends nudes got leaked and she wont answer her phone, im 15 what do i do",
        "my bff's pics are going around school and she isnt replying to anyone. im 14",
        "im 17 and my best friends photos got posted everywhere, im worried about her",
    ],
)
def test_a_young_friend_worried_gets_the_friends_danger_lines(text: str) -> None:
    assert roles31.follow_up(text, [], [], None) == roles31.FRIEND_WORRIED


@pytest.mark.parametrize(
    "text",
    [
        "my nudes are going around school and nobody is answering me. im 16",  # her own images
        "my best friend's nudes are going around school, she's not answering. im 34",  # an adult
        "my best friends pics got posted, what do i do",  # no fear for the friend, no age
    ],
)
def test_not_a_young_friend_worried(text: str) -> None:
    assert roles31.follow_up(text, [], [], None) != roles31.FRIEND_WORRIED


@pytest.mark.parametrize(
    "text",
    [
        "should i call 911 or her mom first?? i have her moms number",
        "not me!! HER. im worried about my friend hurting herself. 911 or her mom",
        "police or her parents first",
        "who do i call first",
        "call 911 or her dad??",
    ],
)
def test_call_first_for_a_friend_in_danger(text: str) -> None:
    earlier = [
        FRIEND_STORY,
        "she posted something sad on her story, im scared she might do something",
    ]
    assert roles31.follow_up(text, [], earlier, None) == [roles31.FRIEND_CALL_FIRST]
    again = roles31.follow_up(text, [roles31.FRIEND_CALL_FIRST], earlier, None)
    assert again == [roles31.FRIEND_CALL_FIRST_AGAIN]


def test_call_first_needs_a_friend_feared_for() -> None:
    assert (
        roles31.follow_up("should i call 911 or her mom", [], ["my ex posted my pics"], None)
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "its not MY pics its my friends. and shes not picking up. im scared she might do something",
        "i am scared for her",
        "im so scared for my friend",
    ],
)
def test_fear_for_a_friend_gets_the_helpers_check_in(text: str) -> None:
    assert (
        helper_check_in.check_in_for(text, ["helper_for_minor"]) == helper_check_in.HELPER_CHECK_IN
    )


@pytest.mark.parametrize(
    "text", ["im scared", "im scared he will post them", "i'm scared he'll hurt me"]
)
def test_own_fear_keeps_the_writers_check_in(text: str) -> None:
    assert helper_check_in.check_in_for(text, ["helper_for_minor"]) == helper_check_in.CHECK_IN


# --- Kind 1: a helper spoken to as the victim --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "My daughter is 24 and someone she met online is threatening to send naked pictures of her"
        " to her employer unless she pays. I am writing for her. What should she do?",
        "my grown daughter is being blackmailed, the guy wants money or he'll send her pics out",
        "my wife is 35 and some guy online threatens to post her photos unless she pays him",
        "my son, 19, is being sextorted by someone on instagram. what should he do",
    ],
)
def test_a_grown_childs_blackmail_gets_the_steps_for_her(text: str) -> None:
    assert roles31.follow_up(text, [], [], None) == roles31.ADULT_HELPED_SEXTORTION


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is 15 and someone wants money or he will post her pics",  # a child
        "im 24 and someone is threatening to send my nudes unless i pay",  # her own case
        # The father is the one blackmailed (session25_stock28, round 28 p11): never the
        # daughter's steps.
        "No, it is me who is being blackmailed. My daughter is 40. I am asking if it is wise to"
        " tell her about the blackmail before the criminals contact her.",
        "a scammer has a video of me and says he will send it to my son unless i pay, im 55",
        "my son is 30. someone is blackmailing me and wants money or they send my video to him",
    ],
)
def test_not_a_grown_childs_blackmail(text: str) -> None:
    assert roles31.follow_up(text, [], [], None) != roles31.ADULT_HELPED_SEXTORTION


COUNSELLOR = (
    "Hi, I'm a school counsellor. A grade 11 student (16) disclosed that her volleyball coach"
    " has been asking her to send him photos. She says she hasn't sent any."
)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ([COUNSELLOR], "Right, but is she eligible for that legal advice service? She's 16."),
        (
            [
                "im a teacher. a student (15) told me a man keeps asking her for nudes,"
                " she hasnt sent any"
            ],
            "can she get the free legal advice even though nothing was sent?",
        ),
        (
            ["my son is 14 and a guy online keeps asking him for pics. he didnt send anything"],
            "does he qualify for the free lawyer",
        ),
    ],
)
def test_a_helped_young_persons_eligibility_when_nothing_was_sent(
    earlier: list[str], text: str
) -> None:
    assert roles31.follow_up(text, [], earlier, None) == [roles31.HELPED_YOUNG_SERVICE]
    again = roles31.follow_up(text, [roles31.HELPED_YOUNG_SERVICE], earlier, None)
    assert again == [roles31.HELPED_YOUNG_SERVICE_AGAIN]


def test_the_parents_half_is_answered_too() -> None:
    text = "She's begged me not to tell her parents. And can she get free legal advice herself?"
    assert roles31.follow_up(text, [], [COUNSELLOR], None) == [
        roles31.HELPER_TELL_PARENTS,
        roles31.HELPED_YOUNG_SERVICE,
    ]


def test_a_young_writer_asking_for_herself_is_not_a_helper() -> None:
    earlier = ["im 15 and my coach keeps asking me for pics, i havent sent any"]
    assert roles31.follow_up("am i eligible for the free lawyer?", [], earlier, None) is None


MOTHER = (
    "My daughter is 13 and she told me a boy in her class has been sending around a nude photo"
    " of her in a group chat. Do I call the police or the school?"
)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ([MOTHER], "How do I get it off all those kids' phones? And stop it being posted online?"),
        (["my son is 14 and a classmate posted a nude of him"], "how do we get it taken down"),
        (["my student (15) had her pics leaked"], "how can it be removed"),
    ],
)
def test_a_parents_removal_question(earlier: list[str], text: str) -> None:
    assert roles31.follow_up(text, [], earlier, None) == [roles31.HELPED_YOUNG_REMOVAL]


def test_a_young_writers_own_removal_is_not_a_parents() -> None:
    earlier = ["im 14 and a boy posted my nudes in a group chat"]
    assert roles31.follow_up("how do i get them taken down", [], earlier, None) is None


@pytest.mark.parametrize(
    ("clause", "whole", "skipped"),
    [
        (
            "What happens now?",
            "My son sent a nude of a girl. What happens now? Is he going to be charged?",
            True,
        ),
        ("what happens now", "our kid shared it. what happens now, will he get arrested", True),
        ("what happens now?", "ok i emailed the service, what happens now?", False),
        (
            "What happens now?",
            "I called the intake line. What happens now? Will he be charged?",
            False,
        ),
    ],
)
def test_what_happens_now_beside_charges_is_not_the_intake(
    clause: str, whole: str, skipped: bool
) -> None:
    assert question_parts._situation_what_now(clause, whole) is skipped


# --- Kind 3: facts nobody gave, ages ignored ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "hes messaging me right now saying 1 hour or he posts to my insta followers. i feel sick",
        "he says 30 minutes or he sends it to my family",
        "she gave me one hour or else",
    ],
)
def test_a_deadline_said_as_time_or_he_posts(text: str) -> None:
    earlier = ["I paid a guy 500 bucks, now he wants 1000 more. im 22"]
    assert crisis_followups.deadline_kind(text, earlier, False) == crisis_followups.DEADLINE_NOW


@pytest.mark.parametrize(
    ("context", "first"),
    [
        (
            "i'm 16 and i sent a pic to my girlfriend. she says she's going to send it to everyone."
            " she's 16 too. how do i stop her",
            roles23.PEER_THREAT_SHE,
        ),
        (
            "im 15, my ex gf (15) says shes posting my pic."
            " how do i stop her without my mom knowing",
            roles23.PEER_THREAT_SHE_PARENTS,
        ),
        (
            "im 15 and my ex (16) says he'll post my nudes. how do i make him stop",
            roles23.PEER_THREAT,  # "he": the older answer as it was (test_roles23)
        ),
        (
            "im 15 and my ex (16) says he'll post my nudes."
            " how do i stop him without my mom knowing",
            roles23.PEER_THREAT,
        ),
        ("it's a she not a he. im 16 and she's 16, she'll post it", roles23.PEER_THREAT_SHE),
    ],
)
def test_the_peer_threat_wording_fits_who_threatens(context: str, first: str) -> None:
    assert roles23.peer_threat_wording(plain_lower(context))[0] == first


def test_will_she_get_arrested_if_i_report() -> None:
    earlier = [
        "I'm 16 and I sent a pic to my girlfriend. now she says she's going to send it to everyone",
        "she's 16 too. how do I stop her",
    ]
    text = "if I report to cybertip will she get arrested? I just want her to delete it"
    assert roles31.follow_up(text, [], earlier, None) == [roles31.REPORT_PEER_CHARGED]
    adult = ["im 30 and my ex says shes going to post my pics. shes 17"]
    assert roles31.follow_up(text, [], adult, None) is None


# --- Kind 4: the helper's own questions ---------------------------------------------------------
SISTER = (
    "my little sister is 15 and her boyfriend is 19 and hes been pushing her to send nudes. she"
    " told me but made me promise not to tell our parents. is that even legal for him"
)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (
            [SISTER],
            "ok but i promised her i wouldnt tell mom and dad. do i have to? shes gonna hate me",
        ),
        (
            [SISTER],
            "no i mean do i HAVE to tell our parents or can i help her without them knowing",
        ),
        (
            ["my brother is 13, a man asked him for nudes. he begged me not to tell mom"],
            "must i tell my mom",
        ),
    ],
)
def test_do_i_have_to_tell_the_parents(earlier: list[str], text: str) -> None:
    assert roles31.follow_up(text, [], earlier, None) == [roles31.PROMISE_HAVE_TO]
    again = roles31.follow_up(text, [roles31.PROMISE_HAVE_TO], earlier, None)
    assert again == [roles31.PROMISE_HAVE_TO_AGAIN]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        # "her parents" are the child's: the older answers (round 14 p33, round 19 p09), never
        # "your parents"
        (
            [
                "hi im a teacher. a student told me something scary happened online last night,"
                " someone is threatening to share a pic of her. she's 15. what do i tell her"
            ],
            "Do I have to tell her parents? She begged me not to.",
        ),
        (
            [
                "my cousin is 14 and some guy is asking her for pics."
                " she made me promise not to tell her parents"
            ],
            "do i have to tell them?",
        ),
        (
            ["I'm a school counsellor. My student (15) made me promise not to tell our principal"],
            "do i have to tell my principal or her mom and dad",
        ),
    ],
)
def test_the_childs_own_parents_keep_the_older_answers(earlier: list[str], text: str) -> None:
    assert roles31.follow_up(text, [], earlier, None) is None


def test_a_young_writer_keeps_roles28s_answer() -> None:
    earlier = [
        "im 14. my sister is 12 and a guy is asking her for nudes."
        " she made me promise not to tell our parents"
    ]
    assert roles31.follow_up("do i have to tell them?", [], earlier, None) == [
        roles31.PROMISE_TELL_YOUNG
    ]


@pytest.mark.parametrize(
    "whole",
    [
        "I'm a school counsellor. A grade 10 student is being threatened. What should I advise"
        " her, and do I have to report this?",
        "i am a teacher and a student told me her pics were shared. do i need to report it?",
    ],
)
def test_a_staff_members_have_to_report_is_the_duty_part(whole: str) -> None:
    clause = whole.split(". ")[-1]
    part = question_parts._part_of(clause, whole)
    assert part is not None and part.name == "duty_to_report"


def test_a_victims_have_to_report_is_not_the_duty_part() -> None:
    whole = "my ex posted my pics. do i have to report it to police?"
    part = question_parts._part_of("do i have to report it to police?", whole)
    assert part is None or part.name != "duty_to_report"


def test_the_duty_asked_again_gets_its_short_form() -> None:
    earlier = ["Hi, I'm a school counsellor. A grade 10 student is being threatened."]
    text = "am I required to report this as a school counsellor? Is there a duty to report?"
    assert roles31.follow_up(text, [roles31.DUTY], earlier, None) == [roles31.DUTY_AGAIN]
    assert roles31.follow_up(text, ["utter_helper_minor"], earlier, None) is None


def test_a_grown_child_who_wants_to_pay() -> None:
    earlier = [
        "My daughter is 24 and someone online is threatening to send naked pictures of her to"
        " her employer unless she pays. What should she do?"
    ]
    text = "She keeps saying she should just pay him so it goes away. What do I tell her?"
    assert roles31.follow_up(text, [], earlier, None) == roles31.PAY_AGAIN
