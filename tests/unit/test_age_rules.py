"""The age rules against a table written here, independently, from the law as summarised in
shared/source/bc-facts.md ("Corrections and additions", read 2026-12):
- at least 16 to consent; under 12: never;
- 12-13: with someone less than 2 years older; 14-15: less than 5 years older, measured by
  exact dates of birth (with whole ages, a gap of exactly N years depends on the birthdays);
- under 18 (12 and over): no exception and no consent at 16-17 (s. 153) where the older person
  has trust or authority, the younger one depends on them, or it is exploitative, WHATEVER
  THE OLDER PERSON'S AGE;
- both people must be able to consent.
The numbers are written out here on purpose: if content/ changes, this test should fail and
make someone compare it with the sources again.
"""

from __future__ import annotations

import itertools
import re

import pyphen
import pytest

from assistant import age_rules
from assistant.age_rules import check_age_rules, explain, explain_general, trust_matters
from assistant.content import all_facts

AGES = range(10, 31)


def law_can_consent(person: int, partner: int, trust: bool) -> bool | None:
    """Can `person` consent with `partner`? None: the exact birthdays decide."""
    if person < 12:
        return False
    if person in (12, 13, 14, 15):
        limit = 2 if person < 14 else 5
        gap = partner - person
        if gap > limit or trust:
            return False
        return None if gap == limit else True
    if person < 18 and trust:
        return False
    return person >= 16


def law_expected(a: int, b: int, trust: bool) -> bool | None:
    young, old = min(a, b), max(a, b)
    sides = (law_can_consent(young, old, trust), law_can_consent(old, young, False))
    if False in sides:
        return False
    return None if None in sides else True


def law_rule(a: int, b: int, trust: bool) -> str:
    young, old = min(a, b), max(a, b)
    limit = 2 if young in (12, 13) else 5
    if young < 12:
        return "under_12"
    if young in (12, 13, 14, 15) and old - young > limit:
        return "close_in_age"
    if young < 18 and trust:
        return "position_of_trust"
    if young in (12, 13, 14, 15) and old - young == limit:
        return "birthdays"
    if young in (12, 13, 14, 15):
        return "close_in_age"
    return "age_of_consent"


HYPHENATOR = pyphen.Pyphen(lang="en_US")


