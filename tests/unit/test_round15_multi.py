"""Round 14 kinds 3 and 5 (helper "multi", session 15): a message's other halves dropped, a
generic block instead of the specific question, under-18 lines after an adult's age
(tests/simulated-users/2026-12-04-round14/). Wordings are ours, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import dropped_halves as dh
from assistant import next_questions as nq
from assistant import person_fit
from assistant import skipped_questions as sq
from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_specific import CRT_HOW_LONG
from assistant.helper_context import answer_kind_in_context
from assistant.plain_questions import device_trace
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.unanswered import second_half
from tests.domain_files import responses

MAIN = ["utter_main"]
STORY = ["someone on insta says they'll post my pics unless i pay"]
CHILD = dh.Writer(child_helped=True, texts=["my daughter is 13 and boys shared her pic"])
YOUNG = dh.Writer(young=True, texts=["im 16 my bf shared my pics"])
ADULT = dh.Writer(adult=True, texts=["i'm 19 and its on discord"])
NOBODY = dh.Writer(texts=["my ex posted my nudes"])


@pytest.mark.parametrize(
    ("text", "writer", "expected"),
    [
        # removal asked beside another question: fitted to who is writing
        (
            "is it actually free? and how do i get it off the forum",
            NOBODY,
            [*MAIN, *dh.REMOVAL_ANY_AGE],
        ),
        ("is it free?? also how do i get them taken down", ADULT, [*MAIN, *dh.REMOVAL_ADULT]),
        (
            "can i report him? i dont want him arrested i just want the pics gone.",
            YOUNG,
            [*MAIN, *dh.REMOVAL_YOUNG],
        ),
        (
            "who do i call. i need them removed from the group chat",
            CHILD,
            [*MAIN, *dh.REMOVAL_HELPER_CHILD],
        ),
        # how to talk to a child
        (
            "how do we get them removed? and how do i even talk to her about this",
            CHILD,
            [*dh.REMOVAL_HELPER_CHILD, *MAIN, "utter_helper_talk"],
        ),
        ("ok thanks. how should i support him, he wont talk", CHILD, [*MAIN, "utter_helper_talk"]),
        # the tribunal and a lawyer
        (
            "how long does the crt take, and do i need a lawyer to file?",
            NOBODY,
            [*MAIN, "utter_crt_lawyer"],
        ),
        (
            "whats the tribunal fee? can i do the claim without a lawyer",
            NOBODY,
            [*MAIN, "utter_crt_lawyer"],
        ),
        # enough evidence
        (
            "I took photos of it. Is that enough evidence? And can I get money from the host?",
            NOBODY,
            [*MAIN, "utter_evidence_enough"],
        ),
        # the parents now or later
        (
            "Should I phone his parents now or wait till sunday? And can we get the money back?",
            CHILD,
            ["utter_parents_now_or_wait", *MAIN, "utter_money_back"],
        ),
        (
            "ok. should i call his parents now or wait till monday? and can he get the money back?",
            CHILD,
            [*MAIN, "utter_parents_now_or_wait", "utter_money_back"],
        ),
        # a chat with the other person already deleted: first, as said
        (
            "i already deleted the chat tho. am i gonna get in trouble",
            dh.Writer(texts=STORY),
            ["utter_already_deleted", *MAIN],
        ),
        (
            "i blocked and deleted the convo already. is that bad? will he still post it",
            dh.Writer(texts=STORY),
            ["utter_already_deleted", *MAIN, "utter_will_they_post"],
        ),
        # a threat told with someone checking the phone
        (
            "my husband says he'll send my pics to my family. he checks my phone every night",
            dh.Writer(),
            [*MAIN, "utter_watched_phone"],
        ),
    ],
)
def test_every_dropped_half_is_added_in_order(text, writer, expected):
    # A half in the first part comes before the main answer (the order asked).
    assert second_half(text, "kind", MAIN, [], False, writer) == expected


@pytest.mark.parametrize(
    ("text", "writer", "sequence"),
    [
        # one part only: nothing to add
        ("how do i get it off the forum", NOBODY, MAIN),
        # the main answer already gives the removal
        ("how do i get them removed? and how do i sue", NOBODY, ["utter_image_removal"]),
        # "how do I talk to her" with no child: not the child's support
        ("thanks. how do i talk to her about it", dh.Writer(texts=["my wife is 30"]), MAIN),
        # a lawyer with no tribunal in sight: not the tribunal's answer
        ("ok. do i need a lawyer?", dh.Writer(texts=["my ex posted my pics"]), MAIN),
        # "I deleted the chat" as a first message: nothing told, not the other person's chat
        ("i deleted the chat. is that ok?", dh.Writer(), MAIN),
        # this chat, not the one with the person
        ("i deleted the messages with you. is that ok?", dh.Writer(texts=STORY), MAIN),
    ],
)
def test_no_half_where_it_does_not_fit(text, writer, sequence):
    assert second_half(text, "kind", sequence, [], False, writer) is None


def test_a_half_its_own_reader_answered_is_not_added_again():
    text = "ok. should i call his parents now or wait till monday? and can he get the money back?"
    main = ["utter_helper_minor_tell_parents"]
    assert second_half(text, "kind", main, [], False, CHILD) == [*main, "utter_money_back"]


def test_who_is_told_is_not_whether_it_gets_posted():
    text = "is it private? will they share it with my parents"
    assert "utter_will_they_post" not in (second_half(text, "kind", MAIN, [], False, NOBODY) or [])


def test_old_halves_still_added_and_now_together_with_new_ones():
    text = "is he in trouble? should we pay? and how do i get it taken down"
    assert second_half(text, "sextortion_pay", ["utter_x"], [], False, NOBODY) == [
        "utter_helped_child_in_trouble",
        "utter_x",
        "utter_sextortion_pay_short",
        *dh.REMOVAL_ANY_AGE,
    ]


@pytest.mark.parametrize(
    ("writer", "expected"),
    [(CHILD, dh.REMOVAL_HELPER_CHILD), (YOUNG, dh.REMOVAL_YOUNG), (ADULT, dh.REMOVAL_ADULT)],
)
def test_removal_fitted_to_who_is_writing(writer, expected):
    assert dh.removal_answer(writer) == expected
    assert dh.topic_answer("ask_image_removal", writer) == expected


@pytest.mark.parametrize(
    ("writer", "expected"),
    [(NOBODY, ["utter_platform_off"]), (YOUNG, ["utter_platform_removal"])],
)
def test_removal_again_right_after_a_half_gave_it(writer, expected):
    previous = ["utter_fee", *dh.removal_answer(writer)]
    assert dh.topic_answer("ask_image_removal", writer, previous) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("should i call her mom now or wait", True),
        ("should i call her mom now or wait? and can we get the money back?", False),
        ("should i call her mom now or wait and how do i get it down", False),
    ],
)
def test_a_half_alone_only_when_one_thing_is_asked(text, expected):
    assert dh.one_question(text) is expected


@pytest.mark.parametrize(
    ("kind", "text", "writer"),
    [
        (sq.PLATFORM_REMOVAL_ADULT, "i'm 19. how do i actually get it off discord tho", ADULT),
        (sq.PLATFORM_REMOVAL_ADULT, "ok. and how do i get it off twitter", ADULT),
        (sq.PLATFORM_REMOVAL, "how can i get the video taken down from X?", NOBODY),
        (sq.PLATFORM_REMOVAL_YOUNG, "how do i get it off snapchat", YOUNG),
        (sq.PLATFORM_REMOVAL_HELPER, "how do we get her pic off instagram", CHILD),
        (sq.STOP_PAYING_POSTS, "ok but if i stop paying hes gonna post them", NOBODY),
        (sq.STOP_PAYING_POSTS, "he said he'll send them to my whole family if i dont pay", NOBODY),
        (sq.STOP_PAYING_POSTS, "if i dont pay she will leak them to my work", NOBODY),
        (sq.COMPANY_OR_POLICE, "Should I contact Airbnb first or the police?", NOBODY),
        (sq.COMPANY_OR_POLICE, "police first or tell my landlord?", NOBODY),
        (sq.COMPANY_OR_POLICE, "do i report to the cops or instagram", NOBODY),
        (dh.EVIDENCE_ENOUGH, "is that enough proof if i have pics of it?", NOBODY),
        (dh.ALREADY_DELETED, "i already deleted my messages with him", dh.Writer(texts=STORY)),
        (dh.PARENTS_NOW_OR_WAIT, "should i call her mom now or wait", CHILD),
        (dh.PARENTS_NOW_OR_WAIT, "do i text his dad right away or wait till he lands", CHILD),
    ],
)
def test_the_specific_question_gets_its_own_kind(kind, text, writer):
    assert sq.skipped_kind(text, writer.texts, writer) == kind


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # round 13's readers keep theirs
        ("how do i get it off pornhub right away", NOBODY),
        # reporting to the platform has its own answer (next_questions.platform_report)
        ("so do i just report it to discord?", NOBODY),
        # police or school: round 13's answer
        ("police or the school first?", CHILD),
        # "stop paying" with nothing posted feared
        ("i stopped paying and blocked him", NOBODY),
        # "tell her mom first or the police?": the helper's order of steps (round 10)
        ("do i tell her mom first or go to the police?", CHILD),
    ],
)
def test_not_these_kinds(text, writer):
    assert sq.skipped_kind(text, writer.texts, writer) not in {
        sq.PLATFORM_REMOVAL,
        sq.PLATFORM_REMOVAL_ADULT,
        sq.PLATFORM_REMOVAL_YOUNG,
        sq.PLATFORM_REMOVAL_HELPER,
        sq.STOP_PAYING_POSTS,
        sq.COMPANY_OR_POLICE,
    }


def test_an_adults_removal_question_has_no_under_18_lines():
    kind = person_fit.adult_removal_kind("ask_image_removal", None, True, ["im 25", "how?"])
    assert kind == person_fit.ADULT_REMOVAL
    assert person_fit.ANSWERS[kind] == ["utter_image_removal"]
    # images from under 18 said: both branches stay (the rules' answer)
    said = ["im 19 now but i was 16 when he took them", "how do i get them removed"]
    assert person_fit.adult_removal_kind("ask_image_removal", None, True, said) is None
    assert person_fit.adult_removal_kind("ask_image_removal", None, False, ["how"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my husband says he will send my private pictures to my family. he checks my phone",
            False,
        ),
        ("he checks my phone every night, can he see i was here?", True),
        ("my mom reads my phone. what does this chat leave", True),
    ],
)
def test_a_threat_told_with_a_checked_phone_is_not_only_the_phone(text, expected):
    assert device_trace(text, "inform_threatened") is expected
    assert device_trace(text, "sextortion") is True  # its rule would drop the phone


def test_every_answer_is_in_the_domain_and_the_policy():
    known = responses()
    halves = [name for answer in dh.ANSWERS.values() for name in answer]
    topics = [name for a in dh.TOPIC_ANSWERS.values() for name in a if name.startswith("utter_")]
    for name in [*halves, *topics, *(n for a in sq.ANSWERS.values() for n in a)]:
        assert name in known, name
    for kind in (*dh.ALONE, sq.PLATFORM_REMOVAL, sq.STOP_PAYING_POSTS, sq.COMPANY_OR_POLICE):
        assert kind in DEFAULT_DIRECT_ANSWERS


def test_how_long_after_the_tribunal_with_no_threat_told_has_no_threat_lines():
    text = "how long does the crt process take, and do i need a lawyer to file?"
    earlier = ["how does the civil resolution tribunal work? does it cost anything"]
    kind = answer_kind_in_context(answer_kind(text), None, text, ["ask_crt"], earlier)
    assert kind == CRT_HOW_LONG
    threatened = ["my ex says he'll post my video", "what can the tribunal do"]
    kind = answer_kind_in_context(answer_kind(text), None, text, ["ask_crt"], threatened)
    assert kind == nq.CRT_FAST
