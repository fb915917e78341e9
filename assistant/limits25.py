"""Round 24 (limits25): questions about limits and specifics met with "I'm not sure" or a
generic list (tests/simulated-users/2026-12-05-round24: p27, p28, p11, p19).

- an income figure or "would they turn me down" (p27): no income limit is published, only the
  intake line can say; asked again right after, the short plain form;
- whether StopNCII works with a named site (p28): the sources list no partners; StopNCII.org's
  site does; report to the site itself; the IIPS;
- how long removal takes, "today" (p28): not said; call the IIPS and ask; what can start today;
- making him give back or destroy the prints (p11): what an order covers, silent on paper;
- removal asked by someone living outside B.C. (p19): the platform's own report, the routes open
  to anyone, and the B.C. services with their caveat (never offered without it); a friend who
  is in the server or group named: what they can do.

Read in InterruptPolicy._direct_answer after asks23's readers, outside forms, never for a
safety intent. Plain functions, no Rasa; responses in domain/limits25.yml and the older files
named.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.roles_fit import writer_helps

INCOME = "utter_income_considered"  # domain/practical_answers.yml
INCOME_AGAIN = "utter_income_limit_again"
STOPNCII_SITES = "utter_stopncii_sites"
STOPNCII_SITES_AGAIN = "utter_stopncii_sites_again"
TAKE_IT_DOWN_SITES = "utter_take_it_down_sites"
CRT_NAME_PUBLIC = "utter_crt_name_public"
CRT_NAME_PUBLIC_AGAIN = "utter_crt_name_public_again"
REMOVAL_TIMING = "utter_removal_timing"
REMOVAL_TIMING_AGAIN = "utter_removal_timing_again"
FASTEST_REMOVAL = "utter_fastest_removal"  # domain/practical_next.yml: the same point
ORDER_COPIES = "utter_crt_order_copies"  # domain/legal_follow_ups.yml
ORDER_COPIES_AGAIN = "utter_crt_order_copies_again"  # domain/legal_follow_ups.yml
PRINTS_MORE = "utter_prints_back_more"
REMOVAL_OUTSIDE = "utter_removal_outside_bc"
REMOVAL_OUTSIDE_ROUTES = "utter_removal_outside_bc_routes"
FRIEND_IN_GROUP = "utter_friend_in_group"
YOUTH_REMOVAL = "utter_image_removal_youth"  # Take It Down, NeedHelpNow, Cybertip (routes.yml)
CAVEAT = "utter_bc_routes_outside_caveat"  # the outside-B.C. caveat (domain/roles20.yml)

# The first answer -> its short form when asked again right after it.
AGAIN = {
    INCOME: INCOME_AGAIN,
    STOPNCII_SITES: STOPNCII_SITES_AGAIN,
    CRT_NAME_PUBLIC: CRT_NAME_PUBLIC_AGAIN,
    REMOVAL_TIMING: REMOVAL_TIMING_AGAIN,
    FASTEST_REMOVAL: REMOVAL_TIMING_AGAIN,
    ORDER_COPIES: ORDER_COPIES_AGAIN,
}
ANSWERS = (
    INCOME_AGAIN,
    STOPNCII_SITES,
    TAKE_IT_DOWN_SITES,
    CRT_NAME_PUBLIC,
    CRT_NAME_PUBLIC_AGAIN,
    STOPNCII_SITES_AGAIN,
    REMOVAL_TIMING,
    REMOVAL_TIMING_AGAIN,
    PRINTS_MORE,
    REMOVAL_OUTSIDE,
    REMOVAL_OUTSIDE_ROUTES,
    FRIEND_IN_GROUP,
)


# --- income: a figure, or being turned down for it ------------------------------------------
_SUM = re.compile(
    r"\$ ?\d[\d,]*\b|\b\d{2,3} ?(?:k|grand|thousand)\b|\b\d{2,3},\d{3}\b|\bsix figures?\b"
)
_INCOME_WORD = re.compile(
    r"\b(?:income|salary|salaries|wages?|earn\w*|make (?:good|decent|a lot of|too much) money"
    r"|paycheque|paycheck|well paid|high pay)\b"
)
_TURNED_DOWN = re.compile(
    r"\b(?:turn(?:ed|s)? (?:me|us|people|someone) (?:down|away)|turn down|reject\w*|refuse\w*"
    r"|say no|disqualif\w*|too (?:much|high|rich)|still (?:qualify|get (?:it|help|the \w+)|be"
    r" eligible)|would i (?:qualify|be eligible|get)|do i (?:still )?qualify|am i (?:still )?"
    r"(?:eligible|allowed)|count against|rule me out|cut ?off)\b"
)
_INCOME_QUESTION = re.compile(
    r"\bincome (?:limit|cap|cut ?off|test)\w*\b|\bis there an? (?:income|salary)\b"
    r"|\bmeans[- ]test\w*\b"
)
_FOR_CLIENTS = re.compile(r"\b(?:my|our|the|his|her) clients?\b")


def income_asked(cleaned: str) -> bool:
    """A figure or income with being turned down, or the income limit asked in plain words."""
    if _FOR_CLIENTS.search(cleaned):
        return False
    if _INCOME_QUESTION.search(cleaned):
        return True
    return bool(
        (_SUM.search(cleaned) or _INCOME_WORD.search(cleaned)) and _TURNED_DOWN.search(cleaned)
    )


def income_in_form(text: str) -> bool:
    """Inside the eligibility check: an income figure asked (the answer, then the check)."""
    return income_asked(plain_lower(text))


# --- StopNCII and a named site ----------------------------------------------------------------
_STOPNCII = re.compile(r"\bstop ?ncii\b|\bstopncii\.org\b")
_SITE_COVERED = re.compile(
    r"\b(?:work|works|working) (?:for|with|on) (?:that|this|it|the site|that site|\w+hub|\w+ ?site"
    r"|them)\b|\bone of (?:the|its|their) (?:sites|partners|platforms)\b"
    r"|\b(?:partner|partners|partnered|take part|part of it|cover|covers|include|includes|on the"
    r" list|signed up|participat\w*)\b|\b(?:which|what) (?:sites|platforms|websites|apps)\b"
)


def stopncii_sites(cleaned: str, previous: list[str]) -> bool:
    stop_named = bool(_STOPNCII.search(cleaned)) or (
        STOPNCII_SITES in previous and bool(re.search(r"\b(?:it|that|the site)\b", cleaned))
    )
    return stop_named and bool(_SITE_COVERED.search(cleaned))


# "does take it down work for porn sites or just like instagram?" (round 32 p26): Take It Down
# named as the subject of the question (never "will the site take it down").
_TAKE_IT_DOWN_ASKED = re.compile(
    r"\btakeitdown\b|\b(?:does|do|will|would|can|could|is) take ?it ?down (?:actually |even |also "
    r"|still |really )?(?:work|cover|include|apply|help|do anything)\b"
    r"|\btake ?it ?down\b[^?]{0,20}\b(?:does|will|would|can) (?:that|it|this) (?:\w+ )?"
    r"(?:work|cover)"
)
_SITES_NAMED = re.compile(
    r"\b(?:porn|adult|xxx|those|these|other|all|some|foreign|any) (?:\w+ )?(?:sites?|websites?"
    r"|platforms?)\b|\b\w+hub\b|\bor (?:just|only) (?:like )?\w+"
)


def _one_question(cleaned: str) -> bool:
    """At most one question in the message: with two, the main answer and the question parts
    (question_parts.PARTS) answer each, so this module's single answer would drop one."""
    sentences = (part.strip() for part in re.split(r"[.?!;]+", cleaned))
    return sum(1 for sentence in sentences if sentence and is_question(sentence)) <= 1


