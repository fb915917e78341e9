"""Who is writing, and about whom (simulated users round 16, kind 2: "wrong frame for who is
writing"). Plain Python over the latest message, the earlier ones and the bot's earlier
replies; the InterruptPolicy answers the kind (one hook). Every answer says only what
shared/source/service-page.txt and bc-facts.md say; where they are silent it says so.

- The one who would share a partner's image "if she says ok" (p29): the law he would be under
  (adults: her consent to this sharing, his job to make sure of it, she can take it back;
  sharing without consent can be a crime), never the under-18 rule for two adults, never "you
  can take back your consent" (it is hers), never the fallback for "does my buddy have to
  delete it?".
- A young person asked for images by a teacher or coach, asking whether HE will get in
  trouble or be fired (p21): what happens to him is not on them, never a threat to their own
  job; the correction "no, HIM" gets the same answer with a sorry.
- That young person afraid of losing a place ("he'll cut me from the team", p06): the fear
  answered (no check-in: assistant/calm_messages.place_lost).
- Someone helping an adult (a wife, a husband, a sister of 34) asking about police or crime
  (p20): the adults' answer (s. 162.1, the police non-emergency line, no report needed for
  the legal service), never the under-18 reporting answer, never "see above".
- A worker asking for clients about income (p15): the criteria for the person, never "free for
  you"; anyone asking whether the tribunal's damages limit is still the old one: the limit now,
  and that it was $5,000 before (bc-facts.md).
"""

from __future__ import annotations

import re

from assistant.calm_messages import _PLACE_LOST
from assistant.plain_text import plain_lower
from assistant.staff_reading import is_staff

SHARE_ADULTS = "frame_share_adults"
SHARE_NO_AGE = "frame_share_no_age"
SHARE_ADULTS_HEARD = "frame_share_adults_heard"
SHARE_ADULTS_AGAIN = "frame_share_adults_again"
SHARE_YOUNG = "frame_share_young"
SHARE_WITHDRAWN = "frame_share_withdrawn"
SHARE_KEEPER = "frame_share_keeper"
ASKER_TROUBLE = "frame_asker_trouble"
ASKER_TROUBLE_HEARD = "frame_asker_trouble_heard"
ASKER_TROUBLE_AGAIN = "frame_asker_trouble_again"
# Round 23 (p09, asks23): "i dont want him fired ... will he know it was me if i report": both.
ASKER_TROUBLE_REPORT = "frame_asker_trouble_report"
ASKER_PLACE = "frame_asker_place"
ASKER_PLACE_REPORT = "frame_asker_place_report"
HELPER_POLICE = "frame_helper_police_adult"
HELPER_POLICE_ABROAD = "frame_helper_police_adult_abroad"
HELPER_POLICE_AGAIN = "frame_helper_police_adult_again"
HELPER_NO_POLICE = "frame_helper_no_police"
CRT_LIMIT_NOW = "frame_crt_limit_now"
STAFF_INCOME = "frame_staff_income"

_HEARD = "utter_frame_share_heard"
ANSWERS: dict[str, list[str]] = {
    SHARE_ADULTS: ["utter_frame_share_adults"],
    SHARE_NO_AGE: ["utter_frame_share_adults", "utter_frame_share_under_18"],
    SHARE_ADULTS_HEARD: ["utter_frame_share_adults_heard", "utter_frame_share_adults"],
    SHARE_ADULTS_AGAIN: ["utter_frame_share_adults_again"],
    SHARE_YOUNG: ["utter_under_18_images", "utter_under_18_images_more"],
    SHARE_WITHDRAWN: ["utter_frame_share_withdrawn"],
    SHARE_KEEPER: ["utter_frame_share_keeper"],
    f"{SHARE_WITHDRAWN}_heard": [_HEARD, "utter_frame_share_withdrawn"],
    f"{SHARE_KEEPER}_heard": [_HEARD, "utter_frame_share_keeper"],
    ASKER_TROUBLE: ["utter_frame_asker_trouble", "utter_frame_asker_next"],
    ASKER_TROUBLE_HEARD: [
        "utter_frame_asker_heard",
        "utter_frame_asker_trouble",
        "utter_frame_asker_next",
    ],
    ASKER_TROUBLE_AGAIN: ["utter_frame_asker_trouble_again"],
    ASKER_TROUBLE_REPORT: [
        "utter_frame_asker_trouble",
        "utter_told_person_report",
        "utter_frame_asker_next",
    ],
    ASKER_PLACE: ["utter_frame_asker_place"],
    ASKER_PLACE_REPORT: ["utter_told_person_report", "utter_frame_asker_place"],
    HELPER_POLICE: ["utter_frame_helper_police_adult"],
    HELPER_POLICE_ABROAD: [
        "utter_frame_helper_police_adult",
        "utter_frame_helper_police_abroad",
    ],
    HELPER_POLICE_AGAIN: ["utter_frame_helper_police_adult_again"],
    HELPER_NO_POLICE: ["utter_frame_helper_no_police"],
    CRT_LIMIT_NOW: ["utter_frame_crt_limit_now"],
    STAFF_INCOME: ["utter_frame_staff_income"],
}
KINDS = frozenset(ANSWERS)
# Answers that hold all they need: no second half is added to them.
NO_HALVES = KINDS

