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

from assistant import (
    age_now,
    fear_reading,
    money_not_shared,
    own_case_kept,
    plain_questions,
    role_followups,
    sharer_charged,
    wrong_topic,
    young_holder,
)
from assistant import helper_followups as hf
from assistant import helper_reading as hr
from assistant import leftover_questions as lq
from assistant import next_questions as nq
from assistant.age_corrections import read_age_correction
from assistant.age_parsing import parse_ages
from assistant.answer_kinds import KEEP, KEEP_FOR_THREATS
from assistant.answer_kinds_specific import CRT_HOW_LONG, LAWYER_NO_PARENTS
from assistant.answer_kinds_what_happens import SCHOOL_TELL
from assistant.eligibility import SHARED, THREATENED
from assistant.outside_bc_context import outside_bc_kind
from assistant.situation_reading import situation_from_text
from assistant.urgent_questions import TELL_ANYONE, WRITER_KINDS, for_the_writer

# A young person spoken of, not the writer ("can a 15 year old", "can she", "my student").
_ABOUT_A_YOUNG_PERSON = re.compile(
    r"\b(?:a|an|the) (?:\d{1,2}[- ]?(?:year|yr)[- ]?olds?|teens?|teenagers?|minors?|kids?|child"
    r"|student|young person)\b|\b(?:can|could|does|do|would|will) (?:she|he|they)\b"
    r"|\bmy (?:student|students|client|clients|daughter|son|niece|nephew)\b"
)
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
ADULT_TOPICS = frozenset(
    {
        hr.HELPER_ADULT,
        hr.HELPER_ADULT_ROUTES,
        hr.HELPER_THREAT,
        hr.HELPER_ADULT_FIRST,
        fear_reading.FEAR_HELPER,
    }
)
WHAT_NOW_INTENTS = frozenset({"route_finder", "nlu_fallback", "ask_what_to_expect"})
_WHAT_NOW = re.compile(
    r"\bwhat (?:should|do|can|would) (?:i|we) (?:even )?do\b|\bwhat now\b|\bwhat do i do\b"
    r"|\bwhat are my options\b|\bwhat can i do\b"
)
ADULT_AGE = hr.ADULT_AGE
HANDOFF = frozenset({"need_help_now", "contact_lawyer"})
# "what should she do first, like tonight?", "what does he do now": the person helped's next step.
_THEIR_NEXT = re.compile(
    r"\bwhat (?:should|does|do|can|could|would) (?:she|he|they|my \w+) (?:\w+ )?do\b"
    r"|\b(?:do|does|should) (?:she|he|they|my \w+) (?:\w+ )?(?:first|tonight|now)\b"
    r"|\bwhat (?:should|do|can) (?:i|we) (?:tell|say to) (?:her|him|them)\b"
    r"|\b(?:first|tonight|right now)\b"
)
# Fear for the person helped: "she is afraid of him", "who can she call for her safety".
_THEIR_FEAR = re.compile(
    r"\b(?:she|he|they)(?:'s| is| are|'re)? (?:very |so |really |too )?(?:afraid|scared"
    r"|frightened|terrified)\b|\b(?:her|his|their) (?:own )?safety\b"
    r"|\bprotect(?:ion)? (?:her|him|them)?\s?from (?:him|her|them)\b"
)
# Kinds the adult helper's next step or fear replaces (none of them speaks to a helper).
_ADULT_HELPER_REPLACEABLE = frozenset(
    {None, hr.HELPER_OTHER, hr.HELPER_ADULT_ROUTES, hr.HELPER_OTHER_ADULT, fear_reading.FEAR}
)


