"""Whose images a message is about, and what happened, read from the words (issue 16). Plain
Python, no training examples.

- A helper writing about a child or teen ("my daughter is 15 and a boy sent around her photo",
  "a student told me an older student is sharing her photos", "the babysitter took photos of my
  6 year old"): the child-exploitation routes and how to support the child, never the helper's
  own age or home.
- A helper writing about an adult ("my friend's ex leaked her nudes, how can I help her"): what
  the person they help can do, and that a friend can be on the call.
- Someone under 18 telling of their own images shared ("im 14 and my bf sent my pic"): the
  youth answer at once, not "it's not your fault" and a button.
- An adult whose images were taken when they were under 18 ("im 19 now but there are pics of me
  from when i was 15"): Take It Down, not StopNCII.
- Pushed with a threat to their job, shifts or grades ("he says I'll lose shifts if I don't"):
  pressure, not a consent definition.
- Money already paid to a blackmailer: what to do now.
- Someone who was given the crisis lines for another person and cannot reach them: 9-1-1.
"""

from __future__ import annotations

import re

from assistant.age_parsing import normalise, parse_ages
from assistant.image_words import images
from assistant.situation_reading import situation_from_text
from assistant.writer_framing import says_it_is_me

HELPER_MINOR = "helper_for_minor"
HELPER_ADULT = "helper_for_adult"
SELF_MINOR_SHARED = "minor_images_shared"
TAKEN_UNDER_18 = "images_taken_under_18"
COERCED = "pressured_with_a_threat"
ALREADY_PAID = "sextortion_already_paid"
CANT_REACH = "cannot_reach_person_in_crisis"
YOUTH_LINE = "youth_line_asked"
OTHER_IN_CRISIS = "someone_else_may_hurt_themselves"

ADULT_AGE = 18  # content/age_rules.yml adult_age; the answers name no age themselves

_IMAGES = images(r"naked \w+", "snaps?", "screenshots?")
_AGE = r"(?:\d{1,2}[- ]?(?:year[- ]?old|yr[- ]?old|yrs?[- ]?old|yo|y/o)|\d{1,2}yo)"
# Someone the speaker looks after or teaches: a child unless an adult age is given.
_CHILD_NOUN = (
    r"(?:daughter|son|kid|child|children|cousin|niece|nephew|granddaughter|grandson"
    r"|grandchild|grandkid|grandbaby|great[- ]?grand(?:daughter|son|child|kid)|student"
    r"|stepdaughter|stepson|step-(?:daughter|son)|godson|goddaughter|godchild|godkid"
    r"|foster (?:child|kid|daughter|son)"
    r"|little (?:sister|brother|sis|bro)|younger (?:sister|brother)|baby (?:sister|brother)"
    r"|lil (?:sis|bro)|little one|toddler|teen|teenager)"
)
_CHILD = re.compile(
    rf"\b(?:my|our|his|her|a|one of my|one of our) (?:{_AGE} |\(\d{{1,2}}\) |grade \d{{1,2}} )?"
    rf"(?:little |younger |baby |teenage |teen |step-?)?{_CHILD_NOUN}s?\b"
    rf"|\b(?:my|our|his|her) {_AGE}\b"
    # "my neighbour's kid", "my friend's daughter", "our pastor's son": a child all the same.
    r"|\b(?:my|our) \w+'?s (?:little |young |teenage |\d{1,2}[- ]?(?:year[- ]?old|yo) )?"
    r"(?:kid|child|son|daughter|boy|girl|teen|teenager|grandson|granddaughter)\b"
    rf"|\b(?:a|one of the|some) (?:student|kid|child|girl|boy)s? (?:in|at|from) "
    rf"(?:my|our|the)\b"
)
# Someone the speaker helps who is not named as a child.
_OTHER_PERSON = re.compile(
    r"\b(?:my|our) (?:best |close |good )?(?:friend|bestie|bff|buddy|roommate|roomie|coworker"
    r"|co-worker|colleague|client|gf|girlfriend|bf|boyfriend|wife|husband|partner|fianc[eé]e?"
    r"|sister|brother|sis|bro|mom|mum|mother|dad|father|aunt|neighbou?r)(?:'s|s)?\b"
    r"|\b(?:a|one of my|one of our) (?:friend|client|coworker|co-worker|colleague|patient)"
    r"(?:'s|s)?\b"
)
# A person's images with the apostrophe left out ("my friends nudes", "my sisters pics"): theirs,
# not the writer's (round 22, p12: read as the writer's own, so the friend's age went unused).
_OWNER = (
    r"(?:best |close )?(?:friend|bestie|bff|sister|brother|cousin|daughter|son|girlfriend"
    r"|boyfriend|gf|bf|wife|husband|partner|roommate|roomie|classmate|niece|nephew)(?:s'?|'s)"
)
# Images that are the helped person's ("her nudes", "photos of my daughter").
_THEIR_IMAGES = re.compile(
    rf"\b(?:my|our) {_OWNER} {_IMAGES}"
    rf"|\b(?:her|his|their) (?:\w+ )?{_IMAGES}"
    rf"|\b{_IMAGES} (?:of|from) (?:her|him|them|my (?!self)\w+)"
    rf"|\b(?:she|he|they) (?:had )?sent (?:him|her|them|a|the|some)\b"
    rf"|\b(?:of|with) (?:her|his|their) {_IMAGES}"
    rf"|\b{_IMAGES} (?:she|he|they) (?:sent|took|made)"
)
# The speaker's own images or the speaker as the one targeted: not a helper's message.
_MINE = re.compile(
    rf"\bmy (?!{_OWNER} )(?:\w+ )?{_IMAGES}|\b{_IMAGES} of me\b"
    r"|\b(?:asking|asked|asks|wants|begging) me\b|(?<!told )(?<!tells )\bme (?:a|some|my)\b"
    r"|\bblackmail\w* me\b|\bthreaten\w* me\b"
    r"|\bsextort\w* me\b"
    # Round 28 p29: "took a video of us during sex without me knowing": the writer is in it,
    # whoever else is named as the one it was shown to.
    rf"|\b{_IMAGES} of (?:us|me and (?:him|her|them|my \w+))\b"
    r"|\b(?:secretly )?(?:recorded|filmed|photographed|videoed) (?:me|us)\b"
)
# Something was done with the images: shared, threatened, taken, or put online.
_DONE = re.compile(
    r"\b(?:post|shar|leak|upload|forward|spread|circulat|pass(?:ed|ing) around|sent around"
    r"|send(?:ing)? around|show|threat|blackmail|sextort|expos)\w*"
    # "passed her video around the school", "sent his pics round": words between.
    r"|\b(?:pass|passed|passing|sent|sending|spread|spreading) (?:\w+ ){1,3}(?:a)?round\b"
    # "someone put my pic on tiktok", "he put them up online" (session 16).
    r"|\bput (?:\w+ ){0,4}(?:on|up|online)\b"
    r"|\b(?:took|taken|taking|take|recorded|recording|filmed|filming)\b[^.!?]{0,30}"
    rf"\b{_IMAGES}|\b{_IMAGES}\b[^.!?]{{0,20}}\b(?:took|taken|recorded)\b"
    r"|\b(?:are|is|were|was|got|get) (?:now )?(?:on|online|up on|all over)\b"
    r"|\bon (?:some|a|this|that|the) (?:website|site|page|account|group chat|server)\b"
    r"|\b(?:filmed|videoed|photographed|recorded)\b"
    r"|\bput\b[^.!?]{0,30}\b(?:online|on the internet|up on|on (?:a|some|the) (?:site|website))"
    r"|\bsent (?:\w+ ){0,3}to (?:his|her|their|all|everyone|everybody|people|friends"
    r"|the|a group|other|random)\b"
)
_OWN_IMAGES = re.compile(rf"\bmy (?:\w+ )?{_IMAGES}|\b{_IMAGES} of me\b")
_HELP_ASK = re.compile(r"\bhow (?:can|do|should) (?:i|we) (?:help|support)\b")
_SAYS_AGE = re.compile(
    r"\b(?:she|he|they)(?:'s| is| are|s| was)? (\d{1,2})\b"
    r"|\b(?:she|he|they)(?:'s| is| are|s)? (?:only |just )?(\d{1,2})\b"
    r"|\bis (\d{1,2})\b(?! (?:minutes|hours|days|weeks|months|years? (?:ago|older|younger)))"
    r"|\((\d{1,2})\)|\b(\d{1,2}) ?(?:yo|y/o)\b|\b(\d{1,2})[- ]?(?:year|yr)s?[- ]?old\b"
    r"|\bgrade ([1-9]|1[0-2])\b"
    # "my best friend's nudes ... i'm 17 too" (round 72 p25): the friend is the writer's age.
    r"|\b(?:i'?m|im|i am) (\d{1,2}) too\b|\bwe(?:'re| are|re) both (\d{1,2})\b"
)
_GRADE = re.compile(r"\bgrade\s*([1-9]|1[0-2])\b|\b(?:elementary|middle|high) school\b")
_CHILD_MONEY = re.compile(r"\$|\b(?:money|pay|paid|gift ?cards?|bitcoin|crypto|dollars)\b")

