"""Rounds 25-26 (stock27): an own-words follow-up met with a stock paragraph on a nearby topic
(tests/simulated-users/2026-12-05-round25 and -round26). Each reader gives the answer to what
the person asked, read with what they told before:

- reporting without the parents finding out, "would they call my parents" (r25 p06);
- keeping the printed copies or getting rid of them, needing them as evidence (r25 p11);
- whether this chat is stored (r25 p15);
- whether StopNCII stops reposts; "I'll try the email one" after the IIPS email (r25 p18);
- whether the 1-833 line (the IIPS) tells the police or parents, and the correction "no, the
  1-833 government one" (r25 p14); whether the 1-833 line is open at night (r25 p26);
- screenshotting posts that show an image taken under 18 (r25 p25); the tribunal for images
  taken under 18 (r25 p25);
- "just give me one number" / "what number do I call first" once images are out (r25 p26,
  r26 p12);
- staying together, not wanting him in trouble: the options; taking back consent to him having
  the videos (r25 p29);
- a threat only said out loud, without proof (r25 p30);
- having to see him at the tribunal, "so it's all online?" (r26 p28); the tribunal without a
  computer, help with the forms (r26 p22); waiting until a move to deal with the posts (r26 p18).

Read in the sequence readers' table (assistant/policies/follow_up_readers.py), outside forms,
never for a safety intent. Plain functions, no Rasa; responses in domain/stock27.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.plain_text import plain_lower
from assistant.question_parts import asked_parts
from assistant.roles_fit import writer_helps

REPORT_PARENTS = "utter_report_parents_young"
PRINTS_KEEP = "utter_prints_keep"
WHAT_IS_KEPT = "action_what_is_kept"  # domain/privacy.yml
DELETE_OFFER = "utter_chat_delete_offer"  # domain/safety.yml
STOPNCII_REPOSTS = "utter_stopncii_reposts"
IIPS_EMAIL = "utter_iips_email_ok"
IIPS_TOLD = "utter_iips_who_told"
IIPS_HOURS = "utter_iips_hours"
EVIDENCE = "utter_evidence"  # domain/safety.yml; its age wording is set at send time
EVIDENCE_MORE = "utter_evidence_more"  # domain/safety.yml
CRT_TAKEN_YOUNG = "utter_crt_taken_young"
ONE_NUMBER = "utter_one_number"
ONE_NUMBER_YOUNG = "utter_one_number_young"
STOP_NO_TROUBLE = "utter_stop_no_trouble"
REVOKE = "utter_revoke_consent"  # domain/topics.yml
REVOKE_HAVING = "utter_revoke_having"
SPOKEN_THREAT = "utter_spoken_threat"
SPOKEN_THREAT_NEXT = "utter_spoken_threat_next"
CRT = "utter_crt"  # domain/routes.yml
CRT_ROOM = "utter_crt_no_room"
CRT_ROOM_AGAIN = "utter_crt_no_room_again"
CRT_NO_COMPUTER = "utter_crt_no_computer"
_PART_MOST = "utter_part_most"  # domain/question_parts.yml
NO_WAIT_MOVE = "utter_no_wait_move"
REPORT_PARENTS_AGAIN = "utter_report_parents_again"
PRINTS_KEEP_AGAIN = "utter_prints_keep_again"
IIPS_TOLD_AGAIN = "utter_iips_who_told_again"
SPOKEN_THREAT_AGAIN = "utter_spoken_threat_again"

# The first answer -> its short form when asked again right after it (never one block twice).
AGAIN = {
    REPORT_PARENTS: REPORT_PARENTS_AGAIN,
    PRINTS_KEEP: PRINTS_KEEP_AGAIN,
    IIPS_TOLD: IIPS_TOLD_AGAIN,
    SPOKEN_THREAT: SPOKEN_THREAT_AGAIN,
    CRT_ROOM: CRT_ROOM_AGAIN,
}

ANSWERS = (
    REPORT_PARENTS,
    PRINTS_KEEP,
    STOPNCII_REPOSTS,
    IIPS_EMAIL,
    IIPS_TOLD,
    IIPS_HOURS,
    CRT_TAKEN_YOUNG,
    ONE_NUMBER,
    ONE_NUMBER_YOUNG,
    STOP_NO_TROUBLE,
    REVOKE_HAVING,
    SPOKEN_THREAT,
    SPOKEN_THREAT_NEXT,
    CRT_ROOM,
    CRT_ROOM_AGAIN,
    CRT_NO_COMPUTER,
    NO_WAIT_MOVE,
    REPORT_PARENTS_AGAIN,
    PRINTS_KEEP_AGAIN,
    IIPS_TOLD_AGAIN,
    SPOKEN_THREAT_AGAIN,
)

_ASKS = re.compile(
    r"\?|(?:^|[.!] )(?:(?:so|and|but|ok|okay|also|then|well|right|like|ya|yeah|no)[,.]? )*"
    r"(?:what|whats|how|can|could|will|would|do|does|is|are|should|who|where|when|if|which|am)\b"
    r"|\b(?:i'?m asking|i want to know|wondering|tell me|give me|my question)\b"
    r"|\b(?:can|could|should|would|will|do|does|is|am) (?:i|we|they|he|she|it|you)\b"
)
_YOUNG_AGE = re.compile(r"\b(?:i'?m|i am|im) (?:1[0-7]|only 1[0-7])\b|\b1[0-7] ?(?:yo|y/o)\b")
_TAKEN_YOUNG = re.compile(
    r"\bwhen i was (?:1[0-7]|a minor|a kid|under 18|younger)\b|\bfrom when i was (?:1[0-7]|a "
    r"minor|under 18)\b|\b(?:i was|while i was) (?:a minor|under 18|underage|1[0-7])\b"
)

# --- reporting without the parents finding out ------------------------------------------------
_PARENTS = re.compile(r"\b(?:my )?(?:parents|mom|mum|dad|mother|father|family)\b")
_FIND_OUT = re.compile(
    r"\b(?:find(?:ing)? out|found out|know(?:ing)?|knows|tell|told|call|contact|inform|let)\b"
)
_WITHOUT_PARENTS = re.compile(
    r"\bwithout (?:my |telling my |them telling my )?(?:parents|mom|mum|dad|family)\b"
)
_REPORT = re.compile(r"\b(?:report\w*|police|cops?|rcmp|cybertip\w*(?:\.ca)?)\b")
_NOT_THIS_LINE = re.compile(
    r"\b(?:1-?833|iips|protection service|lawyer|legal advice|kids help|khp|this chat|you)\b"
)


def report_parents(cleaned: str, previous: list[str], young: bool) -> bool:
    if not (young and _PARENTS.search(cleaned) and _FIND_OUT.search(cleaned)):
        return False
    if _NOT_THIS_LINE.search(cleaned) or "cybertip" in cleaned:
        return False
    if _REPORT.search(cleaned) and _WITHOUT_PARENTS.search(cleaned):
        return True
    # "but would they call my parents" right after the report answer.
    they = re.search(r"\b(?:would|will|do|does|can) (?:they|them|the police|the cops)\b", cleaned)
    return bool(they) and REPORT_PARENTS in previous


# --- keeping the printed copies --------------------------------------------------------------
_PRINTED = re.compile(r"\bprint\w*|\bpaper\b|\bhard ?cop\w*|\bphysical cop\w*|\bphotocop\w*")
_KEEP_OR_RID = re.compile(
    r"\b(?:keep|kept|get rid|throw\w* (?:\w+ ){0,2}(?:out|away)|toss|burn|destroy|shred|rip"
    r" (?:them|it) up)\w*\b|\bfor evidence\b|\bneed them\b|\bas evidence\b"
)
_MAKE_HIM = re.compile(
    r"\b(?:make|force|order|require|demand)\w* (?:him|her|them|my ex)\b|\bgive (?:\w+ )?back\b"
    r"|\b(?:the rest|his copies|he has|he kept)\b"
)


# The turn before answered the prints (limits25's order answer or this one): the older prints
# answers keep every other "keep them or throw them out".
_AFTER_PRINTS = {
    "utter_crt_order_copies",
    "utter_prints_back_more",
    "utter_crt_order_copies_again",
    PRINTS_KEEP,
}


def prints_keep(cleaned: str, told: list[str]) -> bool:
    printed = _PRINTED.search(cleaned) or any(_PRINTED.search(t) for t in told[-4:])
    if not printed or _MAKE_HIM.search(cleaned):
        return False
    return bool(_KEEP_OR_RID.search(cleaned))


# --- is this chat stored --------------------------------------------------------------------
_CHAT = re.compile(r"\bchatbot\b|\bconversations with (?:this|you|the)\b")
_STORED = re.compile(r"\b(?:stor\w*|logg\w*|record\w*|retain\w*)\b")


def chat_stored(cleaned: str) -> bool:
    return bool(_CHAT.search(cleaned) and _STORED.search(cleaned) and "delete" not in cleaned)


# --- StopNCII and reposts -------------------------------------------------------------------
_STOPNCII = re.compile(r"\bstop ?ncii\b")
_REPOSTS = re.compile(
    r"\brepost\w*|\bre-?upload\w*|\bpost(?:ing|s|ed)? (?:it |them )?again\b|\bkeep (?:posting"
    r"|sharing|putting)\b|\bnew copies\b|\bspread\w*\b|\bcoming back\b"
)


def stopncii_reposts(cleaned: str, told: list[str]) -> bool:
    if not _STOPNCII.search(cleaned):
        return False
    return bool(_REPOSTS.search(cleaned) or (told and _REPOSTS.search(told[-1])))


# --- "the email one" after the IIPS email --------------------------------------------------
_EMAIL_ONE = re.compile(r"\b(?:the|that) email (?:one|option|route)\b|\btry (?:the )?email\w*\b")


def iips_email(cleaned: str, recent_texts: list[str]) -> bool:
    if not _EMAIL_ONE.search(cleaned) or re.search(r"\blawyer|legal advice|standinformed", cleaned):
        return False
    return any("protectyourimages" in text for text in recent_texts)


# --- the 1-833 line: who it tells, its hours -------------------------------------------------
_IIPS = re.compile(
    r"\b1-?833\b|\biips\b|\bprotection service\b|\bthe government (?:one|line|number|service)\b"
    r"|\bprotectyourimages\b"
)
_TELLS = re.compile(
    r"\b(?:tell|call|contact|inform|report (?:it )?to|let)\w* (?:the )?(?:police|cops|my parents"
    r"|parents|my mom|my dad|my family|anyone|someone|the school)\b|\bhave to tell\b"
)
_CORRECTION = re.compile(
    r"\b(?:no|not|i mean|i meant)\b.*\b(?:1-?833|government|iips|protection service)\b"
)
# "if i email the protection service tonight will someone answer or is it like 9-5" (round 36 p15).
_HOURS = re.compile(
    r"\bopen\b|\bhours\b|\bat night\b|\bweekends?\b|\b24/?7\b|\bclosed\b|\b9 ?- ?5\b"
    r"|\b9 to 5\b|\bnine to five\b|\btonight\b|\bovernight\b"
)


def iips_told(cleaned: str, previous: list[str], told: list[str]) -> bool:
    if not _IIPS.search(cleaned):
        return False
    if _TELLS.search(cleaned) and re.search(
        r"\b(?:do|does|will|would|have to|has to|must|can) (?:they|it|the|you|that)\b", cleaned
    ):
        return True
    # "no i mean the 1-833 one, the government one" right after an answer about who is told,
    # or after asking who tells the police or parents.
    return bool(_CORRECTION.search(cleaned)) and (
        any("told" in name for name in previous) or bool(told and _TELLS.search(told[-1]))
    )


def iips_hours(cleaned: str) -> bool:
    return bool(_IIPS.search(cleaned) and _HOURS.search(cleaned))


# --- screenshots of posts that show an image taken under 18; the tribunal for them ----------
_SCREENSHOT = re.compile(r"\bscreen ?shot\w*|\bscreen ?cap\w*|\bcapture\b|\bsave (?:the )?posts?")
_POSTS = re.compile(r"\bposts?\b|\bevidence\b|\bpages?\b|\blinks?\b")
_TRIBUNAL = re.compile(r"\btribunal\b|\bcrt\b|\bcivil resolution\b|\bprotection order\b")


def screenshot_young(cleaned: str, taken_young: bool) -> bool:
    return taken_young and bool(_SCREENSHOT.search(cleaned) and _POSTS.search(cleaned))


def crt_taken_young(cleaned: str, taken_young: bool) -> bool:
    young_now = bool(
        _TAKEN_YOUNG.search(cleaned) or re.search(r"\b(?:a minor|under 18|underage)\b", cleaned)
    )
    return (
        bool(_TRIBUNAL.search(cleaned))
        and (young_now or taken_young)
        and bool(re.search(r"\b(?:too|also|still|as well|even|since|because)\b", cleaned))
    )


# --- one number --------------------------------------------------------------------------
_ONE_NUMBER = re.compile(
    r"\b(?:one|1|a single) (?:number|line|phone number)\b|\bpolice or who\b"
    r"|\bwhat number (?:do|should) i call first\b"
)
_OUT = re.compile(
    r"\b(?:post\w*|shar\w*|send\w*|sent|spread\w*|all over|online|everyone (?:has )?seen|up on)\b"
)


def one_number(cleaned: str, told: list[str]) -> bool:
    if not _ONE_NUMBER.search(cleaned) or _IIPS.search(cleaned) or writer_helps([*told, cleaned]):
        return False
    return bool(_OUT.search(cleaned) or any(_OUT.search(t) for t in told[-4:]))


# --- together, no trouble; taking back consent to having them ------------------------------
_NO_TROUBLE = re.compile(
    r"\b(?:don'?t|do not|dont) want (?:to )?(?:get )?(?:him|her|them) (?:in|into) trouble\b"
    r"|\bwithout getting (?:him|her|them) in(?:to)? trouble\b|\bstill together\b"
    r"|\b(?:don'?t|dont|do not) want to break up\b"
)
_STOP_ASK = re.compile(r"\boptions?\b|\bwhat can i do\b|\bstop\b|\bdelete\b|\bwhat (?:do|should) i")
_REVOKE = re.compile(
    r"\b(?:take|taking|took) (?:back )?(?:my )?consent(?: back)?\b|\b(?:withdraw|revoke|cancel|"
    r"pull)\w* (?:my )?consent\b|\bun-?consent\b"
)
_HAVING = re.compile(
    r"\b(?:having|has|have|keep\w*|delet\w*|videos?|pics?|photos?|images?|recordings?)\b"
)


def stop_no_trouble(cleaned: str) -> bool:
    return bool(_NO_TROUBLE.search(cleaned) and _STOP_ASK.search(cleaned))


def revoke_having(cleaned: str) -> bool:
    return bool(_REVOKE.search(cleaned) and _HAVING.search(cleaned))


# --- a threat said out loud -----------------------------------------------------------------
_SPOKEN = re.compile(
    r"\b(?:out loud|to my face|in person|verbally|face to face)\b|\bno (?:messages|texts|proof|"
    r"screenshots?)\b|\bwithout (?:proof|messages)\b|\bnothing in writing\b|\bnot in writing\b"
)
_THREAT = re.compile(
    r"\bthreat\w*|\b(?:says|said|saying) (?:he|she|they)(?:'ll| will| would|'d) (?:post|put|"
    r"share|send|show)\b|\b(?:will|would|gonna) (?:post|put|share|send|show) (?:them|it|my)\b"
)
_COUNT = re.compile(r"\bcount\w*\b|\bmatter\b|\bstill\b|\benough\b|\bvalid\b|\breal\b")


def spoken_threat(cleaned: str, told: list[str]) -> bool:
    if not told or not (_SPOKEN.search(cleaned) and _COUNT.search(cleaned)):
        return False
    return bool(_THREAT.search(cleaned) or any(_THREAT.search(t) for t in told[-6:]))


# --- the tribunal: seeing him, no computer; waiting for a move --------------------------------
_SEE_HIM = re.compile(
    r"\b(?:see|face|meet|talk to|be near|look at) (?:him|her|them|my ex)\b|\bin (?:a|the same)"
    r" room\b|\bsame room\b"
)
_COURT_WORD = re.compile(r"\bcourt\b|\bhearing\b|\btribunal\b|\bcrt\b|\bonline\b|\broom\b")
_NO_COMPUTER = re.compile(
    r"\bwithout a computer\b|\bno computer\b|\b(?:don'?t|dont|do not) (?:use|have|own) (?:a )?"
    r"computers?\b|\bhelp (?:me )?(?:with|fill\w*) (?:in |out )?the forms?\b"
)
_WAIT_MOVE = re.compile(
    r"\bwait (?:till|until|til|for) (?:i|we) (?:move|get there|am in|live)\b|\bwait (?:till|until"
    r"|til) (?:after )?(?:the|my) move\b|\bwait until i'?m in\b"
)


def crt_room(cleaned: str, crt_before: bool) -> bool:
    if not _SEE_HIM.search(cleaned):
        return False
    return bool(_TRIBUNAL.search(cleaned) or (crt_before and _COURT_WORD.search(cleaned)))


def _amount_asked(cleaned: str) -> list[str]:
    """The tribunal's most-money answer when a sentence of the message asks the amount."""
    return [_PART_MOST] if any(p.name == "most" for p in asked_parts(cleaned)) else []


