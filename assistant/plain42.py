"""Rounds 41-42 (plain42): own-words follow-ups whose answer is in the sources but that got a
helper's or a victim's stock block, the youth block for an adult, or "I'd rather not guess"
(tests/simulated-users/2026-12-06-round41, -round42):

- a young writer whose phone holds a friend's or girlfriend's images: "am I in trouble, it's on
  my phone", "my friend took my phone and sent them" (r41 p12, r42 p10);
- "which one should I telephone first?", "the 1-833 number or the lawyer, just one" (r42 p06):
  the suggestion that ranks them, where the youth block came;
- "which of these can she reach by text or email?", "the email for the lawyer and for the
  government service" (r42 p20), "another number, a government office perhaps?" (r41 p08);
- "how do you sue someone you can't name?" (r41 p06): help without the name;
- a hidden camera: "even if he never shared anything?" about suing (r41 p09);
- "do I have to keep meeting him?" under a threat (r41 p21): no, and what counts;
- "is a tribunal claim public, would my name be out there?" (r41 p21): not in the sources;
- "is what she's doing illegal, threatening to post unless I pay?" (r41 p04): extortion;
- a young writer about an adult at school asking for pictures: "is it even illegal?", "can I
  report that?" (r42 p24): exploitation, reportable, said to the young person;
- "would police take it more seriously since I was 17, is it a different crime?" (r42 p22);
- a helper: "someone to talk to for her feelings" (r42 p28);
- "she already sent more, is it too late, is she in trouble?" (r41 p25);
- a young writer: "if I tell a teacher will he post it?", "what do I do when I see him at
  school?" (r41 p30), "my brother is 17, does he count?" (r42 p29), "how do I tell my parents?"
  (r41 p26);
- "is Take It Down the one for me?" after saying they were under 18 in them (r42 p27);
- "the school says they'll deal with it, is that enough?" (r41 p03);
- "can the tribunal make him pay me?" (r42 p12).

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, after safety28). Responses in domain/plain42.yml.
"""

from __future__ import annotations

import re

from assistant import helper_reading, helper_script
from assistant.fresh_answers import fresh
from assistant.no_report_needed import _FOR_WHAT as _REPORT_FOR_WHAT
from assistant.no_report_needed import _REPORT_FIRST
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

PHONE_SENT_YOUNG = "utter_young_phone_sent"
RECEIVED = "utter_received_image"  # domain/person_fit.yml: a received image, what to do now
PRIVATE_EXCEPTION = "utter_under_18_images_more"  # domain/topics.yml: the narrow exception
FIRST_CALL = "utter_first_iips_or_lawyer"  # domain/practical_next.yml: IIPS first, both fine
BY_TEXT_OR_EMAIL = "utter_reach_by_text_or_email"
GOVERNMENT_OFFICE = "utter_government_office"
UNKNOWN_SHARER = "utter_unknown_sharer_name"  # domain/plain38.yml: help without the name
RECORDED_NOT_SHARED = "utter_recorded_not_shared_claim"
DONT_HAVE_TO = "utter_dont_have_to_comply"
TRIBUNAL_PRIVATE = "utter_tribunal_private"
THREAT_FOR_MONEY = "utter_threat_for_money_crime"
ASKING_YOUNG = "utter_asking_young_illegal"
TAKEN_YOUNG_CRIME = "utter_taken_young_crime"
SUPPORT_FOR_THEM = "utter_support_for_them"
SENT_MORE = "utter_sent_more_not_too_late"
TELL_RETALIATION = "utter_young_tell_retaliation"
IN_PERSON_YOUNG = "utter_in_person_young"  # domain/safety28.yml: blocking can't keep him away
SAFE_ADULT_SIBLING = "utter_safe_adult_young_sibling"
HOW_TO_TELL = "utter_young_how_to_tell"
WHICH_TOOL_YOUNG = "utter_which_tool_taken_young"  # domain/plain40.yml: Take It Down
SCHOOL_ENOUGH = "utter_school_enough"
DAMAGES = "utter_damages_how_much"  # domain/nearby_followups.yml: up to the CRT's limit
PRESSURED = ["utter_pressured", "utter_pressured_help"]  # domain/safety.yml: never have to send
POLICE_FIRST = "utter_part_police_first"  # domain: no police report needed first
LAWYER_HELD = "utter_lawyer_held_images"
IIPS_CONTACT_SHORT = "utter_iips_contact_him_short"
IIPS_TELLS_HIM = "utter_iips_tells_him"  # domain/plain40.yml
NO_ONE_TO_TELL = "utter_no_one_to_tell"  # domain/safety.yml: no parent needed to get help
ANGRY_WHEN_NO = "utter_angry_when_no"
YOUTH_LINE = "utter_youth_line"  # domain/helpers.yml: the same lines in other words
PAID_ALREADY = "utter_sextortion_paid"  # domain/helpers.yml: don't pay more, not too late
SHARER_LAWYER = "utter_own_child_lawyer"  # the service is for the one pictured; find a lawyer
SHARER_WHAT_NOW = "utter_own_child_what_now"  # must not show or forward; ask before deleting

