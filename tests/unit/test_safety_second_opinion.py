"""The safety model's second opinion (issue 14): the model itself on a small made-up set, and
how the CrisisGuard uses its opinion (a check-in and the answer, never the full reply alone)."""

import numpy as np
import pytest

from assistant.nlu import safety_model
from assistant.nlu.crisis_guard import (
    DOUBTED,
    SECOND_OPINION,
    guard_decision,
    second_opinion_check_in,
)

CRISIS_TEXTS = [
    "i dont want to be here anymore",
    "this is goodbye, tell my mom i love her",
    "i have the pills in my hand",
    "nobody will miss me when im gone",
    "i wrote my letter, its done",
    "im going to end it tonight",
]
DANGER_TEXTS = [
    "hes outside my door with a knife",
    "he is breaking in right now",
    "my ex is hitting me right now",
    "someone is in my house and i am hiding",
]
ORDINARY_TEXTS = [
    "how do i get the photos taken down",
    "can the tribunal order damages",
    "is the legal advice free",
    "what counts as an intimate image",
    "my ex posted a video of me, what can i do",
    "how long does the process take",
    "can i apply if i live in victoria",
    "what is stopncii",
]


@pytest.fixture(scope="module")
def model():
    texts = CRISIS_TEXTS + DANGER_TEXTS + ORDINARY_TEXTS
    labels = (
        [safety_model.CRISIS] * len(CRISIS_TEXTS)
        + [safety_model.IMMEDIATE_DANGER] * len(DANGER_TEXTS)
        + [safety_model.NEITHER] * len(ORDINARY_TEXTS)
    )
    return safety_model.train(texts, labels)


def test_the_model_separates_what_it_was_shown(model):
    crisis = model.opinion("im going to end it tonight, this is goodbye")
    ordinary = model.opinion("how do i get the photos taken down")
    assert crisis["crisis"] > 0.5 > ordinary["crisis"] + ordinary["immediate_danger"]
    assert model.opinion("he is outside my door right now")["immediate_danger"] > 0.4


def test_probabilities_sum_to_one_and_empty_text_is_answered(model):
    rows = model.probabilities(["", "😭😭😭", "x" * 2000])
    assert np.allclose(rows.sum(axis=1), 1.0)


def test_the_model_is_stored_and_loaded_as_plain_arrays(model, tmp_path):
    path = tmp_path / "safety.npz"
    safety_model.save(model, path)
    loaded = safety_model.load(path)
    texts = ["nobody will miss me", "is it free"]
    assert np.allclose(loaded.probabilities(texts), model.probabilities(texts), atol=1e-5)
    assert loaded.weights.nnz == model.weights.nnz < loaded.weights.shape[1]


def test_examples_are_read_from_the_regression_set_layout(tmp_path):
    crisis = tmp_path / "crisis.yml"
    crisis.write_text("crisis:\n  - i want to die\nimmediate_danger:\n  - he has a gun\n")
    ordinary = tmp_path / "ordinary.yml"
    ordinary.write_text("messages:\n  - is it free\n")
    assert safety_model.read_examples(crisis) == [
        ("i want to die", "crisis"),
        ("he has a gun", "immediate_danger"),
    ]
    assert safety_model.read_examples(ordinary) == [("is it free", "neither")]
    ordinary.write_text("messages:\n  - no\n")  # YAML reads a bare no as False
    with pytest.raises(ValueError, match="quote it"):
        safety_model.read_examples(ordinary)


def named(name, confidence):
    return {"name": name, "confidence": confidence}


ORDINARY_GUESS = [named("ask_service", 0.7), named("greet", 0.2)]


def test_a_crisis_nothing_else_saw_gets_a_check_in_and_keeps_the_answer():
    opinion = {"crisis": 0.7, "immediate_danger": 0.05}
    intent, check_in = guard_decision(
        "okay then, that is that", ORDINARY_GUESS[0], ORDINARY_GUESS, opinion
    )
    assert intent is None  # the classifier's answer stands
    assert check_in == {"intent": "crisis", "reason": SECOND_OPINION}


def test_a_low_opinion_changes_nothing():
    opinion = {"crisis": 0.2, "immediate_danger": 0.1}
    assert guard_decision("is it free", ORDINARY_GUESS[0], ORDINARY_GUESS, opinion) == (None, None)


def test_crisis_and_danger_add_up_and_the_larger_names_the_check_in():
    check_in = second_opinion_check_in(
        "there's a man in my yard", {"crisis": 0.2, "immediate_danger": 0.35}
    )
    assert check_in == {"intent": "immediate_danger", "reason": SECOND_OPINION}