# "would the legal service talk to her without her parents knowing?", "could the lawyer help
# him without his mom": the service asked for a young person without a parent.
_SERVICE_WITHOUT_PARENTS = re.compile(
    r"\b(?:lawyer|legal advice|legal service|the service|advice line|legal line|intake)\b"
    r"[^.!?]{0,60}\bwithout (?:her |his |their |the )?(?:parents?|mom|mum|dad|mother|father"
    r"|guardians?|family)\b"
)
# Kinds a helper's "without her parents?" replaces: how to talk to her, the child's next steps.
# (No mark at all is left to the plain readers: "off instagram? and without her parents?" gets
# both halves there.)
_NO_PARENTS_REPLACES = frozenset(
    {hr.HELPER_TALK_MAYBE, hr.HELPER_TALK, hr.HELPER_MINOR_NEXT, hr.HELPER_OTHER}
)


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


def _threat_told(texts: list[str]) -> bool:
    """A threat, a deadline or a sharing still going on was told in the conversation ("he said
    he'll post it saturday", "he's still posting them")."""
    return any(
        situation_from_text(text) in (SHARED, THREATENED)
        or re.search(
            r"\bthreat|\bblackmail|\bsextort|\bhe said\b|\bshe said\b|\b(?:post|shar|leak"
            r"|upload|spread)(?:s|ed|ing|e)?\b",
            text.lower(),
        )
        for text in texts
    )


