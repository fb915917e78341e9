"""Legal and "who can help" follow-ups of round 16 (session 17, helper "legal"): a narrow
question for the person's own situation got a neighbouring block. Plain Python over the latest
message, the earlier ones and the bot's earlier replies; the InterruptPolicy answers the kind
(one hook, after the writer's role). What each answer says comes from
shared/source/service-page.txt and bc-facts.md only; where they are silent it says so and names
who can answer.

- A young person whose own picture was shared, who took or sent it themselves, asks whether it
  is illegal FOR THEM ("is that illegal for me", "did I break the law by sending it"): the
  narrow exception, sharing on is the crime, not in trouble for what was done to them, the
  confidential legal advice (p12 T2: "what THEY did can be a crime").
- Someone who already has a lawyer of their own (family, divorce, "my own lawyer") asks whether
  to tell them, whether they can help, or whether this is separate from the free service: the
  choice is theirs; the service may consider help from other sources; ask both (p08 T3: the
  service's general text).
- Images held, not known to be shared (secretly filmed, "nothing has been shared that I know
  of"): "can I make him delete them?" and "can I still speak with the free lawyer?", each or
  both in one message (p27 T2-T4: the police paragraph, "see above", the fallback).
- "Can I meet the lawyer by video?", "do I have to go in person?": yes, phone or video, from the
  page, before anything else (p14 T3: the whole list of steps).
"""

from __future__ import annotations

import re

from assistant.form_followups import young_in_trouble
from assistant.plain_text import plain_lower
from assistant.writer_role import PARENT_SHARER, SELF_SHARER, SIBLING_SHARER

YOUNG_OWN_SEND = "young_own_send_illegal"
OWN_LAWYER = "own_lawyer_already"
HELD_DELETE = "held_delete_asked"
HELD_LAWYER = "held_lawyer_asked"
HELD_BOTH = "held_delete_and_lawyer"
MEET_VIDEO = "meet_lawyer_by_video"
MEET_IN_PERSON = "meet_in_person_needed"
MEET_WHICH = "meet_lawyer_which_way"

ANSWERS: dict[str, list[str]] = {
    YOUNG_OWN_SEND: [
        "utter_young_own_send",
        "utter_young_own_send_next",
        "utter_in_trouble_young_help",
    ],
    f"{YOUNG_OWN_SEND}_again": ["utter_young_own_send_again"],
    OWN_LAWYER: ["utter_own_lawyer_already"],
    f"{OWN_LAWYER}_again": ["utter_own_lawyer_already_again"],
    HELD_DELETE: ["utter_held_not_shared_order"],
    f"{HELD_DELETE}_again": ["utter_held_not_shared_again"],
    HELD_LAWYER: ["utter_held_qualify"],
    f"{HELD_LAWYER}_again": ["utter_held_qualify_again"],
    HELD_BOTH: ["utter_held_delete_and_lawyer", "utter_held_delete_and_lawyer_next"],
    f"{HELD_BOTH}_again": ["utter_held_not_shared_again", "utter_held_qualify_again"],
    MEET_VIDEO: ["utter_meet_by_video"],
    f"{MEET_VIDEO}_again": ["utter_meet_by_video_again"],
    MEET_IN_PERSON: ["utter_meet_in_person_needed"],
    f"{MEET_IN_PERSON}_again": ["utter_meet_by_video_again"],
    MEET_WHICH: ["utter_meet_which_way"],
    f"{MEET_WHICH}_again": ["utter_meet_by_video_again"],
}
KINDS = frozenset(ANSWERS)
# These answers are whole: no removal or other half is added to them.
NO_HALVES = KINDS

_ASKS = re.compile(
    r"\?|(?:^|[.!,] )(?:(?:so|and|but|ok|okay|like|then|well|yeah|also)[,.]? )*(?:can|could|is"
    r"|are|does|do|did|will|would|what|which|who|where|how|should|am|was|any)\b"
    r"|\b(?:want|like|need) to know (?:if|whether)\b|\bwondering (?:if|whether)\b"
    r"|\btell me (?:if|whether)\b"
)


