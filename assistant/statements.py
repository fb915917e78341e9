"""Round 12 (issue 16, simulated users 2026-12-04, helper "statements"): plain statements and
questions mid-conversation that fell to the fallback or "anything else?", first messages read in
the wrong frame, a spouse's sharing, and outside-B.C. answers said twice or with B.C. lines.
Plain Python, no Rasa imports; read from the words and what was said and answered before.

Read with the conversation (`statement_kind`, from the InterruptPolicy like unanswered.py):
- "what if I've already moved" after a move was talked about: the service is for people who
  live in B.C.; the sources don't say what happens after a move; call to ask (`ALREADY_MOVED`).
- "she doesn't want to tell her parents" from a young person helping a friend under 18: she can
  still get help; a safe adult need not be a parent; Kids Help Phone for her and the writer
  (`FRIEND_NO_PARENTS`); "who can she talk to": the youth lines, not the adult crisis lines
  (`FRIEND_TALK`). An adult helping a child gets the helper's tell-parents answer.
- "can anything be done if he just has them": the Intimate Images Protection Service also
  helps when images are held, not shared or threatened; the sources say no more (`HELD_HELP`).
- "where else then" from someone who lives outside B.C.: only what works anywhere, never the
  B.C. lines (`OUTSIDE_RESOURCES`, `_AGAIN` when those were given already).

Read from the first message (`first_message_kind`, from assistant/answer_kinds.py):
- "my partner he share video of me intimate without i say yes": one's own images shared,
  told plainly: what to do and the numbers, not consent definitions (`SHARED_TOLD`).
- "im 14 and a 19 year old keeps asking for pics. i havent sent any": being asked, not a threat:
  the pressure answer and the youth steps (`YOUTH_ASKED`).
- "... threatening to send a video unless I pay. I am 67.": the blackmail steps without the
  youth-only lines (`ADULT_SEXTORTION`).
- "my husband shares intimate photos of me with his friends. is that illegal if we're married?":
  being married is no permission to share; then what to do (`PARTNER_SHARING`).
"""

from __future__ import annotations

import re

from assistant.adult_age import own_adult_age_only
from assistant.helper_followups import youth_asked_in, youth_asked_no_ages
from assistant.home_reading import home_from_text
from assistant.image_words import images
from assistant.moving_away import leaves_bc
from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_from_text

ALREADY_MOVED = "already_moved_away"
FRIEND_NO_PARENTS = "young_friend_no_parents"
HELPER_NO_PARENTS = "helper_minor_tell_parents"  # helper_followups.HELPER_TELL_PARENTS
FRIEND_TALK = "young_friend_who_to_talk_to"
HELPER_TALK = "helped_child_who_to_talk_to"
NO_MONEY = "fee"  # answer_kinds_sources.FEE: utter_fee
HELD_HELP = "held_images_help"
OUTSIDE_RESOURCES = "outside_bc_resources"
OUTSIDE_RESOURCES_AGAIN = "outside_bc_resources_again"
OUTSIDE_HELP_NOW = "outside_bc_help_now"
SHARED_TOLD = "own_images_shared_told"  # wrong_topic.TOLD_SHARED: action_shared_next
YOUTH_ASKED = "youth_asked_by_adult"
ADULT_SEXTORTION = "adult_sextortion"
ADULT_PAY = "adult_sextortion_pay"
PARTNER_SHARING = "partner_sharing_crime"
# Blackmail told by an adult who already paid (round 19 p15): the payment first (don't pay any
# more, report), then the support lines; not the steps as if nothing had been paid.
ADULT_PAID = "adult_sextortion_paid"

