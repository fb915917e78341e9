"""Plain questions whose answer the sources hold, which fell to "Did you mean", "I'd rather not
guess" or "My answer just above" (round 14, kind 2). Plain Python over the latest message, the
earlier ones and the bot's earlier replies; the InterruptPolicy answers the kind (one hook).

- "What else is open right now?" after the bot said the service's pilot dates have passed:
  the routes that don't depend on it (the misreads answer), never the fallback.
- "Is what he did a crime?" about an image taken secretly (up a skirt, a hidden camera) and not
  shared: secretly taking an intimate image can be voyeurism (s. 162); the tribunal's orders are
  for sharing or threats; the IIPS helps when images are held (bc-facts.md).
- "It's not posted yet, can anyone make him NOT post it?" after a threat: the before-posting
  answer (the tribunal's protection order for threats, the IIPS).
- "Does this help men? (a video posted on X)": anyone, whatever their gender, then the answer
  for what was told.
- "Does it matter that it happened in Alberta?": the service is for people who live in B.C.;
  the sources don't say whether where it happened matters; the intake line can.
- "So I just call that number and they'll ask him?" right after an answer naming the IIPS: what
  the sources say it does (it contacts the person to ask for removal), and what they don't.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import repeat25
from assistant.adult_age import ADULT_AGE_HOME
from assistant.answer_kinds import HOME_OUTSIDE_BC
from assistant.answer_kinds_what_happens import INSTITUTION, INSTITUTION_WORK
from assistant.answer_kinds_who_and_how import ANY_GENDER, any_gender_asked
from assistant.content import value
from assistant.follow_ups import FOLLOW_UP
from assistant.image_kinds import CAPTURED_SECRETLY
from assistant.image_words import images
from assistant.misreads import ROUTES_IF_CLOSED
from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_from_text
from assistant.wrong_topic import THREAT_STOP

SECRET_CRIME = "secret_taken_crime"  # noqa: S105 (a kind name, not a secret)
SECRET_CRIME_AGAIN = "secret_taken_crime_again"  # noqa: S105 (a kind name)
ROUTES_IF_CLOSED_AGAIN = "routes_if_service_closed_again"  # misreads' own "again" kind
ANY_GENDER_SHARED = "any_gender_shared"
ANY_GENDER_THREATENED = "any_gender_threatened"
WHERE_HAPPENED = "where_it_happened"
WHERE_HAPPENED_AGAIN = "where_it_happened_again"
IIPS_CONTACTS = "iips_contacts_person"
IIPS_CONTACTS_AGAIN = "iips_contacts_person_again"
HELD_REFUSED = "held_refused"

ANSWERS: dict[str, list[str]] = {
    SECRET_CRIME: ["utter_secret_taken_crime", "utter_secret_taken_next"],
    SECRET_CRIME_AGAIN: ["utter_secret_taken_crime_again"],
    ANY_GENDER_SHARED: ["utter_any_gender", "action_shared_next"],
    ANY_GENDER_THREATENED: ["utter_any_gender", "utter_threats_routes"],
    WHERE_HAPPENED: ["utter_where_it_happened"],
    WHERE_HAPPENED_AGAIN: ["utter_where_it_happened_again"],
    IIPS_CONTACTS: ["utter_iips_contacts_person"],
    IIPS_CONTACTS_AGAIN: ["utter_iips_contacts_person_again"],
    HELD_REFUSED: ["utter_held_refused"],
}
# Work named: what an employer or HR can do, which the sources don't say, comes before the rest.
SECRET_CRIME_AT_WORK = ["utter_secret_taken_crime", "utter_secret_taken_work"]

# The bot's replies that say the service's scheduled period has passed.
PERIOD_PASSED = frozenset({"utter_service_period_ended", "utter_service_period_caveat"})

_SHARE = (
    r"(?:post|posts|posting|posted|share|shares|sharing|send|sends|sending|upload\w*|leak\w*"
    r"|put (?:it|them) (?:up|online|out)|spread\w*|release\w*|show\w*)"
)
_IMAGES = images()

# --- What is still open, after the pilot dates were said to have passed ----------------------
_OTHER_OPEN = re.compile(
    r"\b(?:what|which|who|where|any|anything|anyone|anybody|some|other)\b[^.!?]{0,40}"
    r"\b(?:else|other|others|still|instead|alternatives?)\b"
    r"|\b(?:open|running|available|working|operating|going)\b (?:\w+ )?(?:right )?now\b"
    r"|\bwhat(?:'?s| is| are)? (?:still |actually )?(?:open|running|available|left)\b"
    r"|\b(?:still|actually) (?:open|running|available|working|operating)\b"
    r"|\bwhere (?:do|can|should) i (?:go|turn)\b"
)
# After the caveat alone (added to every intake line once the dates passed), only a question about
# what is open: "what else can I do?" there keeps its own answer.
_OPEN_WORDS = re.compile(
    r"\b(?:open|running|available|operating|closed|still (?:taking|going|working)|shut)\b"
)
# "who else knows", "who else can see this chat": not a route asked for.
_NOT_ROUTES = re.compile(r"\b(?:know|knows|see|seen|saw|read|told|find out)\b")

# --- An image taken secretly, "is it a crime?" -----------------------------------------------
_SECRET = re.compile(
    r"\bup (?:my|her|their|a|the) (?:skirt|dress|shorts)\b|\bupskirt\w*|\bdownblous\w*"
    r"|\bhid(?:den|e|es|ing)? (?:a |his |her |their )?(?:\w+ )?(?:camera|cam|phone)"
    r"|\b(?:camera|cam|phone) (?:was )?hidden\b|\bspy ?cam\w*|\bpeeping\b"
    # "my husband put a camera in the bedroom" (session 16)
    r"|\b(?:put|puts|placed|installed|set up|planted) (?:a |his |her |their )?(?:\w+ )?"
    r"(?:camera|cam)s? (?:in|inside|into|up in)\b"
    r"|\b(?:camera|cam)s? in (?:the|my|our|her) (?:bedroom|bathroom"
    r"|washroom|shower|change room|changing room|room|airbnb|rental)\b"
    r"|\bsecretly (?:recorded|recording|filmed|filming|taped|took|taking|photographed|snapped)"
    r"|\b(?:recorded|filmed|taped|photographed|took (?:a )?(?:\w+ )?(?:pic|pics|picture|pictures"
    r"|photo|photos|video|videos)(?: of)?) (?:me|us|her)\b[^.!?]{0,30}\b(?:without"
    r" (?:me |us |her )?(?:knowing|noticing|my knowledge|asking|telling (?:me|us|her))"
    r"|in the (?:shower|bathroom"
    r"|washroom|change room|changing room|locker room)|while i (?:was )?(?:sleep\w*|asleep"
    r"|showering|changing|undressing|getting changed))"
)
# A crime asked, not "legal advice", suing (assistant/money_not_shared.py) or reporting.
_CRIME_ASKED = re.compile(
    r"\b(?:crime|criminal|illegal|against the law|an offen[cs]e|offen[cs]e|lawful"
    r"|(?:is|was|'?s) (?:that|it|this|what he did) (?:even |actually )?legal|allowed (?:to|\?)"
    r"|be charged|charge (?:him|her|them)|get charged|press charges|arrest\w*|jail|prison)"
)
_WORK = re.compile(
    r"\b(?:work|at work|coworker|co-worker|colleague|boss|manager|supervisor|hr|human"
    r" resources|office|employer|workplace|job)\b"
)

# --- "Can anyone make him NOT post it?" after a threat -----------------------------------
_THIRD = r"(?:him|her|them|my ex|the guy|this guy|the person)"
_MAKE_NOT_POST = re.compile(
    rf"\b(?:make|get|force) {_THIRD} (?:to )?(?:not|never|stop)\b[^.!?]{{0,20}}\b{_SHARE}"
    rf"|\bkeep {_THIRD} from {_SHARE}"
    rf"|\b(?:stop|prevent|block) (?:it|this|them|the (?:\w+ )?(?:{_IMAGES})) (?:from )?"
    rf"(?:being|getting|going) (?:posted|shared|sent|leaked|uploaded|online|out)"
    rf"|\b(?:anyone|someone|anybody|somebody|anything|the law|police|a court|the tribunal)"
    rf" (?:\w+ ){{0,2}}(?:stop|prevent|block) {_THIRD}\b"
    rf"|\bstop {_THIRD} before\b"
)
_POSTED_SAID = re.compile(
    r"\b(?:not|isn'?t|isnt|hasn'?t|hasnt|wasn'?t|never|nothing|none)\b[^.!?]{0,25}"
    r"\b(?:posted|shared|sent|online|up|out|leaked)\b"
)
_MONEY = re.compile(
    r"\b(?:money|pay|paid|cash|dollars|bitcoin|crypto|gift ?cards?)\b|\$|\bsend (?:\w+ )?more\b"
)
_FOR_OTHER = re.compile(
    r"\bmy (?:sister|brother|daughter|son|friend|kid|child|student|client|niece|nephew|cousin"
    r"|grandson|granddaughter)'?s?\b"
)

# --- Where it happened -------------------------------------------------------------------
_HAPPENED = (
    r"(?:happened|happen|shared|posted|sent|took place|was done|were taken|was taken"
    r"|were shared|was shared|started|leaked|occurred)"
)
_MATTERS = re.compile(
    r"\b(?:matter|matters|change anything|changes anything|change things|make a difference"
    r"|still (?:help|work|apply|count|be covered)|help with (?:that|it|this)|a problem)\b"
)
_WHERE_WORDS = re.compile(
    rf"\b{_HAPPENED}\b[^.!?]{{0,25}}\b(?:in|from) (?:another|a different|other) (?:province"
    rf"|country|place)\b|\bwhere (?:it|this|they) {_HAPPENED}\b"
    rf"|\b(?:not|wasn'?t|didn'?t) (?:happen )?in (?:bc|b\.c\.?|british columbia)\b"
)

# --- "They'll ask him?" after the IIPS was named ------------------------------------------
IIPS_PHONE_MARK = "1-833-688-4381"
_IIPS_ASKS_HIM = re.compile(
    r"\b(?:they|they'?ll|theyll|they will|they would|them|gov\w*|number|line|service"
    r"|office)\b[^.!?]{0,40}\b(?:ask|asks|contact|contacts|call|calls|message"
    r"|text|email|talk to|talks to|speak to|reach out to|get in touch with)"
    r" (?:him|her|them|the person|my ex|the guy)\b"
    r"|\b(?:just|only) (?:call|phone|email|ring) (?:that|the|this|them|those)\b"
    r"|\b(?:do|will|would|can|could) (?:they|the gov\w*|the service|the iips) (?:\w+ )?"
    r"(?:contact|ask|call|message|reach|talk to|deal with) (?:him|her|them|the person)\b"
)
# "will he know it was me?", "will they tell him my name": who learns what (another kind); the
# tribunal, the police or a lawyer named: not the IIPS.
_WHO_LEARNS = re.compile(
    r"\b(?:know|find out|learn|my name|it was me|who (?:asked|called)|tribunal|crt|police|cops"
    r"|court|lawyer|judge)\b"
)


# "what if he says no?" right after an answer about images only held: what the sources say.
HELD_ANSWERS = frozenset(
    {
        "utter_iips_contacts_person",
        "utter_iips_contacts_person_again",
        "utter_held_not_shared_order",
        "utter_held_only_order",
        "utter_held_help",
        "utter_held_not_shared",
        "utter_held_not_shared_routes",
    }
)
_REFUSES = re.compile(
    r"\b(?:what if|and if|but if|if) (?:he|she|they|my ex)\b[^.!?]{0,20}\b(?:says? no|refuses?"
    r"|won'?t|wont|will not|doesn'?t|does not|don'?t|ignores?|says? he won'?t|keeps? them)\b"
)


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    """Any place content/places.yml names: "it happened in Vancouver" from Toronto asks the same."""
    both = [*value("places.non_bc_places"), *value("places.bc_places")]
    names = sorted({str(place).lower() for place in both}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)")


def _asks(cleaned: str) -> bool:
    return "?" in cleaned or bool(
        re.search(
            r"(?:^|[.!,] )(?:(?:so|and|but|ok|okay|fine|then|well)[,.]? )*(?:can|could|is|are"
            r"|does|do|will|would|what|whats|wat|which|who|where|how|should|any)\b",
            cleaned,
        )
    )


def routes_now(cleaned: str, replies_by_turn: list[list[str]]) -> bool:
    """ "what else is running right now?" after the bot said the pilot dates have passed (its
    own answer in the last 3 turns; the caveat alone only for a question about what is open)."""
    recent = {name for turn in replies_by_turn[-3:] for name in turn}
    if not recent & PERIOD_PASSED or _NOT_ROUTES.search(cleaned):
        return False
    if "utter_service_period_ended" not in recent and not _OPEN_WORDS.search(cleaned):
        return False
    return bool(_OTHER_OPEN.search(cleaned)) and _asks(cleaned)


def secret_crime(cleaned: str, earlier: list[str]) -> bool:
    """A crime asked about an image taken secretly (told here or before), nothing shared."""
    if not _CRIME_ASKED.search(cleaned) or not _asks(cleaned):
        return False
    told = [*earlier[-4:], cleaned]
    if not any(_SECRET.search(text) or CAPTURED_SECRETLY.search(text) for text in told):
        return False
    if any(_FOR_OTHER.search(text) for text in told):
        return False
    return not any(situation_from_text(text) == "shared" for text in told)


def stop_before_posting(cleaned: str, earlier: list[str]) -> bool:
    """ "can anyone make him NOT post it" after a threat told, nothing posted, no demand."""
    if not _MAKE_NOT_POST.search(cleaned) or _FOR_OTHER.search(cleaned):
        return False
    told = earlier[-4:]
    if any(_MONEY.search(text) for text in [*told, cleaned]):
        return False  # a demand: blackmail's steps answer
    if situation_from_text(cleaned) == "shared" and not _POSTED_SAID.search(cleaned):
        return False
    return any(situation_from_text(text) == "threatened" for text in [*told, cleaned])


def gender_with_story(text: str) -> str | None:
    """ "I'm a guy, does this help men? (a video posted on X)": which story was told with the
    question about gender, when one was (a short question alone is its own reader's)."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+|\n", text) if s.strip()]
    # "im nonbinary. does this apply to me too?": a sentence, or two read together.
    pairs = zip(sentences, sentences[1:], strict=False)
    parts = [*sentences, *(f"{one.rstrip('.!')}, {two}" for one, two in pairs)]
    if len(sentences) < 2 or not any(any_gender_asked(plain_lower(p)) for p in parts):
        return None
    situation = situation_from_text(text)
    if situation == "shared":
        return ANY_GENDER_SHARED
    if situation == "threatened":
        return ANY_GENDER_THREATENED
    return None


def where_happened(cleaned: str, earlier: list[str]) -> bool:
    """ "does it matter that it happened in Alberta?", "the pictures were shared in alberta, not
    bc. does that matter": where it happened, not where the person lives."""
    if not _MATTERS.search(cleaned) or not _asks(cleaned):
        return False
    if _WHERE_WORDS.search(cleaned):
        return True
    for place in _places().finditer(cleaned):
        # Only the words of the place's own clause: "I live in Surrey now but this all happened
        # when I lived in Ontario" names the home first, then where it happened.
        window = cleaned[max(0, place.start() - 40) : place.start()]
        before = re.split(r"[,;.!?]|\bbut\b", window)[-1]
        if re.search(rf"\b{_HAPPENED}\b", before):
            return True
        # "it all happened there" said before, the place asked about now
        if re.search(r"\b(?:it|that|this)\b", before[-12:]) and any(
            re.search(rf"\b{_HAPPENED}\b", text) for text in earlier[-2:]
        ):
            return True
    return False


def iips_contacts(cleaned: str, previous_texts: list[str]) -> bool:
    """ "so I just call that gov number and they'll ask him?" right after an answer that named
    the IIPS (its phone number in the bot's previous turn)."""
    if not any(IIPS_PHONE_MARK in text for text in previous_texts):
        return False
    if _WHO_LEARNS.search(cleaned):
        return False
    return bool(_IIPS_ASKS_HIM.search(cleaned)) and _asks(cleaned)


def on_hand_kind(
    text: str,
    earlier_texts: list[str],
    replies_by_turn: list[list[str]],
    previous_texts: list[str],
) -> str | None:
    """The kind of a plain question whose answer the sources hold (see the module), or None.
    `replies_by_turn`: the bot's response names for each earlier message; `previous_texts`: the
    bot's texts in the turn before."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    earlier = [plain_lower(t) for t in earlier_texts]
    previous = set(replies_by_turn[-1]) if replies_by_turn else set()
    if secret_crime(cleaned, earlier):
        if previous & {"utter_secret_taken_crime", "utter_voyeurism_alone"}:
            return SECRET_CRIME_AGAIN
        return SECRET_CRIME
    if routes_now(cleaned, replies_by_turn):
        if "utter_routes_if_service_closed" in previous:
            return ROUTES_IF_CLOSED_AGAIN
        return ROUTES_IF_CLOSED
    if stop_before_posting(cleaned, earlier):
        return THREAT_STOP
    if iips_contacts(cleaned, previous_texts):
        if "utter_iips_contacts_person" in previous:
            return IIPS_CONTACTS_AGAIN
        return IIPS_CONTACTS
    if previous & HELD_ANSWERS and _REFUSES.search(cleaned) and not _MONEY.search(cleaned):
        return HELD_REFUSED
    if where_happened(cleaned, earlier):
        if "utter_where_it_happened" in previous:
            return WHERE_HAPPENED_AGAIN
        return WHERE_HAPPENED
    return gender_with_story(text)


def sequence_for(kind: str | None, texts: list[str]) -> list[str] | None:
    """The answer when it depends on what was told: work named beside a secret image."""
    if kind == SECRET_CRIME and any(_WORK.search(plain_lower(t)) for t in texts[-5:]):
        return repeat25.with_threat_remembered(
            [*SECRET_CRIME_AT_WORK, "utter_secret_taken_next"], texts
        )
    if kind == SECRET_CRIME and repeat25.threat_told(texts):
        # A threat told before (round 24 p29): never "those open if the person threatens to".
        return repeat25.with_threat_remembered(ANSWERS[SECRET_CRIME], texts)
    return None


# The kinds other readers gave these messages in round 14, which these readings replace: "HR or
# police?" beside a crime asked got the institutions' answer; "shared in alberta, not bc" was read
# as a home outside B.C.; "and what if he says no" was a short follow-up of a topic with no next
# step (the fallback). An existing reader's own answer (the voyeurism answer, a call made for
# someone, a stop abroad) is kept.
REPLACES = frozenset(
    {INSTITUTION, INSTITUTION_WORK, HOME_OUTSIDE_BC, ADULT_AGE_HOME, FOLLOW_UP, ANY_GENDER}
)

KINDS = frozenset({*ANSWERS, ROUTES_IF_CLOSED, ROUTES_IF_CLOSED_AGAIN, THREAT_STOP})