# "from when i was 15", "taken when I was under 18", "pics of me in high school".
_WHEN_YOUNG = re.compile(
    r"\b(?:from |taken |made |back )?when i was (?:only |just )?(?:1[0-7]|[1-9]|under 18"
    r"|a minor|a kid|a teen(?:ager)?|in (?:high school|grade \d+|middle school))\b"
)
_FROM_THEN = re.compile(rf"\b{_IMAGES} (?:\w+ )?from when i was\b")
_ADULT_NOW = re.compile(r"\b(?:i'?m|im|i am) (?:now )?(1[89]|[2-9]\d)\b|\bnow\b")

# "he says I'll lose my shifts if I don't", "she'll fire me unless I send one".
_COERCED = re.compile(
    r"\b(?:lose|losing|lost) (?:my |all my |his |the )?(?:shifts?|job|hours|spot|place|position"
    r"|scholarship|grades?|marks|role|position|apartment|home|room)\b"
    r"|\b(?:fire|kick|cut|bench|fail|drop|evict|dump) (?:me|my hours|my shifts)\b"
    r"|\b(?:no more|fewer|less) (?:shifts|hours)\b|\b(?:won'?t|not) (?:get|give me) (?:any )?"
    r"(?:shifts|hours|a reference|the job|the part)\b"
)
_IF_NOT = re.compile(
    r"\b(?:if|when) i (?:don'?t|dont|do not|won'?t|wont|say no|refuse|stop)\b|\bunless i\b"
    r"|\bif i (?:don'?t|dont) (?:send|do)\b|\bif not\b|\botherwise\b"
)

# "he already paid 200 last night", "I paid him but he wants more", "we sent the money".
_PAID = re.compile(
    r"\b(?:already |just )?(?:paid|transferred|e-?transferred)\b(?! for\b)"
    r"|\b(?:sent|gave) (?:him|her|them) (?:the |some )?(?:money|cash|\$|\d+|gift ?cards?)"
    r"|\b(?:already|just) (?:sent|gave) (?:the |some )?(?:money|cash|\$|\d+|gift ?cards?)"
    # "I give him money 200 dollar already" (present tense, said in other words)
    r"|\b(?:give|gave|send|sent) (?:him|her|them) (?:the |some )?(?:money|cash|\$|\d+)"
    r"[^.!?]{0,25}\balready\b"
)
_PAY_QUESTION = re.compile(r"\b(?:should|do|must|can|could|if) (?:i|we|he|she) (?:just )?pay\b")

# "she's not answering her phone", "I can't reach him", "he won't pick up".
_CANT_REACH = re.compile(
    # "read" and not "ready" ("I'm not ready to involve the police" is no one unreachable)
    r"\b(?:not|isn'?t|isnt|aren'?t|won'?t|wont|stopped|doesn'?t|didn'?t) (?:(?:answer|respond"
    r"|reply)\w*|pick(?:ing)? up|pick up|pickup|read(?:ing|s)?)\b"
    r"|\b(?:can'?t|cannot|cant|couldn'?t) (?:reach|get (?:a )?hold of|get through to|find|contact)"
    r" (?:her|him|them|my \w+)\b"
    r"|\b(?:no answer|no reply|not responding|phone is off|phone's off|left on read)\b"
)
_THIRD = re.compile(r"\b(?:she|he|they|her|him|them|my (?:friend|sister|brother|\w+))\b")


def _clean(text: str) -> str:
    return " ".join(normalise(text or "").split())


def helped_age(text: str) -> int | None:
    """The age given for the person helped ("she is 17", "my 6 yo", "(16)"), if any."""
    return _helped_age(text)


