"""Two messages about someone else that were answered as the writer's own or a victim's helper's
case (issue 16, helper h11a). Plain Python, read from the words; assistant.answer_kinds calls
`others_kind` early, and the InterruptPolicy answers the mark with static responses
(domain/source_answers.yml).

- A relative's OWN child did the sharing ("my son (17) sent his girlfriend's nudes to his
  friends", "no, my daughter is the one who forwarded it"): not the parent of the person it was
  done to ("tell them they're not in trouble"), but what the sources say for that case: an
  intimate image of anyone under 18 falls under child pornography laws, don't keep or forward
  copies, the other young person can get removal help, and a lawyer can say where their child
  stands.
- The WRITER shared someone else's image ("I forwarded my friend's nude to a group chat", "I'm
  the one who shared it"): never "it was done to you, it is not your fault", but what the
  sources say to the one who shared (round 8): sharing without consent can be a crime, the
  tribunal can order the one who shared to delete it and stop, a lawyer can say how it applies,
  and the person in the image can get help.
- The crisis lines asked for someone else ("what number do I give a friend who is suicidal?"):
  the crisis lines, not the intake line. A message the safety net claims never gets here.
"""

from __future__ import annotations

import re

OWN_CHILD_SHARED = "own_child_shared"
CRISIS_LINES_FOR_OTHER = "crisis_lines_for_someone"
WRITER_SHARED = "writer_shared_someones_image"
KINDS = frozenset({OWN_CHILD_SHARED, CRISIS_LINES_FOR_OTHER, WRITER_SHARED})
# The InterruptPolicy's static answers; inside a form, the form's own questions end (they ask
# about the writer's own images).
ANSWERS: dict[str, list[str]] = {
    OWN_CHILD_SHARED: ["utter_own_child_shared", "utter_own_child_shared_next"],
    CRISIS_LINES_FOR_OTHER: ["utter_crisis_lines_for_someone"],
    WRITER_SHARED: ["utter_writer_shared", "utter_writer_shared_next"],
}

