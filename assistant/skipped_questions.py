"""Questions that got a neighbouring answer, the same block again, or "doesn't answer that"
(simulated users round 13, kinds 1-3 of the "skipped" helper). Each gets its own answer from
the sources, or an honest "the information I have doesn't say" with who can tell. Plain Python
over the latest message and the earlier ones; the InterruptPolicy answers the kind with the
static responses of domain/skipped_questions.yml (`ANSWERS`).

- "where do I get the application form?": no link or form online in the sources; email and
  ask, or they take the information by phone (p30, asked three times).
- "will it affect my study permit?": the sources say nothing about immigration; the lawyer can
  answer (p27, asked three times).
- "what do I need to bring to the cops?": the evidence steps (p11).
- "what if I block him and he posts them anyway?": the removal routes still work (p21).
- "anything faster than the tribunal to get it off the site?": report to the site, the
  protection service contacts platforms, StopNCII / Take It Down (p20).
- "how do I get it removed and can I get money?": both halves (p20).
- "can I use the BC tribunal from Alberta?": the tribunal outside B.C. answer (p08).
- "he will find out I call?" in other word orders: the answer on who is told (p04).
- "if he sends it to my family in India, can anyone here stop him?": the tribunal's order
  against him, what the sources don't say about copies abroad (p04).
- "what should I do in the next 3 weeks, in order?": an ordered plan, the legal line first (p17).
- "police or school first?": what the sources say, and that they don't cover schools (p03).

Round 14 (kinds 3 and 5, dropped_halves.py has the halves):
- "how do I get it off discord/twitter?": report it to the platform first, then the removal
  routes fitted to who is writing (never the under-18 lines to someone who said they are 19).
- "if I stop paying he's gonna post them": that fear, what to do, and removal if he does; not
  the sextortion block again.
- "should I contact Airbnb first or the police?": the sources don't say which first; both can be
  done; keep a record.
"""

from __future__ import annotations

import re

from assistant import dropped_halves
from assistant.answer_kinds_practical import CRT_OUTSIDE_BC, MONEY_BACK, OTHER_PERSON_TOLD
from assistant.home_reading import place_mentions
from assistant.next_questions import PLATFORM
from assistant.plain_text import plain_lower

APPLICATION_FORM = "application_form"
IMMIGRATION = "immigration_not_covered"
BRING_TO_POLICE = "bring_to_police"
POSTS_ANYWAY = "posts_anyway"
FASTER_REMOVAL = "faster_removal"
REMOVAL_AND_MONEY = "removal_and_money"
STOP_ABROAD = "stop_sending_abroad"
PLAN_IN_ORDER = "plan_in_order"
POLICE_OR_SCHOOL = "police_or_school"
STEPS_AND_TOLD = "steps_and_other_person_told"
POLICE_OR_SCHOOL_HELPER = "police_or_school_helper"
WHERE_OTHER_LIVES = "where_other_lives"
STAFF_DUTY_AND_HELP = "staff_duty_and_help"
LAWYER_AND_WILL_YOU_TELL = "lawyer_and_will_you_tell"
THREAT_AND_WHERE = "threat_and_where_other_lives"
# Round 14.
PLATFORM_REMOVAL = "platform_removal"
PLATFORM_REMOVAL_ADULT = "platform_removal_adult"
PLATFORM_REMOVAL_YOUNG = "platform_removal_young"
PLATFORM_REMOVAL_HELPER = "platform_removal_helper"
STOP_PAYING_POSTS = "stop_paying_posts"
COMPANY_OR_POLICE = "company_or_police"

