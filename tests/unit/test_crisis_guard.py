"""The CrisisGuard's three tiers, on made-up classifier outputs (no model needed)."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.crisis_guard import CrisisGuard, best_answer, guard_decision
from assistant.nlu.weakened_wording import ORIGINAL_TEXT, WeakenedWordingEraser
from assistant.safety import CHECK_IN_KEY


def named(name, confidence):
    return {"name": name, "confidence": confidence}


def test_clear_wording_is_the_full_crisis_answer_whatever_the_classifier_said():
    intent, check_in = guard_decision("kms", named("greet", 0.99), [named("greet", 0.99)])
    assert intent == named("crisis", 1.0) and check_in is None


def test_the_classifier_alone_gets_a_check_in_and_the_best_other_answer():
    ranking = [named("crisis", 0.6), named("ask_crt", 0.3), named("greet", 0.1)]
    intent, check_in = guard_decision("can i cut off contact with him", ranking[0], ranking)
    assert intent == named("ask_crt", 0.3)
    assert check_in == {"intent": "crisis", "reason": "classifier"}


def test_a_check_in_with_no_credible_other_answer_offers_the_topics():
    ranking = [named("crisis", 0.9), named("ask_crt", 0.02), named("greet", 0.01)]
    intent, check_in = guard_decision("i cant sleep", ranking[0], ranking)
    assert intent["name"] == "nlu_fallback" and check_in["reason"] == "classifier"


def test_a_sure_classifier_with_nothing_else_to_answer_gives_the_full_reply():
    ranking = [named("crisis", 0.99), named("ask_crt", 0.005)]
    text = "everything is ready and the letters are on my desk"  # no pattern: the classifier alone
    assert guard_decision(text, ranking[0], ranking) == (named("crisis", 0.99), None)


def test_a_sure_classifier_with_a_question_to_answer_checks_in():
    ranking = [named("crisis", 0.96), named("ask_evidence", 0.03)]
    intent, check_in = guard_decision("i cut him off, how do i keep evidence", ranking[0], ranking)
    assert intent["name"] == "ask_evidence" and check_in["reason"] == "classifier"


def test_a_safety_guess_behind_a_fallback_still_gets_a_check_in():
    fallback = named("nlu_fallback", 0.45)
    ranking = [fallback, named("crisis", 0.31), named("greet", 0.2)]
    intent, check_in = guard_decision("i just want it all to end", fallback, ranking)
    assert intent is None  # the fallback answer stays: greet has too small a share
    assert check_in["intent"] == "crisis"


def test_a_safety_intent_ranked_high_but_not_first_gets_a_check_in():
    ranking = [named("ask_police", 0.5), named("immediate_danger", 0.35)]
    intent, check_in = guard_decision("is he going to find me", ranking[0], ranking)
    assert intent is None and check_in["intent"] == "immediate_danger"


def test_a_weak_safety_guess_is_no_crisis():
    ranking = [named("ask_police", 0.7), named("immediate_danger", 0.2)]
    assert guard_decision("can i report him", ranking[0], ranking) == (None, None)


def test_a_negation_with_a_clear_question_gets_just_the_answer():
    ranking = [named("ask_crt", 0.8), named("crisis", 0.1)]
    text = "I'm not suicidal, I just want to know if I can sue him"
    assert guard_decision(text, ranking[0], ranking) == (None, None)


def test_a_denial_with_an_unclear_rest_is_not_asked_again():
    # fresh batch 3: "no im not hurting myself, why does everyone ask that, ..." got a check-in
    fallback = named("nlu_fallback", 0.45)
    ranking = [fallback, named("ask_confidentiality", 0.29), named("greet", 0.2)]
    text = "no I'm not hurting myself, why does everyone ask that"
    assert guard_decision(text, fallback, ranking) == (None, None)


def test_a_denial_with_a_crisis_guess_on_an_unclear_rest_gets_a_check_in():
    fallback = named("nlu_fallback", 0.45)
    ranking = [fallback, named("crisis", 0.35), named("greet", 0.2)]
    text = "I'm not suicidal, I just don't know anymore"
    intent, check_in = guard_decision(text, fallback, ranking)
    assert check_in == {"intent": "crisis", "reason": "negation"}


def test_a_negation_with_crisis_in_the_rest_gets_a_check_in():
    ranking = [named("ask_police", 0.5), named("crisis", 0.4)]
    text = "I'm not going to kill myself but I don't see the point, can I report him"
    intent, check_in = guard_decision(text, ranking[0], ranking)
    assert intent is None and check_in == {"intent": "crisis", "reason": "negation"}


def test_reported_threats_get_a_check_in_and_the_answer():
    # A threat to hurt, reported. A threat to kill is danger since round 23 (repeat25: "he said
    # he'll kill me if i tell anyone"; tests/unit/test_repeat25.py).
    ranking = [named("ask_police", 0.8)]
    text = "she said she'd hurt me if I told anyone, can I report the guy"
    intent, check_in = guard_decision(text, ranking[0], ranking)
    assert intent is None and check_in == {
        "intent": "immediate_danger",
        "reason": "reported speech",
    }


def test_a_reported_threat_laughed_at_gets_the_answer_alone():
    ranking = [named("ask_police", 0.8)]
    text = "she said she'd kill me if I told anyone lol, can I report the guy"
    assert guard_decision(text, ranking[0], ranking) == (None, None)


def test_fear_of_sharing_is_the_threats_topic_not_danger():
    ranking = [named("immediate_danger", 0.7), named("inform_threatened", 0.2)]
    intent, check_in = guard_decision("I'm afraid he'll send them to my boss", ranking[0], ranking)
    assert intent == named("inform_threatened", 0.2) and check_in is None


def test_danger_with_sharing_words_stays_a_check_in_when_it_is_happening_now():
    ranking = [named("immediate_danger", 0.7), named("inform_threatened", 0.2)]
    text = "he's outside with a bat and says he'll post the pics"
    assert guard_decision(text, ranking[0], ranking)[0] == named("immediate_danger", 1.0)


def test_ordinary_prediction_is_kept():
    ranking = [named("ask_consent", 0.9)]
    assert guard_decision("what is consent", ranking[0], ranking) == (None, None)


@pytest.mark.parametrize(
    "intent,ranking,expected",
    [
        (named("ask_crt", 0.5), [named("ask_crt", 0.5)], "ask_crt"),
        (named("crisis", 0.5), [named("crisis", 0.5), named("ask_police", 0.16)], "ask_police"),
        (named("crisis", 0.5), [named("crisis", 0.5), named("ask_police", 0.14)], "nlu_fallback"),
        (named("nlu_fallback", 0.45), [named("greet", 0.4), named("crisis", 0.3)], "nlu_fallback"),
    ],
)
def test_best_answer_leaves_out_the_safety_intents(intent, ranking, expected):
    assert best_answer(intent, ranking)["name"] == expected


def test_the_guard_marks_the_message_and_puts_the_original_text_back():
    text = "I'm not suicidal, can I sue him?"
    ranking = [named("ask_crt", 0.4), named("crisis", 0.35)]
    message = Message(data={"text": text, "intent": ranking[0], "intent_ranking": ranking})
    WeakenedWordingEraser().process([message])
    assert message.get("text") != text and message.get(ORIGINAL_TEXT) == text
    CrisisGuard().process([message])
    assert message.get("text") == text
    assert message.get(CHECK_IN_KEY) == {"intent": "crisis", "reason": "negation"}
    assert CHECK_IN_KEY in message.as_dict(only_output_properties=True)
    assert message.get("intent")["name"] == "ask_crt"
    assert message.as_dict(only_output_properties=True)["text"] == text


def test_payloads_and_ordinary_text_reach_the_classifier_unchanged():
    for text in ["/crisis", "what is consent", "I want to kill myself"]:
        message = Message(data={"text": text})
        WeakenedWordingEraser().process([message])
        assert message.get("text") == text and message.get(ORIGINAL_TEXT) is None


def test_a_thank_you_before_a_question_is_not_what_the_classifier_reads():
    text = "Thanks. What is Cybertip?"
    message = Message(data={"text": text})
    WeakenedWordingEraser().process([message])
    assert message.get("text") == "What is Cybertip?" and message.get(ORIGINAL_TEXT) == text
    CrisisGuard().process([message])
    assert message.get("text") == text
