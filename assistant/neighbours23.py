"""Round 22 kind 1 (neighbours23): a plain follow-up answered with a neighbouring topic's block.
Each reader answers the point asked, in the conversation's context, from the sources, or says
that the sources are silent and who can answer.

- breaking a lease over a hidden camera (p10 T3): housing is not in the sources; the safety and
  reporting lines (`utter_lives_with_person`), never the fear block alone.
- what to do with printed copies, keep one as proof (p11 T2-T3): the sources say nothing about
  paper copies; what they say about evidence, and who to ask before anything is thrown out.
- "how do I make sure he doesn't send it to anyone else" (p18 T4): the removal and stop-sharing
  routes (`utter_stop_spread`), never the consent definition.
- "how would I find out if it's going around" (p30 T2): the find-out answer, with the under-18
  removal tools for a young writer, never "you don't have to tell your parents".
- a young writer threatened: "can I make him stop", "a restraining order?" (p26 T3-T4): the
  tribunal's protection order for threats (who applies for someone under 18 is not said), the
  IIPS, police, a safe adult, Kids Help Phone.
- a sibling asking whether to tell the parents a child begged them not to (p21 T3): the
  tell-a-safe-adult answer, never how to talk to the child again.
- "should we tell a teacher" about a friend's images (p12 T3): a teacher or counsellor as the
  safe adult, what a school does is not said; never the sextortion steps.

Called by InterruptPolicy._direct_answer first in its block: outside forms, never for a safety
intent, never on a first message. Plain functions; responses in domain/neighbours23.yml.
"""

from __future__ import annotations

import re

from assistant import fear_reading, next_questions, route_form_gate
from assistant.plain_text import plain_lower

LEASE = ["utter_lives_with_person", "utter_lives_with_person_next"]
PRINTED = ["utter_printed_evidence", "utter_printed_evidence_more"]
STOP_SENDING = ["utter_stop_spread", "utter_stop_spread_more"]
FIND_OUT = ["utter_find_out_online"]
FIND_OUT_YOUNG = ["utter_find_out_online", "utter_removal_young"]
YOUNG_STOP = ["utter_young_make_stop", "utter_young_make_stop_help"]
TELL_PARENTS = ["utter_child_tell_report"]
TELL_TEACHER = ["utter_tell_teacher", "utter_tell_teacher_friend"]
# Round 24 (p26, who25): a young writer asking about their own images: spoken to them, never
# "It's her choice too ... she can come with you" (that is for a friend's images).
TELL_TEACHER_OWN = ["utter_tell_teacher", "utter_tell_teacher_own"]
# Asked again right after its answer: the short form, never one block twice in a row.
AGAIN = {
    "utter_lives_with_person": ["utter_lease_again"],
    "utter_printed_evidence": ["utter_printed_evidence_again"],
    "utter_young_make_stop": ["utter_young_make_stop_again"],
    "utter_child_tell_report": ["utter_child_tell_parents_again"],
    "utter_tell_teacher": ["utter_tell_teacher_again"],
}
# Every action these readers send (the policy checks that the domain has them).
ACTIONS = sorted(
    {
        name
        for seq in (LEASE, PRINTED, STOP_SENDING, FIND_OUT_YOUNG, YOUNG_STOP, TELL_PARENTS)
        for name in seq
    }
    | {name for seq in (TELL_TEACHER, *AGAIN.values()) for name in seq}
)

_ASKS = re.compile(
    r"\?|\b(?:can|could|should|shall|do|does|will|would|is|am|how|what|where)"
    r" (?:i|we|he|she|they|you|it|there)\b|\bwhat do i\b|\bwhat i do\b"
)

# --- a lease ----------------------------------------------------------------------------
_LEASE = re.compile(r"\b(?:lease|tenancy|rental agreement|break (?:my|the|our) rent\w*)\b")
_MOVE = re.compile(
    # Not a bare "leave": "leave it there for the cops" is about the camera (p10 T2).
    r"\b(?:move out|moving out|break (?:my|the|our) lease|end (?:my|the) lease|get out of here"
    r"|leave (?:here|this place|the (?:place|suite|apartment|house|unit|building)|my (?:place"
    r"|suite|apartment|unit)))\b"
)
_LANDLORD = re.compile(r"\b(?:landlord|landlady|basement suite|rent|renting|tenant)\b")


