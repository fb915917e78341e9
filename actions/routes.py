"""The route finder: a short form, then the B.C. routes that fit (assistant/legal_routes.py)."""

from __future__ import annotations

from rasa_sdk import Action, FormValidationAction

from actions.earlier_messages import earlier_user_texts, user_intents
from actions.form_resume import ResumesBriefly
from actions.own_words import answer_in_own_words
from actions.safety_net import NeverRaises
from assistant import legal_routes as routes  # the module of the B.C. legal routes
from assistant.form_answers import only_acknowledges, yes_or_no
from assistant.route_form_gate import goal_said_now
from assistant.said_before import home_said, recent_time_said, route_answers_said
from assistant.situation_reading import situation_from_text

ROUTE_SLOTS = frozenset({"image_situation", "route_age_group", "route_goal", "route_when"})


def _said_before(slot: str, tracker) -> dict:
    """At the form's start, an answer the person already gave in this conversation ("I'm 16",
    "he posted them"): not asked again."""
    requested = tracker.get_slot("requested_slot")
    # A question another form left pending ("how old is the other person?") is no start of
    # this one's: what was said before still counts (issue 16).
    started = requested in ROUTE_SLOTS and tracker.active_loop.get("name") == "route_form"
    if tracker.get_slot(slot) is not None or started:
        return {}
    texts = [*earlier_user_texts(tracker), tracker.latest_message.get("text") or ""]
    value = _answers_said(tracker, texts).get(slot)
    return {slot: value} if value else {}


def _answers_said(tracker, texts: list[str]) -> dict:
    """The route questions' answers given in the person's messages (assistant/said_before.py)."""
    marks = [
        (event.get("parse_data") or {}).get("direct_answer")
        for event in tracker.events
        if event.get("event") == "user"
    ]
    return route_answers_said(texts, user_intents(tracker), marks)


def _yes_no_reader(read, yes: str, no: str):
    """The slot's own reader, then a plain yes or no to its yes/no question."""

    def reader(text: str) -> str | None:
        answer = yes_or_no(text)
        return read(text) or (None if answer is None else (yes if answer else no))

    return reader


def _own_words_or_on(slot: str, tracker, read) -> dict:
    """An answer in the person's words; a bare "ok" after a side answer carries on as "not
    sure" (routes for both cases) instead of falling to "not sure how to help"."""
    found = answer_in_own_words(slot, tracker, read)
    if not found and tracker.get_slot("requested_slot") == slot:
        if only_acknowledges(tracker.latest_message.get("text") or ""):
            return {slot: routes.UNSURE}
    return found