# "my son", "my 16 year old daughter", "my teenage stepson (17)", "my kid".
_RELATIVE = (
    r"\b(?:my|our)\s+(?:\d{1,2}[- ]?(?:year[- ]?old|yrs?[- ]?old|yo|y/o)\s+)?"
    r"(?:teenage\s+|teen\s+|little\s+|younger\s+|older\s+|eldest\s+|oldest\s+|youngest\s+)?"
    # Not "my brother" or "my girl": they may have shared the writer's own images.
    r"(?:son|daughter|kid|child|teen|teenager|nephew|niece|grandson|granddaughter|stepson"
    r"|stepdaughter|step-son|step-daughter|little boy|little girl)\b(?!')"
)
# What may come between the relative and the verb: an age, "who is 16", "and he", "just".
_BETWEEN = (
    r"(?:\s*\(\d{1,2}\))?(?:,?\s+(?:who\s+|he\s+|she\s+)?(?:is|was|'s)\s+\d{1,2}"
    r"(?:\s*(?:years?\s+old|yrs?\s+old|yo))?)?,?(?:\s+and)?"
    # "my son is 16 and I just found out he sent ..." (round 14, p20).
    r"(?:\s+(?:i|we)\s+(?:just\s+)?(?:found out|learned|learnt|discovered|heard|saw|realized"
    # "I just found out from the school that he shared" (round 46 p12)
    r"|realised)(?:\s+from\s+(?:the\s+|his\s+|her\s+)?\w+)?(?:\s+that)?)?"
    # "My son is 17. He shared a picture of a girl ..." (who27, round 26 p13 T1): the next
    # sentence's "he" is the child.
    r"(?:[.!]?\s+(?:he|she|they))?"
    r"(?:\s+(?:just|apparently|actually|has|had|have|went and|then|also))*"
)
_SHARED = (
    r"(?:shared|sent|forwarded|posted|leaked|showed|spread|passed around|passed on|airdropped"
    r"|uploaded|put up|put out|circulated|distributed)"
)
# Someone else's image: "his girlfriend's nudes", "a classmate's pic", "a naked photo of a girl".
_SOMEONE_ELSE = re.compile(
    r"\b(?:his|her|their|a|an|another|some|this|that|the)\s+(?:\w+\s+)?"
    r"(?:girlfriend|boyfriend|gf|bf|ex|classmate|friend|girl|boy|student|kid|teammate"
    r"|peer|schoolmate|crush)(?:'s|s')"
    r"|\bsomeone(?:'s| else's)|\bof (?:a|an|another|some|his|her|their|the) (?:\w+\s+){0,2}?"
    r"(?:girl|boy|kid|student|classmate|girlfriend|boyfriend|gf|bf|ex|friend|teammate|peer"
    r"|schoolmate|crush)\b"
    # "a nude photo of her daughter" (told by the other child's parent, round 11, p20).
    r"|\bof (?:his|her|their|another|a) (?:\w+\s+)?(?:daughter|son|child|niece|nephew|sister"
    r"|brother)\b"
    # "nude pictures of her 15 year old half-sister" (round 32 p29).
    r"|\bof (?:his|her|their) (?:\d{1,2}[- ]?(?:year[- ]?old|yrs?[- ]?old|yo)\s+)?"
    r"(?:half[- ]?|step[- ]?)(?:sister|brother)\b"
)
_IMAGES = re.compile(
    r"\b(?:nudes?|naked|pics?|pictures?|photos?|images?|videos?|vids?|intimate|snaps?|sexts?"
    r"|explicit|topless|it|them)\b"
)
_DID_SHARE = re.compile(_RELATIVE + _BETWEEN + r"\s+" + _SHARED + r"\b([^.!?]{0,80})")
# The correction: "my son is the one who shared it", "it was my daughter who sent them".
_WAS_THE_ONE = re.compile(
    _RELATIVE + r"\s+(?:is|was|'s)\s+(?:actually\s+)?the\s+one\s+(?:who|that)\s+"
    # "my son is the one who did the sharing" (round 46 p12)
    r"(?:\w+\s+)?(?:" + _SHARED + r"|did\s+(?:the\s+)?(?:sharing|sending|forwarding|posting))\b"
    r"|\bit(?:\s+is|\s+was|'s)\s+(?:actually\s+)?" + _RELATIVE[2:] + r"\s+(?:who|that)\s+"
    r"(?:\w+\s+)?" + _SHARED + r"\b"
    r"|" + _RELATIVE + r"\s+did\s+(?:the\s+)?(?:sharing|sending|forwarding|posting)\b"
    # "my older daughter, the one who did the sharing" (round 32 p29).
    r"|" + _RELATIVE + r",?\s+the\s+one\s+(?:who|that)\s+(?:did\s+the\s+(?:sharing|sending"
    r"|forwarding|posting)|" + _SHARED + r")\b"
)


def own_child_shared(cleaned: str) -> bool:
    """The writer's own child (or other young relative) is the one who shared someone else's
    intimate image."""
    if _WAS_THE_ONE.search(cleaned):
        return True
    match = _DID_SHARE.search(cleaned)
    if not match:
        return False
    rest = match.group(1)
    return bool(_SOMEONE_ELSE.search(rest) and _IMAGES.search(rest))


# The writer did it: "I forwarded my friend's nude", "i posted my ex's pics", "I'm the one who
# shared it", "I was the one who sent it around".
_I_SHARED = re.compile(r"\bi (?:\w+ )?" + _SHARED + r"\b([^.!?]{0,80})")
# "I'm the one who sent it" may be one's own photo sent to a partner: "sent" only as spreading.
_SPREAD = (
    r"(?:shared|forwarded|posted|leaked|showed|spread|passed (?:it |them )?around|airdropped"
    r"|uploaded|circulated|distributed|sent (?:it |them )?(?:around|out|on|to (?:everyone"
    r"|people|the group|a group|the chat|a chat|his|her|their|all)))"
)
_I_WAS_THE_ONE = re.compile(
    r"\b(?:i'?m|im|i am|i was|it was me|it'?s me)\s+(?:actually\s+|really\s+)?(?:the\s+one\s+)?"
    r"(?:who|that)\s+(?:\w+\s+)?" + _SPREAD + r"\b"
    r"|\bi did (?:the )?(?:sharing|sending|forwarding|posting)\b"
    r"|\b(?:i'?m|im|i am) the (?:one|person) (?:who|that) did (?:the|it)\b"
)


