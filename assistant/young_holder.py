"""Holding someone else's images when someone pictured is under 18 (issue 16, round 7): "should
I delete the pics my gf sent me? we're both 14", "I have nudes of my ex from grade 9, should I
keep them?". Not the evidence answer ("don't delete ... before you decide about police"), which
is for a person keeping proof of what was done to them: never show, send or forward such
images; the page's exceptions (both old enough and agreed, kept private for personal use only,
never shared) are the only way they are legal; a safe adult, Kids Help Phone or the intake line
can help (service page; bc-facts.md: "never capture, keep or forward an image of anyone under
18"). Never tells anyone to keep them.

Plain Python over the lowercased message; assistant.answer_kinds calls `young_holder`, and the
InterruptPolicy answers the kind with static responses (domain/image_kinds.yml).
"""

from __future__ import annotations

import re

from assistant.image_words import images

YOUNG_HOLDS_IMAGES = "young_holds_images"
# Round 9: a young person sent someone's image, then what to do with it (delete it?).
YOUNG_RECEIVED = "young_received_image"
YOUNG_RECEIVED_NEXT = "young_received_image_next"
# Session 19: an adult holds an ex's or partner's images and asks what to do with them ("my
# girlfriend wants to break up and i have some of her pics"): never the victim's routes, the
# evidence answer ("don't delete") or "you are not in trouble for what was done to you".
ADULT_HOLDS_IMAGES = "adult_holds_images"
ADULT_HOLDER_NEXT = "adult_holder_next"
KINDS = (
    YOUNG_HOLDS_IMAGES,
    YOUNG_RECEIVED,
    YOUNG_RECEIVED_NEXT,
    ADULT_HOLDS_IMAGES,
    ADULT_HOLDER_NEXT,
)
ANSWERS: dict[str, list[str]] = {
    YOUNG_HOLDS_IMAGES: ["utter_young_holds_images", "utter_young_holds_images_help"],
    YOUNG_RECEIVED: ["utter_young_received_image"],
    YOUNG_RECEIVED_NEXT: ["utter_young_received_image_next"],
    ADULT_HOLDS_IMAGES: ["utter_adult_holds_images", "utter_adult_holds_images_next"],
    ADULT_HOLDER_NEXT: ["utter_adult_holder_next"],
}

