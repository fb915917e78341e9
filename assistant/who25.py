"""Round 24 kind 2 (who25): who is writing, kept for the whole conversation.

- a parent or grandparent of a child under 18 asks how to bring it up with the child ("without
  making him feel ashamed"), maybe beside blocking: the helper's block steps and how to talk
  with the child, never "Because you're under 18, tell a safe adult" nor the lawyer (`TALK`).
- the same parent asks for someone to call as a parent, or whether Cybertip.ca talks to
  parents: the lines the sources name for the adults helping a child (`PARENT_LINES`), never
  "say your intimate images were shared".
- a helper of a child being blackmailed asks "should we pay?" (or "which is it?" about paying):
  "don't pay", in the helper's words, never the victim's steps ("your intimate images")
  (`HELPER_PAY`, `HELPER_PAY_CLEAR`).
- school staff or a youth worker asks "am I legally required to report / tell her parents?":
  the staff-duty answer at the first ask (`DUTY`).
- a youth worker asks whether "a 14 year old" can call the lawyer without a parent: the answer
  about that young person, not to them (`NO_PARENTS_HELPER`).

Read in InterruptPolicy._direct_answer first in the block outside forms (never for a safety
intent, only with earlier messages). Plain functions over the latest message and the earlier
ones; responses in domain/who25.yml.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

TALK = "utter_helper_talk"
OWN_CHILD_TALK = "utter_own_child_talk"
HELPER_BLOCK = "utter_helper_minor_block"
PARENT_LINES = "utter_parent_support_lines"
PARENT_LINES_AGAIN = "utter_parent_support_lines_again"
HELPER_PAY = "utter_helper_pay"
HELPER_PAY_CLEAR = "utter_helper_pay_clear"
TELL_PARENTS = "utter_helper_minor_tell_parents"
TELL_PARENTS_AGAIN = "utter_helper_minor_tell_parents_again"
DUTY = "utter_duty_to_report"
DUTY_NEXT = "utter_duty_to_report_next"
NO_PARENTS_HELPER = "utter_lawyer_no_parents_helper"
NO_PARENTS_HELPER_NEXT = "utter_lawyer_no_parents_helper_next"
REPORT_CHILD = "utter_helper_report_child"
ANSWERS = (
    TALK,
    OWN_CHILD_TALK,
    HELPER_BLOCK,
    PARENT_LINES,
    PARENT_LINES_AGAIN,
    HELPER_PAY,
    HELPER_PAY_CLEAR,
    TELL_PARENTS,
    TELL_PARENTS_AGAIN,
    DUTY,
    DUTY_NEXT,
    NO_PARENTS_HELPER,
    NO_PARENTS_HELPER_NEXT,
    REPORT_CHILD,
)

# --- who is writing -----------------------------------------------------------------------
_CHILD = re.compile(
    r"\bmy (?:\d{1,2}[- ]?(?:year|yr)s?[- ]?old )?(?:son|daughter|grandson|granddaughter|child"
    r"|kid|boy|girl|stepson|stepdaughter|grandchild|grandkid)\b"
)
_PARENT_SAID = re.compile(
    r"\b(?:i'?m|im|i am) (?:his|her|their|the|a) (?:mother|mom|mum|father|dad|parent|grandmother"
    r"|grandma|grandfather|grandpa|guardian|step ?(?:mom|dad))\b"
)
_MINOR_AGE = re.compile(
    r"\b(?:1[0-7]|[4-9])(?:[- ]?(?:years?|yrs?|y/?o)\b| ?(?:year|yr)s? old\b)"
    r"|\b(?:is|he'?s|she'?s|who'?s|who is|aged?) (?:only |just )?(?:1[0-7]|[4-9])\b"
    r"|\bteen(?:ager)?\b"
)
_STAFF = re.compile(
    r"\b(?:counsell?or|teacher|principal|school staff|social worker|youth worker|nurse|coach"
    r"|educator|vice.principal)\b|\bmy (?:students?|clients?)\b|\ba student\b"
)
# The writer says they are under 18: never a parent's or staff's answer.
_WRITER_YOUNG = re.compile(
    r"\b(?:i'?m|im|i am) (?:only |just )?(?:1[0-7]|[4-9])\b(?! ?(?:years?|yrs?) (?:ago|older))"
)


def _all(texts: list[str]) -> str:
    return " ".join(plain_lower(t) for t in texts)


def parent_of_minor(texts: list[str]) -> bool:
    """A parent or grandparent of a child under 18 is writing (said in any message)."""
    said = _all(texts)
    if _WRITER_YOUNG.search(said):
        return False
    return bool((_CHILD.search(said) or _PARENT_SAID.search(said)) and _MINOR_AGE.search(said))


def staff_helper(texts: list[str]) -> bool:
    """School staff or a youth worker helping a young person."""
    said = _all(texts)
    return bool(_STAFF.search(said) and not _WRITER_YOUNG.search(said))


# --- how to bring it up with the child ---------------------------------------------------
_TALK_ASKED = re.compile(
    r"\bhow (?:do|can|should|would) (?:i|we) (?:\w+ ){0,3}?(?:bring (?:this|it) up|talk (?:to|with)"
    r" (?:him|her|them|my \w+)|raise (?:it|this)|approach (?:him|her|them)|start (?:the|that)"
    r" conversation)"
    r"|\bwithout (?:making (?:him|her|them) (?:feel )?)?(?:sham\w*|embarrass\w*|blam\w*)"
)
_BLOCK = re.compile(r"\bblock(?:ing)?\b")


def talk_asked(text: str) -> bool:
    return bool(_TALK_ASKED.search(plain_lower(text)))


# --- someone to call as a parent -------------------------------------------------------
_PARENT_LINE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|a (?:line|number|service|person)|who)\b[^.?!]{0,40}"
    r"\b(?:call|talk to|speak to|speak with|talk with|phone|contact)\b[^.?!]{0,40}"
    r"\b(?:as|for) (?:a |the |his |her |their )?(?:parents?|mom|mother|dad|father|grandparents?"
    r"|family|families)\b"
    r"|\b(?:talk|speak|help|support)s? (?:to |with )?(?:the )?parents\b"
    r"|\b(?:advice|support|help|helpline|hotline|line|number|group) (?:for|as) (?:a |the )?"
    r"(?:parents?|mom|mother|dad|father"
    r"|grandparents?|families|family)\b"
    r"|\bdoes (?:cybertip\w*|anyone|anybody|someone|somebody)\b[^?.!]{0,40}\bparents?\b"
)


def parent_line_asked(text: str) -> bool:
    return bool(_PARENT_LINE.search(plain_lower(text)))


# --- should we pay -----------------------------------------------------------------------
_PAY_ASKED = re.compile(
    r"\b(?:should|do|must|shall|can|could) (?:we|i|he|she|they) (?:just |still )?pay\b"
    r"|\bpay (?:them|him|her|the money|up)\b\W*(?:or not)?\W*$"
    r"|\byes or no\b[^.!]{0,40}\bpay\b"
    r"|\b(?:is it|would it be|isn'?t it) (?:\w+ )?(?:better|best|ok|okay|safer|easier)"
    r" to (?:just )?pay\b"
)
_PAY_CONFUSED = re.compile(r"\bwhich is it\b|\bconfus\w*\b|\byou said\b|\bcontradict\w*\b")
_PAY_WORD = re.compile(r"\bpay\w*\b")
_TELL_PARENT = re.compile(
    r"\b(?:tell|telling|inform) (?:his|her|their|the) (?:father|dad|mother|mom|mum|parents?)\b"
)
_HELPER_SEXTORTION_SAID = "utter_helper_minor_sextortion"


def pay_asked(text: str) -> bool:
    cleaned = plain_lower(text)
    return bool(
        _PAY_ASKED.search(cleaned) or (_PAY_CONFUSED.search(cleaned) and _PAY_WORD.search(cleaned))
    )


# --- a duty to report ---------------------------------------------------------------------
_DUTY_ASKED = re.compile(
    r"\b(?:my|our) (?:legal )?(?:obligations?|duty|duties|responsibilit\w+)\b"
    r"|\b(?:am i|are we|are staff|is school staff) (?:\w+ )?(?:required|obligated|obliged"
    r"|supposed|bound) to (?:report|tell|call|inform)\b"
    r"|\bdo (?:i|we) (?:legally )?have (?:a |any )?(?:legal )?(?:duty|obligation)\b"
    r"|\bmandatory report\w*\b|\bduty to report\b"
)


def duty_asked(text: str) -> bool:
    return bool(_DUTY_ASKED.search(plain_lower(text)))


# --- can a young person call the lawyer without a parent ---------------------------------
# "a 14 yr old", "a teen": asked in general (a worker checking the bot, p10); "can she call"
# about a young person helped keeps the older helper answers (with their removal halves).
_YOUNG_PERSON = re.compile(
    r"\b(?:a|an) (?:\d{1,2}[- ]?(?:year|yr)s?[- ]?olds?|teens?|teenagers?|minors?|kids?|youth"
    r"|young person)\b"
)
_LAWYER_NO_PARENT = re.compile(
    r"\b(?:lawyer|legal advice|the service|intake|call|phone)\b[^?]{0,60}\b(?:without|no)"
    r" (?:a |their |his |her )?(?:parents?|mom|dad|guardian)\b"
    r"|\b(?:lawyer|service)\b[^?]{0,30}\b(?:tell|inform|call) (?:the|their|his|her) parents\b"
)


def no_parents_for_young(text: str) -> bool:
    cleaned = plain_lower(text)
    return bool(_YOUNG_PERSON.search(cleaned) and _LAWYER_NO_PARENT.search(cleaned))


# Another topic asked in the same message (removal, the lawyer, police): the older readers
# answer every part (round 15's "how do i get it taken down? and how do i talk to her").
_OTHER_TOPIC = re.compile(
    r"\b(?:remov\w*|taken? (?:it |them )?(?:off|down)|get (?:it|them) off|off (?:the|other|his|her)"
    r"|instagram|snapchat|snap|tiktok|delete\w*)\b"
)
# The police beside blocking ("block it or leave it so the police can see it", p04) is the
# block steps' own point; beside anything else the older readers answer it.
_POLICE = re.compile(r"\b(?:police|cops?|charged)\b")


def follow_up(
    text: str, previous: list[str], earlier: list[str], earlier_actions: list[str]
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before). Outside forms only."""
    if not earlier or not text:
        return None
    texts = [*earlier, text]
    parent = parent_of_minor(texts)
    staff = staff_helper(texts)
    helped_sextortion = _HELPER_SEXTORTION_SAID in earlier_actions
    if pay_asked(text) and (parent or staff or helped_sextortion):
        cleaned = plain_lower(text)
        first = HELPER_PAY_CLEAR if _PAY_CONFUSED.search(cleaned) else HELPER_PAY
        if first in previous:
            return None
        answer = [first]
        if _TELL_PARENT.search(cleaned) and TELL_PARENTS not in previous:
            answer.append(TELL_PARENTS)
        return answer
    if staff and duty_asked(text):
        parents = re.search(r"\bparents?\b", plain_lower(text))
        if DUTY not in previous:
            return [DUTY, TELL_PARENTS, DUTY_NEXT] if parents else [DUTY, DUTY_NEXT]
        # The duty answer was the turn before (beside the first answer): anyone can report,
        # and what the sources say of the parents, never the duty block twice in a row.
        again = [REPORT_CHILD, *([TELL_PARENTS] if parents else [])]
        return [a for a in again if a not in previous] or None
    cleaned_text = plain_lower(text)
    if _OTHER_TOPIC.search(cleaned_text) or (
        _POLICE.search(cleaned_text) and not _BLOCK.search(cleaned_text)
    ):
        return None
    if (
        staff
        and TELL_PARENTS in previous
        and re.search(r"\bparents?\b", cleaned_text)
        and re.search(r"\?|\b(?:should|do|must|have to)\b", cleaned_text)
    ):
        return None if TELL_PARENTS_AGAIN in previous else [TELL_PARENTS_AGAIN]
    if (parent or staff) and no_parents_for_young(text):
        return (
            None if NO_PARENTS_HELPER in previous else [NO_PARENTS_HELPER, NO_PARENTS_HELPER_NEXT]
        )
    if parent and parent_line_asked(text):
        return [PARENT_LINES_AGAIN] if PARENT_LINES in previous else [PARENT_LINES]
    if parent and talk_asked(text):
        shared = any(name.startswith("utter_own_child_") for name in earlier_actions)
        talk = OWN_CHILD_TALK if shared else TALK
        if talk in previous:
            return None
        answer = [talk]
        if _BLOCK.search(plain_lower(text)) and not shared:
            answer.insert(0, HELPER_BLOCK)
        return answer
    return None
