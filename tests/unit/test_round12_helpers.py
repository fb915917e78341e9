"""Round 12, helper "helpers": people writing for someone else (assistant/helper_cases.py).

Wordings are made up for the kinds found by probing, in other words, typos and lowercase."""

from __future__ import annotations

import pytest

from assistant import helper_cases as hc
from assistant import helper_reading as hr
from assistant.answer_kinds import CHILD_ASKED, answer_kind
from assistant.helper_check_in import CHECK_IN, HELPER_CHECK_IN, check_in_for
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS, ENDS_FORMS
from tests.domain_files import responses

# --- kind 1: an adult asked for images, told by a helper -------------------------------------


@pytest.mark.parametrize(
    "text,intent,expected",
    [
        (
            "my friend (30) has a coworker pressuring her for pics, what can she do",
            "route_finder",
            hc.HELPER_ADULT_ASKED_WORK,
        ),
        ("my sister is 24 and a guy keeps asking her for pics", "check_age_rules", None),
        ("MY SISTER IS 31 AND HER EX KEEPS ASKING HER FOR NUDES", "ask_no_consent", None),
        ("my freind is 25 and a guy from her gym keeps askin her for pics", None, None),
        ("my roommate (22) says some guy on tinder wont stop asking her to send pics", None, None),
        ("my brother (29) is getting pressured by a woman online to send naked pics", None, None),
        (
            "my bestie is 27 and her boss keeps begging her for nudes. what can she do",
            "route_finder",
            hc.HELPER_ADULT_ASKED_WORK,
        ),
        (
            "my wifes manager keeps pressuring her to send him photos",
            "ask_no_consent",
            hc.HELPER_ADULT_ASKED_WORK,
        ),
    ],
)
def test_an_adult_asked_for_images_told_by_a_helper(text: str, intent, expected) -> None:
    assert answer_kind(text, intent) == (expected or hc.HELPER_ADULT_ASKED)


@pytest.mark.parametrize(
    "text",
    [
        "my brother is 10 and a man online asked him for pictures",  # a child: exploitation
        "my friend is 15 and a guy keeps asking her for pics",
        "my sister is 24 and her ex posted her pics",  # shared: the helper's routes
        "my friend is 30 and a guy says he will post her pics unless she pays",  # blackmail
        "a guy keeps asking me for pics",  # the writer's own case
        "my daughter keeps getting asked for pics by a man",  # a child's word, no age
        "a 30 year old man has been asking my 14 year old for nude photos online",
        "a 40yo guy keeps asking my sister (16) for pics",
    ],
)
def test_not_an_adult_asked_for_images(text: str) -> None:
    assert hc.helper_adult_asked(text) is None


def test_the_adult_asked_answers_exist_end_forms_and_say_no_age_quiz() -> None:
    said = responses()
    for kind in (hc.HELPER_ADULT_ASKED, hc.HELPER_ADULT_ASKED_WORK):
        assert kind in ENDS_FORMS
        names = DEFAULT_DIRECT_ANSWERS[kind]
        text = " ".join(said[name][0]["text"] for name in names)
        assert "never have to send anything" in text
        assert "report the account" in text and "1-888-685-6222" in text
        assert "your images" not in text and "How old" not in text
    work = " ".join(said[n][0]["text"] for n in DEFAULT_DIRECT_ANSWERS[hc.HELPER_ADULT_ASKED_WORK])
    assert "manager over an employee" in work


# --- kind 2: a child asked for images, no check-in on the writer without a reason --------------


@pytest.mark.parametrize(
    "text",
    [
        "my niece is 13 and a man keeps messaging her asking for pictures, I'm scared for her",
        "my brother is 10 and a man online asked him for pictures",
        "my son is 9, some creep on roblox asked him for pics, im worried about him",
        "my daughter is 12 and a grown man on snapchat asked her for nudes",
    ],
)
def test_a_child_asked_needs_no_check_in_on_the_writer(text: str) -> None:
    assert hc.check_in_not_needed(CHILD_ASKED, text)


@pytest.mark.parametrize(
    "text",
    [
        "my niece is 13 and a man keeps asking her for pictures, I'm scared",
        "my son is 12, a man asked him for pics and now he says he wants to die",
        "a man asked my daughter (11) for nudes and i can't cope anymore",
        "my brother is 10 and a man asked him for pics, i'm not safe either",
    ],
)
def test_the_check_in_stays_for_distress_or_harm(text: str) -> None:
    assert not hc.check_in_not_needed(CHILD_ASKED, text)


def test_the_check_in_stays_for_other_kinds() -> None:
    assert not hc.check_in_not_needed(None, "my brother is 10 and a man asked him for pics")
    assert not hc.check_in_not_needed(hr.HELPER_ADULT, "my friend's ex leaked her pics")


