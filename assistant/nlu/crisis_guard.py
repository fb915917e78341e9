"""NLU safety net: three tiers for crisis and danger, decided after the classifiers.

- Clear crisis or danger (a pattern of content/safety.yml, not weakened): the intent becomes
  `crisis` or `immediate_danger` with confidence 1.0, whatever the classifier said; the
  InterruptPolicy answers with the full static crisis reply.
- The classifier alone, very sure (0.95) of crisis or danger, with no credible other answer:
  the full reply too.
- Possible crisis (the classifier alone, or a pattern weakened by negation, reported speech,
  a hypothetical or a figure of speech): the intent becomes the best *other* intent, so the
  question gets its answer, and the message carries a `safety_check_in` attribute that makes
  the InterruptPolicy send the check-in (9-8-8, 9-1-1, "Are you safe right now?") first.
- The classifier alone, on a message with no word of risk in it (content/safety.yml
  `risk_vocabulary`: "I'm heartbroken, he was my best friend"): no crisis, the best other answer.
- A past the message says is over, or a threat laughed at ("she said she'd kill me if I told
  lol"): the answer alone, like a negation, unless the classifier sees a crisis in the rest.
- The safety model's second opinion (assistant/nlu/safety_model.py), where neither the
  patterns nor the classifier saw a crisis: at SECOND_OPINION_MIN or more, a check-in and the
  classifier's answer ("just know I tried. I really tried."); never the full reply alone.
- No crisis: the classifier's answer stands (or a protective guess, see below). A negated one
  ("I'm not suicidal, how do I keep evidence?") is read as such: when the classifier, reading
  the message without the negated words, sees no crisis in the rest, its answer alone (the
  fallback's topics when it understood nothing else).

Danger vs threats: when the classifier alone calls it immediate danger and the message is a
fear or threat that images will be shared, it is the threats topic (sextortion or
inform_threatened), without a check-in.

Runs after the FallbackClassifier and the GibberishGuard, on the text the person sent (the
WeakenedWordingEraser may have given the classifier a shorter one; it is put back here).
Patterns are read when the model loads.
"""

from __future__ import annotations

import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.age_parsing import parse_ages
from assistant.answer_kinds import asks_who_is_told
from assistant.calm_messages import calm_message
from assistant.direct_questions import residence_question
from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.nlu.safety_classifier import SECOND_OPINION_KEY
from assistant.nlu.weakened_wording import ORIGINAL_TEXT, original_text
from assistant.object_of_words import about_anothers_life, object_is_a_thing
from assistant.picture_requests import asked_for_pictures_only
from assistant.safety import (
    CHECK_IN_KEY,
    CRISIS,
    IMMEDIATE_DANGER,
    JOKE,
    METHOD,
    NEGATION,
    RECOVERED,
    STOPPED,
    TOPIC,
    fears_sharing,
    in_risk_vocabulary,
    plain_statement,
    read_safety,
    says_safe,
)
from assistant.trust_words import names_position_of_trust
from assistant.unsafe_place import unsafe_place_told

