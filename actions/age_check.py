"""The age-rules check: form validation and the answer. Logic lives in assistant/age_rules.py
(the law) and assistant/age_parsing.py (reading ages from text); this is the Rasa glue."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.earlier_messages import earlier_user_texts
from actions.safety_net import NeverRaises
from assistant import age_rules
from assistant.age_parsing import ParsedAges, parse_ages, resolve_pair
from assistant.earlier_ages import with_earlier

FORM = "age_check_form"
AGE, OTHER_AGE, OFFSET, TRUST, IS_MINOR = (
    "age_check_age",
    "age_check_other_age",
    "age_check_other_offset",
    "age_check_trust",
    "is_minor",
)
FORM_SLOTS = (AGE, OTHER_AGE, OFFSET, TRUST)
TRUST_FROM_INTENT = {"affirm": "yes", "deny": "no", "dont_know": "unsure", "skip": "unsure"}
TRUST_VALUES = {"yes": True, "no": False}

# Never read an answer from these: they belong to the safety net, stop/skip rules or handoff.
BLOCKED_INTENTS = {
    "stop",
    "skip",
    "crisis",
    "immediate_danger",
    "need_help_now",
    "contact_lawyer",
    "sextortion",
    "goodbye",
}
# Intents a real answer to "how old...?" is likely to get. Other intents (a question from
# another topic) are read only when the message is short, so "is 16 the age of consent?"
# is answered by its own rule instead of being taken as an age.
ANSWER_INTENTS = {"check_age_rules", "youth_disclosure", "inform", "nlu_fallback"}
SHORT_ANSWER_WORDS = 6
WRONG_AGE = "utter_age_check_wrong_age"
ANSWER_ACTION = "action_age_check_answer"


def _intent(tracker: Tracker) -> str:
    return (tracker.latest_message.get("intent") or {}).get("name") or ""


def _text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def _activating(tracker: Tracker) -> bool:
    """At activation the opening message is read for everything it says. Rasa may already
    list the form as active when it first validates; no question has been asked yet then."""
    return tracker.active_loop_name != FORM or tracker.get_slot(REQUESTED_SLOT) is None


def _readable(tracker: Tracker) -> bool:
    intent = _intent(tracker)
    if intent in BLOCKED_INTENTS:
        return False
    if _activating(tracker) or intent in ANSWER_INTENTS:
        return True
    return len(re.findall(r"\S+", _text(tracker))) <= SHORT_ANSWER_WORDS


def _parsed(tracker: Tracker) -> ParsedAges:
    if not _readable(tracker):
        return ParsedAges()
    parsed = parse_ages(_text(tracker))
    # At the start, ages the person already gave ("I'm 15" in the first message) count too.
    if not _activating(tracker):
        return parsed
    return with_earlier(parsed, earlier_user_texts(tracker, since_action=ANSWER_ACTION))


def _requested(tracker: Tracker) -> str | None:
    return None if _activating(tracker) else tracker.get_slot("requested_slot")


def _as_float(age: int | None) -> float | None:
    return None if age is None else float(age)


def _say_wrong_age_once(dispatcher: CollectingDispatcher) -> None:
    if not any(m.get("response") == WRONG_AGE for m in dispatcher.messages):
        dispatcher.utter_message(response=WRONG_AGE)


class ValidateAgeCheckForm(NeverRaises, FormValidationAction):
    def name(self) -> str:
        return "validate_age_check_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        age, other = tracker.get_slot(AGE), tracker.get_slot(OTHER_AGE)
        slots = [AGE, OTHER_AGE]
        # Ask about authority or trust only when the answer depends on it.
        if age is None or other is None or age_rules.trust_matters(age, other):
            slots.append(TRUST)
        return slots

    async def next_requested_slot(self, dispatcher, tracker, domain) -> dict:
        """Always say which slot comes next (the SDK leaves it to Rasa when the list of
        required slots happens to equal the domain's)."""
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        missing = (slot for slot in required if tracker.slots.get(slot) is None)
        return SlotSet(REQUESTED_SLOT, next(missing, None))

    async def get_validation_events(self, dispatcher, tracker, domain) -> list:
        """Also return the helper slots set while extracting (the SDK keeps form slots only)."""
        events = await super().get_validation_events(dispatcher, tracker, domain)
        returned = {event["name"] for event in events}
        extra = tracker.slots_to_validate()
        return events + [
            SlotSet(slot, extra[slot])
            for slot in (OFFSET, IS_MINOR)
            if slot in extra and slot not in returned
        ]

    def extract_age_check_age(self, dispatcher, tracker, domain) -> dict[str, Any]:
        parsed = _parsed(tracker)
        if _activating(tracker):
            age, _other = resolve_pair(parsed)
            found: dict[str, Any] = {AGE: _as_float(age)}  # also clears an earlier check
            if parsed.self_stated and age is not None:
                found.update(self._minor(age))
            return found
        age = parsed.age
        if age is None and _requested(tracker) == AGE and parsed.unassigned:
            age = parsed.unassigned[0]
        if age is None and _requested(tracker) == AGE and self._unusable_answer(tracker, parsed):
            _say_wrong_age_once(dispatcher)
            return {AGE: None}
        if age is None:
            return {}
        return {AGE: float(age), **self._minor(age)}

    def extract_age_check_other_age(self, dispatcher, tracker, domain) -> dict[str, Any]:
        parsed = _parsed(tracker)
        found: dict[str, Any] = {}
        if parsed.other_offset is not None:
            found[OFFSET] = float(parsed.other_offset)
        if _activating(tracker):
            _age, other = resolve_pair(parsed)
            found.setdefault(OFFSET, None)
            found[OTHER_AGE] = _as_float(other)
        else:
            other = parsed.other_age
            if other is None and _requested(tracker) == OTHER_AGE and parsed.unassigned:
                other = parsed.unassigned[0]
            if other is not None:
                found[OTHER_AGE] = float(other)
            elif _requested(tracker) == OTHER_AGE and self._unusable_answer(tracker, parsed):
                _say_wrong_age_once(dispatcher)
                found[OTHER_AGE] = None
        # "2 years older" becomes an age once the person's own age is known.
        offset = found.get(OFFSET, tracker.get_slot(OFFSET))
        age = tracker.get_slot(AGE)
        if found.get(OTHER_AGE) is None and offset is not None and age is not None:
            found[OTHER_AGE] = float(age) + float(offset)
        return found

    def extract_age_check_trust(self, dispatcher, tracker, domain) -> dict[str, Any]:
        intent = _intent(tracker)
        if _requested(tracker) == TRUST:
            if intent in TRUST_FROM_INTENT:
                return {TRUST: TRUST_FROM_INTENT[intent]}
            authority = _parsed(tracker).authority
            return {} if authority is None else {TRUST: "yes" if authority else "no"}
        # Outside the question only a clear "he's my teacher" counts: "my bf" must not
        # answer "no" for someone who may also be a coach.
        authority = _parsed(tracker).authority
        if authority is True:
            return {TRUST: "yes"}
        return {TRUST: None} if _activating(tracker) else {}

    def validate_age_check_age(self, slot_value, dispatcher, tracker, domain) -> dict[str, Any]:
        return self._valid_age(AGE, slot_value, dispatcher)

    def validate_age_check_other_age(
        self, slot_value, dispatcher, tracker, domain
    ) -> dict[str, Any]:
        return self._valid_age(OTHER_AGE, slot_value, dispatcher)

    @staticmethod
    def _valid_age(slot: str, slot_value, dispatcher) -> dict[str, Any]:
        if slot_value is None:
            return {slot: None}
        age = age_rules.as_age(slot_value)
        if age is None:
            # 0, 150, -3: ask again in plain words rather than answer with a wrong age.
            _say_wrong_age_once(dispatcher)
            return {slot: None}
        return {slot: float(age)}

    @staticmethod
    def _minor(age: int) -> dict[str, Any]:
        checked = age_rules.as_age(age)
        if checked is None:
            return {}
        return {IS_MINOR: checked < age_rules.Thresholds.from_content().adult_age}

    @staticmethod
    def _unusable_answer(tracker: Tracker, parsed: ParsedAges) -> bool:
        """A reply meant as an answer but with no age in it ("old", "asdf"): ask again."""
        return (
            _intent(tracker) in ANSWER_INTENTS
            and not parsed.found_anything()
            and _intent(tracker) not in BLOCKED_INTENTS
        )


class ActionAgeCheckAnswer(NeverRaises, Action):
    def name(self) -> str:
        return ANSWER_ACTION

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> list:
        trust = TRUST_VALUES.get(tracker.get_slot(TRUST))
        ruling = age_rules.check_age_rules(
            tracker.get_slot(AGE), tracker.get_slot(OTHER_AGE), trust
        )
        # The "information, not advice" line comes before any answer.
        dispatcher.utter_message(response="utter_age_check_not_advice")
        if ruling.rule_id == age_rules.ASK_AGAIN:
            messages = age_rules.explain_general()  # an age was skipped or not known
        else:
            messages = age_rules.explain(ruling)
        for message in messages:
            dispatcher.utter_message(text=message)
        dispatcher.utter_message(response="utter_age_check_next_steps")
        # Keep nothing longer than needed; is_minor stays for the youth path.
        return [SlotSet(slot, None) for slot in FORM_SLOTS]
