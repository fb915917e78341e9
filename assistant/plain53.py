"""Rounds 51-52's unanswered kinds (plain53): own-words follow-ups whose answer is in the sources,
or is the plain meaning of a word the bot itself uses, but that got "the information I have
doesn't answer that", a neighbouring stock block or "anything else?"
(tests/simulated-users/2026-12-07-round51, -round52):

- "what does de-indexed mean?", "is a protection order like a restraining order?", "what's a
  hash?" (only the meaning asked; r52 p31, p12): the word's plain meaning and where it applies;
- "what do I actually write in the email?" (r52 p23, twice): an email that gives no details;
- "must the tribunal be done on the computer?", "could my granddaughter help me fill it in?"
  (r52 p03): it is online; someone can help; the IIPS helps by phone;
- after the trust-or-authority rule, a young writer's "so is that a no?", "yes or no", "so he's
  the one breaking the law?" (r52 p24): the plain answer, not in trouble for what was done to
  them; "I don't want him to get fired" beside it: not their responsibility, their choice;
- after the answer for a child asked for images, "will he get in trouble?" (r52 p14): the child
  is not in trouble; a young helper tells a safe adult; an adult asking, "is it a crime if she
  never sent any?", "police or somewhere else?" (r51 p28); a counsellor's "can I look at his
  phone to confirm it's her?" (r52 p11): don't look, report what you were told;
- "what number i call? and he want money", "only tell me phone number for lawyer" (r52 p25): the
  intake number in plain words first (with "don't pay" in short when money is asked too);
- "can I still make a claim if I don't have a copy?", "HR deleted it, does that ruin my case?"
  (r52 p07): not said that a claim needs a copy; what to write down; who can tell;
- "can a tribunal order make a site in Russia take them down?" (r52 p31): the foreign-site
  answer, not the police-abroad one;
- "if I quit can I still report him?" (r51 p13); "so the free 3 hours is for him too?" about a
  relative who shared (r51 p12); "anything now so that IF he posts them they get blocked?"
  (r51 p27: StopNCII); "will the police take me seriously, given I paid?" (r51 p19);
- "am i in trubble" misspelled, a young writer's "will police come to my house?", inside a form
  too, and "i just want to know if im in trouble" where the reply would be a dead end (r51 p26).

Follow-ups, except the plain number, the foreign site and "am i in trubble", which are asked in
first messages too. Every kind was narrowed to the wording older readers left unanswered (the
first full conversation run found 71 older turns taken). Plain functions; the InterruptPolicy
asks (assistant/policies/follow_up_readers.py: after plain50, the dead-end reader, the in-form
answer). Responses in domain/plain53.yml, and older ones named below.
"""

from __future__ import annotations

import re

from assistant import plain59
from assistant.age_parsing import parse_ages
from assistant.age_wording import ADULT_AGE
from assistant.fresh_answers import fresh, fresh_or_again, replies_in_last
from assistant.plain_text import plain_lower
from assistant.removal_tools import ANSWER as STOPNCII_BEFORE_POSTING
from assistant.route_form_gate import young_now

DEINDEX = "utter_define_deindex"
PROTECTION_ORDER = "utter_define_protection_order"
HASH = "utter_define_hash"
DAMAGES = "utter_define_damages"
SOLUTION_EXPLORER = "utter_define_solution_explorer"
EMAIL_WORDING = "utter_email_what_to_write"
CRT_HOW = "utter_crt_how_to_use"
TRUST_NO = "utter_trust_plain_no"
TRUST_NOT_YOUR_JOB = "utter_trust_not_your_job"
CHILD_NOT_IN_TROUBLE = "utter_child_asked_not_in_trouble"
NUMBER_PLAIN = "utter_intake_number_plain"
SHORT_DONT_PAY = "utter_plain_sextortion"  # domain/repeat25.yml: don't pay, in short
NO_COPY = "utter_claim_without_copy"
SITE_ABROAD = "utter_site_abroad_removal"  # domain/practical_followups.yml
CHILD_ASKED_CRIME = "utter_child_asked_crime"
HELPER_MINOR_FIRST = "utter_helper_minor_first"  # domain/helpers.yml: Cybertip.ca and police
REPORT_AFTER_LEAVING = "utter_report_after_leaving"
FOR_PERSON_PICTURED = "utter_service_for_person_pictured"
POLICE_VIEW = "utter_police_take_seriously"  # domain/leftover_questions.yml
MONEY_BACK = "utter_money_back"  # domain/practical_answers.yml
IN_TROUBLE = ["utter_in_trouble", "utter_in_trouble_help"]  # domain/answers.yml
IN_TROUBLE_YOUNG = ["utter_in_trouble_young", "utter_in_trouble_young_help"]
POLICE_COME_YOUNG = "utter_police_come_young"
NOT_IN_TROUBLE_SHORT = "utter_not_in_trouble_short"
NO_NEED_TO_LOOK = "utter_helper_no_need_to_look"
REPRISAL_YOUNG = "utter_authority_reprisal_young"
# Older answers for a child asked for images (domain/helpers.yml and others), reached from the
# rounds 53-54 wordings below.
ORDER_FIRST = "utter_helper_tell_parent_first"  # "In order: 1. ... 2. Report ... 3. the parent"
TALK_TO_CHILD = "utter_helper_talk"  # how to talk with the child
TELL_PARENTS = "utter_child_tell_report"  # a parent can be the safe adult; where to report
CHILD_DEVICE = "utter_helper_minor_device"  # taking the device away: not said; evidence
OWN_CHILD_TALK = "utter_own_child_talk"  # talking with one's own child who shared
ADULT_NOT_MINOR = "utter_adult_not_minor"
THANKS = "utter_thank"  # domain/basics.yml: "You're welcome. Is there anything else...?"

