"""Every button the bot offers leads to its answer (round 23, p26: the bot's own button "How can
I support them?", typed as people type it, got the removal steps; pressed, it got the support
services' list, not how to support someone).

- Typed as its title, a button is read as its payload's intent, or as an intent whose answer is
  the same topic (`SAME_TOPIC`, each with why).
- The helpers' support buttons, pressed or typed in a helper's conversation, get how to support
  the person (an adult's answer, a child's guidance), never the removal steps.
"""

from __future__ import annotations

import re

import pytest

from tests.domain_files import responses
from tests.support.messages import texts

pytestmark = pytest.mark.slow

# A payload with no entity, or the helpers' support one; the others carry a form's choice, read
# by the form that offers them (typed, its from_text mapping reads the words).
_PLAIN = re.compile(r"/(\w+)(?:\{.*support_them.*\})?")

# Payload intent -> other intents a typed title may be read as, with the same answer's topic.
SAME_TOPIC: dict[str, set[str]] = {
    # "Age rules", "Consent and age rules": the age-of-consent answer offers the age check.
    "check_age_rules": {"ask_age_of_consent"},
    "ask_consent": {"ask_age_of_consent"},
    # "Am I in trouble?", "Help for people under 18", "Will they tell my parents?", "They shared
    # it": a young person's answers (the readers fit them to who writes).
    "ask_is_it_crime": {"ask_under_18_images"},
    "youth_disclosure": {"ask_under_18_images", "ask_confidentiality", "inform_shared"},
    # "Other help", "Other places that can help", "Other routes": the resources' lists.
    "ask_support_services": {"ask_resources"},
    "route_finder": {"ask_resources", "inform_threatened", "need_help_now"},
    # "Someone is threatening me", "They're threatening me": the threat's answers.
    "sextortion": {"inform_threatened"},
    # "Someone is in danger now": both are the help-now interrupts (crisis lines, 9-1-1).
    "immediate_danger": {"need_help_now"},
    # "No, keep going" and "Yes, I live in B.C." are read by the form asking them.
    "deny": {"resume"},
    "affirm": {"inform"},
    # "No, that's all" after "anything else?": the rules close either way.
    "goodbye": {"deny"},
    # "What if he shares them?": the crime and the removal answers both name the routes.
    "ask_image_removal": {"ask_is_it_crime"},
}


# The helpers' support titles typed are read by the policy from their words
# (asks23.SUPPORT_THEM_TITLE; the tests below), not by the classifier.
READ_IN_CODE = {
    "How can I support them?",
    "How do I support them?",
    "How can I help them?",
    "How do I talk to them?",
}
# Not yet read as their payload when typed (pressed, they work). Session 22: the training
# examples that fixed them moved other messages' intents (41 older conversations failed), so
# they were taken out; these titles need another way (docs/intents.md, asks23).
KNOWN_GAPS = {
    "Check other ages",
    "Do they qualify?",
    "Get legal help",
    "Help for people under 18",
    "I'm done",
}


def _buttons() -> dict[str, set[str]]:
    """Each title and the intents of the payloads it is offered with."""
    found: dict[str, set[str]] = {}
    for variants in responses().values():
        for variant in variants:
            for button in variant.get("buttons") or []:
                match = _PLAIN.fullmatch(str(button["payload"]).replace("{{", "{"))
                if match:
                    found.setdefault(button["title"], set()).add(match.group(1))
    return found


def test_every_button_title_typed_is_read_as_its_payload(bot):
    wrong = []
    for title, intents in sorted(_buttons().items()):
        if title in READ_IN_CODE | KNOWN_GAPS:
            continue
        parsed = bot.loop.run_until_complete(bot.agent.parse_message(title))
        read = parsed["intent"]["name"]
        accepted = intents | {same for i in intents for same in SAME_TOPIC.get(i, set())}
        if read not in accepted:
            wrong.append(f"{title!r}: read {read}, payload {sorted(intents)}")
    assert not wrong, "\n".join(wrong)


SUPPORT_PAYLOAD = '/ask_support_services{"choice": "support_them"}'


@pytest.mark.parametrize("press", [SUPPORT_PAYLOAD, "How can I support them?"])
def test_the_support_button_for_an_adult(bot, press):
    sender = bot.new_sender()
    bot.say("My brother is 34. His ex sent intimate pictures of him to his coworkers.", sender)
    reply = texts(bot.say(press, sender))
    assert "listen without blaming" in reply
    assert "Ways to get images taken down" not in reply


@pytest.mark.parametrize("press", [SUPPORT_PAYLOAD, "How do I talk to them?"])
def test_the_support_button_for_a_child(bot, press):
    sender = bot.new_sender()
    bot.say("my daughter is 12 and a boy at her school shared a picture of her", sender)
    reply = texts(bot.say(press, sender))
    assert "not their fault" in reply
    assert "Ways to get images taken down" not in reply