def helps_someone_young(texts: list[str]) -> bool:
    """An earlier message gave the age of someone under 18 the writer helps ("my little sister
    is 14")."""
    ages = (_helped_age(text) for text in texts)
    return any(age is not None and age < ADULT_AGE for age in ages)


def _helped_age(text: str) -> int | None:
    """The age given for the person helped ("she is 17", "my 6 yo", "(16)"), if any."""
    for match in _SAYS_AGE.finditer(text):
        groups = [g for g in match.groups() if g]
        if not groups:
            continue
        if match.group(0).startswith("grade"):
            return 5 + int(groups[0])  # a grade given: a school-age child
        return int(groups[0])
    return None


# Children named only as those the images would be sent to ("he will send them to my children
# and my church", "show my kids"): the writer's own blackmail, not a child's (round 15, p11).
CHILD_AUDIENCE = re.compile(
    r"\b(?:to|with|show(?:ing)?|tell(?:ing)?|email(?:ing)?|message|messaging|text(?:ing)?)"
    r" (?:all )?(?:of )?(?:my|our) (?:grand)?(?:children|kids|sons?|daughters?|grandkids)\b"
    r"(?!'s| (?:is|are|was|were|who|has|have)\b)"
)


# Adults named only as those the images went to ("he sent them to my mom last night", "she
# showed them to my coworkers"): the writer's own images, not someone helped (session 21: "Thank
# you for helping them" to the person in the images). Only after a sending verb.
ADULT_AUDIENCE = re.compile(
    r"\b((?:sent|send|sending|sends|showed|show|showing|shows|shown|forwarded|forward|posted"
    r"|shared|share|sharing|spread|leaked|gave|give|emailed|texted|passed|airdropped)"
    r"(?: (?:them|it|those|these|my \w+|the \w+|pics|photos|nudes|videos?|a \w+))?)"
    r" (?:to|with) (?:all )?(?:of )?(?:my|our) (?:mom|mum|mother|dad|father|parents|family"
    r"|boss|coworkers?|co-workers?|colleagues|friends|wife|husband|partner|sister|brother"
    r"|aunt|uncle|grandma|grandpa|grandparents|church|work|roommates?|classmates|teachers?)\b"
    r"(?!'s| (?:is|are|was|were|who|has|have)\b)"
)


# The writer asks about their own act with someone else's image ("im asking if i can show my
# friends her pic", "is it ok if i send her pic to my boys", round 19 p08): the one who would
# share, not a helper; a report, the police or a lawyer named is a helper's step.
WRITER_WOULD_SHARE = re.compile(
    r"\b(?:(?:can|could|should|may|if|would|will|do) i|i (?:can|could|may|should)"
    r"|(?:allowed|ok|okay|legal|illegal|wrong|alright|fine|bad) (?:for me )?to|for me to|me to)"
    r" (?:just |still |even |go )?"
    r"(?:show|send|share|post|forward|pass|put|airdrop)\w*\b"
)
_TO_AUTHORITY = re.compile(r"\b(?:police|cops?|rcmp|cybertip|lawyer|report\w*|evidence)\b")


def writer_would_share(text: str) -> bool:
    """The writer asks whether they may show or send someone else's image (not to report it)."""
    cleaned = _clean(text)
    return bool(WRITER_WOULD_SHARE.search(cleaned)) and not _TO_AUTHORITY.search(cleaned)


def helped_person(text: str) -> str | None:
    """HELPER_MINOR / HELPER_ADULT when the message is about someone else's images, else None."""
    # "he says he will show them to our grandkids": those who would see them, not a child helped.
    cleaned = CHILD_AUDIENCE.sub(" ", _clean(text)).strip()
    cleaned = ADULT_AUDIENCE.sub(lambda m: m.group(1), cleaned)
    # Money asked: blackmail, whose answer (don't pay) fits a helper too.
    if not cleaned or _MINE.search(cleaned) or _CHILD_MONEY.search(cleaned):
        return None
    if writer_would_share(cleaned):
        return None
    child = _CHILD.search(cleaned)
    other = _OTHER_PERSON.search(cleaned)
    if not (child or other):
        return None
    # "a guy says he will send her pics to her whole school": a threat in other words.
    done = _DONE.search(cleaned) or situation_from_text(cleaned) in {"shared", "threatened"}
    if not (done or _HELP_ASK.search(cleaned)):
        return None
    if not (child or _THEIR_IMAGES.search(cleaned) or _HELP_ASK.search(cleaned)):
        return None
    age = _helped_age(cleaned)
    if age is not None:
        return HELPER_MINOR if age < ADULT_AGE else HELPER_ADULT
    if child or _GRADE.search(cleaned):
        return HELPER_MINOR
    return HELPER_ADULT


def helped_minor_said(texts: list[str], last: int = 6) -> bool:
    """One of the last `last` messages tells of someone else's images and gives their age as
    under 18 ("my friends nudes got sent around. shes 16")."""
    return any(helped_person(text) == HELPER_MINOR for text in texts[-last:])


def own_images_shared_under_18(text: str) -> bool:
    """ "im 14 and my bf sent my pic to his friends": the speaker, under 18, says their own images
    were shared (a threat is the sextortion or threat answer's)."""
    cleaned = _clean(text)
    parsed = parse_ages(cleaned)
    if not parsed.self_stated or parsed.age is None or parsed.age >= ADULT_AGE:
        return False
    if situation_from_text(cleaned) == "threatened" or not _DONE.search(cleaned):
        return False
    return bool(_OWN_IMAGES.search(cleaned))


def images_taken_under_18(text: str) -> bool:
    """An adult now, speaking of images of themselves from when they were under 18."""
    cleaned = _clean(text)
    if not _WHEN_YOUNG.search(cleaned) or not re.search(_IMAGES, cleaned):
        return False
    # "pics from when I was 16 got posted": images from then are the writer's own.
    return bool(_ADULT_NOW.search(cleaned) or _FROM_THEN.search(cleaned)) or "of me" in cleaned


def coerced(text: str) -> bool:
    """A threat to the speaker's job, shifts, grades or home if they do not send."""
    cleaned = _clean(text)
    return bool(_COERCED.search(cleaned) and _IF_NOT.search(cleaned))