# --- The one who would share a partner's image ------------------------------------------------
_PARTNER = r"(?:gf|girlfriend|bf|boyfriend|wife|husband|partner|fiancee?|missus|girl|man)"
_IMAGE = (
    r"(?:nudes?|naked (?:pics?|photos?|pictures?)|pics?|photos?|pictures?|videos?|vids?|images?"
    r"|sexts?|sex tape|selfies?)"
)
_VERB = r"(?:send|sending|show|showing|share|sharing|forward|forwarding|post|posting|airdrop|pass)"
_WOULD_SHARE = re.compile(
    rf"\b{_VERB} (?:a |an |the |some |this |that |one |one of )?(?:(?:her|his) )?{_IMAGE} of"
    rf" (?:my |her |his )?{_PARTNER}\b"
    rf"|\b{_VERB} (?:my |her |his )?{_PARTNER}(?:'?s (?:\w+ )?| ){_IMAGE}\b"
)
_RECIPIENT = (
    r"(?:buddy|buddies|friend|friends|bro|boys|mates?|pal|brother|sister|cousin|roommate|group"
    r"|group chat|the guys|guy)"
)
_HER_IMAGE_ON = re.compile(
    rf"\b{_VERB} (?:her|his) (?:\w+ )?{_IMAGE} (?:to|with) (?:my|a|the|some|his|her|our) (?:\w+ )?"
    rf"{_RECIPIENT}\b|\b{_VERB} (?:my|a|the) (?:\w+ )?{_RECIPIENT} (?:her|his) (?:\w+ )?{_IMAGE}\b"
)
_PARTNER_SAID = re.compile(rf"\bmy {_PARTNER}\b|\b(?:she'?s|shes|he'?s) my {_PARTNER}\b")


_OWN_IMAGE = re.compile(r"\b(?:of me|of myself|my own)\b")


def _would_share(text: str) -> bool:
    if _OWN_IMAGE.search(text):
        return False
    return bool(
        _WOULD_SHARE.search(text) or (_HER_IMAGE_ON.search(text) and _PARTNER_SAID.search(text))
    )