ANSWERS: dict[str, list[str]] = {
    ALREADY_MOVED: ["utter_already_moved", "utter_outside_bc_lines_routes"],
    FRIEND_NO_PARENTS: ["utter_young_friend_no_parents"],
    FRIEND_TALK: ["utter_young_friend_talk"],
    HELPER_TALK: ["utter_helped_child_talk"],
    HELD_HELP: ["utter_held_help"],
    OUTSIDE_RESOURCES: ["utter_outside_bc_anywhere"],
    OUTSIDE_RESOURCES_AGAIN: ["utter_outside_bc_anywhere_again"],
    OUTSIDE_HELP_NOW: ["utter_help_now_outside_bc"],
    YOUTH_ASKED: ["utter_pressured", "utter_youth_asked_next"],
    ADULT_SEXTORTION: [
        "utter_sextortion",
        "utter_sextortion_steps",
        "utter_sextortion_report_adult",
        "utter_sextortion_next_adult",
    ],  # fmt: skip
    ADULT_PAY: [
        "utter_sextortion_pay",
        "utter_sextortion_steps",
        "utter_sextortion_report_adult",
        "utter_sextortion_next_adult",
    ],  # fmt: skip
    PARTNER_SHARING: ["utter_partner_sharing", "utter_shared_next"],
    ADULT_PAID: [
        "utter_sextortion_paid_adult",
        "utter_sextortion_paid_removal_adult",
        "utter_sextortion_next_adult",
    ],
}
# Kinds read from the words of one message (assistant/answer_kinds.py marks them).
FIRST_KINDS = frozenset({YOUTH_ASKED, ADULT_SEXTORTION, ADULT_PAY, PARTNER_SHARING, ADULT_PAID})
# The writer helps someone else: no form asks about "your images" after these.
ENDS_FORMS = frozenset({FRIEND_NO_PARENTS, FRIEND_TALK, HELPER_TALK})
# The kinds other readers gave these messages in round 12 (the school's "doesn't say", the
# under-18 topics' stock blocks): these readings replace them.
REPLACES = frozenset(
    {"youth_no_one_to_tell", "youth_tell_parents", "phone_someone", "phone_a_person"}
)  # fmt: skip


def replaces(read: str | None) -> frozenset[str]:
    """The kinds so far that `read` replaces. A young friend's "she doesn't want to tell her
    parents" also replaces the adult helper's parents answer (session 22: "shes 16" now marks the
    friend's first message as a child's, and the parent's answer followed)."""
    if read == FRIEND_NO_PARENTS:
        return REPLACES | {HELPER_NO_PARENTS}
    return REPLACES


# --- Already moved ----------------------------------------------------------------------------
_MOVED = re.compile(
    r"\b(?:i'?ve|i have|i|we'?ve|we have|we) (?:already |just |since )?(?:moved|left|relocated)\b"
    r"(?! (?:him|her|them|the|my|a|that|this|it|school|work)\b)"
    r"|\balready (?:moved|left|gone|relocated|live (?:in|out))\b"
    r"|\b(?:i'?m|i am) (?:already |now )?(?:living )?(?:out of (?:bc|b\.c|province)"
    r"|not in (?:bc|b\.c)(?!\.? yet)|gone)\b"
    # "I'm already in Ontario", "I'm in Ontario now"; never a plain "im in ontario but ...", a
    # home that was never in B.C. (session 17).
    r"|\b(?:i'?m|i am) (?:already |now )(?:living )?in ontario\b|\bin ontario now\b"
    r"|\b(?:don'?t|do not|no longer) live in (?:bc|b\.c|british columbia)(?: anymore| any more)?"
    # "i dont live in BC yet" (round 64 p35, moving to B.C.): not a move away.
    r"(?: now)?\b(?! by then| at that point| by the time|\.? yet)"
)
_MOVE_CONTEXT = ("utter_moving_away", "utter_moving_away_note")


def visiting(cleaned: str) -> bool:
    """The writer is visiting, not moved: "just here on vacation", "i didn't move, im visiting"."""
    from assistant.roles28 import VISITING  # roles28 imports nothing from here

    return bool(VISITING.search(cleaned))


def already_moved(cleaned: str, earlier: list[str], earlier_actions: list[str]) -> bool:
    """A move out of B.C. already done, said after a move was talked about."""
    if not _MOVED.search(cleaned) or leaves_bc(cleaned) and "already" not in cleaned:
        return False
    if visiting(cleaned):
        return False  # "i dont live in bc, just here on vacation": a visit, never a move (roles28)
    moved_before = any(action in _MOVE_CONTEXT for action in earlier_actions) or any(
        leaves_bc(plain_lower(text)) for text in earlier[-6:]
    )
    return moved_before or home_from_text(cleaned) == "no"


