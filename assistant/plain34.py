"""Rounds 33-34 (plain34): plain follow-ups whose answer is in the sources but that got a nearby
stock block, the age quiz or "I can't help with that"
(tests/simulated-users/2026-12-06-round33, -round34):

- a threat not carried out, asked whether the lawyer, the tribunal or anyone can help yet ("he
  only say he will send, lawyer still help me?", "is that enough or do I have to wait til he
  posts", "can the tribunal do anything about a threat, or only once it's posted?"): threats
  count (r34 p04, p14), where the sextortion steps, the timing answer or the moving answer came;
- "what is a screenshot, how do I make one?" (r33 p32): what one is, and what to capture, where
  the thanks or "I can't help with that" came;
- "does it matter that I'm almost 18 / he says it's fine cause I turn 18 in March" (r34 p07):
  under 18 until the 18th birthday, where the fallback or the general youth block came;
- "do I have to go to Vancouver, can I do everything by phone?" (r33 p34): the service page's
  phone, video or possibly in person, the tribunal online, where the routes list came;
- "And the cap?" right after a tribunal answer (r33 p15): the damages limit, where the age quiz
  started;
- an adult's "should I tell my son, could he help me?" (r33 p32): their choice, and a support
  person can be on the call, where the evidence steps came;
- a counsellor or teacher asks whether the school should collect phones or have students delete
  copies (r34 p11): what the sources say about images of anyone under 18, and asking police or
  Cybertip.ca before anyone deletes, where the under-18 victim's answer came;
- an adult helping someone under 18 says their own age and asks "can I be the one to deal with
  this for her?" (r34 p16): the helper's answer (they can be on the call; ask the intake line),
  where the own age was read as the age in the images (adult routes, StopNCII);
- staff asking "should I report it or should she?" (r33 p25): what staff must report is not in
  the sources, anyone can report, where the victim's police text and the evidence steps came;
- "what about him outing me, can anyone stop that?" (r33 p33): outside what the sources cover,
  said plainly, where the intake details and the eligibility result came;
- a teacher or counsellor says only "a student told me something scary happened" (r33 p25, the
  issue's own example): what to do for a student, without the eligibility form put to the
  teacher as if they were the victim;
- a parent whose own child shared asks "what do I say to the girl's parents?" (r33 p13): what
  the sources don't say, a lawyer first, and what the other family's child can use, where the
  victim's-parent advice ("tell them they are not in trouble") came (`sharer_family_step`,
  read first in the table: the helper readers took it).

After rounds 35-36 (tests/simulated-users/2026-12-06-round35, -round36):
- a parent asks whether the young person who shared broke the law (r36 p03): the under-18
  answer, where the position-of-trust rule and "anything else?" came;
- an adult asked to delete nudes an ex sent them (r36 p24): not in the sources, consent can be
  taken back, where "not your fault" and "keep them as evidence" came;
- calling the Intimate Images Protection Service for someone too upset (r35 p28): the older
  helper answer, where Kids Help Phone came for a 19-year-old.
Where an older answer already said it (the lawyer meeting by phone or video, calling the IIPS
for someone, the under-18 answer), the kind points at that response, not a new one.

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py). Responses in domain/plain34.yml.
"""

from __future__ import annotations

import re

from assistant import ages23, helper_reading, writer_role
from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

THREAT_COUNTS = ["utter_threats_covered", "utter_threats_routes"]  # domain/eligibility.yml
SCREENSHOT = "utter_screenshot_how"
ALMOST_18 = "utter_almost_18"
NO_TRAVEL = "utter_meet_in_person_needed"  # domain/legal_asks.yml
BY_PHONE = "utter_by_phone_possible"  # domain/plain73.yml
CAP = "utter_crt_damages"  # domain/routes.yml
TELL_FAMILY = "utter_tell_family_choice"
POLICE_VIEW = "utter_police_take_seriously"  # "will the police think I'm foolish" beside it
SHARER_OTHER_FAMILY = "utter_sharer_other_family"
STAFF_COPIES = "utter_staff_phone_copies"
HELPER_ON_CALL = "utter_helper_on_call"  # domain/helper_role.yml
DUTY_TO_REPORT = "utter_duty_to_report"  # domain: staff duty not in the sources; anyone reports
TELL_PARENTS = "utter_helper_minor_tell_parents"
OUTING = "utter_outing_not_covered"
STAFF_DISCLOSURE = "utter_staff_disclosure_first"
MINORS_WHO_SHARED = "utter_minors_who_shared"  # domain/source_answers.yml
HOLDER_KEEP = "utter_holder_keep_or_delete"
IIPS_FOR_THEM = "utter_misread_call_iips_for"  # domain/misread_followups.yml

