"""Round 24 kind 1 (asks25): a plain follow-up question answered with "I'm not sure", "the
information I have doesn't answer that" or a neighbouring canned block.

- the blackmailer is in another country ("he is overseas, can anything be done?", "is it still
  worth reporting to the police here?"): what the sources advise wherever he is;
- warning the people he threatens to send it to ("should I warn my pastor before Friday?"):
  the person's choice; for someone under 18, telling a safe adult;
- shown, not sent ("is it actually wrong legally? he only showed them on his phone", "is it a
  big deal?"): what the service page says about sharing and consent, and what it doesn't say;
- the free lawyer when nothing was ever sent ("does the free lawyer apply if I never sent
  anything"): who the service is for, the page's "pressuring" example, where else to go;
- blocking before taking screenshots ("so blocking was wrong?", "is it too late? did I mess
  up"): reassurance and what to do now, never the tribunal's dates;
- an interpreter asked by the language's name ("i can call and say spanish?");
- a hidden camera taken away ("I unplugged it and took it with me. Was that a mistake?").

Read in InterruptPolicy._direct_answer right after asks23, outside forms, never for a safety
intent, only for a question. Plain functions, no Rasa; new responses in domain/asks25.yml, the
older answers that fit sent from their own files (named below).
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

# Older answers that fit, sent for the new wordings (their homes named).
POLICE_ABROAD = "utter_police_abroad"  # domain/source_answers.yml
POLICE_ABROAD_NEXT = "utter_police_abroad_next"  # domain/source_answers.yml
WARN_BEFORE = "utter_warn_before_sent"  # domain/next_questions.yml
WARN_BEFORE_AGAIN = "utter_warn_before_sent_again"  # next_questions.yml (round 28 p11)
YOUTH_TELL = "utter_youth_tell"  # a young writer: tell a safe adult
SHOWING_COUNTS = "utter_showing_counts"  # domain/specific_answers.yml
INTERPRETER_AGAIN = "utter_interpreter_again"  # domain/topics.yml
COMPANY_OR_POLICE = ("utter_company_or_police", "utter_company_or_police_next")
# A first message with a money threat: the support lines the sextortion answer ends with.
SEXTORTION_NEXT_ADULT = "utter_sextortion_next_adult"  # domain/statements.yml
SEXTORTION_NEXT_YOUNG = "utter_sextortion_next"  # domain/safety.yml
# New answers (domain/asks25.yml).
SHOWN_BIG_DEAL = "utter_shown_big_deal"
SHOWN_LAW = "utter_shown_law"
NEVER_SENT = "utter_never_sent_service"
NEVER_SENT_YOUNG = "utter_never_sent_young"
NEVER_SENT_ADULT = "utter_never_sent_adult"
BLOCKED = "utter_blocked_not_wrong"
BLOCKED_YOUNG = "utter_blocked_now_young"
BLOCKED_ADULT = "utter_blocked_now_adult"
BLOCKED_AGAIN = "utter_blocked_not_wrong_again"
POLICE_ABROAD_AGAIN = "utter_police_abroad_again"
INTERPRETER_CALL = "utter_interpreter_call"
CAMERA_TAKEN = "utter_camera_taken"

# Asked again right after its answer: the point once more, short (never one block twice).
AGAIN = {
    POLICE_ABROAD: POLICE_ABROAD_AGAIN,
    BLOCKED: BLOCKED_AGAIN,
    INTERPRETER_CALL: INTERPRETER_AGAIN,
    WARN_BEFORE: WARN_BEFORE_AGAIN,
}
KIND = "asks25"  # the kind the policy names when it adds a message's other parts
ANSWERS = (
    POLICE_ABROAD,
    POLICE_ABROAD_NEXT,
    WARN_BEFORE,
    WARN_BEFORE_AGAIN,
    YOUTH_TELL,
    SHOWING_COUNTS,
    SHOWN_BIG_DEAL,
    SHOWN_LAW,
    NEVER_SENT,
    NEVER_SENT_YOUNG,
    NEVER_SENT_ADULT,
    BLOCKED,
    BLOCKED_YOUNG,
    BLOCKED_ADULT,
    INTERPRETER_CALL,
    CAMERA_TAKEN,
    *COMPANY_OR_POLICE,
    SEXTORTION_NEXT_ADULT,
    SEXTORTION_NEXT_YOUNG,
    *AGAIN.values(),
)
# Answers no other part is added to: "is it too late? did I mess up" beside blocking is never
# the tribunal's dates (round 24 p21).
ALONE = frozenset({BLOCKED, BLOCKED_AGAIN})


def adds_parts(answer: list[str]) -> bool:
    """Whether the policy may add the message's other parts to this answer."""
    return not (answer and answer[0] in ALONE)


