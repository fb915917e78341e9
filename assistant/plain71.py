"""Rounds 69-70's unanswered follow-ups (plain71): questions that got a neighbouring topic's
block, the same block again or "I'd rather not guess" (tests/simulated-users/2026-12-07-round69
and -round70):

- "can i just text 988? what do i even say", "but what do i say to them", after crisis words
  (r69 p19: the consent definition and a helper's "what to say"): no right words are needed;
- "should i delete it off her laptop?", the person filmed asking about the copy on someone
  else's device (r69 p15, rated "not": she was answered as the one holding the images): not in
  the sources; it is evidence; the tribunal can order it deleted; the police, a lawyer;
- "where can he find a lawyer, we don't have much money", "is that free service for kids who
  shared?", from the family of the one who shared (r69 p11, p24: the service's cost): the
  sources name no lawyer for them; the low-cost clinic they do name; who to ask;
- "is WhatsApp group, not internet public. still count?" (r70 p24: the definition): sending to
  a few people is sharing (deadends31's answer);
- "does it still count if she meant it as a joke" (r70 p28: the definition twice): the reason
  doesn't change consent;
- "i agreed to film it not for her to show people. is that even illegal if were still dating"
  (r69 p25: "I'd rather not guess"): agreeing to one is not agreeing to the other;
- "does the lawyer ... represent someone in court?" (r69 p14: "I'd rather not guess"): the
  older utter_lawyer_represent;
- "how do i actually apply for the image one", the tribunal's order (r69 p18: the lawyer's
  intake twice): the tribunal's own answer (Solution Explorer first);
- "if i go to the cops do they tell my parents", from a young writer (r70 p31: Kids Help
  Phone's privacy, then "my answer above"): not in the sources; ask first;
- (not read here: "does cybertip still take it now I'm 18", "can a 15-year-old call the line
  herself": older answers read most wordings; reading them here changed those answers).

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py, before
plain69, the patterns narrow). Responses in domain/plain71.yml.
"""

from __future__ import annotations

import re

from assistant import ages23, writer_role
from assistant.first_kind import first_kind
from assistant.fresh_answers import fresh, fresh_or_again_within, replies_in_last
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

CRISIS_LINE_WORDS = "utter_what_to_say_crisis_line"
DELETE_THEIR_COPY = "utter_delete_their_copy"
SHARER_LAWYER_YOUNG = "utter_sharer_family_lawyer"  # domain/writer_role.yml
SHARER_LAWYER_ADULT = "utter_sharer_family_lawyer_adult"
SHARER_DELETE_YOUNG = "utter_child_sharer_delete"  # domain: ages23's "delete it?" for a child
FEW_PEOPLE_COUNTS = "utter_few_people_counts"  # domain/deadends31.yml
JOKE_COUNTS = "utter_joke_still_counts"
FILMED_NOT_SHARED = "utter_agreed_to_film_not_share"
LAWYER_REPRESENT = "utter_lawyer_represent"  # domain/specific_answers.yml
CRT = ["utter_crt", "utter_crt_damages"]  # domain/routes.yml
POLICE_TELL_PARENTS = "utter_police_tell_parents_young"

# Asked again within three turns of its answer: the short line, never the same block twice.
AGAIN = {
    CRISIS_LINE_WORDS: ["utter_what_to_say_crisis_line_again"],
    DELETE_THEIR_COPY: ["utter_delete_their_copy_again"],
    JOKE_COUNTS: ["utter_joke_still_counts_again"],
    FILMED_NOT_SHARED: ["utter_agreed_to_film_not_share_again"],
    SHARER_LAWYER_ADULT: ["utter_sharer_family_lawyer_adult_again"],
    FEW_PEOPLE_COUNTS: ["utter_few_people_counts_again"],
    POLICE_TELL_PARENTS: ["utter_police_tell_parents_young_again"],
    # "no not the lawyer, the protection order from the tribunal. how do I apply for that",
    # right after the tribunal's answer (round 69 p18): how to start, not the same block.
    CRT[0]: ["utter_crt_apply_steps"],
}
RECENT_TURNS = 3

_ASKS = re.compile(r"\?|\b(?:can|could|do|does|will|would|should|is|am|are|how|what)\b")

# --- what to say to a crisis line -----------------------------------------------------------------
_WHAT_DO_I_SAY = re.compile(
    r"\bwhat (?:do|should|would|can) i (?:even |actually |ever )?(?:say|text|write|tell)\b"
    r"(?! (?:him|her)\b)(?! to (?:him|her|my)\b)"
)
_CRISIS_LINE = re.compile(
    r"\b(?:988|9-8-8|crisis (?:line|text|number)|helpline|hotline|victim ?link\w*|kids help phone"
    r"|310-?6789|support line)\b"
)
_PRESSURE = re.compile(r"\b(?:keeps? asking|pressur\w*|wants? (?:pics|nudes|photos))\b")