# --- A young friend's helper --------------------------------------------------------------------
_HER = r"(?:she|he|they|my friend|my bff|my best friend|her|him|them)"
_PARENTS = r"(?:parents?|mom|mum|mother|dad|father|family|guardians?|folks|step ?(?:mom|dad))"
_NO_PARENTS = re.compile(
    rf"\b{_HER}(?: (?:doesn'?t|doesnt|does not|don'?t|dont|do not|won'?t|wont|will not|can'?t"
    rf"|cant|cannot|isn'?t going to|is not going to|refuses to|is not ready to|isn'?t ready to)"
    rf"|(?:'s|s| is| are|'re) (?:too |really |so )?(?:scared|afraid|terrified|embarrassed"
    rf"|not ready) to)"
    rf" (?:want to |wanna )?(?:tell|talk to|ask|let|say anything to) (?:her|his|their|my)"
    rf" {_PARENTS}\b"
    rf"|\b(?:her|his|their) {_PARENTS} (?:can'?t|cannot|can not|must not|mustn'?t|shouldn'?t"
    rf"|don'?t|do not|doesn'?t) (?:know|find out|be told)\b"
    rf"|\b{_HER} (?:doesn'?t|does not|don'?t|do not) want (?:her|his|their) {_PARENTS}"
    rf" to (?:know|find out)\b"
    # "can she get help without telling our parents", "she doesnt want our parents to know"
    # (round 17, p22: a brother; "our" parents)
    rf"|\b{_HER} (?:doesn'?t|doesnt|does not|don'?t|dont|do not) want (?:our|my) {_PARENTS}"
    rf" to (?:know|find out)\b"
    rf"|\b(?:can|could|is there a way) {_HER} (?:\w+ ){{0,3}}without (?:telling|asking"
    rf"|involving|letting) (?:her|his|their|our|my) {_PARENTS}\b"
)
_WHO_TALK = re.compile(
    r"\bwho (?:else )?(?:can|could|should) (?:she|he|they|my friend) (?:talk|speak|turn|go|reach"
    r" out) to\b"
    r"|\bwho (?:can|could|should) (?:she|he|they|my friend) (?:call|text|contact|tell)\b"
    r"|\b(?:is there|are there) (?:someone|somebody|anyone|anybody|people|a number|a line)"
    r" (?:she|he|they|my friend) (?:can|could) (?:talk|speak|call|text|go)\b"
    r"|\bwhere (?:can|could|should) (?:she|he|they|my friend) (?:get help|go|turn)\b"
)
# The bot already answered as to someone helping a young person.
_FRIEND_OF_MINOR = ("utter_friend_of_minor", "utter_friend_of_minor_removal")
_HELPER_OF_MINOR = (
    "utter_helper_minor",
    "utter_helper_minor_first",
    "utter_child_asked",
    "utter_helper_minor_sextortion",
)


def _helping_minor(earlier_actions: list[str]) -> str | None:
    """'friend' when the bot answered a young person's friend, 'adult' a child's adult helper."""
    recent = earlier_actions[-30:]
    if any(action in _FRIEND_OF_MINOR for action in recent):
        return "friend"
    if any(action in _HELPER_OF_MINOR for action in recent):
        return "adult"
    return None


# "i not have money", "im broke", "I can't afford a lawyer": said after an answer, the fee's.
_NO_MONEY = re.compile(
    r"\b(?:i|we) (?:don'?t|dont|do not|not|no) (?:have|got) (?:no |much |any |enough )?"
    r"(?:money|cash|income)\b"
    r"|\b(?:i|we) (?:have|got) (?:no|little|not much|not enough) (?:money|cash|income)\b"
    r"|\b(?:i'?m|i am|im) (?:\w+ )?(?:broke|poor|low[- ]income|on welfare|on disability)\b"
    r"|\b(?:can'?t|cannot|can not) afford\b"
)

# Money to pay the person ("i have no money to pay him"): blackmail, never the fee.
_PAY_SOMEONE = re.compile(
    r"\bpay (?:him|her|them|the|that|this|up|off)\b|\bwants?\b|\bransom\b|\bscam\w*"
    r"|\bsend (?:him|her)"
)


def no_money(cleaned: str, intent: str | None) -> bool:
    """ "i not have money" said after an answer: the fee's answer."""
    if intent == "sextortion" or _PAY_SOMEONE.search(cleaned) or len(cleaned.split()) > 12:
        return False
    return bool(_NO_MONEY.search(cleaned))


# --- Images held, not shared ------------------------------------------------------------------
_JUST_HAS = re.compile(
    r"\b(?:he|she|they|someone|my ex|the \w+) (?:just|only|still|simply) (?:has|have|keeps?"
    r"|is keeping|holds?|is holding|got) (?:them|it|my \w+|the \w+|those|these)\b"
    r"|\b(?:has|have) (?:them|it|my \w+)[^.?!]{0,20}\b(?:not|never|hasn'?t|haven'?t|didn'?t)"
    r" (?:shared|posted|sent|threatened)\b"
    r"|\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|never) (?:shared|posted|sent"
    r"|threatened|done anything)\b[^.?!]{0,30}\b(?:yet|anything|them|it)?"
)
_CAN_ANYTHING = re.compile(
    r"\b(?:can|could|is there) (?:anything|something|anyone|anybody|any ?one)\b"
    r"|\bwhat (?:can|could|should) (?:i|we|be) (?:do|done)\b|\bwhat are my options\b"
    r"|\bcan i (?:do|get) (?:anything|something|help)\b|\bany (?:help|options?)\b"
    r"|\bhow (?:can|do) i (?:get (?:them|it) back|make (?:him|her|them) delete)\b"
)


