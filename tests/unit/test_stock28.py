"""Rounds 27-28 (stock28): own-words follow-ups that got a stock block now get their own
answer; near misses are left to the older readers; a block that opened the reply to another
question is not sent again (repeat_guard, trailing_repeat)."""

from __future__ import annotations

import pytest

from assistant import stock28 as s
from tests.domain_files import responses

THREAT_INDIA = "my ex girlfriend she say she will send my videos to my family in india"
SEXTORTION = "someone recorded our call and they want money or they will send it to my children"
SON_SHARED = "I just found out my 17 year old son shared a naked picture of a girl from his school"
UNDER_18_SITE = "pics of me from when i was 17 are on some sketchy site now. im 18 now"
ADULT_SITE = "my ex posted my pics on a website"
PRINTED = "A coworker printed out intimate photos of me and left copies in our staff room"


def _ask(text, earlier=("hello",), previous=(), actions=(), minor=None, last=""):
    return s.follow_up(text, list(previous), list(earlier), list(actions), minor, last)


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        # r28 p04 and other wordings: a B.C. order and a person who lives abroad.
        ("ok. she is in india now, can the order stop her there?", [THREAT_INDIA], s.ORDER_ABROAD),
        ("BC order work for person in india?", [THREAT_INDIA], s.ORDER_ABROAD),
        ("will the tribunal order work if he lives in the philippines?", ["x"], s.ORDER_ABROAD),
        ("can the crt stop him if he is outside canada?", ["x"], s.ORDER_ABROAD),
        # r28 p11 and others: warning the family first.
        (
            "I am afraid they will send it to my daughter anyway. Should I warn her first?",
            [SEXTORTION],
            s.WARN_BEFORE,
        ),
        ("should i tell my wife myself before they do?", [SEXTORTION], s.WARN_BEFORE),
        (
            "I am asking if it is wise to tell her about the blackmail before the "
            "criminals contact "
            "her.",
            [SEXTORTION],
            s.WARN_BEFORE,
        ),
        # r28 p13 and others: legal help for the writer's child who shared.
        (
            "Is there a lawyer who helps kids who did it, not the victim? Legal aid?",
            [SON_SHARED],
            s.CHILD_SHARED_LAWYER,
        ),
        (
            "That's for victims though. Who gives legal help to him?",
            [SON_SHARED],
            s.CHILD_SHARED_LAWYER,
        ),
        (
            "is there legal aid for my son? he is the one who sent it",
            [SON_SHARED],
            s.CHILD_SHARED_LAWYER,
        ),
        # r28 p22 and others: no copy of the images.
        (
            "do i need to send take it down the actual pics? i dont even have them anymore",
            [UNDER_18_SITE],
            s.NO_COPY_YOUNG,
        ),
        (
            "i don't have the pictures anymore, can i still get them removed?",
            [ADULT_SITE],
            s.NO_COPY,
        ),
        # r28 p23 and others: his address for the claim.
        (
            "do I need to know where he lives now? I don't have his address",
            ["how do I start with the tribunal?"],
            s.CRT_ADDRESS,
        ),
        ("for the tribunal claim, do I need his current address?", ["x"], s.CRT_ADDRESS),
        # r28 p08: keeping a copy as evidence beside HR.
        (
            "Should I keep one of the copies as evidence? Also, should I tell HR?",
            [PRINTED],
            s.PRINTED_EVIDENCE,
        ),
        # r28 p19: Cybertip and the parents.
        (
            "and if she reports to cybertip will they call our parents",
            ["my sister is 16"],
            s.CYBERTIP_PARENTS,
        ),
        ("does cybertip tell your mom and dad?", ["x"], s.CYBERTIP_PARENTS),
        # r28 p16: the page's 16.
        (
            "is the 16 age of consent for images on the service page accurate?",
            ["x"],
            s.PAGE_SIXTEEN,
        ),
        ("the site says 16 can consent to images, is that right?", ["x"], s.PAGE_SIXTEEN),
        # r28 p24: both in one claim.
        (
            "Can I do both, get the pics taken down and get money, in the same claim?",
            ["x"],
            s.ORDER_AND_MONEY,
        ),
    ],
)
def test_kinds(text, earlier, expected):
    found = _ask(text, earlier)
    assert found and found[0] == expected


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("can the order stop him?", ["my ex posted my pics"]),  # no place abroad
        ("i live in india, can i use the tribunal?", ["x"]),  # the writer abroad: place readers
        ("should I warn her first?", ["my friend has a nude of me"]),  # no threat told
        ("is there a lawyer for me?", [SON_SHARED]),  # not the child who shared
        ("do you have the pics?", [ADULT_SITE]),
        ("does she need a lawyer? can ur service help her", [SON_SHARED]),  # older readers
        ("so if i dont have the pics anymore can my coworkers be witnesses", [PRINTED]),
        ("with stopncii do i have to give them my pictures?", [ADULT_SITE]),
        ("can a tribunal order stop him sending it to people overseas?", [THREAT_INDIA]),
        ("what is his address?", ["x"]),  # not asking what a claim needs
        ("will they call me back?", ["x"]),  # no IIPS number just given
        ("is 16 the age of consent?", ["x"]),  # the age rules, not the page
        ("how do i get the pics taken down?", ["x"]),
    ],
)
def test_near_misses_are_left(text, earlier):
    assert _ask(text, earlier) is None


