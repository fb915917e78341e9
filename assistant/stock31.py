"""Rounds 29-30 (stock31): a follow-up in the person's own words met with a stock reply that one
word picked, the earlier block again, or nothing on safety from a partner at home
(tests/simulated-users/2026-12-06-round29 and -round30). Each reader gives the answer to what
the person asked, read with what they told before:

- how long from calling the intake line to talking with the lawyer, or whether there is time
  before a move ("enough time to speak to the lawyer before I go?") (r30 p18 T3-T4);
- the steps after calling, asked with "you haven't sent it" (r30 p18 T5: not the consent text);
- whether photographs taken decades ago count, asked by an adult threatened now (r29 p32 T3);
- the people who got the image deleted it: is there still any point (r30 p24 T4);
- whether to give in to the demand ("should I get back with him so he doesn't", "do I have to
  do what he says") (r29 p07 T2-T3);
- a deadline ("1 hour or he posts") said by an adult (r29 p13 T4);
- who to call to get the person charged (r30 p23 T2);
- doing something safely when the other person has a temper and will be contacted (r29 p21);
- what can be done without the partner the writer lives with finding out (r29 p22).

Narrowed on re-landing (session 26, reland-stock31) so no older conversation's answer changes:
the claim above $75,000 and "if I stop paying, won't he post?" kinds were dropped (older
answers and pinned round-30 expectations keep theirs), a deadline the crisis follow-ups already
read, or one beside "should I pay", keeps the older steps, and a message with another question
beside the time to the lawyer keeps the older answer.

Read in the sequence readers' table (assistant/policies/follow_up_readers.py), outside forms,
never for a safety intent, never on a first message. Plain functions, no Rasa; responses in
domain/stock31.yml (and the older files named).
"""

from __future__ import annotations

import re

from assistant.crisis_followups import deadline_kind
from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

TIME_TO_LAWYER = "utter_time_to_lawyer"  # domain/said_above_gate.yml
WHAT_TO_EXPECT = "utter_what_to_expect"  # domain/topics.yml
OLD_IMAGES = "utter_old_images_threat_now"
DELETED_BY_THEM = "utter_deleted_by_them"
GIVE_IN = "utter_no_need_to_give_in"
GIVE_IN_AGAIN = "utter_no_need_to_give_in_again"
DEADLINE = "utter_deadline_adult"
CHARGES_CALL = "utter_charges_who_to_call"
SAFE_WHEN_CONTACTED = "utter_safe_when_contacted"
WITHOUT_HIM_KNOWING = "utter_without_him_knowing"
WITHOUT_HIM_KNOWING_AGAIN = "utter_without_him_knowing_again"

ANSWERS = (
    OLD_IMAGES,
    DELETED_BY_THEM,
    GIVE_IN,
    GIVE_IN_AGAIN,
    DEADLINE,
    CHARGES_CALL,
    SAFE_WHEN_CONTACTED,
    WITHOUT_HIM_KNOWING,
    WITHOUT_HIM_KNOWING_AGAIN,
)
AGAIN = {GIVE_IN: GIVE_IN_AGAIN, WITHOUT_HIM_KNOWING: WITHOUT_HIM_KNOWING_AGAIN}
ACTION_LISTEN = "action_listen"  # the reply ends here: no other part is added
# Answers that stand alone: the message's other words are what they answer.
ALONE = frozenset({TIME_TO_LAWYER, WHAT_TO_EXPECT, DEADLINE, CHARGES_CALL})