SAFETY_INTENTS = (CRISIS, IMMEDIATE_DANGER)
# Weakened readings that get the answer alone when the classifier sees no crisis either.
ANSWER_ONLY_READINGS = frozenset({NEGATION, TOPIC, RECOVERED, JOKE})
# When the classifier is unsure between two intents and one of these is among them, the
# safety answer is the better guess: "I'm 15 and he shared my pics" gets the youth path.
PROTECTIVE_INTENTS = ("sextortion", "youth_disclosure")
PROTECTIVE_MIN_CONFIDENCE = 0.25
THREAT_INTENTS = ("sextortion", "inform_threatened")
SEXTORTION = "sextortion"
# The pressure answer ("you never have to send anything"): a request for pictures, no threat.
PRESSURE = "ask_no_consent"
# A safety intent this sure anywhere in the classifier's ranking is worth a check-in.
RANKED_CHECK_IN_MIN = 0.3
# The best other intent answers a possible crisis when, with the safety intents left out,
# it holds at least this share of the classifier's confidence; otherwise the fallback's topics.
ANSWER_MIN_SHARE = 0.3
ANSWER_MIN_CONFIDENCE = 0.02  # and never a guess the classifier all but ruled out
CLASSIFIER = "classifier"
# A classifier this sure of a crisis is heard even without a word of the risk vocabulary
# ("he's trying to force me ... I'm in the bathroom typing this" was 0.79 on fresh batch 6).
RISK_WORDS_NOT_NEEDED = 0.6
# The classifier alone gives the full crisis reply only when it is this sure and no other
# answer is credible (measured on the regression sets: real crises at 0.97-1.00, three
# ordinary messages at 0.95-0.98; docs/measurements.md).
CLASSIFIER_CLEAR_MIN = 0.95
# The safety model's crisis + danger probability that asks "are you safe?" when nothing else
# saw a crisis. Chosen leaving out each fresh batch (7, 8, 9) and everything after it from the
# model's examples: 0.5 caught 50 of their 81 misses and flagged 8 of 1,308 more ordinary
# messages; 0.4 the same misses and 14 flags; 0.6 46 and 6 (docs/safety.md).
SECOND_OPINION_MIN = 0.5
SECOND_OPINION = "second opinion"
# A clear pattern the safety model all but rules out, in a message with a question to answer,
# is a check-in and the answer rather than the full reply: the crisis lines still come first.
# Left-out batches 7-9: 13 of the 25 full replies to ordinary messages were below 0.1 (the
# model at 0.1 also doubted 23 of 717 real crises, which then get the check-in, never nothing).
SECOND_OPINION_DOUBT_MAX = 0.1
DOUBTED = "pattern doubted by the second opinion"
# A weakened pattern (negated, past, a figure of speech, ambiguous wording) that the safety model
# rules out and the classifier does not see as a crisis: the answer alone. On batches 7-10 (the
# model trained without each batch and those after it) no real crisis with a weakened pattern
# fell below 0.02; 29 of 111 ordinary messages with one did (below 0.05: one real crisis).
SECOND_OPINION_RULES_OUT = 0.02


def _named(name: str, confidence: float) -> dict:
    return {"name": name, "confidence": confidence}


def best_answer(intent: dict | None, ranking: list[dict]) -> dict:
    """The intent that answers the message when the safety intents are left out."""
    if intent and intent.get("name") not in (*SAFETY_INTENTS, DEFAULT_NLU_FALLBACK_INTENT_NAME):
        return intent
    classified = [item for item in ranking if item.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME]
    if classified and classified[0].get("name") not in SAFETY_INTENTS:
        return intent or _named(DEFAULT_NLU_FALLBACK_INTENT_NAME, 1.0)  # the fallback stands
    safety_share = sum(i.get("confidence", 0) for i in classified if i["name"] in SAFETY_INTENTS)
    others = [item for item in classified if item.get("name") not in SAFETY_INTENTS]
    needed = max(ANSWER_MIN_SHARE * (1 - safety_share), ANSWER_MIN_CONFIDENCE)
    if others and others[0].get("confidence", 0) >= needed:
        return others[0]
    confidence = (intent or {}).get("confidence", 1.0)
    return _named(DEFAULT_NLU_FALLBACK_INTENT_NAME, confidence)


def classifier_safety(ranking: list[dict]) -> dict | None:
    """The classifier's safety guess: its first choice, or one ranked high enough."""
    classified = [item for item in ranking if item.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME]
    if classified and classified[0].get("name") in SAFETY_INTENTS:
        return classified[0]
    for item in classified:
        if item.get("name") in SAFETY_INTENTS and item.get("confidence", 0) >= RANKED_CHECK_IN_MIN:
            return item
    return None


def threat_topic(ranking: list[dict]) -> dict:
    for item in ranking:
        if item.get("name") in THREAT_INTENTS:
            return item
    return _named(THREAT_INTENTS[0], 1.0)


PLAIN_REQUEST_WORDS = 12  # a longer message may tell more than a request
YOUTH_DISCLOSURE = "youth_disclosure"
# Words a young writer uses of themselves; without any, "youth_disclosure" is a misread ("I'm
# still in Toronto for 4 more weeks" got the under-18 answer, round 48 p17).
_YOUTH_WORDS = re.compile(
    r"\b(?:minor|underage|under ?age|under (?:the age of )?(?:18|eighteen)|not (?:yet )?(?:18"
    r"|eighteen|an adult)|age of majority|teen\w*|grade \w+|high ?school|middle school|junior high"
    r"|elementary|mom|mum|dad|parents?|kid|child|years? old|yo|y/o|yrs|young|youth|school|class"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
)


def _age_said(text: str) -> bool:
    """Any age in the message (a count of weeks or people is not an age). An adult's age keeps
    youth_disclosure: the adult-age readers answer it ("im in bc and im 24")."""
    parsed = parse_ages(text)
    return any(age is not None for age in [parsed.age, parsed.other_age, *parsed.unassigned])


