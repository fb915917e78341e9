"""Round 15 kinds 7 and 8, forms (session 16): facts asked again, forms restarting, ages said in
the first message not used, and "which police" when people live in different places.
Plain Python over the conversation's texts; one hook in the InterruptPolicy (`forms_kind`).

- "Vancouver police or Seattle police?", "do I go to Lethbridge police or Nanaimo RCMP?": two
  forces or places asked between: the sources' police facts and what they don't cover
  (`utter_police_where`), never "your local line" with "you don't need police to use the legal
  service" (p05, p32, p33).
- Police asked by someone who lives outside B.C. (just told the service is for people who live
  in B.C.): the police answer without the offer of the legal advice service.
- "am I in trouble if I report?" from a writer aged 12 to 17: they are the one it was done to;
  never "children under 12 cannot be charged" or "the law is strict" (p18, p29, p31).
- Moving to B.C. later ("I move to Victoria next month, could I use the service then?", "not
  yet, I move on the 15th", "I'm asking about after I move"): once you live in B.C. you can
  contact it; the sources don't say whether where it happened matters (p17). Ends the form.
- "would the lawyer even take me if nothing was shared or threatened?": the answer for images
  only held, not the eligibility form asking "shared or threatened?" again (p55).
- A hidden camera with nothing known to be recorded or shared ("is there anything legally I can
  do?"): the answer for a secret recording, not the eligibility form (p07).
- A threat, in a form or after the intake steps: "how do I stop him before the lawyer calls
  back", "what can I do TODAY": what can be done now (the tribunal online 24/7, no fee; the IIPS;
  evidence), not the intake steps or the route questions (p37).
- "what do I do if they say no?" right after the pilot-dates note: the service saying no, so the
  routes that don't depend on it, not a site refusing removal (p01).
"""

from __future__ import annotations

import re

from assistant.home_reading import moves_to_bc
from assistant.leftover_questions import HELD_NOT_SHARED
from assistant.plain_text import plain_lower

POLICE_TWO_PLACES = "police_two_places"
POLICE_OUTSIDE_BC = "police_outside_bc"
YOUNG_IN_TROUBLE = "young_victim_in_trouble"
MOVING_TO_BC = "moving_to_bc_later"
MOVING_TO_BC_AFTER = "moving_to_bc_later_followup"
HELD_QUALIFY = "held_qualify"
CAMERA_NOT_KNOWN = "hidden_camera_not_known"
STOP_NOW = "threat_stop_now"
SERVICE_SAYS_NO = "service_says_no"
HELD_TOLD = "held_only_told"
# Session 19: "why do you need to know" at a form's question: why it is asked, then the question.
WHY_ASKED = "form_why_asked"

ANSWERS: dict[str, list[str]] = {
    WHY_ASKED: ["utter_form_why_asked"],
    POLICE_TWO_PLACES: ["utter_police_where"],
    POLICE_OUTSIDE_BC: ["utter_police_outside_bc"],
    YOUNG_IN_TROUBLE: ["utter_in_trouble_young", "utter_in_trouble_young_help"],
    MOVING_TO_BC: ["utter_moving_to_bc_later", "utter_outside_bc_lines_routes"],
    MOVING_TO_BC_AFTER: ["utter_moving_to_bc_later", "utter_outside_bc_lines_routes"],
    HELD_QUALIFY: ["utter_held_qualify"],
    CAMERA_NOT_KNOWN: ["utter_camera_not_known", "utter_secret_taken_next"],
    STOP_NOW: ["utter_threat_stop_now"],
    SERVICE_SAYS_NO: ["utter_routes_if_service_closed", "utter_routes_if_service_closed_more"],
    HELD_TOLD: ["utter_held_not_shared_order"],
}
KINDS = tuple(ANSWERS)
# Asked again right after its answer ("I'm asking about after I move", "but what can I do
# TODAY"): the point in short, never "my answer just above".
AGAIN: dict[str, list[str]] = {
    MOVING_TO_BC: ["utter_moving_to_bc_later_again"],
    MOVING_TO_BC_AFTER: ["utter_moving_to_bc_later_again"],
    STOP_NOW: ["utter_threat_stop_now_again"],
    # "ok but can anyone actually make him delete them?" right after the answer for images held.
    HELD_TOLD: ["utter_held_not_shared_again"],
    HELD_NOT_SHARED: ["utter_held_not_shared_again"],
}
# No second half added: a camera found after a stay ("they refunded me") asks for no money back.
NO_HALVES = frozenset({CAMERA_NOT_KNOWN})
# Read inside a form too: each ends it (a question about the move, images only held, a camera,
# a threat to stop now: the form's next question does not fit).
IN_FORMS = frozenset({MOVING_TO_BC, MOVING_TO_BC_AFTER, HELD_QUALIFY, CAMERA_NOT_KNOWN, STOP_NOW})

