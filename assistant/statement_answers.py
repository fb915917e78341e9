"""A statement in front of a question, read as the answer to the form's question ("I was an
adult. does a threat count?" to "Were you under 18?"): the question gets its own answer, and
then the form reads the statement instead of asking the same question again. Plain Python;
the readers are the forms' own (assistant/legal_routes.py, situation_reading, home_reading).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant import legal_routes as routes
from assistant.age_parsing import parse_ages
from assistant.form_answers import (
    statement_before_question,
    statements_before_question,
    yes_or_no,
)
from assistant.home_reading import home_from_text
from assistant.situation_reading import situation_from_text


def _age_group(text: str) -> str | None:
    answer = yes_or_no(text)
    return routes.age_group_from_text(text) or (None if answer is None else "yes/no")


def _an_age(text: str) -> str | None:
    """An age said in the statement ("hes 17."), for the age check's questions."""
    parsed = parse_ages(text)
    for age in (parsed.other_age, parsed.age, *parsed.unassigned):
        if age is not None:
            return str(age)
    return None


# The slots whose answer can be read from a statement alone, by form.
READERS: dict[tuple[str, str], Callable[[str], str | None]] = {
    ("route_form", "route_age_group"): _age_group,
    ("route_form", "route_goal"): routes.goal_from_text,
    ("route_form", "route_when"): routes.when_from_text,
    ("route_form", "image_situation"): situation_from_text,
    ("eligibility_form", "lives_in_bc"): home_from_text,
    # Round 19 (session 20): "he posted 2 already. how do i stop him posting more?"
    ("eligibility_form", "image_situation"): situation_from_text,
    # Round 19 (session 20): "hes 17. is it a crime even with her permission?"
    ("age_check_form", "age_check_age"): _an_age,
    ("age_check_form", "age_check_other_age"): _an_age,
}


def statement_answers(form: str | None, slot: str | None, intent: str, text: str) -> bool:
    """Whether the statement before the message's question answers `slot` of `form`."""
    read = READERS.get((form or "", slot or ""))
    if not read:
        return False
    first = statement_before_question(intent, text)
    if first and read(first):
        return True
    # Only where the whole message says the same: a later question can take it back.
    told = statements_before_question(intent, text)
    answer = read(told) if told else None
    return bool(answer and answer == read(text))