# The replies that gave the trust-or-authority rule to a young writer (domain/ages.yml and
# others); the helper's version (utter_child_asked_trust) is read by the child-asked kind.
TRUST_REPLIES = frozenset(
    {
        "utter_youth_asked_next_authority",
        "utter_part_trust",
        "utter_trust_asked_allowed",
        "utter_age_rule_position_of_trust",
        "utter_age_rule_position_of_trust_plain",
        "utter_age_rule_general_trust",
        "utter_trust_threat_young",
        TRUST_NO,
    }
)
# The replies for a child or teen asked for images, written to the person helping them.
CHILD_ASKED_REPLIES = frozenset(
    {
        CHILD_NOT_IN_TROUBLE,
        "utter_child_asked",
        "utter_child_asked_support",
        "utter_child_asked_trust",
        "utter_helper_minor",
        "utter_helper_minor_first",
        "utter_helper_minor_sextortion",
    }
)
# Replies that already give the intake number (the number asked for is then not sent again).
NUMBER_REPLIES = frozenset(
    {"utter_contact", "utter_interpreter_call", NUMBER_PLAIN, "utter_contact_again"}
)
RECENT_TURNS = 2

# --- words the bot uses ------------------------------------------------------------------------
# Only the meaning asked: "what does X mean", "X means what", "the meaning of X", "is a X like a
# restraining order?", or "what's a X" with nothing after it. "what's a protection order, does it
# cost anything?" and "what's the CRT damages cap?" keep the older answers, which say more.
_TERMS = (
    (r"de-? ?index\w*", DEINDEX, True),
    (r"protection orders?", PROTECTION_ORDER, False),
    (r"hash(?:es|ed|ing)?", HASH, True),
    (r"damages", DAMAGES, True),
    (r"solution explorer", SOLUTION_EXPLORER, True),
)


def _meaning_asked(term: str, what_is: bool) -> re.Pattern[str]:
    forms = [
        rf"\bwhat (?:does|do) (?:the |a |an |that |this )?(?:word |term )?['\"]?{term}['\"]? mean",
        rf"\b{term}['\"]? means? what\b",
        rf"\bmeaning of (?:the |a |an )?(?:word |term )?['\"]?{term}\b",
        rf"\bis (?:a|an|the|that|this) {term} like (?:a|an)\b",
    ]
    if what_is:
        forms.append(rf"\bwhat(?: is| are|'s|s) (?:a |an |the )?{term}(?: exactly)?\s*\??\s*$")
    return re.compile("|".join(forms))


_MEANINGS = tuple((_meaning_asked(term, what_is), answer) for term, answer, what_is in _TERMS)

# --- the email ---------------------------------------------------------------------------------
_EMAIL_WORDING = re.compile(
    r"\bwhat (?:do|should|would|can|could) i (?:actually |even |then )?(?:write|put|say|include"
    r"|tell them|type)\b[^.?!]{0,30}\b(?:e-?mail|message)\b"
    r"|\b(?:e-?mail|message)\b[^.?!]{0,30}\bwhat (?:do|should) i (?:write|put|say)\b"
    r"|\b(?:don'?t|dont|do not) know what to (?:write|put|say)\b"
)
_EMAIL = re.compile(r"\be-?mail\w*\b")

