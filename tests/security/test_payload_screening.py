"""A typed /payload counts only when the bot offered it in its last turn (issue 18 point 4)."""

from __future__ import annotations

from assistant.channels.inbound import offered_payloads, screen_payload


def bot(*payloads: str) -> dict:
    return {"event": "bot", "data": {"buttons": [{"title": p, "payload": p} for p in payloads]}}


def test_buttons_of_every_message_of_the_last_turn_are_offered():
    # The safety check-in sends its buttons first, then the answer with its own buttons.
    events = [
        {"event": "user", "text": "hi"},
        bot("/greet_old"),
        {"event": "user", "text": "what if he comes to my house"},
        bot("/immediate_danger", "/crisis"),
        bot("/check_eligibility"),
    ]
    assert offered_payloads(events) == {"/immediate_danger", "/crisis", "/check_eligibility"}


def test_buttons_of_an_earlier_turn_are_not_offered_any_more():
    events = [{"event": "user", "text": "hi"}, bot("/affirm"), {"event": "user", "text": "ok"}]
    assert offered_payloads(events) == set()
    assert screen_payload('/affirm{"x": 1}', offered_payloads(events)) != '/affirm{"x": 1}'


def test_an_offered_payload_passes_and_anything_else_becomes_words():
    allowed = {"/crisis"}
    assert screen_payload("/crisis", allowed) == "/crisis"
    screened = screen_payload('/ask_consent{"x": "i want to die"}', allowed)
    assert not screened.startswith("/")
    assert "i want to die" in screened