# --- a young writer's phone -------------------------------------------------------------------
_TROUBLE = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|do i) (?:\w+ )?(?:be |get |going to be |gonna be "
    r"|gonna get |going to get )?(?:in trouble|arrested|charged)\b"
    r"|\b(?:is it|is that|is this) (?:even )?illegal (?:for me )?(?:to have|that i (?:had|have))"
    r"|\billegal (?:for me )?to (?:have|keep) (?:it|them|that|this)\b"
)
_ON_MY_PHONE = re.compile(
    r"\b(?:on|from|in) my phone\b|\bmy phone (?:sent|that sent)\b|\bi (?:have|had) (?:it|them)\b"
)
# "im in the chat too", "i didnt send it to anyone" after a friend's images were told (round
# 42 p10): the writer holds it too; other "on my phone" questions keep the older answers.
_IN_THE_CHAT = re.compile(
    r"\b(?:i'?m|im|i am) in the (?:group )?chat too\b|\bi (?:didn'?t|didnt|did not) send it\b"
)
_SOMEONE_ELSE_SENT = re.compile(
    r"\b(?:my )?(?:friend|buddy|bro|someone|he|she|they) (?:took|grabbed|used) my phone\b"
    r"|\bmy phone (?:that )?sent (?:them|it)\b[^.?!]{0,30}\b(?:i )?(?:didn'?t|didnt|did not)\b"
)
_UNDER_18 = re.compile(
    r"\b(?:she'?s|he'?s|they'?re|is|am|i'?m) (?:only )?1[0-7]\b|\b1[0-7] (?:year old|yo)\b"
    r"|\b(?:school|grade \d+|class)\b"
)
_SHE_SENT_ME = re.compile(
    r"\b(?:she|he|they) sent (?:them|it|those|these|the pics?|the pictures?) to me\b"
    r"|\bnot my (?:pics|pictures|photos|images|nudes)\b"
)

# --- which line first, reaching without phoning ----------------------------------------------
# "telephone" and "ring": the older readers answer "who do I call first" in their contexts.
_WHICH_FIRST = re.compile(
    r"\b(?:which|what|who) (?:one |number |service |line |place )?(?:should|shall|do|would|can)"
    r" i (?:telephone|ring) first\b"
    r"|\b(?:who|which (?:one|number)) to (?:telephone|ring) first\b"
    r"|\b(?:ring|call|phone) (?:the )?(?:1-833|1 833|833|government|protection)[^?]{0,30}"
    r"\bfirst,? or (?:the )?(?:lawyer|legal)"
    r"|\bjust one to start\b"
)
_BY_TEXT_OR_EMAIL = re.compile(
    r"\b(?:text|texting|email|e-mail)(?:ing)? or (?:text|texting|email|e-mail)\b"
    r"|\b(?:reach|contact)\b[^?]{0,20}\bby (?:text|email|e-mail)\b"
    r"|\bby (?:text|email) (?:instead|only)\b"
)
_ASKS_WHICH = re.compile(r"\b(?:which|who|what|can (?:she|he|they|i|we))\b")
_BOTH_EMAILS = re.compile(
    r"\bemails?\b[^?]{0,40}\b(?:lawyer|legal)\b[^?]{0,40}\b(?:protection"
    r"|government|iips)\b"
)
_GOVERNMENT_OFFICE = re.compile(
    r"\b(?:another|other|different) (?:tele)?(?:phone )?(?:number|line)\b[^?]{0,40}"
    r"\bgovernment\b|\bgovernment (?:office|department)\b"
)

