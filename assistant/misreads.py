"""Plain messages the bot misread (round 13, helper "misreads"): in-scope questions that fell
to "Sorry, I'm not sure I understood", or that a keyword sent the wrong way. Plain Python over
the latest message and the earlier ones; the InterruptPolicy answers the kind (one hook).

- Not wanting the police or charges ("I dont want my friends charged, I just want it deleted",
  "is it actually illegal? I don't want to call the cops on my bf", "who do I even tell"): the
  routes without police; a young writer's "who do I tell": a safe adult and the youth lines.
- "Don't tell my mom": what the bot and the service tell (the existing answers).
- The intake line's hours in words the older reader missed ("best time to call them", "what
  hours is the line open"): the existing answer, the sources give no hours.
- Money paid to a blackmailer, "can I get it back?": what the sources say (not "take back your
  consent", which a keyword chose).
- "If the service is closed, where else?": the routes that don't depend on it.
- "I sent a pic to a girl and she showed everyone": a sharing, not a consent definition.
- Images only held (not shared or threatened): the tribunal's orders are for sharing or threats;
  "can it or not?" answered plainly, never "see above".
- Someone else reads the writer's phone ("he'll see the screenshots on my phone"): evidence,
  safety, VictimLinkBC.
"""

from __future__ import annotations

import re

from assistant.answer_kinds import WHO_IS_TOLD
from assistant.answer_kinds_sources import HOURS
from assistant.answer_kinds_what_happens import CONSEQUENCES
from assistant.helper_reading import ALREADY_PAID
from assistant.leftover_questions import LINE_HOURS, MAKE_DELETE
from assistant.plain_questions import DEVICE_TRACE
from assistant.plain_text import plain_lower
from assistant.unanswered import NO_POLICE
from assistant.wrong_topic import WHO_IS_TOLD_ADULT

ILLEGAL_NO_POLICE = "illegal_without_police"
DELETE_NO_POLICE = "delete_without_police"
WHO_TO_TELL_YOUTH = "who_to_tell_youth"
MONEY_BACK = "money_paid_back"
ROUTES_IF_CLOSED = "routes_if_service_closed"
SENT_THEN_SHOWN = "sent_then_shown"
# The same from a writer who said they are under 18 ("im 13"): never the "if you are 18 or
# older" paragraph after it (roles28, round 28 p15 T2, round 27 p18 T1).
SENT_THEN_SHOWN_YOUNG = "sent_then_shown_young"
HELD_ONLY_ORDER = "held_only_order"
PHONE_CHECKED = "phone_checked"

ANSWERS: dict[str, list[str]] = {
    DELETE_NO_POLICE: ["utter_delete_without_police"],
    ILLEGAL_NO_POLICE: ["utter_illegal_without_police", "utter_options_without_police"],
    WHO_TO_TELL_YOUTH: ["utter_who_to_tell_youth"],
    MONEY_BACK: ["utter_money_paid_back"],
    ROUTES_IF_CLOSED: ["utter_routes_if_service_closed", "utter_routes_if_service_closed_more"],
    SENT_THEN_SHOWN: ["utter_sent_then_shown", "utter_sent_then_shown_next"],
    SENT_THEN_SHOWN_YOUNG: ["utter_sent_then_shown", "utter_sent_then_shown_young_next"],
    HELD_ONLY_ORDER: ["utter_held_only_order"],
    PHONE_CHECKED: ["utter_phone_checked", "utter_phone_checked_next"],
}
# Asked again right after its answer ("is that money simply lost?", "can it or not?", "no,
# opening hours"): the point said plainly in other words, never "see above" or another topic.
_AGAIN = {
    MONEY_BACK: ("utter_money_paid_back", "money_paid_back_again", "utter_money_paid_back_again"),
    HELD_ONLY_ORDER: (
        "utter_held_only_order",
        "held_only_order_again",
        "utter_held_only_order_again",
    ),
    HOURS: ("utter_hours", "hours_again", "utter_hours_again"),
    ROUTES_IF_CLOSED: (
        "utter_routes_if_service_closed",
        "routes_if_service_closed_again",
        "utter_routes_if_service_closed_again",
    ),
}
ANSWERS.update({again: [answer] for _, again, answer in _AGAIN.values()})
KINDS = frozenset(ANSWERS) | {NO_POLICE, WHO_IS_TOLD, WHO_IS_TOLD_ADULT, HOURS}

