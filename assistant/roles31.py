"""Rounds 29-30 (roles31): who is writing decides the wording of every reply once it is known.

- A young person whose friend's images went around and who fears for the friend ("shes not
  answering her phone, im really worried about her", round 29 p16): the danger is the
  friend's: 9-1-1 if the friend may be in danger now, 9-8-8 and Kids Help Phone for the friend,
  telling the friend's parent or another safe adult is okay (`FRIEND_WORRIED`); "should i call
  911 or her mom first?" (`FRIEND_CALL_FIRST`), never "Are you safe?" or "the child".
- Someone helping a young person who promised not to tell asks "do I HAVE to tell our
  parents?" (round 29 p31 T2-T3): the sources don't say they must; a young person should have a
  safe adult, a parent can be that adult; reporting routes the writer can use
  (`PROMISE_HAVE_TO`); a writer who said they are under 18 keeps roles28's answer.
- A parent or relative writing for a grown child who is blackmailed ("My daughter is 24 and
  someone ... is threatening to send naked pictures of her to her employer unless she pays",
  round 29 p30 T1): the steps for her, never "If you're under 18, tell a safe adult"
  (`ADULT_HELPED_SEXTORTION`).
- A school counsellor or parent asks whether a young person who sent nothing can get the free
  legal advice ("is she eligible ...? She's 16, and no photos were actually sent", round 30 p08
  T3): the answer about her, never "You never have to send anything ... Because you're under
  18" (`HELPED_YOUNG_SERVICE`).
- A parent of a young person whose image went around asks how to get it off other phones or
  stop it being posted (round 30 p03 T2): the removal routes for a young person's helper, never
  "images taken when you were under 18 ... tell a safe adult" (`HELPED_YOUNG_REMOVAL`).

Read in follow_up_readers.SEQUENCE_READERS (outside forms, never for a safety intent). Plain
functions; responses in domain/roles31.yml.
"""

from __future__ import annotations

import re

from assistant import crisis_for_others
from assistant.fresh_answers import fresh
from assistant.helper_reading import cannot_reach, helped_age, helped_minor_said
from assistant.plain_text import plain_lower

FRIEND_WORRIED = ["utter_friend_images_worried", "utter_friend_images_worried_next"]
FRIEND_CALL_FIRST = "utter_friend_danger_call_first"
FRIEND_CALL_FIRST_AGAIN = "utter_friend_danger_call_first_again"
PROMISE_HAVE_TO = "utter_promise_have_to_tell"
PROMISE_HAVE_TO_AGAIN = "utter_promise_have_to_tell_again"
PROMISE_TELL_YOUNG = "utter_promise_tell_adult"
ADULT_HELPED_SEXTORTION = ["utter_helper_adult_sextortion", "utter_helper_adult_sextortion_next"]
HELPED_YOUNG_SERVICE = "utter_helped_young_service_not_sent"
HELPED_YOUNG_SERVICE_AGAIN = "utter_helped_young_service_not_sent_again"
HELPED_YOUNG_REMOVAL = "utter_helper_minor_removal_parent"
HELPER_TELL_PARENTS = "utter_helper_minor_tell_parents"  # next_questions.yml
_TELL_PARENTS = re.compile(r"\btell (?:her|his|their|the) (?:parents?|mom|mum|dad|family)\b")
ADULT = 18  # content/age_rules.yml adult_age

# The writer's own age: "im 16", "I'm 22", "we're both 16" (never "I'm 5 minutes away").
_OWN_AGE = re.compile(
    r"\b(?:i'?m|im|i am|we'?re both|were both|we are both|both of us are)\s+(?:only\s+|just\s+"
    r"|now\s+)?(\d{1,2})\b(?!\s*(?:k\b|\$|dollars?|%|min|mins|minutes?|hours?|hrs?|am\b|pm\b"
    r"|times?|days?|weeks?|months?|km|blocks?))"
)
# A helped young person's age: "my daughter is 13", "my little sister is 15", "a grade 11
# student (16)", "my 16 yr old son".
_RELATIVE = (
    r"(?:daughter|son|kid|child|sister|brother|sis|bro|niece|nephew|grandson|granddaughter"
    r"|grandchild|student|cousin|stepson|stepdaughter)"
)
_HELPED_AGE = re.compile(
    rf"\bmy (?:little |younger |older |big |baby |step-?)?{_RELATIVE},? (?:who is |is |was |'s )"
    r"(?:only |just )?(\d{1,2})\b"
    rf"|\bmy (\d{{1,2}})[- ]?(?:year[- ]?old|yr[- ]?old|yrs?[- ]?old|yo) {_RELATIVE}\b"
    rf"|\b(?:a|my|the|our) (?:grade \d{{1,2}} )?{_RELATIVE} \((\d{{1,2}})\)"
    r"|\b(?:she|he)(?:'s| is) (?:only |just )?(\d{1,2})\b"
)
_STAFF = re.compile(
    r"\bi(?:'m| am|m) (?:a |the |her |his |their )?(?:school )?(?:counsell?or|teacher|principal"
    r"|vice[- ]principal|nurse|social worker|youth worker|coach)\b|\bmy student\b"
)

