"""Round 16 kinds 3-6, context (session 17): plain messages in context, facts said used, the best
route, first replies (assistant/context_followups.py). Wordings are our own, not the
transcripts'."""

from __future__ import annotations

import pytest

from assistant import context_followups as cf
from assistant import practical_followups as pf
from assistant import safety_followups as sf

REPLACES = frozenset({"routes_now", "unsure_shared"})


def kind(
    text,
    earlier=(),
    so_far=None,
    previous=(),
    young=False,
    situation=None,
    loop=None,
    requested=None,
):
    return cf.context_kind(
        text, list(earlier), so_far, list(previous), young, situation, loop, requested, REPLACES
    )


# A threat meant to control: leaving, ending it, telling, saying no.
@pytest.mark.parametrize(
    "text",
    [
        "he told me if i break up with him he'll send my nudes to my whole family",
        "she says she will post the video if i tell anyone what she did to me",
        "he keeps saying the day i move out hell upload my pics",
        "if i dont do what he says he will put my pics online",
        "my husband threatens to share our tape if i leave him",
        "he said unless i come back he would show everyone my photos",
    ],
)
def test_threat_to_control(text):
    assert kind(text) == cf.THREAT_CONTROL


@pytest.mark.parametrize(
    "text",
    [
        "if i leave the chat will he see it",
        "he says if i dont pay $500 he'll post my nudes",
        "if i leave him will the lawyer still help me",
        "what happens if i report him, will he find out",
        "he gets really angry when i say no to sending pics",
    ],
)
def test_not_threat_to_control(text):
    assert kind(text) != cf.THREAT_CONTROL


def test_threat_already_answered_stays():
    assert (
        cf.context_kind(
            "he'll post them if i leave", [], None, [], False, None, None, None, REPLACES, True
        )
        is None
    )


def test_threat_inside_form_is_the_forms():
    assert (
        kind("if i leave he'll post them", loop="eligibility_form", requested="image_situation")
        != cf.THREAT_CONTROL
    )


# The phone's call log.
@pytest.mark.parametrize(
    "text",
    [
        "he scrolls through my recent calls every night",
        "he goes over my call history, so how do i call you",
        "will the call show up on my phone bill",
        "he reads all my texts and calls",
        "my call log gets checked by him",
    ],
)
def test_call_log(text):
    assert kind(text) == cf.CALL_LOG


@pytest.mark.parametrize(
    "text, earlier",
    [
        (
            "if i phone the intake line will he see that i called?",
            ["he reads my messages every day"],
        ),
        ("will it show up for him if i call the number", []),
        ("could he find out i called the lawyer", ["my boyfriend checks my phone"]),
    ],
)
def test_call_found_out(text, earlier):
    assert kind(text, earlier) == cf.CALL_FOUND_OUT


@pytest.mark.parametrize(
    "text",
    [
        "will he find out i called the lawyer",  # no phone checked said: confidentiality
        "can i call the lawyer tonight",
        "he checks my phone every night",
        "what number do i call",
    ],
)
def test_not_call_log(text):
    assert kind(text) not in (cf.CALL_LOG, cf.CALL_FOUND_OUT)


# A young writer: someone to talk to who won't tell the parents.
@pytest.mark.parametrize(
    "text",
    [
        "is there anyone i can text who wont call my mom and dad",
        "i need someone to talk to without my parents knowing",
        "who can i talk to that won't tell my parents",
        "i dont want my family to find out, is there somewhere i can chat",
    ],
)
def test_young_private_talk(text):
    assert kind(text, young=True) == cf.YOUNG_PRIVATE_TALK


def test_adult_private_talk_not_read():
    assert kind("is there someone i can talk to who wont tell my family", young=False) is None


def test_young_parents_question_without_talk_not_read():
    assert kind("does kids help phone tell your parents", young=True) != cf.YOUNG_PRIVATE_TALK


# Cybertip.ca and parents.
@pytest.mark.parametrize(
    "text",
    [
        "i meant cybertip. would they contact my mom",
        "does cybertip call your parents",
        "if i report on cybertip.ca will my dad be told",
    ],
)
def test_cybertip_parents(text):
    # One answer for this: practical_followups' (the two readers were merged in session 17).
    assert pf.practical_followup_kind(text, [], []) == pf.CYBERTIP_PARENTS


@pytest.mark.parametrize(
    "text",
    [
        "how do i report to cybertip",
        "Is reporting to Cybertip enough, and should her parents be told?",
        "i told my parents and we called cybertip",
    ],
)
def test_not_cybertip_parents(text):
    assert pf.practical_followup_kind(text, [], []) != pf.CYBERTIP_PARENTS


# Not knowing whether images were shared.
@pytest.mark.parametrize(
    "text",
    [
        "i think my ex may have sent my photos to someone but i dont know for sure",
        "not sure if my ex girlfriend posted our video anywhere",
        "he might have shown my nudes to his roommates",
        "i have no idea whether she shared the pics",
        "i dont even know for sure that he posted them",
    ],
)
def test_unsure_told(text):
    assert kind(text) == cf.UNSURE_TOLD


@pytest.mark.parametrize(
    "text",
    [
        "my ex posted my pics and im not sure what to do",
        "he hasn't shared them, i'm not sure he will",
        "he might post them if i dont pay",
        "he shared my pics with his friends",
    ],
)
def test_not_unsure_told(text):
    assert kind(text) != cf.UNSURE_TOLD


