"""After a crisis reply, "ok. maybe ill text 988" (assistant/reaching_out.py, round 43 p18):
heard and encouraged, never the fallback or the under-18 answer."""

from __future__ import annotations

from assistant import reaching_out as r

CRISIS = ["utter_crisis", "utter_crisis_next"]


def test_saying_they_will_text_or_call_a_line_is_heard():
    for text in (
        "ok. maybe ill text 988",
        "i said ill text 988",
        "ok i'll call them",
        "im gonna text victimlink",
        "I'll try calling that number",
    ):
        assert r.follow_up(text, CRISIS, CRISIS) == [r.REACHING_OUT], text
    # said again right after: still here, not the same text twice
    assert r.follow_up("i said ill text 988", CRISIS, [r.REACHING_OUT]) == [r.STILL_HERE]


def test_only_after_a_crisis_reply_and_never_over_a_risk():
    assert r.follow_up("ok i'll call them", ["utter_contact"], ["utter_contact"]) is None
    assert r.follow_up("ill text 988 but i might hurt myself first", CRISIS, CRISIS) is None
    assert r.follow_up("thanks", CRISIS, CRISIS) is None