def test_first_message_is_left():
    assert _ask("can the order stop her in india?", earlier=[]) is None


def test_call_back_after_the_iips_number():
    last = "the Intimate Images Protection Service helps: 1-833-688-4381."
    assert _ask("if i call that number will they call me back?", last=last) == [s.IIPS_CALL_BACK]
    both = last + " Free legal advice: 604-673-3143."
    assert _ask("if i call that number will they call me back?", last=both) is None


def test_asked_again_gets_the_short_form_then_the_third():
    first = _ask("should i warn my daughter first?", [SEXTORTION])
    assert first == [s.WARN_BEFORE]
    again = _ask(
        "should i tell my daughter before they do?", [SEXTORTION], [s.WARN_BEFORE], [s.WARN_BEFORE]
    )
    assert again == [s.WARN_BEFORE_AGAIN]
    third = _ask(
        "I am asking if it is wise to tell her first",
        [SEXTORTION],
        [s.WARN_BEFORE_AGAIN],
        [s.WARN_BEFORE, s.WARN_BEFORE_AGAIN],
    )
    assert third == [s.WARN_THIRD]


def test_alone_answers_end_the_reply():
    found = _ask("Can I do both, get the pics taken down and get money, in the same claim?")
    assert found == [s.ORDER_AND_MONEY, s.ACTION_LISTEN]


def test_repeat_guard_replaces_a_whole_reply_sent_to_another_question():
    earlier = ["my son shared a pic of a girl", "who can help him?"]
    replies = [["utter_own_child_shared", "utter_next"], ["utter_who_qualifies"]]
    again = ["utter_own_child_shared", "utter_next"]
    assert s.repeat_guard(again, "who gives legal help to him?", earlier, replies) == s.REPEAT_GAP
    young = s.repeat_guard(again, "but what do i do?", ["im 14", "x"], replies, True)
    assert young == s.REPEAT_GAP_YOUNG


@pytest.mark.parametrize(
    ("sequence", "text"),
    [
        (["utter_own_child_shared", "utter_next"], "my son shared a pic of a girl"),  # same words
        (["utter_own_child_shared", "utter_next"], "ok"),  # not a question
        (["utter_own_child_shared", "utter_next"], "/ask_crt"),  # a button
        (["utter_own_child_shared"], "what now?"),  # only part of the earlier reply
        (["utter_crisis_lines"], "what now?"),  # the crisis net is never replaced
        (["utter_crisis_checkin"], "what now?"),
        (["utter_ask_delete_conversation"], "what now?"),
        (["action_x"], "what now?"),
    ],
)
def test_repeat_guard_leaves(sequence, text):
    earlier = ["my son shared a pic of a girl"] * 5
    replies = [
        ["utter_own_child_shared", "utter_next"],
        ["utter_crisis_lines"],
        ["utter_crisis_checkin"],
        ["utter_ask_delete_conversation"],
        ["action_x"],
    ]
    assert s.repeat_guard(sequence, text, earlier, replies) is None


def test_gap_answered_twice_is_not_the_same_block():
    earlier = ["a", "b?"]
    replies = [["utter_block"], [s.REPEAT_GAP]]
    assert s.repeat_guard(["utter_block"], "c?", earlier, replies) == s.REPEAT_GAP_AGAIN


def test_every_answer_is_in_the_domain():
    names = set(responses())
    for name in [
        *s.ANSWERS,
        s.WARN_BEFORE,
        s.WARN_BEFORE_AGAIN,
        s.NO_COPY_YOUNG,
        s.PRINTED_EVIDENCE,
        s.INSTITUTION_WORK,
        s.CYBERTIP_PARENTS,
        s.CHILD_SHARED_LAWYER,
    ]:
        assert name in names, name


def test_repeat_guard_leaves_a_question_asked_a_third_time():
    # Its answer, then the answer's short form, then the question again (r27 p24 T4): the
    # answer, not "my information doesn't answer this part".
    earlier = ["should i tell an adult?", "do i tell my mom even though i promised?"]
    replies = [["utter_promise_tell_adult"], ["utter_promise_tell_adult_again"]]
    found = s.repeat_guard(["utter_promise_tell_adult"], "is it ok to tell?", earlier, replies)
    assert found is None
