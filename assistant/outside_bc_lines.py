"""Once the person said they live outside B.C., no ordinary answer offers the B.C.-only support
lines: the BC Mental Health Support Line (310-6789 works only in B.C.) and VictimLinkBC (round
54 p31: "is there anyone I can talk to that's not in B.C.?" from Yellowknife got both; p07 in
Calgary got 310-6789).

A send filter after assistant.outside_bc_offers (assistant.send_filters): for someone whose
latest named home is outside B.C. (not moving here, not writing for someone else), it drops the
sentences that offer those lines from the turn's messages. Crisis answers are never touched:
a message sent as a crisis, danger or check-in answer, or any message in a turn whose words
read as a clear crisis (assistant.safety), goes as it is, and a sentence that also gives 9-8-8,
9-1-1 or a line that works anywhere stays whole. A message left with nothing goes; if nothing
at all would be left, the messages go as they are. Plain Python.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.outside_bc_offers import SENTENCE_END, lives_outside_bc, user_texts

_BC_LINE = re.compile(r"310-6789|1-800-563-0808|VictimLinkBC", re.IGNORECASE)
# Lines that work anywhere in Canada: a sentence with one of them stays whole.
_ANYWHERE_LINE = re.compile(
    r"9-8-8|9-1-1|1-866-658-9022|cybertip|1-800-668-6868|686868|StopNCII|Take It Down"
    r"|NeedHelpNow",
    re.IGNORECASE,
)
# Answers written for someone outside B.C. say which services are B.C.'s: left whole.
_OUTSIDE_RESPONSE = re.compile(r"outside|not_in_bc|abroad|other_province", re.IGNORECASE)
# Answers sent for a crisis, a danger or a check-in keep every line.
_CRISIS_RESPONSE = re.compile(
    r"crisis|help_now|988|danger|safe|check_in|suicid|self_harm|hurt|emergency",
    re.IGNORECASE,
)


# A sentence that names the lines as B.C.'s ("VictimLinkBC and the IIPS are B.C. services")
# tells the person something true about them; it stays.
_SAYS_BC_ONLY = re.compile(
    r"\bB\.C\. services?\b|for people (?:who live )?in B\.C\.|outside B\.C\.", re.IGNORECASE
)


def _offers_bc_line(sentence: str) -> bool:
    return bool(
        _BC_LINE.search(sentence)
        and not _ANYWHERE_LINE.search(sentence)
        and not _SAYS_BC_ONLY.search(sentence)
    )


def strip_lines(text: str) -> str:
    """The text without the sentences that offer only a B.C.-only line."""
    lines = []
    for line in text.split("\n"):
        parts = SENTENCE_END.split(line)
        kept = [p for p in parts if not _offers_bc_line(p)]
        if kept:
            lines.append(" ".join(kept))
        elif not line.strip():
            lines.append(line)
    return "\n".join(lines).strip()


def _name(event: Any) -> str:
    return str((event.metadata or {}).get("utter_action") or "")


def _is_crisis_message(event: Any) -> bool:
    """A crisis, danger or check-in answer, or a message with B.C. lines and no response name."""
    name = _name(event)
    if not name:
        return bool(_BC_LINE.search(event.text or ""))
    return bool(_CRISIS_RESPONSE.search(name))


def _written_for_outside(event: Any) -> bool:
    return bool(_OUTSIDE_RESPONSE.search(_name(event)))


def filter_events(events: list, tracker: Any) -> None:
    """In place: the turn's messages without B.C.-only lines, for someone living outside B.C."""
    from rasa.shared.core.events import BotUttered

    from assistant.roles_fit import writer_helps
    from assistant.safety import read_safety

    bot_indexes = [i for i, e in enumerate(events or []) if isinstance(e, BotUttered)]
    if not bot_indexes or not any(_BC_LINE.search(events[i].text or "") for i in bot_indexes):
        return
    texts = user_texts(tracker)
    slot = tracker.get_slot("lives_in_bc") if hasattr(tracker, "get_slot") else None
    if not lives_outside_bc(texts, slot) or writer_helps(texts):
        return
    reading = read_safety(texts[-1]) if texts else None
    if reading is not None and reading.clear:
        return  # a crisis turn: every line stays (a check-in keeps them by its name)
    if any(_is_crisis_message(events[i]) for i in bot_indexes):
        return  # a crisis answer in the turn: every line stays
    changed: dict[int, str] = {}
    for i in bot_indexes:
        text = events[i].text or ""
        if _BC_LINE.search(text) and not _written_for_outside(events[i]):
            changed[i] = strip_lines(text)
    left = [i for i in bot_indexes if changed.get(i, events[i].text or "") or events[i].data]
    if not left:
        return  # nothing would be left: the messages go as they are
    for i in sorted(changed, reverse=True):
        event = events[i]
        if changed[i]:
            events[i] = BotUttered(changed[i], event.data, event.metadata, event.timestamp)
        elif (event.data or {}).get("buttons"):
            events[i] = BotUttered(None, event.data, event.metadata, event.timestamp)
        else:
            del events[i]


def send_filter(events: list, tracker: Any, domain: Any) -> None:
    """assistant.send_filters' step."""
    filter_events(events, tracker)
