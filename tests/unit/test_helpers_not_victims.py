"""Older relatives, neighbours and family friends writing about a child, corrections inside a
form, and helpers asking whether a threat counts (issue 16, helper h10b)."""

from __future__ import annotations

import pytest

from assistant import helper_reading as hr
from assistant.answer_kinds import CHILD_ASKED, answer_kind
from assistant.helper_context import answer_kind_in_context
from assistant.helper_followups import HELPER_MINOR_BLACKMAIL
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS, ENDS_FORMS

CHILD_PATH = {
    CHILD_ASKED,
    "child_asked_by_person_of_trust",
    hr.HELPER_MINOR,
    hr.HELPER_MINOR_NEXT,
    HELPER_MINOR_BLACKMAIL,
}


@pytest.mark.parametrize(
    "text",
    [
        "MY GRANDDAUGHTER IS 11 AND SOMEONE IS ASKING HER FOR NUDE PICTURES ON TIKTOK",
        "Dear sir, my goddaughter (13) is being blackmailed over pictures. Regards, Tom",
        "my godson told me a man keeps asking him for photos",
        "my neighbour's daughter told me a guy is threatening to post her pics",
        "We are his foster parents. Someone online wants pictures from our foster son",
        "i'm her step-mother, a boy from her class is threatening to share her videos",
        "my friend's son is 12, an adult on discord wants him to send photos",
        "my little sister is 14 and a guy says he will send her pics to her whole school",
    ],
)
def test_relatives_and_neighbours_get_the_child_path(text: str) -> None:
    for intent in (None, "route_finder", "check_eligibility"):
        assert answer_kind(text, intent) in CHILD_PATH, (text, intent)


@pytest.mark.parametrize(
    "text",
    [
        "it's my granddaughter, not me",
        "no, this is about my grandson",
        "I'm asking for my niece",
        "no no it's my nephew they are messaging",
        "they're not asking me, it's my grandkid",
        "it was my goddaughter not me",
    ],
)
def test_correction_in_a_form_is_a_helper(text: str) -> None:
    assert answer_kind(text, "inform") == hr.HELPER_MINOR_NEXT
    assert hr.HELPER_MINOR_NEXT in ENDS_FORMS


@pytest.mark.parametrize(
    "text", ["HOW DO I HELP HER", "what do i do for him", "how can we help her"]
)
def test_how_do_i_help_after_the_child_path(text: str) -> None:
    kind = answer_kind(text, "route_finder")
    in_context = answer_kind_in_context(
        kind, "route_finder", text, [hr.HELPER_MINOR_NEXT], ["it's my granddaughter, not me"]
    )
    assert in_context in {hr.HELPER_TALK, hr.HELPER_TALK_AGAIN}
    assert "utter_ask_route_age_group" not in DEFAULT_DIRECT_ANSWERS[in_context]


def test_correction_answer_has_the_support_steps() -> None:
    answer = DEFAULT_DIRECT_ANSWERS[hr.HELPER_MINOR_NEXT]
    assert "utter_child_asked_support" in answer  # NeedHelpNow.ca, Kids Help Phone


@pytest.mark.parametrize(
    "text",
    [
        "my husband's ex keeps threatening to leak his photos, does that count if nothing is up?",
        "my bf is being threatened by his ex with his pics. is that covered?",
        "my roommate's ex only said he'd post her videos. is that enough to get help?",
        "does it have to be posted? my wife's ex just keeps saying he will share her pics",
        "my friend hasn't had anything posted yet, he just threatens her. would she qualify?",
    ],
)
def test_helper_asks_whether_a_threat_counts(text: str) -> None:
    for intent in (None, "sextortion", "check_eligibility", "ask_who_qualifies"):
        assert answer_kind(text, intent) == hr.HELPER_THREAT, (text, intent)
    assert hr.HELPER_THREAT in ENDS_FORMS


@pytest.mark.parametrize(
    "text",
    [
        "my ex says he'll post my pics, does a threat count?",  # her own
        "my girlfriend's ex wants $500 or he posts her pics, does that count?",  # blackmail
        "my daughter is 15, a boy threatens to post her pics, does that count?",  # a child
    ],
)
def test_not_a_helpers_threat_question(text: str) -> None:
    assert answer_kind(text, None) != hr.HELPER_THREAT


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("threat_only", "does it count if he only threatened?"),
        (None, "does a threat even count?"),
        (None, "is it enough that he just says he'll post them?"),
    ],
)
def test_threat_count_after_a_helpers_answer(kind, text) -> None:
    result = answer_kind_in_context(
        kind, None, text, [hr.HELPER_ADULT], ["my partner's ex is threatening to post her photos"]
    )
    assert result == hr.HELPER_THREAT


def test_threat_count_without_a_helper_before_stays() -> None:
    text = "does it count if he only threatened?"
    assert answer_kind_in_context("threat_only", None, text, [None], ["hi"]) == "threat_only"


def test_who_first_with_the_child_named_again_is_the_order() -> None:
    from assistant.helper_followups import HELPER_WHO_FIRST

    text = "thanks. who do I call first? this is about my grandson"
    earlier = ["a man says he will post my grandson's pics unless he sends more, he is 15"]
    kind = answer_kind(text, None)
    assert answer_kind_in_context(kind, None, text, [HELPER_MINOR_BLACKMAIL], earlier) == (
        HELPER_WHO_FIRST
    )