# --- a threat not carried out -----------------------------------------------------------------
# What was not done yet, in plain or second-language words: "he only say he will send", "he not
# send yet", "it's just threats so far", "do I have to wait til he posts", "only once it's posted".
_NOT_DONE = re.compile(
    r"\b(?:only|just) (?:say|says|said|saying|threat\w*)\b"
    r"|\b(?:he|she|they|it|video|pics?|photos?|pictures?|images?) (?:is |are )?not (?:\w+ )?"
    r"(?:send|sent|post|posted|share|shared|put)\b"
    r"|\b(?:hasn'?t|hasnt|has not|haven'?t|havent|didn'?t|didnt|did not) (?:\w+ )?"
    r"(?:posted|shared|sent|put|leaked)\b"
    r"|\bwait (?:until|till|til|for) (?:he|she|they|it)\b"
    r"|\bonly (?:once|when|if|after) (?:it'?s|its|it is|it was|he|she|they|the \w+ (?:is|are|was))"
    r" ?(?:posted|sent|send|shared|online|out|posts|shares|sends)\b"
    r"|\b(?:about|for|over) (?:a|the|just a|only a) threat\b"
)
# Asking whether anyone can help or whether it is enough.
_HELP_ASKED = re.compile(
    r"\b(?:lawyer|tribunal|crt|legal advice|the service|this service|protection order"
    r"|do anything|anything (?:i|we) can do|enough|count|counts|covered|qualify|still help"
    r"|help me|can help)\b"
)
# A threat said now or before ("he say he will send", "it's just threats"): "he has not shared
# them" alone is held images, the older answers' (round 8 p12).
_THREAT_TOLD = re.compile(
    r"\bthreat\w*|\b(?:say|says|said|saying|told me) (?:that )?(?:he|she|they)(?:'ll| will| would"
    r"|'d| is going| are going| gonna)?\b[^.?!]{0,20}\b(?:post|send|share|show|leak|put)\b"
    r"|\b(?:gonna|going to|will) (?:post|send|share|leak)\b"
)
# Left to the older answers: a threat of violence; a demand in the same message ("if I don't come
# back", the demand answer's); a spoken threat without proof (stock27's); the police asked about
# alone (the police answers').
_VIOLENCE = re.compile(r"\b(?:kill\w*|hurt\w*|beat\w*|stab\w*|shoot\w*|rape\w*|attack\w*)\b")
_DEMAND_HERE = re.compile(
    r"\bunless\b|\bif (?:i|you) (?:don'?t|dont|do not|won'?t|not)\b|\bor else\b"
)
_SPOKEN = re.compile(
    r"\bout loud\b|\bverbal\w*|\bin person\b|\bface to face\b|\b(?:no|without) proof\b"
    r"|\bin writing\b"
)
_POLICE_ONLY = re.compile(r"\b(?:police|cops|rcmp)\b")
# "he hasn't shared or threatened, he just has them" (round 35 p19): no threat at all.
_NO_THREAT = re.compile(
    r"\b(?:hasn'?t|hasnt|has not|didn'?t|didnt|did not|never|not|no|without|or) (?:\w+ )?"
    r"(?:threat\w*)\b|\bno threats?\b"
)
_LEGAL_NAMED = re.compile(r"\b(?:lawyer|tribunal|crt|legal advice|service)\b")

# --- screenshots ------------------------------------------------------------------------------
_SCREENSHOT = re.compile(
    r"\bwhat(?:'?s| is| are)? (?:a |an )?screen ?shots?\b"
    r"|\bhow (?:do|can|would|should|to) (?:i |you |we )?(?:take|make|do|get|save) (?:a |the )?"
    r"screen ?shots?\b"
    r"|\bscreen ?shots?\b[^.?!]{0,40}\bhow\b|\bhow\b[^.?!]{0,40}\bscreen ?shots?\b"
)