# The writer asks before doing it, or says she agreed: a would-be sharer, not a story.
_BEFORE = re.compile(
    r"\b(?:is it|would it be|would that be|is that|its|it's) (?:still )?(?:illegal|legal|ok"
    r"|okay|allowed|against the law|a crime|fine|alright)\b|\bcan i\b|\bcould i\b|\bam i allowed"
    r"|\bif (?:she|he|they) (?:says?|said|agrees?|agreed|is ok|is okay|is fine|consents?"
    r"|gives?)\b|\b(?:she|he|they) (?:said|says) (?:it was |its |it's |it is )?(?:ok|okay|fine"
    r"|yes|cool|alright)\b|\bwith (?:her|his|their) (?:permission|consent|ok|okay|yes)\b"
    r"|\b(?:she|he) (?:agreed|agrees|consented|is fine with|is ok with|doesn'?t mind)\b"
    r"|\bi (?:want|wanna|would like|was going|am going|m going|plan|planned) to\b"
)
_NOT_HEARD = re.compile(
    r"\bnot my consent\b|\b(?:its|it's|it is) (?:her|his) consent\b|\bits hers\b|\bit's hers\b"
    r"|\b(?:i'?m|im|i am) the one (?:sending|sharing|showing)\b"
)
_AGE = re.compile(
    r"\b(?:we'?re|we are|were|im|i'?m|i am|she'?s|she is|hes|he'?s|he is|both|aged?|turned)"
    r" (?:both |all |only |just |already )?(\d{1,2})\b|\b(\d{1,2}) ?(?:yo|y/o|years? old|yrs?)\b"
)
_ADULTS_SAID = re.compile(
    r"\bnot under 18\b|\bover 18\b|\b(?:both|all) adults\b|\b(?:she'?s|she is|shes|we'?re|were"
    r"|we are) (?:both |all )?(?:an )?adults?\b|\b18 or older\b"
)
_SO_FINE = re.compile(
    r"\b(?:its|it's|it is|that'?s|thats|is it|is that) (?:fine|ok|okay|legal|allowed|alright"
    r"|good)\b|\b(?:says?|said) yes\b|\bnot under 18\b|\b(?:we'?re|were|we are) (?:both )?\d{2}\b"
)
_WITHDRAWN = re.compile(
    r"\b(?:change|changes|changed|changing) (?:her|his|their) mind\b|\btakes? (?:it|that|her"
    r" (?:consent|yes|ok)|his (?:consent|yes)) back\b|\btake back\b|\bwithdraw\w*|\brevok\w*"
    r"|\bsays? no (?:later|after)\b|\bno longer (?:ok|okay|wants?|fine)\b"
    r"|\b(?:isn'?t|is not|not) (?:ok|okay|fine) with it (?:any ?more|later|after)\b"
)
_KEEPER = re.compile(
    r"\b(?:does|do|would|will|should|must|has|have|is|would|can) (?:my |the )?(?:buddy|friend"
    r"|bro|mate|pal|guy|he|him|they|them)\b[^.?!]{0,30}\b(?:delete|erase|get rid|remove|keep"
    r"|keeps|keeping|in trouble|charged|breaking the law)\b"
    r"|\b(?:get|make|ask|tell) (?:him|my buddy|my friend|them|the guy) (?:to )?(?:delete|erase"
    r"|remove|get rid)\b|\b(?:he|my buddy|my friend) (?:keeps|keeping|still has)\b"
)


def _ages(texts: list[str]) -> list[int]:
    found: list[int] = []
    for text in texts:
        for match in _AGE.finditer(text):
            number = int(match.group(1) or match.group(2))
            if 10 <= number <= 99:
                found.append(number)
    return found


def _share_frame(texts: list[str]) -> bool:
    return any(_would_share(text) and _BEFORE.search(text) for text in texts)


def _share_kind(cleaned: str, said: list[str], given: list[str], previous: list[str]) -> str | None:
    if not _share_frame(said[-10:]):
        return None
    ages = _ages(said[-10:])
    young = any(age < 18 for age in ages) and not _ADULTS_SAID.search(" ".join(said[-10:]))
    if young:  # the under-18 rule, asked first; later questions keep the under-18 answers
        first_asked = _would_share(cleaned) and _BEFORE.search(cleaned)
        return SHARE_YOUNG if first_asked and "utter_under_18_images" not in given else None
    adults = bool(ages) or bool(_ADULTS_SAID.search(" ".join(said[-10:])))
    heard = bool(_NOT_HEARD.search(cleaned))
    withdrawn = bool(_WITHDRAWN.search(cleaned))
    keeper = bool(_KEEPER.search(cleaned))
    if withdrawn or keeper:
        if withdrawn and "utter_frame_share_withdrawn" not in given:
            kind = SHARE_WITHDRAWN
        else:
            kind = SHARE_KEEPER
        return f"{kind}_heard" if heard else kind
    first = _would_share(cleaned) and _BEFORE.search(cleaned)
    age_after = bool(_ages([cleaned])) and "utter_frame_share_under_18" in previous
    if first or age_after or _SO_FINE.search(cleaned) or _ADULTS_SAID.search(cleaned):
        if "utter_frame_share_adults_again" in previous:
            return SHARE_ADULTS
        if "utter_frame_share_adults" in given:
            return SHARE_ADULTS_AGAIN
        if not first and (adults or _ADULTS_SAID.search(cleaned)):
            return SHARE_ADULTS_HEARD  # the age said again after an answer that missed it
        return SHARE_ADULTS if adults else SHARE_NO_AGE
    return None