# --- using the tribunal --------------------------------------------------------------------------
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|civil resolution)\b")
_TRIBUNAL_REPLY = re.compile(r"crt|tribunal|protection_order|damages")
# How the tribunal is used ("must that be done on the computer?"), never where images are ("the
# photos are still up on a website": r35 p18's removal answer).
_ON_A_COMPUTER = re.compile(
    r"\bon (?:the|a) computer\b|\b(?:done|do (?:it|this|that)|file|filed|apply|use it)\b"
    r"[^.?!]{0,25}\bon (?:the|a) (?:internet|website)\b|\bon ?line\b[^.?!]{0,20}\bonly\b"
    r"|\bonly on ?line\b|\b(?:by|on) paper\b|\bpaper form\b"
    r"|\b(?:help|helps) me (?:to )?fill (?:it|this|them) (?:in|out)\b"
    r"|\bfill (?:it|this) (?:in|out) for me\b"
)

# --- the trust rule, asked again as yes or no ---------------------------------------------------
_YES_OR_NO = re.compile(
    r"\bis (?:that|this|it) a (?:no|yes)\b|\bso (?:it'?s|its|that'?s|thats) a no\b"
    r"|\bso (?:i|we) (?:can'?t|cant|cannot)\b|\bso (?:he|she|they)(?:'s| is|s| are)? (?:the one )?"
    r"(?:breaking|who broke|in the wrong)\b"
)
# "yes or no" counts only about the rule ("is kids help phone confidential yes or no" does not).
_YES_OR_NO_RULE = re.compile(r"\byes or no\b")
_RULE_WORDS = re.compile(r"\b(?:legal\w*|illegal|allowed|consent|agree|law|send|sent|pics?)\b")
# The writer's own job or report beside it ("if i report him will i get fired"): older answers.
_OWN_JOB = re.compile(r"\bwill i (?:get fired|lose my job)\b|\bif i report\b")
_HIS_JOB = re.compile(
    r"\b(?:him|her|them) (?:to )?(?:get |be |being |getting )?fired\b"
    r"|\blose (?:his|her|their) job\b"
)

# --- the child asked for images ----------------------------------------------------------------
_CHILD_IN_TROUBLE = re.compile(
    r"\b(?:will|would|could|is|can) (?:he|she|they|my (?:little )?(?:brother|sister|son|daughter"
    r"|kid|child))(?: get)? (?:be )?in trouble\b"
)
# "would she get in trouble if she sent him something?": the older answers on what she sent.
_CHILD_SENT = re.compile(
    r"\b(?:if |that )?(?:he|she|they) (?:sent|has sent|did send|already sent|sends)\b"
)
# The answers for a child asked for images (not a teen sextorted or a child's image shared).
CHILD_ASKED_ONLY = frozenset(
    {"utter_child_asked", "utter_child_asked_support", CHILD_NOT_IN_TROUBLE}
)

# --- the number --------------------------------------------------------------------------------
_NUMBER = re.compile(
    r"\bwhat (?:phone )?number (?:do |should |can )?i (?:call|phone|ring)\b"
    r"|\b(?:phone )?number (?:for|of|to call) (?:the |a )?(?:lawyer|service|legal)\b"
    r"|\b(?:only |just )?(?:tell|give|send) me (?:the )?(?:phone )?number\b"
)
# "only tell me phone number for lawyer" (r52 p25 T3); a number asked beside another question
# ("should I report to the cops first, and what number...") keeps the older answers.
_ONLY_NUMBER = re.compile(
    r"\b(?:only|just) (?:tell|give|send) me (?:the )?(?:phone )?number\b"
    r"|\b(?:only|just) (?:the )?(?:phone )?number\b"
)
_MONEY = re.compile(r"\b(?:pay|money|give (?:him|her|them)|send (?:him|her|them) money)\b")

# --- no copy of the image ------------------------------------------------------------------------
_NO_COPY = re.compile(
    r"\b(?:without|don'?t have|dont have|do not have|no) (?:a |any )?(?:copy|copies|screenshots?)\b"
    r"|\bdidn'?t (?:screenshot|save|keep) (?:it|them|a copy)\b"
)
_CLAIM = re.compile(r"\b(?:claim|case|sue|tribunal|crt|complaint)\b")
_ALREADY_GONE = re.compile(r"\b(?:already )?(?:deleted|gone|taken down|removed)\b")
_RUIN = re.compile(r"\b(?:ruin|hurt|kill|end|wreck|mess up)s? my (?:case|claim|chances)\b")