def test_saying_you_are_safe_or_fearing_sharing_is_no_check_in():
    assert second_opinion_check_in("to be clear I'm safe, just asking", {"crisis": 0.9}) is None
    sharing = "I'm terrified he will post the video tomorrow"
    assert second_opinion_check_in(sharing, {"crisis": 0.1, "immediate_danger": 0.8}) is None


def test_a_clear_pattern_still_wins_and_the_opinion_never_gives_the_full_reply_alone():
    opinion = {"crisis": 0.99, "immediate_danger": 0.0}
    assert guard_decision("kms", ORDINARY_GUESS[0], ORDINARY_GUESS, opinion)[0] == named(
        "crisis", 1.0
    )
    intent, check_in = guard_decision("i'm ready to go", ORDINARY_GUESS[0], ORDINARY_GUESS, opinion)
    assert intent is None and check_in["reason"] == SECOND_OPINION


def test_a_negation_still_gets_the_answer_alone_whatever_the_opinion():
    opinion = {"crisis": 0.9, "immediate_danger": 0.0}
    text = "I'm not suicidal, how do I keep evidence?"
    ranking = [named("evidence", 0.8)]
    assert guard_decision(text, ranking[0], ranking, opinion) == (None, None)


QUESTION_GUESS = [named("ask_police", 0.6), named("crisis", 0.3)]


def test_a_clear_pattern_the_model_rules_out_in_a_question_is_a_check_in_and_the_answer():
    # "kms" matches a clear pattern; the made-up opinion says almost surely not a crisis.
    opinion = {"crisis": 0.03, "immediate_danger": 0.01}
    intent, check_in = guard_decision("kms", QUESTION_GUESS[0], QUESTION_GUESS, opinion)
    assert intent is None  # the question's answer stands
    assert check_in == {"intent": "crisis", "reason": DOUBTED}


def test_a_doubted_pattern_with_nothing_else_to_answer_keeps_the_full_reply():
    opinion = {"crisis": 0.03, "immediate_danger": 0.01}
    ranking = [named("crisis", 0.5), named("greet", 0.01)]
    assert guard_decision("kms", ranking[0], ranking, opinion)[0] == named("crisis", 1.0)


def test_a_pattern_the_model_does_not_rule_out_or_a_sure_classifier_keeps_the_full_reply():
    doubt = {"crisis": 0.03, "immediate_danger": 0.01}
    sure = [named("crisis", 0.97), named("ask_police", 0.02)]
    assert guard_decision("kms", sure[0], sure, doubt)[0] == named("crisis", 1.0)
    unsure = {"crisis": 0.08, "immediate_danger": 0.05}
    assert guard_decision("kms", QUESTION_GUESS[0], QUESTION_GUESS, unsure)[0] == named(
        "crisis", 1.0
    )


def test_a_weakened_pattern_the_model_rules_out_gets_the_answer_alone():
    # "hopeless" alone is ambiguous wording: a check-in, unless the model rules a crisis out.
    text = "I feel hopeless about getting this taken down"
    ranking = [named("ask_image_removal", 0.8)]
    assert guard_decision(text, ranking[0], ranking, {"crisis": 0.01, "immediate_danger": 0.0}) == (
        None,
        None,
    )
    _, check_in = guard_decision(
        text, ranking[0], ranking, {"crisis": 0.3, "immediate_danger": 0.0}
    )
    assert check_in is not None and check_in["reason"] != SECOND_OPINION
    _, unread = guard_decision(text, ranking[0], ranking)  # no opinion: the check-in as before
    assert unread is not None


def test_a_weakened_pattern_the_classifier_sees_as_a_crisis_still_gets_a_check_in():
    text = "I feel hopeless about getting this taken down"
    ranking = [named("crisis", 0.6), named("ask_image_removal", 0.3)]
    _, check_in = guard_decision(
        text, ranking[0], ranking, {"crisis": 0.0, "immediate_danger": 0.0}
    )
    assert check_in is not None


def test_the_weighting_is_scikit_learns_sublinear_tf_idf():
    from sklearn.feature_extraction.text import TfidfTransformer

    texts = [*CRISIS_TEXTS, *ORDINARY_TEXTS, ""]
    for raw in safety_model.counts(texts):
        reference = TfidfTransformer(sublinear_tf=True).fit(raw)
        ours = safety_model.weighted(raw, safety_model.fitted_idf(raw))
        assert np.allclose(reference.idf_, safety_model.fitted_idf(raw), atol=1e-5)
        assert abs(reference.transform(raw) - ours).max() < 1e-5
