""" "i blocked him but he made a new account" after a threat or sextortion (session 19): it got
the evidence log block. What the public bodies' sextortion steps say (bc-facts.md): stop all
contact, screenshot the messages and the profile, block, keep the messages, report (the app,
police non-emergency, Cybertip.ca for youth), tell a safe adult (youth). Said for the new
account, young or adult, in one message.

Plain Python over the latest message, the earlier ones and the actions before it; the
InterruptPolicy sends the answer (domain/new_account.yml).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_from_text

NEW_ACCOUNT = "threat_new_account"
NEW_ACCOUNT_YOUNG = "threat_new_account_young"
ANSWERS = {
    NEW_ACCOUNT: ["utter_new_account", "utter_new_account_adult"],
    NEW_ACCOUNT_YOUNG: ["utter_new_account", "utter_new_account_young"],
}
KINDS = frozenset(ANSWERS)

# Contact that goes on after blocking: a new account, another number, messages that don't stop.
_COMES_BACK = re.compile(
    r"\b(?:made|making|makes|created|creating|opened|started|got|using|uses) (?:a |another |new"
    r" |a new |a different |different |more |multiple |fake )+(?:accounts?|profiles?|numbers?"
    r"|usernames?|snaps?|insta(?:gram)?s?|phones?)\b"
    r"|\b(?:new|another|different|fake|second|other) (?:accounts?|profiles?|numbers?|usernames?)"
    r"\b[^.?!]{0,30}\b(?:messag\w*|text\w*|dm\w*|snap\w*|contact\w*|add\w*|follow\w*|writ\w*"
    r"|again|now|still|keeps?)\b"
    r"|\b(?:messag\w*|text\w*|dm\w*|contact\w*|add\w*) me (?:again )?(?:from|on|with|through)"
    r" (?:a |another |new |a new |a different |different )+(?:accounts?|profiles?|numbers?)\b"
    r"|\bblocked (?:him|her|them|it|the account)\b[^.?!]{0,40}\b(?:still|again|keeps?|back|new"
    r"|another)\b"
    r"|\b(?:won'?t|wont|will not|doesn'?t|doesnt) stop (?:messaging|texting|dming|contacting"
    r"|snapping|adding)\b"
)
# The writer's own new account ("i made a new account") is not the person coming back.
_OWN_ACCOUNT = re.compile(
    r"\b(?:i|we|i'?ve|we'?ve)(?: just| have| also| already)? (?:made|making|created|creating"
    r"|opened|started|got|using)\b"
)
# Read only after a threat or sextortion was answered or told.
_THREAT_ANSWERS = ("utter_sextortion", "utter_threat", "utter_helper_minor_blackmail")


def new_account_kind(
    text: str | None, earlier_texts: list[str], earlier_actions: list[str], young: bool
) -> str | None:
    """The kind when the writer tells that the person came back after blocking (a new account,
    another number, messages that don't stop), after a threat; None otherwise."""
    cleaned = plain_lower(text)
    if not cleaned or not _COMES_BACK.search(cleaned) or _OWN_ACCOUNT.search(cleaned):
        return None
    threat_answered = any(a.startswith(_THREAT_ANSWERS) for a in earlier_actions)
    threat_told = any(
        situation_from_text(plain_lower(t)) == "threatened" for t in [*earlier_texts[-6:], cleaned]
    )
    if not (threat_answered or threat_told):
        return None
    return NEW_ACCOUNT_YOUNG if young else NEW_ACCOUNT