# --- a friend in danger (round 29 p16) ---
_FRIEND = re.compile(
    r"\b(?:my|our) (?:best |close |good )?(?:friend|bestie|bff|buddy)(?:'s|s)?\b|\bbest friend\b"
)
_FRIEND_IMAGES = re.compile(
    r"\b(?:my|our) (?:best |close |good )?(?:friend|bestie|bff)(?:'s|s) (?:\w+ )?(?:nudes?|pics?"
    r"|photos?|pictures?|images?|videos?)\b"
    r"|\b(?:her|his) (?:nudes?|naked (?:pics?|photos?|pictures?))\b"
)
_GOING_AROUND = re.compile(
    r"\b(?:going|went|sent|passed|spread\w*) (?:around|round)\b|\b(?:leaked|posted|spread|shared"
    r"|everywhere|all over)\b"
)
# Fear for the friend: unreachable, "might do something", "hurt herself", "worried about her".
_FEAR_FOR = re.compile(
    r"\b(?:might|may|could|is going to|gonna|will) (?:do something|hurt (?:herself|himself"
    r"|themselves)|do anything stupid)\b|\bhurt(?:ing)? (?:herself|himself|themselves)\b"
    r"|\b(?:worried|scared|afraid|terrified|freaking out) (?:about|for) (?:her|him|them|my"
    r" (?:best )?friend)\b|\bposted something (?:sad|dark|scary|weird)\b"
    r"|\bnot (?:answering|picking up|replying|responding)\b"
)
# "should i call 911 or her mom first", "911 or her mom", "police or her parents?"
_CALL_WHO_FIRST = re.compile(
    r"\b(?:911|9-1-1|police|cops|ambulance)\b[^.?!]{0,30}\bor\b[^.?!]{0,20}\b(?:her|his|their)"
    r" (?:mom|mum|mother|dad|father|parents?|family)\b"
    r"|\b(?:her|his|their) (?:mom|mum|mother|dad|father|parents?)\b[^.?!]{0,20}\bor\b[^.?!]{0,20}"
    r"\b(?:911|9-1-1|police|cops)\b"
    r"|\b(?:should|do|can) i (?:call|phone|text) (?:911|9-1-1|the police)\b"
    r"|\bwho (?:do|should) i call first\b"
)
# The writer's own danger (the safety net's, never this reader's).
_OWN_DANGER = re.compile(
    r"\b(?:i'?m|im|i am) (?:not safe|in danger|going to hurt myself)\b|\bmyself\b|\bkill me\b"
)


def _window(text: str, earlier: list[str], last: int) -> list[str]:
    return [plain_lower(message) for message in earlier[-last:]] + [plain_lower(text)]


def own_age(texts: list[str]) -> int | None:
    """The writer's own age, the latest said ("im 22", "we're both 16"), else None."""
    for text in reversed(texts):
        found = _OWN_AGE.findall(plain_lower(text))
        if found:
            return int(found[-1])
    return None


def helped_young(texts: list[str]) -> bool:
    """Someone else under 18 is the one the writer helps: an age said of a relative or student
    under 18, or a helper's story with a young age."""
    grown = False
    for text in texts:
        cleaned = plain_lower(text)
        grown = grown or bool(_ADULT_HELPED.search(cleaned))
        for match in _HELPED_AGE.finditer(cleaned):
            age = next((int(group) for group in match.groups() if group), None)
            if age is not None and age < ADULT:
                return True
            grown = grown or age is not None
    # "my daughter ... She is 23" (round 24 p25): a grown child, whatever else was read.
    return not grown and helped_minor_said(texts)


