"""The "tell it once" summary, built from what the person chose, then what this deployment
keeps of the chat (true for its tracker store and channel) and the pilot period's caveat; and
what is kept on its own, for "will you tell my mom?"."""

from __future__ import annotations

from rasa_sdk import Action

from actions.safety_net import NeverRaises
from actions.service_status import say_period_caveat
from assistant.retention import what_is_kept
from assistant.summary import summary_lines


class ActionTellItOnce(NeverRaises, Action):
    def name(self) -> str:
        return "action_tell_it_once"

    def run(self, dispatcher, tracker, domain):
        lines = summary_lines(
            tracker.get_slot("lives_in_bc"),
            tracker.get_slot("image_situation"),
            tracker.get_slot("is_minor"),
        )
        if lines:
            dispatcher.utter_message(response="utter_summary", summary="\n".join(lines))
            dispatcher.utter_message(text=what_is_kept(tracker.get_latest_input_channel()))
            say_period_caveat(dispatcher)
        else:
            dispatcher.utter_message(response="utter_summary_empty")
        return []


class ActionWhatIsKept(NeverRaises, Action):
    """What this deployment keeps of the chat, for "will you tell my mom?" (issue 16)."""

    def name(self) -> str:
        return "action_what_is_kept"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=what_is_kept(tracker.get_latest_input_channel()))
        return []
