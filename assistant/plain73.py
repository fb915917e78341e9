"""Rounds 71-72's unanswered follow-ups (plain73): questions that got a neighbouring topic's
block or "I'd rather not guess" (tests/simulated-users/2026-12-07-round71 and -round72):

- "can your free lawyer help HIM", "i asked if the free lawyer helps the person who SENT it",
  from the parent of the one who shared (r71 p11, rated "not": "the legal advice is free", then
  a victim's script): the service is for the one in the image; asked again, said plainly;
- "should i call my bank about the etransfer", after paying someone who threatened (r72 p17,
  asked twice, the evidence list): not in the sources; ask the bank; keep the record;
- "can i just tell my friend instead of my mom", "does it have to be an adult", from someone
  under 18 (r72 p24: "not sure I have the answer", then the service's age rule): a friend is
  okay, a safe adult too, any adult they trust;
- "if he says no, can i do anything then?", images held and not shared (r71 p23: "doesn't
  answer that"): the IIPS can ask him; then "whats their number again" (the legal advice line):
  the IIPS's number;
- "how do I find it then?" right after the police number answer (r72 p07): how to find it;
- "would that stopncii thing work for fake ones too" (r72 p06: StopNCII's steps, then "my
  answer above"): the sources don't say; deepfakes count under B.C.'s law, so the routes do;
- "she hasnt sent him anything yet ... can the school do anything" (r72 p18: the threat
  answer): the sources don't say what a school does; a safe adult; reporting the asking;
- "I just asked if I can do it all by phone" right after plain34's new answer (r72 p27);
- "which of the other services would be safest to list", after the service's dates (r71 p25):
  the routes that don't depend on the service;
- "shes 17 tho. and kids keep airdropping it around", a young friend (r72 p25: the threat
  answer): what a friend can do and the under-18 routes;
- "how I call them? he did not send yet, only say he will. this is ok for them?", a husband's
  threat told before (r72 p15: the online blackmail steps, "block them"): a threat counts, and
  the service's number.

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py, after
plain71 and before plain69, the patterns narrow). Responses in domain/plain73.yml.
"""

from __future__ import annotations

import re

from assistant import helper_reading, helper_script, plain34
from assistant.first_kind import first_kind
from assistant.fresh_answers import fresh_or_again_within, replies_in_last
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

OWN_CHILD_LAWYER = "utter_own_child_lawyer"  # domain/helper_script.yml
PARENT_SHARER_REPORT = "utter_parent_sharer_report"  # domain/roles_kept.yml
SHARER_LAWYER_PLAINLY = "utter_sharer_lawyer_plainly"  # domain/writer_role.yml (says "he")
SHARER_LAWYER_AGAIN = "utter_sharer_family_lawyer"  # domain/writer_role.yml
BANK = "utter_bank_after_paying"
FRIEND_OR_ADULT = "utter_tell_friend_or_adult"
HELD_REFUSES = "utter_held_refuses"
IIPS_NUMBER = "utter_iips_number"
POLICE_NUMBER = "utter_police_number"  # domain: asks23's answer
POLICE_NUMBER_FIND = "utter_police_number_find"
THREAT_COUNTS = "utter_threats_covered"  # domain/eligibility.yml
CONTACT = "utter_contact"
STOPNCII_FAKES = "utter_stopncii_fakes"
BY_PHONE_AGAIN = "utter_by_phone_possible_again"
FRIEND_OF_MINOR = ["utter_friend_of_minor", "utter_friend_of_minor_removal"]  # domain/roles.yml
ROUTES_IF_CLOSED = ["utter_routes_if_service_closed", "utter_routes_if_service_closed_more"]
SCHOOL_NOTHING_SENT = "utter_school_nothing_sent"

# Asked again within RECENT_TURNS turns of its answer: the short line, never the same block.
AGAIN = {
    BANK: ["utter_bank_after_paying_again"],
    FRIEND_OR_ADULT: ["utter_tell_friend_or_adult_again"],
    STOPNCII_FAKES: ["utter_stopncii_fakes_again"],
}
RECENT_TURNS = 3