# --- how long from calling to the lawyer ---------------------------------------------------
_LAWYER = r"(?:the |a |my )?(?:lawyer|legal advice|intake)"
_TIME_TO_LAWYER = re.compile(
    r"\bhow (?:long|soon|fast|quickly)\b[^.?!]{0,50}\b(?:call\w*|phon\w*|contact\w*|email\w*"
    r"|apply\w*|intake)\b[^.?!]{0,40}\b(?:talk|speak|meet|see|get|reach)\w* (?:to |with )?"
    + _LAWYER
    + r"|\b(?:enough|in|is there|there'?s|have) time to (?:\w+ ){0,2}"
    r"(?:talk|speak|meet|see|get|reach)\w* (?:to |with )?"
    + _LAWYER
    + r"\b[^.?!]{0,40}\bbefore (?:i|we) (?:go|move|leave|fly)\b"
    r"|\bwhen (?:do|will|would|can) i (?:actually )?(?:talk|speak|meet)\w* (?:to |with )?"
    + _LAWYER
    + r"\b[^.?!]{0,30}\bafter (?:i )?(?:call|phone|contact)"
)
# --- the steps after calling, asked with "you haven't sent it" -----------------------------
_NOT_SENT_YET = re.compile(
    r"\byou (?:haven'?t|havent|have not|didn'?t|didnt|did not|never) (?:sent|said|told|given"
    r"|gave|answered)\b"
)
_STEPS_AFTER_CALL = re.compile(
    r"\b(?:steps?|what happens|what comes next|process)\b[^.?!]{0,30}\bafter (?:i |we )?"
    r"(?:call|phone|contact|email|ring)\w*"
)
# --- the people who got it deleted it -------------------------------------------------------
_DELETED_BY_THEM = re.compile(
    r"\b(?:they|friends|everyone|every one|everybody|people|all|both|he|she)\b(?: \w+){0,2}"
    r" (?:deleted|removed|got rid of|erased) (?:it|them|the \w+|those|that)\b"
)
_ANY_POINT = re.compile(
    r"\b(?:any|still a|no|some) point\b|\bworth (?:it|doing|reporting|anything)\b"
    r"|\bstill (?:do|report|count|matter|get help|worth)\w*\b|\banything (?:i can|to) do\b"
    r"|\bdoes it (?:still )?matter\b|\bmove on\b|\bdrop it\b"
)
_I_DELETED = re.compile(r"\bi (?:already |just |have |had )?deleted\b")
# --- giving in to the demand -----------------------------------------------------------------
_GIVE_IN = re.compile(
    r"\b(?:should|do|must|can|shall) i (?:just |really |actually |even )?(?:have to |need to )?"
    r"(?:get back (?:together )?with|go back to|date|stay with|sleep with|do what"
    r"|give (?:him|her|them) what|listen to|obey)\b"
    r"|\bdo i (?:really |actually )?(?:have|need) to (?:do what|listen to|obey|go back"
    r"|get back|date|stay with|give (?:him|her|them))\b"
    r"|\b(?:forcing|making|pressuring|pushing) me (?:to )?(?:date|go back|get back|stay|be with"
    r"|see)\b"
)
_DEMAND_TOLD = re.compile(
    r"\b(?:if|unless) (?:i|you) (?:don'?t|dont|do not|won'?t|wont)\b"
    r"|\bor (?:he|she|they)(?:'?ll| will| is going to| posts?| shares?| sends?)\b"
    r"|\bso (?:he|she|they) (?:doesn'?t|doesnt|won'?t|wont|don'?t|dont|does not)\b"
    r"|\bthreat\w*\b|\bblackmail\w*\b"
)
_PAY_WORDS = re.compile(r"\b(?:pay|paid|paying|money|\$|dollars|cash|gift ?cards?|bitcoin)\b")
# --- a deadline --------------------------------------------------------------------------------
_DEADLINE = re.compile(
    r"\b(?:\d+|an?|one|two|few|couple of) (?:hours?|hrs?|minutes?|mins?|days?)\b[^.?!]{0,25}"
    r"\b(?:or (?:he|she|they)|before (?:he|she|they)|until (?:he|she|they))\b"
    r"|\b(?:gave|gives|giving) me (?:until|till|til|\d+|an?|one)\b[^.?!]{0,25}"
    r"\b(?:hours?|minutes?|mins?|tonight|midnight|tomorrow|morning)\b"
    r"|\b(?:by|until|till|before) (?:tonight|midnight|\d+ ?(?:pm|am))\b[^.?!]{0,25}\bor (?:he|she"
    r"|they)\b"
)
# --- who to call to get the person charged ----------------------------------------------------
_CHARGED = re.compile(
    r"\b(?:get|have|make|press|lay)\w* (?:him|her|them|my ex|charges?)\b[^.?!]{0,20}"
    r"\b(?:charged|arrested|charges)\b|\bpress charges\b|\bget (?:him|her|them) arrested\b"
)
_WHO_CALL = re.compile(
    r"\b(?:who|what number|which number|where) (?:do|should|can) i (?:call|phone|go|contact"
    r"|report)\b|\bhow do i (?:get|have|make|press)\b|\bwho do i (?:talk|speak) to\b"
)
# --- safely, when the other person has a temper ---------------------------------------------
_TEMPER = re.compile(
    r"\b(?:has|have|got) (?:a |such a |a bad |a really bad |an? )?(?:temper|anger issues"
    r"|violent streak)\b|\b(?:he|she|they)(?:'?s| is| are| gets?) (?:\w+ )?(?:violent|aggressive"
    r"|scary when|dangerous when)\b|\bhe'?ll (?:lose it|flip|snap|go crazy)\b"
)
_SAFELY = re.compile(
    r"\b(?:safely|safe way|keep (?:myself|me) safe|stay safe|be safe|without (?:danger|risk))\b"
)
_CONTACT_HIM = re.compile(
    r"\b(?:contact\w*|call\w*|reach\w*|write\w*|tell\w*|know|find\w* out)\b[^.?!]{0,30}\b(?:him"
    r"|her|my ex|my \w+band|it came from me|it was me)\b"
)
# --- without the partner the writer lives with finding out ---------------------------------
_WITHOUT_KNOWING = re.compile(
    r"\bwithout (?:him|her|them|my (?:\w+ )?(?:partner|boyfriend|bf|husband|wife|girlfriend|gf"
    r"|ex)) (?:\w+ )?(?:finding out|knowing|noticing|seeing|being told|getting told|learning"
    r"|hearing)\b"
    r"|\bso (?:he|she|they|my (?:partner|boyfriend|bf|husband|wife|girlfriend|gf))"
    r" (?:doesn'?t|doesnt|won'?t|wont|does not|will not|never)"
    r" (?:\w+ )?(?:find out|know|notice|see it|hear)\b"
)
_LIVES_WITH = re.compile(
    r"\b(?:live|living|lives|stay|staying) with (?:him|her|them|my (?:\w+ )?(?:partner"
    r"|boyfriend|bf|husband|wife|girlfriend|gf))\b|\bgoes through my phone\b|\bchecks my phone\b"
    r"|\breads my (?:phone|texts|messages)\b|\bwe live together\b"
)