def take_it_down_sites(cleaned: str) -> bool:
    return _one_question(cleaned) and bool(
        _TAKE_IT_DOWN_ASKED.search(cleaned)
        and (_SITES_NAMED.search(cleaned) or _SITE_COVERED.search(cleaned))
    )


# "would my name become public?", "is the decision published with my name on it?" about the
# tribunal (round 32 p03: generic tribunal text twice, then "I'd rather not guess").
_NAME_PUBLIC = re.compile(
    r"\b(?:my|her|his|their|our) (?:full )?(?:name|identity)\b[^.?!]{0,40}\b(?:public|published"
    r"|publish|online|searchable|out there|in the news|released)\b"
    r"|\b(?:public|published|publish|anonymous|anonymously|private|kept secret)\b[^.?!]{0,40}"
    r"\b(?:my|her|his|their) (?:full )?(?:name|identity)\b"
    r"|\b(?:decision|decisions|order|claim|ruling|case)s? (?:be |is |are |get |gets )?"
    r"(?:published|public|made public|posted online)\b"
)
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|civil resolution|decision|claim|order|hearing)\b")


def crt_name_public(cleaned: str, told: list[str]) -> bool:
    if not _NAME_PUBLIC.search(cleaned) or not _one_question(cleaned):
        return False
    return bool(_TRIBUNAL.search(cleaned) or any(_TRIBUNAL.search(t) for t in told[-3:]))