# --- the blackmailer in another country ---------------------------------------------------
_ABROAD_WORD = (
    r"(?:overseas|abroad|out of (?:the )?country|outside (?:of )?canada|not in canada"
    r"|in (?:an)?other country|in a different country|in a foreign country|from (?:an)?other"
    r" country|from a different country|from a foreign country|foreign|international)"
)
_ABROAD = re.compile(
    r"\b(?:he|she|they|he'?s|she'?s|they'?re|hes|shes|theyre|him|her|them|his|their"
    r"|the (?:guy|man|woman|person|scammer|blackmailer|sender|number|account)|scammer"
    r"|blackmailer|number|phone number)\b[^.?!]{0,40}\b" + _ABROAD_WORD + r"(?:\W|$)"
)
# The writer's own home abroad ("I live overseas") is the place readers' (outside B.C.).
_WRITER_ABROAD = re.compile(r"\b(?:i|we) (?:live|am|'m|moved|was|were)\b[^.?!]{0,20}$")
_ACT_ABROAD = re.compile(
    r"\b(?:anything|something|any ?thing) (?:\w+ ){0,2}?(?:be )?done\b"
    r"|\b(?:worth|point|use|bother)\b[^.?!]{0,30}\b(?:report\w*|police|cops|rcmp)\b"
    r"|\b(?:police|cops|rcmp|anyone|they)\b[^.?!]{0,30}\b(?:do anything|do something|help"
    r"|catch|arrest|charge|reach|stop)\b"
    r"|\b(?:report\w*|can i|can anyone|can they|can police|still)\b"
)


def abroad_asked(cleaned: str) -> bool:
    """The person who threatens or blackmails is said to be in another country, and the
    question is whether anything can be done (or whether reporting is worth it)."""
    for match in _ABROAD.finditer(cleaned):
        if _WRITER_ABROAD.search(cleaned[: match.start() + 1]):
            continue
        return bool(_ACT_ABROAD.search(cleaned))
    return False


# --- warning the people he threatens to send it to -----------------------------------------
_PEOPLE = (
    r"(?:pastor|priest|minister|rabbi|imam|church|congregation|mosque"
    r"|temple|family|relatives|friends|followers|boss|employer|coworkers|co-workers|work"
    r"|wife|husband|partner|kids|children|parents|mom|mum|dad|mother|father|contacts"
    # Round 28 p11: a grown child ("should I tell my daughter myself before they do").
    r"|daughters?|sons?|grandkids|grandchildren|sisters?|brothers?|family members?"
    r"|everyone|people)"
)
_MY = r"(?:my |our )(?:\w+ )?"
_WARN = re.compile(
    r"\b(?:warn|alert|prepare)\b " + _MY + _PEOPLE + r"\b"
    r"|\bgive " + _MY + _PEOPLE + r" (?:a )?heads ?up\b"
    r"|\bheads ?up to " + _MY + _PEOPLE + r"\b"
    r"|\b(?:tell|let) " + _MY + _PEOPLE + r"\b[^.?!]{0,30}"
    r"\b(?:before (?:he|she|they|it) (?:\w+ )?(?:sends?|posts?|shares?|shows?|leaks?|does|do"
    r"|contacts? (?:her|him|them))"
    r"|before (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the deadline)"
    r"|in case (?:he|she|they))\b"
)


# "they will send it to my daughter anyway. Should I warn her first?" (round 28 p11): the
# person warned is the one named as where it would be sent, in the same message.
_SENT_TO_PEOPLE = re.compile(
    r"\b(?:send|show|share|post|forward)\w* (?:it|them|this|that|the \w+|my \w+) to "
    + _MY
    + _PEOPLE
    + r"\b"
)
_WARN_PRONOUN = re.compile(
    r"\b(?:warn|tell|alert|prepare) (?:her|him|them)(?: myself)? (?:first|before|ahead|now)\b"
)


