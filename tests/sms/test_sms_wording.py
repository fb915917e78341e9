"""The channel's own wording (utter_sms_* in domain/channels.yml): the contact facts of
content/contacts.yml, nothing explicit on a lock screen."""

import re

import pytest

from assistant.channels.sms.wording import wording
from assistant.content import value
from assistant.content.responses import fill

# Words that must not show in a lock-screen preview of a text this channel sends by itself.
EXPLICIT = re.compile(
    r"\b(intimate|image|images|nude|nudes|naked|sex\w*|porn\w*|explicit|photo\w*|pic|pics|"
    r"video\w*|revenge|sext\w*)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", list(wording().__dict__))
def test_wording_has_no_explicit_words(name):
    assert not EXPLICIT.search(getattr(wording(), name))


def test_help_has_intake_and_crisis_lines():
    help_text = wording().help
    for name in [
        "contacts.intake_phone",
        "contacts.intake_toll_free",
        "contacts.intake_email",
        "contacts.victimlink_phone",
        "contacts.suicide_crisis_line",
        "contacts.emergency",
    ]:
        assert str(value(name)) in help_text, name


def test_stop_reply_says_how_to_restart_and_where_to_get_help():
    assert "START" in wording().stop
    assert str(value("contacts.victimlink_phone")) in wording().stop


def test_a_placeholder_without_a_value_is_an_error():
    with pytest.raises(KeyError):
        fill("call {no_such_line}", {})


def test_point9_first_text_says_the_sms_provider_keeps_texts():
    assert "text message provider also keeps them" in wording().privacy_notice


def test_point12_help_and_error_carry_the_pilot_period():
    for text in (wording().help, wording().error):
        assert "pilot" in text and "March 2025" in text