def lease_asked(text: str, earlier: list[str]) -> bool:
    """A lease or moving out asked, with a landlord told now or in the last 4 messages."""
    cleaned = plain_lower(text)
    if not _ASKS.search(cleaned):
        return False
    if _LEASE.search(cleaned):
        return True
    recent = " ".join(plain_lower(said) for said in earlier[-4:])
    return bool(_MOVE.search(cleaned) and _LANDLORD.search(f"{recent} {cleaned}"))


# --- printed copies -----------------------------------------------------------------------


def printed_asked(text: str, earlier: list[str]) -> bool:
    """'ask for them back or keep one as proof', 'what do I do with the actual printouts':
    printed copies told in the last 4 messages. Narrow: the printed-copies readers
    (evidence, torn down, thrown out) answer the other wordings."""
    cleaned = plain_lower(text)
    recent = " ".join(plain_lower(said) for said in earlier[-4:])
    if not re.search(r"\bprint", f"{recent} {cleaned}"):
        return False
    return bool(
        re.search(r"\b(?:ask|get) (?:for )?(?:them|it|the \w+) back\b[^.!?]{0,20}\bor\b", cleaned)
        or re.search(r"\bkeep (?:one|a copy|some) (?:as|for) (?:proof|evidence)\b", cleaned)
        or re.search(
            r"\bwhat (?:do|should|am) i (?:supposed to )?do with (?:the|these|those) (?:actual )?"
            r"(?:print ?outs|paper (?:copies|ones)|hard copies|physical copies)\b",
            cleaned,
        )
    )


# --- stop him sending it to more people ---------------------------------------------------
_STOP_SENDING = re.compile(
    r"\b(?:make sure|stop|keep|prevent|ensure|so)\b[^.!?]{0,30}"
    r"\b(?:send|sending|sends|share|sharing|shares|post|posting|forward\w*|show\w*|spread\w*)\b"
    r"[^.!?]{0,30}\b(?:any ?one else|any ?body else|more people|other people|others|any more"
    r" people|again|anymore|everyone else|someone else)\b"
)


def stop_sending_asked(text: str) -> bool:
    """'how do I make sure he doesn't send it to anyone else' (a way asked)."""
    cleaned = plain_lower(text)
    return bool(_STOP_SENDING.search(cleaned) and _ASKS.search(cleaned))


# --- find out if it's going around --------------------------------------------------------
_GOING_AROUND = re.compile(
    r"\b(?:find out|know|tell|check|see|be sure)\b[^.!?]{0,40}\b(?:going around|getting around"
    r"|being passed around|passed around|circulating|spreading|being sent around|out there)\b"
)


def going_around_asked(text: str) -> bool:
    cleaned = plain_lower(text)
    return bool(
        (_GOING_AROUND.search(cleaned) and re.search(r"\bhow\b|\bis there a way\b", cleaned))
        or next_questions.find_online(cleaned)
    )


# --- a young writer: make him stop ---------------------------------------------------------
_MAKE_STOP = re.compile(
    r"\b(?:make|get|force) (?:him|her|them|my ex|my bf|my gf|this guy) (?:to )?(?:stop|leave me"
    r" alone|back off|quit)\b|\brestraining order\b|\bprotection order\b|\bno[- ]contact order\b"
    r"|\bpeace bond\b|\blegally (?:make|stop|get)\b|\bstop (?:him|her|them) legally\b"
)
_THREAT = re.compile(
    r"\bthreat\w*|\bgonna (?:send|post|share|leak)|\bgoing to (?:send|post|share|leak)"
    r"|\bsays? (?:he|she)(?:'ll| will| is gonna)|\btexting me\b|\bwon'?t stop\b|\bkeeps? (?:texting"
    r"|messaging|calling)"
)


def young_make_stop(text: str, earlier: list[str], is_minor: object) -> bool:
    """A young writer, threatened or harassed, asks how to make him stop or for an order."""
    cleaned = plain_lower(text)
    said = [*earlier, text]
    if not _MAKE_STOP.search(cleaned) or not _ASKS.search(cleaned):
        return False
    if not route_form_gate.young_now(said, is_minor):
        return False
    return bool(_THREAT.search(" ".join(plain_lower(one) for one in said[-5:])))


