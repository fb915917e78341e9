"""The correction after the eligibility outcome with rasa-sdk's Tracker (no model needed)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.eligibility_correction import ActionEligibilityCorrection


def tracker_after_outcome(text: str, outcome_given: bool = True) -> Tracker:
    events = [
        {"event": "user", "text": "/affirm"},
        {"event": "slot", "name": "lives_in_bc", "value": "yes"},
        {"event": "user", "text": "/inform_shared"},
        {"event": "slot", "name": "image_situation", "value": "shared"},
    ]
    if outcome_given:
        events.append({"event": "action", "name": "action_eligibility_outcome"})
    events += [
        {"event": "user", "text": text},
        {"event": "slot", "name": "lives_in_bc", "value": "alberta"},
    ]
    return Tracker(
        sender_id="test",
        slots={"lives_in_bc": "alberta", "image_situation": "shared", "unclear_answers": None},
        latest_message={"text": text, "intent": {"name": "inform", "confidence": 0.9}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def run(tracker: Tracker) -> tuple[dict, list[str]]:
    dispatcher = CollectingDispatcher()
    events = await ActionEligibilityCorrection().run(dispatcher, tracker, {})
    slots = {event["name"]: event["value"] for event in events if event["event"] == "slot"}
    return slots, [message.get("response") for message in dispatcher.messages]


async def test_a_correction_says_the_outcome_again():
    slots, responses = await run(tracker_after_outcome("no, I said I live in Alberta"))
    assert slots["lives_in_bc"] == "no" and slots["image_situation"] == "shared"
    assert responses[:2] == ["utter_eligibility_corrected", "utter_not_in_bc"]


async def test_someone_elses_place_changes_nothing():
    slots, responses = await run(tracker_after_outcome("his brother lives in Alberta"))
    assert slots["lives_in_bc"] == "yes"  # the entity's "alberta" is not the person's home
    assert responses == ["utter_anything_else"]


async def test_no_outcome_yet_no_outcome_said():
    slots, responses = await run(tracker_after_outcome("I live in Alberta", outcome_given=False))
    assert slots["lives_in_bc"] == "no"
    assert responses == ["utter_anything_else"]
