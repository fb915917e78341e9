"""Practical follow-ups that got a nearby stock block, or the same block again (simulated users
round 16, kind 1). Plain Python over the latest message, the earlier ones and the bot's earlier
replies; the InterruptPolicy answers the kind (one hook). What each answer says comes from
shared/source/service-page.txt and bc-facts.md only; where they are silent it says so and names
who can answer.

- The fear that blocking makes it worse ("if I block him he says he'll post it", "will blocking
  set her off"): the sources don't say; the public bodies' steps are the same either way
  (evidence first, then block, don't pay); what can be done if they do share.
- A hidden camera found: smash it, unplug it, take it down or leave it: the sources don't say;
  don't destroy it (it may be evidence); ask the police (non-emergency, 9-1-1 only in danger).
  "Take it down" here is the camera, never the image-removal routes. "I don't know if anything
  was recorded" after it: the IIPS helps with images held; the intake line can check with you.
- Printed copies already torn down or thrown out ("was that bad for evidence?"): not your fault;
  the sources don't say it harms anything; keep what is left, write down where and when.
- Who a tribunal order goes to (the poster, the website, Google) and what de-index means: the
  sources list the orders (delete, de-index, remove, stop sharing; penalties) but not against
  whom; the tribunal or a lawyer can answer; the IIPS asks platforms.
- A site outside Canada, or one that is not a StopNCII partner: the sources don't say what can
  make it remove images; the IIPS asks platforms; the tribunal's orders; a lawyer.
- An older sibling or other helper of a child: "can I report to Cybertip myself or does it have
  to be a parent", "can we get the picture she sent deleted": the sources don't say a parent has
  to report; Cybertip.ca; Take It Down and NeedHelpNow.ca for the picture.
- "Will Cybertip tell my parents?": the sources don't say; ask them first; Kids Help Phone.
"""

from __future__ import annotations

import re

from assistant import asked_again
from assistant.plain_text import plain_lower

BLOCK_FEAR = "block_makes_worse"
CAMERA_WHAT = "camera_smash_or_leave"
TORE_DOWN = "printed_copies_taken_down"
ORDER_WHO = "crt_order_who"
SITE_ABROAD = "site_abroad_removal"
CHILD_REPORT = "cybertip_who_reports"
CHILD_REPORT_REMOVE = "cybertip_who_reports_removal"
CHILD_REMOVE = "child_sent_image_removal"
CYBERTIP_PARENTS = "cybertip_tells_parents"
CAMERA_UNKNOWN = "camera_not_known_recorded"

_FIRST: dict[str, list[str]] = {
    # The answer to "will they really send it if I block him?" (unanswered.py) says it.
    BLOCK_FEAR: ["utter_send_if_block"],
    CAMERA_WHAT: ["utter_camera_smash_or_leave"],
    TORE_DOWN: ["utter_printed_taken_down"],
    ORDER_WHO: ["utter_crt_order_who"],
    SITE_ABROAD: ["utter_site_abroad_removal"],
    CHILD_REPORT: ["utter_cybertip_who_reports"],
    CHILD_REPORT_REMOVE: ["utter_cybertip_who_reports", "utter_child_sent_removal"],
    CHILD_REMOVE: ["utter_child_sent_removal"],
    CYBERTIP_PARENTS: ["utter_cybertip_parents"],
    CAMERA_UNKNOWN: ["utter_camera_unknown_recorded"],
}
# Asked again (its first answer in the bot's last three turns): a short, different answer.
_AGAIN_OF: dict[str, str] = {kind: f"{kind}_again" for kind in _FIRST}
_AGAIN_ANSWER = {
    **{kind: f"{_FIRST[kind][0]}_again" for kind in _FIRST},
    BLOCK_FEAR: "utter_block_makes_worse_again",
}
ANSWERS: dict[str, list[str]] = {
    **_FIRST,
    **{again: [_AGAIN_ANSWER[kind]] for kind, again in _AGAIN_OF.items()},
}
KINDS = frozenset(ANSWERS)


def without_removal(steps: list[str]) -> list[str]:
    """The halves added to these answers, less the image-removal routes: "take it down" said of
    a camera, or a child's picture (whose routes are given), is not the removal question."""
    return [step for step in steps if not step.startswith("utter_image_removal")]


