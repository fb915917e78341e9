"""Round 23 kinds 1, 2, 6 and 7 (asks23): each plain question gets its own answer, in our own
wordings; the near misses keep the older readers' answers."""

from __future__ import annotations

import pytest

from assistant import asks23, question_parts
from assistant.home_reading import home_from_text
from tests.domain_files import responses


@pytest.mark.parametrize(
    ("text", "outside", "expected"),
    [
        ("whats the number? calling from alberta", True, [asks23.OUTSIDE_INTAKE]),
        (
            "can i still phone the bc legal advice intake to ask if they'd help",
            True,
            [asks23.OUTSIDE_INTAKE],
        ),
        ("is the free lawyer means tested?", False, [asks23.INCOME]),
        ("does my salary matter for getting the free lawyer", False, [asks23.INCOME]),
        (
            "should i email him asking to delete them so theres a paper trail?",
            False,
            [asks23.WRITING_TO_HIM, asks23.WRITING_TO_HIM_SAFETY],
        ),
        (
            "is it better to text my ex asking her to delete them, for proof that i asked?",
            False,
            [asks23.WRITING_TO_HIM, asks23.WRITING_TO_HIM_SAFETY],
        ),
        ("i cant take calls at work, can i apply by email?", False, [asks23.BY_EMAIL]),
        (
            "so a week or two then? can i do it by email instead of calling",
            False,
            [asks23.WAIT_TIME, asks23.BY_EMAIL],
        ),
        (
            "Is it possible to have the meeting with the lawyer on a Saturday?",
            False,
            [asks23.MEETING_TIMES],
        ),
        (
            "he texted them to my cousins, nothing is online. is it still illegal",
            False,
            [asks23.SENT_PRIVATELY],
        ),
        (
            "she dm'd the pics to my brother, never posted them anywhere. does that count?",
            False,
            [asks23.SENT_PRIVATELY],
        ),
        ("can the tribunal order make his buddies delete it as well?", False, [asks23.ORDER_REACH]),
        ("can his roommates be ordered to delete the video?", False, [asks23.ORDER_REACH]),
        (
            "i dont know the police non-emergency number. where do i get it?",
            False,
            [asks23.POLICE_NUMBER],
        ),
        ("whats the number for the local police", False, [asks23.POLICE_NUMBER]),
        ("is there a fee for asking for damages at the crt?", False, [asks23.DAMAGES_FEE]),
    ],
)
def test_each_kind_gets_its_answer(text, outside, expected):
    assert asks23.follow_up(text, [], [], outside) == expected


def test_support_for_an_adult_daughter_after_her_story():
    earlier = ["My daughter is 31 and her ex sent photos of her to her aunt."]
    assert asks23.follow_up("how can i support her?", [], earlier, False) == [asks23.HELPER_SUPPORT]


def test_support_for_a_young_child_is_the_childs_guidance():
    earlier = ["my son is 14 and a boy shared his pic at school"]
    assert asks23.follow_up("how can i support him?", [], earlier, False) == [asks23.CHILD_SUPPORT]


def test_the_support_button_gets_the_support_answer():
    payload = '/ask_support_services{"choice": "support_them"}'
    adult = ["My sister is 26, her ex sent her nudes to his friends"]
    child = ["my daughter is 12 and someone shared a pic of her at her school"]
    assert asks23.follow_up(payload, [], adult, False) == [asks23.HELPER_SUPPORT]
    assert asks23.follow_up(payload, [], child, False) == [asks23.CHILD_SUPPORT]
    # "Other help" sends the payload alone: the support services' list, as before.
    assert asks23.follow_up("/ask_support_services", [], adult, False) is None


def test_a_young_receiver_helping_the_friend_keeps_its_answer():
    earlier = ["somebody dropped a nude of my friend in our group chat, now its on my phone. im 16"]
    assert asks23.follow_up("how can i support my friend?", [], earlier, False) is None


def test_the_support_title_typed_gets_the_support_answer():
    adult = ["My sister is 26, her ex sent her nudes to his friends"]
    for typed in ("How can I support them?", "how do i talk to them", "How can I help them?"):
        assert asks23.follow_up(typed, [], adult, False) == [asks23.HELPER_SUPPORT]


