"""Round 24 kind 1 (asks25): each plain follow-up question gets its own answer, in our own
wordings; the near misses are left to the older readers."""

from __future__ import annotations

import pytest

from assistant import asks25
from tests.domain_files import responses

ABROAD = [asks25.POLICE_ABROAD, asks25.POLICE_ABROAD_NEXT]
BLOCKED_ADULT = [asks25.BLOCKED, asks25.BLOCKED_ADULT]
NEVER_ADULT = [asks25.NEVER_SENT, asks25.NEVER_SENT_ADULT]
NEVER_YOUNG = [asks25.NEVER_SENT, asks25.NEVER_SENT_YOUNG]


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        # The blackmailer in another country.
        ("can the police even do anything if hes overseas?", [], ABROAD),
        (
            "his number is foreign, hes not in canada. is there any point reporting him?",
            [],
            ABROAD,
        ),
        ("The scammer is abroad I think. Can anything be done?", [], ABROAD),
        # Warning people first, and both in one message.
        ("should i warn my pastor before friday?", [], [asks25.WARN_BEFORE]),
        ("do i let my church know first in case he sends it?", [], [asks25.WARN_BEFORE]),
        (
            "I think he is overseas. Can anything be done then? And should I warn my pastor?",
            [],
            [asks25.POLICE_ABROAD, asks25.WARN_BEFORE],
        ),
        ("should i warn my parents first? im 15", [], [asks25.YOUTH_TELL]),
        # Shown on a phone.
        (
            "is it actually wrong legally? he just showed them on his phone",
            [],
            [asks25.SHOWN_LAW, asks25.SHOWING_COUNTS],
        ),
        (
            "he says its a joke, is it a big deal or am i overreacting",
            ["my boyfriend showed my nudes to his buddies"],
            [asks25.SHOWN_BIG_DEAL, asks25.SHOWING_COUNTS],
        ),
        (
            "my ex showed a video of me on his phone at a party. is that actually wrong?",
            [],
            [asks25.SHOWN_LAW, asks25.SHOWING_COUNTS],
        ),
        # The free lawyer when nothing was sent.
        ("i never sent him any. does the free lawyer thing apply to me? im 30", [], NEVER_ADULT),
        (
            "i havent sent anything. can i still get the free legal advice?",
            ["im 17, a guy from school keeps asking for nudes"],
            NEVER_YOUNG,
        ),
        # Blocking before screenshots.
        ("was blocking him a mistake? i didnt take screenshots", [], BLOCKED_ADULT),
        ("did i mess up?", ["i blocked him already"], BLOCKED_ADULT),
        (
            "i already blocked him. is it too late? did i ruin it",
            ["im 16 and some guy wants money"],
            [asks25.BLOCKED, asks25.BLOCKED_YOUNG],
        ),
        # An interpreter by the language's name.
        ("i can call and say spanish?", [], [asks25.INTERPRETER_CALL]),
        (
            "my mom only speaks punjabi, can she call and ask for punjabi?",
            [],
            [asks25.INTERPRETER_CALL],
        ),
        ("can we call and ask for mandarin", [], [asks25.INTERPRETER_CALL]),
        # A hidden camera taken away.
        (
            "I unplugged it and took it with me. Was that a mistake? Should I tell Airbnb first?",
            ["I found a hidden camera in the bathroom of my rental"],
            [asks25.CAMERA_TAKEN, *asks25.COMPANY_OR_POLICE],
        ),
        (
            "i took the camera down. did i do something wrong by taking it?",
            [],
            [asks25.CAMERA_TAKEN],
        ),
    ],
)
def test_each_kind_gets_its_answer(text, earlier, expected):
    assert asks25.follow_up(text, [], earlier) == expected


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("i live overseas, can i still use the service?", []),
        ("does 988 speak french?", []),
        ("is it too late to go to the tribunal? it was posted in 2022", []),
        ("was it wrong to send him the pic?", ["i blocked him"]),
        ("he showed them to his friends", []),  # no question
        ("my bf showed my nudes around, i'm 15. is that illegal?", []),  # the youth readers
        ("he is threatening to show them to my family, is that illegal?", []),
        ("i never sent anything but he made a deepfake of me, can the lawyer help?", []),
        ("/ask_interpreter", []),
        # Older conversations' wordings, which keep their older answers (session 23 run).
        ("he didn't post it, he just showed them. does that count as sharing?", []),
        ("is it legal for my wife to show my naked pics to her sister if we are married", []),
        ("would it be illegal to show my wife's nudes to my best friend if she says yes?", []),
        ("it doesn't show my face, does it still count", ["my ex showed my pics"]),
        ("YOU DIDNT ANSWER. IS IT A CRIME, CAN HE GO TO JAIL", ["he showed my pics around"]),
        ("does the protection service have someone who speaks spanish?", []),
        ("can the lawyer speak punjabi? and my husband will not know i call?", []),
        ("Thank you. I will call and ask for Punjabi interpreter.", []),
        ("should i tell his mom first", ["my nephew is 14 and a man asks him for pics"]),
        ("should I call the police or tell her mom first? her mom is my sister", []),
        ("ok and should i tell HR at work too or go to the cops first?", []),
        ("nothing is posted yet. he just keeps saying it. does that even count", []),
        ("he didnt send them to anyone tho, he just showed them on his phone. does that count", []),
        ("hes probably overseas. is there any point going to the police? im 15", []),
    ],
)
def test_left_to_the_older_readers(text, earlier):
    assert asks25.follow_up(text, [], earlier) is None