# --- A young person asked for images by someone with trust or power ---------------------------
_TRUSTED = (
    r"(?:teacher|coach|tutor|instructor|principal|vice principal|counsell?or|pastor|youth leader"
    r"|leader|trainer|babysitter|music teacher|prof|professor|sensei|scout leader)"
)
_ASKED_BY_TRUSTED = re.compile(
    # Round 29 (young31, p14): "the assistant coach on my volleyball team ... asking for pics".
    rf"\b(?:my|the|our) (?:\w+ ){{0,2}}{_TRUSTED}\b[^.!?]{{0,60}}\b(?:ask\w*|want\w*|beg\w*"
    r"|pressur\w*|send)\b"
    rf"|\b{_TRUSTED}\b[^.!?]{{0,40}}\b(?:ask\w*|want\w*|beg\w*|pressur\w*) me\b"
)
_SOMEONE_ELSES = re.compile(
    r"\bmy (?:daughter|son|kid|child|student|niece|nephew|sister|brother|friend|granddaughter"
    r"|grandson)\b|\b(?:her|his|their) (?:\w+ )?(?:teacher|coach|tutor|instructor)\b"
)
_HIM_IN_TROUBLE = re.compile(
    r"\b(?:will|would|could|can|is|does|did|might) (?:he|she|they|my teacher|my coach"
    r"|the teacher|the coach)\b[^.!?]{0,25}\b(?:in trouble|fired|arrested|charged|caught"
    r"|suspended|jail|prison|lose (?:his|her|their) job|lose (?:his|her|their) (?:license|licence"
    r"|certificate))\b"
    r"|\b(?:he|she)(?:'?ll|ll|'?d| will| would| could| might| is going to| is gonna| gonna| can)?"
    r" (?:get|be|go|lose|getting|going) (?:\w+ ){0,2}(?:in trouble|fired|arrested|charged"
    r"|suspended|to jail|to prison|(?:his|her) job)\b"
    r"|\b(?:him|her|them) (?:getting|get|to get|being|to be|gets) (?:fired|in trouble|arrested"
    r"|charged|suspended)\b|\b(?:get|getting) (?:him|her|them) (?:fired|in trouble|arrested"
    r"|charged|suspended)\b"
)
_MY_OWN_TROUBLE = re.compile(r"\b(?:will|would|could|am) (?:i|me)\b[^.!?]{0,15}\bin trouble\b")
_CORRECTED = re.compile(
    r"^(?:no|nope|nah|not me)\b|\bnot (?:me|my boss|my job)\b|\bi (?:dont|don'?t|do not) (?:have"
    r" a|even have a) job\b|\bi (?:meant|mean) (?:him|her|them)\b|\b(?:him|her),? not me\b"
)


def _young(said: list[str]) -> bool | None:
    ages = _ages(said)
    if not ages:
        return None
    return ages[-1] < 18


def _asker_kind(cleaned: str, said: list[str], given: list[str], previous: list[str]) -> str | None:
    if not any(_ASKED_BY_TRUSTED.search(text) for text in said[-10:]):
        return None
    if any(_SOMEONE_ELSES.search(text) for text in said[-10:]):
        return None  # a parent's or a friend's question: the helpers' answers
    if _young(said[-10:]) is False:
        return None  # an adult asked by a boss: the adults' answers
    if _HIM_IN_TROUBLE.search(cleaned) and not _MY_OWN_TROUBLE.search(cleaned):
        if "utter_frame_asker_trouble_again" in previous:
            return ASKER_TROUBLE
        if "utter_frame_asker_trouble" in given:
            return ASKER_TROUBLE_AGAIN
        if _CORRECTED.search(cleaned):
            return ASKER_TROUBLE_HEARD
        return ASKER_TROUBLE_REPORT if _FINDS_OUT.search(cleaned) else ASKER_TROUBLE
    if _PLACE_FEARED.search(cleaned):
        return ASKER_PLACE_REPORT if _FINDS_OUT.search(cleaned) else ASKER_PLACE
    return None


_PLACE_FEARED = re.compile(
    r"\b(?:gonna|going to|will|ll|'ll|might|could|would|may|threaten\w*|scared|afraid|worried"
    r"|said he'?d|said she'?d)\b[^.!?]{0,25}?" + "(?:" + _PLACE_LOST.pattern + ")"
)
_FINDS_OUT = re.compile(
    r"\b(?:know|find out|figure out|guess|see) (?:it was|that it was|it'?s|that i|i) (?:me|told"
    r"|reported|snitched)\b|\bknow (?:it was )?me\b"
)