def youth_misread(intent: dict | None, ranking: list[dict], text: str) -> dict | None:
    """The best other intent when the classifier said youth_disclosure of a message with no
    word of youth and no age in it; None to keep it."""
    if not intent or intent.get("name") != YOUTH_DISCLOSURE:
        return None
    if _YOUTH_WORDS.search(text.lower()) or _age_said(text):
        return None
    for item in ranking:
        if item.get("name") not in (YOUTH_DISCLOSURE, DEFAULT_NLU_FALLBACK_INTENT_NAME):
            return item
    return _named(DEFAULT_NLU_FALLBACK_INTENT_NAME, 1.0)


def plain_request_misread(intent: dict | None, text: str) -> dict | None:
    """The pressure answer when the classifier said sextortion of a short plain request for
    pictures ("some guy online asked me for nudes", round 45 p31: the sextortion steps for
    someone nobody threatened); None to keep it."""
    if (
        intent
        and intent.get("name") == SEXTORTION
        and len(text.split()) <= PLAIN_REQUEST_WORDS
        and asked_for_pictures_only(text)
        and not names_position_of_trust(text)  # "my coach wants pics": the trust rule's
    ):
        return _named(PRESSURE, intent.get("confidence", 0))
    return None


def protective_guess(intent: dict | None, ranking: list[dict], text: str = "") -> dict | None:
    """After a fallback, youth or sextortion among the top two guesses is the better answer;
    a plain request for pictures is the pressure answer's, not sextortion (round 30 p26)."""
    if not intent or intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME:
        return None
    classified = [item for item in ranking if item.get("name") != intent["name"]]
    for item in classified[:2]:
        if (
            item.get("name") in PROTECTIVE_INTENTS
            and item.get("confidence", 0) >= PROTECTIVE_MIN_CONFIDENCE
        ):
            if item.get("name") == SEXTORTION and asked_for_pictures_only(text):
                return _named(PRESSURE, item.get("confidence", 0))
            return item
    return None


def _nothing_to_ask(text: str) -> bool:
    """The person says they are safe ("I'm ok for tonight"), or the whole message is a plain
    statement ("I think I'll tell my mom", "he's about 30"): no check-in on a guess alone."""
    # A story of another's acts, a helper's anger at the assistant, "not sure this is the
    # right place" (round 10; assistant/calm_messages.py).
    # Round 17 (p31): a place that no longer feels safe, nothing said of danger now
    # (assistant/unsafe_place.py): the practical answer, with 9-1-1 in it.
    return (
        says_safe(text)
        or plain_statement(text)
        or residence_question(text)
        or calm_message(text)
        or unsafe_place_told(text)
        # Round 64 p04: "I don't want to ruin a 14 year old's life" (a parent weighing a report).
        or about_anothers_life(text)
        # Round 63 p16: "r u gonna tell my mom", a young writer's fear of being found out, when
        # that short question is the whole message.
        or (asks_who_is_told(text) and len(text.split()) <= 12)
    )


def second_opinion_check_in(text: str, opinion: dict | None) -> dict | None:
    """The check-in marker when the safety model alone sees a crisis, else None."""
    if not opinion or sum(opinion.values()) < SECOND_OPINION_MIN or _nothing_to_ask(text):
        return None
    if object_is_a_thing(text):
        return None  # "I was going to burn them" (printed photos): the model's words, a thing
    intent = max(SAFETY_INTENTS, key=lambda name: opinion.get(name, 0.0))
    if intent == IMMEDIATE_DANGER and fears_sharing(text):
        return None  # fear that images will be shared is the threats topic
    return {"intent": intent, "reason": SECOND_OPINION}


def doubted_clear_match(intent: dict | None, ranking: list[dict], opinion: dict | None) -> bool:
    """A clear pattern the safety model all but rules out, with a credible other answer and
    a classifier that is not sure of a crisis either."""
    if not opinion or sum(opinion.values()) >= SECOND_OPINION_DOUBT_MAX:
        return False
    guessed = classifier_safety(ranking)
    if guessed and guessed.get("confidence", 0) >= CLASSIFIER_CLEAR_MIN:
        return False
    return best_answer(intent, ranking).get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME


def _ruled_out(opinion: dict | None) -> bool:
    return opinion is not None and sum(opinion.values()) < SECOND_OPINION_RULES_OUT