_IMAGES = images(r"naked \w+|nude \w+")
_PERSON = (
    r"(?:ex[- ]?(?:gf|bf|girlfriend|boyfriend|wife|husband|partner)|gf|girlfriend|bf|boyfriend"
    r"|ex|crush|partner|friend|classmate|date|boo|babe|bae|lover|hookup|hook-up)"
)
# Someone else's images in the writer's hands.
_THEIRS = re.compile(
    rf"\b(?:his|her|their|hers|theirs|my {_PERSON}'?s?)\b(?: \w+)?(?: own)? {_IMAGES}"
    rf"|\b{_IMAGES} (?:of|from) (?:him|her|them|my {_PERSON}|this (?:girl|guy|boy))\b"
    rf"|\b{_IMAGES} (?:\w+ )?(?:he|she|they|my {_PERSON}) (?:sent|gave|showed|airdropped|snapped)"
    rf" me\b"
    rf"|\b(?:he|she|they|my {_PERSON})(?: \(\w+\))? (?:sent|gave) me (?:\w+ ){{0,3}}{_IMAGES}"
)
# The writer holds them (not a parent telling of a child's phone).
_HOLDER = re.compile(
    r"\b(?:i|we) (?:still |also |just |only )?(?:have|has|had|got|kept|keep|saved|save|own"
    r"|hold|'ve got|have got)\b|\b(?:i've|ive|i'd|i still) (?:got|kept|saved|have)\b"
    r"|\b(?:sent|gave|showed|airdropped|snapped) me\b|\bon my (?:phone|laptop|computer|ipad"
    r"|tablet|camera roll|drive|icloud|google photos)\b|\bmy (?:camera roll|gallery|photos app)\b"
    r"|\b(?:still )?(?:having|keeping) (?:them|it|those|these)\b"
    r"|\b(?:should|do|can|must|need to|have to|am i allowed to) (?:i|we) (?:\w+ )?(?:delete|keep"
    r"|get rid of|erase|hold on to|save|throw away|do with)\b|\bwhat (?:do|should|can) i do with\b"
)
_HELPER = re.compile(
    r"\bi (?:teach|coach)\b|\b(?:i'm|im|i am) (?:a|an|the|her|his|their) (?:school |guidance "
    r"|high school |youth |social |support )?(?:teacher|coach|counsellor|counselor|parent|mom|dad"
    r"|principal|youth worker|worker|nurse|vice principal)\b"
    # Round 21 (p10): "a 16-year-old student disclosed to me", "one of my students told me".
    r"|\b(?:a|the|one of my|our) (?:\d+[- ]?(?:year|yr)[- ]?old |grade \d+ )?students? (?:\w+ )?"
    r"(?:disclosed|told|came|confided|showed|reported|said)\b"
    r"|\bmy (?:son|daughter|kid|kids|child|children|student|students|grandson|granddaughter"
    r"|nephew|niece|brother|sister|client|clients|stepson|stepdaughter)\b"
)
# Another story: being asked, pressured, threatened or blackmailed, or images of the writer
# (those keep their own answers: pressured, blackmail, the threat).
_OTHER_STORY = re.compile(
    r"\b(?:wants?|wanted|want(?:s|ed)? me|asks?|asked|asking|keeps? asking|pressur\w*|threat\w*"
    r"|blackmail\w*|extort\w*|or else|unless|pay|paid|money|cash|gift ?cards?|bitcoin"
    r"|send (?:him|her|them) (?:\w+ )?(?:mine|back|some|one|more)|(?:send|sent) (?:mine|my own)"
    r"|my (?:own )?(?:nudes|pics|pictures|photos|images|videos|selfies)|of me|of myself)\b"
)
_TEEN_AGE = r"(?:1[0-7]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
# Someone under 18: the writer, both, or the person pictured (then or now).
_UNDER_18 = re.compile(
    rf"\b(?:i'?m|im|i am|i was|we'?re|we are|were|we were|both|she'?s|she is|she was|he'?s"
    rf"|he is|he was|they'?re|they are|they were|(?:gf|girlfriend|bf|boyfriend|ex) is)"
    rf" (?:only |both |just |like |about )?{_TEEN_AGE}(?: years? old| y/?o| yrs?)?\b"
    rf"|\b(?:we|i|she|he|they)(?:'re| are| were)? both {_TEEN_AGE}\b"
    rf"|\b{_TEEN_AGE} ?(?:y/?o|yrs? old|years? old)\b"
    rf"|\b{_TEEN_AGE}-(?:years?|yrs?)-old\b"
    r"|\bgrade (?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|\b(?:[4-9]|1[0-2])(?:th)? grade\b|\b(?:high|middle|junior high|secondary) school\b"
    rf"|\({_TEEN_AGE}\)"
    r"|\bunder ?(?:18|age|aged)\b|\bunderage\b|\bminors?\b|\bteens?\b|\bteenagers?\b"
)


def young_holder(cleaned: str) -> str | None:
    """YOUNG_HOLDS_IMAGES for a lowercased message telling of someone else's images held by the
    writer, with someone under 18; None otherwise."""
    if not (_THEIRS.search(cleaned) or _SENT_THEM.search(cleaned)) or not _UNDER_18.search(cleaned):
        return None
    if _HELPER.search(cleaned) or _OTHER_STORY.search(cleaned) or not _HOLDER.search(cleaned):
        return None
    return YOUNG_HOLDS_IMAGES


# A breakup told with the holding ("she wants to break up and I have her pics") is no other story.
_BREAKUP = re.compile(
    r"\b(?:wants?|wanted) (?:to )?(?:break up|end (?:it|things|us)|leave(?: me)?|split(?: up)?"
    r"|move out)\b"
)


# Sharing them wanted or planned ("can I send them to her family as revenge"): the retaliation
# answer, not the holder's.
_WOULD_SHARE = re.compile(
    r"\b(?:can|could|should|will|would|gonna|going to|want to|wanna|if) i (?:\w+ )?(?:send|post"
    r"|share|show|leak|forward|upload|expose)\b|\brevenge\b|\bget (?:back at|even with)\b"
)


