"""Round 21 kind 1, first half (followups22): a follow-up or second question answered with a
neighbouring topic or skipped. Each reader answers the exact point asked, from the sources, or
says honestly that the sources don't say it, with a concrete next step.

- stop it without the police ("is there any way to make it stop without involving the police",
  "someone other than police who can get him to delete it", p03 T4-T5): the Intimate Images
  Protection Service asks the person and the sites to remove images; the tribunal's order; for
  a child, Take It Down, NeedHelpNow.ca and Cybertip.ca; what a school can do is not said.
- whether an adult's age matters ("I am 67, does that matter?", p06 T3): no age restrictions
  for the free service; the sources' age rules are about people under 18.
- "should I just quit (my job)" when someone at work asks for images (p07 T3-T4): the sources
  give no job advice; not your fault, the position-of-trust rule for a young writer, who to talk to.
- a hidden camera or secret recording not known to be shared, "can I still get the free lawyer
  / sue him" (p09 T2-T3): the service is for shared or threatened images, whether a recording
  alone counts is not said (ask the intake line); the tribunal is for sharing or threats.
- "I want to sue him" with the sharing told (p17 T1-T2): the tribunal's claim and damages,
  never the eligibility check's "has someone shared?" first.
- which police, before a move ("calgary police now or wait till im in vancouver", "here where it
  happened or in vancouver after i move", p18 T2-T4): the sources say the local police
  non-emergency line and nothing on which force; call where you are now and ask.

Read by InterruptPolicy._direct_answer outside forms and never for a safety intent
(`follow_up`); the suing question also inside the eligibility check (`sue_in_form`). Plain
functions, no Rasa imports; responses in domain/followups22.yml.
"""

from __future__ import annotations

import re

from assistant import money_not_shared, route_form_gate
from assistant.helper_context import writer_is_adult
from assistant.helper_reading import HELPER_MINOR, helped_person
from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_from_text, situation_said_earlier

STOP_WITHOUT_POLICE = ["utter_stop_without_police", "utter_stop_without_police_more"]
STOP_WITHOUT_POLICE_CHILD = ["utter_stop_without_police_child", "utter_stop_without_police_more"]
AGE_MATTERS_ADULT = ["utter_age_matters_adult"]
QUIT_JOB_YOUNG = ["utter_quit_job_young", "utter_quit_job_young_support"]
QUIT_JOB_ADULT = ["utter_quit_job_adult", "utter_quit_job_adult_support"]
RECORDED_LAWYER = ["utter_recorded_only_lawyer", "utter_money_not_shared_more"]
RECORDED_LAWYER_AND_SUE = [
    "utter_recorded_only_lawyer",
    "utter_recorded_only_sue",
    "utter_money_not_shared_more",
]
RECORDED_SUE = list(money_not_shared.ANSWERS[money_not_shared.MONEY_NOT_SHARED])
SUE_SHARED = ["utter_sue_shared", "utter_sue_shared_lawyer"]
SUE_IN_FORM = ["utter_sue_shared"]
POLICE_BEFORE_MOVE = ["utter_police_before_move"]
# Asked again right after its answer: the point once more in other words.
AGAIN = {
    "utter_police_before_move": ["utter_police_before_move_again"],
    "utter_quit_job_young": ["utter_quit_job_again_young"],
    "utter_quit_job_adult": ["utter_quit_job_again_adult"],
    "utter_stop_without_police": ["utter_stop_without_police_again"],
    "utter_stop_without_police_child": ["utter_stop_without_police_again"],
    "utter_recorded_only_lawyer": ["utter_recorded_only_again"],
    "utter_sue_shared": ["utter_sue_shared_again"],
}
POLICE_TWO_PLACES = ["utter_police_where"]

