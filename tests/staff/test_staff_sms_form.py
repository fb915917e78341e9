"""The staff review's SMS form without the SMS channel reads its menu from the domain."""

from __future__ import annotations

from assistant.channels.sms.flow import compose
from assistant.content import responses
from assistant.staff.sms_form import _fallback

QUESTION = {"text": "Are you 18?", "buttons": [{"title": "Yes"}, {"title": "No"}]}


def test_fallback_menu_is_the_channels_menu():
    assert _fallback(QUESTION) == compose([QUESTION])[0]


def test_fallback_menu_follows_the_domain(monkeypatch):
    changed = {
        "utter_sms_menu": [{"channel": "sms", "text": "Answer {choices}!"}],
        "utter_sms_menu_choice": [{"channel": "sms", "text": "{number}={title}"}],
    }
    monkeypatch.setattr(responses, "all_responses", lambda: changed)
    assert _fallback(QUESTION) == "Are you 18?\nAnswer 1=Yes, 2=No!"


def test_fallback_without_buttons_is_the_text():
    assert _fallback({"text": "Call 9-1-1."}) == "Call 9-1-1.\n"