def warn_asked(cleaned: str) -> bool:
    if _WARN_PRONOUN.search(cleaned) and _SENT_TO_PEOPLE.search(cleaned):
        return True
    return bool(_WARN.search(cleaned))


# --- shown, not sent ------------------------------------------------------------------------
_SHOWN = re.compile(
    r"\b(?:showed|shown|showing|shows|show)\b[^.?!]{0,40}\b(?:pics?|photos?|pictures?|nudes?"
    r"|images?|videos?|vids?|them|it|me)\b"
    r"|\b(?:on|from) (?:his|her|their) (?:phone|screen|laptop|ipad|tablet|computer)\b"
)
_SHOWN_TOLD = re.compile(
    r"\b(?:showed|shown|showing)\b[^.?!]{0,40}\b(?:pics?|photos?|pictures?|nudes?|images?"
    r"|videos?|vids?|them|it)\b"
)
# A threat, a hidden camera or printed copies keep their own answers.
_OTHER_STORY = re.compile(
    r"\bthreat\w*|\bgonna (?:post|send|share)\b|\bgoing to (?:post|send|share)\b|\bprint\w*"
    r"|\bhidden camera\b|\bdeep ?fake\w*|\bunless i\b"
)


# The wordings the older readers missed (round 24 p13); "is that illegal?", "does that count as
# sharing?" keep their answers (utter_showing_counts, the partner's and the crime answers).
_MISSED = re.compile(
    r"\bwrong legally\b|\blegally wrong\b|\b(?:actually|really|even) wrong\b|\bbig deal\b"
    r"|\boverreact\w*"
)
_IS_IT = re.compile(
    r"\b(?:is|was|isn'?t) (?:it|that|this|what he did) (?:\w+ ){0,2}?(?:wrong|illegal|a crime"
    r"|legal|allowed|a big deal|ok|okay|against the law)\b"
    r"|\bbig deal\b|\boverreact\w*"
)


def shown_asked(cleaned: str, recent: list[str]) -> bool:
    """Shown on a phone (said now, or in the last 3 messages), and whether that is wrong,
    illegal or "a big deal"."""
    if not _MISSED.search(cleaned) or _OTHER_STORY.search(cleaned):
        return False
    if _SHOWN.search(cleaned):
        return True
    # Told before: only "is it (really) wrong / a big deal" ("is sharing it a crime?" is the
    # crime answer's).
    if not _IS_IT.search(cleaned):
        return False
    return any(_SHOWN_TOLD.search(t) and not _OTHER_STORY.search(t) for t in recent[-3:])


# --- the free lawyer when nothing was sent -------------------------------------------------
_NEVER_SENT = re.compile(
    r"\bi (?:never|didn'?t|did not|didnt|haven'?t|have not|havent) (?:ever )?(?:sent|send"
    r"|given|gave)\b[^.?!]{0,30}\b(?:anything|any(?:thing)?|him|her|them|pics?|photos?"
    r"|nudes?|pictures?|images?)\b"
)
_SERVICE = re.compile(
    r"\b(?:free lawyer|the lawyer|a lawyer|legal advice|legal help|the service|this service"
    r"|your service|apply|qualify|eligible)\b"
)
_MADE_WITHOUT_SENDING = re.compile(
    r"\bdeep ?fake\w*|\bfake\b|\bedited\b|\bphotoshop\w*|\bai\b|\bsecretly\b|\bhidden\b"
    r"|\brecord\w*|\bfilmed\b|\bcamera\b|\bthreat\w*|\bunless i\b|\bgonna (?:post|send|share)\b"
    r"|\bgoing to (?:post|send|share)\b|\btook (?:pics?|photos?|pictures?|a video)\b"
)


def never_sent_asked(cleaned: str, recent: list[str]) -> bool:
    """Nothing was ever sent (only asked for), and whether the free lawyer applies."""
    if not (_NEVER_SENT.search(cleaned) and _SERVICE.search(cleaned)):
        return False
    return not any(_MADE_WITHOUT_SENDING.search(t) for t in [*recent[-4:], cleaned])


