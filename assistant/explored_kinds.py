"""Round 19 (explore20): kinds found by playing new people, read before the topic answers.
Plain functions, no Rasa; called by InterruptPolicy._direct_answer next to said_again.

- written contact: the person cannot or will not phone (deaf, hard of hearing, no voice,
  "text or email only"): the ways to reach the services in writing, from content/contacts.
  Before: "not sure I understood", then the contact block that says "call first" and
  describes the Intake Coordinator's call.
- heard it already: "you already told me that, what else": other routes in a few words, never
  the same block again. Before: "not sure I understood".
"""

from __future__ import annotations

import re

from assistant.situation_reading import situation_from_text

WRITTEN_CONTACT = "utter_written_contact"
WRITTEN_CONTACT_MORE = "utter_written_contact_more"
WRITTEN_CONTACT_AGAIN = "utter_written_contact_again"
HEARD_IT = "utter_heard_it_what_else"
HEARD_IT_AGAIN = "utter_said_above_next_step"
_TOLD = frozenset({"shared", "threatened"})

_NO_PHONE = re.compile(
    r"\b(i'?m|i am|im|am|my (son|daughter|child|kid|friend|client|wife|husband|partner) is)"
    r" (deaf|hard of hearing|hoh|mute|non-?verbal)\b"
    r"|\bdeaf\b|\bhard of hearing\b|\basl\b|\bsign language\b"
    r"|\b(i|we|i'?m|im|i am) (just |really |simply )?(can ?not|can'?t|cant|could ?n'?t|unable to"
    r"|don'?t want to|do not want to|not able to|"
    r"won'?t|prefer not to|rather not)\s+(use (a |the )?(phone|telephone)|(make a |do a |be on a )?"
    r"(phone )?call|phone|talk on the phone|speak on the phone|hear on the phone)\b"
    r"(?! (my|him|her|his|them|mom|dad|mum|parents?|anyone|someone|police|the police|cops))"
    r"|\bcan (i|we|she|he|they) (just )?(text|email|e-mail|write to|message) "
    r"(them|the service|the lawyer|the intake|you|instead)\b"
    r"|\bonly (by )?(text|texting|email|e-mail|writing)\b"
    r"|\b(text|texting|email|e-mail|writing|chat)[- ]only\b"
    r"|\bno (phone|voice calls?)\b|\bwithout (a )?(phone|calling)\b"
    r"|\bin writing\b",
    re.I,
)
# A deaf person telling what happened ("my daughter is 15 and a boy shared her pic. she is
# deaf") gets the answer to what happened; the written ways come when contact is asked.
_CONTACT_WORDS = re.compile(
    r"\b(contact|reach|call|calls|calling|phone|telephone|text|texting|email|e-mail|write"
    r"|writing|message|talk|speak|asl|sign language|interpret\w*)\b",
    re.I,
)
# Someone asking to text a crisis line, or about a text from the other person, is not this.
_NOT_CONTACT = re.compile(
    r"\b(he|she|they) (keeps? |still |just |only |always )?(texts?|texted|emails?|emailed"
    r"|messages?|messaged|calls?|called) (me|us|my)\b|\b(police|cops?|rcmp|9-?1-?1)\b"
    r"|\b(text|texting|message)s? (from|to) (him|her|them|my ex)\b"
    r"|\b(checks?|reads?|looks? at|goes? through|monitors?|tracks?) (my|her|his) "
    r"(phone|messages|texts)\b",
    re.I,
)

# The complaint itself, never a statement that goes on ("i know that he posted it", "you just
# said to call the police, how?").
_END = r"(?=\s*(?:[.!?,]|$|lol|lmao|what|whats|anything|and|but|so|though|tho|too|already))"
_HEARD = re.compile(
    r"\b(?:you|u)(?:'ve| have)? (?:already |just )?(?:told|said|gave|sent|showed)(?: me| us)?"
    rf" (?:that|this|it|those|the same(?: thing)?)(?: already| before| twice)?{_END}"
    r"|\b(?:you|u)(?:'ve| have)? (?:already )?(?:told|said) (?:me )?(?:that|this|it)?"
    r" ?(?:already|before|twice)\b"
    r"|\b(?:(?:you|u)'?re |you are )?repeating(?: (?:yourself|urself|it|that))?\b"
    rf"|\bsame (?:thing|answer|stuff|list|message)(?: again)?{_END}"
    rf"|\bi (?:already )?(?:know|read|saw) (?:that|this)(?: already)?{_END}",
    re.I,
)