def helper_writing(texts: list[str]) -> bool:
    """The writer helps someone under 18 and is not the young person: staff, or a parent or
    relative who gave the young person's age and no own age under 18."""
    age = own_age(texts)
    if age is not None and age < ADULT:
        return False
    return any(_STAFF.search(plain_lower(text)) for text in texts) or helped_young(texts)


def friend_worried(text: str, earlier: list[str]) -> bool:
    """A young writer's first message about a friend's images going around, with fear for the
    friend (unreachable, "might do something")."""
    cleaned = plain_lower(text)
    if _OWN_DANGER.search(cleaned) or any(_FRIEND_IMAGES.search(plain_lower(t)) for t in earlier):
        return False
    if not (_FRIEND_IMAGES.search(cleaned) and _GOING_AROUND.search(cleaned)):
        return False
    if not (_FEAR_FOR.search(cleaned) or cannot_reach(cleaned)):
        return False
    age = own_age([*earlier, text])
    return age is not None and age < ADULT


def friend_feared_for(text: str, earlier: list[str]) -> bool:
    """Fear for the friend said after the friend's images were told ("she posted something
    sad, im scared she might do something")."""
    cleaned = plain_lower(text)
    if _OWN_DANGER.search(cleaned) or not _FEAR_FOR.search(cleaned):
        return False
    if not re.search(r"\b(?:she|he|they|her|him|them|my (?:best )?friend)\b", cleaned):
        return False
    return any(_FRIEND_IMAGES.search(plain_lower(message)) for message in earlier[-4:])


def _adult_friend(texts: list[str]) -> bool:
    """The friend's age said is 18 or more ("she's 21 and really not doing well")."""
    for text in reversed(texts):
        age = helped_age(text)
        if age is not None:
            return age >= ADULT
    return False


def about_friend_in_danger(text: str, earlier: list[str]) -> bool:
    """The message fears for a friend (the check-in then asks about the friend)."""
    return (
        friend_worried(text, earlier)
        or friend_feared_for(text, earlier)
        or friend_call_first(text, earlier)
    )


def friend_call_first(text: str, earlier: list[str]) -> bool:
    """ "911 or her mom first?" after the writer feared for a friend (this or the last four
    messages)."""
    cleaned = plain_lower(text)
    if not _CALL_WHO_FIRST.search(cleaned) or _OWN_DANGER.search(cleaned):
        return False
    window = _window(text, earlier, 4)
    if not any(_FRIEND.search(message) for message in window):
        return False
    return any(_FEAR_FOR.search(message) or cannot_reach(message) for message in window)


# --- "do I HAVE to tell our parents?" after a promise (round 29 p31) ---
_PROMISED = re.compile(
    r"\bpromis\w*|\b(?:swore|sworn|swear) (?:to secrecy|not to|i (?:wouldn'?t|would not))\b"
    r"|\b(?:she|he|they) (?:said|told me|asked me|begged me) not to\b"
)
_HAVE_TO = re.compile(
    r"\b(?:do|would|will|must) i (?:really )?(?:have|need|got) to(?: tell\b| say\b|\?|$| or\b)"
    r"|\bdo i (?:have|need) to tell\b|\bam i (?:supposed|required|obligated) to tell\b"
    r"|\bmust i tell\b|\bhave to tell (?:our|my|her|his|their|mom|dad)\b"
)
# The writer's own parents, shared with the young person helped ("our parents", "mom and dad",
# round 29 p31): a sibling's question. "Her parents" (a teacher's, a cousin's: round 14 p33,
# round 19 p09) keeps the older answers, which are about the child's parents.
_OWN_PARENTS = re.compile(
    r"\b(?:our|my) (?:parents?|mom|mum|dad|mother|father|family|folks)\b"
    r"|(?<!her )(?<!his )(?<!their )\b(?:mom|mum) (?:and|&|or) (?:dad|pops)\b"
    r"|\btell (?:mom|mum|dad)\b"
)
_THEIR_PARENTS = re.compile(
    r"\b(?:her|his|their|the child'?s|the kid'?s) (?:parents?|mom|mum|dad|mother|father|family"
    r"|folks)\b"
)