# --- blocking before screenshots -----------------------------------------------------------
_BLOCKED = re.compile(r"\bblock(?:ed|ing)?\b")
_DID_WRONG = re.compile(
    r"\b(?:was|is|were) (?:\w+ ){0,2}?(?:wrong|a mistake|bad|dumb|stupid|the wrong thing)\b"
    r"|\bdid i (?:\w+ )?(?:mess|screw|f\w*k|ruin|wreck|blow)\w*\b"
    r"|\bdid i do (?:\w+ )?(?:wrong|something wrong|the wrong thing|the right thing|ok|okay"
    r"|right)\b"
    r"|\b(?:is it|it'?s|its|am i) too late\b|\btoo late (?:now|to)\b"
    r"|\bi (?:messed|screwed|ruined|blew) (?:it|up|everything)\b"
    r"|\bshould(?:n'?t| not) (?:i )?have blocked\b|\bmistake\b"
)


_OTHER_DEED = re.compile(
    r"\b(?:sen[dt]|sending|pa(?:y|id)|paying|photos?|pics?|nudes?|videos?|post\w*|delet\w*"
    r"|repl(?:y|ied)|answer\w*)\b"
)


def blocked_worry(cleaned: str, recent: list[str]) -> bool:
    """Blocked the person (said now, or just before) and worried it was wrong or
    that it is too late now."""
    if not _DID_WRONG.search(cleaned):
        return False
    if _BLOCKED.search(cleaned):
        return True
    # Blocking told just before, and nothing else named now ("was it wrong to send the pic?").
    return bool(recent and _BLOCKED.search(recent[-1]) and not _OTHER_DEED.search(cleaned))


# --- an interpreter asked by the language's name -------------------------------------------
_LANGUAGES = (
    r"(?:spanish|espa[nñ]ol|french|punjabi|panjabi|mandarin|cantonese|chinese|hindi|urdu"
    r"|arabic|farsi|persian|dari|pashto|tagalog|filipino|korean|vietnamese|russian|ukrainian"
    r"|portuguese|japanese|german|italian|polish|somali|tigrinya|amharic|swahili|turkish"
    r"|kurdish|tamil|gujarati|bengali|sign language|my language|my own language)"
)
_LANGUAGE = re.compile(r"\b" + _LANGUAGES + r"\b")
# "so she just says punjabi and they find someone?": saying the language on the call.
_SAY_LANGUAGE = re.compile(
    r"\b(?:say|says|ask for|asks for|tell them)\b (?:\w+ ){0,2}?" + _LANGUAGES + r"\b"
)
# Other lines' languages are not the service's interpreter (9-8-8 answers in French).
_OTHER_LINE = re.compile(
    r"\b(?:9-?8-?8|988|kids help|victimlink|victim link|cybertip|police|cops|rcmp|310|crisis"
    r"|stopncii|take it down|tribunal|crt)\b"
)


# Only "call and say / ask for" a language: the older readers answer "can the lawyer speak
# Punjabi?", "does the protection service have someone who speaks Spanish?" and the rest.
_CALL_AND_SAY = re.compile(
    r"\b(?:i|we|she|he|they|my \w+) (?:can |could |just )?(?:call|phone|ring)"
    r"(?: them| the line| the lawyer| the number| it)? (?:and|to) (?:say|ask|tell them|speak)\b"
    r"|\bcan (?:i|we|she|he) (?:just )?(?:call|phone) (?:\w+ )?(?:and|to) (?:say|ask|speak)\b"
)
_OTHER_BODY = re.compile(r"\b(?:protection service|government|gov|iips|lawyer speak)\b")


def interpreter_asked(cleaned: str) -> bool:
    return bool(
        _LANGUAGE.search(cleaned)
        and (_CALL_AND_SAY.search(cleaned) or _SAY_LANGUAGE.search(cleaned))
        and not _OTHER_LINE.search(cleaned)
        and not _OTHER_BODY.search(cleaned)
    )


# --- a hidden camera taken away ------------------------------------------------------------
_CAMERA = re.compile(r"\b(?:camera|cam|device|recorder|spy ?cam)\b")
_TOOK_IT = re.compile(
    r"\b(?:took|taken|take|unplugged|removed|pulled|grabbed|kept|have|put|took down"
    r"|took out)\b[^.?!]{0,30}\b(?:it|the camera|the device|the cam|with me|in my|down|out)\b"
)
_MISTAKE = re.compile(
    r"\b(?:was|is) (?:that|it|this|taking it|taking the camera|unplugging it) (?:\w+ )?"
    r"(?:a mistake|wrong|bad|okay|ok|the right thing)\b"
    r"|\bdid i (?:do (?:\w+ )?(?:wrong|something wrong|the right thing)|mess|screw|ruin)\w*"
    r"|\bshould(?:n'?t| not) (?:i )?have (?:taken|unplugged|touched|removed)\b"
    r"|\b(?:in|get in) trouble for (?:taking|touching|unplugging|removing)\b"
)


