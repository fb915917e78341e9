"""Plain messages that got a neighbouring topic's stock answer or the fallback (issue 16,
simulated users round 10, helper h2): an interpreter asked for, how to stop a threat before
anything is sent, a threat told with "can I get a free lawyer?", one's own images shared told
in a first message, how the legal advice service works, and images from under 18 asked about
once the age they were taken at is known.

Plain Python over the lower-cased message; assistant/answer_kinds.py and
assistant/helper_context.py mark the message and the InterruptPolicy answers it with the
domain responses that already carry the facts.
"""

from __future__ import annotations

import re

from assistant.answer_kinds_everyday import CHAT_KEPT
from assistant.answer_kinds_what_happens import IF_POSTED, what_happens_kind
from assistant.closings import thanks_with_more
from assistant.image_words import OWN_IMAGES, images
from assistant.next_questions import plan_close
from assistant.situation_reading import situation_from_text

INTERPRETER = "interpreter_asked"
# An interpreter asked beside the writer's own images shared (round 66 p22: only the interpreter
# line to "my ex wife she put a private photo of me on Facebook ... I speak Spanish. Can you
# help me?"): what they can do first, then the interpreter.
INTERPRETER_OWN_CASE = "interpreter_with_own_case"
THREAT_STOP = "threat_stop_before"
THREAT_FREE_LAWYER = "threat_told_free_lawyer"
# Nothing shared and no threat, and the free lawyer asked (roles28, round 28 p28 T3).
NEITHER_FREE_LAWYER = "neither_told_free_lawyer"
TOLD_SHARED = "own_images_shared_told"
SERVICE_STEPS = "service_how_it_works"
# What this chat keeps, and "will you tell anyone", for a young writer (the youth line) and for
# someone who said they are an adult (none).
CHAT_KEPT_YOUTH = "chat_kept_youth"
WHO_IS_TOLD_ADULT = "who_is_told_adult"
_WHO_IS_TOLD = "youth_who_is_told"  # assistant/answer_kinds.WHO_IS_TOLD (which imports this)
ANSWERS: dict[str, list[str]] = {
    # service-page.txt: a free interpreter for the intake call and the meetings.
    INTERPRETER: ["utter_interpreter"],
    INTERPRETER_OWN_CASE: ["action_shared_next", "utter_interpreter"],
    # Before anything is posted: the CRT's protection order, the IIPS, evidence, the free lawyer
    # (domain/source_answers.yml).
    THREAT_STOP: ["utter_threats_before_posting"],
    # A threat counts, the free service helps, extortion (domain/eligibility.yml).
    THREAT_FREE_LAWYER: ["utter_threats_covered", "utter_threats_routes"],
    # Who the service is for, the sources silent on neither; the IIPS (form_followups.yml).
    NEITHER_FREE_LAWYER: ["utter_held_qualify", "utter_neither_more"],
    # What the classifier's inform_shared answers with (data/rules/eligibility.yml).
    TOLD_SHARED: ["action_shared_next"],
    # service-page.txt: the intake call, the letter, the lawyer's meeting.
    SERVICE_STEPS: ["utter_what_to_expect", "utter_what_to_expect_more"],
    CHAT_KEPT_YOUTH: ["action_what_is_kept", "utter_who_is_told_next"],
    WHO_IS_TOLD_ADULT: ["utter_who_is_told", "action_what_is_kept", "utter_chat_delete_offer"],
}
KINDS = tuple(ANSWERS)

_IMAGES = images(r"naked \w+", "snaps?", "videos?")
_LANGUAGES = (
    r"(?:punjabi|hindi|urdu|chinese|mandarin|cantonese|vietnamese|korean|farsi|persian|arabic"
    r"|tagalog|spanish|french|russian|ukrainian|japanese|portuguese|somali|tigrinya|amharic"
    r"|dari|pashto|turkish|polish|german|italian|bengali|gujarati|tamil|asl|sign language)"
)
# "I need somebody speak Punjabi", "can the lawyer talk Punjabi?", "an interpreter please",
# "is there anyone who speaks mandarin": a language need (see `interpreter_only`).
_INTERPRETER = re.compile(
    r"\b(?:interpret\w*|translat\w*)\b"
    rf"|\b(?:speak|speaks|speaking|talk|talks|talking|in|know|knows)\s+{_LANGUAGES}\b"
    rf"|\b{_LANGUAGES}\s+(?:speaker|speaking|please|only)\b"
    r"|\b(?:my )?english (?:is )?(?:not|no|isn'?t|isnt) (?:so |very |too )?good\b[^.!?]{0,40}"
    r"\b(?:someone|somebody|anyone|anybody|person|lawyer)\b"
)

