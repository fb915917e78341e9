"""Round 20 kinds (ages21): ages already given, used for the answer (round 20, p07, p24).

- A young writer (under 18, said now or before) asks "is it illegal for him to ask" after naming
  their own coach, teacher or boss asking for images: the position-of-trust rule at once, never
  "my answer just above" (p07 T2).
- A young writer's "what do i do" (said with a doubt, "i dont know if he showed anyone"): the
  young person's routes (route_form_gate), never the adults' IIPS/lawyer block (p24 T3).
- A young writer's "is there someone for kids": Kids Help Phone, Cybertip.ca, never the
  written-contact answer for people who cannot phone (p24 T4).
- The writer's own worry that reporting costs their job ("im worried about losing my job if i
  report", p27 T3): no police report needed, the job not in the sources, the lawyer and
  VictimLinkBC; never "a threat to your job" nobody told, nor under-18 lines.

Plain functions; no Rasa imports. Never reads or logs more than the messages given.
"""

from __future__ import annotations

import re

from assistant import route_form_gate
from assistant.trust_words import _ASKS_FOR_IMAGES, _WITH_THE_WRITER, names_position_of_trust

TRUST_ANSWER = ["utter_trust_asked_allowed", "utter_youth_asked_next_authority"]
KIDS_ANSWER = ["utter_youth_line"]
# Right after the youth line: a safe adult, Kids Help Phone and Cybertip.ca in other words.
KIDS_ANSWER_AGAIN = ["utter_youth_tell"]
TALK_ANSWER = ["utter_talk_support_again"]

# Feelings said, then someone to speak with ("i am really shaken up. is there someone I could
# speak with", p06 T3): the support lines, never the legal intake's "what to say" script.
_SHAKEN = re.compile(
    r"\b(?:shaken|shook|upset|scared|overwhelmed|struggling|not (?:ok|okay|coping)|a mess"
    r"|freaking out|anxious|can'?t stop crying|falling apart|so sad|terrified|traumati[sz]ed"
    r"|can'?t (?:sleep|cope|stop shaking))\b"
)
_SOMEONE_TO_SPEAK = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|a person|a real person)\s+(?:i|we)\s+(?:could|can"
    r"|might)\s+(?:speak|talk)\b|\b(?:someone|somebody|anyone|a person)\s+to\s+(?:speak|talk)"
    r"\s+(?:with|to)\b"
)
_LEGAL_TALK = re.compile(r"\b(?:lawyer|legal|tribunal|court|sue|police)\b")
_FEARS_SOMEONE = re.compile(
    r"\b(?:scared|afraid|terrified|frightened) (?:of|that) (?:him|her|them|he|she|they|my|what)\b"
)


JOB_WORRY_ANSWER = ["utter_report_job_worry", "utter_report_job_worry_support"]

# "worried about losing my job if i report", "will i get fired if i go to the police",
# "do i have to tell work", "will my work find out if i report".
_JOB = re.compile(
    r"\b(?:my job|the job|my work|tell work|my workplace|my boss|my employer|fired|my shifts"
    r"|my hours)\b"
)
_REPORTING = re.compile(
    r"\b(?:report\w*|go to (?:the )?police|call (?:the )?police|tell (?:the )?police"
    r"|press charges|tell (?:work|my (?:work|boss|employer|manager|hr))|(?:have|need) to tell)\b"
)
_WORRY = re.compile(
    r"\b(?:worr\w+|scared|afraid|nervous|fear\w*|will i|would i|could i|do i|am i|might i"
    r"|find out|have to tell)\b"
)
# Someone said to threaten the job ("he said he'd fire me if i report"): the threat's answer.
_THEY_THREATEN = re.compile(
    r"\b(?:he|she|they|boss|manager|supervisor|owner)(?:'?s| has| have)? (?:\w+ )?(?:said|says"
    r"|told|tells|threaten\w*|warned|warns)\b|\b(?:he|she|they)'?(?:ll| will| would|'d) (?:fire"
    r"|cut|take|get me)\b"
)

# "is it illegal for him to ask", "is he allowed to", "is that legal", "against the law".
_LEGAL_ASKED = re.compile(
    r"\b(?:illegal|legal|allowed|against the law|a crime|breaking the law|lawful)\b"
)

# "what do i do", "what should i do now", "wat do i do", "what can i even do".
_WHAT_DO = re.compile(
    r"\b(?:what|wat|wht|wut)\s+(?:do|should|can|shud|shoud|am)\s+(?:i|we)\s+(?:\w+\s+)?"
    r"(?:do|doing)\b"
)

# Said with a doubt ("i dont know if he showed anyone"): the adults' unsure block took it (p24).
_UNSURE = re.compile(
    r"\b(?:(?:don'?t|dont|do not|didn'?t) know|not sure|no idea|idk|dunno)\b[^.!?]{0,20}"
    r"\b(?:if|whether|who)\b"
)

