"""Rasa's rule lookup, the same matches with less work per message.

Rasa 3.6 checks every rule against the conversation for every prediction, twice (with the
message text, then with its intent), parsing each rule from its JSON key and reversing it each
time; at this project's size that was about a seventh of a message's CPU time (cProfile,
docs/measurements.md). This version parses each rule once and stops going back in the
conversation once it is past the longest rule still in the running (every such rule matches
from there on, in the original too). Which rules match is unchanged: tests/test_rule_lookup.py
compares it with Rasa's on conversations of every kind.

`use_lean_lookup(component)` gives one loaded RulePolicy (or InterruptPolicy, a subclass) this
lookup; the policy classes, their names and Rasa's checks of the configuration stay Rasa's own,
and a model loaded without it (a benchmark's baseline) keeps Rasa's.
"""

from __future__ import annotations

import json
from types import MethodType
from typing import Any

from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION

State = dict[str, dict[str, Any]]
ReversedRule = tuple[State, ...]

# Rule key (its JSON text) -> its states, last first, JSON lists turned back into tuples as
# Rasa's matcher does. Keys are immutable strings; the set of rules is fixed after training.
_PARSED: dict[str, ReversedRule] = {}


def _tuples(state: State) -> State:
    return {
        kind: {
            key: tuple(value) if isinstance(value, list) else value for key, value in sub.items()
        }
        for kind, sub in state.items()
    }


def reversed_rule(rule_key: str) -> ReversedRule:
    rule = _PARSED.get(rule_key)
    if rule is None:
        rule = tuple(_tuples(state) for state in reversed(json.loads(rule_key)))
        _PARSED[rule_key] = rule
    return rule


def rule_applies_at(rule: ReversedRule, turn: int, state: State) -> bool:
    """RulePolicy._is_rule_applicable on a parsed rule (same cases, same order)."""
    if turn >= len(rule):
        return True
    current_previous_action = state.get(PREVIOUS_ACTION)
    rule_previous_action = rule[turn].get(PREVIOUS_ACTION)
    if not rule_previous_action and not current_previous_action:
        return True
    if not rule_previous_action or not current_previous_action:
        return False
    return RulePolicy._does_rule_match_state(rule[turn], state)


def possible_rule_keys(rule_keys, states: list[State]) -> set[str]:
    """The rules whose every turn matches the conversation's states (latest last)."""
    running = [(key, reversed_rule(key)) for key in rule_keys]
    for turn, state in enumerate(reversed(states)):
        if not running or turn >= max(len(rule) for _, rule in running):
            break  # every rule left is shorter than the history already checked
        running = [(key, rule) for key, rule in running if rule_applies_at(rule, turn, state)]
    return {key for key, _ in running}


def _lean_get_possible_keys(self, lookup: dict[str, str], states: list[State]) -> set[str]:
    return possible_rule_keys(lookup.keys(), states)


def use_lean_lookup(component: object) -> None:
    if isinstance(component, RulePolicy):
        component._get_possible_keys = MethodType(_lean_get_possible_keys, component)
