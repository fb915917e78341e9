"""Round 12, kind 1: "what can I do?" after the person told what happened gets the routes that
fit what they said at once, never the route questions again ("Were you under 18 when the images
were taken?" after "I am 67"); the questions come only when asked for ("Help me choose").
Wordings are not the transcripts'."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import legal_routes as routes
from assistant import route_form_gate as gate
from assistant.age_parsing import parse_ages
from assistant.said_before import route_age_group_said

ROOT = Path(__file__).resolve().parents[2]


def _kind(text, earlier=(), previous=(), loop=None, offered=False):
    return gate.what_now_kind(
        "route_finder", text, list(earlier), [None] * len(earlier), None, loop, offered,
        list(previous),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["nothing is online yet, he just keeps saying he'll post them"], "what can I do then"),
        (["A man from a dating site wants money or he sends my video to my family. I am 67."],
         "What should I do now?"),
        ([], "my ex put my nudes on reddit what do i do"),
        (["I found a hidden camera in the bathroom of the place I rented"], "what are my options"),
        (["my husband sends private photos of me to his buddies"], "ok what can i do"),
        (["a girl on insta got me to send pics and now wants 500"], "what do i do now"),
    ],
)  # fmt: skip
def test_a_story_told_gets_the_routes_now(earlier, text):
    assert _kind(text, earlier) == gate.ROUTES_NOW


@pytest.mark.parametrize(("earlier", "text"), [([], "what are my options"), (["hi"], "what now")])
def test_nothing_told_keeps_the_questions(earlier, text):
    assert _kind(text, earlier) is None


def test_help_me_choose_asks_the_questions():
    assert gate.wants_questions(gate.NARROW_PAYLOAD)
    assert _kind(gate.NARROW_PAYLOAD, ["my ex posted my nudes"]) is None
    assert not gate.wants_questions("/route_finder")


def test_the_routes_just_given_are_not_given_again():
    assert _kind("what now", ["he posted my pics"], previous=["action_route_finder"]) is None


def test_the_help_me_choose_button_carries_the_payload_the_gate_reads():
    domain = yaml.safe_load((ROOT / "domain" / "routes.yml").read_text())
    buttons = domain["responses"]["utter_routes_next_choose"][0]["buttons"]
    # Braces doubled in the domain: Rasa fills {slot} placeholders in payloads.
    payloads = {button["payload"].replace("{{", "{").replace("}}", "}") for button in buttons}
    assert gate.NARROW_PAYLOAD in payloads


@pytest.mark.parametrize(
    "texts", [["I am 67 and he wants money"], ["im 24", "what now"], ["I'm 30 years old"]]
)
def test_an_adult_now_gets_both_removal_tools_and_no_youth_report_line(texts):
    group = route_age_group_said(texts)
    assert group == routes.ADULT_NOW
    keys = {route.key for route in routes.fitting_routes("shared", group, None, None)}
    assert {"stopncii", "take_it_down", "legal_advice"} <= keys
    assert "cybertip" not in keys


def test_an_age_unknown_still_lists_the_youth_routes():
    keys = {route.key for route in routes.fitting_routes("shared", None, None, None)}
    assert {"stopncii", "take_it_down", "cybertip"} <= keys


@pytest.mark.parametrize(
    "text", ["ok. i called 988. what can i do", "i texted 988 last night", "I called 911"]
)
def test_a_number_dialled_is_not_an_age(text):
    assert parse_ages(text).age is None
    assert route_age_group_said([text]) is None


def test_the_youth_block_given_turns_ago_is_not_given_again():
    # "im 15 and he shared my nudes" (the youth block), "will my parents find out" (answered),
    # then "what should i do": the next step, not the first block a second time.
    earlier = ["im 15 and my boyfriend shared my nudes", "will my parents find out"]
    kind = gate.what_now_kind(
        "route_finder", "what should i do", earlier, [None, None], None, None, False,
        ["utter_confidential"], ["utter_youth", "utter_youth_images", "utter_confidential"],
    )  # fmt: skip
    assert kind == gate.YOUTH_NEXT


@pytest.mark.parametrize(
    "text", ["what is an intimate image", "what counts as an image", "does a deepfake count"]
)
def test_a_question_about_images_is_no_story(text):
    # "What can I do?" after a definition keeps the questions: nothing happened was told.
    assert not gate.story_told([text])