# --- deleting the copy on someone else's device ---------------------------------------------------
_DELETE_THEIRS = re.compile(
    r"\b(?:should|can|could|do|would|shall|am) i (?:just |even |also |allowed to )?(?:delete|erase"
    r"|wipe|remove|get rid of)\b[^.?!]{0,25}\b(?:off|from|on) (?:her|his|their|the|my (?:roommate"
    r"|ex|partner|boyfriend|girlfriend|husband|wife)'?s?) ?(?:roommate'?s |ex'?s )?(?:laptop"
    r"|computer|phone|tablet|ipad|camera|hard ?drive|drive|cloud|account|pc|mac|device)\b"
)
# A parent's "should I delete it from my son's phone" is the sharer family's (ages23).
_OWN_FAMILY_DEVICE = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl)'?s?\b|\bhis phone\b[^.?!]{0,20}\bmy son\b"
)

_FAMILY = re.compile(
    r"\bmy (?:[\w-]+ ){0,3}(?:son|daughter|child|kid|kids|boy|girl|teen|grandson|granddaughter"
    r"|niece|nephew|student|brother|sister)\b"
    r"|\b(?:i'?m|i am) (?:her|his|their) (?:parent|mom|mum|dad|mother|father)\b"
)

# --- the family of the one who shared -------------------------------------------------------------
# "my son ... forwarded it", "my son is 24 ... he put them in a group chat": the writer's own
# family member did the sharing; "my daughter ... a boy shared her photo" is not.
# Not "sent": "my daughter ... she sent him a pic" is the young person's own sending.
_SHARED_VERB = r"(?:shared|posted|forwarded|spread|put (?:them|it|the \w+) (?:in|on))"
_FAMILY_SHARED = re.compile(
    rf"\bmy (?:son|daughter|child|kid|boy|brother|sister|husband|grandson|granddaughter|nephew)"
    rf"(?: \w+){{0,3}} {_SHARED_VERB}\b|\b(?:he|she) is the one who (?:shared|posted|sent)\b"
)
_HIS_FAMILY = re.compile(r"\bmy (?:son|boy|brother|husband|grandson|nephew)\b")
_HER_FAMILY = re.compile(r"\bmy (?:daughter|girl|sister|granddaughter|niece)\b")
_HE_SHARED = re.compile(rf"\bhe (?:\w+ ){{0,2}}{_SHARED_VERB}\b")
_SHE_SHARED = re.compile(rf"\bshe (?:\w+ ){{0,2}}{_SHARED_VERB}\b")
_LAWYER_FOR_THEM = re.compile(
    r"\b(?:find|get|need|is there|are there)\b[^.?!]{0,12}\blawyers? for (?:him|them|my (?:son"
    r"|daughter|child|kid)|someone (?:who is |who'?s )?accused|the accused)\b"
    r"|\bwhere (?:can|do|could|would) (?:he|she|they|we) (?:\w+ )?(?:find|get) (?:a |him a"
    r" |her a )?lawyer\b|\blow[- ]cost lawyer\b|\b(?:cheap|affordable) lawyer\b"
)
_SERVICE_FOR_SHARERS = re.compile(
    # "Is that lawyer for him?" (round 69 p11); "is the free lawyer for him too?" beside deleting
    # keeps the older answer (roles22).
    r"\bis (?:that|this) (?:free )?(?:lawyer|service|legal advice) for (?:him|them)\b(?! too)"
    r"|\b(?:service|lawyer|it|that)\b[^.?!]{0,15}\bfor (?:kids|people|someone|children|those|a kid"
    r"|a child|him|her|them) (?:who|that) (?:shared|posted|sent|forwarded|did)\b"
)
_DELETE = re.compile(r"\b(?:delete|deleting|wipe|erase|get rid of)\b")
_ADULT_AGE = re.compile(
    r"\b(?:he|she)(?:'s| is) (?:1[89]|[2-9]\d)\b|\b(?:1[89]|[2-9]\d) years? old\b"
)

