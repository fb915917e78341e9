"""Round 27-28 kinds (safety28): personal safety from a known person, and check-ins on ordinary
words that delay or replace the answer.

- keeping the person away: "can I get him to stay away from me", "a restraining order so he
  can't come near me" (round 27 p08): 9-1-1 in danger, what the tribunal's protection order
  does (the images) and does not (keeping a person away), the free legal advice line and the
  police for the rest, VictimLinkBC 24/7; a young writer: a safe adult, Kids Help Phone;
- the person near in person: "I can't block him, he's at our house every weekend", "he say he
  come to my house tonight, i am scare" (round 28 p18, round 27 p20): blocking stops messages,
  not visits; 9-1-1, VictimLinkBC, the police, a safe adult for a young writer;
- "what can I actually do tonight" once images were shared (round 28 p29): what works after
  hours (the tribunal online 24/7, evidence, emailing the services), not the crisis lines alone;
- check-ins that only delay an answer (round 28 p02, p09, p17; round 27 p01, p04): a family
  figure of speech next to telling them ("I can't tell my parents, they would kill me"), a
  sports one ("he's gonna bench me"), "tell them I've called the police", and a clarification
  right after a crisis reply or a check-in ("I don't mean like that, ..."). Only check-ins a
  model or a weakened pattern asked for: a clear crisis pattern never reaches this module.

Read in InterruptPolicy._direct_answer (follow_up_readers.py), outside forms, never for a safety
intent; `check_in_skippable` in InterruptPolicy._check_in_skippable. Plain functions, no Rasa;
responses in domain/safety28.yml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.fresh_answers import fresh
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

KEEP_AWAY_ADULT = "utter_keep_away_order_adult"
KEEP_AWAY_YOUNG = "utter_keep_away_order_young"
KEEP_AWAY_AGAIN = "utter_keep_away_order_again"
IN_PERSON_ADULT = "utter_in_person_adult"
IN_PERSON_YOUNG = "utter_in_person_young"
IN_PERSON_AGAIN_ADULT = "utter_in_person_again_adult"
IN_PERSON_AGAIN_YOUNG = "utter_in_person_again_young"
TONIGHT_SHARED = "utter_tonight_shared_steps"
CLARIFIED_HEARD = "utter_clarified_heard"
DELETE_APP = "utter_delete_app_reach"
SHARED_NEXT = "action_shared_next"

KEEP_AWAY = (KEEP_AWAY_ADULT, KEEP_AWAY_YOUNG)
IN_PERSON = (IN_PERSON_ADULT, IN_PERSON_YOUNG)
ANSWERS = (
    KEEP_AWAY_ADULT,
    KEEP_AWAY_YOUNG,
    KEEP_AWAY_AGAIN,
    IN_PERSON_ADULT,
    IN_PERSON_YOUNG,
    IN_PERSON_AGAIN_ADULT,
    IN_PERSON_AGAIN_YOUNG,
    TONIGHT_SHARED,
    CLARIFIED_HEARD,
    DELETE_APP,
)

_PERSON = r"(?:him|her|them|my ex|this guy|this person|that guy|the guy)"
# An order or a way to keep the person away from the writer.
_KEEP_AWAY = re.compile(
    r"\b(?:restraining|no[ -]?contact|peace bond|stay[ -]away) orders?\b"
    r"|\bpeace bond\b"
    r"|\b(?:stay|keep|kept|keeping|stays) (?:away|back) from (?:me|us|my (?:house|home|place|family"
    r"|kids?|children))\b"
    r"|\b(?:keep|keeping|get|make|force) " + _PERSON + r" (?:to )?(?:stay )?away\b"
    r"|\b(?:can'?t|cannot|cant|won'?t|not allowed to|isn'?t allowed to) (?:come|go|get)"
    r" (?:near|close to|within \w+ \w+ of) (?:me|us|my (?:house|home|place|work|school))\b"
    r"|\bprotection order\b[^.?!]{0,40}\b(?:come|coming) (?:near|close|to my)\b"
)
# The person near in person: at the writer's home, coming over, living close by.
_NEAR = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re)(?: is| are)? (?:at|in|over at)"
    r" (?:my|our) (?:house|home|place|apartment)\b"
    r"|\b(?:he|she|they)(?: is| are|'s|'re|s)? (?:over|around) (?:at (?:my|our) (?:house|place)"
    r"|every \w+|all the time|a lot)\b"
    r"|\bwhen (?:he|she|they)(?:'s|s|'re| is| are)? (?:over|here|around|at (?:my|our) (?:house"
    r"|place))\b"
    r"|\bin person\b"
    r"|\b(?:come|comes|coming|came|go|goes|going) (?:over )?to (?:my|our) (?:house|home|place"
    r"|apartment|door)\b"
    r"|\blives? (?:\w+ ){0,3}(?:blocks?|doors?|minutes?|streets?) (?:away|from (?:me|us))\b"
    r"|\blives? (?:next door|down the (?:street|road|hall)|near (?:me|us)|close to (?:me|us)"
    r"|with (?:me|us))\b"
)
_FEAR = re.compile(
    r"\b(?:scared|scare|afraid|frightened|terrified|fear|nervous|unsafe|not safe|worried)\b"
)
_BLOCK = re.compile(r"\b(?:block|blocking|blocked)\b")
# The person near, not the images: "so he can't come near me", "scared he'll do worse". A
# question about the tribunal's order or the images has its older answers ("would a tribunal
# order make him keep away from me too?", "a restraining order for this").
_IN_REACH = re.compile(
    r"\b(?:come|comes|get|go) (?:near|close)\b|\b(?:my|our) (?:house|home)\b"
    r"|\b(?:stay|keep|kept|keeping|stays) (?:away|back) from (?:me|us)\b"
    r"|\b(?:keep|keeping|get|make|force) (?:him|her|them) (?:to )?(?:stay )?away\b"
)
_ABOUT_IMAGES = re.compile(
    r"\b(?:tribunal|crt|the order|this order|that order|for this|for that|post\w*|send\w*|shar\w*"
    r"|video\w*|pics?|photos?|pictures?|nudes?|images?)\b"
)
# A friend's or relative's case: "what can I do for her tonight? she's really not ok".
_OTHERS_CASE = re.compile(
    r"\b(?:for (?:her|him|them)|my friend\w*|(?:her|his) (?:nudes?|pics?|photos?|video|images?)"
    r"|not ok|not okay)\b"
)
_WHO_CALL = re.compile(r"\bwho (?:do |can |should )?i (?:call|ring|phone)\b")
# Someone else's images or a helper: this module is the writer's own safety only.
_HELPER = re.compile(
    r"\b(?:my (?:daughter|son|niece|nephew|kid|child|student|client|friend)|(?:her|his) (?:ex"
    r"|boyfriend|girlfriend|partner))\b"
)

# "what can I do tonight", "offices are closed", with images already shared.
_TONIGHT = re.compile(
    r"\b(?:tonight|after hours|this late|at night|right now tonight|\d{1,2} ?pm"
    r"|(?:offices?|everything|they)(?: are|'re| is)? (?:all )?closed)\b"
)
_WHAT_TONIGHT = re.compile(
    r"\bwhat (?:can|do|should|could) i (?:actually |really |even |possibly )?do\b"
    r"|\bwhat(?:'s| is) the first thing\b|\bwhat do i do first\b|\banything i can do\b"
)
_SHARED = re.compile(
    r"\b(?:sent|shared|showed|shown|posted|leaked|spread|forwarded|uploaded|airdropped"
    r"|sending|sharing|showing|posting)\b"
    r"|\bi mean(?:t)? the (?:video|pics?|photos?|pictures?|images?)\b"
)
_THREAT_ONLY = re.compile(
    r"\b(?:threat\w*|blackmail\w*|unless|if i don'?t|gonna post|going to post|will post"
    r"|he'?ll post|she'?ll post)\b"
)


# "delete the app so he can't reach her", "should I delete my snapchat so he can't message me".
_DELETE_APP = re.compile(
    r"\b(?:delete|deleting|uninstall|uninstalling|remove|removing|get rid of|deactivate)"
    r" (?:the |her |his |my |their |that )?(?:app|apps|account|snapchat|instagram|insta|tiktok"
    r"|discord|facebook|messenger|whatsapp|kik)\b[^.?!]{0,60}\bso (?:that )?(?:he|she|they"
    r"|the \w+) (?:can'?t|cannot|cant|won'?t|wont|can no longer) (?:reach|contact|message|text"
    r"|find|talk to|get to) (?:her|him|them|me|us)\b"
)


def _young(texts: list[str], is_minor: object) -> bool:
    return young_now(texts, is_minor)


def _kind(
    cleaned: str,
    told: list[str],
    previous: list[str],
    is_minor: object,
    earlier_actions: Sequence[str] = (),
) -> list[str]:
    if _DELETE_APP.search(cleaned):
        return [DELETE_APP]  # a helper's question as much as the writer's own
    if _HELPER.search(cleaned):
        return []
    if (
        _CLARIFIED.search(cleaned)
        and set(previous) & CRISIS_REPLY_ACTIONS
        and _SHARED.search(cleaned)
        and not _REAL_RISK.search(_CLARIFIED.sub(" ", cleaned))
    ):
        # "I don't mean like that, my ex sent them to the company list": heard, then the answer.
        return [CLARIFIED_HEARD, SHARED_NEXT]
    young = _young([*told, cleaned], is_minor)
    if (
        _KEEP_AWAY.search(cleaned)
        and (_FEAR.search(cleaned) or _NEAR.search(cleaned) or _IN_REACH.search(cleaned))
        and not _ABOUT_IMAGES.search(cleaned)
    ):
        if any(name in previous for name in (*KEEP_AWAY, KEEP_AWAY_AGAIN)):
            return [KEEP_AWAY_AGAIN]
        return [KEEP_AWAY_YOUNG if young else KEEP_AWAY_ADULT]
    near = _NEAR.search(cleaned)
    if near and (_FEAR.search(cleaned) or _BLOCK.search(cleaned) or _WHO_CALL.search(cleaned)):
        if any(name in previous for name in IN_PERSON):
            return [IN_PERSON_AGAIN_YOUNG if young else IN_PERSON_AGAIN_ADULT]
        return [IN_PERSON_YOUNG if young else IN_PERSON_ADULT]
    if (
        told  # never the first message: it has its own answer (and often a second question)
        and TONIGHT_SHARED not in earlier_actions
        and not _OTHERS_CASE.search(" ".join([*told[-4:], cleaned]))
        and not _REAL_RISK.search(cleaned)
        and _TONIGHT.search(cleaned)
        and _WHAT_TONIGHT.search(cleaned)
        and any(_SHARED.search(t) for t in [*told[-4:], cleaned])
        and not any(_THREAT_ONLY.search(t) for t in [*told[-4:], cleaned])
    ):
        return [TONIGHT_SHARED]
    return []


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    earlier_actions: Sequence[str] = (),
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier]
    return fresh(_kind(cleaned, told, previous, is_minor, earlier_actions), previous)


# --- Check-ins that only delay the answer -------------------------------------------------

# "I can't tell my parents, they would kill me", "she'll kill me" (a parent), said next to
# telling or finding out. A partner, an ex or "he said he'll kill me" never: those are danger.
_FAMILY = r"(?:parents?|mom|mum|mother|dad|father|stepdad|stepmom|stepmum|family|folks)"
_FAMILY_FIGURE = re.compile(
    r"\b(?:they|she|he|" + _FAMILY + r")(?:'d|'ll|d|ll| would| will| are gonna| is gonna"
    r"| are going to| is going to| gonna)? (?:literally |actually |so |probably )?(?:kill|murder)"
    r" me\b"
)
_TELL_FAMILY = re.compile(
    r"\b(?:tell|telling|told|find out|finds out|found out|know|knows|see|sees)\b[^.?!]{0,30}\b"
    + _FAMILY
    + r"\b|\b"
    + _FAMILY
    + r"\b[^.?!]{0,30}\b(?:find out|finds out|found out|knows?|sees?|would|will|'d|'ll)\b"
)
_NOT_FAMILY = re.compile(
    r"\b(?:my ex|ex-|boyfriend|girlfriend|husband|wife|partner|the guy|this guy|he said|she said"
    r"|they said|threaten\w*|said he'?d|said she'?d|told me he|told me she)\b"
)
# Sports and school figures: "he's gonna bench me", "cut me from the team".
_SPORTS_FIGURE = re.compile(
    r"\b(?:bench|benched|benching) me\b"
    r"|\b(?:cut|kick|kicks|drop|drops|dropped|kicked) me (?:off|from|out of) (?:the )?(?:team|squad"
    r"|roster|club|lineup)\b"
)
# A helper's plan to tell the person they called the police: "tell them I've called the police".
_CALLED_POLICE_TOLD = re.compile(
    r"\b(?:tell|telling|say|saying|message|text)\b[^.?!]{0,50}\b(?:i'?ve|i have|i|we'?ve|we have"
    r"|we) (?:already )?(?:called|contacted|reported (?:it|this|him|them) to) (?:the )?(?:police"
    r"|cops|rcmp)\b"
)
# A clarification of a message just read as a crisis: "I don't mean like that", "not literally".
_CLARIFIED = re.compile(
    r"^(?:no,? |nah,? |sorry,? |lol,? )?(?:i )?(?:don'?t|dont|didn'?t|didnt|do not|did not)"
    r" mean (?:it )?(?:like that|that way|literally|it like that|that)\b"
    r"|^(?:no,? |nah,? )?not (?:like that|literally|that way|in that way)\b"
    # "im not gonna do anything stupid. i mean the video" (round 42 p18)
    r"|^(?:no,? |nah,? )?(?:i'?m|im|i am) not (?:gonna|going to) do anything"
    r" (?:stupid|dumb|crazy)\b"
)
# Words that keep the check-in whatever else the message says.
_REAL_RISK = re.compile(
    r"\b(?:hurt (?:myself|me)|kill (?:myself|me tonight)|suicid\w*|die|dying|end it|end my"
    r"|hit me|hits me|beat\w* me|danger|unsafe|not safe|scared|afraid|terrified|pills|cut"
    r"|cutting|weapon|knife|gun)\b"
)
CRISIS_REPLY_ACTIONS = frozenset(
    {
        "utter_crisis",
        "utter_immediate_danger",
        "utter_crisis_checkin",
        "utter_crisis_next",
        # staying with the person after the check-in (the readers see the turn without it)
        "utter_crisis_stay",
        "utter_crisis_stay_next",
    }
)


def check_in_skippable(text: str, check_in: dict | None, previous: list[str]) -> bool:
    """A check-in that a model or a weakened pattern asked for, on words that are a figure of
    speech or a clarification: the answer alone. `previous`: the turn before's actions."""
    if not text or not check_in:
        return False
    cleaned = plain_lower(text)
    if _CLARIFIED.search(cleaned) and set(previous) & CRISIS_REPLY_ACTIONS:
        # The person says the crisis reading was wrong; a new risk word still asks.
        rest = _CLARIFIED.sub(" ", cleaned)
        return not _REAL_RISK.search(rest)
    if _REAL_RISK.search(cleaned):
        return False
    if (
        _FAMILY_FIGURE.search(cleaned)
        and _TELL_FAMILY.search(cleaned)
        and not _NOT_FAMILY.search(cleaned)
    ):
        return True
    return bool(_SPORTS_FIGURE.search(cleaned) or _CALLED_POLICE_TOLD.search(cleaned))
