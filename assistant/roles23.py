"""Round 22 kind 4 (roles23): who did what to whom misread, around young people.

- a young person's friend under 18 whose images were sent around (a group chat, at school):
  what to tell her and what she can do, never the route list addressed to the writer or
  StopNCII.org (18+) (`friend_pictured`, p12 T1-T2);
- "should we tell a teacher?" about that friend: a safe adult, what a school must do is not
  said (`friend_tell_adult`, p12 T3);
- "is forwarding it illegal?", "someone sent it to me too": the under-18 rule for everyone who
  forwards, and the receiver's answer (`forwarding_asked`, p12 T4);
- "what do I do with the pic on my phone, am I in trouble for having it?": the receiver's
  answer, never "what was done to you" (`holder_asked`, p12 T5);
- a young writer threatened by someone also under 18 asks how to make him stop: the routes for
  a threat, without parents if need be, never "report an adult" (`peer_threat_stop`, p26 T3-T4).

Read in InterruptPolicy._direct_answer (outside forms, never for a safety intent), before
helper_role. Plain functions over the latest message and the earlier ones; responses in
domain/roles23.yml (and the receiver's answers of domain/person_fit.yml).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

FRIEND = ["utter_friend_of_minor", "utter_friend_of_minor_removal"]
FRIEND_AGAIN = "utter_friend_pictured_again"
TELL_ADULT = "utter_friend_tell_adult"
FORWARDING = "utter_forwarding_minor_illegal"
RECEIVED = ["utter_received_image", "utter_received_image_young"]
RECEIVED_AGAIN = "utter_received_image_again"
PEER_THREAT = "utter_young_peer_threat_stop"
PEER_THREAT_MORE = "utter_young_peer_threat_stop_more"
PEER_THREAT_AGAIN = "utter_young_peer_threat_again"
ANSWERS = (
    FRIEND_AGAIN,
    TELL_ADULT,
    FORWARDING,
    PEER_THREAT,
    PEER_THREAT_MORE,
    PEER_THREAT_AGAIN,
    "utter_young_peer_threat_stop_she",
    "utter_young_peer_threat_stop_she_parents",
    "utter_young_peer_threat_again_she",
)

_TEEN = r"(?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
_IMAGES = r"(?:nudes?|pics?|pictures?|photos?|images?|videos?|vids?|selfies?|it|them)"
# "my friends nudes got sent around", "her pics are going around school", "kids keep forwarding
# it": a friend's images spreading (the friend is the subject of the images, not the sender).
_FRIEND_IMAGES = re.compile(
    r"\b(?:my|our) (?:best |close )?(?:friend|friends|bff|bestie|classmate|buddy)(?:'?s)?"
    r" (?:\w+ )?(?:nudes?|pics?|pictures?|photos?|images?|videos?|selfies?)\b"
    r"|\b(?:her|his) (?:\w+ )?(?:nudes?|nude pics?|pics?|pictures?|photos?|videos?)\b[^.?!]{0,40}"
    r"\b(?:sent|going|got|passed|spread|forwarded|shared|posted|leaked|around)\b"
)
_SPREAD = re.compile(
    r"\b(?:sent around|going around|passed around|spread(?:ing)? around|forward\w*|shar(?:ed|ing)"
    r"|posted|leaked|airdropp\w*|group ?chat|gc)\b"
)
_FRIEND_YOUNG = re.compile(
    rf"\b(?:she'?s|she is|he'?s|he is|they'?re|they are|my friend is|shes|hes)"
    rf" (?:only |just |like )?{_TEEN}\b|\b{_TEEN} ?(?:y/?o|yrs? old|years? old)\b"
    r"|\bat (?:our |my |her |his )?school\b|\bin (?:my|our|her|his) (?:grade|class)\b"
)
_ADULT_SAID = re.compile(r"\b(?:she|he|they|my friend)(?:'s| is| are|'re)? (?:1[89]|[2-9]\d)\b")
# A parent, a teacher or another adult helper has the helper's answers.
_ADULT_HELPER = re.compile(
    r"\bmy (?:daughter|son|kid|child|student|students|niece|nephew|grandchild)\b"
    r"|\b(?:i'?m|im|i am) (?:a|an|the|her|his|their) (?:teacher|parent|mom|mum|dad|counsell?or"
    r"|coach|principal|youth worker|social worker|aunt|uncle)\b"
)
_OWN = re.compile(r"\bmy (?:own )?(?:nudes|pics|pictures|photos|videos)\b|\bof me\b")
_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|can|could) i (?:even |actually |really )?(?:tell|say to|say|do for|text)"
    r" (?:her|him|them|my friend)\b|\bwhat (?:do|should|can) i (?:even |actually |really )?"
    r"(?:tell|say)\b"
    r"|\bhow (?:do|can|should|could) i (?:help|support|comfort|talk to)"
    r" (?:her|him|them|my friend)\b"
    r"|\bwhat (?:i|to) (?:should )?(?:say|tell) (?:to )?(?:her|him|them)\b"
    r"|\b(?:its|it's|it is) not (?:me|about me)\b[^.?!]{0,20}\b(?:my )?friend\b"
)
_TELL_ADULT = re.compile(
    r"\b(?:(?:should|do|can|could|would) (?:we|i)|(?:we|i) should) (?:\w+ )?"
    r"(?:tell|talk to|go to|report it to)"
    r" (?:a |the |our |my |her |his )?(?:teacher|counsell?or|principal|vice principal|school"
    r"|adult|grown ?up|parents?|mom|dad)\b"
)
_ILLEGAL = re.compile(r"\b(?:illegal|a crime|against the law|criminal|allowed|legal)\b")
_FORWARDING = re.compile(r"\b(?:forward\w*|sharing|send(?:ing)? it|passing it|spreading)\b")
_SENT_TO_ME = re.compile(
    r"\b(?:sent|forwarded|airdropped|shared) (?:it|them|the pic|the pics|a pic|her pic)"
    r" (?:to me|with me)\b|\bi (?:got|received|was sent|have) (?:it|them|the pic|a copy)\b"
    r"|\bon my phone\b"
)
_HOLDER_ASKS = re.compile(
    r"\bwhat (?:do|should|can) i do (?:with|about) (?:the|this|that|her) (?:pic|pics|picture|photo"
    r"|image|video|nude|nudes)\b"
    r"|\b(?:in trouble|get in trouble|be in trouble|arrested|charged) (?:for|because of|cause of)"
    r" (?:having|keeping|getting|receiving|having got) (?:it|them|the pic|a pic|her pic)\b"
    r"|\b(?:delete|keep) (?:it|the pic|the picture|the photo)\b"
)


def _joined(earlier: list[str], text: str, last: int = 6) -> str:
    return " ".join(plain_lower(t) for t in [*earlier[-last:], text])


def _friend_story(context: str) -> bool:
    """A friend under 18 whose images are spreading, told by a writer who is no adult helper
    and whose own images are not the ones spreading."""
    return bool(
        _FRIEND_IMAGES.search(context)
        and _SPREAD.search(context)
        and _FRIEND_YOUNG.search(context)
        and not _ADULT_SAID.search(context)
        and not _ADULT_HELPER.search(context)
        and not _OWN.search(context)
    )


def friend_pictured(text: str, earlier: list[str], previous: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _WHAT_TO_SAY.search(cleaned) or not _friend_story(_joined(earlier, text)):
        return None
    if set(FRIEND) & set(previous):
        return [FRIEND_AGAIN]
    return list(FRIEND)


def friend_tell_adult(text: str, earlier: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _TELL_ADULT.search(cleaned) or not _friend_story(_joined(earlier, text)):
        return None
    return [TELL_ADULT]


def forwarding_asked(text: str, earlier: list[str], said: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not (_ILLEGAL.search(cleaned) and (_FORWARDING.search(cleaned) or "forward" in cleaned)):
        return None
    if not _friend_story(_joined(earlier, text)):
        return None
    answer = [FORWARDING]
    if _SENT_TO_ME.search(cleaned):
        answer += [RECEIVED_AGAIN] if RECEIVED[0] in said else RECEIVED
    return answer


def holder_asked(text: str, earlier: list[str], said: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _HOLDER_ASKS.search(cleaned):
        return None
    context = _joined(earlier, text)
    if not (_friend_story(context) and _SENT_TO_ME.search(context)):
        return None
    return [RECEIVED_AGAIN] if RECEIVED[0] in said else list(RECEIVED)


# --- a young writer threatened by someone under 18 ----------------------------------------
_WRITER_YOUNG = re.compile(rf"\b(?:i'?m|im|i am) (?:only |just )?{_TEEN}\b")
_OTHER_YOUNG = re.compile(
    rf"\b(?:bf|boyfriend|gf|girlfriend|ex|ex[- ]?(?:bf|gf|boyfriend|girlfriend)|he|she|hes|shes"
    rf"|he'?s|she'?s|he is|she is) ?\(?(?:is |only |just )?{_TEEN}\)?"
)
_THREAT = re.compile(
    r"\b(?:threaten\w*|gonna|going to|will|he'?ll|she'?ll|says? (?:he|she)(?:'ll|ll| will))\b"
    r"[^.?!]{0,30}"
    r"\b(?:send|post|share|leak|show|spread)\b[^.?!]{0,30}\b(?:my |the |those |them|it|nudes?"
    r"|pics?|pictures?|photos?|videos?)"
)
_STOP_HIM = re.compile(
    r"\b(?:get|make|force) (?:him|her|them) (?:to )?stop\b|\bstop (?:him|her|them)\b"
    r"|\brestraining order\b|\bprotection order\b|\blegally (?:make|stop|get)\b"
)
_ADULT_OTHER = re.compile(
    r"\b(?:he'?s|hes|he is|she'?s|shes|she is) (?:1[89]|[2-9]\d)\b"
    r"|\b(?:adult|grown man|older guy)\b"
)


def peer_threat_stop(text: str, earlier: list[str], previous: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _STOP_HIM.search(cleaned):
        return None
    context = _joined(earlier, text)
    if not (
        _WRITER_YOUNG.search(context)
        and _OTHER_YOUNG.search(context)
        and _THREAT.search(context)
        and not _ADULT_OTHER.search(context)
    ):
        return None
    # Round 30 p20 (roles31): "his messages ... block him" to a boy whose ex-girlfriend
    # threatens: "she" and, with no parent named, no "without telling your parents".
    first, again = peer_threat_wording(context)
    if {first, again} & set(previous) or PEER_THREAT_AGAIN in previous:
        return [again] if first in previous else None
    return [first, PEER_THREAT_MORE]


PEER_THREAT_SHE = "utter_young_peer_threat_stop_she"
PEER_THREAT_SHE_PARENTS = "utter_young_peer_threat_stop_she_parents"
PEER_THREAT_AGAIN_SHE = "utter_young_peer_threat_again_she"
_SHE = re.compile(r"\b(?:she|she'?s|shes|her|girlfriend|gf|ex-?girlfriend|ex-?gf|a girl)\b")
_HE = re.compile(r"\b(?:he|he'?s|hes|him|his|boyfriend|bf|ex-?boyfriend|ex-?bf|a guy|a boy)\b")
_NOT_HE = re.compile(r"\b(?:it'?s|its) a she\b|\bnot a he\b|\bnot (?:him|he)\b")
_PARENTS_NAMED = re.compile(r"\b(?:parents?|mom|mum|dad|mother|father|family)\b")


def peer_threat_wording(context: str) -> tuple[str, str]:
    """The first answer and its short form, worded for who threatens ("she" when only she was
    named, or the writer said so) and, for "she", whether the writer named their parents. "He"
    keeps the older answer as it was (its "even without telling your parents" included)."""
    she = bool(_NOT_HE.search(context)) or (
        bool(_SHE.search(context)) and not _HE.search(_NOT_HE.sub(" ", context))
    )
    parents = bool(_PARENTS_NAMED.search(context))
    if she:
        return (PEER_THREAT_SHE_PARENTS if parents else PEER_THREAT_SHE), PEER_THREAT_AGAIN_SHE
    return PEER_THREAT, PEER_THREAT_AGAIN


def follow_up(
    text: str, previous: list[str], earlier: list[str], said: list[str]
) -> list[str] | None:
    """The answer (response names), or None. `previous`: the actions of the turn before;
    `said`: every response sent so far."""
    if not text or text.startswith("/"):
        return None
    return (
        friend_pictured(text, earlier, previous)
        or friend_tell_adult(text, earlier)
        or forwarding_asked(text, earlier, said)
        or holder_asked(text, earlier, said)
        or peer_threat_stop(text, earlier, previous)
    )
