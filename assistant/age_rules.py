"""Which age-of-consent rule applies to two people, and why (Criminal Code s. 150.1, s. 153,
as summarised in shared/source/bc-facts.md, "Corrections and additions").

The thresholds are read from content/age_rules.yml; this module only combines them. It is
plain Python (no Rasa) so the whole age table can be tested directly.

How the rules are read:
- "12-13: with someone less than 2 years older", "14-15: less than 5 years older": strictly
  less. The law measures it by exact dates of birth, but people give whole ages: with whole
  ages a and b the real gap lies strictly between (b - a - 1) and (b - a + 1) years. So a gap
  of exactly N whole years "depends on the birthdays" (rule `birthdays`, can_consent None),
  more than N is no, less than N is yes. Someone the same age or younger counts as "less than
  N years older".
- Both people must be able to consent. The rule is applied from each person's side, so it
  does not matter which of the two is "you": a 19-year-old asking about a 15-year-old gets
  the rule of the 15-year-old.
- Trust, authority, dependency or exploitation (`position_of_trust`): "the older person is in
  a position of trust or authority over the younger one, the younger one depends on them, or
  the relationship is exploitative". For anyone under 18 (12 and over) it takes away the
  close-in-age exceptions and, at 16-17, the consent itself (s. 153), WHATEVER THE OLDER
  PERSON'S AGE: a 17-year-old babysitter of a 14-year-old included. It is about the younger
  person, so it is applied on the younger side only. `None` means "not known": when the answer
  depends on it, the result says so (rule `trust_unknown`, can_consent None) and the dialogue
  asks.
- When several rules forbid it, the first in this order is the main rule (the others are in
  `reasons`): under 12, close-in-age, position of trust.
- "Allowed" is never a definite yes about a person's own facts: the wording gives the general
  rule and, when someone is under 18, what would change it (`what_changes`).
- Rules that apply on top of the main answer (`also`): under 18, the exploitation rule, the
  rules for images of anyone under 18 and "not in trouble"; 18 and over, the adult images
  rule; always, consent to sexual activity is not consent to images, and sharing without
  consent can be a crime at any age.
- Ages must be whole years from 1 to 120 (floats are floored, numeric strings are read).
  Anything else (0, 150, negative, "abc", True) is not an error: the result is `ask_again`
  with the fields to ask for again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from assistant.content import value
from assistant.content.responses import say

# Input sanity bounds (not legal facts): outside them we ask again instead of answering.
MIN_AGE = 1
MAX_AGE = 120

ASK_AGAIN = "ask_again"
UNDER_12 = "under_12"
CLOSE_IN_AGE = "close_in_age"
POSITION_OF_TRUST = "position_of_trust"
TRUST_UNKNOWN = "trust_unknown"
BIRTHDAYS = "birthdays"  # a gap of exactly N whole years: the exact dates of birth decide
AGE_OF_CONSENT = "age_of_consent"
BELOW_AGE_OF_CONSENT = "below_age_of_consent"  # only if content/ left a gap in the brackets

EXPLOITATION = "exploitation_under_18"
IMAGES_UNDER_18 = "images_under_18"
IMAGES_ADULTS = "images_adults"
CONSENT_NOT_IMAGES = "consent_not_images"
SHARING_WITHOUT_CONSENT = "sharing_without_consent"
NOT_IN_TROUBLE = "not_in_trouble"

# Order in which failing rules are reported (first one is the main rule).
FAIL_ORDER = (UNDER_12, CLOSE_IN_AGE, POSITION_OF_TRUST, BELOW_AGE_OF_CONSENT)


@dataclass(frozen=True)
class Bracket:
    min_age: int
    max_age: int
    less_than_years_older: int


@dataclass(frozen=True)
class Thresholds:
    no_consent_below: int
    age_of_consent: int
    adult_age: int
    authority_rule_under: int
    exploitation_under: int
    brackets: tuple[Bracket, ...]

    @classmethod
    def from_content(cls) -> Thresholds:
        return cls(
            no_consent_below=int(value("age_rules.no_consent_below")),
            age_of_consent=int(value("age_rules.age_of_consent")),
            adult_age=int(value("age_rules.adult_age")),
            authority_rule_under=int(value("age_rules.authority_rule_under")),
            exploitation_under=int(value("age_rules.exploitation_under")),
            brackets=tuple(Bracket(**entry) for entry in value("age_rules.close_in_age")),
        )

    def bracket_for(self, age: int) -> Bracket | None:
        return next((b for b in self.brackets if b.min_age <= age <= b.max_age), None)


@dataclass(frozen=True)
class SideResult:
    """The rule seen from one person's side: can `age` consent with `partner`?"""

    rule_id: str
    can_consent: bool | None
    reason: str
    content_keys: tuple[str, ...]
    bracket: Bracket | None = None