# "someone for kids", "help for kids my age", "anything for teens", "a line for young people".
_FOR_KIDS = re.compile(
    r"\b(?:for|4)\s+(?:\w+\s+)?(?:kids?|teens?|teenagers?|young people|youth|minors?"
    r"|children|(?:people|ppl|someone|somebody) my age)\b"
    r"|\b(?:kids?|teens?|ppl|people) (?:my|our) age\b"
)
_SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|any ?one|help|line|talk|service|place|people|ppl"
    r"|anything|number)\b"
)
_JUST_A_KID = re.compile(r"\b(?:i'?m|im|i am)\s+(?:just\s+|only\s+)?a\s+(?:kid|child|teen)\b")


def _young(texts: list[str], is_minor_slot: object) -> bool:
    return route_form_gate.young_now(texts, is_minor_slot)


def trust_asked(text: str, earlier: list[str], is_minor_slot: object = None) -> bool:
    """A young writer asks whether what their own coach (teacher, boss...) does is legal."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _LEGAL_ASKED.search(lowered) or not _young([*earlier, text], is_minor_slot):
        return False
    return any(
        names_position_of_trust(said)
        and bool(_ASKS_FOR_IMAGES.search(said.lower()) or _WITH_THE_WRITER.search(said.lower()))
        for said in earlier[-3:]
    )


def kids_asked(text: str, earlier: list[str], is_minor_slot: object = None) -> bool:
    """ "is there someone for kids", "im just a kid, is there help for people my age"."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _FOR_KIDS.search(lowered) or not _SOMEONE.search(lowered):
        return False
    return bool(_JUST_A_KID.search(lowered)) or _young([*earlier, text], is_minor_slot)


def young_what_now(
    text: str,
    earlier: list[str],
    earlier_topics: list[str | None],
    is_minor_slot: object,
    previous: list[str],
    earlier_actions: list[str],
) -> list[str] | None:
    """A young writer's "what do i do": the young person's routes (route_form_gate)."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _WHAT_DO.search(lowered) or not _UNSURE.search(lowered):
        return None
    if not _young([*earlier, text], is_minor_slot):
        return None
    kind = route_form_gate.what_now_kind(
        route_form_gate.ROUTE_FINDER,
        text,
        earlier,
        earlier_topics,
        is_minor_slot,
        None,
        False,
        previous,
        earlier_actions,
    )
    return list(route_form_gate.ANSWERS[kind]) if kind in route_form_gate.ANSWERS else None


def job_worry(text: str) -> bool:
    """The writer's own fear that reporting or telling costs them their job."""
    lowered = (text or "").lower().replace("\u2019", "'")
    return bool(
        _JOB.search(lowered)
        and _REPORTING.search(lowered)
        and _WORRY.search(lowered)
        and not _THEY_THREATEN.search(lowered)
    )


def adult_job_worry(text: str, earlier: list[str], is_minor_slot: object = None) -> bool:
    """The job worry of an adult nobody asked for images (session 21). A young writer keeps
    the under-18 answers (Cybertip.ca), and someone asked for images by a boss keeps the
    pressure answer ("will I lose my job if I report him" after "my manager keeps asking")."""
    if not job_worry(text) or _young([*earlier, text], is_minor_slot):
        return False
    said = " ".join([*earlier[-4:], text]).lower().replace("\u2019", "'")
    return not _ASKS_FOR_IMAGES.search(said) and "cybertip" not in said


def talk_asked(text: str) -> bool:
    """Feelings said and someone to speak with asked, with no lawyer or police named, and no
    fear of a person ("im kind of scared of him" keeps the safety answer with its email)."""
    lowered = (text or "").lower().replace("\u2019", "'")
    return bool(
        _SHAKEN.search(lowered)
        and _SOMEONE_TO_SPEAK.search(lowered)
        and not _LEGAL_TALK.search(lowered)
        and not _FEARS_SOMEONE.search(lowered)
    )


def follow_up(
    text: str,
    intent: str | None,
    earlier: list[str],
    earlier_topics: list[str | None],
    is_minor_slot: object,
    previous: list[str],
    earlier_actions: list[str],
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before)."""
    if intent != "check_age_rules" and trust_asked(text, earlier, is_minor_slot):
        # Round 28 (p09): the age check's answer had just sent the what-you-can-do block; it is
        # not sent again word for word right after.
        return [TRUST_ANSWER[0], *(a for a in TRUST_ANSWER[1:] if a not in previous)]
    if adult_job_worry(text, earlier, is_minor_slot):
        return JOB_WORRY_ANSWER
    if talk_asked(text) and not set(TALK_ANSWER) & set(previous):
        return TALK_ANSWER
    if kids_asked(text, earlier, is_minor_slot):
        return KIDS_ANSWER_AGAIN if set(KIDS_ANSWER) & set(previous) else KIDS_ANSWER
    return young_what_now(text, earlier, earlier_topics, is_minor_slot, previous, earlier_actions)