_THIRD = r"(?:he|she|they|him|her|them|my \w+(?: \w+)?)"
_SHARE = r"(?:send|sends|sending|sent|post|posts|posting|share|shares|sharing|show|shows|showing"
_SHARE += r"|leak|leaks|leaking|spread|spreading|put|puts|putting|upload\w*|release\w*)"
# "how do I stop her BEFORE she sends them", "can I stop him from posting them", "how do I keep
# her from sending them to my boss".
_STOP = re.compile(
    rf"\b(?:stop|prevent|keep)\s+{_THIRD}\s+(?:from\s+)?{_SHARE}\b"
    rf"|\bstop (?:it|this|them) (?:before|from)\b"
    rf"|\bbefore {_THIRD} (?:\w+ )?{_SHARE}\b"
)
# Said of the writer's own images, or "I am the one being threatened".
_MINE = re.compile(
    rf"\b(?:my|our) (?:own )?{_IMAGES}|\b{_IMAGES} of (?:me|us)\b"
    r"|\b(?:i'?m|im|i am) (?:the one )?(?:being )?(?:threatened|blackmailed)\b"
    r"|\bthreaten\w* (?:me|to (?:send|post|share|show|leak))\b"
    r"|\b(?:nothing|none of them|they) (?:is|was|has been|have been|were|are|got|has|have)"
    r" (?:not )?(?:sent|posted|shared|shown|leaked)(?: \w+)? yet\b"
    r"|\bnot (?:sent|posted|shared) (?:anything|them|it) yet\b"
    r"|\b(?:hasn'?t|has not|haven'?t|have not) (?:sent|posted|shared) (?:anything|them|it)"
    r"(?: yet)?\b"
)
# Someone the writer helps: that answer is a helper's (assistant/helper_reading.py).
_FOR_OTHER = re.compile(
    r"\b(?:my|our) (?:sister|brother|daughter|son|friend|mom|mum|mother|dad|father|niece"
    r"|nephew|cousin|aunt|client|student|kid|child|grandkid|granddaughter|grandson)'?s? "
    rf"(?:\w+ )?(?:{_IMAGES})|\b{_IMAGES} of (?:her|him|them|my \w+)\b"
)
# "can I get lawyer free?", "is there a free lawyer", "how do I get legal help".
_FREE_LAWYER = re.compile(
    r"\b(?:free|no cost|cheap|low cost|afford)\b[^.!?]{0,20}\b(?:lawyer|legal|advice|help)\b"
    r"|\b(?:lawyer|legal advice|legal help)\b[^.!?]{0,15}\bfree\b"
)
_MONEY_OR_THREAT = re.compile(
    r"\b(?:threat\w*|blackmail\w*|extort\w*|money|pay|cash|dollars|\$)"
    rf"|\bif (?:i|you) (?:do not|don'?t|dont|not) [^.!?]{{0,40}}\b(?:will|gonna|going to)"
    rf" {_SHARE}\b"
)
_THREAT_SAID = re.compile(
    rf"\b(?:he|she|they|my \w+) (?:say|says|said|tell|tells|told)\b[^.!?]{{0,60}}"
    rf"\b(?:will|would|gonna|going to) {_SHARE}\b"
    r"|\bthreat\w*|\bblackmail\w*|\bextort\w*"
)

# "my ex posted my nudes online ... what do i do": a first message the classifier missed.
_SHARED_MINE = re.compile(
    rf"\b(?:posted|shared|sent|leaked|uploaded|spread|put)\b[^.!?]{{0,25}}\b(?:my|our)"
    rf" (?:\w+ )?{_IMAGES}|\b(?:my|our) (?:\w+ )?{_IMAGES}\b[^.!?]{{0,30}}\b(?:got|were|was"
    r"|are|is|have been|has been) (?:\w+ )?(?:posted|shared|sent|leaked|uploaded|spread)\b"
)
# Told and asked what to do ("what do i do", "help", "what now"): a statement alone is the
# classifier's to answer.
_ASKS_HELP = re.compile(
    r"\bwhat (?:do|should|can|could) (?:i|we) do\b|\bwhat now\b|\bhelp\b|\bwhat are my"
    r" options\b|\bwhere do i (?:start|begin)\b|\bwhat (?:do|should) i do\b"
)
_MISSED_INTENTS = frozenset({"nlu_fallback", "out_of_scope", None})

