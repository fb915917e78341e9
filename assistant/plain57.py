"""Rounds 55-56's unanswered kinds (plain57): own-words messages that got a neighbouring block,
"I'd rather not guess" or an answer written for someone else
(tests/simulated-users/2026-12-07-round55, -round56):

- a young person helping a friend their own age ("my best friend is getting blackmailed ...
  shes 16 and so am i", r56 p16): the steps written to a friend, not to a parent ("the child",
  "not in trouble with you"); "does she have to tell her parents?", "who else could she
  tell?", "can she call the free lawyer without her parents?";
- an adult relative of a child whom a man keeps messaging ("my niece, she's 11, I think she
  sent him one photo", r56 p20): the answer for a child asked for images, not "you don't need
  to report to use the service"; "is there somewhere specific to report a man going after
  kids?": Cybertip.ca;
- "can I get my 500 dollars back?", "is there any way to recover it?" (r56 p05, missed twice);
- "is there a time limit to file?", "an actual limitation period?", "what about the deadline?"
  about a claim (r56 p22: the pilot's dates, then "not sure I have the answer");
- "should I tell my school? he's in my class at CNC" from a college student (r56 p06: the
  under-18 answer); "should I screenshot the fake pics as proof?" (the deepfake block again);
- "if the protection service contacts him, will he know it was me?" (r56 p23);
- "he says it's no big deal since we're together", "is it wrong if we're a couple?" (r56 p25);
- "would 'remember I still have those' count as a threat?", "who decides if that's a threat?"
  (r55 p23, p30: "a threat counts" twice);
- "someone who speaks French I can call today, I am very upset" (r55 p28: 9-8-8 in French);
- "should I delete the ones on my phone?" about one's own pictures from under 18 (r55 p19).

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py: after
plain53). Responses in domain/plain57.yml, and older ones named below.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh_or_again, replies_in_last
from assistant.plain53 import questions_asked
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

YOUNG_FRIEND_SEXTORTION = "utter_young_friend_sextortion"
YOUNG_FRIEND_NO_PARENTS = "utter_young_friend_no_parents"  # domain/statements.yml
YOUNG_FRIEND_TALK = "utter_young_friend_talk"  # domain/statements.yml: Kids Help Phone
YOUNG_FRIEND_LAWYER = "utter_young_friend_lawyer"
CHILD_ASKED = ["utter_child_asked", "utter_child_asked_support"]  # domain/safety.yml
CHILD_REPORT_WHERE = "utter_child_asked"
MONEY_BACK = "utter_money_back"  # domain/practical_answers.yml
TIME_LIMIT = "utter_crt_time_limit"
DAMAGES = "utter_damages"
TELL_COLLEGE = "utter_tell_college"
EVIDENCE = ["utter_evidence", "utter_evidence_more"]  # domain/answers.yml
IIPS_NAMES_ASKER = "utter_iips_names_asker"
PARTNER_CONSENT = "utter_partner_needs_consent"
PARTNER_FILMING = "utter_partner_secret_filming"
REMARK_THREAT = "utter_remark_threat"
FRENCH_TODAY = ["utter_iips_language_french"]  # domain/legal_follow_ups.yml: 9-8-8 in French
OWN_YOUNG_IMAGES = "utter_own_young_images_keep"
NOT_IN_BC_YET = ["utter_not_in_bc", "utter_moving_to_bc"]  # eligibility.yml, source_answers.yml
# domain/roles.yml: ask before deleting (its second part, the lawyer, follows when asked).
OWN_CHILD_DELETE = ["utter_own_child_what_now"]
OWN_CHILD_DELETE_AGAIN = "utter_own_child_delete_again"
SHARER_TELL_HER = "utter_sharer_tell_her"

RECENT_TURNS = 3
# Said of someone else ("he'd rather die than have them posted"): read_safety leaves it to the
# crisis-for-others answers, which this module must never take.
_SELF_HARM = re.compile(
    r"\b(?:rather die|kill (?:him|her|them)sel\w*|suicid\w*|end (?:it|his life|her life))\b"
)

# --- a young person helping a friend their age ------------------------------------------------
_FRIEND = re.compile(r"\bmy (?:best |close |good )?(?:friend|bff|bestie|buddy|homie)\b")
_BOTH_YOUNG = re.compile(
    r"\b(?:so am i|same as me|me too|we'?re both 1[0-7]|we are both 1[0-7]|both of us are 1[0-7]"
    r"|we'?re both in grade|we are both in grade|we'?re in grade|same grade|same class)\b"
)
_THREAT_TO_FRIEND = re.compile(
    r"\b(?:blackmail\w*|sextort\w*|threaten\w*|extort\w*|says? (?:he'?ll|he will|she'?ll|they'?ll)"
    r" (?:post|share|send|leak)|(?:post|share|leak) her (?:nudes|pics|photos|pictures))\b"
)
_PARENTS = re.compile(r"\b(?:parents?|mom|mum|dad|mother|father)\b")
_NOT_PARENT = re.compile(
    r"\b(?:not (?:her|his|their|a) (?:parent|mom|mum|dad)|(?:i'?m|im|i am) (?:her|his|their)"
    r" (?:best )?friend)\b"
)
_HAS_TO_TELL = re.compile(
    r"\b(?:does|do|would|will) (?:she|he|they) (?:have|need|got) to tell\b"
    r"|\b(?:has|have) to tell (?:her|his|their) parents\b"
)
_WHO_ELSE = re.compile(
    r"\bwho (?:else )?(?:could|can|should|would) (?:she|he|they) (?:tell|talk to|call)\b"
    r"|\bcan (?:she|he|they) (?:call|text|talk to) (?:somebody|someone|anyone) (?:herself|himself"
    r"|themselves|on (?:her|his|their) own)\b"
)
_FRIEND_LAWYER = re.compile(
    r"\bcan (?:she|he|they) (?:call|contact|talk to|use|get|email)\b[^.?!]{0,30}\b(?:lawyer"
    r"|legal|service|advice)\b"
)

# --- a child messaged by an adult, told by a relative ----------------------------------------
_CHILD_RELATIVE = re.compile(
    r"\bmy (?:little |young |baby )?(?:niece|nephew|cousin|granddaughter|grandson|grandchild"
    r"|grandkid|sister|brother|daughter|son|stepdaughter|stepson|kid|child|student)\b"
)
_ADULT_CONTACT = re.compile(
    r"\b(?:a|an|some|this|the) (?:grown |older |adult )?(?:man|guy|adult|stranger|dude|creep"
    r"|older (?:man|guy|boy))\b[^.?!]{0,40}\b(?:messag\w*|texting|dm\w*|talking|chatting|contact\w*"
    r"|grooming)\b"
)
# "I think she sent him one photo" (older readers answer "asking her for pictures").
_SENT_HIM = re.compile(
    r"\b(?:sent|send|sending) (?:him|them|this man|the man|the guy) (?:a |one |some |any )?"
    r"(?:photo|pic|picture|image|nude|selfie)s?\b"
)
_GOING_AFTER_KIDS = re.compile(
    r"\b(?:report|reporting)\b[^.?!]{0,60}\b(?:going after|preying on|targeting|messaging|grooming"
    r"|luring|after) (?:kids|children|minors|young (?:girls|boys|people)|little (?:girls|boys))\b"
)


def _child_age(texts: list[str]) -> int | None:
    for text in texts:
        for number in re.findall(
            r"\b(?:she'?s|shes|he'?s|hes|she is|he is|is|aged?) ([1-9]|1[0-7])\b", text
        ):
            return int(number)
        for number in re.findall(r"\b([1-9]|1[0-7])[ -]?(?:year|yr)s?[ -]?old\b", text):
            return int(number)
    return None


# --- money back ---------------------------------------------------------------------------------
# Only the wordings older readers left ("is there any way to recover it?", "my question is about
# getting the 500 dollars back"); "can I get the gift card money back?" keeps their answers.
_MONEY_BACK = re.compile(
    r"\b(?:recover|recovering)\b[^.?!]{0,25}\b(?:it|money|dollars|payment|paid|cash)\b"
    r"|\b(?:money|dollars|cash|paid)\b[^.?!]{0,40}\brecover\w*\b"
    r"|\bquestion is about getting\b[^.?!]{0,30}\bback\b"
)

# --- a deadline for a claim ---------------------------------------------------------------------
# Only the explicit words: "is it too late?", "a deadline to file?" keep the older answers
# (sharing that started before and went on after; the intake line).
_TIME_LIMIT = re.compile(
    r"\b(?:time limit|limitation period|limitations? (?:act|date)|statute of limitations?)\b"
)
_CLAIM_WORDS = re.compile(
    r"\b(?:file|filing|claim|sue|suing|tribunal|crt|compensation|damages|case|apply|court)\b"
)
_CLAIM_REPLY = re.compile(r"damages|crt|tribunal|claim|late_")
_PILOT = re.compile(r"\b(?:pilot|service|still running|still open|still taking|new clients)\b")
_HOW_MUCH = re.compile(r"\bhow much\b")

# --- a college, not a school for children ---------------------------------------------------
_COLLEGE = re.compile(
    r"\b(?:college|university|uni|campus|my program|polytechnic|cnc|ubc|sfu|uvic|bcit|kpu"
    r"|langara|douglas|capilano|tru|unbc|okanagan college|camosun|vcc|ufv)\b"
)
_TELL_SCHOOL = re.compile(
    r"\b(?:tell|report (?:it |him |this )?to|inform|go to) (?:my|the) (?:school|college"
    r"|university|uni|program|instructor|prof\w*|dean)\b"
)
_FAKE = re.compile(r"\b(?:fake|fakes|ai|deepfakes?|edited|photoshopped)\b")
_POLICE = re.compile(r"\b(?:police|cops|rcmp)\b")
_SCREENSHOT_PROOF = re.compile(
    r"\b(?:screenshot|screen ?shot|save|keep|capture)\w*\b[^.?!]{0,40}\b(?:as |for )?(?:proof"
    r"|evidence)\b"
)

# --- the IIPS and the person it contacts ---------------------------------------------------------
_IIPS = re.compile(
    r"\b(?:protection service|iips|images protection|1-?833|government service|that service)\b"
)
_KNOWS_ME = re.compile(
    r"\b(?:know|find out|figure out|guess|realize|tell him)\b[^.?!]{0,30}\b(?:it was me|it'?s me"
    r"|it'?s about me|it is about me|who asked|who (?:it|this) is|i asked)\b"
)
# Fear beside a question ("he gets really angry", "i am afraid if he know"): the older answers,
# which open with safety.
_FEAR = re.compile(r"\b(?:afraid|scared|angry|hurt|violent|hit me|unsafe|danger\w*)\b")
_CONTACT_HIM = re.compile(r"\b(?:contact|call|message|email|reach out to|talk to) (?:him|her)\b")

# --- a partner who says being together makes it allowed ----------------------------------------
_TOGETHER_EXCUSE = re.compile(
    r"\b(?:since|because|cause|cuz|bc|as) (?:we'?re|we are|we were|we'?ve been) (?:together"
    r"|a couple|dating|married|in a relationship|engaged)\b"
    r"|\b(?:wrong|ok|okay|allowed)\b[^.?!]{0,15}\bif (?:we'?re|we are)"
    r" (?:together|a couple|dating|married|in a relationship)\b"
    r"|\b(?:being|as) (?:his|her|their) (?:girlfriend|boyfriend|wife|husband|partner)\b[^.?!]{0,25}"
    r"\b(?:allowed|means|mean|ok|okay|right)\b"
    r"|\b(?:he|she) says? (?:he'?s|she'?s|he is|she is|they'?re) allowed\b"
)
_SECRET_FILMING = re.compile(
    r"\b(?:without (?:me|my) (?:knowing|knowledge|permission|consent)|secretly|hidden camera"
    r"|(?:didn'?t|did not|never) know (?:he|she|they) (?:was|were) (?:filming|recording)"
    r"|never agreed to (?:the |being )?(?:video|filming|recording|filmed))\b"
)

# --- a remark that may be a threat ---------------------------------------------------------------
_IS_THAT_A_THREAT = re.compile(
    r"\b(?:count|counts|counted|qualify|qualifies) as (?:a )?threat\w*\b"
    r"|\b(?:is|was|would|does) (?:that|this|it|what he said|a comment like that) (?:be |count as )?"
    r"(?:a |an actual |really a )?threat\b"
    r"|\bwho decides (?:if|whether|what)\b[^.?!]{0,30}\bthreat\b"
)
_REFUSES = re.compile(r"\b(?:refuses?|won'?t delete|keep them forever|not delete)\b")
_REMARK = re.compile(
    r"(?:^|\s)['\"\u2018\u201c]\w|\b(?:comment|remark|hint\w*|said something|made a comment"
    r"|joke\w*"
    r"|never (?:actually )?said|didn'?t (?:actually )?say|not exactly|sort of|kind of|implied)\b"
)

# --- someone who speaks French, today ------------------------------------------------------------
_FRENCH = re.compile(r"\b(?:french|fran[cç]ais|francais)\b")
_TODAY_TALK = re.compile(r"\b(?:today|now|tonight|right now|upset)\b")
_INTERPRETER = re.compile(r"\b(?:interpret\w*|lawyers?|they speak|do they)\b")

# --- one's own pictures from under 18, kept on one's phone --------------------------------------
_OWN_PICS_KEEP = re.compile(
    r"\b(?:delete|keep|get rid of|erase)\b[^.?!]{0,40}\b(?:the ones|pics|photos|pictures|nudes"
    r"|images|originals)\b[^.?!]{0,30}\bon my (?:phone|camera roll|laptop|computer)\b"
    r"|\b(?:the ones|pics|photos|pictures|nudes|originals)\b[^.?!]{0,30}\b(?:on my phone|in my"
    r" camera roll|in my gallery)\b[^.?!]{0,40}\b(?:delete|keep)\b"
    r"|\bkeep or delete\b"
    # "should i delete them? or do i need them on my phone for the take it down thing" (r72 p21)
    r"|\bneed (?:them|it|the (?:pics|photos|pictures|originals)) on my (?:phone|device|laptop)\b"
)
_TOOK_UNDER_18 = re.compile(
    r"\b(?:when|since) i was (?:1[0-7]|a minor|under 18|younger)\b|\bfrom when i was 1[0-7]\b"
)


# --- a move to B.C. still to come: "do I need to wait till I move?" (round 56 p04) ---------------
_WAIT_TILL_MOVE = re.compile(
    r"\bwait (?:till|until|til|to|for) (?:i|we) (?:move|get there|live there|am there|arrive)\b"
)

# "does the service still cover me, or do I need to wait till I move?"; "should I wait till I
# move to call?" keeps the older answer (you don't have to wait).
_COVERED = re.compile(r"\b(?:cover|covers|eligible|qualify|still help)\b")

# --- a parent deleting it from their own child's phone (round 55 p14) --------------------------
_DELETE_FROM_PHONE = re.compile(
    r"\b(?:delete|erase|remove|wipe)\b[^.?!]{0,40}\b(?:his|her|their|my son'?s|my daughter'?s)"
    r" (?:phone|device|ipad|tablet|laptop)\b|\b(?:phone|device)\b[^.?!]{0,30}\b(?:and )?"
    r"(?:delete|erase|wipe) it\b|\bdelete it (?:from|off) (?:it|his phone|her phone)\b"
    r"|\b(?:delete it|leave it)\b[^.?!]{0,20}\bfor the police\b"
)

# --- a young person who forwarded a partner's image: "should I tell her?" (round 55 p13) -------
_I_SENT_HERS = re.compile(
    r"\bi (?:sent|forwarded|shared|showed|posted) (?:my |her |his )?(?:gf'?s|bf'?s|girlfriend'?s"
    r"|boyfriend'?s|her|his|their|the)\b"
)
_TELL_HER = re.compile(r"\b(?:should|do|can) i (?:tell|let) (?:her|him|them)\b(?! the)")


def _young_friend(texts: list[str], is_minor: object) -> bool:
    """A young person writing about a friend their age (both under 18)."""
    joined = " ".join(texts)
    if not _FRIEND.search(joined):
        return False
    return bool(_BOTH_YOUNG.search(joined)) or bool(young_now(texts, is_minor))


def young_friend_kind(cleaned: str, told: list[str], is_minor: object) -> list[str] | None:
    if not _young_friend([*told, cleaned], is_minor):
        return None
    if not told and _THREAT_TO_FRIEND.search(cleaned):
        answer = [YOUNG_FRIEND_SEXTORTION]
        if _PARENTS.search(cleaned):
            answer.append(YOUNG_FRIEND_NO_PARENTS)
        return answer
    if not told:
        return None
    if _FRIEND_LAWYER.search(cleaned):
        return [YOUNG_FRIEND_LAWYER]
    if _WHO_ELSE.search(cleaned):
        return [YOUNG_FRIEND_TALK]
    if _NOT_PARENT.search(cleaned) or (_HAS_TO_TELL.search(cleaned) and _PARENTS.search(cleaned)):
        return [YOUNG_FRIEND_NO_PARENTS]
    return None


def child_messaged_kind(cleaned: str, told: list[str], recent: set[str]) -> list[str] | None:
    """A relative of a child whom an adult keeps messaging or asked for pictures."""
    if _GOING_AFTER_KIDS.search(cleaned):
        return [CHILD_REPORT_WHERE]
    if told:
        return None
    age = _child_age([cleaned])
    if (
        _CHILD_RELATIVE.search(cleaned)
        and age is not None
        and age < 16
        and _ADULT_CONTACT.search(cleaned)
        and _SENT_HIM.search(cleaned)
    ):
        return list(CHILD_ASKED)
    return None


def kind(
    text: str,
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if read_safety(text) is not None or _SELF_HARM.search(cleaned):
        return None  # the crisis answers come first
    told = [plain_lower(t) for t in earlier[-6:]]
    recent = replies_in_last(replies, RECENT_TURNS)
    friend = young_friend_kind(cleaned, told, is_minor)
    if friend:
        return friend
    child = child_messaged_kind(cleaned, told, recent)
    if child:
        return child
    if _TIME_LIMIT.search(cleaned) and not _PILOT.search(cleaned):
        about_claim = _CLAIM_WORDS.search(cleaned) or any(_CLAIM_REPLY.search(n) for n in recent)
        if about_claim:
            return [DAMAGES, TIME_LIMIT] if _HOW_MUCH.search(cleaned) and not told else [TIME_LIMIT]
    if _MONEY_BACK.search(cleaned) and told:
        return [MONEY_BACK]
    if not told:
        return None
    if _WAIT_TILL_MOVE.search(cleaned) and _COVERED.search(cleaned):
        return list(NOT_IN_BC_YET)
    last_turn = replies[-1] if replies else []
    if (
        OWN_CHILD_DELETE[0] in last_turn
        and _DELETE_FROM_PHONE.search(cleaned)
        and questions_asked(cleaned) <= 1
    ):
        return list(OWN_CHILD_DELETE)
    if _TELL_HER.search(cleaned) and any(_I_SENT_HERS.search(t) for t in told):
        return [SHARER_TELL_HER]
    if (
        _COLLEGE.search(" ".join([*told, cleaned]))
        and _TELL_SCHOOL.search(cleaned)
        and not _POLICE.search(cleaned)
    ):
        if not young_now([*earlier[-6:], text], is_minor):
            return [TELL_COLLEGE]
    if (
        _SCREENSHOT_PROOF.search(cleaned)
        and _FAKE.search(cleaned)
        and not young_now([*earlier[-6:], text], is_minor)
    ):
        return list(EVIDENCE)
    if _FEAR.search(cleaned):
        return None
    if _KNOWS_ME.search(cleaned) and (
        _IIPS.search(cleaned) or (_CONTACT_HIM.search(cleaned) and _IIPS.search(" ".join(told)))
    ):
        return [IIPS_NAMES_ASKER]
    if _TOGETHER_EXCUSE.search(cleaned):
        filmed = _SECRET_FILMING.search(" ".join([*told, cleaned]))
        return [PARTNER_CONSENT, PARTNER_FILMING] if filmed else [PARTNER_CONSENT]
    if (
        _IS_THAT_A_THREAT.search(cleaned)
        and not _REFUSES.search(cleaned)
        and (_REMARK.search(cleaned) or any(_REMARK.search(t) for t in told))
    ):
        return [REMARK_THREAT]
    if _FRENCH.search(cleaned) and _TODAY_TALK.search(cleaned) and not _INTERPRETER.search(cleaned):
        return list(FRENCH_TODAY)
    if _OWN_PICS_KEEP.search(cleaned) and _TOOK_UNDER_18.search(" ".join([*told, cleaned])):
        return [OWN_YOUNG_IMAGES]
    return None


# Asked again right after the answer: the same point is not sent twice.
_AGAIN = {
    MONEY_BACK: ["utter_money_back_again"],
    TIME_LIMIT: ["utter_crt_time_limit_again"],
    OWN_CHILD_DELETE[0]: [OWN_CHILD_DELETE_AGAIN],
}


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent."""
    return fresh_or_again(kind(text, earlier, replies, is_minor), previous, _AGAIN)