# "i havent paid him anything", "we never sent him money" (session 18: read as paid).
_NOT_PAID = re.compile(
    r"\b(?:not|never|didn'?t|didnt|haven'?t|havent|hasn'?t|hasnt|have not|has not|did not)"
    r" (?:\w+ )?(?:paid|pay|sent|send|gave|give|transferred|e-?transferred)\b"
)


def paid_and_asks_to_pay_more(text: str) -> bool:
    """ "I already sent them money ... if I pay the rest will they leave me alone?": money given,
    and whether to pay more asked (round 45 p06: the blackmail steps a second time)."""
    cleaned = _clean(text)
    return bool(_PAY_QUESTION.search(cleaned)) and bool(_PAID.search(_NOT_PAID.sub(" ", cleaned)))


def already_paid(text: str) -> bool:
    """Money already given to the person threatening (not a question whether to pay)."""
    cleaned = _clean(text)
    if _PAY_QUESTION.search(cleaned):
        return False
    return bool(_PAID.search(_NOT_PAID.sub(" ", cleaned)))


# "you're not answering", "you didn't answer my question": said to the assistant, not of a
# person who cannot be reached (round 8: the crisis lines sent to a complaint).
_TO_THE_ASSISTANT = re.compile(
    # "that doesn't answer my question": the bot's reply, not someone unreachable
    r"\b(?:that|this|it|which)(?: still)? (?:doesn'?t|does not|didn'?t|did not|won'?t) answer\w*"
    r"(?: (?:me|my question|the question|what i asked|that|it))?\b|"
    r"\byou(?:'?re| are)? (?:still )?(?:not|aren'?t|didn'?t|did not|don'?t|do not|haven'?t"
    r"|have not|never|won'?t|will not) (?:\w+ )?(?:answer|respond|reply|read|listen)\w*"
    r"(?: (?:me|my question|the question|what i asked|that|it))?\b"
)


# Round 28 p31 (safety28): the other person kept from reaching someone ("delete the app so he
# can't reach her", "block him so they can't contact me") is a purpose, no one unreachable.
_KEPT_FROM_REACHING = re.compile(
    r"\bso (?:that )?(?:he|she|they|the \w+|this \w+|that \w+|nobody|no one|people)"
    r" (?:can'?t|cannot|cant|couldn'?t|won'?t|wont|can no longer|will not) (?:reach|contact|find"
    r"|get (?:a )?hold of|get through to|message|text|get to) (?:her|him|them|me|us|my \w+)\b"
)


def cannot_reach(text: str) -> bool:
    """The speaker cannot reach someone else ("she's not answering her phone")."""
    cleaned = _KEPT_FROM_REACHING.sub(" ", _TO_THE_ASSISTANT.sub(" ", _clean(text)))
    return bool(_CANT_REACH.search(cleaned) and _THIRD.search(cleaned))


# The classifier's answers that stay: blackmail (the steps fit a helper too) and the handoff.
_HELPER_KEEPS = frozenset({"sextortion", "contact_lawyer"})


def early_kind(text: str, intent: str | None) -> str | None:
    """Kinds that come before the eligibility check and the blackmail answer: a line for young
    people asked for, money already paid, and a helper writing about someone else."""
    if intent != "sextortion" and youth_line_asked(text):
        return YOUTH_LINE  # asked by name: before the handoff, which has no youth line
    if asks_to_send(text):
        return YOUTH_SEND  # answered for a young writer only (assistant/helper_context.py)
    if intent in _HELPER_KEEPS:
        return None  # the blackmail answer already says don't pay, and gives 9-8-8
    if already_paid(text):
        return ALREADY_PAID
    # A helper's follow-up ("I'm her teacher, who do I call?") and "he only asked, I sent
    # nothing": no question about the writer's own images.
    kind = helped_person(text) or helper_follow_up(text)
    if kind:
        return kind
    return ASKED_NO_IMAGES if asked_no_images(text) else None


# "the Kids Help Phone number", "a line for teens", "someone my daughter can talk to".
_YOUNG = (
    r"(?:teens?|teenagers?|kids?|youth|young people|minors?|students?|children"
    r"|my (?:son|daughter|kid|child|grandson|granddaughter|niece|nephew)|him|her)"
)
_YOUTH_LINE = re.compile(
    r"\bkids? ?help ?(?:phone|line)\b"
    r"|\b(?:line|number|hotline|helpline|help line|crisis line|chat|someone|somebody"
    rf"|anyone|people|counsell?or)s? (?:just )?(?:for|that helps?|who helps?) {_YOUNG}\b"
    rf"|\b(?:someone|somebody|anyone|a person|who) {_YOUNG} (?:can|could) (?:talk|call|text|speak)"
    rf"|\bwhere (?:can|could|should) {_YOUNG} (?:get help|talk|call|text)\b"
)


def youth_line_asked(text: str) -> bool:
    return bool(_YOUTH_LINE.search(_clean(text)))


# "my friend said she doesn't want to be alive", "he texted me he wants to kill himself".
_OTHER_SAYS = (
    r"\b(?:she|he|they|my (?:friend|sister|brother|daughter|son|kid|cousin|roommate|girlfriend"
    r"|boyfriend|gf|bf|partner|student|niece|nephew))(?:'s| is| has)? (?:\w+ ){0,3}"
    r"(?:said|says|told me|texted|messaged|posted|keeps saying|is saying|wrote)\b"
)
_SELF_HARM_OF_OTHER = re.compile(
    rf"{_OTHER_SAYS}[^.!?]{{0,40}}\b(?:(?:doesn'?t|does not|dont|don'?t) want to (?:be alive|live"
    r"|be here|exist)|wants? to die|wish(?:es)? (?:she|he|they) (?:was|were) dead"
    # round 46 p36: "he told me today he'd rather die than have them posted"
    r"|(?:would|'d|d) rather (?:die|be dead)"
    r"|(?:kill|hurt|cut) (?:herself|himself|themselves|themself)|end (?:her|his|their) life"
    r"|(?:is|are) (?:going to|gonna) end it|suicid\w*"
    # round 51 p20: "she just keeps saying her life is over" (a friend, no 9-8-8 for her)
    r"|(?:her|his|their) life is over|(?:her|his|their) life (?:is )?(?:ruined|finished)"
    r"|(?:can'?t|cant|cannot) (?:go on|live like this|take it anymore)|no (?:reason|point) (?:to"
    r" live|in living|being alive))"
)