# "how does the legal advice thing work", "how does this service work", "what's the process
# for getting the free lawyer".
_SERVICE_WORKS = re.compile(
    r"\bhow (?:does|do|would) (?:the|this|that|your|you(?:r)?) (?:free )?(?:legal advice|legal"
    r" help|lawyer|service|advice|program|programme)(?: \w+)? (?:work|works|go)\b"
    r"|\bhow (?:does|do) (?:it|this|that) (?:all )?work\b[^.!?]{0,30}\b(?:lawyer|legal|service)"
    r"|\bwhat(?:'?s| is) the (?:process|procedure)\b[^.!?]{0,40}\b(?:lawyer|legal|advice"
    r"|service)\b"
)


# "ok interpreter good. facebook can remove fotos?": the interpreter acknowledged, not asked.
_INTERPRETER_SAID_OK = re.compile(
    r"\binterpret\w* (?:is |sounds |is very )?(?:good|ok|okay|great|fine|perfect|thanks"
    r"|thank you)\b"
)
# "can you translate this to german": a task for the assistant, not an interpreter asked for.
_TRANSLATE_THIS = re.compile(r"\btranslate (?:this|that|it|these|my)\b")


# "she put a private photo of me on Facebook", "he posted my pics online".
_PUT_SOMEWHERE = re.compile(
    r"\b(?:put|posted|post|shared|uploaded|sent|spread|leaked)\b[^.?!]{0,50}"
    r"\b(?:on|online|to|around|in)\b"
)


def interpreter_with_own_case(cleaned: str) -> bool:
    """The interpreter asked in a message that also tells of the writer's own images shared."""
    return (
        interpreter_asked(cleaned)
        and bool(OWN_IMAGES.search(cleaned))
        and bool(_PUT_SOMEWHERE.search(cleaned))
    )


def interpreter_asked(cleaned: str) -> bool:
    """A language need: an interpreter, or someone who speaks a language named."""
    if plan_close(cleaned) or thanks_with_more(cleaned):
        return False  # "Thank you. I will call and ask for Punjabi interpreter." (round 11, p03)
    cleaned = _INTERPRETER_SAID_OK.sub(" ", cleaned)
    return bool(_INTERPRETER.search(cleaned)) and not _TRANSLATE_THIS.search(cleaned)


# "how do I stop her" said with a threat ("she wants to send MY pics to my boss").
_STOP_PERSON = re.compile(
    r"\b(?:how (?:do|can|could|would) (?:i|we)|can (?:i|we)) stop (?:him|her|them)\b"
)
_WANTS_TO_SHARE = re.compile(
    rf"\b(?:wants?|wanting|going|gonna|plans?|planning|about|threaten\w*|says? (?:he|she|they)"
    rf"(?:'ll| will))(?: to)? {_SHARE}\b|\bthreat\w*|\bblackmail\w*|\byet\b"
)


# Money or more images demanded: blackmail's steps (don't pay, don't send more), not this.
_BLACKMAIL = re.compile(
    r"\bsend (?:\w+ )?more\b|\bmore (?:pics|pictures|photos|nudes|images|videos)\b"
    r"|\b(?:money|pay|paid|cash|dollars|bitcoin|crypto|gift ?cards?)\b|\$"
)
# Said to be before anything is out: "BEFORE she sends", "nothing is sent yet", "I am the one
# being threatened".
_NOT_YET = re.compile(
    r"\bbefore\b|\byet\b|\b(?:being|been|was|am|i'?m) (?:\w+ )?threatened\b|\bwants? to"
    r" (?:send|post|share|show|leak)\b|\bhasn'?t (?:sent|posted|shared)\b"
    # "he said he would if I leave": the threat itself, told in the question (round 14, p39)
    r"|\b(?:he|she|they) (?:said|says|keeps saying|threatened|threatens)(?: (?:he|she|they))?"
    r" (?:would|will|'ll|is gonna|is going to|gonna)\b"
)
_DONT_WANT_POSTED = re.compile(
    r"\b(?:don'?t|dont|do not) want (?:it|them|this|that|my \w+) (?:to be |to get )?(?:posted"
    r"|shared|sent|out|online|leaked|spread)\b"
)
THREAT_KINDS = frozenset({THREAT_STOP, THREAT_FREE_LAWYER})


_QUESTION = re.compile(r"\?|^(?:how|what|can|could|is|are|will|should|do|does|who|where|when)\b")


def interpreter_only(cleaned: str) -> bool:
    """An interpreter asked for and no other question in the message ("nothing is sent yet. I
    need somebody speak Punjabi"): read before the other kinds. With another question ("is it
    secret if we call? we need arabic speaker") the other kind answers first."""
    if not interpreter_asked(cleaned):
        return False
    rest = [part for part in re.split(r"(?<=[.?!])\s+", cleaned) if not interpreter_asked(part)]
    return not any(_QUESTION.search(part.strip()) for part in rest)