def promise_have_to(text: str, earlier: list[str]) -> bool:
    """A sibling or other young person's helper who promised not to tell their own parents
    ("our parents", "mom and dad") asks whether they have to; never staff, never "her
    parents"."""
    cleaned = plain_lower(text)
    if not _HAVE_TO.search(cleaned):
        return False
    if _THEIR_PARENTS.search(cleaned) or _STAFF.search(cleaned):
        return False
    window = _window(text, earlier, 4)
    if not any(_PROMISED.search(message) for message in window):
        return False
    if not any(_OWN_PARENTS.search(message) for message in window):
        return False
    if any(_STAFF.search(message) for message in _window(text, earlier, 6)):
        return False
    return helped_young([*earlier[-6:], text])


# --- a grown child's blackmail told by a parent (round 29 p30) ---
_ADULT_HELPED = re.compile(
    r"\bmy (?:daughter|son|wife|husband|sister|brother|partner|mother|mom|mum|father|dad|friend"
    r"|girlfriend|boyfriend|niece|nephew|cousin),? (?:who is |is |was |'s )?(?:only |just )?"
    r"(1[89]|[2-9]\d)\b(?!\s*(?:k\b|\$|dollars?))"
    r"|\bmy (1[89]|[2-9]\d)[- ]?(?:year[- ]?old|yr[- ]?old|yo) (?:daughter|son|sister|brother)\b"
    r"|\bmy (?:grown|adult|grown-up) (?:daughter|son|child|sister|brother)\b"
)
_BLACKMAIL = re.compile(
    r"\b(?:unless (?:she|he|they) (?:pays?|sends?)|blackmail\w*|sextort\w*|extort\w*"
    r"|(?:wants?|demand\w*|asking for) (?:money|\$|\d+|payment)|threaten\w* to (?:send|post|share"
    r"|leak|show)\b[^.?!]{0,60}\b(?:pay|money|unless))"
)


# The writer is the one blackmailed ("it is me who is being blackmailed. My daughter is 40",
# session25_stock28): the relative is who may be sent the images, never the victim.
_WRITER_BLACKMAILED = re.compile(
    r"\b(?:me|i|i'?m|im|i am|myself) (?:who )?(?:is |am |was )?(?:being |getting )?"
    r"(?:blackmail\w*|extort\w*|sextort\w*|threaten\w*)"
    r"|\b(?:blackmail\w*|extort\w*|sextort\w*|threaten\w*) me\b"
    r"|\bunless i (?:pay|send)\b|\bor (?:else )?i\b[^.?!]{0,10}\bpay\b"
    r"|\bmy (?:own )?(?:nudes?|pics?|photos?|pictures?|images?|videos?|video call)\b"
    r"|\b(?:of|with) me\b|\bi (?:paid|sent|already paid)\b"
)
# The grown relative is the one the images are of or who is asked to pay.
_RELATIVE_BLACKMAILED = re.compile(
    r"\bunless (?:she|he|they) (?:pays?|sends?)\b|\b(?:of|showing) (?:her|him)\b"
    r"|\b(?:her|his) (?:nudes?|pics?|photos?|pictures?|images?|videos?)\b"
    r"|\b(?:blackmail\w*|extort\w*|sextort\w*|threaten\w*) (?:her|him)\b"
    r"|\b(?:she|he)(?:'s| is) being (?:blackmail\w*|extort\w*|sextort\w*|threaten\w*)\b"
    r"|\bmy (?:grown |adult |grown-up )?(?:daughter|son|wife|husband|sister|brother|partner"
    r"|mother|mom|mum|father|dad|friend|girlfriend|boyfriend|niece|nephew|cousin)"
    r"(?:,? (?:who is |is |was |'s )?(?:only |just )?\d{1,2})?,? (?:is )?being "
    r"(?:blackmail\w*|extort\w*|sextort\w*|threaten\w*)\b"
)


def adult_helped_sextortion(text: str) -> bool:
    """A relative writes for a grown (18+) person who is blackmailed with images: the images
    are of her or him, or she or he is asked to pay; never when the writer says they are the
    one blackmailed."""
    cleaned = plain_lower(text)
    if not (_ADULT_HELPED.search(cleaned) and _BLACKMAIL.search(cleaned)):
        return False
    return bool(_RELATIVE_BLACKMAILED.search(cleaned)) and not _WRITER_BLACKMAILED.search(cleaned)