def _asks(cleaned: str) -> bool:
    return bool(_ASKS.search(cleaned))


# --- A young person's own picture, sent by them: is it illegal for ME ------------------------
# Legality asked, not "am I in trouble" (form_followups' young_in_trouble answers that).
_ILLEGAL = re.compile(
    r"\b(?:illegal|a crime|criminal|against the law|legal for me"
    r"|(?:break|broke|breaking) (?:the|a|any) laws?)\b|\b(?:was|am|were) i (?:even )?allowed\b"
)
# Asked again right after the answer, in any words of trouble.
_TROUBLE_AGAIN = re.compile(
    r"\b(?:in trouble|charged|arrested|jail|juvie|punished|a record|illegal|a crime"
    r"|against the law)\b"
)
# The writer as the one who did something: "for me", "did I", "I sent it", "sending it".
_ME_ACTOR = re.compile(
    r"\bfor me\b|\bme too\b|\bmyself\b|\bmy (?:part|end|side)\b"
    r"|\b(?:did|am|could|can|will|would|do) i\b"
    r"|\bi (?:sent|send|took|take|made|make|texted|snapped|gave|shared)\b"
    r"|\b(?:sending|taking|making|snapping|texting|sexting) (?:it|them|that|the|a|my|him|her"
    r"|nudes|pics)\b|\bi'?m (?:the one|in trouble)\b|\bim (?:the one|in trouble)\b"
    r"|\bno i mean me\b|\bwhat about me\b|\b(?:^|\W)me\W*$"
)
# Told (here or before) that the writer took or sent the picture themselves.
_OWN_SEND = re.compile(
    r"\bi (?:\w+ )?(?:sent|send|took|take|made|texted|snapped|gave) (?:it|them|him|her|that|the"
    r" (?:pic|photo|picture|video|nude)s?|a (?:pic|photo|picture|video|nude)|my|him one|her one"
    r"|nudes|pics|a selfie)\b"
    r"|\b(?:sent|took|made) (?:it|them) (?:myself|to him|to her)\b"
    r"|\bsending it\b|\btaking it\b|\bmyself\b|\bi was the one who (?:sent|took)\b"
)
# "is sending nudes illegal at my age?": the writer's own sending asked in general.
_SELF_GENERAL = re.compile(
    r"\b(?:sending|taking|making|to send|to take|to make) (?:nudes|pics|a nude|nude (?:pics|photos"
    r"|selfies)|my own \w+)\b[^.?!]{0,30}\b(?:my age|for me|at 1[0-7]|as a minor|under 18)\b"
)
_OTHERS_ONLY = re.compile(
    r"\b(?:for (?:him|her|them)|(?:is|was) (?:what )?(?:he|she|they) did)\b"
    r"|\b(?:can|could|will|would|does|do) (?:he|she|they|him|her|them) (?:\w+ ){0,2}(?:get|be)"
    r" (?:charged|arrested|in trouble)\b"
)
_SHARER_ROLES = frozenset({SELF_SHARER, SIBLING_SHARER, PARENT_SHARER})


def young_own_send(cleaned: str, earlier: list[str], young: bool, role: str | None) -> bool:
    if not young_in_trouble([*earlier, cleaned], young) or (role or "") in _SHARER_ROLES:
        return False  # under 12 said: the answer for under 12 (form_followups, answer_kinds)
    if not (_ILLEGAL.search(cleaned) and _ME_ACTOR.search(cleaned) and _asks(cleaned)):
        return False
    if _OTHERS_ONLY.search(cleaned) and not re.search(r"\bfor me\b|\bme too\b", cleaned):
        return False
    return bool(_SELF_GENERAL.search(cleaned)) or any(
        _OWN_SEND.search(text) for text in [*earlier[-3:], cleaned]
    )