def test_the_child_answer_carries_9_1_1_itself() -> None:
    said = responses()
    for kind in hc.CHILD_ASKED_KINDS:
        first = DEFAULT_DIRECT_ANSWERS[kind][0]
        assert "9-1-1" in said[first][0]["text"]


# --- kind 3: each crisis line once in a turn ---------------------------------------------------


def test_after_a_check_in_the_answers_do_not_repeat_its_lines() -> None:
    said = responses()
    for full, rest in hc.AFTER_CHECK_IN.items():
        assert "9-8-8" in said[full][0]["text"]
        text = said[rest][0]["text"]
        assert "9-8-8" not in text and "9-1-1" not in text
        assert "1-800-563-0808" in text and said[rest][0].get("buttons")
    assert hc.once_after_check_in(["utter_other_person_in_danger"]) == [
        "utter_other_person_in_danger_rest"
    ]
    assert hc.once_after_check_in(["utter_child_asked"]) == ["utter_child_asked"]


@pytest.mark.parametrize(
    "text",
    [
        "my friend is not ok, she said she might hurt herself tonight",
        "my sister told me she doesnt want to live anymore after the video",
        "he texted me he wants to end his life",
    ],
)
def test_the_check_in_asks_about_someone_else_in_crisis(text: str) -> None:
    assert check_in_for(text, [], hr.OTHER_IN_CRISIS) == HELPER_CHECK_IN
    # The writer's own distress keeps "Are you safe right now?".
    assert check_in_for(text + ", i can't cope", [], hr.OTHER_IN_CRISIS) == CHECK_IN
    assert check_in_for(text, [], None) == CHECK_IN


# --- kind 4: a relative named with no age ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my cousin's ex posted her video",
        "my niece's boyfriend leaked her nudes",
        "my nephews ex shared his pics online",
        "My Cousin told me her ex sent her video to everyone",
        "my granddaughter's ex put her pictures online",
    ],
)
def test_a_relative_of_no_age_is_not_assumed_a_child(text: str) -> None:
    assert answer_kind(text, "inform_shared") == hc.HELPER_AGE_UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "my little cousin's ex posted her video",
        "my niece is 14 and her bf shared her pics",
        "my daughter's ex posted her video",
        "my cousin is in grade 9 and a boy sent around her photo",
    ],
)
def test_a_child_said_keeps_the_child_answer(text: str) -> None:
    assert answer_kind(text, "inform_shared") == hr.HELPER_MINOR


def test_the_no_age_answer_gives_both_branches() -> None:
    said = responses()
    text = " ".join(said[n][0]["text"] for n in DEFAULT_DIRECT_ANSWERS[hc.HELPER_AGE_UNKNOWN])
    for needed in ("under 18", "Cybertip.ca", "Take It Down", "18 or older", "StopNCII"):
        assert needed in text
    assert hc.HELPER_AGE_UNKNOWN in ENDS_FORMS


# --- the next messages after these answers -----------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("she's 17", hr.HELPER_MINOR),
        ("shes 22", hr.HELPER_ADULT),
        ("He is 15", hr.HELPER_MINOR),
        ("19", hr.HELPER_ADULT),
        ("she was 16 in the video", hr.HELPER_MINOR),
    ],
)
def test_the_age_said_after_both_branches(text: str, expected: str) -> None:
    assert hc.kind_in_context(None, "check_age_rules", text, [hc.HELPER_AGE_UNKNOWN], None) == (
        expected
    )


@pytest.mark.parametrize(
    "text,intent",
    [
        ("what can she do", "route_finder"),
        ("ok and what should she do first", "route_finder"),
        ("what are her options", "nlu_fallback"),
        ("how can she handle this", None),
    ],
)
def test_what_now_after_an_adult_asked(text: str, intent) -> None:
    for before in (hc.HELPER_ADULT_ASKED, hc.HELPER_ADULT_ASKED_WORK):
        assert hc.kind_in_context(None, intent, text, [before], None) == (
            hc.HELPER_ADULT_ASKED_FIRST
        )


def test_context_leaves_forms_crisis_and_other_answers_alone() -> None:
    earlier = [hc.HELPER_ADULT_ASKED]
    assert (
        hc.kind_in_context(None, "route_finder", "what can she do", earlier, "route_form") is None
    )
    assert hc.kind_in_context(None, "crisis", "what can she do", earlier, None) is None
    assert hc.kind_in_context("pay", "route_finder", "what can she do", earlier, None) == "pay"
    assert hc.kind_in_context(None, "check_age_rules", "she's 17", [hr.HELPER_ADULT], None) is None
    said = responses()["utter_helper_adult_asked_first"][0]["text"]
    assert "never have to send anything" in said and "your images" not in said