def test_unsure_not_again_right_after_its_answer():
    assert kind("not sure if he sent them, what can i do", previous=["utter_unsure_shared"]) is None


def test_unsure_does_not_replace_a_narrow_kind():
    assert kind("not sure if he posted them", so_far="some_narrow_kind") is None


@pytest.mark.parametrize(
    "text",
    [
        "no idea whether he showed them to anyone, he still has them though",
        "i dont know if she sent it, thats the whole problem",
        "he may have passed them around, im not sure",
    ],
)
def test_unsure_in_check(text):
    assert kind(text, loop="eligibility_form", requested="image_situation") == cf.UNSURE_IN_CHECK


@pytest.mark.parametrize(
    "text, requested",
    [
        ("he posted them on reddit", "image_situation"),
        ("he never shared them", "image_situation"),
        ("i dont know if i live in bc anymore", "lives_in_bc"),
    ],
)
def test_not_unsure_in_check(text, requested):
    assert kind(text, loop="eligibility_form", requested=requested) != cf.UNSURE_IN_CHECK


# The one number for removal.
@pytest.mark.parametrize(
    "text, earlier",
    [
        ("What is the best phone number to get them taken off Instagram?", []),
        ("Sorry, so which single number do I ring?", ["can you get the pictures off facebook"]),
        ("who do i call to get it taken down", []),
        ("which one do I call first to have the photos removed", []),
    ],
)
def test_one_number_removal(text, earlier):
    assert kind(text, earlier) == cf.ONE_NUMBER_REMOVAL


def test_one_number_after_removal_answer():
    assert kind("ok which number should i call", previous=["utter_image_removal"]) == (
        cf.ONE_NUMBER_REMOVAL
    )


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("which number do i call for the police", ["i want them off facebook"]),
        ("what number is the lawyer", ["take it down"]),
        ("which number do i call", []),
        ("what is the crisis line number", ["get them removed"]),
        ("ok so who do I call today?", ["should I delete the photo from his phone?"]),
        ("WHO DO I CALL TO REPORT HIM THEN", ["HOW DO I GET IT OFF TWITTER"]),
    ],
)
def test_not_one_number_removal(text, earlier):
    assert kind(text, earlier) != cf.ONE_NUMBER_REMOVAL


# The tribunal online, from elsewhere.
@pytest.mark.parametrize(
    "text, previous",
    [
        ("the tribunal is all online isnt it, so i can still file from calgary?", []),
        ("its online right? so i could do it from ontario", ["utter_crt_outside_bc"]),
        ("can i use the crt website after i move to alberta", []),
    ],
)
def test_crt_online_away(text, previous):
    assert kind(text, previous=previous) == cf.CRT_ONLINE_AWAY


@pytest.mark.parametrize(
    "text",
    [
        "can i do the whole crt thing online from home?",
        "is the crt online or in person",
        "is it online",
    ],
)
def test_not_crt_online_away(text):
    assert kind(text) != cf.CRT_ONLINE_AWAY


# One first step right now.
@pytest.mark.parametrize(
    "text, earlier, young, expected",
    [
        (
            "what should i do right now",
            ["my ex says hes going to put my nudes on twitter"],
            False,
            sf.FIRST_STEP_THREAT,
        ),
        ("what do i do RIGHT NOW", ["he threatened to leak my video"], False, sf.FIRST_STEP_THREAT),
        (
            "what should i do right away",
            ["she posted my pic on her story"],
            False,
            sf.FIRST_STEP_SHARED,
        ),
        (
            "what do i do right now im scared",
            ["he said he will send them to my boss"],
            False,
            sf.FIRST_STEP_THREAT_SCARED,
        ),
        ("what do i do right now", ["a guy posted my pic"], True, sf.FIRST_STEP_YOUNG),
    ],
)
def test_right_now(text, earlier, young, expected):
    assert kind(text, earlier, young=young) == expected


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("what do i do right now", []),  # nothing told yet
        ("what should I do now", ["he says he will send my video unless I pay"]),  # the routes
        ("ok now what", ["she posted my pic on her story"]),
        ("what can i do about intimate images", ["hi"]),
        ("what do i do right now", ["what is consent"]),
    ],
)
def test_not_right_now(text, earlier):
    assert kind(text, earlier) is None


def test_right_now_does_not_replace_a_narrow_kind():
    assert kind("what do i do now", ["he threatened me"], so_far="fear_kind") is None


# The age said: the young versions.
def test_fitted_for_age():
    sequence = ["utter_sextortion_paid", "utter_if_threat_carried_out", "utter_x"]
    assert cf.fitted_for_age(sequence, True) == [
        "utter_sextortion_paid_young",
        "utter_if_threat_carried_out_young",
        "utter_x",
    ]
    assert cf.fitted_for_age(sequence, False) == sequence


def test_every_answer_is_in_the_domain():
    from pathlib import Path

    import yaml

    text = Path("domain/context_followups.yml").read_text()
    responses = yaml.safe_load(text)["responses"]
    names = {n for seq in cf.ANSWERS.values() for n in seq if n.startswith("utter_")}
    names |= {n for seq in cf.AGAIN.values() for n in seq}
    names |= set(cf.YOUNG_VERSIONS.values())
    shared = {"utter_threats_routes", "utter_unsure_shared", "utter_told_person_service"}
    assert names - shared <= set(responses)