# Kinds, for the policy's answers (the in-form suing question goes through the form's path).
SUE_IN_FORM_KIND = "followups22_sue_in_form"
ANSWERS: dict[str, list[str]] = {
    "followups22_stop_without_police": STOP_WITHOUT_POLICE,
    "followups22_stop_without_police_child": STOP_WITHOUT_POLICE_CHILD,
    "followups22_age_matters_adult": AGE_MATTERS_ADULT,
    "followups22_quit_job_young": QUIT_JOB_YOUNG,
    "followups22_quit_job_adult": QUIT_JOB_ADULT,
    "followups22_recorded_lawyer": RECORDED_LAWYER,
    "followups22_recorded_lawyer_and_sue": RECORDED_LAWYER_AND_SUE,
    "followups22_sue_shared": SUE_SHARED,
    SUE_IN_FORM_KIND: SUE_IN_FORM,
    "followups22_police_before_move": POLICE_BEFORE_MOVE,
    **{f"followups22_again_{first}": again for first, again in AGAIN.items()},
}

# A question, not a statement: a question mark, or a question's first words.
_QUESTION = re.compile(
    r"\?|^(?:(?:ok|okay|so|but|and|ya|yeah|yes|sorry|well|um|hmm|wait)[,.]? )*(?:is|are|can"
    r"|could|would|will|should|do|does|did|how|what|who|where|which|any|anyone|isn'?t)\b"
    r"|\b(?:or not|i (?:mean|wonder|want to know)|tell me)\b"
    r"|\b(?:does|do|can|could|will|would|should|is|are) (?:i|it|that|this|he|she|they|you|we"
    r"|there|my)\b"
)
_MONEY_DEMAND = re.compile(
    r"\b(?:pay|paid|money|ransom|bitcoin|gift ?cards?|blackmail\w*|sextort\w*|extort\w*)\b|\$"
)

# --- stop it without the police ------------------------------------------------------------
_POLICE = r"(?:the )?(?:police|cops?|rcmp|law enforcement)"
_NO_POLICE = re.compile(
    rf"\b(?:without|other than|besides|instead of|apart from|except|rather than|outside of"
    rf"|but not|that'?s not|thats not|that isn'?t|not|no)\s+(?:\w+\s+){{0,2}}?{_POLICE}\b"
    rf"|\b(?:don'?t|dont|do not|doesn'?t|does not|didn'?t) want (?:to )?(?:\w+ ){{0,2}}?"
    rf"{_POLICE}\b|\b{_POLICE} (?:aside|out of (?:it|this))\b"
)
# What the person wants: it stopped, deleted, taken down; someone to contact the sharer.
_STOP_GOAL = re.compile(
    r"\b(?:stop\w*|delete\w*|remov\w*|take (?:it|them|that|those) (?:down|off)|taken (?:down|off)"
    r"|get rid|erase\w*|wipe\w*|make (?:it|this|him|her|them) (?:stop|go away|end)"
    r"|(?:contact|talk to|speak to|call|reach out to|message|ask)"
    r" (?:the (?:boy|girl|guy|kid|person)|him|her|them|his|her|their)"
    r"|get (?:him|her|them|the \w+) to"
    r"|what (?:else )?(?:can|could|should) (?:i|we) do|other (?:way|option)s?|any (?:way|option)s?"
    r"|someone (?:else|who)|anyone (?:else|who))\b"
)
# The free service or the tribunal named as what is wanted without the police: their own answers.
_SERVICE_ASKED = re.compile(
    r"\b(?:lawyer|legal|advice|the service|this service|qualify|apply|eligib\w*|free help)\b"
)
# "do I have to go to the police" is the police answer's.
_MUST_POLICE = re.compile(r"\b(?:have to|need to|must|required to|should i) (?:\w+ ){0,2}?police\b")


def stop_without_police(text: str) -> bool:
    """A way to stop it, or someone to ask the sharer, without the police."""
    cleaned = plain_lower(text)
    if not _NO_POLICE.search(cleaned) or not _STOP_GOAL.search(cleaned):
        return False
    if not _QUESTION.search(cleaned) and not re.search(r"\bi (?:just )?want\b", cleaned):
        return False
    if _MONEY_DEMAND.search(cleaned) or _MUST_POLICE.search(cleaned):
        return False
    # "can I get the free lawyer without going to police": the service's own answer.
    return not (
        _SERVICE_ASKED.search(cleaned) and not re.search(r"\b(?:delete|remov|take)\w*", cleaned)
    )


def _child_in_view(said: list[str], is_minor_slot: object) -> bool:
    """The person in the images is under 18: a young writer, or a helper's child said."""
    if route_form_gate.young_now(said, is_minor_slot):
        return True
    return any(helped_person(t) == HELPER_MINOR for t in said[-6:])


