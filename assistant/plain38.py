"""Rounds 37-38 (plain38): own-words follow-ups whose answer is in the sources but that got a
nearby stock block, the eligibility form, "Sorry, I can't help with that" or "I'd rather not
guess" (tests/simulated-users/2026-12-06-round37, -round38):

- an adult sibling helping someone under 18: "does it have to be a parent, can I be her safe
  adult?" (r37 p18): a safe adult need not be a parent, where the intake details came;
- "should I just keep seeing him so he doesn't send it" (r38 p26): don't go along with a demand,
  where the consent definition came;
- "can I get back the money he made off my videos" (r38 p28): damages, said plainly that
  profits are not in the sources, where the already-paid blackmail answer came;
- "what do I tell Cybertip when I ring them, what will they ask" (r38 p27): what to have ready,
  where words for the child came twice;
- a helper asks whether they may report to the site or call the IIPS themselves (r38 p23): the
  older helper answers, where the lawyer and confidentiality texts came;
- "does any of this apply to men?" (r37 p35): the older any-gender answer, where the under-18
  template came to a 34-year-old;
- a young person: "I never sent anything, so am I ok?" (r37 p10; the eligibility form came),
  "I already sent him one, is that bad" (r37 p15; "Did you mean"), "my parents are gonna be so
  mad I used mom's card" (r38 p17; "I can't help with that"), "do I have to tell them?" about
  the parents (r38 p17; the intake details came), "he didn't force me, we're dating, so it's ok
  right?" with a coach named (r37 p23; "I'd rather not guess");
- a parent whose child shared: "would he have a criminal record forever?" (r37 p12): what the
  sources don't say, where the victim's-parent support text came;
- "does a shower photo count if it wasn't sexual?" (r38 p22): the definition, where the
  sharing-by-showing and pressure texts came;
- the police for something years ago ("even though it was 2021", r38 p25): the older
  late-report answer, where the tribunal's dates came twice;
- the tribunal's date cutoff ("is a year ago too long for the tribunal?", "so the tribunal is
  out for me?", r37 p16, r38 p25): the older dates answers, where "I'd rather not guess" came;
- "should I ask him straight up if he sent it?" (r37 p22): the IIPS can contact him;
- "I don't know who did it, do I need their name?" (r38 p19): what works without a name;
- "who runs you, where does your information come from?" (r38 p29): the sources.

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, after who25). Responses in domain/plain38.yml.
"""

from __future__ import annotations

import re

from assistant import helper_reading, writer_role
from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

SAFE_ADULT = "utter_safe_adult_not_parent"
DONT_GO_ALONG = ["utter_demand_dont_go_along", "utter_demand_dont_go_along_support"]
MONEY_MADE = "utter_money_he_made"
WHAT_TO_HAVE = "utter_report_what_to_have"
HELPER_REPORTS = "utter_helper_report_adult"  # domain/helper_role.yml
IIPS_FOR_THEM = "utter_misread_call_iips_for"  # domain/misread_followups.yml
ANY_GENDER = "utter_any_gender"  # domain/who_and_how.yml
NEVER_SENT = "utter_never_sent_ok_young"
SENT_ONE = ["utter_in_trouble_young", "utter_in_trouble_young_help"]  # form_followups.yml
PARENTS_MAD = "utter_parents_mad_young"
TELL_ANYONE_YOUNG = "utter_youth_tell"
WANTED_IT = "utter_young_wanted_it"
YOUTH_RECORD = "utter_youth_record"
DEFINITION = ["utter_intimate_image_definition", "utter_intimate_image_definition_more"]
POLICE_YEARS = "utter_police_after_years"  # domain/late_report.yml
CRT_DATES = ["utter_old_events", "utter_old_events_next"]  # domain/source_answers.yml
CRT_ONLY_BEFORE = "utter_crt_only_before_again"  # domain/legal_follow_ups.yml
ASK_HIM = "utter_ask_him_yourself"
UNKNOWN_SHARER = "utter_unknown_sharer_name"
SOURCES = "utter_about_sources"
OUTSIDE_BC = ["utter_outside_bc_lines", "utter_outside_bc_lines_routes"]  # domain/outside_bc.yml
CYBERTIP_PHONE = "utter_misread_phone_cybertip"  # domain/misread_followups.yml
REFER_FOR_ORDER = ["utter_crt", "utter_coverage_crt_help"]  # routes.yml, coverage_answers.yml
OUTSIDE_AGAIN = "utter_other_person_in_bc"  # domain/leftover_questions.yml
RECEIVED = "utter_received_others_images"
COPYRIGHT = "utter_copyright_not_covered"
STOPNCII_SITES = "utter_stopncii_which_sites"
POLICE_WHAT = "utter_police_what_they_do"
CHARGE_UNKNOWN = "utter_sharer_charge_unknown"
CONTACT = "utter_contact"  # domain/handoff.yml
HELPED_CHILD_TROUBLE = "utter_helped_child_in_trouble"  # domain: a helped child is not in trouble
CRT_BY_PHONE = "utter_coverage_crt_help"  # domain/coverage_answers.yml: the IIPS helps by phone
WARN_BEFORE = "utter_warn_before_sent"  # domain: telling family before he sends it
YOUNG_COPIES = "utter_young_copies_on_phones"
WRITE_DOWN = "utter_screenshot_how"  # domain/plain34.yml: "If you can't take screenshots, write"

