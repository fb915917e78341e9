"""The staff review's SMS form is the SMS channel's own composer, menu worded by the domain."""

from __future__ import annotations

from assistant.content import responses
from assistant.staff.sms_form import sms_text

QUESTION = {"text": "Are you 18?", "buttons": [{"title": "Yes"}, {"title": "No"}]}


def test_sms_form_menu_follows_the_domain(monkeypatch):
    changed = {
        "utter_sms_menu": [{"channel": "sms", "text": "Answer {choices}!"}],
        "utter_sms_menu_choice": [{"channel": "sms", "text": "{number}={title}"}],
    }
    monkeypatch.setattr(responses, "all_responses", lambda: changed)
    assert sms_text(QUESTION) == "Are you 18?\nAnswer 1=Yes, 2=No!"


def test_sms_form_without_buttons_is_the_text():
    assert sms_text({"text": "Call 9-1-1."}) == "Call 9-1-1."
