"""Which answer a helper's or a young person's message gets, from what the conversation said
before (issue 16). The AnswerReader marks each message alone; some marks depend on who is
writing, known only from earlier messages:

- "how do I bring it up with her" (only a pronoun): a helper's question only after a helper's
  answer; "forget my age, I'm asking about her": the child's answer after a child's, else the
  answer for someone helping an adult.
- "I'm the teacher, who do I call?" right after the exploitation answer: its first steps only,
  not the whole answer again.
- "so can I send them or not": the plain youth answer when the writer said they are under 18.
- "so what should I do?" right after "my coach asked me to send pics, I'm 16": being asked,
  with nothing sent, not the route questions about "the images".

Plain Python over the earlier messages' marks (else intents) and texts, oldest first.
"""

from __future__ import annotations

import re

from assistant import age_now
from assistant import helper_followups as hf
from assistant import helper_reading as hr
from assistant import next_questions as nq
from assistant.age_corrections import read_age_correction
from assistant.age_parsing import parse_ages
from assistant.answer_kinds import KEEP
from assistant.urgent_questions import TELL_ANYONE, WRITER_KINDS, for_the_writer

CHILD_ASKED_KINDS = frozenset({"child_asked_for_images", "child_asked_by_person_of_trust"})
# Earlier marks that show the writer helps a child or teen.
MINOR_TOPICS = CHILD_ASKED_KINDS | {
    hr.HELPER_MINOR,
    hr.HELPER_TALK,
    hr.HELPER_TALK_AGAIN,
    hr.HELPER_MINOR_NEXT,
    hr.HELPER_MINOR_FIRST,
    *hf.HELPER_MINOR_KINDS,
}
_TALKED = frozenset({hr.HELPER_TALK, hr.HELPER_TALK_MAYBE})
ADULT_TOPICS = frozenset({hr.HELPER_ADULT, hr.HELPER_ADULT_ROUTES, hr.HELPER_THREAT})
WHAT_NOW_INTENTS = frozenset({"route_finder", "nlu_fallback", "ask_what_to_expect"})
_WHAT_NOW = re.compile(
    r"\bwhat (?:should|do|can|would) (?:i|we) (?:even )?do\b|\bwhat now\b|\bwhat do i do\b"
    r"|\bwhat are my options\b|\bwhat can i do\b"
)
ADULT_AGE = hr.ADULT_AGE
HANDOFF = frozenset({"need_help_now", "contact_lawyer"})


# "ok but how fast? he said this weekend" read alone as a threat, the tribunal's time or the
# topic's next step: after a message that named the order, its speed.
_FAST_AGAIN_REPLACES = frozenset(
    {None, "threat_only", "crt_how_long", "follow_up", "threat_tonight"}
)


def writer_is_minor(texts: list[str], is_minor_slot: object = None) -> bool:
    """The writer said they are under 18 (latest own age said wins), or the age check kept it."""
    for text in reversed(texts):
        if age_now.adult_now(text):
            return False  # "I'm 18 now, it was when I was 17": an adult, whatever age then
        parsed = parse_ages(text)
        if parsed.self_stated and parsed.age is not None:
            return parsed.age < ADULT_AGE
    return is_minor_slot is True


def _recent(topics: list[str | None], wanted: frozenset[str], last: int = 6) -> str | None:
    for topic in reversed(topics[-last:]):
        if topic in wanted:
            return topic
    return None