def _asks(cleaned: str) -> bool:
    return "?" in cleaned or bool(
        re.search(
            r"(?:^|[.!,] )(?:(?:so|and|but|ok|okay|then|well|right|like)[,.]? )*(?:can|could|is"
            r"|are|does|do|did|will|would|what|whats|which|who|where|how|should|was|am)\b",
            cleaned,
        )
    )


# --- Blocking: will it make it worse ------------------------------------------------------------
_BLOCK = re.compile(r"\b(?:block|blocks|blocking|blocked)\b")
_HE_BLOCKED = re.compile(r"\b(?:he|she|they|my ex|the guy|the person) (?:has |have )?blocked me\b")
_WORSE = re.compile(
    r"\b(?:worse|angry|angrier|mad|madder|piss\w* (?:him|her|them) off|set (?:him|her|them) off"
    r"|provoke\w*|trigger\w*|retaliat\w*|escalat\w*|revenge|backfire\w*|push (?:him|her|them)"
    r"|make (?:him|her|them) (?:post|send|share|leak|do it)|(?:post|send|share|leak|release)"
    r" (?:it|them|the \w+|my \w+)(?: \w+){0,4}? (?:if|when|once|after) i block"
    r"|if i block\w*(?: (?:him|her|them))?,? (?:he|she|they)(?:'ll| will| would| might| said| says)"
    r"|(?:he|she|they) (?:says?|said|threaten\w*|told me)[^.?!]{0,40}\bif i block"
    r"|(?:scared|afraid|worried|nervous|terrified) (?:to|of|about) block\w*"
    r"|(?:is|it'?s|its) (?:it )?(?:safe|dangerous|risky) to block)\b"
)


# Fear for one's safety ("he'll come after her") is the fear answers'.
_DANGER = re.compile(
    r"\b(?:come after|comes after|coming after|hurt|show up|shows up|find (?:me|her|him|us)"
    r"|kill|hit|beat|attack|knows where)\b"
)


def block_fear(cleaned: str) -> bool:
    if not _BLOCK.search(cleaned) or _HE_BLOCKED.search(cleaned) or _DANGER.search(cleaned):
        return False
    # "won't he just post it" asks with no question mark (round 21, p28).
    return bool(_WORSE.search(cleaned)) and (
        _asks(cleaned)
        or bool(
            re.search(
                r"\b(?:scared|afraid|worried|nervous)\b|\b(?:won'?t|wont) (?:he|she|they)\b",
                cleaned,
            )
        )
    )


# --- A hidden camera: smash it, take it down or leave it ---------------------------------------
_CAMERA = re.compile(
    r"\b(?:hidden |spy |secret )?(?:cameras?|cams?|webcams?|devices?|recorders?|gadgets?"
    r"|lens(?:es)?|the thing)\b"
)
_CAMERA_TOLD = re.compile(
    r"\b(?:hidden|spy|secret|tiny|little|small) (?:camera|cam|device|recorder)"
    r"|\b(?:camera|cam|recorder|device)\b[^.?!]{0,40}\b(?:bathroom|washroom|shower|bedroom"
    r"|changing room|airbnb|rental|hidden|hid|recording|vent|smoke detector|clock|charger)"
    r"|\b(?:found|find|discovered|spotted|noticed)\b[^.?!]{0,20}\b(?:camera|cam|recorder)\b"
)
_DO_WITH = re.compile(
    r"\b(?:smash\w*|break|breaking|destroy\w*|wreck|throw (?:it|them) (?:out|away)|toss"
    r"|trash|bin it|unplug\w*|disconnect\w*|switch (?:it|them) off|turn (?:it|them) off"
    r"|cover (?:it|them)|tape over|(?:take|taking|pull|pulling|rip|ripping) (?:it|them|the \w+"
    r"|that \w+) (?:out|down|off)|remove (?:it|them)"
    r"|removing (?:it|them)|leave (?:it|them)|leaving (?:it|them)|keep (?:it|them)|touch (?:it"
    r"|them)|get rid of (?:it|them)|hand (?:it|them) (?:in|over)|bring (?:it|them) to"
    r"|put (?:it|them) (?:in|somewhere))\b"
)


_IMAGE_WORDS = re.compile(r"\b(?:pics?|pictures?|photos?|videos?|images?|nudes?|footage|clips?)\b")


