"""Round 21 (reasks22), kinds 2 and 8: a re-ask is never an ending, "see above" only when it
was above, the online routes for someone who won't phone, and not police when they said so.

- A message that says the last answer missed something ("thanks but you didn't say the cost",
  "you never told me whether my age matters", "that's not what I asked", "I'm asking about
  the police") is no thank-you and no goodbye. The classifier reads the thing it names
  (`text_for_classifier`, used by assistant/nlu/weakened_wording.py), so that thing's topic
  answers. When the reply would still be a close, "anything else?", the stock "My answer
  just above" or a block the turn before sent, the InterruptPolicy sends the topic's own
  answer if the turn before did not send it, or else `REASK_NOT_COVERED`: the information
  doesn't say more on that, with a next step (`replacement`).
- "My answer just above" only when the topic's answer was really above: the policy checks
  that the rules' answer to the topic was among the replies of the turn before.
- Removal asked by someone who said they can't or won't phone anyone (here or in the last
  messages): the online and text routes (`REMOVAL_NO_PHONE`), never only phone numbers.
- "not police, I just want him to delete it": the ways without police first
  (`not_police_first`) when the reply would lead with police or charges.
Plain functions, no Rasa imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.plain_text import plain_lower

REASK_NOT_COVERED = "utter_reask_not_covered"
REMOVAL_NO_PHONE = "utter_removal_no_phone"
REMOVAL_NO_PHONE_TEXT = "utter_removal_no_phone_text"
REMOVAL_NO_PHONE_AGAIN = "utter_removal_no_phone_again"
REMOVAL_NO_PHONE_SEQUENCE = [REMOVAL_NO_PHONE, REMOVAL_NO_PHONE_TEXT]
DELETE_NO_POLICE = "utter_delete_without_police"
OPTIONS_NO_POLICE = "utter_options_without_police"
ANSWERS = (REASK_NOT_COVERED, REMOVAL_NO_PHONE, REMOVAL_NO_PHONE_AGAIN)

# --- A re-ask ------------------------------------------------------------------------------
_YOU = r"(?:you|u|ya)"
_NOT = (
    r"(?:still )?(?:didn'?t|didnt|did not|never|haven'?t|havent|have not|still (?:didn'?t|didnt"
    r"|haven'?t|havent|have not))"
)
_SAY = (
    r"(?:say|said|answer(?:ed)?|tell(?: me| us)?|told(?: me| us)?|mention(?:ed)?|explain(?:ed)?"
    r"|cover(?:ed)?|address(?:ed)?|respond(?:ed)? to|repl(?:y|ied) to|get to|got to"
    r"|talk(?:ed)? about|give me|gave me|touch(?:ed)? on|say anything)"
)
_DIDNT_SAY = re.compile(
    rf"\b{_YOU} {_NOT} (?:really |actually |even |ever )?{_SAY}\b(?: me| us)?"
    r"(?: (?:anything|something|a thing|a word|much))?(?: (?:about|on|regarding|of))?"
    r"(?: (?:whether|if))?(?P<rest>[^.!?]*)",
    re.IGNORECASE,
)
_NOT_ASKED = re.compile(
    r"\b(?:that'?s|thats|that is|it'?s|its|this is) not (?:what i (?:asked|meant|was asking)"
    r"|my question|an answer|the answer|what i wanted to know)"
    r"|\bnot what i (?:asked|meant)\b"
    r"|\b(?:i'?m|im|i am|i was) (?:asking|talking) about\b"
    r"|\bi (?:asked|was asking) (?:about|if|whether)\b"
    r"|\bmy (?:real |actual )?question (?:was|is)\b"
    r"|\b(?:the|my) (?:first|other|second|last|1st|2nd|earlier) (?:part|question|thing)\b"
    r"|^\W*no\W+i (?:said|asked|meant)\b",
    re.IGNORECASE,
)
# What a complaint may name that is no thing at all ("you didn't answer me", "... that").
_EMPTY = re.compile(
    r"^\W*(?:(?:that|this|it|me|my question|the question|anything|that part|at all|though|tho"
    r"|yet|again|either|really|properly|clearly)\W*)*$",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s+(?:though|tho|yet|at all|either|again|really)\s*$", re.IGNORECASE)
_COURTESY = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|right|great|cool|got it|perfect|oh|hey|thanks?(?: you| u)?"
    r"(?: so much| a lot| very much)?|thx|ty|um+|uh+|hm+|sorry|no|nope|but|and|so|well|still)"
    r"\W+)+",
    re.IGNORECASE,
)


def is_reask(text: str) -> bool:
    """The message says the last answer missed what was asked."""
    return bool(_DIDNT_SAY.search(text or "") or _NOT_ASKED.search(text or ""))


def named_thing(text: str) -> str | None:
    """What a "you didn't say ..." complaint names ("the cost", "my age matters for the free
    legal service"), or None when it names nothing ("you didn't answer me")."""
    found = _DIDNT_SAY.search(text or "")
    if not found:
        return None
    rest = _TAIL.sub("", found["rest"].strip())
    return None if _EMPTY.match(rest) else rest


def text_for_classifier(text: str) -> str | None:
    """The words the classifier should read for a "you didn't say X" complaint: what was said
    before it (a courtesy taken off), the thing named, and what follows; None when the message
    is no such complaint."""
    found = _DIDNT_SAY.search(text or "")
    if not found or named_thing(text) is None:
        return None
    before = _COURTESY.sub("", text[: found.start()]).strip()
    rest = named_thing(text)
    after = text[found.end() :].lstrip(" .!?").strip()
    return " ".join(part for part in (before, rest, after) if part) or None


# Replies that end or shrug: never the whole answer to a re-ask.
ENDINGS = frozenset(
    {
        "utter_thank",
        "utter_anything_else",
        "utter_thanks_close",
        "utter_goodbye",
        "utter_goodbye_again",
        "utter_plan_close",
        "utter_helper_close",
        # A re-ask is about this conversation: never "I only cover ..." or "not sure I understood".
        "utter_out_of_scope",
        "utter_default",
        "action_suggest_topics",
        "action_default_fallback",
    }
)
SAID_ABOVE = "utter_said_above"


def replacement(
    planned: str | None, topic_answer: str | None, previous: list[str], same_topic: bool
) -> list[str] | None:
    """For a re-ask whose first reply would be `planned`: a close or a shrug becomes the topic's
    own answer (`topic_answer`, the rules' response to the classifier's topic) when it is new,
    else REASK_NOT_COVERED. "My answer just above" becomes the topic's answer only when the
    classifier reads the same topic (an ask_* intent) as in the message before (`same_topic`)
    and its answer was not sent (p08: "no, I DO know who ... can I get money": the tribunal);
    otherwise it was above and stays. None: `planned` stays (an answer of its own, even the
    turn before's again with its sorry: asked_next.py)."""
    said = set(previous)
    fresh = bool(
        topic_answer
        and topic_answer.startswith("utter_")
        and topic_answer not in ENDINGS
        and topic_answer != SAID_ABOVE
        and topic_answer not in said
    )
    if planned == SAID_ABOVE:
        return [topic_answer] if fresh and same_topic and topic_answer else None
    if planned is not None and planned not in ENDINGS:
        return None
    if fresh and topic_answer:
        return [topic_answer]
    return [REASK_NOT_COVERED] if REASK_NOT_COVERED not in said else None


# --- Removal for someone who won't phone ---------------------------------------------------
_WONT_CALL = re.compile(
    r"\b(?:i|i'?m|im|i am)\s+(?:just |really |simply |so |too )?(?:can ?not|can'?t|cant"
    r"|could ?n'?t|couldnt|don'?t want to|dont want to|do not want to|don'?t wanna|dont wanna"
    r"|won'?t|wont|will not|not able to|unable to|rather not|prefer not to|not going to"
    r"|not gonna|too scared to|too anxious to)\s+(?:call|phone|ring|talk to|speak to|talk on"
    r" the phone|speak on the phone|make (?:a |any )?(?:phone )?calls?|be on the phone"
    r"|pick up the phone|talk to anyone|speak to anyone)\b"
    r"|\bno (?:phone )?calls\b|\b(?:without|no) (?:calling|phoning)\b"
    r"|\bnot (?:call|phone)(?:ing)? anyone\b",
    re.IGNORECASE,
)
# The police or 9-1-1 named as who they won't call: that is no "won't phone anyone".
_WONT_CALL_POLICE = re.compile(
    r"\b(?:call|phone|ring|talk to|speak to)\s+(?:the )?(?:police|cops|rcmp|9-?1-?1)\b",
    re.IGNORECASE,
)
_REMOVAL = re.compile(
    r"\b(?:remov\w*|take (?:it|them|that|this|the \w+) down|taken down|take ?it ?down"
    r"|get (?:it|them|that) (?:off|down|gone)|(?:it|them) gone|delete[ds]?|deleting)\b",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"\?|^\W*(?:\w+\W+){0,3}?(?:how|can|could|what|where|who|is there|any way)\b", re.I
)
REMOVAL_INTENT = "ask_image_removal"
_RECENT = 4


def wont_phone(texts: list[str]) -> bool:
    """One of `texts` says the writer can't or won't phone (not only the police)."""
    for text in texts:
        found = _WONT_CALL.search(text or "")
        if found and not _WONT_CALL_POLICE.search(text[found.start() : found.end() + 12]):
            return True
    return False


def removal_without_phone(
    text: str, intent: str | None, earlier_texts: list[str], previous: list[str]
) -> list[str] | None:
    """The online and text routes for removal, when removal is asked (the removal topic, or
    its words in a question) by someone who said, here or in the last few messages, that they
    can't or won't phone; the short version right after them. None otherwise."""
    asked = intent == REMOVAL_INTENT or (
        bool(_REMOVAL.search(text or ""))
        and bool(_ASKED.search(text or "") or is_reask(text or ""))
    )
    if not asked or not wont_phone([*earlier_texts[-_RECENT:], text]):
        return None
    if REMOVAL_NO_PHONE in previous:
        return [REMOVAL_NO_PHONE_AGAIN] if REMOVAL_NO_PHONE_AGAIN not in previous else None
    return list(REMOVAL_NO_PHONE_SEQUENCE)


# --- Not police ----------------------------------------------------------------------------
_NOT_POLICE = re.compile(
    r"\b(?:not|no|without|never|don'?t want(?: to)?|dont want(?: to)?|do not want(?: to)?"
    r"|rather not)\s+(?:go(?:ing)? to |call(?:ing)? |involv(?:e|ing) |get(?:ting)? |report(?:ing)?"
    r" (?:it |him |her |them )?to |tell(?:ing)? )?(?:the |any )?(?:police|cops|rcmp|charges"
    r"|a police report)\b"
    r"|\b(?:thats|that'?s|that is) not (?:the )?(?:police|cops)\b"
    r"|\b(?:don'?t|dont|do not) (?:really )?(?:want|wanna)\b[^.!?]{0,40}\b(?:arrested|charged"
    r"|to jail|a criminal record|criminal charges)\b",
    re.IGNORECASE,
)
# "He's not police", "no police came": a fact, no wish.
_NOT_POLICE_FACT = re.compile(
    r"\b(?:police|cops|rcmp) (?:did|didn'?t|won'?t|wont|said|came|never)\b", re.IGNORECASE
)
_ASKS_WAY = re.compile(
    r"\?|\b(?:what|how|who|where|which|anything|any way|anyone|someone|options?)\b|\bcan i\b"
    r"|\bis there\b",
    re.IGNORECASE,
)
_DELETE_WORDS = re.compile(r"\b(?:delet\w*|remov\w*|gone|erase\w*|take (?:it|them) down)\b", re.I)
# A reply that leads with police or charges: its first sentence names them.
_POLICE_LEAD = re.compile(
    r"\b(?:police|criminal|crime|charged|charges|Criminal Code|arrest\w*)\b", re.IGNORECASE
)


# "ways that don't involve the police", "you don't have to go to the police": no lead.
_NEGATED_POLICE = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|does not|without|not|no need to)\s+(?:\w+\s+){0,4}?"
    r"(?:the )?(?:police|cops|criminal charges?)\b",
    re.IGNORECASE,
)