# --- a lawyer for the one who shared ---------------------------------------------------------
# helper_script.LAWYER_ASKED reads "does he need a lawyer", "can your free lawyer help him"; this
# adds the service asked about by what the child did.
_HELPS_SENDER = re.compile(
    r"\b(?:lawyer|service|legal advice|you)\b[^.?!]{0,20}\b(?:help|helps|advise|advises|is for)"
    r" (?:the (?:person|one|kid|boy|girl)|someone|people|kids|a kid|those) (?:who|that)"
    r" (?:sent|shared|posted|forwarded|spread)\b"
)
_REPORT_HIM = re.compile(r"\breport (?:him|her|them|my (?:son|daughter|child|kid))\b")
_THIS_SERVICE = re.compile(
    r"\b(?:your|the|this|that) free (?:lawyer|service|legal advice)\b"
    r"|\byour (?:lawyer|service)\b"
)
_SON = re.compile(r"\bmy (?:son|boy|grandson|nephew|brother)\b")
_SHARER_LAWYER_GIVEN = frozenset({OWN_CHILD_LAWYER, SHARER_LAWYER_PLAINLY, SHARER_LAWYER_AGAIN})

# --- the bank after paying --------------------------------------------------------------------
_BANK = re.compile(
    r"\b(?:call|tell|contact|phone|talk to|report (?:it )?to|go to|ask) (?:my |the )?bank\b"
    r"|\bbank\b[^.?!]{0,40}\b(?:e-?transfer|etransfer|transfer|payment|money|reverse|cancel|stop"
    r"|refund|dispute)\b|\b(?:e-?transfer|etransfer)\b[^.?!]{0,40}\bbank\b"
)
_PAID = re.compile(r"\b(?:paid|e-?transferred|etransfer|e-?transfer|sent (?:him|her|them) \$?\d+)")

# --- a friend instead of a parent, for someone under 18 ---------------------------------------
_FRIEND_INSTEAD = re.compile(
    r"\btell (?:my |a )?(?:best )?(?:friend|bestie|bff)s?\b[^.?!]{0,25}\b(?:instead|rather than"
    r"|not my|or (?:my|a) (?:mom|mum|dad|parent))\b"
    r"|\b(?:just|only) tell (?:my |a )?(?:best )?(?:friend|bestie|bff)s?\b"
    r"|\b(?:does|do|has|have) (?:it|this|that|the person|they) (?:have |has |got |need )?to be an? "
    r"(?:adult|grown[- ]?up)\b"
)

# --- images held, and the person says no ------------------------------------------------------
_SAYS_NO = re.compile(
    r"\b(?:he|she|they) (?:says|said|say) no\b|\b(?:he|she|they) (?:refuses|refused|won'?t|wont"
    r"|will not|doesn'?t|does not) (?:to )?(?:delete|do it|get rid)"
)
_CAN_I_DO = re.compile(
    r"\b(?:can|could) (?:i|we) (?:do )?(?:anything|something)\b|\bwhat (?:can|could) (?:i|we) do\b"
    r"|\bany(?:thing| way) (?:i|we) can do\b"
)
_HELD_ANSWER = frozenset({"utter_held_not_shared_order"})
_IIPS_NAMED = re.compile(r"\bintimate images protection service\b")
_THEIR_NUMBER = re.compile(
    r"\b(?:what(?:'s| is)?|whats) (?:their|the(?:ir)? phone|the) number(?: again)?\b"
    r"|\btheir (?:number|phone number) again\b"
)

# --- a threat not carried out, and how to call ---------------------------------------------
_HOW_CALL = re.compile(
    r"\bhow (?:do |can |should )?(?:i|we) (?:call|contact|reach|phone|talk to) (?:them|the"
    r" (?:service|lawyer)|you)\b"
)
_NOT_YET = re.compile(
    r"\b(?:did not|didn'?t|has not|hasn'?t|have not|haven'?t|not) (?:send|sent|share|shared|post"
    r"|posted|do|done)\b(?: (?:it|them|anything))? yet\b"
    r"|\bonly (?:say|says|said|threaten\w*) (?:he|she|they)? ?(?:will|would)?\b"
)
_MONEY = re.compile(r"\$|\b(?:money|pay|paid|bitcoin|gift ?cards?|crypto)\b")