# --- an adult's age ----------------------------------------------------------------------
_ADULT_AGE = r"(?:1[89]|[2-9]\d|1[01]\d)"
_AGE_MATTERS = re.compile(
    rf"\b(?:i'?m|im|i am|being|at) (?:now )?{_ADULT_AGE}\b[^?.!]{{0,40}}\b(?:matter\w*|count\w*"
    rf"|make a difference|change anything|a problem|an issue)\b"
    r"|\b(?:my|the) age\b[^?.!]{0,40}\b(?:matter\w*|make a difference|change anything"
    r"|a problem|an issue|count\w*)\b"
    r"|\b(?:does|do|would|will) (?:age|how old i am|being old|being older) (?:\w+ )?matter\b"
    r"|\b(?:am i|i'?m|im|i am) (?:\w+ )?too old\b"
)
_ADULT_SELF = re.compile(rf"\b(?:i'?m|im|i am) (?:now )?{_ADULT_AGE}\b")
# "does that matter" right after an adult age said in the same message ("I am 67, does that
# matter?").
_THAT_MATTERS = re.compile(r"\b(?:does|do|would|will) (?:that|it|this) (?:\w+ )?matter\b")


def age_matters_asked(text: str) -> bool:
    """An adult asks whether their age matters (said in the words)."""
    cleaned = plain_lower(text)
    if _AGE_MATTERS.search(cleaned):
        return not re.search(r"\b(?:too young|under 18|minor)\b", cleaned)
    return bool(_ADULT_SELF.search(cleaned) and _THAT_MATTERS.search(cleaned))


def _one_question(text: str) -> bool:
    return text.count("?") <= 1


# --- should I quit my job ------------------------------------------------------------------
_QUIT = re.compile(
    r"\bquit+(?:ting)?\b(?! (?:talking|texting|messaging|answering|replying|snap\w*|insta\w*"
    r"|the (?:app|chat|group)|social|him|her|them|it|that|this|smoking)\b)"
    r"|\b(?:leave|leaving|resign\w*|walk out of|get out of) (?:my|the|this|that) (?:job|work"
    r"|workplace|position)\b|\bstop (?:working|going to work)\b|\b(?:give|hand in) (?:my )?notice\b"
    r"|\b(?:find|get|look for) (?:a )?(?:new|another|different) job\b"
)
_JOB = re.compile(
    r"\b(?:job|work|workplace|boss|manager|supervisor|shift\w*|employer|coworker\w*|co-worker\w*"
    r"|owner|hr)\b"
)
_REPORT_ASKED = re.compile(r"\b(?:report\w*|police|cops?|cybertip\w*|press charges)\b")
_QUIT_QUESTION = re.compile(
    r"\?|\b(?:should|shud|shld|do|would|can|could|is it|better|or not|or stay|what if)\b"
)


def quit_asked(text: str, earlier: list[str]) -> bool:
    """Whether to quit the job where someone asks for images, asked."""
    cleaned = plain_lower(text)
    if not _QUIT.search(cleaned) or not _QUIT_QUESTION.search(cleaned):
        return False
    if _REPORT_ASKED.search(cleaned):
        return False  # "can I quit and still report him? who do I report him to": reporting
    return bool(_JOB.search(cleaned)) or any(_JOB.search(plain_lower(t)) for t in earlier[-4:])


