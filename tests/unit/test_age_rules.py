"""The age rules against a table written here, independently, from the service page's wording.

The page ("Common Questions"):
- at least 16 to consent;
- under 12: cannot consent in any situation;
- 12-13: can consent with someone less than 2 years older;
- 14-15: can consent with someone less than 5 years older;
- under 18: not legal with someone over 18 in a position of authority, power or trust
  (read as 18 or older);
- both people must be able to consent.
The numbers are written out here on purpose: if content/ changes, this test should fail and
make someone compare it with the page again.
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


def page_can_consent(person: int, partner: int, trust: bool) -> bool:
    """Can `person` consent with `partner`? Straight from the page's sentences."""
    if person < 12:
        return False
    if person < 18 and partner >= 18 and trust:
        return False
    if person in (12, 13):
        return partner - person < 2
    if person in (14, 15):
        return partner - person < 5
    return person >= 16


def page_expected(a: int, b: int, trust: bool) -> bool:
    return page_can_consent(a, b, trust) and page_can_consent(b, a, trust)


def page_rule(a: int, b: int, trust: bool) -> str:
    young, old = min(a, b), max(a, b)
    if young < 12:
        return "under_12"
    if young in (12, 13) and old - young >= 2:
        return "close_in_age"
    if young in (14, 15) and old - young >= 5:
        return "close_in_age"
    if young < 18 and old >= 18 and trust:
        return "position_of_trust"
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
    assert ruling.can_consent is page_expected(age, other, trust)
    assert ruling.rule_id == page_rule(age, other, trust)


@pytest.mark.parametrize(("age", "other"), list(itertools.product(AGES, AGES)))
def test_unknown_trust_is_only_undecided_when_it_changes_the_answer(age, other):
    with_trust, without = page_expected(age, other, True), page_expected(age, other, False)
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
        (16, 16, True, True, "age_of_consent"),  # nobody is an adult: trust rule not in play
        (12, 14, False, False, "close_in_age"),  # exactly 2 years older: not "less than 2"
        (13, 14, False, True, "close_in_age"),  # 1 year older
        (14, 12, False, False, "close_in_age"),  # the same, seen from the older person
        (14, 19, False, False, "close_in_age"),  # exactly 5 years older
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
    first = explain(check_age_rules(14, 19, False))[0]
    assert "14-year-old" in first and "19-year-old" in first and first.split(": ")[1][:3] == "No."
    first = explain(check_age_rules(17, 18, False))[0]
    assert "an 18-year-old" in first and "Yes" in first
    depends = explain(check_age_rules(15, 19, None))[0]
    assert "It depends" in depends and "Yes" in depends


def test_general_explanation_has_every_bracket():
    text = " ".join(explain_general())
    for bracket in age_rules.Thresholds.from_content().brackets:
        assert f"At {bracket.min_age} to {bracket.max_age}" in text
        assert f"less than {bracket.less_than_years_older} years older" in text
    assert all(len(message) <= age_rules.MAX_MESSAGE_CHARS for message in explain_general())