# --- Someone helping an adult: police and crime -----------------------------------------------
_ADULT_RELATION = r"(?:wife|husband|partner|girlfriend|boyfriend|fiancee?|spouse)"
_ANY_RELATION = (
    rf"(?:{_ADULT_RELATION}|sister|brother|friend|mom|mum|mother|dad|father|aunt|uncle|cousin"
    r"|niece|nephew|daughter|son|roommate|coworker|co-worker|client|neighbou?r)"
)
_HELPING = re.compile(
    rf"\bi(?:'?m| am)? helping (?:her|him|them|my)\b|\bfor my {_ANY_RELATION}\b"
    rf"|\bmy {_ANY_RELATION}(?:'?s)? (?:ex|ex-?\w+|former \w+|\w+ ex)\b"
    rf"|\bmy {_ANY_RELATION}(?:'?s)? (?:\w+ )?(?:nudes?|pics?|photos?|pictures?|images?"
    r"|videos?)\b"
)
_ADULT_RELATION_SAID = re.compile(rf"\bmy {_ADULT_RELATION}(?:'?s)?\b")
_CHILD_WORDS = re.compile(
    r"\b(?:child|children|kid|kids|minor|teen|teenager|under 18|daughter|son|niece|nephew"
    r"|student|grade \d+)\b"
)
_NOT_A_CHILD = re.compile(r"\b(?:not|isn'?t|is not|no) (?:a )?(?:child|kid|minor|teen|under 18)\b")
_WRITER_OWN = re.compile(
    r"\b(?:my|me) (?:own )?(?:nudes?|pics?|photos?|pictures?|images?|videos?)\b|\bof me\b"
)
_POLICE = re.compile(r"\b(?:police|cops?|rcmp|policia)\b")
_CRIME = re.compile(
    r"\b(?:is (?:it|this|that|what he (?:do|did|does)|what she (?:do|did|does))? ?(?:a )?crime"
    r"|is crime|crime\?|illegal|against the law|criminal)\b"
)
_ASKING = re.compile(
    r"\?|\b(?:can|could|should|do|does|is|are|will|would)\b (?:we|she|i|they|the police|police"
    r"|he)\b"
)
_ABROAD = re.compile(
    r"\b(?:another country|other country|abroad|overseas|outside canada|mexico|usa|the states"
    r"|india|pakistan|philippines|china|iran|nigeria|brazil|colombia|guatemala|peru|vietnam"
    r"|korea|japan|europe|uk|england|france|spain|italy|poland|ukraine|russia|syria|afghanistan)"
    r"\b"
)
_OUTSIDE_BC_HOME = re.compile(
    r"\b(?:we|i|she|he) (?:live|lives|living) (?:in )?(?:alberta|ontario|quebec|manitoba"
    r"|saskatchewan|washington|seattle|calgary|edmonton|toronto|winnipeg|montreal|the us)\b"
)


def _helped_adult(said: list[str]) -> bool:
    window = said[-10:]
    if not any(_HELPING.search(text) for text in window):
        return False
    if any(_WRITER_OWN.search(text) for text in window):
        return False  # the writer's own images: their own answers
    ages = [age for text in window for age in _ages([text])]
    if ages:
        return ages[-1] >= 18
    joined = " ".join(window)
    if _CHILD_WORDS.search(_NOT_A_CHILD.sub(" ", joined)):
        return False
    return bool(_ADULT_RELATION_SAID.search(joined))


# "can she see the lawyer without reporting to police?", "does she have to go to the police?":
# the no-report-needed question, which its own readers answer.
_WITHOUT_POLICE = re.compile(
    r"\bwithout (?:\w+ ){0,2}(?:police|cops|reporting|a report|report\w*)\b"
    r"|\b(?:have|need|needs|has) to (?:report|go to|call|tell) (?:the |to the |to )?"
    r"(?:police|cops)\b"
    r"|\bno police\b|\b(?:instead of|rather than) (?:\w+ ){0,2}police\b"
    # The lawyer, the service or the intake line asked about ("will the lawyer tell the police?"):
    # its own readers answer.
    r"|\b(?:lawyer|lawyers|service|intake|legal advice|iips|tribunal|crt)\b"
)


_MUST_REPORT_ASKED = re.compile(
    r"\b(?:doesn'?t|don'?t|does not|do not|not|never) (?:have|need|needs|has) to"
    r" (?:report|go to|call|tell) (?:it )?(?:the |to the |to )?(?:police|cops|rcmp)\b"
)