# --- a private group, a joke, agreeing to film ----------------------------------------------------
# A private group named (round 70 p24); printed copies, a group chat of coworkers and the like
# keep their older answers.
_GROUP = re.compile(
    r"\b(?:private (?:group|chat|groupchat)|group of (?:friends|people)|(?:whatsapp|telegram|signal"
    r"|messenger|snapchat) group)\b"
)
_PRINTED = re.compile(r"\bprint\w*\b|\bpaper\b|\bcopies\b|\bmail\w*\b")
# "still count?", "this is sharing?": not "what I can do?" beside the group (round 70 p24 T1).
_COUNTS = re.compile(
    r"\b(?:count|counts|illegal|a crime)\b|\b(?:is )?(?:this|that|it) (?:is )?(?:still )?sharing\b"
    r"|\bstill sharing\b"
)
_JOKE = re.compile(r"\b(?:joke|joking|prank|for a laugh)\b")
# The boxers photo (round 70 p28): the answer speaks of a near-nude image; a sex video or a
# nude "as a joke" keeps the older answers.
_UNDERWEAR = re.compile(
    r"\b(?:boxers|underwear|undies|briefs|bra|bikini|swimsuit|lingerie|shirtless|topless)\b"
)
_JOKE_ASKED = re.compile(
    r"\b(?:count|counts|ok|okay|big deal|matter|illegal|allowed|a crime|serious)\b"
)
_FILM_NOT_SHARE = re.compile(
    r"\b(?:agreed|said yes|consented|ok'?d|okayed)\b[^.?!]{0,20}\b(?:to )?(?:film|filming"
    r"|the video|record|recording|making (?:it|the video)|taking (?:it|them))\b[^.?!]{0,20}"
    r"\bnot\b[^.?!]{0,12}\b(?:share|sharing|show|showing|send|sending|post|posting)\b"
)
_STILL_TOGETHER = re.compile(
    r"\b(?:still (?:together|dating|married)|we'?re (?:together|dating)|my (?:gf|girlfriend|bf"
    r"|boyfriend|wife|husband|partner))\b"
)
_ILLEGAL = re.compile(
    r"\b(?:illegal|legal|allowed|crime|against the law|can (?:she|he|they))\b"
    r"|\bcan my (?:gf|girlfriend|bf|boyfriend|partner|wife|husband)\b"
)

# --- the lawyer in court --------------------------------------------------------------------------
_REPRESENT = re.compile(
    r"\b(?:represent\w*|go to court with|come to court|in court for|defend\w*)\b"
    r"|\badvice only\b|\bnot representation\b"
)
_LAWYER = re.compile(r"\b(?:lawyer|service|they|advice)\b")

# --- applying for the tribunal's order ------------------------------------------------------------
# "how do i actually apply for the image one" (round 69 p18 T3); "how do I apply for a protection
# order?" keeps its older answers, and asked again right after the tribunal's answer gets how to
# start (`follow_up`).
_IMAGE_ONE = re.compile(r"\bapply for the image one\b")
_APPLY = re.compile(
    r"\bhow (?:do|can|would|should) (?:i|we) (?:actually |even |then )?(?:apply|file|start)\b"
)
_ORDER_NAMED = re.compile(r"\b(?:tribunal|crt|protection order|order)\b")

# --- police and a young writer's parents ----------------------------------------------------------
_POLICE_TELL_PARENTS = re.compile(
    r"\b(?:police|cops|rcmp)\b[^.?!]{0,40}\b(?:tell|call|contact|phone|inform)\w*\b[^.?!]{0,10}"
    r"\b(?:my )?(?:parents?|mom|mum|dad|family)\b"
)
# "nah i mean the police. if i report it do they call my parents" (round 70 p31 T3).
_THEY_TELL_PARENTS = re.compile(
    r"\b(?:do|will|would|could) (?:they|the police|the cops|police|cops) (?:\w+ )?(?:tell|call"
    r"|contact|phone|inform)\w* (?:my )?(?:parents?|mom|mum|dad|family)\b"
)
_POLICE = re.compile(r"\b(?:police|cops|rcmp)\b")


