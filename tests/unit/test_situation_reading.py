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


@pytest.mark.parametrize(
    "text",
    [
        "its been going around my work all week",
        "the pics are all over instagram now",
        "the whole team has seen them",
        "he airdropped it to people on the bus",
        "a group chat with my nudes is going around",
        "my video is out there now",
    ],
)
def test_more_ways_to_say_it_was_shared(text):
    assert situation_from_text(text) == "shared"


@pytest.mark.parametrize(
    "text",
    [
        "what if it ends up going around the school",
        "im terrified everybody will have seen it by monday",
        "if he shared them could i sue",
    ],
)
def test_a_feared_sharing_is_not_said_to_have_happened(text):
    assert situation_from_text(text) not in ("shared", "threatened")


@pytest.mark.parametrize(
    "text,reading",
    [
        ("wait, i'm not sure he shared them, he only said he would", "threatened"),
        ("she told me she might", "threatened"),
        ("she said she would delete them", None),  # not a threat to share
        ("i dont know if he shared it", "unsure"),
    ],
)
def test_a_threat_said_in_a_few_words(text, reading):
    assert situation_from_text(text) == reading