def other_person_may_hurt_themselves(text: str) -> bool:
    """Someone else said they want to die: the helper gets 9-1-1 and 9-8-8 for that person
    (after the check-in the safety net sends; never instead of it)."""
    cleaned = _clean(text)
    # "he'll kill himself if I don't send": pressure, answered as such.
    if re.search(r"\bif i (?:don'?t|didn'?t|dont|didnt|won'?t|do not|did not|stop|leave)", cleaned):
        return False
    return bool(_SELF_HARM_OF_OTHER.search(cleaned))


def late_kind(text: str) -> str | None:
    """Kinds that come after the young person's own questions (in trouble? who is told?)."""
    if other_person_may_hurt_themselves(text):
        return OTHER_IN_CRISIS
    if cannot_reach(text):
        return CANT_REACH
    if images_taken_under_18(text):
        return TAKEN_UNDER_18
    if own_images_shared_under_18(text):
        return SELF_MINOR_SHARED
    if coerced(text):
        return COERCED
    return None


# People with trust or authority over a young person, named in a helper's message ("her
# teacher"); family words are left out: they name the child as often as the adult.
_AUTHORITY = re.compile(
    r"\b(?:teacher|coach|boss|manager|supervisor|employer|doctor|nurse|dentist|therapist"
    r"|counsell?or|babysitter|baby sitter|nanny|police|cop|officer|principal|tutor|instructor"
    r"|professor|pastor|priest|youth leader|youth pastor|trainer|lifeguard|landlord|stepdad"
    r"|step dad|stepfather|stepmom|step mom|uncle|foster (?:dad|mom|parent|father|mother))s?\b"
)


def names_authority(text: str) -> bool:
    return bool(_AUTHORITY.search(_clean(text)))


_SPEAKER_ROLE = re.compile(
    r"\b(?:i'?m|im|i am|as|i work as) (?:an? |the )?(?:\w+ )?$|\bi (?:also )?$"
    # "I'm her school counsellor", "as their grade 7 teacher": still the speaker's own job.
    r"|\b(?:i'?m|im|i am|as|i work as) (?:an? |the |her |his |their )?(?:(?:school|elementary"
    r"|middle|high|secondary|grade|\d{1,2}(?:st|nd|rd|th)?|guidance|youth|homeroom|class"
    r"|substitute|head|assistant|swim|soccer|hockey|dance|music|piano|math|art|sports?|gym) )+$"
)


def names_others_authority(text: str) -> bool:
    """A person with trust or authority named for someone else ("her teacher", "the
    babysitter"), not the speaker's own job ("I'm a school counsellor")."""
    cleaned = _clean(text)
    return any(
        not _SPEAKER_ROLE.search(cleaned[: match.start()]) for match in _AUTHORITY.finditer(cleaned)
    )


def names_child(text: str) -> bool:
    """The message speaks of someone else's child or teen ("my daughter", "my 15yo")."""
    return bool(_CHILD.search(_clean(text)))


# "he says it's fine cause I said yes": whether a yes makes it legal is the age rules' question
# (the age check reads the ages given earlier; it asks them when none were).
_AGREED_SO_FINE = re.compile(
    r"\b(?:says?|said|thinks?|told me|tells me|telling me|claims?|keeps saying)\b[^.!?]{0,15}"
    r"\b(?:it'?s|its|it is|it was|that'?s|thats|we'?re|were|we are) (?:totally |all )?"
    r"(?:fine|ok|okay|legal|allowed|alright|all right|not illegal)\b[^.!?]{0,20}"
    r"\b(?:because|cause|cuz|coz|since|as|if) i (?:said yes|agreed|consented|wanted|want|said ok"
    r"|said okay|said it was ok)"
)
_SHARING_WORDS = re.compile(r"\b(?:shar|post|forward|leak|upload|spread)\w*")


def agreed_so_fine(text: str) -> bool:
    cleaned = _clean(text)
    return bool(_AGREED_SO_FINE.search(cleaned)) and not _SHARING_WORDS.search(cleaned)


# --- A helper's follow-up, and a child asked for images told by anyone (issue 16) ----------
HELPER_TALK = "helper_talk_to_child"  # how to bring it up with the child
HELPER_TALK_AGAIN = "helper_talk_again"  # asked again: words to use, not the same answer
HELPER_TALK_MAYBE = "helper_talk_maybe"  # the same with only a pronoun: after a helper's answer
HELPER_MINOR_NEXT = "helper_for_minor_next"  # "I'm her teacher, who do I call?"
HELPER_OTHER = "helper_for_someone"  # "forget my age, I'm asking about her": whom, from before
# What those resolve to (assistant/helper_context.py): the first steps for a child, the routes
# for an adult, or how to talk with an adult they help.
HELPER_MINOR_FIRST = "helper_for_minor_first"
HELPER_ADULT_ROUTES = "helper_for_adult_routes"
# "what should she do first, tonight?" after a helper's answer about an adult (round 8).
HELPER_ADULT_FIRST = "helper_for_adult_first"
# "is that even allowed?" after "my coach keeps asking me for pics", no age said (round 8).
TRUST_ASKED_ALLOWED = "asked_by_person_of_trust_allowed"
HELPER_OTHER_ADULT = "helper_talk_adult"
# Kinds that show the conversation is about someone the writer helps.
HELPER_KINDS = frozenset({HELPER_MINOR, HELPER_ADULT, HELPER_TALK, HELPER_MINOR_NEXT, HELPER_OTHER})