# --- a foreign site ------------------------------------------------------------------------------
_FOREIGN_SITE = re.compile(
    r"\b(?:site|website|server|host\w*)\b[^.?!]{0,40}\b(?:in (?:russia|china|another country"
    r"|a different country|the us|the usa|europe)|abroad|overseas|outside canada|foreign)\b"
    r"|\bforeign (?:site|website)\b"
)
_ORDER = re.compile(r"\b(?:tribunal|crt|order)\b")

# --- more on a child asked for images (round 51 p28) --------------------------------------------
_IS_CRIME = re.compile(
    r"\bis (?:it|that|this|what (?:he'?s|he is|they'?re|they are) doing) (?:even )?(?:a crime"
    r"|illegal|against the law)\b|\bis it a crime\b"
)
# An adult asking (r51 p28); "is it even illegal tho? like they're dating. 14 and 18" is the age
# rules' (close-in-age exceptions), never this answer.
_ADULT_ASKER = re.compile(
    r"\b(?:an adult|adults|a grown|grown (?:man|woman|up)|a man|a woman|this man|stranger"
    r"|old man)\b"
)
_DATING = re.compile(r"\b(?:dating|boyfriend|girlfriend|bf|gf|together)\b")
_REPORT_WHERE = re.compile(
    r"\b(?:report|police|cops)\b[^.!]{0,60}\b(?:somewhere|anywhere|someone|anyone) else\b"
)

# A helper of a young person checking the image ("can I look at his phone to confirm it's her
# before I report?", round 52 p11, read as the writer's own image).
_LOOK_TO_CHECK = re.compile(
    r"\b(?:look at|check|go through|see|view|open)\b[^.?!]{0,30}\b(?:phone|image|photo|picture"
    r"|pic|video)\b[^.?!]{0,40}\b(?:confirm|check|make sure|see if|verify|before i report)\b"
    r"|\b(?:confirm|verify) (?:it'?s|it is) (?:her|him|them)\b"
)

# --- rounds 53-54: more on a child asked for images, a young writer's reprisal, the link ------
_FIRST_OR = re.compile(
    r"\b(?:tell|call|talk to) (?:her|his|their|the|my) (?:mother|mom|mum|dad|father|parents?)"
    r"\b[^.?!]{0,30}\b(?:first|or report)\b|\breport (?:it |him )?first\b|\bwhich (?:one )?first\b"
)
_TALK_TO_CHILD = re.compile(
    r"\bhow (?:do i|do we|should i|to|can i) (?:even )?(?:talk to|talk with|speak to"
    r"|bring (?:it|this) up with) (?:her|him|them|an? \w+[ -]year[ -]old|my (?:grandson"
    r"|granddaughter|daughter|son"
    r"|kid|child|brother|sister))\b"
)
_TELL_OUR_PARENTS = re.compile(
    r"\bshould (?:i|we) tell (?:our|her|his|their|my) (?:parents|mom|mum|dad|mother|father)\b"
)
_PROMISE = re.compile(r"\bpromis\w*\b")
_TAKE_DEVICE = re.compile(
    r"\b(?:should|do|can|would) (?:i|we) take (?:away )?(?:the|her|his|their) (?:phone|tablet|ipad"
    r"|device|computer|laptop)"
    r"(?: away)?\b|\b(?:phone|tablet|ipad|device|computer|laptop)\b[^.!]{0,25}\btake (?:it|that)"
    r" (?:away|from (?:him|her|them))\b"
)
# "If he did send a picture, can it be removed somehow?" (round 53 p27: "doesn't answer that",
# then the removal lines in a third message).
_CAN_BE_REMOVED = re.compile(
    r"\bcan (?:it|they|that|the (?:picture|photo|pic|image)s?) (?:be )?(?:removed|taken down"
    r"|deleted)\b|\bhow (?:do i|can i|to|do we) (?:get|have) (?:it|them) (?:removed|taken down)\b"
)
CHILD_REMOVAL = "utter_helper_minor_removal"  # domain/helpers.yml: Take It Down, NeedHelpNow.ca
_OWN_CHILD_SHARED = re.compile(r"^utter_own_child_(?:shared|what_now)")
_TALK_TO_OWN_CHILD = re.compile(
    r"\bhow (?:do i|should i|to|can i) (?:even )?(?:talk to|talk with|speak to) (?:him|her|them"
    r"|my (?:son|daughter|kid|child))\b"
)
# "he said he'd make sure I fail if I tell", "I don't want to get kicked off the team".
_REPRISAL = re.compile(
    r"\b(?:fail|flunk|bench|cut|kick|drop|suspend)\w* me\b|\bmake (?:sure )?i fail\b"
    r"|\bkicked off the team\b|\bget benched\b|\bcut from the team\b|\bbad grades?\b"
)
# "will he find out it was me? he's gonna bench me" keeps the older answer on being known.
_FIND_OUT_ME = re.compile(
    r"\b(?:find out|know|figure out)\b[^.?!]{0,20}\b(?:it was me|if i (?:report|tell))\b"
    r"|\bwho (?:am i|do i|should i|can i) (?:even )?(?:supposed to )?tell\b"
)