# "do I have to report to the police before I can get help?": the police topic's own answer
# ("You do not need to report") is the answer.
_MUST_REPORT = re.compile(
    r"\b(?:do|will|would) (?:i|we|you) (?:have|need) to (?:report|go|call|tell|file)\b"
    r"|\b(?:must|should) (?:i|we) (?:report|go to|call|tell)\b"
    r"|\bneed (?:a|to file a) police report\b"
    # "can she talk to the lawyer without reporting to police?": the service's own rule.
    r"|\b(?:lawyer|legal advice|legal help|the service|free advice)\b[^.!?]{0,40}\bwithout "
    r"(?:reporting|going to|calling|a report)",
    re.IGNORECASE,
)


def says_not_police(text: str) -> bool:
    """The writer asks for a way that is not the police ("what can I do that's not police",
    "I don't want him arrested, I just want it deleted, what can I do")."""
    cleaned = plain_lower(text)
    return bool(
        _NOT_POLICE.search(cleaned)
        and _ASKS_WAY.search(cleaned)
        and not _NOT_POLICE_FACT.search(cleaned)
        and not _MUST_REPORT.search(cleaned)
    )


def without_police_lead(
    sequence: list[str], text: str, previous: list[str], response_text: Callable[[str], str]
) -> list[str]:
    """`sequence` for a writer who said not police: the ways without police first, in place of
    a first block that leads with police or charges; `sequence` as it is otherwise."""
    if not sequence or not leads_with_police(response_text(sequence[0])):
        return sequence
    ways = not_police_first(text, previous)
    if not ways:
        return sequence
    # The block that led with police goes; what follows it stays (reporting as a choice).
    return [*ways, *(name for name in sequence[1:] if name not in ways)]


def leads_with_police(first_text: str) -> bool:
    """The first sentence of a reply names police, a crime or charges."""
    first = re.split(r"(?<=[.!?])\s+", (first_text or "").strip(), maxsplit=1)[0]
    first = re.sub(r"^This is legal information, not legal advice\.?\s*", "", first)
    if not first:
        parts = re.split(r"(?<=[.!?])\s+", (first_text or "").strip())
        first = parts[1] if len(parts) > 1 else ""
    return bool(_POLICE_LEAD.search(_NEGATED_POLICE.sub("", first)))


def not_police_first(text: str, previous: list[str]) -> list[str] | None:
    """The ways without police, for a writer who said not police; None when it is not that or
    that answer was the turn before's."""
    if not says_not_police(text):
        return None
    answer = DELETE_NO_POLICE if _DELETE_WORDS.search(plain_lower(text)) else OPTIONS_NO_POLICE
    return None if answer in previous else [answer]