ANSWERS: dict[str, list[str]] = {
    APPLICATION_FORM: ["utter_application_form"],
    IMMIGRATION: ["utter_immigration_not_covered"],
    # Both with who to call next: the lawyer's line (a person should leave knowing who to call).
    BRING_TO_POLICE: ["utter_bring_to_police", "utter_not_covered_who"],
    POSTS_ANYWAY: ["utter_posts_anyway", "utter_posts_anyway_next"],
    FASTER_REMOVAL: ["utter_faster_removal"],
    # Removal first, as asked; both existing answers.
    REMOVAL_AND_MONEY: ["utter_image_removal", "utter_damages"],
    STOP_ABROAD: ["utter_stop_sending_abroad"],
    PLAN_IN_ORDER: ["utter_plan_in_order", "utter_plan_in_order_next"],
    POLICE_OR_SCHOOL: ["utter_police_or_school"],
    # A parent or other helper: the school line, then the helper's order of steps it got before.
    POLICE_OR_SCHOOL_HELPER: ["utter_school_not_covered", "utter_helper_minor_order"],
    # "what happens after I call? will he know I call?": both halves, in the order asked.
    WHERE_OTHER_LIVES: ["utter_where_other_lives"],
    # A counsellor's "what are my obligations and what resources can I give her?" (p10): the
    # duty answer, then the helper's removal and support lines (the duty answer has the reports).
    STAFF_DUTY_AND_HELP: [
        "utter_duty_to_report",
        "utter_helper_minor_removal",
        "utter_child_asked_support",
    ],
    # "can I talk to the lawyer without my mom finding out? will you tell her" (p12): both.
    LAWYER_AND_WILL_YOU_TELL: ["utter_lawyer_no_parents", "utter_who_is_told"],
    # "does it matter where he lives? and it's just a threat, does that count?": both halves.
    THREAT_AND_WHERE: ["utter_threats_covered", "utter_where_other_lives"],
    STEPS_AND_TOLD: ["utter_what_to_expect", "utter_other_person_told"],
    # Round 14: the platform first, then the removal routes for who is writing.
    PLATFORM_REMOVAL: ["utter_platform_off", *dropped_halves.REMOVAL_ANY_AGE],
    PLATFORM_REMOVAL_ADULT: ["utter_platform_off", *dropped_halves.REMOVAL_ADULT],
    PLATFORM_REMOVAL_YOUNG: ["utter_platform_removal", "utter_removal_young"],
    PLATFORM_REMOVAL_HELPER: ["utter_platform_removal", *dropped_halves.REMOVAL_HELPER_CHILD],
    STOP_PAYING_POSTS: ["utter_stop_paying_posts", "utter_posts_anyway_next"],
    COMPANY_OR_POLICE: ["utter_company_or_police", "utter_company_or_police_next"],
    # "I already deleted the chat", "is that enough proof?", "call his parents now or wait?"
    # asked on their own: the halves' answers (dropped_halves.ALONE).
    **{half: dropped_halves.ANSWERS[half] for half in dropped_halves.ALONE},
}
KINDS = frozenset(ANSWERS)

# The answers these questions got before (round 13): the contact block, the tribunal's
# description, the tribunal's timing, the police text, "doesn't answer that", the threat block.
# Any kind not a safety one may be replaced: the reader fires only on its own plain question.
REPLACES = frozenset(
    {
        "not_covered",
        "crt_orders",
        "crt_time",
        "report_to_police",
        "safe_to_report",
        "damages",
        "other_person_told",
        "confidential",
        "threats_covered",
        "already_sent",
        "send_if_block",
        "image_removal",
        "crt_order_fast",
        "crt_order_fast_again",
        "police_abroad",
        "helper_minor_who_first",
        "sextortion_already_paid",
        "threat_only",
        "helper_for_minor",
        "lawyer_no_parents",
        "duty_to_report",
        # Round 14: "your choice" for "Airbnb or police first?", the young writer's removal
        # for "get it off snapchat" (the platform's line comes first).
        "tell_host_or_landlord",
        "young_removal",
    }
)

_FORM = re.compile(r"\b(?:application|applications|form|forms|paperwork)\b")
_FORM_WHERE = re.compile(
    r"\b(?:where|how)\b[^.?!]{0,40}\b(?:get|find|download|fill|see|access|grab|the)\b"
    r"|\b(?:link|url|website|site|online|send (?:me|it)|email (?:me|it)|pdf|download\w*)\b"
)

