"""An adult's own age said: the blackmail answers without the under-18 lines
(assistant/writer_adult.py, context_followups.fitted_for_adult; round 74 p22)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.context_followups import ADULT_VERSIONS, fitted_for_adult
from assistant.writer_adult import writer_adult


@pytest.mark.parametrize(
    "texts",
    [
        ["I already paid a guy 1000 bucks. I'm 30, in Vancouver.", "should I just pay"],
        ["I (22F) found out my ex posted a video"],
        ["im 19 and my ex is 20"],
    ],
)
def test_an_adult_writer(texts):
    assert writer_adult(texts)


@pytest.mark.parametrize(
    "texts",
    [
        ["im 16"],
        ["I am 45 and my daughter is 16"],
        ["my sister is 13, im 22"],
        ["i was 15 in the pics, im 18 now"],  # images from under 18: Take It Down still fits
        ["my son got blackmailed. I'm 41"],
        ["im 25", "actually im 17"],  # the latest own age decides
        ["he says he'll post them"],  # no age said
        # a sum of money is no age (round 27 p10, a 15-year-old: "what if i just pay like 100")
        ["someone has my pics", "they want 500. im 15", "what if i just pay like 100"],
        ["some guy has my pics and says he'll send them unless i pay 500"],
    ],
)
def test_not_an_adult_writer_alone(texts):
    assert not writer_adult(texts)


def test_the_adult_versions_replace_the_under_18_lines():
    sequence = ["utter_sextortion_pay", "utter_sextortion_report", "utter_sextortion_next"]
    assert fitted_for_adult(sequence, True) == [
        "utter_sextortion_pay",
        "utter_sextortion_report_adult",
        "utter_sextortion_next_adult",
    ]
    assert fitted_for_adult(sequence, False) == sequence


def test_every_adult_version_is_a_response_without_under_18():
    texts = {}
    for path in Path("domain").glob("*.yml"):
        for name, variants in (yaml.safe_load(path.read_text()).get("responses") or {}).items():
            texts[name] = variants[0].get("text", "")
    for young, adult in ADULT_VERSIONS.items():
        assert "under 18, tell" in texts[young] or "under 18" in texts[young]
        assert "If you're under 18" not in texts[adult]
        assert "tell a safe adult" not in texts[adult]


def test_its_me_after_an_age_not_said_helper_answer_is_no_helper_any_more():
    # Round 75 p17: the check-in then asked "Is the person you're helping safe?" of the person
    # in crisis (assistant/own_case.py HELPER_TOPICS).
    from assistant.helper_check_in import check_in_for
    from assistant.own_case import topics_since_own_case

    texts = [
        "everyone saw it. my mom my cousins. he sent the video to my whole family",
        "its me. its my video. i cant do this anymore",
    ]
    topics = topics_since_own_case(["helper_age_not_said", "crisis"], texts)
    assert topics == [None, "crisis"]
    latest = "i dont want to call anyone. i dont want to talk. i just want it to go away"
    assert check_in_for(latest, topics, None, texts) == "utter_crisis_checkin"