_PEOPLE = (
    r"(?:mom|mum|mother|dad|father|parents?|family|guardians?|teachers?|school|principal"
    r"|friends|coach|brother|sister|aunt|uncle|grandma|grandpa)"
)
# "don't tell my mom", "pls dont tell my parents ok", "you won't tell my dad right?"
_DONT_TELL = re.compile(
    rf"\b(?:don'?t|dont|do not|never|pls don'?t|please don'?t) (?:tell|inform|call|text|contact"
    rf"|message) (?:my |the )?{_PEOPLE}\b"
    rf"|\b(?:you|u) (?:won'?t|wont|will not|aren'?t going to|arent gonna) (?:tell|call|contact"
    rf"|text) (?:my |the )?{_PEOPLE}\b"
    rf"|\bkeep (?:this|it) (?:a )?(?:secret|between us|private) from (?:my |the )?{_PEOPLE}\b"
)

# Not wanting the police or charges for someone.
_NO_POLICE = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|not) (?:really )?(?:want|wanna|wish)\b[^.!?]{0,40}"
    r"\b(?:charged|arrested|in trouble|(?:a )?criminal record|to jail|police|cops|rcmp)\b"
    r"|\bwithout (?:the |going to (?:the )?|calling (?:the )?|involving (?:the )?)?"
    r"(?:police|cops|rcmp|reporting)\b"
    r"|\b(?:call|calling|report|reporting) (?:the )?(?:cops|police) on (?:my|him|her|them)\b"
)
_DELETE = re.compile(r"\b(?:delete\w*|gone|remov\w*|taken down|take (?:it|them) down|erase\w*)\b")
_ILLEGAL = re.compile(
    r"\b(?:illegal|a crime|against the law|criminal|allowed to do that|legal)\b(?! advice)"
)
_WHO_TELL = re.compile(
    r"\bwho (?:do|should|can|could) i (?:even |actually )?(?:tell|talk to|go to|report"
    r" (?:it )?to)\b"
)