# The questions a message asks: "?" and "and should/can/how ..." part them.
_QUESTION_SPLIT = re.compile(r"\?|\band (?=(?:should|can|could|how|do|does|will|would|is|what)\b)")
_QUESTION_WORD = re.compile(
    r"\b(?:should|can|could|how|do|does|did|will|would|is|are|am|was|what|where|who|need)\b"
)


def questions_asked(cleaned: str) -> int:
    return sum(1 for part in _QUESTION_SPLIT.split(cleaned) if _QUESTION_WORD.search(part))


def helper_parts(cleaned: str) -> list[str]:
    """A child's helper's next questions, each part answered in the order of the list ("should I
    tell his mother first or report first? And should I take the tablet away?"); nothing when the
    message asks more than these parts (the older answers take every part: "should I take her
    phone away? and should I call police first or cybertip")."""
    parts = []
    if _FIRST_OR.search(cleaned):
        parts.append(ORDER_FIRST)
    if _TALK_TO_CHILD.search(cleaned):
        parts.append(TALK_TO_CHILD)
    if _TAKE_DEVICE.search(cleaned):
        parts.append(CHILD_DEVICE)
    if _CAN_BE_REMOVED.search(cleaned):
        parts.append(CHILD_REMOVAL)
    if plain59.REPORT_PLATFORM.search(cleaned):
        parts.append(plain59.CHILD_PLATFORM)  # "and report his account in the game too?" (r58 p32)
    return parts if len(parts) >= questions_asked(cleaned) else []


# "I am 67 years old, not under 18" (round 55 p10: read as a young person's disclosure): an adult
# age the writer gives for themself beside "not under 18", or "I'm not a kid" / "I'm an adult".
_NOT_A_MINOR = re.compile(
    r"\bnot (?:under 18|under eighteen|a (?:kid|minor|child|teen\w*|young person))\b"
)
_I_AM_ADULT = re.compile(
    r"\b(?:i'?m|im|i am) (?:not (?:a (?:kid|minor|child|teen\w*)|under 18)|an adult|a grown\w*)\b"
)

# Round 62 p29: "can I still report to cybertip even though im an adult now", after "I was 17 in
# the pics": a question, from someone whose images are from under 18, not a correction.
_ASKS_BESIDE = re.compile(
    r"^(?:so |but |and |ok |okay )?(?:can|could|should|do|does|will|would|is|am|how|what|who"
    r"|where|why)\b|\beven (?:though|if|tho)\b"
)
_YOUNG_IN_IMAGES = re.compile(
    r"\bi was (?:1[0-7]|[1-9]|under 18|a minor|underage)\b[^.?!]{0,25}\b(?:in (?:the|them|those|it)"
    r"|when (?:they|it|he|she) (?:was|were)|pics|photos|pictures|images|video)\b"
    r"|\bfrom when i was (?:1[0-7]|[1-9])\b|\b(?:pics|photos|pictures|images|video)s? (?:from|of me"
    r" at) (?:1[0-7]|[1-9])\b"
)


def says_adult_not_minor(cleaned: str) -> bool:
    """The writer says they are an adult, against an under-18 reading."""
    parsed = parse_ages(cleaned)
    stated = parsed.age if parsed.self_stated else None
    if stated is not None:
        return stated >= ADULT_AGE and bool(_NOT_A_MINOR.search(cleaned))
    return bool(_I_AM_ADULT.search(cleaned))