# --- a helped young person's eligibility when nothing was sent (round 30 p08) ---
_ELIGIBLE = re.compile(
    r"\b(?:eligible|qualif\w*)\b|\bcan (?:she|he|they) (?:\w+ )?(?:get|use|call|have)\b[^.?!]{0,30}"
    r"\b(?:legal advice|lawyer|service)\b"
)
_NOTHING_SENT = re.compile(
    r"\bno (?:photos?|pics?|pictures?|images?|nudes?) (?:were |was |have been |has been )?"
    r"(?:actually |ever )?(?:sent|shared)\b"
    r"|\b(?:she|he|they) (?:hasn'?t|has not|haven'?t|have not|never) (?:sent|shared)\b"
    r"|\b(?:she|he|they) (?:didn'?t|didnt|did not|never) (?:send|share)\b"
    r"|\bnothing (?:was |has been )?(?:actually )?(?:sent|shared)\b|\bhasn'?t sent any\b"
)


def helped_young_service(text: str, earlier: list[str]) -> bool:
    """A helper asks whether a young person who sent nothing can get the free legal advice."""
    cleaned = plain_lower(text)
    if not _ELIGIBLE.search(cleaned) or not re.search(r"\b(?:she|he|they|her|him)\b", cleaned):
        return False
    window = _window(text, earlier, 6)
    if not any(_NOTHING_SENT.search(message) for message in window):
        return False
    return helper_writing([*earlier[-6:], text])


# --- a parent's removal question for a young person (round 30 p03) ---
_REMOVAL = re.compile(
    r"\b(?:get|take) (?:it|them|the (?:\w+ )?(?:photo|pic|picture|image|video)s?) (?:off|down)\b"
    r"|\btaken? (?:down|off)\b"
    r"|\bremov\w*|\bstop (?:it|them) (?:being |from being |getting )?(?:posted|shared|spread)\b"
    r"|\bdelete(?:d)? (?:it|them) (?:from|off)\b"
)
_ROLE_MESSAGE = re.compile(
    r"\bi(?:'m| am|m) (?:her|his|their) (?:mother|mom|mum|father|dad|parent)"
)


def helped_young_removal(text: str, earlier: list[str], intent: str | None) -> bool:
    """A parent or staff member of a young person whose image went around asks about removal."""
    cleaned = plain_lower(text)
    if not (_REMOVAL.search(cleaned) or intent == "ask_image_removal"):
        return False
    if re.search(r"\bmy (?:own )?(?:nudes?|pics?|photos?|pictures?|images?)\b", cleaned):
        return False
    if re.search(r"\bdelet", cleaned):
        # "do I tell them to delete it?" (round16_roles): the copies answer's, not removal.
        return False
    texts = [*earlier[-6:], text]
    if not any(_GOING_AROUND.search(plain_lower(message)) for message in texts):
        return False
    return helper_writing(texts) and (
        any(re.search(r"\bmy (?:daughter|son|kid|child|student)\b", plain_lower(m)) for m in texts)
        or bool(_ROLE_MESSAGE.search(cleaned))
    )


# --- "if I report, will she get arrested?" about a young ex (round 30 p20 T3) ---
_CHARGED_ASKED = re.compile(
    r"\b(?:will|would|could|can|does|is) (?:she|he|they|my ex|her|him) (?:\w+ )?(?:get |be |go )?"
    r"(?:arrested|charged|in trouble|to jail|to prison|a criminal record)\b"
)
_REPORT_WORDS = re.compile(r"\b(?:report\w*|cybertip\w*|police|cops|rcmp)\b")
_PEER_YOUNG = re.compile(
    r"\b(?:she'?s|shes|he'?s|hes|she is|he is|they'?re|theyre) (?:only |just |also )?(1[0-7])\b"
    r"|\b(?:1[0-7]) too\b|\b(?:ex|gf|bf|girlfriend|boyfriend|ex-?gf|ex-?bf) ?\((1[0-7])\)"
)
REPORT_PEER_CHARGED = "utter_report_young_peer_charged"


