"""The training examples reach the classifier in one order, whatever order the files give."""

import random

from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu.example_order import in_fixed_order

EXAMPLES = [("greet", "hi"), ("thank", "thanks a lot"), ("greet", "hello"), ("crisis", "help me")]


def data(pairs, lookups=()):
    messages = [Message(data={"text": text, "intent": intent}) for intent, text in pairs]
    return TrainingData(messages, lookup_tables=[{"name": n, "elements": ["x"]} for n in lookups])


def texts(training_data):
    return [(m.get("intent"), m.get("text")) for m in training_data.training_examples]


def test_any_order_gives_the_same_order():
    fixed = texts(in_fixed_order(data(EXAMPLES)))
    for seed in range(5):
        shuffled = EXAMPLES[:]
        random.Random(seed).shuffle(shuffled)
        assert texts(in_fixed_order(data(shuffled))) == fixed
    assert sorted(fixed) == sorted(EXAMPLES)


def test_lookup_tables_sorted_by_name():
    fixed = in_fixed_order(data(EXAMPLES, lookups=["places", "apps"]))
    assert [table["name"] for table in fixed.lookup_tables] == ["apps", "places"]