# A message that only acknowledges the answer ("perfect", "got it", "awesome", round 54 p30: the
# fallback; "got it" was read as the removal question, "awesome" as a correction): thanks.
# "ok", "yes" and "sure" stay the rules' "What would you like to know?" (issue 16's yes loop);
# "sweet thanks" stays the classifier's thanks (the warm ending with VictimLinkBC).
_ACK_WORDS = (
    r"(?:perfect|great|awesome|amazing|cool|nice|excellent|wonderful|fantastic|brilliant|sweet"
    r"|got it|gotcha|understood|makes sense|that makes sense|sounds good|good to know|noted"
    r"|that helps|that helped|very helpful|super helpful|helpful)"
)
_ACK_ONLY = re.compile(
    rf"^(?:(?:ok|okay|k|oh|ah|alright|all right)[ ,]+)?{_ACK_WORDS}(?:[ ,]+{_ACK_WORDS})?$"
)


def acknowledges_only(cleaned: str) -> bool:
    """The whole message is an acknowledgment, punctuation and emoji aside."""
    bare = re.sub(r"[^\w' ,]+", " ", cleaned)
    return bool(_ACK_ONLY.match(" ".join(bare.split()).strip(" ,")))


def _helping_a_young_person(recent_replies: set[str]) -> bool:
    return any(
        name.startswith(("utter_helper_minor", "utter_child_asked", "utter_duty_to_report"))
        for name in recent_replies
    )


# --- reporting after leaving the job or school (round 51 p13) -----------------------------------
_LEAVING = re.compile(
    r"\bif i (?:quit|leave|stop working)\b|\b(?:don'?t|dont|do not) work there anymore\b"
    r"|\bafter i (?:quit|leave)\b|\bonce i (?:quit|leave)\b|\bno longer work there\b"
)
_REPORT = re.compile(r"\b(?:report|police|cops|tell (?:on|someone))\w*\b")

# --- the free service for a relative who shared (round 51 p12) -----------------------------------
SHARER_FAMILY_REPLIES = frozenset(
    {
        "utter_relative_is_sharing",
        "utter_relative_is_sharing_again",
        "utter_sharer_family_lawyer",
        "utter_sharer_lawyer_plainly",
        "utter_own_child_lawyer",
    }
)
_FOR_HIM = re.compile(
    r"\b(?:for|to) (?:him|her|them|my son|my daughter)(?: too| as well| also)?\b"
    r"|\bcan (?:he|she|they|my son|my daughter) (?:use|call|get|have)\b"
)
_SERVICE = re.compile(r"\b(?:free|3 hours|three hours|service|lawyer|advice|number)\b")

# --- before anything is posted (round 51 p27) ---------------------------------------------------
_IF_POSTED_BLOCKED = re.compile(
    r"\b(?:if|before|in case|when) (?:he|she|they|someone) (?:ever )?(?:posts?|shares?|uploads?"
    r"|puts?)\b[^.?!]{0,40}\b(?:get |be |are )?(?:blocked|prevented)\b"
)

# --- the police's view (round 51 p19) ------------------------------------------------------------
_POLICE = re.compile(r"\b(?:police|cops|officers?|rcmp)\b")
_TAKEN_SERIOUSLY = re.compile(
    r"\btake (?:me|it|this) seriously\b|\bthink (?:i'?m|i am|im) (?:a )?(?:\w+ )?(?:fool|foolish"
    r"|stupid|idiot|dumb)\b|\blaugh at me\b|\bjudge me\b|\bbelieve me\b|\bblame me\b"
)
_MONEY_BACK = re.compile(r"\b(?:money|dollars|\$ ?\d[\d,]*|it)\b[^.?!]{0,10}\bback\b|\brecover\b")
_PAID = re.compile(r"\b(?:paid|pay|money|\$ ?\d+|\d+ ?dollars)\b")

# --- "am i in trubble" (round 51 p26): the fear, however it is spelled -------------------------
_IN_TROUBLE_TYPO = re.compile(
    r"\b(?:am i|will i be|im|i'?m|am i gonna be|am i going to be) in (?:trubble|truble|trubel"
    r"|troubel|troble|trobble|truoble)\b"
)
# Only the police coming ("will police come to my house", r51 p26): "am i in trouble" in its
# other wordings keeps the older answers (the young writer's, the receiver's, the sender's).
_YOUNG_FEAR = re.compile(
    r"\b(?:will|are|is|would) (?:the )?(?:police|cops) (?:going to |gonna )?(?:come|coming|show up"
    r"|arrest)\b|\b(?:police|cops) (?:come|coming) to my (?:house|home|door|school)\b"
    r"|\bwill i (?:get|be) arrested\b|\bwill i go to jail\b"
)