_POLICE = r"(?:police|cops?|rcmp|pd|police department|police station)"
_PLACE = r"(?!(?:the|my|your|our|his|her|their|local|which|what|a|an|or|and|to|go|i)\b)[a-z.]+"
# "Vancouver police or Seattle police", "lethbridge police or nanaimo rcmp", "the police here or
# the police where he lives", "report to Vancouver police from Calgary", "police in BC or here".
_TWO_FORCES = re.compile(
    rf"\b{_PLACE} {_POLICE}\b[^.?!]{{0,30}}\bor\b[^.?!]{{0,25}}\b(?:{_PLACE} {_POLICE}"
    rf"|{_POLICE} (?:in|of|at) [a-z]+"
    r"|(?:here|there|mine|where i live|where (?:he|she|they) lives?))"
    rf"|\b{_POLICE} (?:in|of|at) [a-z.]+\b[^.?!]{{0,30}}\bor\b[^.?!]{{0,25}}"
    rf"(?:\b{_PLACE} {_POLICE}\b|\b{_POLICE} (?:in|of|at|here|there)\b|\bhere\b|\bthere\b)"
    rf"|\b{_PLACE} {_POLICE} from [a-z]+"
    rf"|\b{_POLICE} (?:here|where i live) or (?:there|where (?:he|she|they|my ex) (?:lives?|is))"
    rf"|\b{_POLICE} where (?:he|she|they|my ex) (?:lives?|is) or\b"
    rf"|\b{_POLICE} (?:here|where i live|in [a-z.]+)\b[^.?!]{{0,25}}\bor\b[^.?!]{{0,20}}"
    r"\b(?:there|here|where (?:he|she|they|my ex) (?:lives?|is)|in [a-z.]+)\b"
)
_POLICE_ASKED = re.compile(rf"\b(?:{_POLICE}|report (?:it|him|her|them|this))\b")

# "am I in trouble" from a young writer who is the one it was done to.
_OWN_AGE = re.compile(r"\b(?:i'?m|im|i am) (?:only |just )?(\d{1,2})\b(?! (?:when|then))")

# A move to B.C. still to come and a question about then ("once I move", "after I move",
# "when I live there", "not yet").
_AFTER_MOVE = re.compile(
    r"\b(?:once|after|when|as soon as|by the time) (?:i|we)(?:'m|'re|'ve| am| are| have)?"
    r" (?:move|moved|get there|arrive|arrived|live|living|settle|settled|there|here|in b\.?c)\b"
    r"|\bnot yet\b|\b(?:i|we) move (?:on|in|next)\b|\bmoving (?:on|in|next)\b"
    r"|\babout after (?:i|we)\b|\bafter (?:the|my|our) move\b"
)
# After the move was talked about: "does it matter that he's in Regina?", "would that change
# anything since it happened there?"
_MATTERS = re.compile(
    r"\b(?:does|would|will|could) (?:it|that|this) (?:\w+ )?(?:matter|change|count|make a"
    r" difference)\b"
)
_ASKS = re.compile(r"\?|\b(?:could|can|would|will|does|do|is|am|qualify|matter|asking|use)\b")

# Images only held: "nothing was shared or threatened", "he hasn't shared them or threatened
# anything", "neither", with the lawyer or qualifying asked.
_NOTHING_DONE = re.compile(
    r"\bnothing (?:was |has been |got )?(?:shared|posted|sent)\b"
    r"|\b(?:hasn'?t|has not|hadn'?t|didn'?t|did not|never) (?:\w+ )?(?:shared|posted|sent)"
    r" (?:them|it|anything)\b[^.?!]{0,30}\b(?:or|nor) (?:\w+ )?threat"
    r"|\b(?:not|never|wasn'?t|weren'?t) (?:been )?shared or threatened\b"
    r"|\bneither shared nor threatened\b"
)
# Both denied, as a statement: "he hasn't shared them or threatened anything", "nothing was
# shared or threatened", "he never posted them or threatened to".
_BOTH_DENIED = re.compile(
    r"\b(?:hasn'?t|has not|hadn'?t|didn'?t|did not|never) (?:\w+ )?(?:shared|posted|sent|leaked)"
    r" (?:them|it|anything|any)\b[^.?!]{0,30}\b(?:or|nor) (?:\w+ )?threat"
    r"|\bnothing (?:was |has been |got )?(?:shared|posted|sent) or threatened\b"
    r"|\b(?:not|never|wasn'?t|weren'?t) (?:been )?shared or threatened\b"
    r"|\bneither shared nor threatened\b"
)
_QUALIFY = re.compile(
    r"\b(?:lawyer|legal advice|legal service|the service|free advice|they|them)\b[^.?!]{0,40}"
    r"\b(?:take me|take my case|help me|see me|accept me|work with me)\b"
    r"|\b(?:qualify|eligible|can i (?:still )?(?:use|get|apply))\b"
)

