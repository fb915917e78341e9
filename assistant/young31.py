"""Rounds 29-30 (young31): a child's situation not recognised
(tests/simulated-users/2026-12-06-round29, -round30). Each reader gives the young writer's
answer to what was asked:

- an adult in the family or the home asks for pictures and says it's a secret (r30 p26 T2,
  13, "hes my uncle and he lives with us. he said its a secret"): sexual exploitation, not a
  secret to keep, not in trouble; a safe adult who is not him, Kids Help Phone, Cybertip.ca,
  NeedHelpNow.ca (`SECRET`). Before: a check-in, then "the person who wants to take or share
  intimate images must make sure there is consent" (adult consent text).
- "am I in trouble", "I don't want to get in trouble", "who do I tell" after being asked for
  pictures (r30 p26 T3-T4, r29 p20 T4): not in trouble, who to tell (`NOT_IN_TROUBLE`).
  Before: 9-1-1 / VictimLinkBC / police only, or the consent text.
- "if I tell anyone he will say I did bad stuff" (r29 p20 T3, 12): a way to keep you quiet,
  not in trouble (`BLAME_THREAT`). Before: the adult threat text (CRT, extortion, lawyer line).
- "will she get arrested? I just want her to delete it" from a young writer about another
  young person (r30 p20 T3, 16): charging is for the police, the sources don't say more;
  ways to get it deleted without the police (the IIPS, the CRT); ask Cybertip.ca first, the
  free lawyer (`OTHER_ARRESTED`). Before: the generic crime paragraph.
- "i think hes showing ppl", "hes SHOWING them to ppl at his school. im 14 hes 19" (r30 p15):
  showing is sharing, an image of anyone under 18 is CSAM whatever his age, then the young
  person's steps (`SHOWN`). Before: "when images have not been shared", then the trust question.

Read in follow_up_readers.SEQUENCE_READERS after plain27 (outside forms, never for a safety
intent). Plain functions; responses in domain/young31.yml.
"""

from __future__ import annotations

import re

from assistant.age_parsing import parse_ages
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.trust_words import _ASKS_FOR_IMAGES

SECRET = ["utter_young31_secret", "utter_young31_tell_next"]
SECRET_NO_AGE = ["utter_young31_secret_no_age", "utter_young31_tell_next"]
NOT_IN_TROUBLE = ["utter_young31_not_in_trouble", "utter_young31_tell_next"]
NOT_IN_TROUBLE_AGAIN = ["utter_young31_not_in_trouble_again"]
BLAME_THREAT = ["utter_young31_blame_threat", "utter_young31_tell_next"]
OTHER_ARRESTED = ["utter_young31_other_arrested", "utter_young31_other_arrested_next"]
SHE_HEARD = "utter_young31_she_heard"
SHOWN = ["utter_young31_shown", "utter_youth", "utter_youth_images"]
SHOWN_NO_AGE = ["utter_young31_shown_no_age", "action_shared_next"]
_ADULT = 18
_RECENT = 5  # messages read back for what was told (this one included)

# Someone else's case: the helpers' readers answer it.
# "my 11 year old niece" too (round 35 p22: the aunt was read as a child whose family asks).
_HELPER = re.compile(
    r"\bmy (?:\d+[- ]?(?:year|yr)s?[- ]old )?(?:daughter|son|kid|kids|child|children|student"
    r"|niece|nephew|granddaughter|grandson"
    r"|little (?:sister|brother)|friend|bestie|best friend)\b(?!'?s? (?:brother|sister|dad|mom"
    r"|cousin|uncle))|\b(?:she|he)'?s? (?:only )?\d{1,2} and (?:her|his)\b"
)
# An adult in the family or the home ("my mom" is left out: "should i tell my mom" is the safe
# adult, not the one asking).
_FAMILY = re.compile(
    r"\b(?:uncle|aunt|auntie|step ?dad|stepfather|step ?mom|stepmother|step ?brother"
    r"|grandpa|grandfather|cousin|(?:mom|mum)'?s (?:boyfriend"
    r"|bf|partner)|family friend|lives? (?:with|w) (?:us|me|my \w+)|in my house|at (?:our|my)"
    r" house)\b"
)
_SECRET_WORDS = re.compile(
    r"\bsecret\b|\b(?:not|dont|don'?t|never) (?:to )?tell (?:anyone|anybody|no ?one|my \w+)\b"
    r"|\bbetween (?:us|him and me|me and him)\b"
)


def _said(text: str, earlier: list[str]) -> list[str]:
    return [plain_lower(t) for t in [*earlier[-(_RECENT - 1) :], text]]


def _age(told: list[str]) -> int | None:
    """The age the writer gave of themselves, latest first, or None."""
    for said in reversed(told):
        parsed = parse_ages(said)
        if parsed.self_stated and parsed.age is not None:
            return parsed.age
    return None