def _defined_term(cleaned: str) -> str | None:
    for asked, answer in _MEANINGS:
        if asked.search(cleaned):
            return answer
    return None


def first_message_kind(text: str) -> list[str] | None:
    """The kinds asked in a first message as well as later."""
    cleaned = plain_lower(text)
    if _FOREIGN_SITE.search(cleaned) and _ORDER.search(cleaned):
        return [SITE_ABROAD]
    if _NUMBER.search(cleaned) and _MONEY.search(cleaned):
        return [NUMBER_PLAIN, SHORT_DONT_PAY]
    if _ONLY_NUMBER.search(cleaned):
        return [NUMBER_PLAIN]
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
    first = first_message_kind(text)
    cleaned = plain_lower(text)
    if first or not earlier:
        return first or (list(IN_TROUBLE) if _IN_TROUBLE_TYPO.search(cleaned) else None)
    recent_replies = replies_in_last(replies, RECENT_TURNS)
    if acknowledges_only(cleaned):
        return [THANKS]
    if (
        says_adult_not_minor(cleaned)
        and "?" not in cleaned
        and not _ASKS_BESIDE.search(cleaned)
        and not any(_YOUNG_IN_IMAGES.search(plain_lower(t)) for t in earlier[-6:])
    ):
        return [ADULT_NOT_MINOR]
    term = _defined_term(cleaned)
    if term:
        return [term]
    if _EMAIL_WORDING.search(cleaned) or (
        "?" in text and _EMAIL.search(cleaned) and re.search(r"\bwhat (?:do|should) i\b", cleaned)
    ):
        return [EMAIL_WORDING]
    if _ON_A_COMPUTER.search(cleaned) and (
        _TRIBUNAL.search(cleaned) or any(_TRIBUNAL_REPLY.search(n) for n in recent_replies)
    ):
        return [CRT_HOW]
    young = young_now([*earlier[-6:], text], is_minor)
    if young and (_YOUNG_FEAR.search(cleaned) or _IN_TROUBLE_TYPO.search(cleaned)):
        return young_fear(cleaned, replies_in_last(replies, 3))
    if _IN_TROUBLE_TYPO.search(cleaned):
        return list(IN_TROUBLE)
    asks_yes_or_no = _YES_OR_NO.search(cleaned) or (
        _YES_OR_NO_RULE.search(cleaned) and _RULE_WORDS.search(cleaned)
    )
    if recent_replies & TRUST_REPLIES and young and asks_yes_or_no and not _OWN_JOB.search(cleaned):
        return [TRUST_NO, TRUST_NOT_YOUR_JOB] if _HIS_JOB.search(cleaned) else [TRUST_NO]
    if (
        recent_replies & CHILD_ASKED_ONLY
        and _CHILD_IN_TROUBLE.search(cleaned)
        and not _CHILD_SENT.search(cleaned)
    ):
        return [CHILD_NOT_IN_TROUBLE]
    if (
        recent_replies & CHILD_ASKED_REPLIES
        and _IS_CRIME.search(cleaned)
        and _ADULT_ASKER.search(cleaned)
        and not _DATING.search(cleaned)
        and not _CHILD_SENT.search(cleaned)
    ):
        return [CHILD_ASKED_CRIME]
    if _helping_a_young_person(recent_replies) and _LOOK_TO_CHECK.search(cleaned):
        return [NO_NEED_TO_LOOK]
    helped = _helping_a_young_person(recent_replies)
    parts = helper_parts(cleaned) if helped else []
    if parts:
        return parts
    if (
        recent_replies & CHILD_ASKED_ONLY
        and _TELL_OUR_PARENTS.search(cleaned)
        and not _PROMISE.search(cleaned)
        and questions_asked(cleaned) <= 1
    ):
        return [TELL_PARENTS]
    if any(_OWN_CHILD_SHARED.match(n) for n in recent_replies) and _TALK_TO_OWN_CHILD.search(
        cleaned
    ):
        return [OWN_CHILD_TALK]
    if young and _REPRISAL.search(cleaned) and not _FIND_OUT_ME.search(cleaned):
        return [REPRISAL_YOUNG]

    if recent_replies & CHILD_ASKED_REPLIES and _REPORT_WHERE.search(cleaned):
        return [HELPER_MINOR_FIRST]
    if _CLAIM.search(cleaned) and (
        _NO_COPY.search(cleaned) or (_ALREADY_GONE.search(cleaned) and _RUIN.search(cleaned))
    ):
        return [NO_COPY]
    if _LEAVING.search(cleaned) and _REPORT.search(cleaned):
        return [REPORT_AFTER_LEAVING]
    if (
        recent_replies & SHARER_FAMILY_REPLIES
        and _FOR_HIM.search(cleaned)
        and _SERVICE.search(cleaned)
    ):
        return [FOR_PERSON_PICTURED]
    if _IF_POSTED_BLOCKED.search(cleaned) and not young:
        return list(STOPNCII_BEFORE_POSTING)
    told = " ".join(plain_lower(t) for t in earlier[-6:])
    if (
        _POLICE.search(cleaned)
        and _TAKEN_SERIOUSLY.search(cleaned)
        and _PAID.search(f"{told} {cleaned}")
    ):
        # "Can I get my 500 dollars back? And will the police think I am a foolish old man?"
        # (round 56 p05): the money half too.
        return [POLICE_VIEW, MONEY_BACK] if _MONEY_BACK.search(cleaned) else [POLICE_VIEW]
    return None


