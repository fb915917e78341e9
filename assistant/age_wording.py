"""An age the writer gave, used in the answer's words (round 19, kind 4: "if you're under 18" to
a 14-year-old who had said "IM 14", p19; "if anyone in the images is under 18" to an
18-year-old whose images are from when she was 16, p21).

Many answers are written for anyone ("If you're under 18, tell a safe adult"). One check at
send time, for every action's messages, the same way as assistant.outside_bc_offers: when the
writer said their own age under 18, "If you're under 18, ..." becomes "Because you're under
18, ..."; when the writer, an adult now, said the images are from when they were under 18,
"If anyone in the images is under 18, ..." becomes "Because you were under 18 when they were
taken, ..." (bc-facts.md: images of anyone under 18, taken then, stay child sexual abuse
material). Never for someone writing for another person (the helped person's age counts), and
nothing else in the answer changes. Plain Python; no text is logged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assistant.age_parsing import parse_ages
from assistant.plain_text import plain_lower

ADULT_AGE = 18  # content/age_rules.yml adult_age
YOUNG_NOW = "young_now"
YOUNG_THEN = "young_when_taken"

# The openings rewritten (lower case here; a capital at the start is kept), and the domain
# response whose text replaces each (domain/age_wording.yml: the one home of the wording).
_PERSON_IN_IMAGE = r"if the person in the image is under 18, or was when it was taken, "
_YOUNG_NOW_OPENINGS = (
    (
        re.compile(_PERSON_IN_IMAGE + r"|if you(?:'re| are) under 18, ", re.I),
        "utter_age_opening_young_now",
    ),
)
_YOUNG_THEN_OPENINGS = (
    (re.compile(_PERSON_IN_IMAGE, re.I), "utter_age_opening_young_then_it"),
    (
        re.compile(r"if anyone in the images is under 18, ", re.I),
        "utter_age_opening_young_then_they",
    ),
)


@lru_cache(maxsize=1)
def _openings() -> dict[str, str]:
    """{response name: its text} for the openings (domain/age_wording.yml)."""
    from assistant.content.responses import all_responses

    responses = all_responses()
    names = {name for _, name in (*_YOUNG_NOW_OPENINGS, *_YOUNG_THEN_OPENINGS)}
    return {name: str(responses[name][0]["text"]) for name in names}


def _same_case(found: str, opening: str) -> str:
    return opening if found[:1].isupper() else opening[:1].lower() + opening[1:]


def writer_age_group(texts: list[str]) -> str | None:
    """YOUNG_THEN when the writer, an adult now, said the images are from when they were under
    18; YOUNG_NOW when the latest age the writer gave for themself is under 18; else None.
    None for someone writing about another person's images."""
    from assistant.helper_reading import images_taken_under_18
    from assistant.roles_fit import writer_helps

    words = [t for t in texts if t and not t.startswith("/")]
    if not words or writer_helps(words):
        return None
    if any(images_taken_under_18(text) for text in words):
        return YOUNG_THEN
    for text in reversed(words):
        parsed = parse_ages(plain_lower(text))
        if parsed.self_stated and parsed.age is not None:
            return YOUNG_NOW if parsed.age < ADULT_AGE else None
    return None


def fitted_text(text: str, group: str | None) -> str:
    """The text with its "if you're under 18" in the writer's own age."""
    if not text or group is None:
        return text
    openings = _openings()
    for pattern, name in _YOUNG_NOW_OPENINGS if group == YOUNG_NOW else _YOUNG_THEN_OPENINGS:
        opening = openings[name]

        def fitted(match: re.Match[str], opening: str = opening) -> str:
            return _same_case(match.group(0), opening)

        text = pattern.sub(fitted, text)
    return text


def fit_events(events: list, tracker: Any) -> None:
    """In place: the bot messages in `events` in the writer's own age."""
    from rasa.shared.core.events import BotUttered, UserUttered

    bot = [i for i, e in enumerate(events or []) if isinstance(e, BotUttered) and e.text]
    if not bot:
        return
    texts = [e.text or "" for e in getattr(tracker, "events", []) if isinstance(e, UserUttered)]
    group = writer_age_group(texts)
    if group is None:
        return
    for i in bot:
        event = events[i]
        text = fitted_text(event.text, group)
        if text != event.text:
            events[i] = BotUttered(text, event.data, event.metadata, event.timestamp)


def send_filter(events: list, tracker: Any, domain: Any) -> None:
    """assistant.send_filters' step: the openings fitted to the writer's age."""
    fit_events(events, tracker)
