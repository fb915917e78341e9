"""Round 16 kind 1, practical part (session 17, helper "practical"): a practical follow-up that
got a nearby stock block, or the same block again, gets its own answer, and a re-ask a shorter,
different one (assistant/practical_followups.py). Wordings are our own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import practical_followups as pf
from tests.domain_files import response_texts

CAMERA = ["there was a hidden camera in the bathroom of the place i rent"]
PRINTED = ["my ex put printed nudes of me on the doors in my building"]
CHILD = ["a man on snapchat keeps asking my little sister (13) for pictures"]


def kind(text, earlier=(), replies=None):
    earlier = list(earlier)
    replies = replies if replies is not None else [[] for _ in earlier]
    return pf.practical_followup_kind(text, earlier, replies)


@pytest.mark.parametrize(
    "text",
    [
        "is blocking him going to make him angrier and post it?",
        "im scared to block her in case she leaks the video",
        "he said if i block him he'll send it to everyone. should i still block?",
        "would blocking the account just set them off",
        "is it risky to block him right now",
    ],
)
def test_blocking_feared(text):
    assert kind(text) == pf.BLOCK_FEAR


@pytest.mark.parametrize(
    "text",
    [
        "should i block him or keep the account open",
        "he blocked me and now i cant see what he posted",
        "how do i block someone on snapchat",
        "Should she block him? She's afraid he'll get angry and come after her",
    ],
)
def test_blocking_without_that_fear_is_not_read(text):
    assert kind(text) != pf.BLOCK_FEAR


@pytest.mark.parametrize(
    "text",
    [
        "can i unplug the hidden camera or will that mess things up",
        "found a tiny cam in the airbnb smoke detector. do i throw it away?",
        "should i smash the camera or leave it where it is",
        "is it ok to take the camera down myself?",
    ],
)
def test_a_camera_found_what_to_do(text):
    assert kind(text, CAMERA) == pf.CAMERA_WHAT


def test_it_right_after_the_camera_is_the_camera():
    assert kind("should i just rip it out of the vent", CAMERA) == pf.CAMERA_WHAT


@pytest.mark.parametrize(
    "text",
    [
        "my camera roll has the pics, should i delete them",
        "should i take the pics down from my instagram",
        "can i leave it for now and call tomorrow",
    ],
)
def test_other_cameras_and_it_are_not_read(text):
    assert kind(text) != pf.CAMERA_WHAT


def test_the_camera_asked_again_gets_the_short_answer():
    replies = [["utter_camera_smash_or_leave"]]
    assert kind("but do i take it down or leave it?", CAMERA, replies) == f"{pf.CAMERA_WHAT}_again"


@pytest.mark.parametrize(
    "text",
    [
        "i ripped the posters off the walls, did i mess up the evidence?",
        "I already threw the flyers out. was that a mistake?",
        "took every one of them down this morning, did i ruin my case",
        "i pulled them all down. is that bad for evidence?",
    ],
)
def test_printed_copies_taken_down(text):
    assert kind(text, PRINTED) == pf.TORE_DOWN


@pytest.mark.parametrize(
    "text",
    [
        "the site took it down, was that bad",
        "should i take them down?",
        "i pulled them all down",
    ],
)
def test_other_taking_down_is_not_read(text):
    assert kind(text) != pf.TORE_DOWN


@pytest.mark.parametrize(
    "text",
    [
        "can the tribunal make reddit take it down or only my ex?",
        "does a protection order bind the hosting company too?",
        "would google have to de-index it if the crt orders it",
        "what does de-index mean, is that google?",
    ],
)
def test_who_a_tribunal_order_binds(text):
    assert kind(text) == pf.ORDER_WHO


def test_who_the_order_goes_to_after_the_tribunal_answer():
    text = "so who does the order go to, the guy or the website?"
    assert kind(text, ["what can the crt do"], [["utter_crt"]]) == pf.ORDER_WHO


@pytest.mark.parametrize(
    "text",
    ["how do i report it to reddit", "can the tribunal order him to delete it?", "what is the crt"],
)
def test_other_tribunal_questions_are_not_read(text):
    assert kind(text) != pf.ORDER_WHO


@pytest.mark.parametrize(
    "text",
    [
        "the site is hosted in russia. can anyone make them remove it?",
        "its on a foreign porn site, is there any way to force it down",
        "what about a forum that isn't a stopncii partner, who can get it removed?",
    ],
)
def test_a_site_abroad(text):
    assert kind(text) == pf.SITE_ABROAD


@pytest.mark.parametrize(
    "text",
    ["my ex lives overseas, can I still get a protection order", "i live abroad now"],
)
def test_other_abroad_is_not_read(text):
    assert kind(text) != pf.SITE_ABROAD


@pytest.mark.parametrize(
    "text",
    [
        "can i contact cybertip myself or does it have to be an adult",
        "does the report have to come from a parent or can i do it, im her big brother",
        "am i old enough to report it to cybertip? im 18",
    ],
)
def test_a_childs_helper_reporting(text):
    assert kind(text, CHILD) == pf.CHILD_REPORT


def test_reporting_and_the_picture_she_sent():
    text = (
        "can we get the pic she sent deleted? and can i report it myself or does it have to be"
        " a parent"
    )
    assert kind(text, CHILD) == pf.CHILD_REPORT_REMOVE
    assert kind("is there a way to get the photo she sent deleted?", CHILD) == pf.CHILD_REMOVE


def test_reporting_with_no_child_is_not_read():
    assert kind("can i report it myself") is None
    assert kind("can i report it myself or does it have to be a parent") is None


@pytest.mark.parametrize(
    "text",
    [
        "if i report to cybertip will my dad find out?",
        "does cybertip contact the family?",
        "will cybertip call my parents if i report",
        "no i mean cybertip, do they tell your mom",
    ],
)
def test_cybertip_and_parents(text):
    assert kind(text) == pf.CYBERTIP_PARENTS


@pytest.mark.parametrize(
    "text",
    [
        "does kids help phone tell your parents",
        "what is cybertip",
        "Is Cybertip enough? And should her parents be told?",
    ],
)
def test_other_parents_questions_are_not_read(text):
    assert kind(text) != pf.CYBERTIP_PARENTS


def test_every_answer_exists_and_again_differs():
    texts = dict(response_texts())
    for kind_name, steps in pf.ANSWERS.items():
        for step in steps:
            assert step in texts, (kind_name, step)
    for kind_name in pf._FIRST:
        assert pf.ANSWERS[f"{kind_name}_again"] != pf.ANSWERS[kind_name]


def test_removal_halves_are_left_out():
    steps = ["utter_camera_smash_or_leave", "utter_image_removal", "utter_image_removal_youth"]
    assert pf.without_removal(steps) == ["utter_camera_smash_or_leave"]


def test_not_known_what_it_recorded_after_the_camera_answer():
    replies = [["utter_camera_smash_or_leave"]]
    text = "i dont even know if it recorded anything, thats the thing"
    assert kind(text, CAMERA, replies) == pf.CAMERA_UNKNOWN
    assert kind(text, CAMERA, [["utter_evidence"]]) is None
