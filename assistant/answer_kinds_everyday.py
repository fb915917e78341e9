"""Everyday questions that the topic classifier answered with the wrong block (issue 16,
simulated users of 2026-12-03): each gets a direct answer of its own, read from the words.

- Is this chat kept? ("do you keep what I type", "how long is this stored", "is this chat
  private", "does this chat get stored", "are my messages kept"): what this deployment keeps,
  and how to delete it.
- Sharing their images back ("can I post his nudes to get even"): don't; it can be a crime.
- Can I text a line? ("can I text that number instead"): which lines take texts.
- Reaching out ("ok I'll text them now"): a warm word, not "anything else?".
- More than the free hours, or low-cost legal help: the extension, then ask the lawyer (no
  organisation is named without a sourced contact: the legal review's point 15).

Plain Python, no training examples; assistant.answer_kinds calls `everyday_kind` after its own
kinds, and the InterruptPolicy answers the mark with static responses.
"""

from __future__ import annotations

import re

from assistant.image_words import images

CHAT_KEPT = "chat_kept"
RETALIATION = "retaliation"
TEXT_A_LINE = "text_a_line"
REACHING_OUT = "reaching_out"
LOW_COST_HELP = "low_cost_help"
RESIDENCE_UNCLEAR = "residence_unclear"
EVERYDAY_KINDS = (RETALIATION, CHAT_KEPT, TEXT_A_LINE, REACHING_OUT, LOW_COST_HELP)

_IMAGES = images(r"naked \w+")
_CHAT = r"(?:this|it|what i (?:type|write|say|said|wrote|tell you)|my (?:messages?|texts?|answers?)"
_CHAT += r"|(?:this |the |our |my )?(?:chat|conversation|convo|messages?|texts?))"

_CHAT_KEPT = re.compile(
    rf"\b(?:do|will|does|are|is|did) (?:you|u|this (?:chat|bot|site|app|service)|the (?:bot|chat)"
    rf"|anyone|they) (?:\w+ )?(?:keep|keeping|store|storing|save|saving|record|recording|log"
    rf"|logging|track|tracking)\b[^.!?]{{0,20}}\b{_CHAT}"
    rf"|\bhow long (?:do|does|will|is|are) (?:you |u |this |the |my |it )?(?:\w+ ){{0,2}}"
    rf"(?:keep|kept|store|stored|save|saved|there)\b"
    rf"|\bis (?:this|the|our|my) (?:chat|conversation|convo|app|bot)(?: \w+)? (?:private"
    rf"|saved|stored|recorded|kept|logged|anonymous|confidential|secure)\b"
    rf"|\bis (?:what i (?:type|write|say)|anything i (?:type|write|say)) (?:\w+ )?(?:saved|stored"
    rf"|recorded|kept|private)\b"
    rf"|\b(?:can|could|does|will|do) (?:anyone|anybody|someone|people|staff|your staff)"
    rf" (?:\w+ )?(?:read|see) (?:this|what i|my messages|our chat)\b"
    rf"|\bwho (?:can|could|else can|will) (?:see|read) (?:this|what i|my messages|our chat)\b"
    rf"|\b(?:where|what) (?:do|does) (?:you|this chat|the bot) (?:store|save|keep)\b"
    # "does this conversation get saved anywhere?", "are these chats recorded?" (issue 16)
    rf"|\b(?:does|do|will|is|are|would) (?:this|these|the|my|our) (?:chat|chats|conversation"
    rf"|conversations|convo|convos|messages?|texts?|transcripts?) (?:\w+ )?(?:get |being |be )?"
    rf"(?:saved|stored|recorded|kept|logged|tracked)\b"
    rf"|\b(?:do|does|will) (?:you|u|this (?:chat|bot)|the (?:bot|chat)) (?:\w+ )?(?:keep|store"
    rf"|save|record) (?:any )?(?:logs|records|data|transcripts|what (?:people|users|clients"
    rf"|someone|they) (?:type|write|say))\b"
    rf"|\bwhat (?:data|information|info) (?:do|does|will) (?:you|u|this (?:chat|bot)"
    rf"|the (?:bot|chat)) (?:keep|store|save|collect)\b"
    rf"|\bwhat happens to (?:this|the|my|these|our) (?:chat|chats|conversation|conversations"
    rf"|messages|transcripts?)\b"
    # "does this chat get stored", "are my messages kept", "is anything I say being recorded"
    rf"|\b(?:does|do|will|is|are|was|were) (?:{_CHAT}|anything i (?:type|write|say)"
    rf"|everything i (?:type|write|say))(?: here)? (?:\w+ )?"
    rf"(?:get |gets |getting |being |be |been )?(?:saved|stored|recorded|kept|logged)\b"
    rf"|\b(?:are|r) (?:you|u) (?:recording|saving|storing|keeping|logging) (?:this|{_CHAT})\b"
    rf"|\bwho (?:\w+ )?(?:sees|reads|can see|can read|gets to (?:see|read)) (?:this|{_CHAT})\b"
)