# "I'm asking whether the service has to tell him": a question without "?" (r29 p21 T3).
_ASKING = re.compile(
    r"\b(?:i am|i'm|im) (?:just |only )?asking (?:if|whether|about|how)\b|\bmy question is\b"
    r"|\bi (?:want|need) to know (?:if|whether|how)\b|\bwondering (?:if|whether|how)\b"
)
# --- old photographs, a threat now ----------------------------------------------------------
_OLD_IMAGES = re.compile(
    r"\b(?:so|that|very|too|really) old\b|\b(?:\d+|forty|thirty|twenty|many|\w+ty) years ago\b"
    r"|\bdecades? ago\b|\bfrom (?:the )?(?:19)?[5-9]0'?s\b|\bin (?:the )?19[5-9]\d'?s?\b"
    r"|\bfrom 19[5-9]\d\b|\blong ago\b"
)
_MATTERS = re.compile(
    r"\bmatters?\b|\bstill (?:count|apply|covered)\b|\bdoes it count\b|\b(?:laws?|it) apply\b"
    r"|\bmake (?:a|any) difference\b|\btoo old\b|\bstill be done\b|\bcan anything be done\b"
)
_THREAT_NOW = re.compile(
    r"\bthreat\w*\b|\bunless i (?:send|pay|give)\b|\b(?:wants?|asking for|demand\w*) (?:money"
    r"|\$)|\bsays? (?:he|she|they)(?:'?ll| will) (?:show|send|share|post)\b"
)


def old_images_asked(cleaned: str, told: list[str]) -> bool:
    if not (_OLD_IMAGES.search(cleaned) and _MATTERS.search(cleaned)):
        return False
    return any(_THREAT_NOW.search(t) for t in [*told, cleaned])