_ROLE = (
    r"(?:parent|mom|mum|mother|dad|father|step-?(?:mom|mum|dad|parent)|guardian|grandma"
    r"|grandmother|grandpa|grandfather|grandparent|granny|nana|aunt|auntie|uncle|teacher"
    r"|coach|counsell?or|school counsell?or|principal|vice principal|social worker|youth worker"
    r"|foster (?:mom|dad|parent)|babysitter|nanny|friend|big sister|big brother|older sister"
    r"|older brother|sister|brother|cousin|godmother|godfather|godparent|god ?mom|god ?dad"
    r"|stepfather|stepmother|step-?(?:father|mother)|neighbou?r|family friend|next door neighbou?r)"
)
_SCHOOL_ROLE = re.compile(
    r"\b(?:teach\w*|coach|counsell?or|principal|school|class|student|pupil|parent|mom|mum"
    r"|mother|dad|father|guardian|grand\w+|babysitter|nanny|foster)\b"
)
# The writer says the images or the questions are not theirs: they ask for someone else.
_FOR_SOMEONE_ELSE = re.compile(
    rf"\b(?:i'?m|im|i am) (?:the|her|his|their|a|an|one of (?:her|his|their)) (?:\w+ )?{_ROLE}\b"
    rf"|\bas (?:her|his|their|a|an|the) (?:\w+ )?{_ROLE}\b"
    r"|\bi (?:teach|coach|tutor|babysit|mentor) (?:her|him|them|the|this|a|his|their)\b"
    r"|\b(?:forget|never ?mind|ignore|not|don'?t worry about|doesn'?t matter) (?:about )?my"
    r" (?:own )?age\b|\bmy age (?:doesn'?t|does not|isn'?t|is not) (?:matter|the point|relevant)"
    rf"|\b(?:they|these|those|it|this|the (?:\w+ )?{_IMAGES})(?:'re| are|'s| is| were| was)?"
    rf" (?:not|n'?t) (?:about )?(?:my|mine|me)\b"
    rf"|\b(?:aren'?t|arent|isn'?t|isnt|weren'?t|wasn'?t) (?:about )?(?:mine|me\b|my (?:\w+ )?"
    rf"{_IMAGES})"
    r"|\bnot (?:about|for) me\b|\b(?:it'?s|its|it is) not me\b"
    r"|\b(?:i'?m|im|i am) (?:asking|writing|here|talking|worried) (?:about|for|on behalf of)"
    r" (?:her|him|them|my|one of|someone|somebody|(?:a|an)(?! (?:police|lawyer|legal|report|crt"
    r"|tribunal|claim|free|way|number|phone|service|protection|court|case|fee|cost|deadline"
    r"|time|form|letter|order|call|email|law|crime)\b))\b"
    # "the" only before a person: "im asking about the police" is the writer's own question
    # (round 21, p18).
    r"|\b(?:i'?m|im|i am) (?:asking|writing|here|talking|worried) (?:about|for|on behalf of)"
    r" the (?:\w+ )?(?:girl|boy|kid|child|student|person|victim|woman|man|lady|guy|teen|client)s?\b"
    r"|\bnot (?:asking )?for (?:me|myself)\b"
    # A correction inside a form: "it's my granddaughter, not me", "this is about my grandson",
    # "they're not asking me, they're asking my niece".
    r"|\b(?:it'?s|its|it is|this is|that'?s|thats|it was|he'?s|she'?s) (?:about |for )?(?:my|our)"
    r" (?:\w+ ){0,2}?\w+\b[^.!?]{0,25}\bnot (?:me|mine|myself|about me)\b"
    r"|\b(?:this|it|that) (?:is|was|'s) (?:all )?about (?:my|our) \w+"
    # "they're not asking me, they're asking my niece"; never "hes not blackmailing me he just
    # keeps asking" (round 18, p14: the writer is still the one asked).
    r"|\bnot (?:asking|messaging|threatening|blackmailing|after|bothering) me\b"
    r"(?![ ,]+(?:he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|it'?s|its)?(?: is| are)?"
    r" ?(?:just|only|keeps?|still)\b)(?=[^.!?]{0,30}\b(?:my|our|her|his)\b)"
    r"|\b(?:it'?s|its|it is) (?:my|our) \w+ (?:they|he|she)(?:'re| are|'s| is|re|s)"
    r" (?:asking|after|messaging|threatening|blackmailing|talking about)\b"
)
_TALK = re.compile(
    r"\b(?:how|what|when|should|do|can|could) (?:\w+ ){0,5}(?:talk|speak|bring (?:it|this|that)"
    r" up|bring up|raise (?:it|this)|approach|tell|say|start the conversation|ask|comfort"
    r"|reassure|support|help)\b[^.!?]{0,40}"
    r"\b(?:to|with)? ?(?:him|her|them|my (?:\w+ )?(?:son|daughter|kid|child|student|grand\w+"
    r"|niece|nephew|cousin|sister|brother|teen|boy|girl|kids?|little one|\d{1,2} ?yo)"
    r"|the (?:child|kid|student))\b"
    # "what do I do for her", "what can we do to help him"
    r"|\bwhat (?:do|should|can|could) (?:i|we) (?:even )?do (?:for|to help) (?:him|her|them"
    r"|my \w+)\b"
)
# "a 13 year old", "the student is 13", "she's 13": a child named without "my".
_A_CHILD = re.compile(
    r"\b(?:a|an|the|this|one of (?:my|our|the)) (?:(?:1[0-7]|[1-9])[- ]?(?:year[- ]?old|yr[- ]?old"
    r"|yrs?[- ]?old|yo|y/o)|(?:little |young |teenage |teen )?(?:child|kid|girl|boy|student"
    r"|pupil|minor|teen|teenager|camper|player|athlete)s?)\b"
)
_MINOR_AGE = re.compile(
    r"\b(?:she|he|they|the (?:\w+ )?(?:student|child|kid|girl|boy))(?:'s| is| are|s| was)"
    r" (?:only |just )?(1[0-7]|[1-9])\b"
)
_ADULT_ASKER = re.compile(
    r"\b(?:an? |some |this |the )?(?:adult|grown|older|old) (?:man|woman|guy|person|stranger|men)"
    r"|\b(?:a|some|this|the) (?:man|woman|guy|stranger|person|creep|predator|someone|somebody)\b"
    r"|\bsomeone\b|\bsomebody\b|\ba (?:man|guy) (?:online|from)"
)
# Siblings are not in _CHILD_NOUN: an adult's brother is an adult unless an age says otherwise.
_SIBLING = re.compile(
    r"\b(?:my|our) (?:little |younger |baby |kid |step-?)?(?:brother|sister|sibling|bro|sis)\b"
)
_ASKS_IMAGES = re.compile(
    rf"\b(?:ask|beg|pressur|push|bug|groom|pester|harass|tr(?:y|ies|ied|ying) to get)\w*"
    rf" (?:\w+ ){{0,4}}?(?:for|to send|to take|to share)"
    rf"\b[^.!?]{{0,20}}{_IMAGES}"
    rf"|\bwants? (?:her|him|them) to (?:send|take)\b[^.!?]{{0,20}}{_IMAGES}"
    # "an older guy who wants nudes", "he keeps wanting pics"
    rf"|\bwant(?:s|ing)? (?:some |more |a few )?{_IMAGES}\b"
    # "a man online wants pictures of her", "someone wants photos from my grandson"
    rf"|\bwants? (?:some |more |a few )?(?:\w+ )?{_IMAGES} (?:of|from)"
    r" (?:her|him|them|(?:my|our) (?:\w+ )?\w+)\b"
    # "someone in a game got him to send a picture", "tricked her into sending nudes": the child
    # was made to send, which is being asked all the same (round 8).
    rf"|\b(?:got|get|gets|getting|tricked|tricks|tricking|convinced|convinces|persuaded|made"
    rf"|manipulated|pressured|talked|coaxed|lured|groomed) (?:him|her|them|my \w+|our \w+)"
    rf"(?: \w+){{0,5}}? (?:in)?to (?:send|sending|take|taking|share|sharing)\b[^.!?]{{0,20}}"
    rf"{_IMAGES}"
    rf"|\b(?:was|were|got|been|is being) (?:tricked|convinced|persuaded|made|manipulated"
    rf"|pressured|talked|coaxed|lured|groomed)(?: \w+){{0,5}}? (?:in)?to (?:send|sending|take"
    rf"|taking|share|sharing)\b[^.!?]{{0,20}}{_IMAGES}"
)
_CHILD_SENT = re.compile(
    rf"\b(?:she|he|they|the (?:student|child|kid|girl|boy))(?:'s| has| have| is)? (?:been )?"
    rf"(?:sending|sent|send)\b[^.!?]{{0,20}}{_IMAGES}[^.!?]{{0,10}}\bto (?:an? |some |this )?"
    r"(?:adult|older|grown|man|guy|stranger|someone|somebody|person)"
)