def writer_is_adult(texts: list[str], is_minor_slot: object = None) -> bool:
    """The writer said they are 18 or older (latest own age said wins), or the age check did."""
    for text in reversed(texts):
        if age_now.adult_now(text):
            return True
        parsed = parse_ages(text)
        if parsed.self_stated and parsed.age is not None:
            return parsed.age >= ADULT_AGE
    return is_minor_slot is False


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
    # "hes not a kid, he was 19" after the writer's own pictures: the other person's age, never
    # someone helped (round 65 p25); with whether he can be charged asked, that answer.
    if kind in (hr.HELPER_ADULT, hr.HELPER_MINOR) and own_case_kept.sharer_age_told(
        text, earlier_texts
    ):
        asked = [text, *earlier_texts[-1:]]
        return sharer_charged.SHARER_CHARGED if own_case_kept.charge_asked(asked) else None
    # "should I delete it?" after telling of a classmate's image sent to them: never the
    # evidence answer (assistant/young_holder.py).
    held = young_holder.holder_in_context(text.lower(), earlier_texts)
    if held and intent not in KEEP:
        return held
    # "can I sue the host?" after a hidden camera, nothing known shared: the tribunal is for
    # sharing or threats, never "you may be able to ... $75,000" (round 11, p10).
    if intent not in KEEP and money_not_shared.money_not_shared(text, earlier_texts):
        return money_not_shared.MONEY_NOT_SHARED
    minor_before = _recent(earlier_topics, MINOR_TOPICS)
    adult_before = _recent(earlier_topics, ADULT_TOPICS)
    # Round 10: a sharer's parent, a helper whose person won't call, a young person's friend,
    # living with the person: the writer's role told earlier (assistant/role_followups.py).
    role = role_followups.role_kind(
        kind, intent, text, earlier_texts, bool(minor_before), bool(minor_before or adult_before)
    )
    if role:
        return role
    # Round 10 (assistant/wrong_topic.py): "which removal site?" once the images are known to
    # be from under 18; "how do I stop her" after a threat; "what if he posts them anyway" from a
    # young person.
    if (
        intent not in KEEP
        and kind in wrong_topic.UNDER_18_REPLACES
        and wrong_topic.under_18_removal_in_context(text, earlier_texts)
    ):
        return hr.TAKEN_UNDER_18  # "I'm 20 now, Take It Down or StopNCII?": never the 18+ site
    if intent not in KEEP and kind in (None, hr.ASKED_NO_IMAGES):
        if intent not in KEEP_FOR_THREATS and wrong_topic.threat_stop_in_context(
            text, earlier_texts
        ):
            return wrong_topic.THREAT_STOP
        writer_minor = writer_is_minor([*earlier_texts, text], is_minor_slot)
        if wrong_topic.if_posted_for_a_minor(text, intent, writer_minor):
            return wrong_topic.IF_POSTED
    # "can I get money for the harm?" after "I live in Seattle": the tribunal's outside-B.C.
    # caveat, not its B.C. answer (assistant/outside_bc_context.py).
    outside = outside_bc_kind(kind, text, earlier_texts, earlier_topics)
    if outside:
        return outside
    told = [*earlier_texts, text]
    fitted = wrong_topic.age_fitted(
        kind, writer_is_minor(told, is_minor_slot), writer_is_adult(told, is_minor_slot)
    )
    if fitted != kind:
        return fitted
    # "can the legal service talk to her without her parents knowing?" from a child's helper,
    # read first as how to talk to her or the child's next steps (round 11, p13).
    if (
        minor_before
        and intent not in KEEP
        and kind in _NO_PARENTS_REPLACES
        and _SERVICE_WITHOUT_PARENTS.search(text.lower())
    ):
        return lq.YOUNG_CALL_ALONE
    follow_up = _follow_up(kind, intent, text, earlier_texts, is_minor_slot, minor_before)
    if follow_up:
        return follow_up
    helping = bool(minor_before or adult_before)
    # "does a 15 year old need her parents' permission?" from a counsellor: about the young
    # person, never "you can get free legal advice too" (simulated users round 9, p11).
    if kind == LAWYER_NO_PARENTS and (helping or _ABOUT_A_YOUNG_PERSON.search(text.lower())):
        return lq.YOUNG_CALL_ALONE
    if kind == plain_questions.JOB_THREAT and writer_is_minor(
        [*earlier_texts, text], is_minor_slot
    ):
        return plain_questions.JOB_THREAT_YOUTH  # "I'm 17": their age, not "if you're under 18"
    adult_kind = _adult_helper_next(kind, intent, text, adult_before, minor_before)
    if adult_kind:
        return adult_kind
    if (
        kind in _FAST_AGAIN_REPLACES
        and intent not in KEEP
        and nq.crt_fast_again(text.lower(), earlier_texts)
    ):
        # "ok but how fast? he said saturday" after naming the order; right after the answer
        # to it, the same facts in other words.
        again = bool(earlier_topics) and earlier_topics[-1] in {nq.CRT_FAST, nq.CRT_FAST_AGAIN}
        if not again and not _threat_told([*earlier_texts, text]):
            return CRT_HOW_LONG  # round 14 (p23): nothing told, no threat or fear lines
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
        if hr.helped_minor_said(earlier_texts):
            # "its my friend" after "shes 16": her age, said once, still counts (round 22,
            # p12 got the adult's list with StopNCII, which is for 18 or older).
            return hr.HELPER_MINOR
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
    # "hes 24. is that even allowed" right after "my coach keeps asking me for pics": the trust
    # rule and the images rule, never "how old are you?" (round 8).
    if (
        kind is None
        and intent == "check_age_rules"
        and not parse_ages(text.lower()).self_stated
        and not writer_is_minor(earlier_texts, is_minor_slot)
        and any(
            hr.asked_for_images(before) and hr.names_authority(before)
            for before in earlier_texts[-2:]
        )
    ):
        return hr.TRUST_ASKED_ALLOWED
    # "HE IS 10" after a child's answer: the child's age, never the age questions (round 8).
    if minor_before and kind is None and intent == "check_age_rules" and _child_age_only(text):
        return hf.helper_child_kind(text, earlier_texts) or hr.HELPER_MINOR_FIRST
    # "who do I call first? this is about my granddaughter": the order, not the first steps.
    if minor_before and (
        kind in _REPLACEABLE
        or kind in _WHO_SAID
        or kind in _CHILD_HELPER_REPLACEABLE
        or kind == TELL_ANYONE
    ):
        # "his mom or the police, who do I tell first?" from a child's helper: the order.
        # "is there anything else my mom should do tonight?": the child's first steps, never
        # the route questions about "your images" (round 11, p14).
        return hf.helper_child_kind(text, earlier_texts) or (
            kind
            if kind in _CHILD_HELPER_REPLACEABLE
            else hr.HELPER_MINOR_FIRST
            if kind is None and _child_next_asked(intent, text)
            else None
        )
    # "should I call the school or the police? and will the boy get in trouble?" (round 10, p03):
    # the school answer and the other young person's, never only one half.
    if (
        minor_before
        and kind == SCHOOL_TELL
        and hf.helper_child_kind(text, earlier_texts)
        in (
            hf.HELPER_OTHERS_TROUBLE,
            hf.HELPER_OTHERS_TROUBLE_WHO_FIRST,
        )
    ):
        return hf.HELPER_OTHERS_TROUBLE_SCHOOL
    if kind not in _REPLACEABLE:
        return None
    if writer_is_minor([*earlier_texts, text], is_minor_slot):
        return hf.youth_kind(text, earlier_texts)
    return None