# Sharing the other person's images back: their images (or "I have nudes of her"), a sharing
# verb, and a word of revenge or "back/too".
_THEIR_IMAGES = re.compile(
    rf"\b(?:his|her|their|hers|theirs)\b(?: \w+)?(?: own)? {_IMAGES}"
    rf"|\b{_IMAGES} (?:of|from) (?:him|her|them)\b"
    rf"|\b{_IMAGES} (?:he|she|they) (?:sent|gave) me\b"
)
_SHARE_VERB = re.compile(
    r"\b(?:post|share|send|leak|expose|spread|upload|put (?:up|out|online)|publish|forward)"
    r"(?:s|ed|ing)?\b"
)
_REVENGE = re.compile(
    # "pay him back money she owes him" is a debt (round 39 p21), not revenge
    r"\b(?:revenge|get even|getting even|get back at|payback|pay (?:him|her|them) back"
    r"(?! (?:the |his |her |their |some |all )?(?:money|cash|what|debt|loan|\$|\d))"
    r"|in return|back at (?:him|her|them)|same (?:thing )?to (?:him|her|them)|taste of (?:his|her"
    r"|their) own|an eye for an eye|retaliat\w*)\b"
    r"|\b(?:post|share|send|leak|expose|upload|put)\w* (?:\w+ ){0,3}(?:back|too|as well)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i'll|ill|me|my)\b")

_TEXT_A_LINE = re.compile(
    r"\b(?:can|could|do|may|is it ok if) i (?:just )?(?:text|txt|message|msg|sms)"
    r" (?:that|it|them|this|instead|the (?:number|line)|that (?:number|line|one)|9-8-8|988"
    r"|victim ?link\w*|the lawyer|the service|you|someone|somebody|anyone|a person)\b"
    r"|\bis there (?:a|any) (?:line|number|service|one|place|someone)(?: \w+)? i can text\b"
    r"|\b(?:can|could) i text instead\b|\btext instead of (?:call|calling|phoning)\b"
    # "so i can just text 988?", "does victimlink take texts" (session 16, round 16 p16: a person
    # at risk, right after the crisis answer, got "I'm not sure I have the answer")
    r"|\bi can (?:just |still |also )?(?:text|txt|message) (?:that|it|them|this|9-8-8|988"
    r"|victim ?link\w*|kids help phone|the (?:number|line)|that (?:number|line|one)|someone"
    r"|somebody|a person)\b"
    r"|\b(?:does|do|can|will) (?:9-8-8|988|victim ?link\w*|kids help phone|they|it|that (?:line"
    r"|number)) (?:take|accept|answer|get|read) (?:texts?|text messages|messages)\b"
    r"|\b(?:i )?(?:can'?t|cannot|don'?t want to|too scared to) (?:call|talk on the phone|phone)"
    r"\b[^.!?]{0,30}\b(?:text|txt|message)\b"
)

# Round 43 p18: "ok. maybe ill text 988", "i said ill text 988" (the fallback, then the
# under-18 answer, to an adult in crisis).
_REACHING_OUT = re.compile(
    r"^(?:(?:ok|okay|k|alright|all right|fine|yes|yeah|thanks|thank you|maybe|i said|i told you"
    r"|like i said)[ ,.!]+)*"
    r"(?:i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna|gonna|going to|i can)"
    r" (?:\w+ )?(?:text|call|phone|message|reach out to|contact|try) (?:them|it|that|that one"
    r"|this one|9-8-8|988|the line|the number|victim ?link\w*|someone|now|right now)\b"
    r"[^?]{0,30}$"
)

_LOW_COST = re.compile(
    r"\b(?:cheap|low[- ]?cost|affordable|reduced[- ]fee|sliding[- ]scale|inexpensive)"
    r" (?:\w+ )?(?:lawyer|legal|advice|help|clinic)"
    r"|\b(?:can'?t|cannot|can not|couldn'?t) afford (?:a |to pay (?:a |for a )?|to hire a )?lawyer"
    r"|\b(?:more|longer|extra) (?:help|time|hours|advice)\b[^.!?]{0,25}\b(?:than|after|beyond"
    r"|past) (?:the |those |my )?(?:free|3|three)\b"
    r"|\bafter (?:the |those |my )?(?:free |3 |three )(?:\w+ )?(?:hours|advice|session)"
    r"|\b(?:when|if|once) (?:the |my )?(?:free )?(?:hours|time) (?:run|runs|are|is) (?:out|up|over"
    r"|used)"
)