class ValidateRouteForm(NeverRaises, ResumesBriefly, FormValidationAction):
    def name(self) -> str:
        return "validate_route_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        # The date only matters for the CRT routes; ask it only when they could fit.
        needed = list(domain_slots)
        if not routes.needs_date_question(tracker.get_slot("route_goal")):
            needed.remove("route_when")
        return needed

    # An answer in the person's own words ("like last weekend") to the question just asked.
    def extract_image_situation(self, dispatcher, tracker, domain) -> dict:
        # "no, I'm 30" or "yeah he did" to "did someone share or threaten to?": a plain no or
        # yes is the answer, not the same question again word for word.
        read = _yes_no_reader(situation_from_text, "shared_or_threatened", "neither")
        return _own_words_or_on("image_situation", tracker, read) or _said_before(
            "image_situation", tracker
        )

    def extract_route_age_group(self, dispatcher, tracker, domain) -> dict:
        read = _yes_no_reader(routes.age_group_from_text, routes.MINOR, routes.ADULT)
        return _own_words_or_on("route_age_group", tracker, read) or _said_before(
            "route_age_group", tracker
        )

    def extract_route_goal(self, dispatcher, tracker, domain) -> dict:
        return _own_words_or_on("route_goal", tracker, routes.goal_from_text)

    def extract_route_when(self, dispatcher, tracker, domain) -> dict:
        read = _yes_no_reader(routes.when_from_text, routes.RECENT, routes.BEFORE)
        found = _own_words_or_on("route_when", tracker, read)
        if found or tracker.get_slot("route_when") is not None:
            return found
        # "he made it like 2 weeks ago" said at another question: not asked again (round 8).
        texts = [*earlier_user_texts(tracker), tracker.latest_message.get("text") or ""]
        return {"route_when": routes.RECENT} if recent_time_said(texts) else {}

    # None: an "ok" that answered nothing (asked again), not "unsure".
    def validate_image_situation(self, slot_value, dispatcher, tracker, domain) -> dict:
        if slot_value is None:
            return {"image_situation": None}
        answer = situation_from_text(str(slot_value or ""))
        return {"image_situation": answer or routes.UNSURE}

    def validate_route_age_group(self, slot_value, dispatcher, tracker, domain) -> dict:
        if slot_value is None:
            return {"route_age_group": None}
        return {"route_age_group": routes.age_group_from_text(str(slot_value)) or routes.UNSURE}

    def validate_route_goal(self, slot_value, dispatcher, tracker, domain) -> dict:
        if slot_value is None:
            return {"route_goal": None}
        return {"route_goal": routes.goal_from_text(str(slot_value)) or routes.UNSURE}

    def validate_route_when(self, slot_value, dispatcher, tracker, domain) -> dict:
        if slot_value is None:
            return {"route_when": None}
        return {"route_when": routes.when_from_text(str(slot_value)) or routes.UNSURE}


class ActionRouteFinder(NeverRaises, Action):
    def name(self) -> str:
        return "action_route_finder"

    def run(self, dispatcher, tracker, domain):
        texts = [*earlier_user_texts(tracker), tracker.latest_message.get("text") or ""]
        home = home_said(tracker.get_slot("lives_in_bc"), texts)
        # "legal advice" said after the questions were left: the goal it names (round 11).
        goal = tracker.get_slot("route_goal") or goal_said_now(texts[-1])
        # Given without the questions (round 12): what was said in the conversation stands in.
        said = _answers_said(tracker, texts)
        found = routes.fitting_routes(
            tracker.get_slot("image_situation") or said.get("image_situation"),
            tracker.get_slot("route_age_group") or said.get("route_age_group"),
            goal,
            tracker.get_slot("route_when"),
            home,
        )
        # A goal named in a longer message ("I want her charged. what do I do"): its routes first.
        found = routes.named_goal_first(found, goal or routes.goal_from_text(texts[-1]))
        first = not earlier_user_texts(tracker)
        dispatcher.utter_message(response="utter_routes_fit_first" if first else "utter_routes_fit")
        for message in routes.messages(found):  # the free advice line carries the period caveat
            dispatcher.utter_message(text=message)
        if routes.needs_outside_bc_caveat(found, home) and not said_in_turn_before(
            tracker.events, "utter_crt_outside_bc", domain
        ):
            # "I live in Seattle": the tribunal listed, and what the sources don't say about it
            # for someone outside B.C. (round 10, p30). Never again right after it was the
            # answer (round 22, p16: "could I use that against him" then "anything before i move").
            dispatcher.utter_message(response="utter_crt_outside_bc")
        # Listed without the questions (round 12): they are offered ("Help me choose").
        asked = any(
            event.get("event") == "active_loop" and event.get("name") == "route_form"
            for event in tracker.events
        )
        dispatcher.utter_message(
            response="utter_routes_next" if asked else "utter_routes_next_choose"
        )
        return []


def said_in_turn_before(events: list[dict], response: str, domain: dict) -> bool:
    """Whether `response` was among the bot's messages between the person's last two messages
    (by its name where the message carries it, else by its text)."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    texts = {
        variation.get("text")
        for variation in ((domain or {}).get("responses") or {}).get(response) or []
    }
    for event in events[users[-2] + 1 : users[-1]]:
        if event.get("event") != "bot":
            continue
        if (event.get("metadata") or {}).get("utter_action") == response:
            return True
        if event.get("text") in texts:
            return True
    return False