def test_asked_again_right_after_gets_the_short_form():
    assert asks25.follow_up("so did i mess up or not?", BLOCKED_ADULT, ["i blocked him"]) == [
        asks25.BLOCKED_AGAIN
    ]
    assert asks25.follow_up("so i call and say spanish?", [asks25.INTERPRETER_CALL], []) == [
        asks25.INTERPRETER_AGAIN
    ]
    assert asks25.follow_up("did i mess up?", [asks25.BLOCKED_AGAIN], ["i blocked him"]) == (
        BLOCKED_ADULT
    )


def test_saying_the_language_asked_again_gets_the_languages_answer():
    asked = "so she just says punjabi and they find someone?"
    assert asks25.follow_up(asked, [asks25.INTERPRETER_CALL], []) == [asks25.INTERPRETER_AGAIN]


def test_never_the_same_block_twice_in_a_row():
    asked = "is it still worth reporting to the police here? hes in another country"
    assert asks25.follow_up(asked, ABROAD, []) == [asks25.POLICE_ABROAD_AGAIN]
    assert asks25.follow_up(asked, [asks25.POLICE_ABROAD_AGAIN], []) == ABROAD


def test_a_first_message_with_a_money_threat():
    # Abroad: the support lines too; blocking told: the whole sextortion answer (older readers).
    assert asks25.follow_up(
        "some scammer wants money or hell send my pics. hes not in canada. any point reporting?",
        [],
        [],
    ) == [*ABROAD, asks25.SEXTORTION_NEXT_ADULT]
    assert (
        asks25.follow_up("he wants 500 or he posts my pics. i blocked him. did i do right?", [], [])
        is None
    )


def test_blocking_answers_take_no_other_part():
    assert not asks25.adds_parts(BLOCKED_ADULT)
    assert asks25.adds_parts(ABROAD)


def test_the_slot_says_under_18():
    assert asks25.follow_up("did i mess up by blocking him?", [], [], is_minor=True) == [
        asks25.BLOCKED,
        asks25.BLOCKED_YOUNG,
    ]


def test_every_answer_is_in_the_domain_and_none_is_a_form_question():
    names = responses()
    for name in asks25.ANSWERS:
        assert name in names
        assert not name.startswith("utter_ask_")
