"""The age-rules check: form validation and the answer. Reading answers is
assistant/age_answers.py, the law assistant/age_rules.py; this is the Rasa glue: read the
tracker, call them, return events and responses."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.earlier_messages import earlier_user_texts
from actions.form_resume import ResumesBriefly
from actions.safety_net import NeverRaises
from assistant import age_answers, age_rules
from assistant.age_answers import AGE, FORM_SLOTS, IS_MINOR, OFFSET, OTHER_AGE, TRUST
from assistant.age_corrections import changed_in_form, corrected, read_age_correction

FORM = "age_check_form"
WRONG_AGE = "utter_age_check_wrong_age"
ANSWER_ACTION = "action_age_check_answer"
CORRECTION_ACTION = "action_age_check_correction"
AGE_NOTED = "utter_age_check_noted"


def _turn(tracker: Tracker) -> age_answers.Turn:
    # At activation the opening message is read for everything it says. Rasa may already
    # list the form as active when it first validates; no question has been asked yet then.
    activating = tracker.active_loop_name != FORM or tracker.get_slot(REQUESTED_SLOT) is None
    return age_answers.Turn(
        intent=(tracker.latest_message.get("intent") or {}).get("name") or "",
        text=tracker.latest_message.get("text") or "",
        activating=activating,
        requested=None if activating else tracker.get_slot(REQUESTED_SLOT),
        age=tracker.get_slot(AGE),
        offset=tracker.get_slot(OFFSET),
        earlier=tuple(earlier_user_texts(tracker, since_action=ANSWER_ACTION))
        if activating
        else (),
    )


def _slots(reading: age_answers.Reading, dispatcher: CollectingDispatcher) -> dict[str, Any]:
    if reading.wrong_age and not any(m.get("response") == WRONG_AGE for m in dispatcher.messages):
        dispatcher.utter_message(response=WRONG_AGE)
    return reading.slots


class ValidateAgeCheckForm(NeverRaises, ResumesBriefly, FormValidationAction):
    def name(self) -> str:
        return "validate_age_check_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        return age_answers.required_slots(
            tracker.get_slot(AGE), tracker.get_slot(OTHER_AGE), tracker.get_slot(TRUST)
        )

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
        return _slots(age_answers.read_age(_turn(tracker)), dispatcher)

    def extract_age_check_other_age(self, dispatcher, tracker, domain) -> dict[str, Any]:
        turn = _turn(tracker)
        if not turn.activating and changed_in_form(
            turn.text, turn.requested, tracker.get_slot(AGE), tracker.get_slot(OTHER_AGE)
        ):
            dispatcher.utter_message(response=AGE_NOTED)
        return _slots(age_answers.read_other_age(turn), dispatcher)

    def extract_age_check_trust(self, dispatcher, tracker, domain) -> dict[str, Any]:
        return age_answers.read_trust(_turn(tracker))

    def validate_age_check_age(self, slot_value, dispatcher, tracker, domain) -> dict[str, Any]:
        return _slots(age_answers.checked_age(AGE, slot_value), dispatcher)

    def validate_age_check_other_age(
        self, slot_value, dispatcher, tracker, domain
    ) -> dict[str, Any]:
        return _slots(age_answers.checked_age(OTHER_AGE, slot_value), dispatcher)


def _answer(
    dispatcher: CollectingDispatcher,
    age,
    other_age,
    trust_slot,
    said: frozenset[str] = frozenset(),
    about_images: bool = False,
) -> None:
    """The age rules' answer for a pair, with the not-advice line first and next steps last;
    paragraphs in `said` (the turn before, word for word) are not sent again. `about_images`:
    the question named pictures (the images rule first)."""
    trust = age_answers.TRUST_VALUES.get(trust_slot)
    ruling = age_rules.check_age_rules(age, other_age, trust)
    # The "information, not advice" line comes before any answer.
    dispatcher.utter_message(response="utter_age_check_not_advice")
    if ruling.rule_id == age_rules.ASK_AGAIN and age_rules.trust_decides(age, trust):
        messages = age_rules.explain_trust(age)
    elif ruling.rule_id == age_rules.ASK_AGAIN:
        messages = age_rules.explain_general()  # an age was skipped or not known
    else:
        messages = age_rules.explain(ruling, about_images=about_images)
    for message in messages:
        if message not in said:
            dispatcher.utter_message(text=message)
    dispatcher.utter_message(response="utter_age_check_next_steps")


def said_last_turn(events: list[dict]) -> frozenset[str]:
    """The bot's texts between the person's last two messages."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return frozenset()
    between = events[users[-2] + 1 : users[-1]]
    return frozenset(e.get("text") or "" for e in between if e.get("event") == "bot")