# --- outside B.C., asking whether the service is for them --------------------------------------
_USE_SERVICE = re.compile(
    r"\b(?:can|could|may) i (?:still )?use (?:your|this|the) service\b"
    r"|\bcan i (?:still )?get (?:that|it)\b[^?]{0,20}\bif i'?m (?:in|from)\b"
)

# --- someone who was sent another person's images, unasked -------------------------------------
_SENT_ME_OTHERS = re.compile(
    r"\b(?:sent|showed|forwarded|texted|dm'?d) me (?:\w+ )?(?:nudes?|pics?|photos?|pictures?"
    r"|videos?|images?) of (?:his|her|their|a|some) (?:ex|girlfriend|boyfriend|wife|husband"
    r"|partner|friend|coworker|classmate|ex.?\w+)\b"
)
_BYSTANDER_ASKS = re.compile(
    r"\b(?:am i in trouble|what (?:am i supposed|should i|do i) (?:to )?do|should i (?:delete"
    r"|report|keep))\b"
)

# --- staff asking where to send someone for an order ------------------------------------------
_REFER_ORDER = re.compile(
    r"\b(?:where|who) (?:would|should|could|can|do) (?:you|i|we) (?:send|refer|point)\b"
    r"[^?]{0,60}\border\b"
)
_CYBERTIP_PHONE = re.compile(
    r"\b(?:real|actual) (?:tele)?phone\b|\bspeak to a (?:real )?person\b"
    r"|\btalk to a (?:real )?person\b"
)

# --- more own-words questions (rounds 37-38, put right only when asked again) --------------------
_COPYRIGHT = re.compile(r"\bcopyright\w*|\bdmca\b")
_STOPNCII_SITES = re.compile(
    r"\bstop ?ncii\b[^?]{0,60}\b(?:any (?:website|site)|every (?:website|site)|all (?:websites"
    r"|sites)"
    r"|which (?:websites|sites|platforms)|porn|forum|only (?:the )?big|just (?:like )?(?:insta\w*"
    r"|facebook|the big))"
)
_POLICE_SPEAK = re.compile(
    r"\b(?:will|would|do|does|can) (?:the )?(?:police|cops|rcmp|they) (?:go (?:and )?)?(?:speak"
    r"|talk"
    r"|go talk|visit|contact|call|warn|arrest)\w* (?:to |with )?(?:him|her|them)\b"
)
_FIND_OUT_CHARGED = re.compile(
    r"\b(?:find out|know|tell)\b[^?]{0,20}\b(?:if|whether) (?:he|she|they)(?:'ll| will| would"
    r"|'d)? (?:be|get)"
    r" charged\b"
)
_GET_HOLD = re.compile(
    r"\bhow (?:do|can) i (?:get (?:a )?hold of|get ahold of|reach|get in touch with)"
    r" (?:them|the lawyer|that service|the service|you guys|the free lawyer)\b"
)
_SERVICE_SAID = re.compile(r"utter_(?:examples|service|fee|part_cost|who_qualifies|eligib)")
_WRITE_DOWN = re.compile(
    r"\bwrite (?:it|that|this|them|everything|what (?:he|she|they) (?:said|wrote|sent)) down\b"
    r"|\bwrite down what\b"
)
_CHILD_IF_SENT = re.compile(
    r"\bif (?:it turns out )?(?:she|he) (?:did )?sen[dt]\b[^?]{0,60}\b(?:in (?:any )?trouble"
    r"|charged"
    r"|against the law)\b"
)

