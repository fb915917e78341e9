import pytest

from assistant.nlu.crisis_guard import guarded_intent
from assistant.safety import (
    CRISIS,
    FIGURE,
    HYPOTHETICAL,
    IMMEDIATE_DANGER,
    JOKE,
    NEGATION,
    REPORTED,
    SafetyReading,
    fears_sharing,
    normalise,
    read_safety,
    safety_intent,
    text_for_classifier,
)


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


@pytest.mark.parametrize(
    "text,intent,reason",
    [
        ("not that I'm thinking of hurting myself, I only want to know the law", CRISIS, NEGATION),
        ("I'm not suicidal, I just want to know my rights", CRISIS, NEGATION),
        ("i would never kill myself over this", CRISIS, NEGATION),
        ("I don't want to die, I want him charged", CRISIS, NEGATION),
        ("i havent had any thoughts of self harm, can my sister join the call", CRISIS, NEGATION),
        ("nobody is threatening to hurt me, he just won't delete them", IMMEDIATE_DANGER, NEGATION),
        ("she said she'd kill me if I told lol", IMMEDIATE_DANGER, REPORTED),
        (
            "he texted that he will hurt me if i report it, can i still report",
            IMMEDIATE_DANGER,
            REPORTED,
        ),
        ("what if he is outside my house when i get home", IMMEDIATE_DANGER, HYPOTHETICAL),
        ("my brother is gonna beat me up lmao for using his phone", IMMEDIATE_DANGER, JOKE),
        (
            "my dad is gonna kill me when he sees this, can the school tell him",
            IMMEDIATE_DANGER,
            FIGURE,
        ),
        ("I'd rather die than talk on the phone, can we email", CRISIS, FIGURE),
    ],
)
def test_weakened_wording_is_a_possible_crisis(text, intent, reason):
    assert read_safety(text) == SafetyReading(intent, clear=False, weakened_by=reason)
    assert safety_intent(text) is None


@pytest.mark.parametrize(
    "text,intent",
    [
        ("I don't know what to do, I want to die", CRISIS),
        ("if he posts them i'll kill myself", CRISIS),
        ("I'm not okay, I want to end my life", CRISIS),
        ("he said he'll kill me tonight if i go to the cops", IMMEDIATE_DANGER),
        ("he's drunk and says he'll hurt me, he's outside", IMMEDIATE_DANGER),
        ("i'm not suicidal but i can't go on like this", CRISIS),
        ("my mom is gonna kill me lol and he says he will kill me tonight", IMMEDIATE_DANGER),
        ("i'm not safe", IMMEDIATE_DANGER),
    ],
)
def test_a_real_crisis_stays_clear_despite_nearby_cues(text, intent):
    assert read_safety(text) == SafetyReading(intent, clear=True)


def test_laughing_about_a_parent_figure_is_no_crisis_at_all():
    assert read_safety("lol my mom is gonna kill me for staying up this late") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "To be clear I'm not suicidal, I'm just furious. Can I sue him?",
            "to be clear im just furious can i sue him",
        ),
        (
            # the condition belongs to the threat, not to the question
            "she said she'd kill me if I told anyone, can i report him",
            "she can i report him",
        ),
        (
            "he said hed hurt me if i tell my mom lol, is that a crime",
            "he is that a crime",
        ),
        (
            "my mom is gonna kill me if she finds out, do you tell parents",
            "if she finds out do you tell parents",
        ),
    ],
)
def test_the_classifier_reads_the_message_without_the_weakened_wording(text, expected):
    assert text_for_classifier(text) == expected


@pytest.mark.parametrize("text", ["what is consent", "I want to kill myself", "kms lol"])
def test_the_classifier_reads_other_messages_as_they_are(text):
    assert text_for_classifier(text) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I'm afraid he'll send them to my boss", True),
        ("she's threatening to post the video everywhere", True),
        ("what if he leaks my pics online", True),
        ("he's drunk, he has a gun and says he'll show everyone the video", False),
        ("he's going to show up at my house", False),
        ("what is consent", False),
    ],
)
def test_fear_of_sharing_is_told_from_danger(text, expected):
    assert fears_sharing(text) is expected


def test_a_figure_of_speech_does_not_hide_a_real_threat_in_the_same_message():
    text = "my mom is gonna kill me if she finds out, and he says he will kill me tonight"
    assert safety_intent(text) == "immediate_danger"


def test_normalise_removes_apostrophes_and_long_repeats():
    assert normalise("I CAN’T   gooooo on!!!") == "i cant goo on"


def test_pattern_match_overrides_any_intent():
    override = guarded_intent("kms", {"name": "greet", "confidence": 0.99}, [])
    assert override == {"name": "crisis", "confidence": 1.0}


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