def held_help(cleaned: str) -> bool:
    """Asks what can be done when someone has the images but has not shared or threatened."""
    if situation_from_text(cleaned) in {"shared", "threatened"}:
        return False
    return bool(_JUST_HAS.search(cleaned) and _CAN_ANYTHING.search(cleaned))


# --- Outside B.C.: where else ----------------------------------------------------------------
_RESOURCE_INTENTS = frozenset({"ask_resources", "ask_support_services"})
_WHERE_ELSE = re.compile(
    r"\bwhere (?:else|can i (?:get|find) help|do i go|can i go|should i go|to go)\b"
    r"|\b(?:other|more|any) (?:places|services|resources|help|options|lines|numbers)\b"
    r"|\bwho else\b|\banything else (?:i can|for me|out there)\b"
)
_OUTSIDE_GIVEN = (
    "utter_outside_bc_anywhere",
    "utter_outside_bc_lines",
    "utter_outside_bc_lines_routes",
)


def outside_resources(
    cleaned: str, intent: str | None, home_not_bc: bool, earlier_actions: list[str]
) -> str | None:
    """Where else to get help, asked by someone who lives outside B.C."""
    if not home_not_bc or not (intent in _RESOURCE_INTENTS or _WHERE_ELSE.search(cleaned)):
        return None
    given = any(action in _OUTSIDE_GIVEN for action in earlier_actions[-20:])
    return OUTSIDE_RESOURCES_AGAIN if given else OUTSIDE_RESOURCES


def statement_kind(
    text: str,
    intent: str | None,
    earlier: list[str],
    earlier_actions: list[str],
    home_not_bc: bool,
) -> str | None:
    """The round-12 kind of a message read with the conversation before it, or None."""
    # The "I need help now" button too: its payload is no text to read.
    if intent == "need_help_now" and home_not_bc:
        return OUTSIDE_HELP_NOW
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    helping = _helping_minor(earlier_actions)
    if helping and _NO_PARENTS.search(cleaned):
        return FRIEND_NO_PARENTS if helping == "friend" else HELPER_NO_PARENTS
    if helping and _WHO_TALK.search(cleaned):
        return FRIEND_TALK if helping == "friend" else HELPER_TALK
    if no_money(cleaned, intent):
        return NO_MONEY
    if already_moved(cleaned, earlier, earlier_actions):
        return ALREADY_MOVED
    if held_help(cleaned):
        return HELD_HELP
    return outside_resources(cleaned, intent, home_not_bc, earlier_actions)


# --- First messages --------------------------------------------------------------------------
_IMAGES = images("sex ?tapes?", "recordings?")
# "shared my video without my consent", "he share video of me intimate without i say yes".
_WITHOUT_OK = re.compile(
    r"\bwithout (?:my |me |i |me giving |asking me|me knowing|me saying)?"
    r"(?:consent\w*|permission|ok(?:ay)?|say(?:ing)? yes|agree\w*|knowing|asking|approval"
    r"|allow\w*|knowledge)\b"
    r"|\b(?:i|me) (?:never|didn'?t|did not|not) (?:say yes|said yes|agree\w*|consent\w*"
    r"|give permission|gave permission|allow\w*)\b"
)
_OWN_SHARED = re.compile(
    rf"\b(?:share|shares|shared|sharing|post|posts|posted|posting|send|sends|sent|sending"
    rf"|show|shows|showed|showing|upload\w*|put|spread\w*|leak\w*|forward\w*)\b"
    rf"[^.!?]{{0,30}}\b(?:(?:my|our) (?:\w+ ){{0,2}}{_IMAGES}|{_IMAGES} (?:of|with) me"
    rf"|{_IMAGES}[^.!?]{{0,15}}\bof me)\b"
)
_FOR_OTHER = re.compile(r"\b(?:my|our) (?:friend|daughter|son|sister|brother|kid|child|client)")
# A question about the law or consent keeps its own answer ("is that illegal?").
_ASKS_LAW = re.compile(
    r"\b(?:is (?:it|that|this)|was (?:it|that)|isn'?t (?:it|that))\b[^.!?]{0,30}"
    r"\b(?:illegal|legal|a crime|against the law|allowed|okay|ok)\b"
    r"|\bcan (?:he|she|they) (?:do|legally)\b"
)
_SHARED_TOLD_INTENTS = frozenset(
    {"ask_no_consent", "ask_consent", "nlu_fallback", "out_of_scope", "ask_is_it_crime",
     "ask_intimate_image_definition", "greet", None}
)  # fmt: skip
_PARTNER = re.compile(
    r"\b(?:my |our )?(?:husband|wife|spouse|partner|boyfriend|girlfriend|bf|gf|fiance\w*|hubby)\b"
    r"|\b(?:married|marriage|common[- ]law)\b"
)
_MARRIED_ASKS = re.compile(
    r"\b(?:if|because|since|though|even though|when) (?:we'?re|we are|we were|he'?s|she'?s|he is"
    r"|she is|they'?re|i'?m|i am) (?:married|together|a couple|in a relationship|dating"
    r"|(?:my|his|her) (?:husband|wife|spouse|partner))\b"
    r"|\b(?:married|marriage|spouse|husband|wife)\b[^.!?]{0,40}\b(?:illegal|legal|crime|allowed"
    r"|right|okay|ok|count|matter|change)\b"
    r"|\b(?:illegal|legal|crime|allowed|right|okay|ok)\b[^.!?]{0,40}\b(?:married|marriage"
    r"|husband|wife|spouse)\b"
)
_DEMAND = re.compile(
    r"\b(?:unless|or else|pay|paid|money|cash|gift ?cards?|ransom|bitcoin|crypto)\b|\$"
)
_THREAT = re.compile(r"\bthreat\w*|\bblackmail\w*|\bextort\w*|\bunless\b")