def young_fear(cleaned: str, recent_replies: set[str]) -> list[str]:
    """A young writer's "am i in trouble?" or "will police come to my house?": the police
    question its own answer; asked again, the other one, then the short one (never a block
    sent in the last turns: the repeat guard would put "already sent" in its place)."""
    police = [POLICE_COME_YOUNG]
    trouble = list(IN_TROUBLE_YOUNG)
    order = [police, trouble] if _POLICE.search(cleaned) else [trouble, police]
    for answer in [*order, [NOT_IN_TROUBLE_SHORT]]:
        if not set(answer) & recent_replies:
            return answer
    return [NOT_IN_TROUBLE_SHORT]


def in_form(text: str, previous: list[str], earlier: list[str]) -> tuple[list[str], bool] | None:
    """Inside a form: a young writer's "will police come to my house?", "am i in trouble?"
    (round 51 p26, put into the eligibility check twice): the answer, and the form ends (the
    check is not what they asked for)."""
    cleaned = plain_lower(text)
    if not (_YOUNG_FEAR.search(cleaned) or _IN_TROUBLE_TYPO.search(cleaned)):
        return None
    if young_now([*earlier[-6:], text]):
        answer = young_fear(cleaned, set(previous))
    else:
        answer = list(IN_TROUBLE)
    kept = fresh(answer, previous)
    return (kept, True) if kept else None


# Asked again right after the answer ("ok but what do I actually write?", "yes or no"): the same
# point, shorter, never the same block twice.
_AGAIN = {
    EMAIL_WORDING: ["utter_email_what_to_write_short"],
    CRT_HOW: ["utter_crt_how_to_use_again"],
    TRUST_NO: ["utter_trust_plain_no_again"],
    CHILD_NOT_IN_TROUBLE: ["utter_child_asked_not_in_trouble_again"],
    NUMBER_PLAIN: ["utter_intake_number_plain_again"],
    NO_COPY: ["utter_claim_without_copy_again"],
    # "got it" right after "You're welcome. Anything else?": the warm ending (domain/basics.yml).
    THANKS: ["utter_thanks_close"],
}


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]],
    is_minor: object = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent (the number, when the turn before
    gave it, is not sent again)."""
    found = kind(text, earlier, replies, is_minor)
    if (
        found
        and found[0] == NUMBER_PLAIN
        and NUMBER_PLAIN not in previous
        and NUMBER_REPLIES & set(previous)
    ):
        found = found[1:]
    return fresh_or_again(found, previous, _AGAIN)


# The writer's own trouble ("if im in trouble"); "can the guys sending my pic get in trouble" is
# about others (r18 p17: the older "my answer above").
_IN_TROUBLE = re.compile(
    r"\b(?:am i|i'?m|im|i am|will i|if i'?m|if im|i get|i be|me)\b[^.?!]{0,15}\bin tr[ou]*b+le\b"
)


def dead_end_answer(
    text: str, previous: list[str], earlier: list[str], is_minor: object = None
) -> list[str] | None:
    """A young writer's "i just want to know if im in trouble" where the reply would be a dead
    end ("my answer above is all I have", round 51 p26 T4): the short plain answer."""
    cleaned = plain_lower(text)
    if not _IN_TROUBLE.search(cleaned) or not young_now([*earlier[-6:], text], is_minor):
        return None
    return fresh([NOT_IN_TROUBLE_SHORT], previous)
