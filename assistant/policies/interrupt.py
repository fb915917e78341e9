"""A policy that answers crisis, danger and handoff intents from any state, forms included,
and that speaks up when a custom action failed silently.

Rasa's RulePolicy lets an active form run before any rule, and a form calls the action
server to validate: if that server is down, the user's message is lost. This policy answers
the listed intents with static responses first (confidence 1.0, higher priority than the
RulePolicy, marked as a "no user" prediction so it competes with the form's own prediction),
then listens. The form stays active: the person can go back to it afterwards.

When the action server is down, Rasa logs the failure, drops the action's events and listens:
the person would get no answer at all. Every custom action here speaks or sets something, so
a custom action followed by no event at all has failed; the policy then sends the static
`utter_action_failed` (with the contact lines).
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

# Intent -> the actions that answer it, in order. Static responses only for the safety
# intents, so they work when the action server is down.
DEFAULT_INTERRUPTS: dict[str, list[str]] = {
    "crisis": ["utter_crisis", "utter_crisis_next"],
    "immediate_danger": ["utter_immediate_danger", "utter_crisis_next"],
    "need_help_now": ["utter_help_now", "utter_help_now_next"],
    "contact_lawyer": ["utter_contact", "utter_contact_next"],
}


def next_interrupt_action(events: list, interrupts: dict[str, list[str]]) -> str | None:
    """The next action of the interrupt sequence for the latest user message, if any.

    `events` are the tracker's events. Returns None when the latest intent is not an
    interrupt, or when the actions since it are not a prefix of its sequence.
    """
    last_user_index = None
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            last_user_index = index
            break
    if last_user_index is None:
        return None
    intent = (events[last_user_index].intent or {}).get("name")
    sequence = interrupts.get(intent)
    if not sequence:
        return None
    done = [
        event.action_name
        for event in events[last_user_index + 1 :]
        if isinstance(event, ActionExecuted) and event.action_name != ACTION_LISTEN_NAME
    ]
    if done != sequence[: len(done)]:
        return None
    return sequence[len(done)] if len(done) < len(sequence) else ACTION_LISTEN_NAME


FAILED_ACTION_RESPONSE = "utter_action_failed"


def failed_action_reply(events: list, custom_actions: set[str]) -> str | None:
    """`utter_action_failed` when the latest event is a custom action that left no events
    (Rasa drops the events of an action that raised) and nothing was said since the user."""
    if not events or not isinstance(events[-1], ActionExecuted):
        return None
    if events[-1].action_name not in custom_actions:
        return None
    for event in reversed(events[:-1]):
        if isinstance(event, UserUttered):
            return FAILED_ACTION_RESPONSE
        if isinstance(event, BotUttered) and event.metadata.get("utter_action") == (
            FAILED_ACTION_RESPONSE
        ):
            return None
    return FAILED_ACTION_RESPONSE


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class InterruptPolicy(Policy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": 7, "interrupts": DEFAULT_INTERRUPTS}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context)
        self.interrupts: dict[str, list[str]] = config.get("interrupts") or DEFAULT_INTERRUPTS
        self._custom_actions_by_domain: tuple[Domain, set[str]] | None = None

    def _custom_actions(self, domain: Domain) -> set[str]:
        """Custom actions and forms (the ones that can fail), computed once per domain:
        prediction runs several times per message. Domain.user_actions lists responses too."""
        if (
            self._custom_actions_by_domain is None
            or self._custom_actions_by_domain[0] is not domain
        ):
            names = {
                name for name in domain.user_actions_and_forms if not name.startswith("utter_")
            }
            self._custom_actions_by_domain = (domain, names)
        return self._custom_actions_by_domain[1]

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        missing = [
            action
            for sequence in self.interrupts.values()
            for action in sequence
            if action not in domain.action_names_or_texts
        ]
        if missing:
            raise ValueError(f"InterruptPolicy: actions not in the domain: {missing}")
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        events = list(tracker.events)
        action = failed_action_reply(events, self._custom_actions(domain)) or next_interrupt_action(
            events, self.interrupts
        )
        if action is None or action not in domain.action_names_or_texts:
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities, is_no_user_prediction=True)