# --- A lawyer of one's own already ----------------------------------------------------------
_OWN_KIND = r"(?:family|divorce|separation|custody|criminal|real estate|regular|usual|own|other)"
_HAS_LAWYER = re.compile(
    r"\b(?:i|we) (?:already |also |do )?(?:have|got|hired|retained|use|pay|'ve got|have got"
    rf"|am working with|'m working with|work with) (?:a|an|my|our) (?:own )?(?:{_OWN_KIND} )?"
    r"(?:lawyer|attorney|legal counsel)\b"
    rf"|\b(?:my|our) (?:own |{_OWN_KIND} |(?:own )?{_OWN_KIND} )(?:lawyer|attorney)\b"
    r"|\b(?:my|our|the) (?:lawyer|attorney) (?:for|handling|doing|on) (?:my|our|the) (?:divorce"
    r"|separation|custody|case|property|house|file)\b"
    r"|\b(?:my|our) (?:lawyer|attorney) (?:already|from the divorce)\b"
    r"|\b(?:have|got|hired|retained|pay|use) (?:a|an) (?:lawyer|attorney) (?:for|on|handling)"
    r" (?:my|our|the) (?:divorce|separation|custody|case|property|house|family)\b"
)
_OWN_ASKED = re.compile(
    r"\btell (?:her|him|them|my lawyer|our lawyer|the lawyer)\b|\bseparate\b|\binstead\b"
    r"|\b(?:bring (?:this|it) up|mention (?:this|it)|let (?:her|him|them) know)\b"
    r"|\b(?:can|could|would|will|should) (?:she|he|they|my lawyer|our lawyer|my own lawyer"
    r"|(?:my|our) \w+ lawyer) (?:also |just |even )?(?:help|handle|deal|do|take|act|advise"
    r"|cover)\b|\bor (?:the|this|your) (?:free )?(?:service|lawyer|line|one)\b"
    r"|\b(?:still )?need (?:the|this|your) (?:free )?(?:service|lawyer|one|legal advice)\b"
    r"|\bboth\b|\bor (?:should|do) i (?:call|go|use)\b|\bshould i (?:tell|ask|go to|use|call)\b"
    r"|\b(?:do|does) (?:it|this) (?:go|belong)\b"
)
_FREE_SERVICE_LAWYER = re.compile(
    r"\b(?:the|that|this|your) (?:free )?lawyer (?:call|calls|called|will|is|from)\b"
)


def own_lawyer(cleaned: str) -> bool:
    if not _HAS_LAWYER.search(cleaned) or not _OWN_ASKED.search(cleaned):
        return False
    if _FREE_SERVICE_LAWYER.search(cleaned) and not re.search(rf"\b{_OWN_KIND}\b", cleaned):
        return False
    return _asks(cleaned)


# --- Images held, not known to be shared: delete them? the free lawyer? ----------------------
_NOT_KNOWN_SHARED = re.compile(
    r"\b(?:don'?t|dont|do not) know (?:if|whether) (?:he|she|they|anyone|anybody) (?:has |have"
    r" |had |ever )?(?:\w+ )?(?:shown|shared|showed|sent|posted|seen)\b"
    r"|\bnothing (?:has|'s|was|had) (?:been |ever been )?(?:shared|posted|sent|shown)\b"
    r"|\b(?:not|never) (?:been )?(?:shared|posted|shown)\b"
    r"|\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|never) (?:\w+ )?(?:shown|shared"
    r"|posted|sent|showed|leaked)\b"
    r"|\bas far as i know\b|\bthat i know of\b|\bnot (?:yet )?shared\b"
)
_SHARED_NOW = re.compile(
    r"\b(?:he|she|they) (?:\w+ )?(?:posted|shared|sent|showed|leaked|uploaded) (?:it|them|the"
    r" \w+|my \w+) (?:to|with|on|online)\b|\bthreat\w*|\bunless\b|\bor else\b"
)
_DELETE = re.compile(
    r"\b(?:make|force|get|order|have|require|compel) (?:him|her|them|my husband|my wife|my ex"
    r"|my partner) (?:to )?(?:delete|destroy|erase|get rid of|remove|wipe|hand over|give up)\w*"
    r"|\b(?:legal(?:ly)?|law|order)\b[^.?!]{0,40}\b(?:delete|destroy|erase|get rid of|wipe)\w*"
    r"|\b(?:delete|destroy|erase|get rid of|wipe)\w*[^.?!]{0,30}\b(?:legal(?:ly)?|law|order)\b"
    r"|\bget (?:the|those|these|my) (?:videos?|photos?|pics?|pictures?|images?|recordings?|tapes?)"
    r" (?:deleted|destroyed|erased)\b"
)
_OTHER_MAKER = re.compile(
    r"\b(?:police|cops?|rcmp|school|platform|site|app)\b (?:\w+ ){0,2}(?:make|get|force|order"
    r"|have|tell)\b"
)
_LAWYER = re.compile(
    r"\b(?:speak|talk|meet|see) (?:with |to )?(?:the|a|your|this) (?:free )?(?:lawyer|legal)\b"
    r"|\bfree lawyer\b|\bfree legal\b|\bqualify\b|\beligible\b|\blegal advice\b"
    r"|\b(?:use|get|call|contact) (?:the|this|your) (?:free )?(?:service|lawyer|legal advice)\b"
    r"|\bthe lawyer\b[^.?!]{0,30}\b(?:even though|though|if|when)\b"
    r"|\b(?:can|could|would|will) (?:the|a) (?:free )?lawyer (?:\w+ )?(?:see|help|talk|take)\b"
)