_IMMIGRATION = re.compile(
    r"\b(?:study permit|student permit|work permit|permits?|visas?|immigra\w*|deport\w*"
    r"|permanent resident\w*|pr card|pr status|citizenship|refugee\w*|my status"
    r"|international student)\b"
)
_IMMIGRATION_WORRY = re.compile(
    r"\b(?:affect|effect|problem|hurt|trouble|risk|matter|lose|losing|cancel\w*|impact|safe"
    r"|police|report\w*|cops?|lawyer|qualify|still get|can i)\b|\?"
)

_POLICE = r"(?:police|cops?|rcmp|station|detective|officer)"
_BRING = re.compile(
    rf"\bwhat (?:do|should|would|shall) i (?:need to |have to |want to )?(?:bring|take|show"
    rf"|give|have ready|prepare)\b[^.?!]{{0,30}}\b{_POLICE}"
    rf"|\bwhat (?:to|should i) (?:bring|take|show)\b[^.?!]{{0,30}}\b{_POLICE}"
    rf"|\bwhat (?:do|will) (?:the )?{_POLICE} (?:need|want|ask for)\b"
    rf"|\bwhat (?:evidence|proof|stuff|things)\b[^.?!]{{0,30}}\b{_POLICE}"
)

_ANYWAY = re.compile(
    r"\b(?:posts?|shares?|sends?|puts?|uploads?|leaks?|spreads?) (?:\w+ ){0,3}(?:anyway|anyways"
    r"|regardless|still|after all)\b"
    r"|\bstill (?:posts?|shares?|sends?|puts?|uploads?|leaks?) (?:them|it|my|the)\b"
    r"|\bif (?:he|she|they) (?:\w+ )?(?:posts?|shares?|uploads?|leaks?) (?:them|it|my \w+|the \w+)"
    r"[^.?!]{0,40}\b(?:taken down|take (?:them|it) down|removed?|get (?:them|it) (?:down|off))"
)
_WHAT_IF = re.compile(r"\b(?:what if|what happens if|and if|if|like if|but if)\b")

_FASTER = re.compile(
    r"\b(?:faster|quicker|quickest|fastest|sooner|speed \w+ up|right away|asap|immediately"
    r"|today|right now)\b"
)
_OFF_SITE = re.compile(r"\b(?:off|down|removed?|taken down|take (?:it|them) down|delete\w*)\b")
_THAN_TRIBUNAL = re.compile(
    r"\b(?:faster|quicker|sooner) than (?:the )?(?:tribunal|crt)\b"
    r"|\b(?:other|another|any) (?:way|route|option)s?\b[^.?!]{0,30}\b(?:faster|quicker|sooner)\b"
    r"|\b(?:without|instead of|before) (?:the )?(?:tribunal|crt)\b"
    r"|\b(?:faster|quicker|sooner) (?:\w+ )?than (?:the )?(?:tribunal|crt)\b"
)

_REMOVAL_ASKED = re.compile(
    r"\bhow (?:do|can|would) i (?:get|have|make) (?:it|them|this|the \w+|my \w+) "
    r"(?:removed|taken down|taken off|deleted|down|off)\b"
    r"|\b(?:get|getting) (?:it|them|this) (?:removed|taken down|down|off)\b"
)
_MONEY_ASKED = re.compile(r"\b(?:money|compensation|damages|sue|suing|pay me|paid for this)\b")

_STOP_HIM = re.compile(
    r"\b(?:can|could|will|would) (?:any ?body|any ?one|some ?one|some ?body|you|they|the police"
    r"|police|the tribunal|the crt|the law|the government|people) (?:\w+ ){0,2}(?:stop|prevent)"
    r"\b|\bhow (?:do|can) (?:i|we) stop (?:him|her|them)\b"
)
_ABROAD = re.compile(
    r"\b(?:india|china|pakistan|philippines|iran|mexico|vietnam|korea|nigeria|punjab"
    r"|overseas|abroad|back home|another country|other country|outside canada|out of (?:the )?"
    r"country|my (?:home )?country)\b"
)

