"""Numbered menus and the keywords handled before NLU."""

import pytest

from assistant.channels.sms.keywords import Keyword, keyword
from assistant.channels.sms.menu import buttons_menu, chosen_payload, menu_text

PAYLOADS = ["/affirm", "/deny", '/inform{"answer": "unsure"}']


def test_menu_text_numbers_titles_in_order():
    assert menu_text(["Yes", "No"]) == "Reply 1 for Yes, 2 for No."
    assert menu_text([]) == ""


def test_buttons_menu_keeps_payloads_and_strips_markdown():
    text, payloads = buttons_menu(
        [{"title": "**Call** [them](tel:1)", "payload": "/contact"}, {"title": "Skip"}]
    )
    assert text == "Reply 1 for Call them, 2 for Skip."
    assert payloads == ["/contact", "Skip"]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("1", PAYLOADS[0]),
        (" 2 ", PAYLOADS[1]),
        ("two", PAYLOADS[1]),
        ("Three!", PAYLOADS[2]),
        ("#1", PAYLOADS[0]),
        ("(3)", PAYLOADS[2]),
        ("2.", PAYLOADS[1]),
    ],
)
def test_numbers_pick_the_payload(reply, expected):
    assert chosen_payload(reply, PAYLOADS) == expected


@pytest.mark.parametrize("reply", ["0", "4", "15", "I have 2 kids", "one more thing", "", "yes"])
def test_other_replies_go_to_nlu(reply):
    assert chosen_payload(reply, PAYLOADS) is None


def test_no_menu_means_no_choice():
    assert chosen_payload("1", []) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STOP", Keyword.STOP),
        ("stop", Keyword.STOP),
        (" Stop. ", Keyword.STOP),
        ("stopall", Keyword.STOP),
        ("UNSUBSCRIBE", Keyword.STOP),
        ("cancel", Keyword.STOP),
        ("End", Keyword.STOP),
        ("quit!", Keyword.STOP),
        ("START", Keyword.START),
        ("unstop", Keyword.START),
        ("help", Keyword.HELP),
        ("Info?", Keyword.HELP),
    ],
)
def test_whole_message_keywords(text, expected):
    assert keyword(text) is expected


@pytest.mark.parametrize(
    "text",
    ["please stop texting", "how do I make him stop", "stop it now", "help me", "I need help", ""],
)
def test_keywords_inside_sentences_are_not_keywords(text):
    assert keyword(text) is None
