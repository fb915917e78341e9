"""The service asked about for a place outside B.C. ("can someone in alberta use this", "does
this service help people in the yukon", "is this only for bc or can people from ontario use
it too"): the service is for people who live in B.C., and the routes open to anyone
(`utter_not_in_bc`). Before (session 21, my own tries): the classifier read them as the age
limit ("There are no age restrictions. Anyone in B.C. ...") or who qualifies, and no answer
said what the person asked.

Right after such an answer, the other person said to be in B.C. ("what about if the guy lives
in bc"): `utter_other_person_in_bc` (the service is for people who live in B.C. even then; the
sources don't say whether the tribunal or the IIPS can help, so ask the IIPS), as
leftover_questions answers it when the writer's own home outside B.C. was said
(`other_person_in_bc`).

Only a place named in a question with nobody's home said (`home_reading.place_mentions`:
owner unknown, asked); never when the writer names their own B.C. home, someone else's place
("my ex lives in alberta"), or a move. Plain functions; no Rasa imports.
"""

from __future__ import annotations

import re

from assistant.home_reading import OTHER, SELF, UNKNOWN, place_mentions

ANSWER = ["utter_not_in_bc"]
# The other person in B.C., said after an outside-B.C. answer: the service is for people who
# live in B.C. even then; the tribunal's and the IIPS's reach not in the sources, so ask them.
OTHER_IN_BC_ANSWER = ["utter_other_person_in_bc"]
ANSWERS = (*ANSWER, *OTHER_IN_BC_ANSWER)
# The answers that tell someone the B.C. services may not be for them.
_OUTSIDE_ANSWERS = frozenset(
    {
        "utter_not_in_bc",
        "utter_outside_bc_anywhere",
        "utter_outside_bc_lines",
        "utter_outside_bc_lines_routes",
        "utter_routes_intro_outside_bc",
        "utter_question_fallback_who_outside_bc",
    }
)
# A second thing asked beside the place (removal, police, the tribunal...): left to the readers
# that answer both.
_ANOTHER_ASK = re.compile(
    r"\b(?:take (?:it|them|that|those|the \w+) down|remov\w*|delet\w*|sue|police|report\w*"
    r"|tribunal|crt|order|court|money|damages)\b"
)
# "he's the one in BC", "the guy is in bc", "she lives in b.c.": the other person in B.C.
_OTHER_IN_BC = re.compile(
    r"\b(?:he|she|they|him|her|them|the guy|the person|my ex|he'?s|she'?s|they'?re|hes|shes)"
    r"\b[^.!?]{0,30}\b(?:in|from) (?:bc|b\.c\.?|british columbia)\b"
)

# The service asked about: using it, being helped, qualifying, whom it is for.
_SERVICE_ASKED = re.compile(
    r"\b(?:use (?:this|it|the service|you)|this service|the service|your service|help (?:people"
    r"|someone|anyone|residents)|qualify|eligible|apply|only for|available (?:to|for|in)"
    r"|(?:for|serve) (?:people|someone|anyone|residents)|free lawyer|legal advice)\b"
)


def service_for_place(text: str) -> list[str] | None:
    """The outside-B.C. answer when the service is asked about for a place outside B.C."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _SERVICE_ASKED.search(lowered):
        return None
    mentions = place_mentions(lowered)
    if any(m.in_bc and m.owner == SELF and not m.asked for m in mentions):
        return None
    asked_outside = [
        m for m in mentions if not m.in_bc and m.owner == UNKNOWN and m.asked and not m.negated
    ]
    others = [m for m in mentions if not m.in_bc and m.owner not in (UNKNOWN,)]
    return ANSWER if asked_outside and not others else None


def other_person_in_bc(text: str, previous_actions: list[str]) -> list[str] | None:
    """Right after an outside-B.C. answer, the other person said to be in B.C. ("what about if
    the guy lives in bc", "he's the one in BC though"): the service is for people who live in
    B.C. even then, and whom to ask about the tribunal and the IIPS."""
    if not _OUTSIDE_ANSWERS & set(previous_actions):
        return None
    if set(OTHER_IN_BC_ANSWER) & set(previous_actions):
        return None
    lowered = (text or "").lower().replace("\u2019", "'")
    if _ANOTHER_ASK.search(lowered):
        return None  # "... he's the one in BC? can i make him take them down": older readers
    others_in_bc = [m for m in place_mentions(lowered) if m.in_bc and m.owner == OTHER]
    return OTHER_IN_BC_ANSWER if others_in_bc or _OTHER_IN_BC.search(lowered) else None
