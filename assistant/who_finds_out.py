"""Who finds out (round 14, kind 1): "if I report will he find out it was me?", "will this get
my parents involved?", "if I apply for that order will he be told?". They got the lawyer's
confidentiality or "I won't tell anyone", never what reporting, an order or a call means for
who is told. Plain Python over the latest message and the earlier ones; the InterruptPolicy
sends the answer (domain/who_finds_out.yml).

The answer depends on who might learn of it and on what the person would do:
- the person who did it: reporting (the sources don't say what police or Cybertip.ca tell the
  person reported: ask before giving your name), a tribunal order (it tells the person to do
  something, so they would learn of it), the free lawyer (confidential), telling someone
  (ask them first what they would do);
- a parent: the free lawyer needs no parent; whether police or Cybertip.ca contact parents,
  the sources don't say;
- anyone else (school, work, friends): the assistant tells no one; ask each route first.
"Will you tell my mom" (the assistant) and "will my mom find out if I call" (Kids Help Phone)
keep their own answers (answer_kinds.WHO_IS_TOLD, answer_kinds_practical.PARENTS_TOLD).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

PERSON_REPORT = "told_person_report"
PERSON_ORDER = "told_person_order"
PERSON_ORDER_HOW = "told_person_order_how"
PERSON_SERVICE = "told_person_service"
PERSON_TELL = "told_person_tell"
PERSON_ANY = "told_person_any"
PARENTS_REPORT = "told_parents_report"
PARENTS_ANY = "told_parents_any"
OTHERS_ANY = "told_others_any"
# The two answers about a young person's parents (a writer who gave an adult age gets OTHERS_ANY).
PARENTS_KINDS = frozenset({PARENTS_REPORT, PARENTS_ANY})

# Every answer ends with the lines anyone can reach (youth and adult), with the buttons.
_NEXT = "utter_told_next"
ANSWERS = {
    kind: [f"utter_{kind}", _NEXT]
    for kind in (
        PERSON_REPORT,
        PERSON_ORDER,
        PERSON_SERVICE,
        PERSON_TELL,
        PERSON_ANY,
        PARENTS_REPORT,
        PARENTS_ANY,
        OTHERS_ANY,
    )
}
# "how do I get a protection order? and can he find out I asked": both halves.
ANSWERS[PERSON_ORDER_HOW] = ["utter_crt_start", "utter_told_person_order", _NEXT]
KINDS = frozenset(ANSWERS)

_FAMILY = (
    r"(?:my |our |the )?(?:mom|mum|mommy|mother|dad|daddy|father|parents?|family|folks"
    r"|step ?(?:mom|mum|dad|father|mother)|guardians?|foster (?:mom|dad|parents?))"
)
_OTHERS = (
    r"(?:my |the )?(?:school|principal|teachers?|work|job|employer|boss|manager|coworkers?"
    r"|co-workers?"
    r"|friends|classmates|everyone|everybody|people|kids at school|my church|community"
    # "will the whole team know" (round 15, p10)
    r"|(?:whole |entire )?(?:team|class|grade|club|school|church))"
)
# The one who did it: a pronoun or a word for the other person. A role ("my boss", "the
# coach") is the one who did it only when the conversation named that role before ("my
# manager keeps asking"); else it is someone who might be told (_OTHERS).
_ROLES = r"(?:manager|boss|coach|teacher|husband|wife|partner|boyfriend|bf|girlfriend|gf)"
_PERSON = (
    r"(?:he|she|they|him|her|them|(?:my|the|that|this) (?:ex|ex-?boyfriend|ex-?girlfriend"
    rf"|{_ROLES}|guy|man|woman|person|abuser|scammer|creep|account|other person|one who"
    r" (?:did|posted|shared) (?:it|this)))"
)
_ROLE_ASKED = re.compile(rf"\b(?:my|the|that|this) ({_ROLES})\b")
# "know" only of the asking or the report ("know it was me", "know if I call", "know?"), never
# "know my address" or "know it's me in the pic"; "see it" is the images, not a report.
_KNOW = (
    r"knows?(?= (?:it was|it'?s me(?! in)|i was|that i|who (?:reported|told|called|it was)"
    r"|about (?:it|this|that|the report|me)|if i|when i|i (?:reported|called|told|asked|applied"
    r"|went|talked|contacted|got))\b|\s*(?:[?.!,]|$))"
)
_LEARN = (
    rf"(?:find out|finds out|{_KNOW}|be told|get told|hear about|learn|be notified|get notified"
    r"|get (?:a )?(?:notice|notification|letter|message)|get involved|be involved"
    r"|figure (?:it )?out|be contacted|get contacted)"
)
_ASK = r"(?:will|would|could|can|does|do|is|are|might|gonna|going to|has to|have to|is it gonna)"

# A pronoun asked about right after a parent was named, matched by gender and number.
_PARENT_FOR_PRONOUN = {
    "she": re.compile(r"\b(?:mom|mum|mommy|mother|step ?(?:mom|mum|mother))\b"),
    "he": re.compile(r"\b(?:dad|daddy|father|step ?(?:dad|father))\b"),
    "they": re.compile(r"\b(?:parents|family|folks|guardians)\b"),
}
_PRONOUN_ASKED = re.compile(r"^(?:\w+ )?(he|she|they)\b")


def _parent_meant(asked: str, before: str) -> bool:
    """The pronoun asked about is the parent named just before ("i cant tell my mom. will
    she find out", "my parents?? will they be told")."""
    pronoun = _PRONOUN_ASKED.search(asked)
    return bool(pronoun and _PARENT_FOR_PRONOUN[pronoun.group(1)].search(before[-60:]))


# "will the police tell my parents", "does reporting get my school told": a route as the teller
# (never the writer's own "should I tell my mom").
_ROUTE_TELLS = (
    r"(?:will|would|do|does|could|can|is|are|might) (?:they|the police|police|(?:the )?cops"
    r"|cybertip|cybertip\.ca|the lawyer|the service|the tribunal|the crt|it|that|reporting"
    r"|a report)"
    r" (?:\w+ ){0,2}(?:tell|call|contact|inform|notify|email|text|involve)"
)
_PERSON_LEARNS = re.compile(
    rf"\b{_ASK} {_PERSON} (?:\w+ ){{0,2}}{_LEARN}\b"
    rf"|\b{_PERSON} (?:will|would|could|might|gonna|is gonna|is going to) (?:\w+ )?{_LEARN}\b"
    rf"|\b(?:will|would|could|can|does|do) {_PERSON} (?:\w+ )?know (?:it was|i was|that i"
    r"|who (?:reported|told|called|it was))\b"
    rf"|\b(?:tell|notify|contact|inform|warn) (?:him|her|them|the (?:person|guy|ex|other"
    r" person))\b[^.!?]{0,20}\b(?:it was me|i (?:reported|called|applied|asked|told))"
)
_PARENTS_LEARN = re.compile(
    rf"\b{_ASK} {_FAMILY} (?:\w+ ){{0,2}}{_LEARN}\b"
    rf"|\b(?:get|involve|getting|involving) {_FAMILY} (?:involved|in(?:volved)? in it)\b"
    rf"|\b(?:have|need|has) to (?:tell|involve|inform) {_FAMILY}\b"
    rf"|\b{_FAMILY} (?:have|has|need|needs) to (?:know|be told|find out|be involved|sign)\b"
    rf"|\b{_ROUTE_TELLS} {_FAMILY}\b"
)
_OTHERS_LEARN = re.compile(
    rf"\b{_ASK} {_OTHERS} (?:\w+ ){{0,2}}{_LEARN}\b|\b{_ROUTE_TELLS} {_OTHERS}\b"
)
# The assistant itself, this chat, or a helpline asked about: other readers answer those.
_ABOUT_ASSISTANT = re.compile(
    r"\b(?:will|would|do|does|can|could) (?:you|u|this bot|the bot|this chat|this app)"
    r" (?:\w+ ){0,2}(?:tell|call|contact|inform|report|message|text|show|send)\b"
    r"|\b(?:see|read|find) (?:this|these|what i|my messages|this chat|the chat)\b"
    r"|\bkids help phone\b|\bkhp\b|\bhelp ?line\b|\b686868\b"
)
# What the person would do.
_ORDER = re.compile(
    r"\b(?:protection order|order|tribunal|crt|civil resolution|claim|sue|suing|court"
    r"|apply for (?:it|that|one))\b"
)
_REPORT = re.compile(
    r"\b(?:report|reported|reporting|reports|police|cops?|rcmp|cybertip|press charges"
    r"|charge him|charge her|turn (?:him|her|them) in)\b"
)
_SERVICE = re.compile(
    r"\b(?:call|calling|called|ring|phone|contact|email|use|using|apply|see|talk to|get)"
    r" (?:the |that |this |your |a |free )?(?:\w+ )?(?:lawyer|legal advice|legal service|service"
    r"|number|line|clinic|advice|help)\b|\bif i (?:call|called|phone|phoned|email|emailed)\b"
    r"|\bi asked\b|\bif i ask\b"
    r"|\b(?:get|getting) (?:free )?(?:help|advice)\b"
)
_HOW_TO_APPLY = re.compile(
    r"\bhow (?:do|can|would|could) (?:i|we|you) (?:\w+ )?(?:get|apply|file|start|ask for|make)\b"
)
_TELL = re.compile(
    r"\b(?:tell|telling|told|talk to) (?:someone|somebody|anyone|an adult|a (?:safe )?adult"
    r"|a teacher|my teacher|a counsellor|a counselor|the counsellor|my friend|a friend|people)\b"
)
# Someone other than the writer's family did it, said earlier or now ("my manager keeps
# asking", "my ex says he'll post"): a family word then is who might be told, not the person.
_OTHER_DID_IT = re.compile(
    r"\b(?:he|she|they|ex|guy|man|manager|boss|coach|teacher|boyfriend|girlfriend|partner"
    r"|husband|wife|someone|somebody|person|account|scammer)\b"
)


def _route(text: str, earlier: list[str]) -> str | None:
    """What the person would do: "order", "report", "service", "tell" or None. The latest
    message first; else the message before, when it named one ("how do I get a protection
    order?" then "can he find out I asked?")."""
    for message in [text, *earlier[-1:]]:
        if _ORDER.search(message) and not _REPORT.search(message):
            return "order"
        if _REPORT.search(message):
            return "report"
        if _TELL.search(message):
            return "tell"
        if _SERVICE.search(message):
            return "service"
    return None


_FAMILY_WORD = re.compile(r"\b(?:family|relatives|famliy)\b")
_PARENT_WORD = re.compile(
    r"\b(?:mom|mum|mommy|mother|dad|daddy|father|parents?|folks|guardians?)\b"
)


def family_not_parents(text: str) -> bool:
    """ "does my family find out": the family named, no parent (round 41 p21, a 26-year-old)."""
    cleaned = plain_lower(text)
    return bool(_FAMILY_WORD.search(cleaned)) and not _PARENT_WORD.search(cleaned)


def who_finds_out_kind(text: str, earlier_texts: list[str]) -> str | None:
    """The answer for a question about who will learn of it; None for any other message."""
    cleaned = plain_lower(text)
    if _ABOUT_ASSISTANT.search(cleaned):
        return None
    earlier = [plain_lower(message) for message in earlier_texts[-6:]]
    if _PARENTS_LEARN.search(cleaned):
        route = _route(cleaned, [])
        if route == "report":
            return PARENTS_REPORT
        return PARENTS_ANY
    asked = _PERSON_LEARNS.search(cleaned)
    if asked and _parent_meant(asked.group(0), cleaned[: asked.start()]):
        return PARENTS_REPORT if _route(cleaned, []) == "report" else PARENTS_ANY
    role = _ROLE_ASKED.search(asked.group(0)) if asked else None
    if role and not any(re.search(rf"\b{role.group(1)}\b", message) for message in earlier):
        asked = None  # "will my boss find out" after "my ex posted them": someone else told
    if asked:
        rest = cleaned[: asked.start()] + " " + cleaned[asked.end() :]
        if not any(_OTHER_DID_IT.search(message) for message in [*earlier, rest]):
            return None
        route = _route(cleaned, earlier)
        if route == "order" and _HOW_TO_APPLY.search(cleaned):
            return PERSON_ORDER_HOW
        return {
            "order": PERSON_ORDER,
            "report": PERSON_REPORT,
            "service": PERSON_SERVICE,
            "tell": PERSON_TELL,
        }.get(route or "", PERSON_ANY)
    if _OTHERS_LEARN.search(cleaned):
        return OTHERS_ANY
    return None