# The lawyer asked about "even though / if" nothing was shared: "not posted yet. can the lawyer
# talk in mandarin?" is the interpreter's question.
_IF_NOT_SHARED = re.compile(
    r"\b(?:even though|even if|if|though|when|since|as far as i know|that i know of|while)\b"
    r"[^.?!]{0,45}\b(?:nothing|not|hasn'?t|has not|haven'?t|have not|didn'?t|did not|never"
    r"|isn'?t|wasn'?t)\b[^.?!]{0,25}\b(?:shared|shown|posted|sent|showed|leaked|out)\b"
    r"|\b(?:nothing|not|hasn'?t|has not|never)\b[^.?!]{0,25}\b(?:shared|shown|posted|sent"
    r"|showed)\b[^.?!]{0,25}\b(?:as far as i know|that i know of)\b"
)


# Right after the held-images answer: "he says no. can anyone force him", "what if she refuses",
# "is there a way to make him" (session 20: the consent block "must make sure there is consent").
_HELD_ANSWERS = frozenset({"utter_held_not_shared_order", "utter_held_delete_and_lawyer"})
_FORCE_ASKED = re.compile(
    r"\b(?:can|could|will|would|is there) (?:the )?(?:any ?one|some ?one|any ?body|some ?body"
    r"|you|u|they|police|cops|a way|any way|anything|nothing)\b[^.?!]{0,25}\b(?:force|make|get"
    r"|order|compel|require)\b"
    r"|\b(?:he|she|they)(?: just)? (?:says?|said) no\b|\b(?:he|she|they) (?:refuses?|refused"
    r"|won'?t|will not)\b"
)


_DELETE_WORD = re.compile(r"\b(?:delete|destroy|erase|get rid of|wipe|remove)\w*")


def held_refused(cleaned: str, previous: set[str]) -> bool:
    """The person, told who can ask him to delete held images, asks who can force him."""
    # "can they force him to delete them?" names the deleting: the held readers answer it.
    if _DELETE_WORD.search(cleaned):
        return False
    return bool(_HELD_ANSWERS & previous) and bool(_FORCE_ASKED.search(cleaned))


def held_kind(cleaned: str, earlier: list[str]) -> str | None:
    if not _asks(cleaned) or _SHARED_NOW.search(cleaned):
        return None
    told = [*earlier[-4:], cleaned]
    if not any(_NOT_KNOWN_SHARED.search(text) for text in told):
        return None
    if any(_SHARED_NOW.search(text) for text in earlier[-4:]):
        return None
    delete = bool(_DELETE.search(cleaned)) and not _OTHER_MAKER.search(cleaned)
    lawyer = bool(_LAWYER.search(cleaned))
    if delete and lawyer:
        return HELD_BOTH
    if delete:
        return HELD_DELETE
    if lawyer and _IF_NOT_SHARED.search(cleaned):
        return HELD_LAWYER
    return None


