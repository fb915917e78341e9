"""Round 21 kind 1, first half (followups22): readers in assistant/followups22.py, the adult's
age part in assistant/question_parts.py, the "me and her" sharing in situation_reading.py.
Wordings are mine, not the rater's (except where named)."""

from __future__ import annotations

import pytest

from assistant import followups22 as f
from assistant import question_parts
from assistant.situation_reading import situation_from_text

MOTHER_OF_14 = ["My daughter is 14 and a boy at her school has been passing around a photo of her."]
ADULT_SHARED = ["my ex posted my pics on reddit, im 29"]
TEEN_AT_WORK = ["my supervisor at work keeps asking me for nudes, im 16"]
ADULT_AT_WORK = ["my manager keeps asking me for pics, im 24"]
CAMERA = ["I found a hidden camera in the bathroom of the place I rented last week"]
MOVING = [
    "some pics of me got posted by a guy in edmonton where i live. im moving to victoria soon"
]


def ask(text, earlier, previous=(), is_minor=None):
    return f.follow_up(text, None, list(earlier), list(previous), is_minor)


# --- stop it without the police ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "is there a way to get this stopped without the police getting involved?",
        "can anyone other than the cops get him to delete it",
        "who besides police could contact his parents and ask them to make him delete it?",
        "Sorry, I mean is there someone other than police who can contact the boy and get him to"
        " delete it?",
        "i dont want police involved, can someone else make it stop?",
    ],
)
def test_stop_without_police_for_a_child(text):
    assert ask(text, MOTHER_OF_14) == f.STOP_WITHOUT_POLICE_CHILD


@pytest.mark.parametrize(
    "text",
    [
        "how can i get him to take them down without going to the police?",
        "i just want him to delete them. what can i do thats not police",
        "any other way to make it stop, not the cops?",
    ],
)
def test_stop_without_police_for_an_adult(text):
    assert ask(text, ADULT_SHARED) == f.STOP_WITHOUT_POLICE


def test_stop_without_police_for_a_young_writer():
    said = ["im 15 and my ex sent my pic to his friends"]
    assert ask("how do i make it stop without police", said) == f.STOP_WITHOUT_POLICE_CHILD


@pytest.mark.parametrize(
    "text",
    [
        "can i get the free lawyer without going to the police?",  # the service's own answer
        "do i have to go to the police to make it stop?",  # the police answer
        "he wants $500, how do i make it stop without police",  # blackmail keeps its steps
        "the police were useless",  # no stopping asked
        "should i call the police?",
    ],
)
def test_stop_without_police_near_misses(text):
    assert ask(text, ADULT_SHARED) is None


def test_stop_without_police_not_twice_in_a_row():
    previous = ["utter_stop_without_police", "utter_stop_without_police_more"]
    again = ask("any way to stop it without the police?", ADULT_SHARED, previous)
    assert again == ["utter_stop_without_police_again"]


# --- an adult's age --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I'm 58, does my age matter?",
        "am i too old for this? i am 71",
        "does my age make a difference for the free lawyer? im 64",
        "im 45 does that matter",
    ],
)
def test_age_matters_adult(text):
    assert ask(text, ADULT_SHARED) == f.AGE_MATTERS_ADULT


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("does my age matter", ["im 15 and my bf shared my pic"]),  # a young writer
        ("is he too old for me? im 19", ADULT_SHARED),  # the age rules' question
        ("does that matter", ADULT_SHARED),  # no age said
        # two questions: the parts reader answers both (question_parts "age_adult")
        ("I am 67, does that matter? And will the police need to see the video?", ADULT_SHARED),
    ],
)
def test_age_matters_near_misses(text, earlier):
    assert ask(text, earlier) is None


@pytest.mark.parametrize(
    "clause",
    ["I am 67, does that matter?", "does my age matter at all", "im 80 is that a problem"],
)
def test_age_adult_part(clause):
    assert question_parts.part_answer(clause, clause) == ["utter_age_matters_adult"]