# A hidden camera found, nothing known to be recorded or shared, "what can I do" asked.
_CAMERA = re.compile(
    r"\b(?:hidden|secret|spy|tiny|small|little) (?:\w+ )?camera\b|\bcamera\b[^.?!]{0,40}"
    r"\bhidden\b|\bcamera (?:in|pointed at) (?:the|my) (?:bathroom|shower|bedroom|washroom"
    r"|change room|changing room)\b"
)
_NOT_KNOWN = re.compile(
    r"\b(?:no idea|don'?t know|do not know|not sure|unsure|can'?t tell|no clue|wonder)\b"
    r"[^.?!]{0,30}\b(?:record|film|tap|shar|post|upload|saved|footage|video)"
)
_WHAT_CAN_I_DO = re.compile(
    r"\b(?:anything|what|something)\b[^.?!]{0,20}\b(?:legally )?(?:i|we) (?:can|could|should)"
    r" (?:\w+ )?do\b|\bwhat are my (?:options|rights)\b|\bcan i do anything\b"
    r"|\bwhat (?:can|could|should|do) (?:i|we) (?:\w+ )?do\b"
    r"|\b(?:is|was) (?:that|this|it) (?:legal|illegal|a crime)\b"
)
_SHARED_SAID = re.compile(
    r"\b(?:he|she|they|the host|someone) (?:has |have )?(?:posted|shared|uploaded|sent|leaked)\b"
    r"|\bthreat"
)

# Stopping a threatened posting now: "before the lawyer calls back", "what can I do today",
# "tonight", "right now".
_STOP = re.compile(
    r"\b(?:stop|prevent|keep) (?:him|her|them|it|this)\b|\bmake (?:him|her|them) stop\b"
    r"|\bstop (?:the )?(?:post|shar)"
)
_NOW = re.compile(
    r"\b(?:today|tonight|right now|now|this week|before (?:the|a|my) lawyer|before (?:they|he|she)"
    r" (?:\w+ )?(?:call|get back|contact)|while i wait|in the meantime|meanwhile)\b"
)
_THREAT_TOLD = re.compile(
    r"\bthreat\w*|\b(?:going to|gonna|will|'ll|says? he'?ll|says? she'?ll) (?:\w+ )?"
    r"(?:post|share|send|leak|upload)\b"
)

# "what do I do if they say no" after the pilot-dates note: the service says no.
_THEY_SAY_NO = re.compile(
    r"\b(?:if|when) (?:they|it|the service|the lawyers?|the lawyer service) (?:says? no|say no"
    r"|turns? me down|refuses?|can'?t take me|won'?t take me|don'?t take me|doesn'?t take me"
    r"|are full|is full|'?re full|is closed|'?s closed|are closed)\b"
)
_PERIOD_NOTE = frozenset(
    {"utter_service_period_ended", "utter_service_period_caveat", "action_eligibility_outcome"}
)


def two_places_police(cleaned: str) -> bool:
    """Two police forces or places asked between."""
    return bool(_TWO_FORCES.search(cleaned))


def _own_ages(texts: list[str]) -> list[int]:
    ages = []
    for text in texts:
        for found in _OWN_AGE.finditer(plain_lower(text)):
            ages.append(int(found.group(1)))
    return ages


def young_in_trouble(texts: list[str], young: bool) -> bool:
    """A writer under 18 (and not under 12) asking whether they are in trouble."""
    if not young:
        return False
    return not any(age < 12 for age in _own_ages(texts))


_WHERE = re.compile(
    r"\b(?:in|from|there|where|province|lives?|living|ontario|alberta|quebec|saskatchewan"
    r"|manitoba|out of)\b"
)


def moving_to_bc_asked(cleaned: str, earlier: list[str]) -> bool:
    """A move to B.C. still to come, and a question about then (this message or the last few)."""
    said = moves_to_bc(cleaned) or any(moves_to_bc(plain_lower(t)) for t in earlier[-4:])
    if not said:
        return False
    if moves_to_bc(cleaned):
        return bool(_AFTER_MOVE.search(cleaned) or re.search(r"\bonce i\b|\bthen\b", cleaned))
    return bool(
        (_AFTER_MOVE.search(cleaned) and _ASKS.search(cleaned))
        or re.search(r"^\W*not yet\b", cleaned)
        or (_MATTERS.search(cleaned) and _WHERE.search(cleaned))
    )


