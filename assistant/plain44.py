"""Rounds 43-44 (plain44): own-words follow-ups whose answer is in the sources but that got a
stock block, the youth block for an adult, or "I'd rather not guess"
(tests/simulated-users/2026-12-06-round43, -round44):

- an adult at college: "should I tell my program coordinator?", "is my school supposed to do
  something? it's a college program", "I said I'm 19, police or not?" (r43 p06, r44 p06);
- a printed copy given back: "keep it or rip it up?", "is the printed copy evidence?" (r43 p09);
- "what do I say when I call the police, do I have to show them the nude, what should I bring"
  (r43 p14, rated not: three misses in a row);
- "can I do both, police and the tribunal, or does one cancel the other?" (r43 p21);
- "can I just take back my ok for her to have the video?" (r44 p20);
- "if they say no, what then, where else do I go?" about the free service (r44 p26);
- "is the CRT available in French?", "does Cybertip have Hindi?" (r44 p35, p28).

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, after plain42). Responses in domain/plain44.yml.
"""

from __future__ import annotations

import re

from assistant.age_now import adult_now
from assistant.fresh_answers import fresh
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

COLLEGE_ADULT = "utter_college_adult"
REPORT_POLICE = "utter_report_police"  # domain: the police non-emergency line, 9-1-1 if danger
DESTROY_PRINTS = "utter_part_destroy_prints"  # domain/question_parts.yml: prints may be evidence
POLICE_WHAT_TO_BRING = "utter_police_what_to_bring"
BOTH_ROUTES = "utter_both_routes"
REVOKE = ["utter_revoke_consent", "utter_revoke_having"]  # domain/topics.yml, stock27.yml
IF_SERVICE_SAYS_NO = "utter_if_service_says_no"
SERVICE_LANGUAGE = "utter_service_language"

# A college program (a university, a dean or a residence keeps the older institution answers).
_COLLEGE = re.compile(r"\b(?:college|my program|program coordinator|college program)\b")
_TELL_OR_ACT = re.compile(
    r"\b(?:tell|report (?:it )?to|go to|supposed to|have to do|do (?:something|anything)|make it"
    r" worse|should i)\b"
)
_POLICE = re.compile(r"\b(?:police|cops?|rcmp)\b")
_POLICE_OR_NOT = re.compile(
    r"\b(?:police|cops?) or not\b|\bdo i (?:report|go) to (?:the )?police\b"
)
_NOT_A_KID = re.compile(
    r"\b(?:i said i'?m|im|i'?m|i am) (?:1[89]|[2-9]\d)\b|\bnot a (?:kid|child|minor|teen)\b"
    r"|\b(?:i'?m|im|i am) an adult\b|\bnot high school\b"
)
_PRINT = re.compile(r"\b(?:print\w*|paper|copy|copies|mailbox\w*|flyers?)\b")
# "rip it up" (burning, shredding, throwing out keep the older printed-copies answers).
_DESTROY = re.compile(r"\b(?:rip|tear) (?:it|them|that|this) up\b")
# Said of the police ("when I call", "the police" in the message): "what do I say to her"
# keeps the older supporter answers.
_BRING_TO_POLICE = re.compile(
    r"\bwhat (?:do|should|would) i (?:say|tell|bring|show|give)\b(?! to (?:her|him|my|them))"
    r"|\bwhat (?:info|information|details|evidence) (?:do|would|will) (?:they|the police"
    r"|police|cops) need\b"
    r"|\bdo i (?:need|have) to (?:give|show|send|hand) (?:them|the police|police|the cops)"
    r" (?:the )?(?:pics?|pictures?|photos?|nudes?|images?|video)\b"
    r"|\b(?:give|show) them the (?:pics?|nudes?|pictures?|photos?|images?)\b"
)
# "does one cancel the other": "can I do both?" keeps the older answer (two routes).
_BOTH = re.compile(r"\b(?:cancel\w*|affect\w*|interfere\w*|rule out|stop me from)\b")
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|protection order|claim)\b")
_TAKE_BACK = re.compile(
    r"\btake back my (?:ok|okay|yes|permission|consent)\b|\bwithdraw my (?:ok|consent|permission)\b"
    r"|\brevoke my (?:consent|permission)\b"
)
_SAYS_NO = re.compile(
    r"\b(?:if|what if) (?:they|the service|the lawyer|the free lawyer|it) (?:says? no|say no|won'?t"
    r" take me|wont take me|turns? me down|rejects? me|can'?t take me|can'?t help me|doesn'?t take"
    r" me)\b|\bwhere else (?:do|can|could|should) i go\b|\bif (?:i'?m|im|i am) (?:turned down"
    r"|rejected|refused)\b|\bif (?:i|we) can'?t use (?:them|it|the service)\b"
)
# VictimLinkBC's and the legal service's own language answers are older (plain40, wrong_topic).
# Round 47 p30, round 48 p27: "if they say no because of income, what else is there", "what
# OTHER options are there".
_WHAT_THEN = re.compile(
    r"\b(?:what then|then what|where else|what now|who else|what else|other options?"
    r"|alternatives?)\b"
)
_CALL_OR_SHOW = re.compile(
    r"\bwhen i call\b|\b(?:give|show|hand) (?:them|the police|police|the cops) (?:the )?"
    r"(?:pics?|pictures?|photos?|nudes?|images?|video)\b|\bwhat (?:info|information|details)"
    r" do they need\b"
)
_SERVICE = re.compile(r"\b(?:crt|tribunal|cybertip\w*|kids help phone)\b")
_LANGUAGE = re.compile(
    r"\b(?:french|fran[cç]ais|spanish|espa[nñ]ol|punjabi|hindi|gujarati|urdu|mandarin|cantonese"
    r"|chinese|korean|tagalog|vietnamese|farsi|persian|arabic|russian|ukrainian|portuguese"
    r"|japanese|language)\b"
)