@pytest.mark.parametrize("clause", ["is he too old for me", "how old do i have to be", "at 15?"])
def test_age_adult_part_near_misses(clause):
    assert question_parts.part_answer(clause, clause) != ["utter_age_matters_adult"]


# --- should I quit -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "should i just quit",
        "ya but should i quit my job or not",
        "would it be better to leave my job?",
        "do i need to find a new job now",
        "should i hand in my notice",
    ],
)
def test_quit_young(text):
    assert ask(text, TEEN_AT_WORK) == f.QUIT_JOB_YOUNG


def test_quit_adult():
    assert ask("should i just quit? i cant deal with him", ADULT_AT_WORK) == f.QUIT_JOB_ADULT


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("should i quit talking to him", TEEN_AT_WORK),
        ("should i quit snapchat", TEEN_AT_WORK),
        ("should i just quit", ADULT_SHARED),  # no job in view
        ("i quit my job last year", ADULT_AT_WORK),  # told, not asked
        ("can I quit and still report him? who do I report a manager to", TEEN_AT_WORK),
    ],
)
def test_quit_near_misses(text, earlier):
    assert ask(text, earlier) is None


# --- a recording not known to be shared ------------------------------------------------------
@pytest.mark.parametrize(
    "text, earlier",
    [
        ("I have no idea if he shared any of it. Can I still get the free lawyer?", CAMERA),
        ("nothing I know of was shared, he just recorded. does that count for the lawyer?", CAMERA),
        ("he only filmed me, as far as i know. do i qualify for the free legal advice?", CAMERA),
    ],
)
def test_recorded_only_lawyer(text, earlier):
    assert ask(text, earlier) == f.RECORDED_LAWYER


@pytest.mark.parametrize(
    "text",
    [
        "No idea if the host shared the footage. Can I get the free lawyer? And can I sue him?",
        "not that i know of, he just recorded. does that count for the lawyer and can i get money"
        " from him",
    ],
)
def test_recorded_only_lawyer_and_sue(text):
    assert ask(text, CAMERA) == f.RECORDED_LAWYER_AND_SUE


def test_recorded_only_money_alone():
    text = "no idea if he shared it. can i sue him?"
    assert ask(text, CAMERA) == f.RECORDED_SUE


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("he posted the video online. can i get the free lawyer?", CAMERA),  # shared: its answers
        ("can i get the free lawyer?", ["my ex posted my nudes"]),  # no recording
        ("i dont know if he shared it", CAMERA),  # no question
        # a partner's recording kept: the held-images readers (legal_asks)
        (
            "is there a law that makes him wipe the recordings? and could the free lawyer see me?",
            [
                "my partner recorded us in bed without telling me. as far as i know he hasnt"
                " posted it"
            ],
        ),
        # a young writer: the youth lines
        (
            "im just a kid i cant call a lawyer. is there like someone for kids",
            ["a guy took a pic of me in the change room, im 13", "i dont know if he showed anyone"],
        ),
    ],
)
def test_recorded_only_near_misses(text, earlier):
    assert ask(text, earlier) is None


# --- suing after the sharing was told --------------------------------------------------------
@pytest.mark.parametrize(
    "text, earlier",
    [
        ("my ex's new guy sent a video of me and her to my cousin. i want to sue him", []),
        ("CAN I SUE HIM OR NOT", ["he sent my pics to my whole family"]),
        ("she posted my nudes on twitter. im gonna sue her", []),
    ],
)
def test_sue_shared(text, earlier):
    assert ask(text, earlier) == f.SUE_SHARED


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("can i sue him", []),  # nothing told: the tribunal's own answer
        ("how much can i sue him for", ["he posted my pics"]),  # the amount: its own answer
        ("can i sue him", ["i dont know if he shared it"]),
        # another question beside it: the parts readers answer both
        (
            "my ex uploaded my nudes to a porn site, how do i get them taken down and can i"
            " sue her",
            [],
        ),
        ("my ex shared my pictures and i want to sue him but i cant afford a lawyer", []),
        ("does it matter that they were printed? can I sue him", ["he printed my pics"]),
        ("what are my options? can I sue him in Canada from the US?", ["he posted my pics"]),
    ],
)
def test_sue_near_misses(text, earlier):
    assert ask(text, earlier) is None


