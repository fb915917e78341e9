"""The vote of the two intent classifiers (assistant/nlu/ensemble.py)."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.ensemble import AverageRankings, KeepFirstRanking, average_rankings

DIET = [{"name": "ask_consent", "confidence": 0.5}, {"name": "ask_no_consent", "confidence": 0.4}]
LOGREG = [{"name": "ask_no_consent", "confidence": 0.9}, {"name": "greet", "confidence": 0.1}]


def test_weighted_mean_of_both_rankings_decides():
    ranking = average_rankings(DIET, LOGREG, second_weight=0.4)
    assert ranking[0]["name"] == "ask_no_consent"
    assert ranking[0]["confidence"] == pytest.approx(0.6 * 0.4 + 0.4 * 0.9)
    assert [item["name"] for item in ranking] == ["ask_no_consent", "ask_consent", "greet"]


def test_an_intent_missing_from_one_ranking_counts_as_zero_there():
    ranking = average_rankings(DIET, LOGREG, second_weight=0.4)
    greet = next(item for item in ranking if item["name"] == "greet")
    assert greet["confidence"] == pytest.approx(0.4 * 0.1)


def test_weight_zero_keeps_the_first_classifier():
    assert average_rankings(DIET, LOGREG, second_weight=0.0)[0]["name"] == "ask_consent"


def test_ranking_is_cut_to_ten():
    many = [{"name": f"intent_{n}", "confidence": 0.01 * n} for n in range(20)]
    assert len(average_rankings(many, [], 0.5)) == 10


def test_components_pass_the_first_ranking_through_the_second_classifier():
    message = Message(data={"text": "he forwarded my pic", "intent_ranking": DIET})
    KeepFirstRanking({}).process([message])
    message.set("intent_ranking", LOGREG)  # what the second classifier does
    message.set("intent", LOGREG[0])
    AverageRankings({"second_weight": 0.4}).process([message])
    assert message.get("intent")["name"] == "ask_no_consent"
    assert message.get("intent_ranking")[1]["name"] == "ask_consent"


def test_without_a_kept_ranking_the_second_answer_stands():
    message = Message(data={"text": "hi", "intent": LOGREG[0], "intent_ranking": LOGREG})
    AverageRankings({"second_weight": 0.4}).process([message])
    assert message.get("intent") == LOGREG[0]