def time_to_lawyer_asked(cleaned: str) -> bool:
    if not _TIME_TO_LAWYER.search(cleaned):
        return False
    # Round 19 p13: "Can I be on the intake call with a client? And how long from first call
    # until they speak with the lawyer?": another question beside it keeps the older answer,
    # which answers both ("a week?" after the question is no other question).
    pieces = re.findall(r"[^?]+\?", cleaned)
    return not any(
        len(piece.split()) >= 4 and not _TIME_TO_LAWYER.search(piece) for piece in pieces
    )


def steps_not_sent_asked(cleaned: str) -> bool:
    return bool(_NOT_SENT_YET.search(cleaned) and _STEPS_AFTER_CALL.search(cleaned))


def deleted_by_them_asked(cleaned: str) -> bool:
    if _I_DELETED.search(cleaned):
        return False
    return bool(_DELETED_BY_THEM.search(cleaned) and _ANY_POINT.search(cleaned))


def give_in_asked(cleaned: str, told: list[str]) -> bool:
    if not _GIVE_IN.search(cleaned) or _PAY_WORDS.search(cleaned):
        return False
    return any(_DEMAND_TOLD.search(t) for t in [*told, cleaned])


def deadline_said(cleaned: str) -> bool:
    return bool(_DEADLINE.search(cleaned))


def deadline_adult_asked(cleaned: str, told: list[str]) -> bool:
    """A deadline only this reader reads: one the crisis follow-ups read ("he gave me until
    midnight", "i have 30 minutes") keeps utter_sextortion_now (round 18), and one beside money
    or "should I just pay" keeps the paying answers (round 13 p02)."""
    if not deadline_said(cleaned) or _PAY_WORDS.search(cleaned):
        return False
    return deadline_kind(cleaned, told, False) is None


def charges_call_asked(cleaned: str) -> bool:
    return bool(_CHARGED.search(cleaned) and _WHO_CALL.search(cleaned))


def safe_when_contacted_asked(cleaned: str, told: list[str]) -> bool:
    texts = [*told[-2:], cleaned]
    if not _SAFELY.search(cleaned) and not re.search(r"\bkeep (?:myself|me) safe\b", cleaned):
        return False
    if not any(_TEMPER.search(t) for t in texts):
        return False
    return any(_CONTACT_HIM.search(t) for t in texts)


def without_knowing_asked(cleaned: str, told: list[str]) -> bool:
    if not _WITHOUT_KNOWING.search(cleaned):
        return False
    return any(_LIVES_WITH.search(t) for t in [*told, cleaned]) or bool(
        re.search(r"\b(?:boyfriend|bf|husband|partner|girlfriend|gf|wife)\b", " ".join(told))
    )


def _kind(cleaned: str, told: list[str], is_minor: object) -> list[str]:
    young = young_now([*told, cleaned], is_minor)
    if time_to_lawyer_asked(cleaned):
        return [TIME_TO_LAWYER]
    if steps_not_sent_asked(cleaned):
        return [WHAT_TO_EXPECT]
    if not young and old_images_asked(cleaned, told):
        return [OLD_IMAGES]
    if deleted_by_them_asked(cleaned):
        return [DELETED_BY_THEM]
    if give_in_asked(cleaned, told):
        return [GIVE_IN]
    if not young and deadline_adult_asked(cleaned, told):
        return [DEADLINE]
    if charges_call_asked(cleaned):
        return [CHARGES_CALL]
    if not young and safe_when_contacted_asked(cleaned, told):
        return [SAFE_WHEN_CONTACTED]
    if not young and without_knowing_asked(cleaned, told):
        return [WITHOUT_HIM_KNOWING]
    return []


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    earlier_actions: list[str],
    is_minor: object = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages; `earlier_actions`: every action sent."""
    if not text or text.startswith("/") or not earlier:
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    if not (is_question(cleaned) or _ASKING.search(cleaned) or deadline_said(cleaned)):
        return None
    found = _kind(cleaned, told, is_minor)
    if not found:
        return None
    again = AGAIN.get(found[0])
    if again and found[0] in earlier_actions:
        return None if again in previous else [again]
    kept = fresh(found, previous)
    if kept and kept[-1] in ALONE:
        return [*kept, ACTION_LISTEN]
    return kept
