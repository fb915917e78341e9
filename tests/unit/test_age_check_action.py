"""The age-check actions with rasa-sdk's CollectingDispatcher and Tracker (no model needed)."""

from __future__ import annotations

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import age_check
from actions.age_check import ActionAgeCheckAnswer, ValidateAgeCheckForm
from assistant.age_rules import check_age_rules, explain, explain_general
from assistant.content.loader import REPO_ROOT

FORM_SLOTS = ["age_check_age", "age_check_other_age", "age_check_other_offset", "age_check_trust"]


@pytest.fixture(scope="module")
def domain() -> dict:
    return yaml.safe_load((REPO_ROOT / "domain" / "age_check.yml").read_text(encoding="utf-8"))


def make_tracker(text, intent, slots=None, active=True, requested=None) -> Tracker:
    values = dict.fromkeys([*FORM_SLOTS, "is_minor"])
    values.update(slots or {})
    values["requested_slot"] = requested
    events = [
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
        {"event": "action", "name": "age_check_form"},
    ]
    return Tracker(
        sender_id="test",
        slots=values,
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "age_check_form"} if active else {},
        latest_action_name="action_listen",
    )


async def validate(domain, *args, **kwargs) -> tuple[dict, list[str]]:
    dispatcher = CollectingDispatcher()
    events = await ValidateAgeCheckForm().run(dispatcher, make_tracker(*args, **kwargs), domain)
    slots = {event["name"]: event["value"] for event in events if event["event"] == "slot"}
    return slots, [message.get("response") for message in dispatcher.messages]


async def test_opening_message_with_both_ages_needs_no_questions(domain):
    slots, said = await validate(
        domain, "I'm 14 and he's 20, is that ok", "check_age_rules", active=False
    )
    assert slots["age_check_age"] == 14 and slots["age_check_other_age"] == 20
    assert slots["is_minor"] is True
    assert slots["requested_slot"] is None  # 14 with 20: trust cannot change the answer
    assert said == []


# Issue 11 point 1: 14 and 17 used to be answered at once ("both can legally consent").
@pytest.mark.parametrize("text", ["im 16 and hes 25 is that ok", "I'm 14 and he's 17, is that ok"])
async def test_opening_message_where_trust_matters_asks_about_it(domain, text):
    slots, _said = await validate(domain, text, "check_age_rules", active=False)
    assert slots["requested_slot"] == "age_check_trust"


async def test_opening_message_naming_a_coach_answers_trust(domain):
    slots, _ = await validate(
        domain, "my coach is 25 and i'm 16, is it legal if i agree", "check_age_rules", active=False
    )
    assert slots["age_check_trust"] == "yes"
    assert slots["requested_slot"] is None


async def test_opening_message_without_ages_clears_an_earlier_check(domain):
    old = {"age_check_age": 15.0, "age_check_other_age": 19.0, "age_check_trust": "no"}
    slots, _ = await validate(domain, "check ages", "check_age_rules", slots=old, active=False)
    assert slots["age_check_age"] is None and slots["age_check_other_age"] is None
    assert slots["age_check_trust"] is None
    assert slots["requested_slot"] == "age_check_age"


async def test_hypothetical_pair_does_not_set_is_minor(domain):
    slots, _ = await validate(
        domain, "is it legal for a 16 and a 30 year old", "check_age_rules", active=False
    )
    assert sorted([slots["age_check_age"], slots["age_check_other_age"]]) == [16, 30]
    assert "is_minor" not in slots


async def test_relative_age_is_kept_until_own_age_is_known(domain):
    slots, _ = await validate(
        domain, "my bf is 2 years older than me is that legal", "check_age_rules", active=False
    )
    assert slots["age_check_other_offset"] == 2
    assert slots["requested_slot"] == "age_check_age"
    slots, _ = await validate(
        domain, "14", "youth_disclosure", slots=slots, requested="age_check_age"
    )
    assert slots["age_check_age"] == 14 and slots["age_check_other_age"] == 16
    assert slots["is_minor"] is True


@pytest.mark.parametrize(
    ("text", "intent", "age"),
    [
        ("fourteen", "nlu_fallback", 14),
        ("17 y/o", "youth_disclosure", 17),
        ("i'm 22", "inform", 22),
    ],
)
async def test_answer_to_the_age_question(domain, text, intent, age):
    slots, _ = await validate(domain, text, intent, requested="age_check_age")
    assert slots["age_check_age"] == age
    assert slots["requested_slot"] == "age_check_other_age"


@pytest.mark.parametrize("text", ["0", "150", "-3"])
async def test_impossible_age_is_asked_again(domain, text):
    slots, said = await validate(domain, text, "nlu_fallback", requested="age_check_age")
    assert slots["age_check_age"] is None
    assert said == ["utter_age_check_wrong_age"]
    assert slots["requested_slot"] == "age_check_age"