def camera_what(cleaned: str, earlier: list[str]) -> bool:
    if not (_DO_WITH.search(cleaned) and _asks(cleaned)):
        return False
    if _CAMERA.search(cleaned):
        return bool(_CAMERA_TOLD.search(cleaned)) or any(
            _CAMERA_TOLD.search(text) for text in earlier[-4:]
        )
    # "should I just rip it out?" right after the camera was told: "it" is the camera.
    return not _IMAGE_WORDS.search(cleaned) and any(
        _CAMERA_TOLD.search(text) for text in earlier[-2:]
    )


# "I don't know if anything was recorded, that's the problem" right after the camera's answer.
_CAMERA_REPLIES = frozenset(
    {"utter_camera_smash_or_leave", "utter_camera_smash_or_leave_again", "utter_keep_device"}
)
_NOT_KNOWN_RECORDED = re.compile(
    r"\b(?:don'?t|dont|do not|no idea|not sure|can'?t tell|never know)\b[^.?!]{0,25}"
    r"\b(?:if|whether|what)\b[^.?!]{0,25}\b(?:recorded|filmed|taped|caught|captured|saved"
    r"|got (?:anything|me|us)|it (?:was )?(?:on|recording|working))\b"
)


def camera_unknown(cleaned: str, recent: set[str]) -> bool:
    return bool(_CAMERA_REPLIES & recent) and bool(_NOT_KNOWN_RECORDED.search(cleaned))


# --- Printed copies already taken down ------------------------------------------------------------
_PRINTED = re.compile(
    r"\b(?:print\w*|paper|papers|posters?|flyers?|fliers?|photocop\w*|copies|hard ?cop\w*"
    r"|taped|stuck (?:up|on)|put (?:them |it )?up|pinned)\b"
)
_TOOK_DOWN = re.compile(
    r"\b(?:tore|torn|ripped|rip|tear|took|taken|pulled|peeled|scraped) (?:them |it |all |every"
    r" \w+ |the \w+ |those |these |(?:every|each|all) (?:one |single one )?of (?:them|those) )*"
    r"(?:all )?(?:down|off|up)\b"
    r"|\b(?:threw|thrown|tossed|burn(?:ed|t)|shredded|binned|got rid of|trashed) (?:them|it|all"
    r"|the \w+|those|these|some)\b|\b(?:threw|thrown|tossed) (?:\w+ ){0,5}?(?:out|away)\b"
)
_WAS_IT_BAD = re.compile(
    r"\b(?:was (?:that|it|this) (?:bad|wrong|ok|okay|a mistake|stupid|dumb)|did i (?:mess|screw"
    r"|ruin|wreck|destroy|lose|do (?:something )?wrong)|have i (?:messed|ruined|lost)"
    r"|(?:ruin|ruined|hurt|mess(?:ed)? up|wreck\w*|destroy\w*) (?:the |my )?"
    r"(?:evidence|case|chances?)"
    r"|for (?:the )?evidence|is (?:that|it) (?:bad|a problem)|shouldn'?t have|should i not have"
    r"|was i supposed to|big deal|a problem)\b"
)


def tore_down(cleaned: str, earlier: list[str]) -> bool:
    if not (_TOOK_DOWN.search(cleaned) and _WAS_IT_BAD.search(cleaned)):
        return False
    return bool(_PRINTED.search(cleaned)) or any(_PRINTED.search(t) for t in earlier[-4:])


