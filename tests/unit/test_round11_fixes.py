"""Money or the tribunal asked when images were only taken (simulated users round 11, p10)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.helper_context import answer_kind_in_context
from assistant.helper_reading import HELPER_OTHER_ADULT
from assistant.money_not_shared import MONEY_NOT_SHARED, money_not_shared
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.policies.repeats import AGAIN

CAMERA = "I FOUND A CAMERA IN THE BATHROOM OF MY AIRBNB. what are my rights here??"


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ([CAMERA], "I don't know if they shared it. can I sue the host?"),  # p10 T2
        ([CAMERA, "I don't know if they shared it."], "can I SUE the airbnb host or get money"),
        ([CAMERA], "does the tribunal cover hidden camera recording if nothing was shared?"),
        ([CAMERA, "nothing was shared as far as i know"], "so can I take the host to the tribunal"),
        (
            ["my roommate filmed me in the shower"],
            "its not posted anywhere. can i get compensation",
        ),
        (
            [],
            "my ex recorded us without asking, not shared yet i think. can i sue him for damages?",
        ),
        (
            ["my landlord had a hidden cam in the unit"],
            "not sure if he posted it. does the crt help",
        ),
    ],
)
def test_money_for_images_only_taken(earlier: list[str], text: str) -> None:
    assert money_not_shared(text, earlier)
    assert answer_kind_in_context(None, "ask_crt", text, [None] * len(earlier), earlier) == (
        MONEY_NOT_SHARED
    )


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        # A sharing or a threat told: the tribunal's own answers fit.
        (["my ex posted my nudes on reddit"], "can i sue him?"),
        (["he said he'll send the video to my boss"], "nothing is posted yet, can I sue him?"),
        # No money or tribunal asked.
        ([CAMERA], "I don't know if they shared it. what should I do first?"),
        # Nothing taken said.
        ([], "can I get money from the tribunal?"),
    ],
)
def test_not_money_for_images_only_taken(earlier: list[str], text: str) -> None:
    assert not money_not_shared(text, earlier)


def test_a_crisis_is_never_replaced() -> None:
    text = "I don't know if they shared it, can I sue, I want to kill myself"
    assert answer_kind_in_context(None, "crisis", text, [None], [CAMERA]) != MONEY_NOT_SHARED


def test_answered_and_asked_again_in_other_words() -> None:
    assert DEFAULT_DIRECT_ANSWERS[MONEY_NOT_SHARED][0] == "utter_money_not_shared"
    assert AGAIN[MONEY_NOT_SHARED] == ["utter_held_not_shared_order"]


def _domain_text(name: str) -> str:

    for path in sorted(Path("domain").glob("*.yml")):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        if name in responses:
            return " ".join(variant.get("text", "") for variant in responses[name])
    raise AssertionError(f"{name} not in domain/")


def test_the_outside_bc_answer_claims_nothing_on_the_tribunal() -> None:
    """Round 11, p32 (and round 6, p19): the sources never say the tribunal is only for people in
    B.C.; the answer says what they don't say."""
    text = _domain_text("utter_outside_bc_lines")
    assert "Civil Resolution Tribunal are for people in B.C." not in text
    assert "doesn't say whether the Civil Resolution Tribunal can act" in text


def test_an_adult_helpers_talk_question_gets_what_helps_not_a_lead_in_alone() -> None:
    """Round 11, p24: "what can I do for her tonight?" got "Here is what they can do", alone."""
    sequence = DEFAULT_DIRECT_ANSWERS[HELPER_OTHER_ADULT]
    assert "utter_helper_adult" not in sequence  # the lead-in of a list it does not send
    assert "1-800-563-0808" in " ".join(_domain_text(name) for name in sequence)


def test_a_crisis_said_again_gets_the_lines_in_other_words() -> None:
    """Round 11, p17: the crisis block twice in a row, word for word."""
    from assistant.policies.interrupt import DEFAULT_INTERRUPTS, crisis_said_again

    crisis = DEFAULT_INTERRUPTS["crisis"]
    assert crisis_said_again(crisis, ["utter_crisis", "utter_crisis_next"]) == [
        "utter_crisis_again"
    ]
    assert crisis_said_again(crisis, ["utter_contact"]) == crisis  # first time: the full answer
    danger = DEFAULT_INTERRUPTS["immediate_danger"]
    assert crisis_said_again(danger, ["utter_immediate_danger", "utter_crisis_next"]) == [
        "utter_immediate_danger_again"
    ]
    assert crisis_said_again(danger, ["utter_crisis", "utter_crisis_next"]) == danger
    again = _domain_text("utter_crisis_again")
    for line in ("9-8-8", "310-6789", "1-800-563-0808", "9-1-1"):
        assert line in again
    assert all(line in _domain_text("utter_immediate_danger_again") for line in ("9-1-1", "9-8-8"))
