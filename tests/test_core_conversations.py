"""The trained bot, with the real action server, answers every topic of the service page."""

from __future__ import annotations

import pytest

from tests.support.messages import texts

TOPICS = [
    ("what counts as an intimate image?", ["near-nude", "deepfakes", "face"]),
    ("is it a crime to share someone's nudes?", ["crime", "18 or older"]),
    (
        "what are the rules if the person in the pic is under 18?",
        ["child sexual abuse material", "even with consent"],
    ),
    ("what does consent mean?", ["permission", "anyone else", "each step"]),
    ("I was drunk when he took the photo, is that consent?", ["no consent", "passed out"]),
    ("he says he thought I was ok with it", ["make sure there is consent", "did not ask"]),
    ("can I take back my consent?", ["take back your consent"]),
    ("what is the age of consent?", ["16", "less than 2 years", "less than 5 years", "authority"]),
    ("what counts as sharing without consent?", ["revenge porn", "sextortion", "printing"]),
    ("what is this service?", ["3 hours", "2 hours", "no age limit"]),
    ("do I have to go to the police first?", ["do not need to report"]),
    ("who can get help from you?", ["live in British Columbia", "income"]),
    ("what happens after I call?", ["Intake Coordinator", "letter", "1 week", "video"]),
    ("do you have interpreters?", ["interpreter", "ASL"]),
    ("can my mom be on the call?", ["trusted adult"]),
    ("will the lawyer judge me?", ["trauma-informed"]),
    ("can you help me find counselling?", ["counselling", "1-800-563-0808"]),
    ("what other resources are there?", ["Intimate Images Protection Service", "StopNCII"]),
    ("is this service still open?", ["August 2024", "March 2025"]),
    ("how do I contact a lawyer?", ["604-673-3143", "1-888-685-6222", "standinformed@clasbc.net"]),
    ("I need to talk to someone right now", ["VictimLinkBC", "1-800-563-0808", "9-1-1"]),
    ("hi", ["legal information, not legal advice"]),
    ("are you a bot?", ["automated"]),
    ("what's the weather tomorrow?", ["can't help with that"]),
    ("Bonjour, j'ai besoin d'aide avec des photos", ["interpreter", "604-673-3143"]),
]


@pytest.mark.parametrize("message,expected", TOPICS, ids=[t[0][:40] for t in TOPICS])
def test_topic_answer(bot, message, expected):
    reply = texts(bot.say(message))
    for phrase in expected:
        assert phrase.lower() in reply.lower(), f"{message!r} -> {reply!r}"


def test_every_answer_offers_buttons(bot):
    for message, _ in TOPICS:
        replies = bot.say(message)
        assert replies[-1].get("buttons"), f"no buttons after {message!r}"


def test_service_period_is_stated_for_today(bot):
    reply = texts(bot.say("is the service still running?"))
    # Today is after March 2025: the assistant must not say it is open.
    assert "has passed" in reply and "check whether it still takes new clients" in reply


def test_gibberish_gets_a_safe_answer_with_topics(bot):
    replies = bot.say("qwpoeiru zxmcnv")
    assert "didn't understand" in texts(replies) or "can't help with that" in texts(replies)
    assert any(b["payload"] == "/contact_lawyer" for b in replies[-1]["buttons"])
