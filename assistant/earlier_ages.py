"""Ages said before the age check started ("I'm 15" in the first message), so it does not ask
them again. Plain functions over assistant.age_parsing; no Rasa imports."""

from __future__ import annotations

from dataclasses import replace

from assistant.age_parsing import ParsedAges, parse_ages, resolve_pair


def _has_ages(parsed: ParsedAges) -> bool:
    return parsed.age is not None or parsed.other_age is not None or bool(parsed.unassigned)


def with_earlier(current: ParsedAges, earlier_texts: list[str]) -> ParsedAges:
    """`current` (the message that starts the check) with its gaps filled from the earlier
    messages, latest first. The person's own age only when they said it as theirs ("I'm
    15"), not from a question about two other people."""
    merged = replace(current, unassigned=list(current.unassigned))
    if None not in resolve_pair(current):
        return merged  # "so for 13 and 15?": a whole pair now; older numbers would mix in
    for text in reversed(earlier_texts):
        said = parse_ages(text)
        if not said.found_anything():
            continue
        if not _has_ages(merged) and said.unassigned and not said.self_stated:
            merged.unassigned = list(said.unassigned)  # "is it ok for a 14 and a 19 year old"
        if merged.age is None and said.age is not None and said.self_stated:
            merged.age, merged.self_stated = said.age, True
        if merged.other_age is None and said.other_age is not None:
            merged.other_age = said.other_age
        if merged.other_age is None and said.self_stated and said.unassigned:
            merged.other_age = said.unassigned[0]  # "im 14 and this 20 yr old guy": the other
        if merged.other_offset is None and said.other_offset is not None:
            merged.other_offset = said.other_offset
        if merged.authority is None and said.authority is not None:
            merged.authority = said.authority
        if merged.age is not None and merged.other_age is not None:
            break
    return merged
