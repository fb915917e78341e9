"""Rounds 69-70's unanswered follow-ups (assistant/plain71.py) and the readers mended beside
them (plain67's telling work from a young writer, question_parts' parts)."""

from __future__ import annotations

import pytest
from response_names import domain_responses, module_responses

from assistant import plain67, question_parts
from assistant import plain71 as p

CRISIS = ["everyone has seen them", "i cant do this anymore"]
SON_24 = [
    "My son did something terrible. He is 24. His ex-girlfriend's private pictures, he put them"
    " in a group chat with his friends. Will he go to jail for this?"
]
SON_12 = ["My son is 12. He forwarded a naked picture of a girl in his class to a group chat."]
BOXERS = ["my gf sent a pic of me in my boxers to her friends as a joke"]
GROUP = ["my partner share a video of us in a whatsapp group with his friends"]
YOUNG_PAID = ["i paid 150 in gift cards and she wants more", "im 17 btw"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()
    assert {name for again in p.AGAIN.values() for name in again} <= domain_responses()


@pytest.mark.parametrize(
    ("said", "earlier", "answer"),
    [
        ("but what do i say to them", CRISIS, [p.CRISIS_LINE_WORDS]),
        ("can i just text 988? what do i even say", [], [p.CRISIS_LINE_WORDS]),
        (
            "should i delete it off her laptop? i was thinking of just deleting it",
            ["my roommate secretly filmed me in the shower"],
            [p.DELETE_THEIR_COPY],
        ),
        (
            "Where can he find a lawyer then, we don't have much money.",
            SON_24,
            [p.SHARER_LAWYER_ADULT],
        ),
        (
            "Is that free service for kids who shared a picture though? should I delete it?",
            SON_12,
            [p.SHARER_DELETE_YOUNG, p.SHARER_LAWYER_YOUNG],
        ),
        ("ok. is WhatsApp group, not internet public. still count?", GROUP, [p.FEW_PEOPLE_COUNTS]),
        (
            "he send only to a private group of friends. this is sharing?",
            GROUP,
            [p.FEW_PEOPLE_COUNTS],
        ),
        ("is that even a big deal? she did it as a joke", BOXERS, [p.JOKE_COUNTS]),
        ("does it still count if she meant it as a joke", BOXERS, [p.JOKE_COUNTS]),
        (
            "i agreed to film it not for her to show people. is that even illegal if were still"
            " dating",
            [],
            [p.FILMED_NOT_SHARED],
        ),
        (
            "can my gf show our video to people without asking me, i said yes to filming not"
            " sharing",
            [],
            [p.FILMED_NOT_SHARED],
        ),
        (
            "does the lawyer help with criminal charges, like represent someone in court?",
            [],
            [p.LAWYER_REPRESENT],
        ),
        ("ok so how do i actually apply for the image one", [], p.CRT),
        ("if i go to the cops do they tell my parents", YOUNG_PAID, [p.POLICE_TELL_PARENTS]),
        (
            "nah i mean the police. if i report it do they call my parents cuz im 17",
            YOUNG_PAID,
            [p.POLICE_TELL_PARENTS],
        ),
    ],
)
def test_each_kind_gets_its_answer(said, earlier, answer):
    assert p.kind(said, earlier) == answer


@pytest.mark.parametrize(
    ("said", "earlier"),
    [
        # What to say to someone pressuring, or to a child, is another answer's.
        ("what do i say to him", ["my bf keeps asking for pics", "i cant do this anymore"]),
        ("what do i say to her?", ["my daughter is 14, a boy shared her photo"]),
        # A parent deleting from their own child's phone: the sharer family's answers.
        ("should i delete it from my son's phone?", SON_12),
        # A lawyer for the writer, with no family member who shared.
        ("where can i find a lawyer?", ["my ex posted my nudes"]),
        # A victim's parent: someone else shared the daughter's photo.
        ("where can we find a lawyer for her?", ["my daughter is 14. a boy shared her photo."]),
        # "what I can do?" beside a group is the routes', not "it counts"; printed copies and the
        # first message keep their older answers.
        ("my partner share a video in a whatsapp group. what I can do?", []),
        ("he shared it in a private group. does it count?", []),
        ("she printed them for a group of friends. does it still count?", GROUP),
        # A joke about a sex video or a nude keeps the older answers.
        ("she showed our sex video as a joke. is that illegal?", []),
        # How to apply, asked first: the older answers.
        ("how do i apply for a protection order? will he know i asked", []),
        # "will the police tell my parents" in plain words keeps its older answer.
        ("ok. will the police tell my parents if i report it", YOUNG_PAID),
        # The writer's own deleting from someone else's device, not the sharer's.
        ("should he delete it from his phone or keep it for the police?", []),
        ("how do i get him to delete it off his phone", []),
        ("do I delete the pictures off her phone?", ["my daughter is 14, a boy shared her pic"]),
        ("should i delete the photo from his phone?", ["my 15 year old son shared a nude photo"]),
        # A victim's parent asking to phone the lawyer for her.
        (
            "I am her parent. I mean the free lawyer, can I phone them for her?",
            ["my daughter is 15. she sent him a pic and he shared it"],
        ),
        # Police and an adult's parents.
        ("will the police tell my parents?", ["im 30"]),
        ("will the police come to my house?", YOUNG_PAID),
    ],
)
def test_neighbouring_messages_are_left_to_other_readers(said, earlier):
    assert p.kind(said, earlier) is None


def test_asked_again_within_three_turns_gets_the_short_line_then_the_whole_answer():
    said = "does it still count if she meant it as a joke"
    assert p.follow_up(said, [], BOXERS) == [p.JOKE_COUNTS]
    replies = [[p.JOKE_COUNTS], ["utter_some_other_answer"]]
    assert p.follow_up(said, ["utter_some_other_answer"], BOXERS, None, replies) == [
        "utter_joke_still_counts_again"
    ]
    replies = [[p.JOKE_COUNTS], ["utter_joke_still_counts_again"]]
    assert p.follow_up(said, ["utter_joke_still_counts_again"], BOXERS, None, replies) == [
        p.JOKE_COUNTS
    ]


def test_the_tribunal_asked_again_gets_how_to_apply():
    said = "no not the lawyer, the protection order from the tribunal. how do I apply for that"
    assert p.follow_up(said, list(p.CRT), [], None, [list(p.CRT)]) == ["utter_crt_apply_steps"]
    assert p.follow_up(said, [], [], None, []) is None


def test_a_crisis_message_is_left_to_the_safety_net():
    assert p.follow_up("what do i even say, i want to die", [], CRISIS) is None


def test_a_young_writer_correcting_a_misread_about_work_gets_the_work_answer():
    # Round 70 p29 T4: "i meant report him to my work, like HR or the owner. not instagram lol".
    said = "i meant report him to my work, like HR or the owner. not instagram lol"
    assert plain67.kind(said, ["im 16", "my manager keeps asking me for pics"]) == [
        plain67.TELL_WORK_YOUNG
    ]


def test_reporting_to_the_company_beside_the_work_answer_is_not_the_platforms():
    whole = "can i report him to the company or will i get fired for that"
    said = "Whether to tell the owner or HR is your choice."
    assert "utter_platform_report" not in question_parts.narrow_parts(whole, [], said, [])


def test_the_crisis_lines_words_get_no_helpers_what_to_say():
    whole = "but what do i say to them"
    said = "You don't need the right words."
    assert "utter_part_talk_support" not in question_parts.narrow_parts(whole, [], said, [])


def test_money_back_said_by_the_older_answer_is_not_added_again():
    # Round 70 p31 T4: two money answers in one turn.
    whole = "ok whatever. can i get my 150 back at least"
    said = "The information I have doesn't say whether money paid to you can be got back"
    assert "utter_money_back" not in question_parts.narrow_parts(whole, [], said, [])