def grade_level(text: str) -> float:
    """Flesch-Kincaid grade, syllables from pyphen (textstat's cmudict would need a download)."""
    words = re.findall(r"[A-Za-z]+(?:'[a-z]+)?", text)
    sentences = max(1, len(re.findall(r"[.!?:]+(?:\s|$)", text)))
    syllables = sum(len(HYPHENATOR.positions(word)) + 1 for word in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59


PAIRS = list(itertools.product(AGES, AGES, (True, False)))


@pytest.mark.parametrize(("age", "other", "trust"), PAIRS)
def test_every_pair_matches_the_page(age, other, trust):
    ruling = check_age_rules(age, other, trust)
    assert ruling.can_consent is law_expected(age, other, trust)
    assert ruling.rule_id == law_rule(age, other, trust)


@pytest.mark.parametrize(("age", "other"), list(itertools.product(AGES, AGES)))
def test_unknown_trust_is_only_undecided_when_it_changes_the_answer(age, other):
    with_trust, without = law_expected(age, other, True), law_expected(age, other, False)
    ruling = check_age_rules(age, other, None)
    if with_trust == without:
        assert ruling.can_consent is with_trust
    else:
        assert ruling.can_consent is None
        assert ruling.rule_id == "trust_unknown"
    assert trust_matters(age, other) is (with_trust != without)


@pytest.mark.parametrize(
    ("age", "other", "trust", "can", "rule"),
    [
        (15, 15, False, True, "close_in_age"),  # equal ages
        (12, 12, False, True, "close_in_age"),
        (11, 11, False, False, "under_12"),
        (16, 16, True, False, "position_of_trust"),  # s. 153: whatever the other's age
        (14, 17, True, False, "position_of_trust"),  # a 17-year-old babysitter of a 14-year-old
        (13, 14, True, False, "position_of_trust"),
        (12, 14, False, None, "birthdays"),  # 2 whole years: "less than 2" depends on birthdays
        (13, 15, False, None, "birthdays"),
        (13, 16, False, False, "close_in_age"),  # 3 whole years: more than 2 whatever the dates
        (13, 14, False, True, "close_in_age"),  # 1 year older
        (14, 12, False, None, "birthdays"),  # the same, seen from the older person
        (14, 19, False, None, "birthdays"),  # 5 whole years
        (14, 20, False, False, "close_in_age"),
        (15, 19, False, True, "close_in_age"),  # 4 years older
        (19, 15, False, True, "close_in_age"),  # the other person is the younger one
        (15, 19, True, False, "position_of_trust"),  # trust overrides the 14-15 exception
        (17, 18, False, True, "age_of_consent"),
        (17, 18, True, False, "position_of_trust"),
        (18, 17, True, False, "position_of_trust"),
        (16, 40, False, True, "age_of_consent"),
        (18, 18, True, True, "age_of_consent"),  # adults: the under-18 rule does not apply
    ],
)
def test_edge_cases(age, other, trust, can, rule):
    ruling = check_age_rules(age, other, trust)
    assert (ruling.can_consent, ruling.rule_id) == (can, rule)
    assert ruling.reasons


@pytest.mark.parametrize(
    ("age", "other", "ask"),
    [
        (0, 15, ("age",)),
        (150, 15, ("age",)),
        (-3, 15, ("age",)),
        ("fourteen", 15, ("age",)),
        (None, 15, ("age",)),
        (True, 15, ("age",)),
        (15, float("nan"), ("other_age",)),
        (15, "abc", ("other_age",)),
        ([], {}, ("age", "other_age")),
    ],
)
def test_impossible_ages_ask_again_instead_of_raising(age, other, ask):
    ruling = check_age_rules(age, other, False)
    assert ruling.rule_id == "ask_again"
    assert ruling.can_consent is None
    assert ruling.ask_again == ask
    assert explain(ruling) == []


def test_numeric_text_and_floats_are_read_as_whole_years():
    assert check_age_rules("14", 19.9, False).details == {
        "younger": 14,
        "older": 19,
        "gap": 5,
        "bracket_min": 14,
        "bracket_max": 15,
        "less_than_years_older": 5,
    }


def test_rules_that_always_apply():
    minor = check_age_rules(16, 16, False)
    assert {"exploitation_under_18", "images_under_18"} <= set(minor.also)
    adults = check_age_rules(25, 30, False)
    assert "images_adults" in adults.also and "images_under_18" not in adults.also
    for ruling in (minor, adults):
        assert {"consent_not_images", "sharing_without_consent"} <= set(ruling.also)


def test_content_keys_named_are_real_facts():
    facts = all_facts()
    for age, other, trust in [(10, 20, False), (13, 16, False), (17, 30, True), (20, 22, None)]:
        ruling = check_age_rules(age, other, trust)
        assert ruling.content_keys
        assert all(key in facts for key in ruling.content_keys)


def test_thresholds_come_from_content():
    """A changed value in content/ changes the answer: nothing is restated in code."""
    changed = age_rules.Thresholds.from_content()
    changed = age_rules.Thresholds(**{**vars(changed), "no_consent_below": 13})
    assert check_age_rules(12, 12, False, changed).rule_id == "under_12"
    assert check_age_rules(12, 12, False).rule_id == "close_in_age"


SAMPLE = [(a, b, t) for a in (10, 12, 13, 14, 15, 16, 17, 18, 25) for b in (11, 14, 19, 30)
          for t in (True, False, None)]  # fmt: skip


@pytest.mark.parametrize(("age", "other", "trust"), SAMPLE)
def test_explanations_are_short_plain_and_filled(age, other, trust):
    messages = explain(check_age_rules(age, other, trust))
    assert messages
    for message in messages:
        assert len(message) <= age_rules.MAX_MESSAGE_CHARS
        assert "{" not in message and "}" not in message
        assert grade_level(message) <= 8.5, message


def test_explanation_states_the_ages_and_the_answer():
    first = explain(check_age_rules(14, 20, False))[0]
    assert "14-year-old" in first and "20-year-old" in first and first.split(": ")[1][:3] == "No."
    first = explain(check_age_rules(17, 18, False))[0]
    assert "an 18-year-old" in first and "In general, the law allows it" in first
    depends = explain(check_age_rules(15, 19, None))[0]
    assert "It depends" in depends and "the law allows it" in depends


# --- Issue 11, points 1, 3, 7, 8, 16, 17 (each failed on the old rules or wording) ---


def test_point1_trust_applies_whatever_the_older_persons_age():
    """A 14-year-old and a 17-year-old babysitter: no exception, and the question is asked."""
    assert trust_matters(14, 17) and trust_matters(16, 17) and trust_matters(13, 13)
    ruling = check_age_rules(14, 17, True)
    assert (ruling.rule_id, ruling.can_consent) == ("position_of_trust", False)
    assert "whatever the older person's age" in explain(ruling)[0]
    assert check_age_rules(16, 17, True).can_consent is False  # s. 153 at 16-17
    assert not trust_matters(25, 30)  # adults: the rule is about someone under 18


def test_point7_no_to_trust_with_a_large_gap_is_not_a_plain_yes():
    first = explain(check_age_rules(17, 45, False))[0]
    assert "can legally consent" not in first.lower()
    assert "depends on them" in first and "take advantage" in first


@pytest.mark.parametrize(("age", "other"), [(14, 19), (13, 15), (12, 14), (15, 20)])
def test_point8_at_the_boundary_it_depends_on_the_birthdays(age, other):
    ruling = check_age_rules(age, other, False)
    assert (ruling.rule_id, ruling.can_consent) == ("birthdays", None)
    assert "birthdays" in explain(ruling)[0]


@pytest.mark.parametrize(("age", "other", "trust"), SAMPLE)
def test_point16_no_definite_yes_about_a_persons_own_facts(age, other, trust):
    said = " ".join(explain(check_age_rules(age, other, trust)))
    assert "Yes" not in said and "both can legally consent" not in said


def test_point16_allowed_answers_under_18_say_what_would_change_them():
    for age, other in [(13, 14), (15, 19), (16, 16), (17, 30)]:
        first = explain(check_age_rules(age, other, False))[0]
        assert "This changes if" in first, (age, other)


def test_point17_under_12_and_under_18_are_told_they_are_not_in_trouble():
    under_12 = explain(check_age_rules(10, 15, None))[0]
    assert "cannot be charged" in under_12 and "never in trouble" in under_12
    for age in (12, 15, 17):
        said = " ".join(explain(check_age_rules(age, 30, True)))
        assert "not in trouble for what was done to them" in said
    assert "not in trouble" not in " ".join(explain(check_age_rules(20, 30, None)))
    assert "not in trouble" in " ".join(explain_general())


def test_point3_images_of_anyone_under_18_sharing_is_a_crime_even_with_consent():
    for said in (" ".join(explain(check_age_rules(16, 17, False))), " ".join(explain_general())):
        assert "child sexual abuse material" in said
        assert "Sharing it with anyone else is a crime, even with consent" in said
        assert "narrow exception" in said and "lawyer" in said


def test_general_explanation_has_every_bracket():
    text = " ".join(explain_general())
    for bracket in age_rules.Thresholds.from_content().brackets:
        assert f"At {bracket.min_age} to {bracket.max_age}" in text
        assert f"less than {bracket.less_than_years_older} years older" in text
    assert all(len(message) <= age_rules.MAX_MESSAGE_CHARS for message in explain_general())