_IN_ORDER = re.compile(
    r"\bin (?:what |which |the right )?order\b|\bstep by step\b|\bstep-by-step\b"
    r"|\b(?:a |my )?(?:plan|to-?do list|checklist)\b"
    r"|\bwhat (?:should|do|must) i do (?:in|over|during) the next\b"
    r"|\bwhat (?:first|second),"
)
_WHAT_TO_DO = re.compile(r"\b(?:what|which|do|should|steps?|plan|order)\b")

_POLICE_SCHOOL = re.compile(
    r"\b(?:police|cops?|rcmp)(?: first)? or (?:the |her |his |their )?school\b"
    r"|\bschool(?: first)? or (?:the )?(?:police|cops?|rcmp)\b"
    r"|\b(?:tell|call|contact|go to|inform|report (?:it )?to) (?:the |her |his |their )?"
    r"(?:school|principal|teacher)\b[^.?!]{0,40}\b(?:first|or|too|also|before)\b"
)
_UNDER_18 = re.compile(
    r"\b(?:1[0-7]|[5-9])(?: ?(?:yo|y/o|yrs?|years?))?(?: old)?\b|\b(?:daughter|son|child|kid"
    r"|grade \d+)\b"
)


def skipped_kind(
    text: str, earlier_texts: list[str], writer: dropped_halves.Writer | None = None
) -> str | None:
    """The kind of answer a question needs that got a neighbouring one before; None when no
    reader here takes it. `writer` fits the removal answers to who is writing."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    earlier = [plain_lower(message) for message in earlier_texts[-6:]]
    for kind, reads in _READERS:
        if reads(cleaned, earlier):
            return kind
    # Round 14, after round 13's narrower readers ("get it off pornhub right away").
    if _platform_removal(cleaned):
        return _platform_kind(writer or dropped_halves.Writer())
    if _stop_paying_posts(cleaned):
        return STOP_PAYING_POSTS
    if _company_or_police(cleaned):
        return COMPANY_OR_POLICE
    alone = dropped_halves.alone_kind(cleaned, writer or dropped_halves.Writer(texts=earlier))
    return alone


def _application_form(cleaned: str, earlier: list[str]) -> bool:
    if re.search(r"eligib|tribunal|\bcrt\b", cleaned):
        return False  # "the eligibility form", the tribunal's forms: not the service's form
    if re.search(
        r"\b(?:don'?t|dont|do not|never mind|nevermind|without|no)\b[^.?!]{0,25}\bform", cleaned
    ):
        return False  # "I don't want to fill out a form": no form asked for
    return bool(_FORM.search(cleaned) and _FORM_WHERE.search(cleaned))


def _immigration(cleaned: str, earlier: list[str]) -> bool:
    return bool(_IMMIGRATION.search(cleaned) and _IMMIGRATION_WORRY.search(cleaned))


def _bring_to_police(cleaned: str, earlier: list[str]) -> bool:
    return bool(_BRING.search(cleaned))


def _posts_anyway(cleaned: str, earlier: list[str]) -> bool:
    return bool(_ANYWAY.search(cleaned) and _WHAT_IF.search(cleaned))


def _faster_removal(cleaned: str, earlier: list[str]) -> bool:
    if _THAN_TRIBUNAL.search(cleaned) and (_OFF_SITE.search(cleaned) or "?" in cleaned):
        return True
    return bool(
        _FASTER.search(cleaned)
        and re.search(r"\b(?:get|take|have)\b[^.?!]{0,25}\b(?:off|down|removed)\b", cleaned)
        and re.search(r"\b(?:site|website|pornhub|platform|app|page|internet|online)\b", cleaned)
    )


def _removal_and_money(cleaned: str, earlier: list[str]) -> bool:
    return bool(_REMOVAL_ASKED.search(cleaned) and _MONEY_ASKED.search(cleaned))


def _crt_outside_bc(cleaned: str, earlier: list[str]) -> bool:
    """ "can I use it if I live in Alberta?" after the tribunal was named: the question is the
    tribunal for someone outside B.C., whoever's place the message names."""
    tribunal_here = re.search(r"\b(?:tribunal|crt)\b", cleaned)
    tribunal_before = any(re.search(r"\b(?:tribunal|crt)\b", message) for message in earlier[-2:])
    if not (tribunal_here or (tribunal_before and re.search(r"\b(?:it|that|them)\b", cleaned))):
        return False
    if not re.search(r"\b(?:can|could|may|will|would|do|does)\b|\?", cleaned):
        return False
    outside_now = any(not mention.in_bc for mention in place_mentions(cleaned))
    from_outside = re.search(r"\b(?:from|in|live in|living in)\b", cleaned)
    outside_before = any(
        not mention.in_bc for message in earlier for mention in place_mentions(message)
    )
    return outside_now or bool(
        tribunal_here and from_outside and outside_before and re.search(r"\bi\b", cleaned)
    )


