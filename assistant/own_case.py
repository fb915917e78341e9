"""A correction of who it is about (issue 16, helper h12a): "it's me, not a friend", "no, it's
about me", "I'm the one it happened to", said after the assistant answered as if to someone
helping another person. The words alone are too thin for any topic (they got "my answer above
is all I have", or "Did you mean ...?"); with the conversation they say the earlier message was
the writer's own. Plain Python over the latest message and the earlier messages' marks and
texts; the InterruptPolicy answers the kind with the person's own answer, after a short
acknowledgement (`utter_own_case_heard`).

The own answer is read again from the message the helper's answer was given to: printed copies,
a deepfake, a hidden camera or held images keep their own answers; money asked is "don't pay";
a young writer's (or a helped child's, now the writer's) case is the youth answer; being asked
for images is the pressure answer; a threat is "a threat counts"; a sharing is what to do next.
A correction that asks something of its own ("it's me, does printing count?") gets that
question's answer. Earlier helper marks before the correction no longer make the writer a helper
(`topics_since_own_case`).
"""

from __future__ import annotations

import re

from assistant import helper_reading as hr
from assistant.adult_age import ADULT_SHARED
from assistant.age_parsing import parse_ages
from assistant.answer_kinds import (
    CHILD_ASKED,
    CHILD_ASKED_TRUST,
    KEEP,
    PAY,
    PRESSURED,
    THREAT_ONLY,
)
from assistant.helper_cases import HELPER_AGE_UNKNOWN
from assistant.helper_context import ADULT_TOPICS, MINOR_TOPICS
from assistant.image_kinds import IMAGE_KINDS, image_kind
from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_from_text
from assistant.writer_framing import HELPER_CLOSE, HELPER_ELIGIBILITY, says_it_is_me

# The marks of an answer given to someone helping another person.
HELPER_TOPICS = MINOR_TOPICS | ADULT_TOPICS | {hr.HELPER_OTHER_ADULT, HELPER_ELIGIBILITY}
HELPER_TOPICS |= {HELPER_CLOSE, hr.HELPER_MINOR_NEXT, hr.HELPER_OTHER}
# Round 75 (p17): "everyone saw it ... he sent the video to my whole family", answered as a
# helper whose person's age was not said, then "its me. its my video. i cant do this anymore":
# the next check-in asked "Is the person you're helping safe?".
HELPER_TOPICS |= {HELPER_AGE_UNKNOWN}
# The own answers a correction re-runs (the InterruptPolicy's answers for these kinds, after
# `utter_own_case_heard`).
OWN_BASES = (
    *IMAGE_KINDS,
    PAY,
    hr.SELF_MINOR_SHARED,
    PRESSURED,
    THREAT_ONLY,
    ADULT_SHARED,
)
PREFIX = "own_case:"
# "it's me" after the crisis lines asked for someone else ("what number do I give a friend who
# is suicidal?"): the writer's own crisis, the crisis lines said to them (other words than the
# crisis answer, which may have come the turn before).
OWN_CRISIS = PREFIX + "crisis"
# The crisis answer itself counts too: "what number do I give my buddy, he's suicidal" may be
# read as a crisis by the safety net.
CRISIS_FOR_OTHERS = frozenset(
    {"crisis_lines_for_someone", hr.OTHER_IN_CRISIS, hr.CANT_REACH, "crisis"}
)
CRISIS_ANSWER = ["utter_own_crisis", "utter_crisis_next"]
# Nothing said of what happened: what can be done, by what happened (buttons to say which).
OWN_CASE_GENERAL = PREFIX + "general"
HEARD = "utter_own_case_heard"
GENERAL_ANSWER = ["utter_own_case_general"]
KINDS = frozenset({PREFIX + base for base in OWN_BASES} | {OWN_CASE_GENERAL, OWN_CRISIS})
# How far back the helper's answer may be (messages).
_LOOK_BACK = 3
ADULT_AGE = hr.ADULT_AGE

_SHARING_WORDS = re.compile(r"\b(?:post|share|leak|send|expose|release|show)\w*\b")
_MONEY = re.compile(
    r"\$|\b(?:money|pay|paid|gift ?cards?|bitcoin|crypto|dollars|ransom|e-?transfer)\b"
)