# --- suing someone unnamed; a camera with nothing shared ---------------------------------------
_SUE = re.compile(r"\b(?:sue|suing)\b")
_UNNAMED = re.compile(
    r"\b(?:can'?t|cant|cannot|couldn'?t) name\b|\b(?:don'?t|dont|do not) know who\b"
    r"|\bno idea who\b|\bthrowaway\b|\banonymous\w*\b|\bunknown (?:person|account|poster)\b"
)
_HOW_MUCH = re.compile(r"\bhow much\b")
_CAMERA = re.compile(r"\b(?:camera|cam|filmed|recorded|recording)\b")
_NEVER_SHARED = re.compile(
    r"\b(?:even )?if (?:he|she|they) (?:never|didn'?t|didnt|did not|hasn'?t|hasnt|has not)"
    r" (?:shared|posted|sent|uploaded)\b|\bonly recorded\b|\bnever shared anything\b"
)

# --- threats: meeting him, money, being public -----------------------------------------------
_KEEP_MEETING = re.compile(
    r"\b(?:do|must|should) i (?:have to |need to |really have to )?(?:keep )?(?:(?:meeting|meet"
    r"|seeing|see|sleeping with|sleep with|going out with) (?:him|her|them)|do what (?:he|she"
    r"|they) (?:says?|wants?))\b"
    r"|\bhave to keep (?:meeting|seeing|sleeping with) (?:him|her|them)\b[^?]{0,40}\bdo i"
    r" (?:really )?have to\b"
)
_THREAT = re.compile(
    r"\b(?:threat\w*|or (?:he|she|they) (?:sends?|posts?|shares?|shows?)|unless|if i (?:don'?t"
    r"|dont|do not|stop))\b"
)
_PUBLIC = re.compile(
    r"\b(?:is (?:it|that|a tribunal claim|the claim|the tribunal|a claim)|are (?:the )?"
    r"(?:decisions|claims)) (?:\w+ )?public\b|\bwould my name be\b|\bmy name (?:be )?(?:out there"
    r"|public|published|online)\b"
)
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|claim)\b")
_ILLEGAL = re.compile(
    r"\b(?:is|isn'?t) (?:it|this|that|what (?:she|he|they)(?:'s|'re| is| are) doing|what (?:he|she"
    r"|they) (?:is|are) doing|(?:she|he|they)) (?:even |actually |really )?(?:illegal|a crime"
    r"|against the law|allowed|legal)\b|\bis (?:it|this) (?:a )?crime or not\b"
)
_MONEY = re.compile(r"\b(?:pay|paid|money|\$\d+|cash|owe)\b")
_POST_THREAT = re.compile(r"\b(?:post|share|send|leak|show)\w*\b")

# --- an adult asking a young person ------------------------------------------------------------
_ASKING_PICS = re.compile(
    r"\b(?:ask\w*|keeps? asking|wants?) (?:me |a \d{1,2} ?(?:year old|yo) |for )?(?:me )?"
    r"(?:for )?(?:pics|pictures|photos|nudes|images|nude pics)\b"
)
_ADULT_ASKER = re.compile(
    r"\b(?:adult|teacher|coach|\bea\b|educational assistant|staff|works at my school|he'?s like"
    r" (?:19|2\d|3\d)|(?:he|she) is (?:19|2\d|3\d)|like (?:19|2\d|3\d)|manager|boss|tutor)\b"
)
_REPORT_THAT = re.compile(r"\bcan i report (?:that|him|it|this)\b")