# --- how long removal takes ---------------------------------------------------------------------
_HOW_SOON = re.compile(
    r"\bhow (?:long|fast|quick(?:ly)?|soon)\b|\bsame day\b|\bby (?:today|tonight)\b"
)
# "can they get it down today": the service's own speed asked ("can I do anything today" is not).
_TODAY = re.compile(r"\b(?:today|tonight|right away|this week|asap|immediately|overnight)\b")
_THEY_DO = re.compile(
    r"\b(?:can|could|will|would) (?:they|them|the (?:\w+ )?service|the iips|iips|the site)\b"
)
_REMOVAL = re.compile(
    r"\b(?:get|take|taking|took|bring|have) (?:it|them|this|that|the (?:\w+ )?(?:video|pics?"
    r"|photos?|images?|post)) (?:down|off|removed)\b|\b(?:taken|took) down\b|\bremov\w*\b"
)
_IIPS = re.compile(r"\bprotection service\b|\biips\b|\bprotectyourimages\b")
_NOT_HERE = re.compile(
    r"\b(?:tribunal|crt|civil resolution|lawyer|appointment|meeting|order|police|cops|rcmp)\b"
)


def removal_timing(cleaned: str) -> bool:
    if _NOT_HERE.search(cleaned):
        return False
    if not (_HOW_SOON.search(cleaned) or (_TODAY.search(cleaned) and _THEY_DO.search(cleaned))):
        return False
    return bool(_REMOVAL.search(cleaned) or (_IIPS.search(cleaned) and "down" in cleaned))


# --- making him give back or destroy the prints ----------------------------------------------
_PRINTED = re.compile(r"\bprint\w*|\bpaper\b|\bhard ?cop\w*|\bphysical cop\w*|\bphotocop\w*")
_GIVE_BACK = re.compile(
    r"\b(?:give|hand|send|bring|return)\w* (?:me |them |it |those |the \w+ )?(?:back|over)\b"
    r"|\b(?:get|getting) (?:\w+ ){0,3}?back\b"
    r"|\bgive (?:me|us) (?:back )?(?:the rest of |all of |all )?(?:the|my|those|his) (?:\w+ )?"
    r"(?:prints?|printouts?|copies|paper|pics|photos|pictures)\b"
    r"|\breturn (?:the|them|my|those)\b|\b(?:destroy|shred|burn|get rid of)\w*\b"
)
_MAKE_HIM = re.compile(
    r"\b(?:make|force|order|get|require|demand)\w* (?:him|her|them|my ex|the guy)\b"
    r"|\bcan (?:i|we|the tribunal|the crt|they|police|the police|a lawyer) (?:\w+ )?"
    r"(?:make|force|order|get)\b|\b(?:can|could) i get\b"
)