def writer_shared(cleaned: str) -> bool:
    """The writer is the one who shared someone else's intimate image (not their own child)."""
    if _I_WAS_THE_ONE.search(cleaned):
        return True
    match = _I_SHARED.search(cleaned)
    if not match:
        return False
    rest = match.group(1)
    # "I forwarded my friend's nude": a possessive names whose image it was.
    someone = _SOMEONE_ELSE.search(rest) or re.search(
        r"\b(?:my|our)\s+(?:\w+\s+)?(?:friend|girlfriend|boyfriend|gf|bf|ex|classmate|roommate"
        r"|coworker|co-worker|partner|wife|husband|teammate|crush)(?:'s|s')",
        rest,
    )
    return bool(someone and _IMAGES.search(rest))


# Someone else in a suicidal crisis: "a friend who is suicidal", "she says she wants to die".
_OTHER_IN_CRISIS = re.compile(
    r"\b(?:suicidal|suicide|wants? to die|wanting to die|want(?:s|ed)? to kill (?:himself|herself"
    r"|themselves|themself)|thinking (?:of|about) (?:killing|ending)"
    r"|end(?:ing)? (?:his|her|their) (?:own )?life"
    r"|kill(?:ing)? (?:himself|herself|themselves|themself)|self[- ]?harm\w*"
    r"|hurting (?:himself|herself|themselves)|in crisis)\b"
)
# Asked for someone else: "what number do I give", "who can she call", "a line for my friend".
_FOR_SOMEONE = re.compile(
    r"\b(?:what|which|any|is there a|is there any|who)\b[^.!?]{0,40}"
    r"\b(?:number|numbers|line|lines|hotline|helpline|crisis line|someone|call|text|contact)\b"
    r"[^.!?]{0,60}\b(?:give|tell|send|share|for (?:a|my|her|him|them|someone|somebody)|he|she"
    r"|they|my friend|a friend|someone|somebody|him|her|them)\b"
    r"|\b(?:who|where) (?:can|could|should|do) (?:he|she|they|my (?:\w+ )?\w+|someone|somebody)\b"
    r"[^.!?]{0,20}\b(?:call|text|go|turn|talk|reach)\b"
    r"|\bhow (?:can|do|should) i help (?:him|her|them|my \w+|a friend|someone|somebody)\b"
)
# The writer's own crisis ("I want to die") is the safety net's.
_SELF_IN_CRISIS = re.compile(
    r"\bi(?:'m| am)? (?:\w+ )?(?:suicidal|want to die|wanna die|want to kill myself"
    r"|thinking (?:of|about) (?:killing|ending))\b|\bmyself\b|\bmy (?:own )?life\b"
)


def crisis_lines_for_someone(cleaned: str) -> bool:
    """The crisis lines asked for someone else who is suicidal."""
    if _SELF_IN_CRISIS.search(cleaned):
        return False
    return bool(_OTHER_IN_CRISIS.search(cleaned) and _FOR_SOMEONE.search(cleaned))


def others_kind(cleaned: str) -> str | None:
    """The kind of a lowercased, whitespace-normalised message, or None."""
    if crisis_lines_for_someone(cleaned):
        return CRISIS_LINES_FOR_OTHER
    if own_child_shared(cleaned):
        return OWN_CHILD_SHARED
    if writer_shared(cleaned):
        return WRITER_SHARED
    return None