# --- almost 18 --------------------------------------------------------------------------------
_ALMOST_18_SELF = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll|ill|i will|i) (?:almost|nearly|about to (?:be|turn)|turning|turn"
    r"|gonna be|going to be|be) 18\b"
)
_ALMOST_18 = re.compile(r"\b(?:almost|nearly|about to (?:be|turn)|turning|turn) 18\b")
_MATTERS = re.compile(
    r"\b(?:matter|matters|fine|ok|okay|legal|allowed|change|changes|difference|bs|count|still"
    r"|true|right|cause|because|since)\b"
)

# --- travel -----------------------------------------------------------------------------------
# "can the whole thing be done by phone?" (round 72 p27): asked the other way round, a "No, not
# from what the service says" read as a no.
BY_PHONE_ASKED = re.compile(
    r"\b(?:can|could) (?:the whole thing|everything|it all|all of it|all of this|it|this|i do"
    r" (?:it|this|everything|the whole thing)(?: all)?)\b[^.?!]{0,20}\b(?:by|over the|on the)"
    r" phone\b"
    r"|\bi can do (?:it|this|everything|the whole thing)(?: all)? (?:by|over the|on the) phone\b"
)
_MUST_GO = re.compile(r"\b(?:have to|need to|must|gotta|got to) (?:go|come|travel|drive|fly)\b")
_TRAVEL = re.compile(
    r"\b(?:have to|need to|must|gotta|got to|do i|should i) (?:go|come|travel|drive|fly)"
    r" (?:to |down to |into |in to )?(?:vancouver|victoria|the city|the office|their office"
    r"|an office|in person|downtown|the mainland)\b"
    r"|\b(?:everything|it all|all of it|all of this) (?:by|over the|on the) phone\b"
    r"|\b(?:do|does) (?:i|it) (?:have|need) to be in person\b"
)


# --- the damages limit, asked in two words after a tribunal answer ---------------------------
_CAP_ONLY = re.compile(
    r"^(?:and |so |what about |how about |ok |okay )*"
    r"(?:the |its |their |what'?s the |what is the )?"
    r"(?:cap|max|maximum|limit|most (?:they|it) can (?:give|award))\W*$"
)
_TRIBUNAL_SAID = re.compile(r"crt|tribunal|damages")

# --- an adult asking whether to tell family ---------------------------------------------------
_FAMILY = (
    r"(?:son|daughter|kids|children|husband|wife|partner|sister|brother|family|mom|mum|mother"
    r"|dad|father|parents|friend|best friend)"
)
_TELL_FAMILY = re.compile(
    rf"\b(?:should|can|could|do|must) i (?:tell|ask|let) (?:my )?{_FAMILY}\b"
    rf"|\b(?:could|can|should|would) my {_FAMILY} help\b"
    rf"|^\W*(?:and|what about) my {_FAMILY}\W*$"
    rf"|^\W*(?:and|what about) my {_FAMILY}\?"
)


_POLICE_VIEW = re.compile(
    r"\bpolice\b[^.?!]{0,40}\b(?:think|judge|laugh|believe|blame|take (?:me|it|this) seriously)\b"
)


# --- a school's staff and copies on students' phones ------------------------------------------
# The writer is staff ("I'm a school counsellor", "I teach grade 10"), not a student naming one.
_STAFF = re.compile(
    r"\b(?:i'?m|im|i am|as|i work as) (?:a |an |the |her |his |their )?(?:school |high school "
    r"|secondary school |elementary school )?(?:counsell?or|teacher|principal|vice.principal"
    r"|staff member|youth worker|coach)\b|\bi (?:teach|work at (?:a |the |her |his )?school)\b"
)
# Copies on several students' phones ("their phones"), not one person's ("from his phone", where
# a tribunal order may be what is asked: round 33 p07).
_COPIES_ON_PHONES = re.compile(r"\b(?:phones|devices|copies|camera rolls)\b")
_SCHOOL_STEP = re.compile(
    r"\b(?:collect\w*|take (?:the |their )?(?:phones?|devices?)|taking (?:the |their )?phones?"
    r"|confiscat\w*|(?:make|have|ask|asking|tell|telling) (?:them|the students|students|the kids"
    r"|kids) (?:to )?delet\w*|delet\w*|wipe|check (?:the |their )?phones?)\b"
)

