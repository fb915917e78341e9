""" "I didnt pay" told right after the sextortion steps (session 18): the whole five-step block
came again, word for word. Heard: not paying is what police and child protection groups advise
(bc-facts.md, sextortion steps), with what to keep doing and who to tell, in one message.

Plain Python over the latest message and the actions before it; the InterruptPolicy sends the
answer (domain/not_paid.yml).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

NOT_PAID = "sextortion_not_paid"
NOT_PAID_YOUNG = "sextortion_not_paid_young"
ANSWERS = {
    NOT_PAID: ["utter_sextortion_not_paid", "utter_sextortion_not_paid_adult"],
    NOT_PAID_YOUNG: ["utter_sextortion_not_paid", "utter_sextortion_not_paid_young"],
}
KINDS = frozenset(ANSWERS)

# The sextortion answers that make "i didnt pay" a reply to them.
_STEPS_GIVEN = frozenset(
    {
        "utter_sextortion_steps",
        "utter_sextortion_pay",
        "utter_sextortion_pay_again",
        "utter_sextortion_pay_short",
    }
)
_NOT_PAID = re.compile(
    r"^(?:no+[,.!]* |nope[,.!]* |ok[,.!]* |but )?(?:i|we|im|i'm|i am)"
    r" (?:didn'?t|didnt|did not|have ?n'?t|havent|have not|never|haven'?t yet|wont|won'?t"
    r"|will not|not going to|not gonna)(?: \w+)? (?:pay|paid|send|sent|give|given)\b"
    r"(?: (?:him|her|them|it|anything|any money|money|a cent|a thing|yet|more))*"
    r"[ .!]*(?:yet|thank god|thankfully|luckily)?[ .!]*$"
)


def not_paid_kind(text: str | None, earlier_actions: list[str], young: bool) -> str | None:
    """The kind when the message only tells that the writer did not pay (or send), after the
    sextortion steps; None otherwise ("i didnt pay, should i?" asks: its answer)."""
    cleaned = plain_lower(text)
    if not cleaned or "?" in cleaned or not _NOT_PAID.search(cleaned):
        return None
    if not _STEPS_GIVEN.intersection(earlier_actions):
        return None
    return NOT_PAID_YOUNG if young else NOT_PAID
