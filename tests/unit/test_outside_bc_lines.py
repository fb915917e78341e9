"""The B.C.-only support lines (310-6789, VictimLinkBC) are left out of ordinary answers to
someone who lives outside B.C. (assistant/outside_bc_lines.py, round 54 p31 and p07); crisis
answers keep every line."""

from __future__ import annotations

from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant import outside_bc_lines as ol

TALK = (
    "You can talk to someone about how you feel, by phone, today. VictimLinkBC is there 24/7: "
    "call or text 1-800-563-0808. The BC Mental Health Support Line is 310-6789 (no area code). "
    "If you ever have thoughts of hurting yourself, call or text 9-8-8."
)


def _tracker(*user_texts: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker("t", [])
    for text in user_texts:
        tracker.update(UserUttered(text, {"name": "inform", "confidence": 1.0}))
    return tracker


def _said(name: str, text: str = TALK) -> BotUttered:
    return BotUttered(text, {}, {"utter_action": name})


def test_outside_bc_an_ordinary_answer_loses_only_the_bc_lines():
    events = [_said("utter_talk_support_again")]
    ol.filter_events(events, _tracker("im in yellowknife", "i just want to talk to someone"))
    assert "1-800-563-0808" not in events[0].text
    assert "310-6789" not in events[0].text
    assert "9-8-8" in events[0].text
    assert events[0].text.startswith("You can talk to someone")


def test_in_bc_or_for_a_crisis_every_line_stays():
    events = [_said("utter_talk_support_again")]
    ol.filter_events(events, _tracker("i live in kamloops", "i just want to talk to someone"))
    assert events[0].text == TALK
    events = [_said("utter_crisis")]
    ol.filter_events(events, _tracker("im in yellowknife", "i want to talk to someone"))
    assert events[0].text == TALK
    events = [_said("utter_talk_support_again")]
    ol.filter_events(events, _tracker("im in yellowknife", "i want to kill myself"))
    assert events[0].text == TALK


def test_a_message_of_only_a_bc_line_goes_unless_nothing_would_be_left():
    only = "VictimLinkBC is there 24/7: call or text 1-800-563-0808."
    events = [_said("utter_thank", "You're welcome."), _said("utter_thanks_close", only)]
    ol.filter_events(events, _tracker("im in calgary", "thanks"))
    assert [e.text for e in events] == ["You're welcome."]
    events = [_said("utter_thanks_close", only)]
    ol.filter_events(events, _tracker("im in calgary", "thanks"))
    assert [e.text for e in events] == [only]


def test_a_sentence_with_a_line_that_works_anywhere_stays_whole():
    both = "Call or text VictimLinkBC (1-800-563-0808) or 9-8-8 any time."
    assert ol.strip_lines(both) == both