# "she doesn't want to go to police", "he won't report", "not going to the cops" (round 18,
# p28): police ruled out, not asked about: what they can do without the police.
_POLICE_RULED_OUT = re.compile(
    r"\b(?:doesn'?t|doesnt|does not|don'?t|dont|do not|won'?t|wont|will not|not|never)"
    r" (?:want|wanna|going|willing|planning)?(?: to)? ?(?:go(?:ing)? to|call(?:ing)?|involve"
    r"|report(?:ing)?(?: it)?(?: to)?|tell(?:ing)?|talk(?:ing)? to|deal with)? ?(?:the )?"
    r"(?:police|cops|rcmp)\b"
)


def _helper_police_kind(
    cleaned: str, said: list[str], given: list[str], previous: list[str]
) -> str | None:
    if not (_POLICE.search(cleaned) or _CRIME.search(cleaned)) or not _ASKING.search(cleaned):
        return None
    # "she doesn't have to report to police first, right?" (round 31 p19): no report is needed
    # ("does she have to go to the police?" stays with the no-report-needed readers).
    ruled_out = bool(_POLICE_RULED_OUT.search(cleaned) or _MUST_REPORT_ASKED.search(cleaned))
    if _WITHOUT_POLICE.search(cleaned) and not ruled_out:
        return None
    if not _helped_adult(said) or any(_OUTSIDE_BC_HOME.search(text) for text in said[-10:]):
        return None
    if ruled_out:
        return None if "utter_frame_helper_no_police" in given else HELPER_NO_POLICE
    if "utter_frame_helper_police_adult_again" in previous:
        return HELPER_POLICE
    if "utter_frame_helper_police_adult" in given:
        return HELPER_POLICE_AGAIN
    if any(_ABROAD.search(text) for text in said[-10:]):
        return HELPER_POLICE_ABROAD
    return HELPER_POLICE


# --- The tribunal's damages limit asked "now", and a worker's income question ------------------
_LIMIT_WORD = re.compile(
    r"\b(?:cap|caps|limit|limits|max|maximum|most|ceiling|how much)\b|\bup to\b"
)
_DAMAGES_WORD = re.compile(r"\b(?:crt|tribunal|damages|compensation|award|claim)\b")
_NOW_OR_OLD = re.compile(
    r"\b(?:now|still|currently|current|changed|change|raised|increased|went up|gone up|anymore"
    r"|any more|old|older|used to|notes|outdated|updated|new|latest)\b|[$]?\b5,?000\b"
    r"|\b5k\b|(?:^|\s)[$]?,000\b"
)
_INCOME = re.compile(
    r"\bincome\b|\bmeans[- ]test\w*|\bfull[- ]time\b|\bearn\w*|\bsalar\w*|\bwages?\b|\bpaycheck"
    r"|\bhow much (?:they|my clients|clients|people) make\b|\bfinancial (?:test|limit|cut ?off)"
)


def _limit_kind(cleaned: str) -> str | None:
    if _LIMIT_WORD.search(cleaned) and _DAMAGES_WORD.search(cleaned):
        if _NOW_OR_OLD.search(cleaned):
            return CRT_LIMIT_NOW
    return None


def _staff_income_kind(cleaned: str, said: list[str]) -> str | None:
    if _INCOME.search(cleaned) and any(is_staff(text) for text in said[-8:]):
        return STAFF_INCOME
    return None


def frame_kind(
    text: str,
    earlier_texts: list[str],
    earlier_actions: list[str],
    previous_actions: list[str] | None = None,
) -> str | None:
    """The kind of the latest message read in the frame of who is writing, or None.
    `earlier_actions`: the bot's actions before it; `previous_actions`: those of the turn before
    (an answer asked again right after its short form gets the full one)."""
    cleaned = plain_lower(text)
    if not cleaned:
        return None
    said = [plain_lower(earlier) for earlier in earlier_texts] + [cleaned]
    given = list(earlier_actions)
    previous = list(previous_actions or [])
    return (
        _share_kind(cleaned, said, given, previous)
        or _asker_kind(cleaned, said, given, previous)
        or _helper_police_kind(cleaned, said, given, previous)
        or _staff_income_kind(cleaned, said)
        or _limit_kind(cleaned)
    )