@dataclass(frozen=True)
class AgeRuling:
    """The answer: main rule, whether both can consent (None: ask or depends), and why."""

    rule_id: str
    can_consent: bool | None
    reasons: tuple[str, ...]
    content_keys: tuple[str, ...]
    also: tuple[str, ...] = ()
    ask_again: tuple[str, ...] = ()
    age: int | None = None
    other_age: int | None = None
    # Numbers for the wording: younger/older age, gap, and the deciding bracket if any.
    details: dict[str, int] = field(default_factory=dict)

    @property
    def anyone_under_18(self) -> bool:
        return IMAGES_UNDER_18 in self.also


def as_age(raw: Any) -> int | None:
    """A whole age in years, or None when `raw` is not a believable age."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        try:
            raw = float(raw.strip())
        except ValueError:
            return None
    if isinstance(raw, int | float) and math.isfinite(raw):
        age = math.floor(raw)
        if MIN_AGE <= age <= MAX_AGE:
            return age
    return None


def _side(age: int, partner: int, trust: bool | None, t: Thresholds) -> SideResult:
    """Can `age` consent with `partner`? `trust` is about the partner's hold over `age`."""
    if age < t.no_consent_below:
        return SideResult(
            UNDER_12,
            False,
            f"{age} is under {t.no_consent_below}: no consent in any situation",
            ("age_rules.no_consent_below",),
        )
    bracket = t.bracket_for(age)
    older_by = partner - age
    if bracket and older_by > bracket.less_than_years_older:
        return SideResult(
            CLOSE_IN_AGE,
            False,
            f"{age} can consent only with someone less than "
            f"{bracket.less_than_years_older} years older; {partner} is {older_by} years older",
            ("age_rules.close_in_age",),
            bracket,
        )
    protected = age < t.authority_rule_under  # whatever the partner's age
    if protected and trust is True:
        return SideResult(
            POSITION_OF_TRUST,
            False,
            f"{age} is under {t.authority_rule_under} and the other person has trust or "
            "authority over them, they depend on them, or the relationship is exploitative",
            ("age_rules.authority_rule_under",),
        )
    if protected and trust is None and (bracket or age >= t.age_of_consent):
        return SideResult(
            TRUST_UNKNOWN,
            None,
            f"{age} is under {t.authority_rule_under}: it depends on trust, authority, "
            "dependency or exploitation",
            ("age_rules.authority_rule_under",),
            bracket,
        )
    if bracket and older_by == bracket.less_than_years_older:
        return SideResult(
            BIRTHDAYS,
            None,
            f"{age} can consent only with someone less than {bracket.less_than_years_older} "
            f"years older; {partner} is {older_by} whole years older: the birthdays decide",
            ("age_rules.close_in_age",),
            bracket,
        )
    if bracket:
        return SideResult(
            CLOSE_IN_AGE,
            True,
            f"{age} can consent with someone less than {bracket.less_than_years_older} years "
            f"older; {partner} is {max(older_by, 0)} years older",
            ("age_rules.close_in_age",),
            bracket,
        )
    if age >= t.age_of_consent:
        return SideResult(
            AGE_OF_CONSENT,
            True,
            f"{age} is at least {t.age_of_consent}, the age of consent",
            ("age_rules.age_of_consent",),
        )
    return SideResult(
        BELOW_AGE_OF_CONSENT,
        False,
        f"{age} is under the age of consent ({t.age_of_consent}) and no exception covers it",
        ("age_rules.age_of_consent",),
    )