_SCREENSHOT_HOW = re.compile(
    r"\b(?:don'?t|dont|do not|can'?t|cant) know how to (?:do|take|make) (?:a )?screen ?shots?\b"
    r"|\bhow (?:do|can) i (?:do|take|make) (?:a )?screen ?shots?\b"
)
_WARN_BEFORE = re.compile(
    r"\b(?:should|do) i (?:tell|warn) (?:my )?(?:children|kids|son|daughter|family|husband|wife"
    r"|parents|partner)\b[^?]{0,20}\b(?:first|before)\b"
)

# Copies on the phones of the people it was sent to, asked by the young person in the image.
_OTHERS_PHONES = re.compile(
    r"\b(?:on|off|from) (?:their|his friends'?|her friends'?|the other \w+'?s?) phones?\b"
    r"|\b(?:get|make|have) (?:them|his friends|her friends|people|everyone) (?:to )?delete\b"
)
# The writer's own images ("my bf shared my nudes"), not a student's or a friend's.
_OWN_IMAGES = re.compile(
    r"\bmy (?:\w+ )?(?:nudes?|pics?|pictures?|photos?|images?|videos?)\b|\bof me\b"
)
_NOT_ONLINE = re.compile(
    r"\b(?:by|over the|on the) (?:tele)?phone\b|\bby (?:post|mail|letter)\b|\bon paper\b"
    r"|\bnot good with computers\b|\bwithout (?:a )?(?:computer|internet)\b"
)

# --- a safe adult who is not a parent ----------------------------------------------------------
_SAFE_ADULT = re.compile(
    r"\b(?:can|could) i (?:just )?be (?:her|his|their|the) safe adult\b"
    r"|\bcan i (?:just )?be the adult (?:that|who) helps\b"
    r"|\b(?:does|do) (?:it|the safe adult) (?:have to|need to|got to) be (?:a |her |his |their "
    r"|our )?"
    r"(?:parents?|mom|dad|mum)\b"
    r"|\b(?:is it ok|is it okay) (?:if i )?(?:just )?help (?:her|him|them) instead\b"
    r"|\b(?:have|has|need|needs) to tell our parents\b"
)
# An adult sibling or other relative of the young person (not staff, not a parent).
_SIBLING = re.compile(
    r"\bmy (?:\d+ ?(?:year|yr)s?[- ]old )?(?:little |younger |baby |big |older |kid )?(?:sister"
    r"|brother"
    r"|sis|bro|cousin|niece|nephew)\b"
)

# --- going along with a demand so the images are not sent ----------------------------------------
_GO_ALONG = re.compile(
    r"\b(?:should|do|must|can) i (?:just )?(?:keep (?:seeing|meeting|sleeping with|hooking up with"
    r"|dating|talking to)|go along with|do what (?:he|she|they) (?:says|wants)|give (?:him|her"
    r"|them)"
    r" what|give in|see (?:him|her|them) again|meet (?:him|her|them)|sleep with)\b"
)
_SO_NOT_SENT = re.compile(
    r"\bso (?:he|she|they) (?:doesn'?t|dont|don'?t|won'?t|wont|does not|will not|never)"
    r" (?:send|post|share|show|leak)\b|\bor (?:he|she|they) (?:sends?|posts?|shares?|shows?"
    r"|leaks?)\b"
    r"|\bgo along with (?:it|this|that|him|her)\b"
)

# --- money the sharer made --------------------------------------------------------------------
_MONEY_MADE = re.compile(
    r"\bmoney (?:that )?(?:he|she|they)(?:'s| is| are| has| have)? ?(?:made|making|earned|earning"
    r"|got|getting)\b|\b(?:he|she|they)(?:'s| is| are)? (?:made|making|earned|earning) money\b"
    r"|\bprofit\w*\b"
)

# --- what to say when reporting -----------------------------------------------------------------
_CYBERTIP = re.compile(r"\bcybertip\b|\bwhen i (?:ring|call|phone|telephone) (?:them|cybertip)")
_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|will|would|can) (?:i|we) (?:say|tell)\b"
    r"|\bwhat (?:will|would|do) they (?:ask|want|need)\b|\bwhat (?:should|do) i (?:have|bring)\b"
)

