"""Round 18 kinds 1, 7 and 8 (session 19): follow-ups whose subject differs from a nearby stock
block's, the same block twice in a reply, and the plain yes first (assistant/misread_followups.py).
Wordings are ours, not the simulated users'."""

from __future__ import annotations

import pytest
import yaml

from assistant import dropped_halves
from assistant import misread_followups as m
from assistant.plain_text import plain_lower

KIND_CASES = [
    # The other person's name, not my details.
    ("do i have to know his real name to file a claim?", [], m.OTHER_NAME),
    ("i only have her instagram username, can i still do the tribunal thing?", [], m.OTHER_NAME),
    ("is his legal name required? i just know his gamertag", [], m.OTHER_NAME),
    # What can happen to the others who shared it.
    ("can anything happen to the people who forwarded it?", [], m.OTHERS_CHARGED),
    ("will those girls get in trouble for posting it", [], m.OTHERS_CHARGED),
    ("could the kids sending it around be charged?", [], m.OTHERS_CHARGED),
    # Calling the government service for someone else.
    ("can i phone the protection service for my daughter?", [], m.CALL_IIPS_FOR),
    ("could her mom call the 1-833 line for her or does it have to be her", [], m.CALL_IIPS_FOR),
    (
        "can i call them myself or does it have to be her",
        ["what about the government one, the intimate images protection service?"],
        m.CALL_IIPS_FOR,
    ),
    ("can i contact the lawyer for my niece?", [], m.CALL_LAWYER_FOR),
    # Office hours, not hours of advice.
    ("what are their office hours?", [], m.HOURS_OPEN),
    ("when is the intake line open?", [], m.HOURS_OPEN),
    ("when can people phone them?", [], m.HOURS_OPEN),
    # Asking to be phoned back.
    ("can she ask them to phone her back?", [], m.CALL_BACK),
    ("could the lawyer call him instead? he has no data", [], m.CALL_BACK),
    ("can i ask the intake coordinator to ring back later?", [], m.CALL_BACK),
    # A helper reporting.
    ("can i be the one who reports it?", [], m.HELPER_REPORTS),
    ("does she have to report it herself", [], m.HELPER_REPORTS),
    ("can i report it for him to cybertip", [], m.HELPER_REPORTS),
    # Sending the video for removal.
    ("do i have to upload the video to stopncii?", [], m.NO_UPLOAD),
    ("does take it down need me to send the pics", [], m.NO_UPLOAD),
    (
        "do i need to send them the picture?",
        ["how do i get it off that site, is take it down the one"],
        m.NO_UPLOAD,
    ),
    # Men too; shown on a phone.
    ("can guys use this service too?", [], m.MEN_TOO),
    ("is this only for women?", [], m.MEN_TOO),
    ("is it a womens service? im a man", [], m.MEN_TOO),
    ("she just shows it to people on her phone, does that count?", [], m.SHOWN_ON_PHONE),
    (
        "he only showed it on his laptop to his friends. is that still sharing?",
        [],
        m.SHOWN_ON_PHONE,
    ),
    (
        "so its not only for women? and he just shows it on his phone, that counts?",
        [],
        m.MEN_AND_SHOWN,
    ),
]


@pytest.mark.parametrize(("text", "earlier", "kind"), KIND_CASES)
def test_kind(text: str, earlier: list[str], kind: str) -> None:
    assert m.misread_kind(text, earlier, False) == kind


def test_police_at_home_outside_bc() -> None:
    text = "so im calling my local police then?"
    assert m.misread_kind(text, [], True) == m.POLICE_HOME_OUTSIDE
    assert m.misread_kind("ok so should i be calling edmonton police instead?", [], True)
    # In B.C. the other readers' police answers stay.
    assert m.misread_kind(text, [], False) is None


NEAR_MISSES = [
    "do i have to give my real name?",  # the writer's own details: the intake answer
    "will i get in trouble for sending it?",  # the writer's own trouble
    "can someone call me back",  # the contact answer
    "can the lawyer call me back tomorrow after work",
    "is 3 hours of advice enough?",  # the lawyer's scope
    "how many hours do i get with the lawyer",
    "I need urgent help, I can't wait for office hours",  # no question
    "i want to handle most of this myself but talk to a lawyer first, how do i reach one",
    "how do i use stopncii? and can i just report it to reddit myself",
    "is it illegal if he only showed it to one person",  # the law asked: its own answer
    "he sent my pics to his friends",
    "I want to kill myself",
    "my ex posted my nudes and I don't want to live anymore",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_keep_their_answers(text: str) -> None:
    assert m.misread_kind(text, [], False) is None


def test_answers_exist_and_are_short() -> None:
    domain = {}
    for path in ("domain/misread_followups.yml",):
        with open(path, encoding="utf-8") as handle:
            domain.update(yaml.safe_load(handle)["responses"])
    new = {name for names in m.ANSWERS.values() for name in names if "misread" in name}
    assert new | {m.MEN_TOO_SHORT} <= set(domain)
    for name, variants in domain.items():
        text = variants[0]["text"]
        assert len(text) <= 600, name
        assert not text.startswith(("Yes.", "No.")), name
    assert domain["utter_misread_men_too"][0]["text"].startswith("Yes, men and boys can use it")


def test_plain_yes_first_before_another_answer() -> None:
    answers = {"secret_recording": ["utter_secret_recording_plain"]}
    assert m.yes_first(m.MEN_TOO, "secret_recording", answers) == m.MEN_TOO_SHORT
    assert m.yes_first(m.MEN_TOO, None, answers) is None  # alone: the full answer
    assert m.yes_first(m.OTHER_NAME, "secret_recording", answers) is None


def test_same_block_in_other_words_once() -> None:
    sequence = ["utter_helper_removal", "utter_image_removal", "utter_image_removal_youth"]
    assert m.without_same_blocks(sequence) == ["utter_helper_removal"]
    assert m.without_same_blocks(["utter_image_removal", "utter_image_removal_youth"]) == [
        "utter_image_removal",
        "utter_image_removal_youth",
    ]


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("and 3 hours, is that enough for them to actually do something?", False),
        ("is that enough time with the lawyer?", False),
        ("i have screenshots, is that enough?", True),
        ("is that enough evidence?", True),
    ],
)
def test_evidence_half_not_read_from_the_lawyers_time(text: str, fits: bool) -> None:
    cleaned = plain_lower(text)
    assert (
        dropped_halves.fits(
            dropped_halves.EVIDENCE_ENOUGH, cleaned, cleaned, dropped_halves.Writer()
        )
        is fits
    )


def test_only_a_stock_blocks_reading_is_replaced() -> None:
    assert m.may_replace([])  # nothing read: the rules' answer
    assert m.may_replace(["utter_details_required"])
    assert m.may_replace(["utter_confidentiality"], m.HOURS_OPEN)
    # A fitted answer another reader gave stays, except for the narrow kinds.
    assert not m.may_replace(["utter_police_where"], m.POLICE_HOME_OUTSIDE)
    assert not m.may_replace(["utter_consequences_for_helper"], m.OTHERS_CHARGED)
    assert m.may_replace(["utter_helper_lawyer_for_them"], m.CALL_IIPS_FOR)
    assert m.may_replace(["utter_helper_adult_next"], m.CALL_BACK)