_OTHER = (
    r"(?:he|she|my (?:ex|husband|wife|partner|boy ?friend|girl ?friend)(?: \w+)?|him|the person)"
)
_FINDS_OUT_I_CALL = re.compile(
    rf"\b{_OTHER} (?:will|would|can|could|gonna|going to|is going to)? ?(?:\w+ )?"
    r"(?:find out|know|knows|hear|be told|see|learn)\b[^.?!]{0,20}\b(?:i|me) "
    r"(?:call|called|calling|contact\w*|phone\w*|email\w*|talk\w*|appl\w*|report\w*|go|went"
    r"|reach\w*)\b"
)


def _other_told(cleaned: str, earlier: list[str]) -> bool:
    return bool(_FINDS_OUT_I_CALL.search(cleaned))


_STEPS_ASKED = re.compile(
    r"\bwhat (?:happens?|will happen|comes next|do they do) (?:after|when|once) i (?:call|contact"
    r"|email|apply|reach)"
)


def _steps_and_told(cleaned: str, earlier: list[str]) -> bool:
    return bool(_STEPS_ASKED.search(cleaned) and _FINDS_OUT_I_CALL.search(cleaned))


def _stop_abroad(cleaned: str, earlier: list[str]) -> bool:
    return bool(_STOP_HIM.search(cleaned) and _ABROAD.search(cleaned))


def _plan_in_order(cleaned: str, earlier: list[str]) -> bool:
    if not (_IN_ORDER.search(cleaned) and _WHAT_TO_DO.search(cleaned)):
        return False
    # A young person's plan has other first steps (a safe adult, Cybertip.ca): not this one.
    return not any(
        re.search(r"\b(?:1[0-7]|[5-9]) ?(?:yo|y/o|yrs?|years?)|\bi'?m 1[0-7]\b", m)
        for m in earlier + [cleaned]
    )


def _police_or_school(cleaned: str, earlier: list[str]) -> bool:
    return bool(
        _POLICE_SCHOOL.search(cleaned)
        and any(_UNDER_18.search(message) for message in earlier + [cleaned])
    )


_HELPED_CHILD = re.compile(
    r"\b(?:my|our|a|her|his) (?:daughter|son|child|kid|student|niece|nephew|grandchild"
    r"|little (?:sister|brother))\b"
)


def _police_or_school_helper(cleaned: str, earlier: list[str]) -> bool:
    return _police_or_school(cleaned, earlier) and any(
        _HELPED_CHILD.search(message) for message in earlier + [cleaned]
    )


# "the money I already sent, can I get it back?", "is that money simply lost?" (p06: consent,
# then the sextortion steps again).
_MONEY_WORDS = re.compile(
    r"\b(?:money|cash|dollars|bucks|\$ ?\d[\d,]*|\d[\d,]* (?:dollars|bucks)|paid|payment"
    r"|gift ?cards?)"
)
_MONEY_GONE = re.compile(
    r"\b(?:get|getting|have) (?:it|that|them) back\b"
    r"|\b(?:simply |just |all |forever |gone and )?(?:lost|gone)\b"
    r"|\b(?:never|ever) (?:see|get) (?:it|that|the money|my money)\b"
    r"|\brefund\w*\b"
)


def _money_lost(cleaned: str, earlier: list[str]) -> bool:
    return bool(_MONEY_WORDS.search(cleaned) and _MONEY_GONE.search(cleaned) and "?" in cleaned)