# --- an adult helper taking it on ---------------------------------------------------------------
_TAKE_ON = re.compile(
    r"\b(?:can|could|may) (?:i|me) (?:be the one (?:to|who) (?!reports?\b|makes? the report)"
    r"|deal with|handle|take care of"
    r"|help (?:her|him|them) with|do (?:this|it|that|all this|all of this) for"
    r"|be (?:her|his|their) (?:trusted adult|support|person))\b"
)

# --- staff: who reports ------------------------------------------------------------------------
_WHO_REPORTS = re.compile(
    r"\b(?:should|do|must|can) (?:i|we) (?:be the one to )?(?:report|make the report)\b"
    r"[^.?!]{0,40}\b(?:or (?:should )?(?:she|he|they)|or (?:her|him|them))\b"
    r"|\bwho should (?:make the |file the )?report\b|\b(?:me or her|me or him|she or me|he or me)\b"
)
_PARENTS_ASKED = re.compile(r"\b(?:parents?|mom|mum|dad|principal|family)\b")

# --- staff: a student told them something, nothing more yet -----------------------------------
_STUDENT_TOLD = re.compile(
    r"\b(?:a|one of my|my|our) (?:student|pupil|player|athlete|camper|client|youth)s?\b"
    r"[^.?!]{0,40}\b(?:told me|disclosed|came to me|confided|reached out|opened up|talked to me)\b"
)
_DETAIL = re.compile(
    r"\b(?:pics?|photos?|pictures?|nudes?|images?|videos?|shared|posted|sent|threat\w*"
    r"|sextort\w*|asking (?:her|him|them) for|blackmail\w*|deep ?fakes?|camera)\b"
)

# --- a parent asks whether the young person who shared committed a crime ---------------------
_SHARER_CRIME = re.compile(
    r"\b(?:is|was) (?:what )?(?:the|that) (?:boy|girl|kid|student|classmate|teen)(?: \w+)? did"
    r" (?:actually |really )?(?:a crime|illegal|against the law)\b"
    r"|\b(?:did|has) (?:the|that) (?:\d+ ?(?:year|yr)s?[- ]old )?(?:boy|girl|kid|student|classmate"
    r"|teen)\b[^.?!]{0,20}\b(?:commit(?:ted)? a crime|break the law|broke the law|broken the law"
    r"|do something illegal)\b"
    r"|\b(?:the|that) (?:\d+ ?(?:year|yr)s?[- ]old )?(?:boy|girl|kid)\b[^.?!]{0,10}"
    r"\b(?:broke|broken|break) the law\b"
)

# --- someone who was sent images asks whether they may keep them ------------------------------
_KEEP_OR_DELETE = re.compile(
    r"\b(?:can|may) i (?:legally )?(?:still )?keep\b"
    r"|\b(?:am i|im|i'?m) (?:legally )?allowed to keep\b"
    r"|\b(?:wants|asked|asks|asking|told) me to delete\b[^?]{0,80}\b(?:do i|have to|must i)\b"
    r"|\b(?:do|must|should) i (?:legally )?(?:have to |need to )?delete (?:them|the \w+|her \w+"
    r"|his \w+)\b|\bdo i (?:legally )?have to\b[^.?!]{0,30}\bdelete\b"
)
_SENT_TO_WRITER = re.compile(
    r"\b(?:she|he|they|my ex|my (?:ex-?)?(?:girlfriend|boyfriend|gf|bf|partner)) (?:\w+ )?"
    r"(?:sent|gave) (?:me|them to me|those to me|it to me)\b"
    r"|\b(?:nudes|pics|photos|pictures|images) (?:she|he|they) (?:sent|gave) me\b"
)