# --- a recording not known to be shared ----------------------------------------------------
_NOT_KNOWN_MORE = re.compile(
    r"\bno idea (?:if|whether) (?:\w+ ){0,5}(?:shared|posted|sent|uploaded|leaked|put|showed)\b"
    r"|\bnothing (?:that )?i know of\b|\bnot that i know\b|\bas far as i know\b"
    r"|\b(?:he|she|they|the host|someone) (?:just|only) (?:recorded|filmed|took)\b"
    r"|\b(?:just|only) (?:recorded|filmed)\b"
    r"|\b(?:don'?t|dont|do not) know (?:if|whether) (?:\w+ ){0,5}(?:shared|posted|sent|uploaded"
    r"|leaked|put|showed)\b|\bnot sure (?:if|whether) (?:\w+ ){0,5}(?:shared|posted|sent)\b"
)
_LAWYER_ASKED = re.compile(
    r"\b(?:can|could|may|do|would|will) i (?:still )?(?:get|use|have|see|talk to|call|apply for"
    r"|go to|qualify for) (?:a |the |that )?(?:free )?(?:lawyer|legal|service|advice)"
    r"|\b(?:count|qualify|work) (?:for|towards?) (?:a |the )?(?:free )?(?:lawyer|legal|service"
    r"|advice)|\b(?:do|would|will) i (?:still )?qualify\b|\b(?:am i|i'?m) (?:still )?eligible\b"
)
# A camera found, or a place where people undress: a stranger's secret recording (a partner's
# recording kept is the held-images readers', legal_asks.py).
_CAMERA_OR_PLACE = re.compile(
    r"\bcam(?:era)?s?\b|\b(?:bathroom|washroom|change ?room|changing room|locker room|shower"
    r"|airbnb|hotel|motel|rental|host|landlord|peephole)\b"
)
_DELETE_ASKED = re.compile(r"\b(?:delete|wipe|destroy|erase|get rid of)\w*\b")


def _recording_only(texts: list[str]) -> bool:
    """A secret recording or a camera told, not known to be shared, and no sharing said."""
    told = [plain_lower(t) for t in texts[-6:]]
    if not any(money_not_shared._TAKEN.search(t) for t in told):
        return False
    if not any(_CAMERA_OR_PLACE.search(t) for t in told):
        return False
    if not any(
        _NOT_KNOWN_MORE.search(t) or money_not_shared._NOT_KNOWN_SHARED.search(t) for t in told
    ):
        return False
    stripped = [
        money_not_shared._NOT_KNOWN_SHARED.sub(" ", _NOT_KNOWN_MORE.sub(" ", t)) for t in told
    ]
    return not any(money_not_shared._SHARED_OR_THREAT.search(t) for t in stripped)


def recorded_only_kind(text: str, earlier: list[str], young: bool = False) -> list[str] | None:
    cleaned = plain_lower(text)
    if young or not _QUESTION.search(cleaned) or _DELETE_ASKED.search(cleaned):
        return None
    if not _recording_only([*earlier, text]):
        return None
    lawyer = bool(_LAWYER_ASKED.search(cleaned))
    money = bool(money_not_shared._MONEY_OR_TRIBUNAL.search(cleaned))
    if lawyer and money:
        return RECORDED_LAWYER_AND_SUE
    if lawyer:
        return RECORDED_LAWYER
    return RECORDED_SUE if money else None


# --- suing after the sharing was told ------------------------------------------------------
_SUE = re.compile(
    r"\b(?:sue|suing|lawsuit|take (?:him|her|them) to (?:court|the tribunal)"
    r"|(?:make|file|start|bring) a claim (?:against|on)"
    r")\b"
)
_SUE_ASKED = re.compile(
    r"\?|\b(?:can|could|should|how|do|want|wanna|going to|gonna|planning|or not|is it possible)\b"
)
_HOW_MUCH = re.compile(r"\bhow much\b|\bhow long\b|\bcost\b|\bfee\b")
DAMAGES_GIVEN = frozenset(
    {"utter_damages", "utter_crt_damages", "utter_damages_how_much", *SUE_SHARED}
)


# Another question beside it (removal, a lawyer's cost, the police, how): its readers answer
# the message, with the tribunal as one part (round 13, round 19 conversations).
_OTHER_ASK = re.compile(
    r"\b(?:how|what|where|when|who|which|afford|legal aid|police|cops|report\w*|remov\w*"
    r"|taken? (?:it |them )?down|delete\w*|cost|free|qualify|matter|from the us|in canada"
    r"|outside)\b"
)


def sue_asked(text: str, earlier: list[str]) -> bool:
    """Suing asked or wanted, and nothing else asked, with the sharing told in this message or
    before."""
    cleaned = plain_lower(text)
    if not _SUE.search(cleaned) or not _SUE_ASKED.search(cleaned) or _HOW_MUCH.search(cleaned):
        return False
    if text.count("?") > 1 or _OTHER_ASK.search(cleaned):
        return False
    if situation_from_text(cleaned) in {"shared", "threatened"}:
        return True
    return situation_said_earlier(earlier) in {"shared", "threatened"}


