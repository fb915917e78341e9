import pytest

from assistant.nlu.crisis_guard import guarded_intent
from assistant.safety import normalise, safety_intent


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "kms",
        "everyone has seen it, I want to disappear",
        "I can't go on",
        "i cannnt do this anymore",
        "thinking about unaliving myself",
        "i wanna diiie",
        "Ending it tonight",
        "I've started cutting again",
        "there's no reason to live now that everyone saw",
        "ive been looking up how many pills it takes",
        "i keep thinking about stepping in front of the skytrain",
        "thinkin bout jumpin off the roof tbh",
        "been saving up my meds, tonight feels like the night",
    ],
)
def test_crisis_wording_is_caught(text):
    assert safety_intent(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "he's outside my house",
        "He is coming to hurt me",
        "my ex is at my door right now",
        "he has a knife",
        "he pulled a gun on me, he's downstairs",
        "my ex is trying to kick down the door",
    ],
)
def test_danger_wording_is_caught(text):
    assert safety_intent(text) == "immediate_danger"


@pytest.mark.parametrize(
    "text",
    [
        "what is consent",
        "how do I kill the notification",
        "he said he will post them",
        "someone posted my pics at school and I need help",
        "is it a crime to share nudes",
        "",
        "🙂🙂🙂",
        "my phone is about to die, can a lawyer call me tomorrow",
        "he shot a video of me without asking",
    ],
)
def test_ordinary_wording_is_not_caught(text):
    assert safety_intent(text) is None


def test_figures_of_speech_are_not_danger():
    assert safety_intent("my mom is gonna kill me if she finds out, do you tell parents") is None
    assert safety_intent("my dad will kill me lol") is None


def test_a_figure_of_speech_does_not_hide_a_real_threat_in_the_same_message():
    text = "my mom is gonna kill me if she finds out, and he says he will kill me tonight"
    assert safety_intent(text) == "immediate_danger"


def test_normalise_removes_apostrophes_and_long_repeats():
    assert normalise("I CAN’T   gooooo on!!!") == "i cant goo on"


def test_pattern_match_overrides_any_intent():
    override = guarded_intent("kms", {"name": "greet", "confidence": 0.99}, [])
    assert override == {"name": "crisis", "confidence": 1.0}


def test_fallback_does_not_hide_a_crisis_ranked_first():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "crisis", "confidence": 0.31},
        {"name": "greet", "confidence": 0.2},
    ]
    override = guarded_intent("blah", {"name": "nlu_fallback", "confidence": 0.45}, ranking)
    assert override == {"name": "crisis", "confidence": 0.31}


def test_ordinary_prediction_is_kept():
    assert guarded_intent("what is consent", {"name": "ask_consent", "confidence": 0.9}, []) is None


def test_unsure_between_youth_and_another_topic_takes_the_youth_path():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "inform_shared", "confidence": 0.41},
        {"name": "youth_disclosure", "confidence": 0.38},
    ]
    fallback = {"name": "nlu_fallback", "confidence": 0.45}
    override = guarded_intent("I'm 15 and he shared my pics", fallback, ranking)
    assert override == {"name": "youth_disclosure", "confidence": 0.38}


def test_a_weak_protective_guess_is_not_forced():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "greet", "confidence": 0.3},
        {"name": "sextortion", "confidence": 0.1},
    ]
    assert guarded_intent("blah", {"name": "nlu_fallback", "confidence": 0.45}, ranking) is None
