"""The halves of a message its answer dropped (issue 16, simulated users round 14, kind 3).
Plain Python, no Rasa imports. These extend the second halves of `unanswered.second_half`
(round 11): it cuts the message into its parts and adds each half's answer in the order asked;
this module reads the new halves and fits their answers to who is writing.

- "how do I get it off the forum", "I just want the pics gone": the removal answer for the
  writer's age (under 18 now: the under-18 tools; an adult now with no under-18 images said:
  no under-18 lines; a child's helper: the helper's removal lines).
- "how do I even talk to her about this" with a child in the story: how to support a child.
- "do I need a lawyer to file?" with the tribunal named: the tribunal-and-lawyer answer.
- "is that enough evidence?": keep it; the sources don't say how much is enough.
- "should I phone his parents now or wait?": the sources don't say; what helps now.
- "I already deleted the chat": what can still be kept.
- "he checks my phone every night" told beside a threat: the short phone-safety lines.
- "will he still post it?": nobody can say; the steps that help either way.
- "and can he get the gift card money back?": the sources don't say; police, the lawyer.

`ALONE`: the halves also asked on their own (skipped_questions.py reads them as its kinds).

`TOPIC_ANSWERS`: a topic the rules answer (the removal question, a threat told) gets its answer
here when a half is added to it, so the rules' answer and the half come in one turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

REMOVAL = "half_removal"
TALK_TO_CHILD = "half_talk_to_child"
CRT_LAWYER = "half_crt_lawyer"
EVIDENCE_ENOUGH = "half_evidence_enough"
PARENTS_NOW_OR_WAIT = "half_parents_now_or_wait"
ALREADY_DELETED = "half_already_deleted"
WATCHED_PHONE = "half_watched_phone"
WILL_POST = "half_will_post"
MONEY_BACK = "half_money_back"

REMOVAL_ANY_AGE = ["utter_image_removal", "utter_image_removal_youth"]
REMOVAL_ADULT = ["utter_image_removal"]
REMOVAL_YOUNG = ["utter_removal_young"]
REMOVAL_HELPER_CHILD = ["utter_helper_minor_removal"]

# Each half's answer (the removal's is fitted, see `answers`); listed so the policy's training
# check finds them in the domain.
ANSWERS: dict[str, list[str]] = {
    REMOVAL: REMOVAL_ANY_AGE,
    TALK_TO_CHILD: ["utter_helper_talk"],
    CRT_LAWYER: ["utter_crt_lawyer"],
    EVIDENCE_ENOUGH: ["utter_evidence_enough"],
    PARENTS_NOW_OR_WAIT: ["utter_parents_now_or_wait"],
    ALREADY_DELETED: ["utter_already_deleted"],
    WATCHED_PHONE: ["utter_watched_phone"],
    WILL_POST: ["utter_will_they_post"],
    MONEY_BACK: ["utter_money_back"],
}

# A main answer that already says the half: it is not added again.
_SAYS_IT: dict[str, frozenset[str]] = {
    REMOVAL: frozenset(
        {
            "utter_image_removal",
            "utter_image_removal_youth",
            "utter_removal_young",
            "utter_helper_minor_removal",
            "utter_platform_removal",
            "utter_platform_off",
            "utter_faster_removal",
            "utter_posts_anyway",
            "utter_if_threat_carried_out",
            "utter_stop_paying_posts",
            "utter_already_sent_youth",
            "utter_resources_removal",
            "utter_friend_of_minor_removal",
            # Images only held: their answer says what can get them deleted (session 15).
            "utter_held_not_shared",
            "utter_held_not_shared_order",
            "utter_held_only_order",
            "utter_held_help",
            # Images taken under 18: Take It Down, Cybertip.ca, the IIPS (round 15, p26); what
            # the removal tools cost, asked right after (the tools were just named).
            "utter_images_taken_under_18",
            "utter_removal_cost_notice",
        }
    ),
    # The sharer's parent's own answer covers it: never the victim's "not your fault" (merge).
    TALK_TO_CHILD: frozenset(
        {"utter_helper_talk", "utter_helped_child_talk", "utter_own_child_talk"}
    ),
    CRT_LAWYER: frozenset({"utter_crt_lawyer"}),
    EVIDENCE_ENOUGH: frozenset({"utter_evidence", "utter_bring_to_police"}),
    PARENTS_NOW_OR_WAIT: frozenset({"utter_child_tell_report", "utter_helper_minor_tell_parents"}),
    MONEY_BACK: frozenset({"utter_money_paid_back", "utter_money_back"}),
    ALREADY_DELETED: frozenset({"utter_delete_other_chat"}),
    WATCHED_PHONE: frozenset(
        {"utter_device_trace", "utter_device_trace_next", "utter_phone_checked"}
    ),
    WILL_POST: frozenset(
        {
            "utter_send_if_block",
            "utter_posts_anyway",
            "utter_stop_paying_posts",
            "utter_if_threat_carried_out",
        }
    ),
}

# The rules' topics that can carry a half, with the rules' answer (the removal's is fitted to
# who is writing, see `topic_answer`): a threat told with "he checks my phone" (p27).
TOPIC_ANSWERS: dict[str, list[str]] = {
    "ask_image_removal": REMOVAL_ANY_AGE,
    "inform_threatened": ["utter_threats_covered", "utter_threats_routes"],
    "inform_shared": ["action_shared_next"],
    "ask_is_it_crime": ["utter_is_it_crime", "utter_is_it_crime_more"],
    "ask_evidence": ["utter_evidence", "utter_evidence_more"],
}


@dataclass(frozen=True)
class Writer:
    """What the conversation said of who is writing and whose images these are."""

    young: bool = False  # the writer said they are under 18 now
    adult: bool = False  # an adult now, no image from under 18 said
    child_helped: bool = False  # writing for a child under 18
    texts: list[str] = field(default_factory=list)  # the messages before, oldest first


_REMOVAL = re.compile(
    r"\b(?:get|getting|take|taking|have|make) (?:it|them|this|those|these|the \w+|my \w+)"
    r" (?:\w+ )?(?:off|down|removed|taken down|taken off|deleted)\b"
    r"|\b(?:get|take|getting|taking) (?:it|them|the \w+) (?:off|down) (?:of |from )?\w+"
    r"|\b(?:want|need) (?:it|them|the \w+|my \w+|those \w+) (?:gone|removed|taken down|down"
    r"|deleted)\b"
    r"|\bremov(?:e|ed|ing|al)\b[^.?!]{0,25}\b(?:pics?|pictures?|photos?|images?|videos?|nudes?"
    r"|it|them|post)\b"
)
_TALK = re.compile(
    r"\bhow (?:do|can|should|would) (?:i|we) (?:even |best |ever )?(?:talk|speak) (?:to|with)"
    r" (?:her|him|them|my (?:daughter|son|child|kid|grandson|granddaughter))\b"
    r"|\bhow (?:do|can|should) (?:i|we) (?:best )?(?:support|comfort|help) (?:her|him|them"
    r"|my (?:daughter|son|child|kid|grandson|granddaughter))\b"
    # "how do I help her get them removed" asks the removal, not how to talk with her
    r"(?! (?:get|with|to|remove|take|report|find|file|apply|make|delete|stop)\b)"
    r"|\bwhat (?:do|should|can) (?:i|we) say to (?:her|him|them|my \w+)\b"
)
_CHILD = re.compile(
    r"\b(?:my|our) (?:daughter|son|child|kid|grandson|granddaughter|niece|nephew|little"
    r" (?:sister|brother)|stepdaughter|stepson)\b"
)
_UNDER_18_AGE = re.compile(
    r"\b(?:is|s|she'?s|he'?s|aged?|only|just) (?:only |just )?(?:1[0-7]|[4-9])\b"
    r"|\b(?:1[0-7]|[4-9])[- ]?(?:years?|yrs?|y/?o)\b|\bgrade \d\b|\b(?:at|in) (?:her|his) school\b"
)
_NEED_LAWYER = re.compile(
    r"\b(?:do|would|will) (?:i|we) (?:need|have to (?:have|get|hire)|require) (?:a |an |my own )?"
    r"(?:lawyer|legal rep\w*)\b"
    r"|\b(?:can|could) (?:i|we) (?:do|file|apply|make (?:a|the) claim)\b[^.?!]{0,20}\bwithout"
    r" (?:a )?lawyer\b"
)
_TRIBUNAL = re.compile(r"\b(?:crt|tribunal|civil resolution|solution explorer|file|claim)\b")
_ENOUGH_EVIDENCE = re.compile(
    r"\b(?:is|are|will|would) (?:that|this|it|those|these|they|photos?|pictures?|screenshots?)"
    r" (?:be )?(?:enough|sufficient|good enough)(?: as)?(?: evidence| proof)?\b"
    r"|\b(?:enough|sufficient) (?:evidence|proof)\b"
    r"|\b(?:does|do|would|will) (?:that|this|it|those|these) (?:count|work) as (?:evidence|proof)\b"
)
_PARENTS_NOW = re.compile(
    r"\b(?:phone|call|tell|text|contact|inform|wake)\w* (?:his|her|their|the) (?:parents?|mom|mum"
    r"|dad|mother|father)\b[^?]{0,40}\b(?:now|wait|until|till|tonight|right away)\b"
)
_DELETED = re.compile(
    r"\bi (?:\w+ and )?(?:already |just |accidentally |kinda |even )?(?:deleted|erased"
    r"|removed|cleared) (?:the|my|all the|all my|his|her|their) (?:chat|chats|convo"
    r"|conversation|messages|dms?|texts?|account|snaps?|thread)\b(?! with (?:you|this))"
    r"|\bi (?:already |just )?(?:blocked and deleted|deleted (?:it|everything|them))\b"
)
_WATCHED = re.compile(
    r"\b(?:checks?|goes? through|looks? (?:at|through)|reads?|watches) my (?:phone|texts"
    r"|messages|laptop|computer)\b"
)

# "will he still post it?", "is she going to share them anyway": nobody can say; what helps.
_WILL_POST = re.compile(
    r"\b(?:will|would|is|are|could) (?:he|she|they|the guy|this guy|my ex)"
    r" (?:still |actually |really |even |just )?(?:going to |gonna )?(?:post|share|send|leak"
    r"|spread|upload|put) (?:it|them|those|these|my \w+|the \w+)\b"
    # "will they share it with my parents?" asks who is told, not whether it gets posted.
    r"(?! with (?:my |the |your )?(?:parents?|mom|mum|dad|police|school|family|anyone|lawyer))"
)

# "can he get the gift card money back?", "any way to get a refund": paid money back.
_MONEY_BACK = re.compile(
    r"\b(?:get|getting|have) (?:the |my |his |her |our |that |this )?(?:\w+ ){0,2}(?:money"
    r"|cash|\$ ?\d+|\d+ (?:dollars|bucks)) back\b|\brefund\w*\b"
)

_TIME_ENOUGH = re.compile(r"\b(?:hours?|time|advice|sessions?|appointments?)\b")
_EVIDENCE_WORDS = re.compile(
    r"\b(?:evidence|proof|screenshots?|screen shots?|photos?|pictures?|pics?|messages?|texts?"
    r"|recordings?|logs?)\b"
)

# Each half: its pattern, and whether the conversation makes it this half's (see `fits`).
HALVES: list[tuple[re.Pattern[str], str]] = [
    (_REMOVAL, REMOVAL),
    (_TALK, TALK_TO_CHILD),
    (_NEED_LAWYER, CRT_LAWYER),
    (_ENOUGH_EVIDENCE, EVIDENCE_ENOUGH),
    (_PARENTS_NOW, PARENTS_NOW_OR_WAIT),
    (_DELETED, ALREADY_DELETED),
    (_WATCHED, WATCHED_PHONE),
    (_WILL_POST, WILL_POST),
    (_MONEY_BACK, MONEY_BACK),
]


# Asked on their own they got "I'd rather not guess" or the evidence block (round 14).
ALONE = (ALREADY_DELETED, EVIDENCE_ENOUGH, PARENTS_NOW_OR_WAIT)


def alone_kind(cleaned: str, writer: Writer) -> str | None:
    """One of `ALONE` read from the whole message, or None (a message asking more keeps the
    other question's answer, with this one as its half)."""
    if not one_question(cleaned):
        return None
    for pattern, half in HALVES:
        if half in ALONE and pattern.search(cleaned) and fits(half, cleaned, cleaned, writer):
            return half
    return None


def fits(half: str, part: str, whole: str, writer: Writer) -> bool:
    """Whether the conversation makes this the half's reading: a child for the talk, the
    tribunal for the lawyer, a story told before for a deleted chat."""
    said = [*writer.texts[-4:], whole]
    if half == TALK_TO_CHILD:
        return writer.child_helped  # an adult daughter's helper has answers of their own
    if half == CRT_LAWYER:
        return any(_TRIBUNAL.search(text) for text in said[-3:])
    if half == ALREADY_DELETED:
        return bool(writer.texts)  # "the chat" is the one with the person only after a story
    if half == EVIDENCE_ENOUGH:
        # Round 18 (p22): "3 hours, is that enough ... or is it just advice?" is the lawyer's
        # time, not evidence (misread_followups.py): no "how much evidence is enough" block.
        return not (_TIME_ENOUGH.search(part) and not _EVIDENCE_WORDS.search(whole))
    return True


def answers(half: str, writer: Writer) -> list[str]:
    """The half's responses, the removal fitted to who is writing."""
    if half == REMOVAL:
        return removal_answer(writer)
    return ANSWERS[half]


def topic_answer(topic: str, writer: Writer, previous: list[str] | None = None) -> list[str]:
    """The rules' answer to this topic, the removal fitted to who is writing. The removal asked
    again right after a half gave it ("ok but how do I get it off the forum"): the platform's
    own reporting, not the same block."""
    if topic != "ask_image_removal":
        return TOPIC_ANSWERS[topic]
    fitted = removal_answer(writer)
    if previous and fitted[0] in previous:
        young = writer.young or writer.child_helped
        return ["utter_platform_removal"] if young else ["utter_platform_off"]
    return fitted


_QUESTION = re.compile(
    r"\b(?:and|also|plus|but)\s+(?:is|are|can|could|will|would|should|do|does|how|what|who"
    r"|where|when)\b"
)


def one_question(cleaned: str) -> bool:
    """The message asks one thing: a half asked alone is its whole answer only then."""
    return cleaned.count("?") <= 1 and not _QUESTION.search(cleaned)


def removal_answer(writer: Writer) -> list[str]:
    """The removal answer for the writer: a child's helper, a young writer, an adult, or both
    age branches when no age was said."""
    if writer.child_helped:
        return REMOVAL_HELPER_CHILD
    if writer.young:
        return REMOVAL_YOUNG
    if writer.adult:
        return REMOVAL_ADULT
    return REMOVAL_ANY_AGE


def says_it(half: str, sequence: list[str]) -> bool:
    """The main answer already gives this half."""
    return bool(set(sequence) & (_SAYS_IT.get(half, frozenset()) | set(ANSWERS[half])))


def child_in_story(texts: list[str]) -> bool:
    """A child under 18 the writer is helping: "my daughter is 13", "my son ... at his school"."""
    return any(_CHILD.search(text) and _UNDER_18_AGE.search(text) for text in texts)