# "does it matter where he lives?", "he's in another province, does that change anything?"
_WHERE_OTHER = re.compile(
    r"\b(?:does|would|will|is) (?:it|that) (?:\w+ )?(?:matter|change|make a difference|count)"
    r"[^.?!]{0,20}\bwhere (?:he|she|they|my ex|the (?:guy|person|other person)) (?:lives?|is"
    r"|stays?|lived)\b"
    r"|\bwhere (?:he|she|they|my ex|the (?:guy|person|other person)) (?:lives?|is|stays?)\b"
    r"[^.?!]{0,20}\b(?:matter|change anything|make a difference)\b"
)
_THREAT_COUNTS = re.compile(
    r"\b(?:just|only) (?:a )?threat\w*\b|\bthreat\w*\b[^.?!]{0,30}\bcount\b"
    r"|\b(?:does|do) (?:that|it|a threat|threats) (?:even |still )?count\b"
)


def _where_other_lives(cleaned: str, earlier: list[str]) -> bool:
    return bool(_WHERE_OTHER.search(cleaned))


def _threat_and_where(cleaned: str, earlier: list[str]) -> bool:
    return _where_other_lives(cleaned, earlier) and bool(_THREAT_COUNTS.search(cleaned))


_DUTY = re.compile(
    r"\b(?:my|our) (?:obligations?|duty|duties|responsibilit\w+)\b"
    r"|\b(?:am i|are we|are staff|is school staff) (?:\w+ )?(?:required|obligated|obliged|supposed)"
    r" to (?:report|tell|call)\b"
    r"|\bdo (?:i|we) (?:legally )?have to report\b|\bmandatory report\w*\b|\bduty to report\b"
)
_STAFF = re.compile(
    r"\b(?:counsell?or|teacher|principal|school staff|social worker|youth worker|nurse|coach"
    r"|staff|educator|vice.principal)\b"
)
_YOUNG = re.compile(
    r"\b(?:1[0-7]|[5-9])(?:-| )?(?:years?|yrs?|y/?o)\b|\b(?:student|child|kid|youth)\b"
)


def _staff_duty_and_help(cleaned: str, earlier: list[str]) -> bool:
    said = " ".join(earlier[-3:] + [cleaned])
    return bool(
        _DUTY.search(cleaned)
        and _STAFF.search(said)
        and _YOUNG.search(said)
        and re.search(
            r"\b(?:resources?|what can i (?:give|offer|do)|how (?:do|can) i help"
            r"|where (?:can|do) i send|support)\b",
            cleaned,
        )
    )


# "can I talk to the lawyer without my mom finding out? will you tell her" (p12).
_WITHOUT_PARENT = re.compile(r"\bwithout (?:my )?(?:mom|mum|dad|parents?|mother|father|family)\b")
_WILL_YOU_TELL = re.compile(
    r"\b(?:will|would|do|are) you (?:\w+ ){0,2}(?:tell|telling|call|contact|inform|text|message)"
    r" (?:her|him|them|my (?:mom|mum|dad|parents?|mother|father|family))\b"
)


def _lawyer_and_will_you_tell(cleaned: str, earlier: list[str]) -> bool:
    return bool(_WITHOUT_PARENT.search(cleaned) and _WILL_YOU_TELL.search(cleaned))


# "how do I get it off discord", "take it down from insta": a platform named with the removal.
_FROM_PLATFORM = re.compile(rf"\b(?:off|from|on|in) (?:of )?{PLATFORM}\b")
_REMOVE = re.compile(
    r"\b(?:get|getting|take|taking|remov\w*|delet\w*|taken) (?:it|them|this|that|the \w+"
    r"|my \w+)?\s?(?:off|down|removed|deleted|out)?\b"
)
_HOW = re.compile(r"\?|\b(?:how|can|could|is there|what do i do|way to|want|need)\b")
# "can I report it to discord?" has its own answer (next_questions.platform_report).
_REPORT_TO = re.compile(r"\breport\w* (?:it |them |this )?(?:to|on)\b")


