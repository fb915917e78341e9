"""The route finder's opening: the routes open to anyone for a person who said they live
outside B.C., read from what they said (the lives_in_bc slot may hold a B.C. place named in a
question, "so what could I do in B.C.?"); else the B.C. routes."""

from __future__ import annotations

from rasa_sdk import Action

from actions.earlier_messages import earlier_user_texts
from actions.safety_net import NeverRaises
from assistant.route_form_gate import wants_questions
from assistant.said_before import home_said

OUTSIDE_BC = "no"


class ActionRoutesIntro(NeverRaises, Action):
    def name(self) -> str:
        return "action_routes_intro"

    def run(self, dispatcher, tracker, domain):
        texts = [*earlier_user_texts(tracker), tracker.latest_message.get("text") or ""]
        if wants_questions(texts[-1]):
            # The routes were just listed (round 12): only the questions are introduced.
            dispatcher.utter_message(response="utter_routes_narrow_intro")
            return []
        slot = tracker.get_slot("lives_in_bc")
        if home_said(slot if slot in {"yes", "no"} else None, texts) == OUTSIDE_BC:
            dispatcher.utter_message(response="utter_routes_intro_outside_bc")
        else:
            dispatcher.utter_message(response="utter_routes_intro")
        return []
