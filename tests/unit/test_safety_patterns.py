import pytest

from assistant.nlu.crisis_guard import guarded_intent
from assistant.safety import (
    CRISIS,
    FIGURE,
    HYPOTHETICAL,
    IMMEDIATE_DANGER,
    JOKE,
    NEGATION,
    PAST,
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
        ("she said she'd kill me if I told lol", IMMEDIATE_DANGER, JOKE),
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
            "she said she'd hurt me if I told anyone, can i report him",
            "can i report him",
        ),
        (
            "he said hed hurt me if i tell my mom lol, is that a crime",
            "is that a crime",
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


# Kinds the 40-epoch classifier stopped catching on retraining (2026-12-02): the patterns carry
# them now, so recall on these kinds no longer depends on the classifier's confidence.
@pytest.mark.parametrize(
    "text,intent",
    [
        ("My English is not good. I think better I die. What law can help me", "crisis"),
        ("burned myself w a lighter bc i felt so disgusting", "crisis"),
        ("ive been standing on my balcony for an hour thinking about it", "crisis"),
        ("she told me tonight she wants to kill herself, what do I do", "crisis"),
        (
            "He texted 'I'm coming over and you'll regret it.' Can I get an order?",
            "immediate_danger",
        ),
        ("He's on his way here. He said he'll make me pay for telling people.", "immediate_danger"),
        ("Please help, he's holding my sister down and filming her", "immediate_danger"),
        (
            "my roommate's ex is here right now, he's screaming and just threw a chair",
            "immediate_danger",
        ),
        ("he won't let me out of the car", "immediate_danger"),
    ],
)
def test_kinds_that_must_not_depend_on_the_classifier(text, intent):
    reading = read_safety(text)
    assert reading is not None and reading.intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "my mom won't let me go to the party, can he still post the pics",
        "my parents wont let me go out with friends since the pics",
        "he held me down last year, can I still report it",
        "i was sitting on my balcony reading when he texted",
        "it would be better if i just left the group chat",
        "he is coming over later to get his stuff, can I ask him to delete them",
    ],
)
def test_everyday_wording_near_those_kinds_is_not_a_crisis(text):
    assert read_safety(text) is None


# Kinds that fresh batch 5 (2026-12-02) got past the patterns. The sentences here are our own
# variants of each kind, not the batch's (those are in data/safety/crisis_messages.yml).
@pytest.mark.parametrize(
    "text",
    [
        # indirect death wishes
        "i need everything to end for good",
        "honestly i just want the pain to stop forever",
        "i doubt ill be here much longer so whatever",
        "not sure i'll be around next week tbh",
        "it won't matter soon, i won't be around",
        "i'll be gone for good by the weekend",
        "everyone would be happier if i was dead",
        # how and when
        "i keep picturing how i'd end it",
        "ive been thinking about how to do it",
        "can my mom get the money if I die? asking since im going to",
        "thinking of walking in front of traffic",
        "gonna step into traffic on the way home",
        "i want to drive my car off the bridge",
        # slang
        "thinking about sewer slide ngl",
        "i wanna self delete",
        "sh urges won't go away",
        "i relapsed with sh after 6 months",
        "i did sh again",
        "cant stop sh",
    ],
)
def test_indirect_wishes_plans_and_slang_are_a_clear_crisis(text):
    assert read_safety(text) == SafetyReading(CRISIS, clear=True)


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour is beating his kid right now, i can hear it",
        "a guy is filming my sister in the bathroom rn",
        "right now a man is touching my niece",
        "my 12 year old daughter is meeting an older guy from online tonight",
        "my son is in a car with a stranger right now",
        "some creep is with my little girl right now at the park",
        "he is keeping me here against my will",
        "they're holding my friend against her will",
        "i am being kept in this room against my will",
    ],
)
def test_someone_else_in_danger_now_or_being_held_is_danger(text):
    assert read_safety(text) == SafetyReading(IMMEDIATE_DANGER, clear=True)


@pytest.mark.parametrize(
    "text",
    [
        "posting that would be career suicide for him",
        "it's political suicide for the school to ignore this",
        "my son is with his dad right now, can he still apply",
        "the man with my photos lives in another province, what can I do now",
        "he kept the pictures against my will",
        "my daughter met an older guy online last year, now he's posting her pics",
        "I won't be here next week, can the lawyer call me after",
        "i'll be gone for a week on vacation, is that ok",
        "he's gone for good, he moved away",
        "i think about how i'd do it differently if i could go back",
        "what's sh in texting",
        "sh is that legal",
    ],
)
def test_everyday_wording_near_the_new_kinds_is_not_a_crisis(text):
    assert read_safety(text) is None


