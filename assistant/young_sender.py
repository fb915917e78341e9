"""A young writer who sent a picture, or is being asked for more (round 17, p16, 13): "i sent a
pic to someone" got the consent definition with "for anyone under 18, sharing is a crime even
with consent"; "he's 18 and he wants more now" got the age check's ruling and no safety step.
The safety step leads: you don't have to send more, stop replying, screenshot and block, keep
the messages, a safe adult, Kids Help Phone, Cybertip.ca; "you are not in trouble for what was
done to you" (bc-facts.md: RCMP messaging to youth; the sextortion steps). The law comes only
when asked (a button).

Plain Python over the message and the ones before it; the InterruptPolicy sends the answer
(domain/young_sender.yml). Never read for crisis or danger, or inside a form (the policy's gate).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

YOUNG_ASKED_MORE = "young_asked_more"
YOUNG_SENT = "young_sent"
# Sent to someone 18 or older ("im 13 i sent a pic to a guy who is 19"): his asking or taking
# it was wrong, named in the first answer (round 19, p23), then the safety step.
YOUNG_SENT_ADULT = "young_sent_adult"
SENT_TOLD = "sent_told"  # no age said: the answer for any age, with a line for under 18
# "do i have to?" right after the safety step: a plain answer, not the intake's details.
MUST_I = "young_must_i_send"
ANSWERS = {
    MUST_I: ["utter_young_must_i_send"],
    YOUNG_ASKED_MORE: ["utter_young_asked_more", "utter_young_asked_more_help"],
    YOUNG_SENT: ["utter_young_sent", "utter_young_sent_help"],
    YOUNG_SENT_ADULT: ["utter_young_sent_adult", "utter_young_sent", "utter_young_sent_help"],
    SENT_TOLD: ["utter_sent_told", "utter_sent_told_young"],
}
KINDS = frozenset(ANSWERS)

_PICS = (
    r"(?:pics?|pix|picture|pictures|photos?|nudes?|selfies?|videos?|vids?|images?|snaps?"
    r"|(?:a )?nude (?:pic|photo|picture|selfie)s?)"
)
# "wants more information" is not pictures.
_NOT_PICS = (
    r"(?! (?:info|information|time|details|money|help|questions?|answers?|than|attention|space"
    r"|evidence|proof|screenshots?|people|friends|to know|to talk|from life)\b)"
)
# "he wants more", "is asking for another one", "wants me to send more"; a first ask ("keeps
# asking me for pics") keeps its answer, and "should i send another so he stops" is answer_kinds'
# PAY.
_ASKED_MORE = re.compile(
    r"\b(?:wants?|wnats?|wanted|wanting|asking|askin|asks|asked|keeps? asking|kept asking|begging"
    r"|pressuring|pushing|bugging|pestering|messaging me|texting me)"
    r"(?: me)?(?: for| to send(?: me)?| to get)? (?:\d+ |some |a )?(?:(?:more|another|one more)"
    rf"(?: {_PICS}| ones?| of (?:them|those))?|new {_PICS})\b{_NOT_PICS}"
    r"|\bwants? me to send (?:\w+ )?(?:more|another)\b"
    r"|\b(?:says|said|tells me|told me|keeps saying|keeps telling me)"
    r" (?:to |i have to |i need to )?send (?:me |him |her )?(?:more|another)\b"
)
# Someone threatening to share, or money: the sextortion steps answer that.
_THREAT_OR_MONEY = re.compile(
    r"\b(?:unless|or else|post|posts|posting|share|shares|sharing|leak|leaks|expose|show|shows"
    r"|send (?:it|them) to|has (?:my|her|his|their) \w+|footage|money|pay|paid|cash|dollars?|bucks"
    r"|gift ?cards?|bitcoin|e-?transfer)\b|\$"
)
# Someone with power or trust over the writer, a helper writing about a child, or a question
# about something else: their own answers (the trust rules, the helper's, who is told).
_OTHER_ANSWER = re.compile(
    r"\b(?:coach|teacher|manager|boss|supervisor|babysitter|tutor|instructor|trainer|uncle|aunt"
    r"|stepdad|step dad|stepmom|cousin|pastor|priest|doctor|my (?:daughter|son|granddaughter"
    r"|grandson|niece|nephew|child|kid|student|sister|brother)|will you|would you|can you"
    r"|do you|tell my (?:mom|mum|dad|parents))\b"
)
# The writer's own sending: "i sent a pic to someone", "im 14 and i sent him a nude".
_SENT_OWN = re.compile(
    r"\bi (?:already |just |once |accidentally |stupidly )?(?:sent|gave|showed)"
    r"(?: (?:him|her|them|someone|somebody|this (?:guy|girl|boy|person)"
    r"|a (?:guy|girl|boy|person|man)|my (?:bf|gf|boyfriend|girlfriend|ex|crush|friend)))?"
    rf" (?:a |an |my |some |one |him |her |them |\d+ )?(?:(?:\w+ )?{_PICS}|one)\b"
)
# Someone else's images, a question of law or trouble (their own readers answer those), or a
# sharing already told.
_NOT_OWN_TELLING = re.compile(
    r"\b(?:illegal|crime|criminal|against the law|in trouble|arrested|charged|consent|legal"
    r"|allowed|someone else's|someone elses|of (?:my|a) (?:friend|classmate|girlfriend|gf|ex)"
    r"|(?:her|his|their) (?:nudes?|pics?|photos?))\b"
)
# What the other person did with it, or a picture sent to report: their own answers.
_MORE_TOLD = re.compile(
    r"\b(?:showed|shows|showing|forwarded|forwarding|spread|passed|passing|posted|screenshot\w*"
    r"|group ?chat|gc|everyone|his friends|her friends|their friends|online|leaked|exposed"
    r"|of the (?:messages|texts|chat|conversation|profile)|police|cops|cybertip|lawyer)\b"
)
# A question of its own (what the law says, can I get it back, can I still get help) or a fear
# of being found out: the message's own answer. Being asked for more may come with "what do i
# do" or "how do i make it stop", which the safety step answers.
_QUESTION = re.compile(
    r"\?|\b(?:can|could|does|do|is|are|was|what|how|why|should|will|would|am)"
    r" (?:i|it|this|that|he|she|they|you|there|anyone|my)\b"
    r"|\bfinds? out|found out|if (?:she|he) knew"
)
_LAW_ASKED = re.compile(
    r"\b(?:illegal|crime|criminal|against the law|harassment|extortion|sextortion|legal|allowed"
    r"|in trouble|consent)\b"
)
# The images in a message about someone sending: only the writer's own earlier mention of
# pictures makes "i already sent one" a picture.
_PICS_WORD = re.compile(rf"\b{_PICS}\b")


def asked_for_more(text: str | None) -> bool:
    """Someone keeps asking the writer for more pictures, with no threat to share or money."""
    cleaned = plain_lower(text)
    return bool(_ASKED_MORE.search(cleaned)) and not (
        _THREAT_OR_MONEY.search(cleaned)
        or _OTHER_ANSWER.search(cleaned)
        or _LAW_ASKED.search(cleaned)
    )


def sent_own(text: str | None, earlier_texts: list[str]) -> bool:
    """The writer tells they sent a picture of their own, with nothing else to read."""
    cleaned = plain_lower(text)
    match = _SENT_OWN.search(cleaned)
    if not match or _NOT_OWN_TELLING.search(cleaned) or _THREAT_OR_MONEY.search(cleaned):
        return False
    if _MORE_TOLD.search(cleaned) or _OTHER_ANSWER.search(cleaned) or _QUESTION.search(cleaned):
        return False
    if match.group(0).endswith(" one"):  # "i already sent one": pictures said just before
        return any(_PICS_WORD.search(plain_lower(t)) for t in earlier_texts[-2:])
    return True


_MUST_I = re.compile(
    r"^(?:but |so |ok |and )?(?:do|must|should|shud|would) i (?:really |actually )?"
    r"(?:have to|hav to|need to|gotta|send)(?: (?:send|do))?(?: (?:it|one|more|them|another|him"
    r"|her|anything|one more))*(?: (?:tho|though|or not))?[ ?!.]*$"
)


def young_sender_kind(
    text: str | None, earlier_texts: list[str], young: bool, previous: list[str] | None = None
) -> str | None:
    """The kind for a writer who sent a picture or is asked for more: the safety step first."""
    if "utter_young_asked_more" in (previous or []) and _MUST_I.search(plain_lower(text)):
        return MUST_I
    if young and asked_for_more(text):
        return YOUNG_ASKED_MORE
    if sent_own(text, earlier_texts):
        if young:
            return YOUNG_SENT_ADULT if other_is_adult(text) else YOUNG_SENT
        return None if earlier_texts else SENT_TOLD
    return None


# Inside the age check (session 18): "what if i already sent one", read by the classifier as
# blackmail, got the whole sextortion block before the check's question again. Nothing was
# threatened: the answer for a picture sent.
_WHAT_IF_SENT = re.compile(r"^(?:but |so |and |ok )?(?:what if |wat if |and if )?i\b")


def sent_in_check(text: str | None) -> bool:
    """A picture of their own told or asked about ("what if i already sent one") with no threat
    or money in it."""
    cleaned = plain_lower(text)
    return bool(
        _WHAT_IF_SENT.search(cleaned)
        and _SENT_OWN.search(cleaned)
        and not _THREAT_OR_MONEY.search(cleaned)
        and not _NOT_OWN_TELLING.search(cleaned)
    )


def other_is_adult(text: str | None) -> bool:
    """The writer is under 18 and the other person is 18 or older, both ages said."""
    from assistant.age_parsing import parse_ages

    parsed = parse_ages(text or "")
    return bool(
        parsed.age is not None
        and parsed.age < 18
        and parsed.other_age is not None
        and parsed.other_age >= 18
    )
