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


async def test_a_home_named_before_any_outcome_gets_the_outcome_at_once():
    # Issue 16: a place offered outside the check completes the rule with what was said.
    slots, responses = await run(tracker_after_outcome("I live in Alberta", outcome_given=False))
    assert slots["lives_in_bc"] == "no"
    assert responses[:2] == ["utter_heard_home_no", "utter_not_in_bc"]


def fresh_tracker(earlier: list[tuple[str, str, str | None]], text: str) -> Tracker:
    """A conversation of (text, intent, direct-answer mark) messages, then `text`; no form."""
    events = [
        {
            "event": "user",
            "text": said,
            "parse_data": {"intent": {"name": intent}, "direct_answer": mark},
        }
        for said, intent, mark in earlier
    ]
    events.append({"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}})
    return Tracker(
        sender_id="test",
        slots={"lives_in_bc": None, "image_situation": None, "unclear_answers": None},
        latest_message={"text": text, "intent": {"name": "inform", "confidence": 0.9}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def test_a_bc_home_after_a_threat_answer_is_eligible_with_the_contacts():
    earlier = [("what if she only said she'd post them", "ask_who_qualifies", "threat_only")]
    slots, responses = await run(fresh_tracker(earlier, "I'm based in Kamloops"))
    assert (slots["lives_in_bc"], slots["image_situation"]) == ("yes", "threatened")
    assert responses[:2] == ["utter_heard_home_yes", "utter_eligible"]


async def test_a_bc_home_after_blackmail_is_eligible():
    earlier = [("some scammer wants 500 bucks for my video", "sextortion", None)]
    _, responses = await run(fresh_tracker(earlier, "i live in kelowna"))
    assert responses[:2] == ["utter_heard_home_yes", "utter_eligible"]


async def test_a_bc_home_with_nothing_said_about_the_images_gets_the_rule_and_contacts():
    slots, responses = await run(fresh_tracker([], "we moved to Victoria in the summer"))
    assert slots["lives_in_bc"] == "yes" and slots.get("image_situation") is None
    assert responses[:2] == ["utter_heard_home_yes", "utter_home_heard_next"]


async def test_only_someone_elses_place_is_no_home():
    _, responses = await run(fresh_tracker([], "the guy who did it is in Prince George"))
    assert responses == ["utter_anything_else"]


async def _shared(text: str) -> list[str]:
    from actions.shared_next import ActionSharedNext

    dispatcher = CollectingDispatcher()
    await ActionSharedNext().run(dispatcher, fresh_tracker([], text), {})
    return [message.get("response") for message in dispatcher.messages]


async def test_shared_gets_what_to_do_next_in_the_same_turn():
    assert await _shared("she sent my nudes to everyone at work") == [
        "utter_shared_sorry",
        "utter_shared_next",
    ]


async def test_shared_with_a_home_gets_the_outcome_for_that_home():
    responses = await _shared("I live in Regina and my ex posted my pics")
    assert responses[:3] == ["utter_shared_sorry", "utter_heard_home_no", "utter_not_in_bc"]
    responses = await _shared("I'm in Nelson, he put my video online")
    assert responses[:3] == ["utter_shared_sorry", "utter_heard_home_yes", "utter_eligible"]