# --- a helper reporting or calling themselves ----------------------------------------------------
_REPORT_SITE_MYSELF = re.compile(
    r"\b(?:can|could|may) i (?:\w+ )?(?:report|flag) (?:it|them|the \w+)(?: to the (?:site|app"
    r"|platform|website))? (?:myself|for (?:her|him|them))\b"
    r"|\bor does it have to be (?:her|him|them)\b"
)
_CALL_IIPS_MYSELF = re.compile(
    r"\b(?:can|could|may) (?:a|i|the) ?(?:brother|sister|friend|mom|dad|mother|father|relative"
    r"|family member)? ?(?:call|phone|contact|email|ring) (?:them|the iips|iips|that|the protection"
    r" service|that protection service|the service)\b[^.?!]{0,40}\b(?:myself|about (?:his|her|my"
    r"|their) \w+)"
)
_IIPS_SAID = re.compile(r"\biips\b|protection service")

# A story long enough that the older gender reader (answer_kinds_who_and_how, 16 words) and the
# story readers after it leave it: round 37 p35's 28 words got the under-18 template.
LONG_STORY = 24

# --- gender -------------------------------------------------------------------------------------
_GENDER = re.compile(
    r"\b(?:apply|applies|count|counts|work|cover|covers|for) (?:to |for )?(?:men|guys|males?|boys"
    r"|a guy|a man|dudes)\b|\b(?:just|only) (?:for|about) (?:women|girls|females)\b"
)

# --- a young writer ------------------------------------------------------------------------------
_NEVER_SENT = re.compile(
    r"\bi (?:never|didn'?t|didnt|did not|haven'?t|havent|have not) (?:ever )?sen[dt]"
    r" (?:him |her |them )?(?:anything|any|a thing|nothing|pics?|photos?)\b"
)
_AM_I_OK = re.compile(
    r"\bam i (?:ok|okay|fine|good|in trouble|safe)\b|\b(?:i'?m|im) not in trouble\b"
    r"|\bdid i do (?:anything|something) wrong\b|\bi didn'?t do anything wrong\b"
)
_SENT_ONE = re.compile(
    r"\bi (?:already )?sent (?:him|her|them) (?:one|a pic|a photo|a picture|some|it|a nude)\b"
)
_IS_IT_BAD = re.compile(r"\b(?:is|was) (?:that|it) (?:bad|wrong|illegal)\b")
_PARENTS = r"(?:parents|mom|mum|dad|mother|father)"
_PARENTS_MAD = re.compile(
    rf"\b(?:my )?{_PARENTS}(?: are| is|'re|'s)? (?:gonna|going to|will) (?:be )?(?:so |really )?"
    r"(?:mad|angry|upset|kill me|freak|ground me|disappointed)\b"
)
_TELL_THEM = re.compile(r"\b(?:do|must|should) i (?:have to |need to )?tell them\b")
_TELL_PARENTS = re.compile(rf"\b{_PARENTS}\b")
_WANTED = re.compile(
    r"\b(?:didn'?t|didnt|did not) (?:force|make) me\b|\bi wanted (?:to|it)\b"
    r"|\bwe'?re (?:kind of |kinda |sort of )?dating\b|\b(?:so )?(?:it'?s|its|it is) (?:ok|okay|fine"
    r"|allowed|legal) (?:right|then)\b"
)
_TRUST = re.compile(
    r"\b(?:coach|teacher|boss|manager|supervisor|tutor|instructor|trainer|pastor|youth leader"
    r"|babysitter|employer)\b"
)

# --- a young person's record ------------------------------------------------------------------
_RECORD = re.compile(
    r"\b(?:criminal |youth )?records?\b[^.?!]{0,30}\b(?:forever|for life|permanent\w*|stay|follow"
    r"|clean|always)\b|\b(?:have|get|give) (?:him |her |them |me )?a (?:criminal )?record\b"
)

# --- not sexual, does it count ----------------------------------------------------------------
_NOT_SEXUAL = re.compile(
    r"\b(?:not|wasn'?t|wasnt|isn'?t|isnt|was not|is not|weren'?t) (?:like |even |really )?sexual\b"
    r"|\bnon.?sexual\b"
)
_COUNTS = re.compile(r"\bcounts?\b|\bintimate image\b|\bconsidered\b|\bqualif\w*\b")

# --- the police, years ago ---------------------------------------------------------------------
_POLICE = re.compile(r"\b(?:police|cops|rcmp)\b")
_PAST_YEAR = re.compile(r"\b(?:19[89]\d|20[01]\d|202[0-2])\b")

