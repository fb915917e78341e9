"""A correction after the eligibility outcome ("no, I said *I* live in Alberta"): the changed
answer is kept and the outcome said again. Reading: assistant/form_answers.py."""

from __future__ import annotations

from rasa_sdk import Action
from rasa_sdk.events import SlotSet

from actions.earlier_messages import earlier_user_texts
from actions.eligibility import ActionEligibilityOutcome
from actions.safety_net import NeverRaises
from assistant import form_answers, said_before
from assistant.answer_kinds import DIRECT_ANSWER_KEY
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.slot_history import before_latest_message
from assistant.stock28 import QUESTION_GAP

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
            return events + await _first_time(dispatcher, tracker, domain, kept)
        dispatcher.utter_message(response="utter_eligibility_corrected")
        tracker.slots.update(kept)
        # The outcome's own action (wrapped by NeverRaises, so awaited) says it again.
        return events + await ActionEligibilityOutcome().run(dispatcher, tracker, domain)


def _said_before(tracker, response: str) -> bool:
    return any(
        event.get("event") == "bot"
        and (event.get("metadata") or {}).get("utter_action") == response
        for event in tracker.events
    )


def _user_parse(tracker) -> tuple[list[str], list[str | None]]:
    """The intent and direct-answer mark of each user message, the latest included ("I'm in
    Nelson, he put my video online" says both)."""
    parses = [
        event.get("parse_data") or {} for event in tracker.events if event.get("event") == "user"
    ]
    intents = [(parse.get("intent") or {}).get("name") or "" for parse in parses]
    return intents, [parse.get(DIRECT_ANSWER_KEY) for parse in parses]


async def _first_time(dispatcher, tracker, domain, kept: dict) -> list:
    """A place named before any outcome: the outcome now, with what was said before."""
    home = form_answers.heard_home(tracker.latest_message.get("text") or "")
    intents, marks = _user_parse(tracker)
    texts = [*earlier_user_texts(tracker), tracker.latest_message.get("text") or ""]
    situation = kept[form_answers.IMAGE_SITUATION] or said_before.situation_said(
        texts, intents, marks
    )
    answer = said_before.answer_outside_check(home, situation, _outcome_given(tracker))
    if answer == said_before.NOTHING:
        # A question that only named a place ("BC order work for person in india?"): an honest
        # gap and who can answer, never a bare "anything else?" (round 28 p04, stock28).
        asked = is_question(plain_lower(tracker.latest_message.get("text") or ""))
        dispatcher.utter_message(response=QUESTION_GAP if asked else "utter_anything_else")
        return []
    if _said_before(tracker, f"utter_heard_home_{home}"):
        # "no, I said I live in Alberta" after the same home was heard: not "Okay, you live
        # outside B.C." again (round 12, p04), a short yes.
        dispatcher.utter_message(response="utter_heard_home_again")
    else:
        dispatcher.utter_message(response=f"utter_heard_home_{home}")
    if answer == said_before.ALREADY_HEARD:
        # Said again after the outcome ("I said Toronto"): not the same outcome block again, but
        # the next step that fits (outside B.C.: what the sources name there, and that they are
        # B.C. services).
        steps = ["utter_outside_bc_lines", "utter_outside_bc_lines_routes"]
        for step in steps if home == "no" else ["utter_home_heard_next"]:
            dispatcher.utter_message(response=step)
        return [SlotSet(form_answers.LIVES_IN_BC, home)]
    if answer == said_before.HOME_ONLY:
        dispatcher.utter_message(response="utter_home_heard_next")
        return [SlotSet(form_answers.LIVES_IN_BC, home)]
    events = [SlotSet(form_answers.LIVES_IN_BC, home)]
    events.append(SlotSet(form_answers.IMAGE_SITUATION, situation))
    tracker.slots.update({form_answers.LIVES_IN_BC: home, form_answers.IMAGE_SITUATION: situation})
    return events + await ActionEligibilityOutcome().run(dispatcher, tracker, domain)
