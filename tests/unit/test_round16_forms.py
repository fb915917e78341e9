"""Round 15 kinds 7 and 8, forms (session 16): facts asked again, forms restarting, ages said
in the first message not used, which police (assistant/form_followups.py). Wordings are our
own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import form_followups as ff
from assistant.dropped_halves import REMOVAL, says_it
from assistant.helper_followups import helper_minor_blackmail
from assistant.plain_text import plain_lower

IN_TROUBLE = "youth_in_trouble"
TROUBLE = frozenset({IN_TROUBLE})


def kind(
    text,
    earlier=(),
    so_far=None,
    previous=(),
    home_not_bc=False,
    young=False,
    in_form=None,
    police=False,
):
    return ff.forms_kind(
        text, list(earlier), so_far, list(previous), home_not_bc, young, in_form, TROUBLE, police
    )


# Which police, two places named.
@pytest.mark.parametrize(
    "text",
    [
        "so do i call toronto police or the kelowna rcmp?",
        "Should I go to Edmonton police or Surrey police about it",
        "can i report her to victoria police from winnipeg?",
        "is it the police here or the police where she lives",
        "do I report to police in Regina or in Vancouver",
        "burnaby rcmp or calgary police, which one",
    ],
)
def test_two_places_police(text):
    assert kind(text) == ff.POLICE_TWO_PLACES


@pytest.mark.parametrize(
    "text",
    [
        "should i call the police or a lawyer first",
        "can I report it to police?",
        "do I have to go to the police to get the free lawyer",
        "the police said no or they would call me back",
    ],
)
def test_not_two_places(text):
    assert kind(text) != ff.POLICE_TWO_PLACES


def test_police_from_outside_bc_without_the_service():
    assert kind("should i go to the police", home_not_bc=True, police=True) == ff.POLICE_OUTSIDE_BC
    assert kind("should i go to the police", home_not_bc=False, police=True) is None


# A young writer asks if they are in trouble.
@pytest.mark.parametrize(
    "earlier,text",
    [
        (["im 15 and someone posted my pics"], "will the cops arrest me if i tell them"),
        (["i'm 16. he screenshotted my snaps"], "but i sent them to him, am i in trouble now"),
        (["im 13"], "am i gonna get in trouble for taking them"),
    ],
)
def test_young_victim_in_trouble(earlier, text):
    assert kind(text, earlier, so_far=IN_TROUBLE, young=True) == ff.YOUNG_IN_TROUBLE


def test_in_trouble_not_young_or_under_12_keeps_its_answer():
    assert kind("am i in trouble", ["my pics got out"], so_far=IN_TROUBLE, young=False) is None
    assert kind("am i in trouble", ["im 11"], so_far=IN_TROUBLE, young=True) is None


# Moving to B.C. later.
@pytest.mark.parametrize(
    "earlier,text",
    [
        (
            [],
            "I'm moving to Kamloops in the spring from Halifax. Once I'm there, can the BC "
            "lawyers help me with what my ex posted?",
        ),
        (
            ["We are moving to Nanaimo in two months. My ex in Regina shared my pics"],
            "after we move would the free lawyer help even though he's in Saskatchewan?",
        ),
        (
            ["I'm relocating to Surrey next month, my ex in Alberta leaked a video"],
            "not yet, the move is in june",
        ),
    ],
)
def test_moving_to_bc_later(earlier, text):
    assert kind(text, earlier) in {ff.MOVING_TO_BC, ff.MOVING_TO_BC_AFTER}


def test_moving_to_bc_read_inside_a_form():
    earlier = ["moving to prince george in august, can i use the service after?"]
    assert (
        kind("i'm asking about once i live there", earlier, in_form="eligibility_form")
        == ff.MOVING_TO_BC
    )


def test_living_in_bc_now_is_no_move():
    assert kind("I live in Victoria, can I use the service?") is None


# Images only held: would the lawyer take me?
@pytest.mark.parametrize(
    "text",
    [
        "can the free lawyer help me if nothing was shared or threatened",
        "would the legal service even see me when he hasn't posted them or threatened to",
        "do i qualify if they were never shared or threatened",
    ],
)
def test_held_qualify(text):
    assert kind(text) == ff.HELD_QUALIFY
    assert kind(text, in_form="eligibility_form") == ff.HELD_QUALIFY


# A hidden camera, nothing known to be recorded.
@pytest.mark.parametrize(
    "text",
    [
        "found a tiny camera in the bathroom of my rental. not sure if it recorded anything. "
        "what can i do?",
        "There was a hidden camera in the gym changing room. I don't know if it filmed me. "
        "Is there anything I can do legally?",
    ],
)
def test_camera_not_known(text):
    assert kind(text) == ff.CAMERA_NOT_KNOWN


def test_camera_with_sharing_told_is_not_this_kind():
    text = "a hidden camera filmed me and he posted the video, no idea who saw it. what can i do"
    assert kind(text) != ff.CAMERA_NOT_KNOWN


# A threat: what can I do today?
THREAT = ["my ex says he will post my nudes if i leave him"]


@pytest.mark.parametrize(
    "text",
    [
        "how can i stop him tonight, i cant wait for a call back",
        "what can I do right now to stop him",
        "is there a way to stop him before the lawyer gets back to me",
        "ok but how do i stop this in the meantime",
    ],
)
def test_stop_now(text):
    assert kind(text, THREAT) == ff.STOP_NOW
    assert kind(text, THREAT, in_form="eligibility_form") == ff.STOP_NOW


def test_stop_now_needs_a_threat():
    assert kind("how do i stop him right now", ["my ex has my pics"]) != ff.STOP_NOW


# "if they say no" right after the pilot-dates note.
@pytest.mark.parametrize(
    "text",
    ["and if they say no?", "what happens if the service is full", "what if they turn me down"],
)
def test_service_says_no(text):
    assert kind(text, previous=["utter_service_period_ended"]) == ff.SERVICE_SAYS_NO
    assert kind(text, previous=["utter_image_removal"]) != ff.SERVICE_SAYS_NO


# An older writer's own blackmail naming her children as the audience (p11's kind).
@pytest.mark.parametrize(
    "text",
    [
        "Can I get the money back? And will he really send them to my kids if I stop?",
        "he says he'll email my sons and my boss unless I pay again",
    ],
)
def test_children_as_audience_is_no_helper(text):
    assert not helper_minor_blackmail(text)


def test_a_child_blackmailed_is_still_a_helper():
    assert helper_minor_blackmail(
        "someone is blackmailing my son, 15, they want money for his pics"
    )


def test_under_18_answer_says_removal_already():
    assert says_it(REMOVAL, ["utter_images_taken_under_18"])


def test_plain_lower_keeps_words():
    assert "police" in plain_lower("Police?")


# Images only held, both denied: the answer for held images, not blackmail steps.
@pytest.mark.parametrize(
    "text",
    [
        "my ex has photos i sent him. he never posted them or threatened to, i want them gone",
        "He hasn't shared any of them or threatened me but I want them deleted, can I force him?",
    ],
)
def test_held_told(text):
    assert kind(text) == ff.HELD_TOLD


def test_held_told_with_a_demand_is_not_this_kind():
    text = "he hasn't posted them or threatened to, but he wants money or else"
    assert kind(text) != ff.HELD_TOLD


# Neither said before the check: not asked "shared or threatened?" again.
def test_neither_said_before_the_check():
    assert ff.neither_said(
        ["my ex kept my pics. he never posted them or threatened to, i just want them gone"]
    )
    assert not ff.neither_said(
        ["he hasnt posted them or threatened me", "now he says he'll post them"]
    )
    assert not ff.neither_said(["nothing has been shared yet"])


@pytest.mark.parametrize(
    "text",
    [
        "does it matter that he's still in regina?",
        "what about once i've moved, would it matter it happened in saskatchewan",
        "when i'm living in bc will they help me",
    ],
)
def test_after_a_move_to_bc_was_told(text):
    earlier = ["we're relocating to Kelowna from Regina in the fall. my ex there leaked my pics"]
    assert kind(text, earlier) in {ff.MOVING_TO_BC, ff.MOVING_TO_BC_AFTER}


def test_matters_without_a_place_is_not_the_move():
    earlier = ["we're relocating to Kelowna from Regina in the fall. my ex there leaked my pics"]
    assert kind("does it matter that it was a fake?", earlier) not in {
        ff.MOVING_TO_BC,
        ff.MOVING_TO_BC_AFTER,
    }