# --- under 18 in the images, police -----------------------------------------------------------
_MORE_SERIOUS = re.compile(
    r"\b(?:take (?:it|this|me) (?:more )?serious(?:ly)?|more serious)\b"
    r"|\b(?:a )?different (?:crime|charge|law|offence|offense)\b"
)
_TAKEN_YOUNG = re.compile(
    r"\b(?:i was|when i was|was) (?:1[0-7]|a minor|underage|under ?18)\b|\bunderage in\b"
    r"|\bsince i was (?:1[0-7]|a minor|underage)\b"
)

# --- a helper asks who the person can talk to ---------------------------------------------------
# Feelings named: "who can she talk to" alone keeps the older answers (safety, a child's line).
_TALK_FOR_THEM = re.compile(
    r"\b(?:someone|somebody|anyone|who) (?:to |can (?:she|he|they) )?(?:talk|speak|call)\b"
    r"[^?]{0,40}\b(?:feelings|sad|crying|cry|upset|depressed|emotional)\b"
    r"|\bfor (?:her|his|their) feelings\b|\b(?:her|his|their) feelings\b"
)
_NOT_FOR_ME = re.compile(
    r"\bnot (?:for )?me\b|\bfor (?:my|her|him|them) (?:daughter|son|sister|brother|friend)?\b"
    r"|\bmy (?:daughter|son|sister|brother|friend|wife|husband|partner)\b"
)

# --- sent more under pressure ------------------------------------------------------------------
_SENT_MORE = re.compile(r"\b(?:sent|gave) (?:him |them |her )?more\b")
_HOW_HELP = re.compile(r"\bhow (?:do|can|should) (?:i|we) help (?:her|him|them)\b")
HELP_THEM = "utter_helper_adult_support"  # domain: let them talk, VictimLinkBC for both
_TOO_LATE = re.compile(
    r"\btoo late\b|\bmess(?:es|ed)? (?:things|it|everything) up\b|\bin trouble\b"
    r"|\b(?:her|my|his|their) fault\b|\bmake (?:it|things) worse\b|\bruin\w*\b"
)

# --- a young writer at school -------------------------------------------------------------------
_TELL_TEACHER_POST = re.compile(
    r"\bif i tell (?:a |my |the )?(?:teacher|counsell?or|principal|parents?|mom|dad|mum|adult"
    r"|someone|anyone)\b[^?]{0,40}\b(?:will|would|might|gonna) (?:he|she|they) (?:post|share"
    r"|send|show|leak)"
)
_SEE_HIM = re.compile(
    r"\bwhen i see (?:him|her|them)\b|\b(?:in real life|irl)\b[^?]{0,40}\b(?:school|class)\b"
    r"|\bsee (?:him|her|them) (?:every day|everyday|at school)\b"
)
_SIBLING_YOUNG = re.compile(
    r"\bmy (?:brother|sister|sibling|cousin) is (?:1[0-7]|only 1[0-7])\b[^?]{0,30}"
    r"\b(?:count|enough|ok|okay|safe adult)\b|\bdoes (?:he|she) count\b"
)
_HOW_TELL = re.compile(
    r"\bhow (?:do|should|can|would) i (?:even )?(?:tell|say it to|bring it up with) (?:my )?"
    r"(?:parents|mom|dad|mum|mother|father|family)\b"
)
_WHICH_TAKE_IT_DOWN = re.compile(
    r"\btake ?it ?down\b[^?]{0,40}\b(?:the (?:right )?one|right one|the one for me|for me|right"
    r" (?:site|tool|one))\b|\b(?:is|so) take ?it ?down (?:the )?(?:one|right)\b"
)
_SCHOOL_ENOUGH = re.compile(
    r"\bschool\b[^?]{0,40}\b(?:handling|handle|deal with|dealing with|deals with)\b[^?]{0,30}"
    r"\benough\b|\b(?:let|leave it to) the school\b[^?]{0,30}\b(?:or|enough)\b"
)
_MAKE_PAY = re.compile(
    r"\b(?:make|order) (?:him|her|them) (?:to )?pay (?:me|money|something|damages)?\b"
    r"|\bget money from (?:him|her|them)\b"
)