def _answer_alone(intent: dict | None, ranking: list[dict]) -> dict | None:
    """The best non-safety answer, or None when it is the predicted intent already."""
    answer = best_answer(intent, ranking)
    same = intent is not None and answer.get("name") == intent.get("name")
    return None if same else answer


def guard_decision(
    text: str, intent: dict | None, ranking: list[dict], second_opinion: dict | None = None
) -> tuple[dict | None, dict | None]:
    """(intent to use instead of the predicted one or None, check-in marker or None)."""
    reading = read_safety(text)
    if reading and reading.clear and doubted_clear_match(intent, ranking, second_opinion):
        return _answer_alone(intent, ranking), {"intent": reading.intent, "reason": DOUBTED}
    if reading and reading.clear:
        return _named(reading.intent, 1.0), None
    guessed = classifier_safety(ranking)
    if (
        reading is None
        and guessed
        and guessed.get("confidence", 0) < RISK_WORDS_NOT_NEEDED
        and not in_risk_vocabulary(text)
    ):
        # The classifier alone, on words with no risk in them: sad, not a crisis, unless the
        # safety model, which has read every crisis message we hold, sees one.
        return _answer_alone(intent, ranking), second_opinion_check_in(text, second_opinion)
    if reading is None and guessed is None:
        misread = youth_misread(intent, ranking, text) or plain_request_misread(intent, text)
        if misread:
            return misread, second_opinion_check_in(text, second_opinion)
        return protective_guess(intent, ranking, text), second_opinion_check_in(
            text, second_opinion
        )
    if (
        reading is None
        and guessed
        and guessed.get("confidence", 0) < CLASSIFIER_CLEAR_MIN
        and _nothing_to_ask(text)
    ):
        # "Just to be clear I'm safe, I'm only asking about the tribunal": asking again tells
        # the person they were not heard; the answer to what they asked. "I think I'll tell my
        # mom": the shape of a plan, not a crisis.
        return _answer_alone(intent, ranking), None
    # From here, where there is no reading there is a guess.
    guess = guessed or {}
    if reading is None and guess["name"] == IMMEDIATE_DANGER and fears_sharing(text):
        return threat_topic(ranking), None
    if reading and reading.weakened_by in ANSWER_ONLY_READINGS and guessed is None:
        # "I'm not suicidal, how do I keep evidence?": just the answer. Also when the rest is
        # unclear ("no I'm not hurting myself, why does everyone ask that"): asking again after
        # a denial tells the person they were not heard; a crisis guess in the rest still asks.
        # The same for crisis words as a subject ("a school project on suicide prevention").
        return None, None
    if (
        reading
        and reading.weakened_by not in (STOPPED, METHOD)
        and guessed is None
        and _ruled_out(second_opinion)
    ):
        # "I feel numb. Is this how people usually feel?". Self-harm told as stopped still gets
        # the check-in: it was real, and maybe not long ago; so does a method asked about
        # ("does hanging hurt?"), which the model can read as an ordinary question.
        return None, None
    check_in = (
        {"intent": reading.intent, "reason": reading.weakened_by}
        if reading
        else {"intent": guess["name"], "reason": CLASSIFIER}
    )
    answer = best_answer(intent, ranking)
    if (
        reading is None
        and guess.get("confidence", 0) >= CLASSIFIER_CLEAR_MIN
        and answer.get("name") == DEFAULT_NLU_FALLBACK_INTENT_NAME
    ):
        # Sure of a crisis and nothing else to answer: "i have pills and im thinking of
        # taking them all" needs the crisis reply, not a check-in and the topics.
        return _named(guess["name"], guess["confidence"]), None
    unchanged = intent is not None and answer.get("name") == intent.get("name")
    return (None if unchanged else answer), check_in


def guarded_intent(text: str, intent: dict | None, ranking: list[dict]) -> dict | None:
    """The intent to use instead of the predicted one, or None to keep it."""
    return guard_decision(text, intent, ranking)[0]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisGuard(IntentOverride):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = original_text(message)
            override, check_in = guard_decision(
                text,
                message.get(INTENT),
                message.get(INTENT_RANKING_KEY) or [],
                message.get(SECOND_OPINION_KEY),
            )
            if message.get(ORIGINAL_TEXT):
                message.set(TEXT, text, add_to_output=True)  # the classifier's copy is done
            if override:
                override_intent(message, override)
            if check_in:
                message.set(CHECK_IN_KEY, check_in, add_to_output=True)
        return messages