def report_peer_charged(text: str, earlier: list[str]) -> bool:
    """A young writer asks whether reporting would get the young person threatening them
    arrested."""
    cleaned = plain_lower(text)
    if not (_CHARGED_ASKED.search(cleaned) and _REPORT_WORDS.search(cleaned)):
        return False
    window = _window(text, earlier, 4)
    age = own_age([*earlier, text])
    if age is None or age >= ADULT:
        return False
    return any(_PEER_YOUNG.search(message) for message in window)


# --- a staff member's duty asked again right after the answer (round 29 p09 T2) ---
DUTY = "utter_duty_to_report"  # source_answers.yml
DUTY_AGAIN = "utter_duty_to_report_again"
_DUTY_ASKED = re.compile(
    r"\b(?:duty|obligat\w*|obliged|required|legally have|mandatory|have to|need to|supposed to)"
    r" (?:to )?report\b|\bmandatory report|\breporting (?:obligations?|dut(?:y|ies))\b"
)


def duty_asked_again(text: str, earlier: list[str], previous: list[str]) -> bool:
    """A staff member asks about their duty to report again, right after its answer."""
    if DUTY not in previous or not _DUTY_ASKED.search(plain_lower(text)):
        return False
    return any(_STAFF.search(plain_lower(message)) for message in [*earlier[-6:], text])


# --- "she wants to pay, what do I tell her" after a grown child's blackmail (round 29 p30 T4) ---
PAY_AGAIN = ["utter_sextortion_pay_again", "utter_part_talk_support"]
_PAY = re.compile(r"\b(?:pay|paying|paid|send (?:him|her|them) (?:the )?money)\b")


def helped_adult_pay(text: str, earlier: list[str]) -> bool:
    """The helper of a grown child who is blackmailed says she wants to pay."""
    cleaned = plain_lower(text)
    if not (_PAY.search(cleaned) and re.search(r"\b(?:she|he|they)\b", cleaned)):
        return False
    return any(adult_helped_sextortion(message) for message in earlier[-6:])


def follow_up(
    text: str, previous: list[str], earlier: list[str], intent: str | None
) -> list[str] | None:
    """The answer for the kinds above, or None. Outside forms, never a safety intent."""
    if not text:
        return None
    if friend_call_first(text, earlier):
        if FRIEND_CALL_FIRST in previous:
            return [FRIEND_CALL_FIRST_AGAIN]
        return [FRIEND_CALL_FIRST]
    if friend_worried(text, earlier):
        return FRIEND_WORRIED
    if friend_feared_for(text, earlier):
        if _adult_friend([*earlier[-6:], text]):
            # "she's 21": no "call their mom" (round 60 p27); the lines for them, what to do.
            return fresh(crisis_for_others.FOR_SOMEONE_ELSE, previous) or list(
                crisis_for_others.FOR_SOMEONE_ELSE_AGAIN
            )
        return fresh([FRIEND_CALL_FIRST], previous) or [FRIEND_CALL_FIRST_AGAIN]
    if promise_have_to(text, earlier):
        age = own_age([*earlier, text])
        if age is not None and age < ADULT:
            return fresh([PROMISE_TELL_YOUNG], previous)
        if PROMISE_HAVE_TO in previous:
            return [PROMISE_HAVE_TO_AGAIN]
        return [PROMISE_HAVE_TO]
    if duty_asked_again(text, earlier, previous):
        return [DUTY_AGAIN]
    if helped_adult_pay(text, earlier):
        return fresh(PAY_AGAIN, previous)
    if adult_helped_sextortion(text):
        return fresh(ADULT_HELPED_SEXTORTION, previous)
    if helped_young_service(text, earlier):
        if HELPED_YOUNG_SERVICE in previous:
            return [HELPED_YOUNG_SERVICE_AGAIN]
        if _TELL_PARENTS.search(plain_lower(text)):
            # "She's begged me not to tell her parents ... And can she get free legal advice
            # herself?" (round 30 p08 T2): both halves.
            return [HELPER_TELL_PARENTS, HELPED_YOUNG_SERVICE]
        return [HELPED_YOUNG_SERVICE]
    if report_peer_charged(text, earlier):
        return fresh([REPORT_PEER_CHARGED], previous)
    if helped_young_removal(text, earlier, intent):
        return fresh([HELPED_YOUNG_REMOVAL], previous)
    return None