def _young(told: list[str], is_minor: object) -> bool | None:
    """True for a writer under 18, False for an adult, None when no age was said."""
    age = _age(told)
    if age is not None:
        return age < _ADULT
    return True if young_now(told, is_minor) else None


# Not a request for the writer's pictures: "my ex wants me to delete her pics", "wants 500
# bucks or shell send them" (the older readers answer those).
_NOT_A_REQUEST = re.compile(r"\b(?:delete|remove|erase|or|unless|if)\b")
# The writer sent one ("i already sent him one", "am i in trouble for sending it"): the older
# answers for a young sender (plain27, the form follow-ups) keep their lines.
_WRITER_SENT = re.compile(
    r"\bi (?:already |just |also |did )?sent\b|\bfor sending\b|\b(?:cuz|cause|because|bc) i"
    r" sent\b"
)


def _asked(told: list[str]) -> bool:
    return any(
        not _NOT_A_REQUEST.search(match.group(0))
        for said in told
        for match in _ASKS_FOR_IMAGES.finditer(said)
    )


def _helper(told: list[str]) -> bool:
    return any(_HELPER.search(said) for said in told)


# --- an adult in the family or the home, a secret --------------------------------------------
# The writer telling someone in the family ("i'll tell my aunt tonight") is the safe adult.
_TELLS_FAMILY = re.compile(
    r"\b(?:tell|telling|told|talk to|talking to|go to|ask|asking) (?:my |our )?(?:\w+ )?"
    r"(?:uncle|aunt|auntie|grandpa|grandfather|grandma|cousin)\b"
)


def secret_kind(text: str, earlier: list[str], is_minor: object) -> list[str] | None:
    cleaned = _TELLS_FAMILY.sub(" ", plain_lower(text))
    told = _said(text, earlier)
    if not (_FAMILY.search(cleaned) or _SECRET_WORDS.search(cleaned)):
        return None
    if not _asked(told) or not any(_FAMILY.search(said) for said in told) or _helper(told):
        return None
    young = _young(told, is_minor)
    if young is False:
        return None
    return SECRET if young else SECRET_NO_AGE


# --- "am I in trouble", "who do I tell" ------------------------------------------------------
_TROUBLE_OR_TELL = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|im|i'?m|am i gonna|am i going to) (?:be |get |gonna"
    r" be |going to be |getting )?(?:in|into) (?:big |so much |any )?trouble\b"
    r"|\b(?:dont|don'?t|do not) (?:want (?:to )?|wanna )(?:get|be) (?:in|into) trouble\b"
    r"|\bwho (?:do|should|can|could|would) i (?:tell|talk to|go to)\b|\bwho (?:to|do i) tell\b"
)


def trouble_kind(
    text: str, earlier: list[str], previous: list[str], is_minor: object
) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _TROUBLE_OR_TELL.search(cleaned):
        return None
    told = _said(text, earlier)
    if not _asked(told) or _helper(told) or not _young(told, is_minor):
        return None
    if any(_WRITER_SENT.search(said) for said in told):
        return None
    if NOT_IN_TROUBLE_AGAIN[0] in previous:
        return NOT_IN_TROUBLE
    if "utter_young31_tell_next" in previous or "utter_young31_not_in_trouble" in previous:
        return NOT_IN_TROUBLE_AGAIN
    return NOT_IN_TROUBLE


# --- "if I tell, he'll say I did bad stuff" --------------------------------------------------
_BLAME = re.compile(
    r"\bif i (?:tell|told|say|report)\b[^.!?]{0,40}\b(?:say|said|tell|blame|make)\b[^.!?]{0,30}"
    r"\b(?:i|me|my fault)\b"
    r"|\b(?:he|she|they)(?:'?ll| will| would| said he'?d| said she'?d| said)? (?:say|tell"
    r" (?:everyone|people|my \w+)) (?:that )?i (?:did|sent|started|wanted|asked)\b"
    r"|\b(?:blame (?:it on )?me|get me in trouble)\b"
)


def blame_kind(
    text: str, earlier: list[str], previous: list[str], is_minor: object
) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _BLAME.search(cleaned):
        return None
    told = _said(text, earlier)
    if not _asked(told) or _helper(told) or not _young(told, is_minor):
        return None
    if BLAME_THREAT[0] in previous:
        return None
    if "utter_young31_tell_next" in previous:
        return [BLAME_THREAT[0], *NOT_IN_TROUBLE_AGAIN]
    return BLAME_THREAT