def test_sue_read_as_the_tribunal_keeps_the_rules():
    assert f.follow_up("can i sue the guy who posted my pics", "ask_crt", [], [], None) is None
    said = ["he sent my pics to my family"]
    assert f.follow_up("can i sue him?", "ask_crt", said, [], None) is None
    assert f.follow_up("i want to sue him", "check_eligibility", said, [], None) == f.SUE_SHARED


def test_sue_not_outside_bc():
    said = ["I live in Seattle. A guy in Vancouver posted my pictures"]
    assert f.follow_up("i want to sue him", None, said, [], None, True) is None


def test_sue_not_again_right_after_damages():
    assert ask("so can i sue him?", ["he posted my pics"], ["utter_damages"]) is None


def test_sue_in_form():
    assert f.sue_in_form("I JUST TOLD YOU HE SENT IT. CAN I SUE HIM OR NOT", ["I live in Terrace"])
    assert not f.sue_in_form("kelowna", ["do i qualify"])


# --- which police, before a move -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "should i report to edmonton police now or wait till im in victoria",
        "edmonton or victoria police?",
        "where do i go to the police, here or in victoria after i move?",
        "which cops do i call, the ones here or there?",
    ],
)
def test_police_before_move(text):
    assert ask(text, MOVING) == f.POLICE_BEFORE_MOVE


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("should i call the police?", MOVING),  # no choice of place
        ("where do i find the lawyer after i move", MOVING),
        ("which police do i call?", ADULT_SHARED),  # no move told
    ],
)
def test_police_before_move_near_misses(text, earlier):
    assert ask(text, earlier) is None


# --- first messages keep their readers -------------------------------------------------------
def test_first_message_only_for_suing():
    assert ask("should i just quit my job? my boss keeps asking for pics", []) is None
    assert ask("how do i stop it without police", []) is None


# --- "a video of me and her ... to my brother" is sharing --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "HER NEW BOYFRIEND SENT A VIDEO OF ME AND HER FROM YEARS AGO TO MY BROTHER",
        "he sent a video of me and her to my brother",
        "she forwarded pics of us from last summer to my family",
    ],
)
def test_two_people_in_the_video_shared(text):
    assert situation_from_text(text) == "shared"


def test_own_sending_is_not_sharing():
    assert situation_from_text("i sent a pic of me and her to him") is None


def test_asked_again_gets_the_short_form():
    assert ask("should i quit my job or not", TEEN_AT_WORK, f.QUIT_JOB_YOUNG) == [
        "utter_quit_job_again_young"
    ]
    assert ask("should i quit or not", ADULT_AT_WORK, f.QUIT_JOB_ADULT) == [
        "utter_quit_job_again_adult"
    ]
    assert ask("which police then, here or victoria?", MOVING, f.POLICE_BEFORE_MOVE) == [
        "utter_police_before_move_again"
    ]


def test_asked_again_stop_recorded_sue():
    previous = f.STOP_WITHOUT_POLICE_CHILD
    text = "I mean is there someone other than police who can get him to delete it?"
    assert ask(text, MOTHER_OF_14, previous) == ["utter_stop_without_police_again"]
    text = "nothing i know of was shared. does that count for the lawyer?"
    assert ask(text, CAMERA, f.RECORDED_LAWYER) == ["utter_recorded_only_again"]
    text = "I TOLD YOU HE SENT IT. CAN I SUE HIM OR NOT"
    assert ask(text, ["he sent my video to my brother"], f.SUE_SHARED) == ["utter_sue_shared_again"]


def test_police_before_a_move_to_bc_in_other_words():
    # round 33 p19: the choice said as "before I leave, or ... from Vancouver"
    told = ["I'm moving to Vancouver from Toronto next month. My ex shared photos of me."]
    asked = "Should I report to Toronto police before I leave, or can I do it from Vancouver?"
    assert ask(asked, told) == f.POLICE_BEFORE_MOVE