def camera_taken_asked(cleaned: str, recent: list[str]) -> bool:
    camera = _CAMERA.search(cleaned) or any(_CAMERA.search(t) for t in recent[-3:])
    return bool(camera and _TOOK_IT.search(cleaned) and _MISTAKE.search(cleaned))


# --- the reader ------------------------------------------------------------------------------

_MONEY_THREAT = re.compile(
    r"\bunless i\b|\bor (?:he|she|they)(?:'?ll| will)\b|\bwants? (?:money|\$?\d+)|\bblackmail\w*"
    r"|\bthreat\w*|\bpay\b|\bsextort\w*"
)


def follow_up(
    text: str, previous: list[str], earlier: list[str], is_minor: object = None
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `is_minor`: the slot."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if not is_question(cleaned):
        return None
    found = _kind(cleaned, earlier, is_minor)
    if found and not earlier and _MONEY_THREAT.search(cleaned):
        # A first message with a money threat: blocking told keeps the whole sextortion answer
        # (its steps say block); abroad gets the support lines too (9-8-8, VictimLinkBC).
        if found[0] == BLOCKED:
            return None
        if found[0] == POLICE_ABROAD:
            young = young_now([cleaned], is_minor)
            found = [*found, SEXTORTION_NEXT_YOUNG if young else SEXTORTION_NEXT_ADULT]
    if not found:
        return None
    again = AGAIN.get(found[0])
    if again and found[0] in previous:
        # Asked again right after: its short form once (never one block twice in a row).
        return None if again in previous else [again]
    return fresh(found, previous)


_BIG_DEAL = re.compile(r"\bbig deal\b|\boverreact\w*|\bjoke\b|\bjoking\b|\bdramatic\b")
_LAW_ASKED = re.compile(
    r"\b(?:illegal|a crime|criminal|against the law|legal(?:ly)?|allowed|count\w*|considered"
    r"|the same as)\b"
)
_POLICE_OR_HOST = re.compile(r"\b(?:police|cops|rcmp|airbnb|host|landlord|owner|hotel|report)\b")


def _kind(cleaned: str, earlier: list[str], is_minor: object) -> list[str]:
    recent = [plain_lower(t) for t in earlier[-6:]]
    young = young_now([*earlier, cleaned], is_minor)
    if blocked_worry(cleaned, recent):
        return [BLOCKED, BLOCKED_YOUNG if young else BLOCKED_ADULT]
    if camera_taken_asked(cleaned, recent):
        # "Was that a mistake? Should I go to the police first or tell Airbnb?": both.
        after = cleaned[_MISTAKE.search(cleaned).end() :]  # type: ignore[union-attr]
        return (
            [CAMERA_TAKEN, *COMPANY_OR_POLICE] if _POLICE_OR_HOST.search(after) else [CAMERA_TAKEN]
        )
    abroad = abroad_asked(cleaned) and not young  # a young writer: the older readers' lines
    warn = warn_asked(cleaned)
    if abroad or warn:
        # The police abroad, then the warning (the warning's answer has the lawyer and removal).
        told = [POLICE_ABROAD] if abroad else []
        if warn:
            return [*told, YOUTH_TELL if young else WARN_BEFORE]
        return [*told, POLICE_ABROAD_NEXT]
    if never_sent_asked(cleaned, recent):
        return [NEVER_SENT, NEVER_SENT_YOUNG if young else NEVER_SENT_ADULT]
    # The adult law; a writer under 18 keeps the youth readers' answers (images of anyone
    # under 18 are child sexual abuse material: another answer).
    if not young and shown_asked(cleaned, recent):
        opener = [SHOWN_BIG_DEAL] if _BIG_DEAL.search(cleaned) else []
        law = [SHOWN_LAW] if _LAW_ASKED.search(cleaned) or not opener else []
        return [*opener, *law, SHOWING_COUNTS]
    if interpreter_asked(cleaned):
        return [INTERPRETER_CALL]
    return []