def prints_back(cleaned: str, told: list[str]) -> bool:
    printed = _PRINTED.search(cleaned) or any(_PRINTED.search(t) for t in told[-4:])
    return bool(printed and _GIVE_BACK.search(cleaned) and _MAKE_HIM.search(cleaned))


# --- removal asked from outside B.C. ---------------------------------------------------------
_OFF = re.compile(
    r"\b(?:get|take|taking|have|got) (?:it|them|this|that|those|the (?:\w+ )?(?:video|pics?"
    r"|photos?|images?|posts?|nudes?))(?: taken| removed)? (?:down|off|removed)\b"
    r"|\b(?:taken (?:down|off)|take (?:down|off)|removed?|removal)\b"
)
_FRIEND = re.compile(
    r"\b(?:a|my|our) (?:friend|cousin|buddy|sister|brother|coworker|co-worker|roommate|mate)\b"
    r"[^.?!]{0,40}\b(?:told me|is in|was in|saw|sent me|showed me|let me know|found)\b"
    r"|\bi'?m not in (?:it|the server|the group|that server|that group)\b"
)


def removal_outside(cleaned: str) -> bool:
    # The tribunal, an order, the police or a lawyer named: their own outside-B.C. answers.
    return bool(_OFF.search(cleaned)) and not _NOT_HERE.search(cleaned)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    outside_bc: bool,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `outside_bc`: the person's latest home
    named is outside B.C."""
    if not text:
        return None
    # Someone writing for another person: the helped person's home counts, not the writer's.
    outside_bc = outside_bc and not writer_helps([*earlier, text])
    if text.startswith("/"):
        # "Getting images removed" pressed by someone outside B.C. right after the caveat:
        # the routes with the caveat, never without it.
        if outside_bc and text.strip() == "/ask_image_removal":
            return fresh([REMOVAL_OUTSIDE, REMOVAL_OUTSIDE_ROUTES, YOUTH_REMOVAL], previous)
        return None
    cleaned = plain_lower(text)
    if not is_question(cleaned):
        return None
    found = _kind(cleaned, [plain_lower(t) for t in earlier], outside_bc, previous)
    if not found:
        return None
    if found[0] in previous:
        again = AGAIN.get(found[0])
        return [again] if again and again not in previous else None
    if found[0] == STOPNCII_SITES and STOPNCII_SITES_AGAIN in previous:
        return None
    return found


def _kind(cleaned: str, told: list[str], outside_bc: bool, previous: list[str]) -> list[str]:
    if outside_bc and removal_outside(cleaned):
        friend = [FRIEND_IN_GROUP] if _FRIEND.search(cleaned) else []
        return [REMOVAL_OUTSIDE, *friend, REMOVAL_OUTSIDE_ROUTES, YOUTH_REMOVAL]
    if stopncii_sites(cleaned, previous):
        return [STOPNCII_SITES]
    if take_it_down_sites(cleaned):
        return [TAKE_IT_DOWN_SITES]
    if crt_name_public(cleaned, told):
        return [CRT_NAME_PUBLIC]
    if REMOVAL_TIMING in previous and _HOW_SOON.search(cleaned) and len(cleaned.split()) <= 6:
        return [REMOVAL_TIMING]  # "how long though??": asked again, the short form
    if removal_timing(cleaned):
        # Asked again right after "which is fastest" (the same point): the short form.
        return [FASTEST_REMOVAL] if FASTEST_REMOVAL in previous else [REMOVAL_TIMING]
    if prints_back(cleaned, told):
        return [ORDER_COPIES, PRINTS_MORE]
    if income_asked(cleaned):
        return [INCOME]
    return []