# --- calling the Intimate Images Protection Service for someone else ---------------------------
_CALL_FOR_THEM = re.compile(
    r"\b(?:can|could|may|should) i (?:call|phone|telephone|ring|contact|email)\b[^?.!]{0,40}"
    r"\b(?:(?:for|on behalf of|instead of) (?:her|him|them|my \w+)|on (?:her|his|their) behalf)\b"
    r"|\b(?:can|could|may) (?:call|phone|telephone|ring|contact|email)\b[^?.!]{0,60}"
    r"\bon (?:her|his|their) behalf\b"
)
_IIPS_NAMED = re.compile(r"\b1-?833\b|protection service|protectyourimages|\biips\b")

# --- outing ------------------------------------------------------------------------------------
_OUTING = re.compile(
    r"\bout(?:ing)? (?:me|him|her|them)\b|\boutting\b|\bthe outing\b"
    r"|\btell\w* (?:them|my family|my parents|everyone|people) (?:that )?(?:i'?m|im|i am) (?:gay"
    r"|lesbian|bi|bisexual|trans|queer)\b"
)


# The writer's child or young relative, named before ("my daughter is 14", "my 14 year old").
_YOUNG_HELPED = re.compile(
    r"\bmy (?:\d+[- ]?(?:year|yr)s?[- ]old |little |young )?(?:daughter|son|kid|child|niece|nephew"
    r"|grandson|granddaughter|sister|brother|student)\b"
)


def _staff_copies(cleaned: str, told: list[str]) -> bool:
    return bool(
        _COPIES_ON_PHONES.search(cleaned)
        and _SCHOOL_STEP.search(cleaned)
        and not re.search(r"\border\b", cleaned)
        and any(_STAFF.search(t) for t in [*told, cleaned])
        and re.search(
            r"\b(?:students?|kids|pupils|classmates|school)\b", " ".join([*told, cleaned])
        )
    )


# --- the sharer's parent and the other family ------------------------------------------------
_OTHER_FAMILY = re.compile(
    r"\b(?:what (?:do|should|can|would) (?:i|we) (?:say|tell)|how (?:do|should|can) (?:i|we)"
    r" (?:talk|speak|respond|reply))\b[^.?!]{0,20}"
    r"\b(?:girl'?s|boy'?s|her|his|their|the other|other|victim'?s|kid'?s|child'?s) (?:\w+ )?"
    r"(?:parents|family|mom|mum|dad|mother|father)\b"
)
# Deleting, a lawyer or the police asked too: the older answers for the sharer's family say the
# other family's part beside them (round 10, 15, 26 conversations).
_OTHER_ASKS = re.compile(r"\b(?:delet\w*|lawyer|police|cops|report|apologi[sz]e)\b")


def sharer_family_step(text: str, earlier: list[str], previous: list[str]) -> list[str] | None:
    """A parent whose own child shared someone's image asks what to say to the other family."""
    if not text or text.startswith("/") or not earlier:
        return None
    cleaned = plain_lower(text)
    if not _OTHER_FAMILY.search(cleaned) or _OTHER_ASKS.search(cleaned):
        return None
    texts = [*earlier, text]
    if writer_role.writer_role(texts) != writer_role.PARENT_SHARER and not ages23.own_child_shared(
        [plain_lower(t) for t in earlier[-6:]]
    ):
        return None
    return fresh([SHARER_OTHER_FAMILY], previous)


_WARN = re.compile(r"\bwarn\w*|\bbefore (?:he|she|they|it)\b|\bin case\b")


def _tell_family(cleaned: str, earlier: list[str], is_minor: object) -> bool:
    """An adult's own question about telling family who were not part of what happened (a young
    writer is told to tell a safe adult by the older answers)."""
    asked = _TELL_FAMILY.search(cleaned)
    if not asked or young_now([*earlier, cleaned], is_minor):
        return False
    if helper_reading.helps_someone_young([plain_lower(t) for t in earlier[-6:]]):
        # A grandmother's "tell my son first or call Cybertip first?" about a child of 11
        # (round 60 p28): the older answer for who first, for the child.
        return False
    if _WARN.search(cleaned):
        return False  # warning family before he sends it to them: asks25's answer
    word = re.search(_FAMILY, asked.group(0))
    told = " ".join(plain_lower(t) for t in earlier)
    return word is not None and not re.search(rf"\b{word.group(0)}\b", told)