@pytest.mark.parametrize(
    ("text", "earlier", "outside"),
    [
        # The older readers fit these to who is writing (a teen, a worker, a friend helping).
        ("will he know it was me if i call the cops?", [], False),
        ("HE SENT MY NUDES TO HIS WHOLE TEAM. CAN HE GO TO PRISON FOR THIS", [], False),
        ("my friends ex posted her pics and she wont get help. how can i help her", [], False),
        ("how do i get his buddies to delete it, its on their phones", [], False),
        ("can i email instead of calling? phone calls make me panic", [], False),
        ("is there an income test? a few of my clients work full time", [], False),
        ("she lives in bc tho. can i still use the bc tribunal against her", [], True),
    ],
)
def test_left_to_the_older_readers(text, earlier, outside):
    assert asks23.follow_up(text, [], earlier, outside) is None


def test_a_past_bc_home_is_not_a_home_now():
    text = "He posted them while I was still living in Kelowna. Does that change anything?"
    assert home_from_text(text) is None
    assert asks23.follow_up(text, [], ["I live in Calgary now"], True) == [asks23.PAST_HOME]
    assert home_from_text("I live in Kelowna") == "yes"
    assert home_from_text("I've lived in Kelowna for years") == "yes"


def test_the_tribunal_from_outside_bc_since_it_happened_there():
    text = "could I still go to the bc tribunal because it happened there and he is there?"
    assert asks23.follow_up(text, [], [], True) == [asks23.CRT_OUTSIDE, asks23.OUTSIDE_INTAKE]


@pytest.mark.parametrize(
    "text",
    [
        "what's the number?",  # someone in B.C.: the contact answers
        "he's threatening to post them, it's not online yet. does that count?",
        "can i report it to the police by email?",
        "i called the police non-emergency line and they said no. what now?",
        "will my son go to jail for sharing it?",
        "how can i support her",  # nobody helped named
        "thanks, that helps",
    ],
)
def test_near_misses_are_left_alone(text):
    assert asks23.follow_up(text, [], [], False) is None


def test_never_the_same_block_twice_in_a_row():
    text = "what is the police non-emergency number"
    again = asks23.AGAIN[asks23.POLICE_NUMBER]
    assert asks23.follow_up(text, [asks23.POLICE_NUMBER], [], False) == [again]
    assert asks23.follow_up(
        "how do i get that number then??", [asks23.POLICE_NUMBER], [], False
    ) == [again]
    assert asks23.follow_up(text, [asks23.POLICE_NUMBER, again], [], False) is None


def test_cheaper_beside_income_once():
    text = "and if i make too much, is there a low cost option instead of a normal lawyer?"
    assert asks23.follow_up(text, [], [], False) == [asks23.INCOME, asks23.CHEAPER]
    assert asks23.follow_up(text, [asks23.INCOME], [], False) == [asks23.CHEAPER]


def test_writing_in_the_past_tense_verbs():
    text = "would it help if i texted her asking to delete them so i have proof i asked?"
    assert asks23.follow_up(text, [], [], False)[0] == asks23.WRITING_TO_HIM


def test_income_inside_the_check():
    assert asks23.income_in_form("yes Surrey. but I asked about income")
    assert not asks23.income_in_form("yes Surrey")


@pytest.mark.parametrize(
    ("clause", "answer"),
    [
        ("and what is the police non-emergency number", "utter_police_number"),
        ("will he know it was me if i report", "utter_told_person_report"),
        ("or do i have to do something in alberta", "utter_other_place_routes"),
        ("is there something cheaper than a regular lawyer?", "utter_cheaper_than_lawyer"),
        ("and could I still call the BC intake line to ask?", "utter_crt_outside_bc_intake"),
    ],
)
def test_second_parts(clause, answer):
    assert question_parts.part_answer(clause, clause) == [answer]


def test_the_intake_number_part_still_answers_the_intake_number():
    assert question_parts.part_answer("what's the number", "what's the number") == [
        "utter_part_number"
    ]


def test_every_answer_is_in_the_domain_and_none_is_a_form_question():
    names = responses()
    for name in (*asks23.ANSWERS, *asks23.IN_FORM[asks23.INCOME_IN_FORM_KIND]):
        assert name in names
        assert not name.startswith("utter_ask_")


def test_a_young_writer_fearing_for_his_job_and_asking_will_he_know():
    """Round 23 p09: both answered (writer_frames.ASKER_TROUBLE_REPORT), fitted to a teen."""
    from assistant import writer_frames as wf

    said = ["my volleyball coach wants me to send him pics, im 16"]
    text = "i dont want to get him fired. would he figure out it was me if i reported him"
    kind = wf.frame_kind(text, said, [], [])
    assert kind == wf.ASKER_TROUBLE_REPORT
    assert "utter_told_person_report" in wf.ANSWERS[kind]
    assert wf.frame_kind("i dont want to get him fired", said, [], []) == wf.ASKER_TROUBLE