def partner_sharing(cleaned: str) -> bool:
    """A spouse or partner sharing one's images, asked whether the relationship changes it."""
    if not (_PARTNER.search(cleaned) and _MARRIED_ASKS.search(cleaned)):
        return False
    return bool(_OWN_SHARED.search(cleaned) or situation_from_text(cleaned) == "shared")


def shared_told(cleaned: str, intent: str | None) -> bool:
    """One's own images shared without saying yes, told plainly (no law question)."""
    if intent not in _SHARED_TOLD_INTENTS or _FOR_OTHER.search(cleaned):
        return False
    if _ASKS_LAW.search(cleaned) or _THREAT.search(cleaned) or _DEMAND.search(cleaned):
        return False
    return bool(_OWN_SHARED.search(cleaned) and _WITHOUT_OK.search(cleaned))


def youth_asked(cleaned: str, intent: str | None) -> bool:
    """A young writer asked for images by an adult, nothing sent, no threat or demand: being
    asked, never the blackmail answer ("someone threatens to share...")."""
    if intent != "sextortion" or _DEMAND.search(cleaned) or _THREAT.search(cleaned):
        return False
    if situation_from_text(cleaned) in {"shared", "threatened"}:
        return False
    return youth_asked_in(cleaned) or youth_asked_no_ages(cleaned)


# Money asked ("unless I pay 500", a dollar sign and a sum): no one's age.
_AMOUNT = re.compile(
    r"\$\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:dollars|bucks|usd|cad|k)\b"
    # "what if i just pay like 100" (round 27 p10 T3, a 15-year-old): a sum, never an age.
    r"|\b(?:pay|paid|send|give|wants?|asking for|asks for|demand\w*)\s"
    r"(?:(?:him|her|them|like|about|around|maybe|only|just|only like|at least|over) ){0,3}"
    r"\d[\d,.]*"
)


def adult_age_said(cleaned: str) -> bool:
    """The writer gives their own adult age, and no other ("I am 67", "im 45 ... pay 500")."""
    return own_adult_age_only(_AMOUNT.sub(" money ", cleaned))


def adult_sextortion(cleaned: str, intent: str | None) -> bool:
    """Blackmail told by a writer who gives their own adult age ("I am 67")."""
    return intent == "sextortion" and adult_age_said(cleaned)


def adult_pay(kind: str | None, cleaned: str) -> str | None:
    """ "should I pay him? I'm 45": the don't-pay answer without the youth-only lines."""
    return ADULT_PAY if kind == "sextortion_pay" and adult_age_said(cleaned) else None


def _paid(cleaned: str) -> bool:
    from assistant.helper_reading import already_paid  # imports this module's neighbours

    return already_paid(cleaned)


def first_message_kind(cleaned: str, intent: str | None) -> str | None:
    """A round-12 kind read from the words of one message, or None."""
    if partner_sharing(cleaned):
        return PARTNER_SHARING
    if youth_asked(cleaned, intent):
        return YOUTH_ASKED
    if adult_sextortion(cleaned, intent):
        return ADULT_PAID if _paid(cleaned) else ADULT_SEXTORTION
    if shared_told(cleaned, intent):
        return SHARED_TOLD
    return None