_CONSENT_QUESTION = re.compile(r"\bconsent\b|\bsuppose\b|\bhypothetic")


def for_someone_else(text: str) -> bool:
    """The writer says they ask for someone else ("I'm her teacher", "these aren't my
    pictures", "forget my age")."""
    return bool(_FOR_SOMEONE_ELSE.search(_clean(text)))


def _names_a_minor(cleaned: str) -> bool:
    age = _helped_age(cleaned)
    if age is not None:
        return age < ADULT_AGE
    return bool(_CHILD.search(cleaned) or _A_CHILD.search(cleaned) or _SCHOOL_ROLE.search(cleaned))


def child_asked_by_someone(text: str) -> bool:
    """Someone other than the writer asks a child for images, however the writer names the
    child ("one of my students, she's 13, an adult keeps asking her for pictures", "a man is
    asking a 13 year old for nudes"), or a child sends images to an adult."""
    cleaned = _clean(text)
    if (_MINE.search(cleaned) and not for_someone_else(cleaned)) or _CHILD_MONEY.search(cleaned):
        return False
    if _CONSENT_QUESTION.search(cleaned):
        return False  # "could they consent": the age rules' question
    age = _helped_age(cleaned)
    named = bool(_CHILD.search(cleaned) or _A_CHILD.search(cleaned) or _MINOR_AGE.search(cleaned))
    # A brother or sister is a child only when a child's age is given ("my brother is 10").
    named = named or bool(_SIBLING.search(cleaned) and age is not None and age < ADULT_AGE)
    if not named:
        return False
    if age is not None and age >= ADULT_AGE:
        return False
    return bool(_ASKS_IMAGES.search(cleaned) or _CHILD_SENT.search(cleaned))


def helper_follow_up(text: str) -> str | None:
    """A helper's next message: how to talk to the child, or "I'm the parent / her teacher,
    who do I call?". HELPER_TALK_MAYBE when only a pronoun says who ("how do I bring it up
    with her"): answered only after a helper's answer."""
    cleaned = _clean(text)
    someone_else = bool(_FOR_SOMEONE_ELSE.search(cleaned))
    # "these aren't my pictures" names the writer's images only to say they are not.
    if not cleaned or (_MINE.search(cleaned) and not someone_else):
        return None
    child = bool(_CHILD.search(cleaned))
    if _TALK.search(cleaned):
        if child or (someone_else and _names_a_minor(cleaned)):
            return HELPER_TALK
        return HELPER_OTHER if someone_else else HELPER_TALK_MAYBE
    if someone_else:
        return HELPER_MINOR_NEXT if _names_a_minor(cleaned) else HELPER_OTHER
    return None


ASKED_NO_IMAGES = "asked_for_images_none_sent"
_WHAT_TO_DO = re.compile(
    r"\bwhat (?:should|do|can|would|am) (?:i|we) (?:supposed to )?do\b|\bwhat now\b"
    r"|\bwhat (?:are )?my options\b|\bhow do i (?:handle|deal with) (?:this|it|him|her)\b"
    r"|\bwhat do i say\b|\bhow do i say no\b"
)
_NONE_SENT = re.compile(
    rf"\b(?:i )?(?:haven'?t|havent|have not|didn'?t|didnt|did not|never|won'?t|wont) (?:ever )?"
    rf"(?:sent|send|given|shared) (?:him|her|them )?(?:anything|any(?:thing)?|one|a single"
    rf" (?:one|thing)|{_IMAGES}|them|it)\b"
    rf"|\bthere (?:are|were|is) no {_IMAGES}|\bno {_IMAGES} (?:exist|were|was|have been)"
    r"|\b(?:he|she|they|my \w+) (?:only|just) (?:asked|asks|wants|wanted|keeps asking)\b"
)
# "nothing is sent yet" says nothing of who asked: after a threat it is the threat's
# (round 10, p05 and p20: "You never have to send anything" to people threatened).
_NOTHING_SENT = re.compile(r"\bnothing (?:was|has been|got|is) (?:sent|taken|shared)\b")
_ASKED_ME = re.compile(
    rf"\b(?:ask|beg|pressur|push|bug|pester|harass)\w* me\b[^.!?]{{0,30}}"
    rf"\b(?:for|send|to take)\b|\bwants? (?:me to send|my {_IMAGES}|{_IMAGES}|nudes|me to take)"
    rf"|\bwants? (?:some|a few) {_IMAGES}|\b(?:asked|asks|asking) (?:me )?for (?:some |a )?"
    rf"{_IMAGES}|\b(?:asked|asks|asking) me to send\b"
)


_RECORDED = re.compile(r"\b(?:recorded|recording|filmed|filming|camera|secretly (?:took|taken))\b")


