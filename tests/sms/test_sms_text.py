"""Plain text, splitting at Twilio's limit, and TwiML."""

import re

import pytest

from assistant.channels.sms.text import (
    MAX_SMS_CHARS,
    plain_text,
    render_twiml,
    sms_length,
    split_message,
)

from .helpers import messages


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("Call [604-673-3143](tel:6046733143).", "Call 604-673-3143."),
        ("Email [a@b.ca](mailto:a@b.ca)", "Email a@b.ca"),
        ("See [StopNCII.org](https://stopncii.org/)", "See StopNCII.org"),
        ("Fill in [the form](https://x.example/f)", "Fill in the form (https://x.example/f)"),
        ("You are **not** to *blame*.", "You are not to blame."),
        ("## Options\n- one", "Options\n- one"),
        ("keep snake_case and a_b@c.ca", "keep snake_case and a_b@c.ca"),
    ],
)
def test_plain_text(markdown, plain):
    assert plain_text(markdown) == plain


def test_sms_length_counts_emoji_as_two():
    assert sms_length("ok") == 2
    assert sms_length("😀") == 2
    assert sms_length("é") == 1


def test_short_text_is_one_part():
    assert split_message("One. Two.") == ["One. Two."]


def test_long_text_splits_at_sentence_ends():
    sentences = [f"Sentence number {n} says something useful." for n in range(120)]
    text = " ".join(sentences)
    parts = split_message(text)
    assert len(parts) > 1
    assert all(sms_length(part) <= MAX_SMS_CHARS for part in parts)
    assert all(part.endswith(".") for part in parts)
    assert " ".join(parts) == text


def test_paragraph_breaks_are_preferred():
    first = "A" * 900 + "."
    second = ("Word. " * 150).strip()
    parts = split_message(f"{first}\n\n{second}")
    assert parts[0] == first


def test_emoji_text_stays_within_limit_and_loses_nothing():
    text = "😀" * 1000
    parts = split_message(text)
    assert all(sms_length(part) <= MAX_SMS_CHARS for part in parts)
    assert "".join(parts) == text


def test_twiml_escapes_text_and_keeps_order():
    twiml = render_twiml(["a < b & c", "<script>x</script>", "ਮਦਦ 😀"])
    assert "<script>" not in twiml
    assert messages(twiml) == ["a < b & c", "<script>x</script>", "ਮਦਦ 😀"]


def test_no_bodies_is_an_empty_response():
    twiml = render_twiml([])
    assert messages(twiml) == []
    assert re.search(r"<Response\s*/>", twiml)