# --- first messages: a trust role asking, a parent whose child shared ---------------------------
_TRUST_ASKS = re.compile(
    r"\bmy (?:\w+ )?(?:coach|teacher|boss|manager|tutor|instructor|supervisor|trainer|pastor"
    r"|youth leader)\b[^.?!]{0,20}\b(?:wants me to send)\b[^.?!]{0,15}\b(?:pics|pictures|photos"
    r"|nudes|nude|images)\b"
)
_THREAT_OR_MONEY = re.compile(
    r"\b(?:threat\w*|blackmail\w*|unless|or (?:else|he'?ll|she'?ll)|pay|money|\$|post|leak"
    r"|share|show (?:everyone|people))\b"
)
# --- the free lawyer for images held, not shared; the IIPS contacting him -------------------
_LAWYER_HELP = re.compile(
    r"\b(?:free )?(?:lawyer|legal advice|legal service)\b[^?]{0,40}\b(?:would|will|could|can)"
    r" (?:they|it|the lawyer|he|she) help\b|\bwould (?:the )?(?:free )?lawyer help\b"
)
_HELD_NOT_SHARED = re.compile(
    r"\b(?:hasn'?t|hasnt|has not|didn'?t|didnt|did not|never|not) (?:\w+ )?(?:shared|posted"
    r"|threatened|sent)\b|\bno (?:threat|sharing)\b"
)
_CONTACT_HIM = re.compile(
    r"\b(?:they'?d|they would|would they|will they|they will|do they) (?:\w+ )?contact (?:him|her"
    r"|them)\b|\bcontact (?:him|her|them) (?:then|too)?\?"
)
_POLICE_FIRST = re.compile(r"\b(?:first|before)\b")


# --- "who else could I tell, if not my parents", "he gets angry when I say no" (round 44) ------
_WHO_ELSE_TELL = re.compile(
    r"\bwho (?:else )?(?:could|can|should|do) i (?:even |actually )?(?:tell|talk to)\b[^?]{0,30}"
    r"\b(?:if not|not|other than|besides|except|that isn'?t|that isnt|who isn'?t) (?:my )?"
    r"(?:parents|mom|dad|mum|family)\b"
)
_LEAVE_ALONE = re.compile(
    r"\bwill (?:they|he|she) (?:\w+ )?(?:leave me alone|stop|go away|delete|back off)\b"
)
_TAKE_ME_BACK = re.compile(
    r"\b(?:come back|get back (?:together|with)|back together|go back to|if i (?:leave|break up))"
)
_ANGRY_NO = re.compile(
    r"\b(?:gets?|got|is|was) (?:really |so |super |very )?(?:angry|mad|upset|pissed|furious)"
    r"\b[^.?!]{0,15}\bwhen i (?:say|said|tell him|told him) no\b"
)


def _first_message(text: str, cleaned: str) -> list[str] | None:
    # An age or "is it illegal" keeps the older trust-rule answers.
    if (
        _TRUST_ASKS.search(cleaned)
        and not _THREAT_OR_MONEY.search(cleaned)
        and not re.search(r"\d|\b(?:illegal|legal|allowed|okay|ok|normal)\b", cleaned)
    ):
        return list(PRESSURED)
    return None


def _helper(texts: list[str]) -> bool:
    return any(helper_reading.for_someone_else(t) or helper_reading.helped_person(t) for t in texts)


def _phone_holds(cleaned: str, told: list[str], young: bool) -> list[str] | None:
    """ "Am I in trouble, it's on my phone": someone else's image the writer holds."""
    if not _TROUBLE.search(cleaned):
        return None
    under_18 = young or any(_UNDER_18.search(t) for t in [*told, cleaned])
    if _SOMEONE_ELSE_SENT.search(cleaned):
        return [PHONE_SENT_YOUNG] if under_18 else None
    # A correction ("theyre not my pics theyre hers"): the older received answers come first.
    if _SHE_SENT_ME.search(cleaned) and re.search(r"\bnot my (?:pics|pictures|photos)\b", cleaned):
        return [PRIVATE_EXCEPTION] if under_18 else None
    if _ON_MY_PHONE.search(cleaned) and _IN_THE_CHAT.search(cleaned) and under_18:
        return [RECEIVED]
    return None