def own_case_answers(direct_answers: dict[str, list[str]]) -> dict[str, list[str]]:
    """The InterruptPolicy's answers for the corrections: the acknowledgement, then the own
    answer of each base kind (from `direct_answers`)."""
    answers = {PREFIX + base: [HEARD, *direct_answers[base]] for base in OWN_BASES}
    answers[OWN_CASE_GENERAL] = [HEARD, *GENERAL_ANSWER]
    answers[OWN_CRISIS] = list(CRISIS_ANSWER)
    return answers


def _young(texts: list[str]) -> bool:
    """An age under 18 said of the writer, or of the person the earlier message was about (now
    said to be the writer)."""
    for text in reversed(texts):
        parsed = parse_ages(text)
        if parsed.self_stated and parsed.age is not None:
            return parsed.age < ADULT_AGE
        helped = hr._helped_age(plain_lower(text))  # "my friend is 15" -> "it's me": 15
        if helped is not None:
            return helped < ADULT_AGE
    return False


def own_base(topic: str | None, text: str, young: bool) -> str:
    """The own answer for the message first answered as a helper's (`topic`, `text`)."""
    cleaned = plain_lower(text)
    image = image_kind(cleaned)
    if image:
        return PREFIX + image
    situation = situation_from_text(cleaned)
    if _MONEY.search(cleaned) and (
        situation in {"threatened", "shared"} or _SHARING_WORDS.search(cleaned)
    ):
        return PREFIX + PAY
    if young and (situation in {"shared", "threatened"} or topic in MINOR_TOPICS):
        if topic in {CHILD_ASKED, CHILD_ASKED_TRUST} or hr.asked_for_images(cleaned):
            return PREFIX + PRESSURED
        return PREFIX + hr.SELF_MINOR_SHARED
    if topic in {CHILD_ASKED, CHILD_ASKED_TRUST}:
        return PREFIX + PRESSURED
    if situation == "threatened" or topic == hr.HELPER_THREAT:
        return PREFIX + THREAT_ONLY
    if situation == "shared":
        return PREFIX + ADULT_SHARED
    return OWN_CASE_GENERAL


def _helper_answered(topics: list[str | None]) -> int | None:
    """The index of the latest earlier message answered as a helper's, within the look-back."""
    start = max(0, len(topics) - _LOOK_BACK)
    for index in range(len(topics) - 1, start - 1, -1):
        if topics[index] in HELPER_TOPICS:
            return index
    return None


def own_kind_in_context(
    kind: str | None,
    text: str,
    earlier_topics: list[str | None],
    earlier_texts: list[str],
    intent: str | None = None,
) -> str | None:
    """The own-case kind for a correction after a helper's answer; `kind` otherwise. A
    correction with a question of its own keeps that question's kind (not a helper's). The
    safety net's and the flows' intents keep their answers ("it's me, I want to die")."""
    if intent in KEEP or not says_it_is_me(text):
        return kind
    start = max(0, len(earlier_topics) - _LOOK_BACK)
    if set(earlier_topics[start:]) & CRISIS_FOR_OTHERS:
        return OWN_CRISIS  # "actually it's me" after the lines for a suicidal friend
    index = _helper_answered(earlier_topics)
    if index is None:
        return kind
    if kind is not None and kind not in HELPER_TOPICS:
        return kind  # "it's me, does printing count?": the question's own answer
    young = _young([*earlier_texts[: index + 1], text])
    # What the correction itself says ("it's me, he posted them") with what was said before.
    said = f"{earlier_texts[index]} . {text}"
    return own_base(earlier_topics[index], said, young)


def topics_since_own_case(topics: list[str | None], texts: list[str]) -> list[str | None]:
    """The earlier topics with the helper's marks before the latest own-case correction
    blanked: after "it's me", the writer is no longer read as a helper."""
    for index in range(len(texts) - 1, -1, -1):
        if says_it_is_me(texts[index]):
            return [
                None if (i < index and topic in HELPER_TOPICS) else topic
                for i, topic in enumerate(topics)
            ]
    return topics
