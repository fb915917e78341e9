"""Where does the person live? Read from a free-text message, place by place. Plain Python.

A place only answers "do you live in B.C.?" when it is the speaker's home: "I'm in Lethbridge,
my ex lives in Nanaimo" is Lethbridge; "moved to Surrey from Calgary" is Surrey; "he's in
Vancouver" and "I went to school in Vancouver" say nothing about the speaker's home. A place
with no clue around it ("Kelowna", "in Kamloops, he posted them") is taken as the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.content import value
from assistant.place_bodies import names_a_body

YES, NO = "yes", "no"
SELF, OTHER, PAST, UNKNOWN = "self", "other", "past", "unknown"
# A home still to come ("I'm moving to Vancouver next month"): not where the speaker lives now.
FUTURE = "future"

# A clause ends at punctuation or a joining word: "I'm in Lethbridge, it's my ex who ...".
_CLAUSE_END = re.compile(r"[,.;!?()]|\b(?:but|and|while|though|although|whereas)\b")


def _words(phrases: str) -> re.Pattern:
    """A pattern for any of the "|"-separated words or phrases, as whole words."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases.split("|")) + r")\b")


# Someone else's place: "my ex lives in", "he's in", "the guy is in", "who lives in".
_OTHER = _words(
    "he|she|they|he's|she's|they're|hes|shes|him|her|them|his|their|who|whos|who's"
    "|guy|man|woman|girl|person|ex|bf|gf|boyfriend|girlfriend|husband|wife|partner"
    "|friend|cousin|brother|sister|dad|mom|family|parents|coach|teacher|boss"
)
# The speaker's own place: "I live in", "I'm in", "we moved to", "my home is in".
_SELF = _words(
    "i|i'm|im|i've|ive|me|we|we're|my home|here in|home is"
    # "on our street in Salmon Arm": where the speaker lives, said through the place itself.
    "|our street|our house|our home|our neighbourhood|our neighborhood|our town|our apartment"
    "|my street|my house|my neighbourhood|my neighborhood|my town|my apartment"
)
# Strong words for a home: they beat a bare "I'm in ..." said in the same message.
_HOME_VERB = _words("live|lives|living|reside|resident|moved to|move to|moving to|based|home")
# Places the speaker is not living in now ("visit\w*" and "travell?ing" need a pattern).
_PAST = re.compile(
    r"\b(?:went to school|go to school|grew up|used to live|used to be|was born|visit\w*"
    r"|vacation|trip|travell?ing|was in|were in|from)\b"
    # Round 45 p09, round 46 p35: "an Airbnb I stayed at in Tofino", "I work in Vancouver but I
    # actually live in Blaine": a stay or a workplace is not a home.
    r"|\b(?:stayed|airbnb|hotel|motel|hostel|resort|my job is|work|works|working)\b"
    # Round 45 p38: "my permanent address being in Ontario", "my license is still Ontario".
    r"|\b(?:permanent address|licen[cs]e|hometown|home town)\b"
    # Round 23 (asks23, p33): "while I was still living in Victoria", "back when I lived in
    # Kelowna": a former home, never read as where the person lives now.
    r"|\b(?:while|when|back when|before|at the time) (?:i|we) (?:was |were )?(?:still )?"
    r"(?:liv(?:ed|ing)|lived)\b"
    r"|\b(?:i|we) (?:was|were) (?:still )?living\b"
)
_MOVED = _words("moved|move|moving|came|come|relocated")
# "a student from Washington State living in Vancouver" (round 33 p30): the place after "living
# in" is home now; the "from" before it names where the person comes from.
_LIVING_AFTER_FROM = re.compile(
    r"\bfrom\b(?:(?!\bfrom\b).)*\b(?:now )?(?:living|live|lives|based|staying|residing|reside)"
    r" (?:here )?(?:in|at)\s*$"
)
# A move still to come: "I'm moving to", "we'll move to", "planning to move to", "relocating to"
# (issue 16, helper h11a). "I just moved to Surrey" and "we moved to" are past (homes now).
_FUTURE_MOVE = re.compile(
    r"\b(?:moving|relocating|going to move|gonna move|about to move|planning to move|plan to move"
    r"|will move|will be moving|'ll move|'ll be moving|hope to move|want to move|hoping to move"
    r"|will be living|'ll be living|will live|'ll live)\s+(?:\w+\s+){0,3}?(?:to|in|into)\s*$"
)
# A home under a condition ("can I apply once I live in BC?", "when we move to Victoria"):
# still to come, not where the speaker lives now (simulated users round 9, p12).
_CONDITIONAL_HOME = re.compile(
    r"\b(?:once|when|after|as soon as)\s+(?:i|we)\s+(?:\w+\s+){0,2}?"
    r"(?:live|move|get|settle)\s+(?:\w+\s+)?(?:in|to|into)\s*$"
)
# A move told in the present tense ("I move to Victoria in January", "we move to Kelowna next
# month", "i go to BC soon"): not yet a home (round 19, p34). "I moved to" stays past/home.
_PRESENT_MOVE = re.compile(
    r"\b(?:i|we|me and \w+|my family|our family)\s+(?:\w+\s+)?"
    r"(?:move|go|relocate)\s+(?:\w+\s+)?(?:to|in|into)\s*$"
)
# "stop saying I live in B.C.", "I never said I lived in B.C.": the place is denied.
_DENIED_CLAIM = re.compile(
    r"\b(?:stop|quit)\s+(?:saying|telling me|assuming|thinking)\b"
    r"|\b(?:never|didn't|didnt|did not)\s+(?:say|said|tell you|told you)\b"
)
_NEGATION = re.compile(r"\b(?:not|don't|dont|do not|doesn't|no longer|never|left)\b(?!\s+sure)")
# Place names that are also everyday words ("I hope", "bc he posted it"): a place only after
# "in", "to", "from"... or as a short answer on its own.
AMBIGUOUS = frozenset({"bc", "hope", "trail", "golden", "mission", "delta", "terrace", "america"})
_PLACE_LEAD = re.compile(r"\b(?:in|to|from|near|at|around|outside|of|live|lives)\s+$")
SHORT_ANSWER_WORDS = 3