# --- Who a tribunal order goes to -----------------------------------------------------------------
_CRT = re.compile(r"\b(?:crt|tribunal|civil resolution|protection orders?|the order|an order)\b")
_CRT_REPLIES = frozenset(
    {
        "utter_crt",
        "utter_crt_damages",
        "utter_crt_orders",
        "utter_make_delete",
        "utter_crt_order_who",
        "utter_crt_order_who_again",
    }
)
_TARGET = re.compile(
    r"\b(?:google|bing|search (?:engines?|results?)|websites?|sites?|platforms?|hosts?|hosting"
    r"|forums?|companies|company|reddit|twitter|x\.com|facebook|instagram|pornhub|the poster"
    r"|the person who posted|whoever posted|isps?)\b"
)
_ORDER_WHO = re.compile(
    r"\b(?:who|whom|what) (?:does|do|would|will) (?:the |an |that )?(?:order|it) (?:go|apply|get"
    r" sent|get served|bind)\b|\bwho (?:is|gets) (?:the )?order(?:ed)?\b"
    r"|\b(?:order|orders|make|force|tell|require|direct)\w* (?:a |the )?(?:\w+ ){0,2}"
    r"(?:website|site|platform|google|host|forum|company|search engine|reddit|twitter|facebook"
    r"|instagram|pornhub|tiktok|snapchat)\w*\b"
    r"|\bonly (?:the )?(?:person|poster|guy|one) who (?:posted|shared|uploaded)"
    r"|\bor (?:just |only )(?:the (?:person|poster|guy|uploader)|my ex|him|her|them)\b"
    r"|\bde-?index\w*\b[^.?!]{0,60}\b(?:mean|google|search)"
    r"|\b(?:google|search (?:engine|results?))\b[^.?!]{0,40}\b(?:have to|has to|must|remove"
    r"|de-?index|order)"
)


def order_who(cleaned: str, recent: set[str]) -> bool:
    if not (_ORDER_WHO.search(cleaned) and _asks(cleaned)):
        return False
    if not (_TARGET.search(cleaned) or re.search(r"\bde-?index", cleaned)):
        return False
    return bool(_CRT.search(cleaned) or re.search(r"\bde-?index", cleaned)) or bool(
        _CRT_REPLIES & recent
    )


# --- A site abroad, or not a StopNCII partner --------------------------------------------------
_ABROAD_SITE = re.compile(
    r"\b(?:overseas|offshore|abroad|foreign|outside (?:of )?(?:canada|the country|b\.?c\.?)"
    r"|another country|other countries|hosted in \w+|based in (?:russia|china|the us|the states"
    r"|europe|asia|another)|not (?:a )?(?:stopncii )?partner\w*"
    r"|aren'?t (?:a )?(?:stopncii )?partner\w*"
    r"|isn'?t (?:a )?(?:stopncii )?partner\w*"
    r"|non-?partner\w*|don'?t (?:work|partner) with stopncii|doesn'?t (?:work|partner) with"
    r" stopncii|not (?:on|in|part of) stopncii)\b"
)
_SITE = re.compile(r"\b(?:sites?|websites?|forums?|platforms?|hosts?|pages?|servers?|boards?)\b")
_MAKE_REMOVE = re.compile(
    r"\b(?:take (?:it|them|the \w+) down|take down|taken down|remov\w*|delete\w*|get (?:it|them)"
    r" (?:off|down)|make (?:them|it|the \w+) (?:take|remove|delete)|force|order|who can|what can"
    r"|anything|stop)\b"
)


def site_abroad(cleaned: str) -> bool:
    return bool(
        _ABROAD_SITE.search(cleaned)
        and _SITE.search(cleaned)
        and _MAKE_REMOVE.search(cleaned)
        and _asks(cleaned)
    )


# --- A helper of a child: who may report to Cybertip; the picture the child sent ------------------
_CYBERTIP = re.compile(r"\b(?:cybertip\w*|cyber tip|c3p|child protection)\b")
_WHO_REPORTS = re.compile(
    r"\b(?:can|could|may|am i allowed to|should) (?:i|we|a sibling|a brother|a sister|anyone"
    r"|someone) (?:\w+ ){0,3}?(?:report|call|contact|tell)\b[^.?!]{0,30}\b(?:myself|my self"
    r"|on my own|or (?:does|do) (?:it|they|that) (?:have|need) to be|(?:have|need|has) to be"
    r" (?:a |an |my |our )?(?:parent|adult|guardian|mom|dad))"
    r"|\b(?:does|do) (?:it|the report|that) (?:have|need) to (?:be|come from) (?:a |an |my |our"
    r" |the )?(?:parents?|adult|guardian|mom|dad|mum)\b"
    r"|\b(?:only|just) (?:a |the )?(?:parents?|guardians?) (?:can|could|allowed)\b"
    r"|\b(?:am i|i'?m|im) (?:old enough|too young|allowed) to report\b"
)
_CHILD_TOLD = re.compile(
    r"\b(?:little|younger|baby|kid|step) ?(?:sister|brother|sis|bro|cousin)\b"
    r"|\b(?:my|our) (?:sister|brother|cousin|niece|nephew|daughter|son|student)\b[^.?!]{0,40}"
    r"\b(?:1[0-7]|[5-9]|twelve|thirteen|fourteen|fifteen|eleven|ten)\b"
    r"|\b(?:she'?s|shes|he'?s|hes|she is|he is) (?:only |just )?(?:1[0-7]|[5-9])\b"
)
_SHE_SENT = re.compile(
    r"\b(?:the|that|a) (?:one|pic\w*|photo\w*|image|picture|nude|video) (?:she|he|they) (?:sent"
    r"|gave|shared)\b|\b(?:she|he) (?:already )?sent (?:him|her|them|the guy|that guy|it)\b"
)
_GET_DELETED = re.compile(
    r"\b(?:delet\w*|remov\w*|tak\w* (?:it )?down|get (?:it|that) back|erase\w*|get rid of"
    r"|unsend|undo|gone)\b"
)


