"""A young writer's own images held by someone, not shared ("im 16 and my ex (17) still has my
nudes from when we dated", session 20): it got the adults' held-images answer (the tribunal,
voyeurism). What the service page says for images of anyone under 18: legal only when kept
private between the people in them, for personal use, with everyone's consent; "if you're not
sure whether the images are illegal, contact us". The IIPS supports people whose images are held
and can ask the person to delete them (bc-facts.md); Kids Help Phone; Cybertip.ca and Take It
Down if they are shared.

Plain Python; the InterruptPolicy fits the held-images kind to a writer under 18 now
(domain/young_held.yml).
"""

from __future__ import annotations

from assistant import route_form_gate

HELD_YOUNG = "held_not_shared_young"
ANSWERS = {HELD_YOUNG: ["utter_held_young", "utter_held_young_help"]}
KINDS = frozenset(ANSWERS)
# The adults' held-images kinds a young writer's own case is fitted from.
HELD_KINDS = frozenset({"held_not_shared"})


def fitted(kind: str | None, said: list[str], is_minor_slot: object = None) -> str | None:
    """HELD_YOUNG for the held-images kind when the writer is under 18 now; `kind` otherwise."""
    if kind in HELD_KINDS and route_form_gate.young_now(said, is_minor_slot):
        return HELD_YOUNG
    return kind