def _also(youngest: int, t: Thresholds) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Rules that apply on top of the main answer, and the content keys they use."""
    also: list[str] = []
    keys: list[str] = []
    if youngest < t.exploitation_under:
        also.append(EXPLOITATION)
        keys.append("age_rules.exploitation_under")
    if youngest < t.adult_age:
        also += [IMAGES_UNDER_18, NOT_IN_TROUBLE]
    else:
        also.append(IMAGES_ADULTS)
    keys.append("age_rules.adult_age")
    also += [CONSENT_NOT_IMAGES, SHARING_WITHOUT_CONSENT]
    return tuple(also), tuple(keys)


def check_age_rules(
    age: Any,
    other_age: Any,
    position_of_trust: bool | None = None,
    thresholds: Thresholds | None = None,
) -> AgeRuling:
    """Apply the page's age rules to a person (`age`) and the other person (`other_age`).

    See the module docstring for how the page's wording is read. Never raises on bad input:
    unbelievable ages give rule `ask_again` with `ask_again` naming "age" and/or "other_age".
    """
    t = thresholds or Thresholds.from_content()
    mine, theirs = as_age(age), as_age(other_age)
    if mine is None or theirs is None:
        missing = tuple(
            name for name, parsed in (("age", mine), ("other_age", theirs)) if parsed is None
        )
        return AgeRuling(
            rule_id=ASK_AGAIN,
            can_consent=None,
            reasons=tuple(
                f"{name} is not a whole age from {MIN_AGE} to {MAX_AGE}" for name in missing
            ),
            content_keys=(),
            ask_again=missing,
            age=mine,
            other_age=theirs,
        )
    trust = position_of_trust if isinstance(position_of_trust, bool) else None
    younger, older = sorted((mine, theirs))
    # Younger side first: it is the one the exceptions and the trust rule are about.
    sides = [_side(younger, older, trust, t), _side(older, younger, False, t)]
    failing = sorted(
        (s for s in sides if s.can_consent is False), key=lambda s: FAIL_ORDER.index(s.rule_id)
    )
    unknown = [s for s in sides if s.can_consent is None]
    if failing:
        main, can = failing[0], False
        reasons = tuple(dict.fromkeys(s.reason for s in failing))
    elif unknown:
        main, can = unknown[0], None
        reasons = tuple(s.reason for s in unknown)
    else:
        main, can = sides[0], True
        reasons = tuple(dict.fromkeys(s.reason for s in sides))
    also, also_keys = _also(younger, t)
    details = {"younger": younger, "older": older, "gap": older - younger}
    if main.bracket:
        details.update(
            bracket_min=main.bracket.min_age,
            bracket_max=main.bracket.max_age,
            less_than_years_older=main.bracket.less_than_years_older,
        )
    return AgeRuling(
        rule_id=main.rule_id,
        can_consent=can,
        reasons=reasons,
        content_keys=tuple(dict.fromkeys(main.content_keys + also_keys)),
        also=also,
        age=mine,
        other_age=theirs,
        details=details,
    )


def trust_matters(age: Any, other_age: Any, thresholds: Thresholds | None = None) -> bool:
    """Whether the answer changes with trust, authority, dependency or exploitation (ask only
    then)."""
    with_trust = check_age_rules(age, other_age, True, thresholds)
    without = check_age_rules(age, other_age, False, thresholds)
    return with_trust.rule_id != ASK_AGAIN and with_trust.can_consent != without.can_consent


# --- Plain-language wording (the utter_age_rule_* responses in domain/age_check.yml) ---

MAX_MESSAGE_CHARS = 600  # hard limit: one chat bubble / a few SMS segments
PACK_CHARS = 420  # short lines are joined up to this, so no bubble is a wall of text
MAIN_TEMPLATES = {
    (UNDER_12, False): "under_12",
    (CLOSE_IN_AGE, False): "close_in_age_no",
    (CLOSE_IN_AGE, True): "close_in_age_yes",
    (BIRTHDAYS, None): "birthdays",
    (POSITION_OF_TRUST, False): "position_of_trust",
    (TRUST_UNKNOWN, None): "trust_unknown",
    (AGE_OF_CONSENT, True): "age_of_consent_yes",
    (BELOW_AGE_OF_CONSENT, False): "below_age_of_consent",
}
RESPONSE_PREFIX = "utter_age_rule_"


def _article(age: int) -> str:
    """ "an 18-year-old", "an 8-year-old", "an 11-year-old", else "a"."""
    return "an" if age in (8, 11, 18) or 80 <= age <= 89 else "a"


def _words(key: str, numbers: dict[str, Any]) -> str:
    return say(RESPONSE_PREFIX + key, **numbers)


def _numbers(ruling: AgeRuling, t: Thresholds) -> dict[str, Any]:
    numbers: dict[str, Any] = {
        "no_consent_below": t.no_consent_below,
        "age_of_consent": t.age_of_consent,
        "adult_age": t.adult_age,
        "authority_rule_under": t.authority_rule_under,
        "exploitation_under": t.exploitation_under,
    }
    numbers.update(ruling.details)
    if "younger" in ruling.details:
        numbers["a_younger"] = _article(ruling.details["younger"])
        numbers["a_older"] = _article(ruling.details["older"])
        gap = ruling.details["gap"]
        numbers["gap_years"] = f"{gap} year" if gap == 1 else f"{gap} years"
    return numbers


def _pack(lines: list[str]) -> list[str]:
    """Join short lines while a message stays within PACK_CHARS (a longer line stays alone)."""
    messages: list[str] = []
    for line in lines:
        if messages and len(messages[-1]) + 1 + len(line) <= PACK_CHARS:
            messages[-1] = f"{messages[-1]} {line}"
        else:
            messages.append(line)
    return messages


def explain(
    ruling: AgeRuling, thresholds: Thresholds | None = None, about_images: bool = False
) -> list[str]:
    """The ruling in plain words: the general rule for these ages, what would change it, then
    the rules that always apply. Never a bare "yes" about a person's own facts.

    `about_images` (the question named pictures, nudes, videos): with someone under 18 the
    images rule comes first and the activity rule is said to be a separate one, never "the law
    allows it" first to "can they share pics?" (round 30, p14)."""
    t = thresholds or Thresholds.from_content()
    if ruling.rule_id == ASK_AGAIN:
        return []
    numbers = _numbers(ruling, t)
    header_key = "same_age_header" if numbers["gap"] == 0 else "pair_header"
    images_first = about_images and IMAGES_UNDER_18 in ruling.also
    main = [
        *([_words("activity_separate", numbers)] if images_first else []),
        _words(header_key, numbers),
        _words(MAIN_TEMPLATES[ruling.rule_id, ruling.can_consent], numbers),
    ]
    allowed = ruling.can_consent is True
    if ruling.rule_id == TRUST_UNKNOWN:
        without = check_age_rules(ruling.age, ruling.other_age, False, t)
        key = MAIN_TEMPLATES[without.rule_id, without.can_consent]
        main.append(_words(key, _numbers(without, t)))
        allowed = without.can_consent is True
    elif allowed and numbers["younger"] < t.authority_rule_under:
        main.append(_words("what_changes", numbers))
    if allowed:
        main.append(_words("clear_yes", numbers))
    if images_first:
        rest = [_words(rule, numbers) for rule in ruling.also if rule != IMAGES_UNDER_18]
        return [_words("images_under_18_first", numbers), " ".join(main), *_pack(rest)]
    also = [_words(rule, numbers) for rule in ruling.also]
    return [" ".join(main), *_pack(also)]