async def test_answer_without_a_number_is_asked_again(domain):
    slots, said = await validate(domain, "old enough", "nlu_fallback", requested="age_check_age")
    assert said == ["utter_age_check_wrong_age"]
    assert slots["requested_slot"] == "age_check_age"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'm 15 and I want to die", "crisis"),
        ("stop", "stop"),
        ("skip", "skip"),
        ("never mind, I'm 15", "stop"),
        ("I'm 15 and he is outside my house", "immediate_danger"),
        ("what if the person in the pic is under 18", "ask_under_18_images"),
    ],
)
async def test_other_messages_are_not_taken_as_answers(domain, text, intent):
    slots, said = await validate(
        domain, text, intent, requested="age_check_other_age", slots={"age_check_age": 15.0}
    )
    # Nothing but the next question: Rasa rejects the form and another rule answers.
    assert set(slots) <= {"requested_slot"}
    assert said == []


@pytest.mark.parametrize(
    ("text", "intent", "trust"),
    [
        ("/affirm", "affirm", "yes"),
        ("/deny", "deny", "no"),
        ("/dont_know", "dont_know", "unsure"),
        ("she is my teacher", "inform", "yes"),
        ("no he's my boyfriend", "deny", "no"),
        ("he's just my boyfriend", "inform", "no"),
    ],
)
async def test_trust_answers(domain, text, intent, trust):
    slots, _ = await validate(
        domain,
        text,
        intent,
        requested="age_check_trust",
        slots={"age_check_age": 16.0, "age_check_other_age": 25.0},
    )
    assert slots["age_check_trust"] == trust
    assert slots["requested_slot"] is None


async def run_answer(slots: dict) -> tuple[list[dict], list]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("", "deny", slots=slots, active=False)
    events = await ActionAgeCheckAnswer().run(dispatcher, tracker, {})
    return dispatcher.messages, events


async def test_answer_gives_rule_explanation_and_next_steps():
    messages, events = await run_answer(
        {"age_check_age": 15.0, "age_check_other_age": 19.0, "age_check_trust": "no"}
    )
    expected = explain(check_age_rules(15, 19, False))
    assert messages[0]["response"] == "utter_age_check_not_advice"  # the line comes first
    assert [m["text"] for m in messages[1:-1]] == expected
    assert messages[-1]["response"] == "utter_age_check_next_steps"
    assert events == [SlotSet(slot, None) for slot in FORM_SLOTS]


async def test_answer_with_unsure_trust_explains_both_cases():
    messages, _ = await run_answer(
        {"age_check_age": 17.0, "age_check_other_age": 30.0, "age_check_trust": "unsure"}
    )
    assert messages[1]["text"] == explain(check_age_rules(17, 30, None))[0]


async def test_answer_without_ages_gives_the_general_rules():
    messages, _ = await run_answer({"age_check_age": 15.0})
    assert messages[0]["response"] == "utter_age_check_not_advice"
    assert [m["text"] for m in messages[1:-1]] == explain_general()


def test_next_steps_offer_the_lawyer_and_say_not_advice(domain):
    first = domain["responses"]["utter_age_check_not_advice"][0]
    assert "legal information, not legal advice" in first["text"]
    response = domain["responses"]["utter_age_check_next_steps"][0]
    assert "lawyer" in response["text"]
    assert "/contact_lawyer" in [button["payload"] for button in response["buttons"]]


async def test_point1_a_17_year_old_babysitter_is_a_position_of_trust(domain):
    slots, _ = await validate(
        domain, "my babysitter is 17 and i'm 14, is it legal", "check_age_rules", active=False
    )
    assert slots["age_check_trust"] == "yes" and slots["requested_slot"] is None
    messages, _ = await run_answer(
        {"age_check_age": 14.0, "age_check_other_age": 17.0, "age_check_trust": "yes"}
    )
    assert "No." in messages[1]["text"] and "whatever the older person's age" in messages[1]["text"]


def test_point7_trust_question_asks_about_dependency_and_exploitation(domain):
    variants = domain["responses"]["utter_ask_age_check_form_age_check_trust"]
    for variant in variants:  # the full question and the short one after a side question
        question = variant["text"]
        assert "trust or authority" in question
        assert "depend on them" in question and "take advantage" in question
    full = [variant["text"] for variant in variants if not variant.get("condition")]
    assert full and all("babysitter" in question for question in full)


async def test_actions_never_raise(domain, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(age_check.age_rules, "check_age_rules", broken)
    monkeypatch.setattr(age_check.age_answers, "parse_ages", broken)
    dispatcher = CollectingDispatcher()
    assert await ActionAgeCheckAnswer().run(dispatcher, make_tracker("", "deny"), {}) == []
    assert (
        await ValidateAgeCheckForm().run(
            dispatcher, make_tracker("15", "inform", requested="age_check_age"), domain
        )
        == []
    )
    assert [m["response"] for m in dispatcher.messages] == ["utter_action_failed"] * 2


def test_domain_responses_for_every_question(domain):
    for slot in domain["forms"]["age_check_form"]["required_slots"]:
        assert f"utter_ask_age_check_form_{slot}" in domain["responses"]
    for response in domain["responses"].values():
        assert len(response[0]["text"]) <= 600


async def test_first_validation_with_the_form_already_active_reads_the_opening_message(domain):
    """Rasa lists the form as active when it first validates: "my babysitter is 17" (a number
    with no clue word) must still be read as the other person's age, not asked again."""
    slots, _ = await validate(
        domain, "I'm 14 and my babysitter is 17, is that legal", "check_age_rules", active=True
    )
    assert slots["age_check_other_age"] == 17 and slots["age_check_trust"] == "yes"
    assert slots["requested_slot"] is None