@dataclass(frozen=True)
class PlaceMention:
    place: str
    in_bc: bool
    owner: str  # SELF, OTHER, PAST or UNKNOWN
    strong: bool  # "I live in" rather than a bare "I'm in"
    negated: bool  # "I don't live in B.C."
    # Named in a question ("so there's nothing in B.C. I can do?", "what can I do in B.C.?")
    # with no "I live" or "I'm in" before it: where help is, not a home.
    asked: bool = False


@lru_cache(maxsize=1)
def _place_pattern() -> tuple[re.Pattern, frozenset[str]]:
    bc = [str(place).lower() for place in value("places.bc_places")]
    other = [str(place).lower() for place in value("places.non_bc_places")]
    names = sorted(set(bc) | set(other), key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    return pattern, frozenset(bc)


def _clause_before(text: str, start: int) -> str:
    before = text[:start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _owner(clause: str) -> str:
    """Whose place this clause names; the words nearest the place decide."""
    if _FUTURE_MOVE.search(clause) and not re.search(r"\bjust\s+mov", clause):
        return FUTURE
    if _CONDITIONAL_HOME.search(clause):
        return FUTURE
    if _PRESENT_MOVE.search(clause):
        return FUTURE
    if _PAST.search(clause) and not _LIVING_AFTER_FROM.search(clause):
        # "from Calgary" is a former home only after "moved"/"came"; "I'm from X" is home.
        from_only = re.search(r"\bfrom\s*$", clause) and not _MOVED.search(clause)
        if not from_only:
            return PAST
    last_other = max((m.end() for m in _OTHER.finditer(clause)), default=-1)
    last_self = max(
        (m.end() for m in _SELF.finditer(clause) if not _RELATIVE_LEAD.search(clause[: m.start()])),
        default=-1,
    )
    if last_other < 0 and last_self < 0:
        return UNKNOWN
    return OTHER if last_other > last_self else SELF


# "A guy I used to date moved to BC" (round 56 p19): the "I" of a clause that describes the
# other person is not the speaker's own move.
_RELATIVE_LEAD = re.compile(
    r"\b(?:guy|man|woman|girl|boy|person|someone|somebody|ex|dude|lady|one)\s+"
    r"(?:that\s+|who\s+|whom\s+)?$"
)


def _from_last_self(clause: str) -> str:
    """The clause from the speaker's last self word on ("she left them on our street in X":
    "left" is hers, not a move away)."""
    starts = [m.start() for m in _SELF.finditer(clause)]
    return clause[starts[-1] :] if starts else clause


# A town outside B.C. named with its state's or province's code ("I live in Bellingham WA",
# "near Portland, OR", "in calgary ab"): the town may be in no list, the code says where it is
# (round 22, p28: the check asked "Do you live in B.C.?" right after "I live in Bellingham WA").
# Upper case codes only, but for the few that are no English word; "CA" (Canada or California)
# is left out, and a lead word ("in", "near", "from") is needed before the town.
_REGION_CODE = re.compile(
    r"\b(?:in|to|near|from|outside|at) "
    r"(?P<town>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+,? (?:WA|OR|ID|MT|AK|NY|TX|FL|AZ|NV|AB|SK|MB"
    r"|QC|NS|NB|NL|PE|YT|NT|NU|(?i:wa|ab|sk|mb|qc|ont|alta|sask))"
    r"|(?:[a-z]+ ){0,2}[a-z]+,? (?:wa|ab|sk|mb|qc|ont))\b"
)


def _region_spans(text: str) -> list[tuple[int, int]]:
    return [m.span("town") for m in _REGION_CODE.finditer(text)]


def place_mentions(text: str) -> list[PlaceMention]:
    """Every known place named in `text`, with whose place it is."""
    cleaned = (text or "").lower().replace("\u2019", "'")
    # "I live and work in Surrey": a home (blanked to the same length, so offsets still match).
    cleaned = _LIVE_AND_WORK.sub(lambda m: m.group(1).ljust(len(m.group(0))), cleaned)
    pattern, bc_places = _place_pattern()
    short = len(cleaned.split()) <= SHORT_ANSWER_WORDS
    regions = _region_spans((text or "").replace("\u2019", "'"))
    found = [(start, end, False) for start, end in regions]
    for match in pattern.finditer(cleaned):
        if any(start <= match.start() < end for start, end in regions):
            continue  # "Vancouver WA": the code says which Vancouver
        found.append((match.start(), match.end(), match.group(0) in bc_places))
    mentions = []
    for start, end, in_bc in sorted(found):
        mention = _mention(cleaned, start, end, in_bc, short)
        if mention:
            mentions.append(mention)
    return mentions


def _mention(cleaned: str, start: int, end: int, in_bc: bool, short: bool) -> PlaceMention | None:
    """The place at cleaned[start:end], with whose place it is; None for a body's name or an
    everyday word."""
    place = cleaned[start:end]
    lead = _PLACE_LEAD.search(cleaned[:start])
    if place in AMBIGUOUS and not (lead or short):
        return None
    if names_a_body(cleaned, end):
        return None  # "the bc tribunal", "a B.C. law": a body's name, nobody's home
    if _TRIP_TO.search(cleaned[:start]) or _PLACE_AS_MODIFIER.match(cleaned[end:]):
        return None
    clause = _clause_before(cleaned, start)
    owner = _owner(clause)
    home_town = _HOME_THEN_REGION.search(cleaned[:start])
    if owner == UNKNOWN and home_town:
        # "I live in Blaine, Washington": the town is in no list, its state says where home is.
        clause = home_town.group(0).rstrip().rstrip(",")
        owner = _owner(_clause_before(clause, len(clause)))
    if owner == SELF and _ORIGINALLY.match(cleaned[end:]):
        owner = PAST  # "I'm from Calgary originally, moved to Victoria": a first home, not now
    return PlaceMention(
        place=place,
        in_bc=in_bc,
        owner=owner,
        strong=bool(_HOME_VERB.search(clause)),
        negated=owner == SELF
        and bool(_NEGATION.search(_from_last_self(clause)) or _DENIED_CLAIM.search(clause)),
        asked=not short
        and _in_question(cleaned, start, end)
        and not _HOME_VERB.search(clause)
        and not _BEING.search(clause),
    )


_LIVE_AND_WORK = re.compile(r"\b(live|living|lives) (?:and|&) work(?:s|ing)?\b")
# "I'm not driving to Vancouver" (round 72 p27, from Terrace): a trip's end, nobody's home.
# "I don't know the Nanaimo police number" (round 72 p07, staying in a rental there): the place
# names the police, not the writer's home (the "don't" was read as "I don't live in Nanaimo").
_PLACE_AS_MODIFIER = re.compile(
    r"\s+(?:police|rcmp|cops|detachment|non-emergency|courthouse|hospital|library|airbnb"
    r"|rental|hotel|motel|area code)\b"
    r"(?!\s+(?:area|region|district)\b)"  # "I'm in the Surrey RCMP area" is a home
)
_TRIP_TO = re.compile(
    r"\b(?:driv(?:e|ing)|drove|travel(?:l?ing)?|fly(?:ing)?|flew|commut(?:e|ing)|ferry(?:ing)?"
    r"|bus(?:sing)?|trip)(?: all the way| down| up| out| over)? (?:to|into)\s*$"
)
_HOME_THEN_REGION = re.compile(
    r"(?:^|[,.;!?]|\bbut\b)[^,.;!?]*\b(?:live|lives|living|based|reside\w*) (?:in|near) "
    r"[a-z][a-z' -]{1,30},\s*$"
)
_ORIGINALLY = re.compile(r"\s*,?\s*(?:originally|at first|by birth|but (?:i|we) (?:now )?live)\b")
_BEING = _words("i'm|im|i am|we're|we are|here in|my home|our")


_ASKS = re.compile(
    r"^\s*(?:(?:so|and|but|ok|okay|then)[\s,]+)?(?:what|how|can|could|is|are|do|does|where|who"
    r"|which|should|would|will|any|anything|isn'?t|there'?s nothing|nothing)\b"
)


def _in_question(text: str, start: int, end: int) -> bool:
    """Whether the sentence the place is in is a question ("?" or a question word first)."""
    rest = re.match(r"[^.!?]*([.!?]?)", text[end:])
    if rest and rest.group(1) == "?":
        return True
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
    return bool(_ASKS.match(text[sentence_start:start]))


def home_from_text(text: str) -> str | None:
    """'yes' (the speaker lives in B.C.), 'no', or None when no place is the speaker's home.

    The speaker's own places count first (a strong "I live in" over a bare "I'm in", the last
    one when several: a correction comes after what it corrects), then places with no clue.
    """
    mentions = place_mentions(text)
    for owner in (SELF, UNKNOWN):
        # A place named in a question asks about help there: no home.
        own = [m for m in mentions if m.owner == owner and not m.asked]
        if not own:
            continue
        strong = [m for m in own if m.strong] or own
        chosen = strong[-1]
        if chosen.negated and chosen.in_bc and any(m.in_bc and not m.negated for m in own):
            # "I'm in Fort St John, not Vancouver" (round 41 p23): a B.C. town named as home,
            # another B.C. town denied.
            return YES
        if chosen.negated:
            # "I don't live in B.C." is a no; "not in Alberta anymore" says nothing sure.
            return NO if chosen.in_bc else None
        return YES if chosen.in_bc else NO
    return None


def moves_to_bc(text: str) -> bool:
    """'I'm moving to Kelowna next month': a B.C. home still to come (not one now)."""
    return any(m.owner == FUTURE and m.in_bc for m in place_mentions(text))
