"""Ages said before the age check starts fill its gaps (assistant/earlier_ages.py)."""

import pytest

from assistant.age_parsing import parse_ages, resolve_pair
from assistant.earlier_ages import with_earlier


@pytest.mark.parametrize(
    "opening,earlier,pair",
    [
        ("/check_age_rules", ["I'm 15 and scared", "my boyfriend is 19 and wants pics"], (15, 19)),
        ("he's 19, is that ok?", ["hi", "im 14"], (14, 19)),
        ("/check_age_rules", ["is it ok for a 14 and a 19 year old"], (19, 14)),
        # The opening message wins over what was said before.
        ("I'm 16 and he's 17", ["I'm 13"], (16, 17)),
        ("/check_age_rules", ["what is consent?"], (None, None)),
    ],
)
def test_gaps_filled_from_earlier_messages(opening, earlier, pair):
    assert resolve_pair(with_earlier(parse_ages(opening), earlier)) == pair


def test_own_age_only_when_said_as_ones_own():
    merged = with_earlier(parse_ages("/check_age_rules"), ["I am 15"])
    assert merged.age == 15 and merged.self_stated


def test_a_whole_pair_now_is_not_mixed_with_earlier_numbers():
    earlier = [
        "what's the age of consent for a 13 year old? my daughter is 13 and her boyfriend is 15"
    ]
    merged = with_earlier(parse_ages("so for 13 and 15 specifically, is it legal?"), earlier)
    assert sorted(resolve_pair(merged)) == [13, 15]


def test_the_other_persons_unmarked_age_said_with_ones_own_is_kept():
    # "this 22 year old": no cue word names whose age 22 is; the speaker's own age is given.
    merged = with_earlier(parse_ages("/check_age_rules"), ["im 13 and this 22 yo keeps texting"])
    assert resolve_pair(merged) == (13, 22)
