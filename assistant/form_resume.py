"""A form's question asked again right after a side answer (issue 16): when the bot's last
message before the person's latest one was that very question, it comes back in its short
"back to ..." words (the utter_ask_* responses' variation for the `form_resumed` slot), so the
same question is never sent twice in a row; asked again after that, the full words come back.

Plain Python over response names. The forms' validators (actions/form_resume.py) and the
InterruptPolicy (a direct answer inside a form, then the form's question) set the slot.
"""

from __future__ import annotations

from collections.abc import Iterable

RESUMED_SLOT = "form_resumed"
LISTEN = "action_listen"


def question_names(form: str | None, slot: str | None) -> frozenset[str]:
    """The responses that can ask `slot` of `form` (Rasa's own search order, responses only)."""
    if not form or not slot:
        return frozenset()
    return frozenset({f"utter_ask_{form}_{slot}", f"utter_ask_{slot}"})


def resume_briefly(last_said: str | None, questions: Iterable[str], short_last: bool) -> bool:
    """True when the question comes in its short words: the bot's last message before the
    person's latest one was this question (`questions`), in its full words (`short_last` is
    whether it was said in the short ones)."""
    return bool(last_said) and last_said in set(questions) and not short_last


def last_response_before_user(responses_and_users: Iterable[tuple[str, str | None]]) -> str | None:
    """The response name of the bot's last message before the latest user message, from
    ("user", None) / ("bot", response name) pairs in order; None when there is none."""
    pairs = list(responses_and_users)
    users = [i for i, (kind, _name) in enumerate(pairs) if kind == "user"]
    if not users:
        return None
    for kind, name in reversed(pairs[: users[-1]]):
        if kind == "user":
            return None
        if kind == "bot":
            return name
    return None