def _threat_counts_asked(cleaned: str, earlier: list[str]) -> bool:
    if not (_NOT_DONE.search(cleaned) and _HELP_ASKED.search(cleaned)):
        return False
    if _VIOLENCE.search(cleaned) or _DEMAND_HERE.search(cleaned) or _SPOKEN.search(cleaned):
        return False
    if _NO_THREAT.search(cleaned):
        return False
    if _POLICE_ONLY.search(cleaned) and not _LEGAL_NAMED.search(cleaned):
        return False
    told = [plain_lower(t) for t in earlier[-6:]]
    return any(_THREAT_TOLD.search(t) for t in [*told, cleaned])


def _almost_18(cleaned: str, earlier: list[str], is_minor: object) -> bool:
    if not _MATTERS.search(cleaned):
        return False
    if _ALMOST_18_SELF.search(cleaned):
        return True
    return bool(_ALMOST_18.search(cleaned)) and young_now([*earlier, cleaned], is_minor)


# "so him saying it's fine is bs right": a question by its tag.
_TAG_QUESTION = re.compile(r"\b(?:right|correct|true|yeah)\W*$|\bbs\b")


def kind(
    text: str,
    earlier: list[str],
    is_minor: object = None,
    previous: list[str] | None = None,
    outside_bc: bool = False,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if _CAP_ONLY.search(cleaned) and any(_TRIBUNAL_SAID.search(a) for a in previous or []):
        return [CAP]
    if (
        not earlier
        and _STAFF.search(cleaned)
        and _STUDENT_TOLD.search(cleaned)
        and not _DETAIL.search(cleaned)
    ):
        return [STAFF_DISCLOSURE]
    if not (is_question(cleaned) or _TAG_QUESTION.search(cleaned)):
        return None
    if _SCREENSHOT.search(cleaned):
        return [SCREENSHOT]
    # Outside B.C., the outside-B.C. answers say what reaches there (round 17 p04, round 21 p04).
    if not outside_bc and _threat_counts_asked(cleaned, earlier):
        return list(THREAT_COUNTS)
    if _almost_18(cleaned, earlier, is_minor):
        return [ALMOST_18]
    if BY_PHONE_ASKED.search(cleaned) and not _MUST_GO.search(cleaned):
        return [BY_PHONE]
    if _TRAVEL.search(cleaned):
        return [NO_TRAVEL]
    told = [plain_lower(t) for t in earlier[-6:]]
    if _staff_copies(cleaned, told):
        return [STAFF_COPIES]
    if _SHARER_CRIME.search(cleaned) and any(_YOUNG_HELPED.search(t) for t in [*told, cleaned]):
        return [MINORS_WHO_SHARED]
    # A young holder gets the older under-18 answer (never keep, copy or forward).
    if (
        _KEEP_OR_DELETE.search(cleaned)
        and not young_now([*earlier, cleaned], is_minor)
        and not re.search(r"\b(?:evidence|proof|screen ?shots?|police)\b", cleaned)
        and any(_SENT_TO_WRITER.search(t) for t in [*told, cleaned])
    ):
        return [HOLDER_KEEP]
    if _CALL_FOR_THEM.search(cleaned) and _IIPS_NAMED.search(cleaned):
        return [IIPS_FOR_THEM]
    if _OUTING.search(cleaned) and re.search(
        r"\b(?:stop|law|legal|illegal|cover\w*|count)\b", cleaned
    ):
        return [OUTING]
    if _TAKE_ON.search(cleaned) and helper_reading.helps_someone_young(told):
        return [HELPER_ON_CALL]
    if _WHO_REPORTS.search(cleaned) and any(_STAFF.search(t) for t in [*told, cleaned]):
        return (
            [DUTY_TO_REPORT, TELL_PARENTS] if _PARENTS_ASKED.search(cleaned) else [DUTY_TO_REPORT]
        )
    if _tell_family(cleaned, earlier, is_minor):
        return [TELL_FAMILY, POLICE_VIEW] if _POLICE_VIEW.search(cleaned) else [TELL_FAMILY]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    outside_bc: bool = False,
) -> list[str] | None:
    """The answer, without what the turn before already sent (asked again, the next reader
    answers)."""
    found = kind(text, earlier, is_minor, previous, outside_bc)
    return fresh(found, previous) if found else None