def answer_kind_in_context(
    kind: str | None,
    intent: str | None,
    text: str,
    earlier_topics: list[str | None],
    earlier_texts: list[str],
    is_minor_slot: object = None,
) -> str | None:
    """The kind to answer now (None: the classifier's answer)."""
    minor_before = _recent(earlier_topics, MINOR_TOPICS)
    adult_before = _recent(earlier_topics, ADULT_TOPICS)
    follow_up = _follow_up(kind, intent, text, earlier_texts, is_minor_slot, minor_before)
    if follow_up:
        return follow_up
    helping = bool(minor_before or adult_before)
    if (
        kind in _FAST_AGAIN_REPLACES
        and intent not in KEEP
        and nq.crt_fast_again(text.lower(), earlier_texts)
    ):
        # "ok but how fast? he said saturday" after naming the order; right after the answer
        # to it, the same facts in other words.
        again = bool(earlier_topics) and earlier_topics[-1] in {nq.CRT_FAST, nq.CRT_FAST_AGAIN}
        return nq.CRT_FAST_AGAIN if again else nq.CRT_FAST
    if kind == nq.CRT_FAST and earlier_topics and earlier_topics[-1] == nq.CRT_FAST:
        return nq.CRT_FAST_AGAIN
    if kind == nq.PLATFORM_REPORT and helping:
        return nq.PLATFORM_REPORT_HELPER  # "can I report it to X for her?"
    if kind == nq.WARN_BEFORE and writer_is_minor([*earlier_texts, text], is_minor_slot):
        return for_the_writer(TELL_ANYONE, True, helping=helping)  # a young person: a safe adult
    if kind in WRITER_KINDS:  # "should I tell someone?", "block him?": a teen gets a safe adult
        minor = writer_is_minor([*earlier_texts, text], is_minor_slot)
        return for_the_writer(kind, minor, helping=bool(minor_before or adult_before))
    # "does a threat even count?" after a helper's answer about an adult: threats, for a helper.
    if adult_before and not minor_before and hr.threat_count_asked(kind, text):
        return hr.HELPER_THREAT
    if kind == hr.HELPER_TALK_MAYBE:
        kind = hr.HELPER_TALK if minor_before else (hr.HELPER_OTHER_ADULT if adult_before else None)
    if kind == hr.HELPER_TALK and earlier_topics and earlier_topics[-1] in _TALKED:
        return hr.HELPER_TALK_AGAIN  # never the same answer twice in a row
    if kind == hr.HELPER_OTHER:
        if minor_before:
            return hr.HELPER_MINOR_FIRST
        return hr.HELPER_ADULT_ROUTES if adult_before else hr.HELPER_ADULT
    if kind == hr.HELPER_MINOR_NEXT and minor_before:
        return hr.HELPER_MINOR_FIRST  # the exploitation answer was given: what to do first
    if kind == hr.YOUTH_SEND:
        # Two ages given: the age check answers; an adult's or unknown writer: the classifier.
        ages = parse_ages(text)
        if ages.other_age is not None or len(ages.unassigned) > 1:
            return None
        return kind if writer_is_minor([*earlier_texts, text], is_minor_slot) else None
    # The safety net's and the handoff's own intents keep their answers.
    if (
        kind is None
        and intent not in KEEP | HANDOFF
        and earlier_texts
        and _asks_what_now(intent, text)
        and read_age_correction(text) is None  # "sorry, I meant he's 19" is the age check's
    ):
        if hr.asked_for_images(earlier_texts[-1]):
            return hr.ASKED_NO_IMAGES  # "so what should I do?" after being asked for pics
    return kind


# Kinds read from the message alone that a helper's or a young person's reading replaces: the
# adult victim's "whether to tell them is your choice", the offender side's "for the police to
# decide", the young person's own "am I in trouble", "tell her mom first or the police?" read
# as how to talk to her, and no mark at all.
_REPLACEABLE = frozenset(
    {None, "tell_host_or_landlord", "minors_who_shared_in_trouble", "report_to_police",
     "youth_in_trouble", "youth_no_one_to_tell", "youth_who_is_told", "helped_child_in_trouble",
     "pressured_to_send", hr.HELPER_TALK_MAYBE, "subject_must_report", "consequences_for_them"}
)  # fmt: skip


# Who is writing said again after a child's answer: what they ask is read as a helper's question.
_WHO_SAID = frozenset({hr.HELPER_MINOR_NEXT, hr.HELPER_OTHER})
# Read from the words as the adult victim's own question; after a child's answer, the helper's
# ("should I confront him?", "she asked me to keep it secret, do her parents need to know?",
# "should I warn her parents first?").
_CHILD_HELPER_REPLACEABLE = frozenset({"confront", "home_must_not_know", nq.WARN_BEFORE})


def _follow_up(
    kind: str | None,
    intent: str | None,
    text: str,
    earlier_texts: list[str],
    is_minor_slot: object,
    minor_before: str | None,
) -> str | None:
    """A helper's next question about the child they help, or a young person's next question,
    read with who is writing (assistant/helper_followups.py); None: read as before."""
    if intent in KEEP or not earlier_texts:
        return None
    # "who do I call first? this is about my granddaughter": the order, not the first steps.
    if minor_before and (
        kind in _REPLACEABLE
        or kind in _WHO_SAID
        or kind in _CHILD_HELPER_REPLACEABLE
        or kind == TELL_ANYONE
    ):
        # "his mom or the police, who do I tell first?" from a child's helper: the order.
        return hf.helper_child_kind(text, earlier_texts) or (
            kind if kind in _CHILD_HELPER_REPLACEABLE else None
        )
    if kind not in _REPLACEABLE:
        return None
    if writer_is_minor([*earlier_texts, text], is_minor_slot):
        return hf.youth_kind(text, earlier_texts)
    return None


def _asks_what_now(intent: str | None, text: str) -> bool:
    return bool(_WHAT_NOW.search((text or "").lower())) or (
        intent in WHAT_NOW_INTENTS and len(text.split()) <= 12
    )