def _retaliation(text: str) -> bool:
    return bool(
        _SHARE_VERB.search(text)
        and _REVENGE.search(text)
        and _FIRST_PERSON.search(text)
        and _THEIR_IMAGES.search(text)
    )


# Words that ask for the deletion itself ("can you delete what I typed").
_DELETE_WORDS = re.compile(r"\b(?:delete|erase|wipe|remove|clear|get rid of|forget)\b")
# Words of keeping ("is this chat private" read as deleting it keeps the deletion offer).
_KEEP_WORDS = re.compile(r"\b(?:keep\w*|kept|stor\w+|sav\w+|record\w*|log(?:s|ged|ging)?)\b")


def kept_not_deleted(cleaned: str) -> bool:
    """ "does this chat get stored?" read as asking to delete the chat: a question whether it is
    kept, with no word asking for the deletion (the answer still says how to delete it)."""
    return bool(
        _CHAT_KEPT.search(cleaned)
        and _KEEP_WORDS.search(cleaned)
        and not _DELETE_WORDS.search(cleaned)
    )


# A question about deleting the chat later, or whether it can be: "can I erase this chat
# after?", "will I be able to delete this afterwards?", "how would I wipe it when we're done".
# Only a request to delete now ("delete this chat", "erase everything now") starts the deletion
# (issue 16, round 7).
_LATER = re.compile(
    r"\b(?:later|after|afterwards|afterward|after(?:wards)? (?:this|that|we (?:talk|chat|finish))"
    r"|at the end|in the end|when (?:we'?re|we are|i'?m|i am) (?:done|finished|through)"
    r"|when (?:we|i) (?:finish|end|stop|leave)|once (?:we'?re|we are|i'?m|i am) (?:done"
    r"|finished)|before i (?:go|leave)|tomorrow|eventually|whenever)\b"
)
_ABLE = re.compile(
    r"\b(?:will|would) (?:i|we) (?:be able to|get to)|\b(?:is|would) it (?:be )?possible to"
    r"|\bis there (?:a|any) way to|\bam i able to|\bam i allowed to|\bhow (?:do|can|would|could)"
    r" i\b|\bcan (?:i|we) (?:still |always |just )?(?:delete|erase|wipe|remove|clear)\b"
    r"[^.!?]{0,40}\?|\bif i (?:delete|erase|wipe|remove|clear)\b"
)
_NOW = re.compile(r"\b(?:now|right now|right away|immediately|asap|straight away)\b")


def deletion_asked_about(cleaned: str) -> bool:
    """A question about deleting this chat later, or whether it can be deleted, not a request
    to delete it now: the answer says what is kept and how to delete it."""
    if not _DELETE_WORDS.search(cleaned) or _NOW.search(cleaned):
        return False
    later = bool(_LATER.search(cleaned))
    asks = bool(_ABLE.search(cleaned))
    kept = bool(_KEEP_WORDS.search(cleaned) or re.search(r"\b(?:stay|remain)s?\b", cleaned))
    return (later and (asks or kept or "?" in cleaned)) or (asks and kept)


# Round 45 p38: "I'm from Ontario but I live in Vancouver for school. Do I count as living in
# BC?", "does my permanent address being in Ontario matter? my license is still Ontario": the
# sources say only "lives in B.C.", so what they don't say, and who can tell.
_NOT_SURE_HOME = re.compile(
    r"\b(?:student|for school|studying|international student|exchange|work permit|on a visa"
    r"|permanent address|licen[cs]e|hometown|home town|temporar\w*|for the summer|for now"
    r"|half the year|part of the year)\b"
)
_COUNTS_AS_HOME = re.compile(
    r"\b(?:count as|counts as|considered|qualify as) (?:living|a resident|resident|someone who"
    r" lives)\b|\bdoes (?:it|that|my [\w ]{1,30}) matter\b|\bmatter that\b"
    r"|\b(?:resident|residency|live) (?:of|in) (?:bc|b\.c\.|british columbia)\b[^.!?]*\?"
)


def residence_unclear(cleaned: str) -> bool:
    """A student, a licence or a permanent address elsewhere, asked whether it still counts as
    living in B.C."""
    return bool(_NOT_SURE_HOME.search(cleaned)) and bool(_COUNTS_AS_HOME.search(cleaned))


def everyday_kind(cleaned: str) -> str | None:
    """The everyday kind of a lowercased, whitespace-normalised message, or None."""
    if _retaliation(cleaned):
        return RETALIATION
    if _CHAT_KEPT.search(cleaned):
        return CHAT_KEPT
    if _TEXT_A_LINE.search(cleaned):
        return TEXT_A_LINE
    if _REACHING_OUT.search(cleaned):
        return REACHING_OUT
    if _LOW_COST.search(cleaned):
        return LOW_COST_HELP
    if residence_unclear(cleaned):
        return RESIDENCE_UNCLEAR
    return None