def _about_young(texts: list[str], young: bool) -> bool:
    """The writer is young or helps someone young (read only when a kind needs it)."""
    return (
        young
        or helper_reading.helped_minor_said(texts, last=8)
        or helper_reading.helps_someone_young(texts)
    )


def _contact_kind(cleaned: str, texts: list[str], young: bool) -> list[str] | None:
    # a child, or someone helping one: the older helper answers
    if _WHICH_FIRST.search(cleaned) and not _about_young(texts, young):
        return [FIRST_CALL]
    if (_BY_TEXT_OR_EMAIL.search(cleaned) and _ASKS_WHICH.search(cleaned)) or _BOTH_EMAILS.search(
        cleaned
    ):
        return [BY_TEXT_OR_EMAIL]
    if _GOVERNMENT_OFFICE.search(cleaned) and "?" in cleaned:
        return [GOVERNMENT_OFFICE]
    return None


def _threat_kind(cleaned: str, told: list[str]) -> list[str] | None:
    context = [*told, cleaned]
    if _KEEP_MEETING.search(cleaned) and any(_THREAT.search(t) for t in context):
        if re.search(r"\bkeep (?:meeting|seeing|sleeping|going out|doing what)\b", cleaned):
            return [DONT_HAVE_TO]
    if _PUBLIC.search(cleaned) and _TRIBUNAL.search(cleaned):
        return [TRIBUNAL_PRIVATE]
    if (
        _ILLEGAL.search(cleaned)
        and any(_MONEY.search(t) for t in context)
        and any(_POST_THREAT.search(t) and _THREAT.search(t) for t in context)
        and not any(_ASKING_PICS.search(t) for t in context)
    ):
        return [THREAT_FOR_MONEY]
    return None


def _young_kind(cleaned: str, told: list[str]) -> list[str] | None:
    context = [*told, cleaned]
    asked = any(_ASKING_PICS.search(t) for t in context)
    # "an adult at my school asking a 16 year old for nudes. can i report that?" (whether it is
    # illegal keeps the older trust-rule answers).
    if (
        asked
        and _ASKING_PICS.search(cleaned)
        and any(_ADULT_ASKER.search(t) for t in context)
        and _REPORT_THAT.search(cleaned)
    ):
        return [ASKING_YOUNG]
    if _TELL_TEACHER_POST.search(cleaned):
        return [TELL_RETALIATION]
    if _SEE_HIM.search(cleaned) and any(_THREAT.search(t) or "pic" in t for t in told):
        return [IN_PERSON_YOUNG]
    if _SIBLING_YOUNG.search(cleaned):
        return [SAFE_ADULT_SIBLING]
    if _HOW_TELL.search(cleaned):
        return [HOW_TO_TELL]
    return None


