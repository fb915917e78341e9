"""A correction after the eligibility outcome ("no, I said *I* live in Alberta"): the changed
answer is kept and the outcome said again. Reading: assistant/form_answers.py."""

from __future__ import annotations

from rasa_sdk import Action
from rasa_sdk.events import SlotSet

from actions.eligibility import ActionEligibilityOutcome
from actions.safety_net import NeverRaises
from assistant import form_answers
from assistant.eligibility import YES
from assistant.slot_history import before_latest_message

OUTCOME_ACTION = "action_eligibility_outcome"


def _outcome_given(tracker) -> bool:
    return any(
        event.get("event") == "action" and event.get("name") == OUTCOME_ACTION
        for event in tracker.events
    )


class ActionEligibilityCorrection(NeverRaises, Action):
    def name(self) -> str:
        return "action_eligibility_correction"

    async def run(self, dispatcher, tracker, domain):
        text = tracker.latest_message.get("text") or ""
        home = form_answers.earlier_home(
            before_latest_message(tracker.events, form_answers.LIVES_IN_BC)
        )
        situation = form_answers.earlier_situation(
            before_latest_message(tracker.events, form_answers.IMAGE_SITUATION)
        )
        changed = form_answers.corrections(text, home, situation)
        # A place named for someone else must not stay as the person's home.
        kept = {form_answers.LIVES_IN_BC: home, form_answers.IMAGE_SITUATION: situation}
        kept.update(changed)
        events = [SlotSet(slot, value) for slot, value in kept.items()]
        if not (changed and _outcome_given(tracker)):
            if changed.get(form_answers.LIVES_IN_BC) == YES:
                # A B.C. place said out of the check ("we're in Kelowna"): where to turn.
                dispatcher.utter_message(response="utter_heard_home_yes")
                dispatcher.utter_message(response="utter_place_in_bc_next")
                return events
            dispatcher.utter_message(response="utter_anything_else")
            return events
        dispatcher.utter_message(response="utter_eligibility_corrected")
        tracker.slots.update(kept)
        # The outcome's own action (wrapped by NeverRaises, so awaited) says it again.
        return events + await ActionEligibilityOutcome().run(dispatcher, tracker, domain)
