"""The other questions of a two- or three-question message answered beside the reply, when each
is one whose answer does not depend on the rest (round 74: seven of thirty-two people had one
half dropped; asked again alone, each was answered: "will you tell my mom", "what if she posts
them at midnight", "how do I support her right now").

The message is cut into its question sentences or clauses (assistant/clauses.py). Each the
reply does not already speak to is read alone by the policy's kinds (`KindAnswer`), with the
rest of the message as said before it; only the kinds in STANDALONE are added: a question like
"am I in trouble for having them?" or "would I have to travel?" means something else read alone
(the full conversation run found both answered wrongly that way). At most MAX_ADDED answers
are added after the reply. Plain functions over MessageContext."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant import question_parts
from assistant.answer_kinds import WHO_IS_TOLD
from assistant.answer_kinds_everyday import CHAT_KEPT
from assistant.answer_kinds_sources import ANONYMOUS, FEE
from assistant.answer_kinds_what_happens import IF_POSTED
from assistant.clauses import asks, question_clauses, sentence_parts
from assistant.helper_reading import HELPER_TALK
from assistant.policies.message_context import MessageContext
from assistant.safety import read_safety
from assistant.urgent_questions import BLOCK

MAX_ADDED = 1  # one more answer: a reply of three answers is too long to read in distress
MIN_WORDS = 4  # "and if so?" or "what now?" alone says nothing a kind can know
# Kinds whose answer is the same whatever the rest of the message says.
STANDALONE = frozenset({WHO_IS_TOLD, IF_POSTED, HELPER_TALK, FEE, ANONYMOUS, BLOCK, CHAT_KEPT})
_WORD = re.compile(r"[a-z0-9']+", re.I)
_ENDS_TURN = ("_form", "action_listen")
# (question, what the message said before it) -> the kind of that question read alone, with
# who is writing known from the messages before (InterruptPolicy._piece_kind), or None.
PieceKind = Callable[[str, str], "str | None"]
# A kind -> its responses, fitted to who is writing (InterruptPolicy._piece_answer).
PieceAnswer = Callable[[str], "list[str] | None"]


def question_pieces(text: str) -> list[tuple[str, str]]:
    """(question, what the message says before it) for each question sentence or clause of a
    message that asks two or more; [] for a message of one."""
    pieces = question_clauses(text) or sentence_parts(text)
    found: list[tuple[str, str]] = []
    for piece in pieces:
        if len(_WORD.findall(piece)) < MIN_WORDS or not asks(piece):
            continue
        at = text.find(piece)
        found.append((piece, text[:at].strip() if at > 0 else ""))
    # One question beside what the person tells is the reply's to answer: read alone, "is that
    # even allowed" after "my manager keeps asking me for pics" lost what "that" is.
    return found if len(found) >= 2 else []


def _spoken_to(piece: str, said: str) -> bool:
    """Whether the reply uses one of the question's own words ("am I in trouble?" beside "you
    are not in trouble"); a question of no such words ("will you tell my mom") is not."""
    words = question_parts.words_of(piece)
    return bool(words and words & question_parts.words_of(said))


def with_second_questions(
    sequence: list[str],
    ctx: MessageContext,
    piece_kind: PieceKind,
    answer_of: PieceAnswer,
) -> list[str]:
    """`sequence` with the answer of each other question of the message whose kind, read
    alone, is in STANDALONE and whose answer (`answer_of`) the reply does not send yet."""
    if not sequence or sequence[-1].endswith(_ENDS_TURN) or read_safety(ctx.text) is not None:
        return sequence
    pieces = question_pieces(ctx.text)
    if not pieces:
        return sequence
    said = " ".join(ctx.response_text(name) for name in sequence)
    uncovered = question_parts.uncovered_clause(ctx.parse_data, said)
    added: list[str] = []
    for piece, before in pieces:
        if len(added) >= MAX_ADDED:
            break
        if _spoken_to(piece, said):
            continue  # the reply already speaks to it (its own words are in the reply)
        kind = piece_kind(piece, before)
        answer = answer_of(kind) if kind in STANDALONE else None
        if not answer or answer[0] in sequence:
            continue  # not a standalone question, or the one the reply answers
        new = [a for a in answer if a not in sequence and a not in ctx.previous]
        if new:
            added.append(piece)
            sequence = [*sequence, *new]
    if not added:
        return sequence
    if uncovered in added:  # its "You also asked ... doesn't answer that part" is answered now
        sequence = [name for name in sequence if name != question_parts.PART_NOT_COVERED]
    return question_parts.once_each(sequence, ctx.response_text)