# --- "will she get arrested? I just want her to delete it" -----------------------------------
_OTHER_ARRESTED = re.compile(
    r"\b(?:will|would|could|can|does|is|might) (?:she|he|they|my ex|the \w+)\b[^.!?]{0,15}"
    r"\b(?:get|be|go|going to)\b[^.!?]{0,10}\b(?:arrested|charged|in trouble|to jail|to prison"
    r"|a record|criminal record)\b"
    r"|\b(?:ruin|wreck) (?:her|his|their) life\b"
)
# The images or a threat to share them told (the peer's case, not a request for pictures).
_IMAGE_TOLD = re.compile(
    r"\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?)\b|\b(?:send|post|share|leak)"
    r" it\b"
)
_TRUSTED = re.compile(
    r"\b(?:teacher|coach|tutor|instructor|principal|boss|manager|supervisor|babysitter|pastor"
    r"|priest|leader|trainer|uncle|stepdad)\b"
)
_SHE_HEARD = re.compile(
    r"\b(?:it'?s|its|she'?s|shes) a (?:she|girl)\b|\bshe not (?:a )?he\b|\bnot a (?:he|him|guy)\b"
)


# The answer speaks of "her" (r30 p20: "it's a she not a he"): read only when the message does.
_SHE = re.compile(r"\b(?:she|she'?s|shes|her)\b")
_HE_OR_THEY = re.compile(r"\b(?:he|he'?s|hes|him|his|they|they'?re|theyre)\b")  # "them": the pics


def other_arrested_kind(
    text: str, earlier: list[str], previous: list[str], is_minor: object
) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _OTHER_ARRESTED.search(cleaned):
        return None
    if not _SHE.search(cleaned) or _HE_OR_THEY.search(_SHE_HEARD.sub(" ", cleaned)):
        return None  # "can he get arrested": the older crime answers about him or them
    told = _said(text, earlier)
    if _helper(told) or not _young(told, is_minor):
        return None
    if not any(_IMAGE_TOLD.search(said) for said in told):
        return None
    if any(_TRUSTED.search(said) for said in told):
        return None  # a teacher, coach or family member: writer_frames' asker answers
    other = parse_ages(" ".join(told)).other_age
    if other is not None and other >= _ADULT:
        return None  # an adult: the exploitation answers
    if OTHER_ARRESTED[0] in previous:
        return None
    heard = [SHE_HEARD] if _SHE_HEARD.search(cleaned) else []
    return [*heard, *OTHER_ARRESTED]


# --- "he's showing them to people" -----------------------------------------------------------
# Someone else showing them, done or going on ("hes showing ppl", "he showed his friends"),
# never the writer's own ("can i show my friends her pic": the under-18 rule answers) or a
# threat ("he'll show my friends if i dont": the threat answers).
_SHOWING = re.compile(
    r"\b(?:(?:he|she|they|he'?s|she'?s|they'?re|theyre|hes|shes|is|are|was|were|keeps?|kept"
    r"|been|still|now|always) (?:\w+ )?(?:showed|shown|showing|shows)|passing (?:it|them)"
    r" around)\b(?! me\b)[^.!?]{0,25}\b(?:ppl|people|everyone"
    r"|everybody|his friends|her friends|friends|others|the guys|boys|girls|school|class)\b"
    r"|\b(?:ppl|people|everyone|everybody|his friends|friends) (?:\w+ )?(?:saw|seen|have seen)"
    r" (?:them|it|my)\b"
)
_OWN_IMAGES = re.compile(
    r"\b(?:of me|my (?:pics?|pictures?|photos?|nudes?|images?|videos?))\b|\bthem\b|\bit\b"
)


_HAS_THEM = re.compile(
    r"\b(?:has|have|got|kept|keeps|saved) (?:\w+ )?(?:pics?|pictures?|photos?|nudes?|images?"
    r"|videos?|vids?)\b"
)


def shown_kind(
    text: str, earlier: list[str], earlier_actions: list[str], is_minor: object
) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _SHOWING.search(cleaned):
        return None
    told = _said(text, earlier)
    if _helper(told) or not any(_OWN_IMAGES.search(said) for said in told):
        return None
    if SHOWN[0] in earlier_actions or not (earlier or _HAS_THEM.search(cleaned)):
        return None  # a first message only when it also says he has them (read as only held)
    young = _young(told, is_minor)
    if not young:
        return SHOWN_NO_AGE if young is None and not earlier else None
    if SHOWN_NO_AGE[0] in earlier_actions:
        return SHOWN[1:]  # "showing is sharing" was said: the young person's steps
    return SHOWN


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object,
    earlier_actions: list[str],
) -> list[str] | None:
    """The young writer's answer to the latest message, or None."""
    if not earlier:
        # A first message: the classifier's topic and the protective guess, except "he's
        # showing them to people", which older readers took as images only held.
        return shown_kind(text, earlier, earlier_actions, is_minor)
    return (
        blame_kind(text, earlier, previous, is_minor)
        or secret_kind(text, earlier, is_minor)
        or trouble_kind(text, earlier, previous, is_minor)
        or other_arrested_kind(text, earlier, previous, is_minor)
        or shown_kind(text, earlier, earlier_actions, is_minor)
    )
