"""No pattern can be made slow by a long message (issue 18, point 1).

A gap such as `\\bpills\\b.*\\bdie\\b` is tried to the end of the text from every "pills": a
message made of that word repeated takes time that grows with the square of its length (the
old patterns took 1.5-3.7 s each on 200,000 characters). Gaps between words are bounded
(`.{0,80}`), and the guards read a bounded prefix of the message.
"""

from __future__ import annotations

import re
import sre_constants
import sre_parse
import time

import pytest

from assistant.content.loader import load_yaml
from assistant.nlu.gibberish_guard import is_gibberish
from assistant.safety import GUARD_PREFIX_CHARS, normalise, read_safety, text_for_classifier

# Each pattern, on the whole 200,000 characters, is timed against an unbounded gap on the first
# 40,000 in the same run (a ratio: a loaded machine slows both). Measured: the slowest bounded
# pattern takes 0.6 of the control; an unbounded one, quadratic, about 15 times.
# The whole-message check keeps an absolute ceiling, generous for a loaded 2-core machine.
CONTROL_PATTERN = r"\bpills\b.*\bdie\b"
CONTROL_CHARS = 40_000
SLOWEST_SHARE_OF_CONTROL = 1.5
SECONDS_PER_MESSAGE = 1.0
LONG = 200_000


def _can_match_whitespace(items) -> bool:
    """Whether a parsed (sub)pattern can match a space, i.e. run across a word boundary."""
    for op, av in items:
        if op is sre_constants.ANY:
            return True
        if op is sre_constants.LITERAL and chr(av).isspace():
            return True
        if op is sre_constants.NOT_LITERAL and not chr(av).isspace():
            return True
        if op is sre_constants.IN and _set_has_space(av):
            return True
        if op is sre_constants.SUBPATTERN and _can_match_whitespace(av[-1]):
            return True
        if op is sre_constants.BRANCH and any(_can_match_whitespace(b) for b in av[1]):
            return True
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            if _can_match_whitespace(av[2]):
                return True
    return False


def _set_has_space(items) -> bool:
    negated = any(op is sre_constants.NEGATE for op, _ in items)
    space_categories = {
        sre_constants.CATEGORY_SPACE,
        sre_constants.CATEGORY_NOT_WORD,
        sre_constants.CATEGORY_NOT_DIGIT,
    }
    found = any(
        (op is sre_constants.LITERAL and chr(av) == " ")
        or (op is sre_constants.RANGE and av[0] <= ord(" ") <= av[1])
        or (op is sre_constants.CATEGORY and av in space_categories)
        for op, av in items
        if op is not sre_constants.NEGATE
    )
    return found != negated


def unbounded_gaps(pattern: str) -> list[str]:
    """Repeats with no upper bound whose body can cross a space (`.*`, `.+`, `(\\w+ )*`...).
    `\\w*` and `k+` stay inside one word and are fine."""
    found: list[str] = []

    def walk(items) -> None:
        for op, av in items:
            if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                low, high, body = av
                if high == sre_constants.MAXREPEAT and _can_match_whitespace(body):
                    found.append(f"{{{low},}} over {body}")
                walk(body)
            elif op is sre_constants.SUBPATTERN:
                walk(av[-1])
            elif op is sre_constants.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
                walk(av[1])

    walk(sre_parse.parse(pattern))
    return found


def every_pattern() -> list[tuple[str, str]]:
    """(list name, pattern) of every regular expression in content/safety.yml."""
    return [
        (name, pattern) for name, entry in load_yaml("safety").items() for pattern in entry["value"]
    ]


@pytest.mark.parametrize(
    "pattern",
    [r"\bpills\b.*\bdie\b", r"\bhelp\b.+\bhere\b", r"a(\w+ )*b", r"x[^z]*y", r"x\s+y\S*.*z"],
)
def test_the_checker_finds_unbounded_gaps(pattern):
    assert unbounded_gaps(pattern)


@pytest.mark.parametrize(
    "pattern", [r"\bpills\b.{0,80}\bdie\b", r"\bsuicid\w*", r"\bk+m+s+\b", r"a( \w+){0,8} $"]
)
def test_the_checker_accepts_bounded_gaps(pattern):
    assert not unbounded_gaps(pattern)


def test_no_safety_pattern_has_an_unbounded_gap_between_words():
    offenders = [(name, p) for name, p in every_pattern() if unbounded_gaps(p)]
    assert not offenders, offenders


def adversarial_text() -> str:
    """Every first word of a gap pattern, over and over, and nothing that completes them."""
    words = (
        "pills help only way how many he is here threatening me wont doesnt stuck in his car "
        "showed up at my house cant face anyone again not that im thinking of if what if "
        "afraid he will said my mom is gonna "
    )
    return (words * (LONG // len(words) + 1))[:LONG]


def _seconds_to_scan(pattern: str, text: str) -> float:
    compiled = re.compile(pattern)
    start = time.perf_counter()
    for _ in compiled.finditer(text):
        pass
    return time.perf_counter() - start


def test_every_pattern_is_fast_on_a_200000_character_message():
    text = normalise(adversarial_text()[:GUARD_PREFIX_CHARS]) + " "
    long_text = re.sub(r"\s+", " ", adversarial_text())  # the whole message, no prefix
    assert len(long_text) > 190_000 and len(text) < len(long_text)
    control = _seconds_to_scan(CONTROL_PATTERN, long_text[:CONTROL_CHARS])
    slow = []
    for name, pattern in every_pattern():
        share = _seconds_to_scan(pattern, long_text) / control
        if share > SLOWEST_SHARE_OF_CONTROL:
            slow.append((name, pattern, round(share, 3)))
    assert not slow, (round(control, 2), slow)


def test_the_guards_read_a_bounded_prefix_of_a_huge_message():
    message = adversarial_text() + " i want to kill myself"
    read_safety("warm up"), is_gibberish("warm up")  # patterns compiled, word list loaded
    start = time.perf_counter()
    read_safety(message)
    text_for_classifier(message)
    is_gibberish("asdkjh " * (LONG // 7))
    assert time.perf_counter() - start < SECONDS_PER_MESSAGE
    assert len(normalise(message)) <= GUARD_PREFIX_CHARS