def held_qualify(cleaned: str, earlier: list[str]) -> bool:
    """'would the free lawyer take me if nothing was shared or threatened?'"""
    if not _QUALIFY.search(cleaned):
        return False
    return bool(_NOTHING_DONE.search(cleaned))


def neither_said(texts: list[str]) -> bool:
    """The latest message that speaks of sharing or threats says neither happened ("he hasn't
    shared them or threatened anything"): the check does not ask "shared or threatened?" again.
    A sharing, a threat or a doubt said after it wins (the check then reads or asks that)."""
    from assistant.situation_reading import NEITHER, situation_from_text  # no import cycle

    for text in reversed(texts):
        cleaned = plain_lower(text)
        if not cleaned or cleaned.startswith("/"):
            continue
        if _BOTH_DENIED.search(cleaned):
            return True
        if situation_from_text(cleaned) not in (None, NEITHER):
            return False
    return False


def camera_not_known(cleaned: str) -> bool:
    """A hidden camera found, not known whether anything was recorded or shared."""
    return bool(
        _CAMERA.search(cleaned)
        and _NOT_KNOWN.search(cleaned)
        and _WHAT_CAN_I_DO.search(cleaned)
        and not _SHARED_SAID.search(cleaned)
    )


def stop_now(cleaned: str, earlier: list[str]) -> bool:
    """A threat told, and how to stop it now or before the lawyer calls back."""
    if not (_STOP.search(cleaned) and _NOW.search(cleaned)):
        return False
    return bool(
        _THREAT_TOLD.search(cleaned) or any(_THREAT_TOLD.search(plain_lower(t)) for t in earlier)
    )


# Money or a demand named: blackmail, whatever else is denied.
_DEMAND = re.compile(r"\b(?:pay|paid|money|cash|send (?:him |her |them )?more|unless|or else)\b|\$")


def held_told(cleaned: str) -> bool:
    """'he never posted them or threatened to, I just want them gone': images only held, both
    denied, no demand (p55: read as blackmail or as taking back consent)."""
    return bool(_BOTH_DENIED.search(cleaned)) and not _DEMAND.search(cleaned)


def service_says_no(cleaned: str, previous_actions: list[str]) -> bool:
    return bool(_THEY_SAY_NO.search(cleaned)) and bool(_PERIOD_NOTE & set(previous_actions))


_WHY_ASKED = re.compile(
    r"^(?:(?:but|and|um|umm|ok|okay|wait|hmm|sorry)[,.]? )*(?:why (?:do|would|are|did|does)"
    r" (?:you|u|it|this) (?:need|want|wanna|ask|asking|have)(?: to)?(?: know| ask)?(?: that| this"
    r"| it| me that)?|why does (?:that|it|this|where i live|my age) matter|why (?:the|these|all"
    r" these|so many) questions|what does (?:that|it|this) (?:have to do|matter)|why is that"
    r" (?:needed|important)|whats that got to do with|what'?s that got to do with)\b"
)


def why_asked(cleaned: str) -> bool:
    """ "why do you need to know", "why does that matter" at a form's question."""
    return bool(_WHY_ASKED.search(cleaned))


def forms_kind(
    text: str,
    earlier: list[str],
    kind: str | None,
    previous_actions: list[str],
    home_not_bc: bool,
    young: bool,
    loop: str | None,
    in_trouble_kinds: frozenset[str],
    police_asked: bool,
) -> str | None:
    """The kind of one of these messages, or None. `kind` is the one read so far;
    `police_asked`: that kind, or the topic, is the police answer."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    if moving_to_bc_asked(cleaned, earlier):
        # Said in this message, or inside a form: over any kind. A follow-up after the move was
        # told: only over no kind (a reader's own answer, where it happened or a waiting time,
        # is more specific).
        return MOVING_TO_BC if moves_to_bc(cleaned) or loop else MOVING_TO_BC_AFTER
    if held_qualify(cleaned, earlier):
        return HELD_QUALIFY
    if camera_not_known(cleaned):
        return CAMERA_NOT_KNOWN
    if stop_now(cleaned, earlier):
        return STOP_NOW
    if loop and why_asked(cleaned):
        return WHY_ASKED
    if loop:
        return None
    if held_told(cleaned):
        return HELD_TOLD
    if kind in in_trouble_kinds and young_in_trouble([*earlier, text], young):
        return YOUNG_IN_TROUBLE
    if _POLICE_ASKED.search(cleaned) and two_places_police(cleaned):
        return POLICE_TWO_PLACES
    if home_not_bc and police_asked:
        return POLICE_OUTSIDE_BC
    if service_says_no(cleaned, previous_actions):
        return SERVICE_SAYS_NO
    return None
