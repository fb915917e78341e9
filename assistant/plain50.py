"""Round 50's unanswered kinds (plain50): own-words follow-ups whose answer, or whose honest
"the information I have doesn't say", is in the sources, but that got a neighbouring stock
block, a menu or "I'd rather not guess" (tests/simulated-users/2026-12-06-round50, and round 49
p17):

- after the crisis answer or the check-in, "I'm not going to do anything, I just need it gone"
  (r50 p13, r49 p17): how to get it taken down, with 9-8-8 kept in the answer;
- "if I block him will he know?" (r50 p15, twice): not said, each app's help pages; block after
  the screenshots;
- "while I wait for the lawyer, can anyone get it down sooner?" (r50 p27, twice): removal does
  not wait for the lawyer;
- "can I still report to Cybertip now that I'm 18?" (r50 p28, twice): not said; ask them; the
  police at any age;
- "StopNCII won't do anything for a group chat, right?", "does Take It Down work for copies on
  phones?" (r50 p25, p30): the online tools reach platforms; the IIPS can ask the people who have
  it, the tribunal can order a person; family who won't delete it from a family group (r50 p22);
- "can the tribunal order the family too, or only the ex?" (r50 p22): not said who an order
  covers; the IIPS or a lawyer can;
- after the chat was deleted, "will it still be on my phone?" (r50 p18): what the chat leaves on
  the device, not evidence advice;
- "the school says it's not their problem, is that true?" (r50 p03): not said what a school
  does; report it yourself.

Follow-ups only (never a first message). Placed after plain48, the full conversation run found
it answering many words older readers answer (copies on phones, what to bring to the
police, "faster", "this chat") with their own rated answers, so each kind here is narrowed to the
wording those left unanswered. Plain functions; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, after plain48). Responses in domain/plain50.yml, and
older ones named below.
"""

from __future__ import annotations

import re

from assistant.after_crisis import CRISIS_ANSWERS
from assistant.fresh_answers import fresh_or_again, replies_in_last
from assistant.plain46 import TAKEN_YOUNG
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

REMOVAL_AFTER_CRISIS = "utter_removal_after_crisis"
BLOCK_NOTICE = "utter_block_will_they_know"
REMOVAL_NOW = "utter_removal_while_waiting"
CYBERTIP_ADULT = "utter_cybertip_adult"
COPIES_SAVED = "utter_saved_on_phones"  # domain/deadends31.yml: the IIPS asks, the CRT orders
COPIES_NOT_ONLINE = "utter_phone_copies_not_online"
ORDER_WHO = "utter_crt_order_others"
DEVICE_TRACE = "utter_device_trace"  # domain/basics.yml: what the chat leaves on the device
SCHOOL_SAYS_NO = "utter_school_enough"  # domain/plain42.yml: not said; report it yourself

# The replies that gave the crisis lines (after_crisis's own list; each "_next" reply comes in the
# same turn as its first) or asked "are you safe?" (domain/safety.yml).
CRISIS_REPLIES = CRISIS_ANSWERS | {"utter_crisis_checkin"}
DELETED = "utter_conversation_deleted"  # domain/privacy.yml
RECENT_TURNS = 2
# The readings that met "I'm not going to do anything, I just need it gone" with the crisis lines
# again or a menu (r50 p13: need_help_now; r49 p17: dont_know); other readings keep the older
# after-crisis answers (with the youth routes or VictimLinkBC where they gave them).
MENU_OR_LINES = frozenset({"need_help_now", "dont_know", "nlu_fallback", "deny", "affirm"})
YOUTH_REMOVAL = "utter_image_removal_youth"  # domain/routes.yml: Take It Down, Cybertip.ca

_WANT_IT_GONE = re.compile(
    r"\b(?:just |only |really )?(?:want|need|wanna)(?: (?:it|them|this|the \w+))? (?:gone|down"
    r"|removed|taken down|deleted|off (?:there|the (?:site|internet|app)|reddit|\w+))\b"
    r"|\bhow (?:do i|to|can i|i can) (?:get|take) (?:it|them|this|the \w+) (?:off|down|removed)\b"
    r"|\b(?:get|take) (?:it|them) (?:off|down)\b"
)
# Still in crisis ("I just want it all to stop"): after_crisis's own answers, never this one.
_STILL_IN_CRISIS = re.compile(
    r"\bend it\b|\bkill\b|\bdie\b|\bdead\b|\bhurt myself\b|\bnot (?:safe|ok|okay)\b"
    r"|\bcan'?t (?:do this|go on|take)\b|\bcant (?:do this|go on|take)\b|\balive\b"
)

_BLOCK = re.compile(r"\bblock(?:ed|ing|s)?\b")
_WILL_KNOW = re.compile(
    r"\b(?:will|would|does|do|can|could) (?:he|she|they|the person|the guy|it|snap\w*|insta\w*"
    r"|the app) (?:\w+ )?(?:know|see|notice|find out|tell (?:him|her|them)|notif\w*)\b"
    r"|\bnotif\w*\b|\b(?:he|she|they)(?:'ll| will) (?:know|see|find out)\b"
)

# Waiting for the lawyer ("over a week before I talk to a lawyer ... anything faster?"); other
# "faster" and "meanwhile" questions keep the older removal answers.
_WAITING = re.compile(r"\bwhile i wait\b|\bwait\w*\b|\blawyer\b|\bweeks?\b|\bletter\b")
_SOONER = re.compile(
    r"\b(?:sooner|faster|quicker|in the meantime|meanwhile|while i wait|before (?:then|that"
    r"|the lawyer|i (?:talk|speak) to))\b"
)
_DOWN = re.compile(r"\b(?:down|removed|off|gone|taken down|still up|still online|still there)\b")