def sue_in_form(text: str, earlier: list[str]) -> bool:
    """Inside the eligibility check: "can I sue him or not" with the sharing told."""
    return sue_asked(text, earlier)


# --- which police, before a move -----------------------------------------------------------
_POLICE_WORD = re.compile(r"\b(?:police|cops?|rcmp|vpd|report (?:it|this|him|her|them))\b")
_MOVE = re.compile(r"\b(?:mov(?:e|ed|ing)|relocat\w+)\b")
_WHERE_CHOICE = re.compile(
    r"\b(?:where|which)\b"
    r"|\b[a-z]+ (?:police|cops|rcmp) (?:now )?or (?:wait|[a-z]+\b)"
    r"|\bor (?:in |the )?[a-z]+ (?:police|cops|rcmp)\b"
    r"|\b(?:here|there|now) or (?:in|there|after|when|once)\b"
    r"|\bor (?:wait|after|once|when) (?:till |until |til )?i(?:'m| am| move| get)\b"
    # "report to Toronto police before I leave, or can I do it from Vancouver?" (round 33 p19)
    r"|\b(?:before|after) (?:i|we) (?:leave|move|go)\b[^?.!]{0,25}\bor\b"
    r"|\bor (?:\w+ ){0,4}?(?:from|in) (?:vancouver|victoria|b\.?c\.?|kelowna|kamloops|there)\b"
)


def police_where_kind(text: str, earlier: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _POLICE_WORD.search(cleaned) or not _WHERE_CHOICE.search(cleaned):
        return None
    if not _QUESTION.search(cleaned):
        return None
    if re.search(r"\b(?:lawyer|legal advice|tribunal)\b", cleaned):
        return None
    if _MOVE.search(cleaned) or any(_MOVE.search(plain_lower(t)) for t in earlier[-4:]):
        return POLICE_BEFORE_MOVE
    return None


# --- the reader ------------------------------------------------------------------------------
def _again(sequence: list[str], previous: list[str]) -> list[str]:
    """Right after its own answer: the short form (AGAIN), never the same block twice."""
    return AGAIN.get(sequence[0], sequence) if sequence[0] in previous else sequence


def _fresh(sequence: list[str], previous: list[str]) -> list[str] | None:
    """Never the same first block twice in a row: then the other readers answer."""
    return None if sequence[0] in previous else sequence


def follow_up(
    text: str,
    intent: str | None,
    earlier: list[str],
    previous: list[str],
    is_minor_slot: object = None,
    lives_outside: bool = False,
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before). Outside forms only."""
    if not earlier and (not sue_asked(text, earlier) or intent == "ask_crt"):
        return None  # a first message keeps its readers, except "I want to sue" told with it
    said = [*earlier, text]
    if stop_without_police(text):
        child = _child_in_view(said, is_minor_slot)
        return _again(STOP_WITHOUT_POLICE_CHILD if child else STOP_WITHOUT_POLICE, previous)
    if quit_asked(text, earlier):
        young = route_form_gate.young_now(said, is_minor_slot)
        return _again(QUIT_JOB_YOUNG if young else QUIT_JOB_ADULT, previous)
    recorded = recorded_only_kind(text, earlier, route_form_gate.young_now(said, is_minor_slot))
    if recorded == RECORDED_SUE:
        # Money alone: money_not_shared's answer; asked again, its own next answer.
        return _fresh(recorded, previous)
    if recorded:
        return _again(recorded, previous)
    where = police_where_kind(text, earlier)
    if where:
        return _again(where, previous)
    # "can I sue him" read as the tribunal's topic keeps the rules' answer (its follow-ups read
    # it); read as something else (the eligibility check, p17) or asked again, this one.
    if (
        sue_asked(text, earlier)
        and not lives_outside
        and (
            SUE_SHARED[0] in previous or (intent != "ask_crt" and not DAMAGES_GIVEN & set(previous))
        )
    ):
        return _again(SUE_SHARED, previous)
    if (
        _one_question(text)
        and age_matters_asked(text)
        and writer_is_adult(said, is_minor_slot)
        and not route_form_gate.young_now(said, is_minor_slot)
    ):
        return _fresh(AGE_MATTERS_ADULT, previous)
    return None
