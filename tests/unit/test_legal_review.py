"""Issue 11: the lawyer's review, point by point, checked on the wording people receive.

Each test failed on the wording before the review (the old sentence is quoted in the test
name or a comment) and passes now. Dialogue-level checks are in tests/test_legal_dialogue.py
and tests/conversations/legal_review.yml; the age table is in tests/unit/test_age_rules.py.
"""

from __future__ import annotations

import re

import pytest

from assistant.content import value
from assistant.content.responses import all_responses, template


def text(name: str) -> str:
    return template(name)


def all_texts() -> dict[str, str]:
    return {
        f"{name}[{index}]": str(variant.get("text") or "")
        for name, variants in all_responses().items()
        for index, variant in enumerate(variants)
    }


# --- 2. The screenshot step carries the rule, by the age of the person IN THE IMAGE ---


def test_point2_the_screenshot_step_itself_warns_about_images_of_anyone_under_18():
    step = text("utter_sextortion_steps")
    screenshot = step.index("Screenshot")
    warning = step.index("under 18")
    assert screenshot < warning < step.index("3.")  # inside step 2, not two messages later
    assert "person in the image is under 18, or was when it was taken" in step
    assert "If you're under 18, never screenshot" not in text("utter_sextortion_next")


def test_point2_evidence_screenshots_keep_images_of_minors_out():
    evidence = text("utter_evidence")
    assert "Screenshot" in evidence and "under 18" in evidence


# --- 3. Images of anyone under 18: distribution even with consent ---


@pytest.mark.parametrize(
    "name", ["utter_age_of_consent", "utter_consent", "utter_under_18_images_more"]
)
def test_point3_no_answer_says_a_minor_can_consent_to_images_being_shared(name):
    said = text(name)
    assert "to having intimate images taken and shared" not in said
    assert "You can agree to take or share images of yourself" not in said
    assert "even with consent" in said


def test_point3_the_private_use_exception_is_narrow_and_a_lawyer_is_offered():
    said = text("utter_under_18_images") + " " + text("utter_under_18_images_more")
    assert str(value("bc_routes.images_under_18_section")) in said
    assert "narrow exception" in said and "keep it only between them" in said
    assert "Sharing it with anyone else is a crime, even with consent" in said
    assert "lawyer" in said


# --- 18. Sextortion and youth: tell a safe adult, 9-8-8, Kids Help Phone by call and text ---


@pytest.mark.parametrize("name", ["utter_sextortion_next", "utter_youth"])
def test_point18_youth_are_told_to_tell_a_safe_adult_and_get_kids_help_phone(name):
    said = text(name)
    assert "safe adult" in said
    assert f"call {value('contacts.kids_help_phone')}" in said
    assert f"text CONNECT to {value('contacts.kids_help_text')}" in said


def test_point18_sextortion_gives_988():
    assert str(value("contacts.suicide_crisis_line")) in text("utter_sextortion_next")
    assert "tell a safe adult" in text("utter_sextortion_report")


def test_no_sentence_sends_people_to_text_kids_help_phone_without_connect():
    bare = [
        name
        for name, said in all_texts().items()
        if re.search(r"text Kids Help Phone at 686868", said)
    ]
    assert not bare
