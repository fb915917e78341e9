"""Says whether the pilot service is within its scheduled period today."""

from __future__ import annotations

from rasa_sdk import Action

from actions.safety_net import NeverRaises
from assistant import service_period

RESPONSES = {
    service_period.OPEN: "utter_service_open",
    service_period.ENDED: "utter_service_period_ended",
    service_period.NOT_STARTED: "utter_service_not_started",
}


def say_period_caveat(dispatcher) -> None:
    """After a message that says "you can apply" or gives the intake line: the pilot period's
    caveat, when the configured period has passed (nothing while it runs)."""
    if service_period.has_ended(service_period.today()):
        start, end = service_period.period()
        dispatcher.utter_message(
            response="utter_service_period_caveat",
            period_start=service_period.month_year(start),
            period_end=service_period.month_year(end),
        )


class ActionServiceStatus(NeverRaises, Action):
    def name(self) -> str:
        return "action_service_status"

    def run(self, dispatcher, tracker, domain):
        start, end = service_period.period()
        state = service_period.status(service_period.today(), start, end)
        dispatcher.utter_message(
            response=RESPONSES[state],
            period_start=service_period.month_year(start),
            period_end=service_period.month_year(end),
        )
        return []