# The intake line's hours in other words than answer_kinds_sources._HOURS.
_HOURS = re.compile(
    r"\bbest (?:time|day|hour)s?\b[^.!?]{0,30}\b(?:call|phone|reach|contact|ring)\b"
    r"|\bwhat (?:hours|times?) (?:is|are|does|do)\b[^.!?]{0,40}\b(?:open|answer\w*|available)\b"
    r"|\b(?:is|are) (?:they|it|the (?:line|service|office|lawyer|intake(?: line)?)"
    r"|the legal advice (?:line|service)) (?:still )?open (?:in the |on |at |after )?(?:evenings?"
    r"|nights?|weekends?|saturdays?|sundays?|late|after work|after (?:5|five|6|six))\b"
    r"|\bwhat hours\b[^.!?]{0,30}\b(?:line|service|office|phone)\b[^.!?]{0,15}\bopen\b"
    r"|\b(?:opening|office|business) hours\b"
    r"|\bwhen (?:can|could|should) (?:my clients|clients|people|we|i) (?:call|phone|reach)\b"
    r"|\b(?:can|could) i (?:call|phone|reach) (?:them|the (?:line|service|lawyer|intake))"
    r" (?:after|in the|at|on) (?:5|five|6|six|work|evening|night|weekend)"
)
# Money paid, asked back.
_BACK = re.compile(
    r"\b(?:get|getting|recover|recovering|claw)\b[^.!?]{0,25}\bback\b"
    r"|\brefund\w*\b|\b(?:money|it|that)\b[^.!?]{0,20}\b(?:simply |just |all )?(?:lost|gone)\b"
    r"|\breimburs\w*|\brecover\w*\b[^.!?]{0,15}\b(?:money|it|what i (?:paid|sent))\b"
    r"|\b\d+\b[^.!?]{0,15}\b(?:lost|gone)\b"
)
_MONEY = re.compile(
    r"\b(?:paid|pay|paying|money|dollars|bucks|ransom|e-?transfer\w*|gift ?cards?|bitcoin"
    r"|crypto|venmo|paypal)\b|\$ ?\d|\b\d{2,} (?:dollars|bucks)\b"
)
_CONSENT_WORDS = re.compile(r"\bconsent\b")
# "if it's closed, what instead?", "other routes if the legal service is closed?"
_CLOSED = re.compile(
    r"\b(?:closed|not running|shut down|over|ended|finished|not taking (?:new )?(?:clients"
    r"|people)|no longer (?:running|open))\b"
)
_INSTEAD = re.compile(
    r"\b(?:instead|other (?:routes?|options?|places?|services?|help|resources?)|else|"
    r"alternatives?|what (?:now|then)|where (?:do|can|should|would) (?:i|we|they|you)"
    r" (?:send|go|refer|point))\b"
)
_IF_CLOSED = re.compile(
    r"\b(?:if|when|since|now that|in case) (?:it'?s|it is|it was|its|the (?:legal )?(?:service|line"
    r"|pilot|clinic|project)(?: is| was|'s)?|they'?re|they are|the pilot)\b[^.!?]{0,20}"
)
# The writer sent a picture to someone who showed or shared it.
_SENT_SHOWN = re.compile(
    r"\bi (?:sent|send|gave|showed)\b[^.!?]{0,30}\b(?:pic|pics|picture|photo|nude|nudes|video"
    r"|selfie|image|snap)s?\b[^.!?]{0,40}\b(?:she|he|they|and (?:she|he|they))\b[^.!?]{0,15}"
    r"\b(?:showed|shared|sent|posted|forwarded|leaked|spread|screenshotted|airdropped)\b"
)
_AGE = re.compile(r"\b(?:i'?m|im|i am) (\d{1,2})\b|\b(\d{1,2}) ?(?:yo|y/o|years? old|yrs? old)\b")
# Images only held: said earlier, never a sharing or threat after.
_HELD_ONLY = re.compile(
    r"\b(?:hasn'?t|has not|hasnt|didn'?t|did not|never|not) (?:\w+ )?(?:shared|posted|sent"
    r"|threatened|showed)\b|\bstill has (?:some |my |the )?\w* ?(?:photos|pics|images|videos|nudes)"
    r"|\bjust (?:has|kept|keeps)\b"
)
_SHARED_SINCE = re.compile(
    r"\b(?:he|she|they) (?:\w+ )?(?:shared|posted|leaked|sent (?:them|it) to|threatened|says he"
    r" will)\b"
)
_ORDER_ASKED = re.compile(
    r"\b(?:make|force|order|get)\b[^.!?]{0,15}\b(?:him|her|them|he|she)\b[^.!?]{0,15}"
    r"\b(?:delete|remove|destroy|get rid of|erase)\b"
    r"|\b(?:can|could) (?:it|they|the (?:tribunal|crt))\b[^.!?]{0,30}\b(?:or not|delete|order)\b"
    r"|\bcan it or not\b|\bor not\?"
)
# Someone else reads the writer's phone.
_PHONE_READ = re.compile(
    r"\b(?:see|sees|seeing|find|finds|read|reads|look|looks|check|checks|checking|go|goes"
    r"|going|snoop\w*)\b[^.!?]{0,25}\b(?:my phone|my cell|my messages|my texts|my photos"
    r"|my camera roll|my gallery)\b"
    r"|\b(?:he|she|they|my (?:ex|bf|boyfriend|husband|partner|wife|mom|dad|parents))"
    r" (?:will|would|might|is gonna|is going to|gonna|can|could) (?:find out|know|see)\b"
    r"[^.!?]{0,20}\b(?:i (?:call|called|contact|email|text)|the screenshots|my screenshots)"
)
_STEPS_ASKED = re.compile(r"\bwhat (?:happens?|will happen|comes next) (?:after|when|once)\b")
_EVIDENCE_OR_CALL = re.compile(
    r"\b(?:screenshots?|evidence|proof|record|log|call|called|calling|contact|email)\b"
)


def _age(texts: list[str]) -> int | None:
    for text in reversed(texts):
        found = _AGE.search(text)
        if found:
            return int(found.group(1) or found.group(2))
    return None


def _told_shared(text: str) -> bool:
    """A sharing or threat told as happened: not negated ("he hasn't shared"), not a condition
    ("only if he shared")."""
    held_removed = _HELD_ONLY.sub(" ", text)
    for found in _SHARED_SINCE.finditer(held_removed):
        before = held_removed[: found.start()]
        if not re.search(r"\b(?:if|unless|when|until|once)\s*$", before):
            return True
    return False


# Kinds that never replace a first message, or one the classifier read as telling what
# happened ("my boyfriend showed our video, I don't want him in trouble": its own flow), nor,
# outside the fallbacks, a helper's question (a parent's "he doesn't want police involved").
_ONLY_ON_FALLBACK = frozenset(
    {NO_POLICE, ILLEGAL_NO_POLICE, DELETE_NO_POLICE, WHO_IS_TOLD, WHO_IS_TOLD_ADULT}
)
_FALLBACK_INTENTS = frozenset({"nlu_fallback", "out_of_scope", None})
# Someone writing for another person: the helper's readers answer.
_HELPING = re.compile(
    r"\bmy (?:son|daughter|kid|child|friend|sister|brother|niece|nephew|student|client|cousin"
    r"|grandson|granddaughter)s?\b",
    re.IGNORECASE,
)