def threat_stop(cleaned: str) -> bool:
    """The writer's own images threatened, and how to stop it before they are sent."""
    if _FOR_OTHER.search(cleaned) or situation_from_text(cleaned) == "shared":
        return False
    if _BLACKMAIL.search(cleaned):
        return False
    if not _NOT_YET.search(cleaned):
        return False  # "how do I stop him from posting": the classifier's (removal) answer
    if _STOP_PERSON.search(cleaned) and _WANTS_TO_SHARE.search(cleaned):
        return bool(_MINE.search(cleaned))
    return bool(_STOP.search(cleaned) and _MINE.search(cleaned))


def threat_stop_in_context(text: str, earlier_texts: list[str]) -> bool:
    """ "how do I stop her from sending them" after telling of a threat to the writer."""
    cleaned = " ".join(text.lower().split())
    if _FOR_OTHER.search(cleaned):
        return False
    told = [" ".join(t.lower().split()) for t in earlier_texts[-3:]]
    # "i just don't want it posted": whatever the demand was, what can be done before.
    if _DONT_WANT_POSTED.search(cleaned):
        return any(
            situation_from_text(t) == "threatened" or _BLACKMAIL.search(t) or _THREAT_SAID.search(t)
            for t in told
        )
    if situation_from_text(cleaned) == "shared":
        return False
    if _BLACKMAIL.search(cleaned) or any(_BLACKMAIL.search(t) for t in told):
        return False
    if not (_STOP.search(cleaned) or _STOP_PERSON.search(cleaned)):
        return False
    if any(situation_from_text(t) == "shared" for t in told):
        return False  # posted since the threat: the removal answer
    # A threat told just before and nothing posted since: "how do I stop him from posting it"
    # asks how to stop it before it is out, "yet" or not (round 14, p32).
    return any(situation_from_text(t) == "threatened" and not _FOR_OTHER.search(t) for t in told)


# "since nothing's been shared or threatened", "there's no threat", "she hasn't threatened
# anything" (roles28, round 28 p28 T3): no threat, never "a threat counts".
NO_THREAT = re.compile(
    r"\b(?:nothing|none of (?:it|them))(?:'s| has| is| was)?(?: been)? (?:\w+ )?(?:shared|posted"
    r"|sent|leaked)?(?:,? or |,? and |, )?threaten\w*"
    r"|\bno (?:threats?|threatening)\b|\bneither (?:shared|posted|threatened)\b"
    r"|\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|didn'?t|didnt|did not|never|wasn'?t"
    r"|wasnt|was not|isn'?t|not been|not) (?:(?!stop|quit|ceas)\w+ )?threaten\w*"
)


_NOTHING_SHARED = re.compile(
    r"\b(?:nothing|none of (?:it|them))(?:'s| has| is| was)?(?: been)? (?:shared|posted|sent"
    r"|leaked|out|online)\b|\bneither\b|\b(?:not|never|hasn'?t|has not|wasn'?t) (?:been )?"
    r"(?:shared|posted|sent anywhere|leaked)\b"
)


def neither_and_free_lawyer(cleaned: str) -> bool:
    """Nothing shared, no threat, and the free lawyer asked ("would the free lawyer even take
    me, since nothing's been shared or threatened?")."""
    if _FOR_OTHER.search(cleaned) or not _FREE_LAWYER.search(cleaned):
        return False
    return bool(NO_THREAT.search(cleaned) and _NOTHING_SHARED.search(cleaned))


def threat_and_free_lawyer(cleaned: str) -> bool:
    """A threat told (often with money) and the free lawyer asked for in the same message."""
    if _FOR_OTHER.search(cleaned) or not _FREE_LAWYER.search(cleaned):
        return False
    if NO_THREAT.search(cleaned):
        return False
    return bool(_THREAT_SAID.search(cleaned) and _MONEY_OR_THREAT.search(cleaned))


def told_shared(cleaned: str, intent: str | None) -> bool:
    """One's own images shared, told plainly with a plea for help, when the classifier found no
    topic."""
    if intent not in _MISSED_INTENTS or _FOR_OTHER.search(cleaned):
        return False
    return bool(_SHARED_MINE.search(cleaned) and _ASKS_HELP.search(cleaned))


