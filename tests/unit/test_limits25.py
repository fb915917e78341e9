"""Round 24 (limits25): limits and specifics get their own answer, in our own wordings; near
misses are left to the older readers."""

from __future__ import annotations

import pytest

from assistant import limits25
from assistant.answer_kinds_what_happens import INSTITUTION, INSTITUTION_WORK, what_happens_kind
from assistant.plain_text import plain_lower
from tests.domain_files import responses

CAVEAT = limits25.CAVEAT


@pytest.mark.parametrize(
    ("text", "earlier", "previous", "outside", "expected"),
    [
        # p27 and our wordings: a figure or income, and being turned down.
        (
            "So at 90k would they turn me down? Give me a straight answer.",
            [],
            ["utter_fee"],
            False,
            [limits25.INCOME],
        ),
        ("i earn about $85,000, would they reject me?", [], [], False, [limits25.INCOME]),
        ("we make six figures, do i still qualify?", [], [], False, [limits25.INCOME]),
        ("would my salary rule me out?", [], [], False, [limits25.INCOME]),
        # asked again right after the income answer: the plain short form.
        ("Is there an income limit or not?", [], [limits25.INCOME], False, [limits25.INCOME_AGAIN]),
        # p28 and ours: StopNCII and a named site.
        (
            "its on pornhub. i need it gone TODAY. does stopncii work for that",
            [],
            [],
            False,
            [limits25.STOPNCII_SITES],
        ),
        ("is xvideos a stopncii partner?", [], [], False, [limits25.STOPNCII_SITES]),
        ("which sites does stopncii work with", [], [], False, [limits25.STOPNCII_SITES]),
        (
            "but is pornhub one of the sites stopncii works with or not?",
            [],
            [limits25.STOPNCII_SITES],
            False,
            [limits25.STOPNCII_SITES_AGAIN],
        ),
        # p28 and ours: how long removal takes.
        (
            "if i call that bc protection service today can they get it down today or how long",
            [],
            [],
            False,
            [limits25.REMOVAL_TIMING],
        ),
        ("how long does it take to get it removed?", [], [], False, [limits25.REMOVAL_TIMING]),
        (
            "can the protection service take it down by tonight?",
            [],
            [],
            False,
            [limits25.REMOVAL_TIMING],
        ),
        (
            "how fast can i get the video taken down",
            [],
            [limits25.REMOVAL_TIMING],
            False,
            [limits25.REMOVAL_TIMING_AGAIN],
        ),
        # p11 and ours: the prints given back.
        (
            "ok good. i'm 19 and live in kamloops. what can i actually do, like can i make him "
            "give me the rest of the prints",
            ["my ex printed out pics of me"],
            [],
            False,
            [limits25.ORDER_COPIES, limits25.PRINTS_MORE],
        ),
        (
            "can i force him to hand over the prints?",
            [],
            [],
            False,
            [limits25.ORDER_COPIES, limits25.PRINTS_MORE],
        ),
        (
            "can i get the paper copies back from him?",
            [],
            [],
            False,
            [limits25.ORDER_COPIES, limits25.PRINTS_MORE],
        ),
        (
            "can the tribunal order him to destroy the printed ones?",
            [],
            [limits25.ORDER_COPIES, limits25.PRINTS_MORE],
            False,
            [limits25.ORDER_COPIES_AGAIN],
        ),
        # p19 and ours: removal from outside B.C.
        (
            "OK. And practically, how do I get them off the Discord server? I'm not in it, a "
            "friend told me.",
            [],
            [CAVEAT, "utter_police_outside_bc"],
            True,
            [
                limits25.REMOVAL_OUTSIDE,
                limits25.FRIEND_IN_GROUP,
                limits25.REMOVAL_OUTSIDE_ROUTES,
                limits25.YOUTH_REMOVAL,
            ],
        ),
        (
            "how do i get them off telegram?",
            [],
            [],
            True,
            [limits25.REMOVAL_OUTSIDE, limits25.REMOVAL_OUTSIDE_ROUTES, limits25.YOUTH_REMOVAL],
        ),
        (
            "ok but how do i actually get them taken off telegram?",
            [],
            [],
            True,
            [limits25.REMOVAL_OUTSIDE, limits25.REMOVAL_OUTSIDE_ROUTES, limits25.YOUTH_REMOVAL],
        ),
        (
            "how do i get it taken down",
            [],
            [CAVEAT],
            True,
            [limits25.REMOVAL_OUTSIDE, limits25.REMOVAL_OUTSIDE_ROUTES, limits25.YOUTH_REMOVAL],
        ),
        (
            "how do i get it taken down",
            [],
            [],
            True,
            [limits25.REMOVAL_OUTSIDE, limits25.REMOVAL_OUTSIDE_ROUTES, limits25.YOUTH_REMOVAL],
        ),
        (
            "/ask_image_removal",
            [],
            [CAVEAT],
            True,
            [limits25.REMOVAL_OUTSIDE, limits25.REMOVAL_OUTSIDE_ROUTES, limits25.YOUTH_REMOVAL],
        ),
        (
            "how long though??",
            [],
            [limits25.REMOVAL_TIMING],
            False,
            [limits25.REMOVAL_TIMING_AGAIN],
        ),
    ],
)
def test_each_kind_gets_its_answer(text, earlier, previous, outside, expected):
    assert limits25.follow_up(text, previous, earlier, outside) == expected


