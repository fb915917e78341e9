"""The route finder: a short form, then the B.C. routes that fit (assistant/legal_routes.py)."""

from __future__ import annotations

from rasa_sdk import Action, FormValidationAction

from actions.own_words import answer_in_own_words
from actions.safety_net import NeverRaises
from assistant import legal_routes as routes  # the module of the B.C. legal routes
from assistant.situation_reading import situation_from_text


class ValidateRouteForm(NeverRaises, FormValidationAction):
    def name(self) -> str:
        return "validate_route_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        # The date only matters for the CRT routes; ask it only when they could fit.
        needed = list(domain_slots)
        if not routes.needs_date_question(tracker.get_slot("route_goal")):
            needed.remove("route_when")
        return needed

    # An answer in the person's own words ("like last weekend") to the question just asked.
    def extract_route_age_group(self, dispatcher, tracker, domain) -> dict:
        return answer_in_own_words("route_age_group", tracker, routes.age_group_from_text)

    def extract_route_goal(self, dispatcher, tracker, domain) -> dict:
        return answer_in_own_words("route_goal", tracker, routes.goal_from_text)

    def extract_route_when(self, dispatcher, tracker, domain) -> dict:
        return answer_in_own_words("route_when", tracker, routes.when_from_text)

    def validate_image_situation(self, slot_value, dispatcher, tracker, domain) -> dict:
        answer = situation_from_text(str(slot_value or ""))
        return {"image_situation": answer or routes.UNSURE}

    def validate_route_age_group(self, slot_value, dispatcher, tracker, domain) -> dict:
        return {"route_age_group": routes.age_group_from_text(str(slot_value)) or routes.UNSURE}

    def validate_route_goal(self, slot_value, dispatcher, tracker, domain) -> dict:
        return {"route_goal": routes.goal_from_text(str(slot_value)) or routes.UNSURE}

    def validate_route_when(self, slot_value, dispatcher, tracker, domain) -> dict:
        return {"route_when": routes.when_from_text(str(slot_value)) or routes.UNSURE}


class ActionRouteFinder(NeverRaises, Action):
    def name(self) -> str:
        return "action_route_finder"

    def run(self, dispatcher, tracker, domain):
        found = routes.fitting_routes(
            tracker.get_slot("image_situation"),
            tracker.get_slot("route_age_group"),
            tracker.get_slot("route_goal"),
            tracker.get_slot("route_when"),
        )
        dispatcher.utter_message(response="utter_routes_fit")
        for message in routes.messages(found):  # the free advice line carries the period caveat
            dispatcher.utter_message(text=message)
        dispatcher.utter_message(response="utter_routes_next")
        return []
