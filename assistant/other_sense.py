"""Words read in the wrong sense (issue 16, simulated users round 12, kind 2). Plain Python, no
Rasa imports; read from the words, the messages before and the replies of the turn before.

- "does the CRT cost anything?": what the tribunal costs (no fee for a protection-order claim,
  a free Solution Explorer; the sources don't say about a claim for money), never the damages
  limit that the tribunal's next step gives (`CRT_FEE`, domain/other_sense.yml).
- "can I delete the chat" after telling of messages with the person who did it: that chat is
  evidence (screenshot, then block, don't delete), never this assistant's deletion question;
  a short note on deleting this chat, with its button (`OTHER_CHAT`).
- "yes" right after the assistant offered to delete this conversation: the deletion's own
  question (one more tap deletes it), never "What would you like to know?"
  (`accepts_deletion_offer`).
"""

from __future__ import annotations

import re

from assistant.answer_kinds_specific import CRT_HOW_LONG
from assistant.asked_next import ORDER_APPLY_LAWYER as CRT_LAWYER
from assistant.plain_text import plain_lower

CRT_FEE = "crt_fee"
OTHER_CHAT = "other_chat_evidence"
ANSWERS: dict[str, list[str]] = {
    CRT_FEE: ["utter_crt_fee"],
    OTHER_CHAT: ["utter_delete_other_chat"],
}
KINDS = frozenset(ANSWERS)
AGAIN: dict[str, list[str]] = {CRT_FEE: ["utter_crt_fee_again"]}
# Kinds other readers gave a tribunal cost question: this reading replaces them.
REPLACES = frozenset({"fee"})

# The tribunal's own block and its next steps (domain/routes.yml, follow_ups.yml, this file).
CRT_BLOCK = frozenset(
    {
        "utter_crt",
        "utter_crt_damages",
        "utter_crt_courts",
        "utter_crt_fee",
        "utter_crt_fee_again",
        # "can I sue him, how much could I get?" answered: "does it cost anything to file at
        # the tribunal?" is the tribunal's cost (round 19, p20: it got the courts' limits).
        "utter_damages_how_much",
    }
)
# The tribunal named, or the replies that just described it (domain/routes.yml, follow_ups.yml,
# subject_answers.yml): "is it free?" right after them is about the tribunal.
_CRT = re.compile(
    r"\b(?:crt|tribunal|civil resolution|protection orders?|solution explorer"
    r"|(?:make|file|start|bring|open|submit) (?:a |the )?(?:claim|application))\b"
)
CRT_GIVEN = frozenset(
    {
        "utter_crt",
        "utter_crt_damages",
        "utter_crt_courts",
        "utter_damages",
        "utter_crt_start",
        "utter_crt_fee",
        "utter_crt_fee_again",
    }
)
# Another service named: its own cost answer (the legal advice's fee, the removal tools').
_OTHER_SERVICE = re.compile(
    r"\b(?:lawyers?|legal|advice|intake|numbers?|call|stopncii|take it down|iips"
    r"|protection service|police|counsell\w*)\b"
)
# A cost asked, not money awarded: "does it cost anything", "is the tribunal free", "any fees",
# "how much to file", "do I have to pay to apply". Not "can the CRT make him pay".
_COST = re.compile(
    r"\bcosts?\b|\bcosting\b|\bfees?\b|\bprices?\b|\bexpensive\b|\bafford\w*\b"
    r"|\bcharges? (?:anything|money|a fee|me|you|for)\b"
    r"|\b(?:is|are|it'?s|its|was) (?:\w+ ){0,3}free\b(?! (?:lawyer|legal|advice|solution|help))"
    r"|\bfree (?:to|of charge)\b|\bfor free\b(?! (?:lawyer|legal|advice|help))"
    r"|\b(?:have|need|got) to pay\b(?! (?:me|him|her|them|you|back|damages))"
    r"|\bpay (?:anything|something|money|a fee|to (?:apply|file|start|use|make|go))\b"
    r"|\bhow much (?:to|for) (?:apply|file|start|make|go)\b"
)


def crt_fee(text: str, previous: list[str]) -> bool:
    """A question about what the tribunal costs, right after its answer: the tribunal named
    after its own block (the repeat guard would send the block's next step, the damages limit),
    or "is it free?" after any answer about it. Otherwise the tribunal's block answers, and it
    says there is no fee."""
    cleaned = plain_lower(text)
    if not _COST.search(cleaned):
        return False
    if _CRT.search(cleaned):
        return bool(CRT_BLOCK & set(previous))
    return bool(CRT_GIVEN & set(previous)) and not _OTHER_SERVICE.search(cleaned)


def fee_kind(text: str, previous: list[str], intent: str | None, keep: frozenset) -> str | None:
    return CRT_FEE if intent not in keep and crt_fee(text, previous) else None


# Right after the tribunal's answer, "how long does that take" and "do I need a lawyer for
# that" are about the tribunal, never the legal advice service's steps or its phone numbers
# (session 15 probe).
_HOW_LONG = re.compile(
    r"\bhow (?:long|quick|quickly|fast|soon)\b|\bhow much time\b|\bwhen (?:would|will|do|does)"
    r" (?:it|that|they|i) (?:\w+ )?(?:happen|done|decide|hear|get)\b"
)
_NEED_LAWYER = re.compile(
    r"\b(?:do|would|will) (?:i|we) (?:\w+ )?(?:need|have to (?:get|have|hire)|require)"
    r" (?:a |my own |to (?:get|hire|have) a )?(?:lawyer|attorney)\b"
)
_THAT = re.compile(r"\b(?:that|it|this|them|those|one)\b")
# The tribunal's answers a follow-up may be about.
_CRT_ANSWERED = CRT_GIVEN | {"utter_crt_how_long", "utter_crt_lawyer", "utter_crt_orders"}