def _crisis_line_words(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if not _WHAT_DO_I_SAY.search(cleaned) or any(_PRESSURE.search(t) for t in [*told, cleaned]):
        return None
    in_crisis = any(read_safety(said) for said in told[-4:])
    if _CRISIS_LINE.search(cleaned) or (in_crisis and re.search(r"\bthem\b|\?$", cleaned)):
        return [CRISIS_LINE_WORDS]
    return None


def _delete_their_copy(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    # A parent deleting from a child's phone, the sharer's or the victim's, has older answers.
    family = any(_FAMILY.search(t) for t in [*told, cleaned])
    if (
        _DELETE_THEIRS.search(cleaned)
        and not _OWN_FAMILY_DEVICE.search(cleaned)
        and not family
        and _ASKS.search(cleaned)
    ):
        return [DELETE_THEIR_COPY]
    return None


def _sharer_family(told: list[str], cleaned: str) -> bool:
    texts = [*told, cleaned]
    return (
        writer_role.writer_role(texts) == writer_role.PARENT_SHARER
        or ages23.own_child_shared(told[-6:])
        or any(_FAMILY_SHARED.search(t) for t in texts)
        or any(_HIS_FAMILY.search(t) and _HE_SHARED.search(t) for t in texts)
        or any(_HER_FAMILY.search(t) and _SHE_SHARED.search(t) for t in texts)
    )


def _sharer_lawyer(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    asked = _LAWYER_FOR_THEM.search(cleaned) or _SERVICE_FOR_SHARERS.search(cleaned)
    if not asked or not _sharer_family(told, cleaned):
        return None
    if any(_ADULT_AGE.search(t) for t in [*told, cleaned]):
        return [SHARER_LAWYER_ADULT]
    if _DELETE.search(cleaned):
        return [SHARER_DELETE_YOUNG, SHARER_LAWYER_YOUNG]
    return [SHARER_LAWYER_YOUNG]


def _group_counts(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    # Asked after the first message: the opening story keeps the routes' answer.
    if (
        told
        and _GROUP.search(cleaned)
        and _COUNTS.search(cleaned)
        and "?" in cleaned
        and not _PRINTED.search(cleaned)
    ):
        return [FEW_PEOPLE_COUNTS]
    return None


def _joke_counts(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    underwear = _UNDERWEAR.search(" ".join([*told[-3:], cleaned]))
    if (
        underwear
        and _JOKE.search(cleaned)
        and _JOKE_ASKED.search(cleaned)
        and _ASKS.search(cleaned)
    ):
        return [JOKE_COUNTS]
    return None


# "he says since i was ok with filming it its fine", after "he shows our videos to his friends"
# (round 71 p13): agreeing to the filming, the showing told before.
_OK_WITH_FILMING = re.compile(
    r"\b(?:i was|i'?m|i am) (?:ok|okay|fine|cool|alright) with (?:the )?(?:filming|recording"
    r"|making|taking)\b"
)
_SHOWN = re.compile(r"\b(?:shows?|showed|showing|shared|sharing|sends?|sent|posted)\b")


def _filmed_not_shared(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    said = " ".join([*told[-3:], cleaned])
    agreed_to_film = _FILM_NOT_SHARE.search(said) or (
        _OK_WITH_FILMING.search(cleaned) and _SHOWN.search(" ".join(told[-3:]))
    )
    if (
        agreed_to_film
        and _ILLEGAL.search(cleaned)
        and (
            _STILL_TOGETHER.search(said)
            or _FILM_NOT_SHARE.search(cleaned)
            or _OK_WITH_FILMING.search(cleaned)
        )
        and _ASKS.search(cleaned)
    ):
        return [FILMED_NOT_SHARED]
    return None


def _represent(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _REPRESENT.search(cleaned) and _LAWYER.search(cleaned) and _ASKS.search(cleaned):
        return [LAWYER_REPRESENT]
    return None


def _apply_order(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    if _IMAGE_ONE.search(cleaned):
        return list(CRT)
    return None


def _police_tell_parents(cleaned: str, young: bool, told: list[str]) -> list[str] | None:
    police_named = _POLICE.search(cleaned) or any(_POLICE.search(t) for t in told[-2:])
    asked = _POLICE_TELL_PARENTS.search(cleaned) or (
        police_named and _THEY_TELL_PARENTS.search(cleaned)
    )
    # "the cops", or a correction ("nah i mean the police"): "will the police tell my parents?"
    # keeps its older answers (the lines for tonight).
    own_words = re.search(r"\b(?:cops|i mean|i meant)\b", cleaned)
    if young and asked and own_words and _ASKS.search(cleaned):
        return [POLICE_TELL_PARENTS]
    return None


# In this order: the first kind that answers wins; the crisis line's words first.
KINDS = (
    _crisis_line_words,
    _delete_their_copy,
    _sharer_lawyer,
    _group_counts,
    _joke_counts,
    _filmed_not_shared,
    _represent,
    _apply_order,
    _police_tell_parents,
)


def kind(text: str, earlier: list[str], is_minor: object = None) -> list[str] | None:
    """The answer to one of KINDS, or None."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    young = young_now([*earlier[-6:], text], is_minor)
    told = [plain_lower(said) for said in earlier[-6:]]
    return first_kind(KINDS, cleaned, young, told)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    replies: list[list[str]] | None = None,
) -> list[str] | None:
    """The answer; its short line when the same answer was sent in the last three turns; a
    message for the safety net is left to it."""
    if read_safety(text) is not None:
        return None
    recent = replies_in_last(replies or [], RECENT_TURNS) | set(previous)
    cleaned = plain_lower(text)
    if CRT[0] in previous and _APPLY.search(cleaned) and _ORDER_NAMED.search(cleaned):
        return fresh(AGAIN[CRT[0]], previous)
    found = kind(text, earlier, is_minor)
    if not found:
        return None
    return fresh_or_again_within(found, previous, recent, AGAIN)