# --- the tribunal's date cutoff ----------------------------------------------------------------
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt)\b")
_CUTOFF = re.compile(
    r"\b(?:too (?:long|late|old)|cut ?-?off|deadline|time limit|date limit|how (?:long|far) back"
    r"|expired?)\b|\bout for me\b"
)
_ENDED_BEFORE = re.compile(
    r"\b(?:ended|stopped|took (?:them|it) down|taken down|deleted) (?:in |back in )?"
    r"(?:19\d\d|20[01]\d|202[0-2])\b|\bnot still up\b|\b(?:aren'?t|arent|are not|isn'?t|not) (?:up"
    r" anymore|still up|online anymore)\b|\ball ended in (?:20[01]\d|202[0-2])\b"
)

# --- asking him, not knowing who, the assistant's sources ---------------------------------------
_ASK_HIM = re.compile(
    r"\b(?:should|do|can) i (?:just )?(?:ask|confront|message|text|call) (?:him|her|them|my ex)"
    r"(?: straight up| directly| myself)?(?: if| whether| about)\b"
)
_UNKNOWN = re.compile(
    r"\b(?:don'?t|dont|do not) know who (?:did|posted|uploaded|upload|shared|put|leaked)\b"
    r"|\bneed (?:to know )?(?:the |their |his |her )?name of (?:who|the person)\b"
    r"|\b(?:do|does) (?:i|it|they) need (?:to know )?(?:the |their )?(?:name|who (?:did|posted"
    r"|uploaded|shared))\b|\bwithout knowing who\b|\beven if i (?:don'?t|dont) know who\b"
)
_SOURCES = re.compile(
    r"\bwho (?:runs|made|built|owns|operates|created|is behind) (?:you|this)\b"
    r"|\bwhere (?:does|do) (?:your|you get your|this) (?:info|information|answers?) come from\b"
    r"|\bwhat (?:sources|is your source)\b|\bsources (?:are )?(?:your answers|you use)\b"
)


def _young_kind(cleaned: str, told: list[str]) -> list[str] | None:
    """A young writer's own fears and questions."""
    if _NEVER_SENT.search(cleaned) and _AM_I_OK.search(cleaned):
        return [NEVER_SENT]
    if _SENT_ONE.search(cleaned) and _IS_IT_BAD.search(cleaned):
        return list(SENT_ONE)
    if re.search(
        r"\b(?:do|must|should) i (?:have to |need to |really )?tell (?:anyone|anybody"
        r"|someone|somebody)\b",
        cleaned,
    ) or re.search(r"\bhave to tell (?:anyone|someone)", cleaned):
        return [TELL_ANYONE_YOUNG]
    if (
        _OTHERS_PHONES.search(cleaned)
        and re.search(r"\bdelet\w*", cleaned)
        and any(_OWN_IMAGES.search(t) for t in [*told, cleaned])
    ):
        return [YOUNG_COPIES]
    if _PARENTS_MAD.search(cleaned) and not is_question(cleaned):
        return [PARENTS_MAD]
    if _TELL_THEM.search(cleaned) and told and _TELL_PARENTS.search(told[-1]):
        return [TELL_ANYONE_YOUNG]
    if _WANTED.search(cleaned) and any(_TRUST.search(t) for t in [*told, cleaned]):
        return [WANTED_IT]
    return None