def _asks_about_images(tracker: Tracker) -> bool:
    """Whether the messages since the last age answer named pictures or videos."""
    texts = earlier_user_texts(tracker, since_action=ANSWER_ACTION)
    return age_answers.names_images([*texts, tracker.latest_message.get("text") or ""])


class ActionAgeCheckAnswer(NeverRaises, Action):
    def name(self) -> str:
        return ANSWER_ACTION

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> list:
        _answer(
            dispatcher,
            tracker.get_slot(AGE),
            tracker.get_slot(OTHER_AGE),
            tracker.get_slot(TRUST),
            about_images=_asks_about_images(tracker),
        )
        # Keep nothing longer than needed; is_minor stays for the youth path.
        return [SlotSet(slot, None) for slot in FORM_SLOTS]


def _last_answer_index(events: list[dict]) -> int | None:
    """Where the age check last answered in the conversation's events, or None."""
    return max(
        (
            i
            for i, e in enumerate(events)
            if e.get("event") == "action" and e.get("name") == ANSWER_ACTION
        ),
        default=None,
    )


def slots_at_last_answer(events: list[dict]) -> dict[str, Any]:
    """The age check's slots as they were when it last answered (the answer then cleared them)."""
    answered = _last_answer_index(events)
    if answered is None:
        return {}
    values: dict[str, Any] = {}
    for event in reversed(events[:answered]):
        name = event.get("name")
        if event.get("event") == "slot" and name in (AGE, OTHER_AGE, TRUST) and name not in values:
            values[name] = event.get("value")
    return values


def corrections_since_answer(events: list[dict]) -> list:
    """The corrections already answered since the check's last answer, oldest first."""
    answered = _last_answer_index(events)
    found, text = [], ""
    if answered is None:
        return []
    for event in events[answered + 1 :]:
        if event.get("event") == "user":
            text = event.get("text") or ""
        elif event.get("event") == "action" and event.get("name") == CORRECTION_ACTION:
            reading = read_age_correction(text)
            if reading is not None:
                found.append(reading)
    return found


class ActionAgeCheckCorrection(NeverRaises, Action):
    """ "Sorry, I meant he's 18, not 20" right after the answer: the answer again, for the
    corrected pair; nothing is kept (the earlier ages are read from the conversation)."""

    def name(self) -> str:
        return CORRECTION_ACTION

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> list:
        correction = read_age_correction(tracker.latest_message.get("text") or "")
        events = list(tracker.events)
        earlier = slots_at_last_answer(events)
        if correction is None or not earlier:
            dispatcher.utter_message(response="utter_ask_age_check_form_age_check_age")
            return []
        age, other = earlier.get(AGE), earlier.get(OTHER_AGE)
        for before in corrections_since_answer(events):  # "... and actually I'm 17"
            age, other = corrected(age, other, before)
        age, other = corrected(age, other, correction)
        dispatcher.utter_message(response="utter_age_check_corrected")
        # Only what changed: the general paragraphs the turn before gave are not repeated.
        _answer(
            dispatcher,
            age,
            other,
            earlier.get(TRUST),
            said_last_turn(events),
            about_images=_asks_about_images(tracker),
        )
        minor = age_answers.minor(int(age)) if correction.age is not None and age else {}
        return [SlotSet(slot, value) for slot, value in minor.items()]