# --- StopNCII for images made with AI -----------------------------------------------------------
_STOPNCII = re.compile(r"\bstop ?ncii\b")
_FAKE = re.compile(
    r"\b(?:fake|fakes|ai|a\.i\.|deepfakes?|deep fakes?|generated|edited|photoshopp?ed|made up"
    r"|not real|not a real)\b"
)
_STOPNCII_NAMED = frozenset({"utter_stopncii_how", STOPNCII_FAKES})
_FAKES_TOLD = re.compile(r"\b(?:fake|fakes|ai|deepfakes?|generated|edited|photoshopp?ed)\b")

# --- what the school can do, when nothing was sent ------------------------------------------
_SCHOOL_DO = re.compile(
    r"\b(?:can|could|will|would|should) (?:the|her|his|their|my|our) school (?:do|help|stop)\b"
    r"|\bwhat (?:can|could|will|would|should) (?:the|her|his|their|my|our) school do\b"
)
_NOTHING_SENT = re.compile(
    r"\b(?:hasn'?t|has not|hasnt|didn'?t|did not|didnt|haven'?t|hasn't) (?:sent|send|shared)"
    r" (?:him |her |them |anyone )?(?:anything|any|a pic|pics)\b"
    r"|\bnothing (?:was |has been )?sent\b"
)


# --- the service's dates, then which routes to list --------------------------------------------
_WHICH_TO_LIST = re.compile(
    r"\b(?:which|what) (?:of the )?(?:other )?(?:services|organi[sz]ations|resources|routes"
    r"|places|ones)\b[^.?!]{0,50}\b(?:list|recommend|link|refer|put up|share)\b"
)
_DATES_ANSWER = frozenset({"utter_service_dates", "action_service_status"})

# --- a young friend telling more of the sharing -----------------------------------------------
_SPREADING = re.compile(
    r"\b(?:keep|keeps|still|are|is|been) (?:\w+ )?(?:airdropping|sharing|sending|posting|passing"
    r"|forwarding|spreading)\b|\bgoing around\b"
)


# --- the police number, how to find it ----------------------------------------------------------
_FIND_IT = re.compile(
    r"\bhow (?:do|can|would|should) (?:i|we) (?:find|get|look up) (?:it|that|the number|that"
    r" number|them|their number)\b"
)