def adult_holder(cleaned: str) -> str | None:
    """ADULT_HOLDS_IMAGES for a lowercased message telling that the writer holds someone else's
    intimate images, nobody said to be under 18, with no threat, demand or images of the writer;
    None otherwise."""
    if not (_THEIRS.search(cleaned) or _SENT_THEM.search(cleaned)) or _UNDER_18.search(cleaned):
        return None
    if _HELPER.search(cleaned) or not _HOLDER.search(cleaned):
        return None
    if _OTHER_STORY.search(_BREAKUP.sub(" ", cleaned)) or _WOULD_SHARE.search(cleaned):
        return None
    return ADULT_HOLDS_IMAGES


# Round 9: a young person sent someone else's image ("someone airdropped a nude pic of a girl
# in my class to me"): a receiver holds it too; never a helper's or a victim's answer.
_RECEIVED = re.compile(
    rf"\b(?:air ?dropped|sent|forwarded|shared|dropped|snapped|texted|dm'?d|showed)"
    rf"(?: me)?(?: \w+){{0,3}} {_IMAGES} of (?:a|an|this|some|one|the) (?:\w+ )?"
    rf"(?:girl|boy|kid|guy|classmate|student|person)\b[^.!?]{{0,40}}\b(?:to )?me\b"
    rf"|\b(?:air ?dropped|sent|forwarded|snapped|texted|dm'?d) me (?:\w+ ){{0,2}}{_IMAGES} of\b"
    rf"|\bi (?:got|received|was sent|was airdropped|was air dropped|got sent) (?:\w+ ){{0,2}}"
    rf"{_IMAGES} of (?:a|an|this|some|one|the|my) \w+"
)
# The person pictured is in the writer's class or school: under 18 as far as the writer knows.
_SCHOOLMATE = re.compile(
    r"\b(?:in|from|at) my (?:class|grade|school)\b|\bclassmates?\b|\bat school\b"
)
# What to do with it, asked after telling of it ("should i delete it?", "can i just delete it",
# "am i in trouble for having it on my phone", "what do i do with the picture").
_ASKS_WHAT_TO_DO = re.compile(
    r"\b(?:should|do|can|must|need to|have to|am i allowed to) (?:i|we) (?:\w+ ){0,2}(?:delete"
    r"|keep|get rid of|erase|save|throw away|do with)\b|\bwhat (?:do|should|can) i do with\b"
    r"|\bin trouble for (?:having|keeping|getting|receiving|seeing|opening)\b"
    r"|\b(?:illegal|a crime|against the law) (?:for me )?to (?:keep|have|hold on to)\b"
    r"|\b(?:asks?|asked|wants?|wanted|tells?|told) me to (?:delete|get rid of|erase)\b"
)

# The writer's own images asked about: their own answers.
_OWN_IMAGES = re.compile(
    r"\bmy (?:own )?(?:nudes|pics|pictures|photos|images|videos|selfies)\b|\bof (?:me|myself)\b"
)


_CHAT = (
    r"(?:group ?chats?|gc|group ?dms?|(?:snap|snapchat|insta|instagram|discord|whatsapp|class"
    r"|school|team) (?:group|chat|gc|server)s?|chats?|groups?|servers?)"
)
# Round 21 (p24): someone else's image dropped in a group chat the writer is in ("someone
# posted nudes of a girl from my school in our group chat", "a nude of a 15 yo got sent to
# the gc, now its on my phone"): a receiver too.
_CHAT_POSTED = re.compile(
    rf"\b(?:posted|sent|shared|dropped|put|forwarded|leaked|spread|airdropped|uploaded|got sent"
    rf"|went around|going around|is going around)\b(?:[^.!?]{{0,40}}?)"
    rf"\b(?:in|into|to|on|around|in to) (?:the|a|our|my|this|that|one|some|every)"
    rf" (?:\w+ )?{_CHAT}\b"
    rf"|\b{_CHAT} (?:i'?m|im|i am|i was) in\b"
)
_CHAT_IMAGE = re.compile(
    rf"\b{_IMAGES} of (?:a|an|this|some|one|the|my|our) \w+|\b(?:a|an|some|this|the) (?:\w+ )?"
    rf"(?:girl|boy|kid|guy|classmate|student|person)'?s {_IMAGES}\b"
    rf"|\b{_IMAGES} of (?:her|him)\b|\b(?:her|his) {_IMAGES}\b"
)
_IN_MY_HANDS = re.compile(
    r"\b(?:i|we) (?:just |also )?(?:got|received|saw|have|had|still have|opened)\b"
    r"|\b(?:in|on) my (?:phone|gallery|camera roll|chat|snap|messages)\b|\bi'?m in\b|\bim in\b"
    r"|\bour (?:\w+ )?(?:chat|group|gc|server)\b|\bmy (?:\w+ )?(?:chat|group|gc|server)\b"
)


