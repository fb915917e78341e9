"""No paragraph twice in one reply (round 19, kind 6: p05 turn 1 sent the outside-B.C. paragraph
twice; p34 turn 4 sent the interpreter answer twice in two near-identical wordings).

Several actions can answer one turn (a rule's answer, then a policy's, then a form's outcome),
and each chooses its messages alone, so two of them can say the same thing. One check at send
time, for every action's messages: a bot message whose words are those of a message already
sent since the person's latest message (the same, or nearly: `_NEAR` of the words in the same
order) keeps only its sentences that say something new ("ASL interpretation is available too.");
with none left, it goes, and its buttons go with it unless it was the turn's only buttons.
One step of assistant.send_filters (after the outside-B.C. offers and the age wording).
Plain Python; no text is logged.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

# Word-sequence likeness from which two paragraphs or sentences count as the same.
_NEAR = 0.8
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z\"“(])")
_WORD = re.compile(r"[a-z0-9@.'-]+")


def _words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower())


# Phone numbers, emails and web addresses: two texts with different ones are never the same
# ("call or text 9-8-8 any time" and "call or text 1-800-563-0808 any time" both stay).
_CONTACT = re.compile(r"\d[\d-]{1,}\d|[\w.+-]+@[\w.-]+|\b[\w-]+\.(?:ca|org|com|net)\b", re.I)


def same_words(first: str, second: str) -> bool:
    """The two texts say the same thing in (nearly) the same words, with the same contacts."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return False
    if a == b:
        return True
    if set(_CONTACT.findall(first)) != set(_CONTACT.findall(second)):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _NEAR


def _sentences(text: str) -> list[str]:
    return [s for line in text.split("\n") for s in _SENTENCE_END.split(line) if s.strip()]


# Round 21 (reasks22, p03 T2): a paragraph said again inside another message of the same turn
# ("To get images removed: Take It Down ..." twice, in two different messages) is a repeat
# too. A sentence this long or longer, nearly the same as one already sent, is left out.
MIN_SENTENCE_WORDS = 8


def _without_sentences(text: str, said_sentences: list[str], min_words: int) -> str | None:
    """`text` without its sentences of `min_words` words or more that nearly repeat one of
    `said_sentences`, line by line (lists keep their lines); None when nothing is left."""
    lines = []
    for line in text.split("\n"):
        parts = [s for s in _SENTENCE_END.split(line) if s.strip()]
        kept = [
            s
            for s in parts
            if len(_words(s)) < min_words or not any(same_words(s, o) for o in said_sentences)
        ]
        if kept:
            lines.append(" ".join(part.strip() for part in kept))
    return "\n".join(lines).strip() or None


def new_part(text: str, earlier: list[str]) -> str | None:
    """`text` as it should be sent after the messages `earlier` of the same turn: whole when it
    repeats none of them, its new sentences when it nearly repeats one or says one of their
    long sentences again, None when nothing in it is new."""
    if not text or not earlier:
        return text
    said_sentences = [s for said in earlier for s in _sentences(said)]
    if any(same_words(text, said) for said in earlier):
        kept = [s for s in _sentences(text) if not any(same_words(s, o) for o in said_sentences)]
        return " ".join(kept).strip() or None
    shorter = _without_sentences(text, said_sentences, MIN_SENTENCE_WORDS)
    if shorter is None or _words(shorter) == _words(text):
        return text if shorter is not None else None
    return shorter


# A numbered step ("1. Stop all contact."): at the start or after a sentence's end, a number
# of one or two digits, then a capital (never "March 6, 2023." nor "9-1-1.").
_STEP = re.compile(r"(?:^|(?<=[.!?:] ))(\d{1,2})\. (?=[A-Z])", re.M)


def renumbered(text: str, earlier: list[str]) -> str:
    """`text` with its numbered steps counted on without a gap (round 22, p02: "1. ... 3."
    after a repeated sentence, and "2." with it, was left out; the next message went on at
    "4."). A text whose steps start at 1 counts from 1; one that goes on from an earlier
    message of the turn counts on from that message's last step (with none, from its own
    first number). Unchanged when there is no gap."""
    numbers = [int(m.group(1)) for m in _STEP.finditer(text or "")]
    if not numbers:
        return text
    before = [int(m.group(1)) for said in earlier for m in _STEP.finditer(said)]
    first = numbers[0] if numbers[0] == 1 or not before else before[-1] + 1
    wanted = list(range(first, first + len(numbers)))
    if numbers == wanted:
        return text
    counter = iter(wanted)
    return _STEP.sub(lambda m: f"{next(counter)}. ", text)


def turn_texts(tracker_events: list) -> list[str]:
    """The bot's texts sent since the person's latest message."""
    from rasa.shared.core.events import BotUttered, UserUttered

    texts: list[str] = []
    for event in reversed(list(tracker_events or [])):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered) and event.text:
            texts.append(event.text)
    return list(reversed(texts))


def filter_events(events: list, tracker: Any) -> None:
    """In place: the bot messages in `events` without what this turn already said."""
    from rasa.shared.core.events import BotUttered

    earlier = turn_texts(getattr(tracker, "events", []))
    dropped: list[int] = []
    for i, event in enumerate(events or []):
        if not isinstance(event, BotUttered) or not event.text:
            continue
        text = new_part(event.text, earlier)
        if text is not None:
            text = renumbered(text, earlier)
        if text == event.text:
            earlier.append(event.text)
            continue
        data = dict(event.data or {})
        if text is None:
            if data.get("buttons") and not _buttons_sent(events, tracker, i):
                events[i] = BotUttered(None, data, event.metadata, event.timestamp)
            else:
                dropped.append(i)
            continue
        events[i] = BotUttered(text, data, event.metadata, event.timestamp)
        earlier.append(text)
    for i in reversed(dropped):
        del events[i]


def _buttons_sent(events: list, tracker: Any, index: int) -> bool:
    """Some other message of this turn carries buttons already."""
    from rasa.shared.core.events import BotUttered, UserUttered

    for j, event in enumerate(events):
        if j != index and isinstance(event, BotUttered) and (event.data or {}).get("buttons"):
            return True
    for event in reversed(list(getattr(tracker, "events", []) or [])):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.data or {}).get("buttons"):
            return True
    return False


def send_filter(events: list, tracker: Any, domain: Any) -> None:
    """assistant.send_filters' step: drop this turn's repeated paragraphs."""
    filter_events(events, tracker)
