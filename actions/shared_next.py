""" "My ex posted my pics": sympathy, then what to do next in the same turn (issue 16). When the
message also names the person's home ("I live in Alberta, my nudes were posted"), the
eligibility outcome for that home instead (actions/eligibility_correction.py)."""

from __future__ import annotations

from rasa_sdk import Action

from actions.eligibility_correction import ActionEligibilityCorrection
from actions.safety_net import NeverRaises
from assistant import form_answers


class ActionSharedNext(NeverRaises, Action):
    def name(self) -> str:
        return "action_shared_next"

    async def run(self, dispatcher, tracker, domain):
        if form_answers.heard_home(tracker.latest_message.get("text") or ""):
            dispatcher.utter_message(response="utter_shared_sorry")
            return await ActionEligibilityCorrection().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_shared_sorry")
        dispatcher.utter_message(response="utter_shared_next")
        return []