def _adult_helper_next(
    kind: str | None,
    intent: str | None,
    text: str,
    adult_before: str | None,
    minor_before: str | None,
) -> str | None:
    """After a helper's answer about an adult: their fear is the helper's safety answer, and
    "what should she do first?" the first step for them, never the route questions about the
    writer's own images (round 8)."""
    if not adult_before or minor_before or intent in KEEP or kind not in _ADULT_HELPER_REPLACEABLE:
        return None
    lowered = (text or "").lower()
    if kind == fear_reading.FEAR or _THEIR_FEAR.search(lowered):
        return fear_reading.FEAR_HELPER
    if intent == "route_finder" or (
        kind is not None or _asks_what_now(intent, text) or _THEIR_NEXT.search(lowered)
    ):
        if _THEIR_NEXT.search(lowered) or intent == "route_finder":
            return hr.HELPER_ADULT_FIRST
    return None


_CHILD_AGE = re.compile(
    r"\b(?:he|she|they|my \w+|the (?:child|kid|boy|girl))(?:'s| is| are|s)? (?:only |just )?"
    r"(1[0-7]|[1-9])\b"
)


# "he's 16 though, isn't that old enough to agree": the age rules asked, the age check answers.
_CONSENT_ASKED = re.compile(
    r"\b(?:agree|consent\w*|allowed|legal|illegal|old enough|ok|okay|fine|law)\b"
)


def _child_age_only(text: str) -> bool:
    """The message gives the child's age (under 18) and no age of the writer's own, and does
    not ask about the age rules."""
    lowered = (text or "").lower()
    parsed = parse_ages(lowered)
    if _CONSENT_ASKED.search(lowered) or parsed.self_stated:
        return False
    return bool(_CHILD_AGE.search(lowered))


# "anything else my mom should do tonight?", "what else can we do?": the next step, asked again.
_ANYTHING_ELSE_TO_DO = re.compile(
    r"\b(?:anything|something|what) else (?:\w+ ){0,3}(?:should|can|could|do|does|must)"
    r" (?:i|we|she|he|they|my \w+|our \w+) (?:\w+ ){0,2}do\b"
    r"|\b(?:anything|something|what) else (?:i|we|she|he|they|my \w+|our \w+) (?:should|can"
    r"|could|must|need to|have to) (?:\w+ )?do\b"
    r"|\bwhat (?:should|does|do|can|could) (?:my|our) (?:mom|mum|dad|mother|father|parents?)"
    r" (?:\w+ )?do\b"
)


def _child_next_asked(intent: str | None, text: str) -> bool:
    """After a child's answer: what to do next, asked by the helper (or of the child's parent)."""
    # From the words only: "could she call the lawyer by herself?" is read as the route finder
    # too, and has its own answer.
    lowered = (text or "").lower()
    return bool(_WHAT_NOW.search(lowered) or _ANYTHING_ELSE_TO_DO.search(lowered))


def _asks_what_now(intent: str | None, text: str) -> bool:
    return bool(_WHAT_NOW.search((text or "").lower())) or (
        intent in WHAT_NOW_INTENTS and len(text.split()) <= 12
    )