def kind(text: str, earlier: list[str], is_minor: object = None) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/") or not earlier:
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    adult = any(adult_now(t) for t in [*earlier[-6:], text]) or bool(_NOT_A_KID.search(cleaned))
    young = young_now([*earlier, text], is_minor) and not adult
    if not young and _LANGUAGE.search(cleaned) and _SERVICE.search(cleaned) and "?" in cleaned:
        # "the service"'s own interpreter answer is older (wrong_topic.INTERPRETER)
        if not re.search(r"\binterpret\w*\b", cleaned):
            return [SERVICE_LANGUAGE]
    if adult and _POLICE_OR_NOT.search(cleaned) and _NOT_A_KID.search(cleaned):
        return [REPORT_POLICE]  # "I said I'm 19, college not high school, police or not?"
    if (
        not young
        and _COLLEGE.search(" ".join([*told[-3:], cleaned]))
        and _COLLEGE.search(cleaned)
        and _TELL_OR_ACT.search(cleaned)
    ):
        return [COLLEGE_ADULT]
    if _DESTROY.search(cleaned) and any(_PRINT.search(t) for t in [*told, cleaned]):
        return [DESTROY_PRINTS]
    # "when I call", "show them the nude", "what info do they need": "what should I bring to
    # the police" keeps the older answer.
    if _BRING_TO_POLICE.search(cleaned) and _CALL_OR_SHOW.search(cleaned):
        return [POLICE_WHAT_TO_BRING]
    if _BOTH.search(cleaned) and _POLICE.search(cleaned) and _TRIBUNAL.search(cleaned):
        return [BOTH_ROUTES]
    if _TAKE_BACK.search(cleaned):
        return list(REVOKE)
    if _SAYS_NO.search(cleaned) and _WHAT_THEN.search(cleaned):
        return [IF_SERVICE_SAYS_NO]
    return None


def follow_up(
    text: str, previous: list[str], earlier: list[str], is_minor: object = None
) -> list[str] | None:
    """The answer, without what the turn before already sent."""
    found = kind(text, earlier, is_minor)
    found = fresh(found, previous) if found else None
    if found == [POLICE_WHAT_TO_BRING]:
        # Ends with action_listen: "what do I say to them" is this answer, never the narrow
        # part for a supporter's words (follow_up_readers.first_sequence).
        return [*found, "action_listen"]
    return found
