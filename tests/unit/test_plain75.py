"""Rounds 73-74's unanswered follow-ups (assistant/plain75.py)."""

from __future__ import annotations

import pytest
from response_names import domain_responses, module_responses

from assistant import plain75 as p

PORN_SITE = ["my ex husband put video of me in internet, porn site. I live in Coquitlam."]
SUED = ["my ex sent my pics to her friends. can i sue her for money or not"]
CAMERA = ["I just found a small camera hidden in the bathroom of the Airbnb I'm staying at"]
DEEPFAKE = ["My coworker has made a naked picture of me using AI application. He showed people."]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()
    assert {name for again in p.AGAIN.values() for name in again} <= domain_responses()


@pytest.mark.parametrize(
    ("said", "earlier", "previous", "answer"),
    [
        (
            "I want only the video out of internet fast. who I call first? I must pay?",
            PORN_SITE,
            [],
            [p.REMOVAL, p.COST],
        ),
        ("is it free? I must pay?", PORN_SITE, [], [p.COST]),
        (
            "no no, nobody ask me money. I ask if the help cost money for me.",
            PORN_SITE,
            [p.REMOVAL, p.COST],
            ["utter_cost_plainly"],
        ),
        (
            "how much would i actually get. ballpark",
            SUED,
            ["utter_crt_damages"],
            [p.DAMAGES_HOW_MUCH],
        ),
        (
            "how much money do people usually get from the tribunal",
            SUED,
            [p.DAMAGES_HOW_MUCH],
            ["utter_damages_ballpark_again"],
        ),
        ("ok, calling the RCMP now. should I also tell airbnb?", CAMERA, [], [p.CAMERA_HOST]),
        (
            "He only show on his phone, not post on internet. Still counting as sharing?",
            DEEPFAKE,
            [],
            [p.SHOWING_COUNTS],
        ),
        (
            "He show the picture on his phone to people. Is showing counting as sharing?",
            DEEPFAKE,
            [p.SHOWING_COUNTS],
            ["utter_showing_counts_again"],
        ),
    ],
)
def test_each_kind(said, earlier, previous, answer):
    assert p.follow_up(said, previous, earlier) == answer


@pytest.mark.parametrize(
    ("said", "earlier", "previous"),
    [
        # money asked of the writer: the blackmail steps stay
        ("do i have to pay? he wants $500 or he posts them", ["hi"], []),
        ("do i have to pay him?", ["he says pay me 200 or i send your pics"], []),
        # how much, with no damages answer before
        ("how much would i actually get", SUED, ["utter_contact"]),
        # narrow wordings only: the older answers keep these
        ("do i have to pay for the lawyer?", PORN_SITE, []),
        ("how much would i get?", SUED, ["utter_crt_damages"]),
        ("should i tell the host?", CAMERA, []),
        # the host's platform with no camera told
        ("should i tell airbnb?", ["my ex posted my pics"], []),
        # shown on a phone, not asked
        ("he showed it on his phone to everyone.", DEEPFAKE, []),
        # the first message is never these answers
        ("do i have to pay?", [], []),
    ],
)
def test_not_these_answers(said, earlier, previous):
    assert p.follow_up(said, previous, earlier) is None