def explain_general(thresholds: Thresholds | None = None) -> list[str]:
    """The rules without specific ages (when an age is missing or skipped)."""
    t = thresholds or Thresholds.from_content()
    numbers = _numbers(
        AgeRuling(rule_id=ASK_AGAIN, can_consent=None, reasons=(), content_keys=()), t
    )
    lines = [_words("general_intro", numbers)]
    lines += [_words("general_bracket", vars(bracket)) for bracket in t.brackets]
    lines.append(_words("general_trust", numbers))
    lines += [_words(rule, numbers) for rule in (EXPLOITATION, IMAGES_UNDER_18, NOT_IN_TROUBLE)]
    lines += [_words(rule, numbers) for rule in (CONSENT_NOT_IMAGES, SHARING_WITHOUT_CONSENT)]
    return _pack(lines)


def trust_decides(age: Any, position_of_trust: bool | None, t: Thresholds | None = None) -> bool:
    """True when the answer needs no other age: a person under the trust rule's age and
    someone with trust or authority over them ("I'm 17 and my manager ...")."""
    t = t or Thresholds.from_content()
    mine = as_age(age)
    return mine is not None and position_of_trust is True and mine < t.authority_rule_under


def explain_trust(age: Any, thresholds: Thresholds | None = None) -> list[str]:
    """The answer when trust_decides(): the trust rule (or the under-12 rule), then the rules
    that always apply. Empty when the age is not usable."""
    t = thresholds or Thresholds.from_content()
    mine = as_age(age)
    if mine is None:
        return []
    numbers = _numbers(
        AgeRuling(rule_id=ASK_AGAIN, can_consent=None, reasons=(), content_keys=()), t
    )
    # No pair of ages and often no yes/no question asked: the rule without a bare "No." (round
    # 21, p07).
    main = "under_12_plain" if mine < t.no_consent_below else "position_of_trust_plain"
    also, _keys = _also(mine, t)
    return [_words(main, numbers), *_pack([_words(rule, numbers) for rule in also])]