def wrong_topic_kind(cleaned: str, intent: str | None) -> str | None:
    """One of KINDS for a lower-cased message, or None. An interpreter asked for is read last,
    by `interpreter_asked`, when no other kind fits, unless nothing else is asked."""
    if interpreter_only(cleaned):
        return INTERPRETER
    if threat_stop(cleaned):
        return THREAT_STOP
    if neither_and_free_lawyer(cleaned):
        return NEITHER_FREE_LAWYER
    if threat_and_free_lawyer(cleaned):
        return THREAT_FREE_LAWYER
    if told_shared(cleaned, intent):
        return TOLD_SHARED
    if _SERVICE_WORKS.search(cleaned):
        return SERVICE_STEPS
    return None


# "you didn't say if I should call the school", "you never answered whether I need a lawyer".
_COMPLAINT_QUESTION = re.compile(
    r"\byou (?:didn'?t|did not|never|haven'?t|have not|still haven'?t|don'?t) (?:say|said|answer"
    r"|answered|tell me|told me|explain|explained)(?: me)? (?:if|whether) (?P<who>i|we|he|she"
    r"|they|my \w+) (?P<modal>should|need to|needs to|have to|has to|can|could|will|would|must)"
    r" (?P<rest>[^.!?]+)"
)
# "I need to" asked back is "do I need to"; "she has to" is "does she have to".
_ASKED_AS = {
    "need to": "do {who} need to",
    "have to": "do {who} have to",
    "needs to": "does {who} need to",
    "has to": "does {who} have to",
}


def question_in_complaint(cleaned: str) -> str | None:
    """The question a complaint says was not answered, asked again as a question."""
    found = _COMPLAINT_QUESTION.search(cleaned)
    if not found:
        return None
    lead = _ASKED_AS.get(found["modal"], "{modal} {who}")
    return f"{lead.format(modal=found['modal'], who=found['who'])} {found['rest']}?"


# --- Read with the conversation before it ---------------------------------------------------
_YOUNG_THEN = re.compile(
    r"\b(?:from |taken |made |back )?when i was (?:only |just )?(?:1[0-7]|[1-9]|under 18"
    r"|a minor|a kid|a teen(?:ager)?|in (?:high school|grade \d+|middle school))\b"
)
# "the ones from when I was 19": images from 18 or older are StopNCII's.
_ADULT_THEN = re.compile(r"\bwhen i was (?:1[89]|[2-9]\d)\b")
# "which removal site do I use?", "Take It Down or StopNCII?", "how do I get them taken down".
_REMOVAL = re.compile(
    r"\b(?:remov\w*|take (?:it|them) down|taken down|take ?it ?down|stop ?ncii|which site"
    r"|get (?:it|them) (?:off|down))\b"
)


# The answers the under-18 site replaces: none, the 18+ routes for an adult age said now, the
# two tools compared ("cost money, would the site know" keeps its own answer).
UNDER_18_REPLACES = frozenset(
    {None, "asked_for_images_none_sent", "adult_age", "adult_age_home", "adult_shared",
     "subject_removal_tools_differ"}
)  # fmt: skip


def images_from_under_18(cleaned: str) -> bool:
    """Images of the writer from when they were under 18 ("pics from when I was 16")."""
    return bool(_YOUNG_THEN.search(cleaned) and re.search(_IMAGES, cleaned))


def under_18_removal_in_context(text: str, earlier_texts: list[str]) -> bool:
    """Removal asked about after telling the images are from when the writer was under 18."""
    cleaned = text.lower()
    if not _REMOVAL.search(cleaned) or _FOR_OTHER.search(cleaned) or _ADULT_THEN.search(cleaned):
        return False
    told = [*earlier_texts[-3:], text]
    return any(_YOUNG_THEN.search(t.lower()) for t in told) and any(
        images_from_under_18(t.lower()) or _YOUNG_THEN.search(t.lower()) for t in told
    )


def if_posted_for_a_minor(text: str, intent: str | None, writer_minor: bool) -> bool:
    """ "what if he posts them anyway" from a young person: the answer to it, not the route
    questions, which ask a 16-year-old about March 6, 2023 (round 10, p02)."""
    if not writer_minor or intent != "route_finder":
        return False
    return what_happens_kind(text.lower()) == IF_POSTED


def age_fitted(kind: str | None, young_writer: bool, adult_writer: bool) -> str | None:
    """The chat-storage and "will you tell anyone" answers fitted to the writer's age said."""
    if kind == CHAT_KEPT and young_writer:
        return CHAT_KEPT_YOUTH
    if kind == _WHO_IS_TOLD and adult_writer:
        return WHO_IS_TOLD_ADULT
    return kind
