"""Round 11, kinds 1 and 4: a follow-up question that got no answer, and the second half of a
two-part question that was dropped (assistant/unanswered.py). Wordings here are not the
transcripts' (those are replayed in tests/conversations/round11_followups.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import unanswered as u
from assistant.asked_next import POLICE_WHERE
from assistant.next_questions import FIND_ONLINE
from assistant.plain_questions import NUMBERS
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS

ASKED_FOR_PICS = "my coach keeps asking me for pics"


@pytest.mark.parametrize(
    ("text", "earlier", "minor", "kind"),
    [
        # The images already out there.
        ("what if she already posted it to everyone at school", [], True, u.ALREADY_SENT_YOUTH),
        (
            "ok I blocked her but what if she has already shared it with people?",
            [],
            False,
            u.ALREADY_SENT,
        ),
        ("what am i supposed to do now that its already online", [], True, u.ALREADY_SENT_YOUTH),
        # Kids Help Phone's own confidentiality.
        ("would my dad find out if i texted kids help phone", [], True, u.KHP_PRIVATE),
        ("is khp private? like will they tell my school", [], True, u.KHP_PRIVATE),
        ("do they tell anyone?", ["whats the number for kids help phone"], True, u.KHP_PRIVATE),
        ("is victimlink confidential?", [], False, u.LINE_PRIVATE),
        # Living with the person who shared.
        (
            "my wife keeps showing my nudes to her sister. we live together. what do i do",
            [],
            False,
            u.LIVES_WITH_SHARER,
        ),
        (
            "bf sent our videos to his friends and i still live with him. help",
            [],
            False,
            u.LIVES_WITH_SHARER,
        ),
        (
            "my partner posted my photos online, we share an apartment",
            [],
            False,
            u.LIVES_WITH_SHARER,
        ),
        # A family member posted a private photo.
        (
            "my stepdad put up a photo of me in a towel on instagram",
            [],
            True,
            u.FAMILY_POSTED_YOUTH,
        ),
        (
            "my sister shared a pic of me getting dressed in the group chat",
            [],
            False,
            u.FAMILY_POSTED,
        ),
        (
            "my dad posted a video of me in the bath when i was little, i'm 15 now",
            [],
            True,
            u.FAMILY_POSTED_YOUTH,
        ),
        # Being asked: how to make it stop.
        ("how can i get him to leave me alone", [ASKED_FOR_PICS], True, u.STOP_ASKING_YOUTH),
        ("what do i do to make my manager stop messaging me for photos", [], False, u.STOP_ASKING),
        ("how do i stop him from texting me for nudes", [], True, u.STOP_ASKING_YOUTH),
        # Every phone number.
        ("can you give me a list of all the numbers for my clients", [], False, NUMBERS),
        ("which contacts should I hand out? all the hotlines please", [], False, NUMBERS),
        ("what numbers can we give people who come to us?", [], False, None),
        # Custody and family court.
        ("could this mess up my parenting time if i go to the cops?", [], False, u.CUSTODY),
        ("will the judge in my family court case hear about the report?", [], False, u.CUSTODY),
        ("does calling police hurt my chances at custody", [], False, u.CUSTODY),
        # Not knowing if it was shared.
        ("how would i even know whether she posted it", [], False, FIND_ONLINE),
        (
            "how can i check if my ex really shared them? what if he never did",
            [],
            True,
            u.FIND_OUT_NOT_SHARED,
        ),
        # Blocking.
        ("if i block her will she actually post the video?", [], False, u.SEND_IF_BLOCK),
        ("will he still leak it if i stop replying", [], False, u.SEND_IF_BLOCK),
        # Options without police.
        ("what are my options if i dont want to involve the cops", [], False, u.NO_POLICE),
        (
            "what else can i do without the police? i don't want her to know i'm asking",
            [],
            False,
            u.NO_POLICE_PRIVATE,
        ),
        # Police where the other person lives.
        ("can the police here help even though he's in Ontario?", [], False, POLICE_WHERE),
        ("do i call the cops if she lives in alberta", [], False, POLICE_WHERE),
    ],
)
def test_unanswered_kinds(text: str, earlier: list[str], minor: bool, kind: str | None) -> None:
    assert u.unanswered_kind(text, earlier, minor) == kind


@pytest.mark.parametrize(
    "text",
    [
        "how do i make him stop sharing my pics",  # the tribunal's order (another reader)
        "what's the kids help phone number?",  # the line itself
        "do you know the number for kids help phone?",
        "my mom posted about my birthday on facebook",  # nothing private
        "should I call police if he is in danger",
        "i live with my parents",
        "",
        "/ask_crt",
    ],
)
def test_not_unanswered(text: str) -> None:
    assert u.unanswered_kind(text, []) is None


@pytest.mark.parametrize(
    ("text", "kind", "sequence", "earlier", "expected"),
    [
        # The second half after the main answer.
        (
            "which site do i use? also can i still get the free lawyer now that im 19",
            "images_taken_under_18",
            ["utter_route_take_it_down"],
            [],
            ["utter_route_take_it_down", u.H_LAWYER],
        ),
        (
            "do i need to call the cops? i'm worried my wife will find out",
            "subject_must_report",
            ["utter_must_report"],
            [],
            ["utter_must_report", u.H_TOLD],
        ),
        # The first half before the main answer, in the order asked.
        (
            "could she be charged for sending it? and should we just pay him",
            "sextortion_pay",
            ["utter_sextortion_pay"],
            [],
            [u.H_CHILD_TROUBLE, "utter_sextortion_pay"],
        ),
        (
            "am i going to be in trouble? should i pay",
            "sextortion_pay",
            ["utter_sextortion_pay"],
            [],
            [u.H_OWN_TROUBLE, "utter_sextortion_pay"],
        ),
        # A sharer's parent: deleting it.
        (
            "what happens to him? should we delete the pic from his phone?",
            "own_child_shared",
            ["utter_own_child_shared"],
            [],
            ["utter_own_child_shared", u.H_DELETE],
        ),
        (
            "how would i know if he posted it? and what if he didn't",
            "find_out_online",
            ["utter_find_out_online"],
            [],
            ["utter_find_out_online", u.H_NOT_SHARED],
        ),
    ],
)
def test_second_half(
    text: str, kind: str, sequence: list[str], earlier: list[str], expected: list[str]
) -> None:
    assert u.second_half(text, kind, sequence, earlier) == expected


@pytest.mark.parametrize(
    ("text", "kind", "sequence"),
    [
        # One question only.
        ("can i still get the free lawyer?", "images_taken_under_18", ["utter_x"]),
        # The main answer says it already.
        (
            "is it confidential? i don't want him to find out",
            "youth_who_is_told",
            ["utter_who_is_told"],
        ),
        # "should I delete it?" is a sharer's parent's question only.
        (
            "my ex has my nudes. should i delete them from my phone?",
            "held_not_shared",
            ["utter_held_not_shared"],
        ),
        # No main answer to add to.
        ("x? can i still get the free lawyer", None, None),
    ],
)
def test_no_second_half(text: str, kind: str | None, sequence: list[str] | None) -> None:
    assert u.second_half(text, kind, sequence, []) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # One who shared someone's image: "am I in trouble?" is never "it was done to you".
        ("i sent my friend's nude to a group chat. will i get charged? what now", "writer_shared"),
        (
            "im 16, i kept her pics. i didnt share them. am i in trouble for having them?",
            "young_holds_images",
        ),
    ],
)
def test_trouble_half_only_for_the_blackmailed(text: str, kind: str) -> None:
    assert u.second_half(text, kind, ["utter_x"], []) is None


def test_no_lawyer_half_outside_bc() -> None:
    text = "which removal site do i use? and can i still get the free lawyer"
    assert u.second_half(text, "images_taken_under_18", ["utter_x"], [], lives_outside=True) is None
    assert u.second_half(text, "images_taken_under_18", ["utter_x"], []) == ["utter_x", u.H_LAWYER]


def _responses() -> dict:
    responses: dict = {}
    for path in Path("domain").glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    return responses


def test_every_answer_is_a_response_and_wired() -> None:
    responses = _responses()
    halves = [answer for _, answer in u._HALVES]
    for kind, sequence in u.ANSWERS.items():
        assert DEFAULT_DIRECT_ANSWERS[kind] == sequence
        for name in sequence:
            assert name in responses, name
    for name in halves:
        assert name in responses, name


def test_silent_sources_are_said_with_a_next_step() -> None:
    """Where the sources say nothing, the answer says so and names who can help."""
    responses = _responses()
    for name, who in [
        ("utter_khp_private", "1-800-668-6868"),
        ("utter_custody_not_covered", "604-673-3143"),
        ("utter_stop_asking_youth", "Cybertip.ca"),
        ("utter_delete_child_image", "1-866-658-9022"),
        ("utter_send_if_block", "1-800-563-0808"),
    ]:
        text = responses[name][0]["text"]
        assert "doesn't" in text and who in text, name
    # Kids Help Phone's confidentiality is not in the sources: never claimed.
    assert "confidential" not in responses["utter_khp_private"][0]["text"]