def child_report(cleaned: str, earlier: list[str]) -> str | None:
    child = bool(_CHILD_TOLD.search(cleaned)) or any(_CHILD_TOLD.search(t) for t in earlier[-6:])
    if not child:
        return None
    reports = bool(_WHO_REPORTS.search(cleaned)) and (
        bool(_CYBERTIP.search(cleaned)) or bool(re.search(r"\b(?:report|police)\b", cleaned))
    )
    removal = bool(_SHE_SENT.search(cleaned) and _GET_DELETED.search(cleaned)) and _asks(cleaned)
    if reports and removal:
        return CHILD_REPORT_REMOVE
    if reports and _asks(cleaned):
        return CHILD_REPORT
    if removal:
        return CHILD_REMOVE
    return None


# --- Will Cybertip tell my parents --------------------------------------------------------------
_FAMILY = r"(?:parents?|mom|mum|mother|dad|father|family|guardians?|folks)"
_CYBERTIP_ONLY = re.compile(r"\b(?:cybertip\w*|cyber tip|c3p)\b")
# "will Cybertip tell my parents", "do they call your parents", "if I report will my mom find
# out"; never "should her parents be told" (a helper's own question).
_TELLS_PARENTS = re.compile(
    r"\b(?:cybertip\w*|cyber tip|c3p|they|them|it) (?:\w+ ){0,2}?(?:tell|tells|call|calls"
    r"|contact\w*|inform\w*|notify|notifies|email|text|message|reach out to)"
    rf" (?:my |your |the |our |a kid'?s )?{_FAMILY}\b"
    rf"|\b(?:will|would|could|can|do|does) (?:my |our )?{_FAMILY} (?:\w+ )?(?:find out|know"
    r"|be told|get told|be called|get called|be contacted|hear)\b"
)


def cybertip_parents(cleaned: str) -> bool:
    return bool(_CYBERTIP_ONLY.search(cleaned) and _TELLS_PARENTS.search(cleaned)) and (
        _asks(cleaned) or bool(re.search(r"\bif i\b", cleaned))
    )


def _read(cleaned: str, earlier: list[str], recent: set[str]) -> str | None:
    if cybertip_parents(cleaned):
        return CYBERTIP_PARENTS
    child = child_report(cleaned, earlier)
    if child:
        return child
    if block_fear(cleaned):
        return BLOCK_FEAR
    if camera_unknown(cleaned, recent):
        return CAMERA_UNKNOWN
    if camera_what(cleaned, earlier):
        return CAMERA_WHAT
    if tore_down(cleaned, earlier):
        return TORE_DOWN
    if order_who(cleaned, recent):
        return ORDER_WHO
    if site_abroad(cleaned):
        return SITE_ABROAD
    return None


def practical_followup_kind(
    text: str,
    earlier_texts: list[str],
    replies_by_turn: list[list[str]],
) -> str | None:
    """The kind of a practical follow-up (see the module), or None. `replies_by_turn`: the bot's
    response names for each earlier message. Asked again (its answer in the bot's last three
    turns): the short `_again` answer; a third ask right after it: the full answer again."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    earlier = [plain_lower(t) for t in earlier_texts]
    recent = {name for turn in replies_by_turn[-2:] for name in turn}
    kind = _read(cleaned, earlier, recent)
    if kind is None:
        return None
    again = _AGAIN_OF[kind]
    return asked_again.again_step(kind, _FIRST[kind][0], again, ANSWERS[again][0], replies_by_turn)
