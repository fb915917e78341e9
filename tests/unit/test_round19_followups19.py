"""Round 19 kinds 1, 5, 6 (followups19): follow-ups the sources answer never get "see above"
or "doesn't answer"; the stock "see above" never twice in a row. Wordings are mine."""

from __future__ import annotations

import pytest
import yaml

from assistant import said_again
from assistant.policies.repeats import SAID_ABOVE, without_repeats


@pytest.mark.parametrize(
    "text",
    [
        "Is there someone I can phone, like a counsellor?",
        "i want emotional support please",
        "can i talk to someone about how upset i am",
        "I need a counsellor to talk to, not a lawyer",
        "could i see a therapist about my feelings",
    ],
)
def test_someone_to_talk_to_gets_the_support_lines(text):
    assert said_again.follow_up(text, [], True) == [said_again.TALK_SUPPORT]


def test_talk_asked_again_gets_the_lines_in_other_words():
    assert said_again.follow_up("i need emotional support", [said_again.TALK_SUPPORT], True) == [
        said_again.FEELINGS
    ]


@pytest.mark.parametrize(
    "text",
    [
        "should we just pay them to buy some time?",
        "can we pay him something to buy more time",
        "could we pay them to stall him",
    ],
)
def test_pay_to_buy_time_gets_dont_pay(text):
    assert said_again.follow_up(text, [], True) == [said_again.PAY_TIME]


@pytest.mark.parametrize(
    "text",
    [
        "so who do i call first, the government one or the lawyer",
        "whats the quickest",
        "should we call the police tonight or wait until morning?",
        "in what order should I do this",
    ],
)
def test_which_first_gets_an_order_instead_of_see_above(text):
    assert without_repeats([], [], None, text) == [said_again.WHICH_FIRST]


@pytest.mark.parametrize(
    "text",
    [
        "the government one, does it cost money?",
        "the Intimate Images Protection Service. is it free?",
        "is there a fee for the IIPS",
    ],
)
def test_iips_cost(text):
    assert said_again.follow_up(text, [], True) == [said_again.IIPS_COST]


@pytest.mark.parametrize(
    "text",
    [
        "how do i talk to a lawyer",
        "is the lawyer free",
        "should I pay him?",
        "I am so upset",
        "i want to kill myself",
        "my ex posted my pictures",
        "i'm a school counsellor, how would a student use your service",
        "is there someone I can telephone",
        "so who do i call first, the government one or the lawyer",
        "the parents now or wait, and can we get the money back",
    ],
)
def test_near_misses_unchanged(text):
    assert said_again.follow_up(text, [], True) is None


def test_said_above_never_twice_in_a_row():
    first = without_repeats([], [], None, "ok but what else")
    assert first == [SAID_ABOVE]
    second = without_repeats([], [SAID_ABOVE], None, "ok but what else")
    assert second == [said_again.NEXT_STEP]


def test_said_above_replaced_for_a_need_the_sources_answer():
    assert without_repeats([], [], None, "i'd like emotional support") == [said_again.TALK_SUPPORT]


def test_new_responses_exist_and_are_short():
    with open("domain/said_again.yml", encoding="utf-8") as handle:
        responses = yaml.safe_load(handle)["responses"]
    for name in set(said_again.ANSWERS) - {said_again.PAY_TIME}:
        text = responses[name][0]["text"]
        assert len(text) <= 600, name
    assert "1-800-563-0808" in responses[said_again.TALK_SUPPORT][0]["text"]
    assert "310-6789" in responses[said_again.TALK_SUPPORT][0]["text"]
    assert "not legal advice" in responses[said_again.WHICH_FIRST][0]["text"]