def crt_no_computer(cleaned: str, crt_before: bool) -> bool:
    return bool(_NO_COMPUTER.search(cleaned)) and (crt_before or bool(_TRIBUNAL.search(cleaned)))


def _is_question(cleaned: str) -> bool:
    return bool(_ASKS.search(cleaned))


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    earlier_actions: list[str],
    is_minor: object,
    recent_texts: list[str],
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `earlier_actions`: every action before;
    `recent_texts`: the texts of the replies of the last three turns."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier]
    every = [*told, cleaned]
    young = bool(is_minor) or any(_YOUNG_AGE.search(t) for t in every)
    taken_young = young or any(_TAKEN_YOUNG.search(t) for t in every)
    crt_before = any("crt" in name for name in earlier_actions[-8:]) or any(
        _TRIBUNAL.search(t) for t in told[-3:]
    )
    # "ill try the email one tonight" is no question, and still means the IIPS email.
    if iips_email(cleaned, recent_texts):
        return fresh([IIPS_EMAIL], previous)
    # "no, the 1-833 one, the government one" after an answer about another line: no question.
    if iips_told(cleaned, previous, told):
        return _again_or([IIPS_TOLD], previous)
    if not _is_question(cleaned):
        return None
    return _again_or(_kind(cleaned, told, previous, young, taken_young, crt_before), previous)


