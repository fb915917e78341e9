"""A reply's blocks fitted to who is writing and to what they said (round 18, kinds 5 and 6).

The InterruptPolicy's last step before sending a sequence: the same topic, in the words that
fit the writer and the facts they gave, never a fact they did not give.
- Someone helping (a friend, a sister, a parent of the one it happened to): the general removal
  blocks speak to the victim ("images taken when you were 18 or older", p24, p28); the helper's
  removal block says "they" (utter_helper_removal).
- Someone whose own child, brother or sister (or who themselves) shared an image: no victim's
  removal block tacked on at all (p18: a mother whose son forwarded a classmate's nude).
- "can I call the government protection service on her behalf?": that service's answer, not
  only the lawyer service's (p28).
- "I don't know if he shared them ... can I make him delete them?": help without knowing, not
  the tribunal's order as if sharing had happened (p29).
Plain Python over the messages so far; the answers are static responses (domain/roles_fit.yml).
"""

from __future__ import annotations

import re

from assistant import helper_reading, writer_framing, writer_role
from assistant.plain_text import plain_lower
from assistant.role_followups import own_child_story

VICTIM_REMOVAL = "utter_image_removal"
VICTIM_REMOVAL_YOUTH = "utter_image_removal_youth"
HELPER_REMOVAL = "utter_helper_removal"
ON_BEHALF = "utter_on_behalf"
ON_BEHALF_IIPS = "utter_on_behalf_iips"
MAKE_DELETE = "utter_make_delete"
MAKE_DELETE_UNSURE = "utter_make_delete_unsure"

_SHARER_ROLES = frozenset(
    {writer_role.SELF_SHARER, writer_role.SIBLING_SHARER, writer_role.PARENT_SHARER}
)
_RECENT = 10

_IIPS = re.compile(
    r"\b(?:iips|protection service|protect ?your ?images|government (?:\w+ )?(?:service|line"
    r"|people|office|one)|b\.?c\.? government|1-833-688-4381)\b"
)
_UNSURE_SHARED = re.compile(
    r"\b(?:don'?t|dont|do not|didn'?t|not) (?:even )?(?:know|sure|certain)(?: for sure)?"
    r" (?:if|whether|that)\b[^.!?]{0,40}\b(?:shared|posted|sent|shown|showed|leaked|put)\b"
    r"|\bno idea (?:if|whether)\b[^.!?]{0,40}\b(?:shared|posted|sent|shown|showed|leaked)\b"
)
_THREAT = re.compile(r"\bthreat\w*|\bblackmail\w*|\bsextort\w*|\b(?:will|gonna|going to) post\b")


def _words(texts: list[str]) -> list[str]:
    return [t for t in texts[-_RECENT:] if t and not t.startswith("/")]


def writer_shared(texts: list[str]) -> bool:
    """The writer, their child, brother or sister is the one who shared."""
    recent = _words(texts)
    return writer_role.writer_role(recent) in _SHARER_ROLES or own_child_story(recent)


def writer_helps(texts: list[str]) -> bool:
    """The latest message that says whose images these are names someone else's."""
    helping = False
    for text in _words(texts):
        if writer_framing.says_it_is_me(text):
            helping = False
        elif helper_reading.helped_person(text):
            helping = True
    return helping


def _fit_removal(sequence: list[str], texts: list[str]) -> list[str]:
    if VICTIM_REMOVAL not in sequence and VICTIM_REMOVAL_YOUTH not in sequence:
        return sequence
    if writer_shared(texts):
        kept = [n for n in sequence if n not in {VICTIM_REMOVAL, VICTIM_REMOVAL_YOUTH}]
        return kept or sequence
    if not writer_helps(texts):
        return sequence
    helper_words: list[str] = []
    for name in sequence:
        fit = HELPER_REMOVAL if name in {VICTIM_REMOVAL, VICTIM_REMOVAL_YOUTH} else name
        if fit not in helper_words:
            helper_words.append(fit)
    return helper_words


def fitted(sequence: list[str], texts: list[str], text: str) -> list[str]:
    """The sequence in the writer's role and facts (see the module's text)."""
    if not sequence:
        return sequence
    cleaned = plain_lower(text or "")
    sequence = _fit_removal(list(sequence), texts)
    if ON_BEHALF in sequence and _IIPS.search(cleaned):
        sequence = [ON_BEHALF_IIPS if n == ON_BEHALF else n for n in sequence]
    if MAKE_DELETE in sequence and _UNSURE_SHARED.search(cleaned) and not _THREAT.search(cleaned):
        sequence = [MAKE_DELETE_UNSURE if n == MAKE_DELETE else n for n in sequence]
    return sequence
