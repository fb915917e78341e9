"""The forms' validators say whether the question they are about to ask again comes in its
short words (assistant/form_resume.py): set `form_resumed` when the form runs again after a
side answer (not right after the person's message) and the turn before ended with the same
question."""

from __future__ import annotations

from rasa_sdk.events import SlotSet
from rasa_sdk.forms import REQUESTED_SLOT

from assistant.form_resume import (
    LISTEN,
    RESUMED_SLOT,
    last_response_before_user,
    question_names,
    resume_briefly,
)


def _pairs(events: list[dict]) -> list[tuple[str, str | None]]:
    return [
        (str(e.get("event")), (e.get("metadata") or {}).get("utter_action"))
        for e in events
        if e.get("event") in {"user", "bot"}
    ]


def after_listening(tracker) -> bool:
    """The form runs on the person's message, not again after a side answer. (Rasa hands the
    validator a tracker that already ends with the form's own action: it is skipped.)"""
    form = tracker.active_loop.get("name")
    for event in reversed(list(tracker.events)):
        if event.get("event") == "action" and event.get("name") != form:
            return event.get("name") == LISTEN
    return True


def resumed(tracker, events: list[dict]) -> bool:
    """Whether the question the form asks next comes in its short words."""
    requested = tracker.get_slot(REQUESTED_SLOT)
    for event in events:
        if event.get("event") == "slot" and event.get("name") == REQUESTED_SLOT:
            requested = event.get("value")
        elif event.get("event") == "slot" and event.get("name") == requested:
            if event.get("value") is not None:
                return False  # answered here: the form asks its next question, in full
    questions = question_names(tracker.active_loop.get("name"), requested)
    last = last_response_before_user(_pairs(list(tracker.events)))
    return resume_briefly(last, questions, bool(tracker.get_slot(RESUMED_SLOT)))


class ResumesBriefly:
    """Put after NeverRaises and before FormValidationAction in a validator's bases."""

    async def run(self, dispatcher, tracker, domain):
        events = await super().run(dispatcher, tracker, domain)  # type: ignore[misc]
        if after_listening(tracker):
            # On the person's message the full words; but a slot set here would count as an
            # answer (Rasa rejects the form only when the validator set no slot): only beside
            # another slot.
            answered = any(
                e.get("event") == "slot" and e.get("name") != REQUESTED_SLOT for e in events
            )
            return [*events, SlotSet(RESUMED_SLOT, False)] if answered else events
        return [*events, SlotSet(RESUMED_SLOT, resumed(tracker, events))]