# --- Meeting the lawyer by video, or in person ----------------------------------------------
_BY_VIDEO = re.compile(
    r"\b(?:by|over|on|via|through|with) (?:a )?(?:video|zoom|facetime|teams|skype|google meet"
    r"|webcam)\b|\bvideo (?:call|chat|meeting|appointment)\b|\bvirtual(?:ly)?\b"
    r"|\b(?:zoom|facetime) (?:call|meeting)\b|\bonline (?:meeting|appointment)\b"
    r"|\bremote(?:ly)?\b"
)
_IN_PERSON = re.compile(
    r"\b(?:have|need|got) to (?:go|come|travel|drive|fly|be there|show up|meet)\b[^.?!]{0,30}"
    r"\b(?:in person|vancouver|the office|downtown|their office|there)\b"
    r"|\b(?:is|are) (?:it|the meetings?|the appointments?) (?:only |always )?in person\b"
    r"|\bin person only\b|\bdo i (?:have|need) to (?:go|come) in\b"
)
_MEET = re.compile(
    r"\b(?:meet\w*|appointments?|talk|speak|see|consult\w*|sessions?|lawyers?|call)\b"
)
_THEIR_VIDEO = re.compile(
    r"\b(?:posted|shared|sent|recorded|filmed|caught|screenshot\w*|showed|leaked)\b[^.?!]{0,25}"
    r"\bvideo\b"
)


def meet_kind(cleaned: str) -> str | None:
    if not _asks(cleaned) or not _MEET.search(cleaned) or _THEIR_VIDEO.search(cleaned):
        return None
    if (
        re.search(r"\bin person\b", cleaned)
        and re.search(r"\bor\b", cleaned)
        and (_BY_VIDEO.search(cleaned) or re.search(r"\b(?:phone|telephone)\b", cleaned))
    ):
        return MEET_WHICH  # "by phone, by video or in person?": which way, not yes or no
    if _IN_PERSON.search(cleaned):
        return MEET_IN_PERSON
    if _BY_VIDEO.search(cleaned) and re.search(
        r"\b(?:lawyer|meet\w*|appointment|session)\b", cleaned
    ):
        return MEET_VIDEO
    return None


def legal_ask_kind(
    text: str,
    earlier_texts: list[str],
    replies_by_turn: list[list[str]],
    young: bool,
    role: str | None,
) -> str | None:
    """The kind of one of these questions (see the module), or None. `replies_by_turn`: the
    bot's response names for each earlier message; `young`: the writer is under 18 now;
    `role`: writer_role.writer_role's reading. Asked again right after its answer: `_again`."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    earlier = [plain_lower(t) for t in earlier_texts]
    previous = set(replies_by_turn[-1]) if replies_by_turn else set()
    kind = _read(cleaned, earlier, young, role)
    if (
        kind is None
        and "utter_young_own_send" in previous
        and _TROUBLE_AGAIN.search(cleaned)
        and _ME_ACTOR.search(cleaned)
    ):
        # "no I mean ME, am I in trouble for sending it?" right after the answer: the other
        # wording, with the lines (the first answer's lines are not repeated by the guard).
        return f"{YOUNG_OWN_SEND}_again"
    # Session 21: "can i ask him to delete them" (how to ask him) between the held answer and
    # "what if he says no": the held answer two turns back still counts.
    held_recent = previous | (
        set(replies_by_turn[-2])
        if "utter_confront" in previous and len(replies_by_turn) > 1
        else set()
    )
    if kind is None and held_refused(cleaned, held_recent):
        return f"{HELD_DELETE}_again"
    if kind is None:
        return None
    if ANSWERS[kind][0] in previous or (
        kind in (HELD_DELETE, HELD_BOTH)
        and {"utter_held_not_shared_order", "utter_held_delete_and_lawyer"} & previous
    ):
        return f"{kind}_again"
    return kind


def _read(cleaned: str, earlier: list[str], young: bool, role: str | None) -> str | None:
    if young_own_send(cleaned, earlier, young, role):
        return YOUNG_OWN_SEND
    if own_lawyer(cleaned):
        return OWN_LAWYER
    held = held_kind(cleaned, earlier)
    if held:
        return held
    return meet_kind(cleaned)
