"""An age corrected after the age check answered ("sorry, I meant he's 18 not 20", "actually
I'm 17, not 16"): the check runs again with the earlier ages and the corrected one, instead of
the age quiz starting over or the message falling to "I didn't understand".

Plain functions; actions/age_check.py finds the earlier ages in the conversation and the
InterruptPolicy decides when a message is read as a correction (right after the check's answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import age_rules
from assistant.age_parsing import parse_ages

# Words that say the person is putting something right.
_CORRECTING = re.compile(
    r"^\s*(sorry|wait|oops|actually|no|nope|correction|my bad|typo|err|um+|hold on|oh)\b"
    r"|\b(i meant|i mean|meant to say|not \d{1,2}\b|actually|sorry|my mistake|typo|i got it wrong)",
    re.IGNORECASE,
)
# Who the corrected age belongs to must be said in words, not guessed ("I meant 17" is either).
_SELF_WORDS = re.compile(r"\b(i'?m|i am|i was|iam|my age|i turned)\b", re.IGNORECASE)
_OTHER_WORDS = re.compile(
    r"\b(he'?s|he is|he was|she'?s|she is|she was|they'?re|they are|they were|him|her|"
    r"the other (person|one)|my (bf|gf|boyfriend|girlfriend|partner|ex|friend))\b",
    re.IGNORECASE,
)
_MAX_WORDS = 16  # a correction is short; a long message is a new question


_REPLACED = re.compile(r"\bnot (?:a |an )?(\d{1,2})\b", re.IGNORECASE)


@dataclass(frozen=True)
class AgeCorrection:
    age: int | None = None  # the person's own age, corrected
    other_age: int | None = None  # the other person's age, corrected
    replaced: int | None = None  # the age it replaces, when said ("... not 20")


def read_age_correction(text: str) -> AgeCorrection | None:
    """The corrected ages in a short message that says it corrects, or None."""
    if not text or len(text.split()) > _MAX_WORDS or not _CORRECTING.search(text):
        return None
    ages = parse_ages(text)
    replaced_match = _REPLACED.search(text)
    replaced = int(replaced_match.group(1)) if replaced_match else None
    age = ages.age if _SELF_WORDS.search(text) else None
    other = ages.other_age if _OTHER_WORDS.search(text) else None
    if age is None and other is None and replaced is not None:
        # "sorry, 18 not 20": the new age is the one that is not replaced.
        # "i meant 19 not 17": the parser may take "i ... 19" for the person's own age.
        said = [*ages.unassigned, *([ages.age] if ages.age is not None else [])]
        new = [n for n in said if n != replaced]
        other = new[0] if new else None
    age = None if age is None else age_rules.as_age(age)
    other = None if other is None else age_rules.as_age(other)
    if age is None and other is None:
        return None
    return AgeCorrection(age=age, other_age=other, replaced=replaced)


def corrected(
    earlier_age: float | None, earlier_other: float | None, correction: AgeCorrection
) -> tuple[float | None, float | None]:
    """The pair to check again: the corrected ages over the earlier ones. The age the
    correction says it replaces ("not 20") decides which one changes: in "can a 16 year old
    date a 20 year old" neither age is clearly the person's own."""
    new = correction.age if correction.age is not None else correction.other_age
    if correction.replaced is not None and new is not None:
        if earlier_other is not None and int(earlier_other) == correction.replaced:
            return earlier_age, float(new)
        if earlier_age is not None and int(earlier_age) == correction.replaced:
            return float(new), earlier_other
    age = float(correction.age) if correction.age is not None else earlier_age
    other = float(correction.other_age) if correction.other_age is not None else earlier_other
    return age, other


def changed_in_form(
    text: str, requested: str | None, age: float | None, other_age: float | None
) -> bool:
    """An age put right while the check asks something else ("sorry, I meant he's 19" at the
    trust question): the form asks its question again, so the change is said first (the same
    question twice in a row would read as not heard)."""
    if requested in (None, "age_check_age", "age_check_other_age"):
        return False
    correction = read_age_correction(text)
    if correction is None:
        return False
    new_age, new_other = corrected(age, other_age, correction)
    return (new_age, new_other) != (age, other_age)
