"""A topic guessed at low confidence from a message without its words falls back.

Round 26 (p15, p19, p29): statements mid-conversation ("he gets kinda mad when i say no", "ok.
she says she didnt send him anything. thank you", "can someone else ask him to delete it") were
read as "whose job is it to check for consent?" at 0.24-0.34 and got the consent-checking
definition, which reads as an unrelated lecture. The real questions of that topic score 0.95 or
more and always name what they ask about (responsibility, checking, consent). Below
`MAX_CONFIDENCE`, an intent of `TOPIC_WORDS` whose words are not in the message becomes the
fallback, so the policy's readers and the "Did you mean ...?" fallback answer it instead; a
message that ends with a thank-you ("... thank you") is the thanks (the close). The crisis
patterns run after this and still win.

Round 28 (p30): "im 14 he says hes 25. but he says he loves me and its fine" was read as "whose
job is it to check for consent?" at 0.58 and got the definition, not the answer for a
14-year-old and a 25-year-old. A consent topic below `AGES_MAX_CONFIDENCE` in a message where
the writer gives their own age under 18 and the other person's is the age rules' question
(`check_age_rules`, whose form reads both ages from the message).

Round 29 (p20): "someone on roblox keeps asking me for pictures" was "resume" at 0.40 ("keeps"
beside "keep going") and got "There's nothing to go back to right now". "resume" is guarded the
same way: below `MAX_CONFIDENCE` without a word of going on, going back or finishing, it falls
back.
"""

from __future__ import annotations

import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message

from assistant.age_parsing import parse_ages
from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.nlu.weakened_wording import original_text
from assistant.safety import GUARD_PREFIX_CHARS

MAX_CONFIDENCE = 0.5
AGES_MAX_CONFIDENCE = 0.9
AGE_RULES = "check_age_rules"
ADULT_AGE = 18
# Definitions of consent: the wrong answer when both ages are in the message.
CONSENT_TOPICS = frozenset({"ask_sharer_responsibility", "ask_no_consent", "ask_consent"})
THANK = "thank"
_ENDS_WITH_THANKS = re.compile(
    r"\b(?:thanks?(?: you| u)?(?: so much| a lot)?|thank you|thx|ty|cheers)\W*$"
)
# Each guarded intent and the words every real question of its topic has.
TOPIC_WORDS: dict[str, re.Pattern[str]] = {
    "ask_sharer_responsibility": re.compile(
        r"responsib|\bwhose (?:job|duty)\b|\bjob to\b|\bcheck|\bmake sure\b|consent|permission"
        r"|\bfault\b|\bblame|\bduty\b|obligat|\b(?:supposed|have|has|need|needs) to ask\b"
        r"|\bask(?:ed|s)? (?:first|before)\b|\bagree"
    ),
    # Round 29 p20: "someone on roblox keeps asking me for pictures" (a 12-year-old's first
    # message) was "resume" at 0.40 and got "There's nothing to go back to right now".
    "resume": re.compile(
        r"\bresum|\bcontinu|\bkeep (?:going|goin|asking|doing|on)\b|\bgo(?:ing)? on\b|\bcarry on"
        r"|\bback\b|\bwhere (?:were|was) (?:we|i)\b|\bwhere (?:we|i) (?:left|stopped)"
        r"|\bpick (?:it |this |that )?(?:back )?up\b|\bfinish|\bproceed|\bready|\breturn"
        r"|\brest of\b|\bagain\b"
    ),
}


def read_instead(text: str) -> str:
    """The fallback, or the thanks when the message ends with one."""
    ending = (text or "")[-GUARD_PREFIX_CHARS:].lower()
    return THANK if _ENDS_WITH_THANKS.search(ending) else DEFAULT_NLU_FALLBACK_INTENT_NAME


def falls_back(intent: str | None, confidence: float, text: str) -> bool:
    """A guarded intent, below MAX_CONFIDENCE, in a message without its topic's words."""
    words = TOPIC_WORDS.get(intent or "")
    if words is None or confidence >= MAX_CONFIDENCE:
        return False
    return not words.search((text or "")[:GUARD_PREFIX_CHARS].lower())


def both_ages_young_writer(text: str) -> bool:
    """The writer gives their own age, under 18, and the other person's."""
    parsed = parse_ages((text or "")[:GUARD_PREFIX_CHARS].lower())
    return bool(
        parsed.self_stated
        and parsed.age is not None
        and parsed.age < ADULT_AGE
        and parsed.other_age is not None
    )


def ages_question(intent: str | None, confidence: float, text: str) -> bool:
    """A consent definition guessed below AGES_MAX_CONFIDENCE for a message with both ages."""
    return (
        intent in CONSENT_TOPICS
        and confidence < AGES_MAX_CONFIDENCE
        and both_ages_young_writer(text)
    )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class TopicWordGuard(IntentOverride):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            confidence = intent.get("confidence") or 0.0
            text = original_text(message)
            if ages_question(intent.get("name"), confidence, text):
                override_intent(message, {"name": AGE_RULES, "confidence": confidence})
            elif falls_back(intent.get("name"), confidence, text):
                override_intent(message, {"name": read_instead(text), "confidence": confidence})
        return messages