def kind(
    text: str,
    earlier: list[str],
    is_minor: object = None,
    replies: list[str] | None = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    young = young_now([*earlier, text], is_minor)
    found = (_first_message(text, cleaned) if not earlier else None) or _phone_holds(
        cleaned, told, young
    )
    found = found or _contact_kind(cleaned, [*earlier, text], young)
    if found:
        return found
    if (
        earlier  # a first message: its own answer (a hidden camera's) says no report is needed
        # "before the lawyer or the protection service": read as which first; other wordings
        # keep the older police-first answers
        and re.search(r"\b(?:protection service|iips|government service)\b", cleaned)
        and _REPORT_FIRST.search(cleaned)
        and _REPORT_FOR_WHAT.search(cleaned)
        and _POLICE_FIRST.search(cleaned)
        and not young
        and not helper_reading.helped_minor_said([*earlier, text], last=8)
    ):
        return [POLICE_FIRST]
    if _LAWYER_HELP.search(cleaned) and any(_HELD_NOT_SHARED.search(t) for t in [*told, cleaned]):
        return [LAWYER_HELD]
    if _CONTACT_HIM.search(cleaned) and IIPS_TELLS_HIM in (replies or [])[-6:]:
        return [IIPS_CONTACT_SHORT]
    if _SUE.search(cleaned) and _UNNAMED.search(cleaned):
        return [UNKNOWN_SHARER, DAMAGES] if _HOW_MUCH.search(cleaned) else [UNKNOWN_SHARER]
    if (
        _NEVER_SHARED.search(cleaned)
        and any(_CAMERA.search(t) for t in told)
        and any(_SUE.search(t) or "tribunal" in t for t in [*told[-2:], cleaned])
    ):
        return [RECORDED_NOT_SHARED]
    found = _threat_kind(cleaned, told)
    if found:
        return found
    if young:
        found = _young_kind(cleaned, told)
        if found:
            return found
    if _MORE_SERIOUS.search(cleaned) and any(_TAKEN_YOUNG.search(t) for t in [*told, cleaned]):
        return [TAKEN_YOUNG_CRIME]
    if (
        _TALK_FOR_THEM.search(cleaned)
        and not young
        and not helper_reading.helped_minor_said([*earlier, text], last=8)
        and (_helper([*told, cleaned]) or _NOT_FOR_ME.search(cleaned))
    ):
        return [SUPPORT_FOR_THEM]
    if _SENT_MORE.search(" ".join([*told, cleaned])) and _TOO_LATE.search(cleaned):
        return [SENT_MORE, HELP_THEM] if _HOW_HELP.search(cleaned) else [SENT_MORE]
    if _WHICH_TAKE_IT_DOWN.search(cleaned) and any(
        _TAKEN_YOUNG.search(t)
        or re.search(r"\bi was 1[0-7]\b|\bwas 1[0-7] in\b|\bsince i was 1[0-7]\b", t)
        for t in [*told, cleaned]
    ):
        return [WHICH_TOOL_YOUNG]
    # Round 46 p12: "should we get him a lawyer? ... or make him delete them?" from a parent
    # whose son shared (the tribunal's delete order came, for a victim).
    # Only with "make him delete" beside it: other lawyer questions keep the older answers.
    if (
        earlier
        and re.search(r"\bmake (?:him|her|them) delete\b", cleaned)
        and helper_script.sharer_lawyer_asked(text, earlier)
    ):
        return [SHARER_LAWYER, SHARER_WHAT_NOW]
    # "if I pay the rest will they leave me alone?" ("should I just pay so it stops" keeps the
    # older short answer, plain40)
    if helper_reading.paid_and_asks_to_pay_more(cleaned) and _LEAVE_ALONE.search(cleaned):
        return [PAID_ALREADY]
    if young and _WHO_ELSE_TELL.search(cleaned):
        return [NO_ONE_TO_TELL]
    if (
        _ANGRY_NO.search(cleaned)
        and len(cleaned.split()) <= 10
        and not young
        and any(_TAKE_ME_BACK.search(t) for t in told)
    ):
        # A threat to share unless the person comes back, then only "he gets angry when I say
        # no" (round 44 p30); other anger keeps the older answers (being asked, a deadline).
        return [ANGRY_WHEN_NO]
    if _SCHOOL_ENOUGH.search(cleaned):
        return [SCHOOL_ENOUGH]
    if (
        _MAKE_PAY.search(cleaned)
        and re.search(r"\b(?:tribunal|crt|sue|court)\b", cleaned)
        and not any(_CAMERA.search(t) for t in told)  # a camera: the older not-shared answer
    ):
        return [DAMAGES]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    replies: list[str] | None = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent (asked again, the next reader
    answers)."""
    found = kind(text, earlier, is_minor, replies)
    if found == [PAID_ALREADY] and "utter_sextortion_steps" not in previous:
        return None  # only right after the blackmail steps (round 45 p06); else the older answers
    if found == [NO_ONE_TO_TELL] and NO_ONE_TO_TELL in previous:
        return [YOUTH_LINE]  # asked again ("i mean who can i talk to"): other words, same lines
    return fresh(found, previous) if found else None