def asked_no_images(text: str) -> bool:
    """Asked for images and none were sent ("there are no images, my coach just asked", "he
    hasn't shared anything, I haven't sent anything, he just asked")."""
    cleaned = _clean(text)
    if _CHILD_MONEY.search(cleaned) or situation_from_text(cleaned) == "threatened":
        return False
    if _RECORDED.search(cleaned):
        return False  # "he only recorded me, didn't send it": images exist, none were asked for
    # "my coach wants pics, what should I do": asked, nothing said to be sent.
    asked = asked_for_images(cleaned)
    if _NOTHING_SENT.search(cleaned) and asked:
        return True
    if asked and _TRUST_ASKER.search(cleaned) and parse_ages(cleaned).age is None:
        # "my teacher asked me for pics on snap" (round 16, p21: the consent list); with an age
        # said, the answer for that age (a young person asked: exploitation, Cybertip.ca).
        return True
    return _none_sent_by_writer(cleaned) or bool(_WHAT_TO_DO.search(cleaned) and asked)


# Someone with power or trust over the writer (the service page's examples and more).
_TRUST_ASKER = re.compile(
    r"\bmy (?:\w+ )?(?:teacher|coach|boss|manager|supervisor|doctor|tutor|instructor|trainer"
    r"|principal|counsel+or|pastor|priest|youth leader|babysitter|step ?dad|stepfather|uncle"
    r"|landlord)\b"
)


# "is it illegal if he never shared it": someone else's not sharing, not the writer's not
# sending (session 16: a hidden camera got "You never have to send anything").
_OTHERS_SUBJECT = re.compile(
    r"\b(?:he|she|they|someone|somebody|nobody|no one|my \w+|the \w+|his \w+|her \w+)\s*$"
)


def _none_sent_by_writer(cleaned: str) -> bool:
    for match in _NONE_SENT.finditer(cleaned):
        said = match.group(0)
        if said.startswith("i ") or not _OTHERS_SUBJECT.search(cleaned[: match.start()]):
            return True
    return False


def asked_for_images(text: str) -> bool:
    """The writer is the one asked for images ("my coach asked me to send him pics")."""
    cleaned = _clean(text)
    if _CHILD_MONEY.search(cleaned) or situation_from_text(cleaned) in {"shared", "threatened"}:
        return False
    return bool(_ASKED_ME.search(cleaned))


# "can I send them or not", "is it ok for me to send him a pic", "am I allowed to send nudes".
YOUTH_SEND = "youth_asks_to_send"
_SEND_QUESTION = re.compile(
    rf"\b(?:can|could|should|may|shall) i (?:just |still |even )?send\b"
    rf"|\b(?:is it|it'?s|would it be) (?:ok|okay|legal|allowed|fine|illegal|alright|safe)"
    rf" (?:for me |if i )?(?:to )?send\b"
    rf"|\bam i allowed to send\b|\bsend (?:him|her|them)? ?(?:\w+ )?{_IMAGES} or not\b"
    r"|\bsend them or not\b"
)


def asks_to_send(text: str) -> bool:
    """Whether to send images at all; "should I send him the money / more" is blackmail's."""
    cleaned = _clean(text)
    if _CHILD_MONEY.search(cleaned) or re.search(r"\bsend (?:\w+ )?more\b", cleaned):
        return False
    return bool(_SEND_QUESTION.search(cleaned))


# --- A helper asks whether a threat counts for the person they help (issue 16) -------------
HELPER_THREAT = "helper_threat_counts"
_THREAT_ONLY_KIND = "threat_only"  # assistant/answer_kinds.THREAT_ONLY (which imports this)
_THREAT_WORDS = re.compile(
    r"\bthreat\w*|\b(?:says|said|saying|keeps saying|told (?:her|him|them))\b[^.!?]{0,40}"
    r"\b(?:will|would|'ll|'d|gonna|going to)\b[^.!?]{0,20}\b(?:post|share|send|leak|upload"
    r"|spread|show|put)\w*"
    r"|\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|not) (?:\w+ )?(?:posted|shared"
    r"|sent|leaked|put \w+ (?:up|online))\b[^.!?]{0,20}\byet\b|\bnothing (?:is |has been )?"
    r"(?:posted|shared|online|out)\b"
)
_COUNTS_ASKED = re.compile(
    r"\b(?:count|counts|covered|cover it|enough|matter|qualify|qualif\w+|eligible)\b"
    r"|\b(?:can|could|would) (?:she|he|they) (?:still )?(?:get|apply for|use) (?:help|the service"
    r"|free (?:legal )?advice|a lawyer)\b"
    r"|\b(?:has|have|does it have|do they have|does he have|does she have) to (?:be )?"
    r"(?:actually )?(?:be )?(?:posted|shared|online|sent|leaked)\b"
)
_MONEY_DEMAND = re.compile(r"\$|\b(?:money|pay|paid|gift ?cards?|bitcoin|crypto|dollars|ransom)\b")


def helper_threat_counts(text: str) -> bool:
    """ "my wife's ex says he'll post her pics, does a threat even count?": someone helping an
    adult asks whether a threat, with nothing shared, is covered (a child's threat is the
    exploitation answer's; money asked is the blackmail answer's)."""
    cleaned = _clean(text)
    if not cleaned or _MONEY_DEMAND.search(cleaned) or says_it_is_me(cleaned):
        return False  # "I am writing about myself, not someone else": the writer's own case
    if _MINE.search(cleaned) and not for_someone_else(cleaned):
        return False
    if not (_OTHER_PERSON.search(cleaned) or for_someone_else(cleaned)):
        return False
    if _names_a_minor(cleaned) or (_helped_age(cleaned) or ADULT_AGE) < ADULT_AGE:
        return False
    return bool(_THREAT_WORDS.search(cleaned) and _COUNTS_ASKED.search(cleaned))


def threat_count_asked(kind: str | None, text: str) -> bool:
    """After a helper's answer about an adult: "does a threat even count?", "is it enough that
    he only said he would?" (the threats answer, or no mark, with a count question)."""
    if kind not in (None, _THREAT_ONLY_KIND):
        return False
    cleaned = _clean(text)
    if _MONEY_DEMAND.search(cleaned) or (_MINE.search(cleaned) and not for_someone_else(cleaned)):
        return False
    if kind == _THREAT_ONLY_KIND:
        return True
    return bool(_THREAT_WORDS.search(cleaned) and _COUNTS_ASKED.search(cleaned))
