"""Round 25-26 kinds (threat27): distress and threat messages mid-conversation, misrouted.

- images being sent around right now, with no money or demand ("MY EX IS SENDING MY NUDES TO
  PEOPLE RIGHT NOW", round 25 p26): the steps without "don't pay"; then "one number to make
  him stop": the IIPS, the police, VictimLinkBC;
- someone with power over the writer, and they don't want to be alone with him at the next
  shift or practice (round 26 p15 T4): a safe adult, the trust rule, Kids Help Phone, 9-1-1;
- "so basically I can't force him?" after the held-not-shared answer (round 26 p17 T2): what
  holds (the IIPS can ask; the tribunal needs sharing or a threat);
- scared to confront the person, or "can someone else ask him to delete it" (round 26 p29):
  the IIPS can contact him, VictimLinkBC, 9-1-1;
- a young writer asked for pictures by an adult (round 25 p17): "he'll stop talking to me if I
  don't" is pressure, not sextortion; "is it bad he's 19 and I'm 14" is the image rule, not the
  birthdays; "so it's ok if I send one?" gets a plain answer; "what do I say to him".

Read in InterruptPolicy._direct_answer (follow_up_readers.py), outside forms, never for a safety
intent. Plain functions, no Rasa; responses in domain/threat27.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

SHARING_NOW = "utter_sharing_now_steps"
TONIGHT_LINES = "utter_threat_tonight_lines"
ONE_NUMBER_STOP = "utter_one_number_stop"
SHIFT_YOUNG = "utter_not_alone_with_him_young"
SHIFT_ADULT = "utter_not_alone_with_him_adult"
CANT_FORCE = "utter_held_cant_force"
SOMEONE_ELSE = "utter_someone_else_asks"
SCARED_CONFRONT = "utter_scared_to_confront"
PRESSURE_LEAVE_YOUNG = "utter_young_pressure_leave"
ADULT_ASKS_YOUNG = "utter_adult_asks_young"
SEND_ONE_YOUNG = "utter_young_send_one"
WHAT_TO_SAY_YOUNG = "utter_young_what_to_say"
YOUTH_ASKED_NEXT = "utter_youth_asked_next"
THREAT_CONTROL_NEXT = "utter_threat_control_next"
_THREAT_CONTROL_ANSWER = "utter_threat_control"

ANSWERS = (
    SHARING_NOW,
    ONE_NUMBER_STOP,
    SHIFT_YOUNG,
    SHIFT_ADULT,
    CANT_FORCE,
    SOMEONE_ELSE,
    SCARED_CONFRONT,
    PRESSURE_LEAVE_YOUNG,
    ADULT_ASKS_YOUNG,
    SEND_ONE_YOUNG,
    WHAT_TO_SAY_YOUNG,
    THREAT_CONTROL_NEXT,
)

_IMAGES = (
    r"(?:nudes?|pics?|pictures?|photos?|images?|videos?|vids?|selfies?|recordings?"
    r"|intimate \w+|naked \w+)"
)
# Images being sent around now: "my ex is sending my nudes to people right now", "she's
# posting my pics everywhere", "he keeps sending my photos to everyone".
_SHARING_NOW = re.compile(
    r"\b(?:is|are|'s|'re|s|re|keeps?|still) (?:\w+ )?(?:sending|posting|sharing|showing|spreading"
    r"|leaking|uploading|forwarding|passing around)\b (?:my (?:\w+ ){0,2}" + _IMAGES + r"\b"
    r"|(?:\w+ ){0,2}" + _IMAGES + r" of me\b)"
    r"|\bmy (?:\w+ ){0,2}" + _IMAGES + r"\b[^.?!]{0,20}\b(?:are|is) (?:being )?(?:sent|posted"
    r"|shared|spread|going around)\b[^.?!]{0,20}\b(?:right now|as we speak|tonight|everywhere)\b"
)
# The writer's own images only: a helper's "a girl is showing his nude to people" keeps the
# helper's answers.
# Never a bare "now" ("i was 16 in them but im 18 now": a question about the tools).
_NOW_WORDS = re.compile(
    r"\b(?:right now|rn|as we speak|tonight|right this minute|everywhere|to everyone"
    r"|to people|to all my \w+)\b"
)
# Money or a demand: the sextortion steps stay ("don't pay" fits then).
_DEMAND = re.compile(
    r"\$|\b(?:money|pay|paid|payment|dollars|bucks|gift ?cards?|bitcoin|crypto|e-?transfer"
    r"|ransom|unless|demand\w*|blackmail\w*|extort\w*|sextort\w*|if i don'?t|if i dont"
    r"|more (?:pics|nudes|photos|pictures))\b"
)
_WHICH_NUMBER = re.compile(
    r"\b(?:one number|a number|what number|which number|who do i call|who should i call"
    r"|who to call|police or who|who can make (?:him|her|them) stop|who makes (?:him|her|them)"
    r" stop|number to (?:make|get) (?:him|her|them) (?:to )?stop)\b"
)
_STOP_HIM = re.compile(r"\b(?:stop|stops|stopping)\b")

_THREAT_AGAIN = re.compile(r"\bthreat\w*|\bblackmail\w*")
_STOP_IT = re.compile(
    r"\b(?:can|could|will|does|is there) (?:anything|anyone|someone|something|a way)"
    r"(?: \w+)? (?:stop|to stop|that can stop|that stops) (?:that|it|this|him|her|them)\b"
    r"|\bhow (?:do|can) i stop (?:that|it|this|him|her|them)\b"
)
# Someone with power over the writer, told now or before.
_TRUST = re.compile(
    r"\b(?:coach|teacher|boss|manager|supervisor|tutor|instructor|trainer|pastor|priest"
    r"|youth leader|youth pastor|principal|babysitter|employer)\b"
)
# Not wanting to be alone with him, or what to do about the next shift or practice.
_ALONE = re.compile(
    r"\b(?:don'?t|dont|do not|never) want to (?:be )?(?:alone|by myself|on my own)"
    r" (?:with|around|near) (?:him|her|them)\b"
    r"|\b(?:scared|afraid|nervous|terrified) (?:to|of) (?:be(?:ing)? )?(?:alone|by myself)"
    r" (?:with|around) (?:him|her|them)\b"
    r"|\bwhat (?:do|should|can) i do (?:about|for|on) (?:my |the |this |next )?(?:saturday"
    r"|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|shift|shifts|practice"
    r"|work|training|class|lesson|game|weekend)\b"
    r"|\b(?:scared|afraid|nervous|terrified|don'?t want) to (?:go to|go back to|work|see him at)"
    r" (?:my |the )?(?:shift|work|practice|training|class|lesson)\b"
)

# After the held-not-shared answer: "so basically I can't force him?", "there's no way to make
# him delete them?".
_HELD_ANSWERS = frozenset(
    {
        "utter_held_not_shared",
        "utter_held_not_shared_order",
        "utter_held_not_shared_routes",
        "utter_held_not_shared_again",
    }
)
_CANT_FORCE = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|no way to|not able to|nothing (?:i can do )?to)"
    r" (?:really |legally |actually )?(?:force|make|get) (?:him|her|them)\b"
    r"|\b(?:so )?there'?s nothing (?:i can do|i can legally do|legally)\b"
    r"|\bno way to (?:force|make)\b"
)
# Sharing told in the same message (never "I sent them to him myself").
_NOT_HELD = re.compile(
    r"\b(?:posted|shared|threaten\w*|leaked)\b|\b(?:he|she|they) (?:sent|showed) (?:them|it) to\b"
)

# "can someone else ask him to delete it", "is there someone who can tell him to delete them".
_SOMEONE_ELSE = re.compile(
    r"\b(?:can|could|would|will|is there) (?:someone|somebody|anyone|anybody|a service"
    r"|an organi[sz]ation|someone else|somebody else)(?: else)?(?: who (?:can|could)| that can"
    r"| to)?"
    r" (?:ask|tell|get|contact|talk to|reach out to|message|call|make) (?:him|her|them)\b"
    r"|\b(?:someone|somebody) else (?:to )?(?:ask|tell|contact|talk to|deal with) (?:him|her"
    r"|them)\b"
)
# Scared to confront or talk to the person ("im kinda scared to confront him").
_SCARED_CONFRONT = re.compile(
    r"\b(?:scared|afraid|nervous|terrified|frightened|don'?t want|dont want|do not want)"
    r" (?:\w+ )?(?:to|of) (?:confront\w*|talk(?:ing)? to|ask(?:ing)?|fac(?:e|ing)"
    r"|bring it up with|say anything to) (?:him|her|them)\b"
    r"|\b(?:scared|afraid|nervous|terrified|frightened) (?:\w+ )?(?:of|to) (?:confront\w*)"
)
_DANGER_TOLD = re.compile(r"\b(?:hit|hurt|kill|weapon|knife|gun|beat|attack\w*)\b")

# A young writer asked for pictures by someone older.
_ASKED_FOR = re.compile(
    r"\b(?:ask\w*|beg\w*|want\w*|pressur\w*|bug\w*|push\w*|keeps? asking)\b[^.?!]{0,25}\b"
    + _IMAGES
    + r"\b|\b(?:send|sending) (?:him|her|them) (?:a |one|any|some)"
)
# "he'll stop talking to me if I don't", "she says she'll block me unless I send one".
_LEAVE_PRESSURE = re.compile(
    r"\b(?:stop talking to me|stop (?:texting|messaging|playing with) me|not talk to me"
    r"|won'?t talk to me|ignore me|unfriend me|block me|ghost me|dump me|break up with me"
    r"|leave me|be mad|be upset|hate me|not be my friend|stop being my friend)\b"
    r"[^.?!]{0,25}\b(?:if i (?:don'?t|dont|do not|won'?t|wont)|unless i)\b"
    r"|\b(?:if i (?:don'?t|dont|do not|won'?t|wont)|unless i)\b[^.?!]{0,30}\b(?:stop talking"
    r" to me|ignore me|unfriend me|block me|dump me|break up with me|leave me)\b"
)
# An older person's age told: "hes 19", "he's like 23", "a 19 year old guy", "an adult".
_OLDER_AGE = re.compile(
    r"\b(?:he|she|they)(?:'?s|'?re| is| are) (?:like |about |around |almost )?"
    r"(?:1[89]|[2-9]\d)\b"
    r"|\b(?:1[89]|[2-9]\d) ?(?:yo|y/o|yrs? old|years? old|year-old)\b"
    r"|\b(?:an adult|a grown man|a grown up|a grown-up|grown ass|a man)\b"
)
# "is it bad that he's 19 and I'm 14", "is that normal", "is it even illegal".
_IS_IT_BAD = re.compile(
    r"\bis (?:it|that|this) (?:even |really |actually |like )?(?:bad|wrong|illegal|ok|okay|allowed"
    r"|normal|weird|a problem|a big deal|legal|fine|creepy)\b"
    r"|\b(?:is|isn'?t) (?:he|she) (?:too old|allowed)\b|\btoo old for me\b"
)
_AGES_BOTH = re.compile(
    r"\b(?:1[89]|[2-9]\d)\b[^.?!]{0,30}\b(?:1[0-7])\b|\b(?:1[0-7])\b"
    r"[^.?!]{0,30}\b(?:1[89]|[2-9]\d)\b"
)
# "so it's maybe ok if i send him one?", "should i just send one", "can i send him a pic".
_SEND_ONE = re.compile(
    r"\b(?:ok|okay|fine|alright|allowed|legal)\b[^.?!]{0,15}\b(?:if|to) i (?:just )?send\b"
    r"|\b(?:should|can|could|may) i (?:just |maybe |still )?send (?:him|her|them)?"
    r" ?(?:one|a (?:pic|picture|photo|nude|selfie)|something|it|some|a few|just one)\b"
    r"|\bwhat if i (?:just )?send (?:him|her|them )?(?:one|a pic|something)\b"
)
# "what do i say to him so he's not mad", "how do i tell him no".
_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|can) i (?:even )?(?:say|tell|text|write|reply|answer)"
    r"(?: (?:to|back to))? (?:him|her|them)\b"
    r"|\bhow (?:do|should|can) i (?:even )?(?:say no|tell (?:him|her|them) no|reply|answer"
    r" (?:him|her|them))\b"
)


# The writer's own age: "im 14", "i'm only 13", "and im 15".
_WRITER_AGE = re.compile(r"\b(?:i'?m|im|i am|me)(?: only| just)? (\d{1,2})\b(?! ?(?:min|hour|day))")
# Under 16 with someone 18 or older: outside every close-in-age rule (bc-facts.md). A writer of
# 16 or 17, and anyone with a coach, boss or teacher, keep the older readers (the trust rule,
# "your choice" for a 16-year-old's boyfriend).
_YOUNGEST_OLDER_GAP = 16


def _writer_age(texts: list[str]) -> int | None:
    for text in reversed(texts):
        found = _WRITER_AGE.search(text)
        if found:
            return int(found.group(1))
    return None


def _young_asked_by_older(told: list[str], cleaned: str, is_minor: object) -> bool:
    texts = [*told, cleaned][-8:]
    if any(_TRUST.search(t) for t in texts):
        return False
    age = _writer_age(texts)
    if age is None or age >= _YOUNGEST_OLDER_GAP:
        return False
    asked = any(_ASKED_FOR.search(t) for t in texts)
    older = any(_OLDER_AGE.search(t) or _AGES_BOTH.search(t) for t in texts)
    return asked and older and young_now([*told, cleaned], is_minor)


def _kind(cleaned: str, told: list[str], previous: list[str], is_minor: object) -> list[str]:
    recent = [*told[-6:], cleaned]
    # 1. Images being sent around right now, no money or demand: the steps without "don't pay".
    if (
        _SHARING_NOW.search(cleaned)
        and _NOW_WORDS.search(cleaned)
        and not _DEMAND.search(cleaned)
        and not any(_DEMAND.search(t) for t in told[-3:])
    ):
        return [SHARING_NOW, TONIGHT_LINES]
    sharing_before = SHARING_NOW in previous or any(
        _SHARING_NOW.search(t) and _NOW_WORDS.search(t) for t in told[-2:]
    )
    if sharing_before and _WHICH_NUMBER.search(cleaned) and _STOP_HIM.search(cleaned):
        return [ONE_NUMBER_STOP]
    # The threat to control told again right after its answer ("can anything stop that"):
    # what can stop it, never the routes text twice in a row (round 26 p25 T3).
    if _THREAT_CONTROL_ANSWER in previous and (
        _THREAT_AGAIN.search(cleaned) or _STOP_IT.search(cleaned)
    ):
        return [THREAT_CONTROL_NEXT]
    # 2. Someone with power over the writer, and the next shift or practice.
    if any(_TRUST.search(t) for t in recent) and _ALONE.search(cleaned):
        young = young_now([*told, cleaned], is_minor)
        return [SHIFT_YOUNG if young else SHIFT_ADULT]
    # 3. "so basically I can't force him?" after the held-not-shared answer.
    if _HELD_ANSWERS & set(previous) and _CANT_FORCE.search(cleaned):
        if not _NOT_HELD.search(cleaned):
            return [CANT_FORCE]
    # 4. Someone else to ask him; scared to confront him.
    # "is there anyone who could contact him for me so i dont have to talk to him" (round 37 p22)
    if _SOMEONE_ELSE.search(cleaned) and (
        "delet" in cleaned
        or "remove" in cleaned
        or "get rid" in cleaned
        or re.search(r"\b(?:contact|message|talk to|tell) (?:him|her) for me\b", cleaned)
    ):
        return [SOMEONE_ELSE]
    if _SCARED_CONFRONT.search(cleaned) and not _DANGER_TOLD.search(cleaned):
        return [SCARED_CONFRONT]
    # 5. A young writer asked for pictures by someone older.
    if _young_asked_by_older(told, cleaned, is_minor):
        if _SEND_ONE.search(cleaned):
            return [SEND_ONE_YOUNG, YOUTH_ASKED_NEXT]
        if _WHAT_TO_SAY.search(cleaned):
            return [WHAT_TO_SAY_YOUNG]
        if _IS_IT_BAD.search(cleaned) or "too old" in cleaned:
            return [ADULT_ASKS_YOUNG, YOUTH_ASKED_NEXT]
        if _LEAVE_PRESSURE.search(cleaned) and not _DEMAND_MONEY.search(cleaned):
            return [PRESSURE_LEAVE_YOUNG, YOUTH_ASKED_NEXT]
    return []


_DEMAND_MONEY = re.compile(
    r"\$|\b(?:money|pay|paid|dollars|bucks|gift ?cards?|bitcoin|crypto|post|share|leak"
    r"|send (?:them|it) to)\b"
)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    earlier_actions: list[str] | None = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `earlier_actions`: every action before
    (the young writer's next steps are sent once in a conversation, beside a new answer)."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier]
    found = _kind(cleaned, told, previous, is_minor)
    if len(found) > 1 and YOUTH_ASKED_NEXT in (earlier_actions or []):
        found = [name for name in found if name != YOUTH_ASKED_NEXT]
    return fresh(found, previous)