# --- a sibling: tell our parents? ---------------------------------------------------------
_PARENTS = re.compile(r"\b(?:parents?|mom|mum|dad|mother|father)\b")
_TELL_THEM = re.compile(
    r"\b(?:should|do|shall|can) i (?:\w+ )?tell (?:them|our|my|her|his|the)\b"
    r"|\btell (?:them|our parents) or\b"
)
_SIBLING = re.compile(
    r"\bmy (?:little |younger |baby |big |older |kid |step ?)?(?:sister|brother|sis|bro|cousin)\b"
    r"|\bi'?m (?:her|his) (?:older |big )?(?:brother|sister|cousin)\b"
)


def tell_parents_asked(text: str, earlier: list[str]) -> bool:
    """A sibling or cousin asks whether to tell the parents about a child (told earlier)."""
    cleaned = plain_lower(text)
    recent = " ".join(plain_lower(said) for said in earlier[-6:])
    return bool(
        _TELL_THEM.search(cleaned)
        and _PARENTS.search(cleaned)
        and _SIBLING.search(recent)
        and not re.search(r"\bmy (?:son|daughter|child|kid)\b", recent)
    )


# --- tell a teacher ------------------------------------------------------------------------
_TEACHER = re.compile(
    r"\b(?:should|shud|shld|shall|do|can|could) (?:we|i|she|he) (?:\w+ )?"
    r"(?:tell|talk to|go to|report (?:it )?to) (?:a|the|our|my|her|his)"
    r" (?:teacher|school|counsel+or|principal|vp"
    r"|vice principal)"
)
_CONSEQUENCE = re.compile(r"\b(?:get in trouble|be charged|get charged|arrested|expelled)\b")


# The writer's own image told ("i sent a pic to my bf", "my nudes"), no one else's.
_OWN_IMAGE = re.compile(
    r"\bi (?:sent|took|made) (?:a|my|him|her|them|some|the)\b"
    r"|\bmy (?:pics?|pictures?|photos?|nudes?|images?|videos?)\b"
    r"|\b(?:pics?|pictures?|photos?|nudes?|images?|videos?) of me\b"
)
_SOMEONE_ELSES = re.compile(
    r"\b(?:my friend'?s?|her|his|their) (?:pics?|pictures?|photos?|nudes?|images?|videos?)\b"
    r"|\b(?:pics?|pictures?|photos?|nudes?|images?|videos?) of (?:her|him|my friend|a girl|a boy)\b"
    r"|\bmy (?:friend|sister|brother|cousin|bff)\b"
)


def own_images_told(earlier: list[str]) -> bool:
    """The writer told of their own images (last six messages), and of no one else's."""
    said = " ".join(plain_lower(t) for t in earlier[-6:])
    return bool(_OWN_IMAGE.search(said) and not _SOMEONE_ELSES.search(said))


def tell_teacher_asked(text: str) -> bool:
    """'should we tell a teacher (or something)?' - not 'will he get in trouble if I tell'."""
    cleaned = plain_lower(text)
    return bool(_TEACHER.search(cleaned) and not _CONSEQUENCE.search(cleaned))


def _again(answer: list[str], previous: list[str]) -> list[str] | None:
    """Asked again right after: the short form; the short form said too: nothing (as before)."""
    first = answer[0]
    again = AGAIN.get(first)
    if again and again[0] in previous:
        return None  # asked a third time: the readers after these answer (p26 T5)
    if first not in previous:
        return answer
    return again


def follow_up(
    text: str, earlier: list[str], previous: list[str], is_minor: object = None
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before). Outside forms only."""
    if not earlier or not text:
        return None
    # Only where the fear block would take it (p10 T3); other lease questions keep their readers.
    if lease_asked(text, earlier) and fear_reading.fears_the_person(text):
        return _again(LEASE, previous)
    if printed_asked(text, earlier):
        return _again(PRINTED, previous)
    if young_make_stop(text, earlier, is_minor):
        return _again(YOUNG_STOP, previous)
    if tell_parents_asked(text, earlier):
        return _again(TELL_PARENTS, previous)
    if tell_teacher_asked(text):
        return _again(TELL_TEACHER_OWN if own_images_told(earlier) else TELL_TEACHER, previous)
    if stop_sending_asked(text):
        return None if STOP_SENDING[0] in previous else STOP_SENDING
    if going_around_asked(text) and FIND_OUT[0] not in previous:
        young = route_form_gate.young_now([*earlier, text], is_minor)
        return FIND_OUT_YOUNG if young else FIND_OUT
    return None