@pytest.mark.parametrize(
    "text,intent",
    [
        ("i used to cut myself in high school, now my old pics are online", CRISIS),
        (
            "he choked me once years ago when we were dating, can I get a protection order",
            IMMEDIATE_DANGER,
        ),
        (
            "when we were together he threatened me with a knife, he lives in Ontario now",
            IMMEDIATE_DANGER,
        ),
    ],
)
def test_a_distant_past_told_calmly_is_a_check_in_at_most(text, intent):
    assert read_safety(text) == SafetyReading(intent, clear=False, weakened_by=PAST)


@pytest.mark.parametrize(
    "text,intent",
    [
        ("i used to cut myself in high school and i started again last night", CRISIS),
        ("I tried to kill myself yesterday", CRISIS),
        ("years ago I attempted suicide and I want to die again", CRISIS),
        ("he hit me when we were together and he's outside my house right now", IMMEDIATE_DANGER),
    ],
)
def test_the_past_does_not_weaken_what_is_happening_now_or_again(text, intent):
    assert read_safety(text) == SafetyReading(intent, clear=True)


@pytest.mark.parametrize(
    "text",
    [
        "i wont be here",
        "I'm such a burden",
        "i feel like dying",
        "what happens to my claim if i die",
    ],
)
def test_wording_that_is_a_crisis_only_sometimes_gets_a_check_in(text):
    reading = read_safety(text)
    assert reading is not None and not reading.clear and reading.intent == CRISIS


def test_filler_after_negated_crisis_words_is_erased_with_them():
    text = "not that I'm thinking of hurting myself or anything, I just want to know the law"
    assert text_for_classifier(text) == "i just want to know the law"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "my teacher said it'd be career suicide to report it, is that true?",
            "my teacher said itd be to report it is that true",
        ),
        (
            "my phone is about to die, can a lawyer call me tomorrow",
            "my can a lawyer call me tomorrow",
        ),
    ],
)
def test_the_classifier_does_not_see_figures_about_things(text, expected):
    assert read_safety(text) is None
    assert text_for_classifier(text) == expected


# Kinds that fresh batch 3 (2026-12-02, /work/fresh3) got past the patterns. Our own variants of
# each kind, not the batch's (those are in data/safety/crisis_messages.yml).
@pytest.mark.parametrize(
    "text",
    [
        # overdose and method questions
        "how many advil would it take",
        "how much acetaminophen is too much to survive",
        "how many of my sleeping pills until i dont wake up",
        "whats a lethal dose of benadryl",
        "can you die from taking a whole bottle of tylenol",
        "can you die from taking too many advil",
        # plans with a time
        "im going to do it while my parents are at work",
        "planning to go through with it once everyone is asleep",
        "my plan is to end it",
        # starving or punishing oneself
        "been starving myself since he posted them",
        "i keep punching myself because i deserve it",
        "havent eaten in 3 days, i deserve to be punished",
        "im punishing myself by not eating",
        # ending things, with nobody to end them with
        "i just want to end things",
        "thinking about ending things tonight",
        "i feel like ending it",
        # the wish to die inside a question
        "how do i get it removed and how do i stop wanting to die",
        "is it normal to keep wanting to die after this",
        # someone else about to jump
        "my sister says shes gonna jump",
        "he is on the roof of his building",
    ],
)
def test_batch_3_crisis_kinds_are_a_clear_crisis(text):
    assert read_safety(text) == SafetyReading(CRISIS, clear=True)


@pytest.mark.parametrize(
    "text",
    [
        # attacks told in the present
        "i'm getting beaten up",
        "we are being attacked",
        "my stepdad is punching me",
        "she keeps hitting me",
        "my ex is throwing things at me",
        # a person watching or standing outside now
        "there's a man parked down the street staring at my house",
        "he is sitting in his car watching my window",
        "hes standing in front of my house",
        # a child or friend locked in, forced or taken by an adult
        "my daughter is trapped in a car with an older guy",
        "my son is alone in a hotel room with a man he met online",
        "he locked her in the basement",
        "my niece just got pulled into a van",
        "a guy just grabbed my little brother and pulled him into his car",
        "my friend was just taken",
        "my friend messaged me sos, a guy wont let her go",
        "she texted me help me",
    ],
)
def test_batch_3_danger_kinds_are_danger(text):
    assert read_safety(text) == SafetyReading(IMMEDIATE_DANGER, clear=True)


