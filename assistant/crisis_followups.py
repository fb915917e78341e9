"""Round 18 kinds 4 and 9 (session 19, helper "crisisfollow"): ordinary questions after a crisis
or check-in answer, fear of a partner's anger, and a sextortion deadline
(tests/simulated-users/2026-12-05-round18, p20, p29, p11, p23, p02).

- Not knowing who sent it ("i dont even know who sent it, can anyone do anything?", "if i dont
  know who airdropped it can police still do something"): got a second crisis message, then the
  legal-advice service's police paragraph. Now: help doesn't wait for a name (police report,
  the IIPS's support and removal requests), what the sources don't say (what police can find
  out, a tribunal claim against someone unknown) and who can tell.
- Fear of a partner's or ex's anger ("im scared hell get angry, hes done stuff before", "should
  i be worried about leaving him? he gets really angry", "he has a temper"): got "Are you safe
  right now?" and unrelated buttons, or "I'd rather not guess". Now: the safety answer
  (assistant/fear_reading.py FEAR_ANGER): safety first, VictimLinkBC, 9-1-1, the threat's routes.
- A sextortion deadline or "what do i do right now" after the demand ("he gave me 1 hour, what
  do i do right now"): got the check-in and the generic youth block. Now: the steps to take now
  (don't pay, stop replying, screenshot then block, keep the messages, tell a safe adult or
  report), fitted to a young writer.
- "is there anyone who can help me get them back / take them down", read as "help now" when
  nothing in it is urgent: the person's question, not the 24/7 lines again (`help_now_misread`).

The crisis and danger answers are never replaced here: the policy asks these readers only for
other intents, and a message that says crisis or danger itself gets the crisis answer from the
safety net. A check-in that only the classifier or the safety model's second opinion asked for
(no crisis or danger wording in the message) is left out before these answers, which give
9-1-1 and 9-8-8 themselves (`check_in_skippable`). Plain Python; the answers are static
(domain/crisis_followups.yml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.fear_reading import fears_anger
from assistant.plain_text import plain_lower

UNKNOWN_SHARER = "unknown_sharer_help"
DEADLINE_NOW = "sextortion_deadline_now"
DEADLINE_NOW_YOUNG = "sextortion_deadline_now_young"
ANSWERS: dict[str, list[str]] = {
    UNKNOWN_SHARER: ["utter_unknown_sharer", "utter_unknown_sharer_next"],
    DEADLINE_NOW: ["utter_sextortion_now", "utter_sextortion_now_next"],
    DEADLINE_NOW_YOUNG: ["utter_sextortion_now_young", "utter_sextortion_now_young_next"],
}
# Asked again right after: the short form, not the same blocks.
AGAIN: dict[str, list[str]] = {
    UNKNOWN_SHARER: ["utter_unknown_sharer_again"],
    DEADLINE_NOW: ["utter_sextortion_now_again"],
    DEADLINE_NOW_YOUNG: ["utter_sextortion_now_young_again"],
}
for _kind, _answer in AGAIN.items():
    ANSWERS[f"{_kind}_again"] = _answer
KINDS = frozenset(ANSWERS)
# The kinds whose answers give 9-1-1 and 9-8-8 themselves: a check-in only the classifier asked
# for is left out before them.
NO_CHECK_IN = frozenset({DEADLINE_NOW, DEADLINE_NOW_YOUNG})
# The safety net's reasons for a check-in that no wording of the message gave (the classifier
# alone, the safety model's second opinion): assistant/nlu/crisis_guard.py.
MODEL_ONLY_REASONS = frozenset({"classifier", "second opinion"})

# --- Not knowing who sent it -----------------------------------------------------------------
_NOT_KNOWING = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|didn'?t|no idea|not sure|never found out|can'?t tell"
    r"|cant tell|have no clue|no clue)\b (?:even |really |actually |yet |at all )?"
    r"(?:know |knew )?(?:who(?! (?:to|i should|should i)\b)|whose)\b"
    r"|\b(?:no ?one|nobody) knows who\b"
    r"|\b(?:without|if i can'?t|if i cannot|if i cant) (?:knowing|identify\w*|find\w*|know\w*)"
    r" (?:who|them|him|her)\b"
    r"|\b(?:anonymous|anon|unknown|random|fake) (?:account|sender|person|number|profile)\b"
)
# Asks whether anyone can act or help.
_ANYONE_ACT = re.compile(
    r"\b(?:can|could|will|would|does|do|is) (?:\w+ ){0,3}?(?:anyone|anybody|someone|somebody"
    r"|police|cops|they|the police|the iips|the service|the government|people)"
    r" (?:\w+ ){0,2}?(?:do|help|act|stop|trace|investigate|find|get|take)\b"
    r"|\b(?:is there|isn'?t there) (?:\w+ ){0,2}?(?:anything|anyone|anybody|something|a way|any way"
    r"|any point|a point)\b"
    r"|\b(?:any|still) (?:point|use)\b|\bstill (?:report|do|get help|go)\b"
    r"|\bcan i (?:still )?(?:report|do anything|do something|get help"
    r"|get (?:it|them) (?:taken|removed))\b"
)
# "how do I find out who did it" is who_did_it.py's; the tribunal against someone unknown is
# legal_follow_ups.py's (CRT_UNKNOWN).
_FIND_OUT = re.compile(r"\b(?:find|figure|work) out who\b|\btrace\b|\bwho(?:'?s| is) behind\b")
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|claim|protection order|sue)\b")


def unknown_sharer(text: str) -> bool:
    """The message says the sender is unknown and asks whether anyone can still act."""
    cleaned = plain_lower(text)
    if not cleaned or not _NOT_KNOWING.search(cleaned) or not _ANYONE_ACT.search(cleaned):
        return False
    return not _FIND_OUT.search(cleaned) and not _TRIBUNAL.search(cleaned)


# --- A sextortion deadline -------------------------------------------------------------------
_DEMAND = re.compile(
    r"\b(?:pay|paid|money|cash|gift ?cards?|bitcoin|crypto|e-?transfer|venmo|ransom|\$\s?\d+"
    r"|\d+ ?(?:dollars|bucks))\b"
    r"|\b(?:unless|or else)\b|\bif i (?:don'?t|dont|do not) (?:pay|send)\b"
    r"|\b(?:wants?|asking for|asks? for|demands?|demanding) (?:me to )?(?:pay |send )?"
    r"(?:\$?\s?\d+|money|cash|more)\b"
    r"|\bor (?:he|she|they)(?:'?ll| will| is gonna| is going to)? (?:post|send|share|leak|show)\w*"
    r"|\bsend (?:him |her |them )?more\b|\bsextort\w*|\bblackmail\w*|\bextort\w*"
)
# A deadline given by the person: "he gave me 1 hour", "i have till midnight", "countdown".
_DEADLINE = re.compile(
    r"\b(?:gave|gives|giving|given) me (?:\w+ ){0,2}(?:hour|hours|hr|hrs|minutes?|mins?|day|days"
    r"|till|until|a deadline)\b"
    r"|\bi (?:only )?(?:have|got|get) (?:an?|one|two|\d+|till|until|a few|a couple(?: of)?)"
    r" ?(?:hour|hours|hr|hrs|minutes?|mins?|midnight|tonight|tomorrow|the end of the day)\b"
    r"|\bi (?:only )?(?:have|got) (?:till|until|til)\b"
    r"|\b(?:deadline|countdown|count down|time limit|timer|clock is ticking)\b"
    r"|\b(?:within|in) (?:the next )?(?:an?|one|two|\d+|a few|a couple(?: of)?) ?(?:hour|hours"
    r"|hr|hrs|minutes?|mins?)\b(?! ago)"
    # Round 29 p13 (roles31): "saying 1 hour or he posts to my insta followers".
    r"|\b(?:an?|one|two|\d+|a few|a couple(?: of)?) ?(?:hour|hours|hr|hrs|minutes?|mins?|days?)"
    r" or (?:else|he|she|they)\b"
)
# A time said with a question or the demand: "pay by midnight or else, what do i do".
_BY_TIME = re.compile(
    r"\b(?:by|before|till|until) (?:tonight|midnight|tomorrow|the morning|\d{1,2} ?(?:am|pm)"
    r"|\d{1,2}:\d\d)\b"
)
# Writing about someone else's case (a parent, a friend, a teacher).
_SOMEONE_ELSE = re.compile(
    r"\bmy (?:\d+ ?(?:year|yr)[ -]?olds? )?(?:son|daughter|kid|kids|child|children|friend"
    r"|sister|brother|student|niece|nephew|grandson|granddaughter|cousin|teen|teenager|boy|girl)\b"
)
_WHAT_NOW = re.compile(
    r"\bwhat (?:do|should|can|shud|must) (?:i|we) (?:do|even do)\b(?:[^.!?]{0,20}"
    r"\b(?:right now|rn|now|asap|immediately|first|this second|before then|in time))?"
    r"|\bwhat (?:do|should) i do\b|\bwhat now\b|\bwhat do i do\b|\bhelp me\b|\bwhat should i\b"
    r"|\bhow do i (?:stop|handle|deal with) (?:this|it|him|her|them)\b"
)
_RIGHT_NOW = re.compile(r"\b(?:right now|rn|asap|immediately|this second|right away)\b")
_STILL_AT_IT = re.compile(
    r"\b(?:still|keeps?|keep on|won'?t stop) (?:messaging|texting|dming|sending|writing|asking"
    r"|threatening|messaging me|texting me|spamming)\b"
)


def deadline_kind(text: str, earlier: list[str], young: bool) -> str | None:
    """The steps to take now, when a demand was told and this message gives a deadline or asks
    what to do right now."""
    cleaned = plain_lower(text)
    if not cleaned:
        return None
    before = " ".join(plain_lower(message) for message in earlier[-6:])
    if not _DEMAND.search(before):
        return None  # a first message with the demand: the sextortion answers
    if _SOMEONE_ELSE.search(" ".join([before, cleaned])):
        return None  # a parent or friend writing: the helper's answers
    asks = bool(_WHAT_NOW.search(cleaned))
    deadline = bool(_DEADLINE.search(cleaned)) or (
        bool(_BY_TIME.search(cleaned)) and (asks or bool(_DEMAND.search(cleaned)))
    )
    asks_now = asks and bool(_RIGHT_NOW.search(cleaned) or _STILL_AT_IT.search(cleaned))
    if not (deadline or asks_now):
        return None
    return DEADLINE_NOW_YOUNG if young else DEADLINE_NOW


# --- "Help now" read where nothing is urgent ---------------------------------------------------
_URGENT = re.compile(
    r"\b(?:now|tonight|today|asap|urgent\w*|immediately|right away|this minute|at night"
    r"|after hours|24 ?/ ?7|24 hours?|24 ?hr|weekend|sunday|saturday|holiday|late|midnight"
    r"|\d ?am|closed|talk to|talk with|speak to|speak with|someone to talk|panick\w*|freaking"
    r"|shaking|overwhelmed|can'?t cope|cant cope|alone|crying|sobbing|hysterical|support)\b"
)
_HELP_WITH = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|who|a service|an agency|any service)"
    r" (?:\w+ ){0,2}?(?:can|could|will|would|that can|that could|to) (?:\w+ ){0,1}?help (?:me )?"
    r"(?:to )?(?:get|take|make|have|remove|delete|stop|force|with (?:this|that|it|the|getting"
    r"|removing|deleting))\b"
)


def help_now_misread(intent: str | None, text: str) -> bool:
    """The classifier read "help now" in a question about one task with nothing urgent in it
    ("is there anyone who can help me get them back from him?")."""
    if intent != "need_help_now":
        return False
    cleaned = plain_lower(text)
    return bool(_HELP_WITH.search(cleaned)) and not _URGENT.search(cleaned)


# The runner-up topic must be at least this sure to be answered instead of "help now".
MIN_RUNNER_UP = 0.05
_NOT_TOPICS = frozenset({"need_help_now", "nlu_fallback", "crisis", "immediate_danger"})


def runner_up_topic(parse_data: Mapping | None, topics: Mapping[str, object]) -> str | None:
    """The best-ranked topic after "help now" that has a main answer, if it is sure enough."""
    for entry in (parse_data or {}).get("intent_ranking") or []:
        name = entry.get("name")
        if name in _NOT_TOPICS:
            continue
        if name in topics and float(entry.get("confidence") or 0.0) >= MIN_RUNNER_UP:
            return name
        return None
    return None


def crisis_followup_kind(
    text: str, earlier: list[str], young: bool, previous_replies: list[str]
) -> str | None:
    """The kind of the latest message, or None; the short form when the same answer was the
    reply just before. `previous_replies`: the bot's actions for the message before."""
    kind = deadline_kind(text, earlier, young)
    if kind is None and unknown_sharer(text):
        kind = UNKNOWN_SHARER
    if kind and ANSWERS[kind][0] in previous_replies:
        return f"{kind}_again"
    return kind


def check_in_skippable(text: str, earlier: list[str], young: bool, check_in: dict | None) -> bool:
    """A check-in that only a model asked for, before an answer that gives 9-1-1 and 9-8-8
    itself (a sextortion deadline's steps)."""
    if not check_in or check_in.get("reason") not in MODEL_ONLY_REASONS:
        return False
    return deadline_kind(text, earlier, young) in NO_CHECK_IN


def fear_check_in_skippable(text: str, check_in: dict | None) -> bool:
    """A check-in that only a model asked for, on fear of a partner's anger: the fear answer
    gives 9-1-1 (and 9-8-8 after it) without a question first."""
    if not check_in or check_in.get("reason") not in MODEL_ONLY_REASONS:
        return False
    return fears_anger(text)