def kind(
    text: str,
    earlier: list[str],
    is_minor: object = None,
    replies: list[str] | None = None,
    outside_bc: bool = False,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    if _SOURCES.search(cleaned):
        return [SOURCES]
    if (
        len(cleaned.split()) > LONG_STORY
        and _GENDER.search(cleaned)
        and re.search(r"\b(?:law|this|it|stuff|service|rules?)\b", cleaned)
    ):
        return [ANY_GENDER]
    if _NOT_SEXUAL.search(cleaned) and _COUNTS.search(cleaned):
        return list(DEFINITION)
    if (
        _UNKNOWN.search(cleaned)
        and earlier
        and re.search(r"\bgovernment service|protection service|\biips\b", cleaned)
    ):
        return [UNKNOWN_SHARER]
    if _MONEY_MADE.search(cleaned) and re.search(r"\b(?:back|sue|claim|get|owe)\b", cleaned):
        return [MONEY_MADE]
    if _GO_ALONG.search(cleaned) and _SO_NOT_SENT.search(cleaned):
        return list(DONT_GO_ALONG)
    if _SENT_ME_OTHERS.search(cleaned) and _BYSTANDER_ASKS.search(cleaned):
        return [RECEIVED]
    if _SCREENSHOT_HOW.search(cleaned) and _WARN_BEFORE.search(cleaned):
        return [WRITE_DOWN, WARN_BEFORE]  # both parts (round 37 p11: the second was dropped)
    if _TRIBUNAL.search(cleaned) and _NOT_ONLINE.search(cleaned) and "?" in cleaned:
        return [CRT_BY_PHONE]
    if _COPYRIGHT.search(cleaned):
        return [COPYRIGHT]
    if _STOPNCII_SITES.search(cleaned):
        return [STOPNCII_SITES]
    if _REFER_ORDER.search(cleaned):
        return list(REFER_FOR_ORDER)
    if outside_bc and _USE_SERVICE.search(cleaned):
        # Asked again after the outside-B.C. answer: the plain "for people who live in B.C."
        return [OUTSIDE_AGAIN] if OUTSIDE_BC[0] in (replies or []) else list(OUTSIDE_BC)
    young = young_now([*earlier, cleaned], is_minor)
    if young:
        found = _young_kind(cleaned, told)
        if found:
            return found
    if not earlier:
        return None
    if _CYBERTIP.search(cleaned) and _WHAT_TO_SAY.search(cleaned):
        # "is that a real telephone? and what do I say to them": both parts
        return [CYBERTIP_PHONE, WHAT_TO_HAVE] if _CYBERTIP_PHONE.search(cleaned) else [WHAT_TO_HAVE]
    if (
        _SAFE_ADULT.search(cleaned)
        and "report" not in cleaned
        and helper_reading.helps_someone_young(told)
        and any(_SIBLING.search(t) for t in told)
    ):
        return [SAFE_ADULT]
    if _CALL_IIPS_MYSELF.search(cleaned) and _IIPS_SAID.search(" ".join([*told[-2:], cleaned])):
        return [IIPS_FOR_THEM]
    if (
        _REPORT_SITE_MYSELF.search(cleaned)
        and re.search(r"\b(?:report|site|app|post|platform)\b", cleaned)
        and not helper_reading.helps_someone_young(told)
    ):
        # "report it to the site or call that protection service myself": both parts
        return [HELPER_REPORTS, IIPS_FOR_THEM] if _IIPS_SAID.search(cleaned) else [HELPER_REPORTS]
    if _WRITE_DOWN.search(cleaned) and re.search(
        r"\binstead\b|screen ?shot|picture of the screen", cleaned
    ):
        return [WRITE_DOWN]
    if _GET_HOLD.search(cleaned) and any(_SERVICE_SAID.match(r) for r in (replies or [])[-4:]):
        return [CONTACT]
    if _POLICE_SPEAK.search(cleaned) and _POLICE.search(cleaned):
        return [POLICE_WHAT]
    if _CHILD_IF_SENT.search(cleaned) and helper_reading.helps_someone_young(told) and not young:
        return [HELPED_CHILD_TROUBLE]
    sharer_side = writer_role.writer_role([*earlier, text]) in (
        writer_role.PARENT_SHARER,
        writer_role.SELF_SHARER,
        writer_role.SIBLING_SHARER,
    )
    if _FIND_OUT_CHARGED.search(cleaned) and sharer_side:
        return [CHARGE_UNKNOWN]
    if _RECORD.search(cleaned) and writer_role.writer_role([*earlier, text]) in (
        writer_role.PARENT_SHARER,
        writer_role.SELF_SHARER,
        writer_role.SIBLING_SHARER,
    ):
        return [YOUTH_RECORD]
    if (
        _POLICE.search(cleaned)
        and _PAST_YEAR.search(cleaned)
        and POLICE_YEARS not in (replies or [])
    ):
        return [POLICE_YEARS]
    if _TRIBUNAL.search(cleaned) and _CUTOFF.search(cleaned):
        if any(_ENDED_BEFORE.search(t) for t in [*told, cleaned]):
            return [CRT_ONLY_BEFORE]
        return list(CRT_DATES)
    if _ASK_HIM.search(cleaned):
        return [ASK_HIM]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
    replies: list[str] | None = None,
    outside_bc: bool = False,
) -> list[str] | None:
    """The answer, without what the turn before already sent (asked again, the next reader
    answers)."""
    found = kind(text, earlier, is_minor, replies, outside_bc)
    return fresh(found, previous) if found else None