# "how do I get instagram to take it down", "can I make tiktok remove it": the platform is the
# one asked to act (session 16).
_PLATFORM_ACTS = re.compile(
    rf"\b(?:get|getting|make|making|ask|asking|have|force) {PLATFORM} (?:to )?"
    r"(?:take|remove|delete|pull)\w*\b"
)


def _platform_removal(cleaned: str) -> bool:
    if _PLATFORM_ACTS.search(cleaned) and _HOW.search(cleaned):
        return True
    match = _FROM_PLATFORM.search(cleaned)
    if not match or _REPORT_TO.search(cleaned) or not _HOW.search(cleaned):
        return False
    lead = cleaned[: match.end()]
    return bool(re.search(r"\b(?:get|take|remov|delet|gone|down|off)\w*\b", lead[:-1]))


def _platform_kind(writer: dropped_halves.Writer) -> str:
    if writer.child_helped:
        return PLATFORM_REMOVAL_HELPER
    if writer.young:
        return PLATFORM_REMOVAL_YOUNG
    return PLATFORM_REMOVAL_ADULT if writer.adult else PLATFORM_REMOVAL


# "if I stop paying he's gonna post them", "he'll send them to my family if I don't pay".
_NOT_PAYING = r"(?:stop paying|don'?t pay|dont pay|do not pay|stop sending (?:money|him)|refuse)"
_POSTS = (
    r"(?:post|posts|share|shares|send|sends|leak|leaks|put|puts|spread|upload|expose)\w*"
    r"|go through with it"
)
_STOP_PAYING = re.compile(
    rf"\bif (?:i|we) (?:\w+ )?{_NOT_PAYING}\b[^.?!]{{0,40}}\b(?:{_POSTS})\b"
    rf"|\b(?:{_POSTS})\b[^.?!]{{0,50}}\bif (?:i|we) (?:\w+ )?{_NOT_PAYING}\b"
)


def _stop_paying_posts(cleaned: str) -> bool:
    return bool(_STOP_PAYING.search(cleaned))


# "should I contact Airbnb first or the police?", "HR or the cops?"; a school has its own answer.
_COMPANY = (
    r"(?:airbnb|vrbo|the host|host|the hotel|hotel|landlord|the landlord|hr|human resources"
    r"|my (?:employer|boss|manager|work|job|landlord|company)|the (?:company|employer|gym|store"
    rf"|owner|manager)|work|{PLATFORM})"
)
_POLICE_WORD = r"(?:the )?(?:police|cops|rcmp)"
_COMPANY_OR_POLICE = re.compile(
    rf"\b{_COMPANY}(?: first)?,? or {_POLICE_WORD}\b"
    rf"|\b{_POLICE_WORD}(?: first)?,? or (?:tell |contact |call )?{_COMPANY}\b"
)


def _company_or_police(cleaned: str) -> bool:
    return bool(_COMPANY_OR_POLICE.search(cleaned) and not re.search(r"\bschool\b", cleaned))


_READERS = (
    (STAFF_DUTY_AND_HELP, _staff_duty_and_help),
    (LAWYER_AND_WILL_YOU_TELL, _lawyer_and_will_you_tell),
    (THREAT_AND_WHERE, _threat_and_where),
    (WHERE_OTHER_LIVES, _where_other_lives),
    (MONEY_BACK, _money_lost),
    (APPLICATION_FORM, _application_form),
    (IMMIGRATION, _immigration),
    (BRING_TO_POLICE, _bring_to_police),
    (POSTS_ANYWAY, _posts_anyway),
    (REMOVAL_AND_MONEY, _removal_and_money),
    (FASTER_REMOVAL, _faster_removal),
    (CRT_OUTSIDE_BC, _crt_outside_bc),
    (STOP_ABROAD, _stop_abroad),
    (STEPS_AND_TOLD, _steps_and_told),
    (OTHER_PERSON_TOLD, _other_told),
    (PLAN_IN_ORDER, _plan_in_order),
    (POLICE_OR_SCHOOL_HELPER, _police_or_school_helper),
    (POLICE_OR_SCHOOL, _police_or_school),
)
