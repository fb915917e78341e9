"""Reading ages and "position of authority or trust" from what people type."""

from __future__ import annotations

import pytest

from assistant.age_parsing import ParsedAges, parse_ages, resolve_pair

# text -> (person's age, other person's age) after filling gaps
PAIRS = [
    ("I'm 14 and he's 19", (14, 19)),
    ("I’m 14 and he’s 19, is that ok", (14, 19)),
    ("he's 20, I'm 15", (15, 20)),
    ("i am 13 he is 15", (13, 15)),
    ("he is 19 and I am 14", (14, 19)),
    ("im 15 and my boyfriend is 20 is that legal", (15, 20)),
    ("my gf is 14 and i'm 18, are we breaking the law", (18, 14)),
    ("my teacher is 30 and im 17 and we're together", (17, 30)),
    ("im 15 and dating an 18 year old", (15, 18)),
    ("I'm a 15 year old girl and he's 19", (15, 19)),
    ("we are both 15", (15, 15)),
    ("we're 15 and 19", (15, 19)),
    ("me 16 him 22", (16, 22)),
    ("i'm fourteen and he's nineteen", (14, 19)),
    ("she is twenty-one and i am seventeen", (17, 21)),
    ("is it ok if hes 3 years older and im 13", (13, 16)),
    ("my boyfriend is 4 years older than me and im 15", (15, 19)),
    ("I'm 16 and I'm 2 years older than him", (16, 14)),
    ("im 15, she's two years younger", (15, 13)),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_both_ages(text, expected):
    assert resolve_pair(parse_ages(text)) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("fourteen", 14),
        ("14", 14),
        ("14yo", 14),
        ("17 y/o", 17),
        ("16 y.o.", 16),
        ("19 years old", 19),
        ("twenty one", 21),
        ("150", 150),  # read as said: the age rules ask again
        ("-3", -3),
        ("0", 0),
    ],
)
def test_a_bare_age_is_left_for_the_question_asked(text, number):
    parsed = parse_ages(text)
    assert parsed.unassigned == [number]
    assert (parsed.age, parsed.other_age) == (None, None)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("my bf is 2 years older", 2),
        ("my bf is 2 years older than me is that legal", 2),
        ("she's 3 yrs younger", -3),
        ("I'm 2 years older than him", -2),
        ("he is five years older than me", 5),
    ],
)
def test_relative_ages(text, offset):
    parsed = parse_ages(text)
    assert parsed.other_offset == offset
    assert parsed.unassigned == []  # the "2" is not an age


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("she is my teacher", True),
        ("he's my coach", True),
        ("he's my coach and he's 25", True),
        ("my stepdad", True),
        ("he's a cop", True),
        ("he's not my teacher", False),
        ("no he's my boyfriend", False),
        ("just a guy from school", False),
        ("my friend's brother", None),
        ("yes", None),
        ("idk", None),
    ],
)
def test_authority(text, authority):
    assert parse_ages(text).authority is authority


@pytest.mark.parametrize(
    "text",
    ["", "idk", "old enough", "I'm in grade 9", "he sent 5 pics", "it was 2 weeks ago",
     "we've been together 2 years", "/affirm"],
)  # fmt: skip
def test_no_age_found(text):
    parsed = parse_ages(text)
    assert (parsed.age, parsed.other_age, parsed.unassigned) == (None, None, [])


def test_self_stated_only_when_the_speaker_gives_their_age():
    assert parse_ages("I'm 15 and he's 19").self_stated
    assert not parse_ages("is it legal for a 16 and a 30 year old").self_stated
    assert sorted(resolve_pair(parse_ages("is it legal for a 16 and a 30 year old"))) == [16, 30]


@pytest.mark.parametrize("text", [None, 42, "💔💔", "a" * 5000, "1" * 400])
def test_never_raises(text):
    assert isinstance(parse_ages(text), ParsedAges)


def test_a_huge_message_is_read_only_up_to_a_bounded_prefix():
    """Issue 18, point 1: parsing took seconds on 20,000 characters (quadratic)."""
    import time

    from assistant.age_parsing import MAX_PARSE_CHARS

    text = "I'm 14 and he's 19. " + "he me 1 " * 25_000  # 200,000 characters
    start = time.perf_counter()
    parsed = parse_ages(text)
    assert time.perf_counter() - start < 0.5
    assert (parsed.age, parsed.other_age) == (14, 19)
    assert MAX_PARSE_CHARS >= 1000  # what every channel lets through is read whole


@pytest.mark.parametrize(
    "text,expected",
    [
        # The daughter is named twice ("a 13 year old", "my daughter is 13"): the pair is 13/15.
        (
            "what's the age of consent for a 13 year old? "
            "my daughter is 13 and her boyfriend is 15",
            [13, 15],
        ),
        ("my daughter is 13 and her boyfriend is 13", [13, 13]),
    ],
)
def test_a_person_named_twice_is_one_person(text, expected):
    assert sorted(resolve_pair(parse_ages(text))) == expected