def written_contact(text: str, previous: list[str]) -> list[str] | None:
    """The written ways to reach the services, for someone who cannot or will not phone;
    a short reminder when that was the answer just before. None when it is not that."""
    text = text or ""
    if not _NO_PHONE.search(text) or _NOT_CONTACT.search(text):
        return None
    if not _CONTACT_WORDS.search(text) and situation_from_text(text.lower()) in _TOLD:
        return None
    if WRITTEN_CONTACT in previous:
        return [WRITTEN_CONTACT_AGAIN] if WRITTEN_CONTACT_AGAIN not in previous else None
    return [WRITTEN_CONTACT, WRITTEN_CONTACT_MORE]


# What may stand beside the complaint: "what else", "anything else?", "ok", "lol".
_ONLY_WHAT_ELSE = re.compile(
    r"^[\s.,!?:;-]*(?:(?:ok|okay|so|and|but|lol|lmao|bruh|ugh|yes|yeah|ya|i know|already|again"
    r"|what else|anything else|what more|something else|what now|now what|tell me something new"
    r"|can i do|could i do|should i do|is there|do i do)[\s.,!?:;-]*)*$"
)


def heard_it(text: str, previous: list[str]) -> list[str] | None:
    """Other routes in a few words when the person says they already got that answer; the
    one next step (said_again's) when this was the answer just before."""
    text = text or ""
    found = _HEARD.search(text)
    if not found:
        return None
    rest = (text[: found.start()] + " " + text[found.end() :]).lower()
    if not _ONLY_WHAT_ELSE.match(rest):
        return None  # "you already said that. what happens if he posts them": that question
    if HEARD_IT in previous:
        return [HEARD_IT_AGAIN] if HEARD_IT_AGAIN not in previous else None
    return [HEARD_IT]


def follow_up(text: str, previous: list[str]) -> list[str] | None:
    """The first of this module's answers that reads `text`, or None."""
    return written_contact(text, previous) or heard_it(text, previous)


ANSWERS = (WRITTEN_CONTACT, WRITTEN_CONTACT_MORE, WRITTEN_CONTACT_AGAIN, HEARD_IT)


# Keyboard mash typed at a form's question ("asdfgh", "jjjjjj", "sdfkjh", "12345"): the
# classifier's weak "yes" was taken as the answer (round 19, explore20: "asdfgh" became "you
# live in B.C."). Such a message answers nothing: the question is asked again.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_RUN = 5


def _keyboard_run(token: str) -> bool:
    for row in _KEY_ROWS:
        for sequence in (row, row[::-1]):
            for start in range(len(sequence) - _RUN + 1):
                if sequence[start : start + _RUN] in token:
                    return True
    return False


def keyboard_mash(text: str) -> bool:
    """No answer at all: five or more digits with no letters (not a phone number: an age or a
    year stays an answer), or a token of random letters (a run of five
    keys of one keyboard row, five or more letters with no vowel, or one or two letters
    repeated). Emoji, "ok", "idk", "hmm", place names and real words are never this."""
    cleaned = (text or "").strip().lower()
    if not cleaned or cleaned.startswith("/"):
        return False
    if any(ord(char) > 0x2000 for char in cleaned):
        return False  # emoji and other symbols ("👍") may well answer
    if not re.search(r"[a-z]", cleaned):
        digits = re.sub(r"\D", "", cleaned)
        return len(digits) >= _RUN and not re.search(r"\d{3}.?\d{3}.?\d{4}", cleaned)
    tokens = re.findall(r"[a-z]+", cleaned)
    if len(tokens) > 2:
        return False
    return all(
        _keyboard_run(token)
        or (len(token) >= _RUN and not re.search(r"[aeiouy]", token))
        or (len(token) >= _RUN and len(set(token)) <= 2)
        for token in tokens
    )