def prints_follow_up(
    text: str, previous: list[str], earlier: list[str], is_minor: object
) -> list[str] | None:
    """Keep the prints or get rid of them, asked right after the answer on the prints (read
    before limits25, whose order answer would otherwise be sent again)."""
    cleaned = plain_lower(text)
    if not cleaned or text.startswith("/") or not _is_question(cleaned):
        return None
    told = [plain_lower(t) for t in earlier]
    every = [*told, cleaned]
    if is_minor or any(_YOUNG_AGE.search(t) or _TAKEN_YOUNG.search(t) for t in every):
        return None
    if _AFTER_PRINTS & set(previous) and prints_keep(cleaned, told):
        return _again_or([PRINTS_KEEP], previous)
    return None


def _again_or(found: list[str], previous: list[str]) -> list[str] | None:
    """`found`, or its short form when the turn before sent it (None when it has none)."""
    if found and found[0] in previous:
        again = AGAIN.get(found[0])
        return [again] if again and again not in previous else None
    return fresh(found, previous)


def _kind(
    cleaned: str,
    told: list[str],
    previous: list[str],
    young: bool,
    taken_young: bool,
    crt_before: bool,
) -> list[str]:
    if iips_told(cleaned, previous, told):
        return [IIPS_TOLD]
    if iips_hours(cleaned):
        return [IIPS_HOURS]
    if report_parents(cleaned, previous, young):
        return [REPORT_PARENTS]
    if one_number(cleaned, told):
        return [ONE_NUMBER_YOUNG if young else ONE_NUMBER]
    if chat_stored(cleaned):
        return [WHAT_IS_KEPT, DELETE_OFFER]
    if stopncii_reposts(cleaned, told):
        return [STOPNCII_REPOSTS]
    if screenshot_young(cleaned, taken_young):
        return [EVIDENCE, EVIDENCE_MORE]
    if crt_taken_young(cleaned, taken_young):
        return [CRT_TAKEN_YOUNG]
    if not young and stop_no_trouble(cleaned):
        return [STOP_NO_TROUBLE]
    if revoke_having(cleaned):
        return [REVOKE, REVOKE_HAVING]
    if spoken_threat(cleaned, told):
        return [SPOKEN_THREAT, SPOKEN_THREAT_NEXT]
    if crt_room(cleaned, crt_before):
        if CRT_ROOM in previous:
            return [CRT_ROOM]  # "so it's all online?" right after it: the short form (AGAIN)
        return [CRT, CRT_ROOM] if _TRIBUNAL.search(cleaned) and CRT not in previous else [CRT_ROOM]
    if crt_no_computer(cleaned, crt_before):
        # Round 26 p22 T3: "And the amount? What is the maximum? ... by telephone?" The amount
        # asked beside it is answered first (question_parts' "most" part), not dropped.
        return [*_amount_asked(cleaned), CRT_NO_COMPUTER]
    if _WAIT_MOVE.search(cleaned) and not re.search(r"\b(?:police|cops|rcmp)\b", cleaned):
        return [NO_WAIT_MOVE]
    return []
