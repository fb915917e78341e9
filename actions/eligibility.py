"""The eligibility form: validation and the outcome. Rules live in assistant/eligibility.py."""

from __future__ import annotations

from rasa_sdk import Action, FormValidationAction
from rasa_sdk.events import SlotSet
from rasa_sdk.forms import REQUESTED_SLOT

from actions.earlier_messages import earlier_user_texts
from actions.safety_net import NeverRaises
from actions.service_status import say_period_caveat
from assistant import eligibility

ALLOWED_RETRIES = 1  # an unclear answer is asked once more, then the person goes on without it


def _unclear(slot: str, tracker, dispatcher) -> dict:
    counts = dict(tracker.get_slot("unclear_answers") or {})
    if counts.get(slot, 0) < ALLOWED_RETRIES:
        counts[slot] = counts.get(slot, 0) + 1
        dispatcher.utter_message(response=f"utter_rephrase_{slot}")
        return {slot: None, "unclear_answers": counts}
    dispatcher.utter_message(response="utter_moving_on")
    return {slot: eligibility.UNSURE, "unclear_answers": counts}


class ValidateEligibilityForm(NeverRaises, FormValidationAction):
    def name(self) -> str:
        return "validate_eligibility_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        # Ask only what the rule needs: outside B.C. the answer is known without the images.
        if tracker.get_slot("lives_in_bc") == eligibility.NO:
            return [slot for slot in domain_slots if slot != "image_situation"]
        return list(domain_slots)

    def extract_image_situation(self, dispatcher, tracker, domain) -> dict:
        # At the start only: "my ex posted my pics" said earlier is not asked again.
        starting = tracker.active_loop.get("name") != "eligibility_form" or (
            tracker.get_slot(REQUESTED_SLOT) is None
        )
        if not starting or tracker.get_slot("image_situation") is not None:
            return {}
        earlier = earlier_user_texts(tracker, since_action="action_eligibility_outcome")
        said = eligibility.situation_said_earlier(earlier)
        return {"image_situation": said} if said else {}

    def validate_lives_in_bc(self, slot_value, dispatcher, tracker, domain) -> dict:
        answer = eligibility.lives_in_bc_from_text(str(slot_value or ""))
        if answer is None:
            return _unclear("lives_in_bc", tracker, dispatcher)
        return {"lives_in_bc": answer}

    def validate_image_situation(self, slot_value, dispatcher, tracker, domain) -> dict:
        answer = eligibility.situation_from_text(str(slot_value or ""))
        if answer is None:
            return _unclear("image_situation", tracker, dispatcher)
        return {"image_situation": answer}


class ActionEligibilityOutcome(NeverRaises, Action):
    def name(self) -> str:
        return "action_eligibility_outcome"

    def run(self, dispatcher, tracker, domain):
        result = eligibility.outcome(
            tracker.get_slot("lives_in_bc"), tracker.get_slot("image_situation")
        )
        dispatcher.utter_message(response=eligibility.OUTCOME_RESPONSES[result])
        if result in eligibility.OUTCOMES_NAMING_THE_SERVICE:
            say_period_caveat(dispatcher)
        return [SlotSet("unclear_answers", None)]