_CYBERTIP = re.compile(r"\bcyber ?tip\b")
# "i thought that was for kids", "does cybertip take reports from adults" (r50 p28); "or does it
# have to be an adult?" (a helper) and "even tho im 18 now? and ..." keep the older answers.
_FOR_KIDS_ONLY = re.compile(
    r"\b(?:only )?for (?:kids|youth|young people|children|minors|teens)\b"
    r"|\b(?:from|take|takes|accept|accepts) (?:reports? (?:from )?)?adults\b"
)
_ASKS = re.compile(r"\?|\b(?:can|could|does|do|will|would|is|are)\b")

# Family who won't delete it from a family group (r50 p22); other copies on phones or in a group
# keep the older answers (a helper's, a young writer's, an adult's, each with its lines).
_FAMILY_WONT_DELETE = re.compile(
    r"\b(?:family|relatives|cousins|aunts?|uncles?)\b[^.?!]{0,30}\b(?:won'?t|wont|not want(?: to)?"
    r"|don'?t want to|doesn'?t want to|refuses? to|will not) delete\b"
)
# "can the IIPS people contact the guys in the group chat and ask them to delete it?" (r50 p30)
_IIPS = re.compile(r"\b(?:iips|protection service|protectyourimages)\b")
_ASK_THEM_DELETE = re.compile(
    r"\b(?:contact|call|message|ask|reach|tell)\b[^.?!]{0,50}\bdelet\w*\b"
)
_ONLINE_TOOL = re.compile(r"\b(?:take it down|takeitdown|stop ?ncii)\b")
_NOT_ONLINE = re.compile(
    r"\bnot online\b|\bnot (?:on )?a (?:website|site)\b|\bnot the internet\b"
    r"|\b(?:for|in) a group ?chat\b|\bon (?:people'?s|peoples|their) phones\b"
)

_ORDER = re.compile(r"\b(?:tribunal|crt)\b")
# "the tribunal can tell the family people to delete also, or only the ex?" (r50 p22): the people
# who got it; "reddit or only my ex?" is the older answer's (domain utter_crt_order_who).
_OTHERS_TOO = re.compile(
    r"\b(?:family|relatives|people in the group|everyone (?:in|who)|the others|other people"
    r"|his friends|her friends|the group)\b[^.?!]{0,40}\b(?:also|too|as well)\b"
)
# "will it still be on my phone? like the messages on the screen" (r50 p18, just after the
# deletion); "still in my browser?", "can he see it in my browser history" and "how do I hide it"
# keep the older answers.
_CHAT_ON_DEVICE = re.compile(
    r"\bstill (?:be |show |showing )?(?:on|in) (?:my|the) (?:phone|screen|laptop|computer"
    r"|tablet)\b|\bstill (?:on|there)\b[^.?!]{0,30}\b(?:phone|screen)\b"
)

_SCHOOL = re.compile(r"\bschool\b")
_NOT_THEIR_JOB = re.compile(
    r"\bnot (?:their|our|the school'?s|its) (?:problem|job|business|responsibility)\b"
    r"|\b(?:won'?t|will not|wont|refuse to|can'?t) (?:help|do anything)\b|\bdo(?:ing)? nothing\b"
)


def kind(
    text: str,
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
    intent: str | None = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/") or not earlier:
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    recent = " ".join([*told[-2:], cleaned])
    recent_replies = replies_in_last(replies, RECENT_TURNS)
    if (
        intent in MENU_OR_LINES
        and recent_replies & CRISIS_REPLIES
        and _WANT_IT_GONE.search(cleaned)
        and not _STILL_IN_CRISIS.search(cleaned)
    ):
        young = young_now([*earlier[-6:], text], is_minor) or TAKEN_YOUNG.search(recent)
        return [REMOVAL_AFTER_CRISIS, YOUTH_REMOVAL] if young else [REMOVAL_AFTER_CRISIS]
    if DELETED in recent_replies and _CHAT_ON_DEVICE.search(cleaned):
        return [DEVICE_TRACE]
    if _BLOCK.search(cleaned) and _WILL_KNOW.search(cleaned):
        return [BLOCK_NOTICE]
    if _CYBERTIP.search(cleaned) and _FOR_KIDS_ONLY.search(cleaned) and _ASKS.search(cleaned):
        return [CYBERTIP_ADULT]
    if _ORDER.search(cleaned) and _OTHERS_TOO.search(cleaned):
        return [ORDER_WHO]
    if _NOT_ONLINE.search(cleaned) and _ONLINE_TOOL.search(cleaned):
        return [COPIES_NOT_ONLINE]  # "stopncii won't do anything for a group chat, right?"
    if _FAMILY_WONT_DELETE.search(cleaned) or (
        _IIPS.search(cleaned) and _ASK_THEM_DELETE.search(cleaned)
    ):
        return [COPIES_SAVED]
    if _SOONER.search(cleaned) and _DOWN.search(cleaned) and _WAITING.search(cleaned):
        return [REMOVAL_NOW]
    if _SCHOOL.search(cleaned) and _NOT_THEIR_JOB.search(cleaned) and "?" in text:
        return [SCHOOL_SAYS_NO]
    return None


# Asked again right after the answer ("right but while I wait, can anyone get it down sooner?"):
# the next answer on the same need, never the same block twice.
_AGAIN = {REMOVAL_NOW: ["utter_stop_spread"]}  # domain/spread_consent.yml: report each post


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
    intent: str | None = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent; asked again, the next one."""
    return fresh_or_again(kind(text, earlier, replies, is_minor, intent), previous, _AGAIN)
