"""Read ages and "position of authority or trust" from a short message. Plain Python.

Handles "I'm 14 and he's 19", "he's 20, I'm 15", "i am 13 he is 15", "fourteen", "14yo",
"17 y/o", "my bf is 2 years older", "we're both 15", "she is my teacher", "he's my coach".
Each number is given to the speaker ("self") or the other person by the nearest word before
it that says who (I'm / me / he / she / my bf ...). "a 19 year old" is the other person unless
the speaker says "I'm a ...". Numbers with no clue are returned in order in `unassigned`.
Nothing here decides the law; see assistant.age_rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Who a number belongs to. Longest phrases first so "i'm" wins over "i".
SELF_CUES = (
    "i am", "i'm", "im", "i was", "iam", "i", "me", "myself", "my age", "i turned",
)  # fmt: skip
# A child or other relative named before a number: the number is theirs, never the writer's
# ("I am writing about my grandson who is 13" gave a grandmother the youth lines, round 64 p13).
# Their number is left unassigned, as if no cue came before it.
THIRD_CUES = (
    "son", "daughter", "grandson", "granddaughter", "niece", "nephew", "stepson",
    "stepdaughter", "my kid", "our kid", "my child", "our child", "my student", "a student",
    "my sister", "my brother", "my cousin", "little sister", "little brother", "my grandchild",
)  # fmt: skip
BOTH_CUES = ("we're both", "we are both", "were both", "both of us are", "both")
OTHER_CUES = (
    "he's", "hes", "he is", "he was", "he", "she's", "shes", "she is", "she was", "she",
    "they're", "they are", "they", "him", "her", "his age", "her age", "their age", "them",
    "my bf", "bf", "my gf", "gf", "boyfriend", "girlfriend", "partner", "friend", "guy",
    "girl", "man", "woman", "person", "other person", "with", "dating", "date", "ex",
    "teacher", "coach", "boss", "manager", "crush", "someone", "somebody",
)  # fmt: skip

# "a position of authority, power or trust" (service page examples and common words for them).
AUTHORITY_WORDS = (
    "teacher", "coach", "boss", "manager", "supervisor", "employer", "doctor", "nurse",
    "dentist", "therapist", "counsellor", "counselor", "babysitter", "baby sitter", "nanny",
    "police", "cop", "officer", "principal", "tutor", "instructor", "professor", "pastor",
    "priest", "youth leader", "youth pastor", "leader", "guardian", "foster", "social worker",
    "step dad", "stepdad", "step-dad", "stepfather", "step mom", "stepmom", "step-mom",
    "stepmother", "dad", "father", "mom", "mother", "uncle", "aunt", "cousin", "brother",
    "sister", "grandpa", "grandfather", "family member", "relative", "in charge of me",
    "trainer", "lifeguard", "camp counsellor", "doctor", "landlord",
    # Round 42 p24: "an EA at my school" (an educational assistant is school staff).
    "ea", "educational assistant", "education assistant", "teaching assistant", "teacher's aide",
    "teachers aide", "school staff",
)  # fmt: skip
# Words for people on an equal footing: "he's my boyfriend" answers the trust question with no.
PEER_WORDS = (
    "boyfriend", "girlfriend", "bf", "gf", "friend", "classmate", "partner", "crush",
    "date", "ex", "guy from school", "someone from school", "stranger", "online",
)  # fmt: skip
NEGATIONS = re.compile(r"\b(?:not|isn't|isnt|aren't|arent|never|wasn't|wasnt)\b")
# An authority word counts when it names the person: "my coach", "a teacher", "the 25yo cop".
# Round 29 (young31, p14): "the assistant coach on my volleyball team": a word that says which
# one may come between ("assistant", "head", a sport or a subject), never someone else's.
_ROLE_KIND = (
    r"(?:assistant|asst|head|volleyball|hockey|soccer|basketball|baseball|football|swim|swimming"
    r"|dance|gym|piano|music|math|science|art|drama|school|sports?|team|karate|tennis|track"
    r"|skating|riding|camp|church|youth|former|new)"
)
# Never the writer's own job ("I'm a school counsellor": a helper, not the one in a position of
# trust over the writer).
_AUTHORITY_LEAD = re.compile(
    r"\b(?:my|our|a|an|the|old|yo|is|was|as|he's|she's)\s+$"
    r"|(?<!\bi'm )(?<!\bim )(?<!\bi am )(?<!\bas )\b(?:my|our|a|an|the)\s+"
    rf"(?:{_ROLE_KIND}\s+){{1,2}}$"
)

_NUMBER = r"-?\d{1,3}(?:\.\d+)?"
_OFFSET = re.compile(
    rf"(?P<n>{_NUMBER})\s*(?:-|\s)?\s*(?:years?|yrs?|y)\s*(?P<dir>older|younger)"
    r"(?:\s+than\s+(?P<than>me|him|her|them|my \w+|i am|i'm|im))?"
)
_AGE = re.compile(rf"(?<![\w.])(?P<n>{_NUMBER})(?![\d])")
_PHONE_NUMBER = re.compile(
    r"(?<![\w.])(?:\d{1,3}(?:[-.]\d{3}){1,2}(?:[-.]\d{4})?|\d{3}-\d{4}|9-?1-?1|9-?8-?8"
    r"|9 1 1|9 8 8)(?![\w])"
)
# "for 4 more weeks", "3 days ago", "10 ppl": a count of time or people, never an age (round
# 48 p17: "I'm still in Toronto for 4 more weeks" read as a 4-year-old).
_COUNT_NOT_AGE = re.compile(
    r"(?<![\w.])\d{1,3}(?= (?:more |other |whole |full )?(?:weeks?|wks?|days?|months?|mos?|hours?"
    r"|hrs?|minutes?|mins?|times|ppl|people|persons|guys|friends|pics|photos|pictures|videos"
    r"|messages|texts)\b)"
)
# Money written as money is never an age: an amount after "$" or with a thousands comma was read
# as a 0-year-old (round 55 p10: a 67-year-old asking whether to pay was told "Because you're
# under 18" three times). Only those two forms: older conversations read "paid 300" their way.
_MONEY_NOT_AGE = re.compile(r"\$\s?\d[\d,.]*|(?<![\w.])\d{0,3}(?:,\d{3})+(?![\w])")
_WORD_NUMBER = re.compile(
    r"\b(?:(?P<tens>"
    + "|".join(TENS)
    + r")(?:[\s-]+(?P<unit>"
    + "|".join(k for k in UNITS if 1 < UNITS[k] < 10)
    + r"|one))?|(?P<only>"
    + "|".join(UNITS)
    + r"))\b"
)
# A number followed by one of these is not an age ("5 pics", "3 times", "2 weeks ago"); "im 17
# am i in trouble" is an age and a question, not 17 a.m. (round 17, p26).
_NOT_AGE_AFTER = re.compile(
    r"^\s*(?:years?\b|yrs?\b|pics?|photos?|pictures?|images?|videos?|vids?|times?|hours?|hrs?|days?|weeks?|"
    r"months?|mins?|minutes?|am\b(?! i\b)|pm\b|%|\$|dollars?|people|of (?:us|them)|grade"
    # "like 20 ppl saw it" (round 40 p17: read as a 20-year-old who asked for a picture)
    r"|ppl\b|persons?\b|followers?\b|friends\b|kids\b|guys\b|girls\b|students\b|classmates\b"
    r"|bucks\b|messages?\b|texts\b|views\b|likes\b|others\b"
    # "I have until 9 o'clock tonight" (round 36 p09, a 67-year-old): a time, not an age.
    r"|o'?clock\b|:\d)"
)
# "since I'm almost 18", "turning 17 soon": an age the person is coming to, nobody's age now
# (it was read as the other person's and headed the answer with it).
_NOT_AGE_BEFORE = re.compile(
    r"(?:grade|\$|#|number|no\.|almost|nearly|turning|turn|about to be|soon to be|going on"
    # "i called 988", "texted 911": a number dialled, not an age (round 12's replays).
    r"|call|called|calling|text|texted|texting|dial|dialed|dialled|phoned|rang|ringing"
    # "until 9", "by 10", "before 8": a deadline's hour (round 36 p09).
    r"|until|till|til|by|before)\s*$"
)
# "photos from the 80s", "in the early 90s": a decade, not an age ("in his 40s" stays an age).
_DECADE_AFTER = re.compile(r"^'?s\b")
_DECADE_BEFORE = re.compile(r"\b(?:the|early|late|mid|mid-)\s*'?\s*$")
# Only this much of a message is read: the work grows faster than the text, and every channel
# refuses longer messages anyway (assistant.channels.inbound). Ages come early in a message.
MAX_PARSE_CHARS = 1000


@dataclass
class ParsedAges:
    """What one message says. `age` is the speaker's (or first person's) age."""

    age: int | None = None
    other_age: int | None = None
    # The other person is this many years older (negative: younger) than the speaker.
    other_offset: int | None = None
    authority: bool | None = None
    unassigned: list[int] = field(default_factory=list)
    # True when the speaker gave their own age ("I'm 14"), not a hypothetical pair.
    self_stated: bool = False

    def found_anything(self) -> bool:
        return (
            self.age is not None
            or self.other_age is not None
            or self.other_offset is not None
            or self.authority is not None
            or bool(self.unassigned)
        )


def normalise(text: str) -> str:
    """Lower-case, plain apostrophes, number words as digits ("twenty-one" -> "21")."""
    text = str(text).lower().replace("\u2019", "'").replace("\u2018", "'")

    def to_digits(match: re.Match) -> str:
        if match.group("only"):
            return str(UNITS[match.group("only")])
        unit = match.group("unit") or ""
        return str(TENS[match.group("tens")] + (1 if unit == "one" else UNITS.get(unit, 0)))

    text = _WORD_NUMBER.sub(to_digits, text)
    # "14yo", "17y/o", "16y.o.", "15 yrs old" -> the number alone, marked as an age.
    return re.sub(r"(\d)\s*(?:yo|y/o|y\.o\.?|yrs? old|years? old|year old)\b", r"\1 yo", text)


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(cues, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(c) for c in ordered) + r")(?![\w'])")


_SELF = _cue_pattern(SELF_CUES)
_BOTH = _cue_pattern(BOTH_CUES)
_OTHER = _cue_pattern(OTHER_CUES)
_THIRD = _cue_pattern(THIRD_CUES)
_AUTHORITY = _cue_pattern(AUTHORITY_WORDS)
_PEER = _cue_pattern(PEER_WORDS)


def _cues(text: str) -> list[tuple[int, str]]:
    """(position, role) of every word that says who a following number belongs to."""
    found: list[tuple[int, int, str]] = []
    for pattern, role in (
        (_BOTH, "both"),
        (_SELF, "self"),
        (_OTHER, "other"),
        (_THIRD, "unassigned"),
    ):
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), role))
    # Drop cues inside a longer cue ("i" inside "i'm" is already excluded by the pattern,
    # but "he" inside "he's" from another list is not).
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, str]] = []
    for start, end, role in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, role))
    return [(start, role) for start, _end, role in kept]


def _role_for(text: str, position: int, cues: list[tuple[int, str]], last_number_at: int) -> str:
    before = text[:position]
    # "a 19 year old" / "an 18yo": someone else, unless "I'm a 15 year old".
    if re.search(r"\b(?:a|an)\s*$", before):
        if re.search(r"(?:i'm|im|i am)\s+an?\s*$", before):
            return "self"
        return "other"
    previous = [role for at, role in cues if last_number_at <= at < position]
    return previous[-1] if previous else "unassigned"


# Someone named who only acts or is told, not the person who asked for or shared the images
# (round 40 p10: "the school principal took some of them" made her 18-year-old boyfriend a
# person in authority).
_THIRD_PARTY_BEFORE = re.compile(
    r"\b(?:tell|told|telling|ask|asking|show|showed|call|calling|inform|warn)\s+(?:my|our|the|a"
    r"|her|his)\s+(?:\w+\s+)?$"
)
_THIRD_PARTY_AFTER = re.compile(
    r"\s+(?:took|confiscated|found|caught|called|saw|noticed|knows|found out|took away)\b"
)


def _authority(text: str) -> bool | None:
    """True for "he's my teacher", False for "he's my boyfriend" or "not my teacher"."""
    for match in _AUTHORITY.finditer(text):
        if not _AUTHORITY_LEAD.search(text[: match.start()]):
            continue
        if _THIRD_PARTY_BEFORE.search(text[: match.start()]) or _THIRD_PARTY_AFTER.match(
            text[match.end() :]
        ):
            continue  # "the school principal took the copies", "will you tell my mom"
        window = text[max(0, match.start() - 20) : match.start()]
        return not NEGATIONS.search(window)
    if _PEER.search(text):
        return False
    return None


def parse_ages(text: str) -> ParsedAges:
    """Read the ages and the authority clue in `text`. Never raises."""
    result = ParsedAges()
    if not isinstance(text, str) or not text.strip():
        return result
    clean = normalise(text[:MAX_PARSE_CHARS])
    # Phone numbers are never ages: "I called 9-1-1" read as age 1, "ring the 1-833 number" as 1
    # (round 42 p06: a 68-year-old got the youth block).
    clean = _PHONE_NUMBER.sub(lambda match: " " * len(match.group(0)), clean)
    clean = _COUNT_NOT_AGE.sub(lambda match: " " * len(match.group(0)), clean)
    clean = _MONEY_NOT_AGE.sub(lambda match: " " * len(match.group(0)), clean)
    result.authority = _authority(clean)

    offset_match = _OFFSET.search(clean)
    if offset_match:
        years = int(float(offset_match.group("n")))
        sign = 1 if offset_match.group("dir") == "older" else -1
        before = clean[: offset_match.start()]
        subject_cues = _cues(before[-25:])
        speaker_is_subject = bool(subject_cues) and subject_cues[-1][1] == "self"
        than = offset_match.group("than") or ""
        if than in ("him", "her", "them") or than.startswith("my "):
            speaker_is_subject = True
        result.other_offset = -sign * years if speaker_is_subject else sign * years
        # Blank the offset so its number is not read as an age.
        clean = (
            clean[: offset_match.start()]
            + " " * len(offset_match.group(0))
            + clean[offset_match.end() :]
        )

    cues = _cues(clean)
    mentions: list[tuple[str, int]] = []
    last_number_at = 0
    for match in _AGE.finditer(clean):
        after, before = clean[match.end() :], clean[: match.start()]
        if _NOT_AGE_AFTER.match(after) or _NOT_AGE_BEFORE.search(before):
            continue
        if _DECADE_AFTER.match(after) and _DECADE_BEFORE.search(before):
            continue
        number = int(float(match.group("n")))
        role = _role_for(clean, match.start(), cues, last_number_at)
        mentions.append((role, number))
        last_number_at = match.end()

    for role, number in mentions:
        if role == "both":
            result.age = number if result.age is None else result.age
            result.other_age = number if result.other_age is None else result.other_age
            result.self_stated = True
        elif role == "self" and result.age is None:
            result.age = number
            result.self_stated = True
        elif role == "other" and result.other_age is None:
            result.other_age = number
        else:
            result.unassigned.append(number)
    return result


def _first_new(spare: list[int], known: int | None) -> int:
    """Index of the first spare number that is not the age already known: "a 13 year old? my
    daughter is 13 and her boyfriend is 15" names the daughter twice, so the pair is 13 and 15,
    not 13 and 13. A repeat is used only when nothing else is left ("both are 13")."""
    return next((i for i, number in enumerate(spare) if number != known), 0)


def resolve_pair(parsed: ParsedAges) -> tuple[int | None, int | None]:
    """Both ages from one message: unassigned numbers fill the gaps, speaker first.

    "is it legal for a 14 and a 19 year old" gives (19, 14) or (14, 19): the rules are the
    same from both sides, so the order does not matter for the answer.
    """
    age, other = parsed.age, parsed.other_age
    spare = list(parsed.unassigned)
    if age is None and spare:
        age = spare.pop(_first_new(spare, other))
    if other is None and spare:
        other = spare.pop(_first_new(spare, age))
    if other is None and age is not None and parsed.other_offset is not None:
        other = age + parsed.other_offset
    if age is None and other is not None and parsed.other_offset is not None:
        age = other - parsed.other_offset
    return age, other