def misread_kind(
    text: str,
    earlier_texts: list[str],
    minor: bool = False,
    previous: list[str] | tuple = (),
    intent: str | None = None,
    gate: bool = False,
) -> str | None:
    """The kind of a misread message (see the module's docstring), or None; its "again" kind
    when `previous` (the bot's actions in the turn before) gave its answer. With `gate` (the
    policy), the kinds of `_ONLY_ON_FALLBACK` keep to where it says, and a sharing told needs
    no "inform_" intent."""
    kind = _kind(text, earlier_texts, minor)
    if (
        gate
        and kind in _ONLY_ON_FALLBACK
        and (
            not earlier_texts
            or (intent or "").startswith("inform_")
            or (
                intent not in _FALLBACK_INTENTS
                and _HELPING.search(" ".join([*earlier_texts, text]))
            )
        )
    ):
        return None
    if (
        gate
        and kind in {SENT_THEN_SHOWN, SENT_THEN_SHOWN_YOUNG}
        and (intent or "").startswith("inform_")
    ):
        return None
    if kind in _AGAIN and _AGAIN[kind][0] in previous:
        return _AGAIN[kind][1]
    return kind


def _kind(text: str, earlier_texts: list[str], minor: bool) -> str | None:
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    earlier = [plain_lower(t) for t in earlier_texts]
    age = _age([*earlier, cleaned])
    young = minor or (age is not None and age < 18)
    # "what happens after I call? will he know I call?": the steps first (their own reader);
    # the fear said again on its own gets this answer.
    if (
        _PHONE_READ.search(cleaned)
        and not _STEPS_ASKED.search(cleaned)
        and _EVIDENCE_OR_CALL.search(cleaned + " " + " ".join(earlier[-2:]))
    ):
        return PHONE_CHECKED
    if _DONT_TELL.search(cleaned):
        return WHO_IS_TOLD if young else WHO_IS_TOLD_ADULT
    if _NO_POLICE.search(cleaned) or (_WHO_TELL.search(cleaned) and "trouble" in cleaned):
        if young:
            # A young writer's "who do I tell": a safe adult; the rest is for other readers.
            return WHO_TO_TELL_YOUTH if _WHO_TELL.search(cleaned) else None
        if _ILLEGAL.search(cleaned) and not young:
            return ILLEGAL_NO_POLICE
        if _DELETE.search(cleaned) and not young:
            return DELETE_NO_POLICE
        return NO_POLICE
    if _HOURS.search(cleaned):
        return HOURS
    if (
        _BACK.search(cleaned)
        and not _CONSENT_WORDS.search(cleaned)
        and (_MONEY.search(cleaned) or any(_MONEY.search(t) for t in earlier[-3:]))
    ):
        return MONEY_BACK
    if (
        _CLOSED.search(cleaned)
        and _INSTEAD.search(cleaned)
        and (_IF_CLOSED.search(cleaned) or "service" in cleaned or "line" in cleaned)
    ):
        return ROUTES_IF_CLOSED
    if _SENT_SHOWN.search(cleaned):
        return SENT_THEN_SHOWN_YOUNG if young else SENT_THEN_SHOWN
    if (
        _ORDER_ASKED.search(cleaned)
        and any(_HELD_ONLY.search(t) for t in earlier)
        and not any(_told_shared(t) for t in [*earlier, cleaned])
    ):
        return HELD_ONLY_ORDER
    return None


# The kinds these messages got before round 13 from other readers, which these readings replace.
# The kinds other readers gave these messages before round 13, which each reading replaces:
# "can I get it back?" after money paid got the sextortion steps again; "can they make him
# delete them?" the tribunal's orders when nothing was shared; "no, opening hours" the hours
# block again (then "see above"); "he'll see the screenshots on my phone" what this chat leaves
# on the device; a young writer's "who do I tell" the sharer's consequences.
_REPLACES: dict[str, frozenset[str]] = {
    MONEY_BACK: frozenset({ALREADY_PAID}),
    HELD_ONLY_ORDER: frozenset({MAKE_DELETE}),
    HOURS: frozenset({LINE_HOURS, HOURS}),
    PHONE_CHECKED: frozenset({DEVICE_TRACE}),
    WHO_TO_TELL_YOUTH: frozenset({CONSEQUENCES}),
}
for _kind_read, (_, _again, _) in _AGAIN.items():
    _REPLACES[_again] = _REPLACES.get(_kind_read, frozenset()) | {_kind_read}


def replaces(kind: str | None) -> frozenset[str]:
    """The other readers' kinds this reading may replace (none unless named above)."""
    return _REPLACES.get(kind or "", frozenset())