@pytest.mark.parametrize(
    ("text", "earlier", "previous", "outside"),
    [
        ("I make about 90k a year. Ex posted a video of me.", [], [], False),  # no question
        ("is the free lawyer really free?", [], [], False),
        ("what's the income limit for my clients?", [], [], False),  # a worker's clients
        ("how long does the tribunal take to make an order?", [], [], False),  # the CRT's own
        ("how long until i talk to the lawyer?", [], [], False),
        ("does stopncii cost money?", [], [], False),
        ("how do i get it taken down", [], [], False),  # in B.C.: the removal answer
        ("can i get help today?", [], [], False),
        (
            "/ask_image_removal",
            [],
            [limits25.REMOVAL_OUTSIDE, limits25.REMOVAL_OUTSIDE_ROUTES, limits25.YOUTH_REMOVAL],
            True,
        ),
        ("/ask_image_removal", [], [], False),
        (
            "how do i get her pics taken down?",
            ["my best friend's ex posted her nudes. i live in calgary"],
            [],
            True,
        ),
    ],
)
def test_near_misses_are_left_to_older_readers(text, earlier, previous, outside):
    assert limits25.follow_up(text, previous, earlier, outside) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "ok and should i tell HR at work too or go to the cops first? i'm so angry",
            INSTITUTION_WORK,
        ),
        ("should i tell my boss or hr?", INSTITUTION_WORK),
        ("what can my employer do about it?", INSTITUTION_WORK),
        ("can my university do anything?", INSTITUTION),
        ("should i tell my residence advisor?", INSTITUTION),
    ],
)
def test_workplace_reads_as_work(text, kind):
    assert what_happens_kind(plain_lower(text)) == kind


def test_every_answer_is_in_the_domain():
    known = responses()
    names = (*limits25.ANSWERS, limits25.INCOME, limits25.ORDER_COPIES, "utter_institution_work")
    for name in names:
        assert name in known


def test_removal_outside_bc_carries_the_caveat():
    text = responses()[limits25.REMOVAL_OUTSIDE_ROUTES][0]["text"]
    assert "outside B.C." in text and "ask them first" in text


# --- session 27: Take It Down and sites; names at the tribunal (round 32 p26, p03) ------------
@pytest.mark.parametrize(
    "text",
    [
        "ok take it down. does that work for porn sites or just like instagram?",
        "and the porn site part? does take it down actually work on those sites",
    ],
)
def test_take_it_down_and_a_kind_of_site(text):
    assert limits25.follow_up(text, [], [], False) == [limits25.TAKE_IT_DOWN_SITES]


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("would my name become public if i go to the tribunal?", []),
        ("is the decision published with my name on it?", ["would my name be public at the crt?"]),
    ],
)
def test_a_name_made_public_by_the_tribunal(text, earlier):
    assert limits25.follow_up(text, [], earlier, False) == [limits25.CRT_NAME_PUBLIC]


@pytest.mark.parametrize(
    "text",
    [
        "can they take it down from the porn site?",
        "will the site take it down?",
        "will my name be public?",
    ],
)
def test_not_take_it_down_the_tool_nor_the_tribunal(text):
    found = limits25.follow_up(text, [], ["my ex posted my pics"], False) or []
    assert limits25.TAKE_IT_DOWN_SITES not in found and limits25.CRT_NAME_PUBLIC not in found


def test_asked_beside_another_question_they_are_parts_of_the_reply():
    from assistant.question_parts import part_answer

    whole = "Can I still go to the tribunal? And would my name become public?"
    assert limits25.follow_up(whole, [], [], False) in (None, [])
    assert part_answer("And would my name become public?", whole) == ["utter_crt_name_public"]
    whole = "ok take it down. does that work for porn sites? and can i still get the free lawyer"
    assert limits25.TAKE_IT_DOWN_SITES not in (limits25.follow_up(whole, [], [], False) or [])
    assert part_answer("does that work for porn sites?", whole) == ["utter_take_it_down_sites"]
    assert part_answer(
        "does that work for porn sites?", "stopncii. does that work for porn sites?"
    ) != ["utter_take_it_down_sites"]
