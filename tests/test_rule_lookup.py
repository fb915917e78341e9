"""The lean rule lookup (assistant.policies.rules) finds exactly the rules Rasa's does."""

from __future__ import annotations

import json

import pytest
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy

from assistant.policies.rules import possible_rule_keys, reversed_rule, rule_applies_at

# Conversations of every kind: topics, forms (with answers, questions inside and stops), the
# age check, crisis from inside a form, nonsense, the goodbye.
CONVERSATIONS = [
    ["hi", "what counts as an intimate image", "thanks", "bye"],
    ["am I eligible", "yes", "I live in Vancouver", "no", "yes", "what is consent", "stop"],
    ["I'm 15 and he's 19, is that ok", "no", "what else can I do"],
    ["can you help me", "I want to kill myself", "ok", "is he allowed to post my pics"],
    ["check if I qualify", "asdf qwer", "I want to die", "never mind", "who runs this"],
    ["he is threatening to share my nudes unless I pay", "should I pay", "contact a lawyer"],
]


def rule_policies(bot) -> list[RulePolicy]:
    nodes = bot.agent.processor.graph_runner._instantiated_nodes.values()
    return [node._component for node in nodes if isinstance(node._component, RulePolicy)]


def state_histories(bot):
    """Every prefix of the states of each conversation, as the rule policies see them."""
    domain = bot.agent.domain
    for turns in CONVERSATIONS:
        sender = bot.new_sender()
        for text in turns:
            bot.say(text, sender)
        tracker = bot.tracker(sender)
        for policy in rule_policies(bot):
            for use_text in (False, True):
                states = policy._prediction_states(
                    tracker, domain, use_text, rule_only_data=policy._get_rule_only_data()
                )
                for end in range(1, len(states) + 1):
                    yield policy, states[:end]


def test_same_rules_match_as_with_rasas_lookup(bot):
    compared = 0
    for policy, states in state_histories(bot):
        for kind in (RULES, RULES_FOR_LOOP_UNHAPPY_PATH):
            lookup = policy.lookup[kind]
            expected = RulePolicy._get_possible_keys(policy, lookup, states)
            assert possible_rule_keys(lookup.keys(), states) == expected
            compared += 1
    assert compared > 200  # the conversations above really were compared


def test_the_loaded_policies_use_the_lean_lookup(bot):
    policies = rule_policies(bot)
    assert len(policies) >= 2  # the RulePolicy and the InterruptPolicy
    assert all(
        policy._get_possible_keys.__func__ is not RulePolicy._get_possible_keys
        for policy in policies
    )


@pytest.mark.parametrize(
    "rule_states,turn,state,applies",
    [
        (
            [{"prev_action": {"action_name": "action_listen"}, "user": {"intent": "greet"}}],
            0,
            {"prev_action": {"action_name": "action_listen"}, "user": {"intent": "greet"}},
            True,
        ),
        (
            [{"prev_action": {"action_name": "action_listen"}, "user": {"intent": "greet"}}],
            0,
            {"prev_action": {"action_name": "action_listen"}, "user": {"intent": "bye"}},
            False,
        ),
        # past the rule's length: any state
        ([{"user": {"intent": "greet"}}], 1, {"user": {"intent": "bye"}}, True),
        # a conversation start in the rule but not in the conversation
        (
            [{"user": {"intent": "greet"}}],
            0,
            {"prev_action": {"action_name": "utter_x"}, "user": {"intent": "greet"}},
            False,
        ),
        # a slot the rule says must not be set
        (
            [{"prev_action": {"action_name": "a"}, "slots": {"s": "should_not_be_set"}}],
            0,
            {"prev_action": {"action_name": "a"}, "slots": {"s": (1.0,)}},
            False,
        ),
        # JSON lists are tuples again, as in Rasa's matcher
        (
            [{"prev_action": {"action_name": "a"}, "slots": {"s": [1.0]}}],
            0,
            {"prev_action": {"action_name": "a"}, "slots": {"s": (1.0,)}},
            True,
        ),
    ],
)
def test_one_rule_turn(rule_states, turn, state, applies):
    key = json.dumps(rule_states)
    rule = reversed_rule(key)
    assert rule_applies_at(rule, turn, state) is applies
    assert RulePolicy._is_rule_applicable(RulePolicy.__new__(RulePolicy), key, turn, state) is (
        applies
    )
