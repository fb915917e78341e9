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


# --- 4. Reporting to police: the non-emergency line; 9-1-1 only for immediate danger ---


@pytest.mark.parametrize("name", ["utter_route_police", "utter_police", "utter_sextortion_report"])
def test_point4_reporting_goes_to_the_non_emergency_line_not_911(name):
    said = text(name)
    assert "non-emergency line" in said
    emergency = str(value("contacts.emergency"))
    if emergency in said:
        assert f"Call {emergency} only if you are in danger right now" in said


def test_point4_police_route_lists_cybertip_for_youth():
    assert "Cybertip.ca" in text("utter_route_police")


# --- 5. Claims above the CRT limit go to the BC Supreme Court ---


def test_point5_claims_above_the_crt_limit_go_to_the_supreme_court_only():
    for name in ("utter_crt_damages", "utter_route_crt_damages"):
        said = text(name)
        assert "Provincial Court or the BC Supreme Court" not in said
        assert "go to the BC Supreme Court" in said
    assert "$35,000" in text("utter_crt_damages")
    assert value("bc_routes.provincial_court_small_claims_limit") == 35000


# --- 10. Criminal offence and civil definition kept apart ---


def test_point10_no_sentence_says_every_intimate_image_is_a_crime_to_take():
    offending = [
        name
        for name, said in all_texts().items()
        if re.search(r"It is a crime to take(, record)? or share", said)
    ]
    assert not offending


def test_point10_crime_answer_names_the_offences_and_the_wider_civil_definition():
    crime = text("utter_is_it_crime")
    assert str(value("bc_routes.criminal_code_section")) in crime
    assert f"voyeurism (s. {value('bc_routes.voyeurism_section')})" in crime
    civil = text("utter_is_it_crime_more")
    assert "near-nude" in civil and "deepfakes" in civil and "whether or not" in civil


# --- 11. "18 or older"; StopNCII only for images taken at 18 or older ---


def test_point11_no_sentence_says_over_18():
    assert not [name for name, said in all_texts().items() if "over 18" in said]


def test_point11_every_stopncii_mention_says_18_or_older():
    missing = [
        name
        for name, said in all_texts().items()
        if "StopNCII" in said and "18 or older" not in said
    ]
    assert not missing


# --- 13. The 2026 change to the criminal law (Bill C-16), true whether or not in force ---


@pytest.mark.parametrize("name", ["utter_is_it_crime", "utter_route_police"])
def test_point13_criminal_route_mentions_the_2026_change(name):
    said = text(name)
    assert "The law was changed in 2026" in said
    assert "deepfakes" in said and "threats to share" in said
    assert "lawyer" in said or name == "utter_route_police"  # the route list offers one after


def test_point13_the_change_has_a_short_review_by():
    from assistant.content import fact

    change = fact("bc_routes.criminal_law_changed")
    assert str(change.value) == "2026-06-18"
    assert (change.review_by - change.reviewed).days <= 92


# --- 14. "You never need to show the images" is not on the service page ---


def test_point14_unsourced_promise_is_gone():
    assert not [name for name, said in all_texts().items() if "never need to show" in said]


# --- 15. Organisations named without sourced contacts are left out ---


@pytest.mark.parametrize("name", ["Access Pro Bono", "Everyone Legal Clinic", "Compass"])
def test_point15_no_organisation_without_a_sourced_contact(name):
    # The one exception (issue 16, "where else can I get a cheaper lawyer"): the low-cost answer
    # names the clinic the service page names, says it is not free and that no contact is given.
    # Round 15 (session 16, p41, p14): where the one who shared, or their family, can look for
    # a lawyer names the same clinic, in the same honest words (the test below).
    allowed = {"utter_low_cost_help[0]", *_CLINIC_NAMED_FOR_SHARERS}
    named = [where for where, said in all_texts().items() if name in said]
    assert not [where for where in named if where not in allowed]


_CLINIC_NAMED_FOR_SHARERS = (
    "utter_self_sharer_lawyer[0]",
    "utter_self_sharer_lawyer_again[0]",
    "utter_sharer_family_lawyer[0]",
    # Session 20 (followups20): legal aid or a cheap lawyer asked: the same clinic, same words.
    "utter_find_lawyer_low_cost[0]",
    # Session 21 (answers22): a worker's "where do I refer if the pilot has ended / a clinic?".
    "utter_other_legal_help_clinic[0]",
    "utter_other_legal_help_again[0]",
    # Session 22 (asks23): "something cheaper than a regular lawyer?" beside the income answer.
    "utter_cheaper_than_lawyer[0]",
    # Session 39 (plain71): an adult son who shared, his parent asking where he finds a lawyer.
    "utter_sharer_family_lawyer_adult[0]",
    "utter_sharer_family_lawyer_adult_again[0]",
)


@pytest.mark.parametrize("where", ["utter_low_cost_help[0]", *_CLINIC_NAMED_FOR_SHARERS])
def test_point15_the_low_cost_clinic_is_named_honestly(where):
    said = all_texts()[where]
    assert "Everyone Legal Clinic" in said and "not free" in said
    assert "doesn't give its contact details" in said


# --- 16. Definite legal answers say "information, not advice" first ---


@pytest.mark.parametrize(
    "name", ["utter_is_it_crime", "utter_under_18_images", "utter_age_of_consent"]
)
def test_point16_definite_answers_start_with_the_not_advice_line(name):
    assert text(name).startswith("This is legal information, not legal advice.")


def test_point16_age_check_line_is_its_own_first_message():
    assert "not legal advice" in text("utter_age_check_not_advice")
    assert "not legal advice" not in text("utter_age_check_next_steps")


# --- 17. Young people are told they are not in trouble for what was done to them ---


@pytest.mark.parametrize("name", ["utter_youth", "utter_under_18_images_more"])
def test_point17_youth_answers_say_not_in_trouble(name):
    assert "not in trouble for what was done to" in text(name)