@pytest.mark.parametrize(
    "text",
    [
        "how many sessions does it take to get a lawyer",
        "how many pics does it take to be a crime",
        "how much does it cost",
        "i want to end things with my boyfriend, can he still post them",
        "how do i end things with him safely",
        "i need to end it with him, he keeps asking for pics",
        "i want to end it here, thanks for the help",
        "my plan is to report him tomorrow",
        "can i fill the form when my parents are at work so they dont find out",
        "im starving, can we finish this later",
        "i feel like im being attacked online by his friends",
        "im getting attacked in the comments",
        "people are attacking me on tiktok over the video",
        "he is attacking me with messages",
        "he was watching my stories all night",
        "my friend texted me for help with her pics",
        "she messaged me asking for help reporting it",
        "im going to jump on a call with the lawyer",
        "my friend sent me help links",
        "she jumped on the chance to post them",
        "can you die of embarrassment lol",
        "he keeps throwing shade at me in the group chat",
        "i could hit myself for trusting him",
        "my account is being attacked by bots",
    ],
)
def test_everyday_wording_near_the_batch_3_kinds_is_not_a_crisis(text):
    assert read_safety(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "how much tylenol can i take for a headache",
        "my plan is to do it this weekend",
        "i'll do it when my parents are asleep",
        "hes forcing her to send more pics",
        "he texted me that im dead",
    ],
)
def test_batch_3_wording_that_is_a_crisis_only_sometimes_gets_a_check_in(text):
    reading = read_safety(text)
    assert reading is not None and not reading.clear


@pytest.mark.parametrize(
    "text,expected",
    [
        ("i'm dead serious, can he be charged", "can he be charged"),
        ("im gutted, he sent them to his friends", "he sent them to his friends"),
        ("i felt so hurt and humiliated when he showed them", "when he showed them"),
        ("i wasn't physically hurt, he only filmed me", "he only filmed me"),
        ("no im not in danger, he lives in alberta", "he lives in alberta"),
        ("my battery died, what was the number again", "my what was the number again"),
        ("did you get my last message about the form", "about the form"),
        (
            "the pics are killing my social life, can they come down",
            "the pics are can they come down",
        ),
    ],
)
def test_everyday_wording_the_classifier_took_for_a_crisis_is_blanked(text, expected):
    assert read_safety(text) is None
    assert text_for_classifier(text) == expected


@pytest.mark.parametrize(
    "text,intent",
    [
        ("im not physically hurt but hes outside my house", IMMEDIATE_DANGER),
        ("im dead serious, i want to die", CRISIS),
        ("my phone died and i took all my pills", CRISIS),
        ("i feel so hurt and betrayed, i want to kill myself", CRISIS),
        ("she just texted me help, a man is hitting her right now", IMMEDIATE_DANGER),
    ],
)
def test_everyday_wording_does_not_hide_a_real_crisis_in_the_same_message(text, intent):
    assert read_safety(text) == SafetyReading(intent, clear=True)


def test_a_denial_that_starts_with_no_is_erased_whole_for_the_classifier():
    text = "no im not hurting myself, why does everyone ask that, i just want the pics gone"
    assert read_safety(text) == SafetyReading(CRISIS, clear=False, weakened_by=NEGATION)
    assert text_for_classifier(text) == "why does everyone ask that i just want the pics gone"


# Kinds the linear intent classifier (issue 17, 2026-12-03) does not rank as a crisis: the
# check-in carries them.
@pytest.mark.parametrize(
    "text",
    [
        "ive worked out when im going to do it",
        "i decided how i'll do it",
        "imma end it",
        "im gonna end it",
        "after this weekend no one will have to worry about me",
        "nobody is gonna have to put up with me soon",
        "i keep wanting to do something worse to myself",
    ],
)
def test_linear_classifier_kinds_get_a_check_in(text):
    reading = read_safety(text)
    assert reading is not None and reading.intent == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "i want to end it with him but he has my pics",
        "i planned how to report it",
        "i worked out how to do the form",
        "no one will have to know, right?",
        "can you tell me how to end the chat",
    ],
)
def test_everyday_wording_near_the_linear_classifier_kinds_is_not_a_crisis(text):
    assert read_safety(text) is None