def crt_follow_up_kind(
    text: str, previous: list[str], intent: str | None, keep: frozenset
) -> str | None:
    """CRT_HOW_LONG or CRT_LAWYER for a short follow-up right after the tribunal's answer that
    names no other service; None otherwise."""
    cleaned = plain_lower(text)
    if (
        intent in keep
        or not (_CRT_ANSWERED & set(previous))
        or _OTHER_SERVICE_NAMED.search(cleaned)
    ):
        return None
    if not (_THAT.search(cleaned) or _CRT.search(cleaned)) and len(cleaned.split()) > 6:
        return None
    if _HOW_LONG.search(cleaned):
        return CRT_HOW_LONG
    if _NEED_LAWYER.search(cleaned):
        return CRT_LAWYER
    return None


# Another service named in a follow-up: its own answer.
_OTHER_SERVICE_NAMED = re.compile(
    r"\b(?:legal advice|intake|stopncii|take it down|iips|protection service|police|cops"
    r"|counsell\w*|the service|free lawyer)\b"
)


# This conversation named as such: "this chat", "our conversation", "what I told you", "from
# your server" (assistant/move_words.py reads those as deletion).
_THIS_CHAT = re.compile(
    r"\b(?:this|our|these) (?:chat|conversation|convo|messages?|history|thread)\b"
    r"|\bwith (?:you|u|the (?:bot|assistant))\b|\b(?:you|u) (?:delete|erase|wipe|clear|remove)\b"
    r"|\bhere\b|\bwhat i (?:wrote|said|typed|told)\b|\beverything i\b"
    r"|\b(?:your|the) (?:server|system|records?|bot|assistant)\b"
)
# The chat with the other person named: "the chat with her", "his messages", "our dms".
_THEIR_CHAT = re.compile(
    r"\b(?:chat|conversation|convo|messages?|dms?|texts?|thread|snaps?)"
    r" (?:with|from) (?:him|her|them|the (?:guy|girl|scammer|person|man|woman)|that"
    r"|this (?:guy|girl))\b"
    r"|\b(?:his|her|their) (?:chat|messages?|dms?|texts?)\b|\bthe dms?\b"
)
# A chat that may be either: "the chat", "my conversation", "the messages", "the dms".
_EITHER_CHAT = re.compile(
    r"\b(?:the|my|that|those|all the|all my) (?:chats?|conversations?|convos?|messages|dms"
    r"|texts|threads?|snaps)\b"
)
# What was told earlier: messages with another person (a platform, a demand, blackmail). Not
# "chat" alone: this conversation is a chat too.
_MESSAGES_TOLD = re.compile(
    r"\b(?:instagram|insta|snapchat|snap|tiktok|discord|whatsapp|facebook|messenger|telegram"
    r"|kik|twitter|grindr|tinder|hinge|bumble|dating (?:app|site)|dms?|scam\w*|blackmail\w*"
    r"|sextort\w*|threat\w*|wants? \$?\d+|wants? money|or (?:she|he|they) (?:sends?|posts?"
    r"|shares?)|(?:he|she|they|someone|guy|girl) (?:\w+ )?(?:messaged|texted|dm'?d))\b"
)
_THREAT_TOPICS = frozenset({"sextortion", "inform_threatened", "sextortion_already_paid"})
DELETE_INTENT = "delete_conversation"


def means_other_chat(
    text: str, intent: str | None, earlier_texts: list[str], earlier_topics: list[str | None]
) -> bool:
    """'can I delete the chat' read as deleting this conversation, when the chat meant is the
    one with the person who did it: named so, or said after telling of messages with them."""
    cleaned = plain_lower(text)
    # A button's payload ("/delete_conversation") is this chat.
    if intent != DELETE_INTENT or cleaned.startswith("/") or _THIS_CHAT.search(cleaned):
        return False
    if _THEIR_CHAT.search(cleaned):
        return True
    if not _EITHER_CHAT.search(cleaned):
        return False
    told = any(_MESSAGES_TOLD.search(plain_lower(t)) for t in earlier_texts)
    return told or bool(_THREAT_TOPICS & set(earlier_topics))


# The replies that offer to delete this conversation (domain/plain_questions.yml).
DELETION_OFFERS = frozenset({"utter_device_trace_next", "utter_device_trace_again"})
_YES = frozenset({"affirm"})


def accepts_deletion_offer(intent: str | None, previous: set[str] | list[str]) -> bool:
    """'yes' right after the assistant offered to delete this conversation."""
    return intent in _YES and bool(DELETION_OFFERS & set(previous))


def tribunal_follow_up_kind(
    text: str, previous: list[str], intent: str | None, keep: frozenset
) -> str | None:
    """A question right after the tribunal's answer: its cost, its time or a lawyer for it."""
    return fee_kind(text, previous, intent, keep) or crt_follow_up_kind(
        text, previous, intent, keep
    )