def chat_receiver(cleaned: str) -> bool:
    """Someone else's intimate image posted in a group chat the writer is in, with someone
    under 18 or a schoolmate said (never the writer's own images, a helper or a threat)."""
    if not (_CHAT_POSTED.search(cleaned) and _CHAT_IMAGE.search(cleaned)):
        return False
    if not (_IN_MY_HANDS.search(cleaned) or _ASKS_WHAT_TO_DO.search(cleaned)):
        return False
    if not (_UNDER_18.search(cleaned) or _SCHOOLMATE.search(cleaned)):
        return False
    if _OWN_IMAGES.search(cleaned) or _HELPER.search(cleaned) or _OTHER_STORY.search(cleaned):
        return False
    # The writer posted it ("i posted a nude of her in the gc"): not a receiver.
    return not re.search(
        r"\bi (?:just |also |then |accidentally )?"
        r"(?:posted|sent|shared|forwarded|dropped|leaked)\b",
        cleaned,
    )


def young_receiver(cleaned: str) -> str | None:
    """YOUNG_RECEIVED for a lowercased message telling that someone sent the writer an image
    of someone in their class or under 18; None otherwise (a parent or teacher telling, or the
    writer's own images)."""
    if chat_receiver(cleaned):
        return YOUNG_RECEIVED
    if not _RECEIVED.search(cleaned):
        return None
    if not (_UNDER_18.search(cleaned) or _SCHOOLMATE.search(cleaned)):
        return None
    if _HELPER.search(cleaned) or _OTHER_STORY.search(cleaned):
        return None
    return YOUNG_RECEIVED


def holder_in_context(cleaned: str, earlier_texts: list[str]) -> str | None:
    """YOUNG_RECEIVED_NEXT for "should I delete it?" after the writer told of being sent
    someone's image with someone under 18: never the evidence answer. (After a held partner's
    image the page's exceptions may apply: that answer is the message's own.)"""
    if not _ASKS_WHAT_TO_DO.search(cleaned) or _OWN_IMAGES.search(cleaned):
        return None
    told_texts = [(t or "").lower().replace("\u2019", "'") for t in earlier_texts[-6:]]
    if any(young_receiver(told) for told in told_texts):
        return YOUNG_RECEIVED_NEXT
    young = _held_told_before(cleaned, told_texts)
    if young:
        return young
    # An adult's holding told before: what the sources say on holding and sharing.
    if any(adult_holder(told) for told in told_texts) and not _UNDER_18.search(cleaned):
        return ADULT_HOLDER_NEXT
    return None


# Round 10: "she sent them to me when we were dating", "my ex wants me to delete her pics".
_SENT_THEM = re.compile(
    rf"\b(?:he|she|they|my {_PERSON}) (?:sent|gave|showed|snapped) (?:them|it|those|these)"
    r"(?: \w+)? (?:to )?me\b"
)
_BLACKMAIL = re.compile(
    r"\b(?:threat\w*|blackmail\w*|extort\w*|or else|unless|pay|paid|money|cash|send (?:him|her|"
    r"them) (?:\w+ )?(?:more|mine))\b"
)


def _held_told_before(cleaned: str, told_texts: list[str]) -> str | None:
    """YOUNG_HOLDS_IMAGES for "should I delete them?" when the conversation told that the writer
    holds someone else's images and someone is under 18 ("I'm 16 and she's 16, she sent them to
    me"): the page's rules for holding them, never the evidence answer."""
    story = " ".join([*told_texts, cleaned])
    if not (_THEIRS.search(story) or _SENT_THEM.search(story)) or not _UNDER_18.search(story):
        return None
    if _HELPER.search(story) or _BLACKMAIL.search(story):
        return None
    return YOUNG_HOLDS_IMAGES