def _sharer_lawyer(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    # Narrow: the older answers (helper_script, roles, writer_role) answer most lawyer questions
    # from a sharer's family; these are the two wordings they left (round 71 p11).
    asked = helper_script.LAWYER_ASKED.search(cleaned) or _HELPS_SENDER.search(cleaned)
    if not asked or helper_script.story([*earlier, cleaned]) != helper_script.SHARER:
        return None
    if not recent & _SHARER_LAWYER_GIVEN:
        # "i dont want to REPORT him ... can your free lawyer help HIM": both halves.
        if earlier and _REPORT_HIM.search(cleaned) and _THIS_SERVICE.search(cleaned):
            return [PARENT_SHARER_REPORT, OWN_CHILD_LAWYER]
        return None
    # "so the free lawyer WILL help my son?" right after the service's answer: said plainly.
    if OWN_CHILD_LAWYER in recent and not recent & {SHARER_LAWYER_PLAINLY, SHARER_LAWYER_AGAIN}:
        if _THIS_SERVICE.search(cleaned):
            said_of_son = any(_SON.search(plain_lower(t)) for t in [*earlier[-6:], cleaned])
            return [SHARER_LAWYER_PLAINLY if said_of_son else SHARER_LAWYER_AGAIN]
    return None


def _bank(cleaned: str, earlier: list[str], recent: set[str], young: bool) -> list[str] | None:
    if not _BANK.search(cleaned):
        return None
    if not any(_PAID.search(plain_lower(t)) for t in [*earlier[-4:], cleaned]):
        return None
    return [BANK]


def _friend_or_adult(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    if young and earlier and _FRIEND_INSTEAD.search(cleaned):
        return [FRIEND_OR_ADULT]
    return None


def _held_refuses(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    if recent & _HELD_ANSWER and _SAYS_NO.search(cleaned) and _CAN_I_DO.search(cleaned):
        return [HELD_REFUSES]
    return None


def _iips_number(
    cleaned: str, earlier: list[str], recent: set[str], young: bool, last_bot_text: str = ""
) -> list[str] | None:
    if _THEIR_NUMBER.search(cleaned) and _IIPS_NAMED.search(last_bot_text):
        return [IIPS_NUMBER]
    return None


def _police_number_find(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    if POLICE_NUMBER in recent and _FIND_IT.search(cleaned):
        return [POLICE_NUMBER_FIND]
    return None


def _threat_how_call(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    told = [plain_lower(t) for t in earlier[-4:]]
    if not (_HOW_CALL.search(cleaned) and _NOT_YET.search(cleaned)) or young:
        return None
    if any(_MONEY.search(t) for t in [*told, cleaned]):
        return None  # blackmail for money keeps its own steps
    return [THREAT_COUNTS, CONTACT]


def _stopncii_fakes(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    # "would that stopncii thing work for fake ones too"; "does it work if the pic is AI
    # generated" right after (round 72 p06).
    named = _STOPNCII.search(cleaned) or (recent & _STOPNCII_NAMED and "work" in cleaned)
    if not (named and _FAKE.search(cleaned)):
        return None
    told = " ".join(plain_lower(t) for t in [*earlier[-6:], cleaned])
    return [STOPNCII_FAKES] if _FAKES_TOLD.search(told) else None


def _school_do(cleaned: str, earlier: list[str], recent: set[str], young: bool) -> list[str] | None:
    # "she hasnt sent him anything yet ... can the school do anything" (round 72 p18: a threat's
    # answer); with images sent, the older school answer.
    if not _SCHOOL_DO.search(cleaned):
        return None
    return [SCHOOL_NOTHING_SENT] if _NOTHING_SENT.search(cleaned) else None


def _by_phone_again(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    # "I just asked if I can do it all by phone" right after its answer (round 72 p27).
    if "utter_by_phone_possible" in recent and plain34.BY_PHONE_ASKED.search(cleaned):
        return [BY_PHONE_AGAIN]
    return None


def _routes_to_list(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    # "which of the other services would be safest to list for our patrons?" after the
    # service's dates (round 71 p25: a check-in, then nothing).
    if recent & _DATES_ANSWER and _WHICH_TO_LIST.search(cleaned):
        return list(ROUTES_IF_CLOSED)
    return None


def _young_friend_spreading(
    cleaned: str, earlier: list[str], recent: set[str], young: bool
) -> list[str] | None:
    # "shes 17 tho. and kids keep airdropping it around", from a 17-year-old friend (round 72
    # p25: the threat answer): what a friend can do, the under-18 routes.
    if not young or "?" in cleaned or not _SPREADING.search(cleaned):
        return None
    if not helper_reading.helped_minor_said(earlier) or recent & set(FRIEND_OF_MINOR):
        return None
    return list(FRIEND_OF_MINOR)


# In this order: the first kind that answers wins.
KINDS = (
    _sharer_lawyer,
    _bank,
    _friend_or_adult,
    _held_refuses,
    _police_number_find,
    _threat_how_call,
    _stopncii_fakes,
    _school_do,
    _by_phone_again,
    _routes_to_list,
    _young_friend_spreading,
)


def kind(
    text: str,
    earlier: list[str],
    is_minor: object = None,
    recent: set[str] | None = None,
    last_bot_text: str = "",
) -> list[str] | None:
    """The answer to one of KINDS, or None. `recent` holds the replies of the last turns;
    `last_bot_text` the text of the replies to the turn before (lowercased)."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    young = young_now([*earlier[-6:], text], is_minor)
    recent = recent or set()
    found = first_kind(KINDS, cleaned, earlier, recent, young)
    if found:
        return found
    return _iips_number(cleaned, earlier, recent, young, last_bot_text)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    replies: list[list[str]] | None = None,
    last_bot_text: str = "",
) -> list[str] | None:
    """The answer; its short line when the same answer was sent in the last RECENT_TURNS
    turns; a message for the safety net is left to it."""
    if read_safety(text) is not None:
        return None
    recent = replies_in_last(replies or [], RECENT_TURNS) | set(previous)
    found = kind(text, earlier, is_minor, recent, plain_lower(last_bot_text))
    if not found:
        return None
    return fresh_or_again_within(found, previous, recent, AGAIN)
