"""Rounds 47-48 (plain48): own-words questions whose answer is in the sources, or whose honest
"the information I have doesn't say" is, but that got a neighbouring stock block, the
eligibility form or "I'd rather not guess" (tests/simulated-users/2026-12-06-round47, -round48):

- "is the tribunal only on the computer? who can help me fill it in?" (r47 p09: the
  eligibility form, then "rather not guess"): online, and the IIPS helps with claims;
- "can the letter come by email? my husband opens the mail" (r47 p05): not said; ask intake
  for a safe way to reach you;
- "if I call the number what happens then?" (r47 p05): the service page's steps;
- "it's a story, it disappears in 24h, is there any point?" (r47 p29): it still counts; keep
  a record before it goes;
- "is there anything like this free lawyer thing in Alberta?" (r48 p07, asked twice);
- "does airdrop count as sharing?" (r47 p18, inside the eligibility form);
- "he secretly filmed me, he didn't share it, can the lawyer still help?" (r48 p23: the
  eligibility form twice);
- "if I text 988 do they call the cops?" (r47 p12: the assistant's own confidentiality);
- a helper's "is there someone who speaks Spanish?" (r48 p15: the victim's script);
- a teacher's or parent's second message telling the child's images are going around (r47
  p31: the victim's answer, "you may qualify").

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, after plain46). Responses in domain/plain48.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.helper_reading import (
    child_asked_by_someone,
    for_someone_else,
    names_others_authority,
)
from assistant.next_questions import PLATFORM
from assistant.plain46 import TAKEN_YOUNG, TRIBUNAL
from assistant.plain_text import plain_lower
from assistant.roles31 import helped_young, helper_writing
from assistant.route_form_gate import young_now

CRT_HELP = "utter_crt_help_claim"
CRT_HELP_AGAIN = "utter_crt_help_claim_again"
LETTER_SAFE = "utter_letter_safe_delivery"
AFTER_CALL = ["utter_what_to_expect", "utter_what_to_expect_more"]  # domain/topics.yml
VANISHING_POST = "utter_vanishing_post_counts"
VANISHING_POST_AGAIN = "utter_vanishing_post_counts_again"
PLATFORM_REPORT = "utter_platform_report"  # domain/next_questions.yml
OUTSIDE_LEGAL = "utter_outside_bc_legal_help"
OUTSIDE_LEGAL_AGAIN = "utter_outside_bc_legal_help_again"
SENT_TO_PHONES = "utter_sent_to_phones_counts"
HIDDEN_FILMING = "utter_secret_recording"  # domain/image_kinds.yml: voyeurism, sorry
FILMED_NOT_SHARED = "utter_filmed_not_shared_lawyer"
FILMED_NOT_SHARED_PLAINLY = "utter_filmed_not_shared_plainly"
LINE_POLICE = "utter_988_police"
LINE_PRIVATE = "utter_line_private"  # domain/unanswered.yml: asked again, the plain "ask them"
INTERPRETER_HELPER = "utter_interpreter_helper"
HELPER_MINOR = ["utter_helper_minor", "utter_helper_minor_removal"]  # domain/helpers.yml
# Rounds 49-50 (measured once on a2864cd; these were measured by no rater)
CHILD_IMAGE_SENT_TO_ME = "utter_child_image_sent_to_me"
WILL_HE_SEND = "utter_will_he_send"
MENTAL_HEALTH_LINES = "utter_mental_health_lines"
WHO_ANSWERS = ["utter_what_to_expect", "utter_what_to_expect_more"]  # domain/topics.yml
TWELVE_CHARGED = "utter_twelve_can_be_charged"
CRT_LIMIT_WHICH = "utter_crt_limit_which"
WILL_HE_SEND_AGAIN = "utter_will_he_send_again"
MENTAL_HEALTH_AGAIN = "utter_mental_health_lines_again"
WHO_ANSWERS_AGAIN = "utter_who_answers_again"
WARN_BEFORE = "utter_warn_before_sent"  # domain: whether to tell family first is not said
CHILD_ASKED = ["utter_child_asked", "utter_child_asked_support"]  # a child asked for images
CHILD_POLICE = "utter_helper_minor_first"  # domain/helpers.yml: safe, report, don't save
# Asked again after the answer: said another way, never the same block twice.
_AGAIN = {
    WILL_HE_SEND: [WILL_HE_SEND_AGAIN],
    MENTAL_HEALTH_LINES: [MENTAL_HEALTH_AGAIN],
    WHO_ANSWERS[0]: [WHO_ANSWERS_AGAIN],
}

# "is it only on the computer?": "who can help me fill out the forms?" alone, or "I don't use
# computers, can I file by phone?", keep the older answers.
_ONLY_ONLINE = re.compile(
    r"\bonly (?:online|on ?line|on (?:the |a )?computer|on the internet)\b|\bonline only\b"
    r"|\bis it (?:all )?on (?:the|a) computer\b"
)

_LETTER = re.compile(r"\bletter\b")
_DELIVERY = re.compile(r"\be-?mail\b|\bmail\b|\bmy (?:house|home)\b|\bat home\b|\bpost\b")
# Someone at home would see it ("I dont want he see letter", "husband open the mail"); "how do
# I sign it with no printer" is the older answer's.
_SEEN_AT_HOME = re.compile(
    r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|parents?|mom|dad|family"
    r"|someone|anyone)\b[^.?!]{0,20}\b(?:see|sees|open|opens|read|reads|find|finds|check"
    r"|checks)\b"
)

_AFTER_CALL = re.compile(
    r"\b(?:if|when|after|once) i (?:call|phone|ring|contact)\b[^.?!]{0,25}\bwhat (?:happens?"
    r"|happen|will happen|then|next)\b|\bwhat (?:happens?|happen|will happen)\b[^.?!]{0,15}"
    r"\b(?:if|when|after|once) i (?:call|phone|ring|contact)\b"
)
# "what happens if I call and it's closed": the hours' answer, elsewhere.
_CLOSED = re.compile(r"\bclosed\b|\bno one answers\b|\bvoicemail\b|\bat night\b|\bafter hours\b")

_VANISHES = re.compile(
    r"\bdisappear\w*\b|\bdeletes? (?:itself|on its own)\b|\bgoes away\b|\bexpires?\b"
    r"|\b24 ?(?:h|hrs?|hours)\b|\bonly (?:up|there) for\b"
)
_STILL_MATTERS = re.compile(
    r"\bdo i (?:even |still |really )?(?:need|have) to do (?:anything|something)\b"
    r"|\bis there (?:any |even a |a )?point\b|\bdoes (?:it|that|this) (?:still |even )?(?:count"
    r"|matter)\b|\bworth (?:it|doing|reporting)\b|\bshould i (?:even )?bother\b"
)

_PROVINCE = re.compile(
    r"\b(?:alberta|ontario|quebec|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland"
    r"|prince edward island|pei|yukon|nunavut|northwest territories|my province|other provinces?"
    r"|where i live)\b"
)
# "is there anything like this free lawyer thing in alberta?": legal help there asked for; "once
# I move, can I use the B.C. lawyer?" and "is there something like this in Ontario?" keep the
# older answers (the lines that work anywhere, or the B.C. service once there).
_LEGAL_HELP = re.compile(
    r"\b(?:is there|are there|anything|something|any)\b[^.?!]{0,30}\b(?:free )?(?:lawyers?"
    r"|legal (?:help|aid|advice|service|clinic))\b"
)
_LEGAL_SHORT = re.compile(r"\blegal (?:help|aid|advice)\b")
_SHORT_ASK = 10  # words: "alberta. legal help. yes or no?" asks, a story tells
_MOVING = re.compile(r"\bmov(?:e|ing)\b")

_SENT_TO_PHONES = re.compile(
    r"\bair ?drop\w*\b|\btext(?:ed)? (?:it|them) to\b|\bon (?:their|people'?s|peoples) phones\b"
    r"|\bsent (?:it|them) to (?:\w+ )?(?:people|friends|everyone|his friends|her friends)\b"
)
# "does that count as intimate images?" (a deepfake sent round) asks something else.
_COUNTS_AS = re.compile(
    r"\bcounts? as (?:sharing|shared|distribut\w*)\b|\bis (?:that|this|it|airdrop\w*)"
    r" (?:still |even )?(?:sharing|shared|distribution)\b|\bdoes air ?drop\w* (?:still |even )?"
    r"count\b"
)

_SECRET_FILMED = re.compile(
    r"\bsecret\w*\b[^.?!]{0,20}\b(?:film\w*|record\w*|video\w*|took|photo\w*)\b"
    r"|\b(?:film\w*|record\w*|take|took|taking) (?:a )?(?:video|photos?|pics?|pictures?)?"
    r"[^.?!]{0,25}\b(?:no permission|without (?:my )?(?:permission|consent|knowing)"
    r"|in (?:the )?shower|in (?:the )?bathroom)\b|\bhidden camera\b"
)
_NOT_SHARED = re.compile(
    r"\bnot share\w*\b|\b(?:didn'?t|hasn'?t|has not|did not|never) (?:share|shared|post\w*"
    r"|sen[dt])\b|\bonly (?:on|in) (?:his|her|their) (?:phone|computer|laptop)\b"
    r"|\bonly (?:film|filmed|recorded|took)\b"
)
_CAN_HELP = re.compile(
    r"\b(?:can|could|will) (?:you|they|the lawyer|lawyer|the service|anyone|someone) (?:still )?"
    r"help\b|\bstill (?:can )?help\b|\bhelp me or (?:no|not)\b|\bcan i (?:still )?(?:get|use"
    r"|have) (?:a |the )?(?:free )?(?:lawyer|help|service)\b|\bdo i (?:still )?qualify\b"
)

_CRISIS_LINE = re.compile(r"\b(?:988|9-8-8|9 8 8|crisis line|suicide line|the hotline)\b")
_POLICE_COME = re.compile(
    r"\b(?:call|calls|send|sends|get|involve|tell|contact)\w* (?:the )?(?:cops|police|rcmp)\b"
    r"|\b(?:cops|police) (?:come|show up|get called|be called)\b"
)

_INTERPRETER = re.compile(
    r"\binterpret\w*\b|\btranslat\w*\b|\bspeaks? (?:spanish|french|punjabi|mandarin|cantonese"
    r"|chinese|arabic|tagalog|farsi|hindi|korean|vietnamese|another language|other languages)\b"
    r"|\b(?:don'?t|dont|doesn'?t) speak english\b"
)

# "and Airbnb? should I report the host to them too?" (r47 p07 T5)
_PLATFORM = re.compile(rf"\b{PLATFORM}\b")
_REPORT_TO_THEM = re.compile(r"\breport\w* (?:it |him |her |them |the \w+ )?to them\b")

# A helper's story told in the third person: the child's image going around.
_THEIR_IMAGE = re.compile(
    r"\b(?:photo|pic|picture|video|image|nude)s? of (?:her|him|them)\b|\b(?:her|his|their)"
    r" (?:nudes?|pics?|photos?|pictures?|videos?|images?)(?: naked| nude)?\b"
)
_GOING_AROUND = re.compile(
    r"\bgoing around\b|\bpassed around\b|\bshared\b|\bposted\b|\bgroup ?chat\b|\bsent around\b"
    r"|\bspread\w*\b|\bto (?:all (?:the )?|everyone|the whole )"
)
# A family whose own child shared ("it's the girl's, we're the family of the one who shared"):
# the sharer's family's answers.
_SHARER_FAMILY = re.compile(
    r"\b(?:who|that) shared\b|\b(?:my|our) (?:son|daughter|child|kid) (?:shared|sent|posted)\b"
)
_MINE = re.compile(r"\b(?:of me|my (?:nudes|pics|photos|pictures|videos|images))\b")
# "my daughter have 14 years" (round 50 p03, a second language): a child's age, said of them.
_CHILD_AGE = re.compile(
    r"\bmy (?:daughter|son|child|kid|granddaughter|grandson|niece|nephew|student|little sister"
    r"|little brother) (?:is |has |have |who is )?(?:only )?(?:1[0-7]|[5-9])\b"
)

# Round 51 p28: "my 11 year old daughter" (the age before the child), for the child-asked answer.
_AGE_BEFORE_CHILD = re.compile(
    r"\bmy (?:1[0-7]|[5-9])[- ]?(?:years?|yrs?|yo|y/o)?[- ]?(?:old )?(?:daughter|son|child|kid"
    r"|granddaughter|grandson|niece|nephew|little sister|little brother|sister|brother)\b"
)

# Rounds 49-50.
_KEEP_IT = re.compile(
    r"\b(?:keep|save|hold on to|hang on to) (?:it|them|the (?:photo|pic|picture|image|video)s?)\b"
)
_SENT_TO_ME = re.compile(r"\b(?:sent|send|showed|show|forwarded) (?:it |the \w+ )?(?:to )?me\b")
# "do these people usually follow through?" (round 49 p12); "will they actually post it if I
# don't pay" keeps the older answer (its removal tools).
_WILL_SEND = re.compile(r"\bfollow(?:s|ed)? through\b|\bgo through with it\b")
_FEELINGS_HELP = re.compile(
    r"\bmental health (?:line|support|help)\b|\bsupport line\b"
    r"|\babout how (?:she|he|they) feels?\b"
)
# "will I be speaking to a lawyer straight away?"; "or talk to a lawyer first?" is advice asked.
_WHO_FIRST = re.compile(
    r"\b(?:will|would|do) i (?:be )?(?:speak|talk)\w* (?:to|with) (?:a|the) lawyer (?:straight away"
    r"|right away|first|immediately|right off)\b|\bwho (?:will|would|do|should) i (?:speak|talk)"
    r" (?:to|with) first\b|\bis it (?:the|a) lawyer (?:who|that) answers\b|\bwho answers\b"
)
_WARN_FIRST = re.compile(
    r"\btell my (?:wife|husband|partner|family)\b|\bbefore (?:he|she|they) does\b"
)
_POLICE_ASK = re.compile(r"\bpolice or not\b")  # other police questions: the older answers
# Right after the child-asked answer, "should I be calling the police about this man?" (round 39
# p03, once its first answer was the child-asked one): safe first, then report.
# "police or tell her mom first?", "police or Cybertip?", "should I take her phone?": the older
# answers (the order of steps, the phone) hold the other part.
_OTHER_CHOICE = re.compile(r"\bor\b|\bfirst\b|\bphone\b|\bcybertip\b|\bmom\b|\bparents?\b")
_POLICE_CALL = re.compile(
    r"\b(?:call|calling|report|reporting|contact|contacting|go to|going to|tell|telling)\w*"
    r" (?:it to |him to |this to )?(?:the )?(?:police|cops|rcmp|911|9-1-1)\b"
)
# A threat or a demand: the sextortion answers (don't pay, stop contact) are the older ones'.
_THREAT_WORDS = re.compile(
    r"\bunless\b|\bor (?:he|she|they)(?:'ll| will)\b|\bthreat\w*\b|\bpay\b|\bmoney\b"
    r"|\bsend (?:them|it) to\b|\bmore\b|\$\d|\bwants? \d"
)
_PAYING = re.compile(r"\bpay\w*\b|\brefuse\b|\bmoney\b|\bgift cards?\b")
_WHICH = re.compile(r"\bwhich\b|\bold one\b|\bnew one\b|\bthe old\b|\bapply\b|\bapplies\b")
_TWELVE = re.compile(
    r"\b(?:is|she'?s|he'?s|shes|hes|turned|just) 12\b|\b12[- ]year|\bnot under 12\b"
)
_CHARGED = re.compile(r"\b(?:be|get|gets|getting) charged\b")
_LIMIT = re.compile(r"\$?5,?000\b|\$?75,?000\b|\blimit\b|\bold one\b|\bnew one\b")
_BEFORE_CHANGE = re.compile(
    r"\b(?:in|posted in|happened in|from) 202[3-5]\b|\bbefore (?:the|that|this) change\b"
)
_TRIBUNAL_OR_DAMAGES = re.compile(r"\b(?:tribunal|crt|damages|compensation|claim)\b")


def _helping(texts: list[str]) -> bool:
    return any(for_someone_else(t) or child_asked_by_someone(t) for t in texts) or (
        helper_writing(texts)
    )


def kind(text: str, earlier: list[str], is_minor: object = None) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    recent = " ".join([*told[-2:], cleaned])
    if _CRISIS_LINE.search(cleaned) and _POLICE_COME.search(cleaned):
        return [LINE_POLICE]
    if _ONLY_ONLINE.search(cleaned) and TRIBUNAL.search(recent):
        return [CRT_HELP]
    if _LETTER.search(recent) and _DELIVERY.search(cleaned) and _SEEN_AT_HOME.search(cleaned):
        return [LETTER_SAFE]
    if _VANISHES.search(cleaned) and _STILL_MATTERS.search(cleaned):
        return [VANISHING_POST]
    if (
        earlier  # a first message: the older printed-and-phones answer, with its lines
        and _COUNTS_AS.search(cleaned)
        and _SENT_TO_PHONES.search(" ".join([*told, cleaned]))
    ):
        return [SENT_TO_PHONES]
    if _REPORT_TO_THEM.search(cleaned) and _PLATFORM.search(cleaned):
        return [PLATFORM_REPORT]
    if _PROVINCE.search(cleaned) and not _MOVING.search(cleaned):
        asked = _LEGAL_HELP.search(cleaned) or (
            len(cleaned.split()) <= _SHORT_ASK and _LEGAL_SHORT.search(cleaned)
        )
        if asked:
            return [OUTSIDE_LEGAL]
    if (
        _NOT_SHARED.search(cleaned)
        and _CAN_HELP.search(cleaned)
        and _SECRET_FILMED.search(" ".join([*told, cleaned]))
    ):
        return [HIDDEN_FILMING, FILMED_NOT_SHARED]
    texts = [*earlier[-6:], text]
    if earlier and _INTERPRETER.search(cleaned) and _helping(texts):  # a first story: its topic
        return [INTERPRETER_HELPER]
    child_told = helped_young(texts) or any(_CHILD_AGE.search(plain_lower(t)) for t in texts)
    if (
        _THEIR_IMAGE.search(cleaned)
        and _GOING_AROUND.search(cleaned)
        and not _MINE.search(cleaned)
        and not _SHARER_FAMILY.search(" ".join([*told, cleaned]))
        and not _THREAT_WORDS.search(cleaned)  # a demand: the sextortion answers (don't pay)
        and child_told
        # a first message: only "my daughter (is) 14" (older first answers: staff, friends)
        and (earlier or _CHILD_AGE.search(cleaned))
    ):
        return list(HELPER_MINOR)
    return _rounds_49_50(cleaned, told, texts, child_told, is_minor)


def _rounds_49_50(
    cleaned: str, told: list[str], texts: list[str], child_told: bool, is_minor: object
) -> list[str] | None:
    context = " ".join([*told, cleaned])
    young = young_now(texts, is_minor) or bool(TAKEN_YOUNG.search(context))
    if _KEEP_IT.search(cleaned) and _SENT_TO_ME.search(cleaned) and child_told:
        return [CHILD_IMAGE_SENT_TO_ME]
    # "My granddaughter is 11" can read as the writer's own age: a child named is a helper's.
    # "my little brother is 12 and someone keeps asking him" (round 52 p14): the brother is the
    # child helped, not someone with authority over the writer; a coach or teacher who asks is
    # the trust rule's (names_others_authority).
    if (
        child_asked_by_someone(cleaned)
        and (_CHILD_AGE.search(cleaned) or _AGE_BEFORE_CHILD.search(cleaned))
        and not _THREAT_WORDS.search(cleaned)
        and not names_others_authority(cleaned)
    ):
        return list(CHILD_ASKED)  # "my granddaughter is 11 and a man keeps asking her for pictures"
    if told and child_told and _POLICE_ASK.search(cleaned):
        return [CHILD_POLICE]  # a parent's "police or not? she is 14": report it
    if _WILL_SEND.search(cleaned) and _PAYING.search(cleaned):
        return [WILL_HE_SEND, WARN_BEFORE] if _WARN_FIRST.search(cleaned) else [WILL_HE_SEND]
    if _WHO_FIRST.search(cleaned):
        return list(WHO_ANSWERS)
    if told and _TWELVE.search(cleaned) and _CHARGED.search(cleaned):
        return [TWELVE_CHARGED]
    if (
        _LIMIT.search(cleaned)
        and _WHICH.search(cleaned)
        and _BEFORE_CHANGE.search(cleaned)
        and _TRIBUNAL_OR_DAMAGES.search(context)
    ):
        return [CRT_LIMIT_WHICH]
    if _FEELINGS_HELP.search(cleaned) and not young and not child_told:
        return [MENTAL_HEALTH_LINES]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    earlier_actions: list[str] | tuple[str, ...] = (),
) -> list[str] | None:
    """The answer, without what the turn before already sent; asked again, said plainly."""
    asked = plain_lower(text)
    if (
        CHILD_ASKED[0] in previous
        and _POLICE_CALL.search(asked)
        and not _OTHER_CHOICE.search(asked)
    ):
        return fresh([CHILD_POLICE], previous)
    found = kind(text, earlier, is_minor)
    if found and found[0] in _AGAIN and found[0] in earlier_actions:
        return fresh(_AGAIN[found[0]], previous) or fresh(found, previous)
    if found and found[-1] == FILMED_NOT_SHARED and FILMED_NOT_SHARED in earlier_actions:
        return [FILMED_NOT_SHARED_PLAINLY]
    if found == [CRT_HELP] and CRT_HELP in previous:
        return [CRT_HELP_AGAIN]
    if found == [VANISHING_POST] and VANISHING_POST in previous:
        return [VANISHING_POST_AGAIN]
    if found == [OUTSIDE_LEGAL] and OUTSIDE_LEGAL in previous:
        return [OUTSIDE_LEGAL_AGAIN]
    if found == [LINE_POLICE] and LINE_POLICE in previous:
        return [LINE_PRIVATE]
    if found and found[0] == HIDDEN_FILMING and HIDDEN_FILMING in previous:
        return [FILMED_NOT_SHARED] if FILMED_NOT_SHARED not in previous else None
    return fresh(found, previous) if found else None


# Inside a form (the eligibility check, the route questions), these are answered too: after
# the answer the form asks its question again, or, when the answer is the check's outcome
# already (filmed and not shared; another province), the form ends.
IN_FORM_RESUMES = frozenset(
    {
        CRT_HELP,
        CRT_HELP_AGAIN,
        VANISHING_POST_AGAIN,
        LETTER_SAFE,
        VANISHING_POST,
        SENT_TO_PHONES,
        LINE_POLICE,
    }
)
IN_FORM_ENDS = frozenset({FILMED_NOT_SHARED, FILMED_NOT_SHARED_PLAINLY, OUTSIDE_LEGAL})


def in_form(
    text: str,
    previous: list[str],
    earlier: list[str],
    earlier_actions: list[str] | tuple[str, ...] = (),
) -> tuple[list[str], bool] | None:
    """(the answer, whether the form ends after it) for a question asked inside a form."""
    found = follow_up(text, previous, earlier, None, earlier_actions)
    if not found:
        return None
    if found[-1] in IN_FORM_ENDS:
        return found, True
    if found[0] in IN_FORM_RESUMES:
        return found, False
    return None


def dead_end_answer(text: str, previous: list[str]) -> list[str] | None:
    """ "if I call the number what happens then?" where the reply would be a dead end (round 47
    p05 T3: "doesn't answer that"); elsewhere the older answers, with their other lines, stand."""
    cleaned = plain_lower(text)
    if _AFTER_CALL.search(cleaned) and not _CLOSED.search(cleaned):
        return fresh(list(AFTER_CALL), previous)
    return None
