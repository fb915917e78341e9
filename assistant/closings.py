"""A thank-you at the end of a conversation (issue 16, simulated users round 11, kind 10).

"Is there anything else I can help with?" answered "thank you. I call tomorrow", "ok so take it
down + cybertip, and call the lawyer. thanks", "ok thanks, that's helpful" and a second bare
"thanks": the person was done and was asked again. Now:
- a thank-you with more in it (the plan, a recap, "that helps"), no question: a warm close with
  where to come back (`THANKS_CLOSE`);
- a bare thank-you gets "anything else?" once (the classifier's `utter_thank`); after that
  question was asked, or once the crisis lines were given, the warm close;
- a thank-you (or a "no") right after a goodbye or a close: the short goodbye, never "anything
  else?".
"yes" / "sure" after "anything else?" keeps "What would you like to know?" (data/rules).
A goodbye or "that's enough for now" is read by `assistant/courtesy.is_closing` (`utter_goodbye`).
Plain functions, no Rasa imports.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

THANKS_CLOSE = "thanks_close"
THANKS_AFTER_GOODBYE = "thanks_after_goodbye"
KINDS = frozenset({THANKS_CLOSE, THANKS_AFTER_GOODBYE})
ANSWERS: dict[str, list[str]] = {
    THANKS_CLOSE: ["utter_thanks_close"],
    THANKS_AFTER_GOODBYE: ["utter_goodbye_again"],
}
THANK_INTENT = "thank"
DENY_INTENT = "deny"
# The bot's "anything else?" and its closes, as sent before.
ASKED_ANYTHING_ELSE = frozenset({"utter_thank", "utter_anything_else"})
GOODBYES = frozenset(
    {"utter_goodbye", "utter_goodbye_again", "utter_plan_close", "utter_helper_close",
     "utter_thanks_close"}
)  # fmt: skip
# Kinds read from a topic's name alone ("Take It Down", "interpreter"), which a thank-you with a
# recap or plan names again: the close wins (round 11, p21, p03).
TOPIC_WORD_KINDS = frozenset({"images_taken_under_18", "interpreter_asked"})
_BARE_THANKS = re.compile(
    r"^(?:(?:ok(?:ay)?|alright|great|cool|perfect|got it|oh|ah|aw+)[\s,.!]*)*"
    r"(?:thanks?|thank you|thank u|thx|ty|tysm|cheers|many thanks)"
    r"(?: (?:so|very) much| a lot| again| a bunch| heaps| for (?:that|this|everything|your help"
    r"|the help|the info(?:rmation)?))?(?: (?:friend|my friend|dear|buddy|bot))?[\s,.!:)]*$"
)
_THANKS = re.compile(r"\b(?:thanks?|thank you|thank u|thx|ty|tysm|cheers|appreciate)\b")
# A question, a danger or a new event told with the thanks is no close.
_NOT_A_CLOSE = re.compile(
    r"\?|\b(?:what|how|who|where|when|why|which|can you|could you|should i|do i|is it|are they"
    r"|if (?:he|she|they)|unless|threat\w*|blackmail\w*|kill\w*|hurt\w*|die|dead|suicid\w*"
    r"|knife|gun|weapon|outside|coming|danger|scared|afraid|unsafe|not safe|but"
    r"|(?:he|she|they) (?:posted|shared|sent|leaked|will|'ll|is|are|has|have|just))\b"
)
MAX_CLOSE_WORDS = 25


def bare_thanks(text: str) -> bool:
    """ "thanks", "ok thank you so much": a thank-you and nothing else."""
    return bool(_BARE_THANKS.match(plain_lower(text)))


def thanks_with_more(text: str) -> bool:
    """ "thank you. I call tomorrow", "ok thanks, that's helpful": a thank-you with the person's
    plan, a recap or a word on the help, and no question or new event."""
    cleaned = plain_lower(text)
    if not cleaned or bare_thanks(cleaned) or not _THANKS.search(cleaned):
        return False
    return len(cleaned.split()) <= MAX_CLOSE_WORDS and not _NOT_A_CLOSE.search(cleaned)


def closing_kind(
    kind: str | None,
    intent: str | None,
    text: str,
    previous_replies: list[str],
    earlier_replies: list[str],
    crisis_given: bool = False,
) -> str | None:
    """The kind to answer a thank-you with (None: the classifier's "anything else?"); any other
    reader's `kind` is kept. `previous_replies`: the bot's actions for the message before;
    `earlier_replies`: all its actions before this message."""
    if kind in TOPIC_WORD_KINDS and thanks_with_more(text):
        kind = None  # "ok so take it down + cybertip. thanks": a recap, not the site asked about
    if kind is not None:
        return kind
    if intent == DENY_INTENT and set(previous_replies) & GOODBYES and len(text.split()) <= 4:
        return THANKS_AFTER_GOODBYE  # "no" right after a close: the short goodbye
    bare = bare_thanks(text)
    if not bare and not (intent == THANK_INTENT and thanks_with_more(text)):
        return None
    if set(previous_replies) & GOODBYES:
        return THANKS_AFTER_GOODBYE
    if not bare:
        return THANKS_CLOSE
    if crisis_given or set(earlier_replies) & ASKED_ANYTHING_ELSE:
        return THANKS_CLOSE
    return None
