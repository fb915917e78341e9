"""The one reader of "shared / threatened / neither / unsure" (assistant/situation_reading.py):
the form's answers, the route finder and messages said before the check started."""

import pytest

from assistant.situation_reading import situation_from_text, situation_said_earlier


@pytest.mark.parametrize(
    "text,expected",
    [
        ("she sent it to everyone", "shared"),
        ("she's threatening to post it", "threatened"),
        ("he's blackmailing me", "threatened"),
        ("neither", "neither"),
        ("just curious", "neither"),
        ("", None),
        ("no threats or anything, i just want to know my rights", "neither"),
        ("no threats, he already posted them", "shared"),
    ],
)
def test_plain_answers(text, expected):
    assert situation_from_text(text) == expected


@pytest.mark.parametrize(
    "texts,expected",
    [
        (["my ex posted my nudes online"], "shared"),
        (["he says he will post them unless i pay", "hi"], "threatened"),
        (["he sent them to my friends", "/check_eligibility"], "shared"),
        (["nothing is online yet, he keeps saying he'll post them"], "threatened"),
        # The latest message that says so wins.
        (["he threatened to post them", "now he posted them"], "shared"),
        # Doubt, denial and questions are no answer: the check asks instead.
        (["I don't know if he shared it"], None),
        (["he hasn't posted them"], None),
        (["can he share them?"], None),
        (["will he post them if I don't pay?"], None),
        (["nothing happened"], None),
        ([""], None),
        ([], None),
    ],
)
def test_said_earlier(texts, expected):
    assert situation_said_earlier(texts) == expected
