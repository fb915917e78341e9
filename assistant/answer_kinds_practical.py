"""Follow-up fears and practical questions that got a neighbouring answer (issue 16, simulated
users round 3, kinds 4 and 5): each gets its own, from the sources, or an honest "the
information I have doesn't say" with who can tell.

- Will the person who did it be told if I call; will my parents find out (Kids Help Phone).
- Can I report it or apply for her (on someone's behalf).
- Block now or keep the account open (the sextortion steps: screenshot first, then block).
- Will my income count against me (the page: income may be considered; no limit is given).
- Can the tribunal act if I live outside B.C.; can it make him delete it.
- Should I confront him; what to do with a hidden camera; can I get my money back; "I feel
  stupid"; is it safe to report; "I'm not sure he actually posted it".

Plain Python, no training examples: assistant.answer_kinds calls `practical_kind` before the
sources kinds (whose "can I report it" would take "can I report it for her"), and the
InterruptPolicy answers the mark with the static responses of domain/practical_answers.yml
(`ANSWERS`).
"""

from __future__ import annotations

import re

from assistant.home_reading import place_mentions

OTHER_PERSON_TOLD = "other_person_told"
PARENTS_TOLD = "parents_told_by_line"
ON_BEHALF = "on_behalf"
BLOCK_OR_WAIT = "block_or_wait"
INCOME = "income_considered"
CRT_OUTSIDE_BC = "crt_outside_bc"
CRT_ORDERS = "crt_orders"
CONFRONT = "confront"
KEEP_DEVICE = "keep_device"
MONEY_BACK = "money_back"
SELF_BLAME = "self_blame"
SAFE_TO_REPORT = "safe_to_report"
UNSURE_SHARED = "unsure_shared"
# A parent's own images in a separation or custody story ("he'll show our kids my nudes"): the
# adult's threat or sharing answer, not the answers about images of a child.
PARENT_OWN_THREATENED = "parent_own_images_threatened"
PARENT_OWN_SHARED = "parent_own_images_shared"

# Kind -> the static responses that answer it, in order (the InterruptPolicy's table).
ANSWERS: dict[str, list[str]] = {
    OTHER_PERSON_TOLD: ["utter_other_person_told"],
    PARENTS_TOLD: ["utter_parents_told_by_line"],
    ON_BEHALF: ["utter_on_behalf"],
    BLOCK_OR_WAIT: ["utter_block_or_wait"],
    INCOME: ["utter_income_considered"],
    CRT_OUTSIDE_BC: ["utter_crt_outside_bc", "utter_crt_outside_bc_intake"],
    CRT_ORDERS: ["utter_crt_orders"],
    CONFRONT: ["utter_confront"],
    KEEP_DEVICE: ["utter_keep_device"],
    MONEY_BACK: ["utter_money_back"],
    SELF_BLAME: ["utter_self_blame"],
    SAFE_TO_REPORT: ["utter_safe_to_report"],
    UNSURE_SHARED: ["utter_unsure_shared"],
    PARENT_OWN_THREATENED: ["utter_threats_covered", "utter_threats_routes"],
    PARENT_OWN_SHARED: ["action_shared_next"],
}
PRACTICAL_KINDS = tuple(ANSWERS)

# Calling, reporting or applying: what the person fears the other one hears about.
_CONTACTING = re.compile(
    r"\b(?:call\w*|phon\w*|ring\w*|contact\w*|appl(?:y|ied|ying)|report\w*|use|using|talk\w*"
    r"|reach\w* out|email\w*|text\w*|the (?:service|lawyer|line|intake)|tribunal|crt|claim"
    r"|get\w* help"
    r"|went|go to)\b"
)
_THE_OTHER = (
    r"(?:he|she|him|my ex|the (?:guy|person|man|woman|other person|abuser|scammer|other side"
    r"|one)(?: who (?:\w+ ){1,3}?(?:it|them|my \w+|me))?)"
)
# "will he find out if I call", "does the person who posted it get notified".
_OTHER_TOLD = re.compile(
    rf"\b(?:will|would|could|can|does|do|is|might) {_THE_OTHER} (?:\w+ ){{0,2}}(?:find out|know"
    rf"|be told|get told|be notified|get notified|be contacted|get contacted|hear about|hear"
    rf"|be informed|get informed|get a (?:letter|notice|message|call))\b"
    rf"|\b(?:will|would|do|does|can) (?:you|they|the (?:service|lawyer|line|intake|tribunal|crt"
    rf"|police|cops)) (?:\w+ ){{0,2}}(?:tell|notify|contact|inform|warn|call|message)"
    rf" (?:him|her|my ex|the (?:guy|person|other person|man|woman|abuser))\b"
)
_FAMILY = r"(?:mom|mum|mother|dad|father|parents?|family|guardians?|foster \w+)"
_YOUTH_LINE = (
    r"(?:kids help(?: phone)?|khp|the (?:line|helpline|hotline|counsell?or)"
    r"|cybertip\w*|they|them|it)"
)
# "does Kids Help Phone tell your parents", "will my mom find out if I call them".
_PARENTS_TOLD = re.compile(
    rf"\b(?:will|would|do|does|can|could|is|are|have to|has to) (?:\w+ )?{_YOUTH_LINE}"
    rf" (?:\w+ ){{0,2}}(?:tell|call|contact|inform|notify|text|report (?:me |it )?to)"
    rf" (?:my |your |the |our )?{_FAMILY}\b"
    rf"|\b(?:will|would|do|does|could|can) (?:my |the )?{_FAMILY} (?:\w+ )?(?:find out|know"
    rf"|be told|get told|hear|be called|get called|be contacted|get contacted)\b"
    rf"[^.!?]{{0,40}}\b(?:call\w*|text\w*|phon\w*|contact\w*|kids help|khp|talk\w* to them"
    rf"|use (?:it|them|the))\b"
    rf"|\b(?:call\w*|text\w*|phon\w*|contact\w*|kids help|khp|686868)\b[^.!?]{{0,40}}"
    rf"\b(?:will|would|do|does|could|can) (?:my |the )?{_FAMILY} (?:\w+ )?(?:find out|know"
    rf"|be told|get told|hear)\b"
)

_HELPED = (
    r"(?:her|him|them|my (?:friend|sister|brother|roommate|room mate|daughter|son|partner|wife"
    r"|husband|girlfriend|boyfriend|gf|bf|cousin|niece|nephew|student|client|mom|mum|dad"
    r"|mother|father|grandchild|granddaughter|grandson|child|kid|bestie|best friend|coworker)"
    r"|a friend|someone else|another person|somebody else)"
)
# "can I report it for her", "a friend reporting on someone's behalf", "apply for my sister".
_ON_BEHALF = re.compile(
    r"\bon (?:her|his|their|someone'?s|somebody'?s|someone else'?s|my \w+'?s?|a friend'?s"
    r"|another person'?s) behalf\b|\bon behalf of\b"
    r"|\b(?:can|could|may|should|do|would|am) (?:i|we|a friend|friends|someone|family|a parent)"
    r"(?: be allowed to| allowed to)? (?:\w+ ){0,3}?(?:report|apply|call|contact|do (?:it|this"
    r"|that)|make (?:the|a) (?:report|claim|call)|file|sign (?:up|her up|him up)|talk to the"
    rf" lawyer|get (?:the )?(?:help|lawyer|advice))\b(?: \w+){{0,5}}? for {_HELPED}\b"
    r"|\b(?:is it (?:possible|ok|okay|allowed)|am i (?:able|allowed))"
    r" (?:for (?:me|us|a friend) )?to (?:\w+ ){0,3}?(?:report|apply|call|contact|file)\b"
    rf"(?: \w+){{0,5}}? for {_HELPED}\b"
    # "could my mom report it for me", "my friend wants me to report it for her".
    r"|\b(?:can|could|may|would) (?:my \w+|a friend|someone|somebody|they|a parent)"
    r" (?:\w+ ){0,2}?(?:report|apply|call|contact|file|make the report)\b(?: \w+){0,4}? for me\b"
    r"|\bwants? me to (?:report|apply|call|contact|file)\b[^.!?]{0,20} for (?:her|him|them)\b"
    r"|\b(?:instead of|in place of) (?:her|him|them|my \w+)\b[^.!?]{0,30}\b(?:report|apply"
    r"|call|do it)"
)

# A helper's "on behalf" is who is writing unless a step is named ("report it on her behalf").
_STEP = re.compile(
    r"\b(?:report\w*|appl(?:y|ying|ication)|claim|file|call|contact|do (?:it|this|that)"
    r"|make (?:the|a) (?:report|claim|call)|sign (?:\w+ )?up|get (?:the )?(?:help|lawyer|advice))\b"
)

# "can someone contact the site for me to take it down" is the removal answer's.
_REMOVAL = re.compile(r"\b(?:take (?:it|them) down|taken down|remov\w+|delete\w*)\b")

# "should I block him or keep the account open", "block now or wait?"; not "he blocked me".
_BLOCK = re.compile(r"\bblock(?:ing)?\b")
_BLOCK_QUESTION = re.compile(
    r"\b(?:should|shall|can|could|do|is it|or|wait|better|first|yet|now|right away|okay to"
    r"|ok to|safe to)\b|\?"
)
_BLOCK_STATEMENT = re.compile(r"\b(?:i|i'?ve|i have|he|she|they) (?:already )?blocked\b")

# "will they turn me down because of my income", "is there an income limit".
_INCOME = re.compile(
    r"\bincome\b|\bsalary\b"
    r"|\b(?:make|earn|have|got|get paid) (?:too much|a lot of|lots of|enough|good)"
    r" (?:money|income|pay)\b"
    r"|\b(?:make|earn) too much\b|\btoo (?:rich|well[- ]off)\b|\bmeans[- ]test\w*\b"
    # "i make about 60k a year", "I earn so much an hour": earnings told, often inside the check.
    r"|\b(?:i|we) (?:make|earn|get paid|bring in)\b[^.!?]{0,20}(?:\d+k\b|(?:\d|\bgrand\b)"
    r"[^.!?]{0,15}\b(?:a year|per year|yearly|a month|per month|an hour|per hour|hourly"
    r"|annually)\b)"
    r"|\b(?:turn\w* (?:me |us )?down|reject\w*|refuse\w*|deny|denied|say no)\b[^.!?]{0,40}"
    r"\b(?:money|job|earn\w*|rich|paid|afford|financ\w*)\b"
)

_CRT = r"(?:tribunal|crt|civil resolution|protection order)"
_OUTSIDE = re.compile(
    r"\boutside (?:of )?(?:b\.?c\.?|british columbia|the province)\b|\bother provinces?\b"
    r"|\banother province\b|\bdifferent province\b|\bnot in (?:b\.?c\.?|british columbia)\b"
    r"|\b(?:don'?t|do not|doesn'?t|does not) live in (?:b\.?c\.?|british columbia)\b"
    r"|\b(?:i'?m|i am) not\W*$|\bnot a (?:b\.?c\.?|british columbia) resident\b"
    r"|\bout of (?:province|b\.?c\.?)\b"
)
_CRT_QUESTION = re.compile(
    rf"\b{_CRT}\b[^.!?]{{0,60}}\b(?:act|help|hear|work|apply|take|still|handle|deal|use|do"
    rf" anything|for me|someone|people|order|cover)\b"
    rf"|\b(?:can|could|may) i (?:still )?(?:use|go to|apply to|file with|make a claim)"
    rf"[^.!?]{{0,20}}\b{_CRT}\b"
)
# "can the tribunal make him delete it", "can the CRT order them to take it down".
_CRT_ORDERS = re.compile(
    rf"\b{_CRT}\b[^.!?]{{0,30}}\b(?:make|order|force|get|tell|require|compel)\w*"
    r" (?:him|her|them|the (?:guy|person|site|platform|website|app|roommate|\w+)|my \w+)\b"
    r"[^.!?]{0,25}\b(?:delete|remove|take (?:\w+ ){0,2}down|stop|destroy|get rid|erase|hand over)"
    rf"|\b(?:can|could|will|would) (?:the )?{_CRT}\b[^.!?]{{0,15}}\b(?:delete|remove|take \w+"
    r" down|get (?:it|them|the \w+) (?:deleted|removed|taken (?:down|off)))"
    rf"|\bwhat (?:orders? )?(?:can|could|will) (?:the )?{_CRT} (?:order|make \w+ do)\b"
    # "does the tribunal apply if he only recorded me": the answer says for what it acts.
    rf"|\b{_CRT}\b[^.!?]{{0,40}}\b(?:(?:only|just) (?:recorded|filmed|has|kept|took)"
    r"|(?:didn'?t|did not|hasn'?t|has not|never) (?:send|sent|share|shared|post|posted))\b"
)

# "should I confront him", "tell him to stop?", "message her to delete it".
_CONFRONT = re.compile(
    r"\b(?:should|shall|can|could|do|would|is it (?:ok|okay|safe|smart|a good idea)) (?:i|to)"
    r" (?:\w+ ){0,2}confront\b"
    r"|\b(?:should|shall|can|could|do) i (?:just |go |try to )?(?:tell|ask|message|text|make)"
    r" (?:him|her|them|the (?:guy|person|roommate|coach|landlord)) to (?:stop|delete|take"
    r" (?:it|them|\w+) down|remove|leave me alone|back off)\b"
    r"|\b(?:tell|ask) (?:him|her|them) to (?:stop|delete \w+) or block\b"
    r"|\bhave it out with (?:him|her|them)\b"
    # "can i just ask him nicely first?", "should i talk to her directly" (session 17)
    r"|\b(?:ask|tell|talk to|speak to|speak with|talk with|reason with) (?:him|her|them)"
    r" (?:nicely|politely|calmly|first|myself|directly|in person|face to face)\b"
    r"|\b(?:should|shall|can|could|do) i (?:just )?(?:text|message|call|dm|email) (?:him|her|them)"
    r" (?:and|to) (?:tell|ask) (?:him|her|them) to (?:stop|delete|take (?:it|them) down|remove)\b"
)

# "keep the camera or give it to police", "what do I do with the camera".
_DEVICE = re.compile(
    r"\b(?:hidden |spy |secret )?(?:cameras?|cams?|recorders?|recording devices?|memory cards?"
    r"|sd cards?|the device)\b"
)
_DEVICE_ACTION = re.compile(
    r"\b(?:police|cops|rcmp|keep|destroy|smash|throw \w+ (?:out|away)|unplug|get rid of"
    r"|remove|take (?:it )?down|hand (?:it )?(?:in|over)|give (?:it|them)|turn (?:it )?in"
    r"|do with)\b"
)
_QUESTION = re.compile(r"\b(?:should|shall|can|could|do|what|or|is it|am i allowed)\b|\?")

# "can I get my money back", "any way to recover what I paid".
_MONEY_BACK = re.compile(
    r"\b(?:get|getting|recover\w*|win|have|see) (?:my |the |our |that |this |any |some |all )?"
    r"(?:money|cash|\$ ?\d[\d,]*|\d[\d,]* (?:dollars|bucks)|payments?|funds|gift ?cards?)"
    r" back\b"
    r"|\brecover (?:the|my|what i)\b"
    r"|\bget (?:back|refunded) (?:the |my |our |that |all (?:the |my )?)?(?:money|cash|\$)"
)

# "I feel so stupid for paying", "it's my own fault for sending it".
_SELF_BLAME = re.compile(
    r"\b(?:stupid|dumb|an idiot|idiot|foolish|a fool|naive|gullible)\b[^.!?]{0,15}\bfor"
    r" (?:paying|sending|trusting|believing|falling|taking|sharing|letting|doing|giving|ever)\b"
    r"|\b(?:i feel like |i think |i know )(?:it'?s|it is|its|it was) (?:all )?my (?:own )?fault\b"
    r"|\b(?:it'?s|it is|its|it was) (?:all |totally |completely )?my own fault\b"
    r"|\bi (?:shouldn'?t|should not|should never) have (?:sent|paid|trusted|taken|shared|let)\b"
    r"|\bhow could i (?:be|have been) so\b|\bi blame myself\b"
)
# Someone else's judgement ("will they think I'm stupid") is the service's approach answer.
_OTHERS_JUDGE = re.compile(r"\b(?:think|thinks|look at me|look down|judge|lecture|blame me)\b")

# "is it safe to report", "will reporting make it worse", "will he come after me if I report".
_SAFE_TO_REPORT = re.compile(
    r"\bis it (?:\w+ )?(?:dangerous|risky|unsafe) (?:for me )?to (?:report|go to (?:the )?police"
    r"|tell (?:the )?police|call (?:the )?police)"
    r"|\b(?:is it|would it be|will it be|is reporting|is it really|am i) (?:\w+ )?safe"
    r" (?:for me )?(?:to |if i )(?:report|go to (?:the )?police|tell (?:the )?police|call (?:the )?"
    r"police|press charges)"
    r"|\b(?:report\w*|going to (?:the )?police|tell\w* (?:the )?police|press\w* charges)\b"
    r"[^.!?]{0,40}\b(?:make (?:it|things) worse|retaliat\w*|get back at me|come after me"
    r"|(?:be|keep me) safe|unsafe|dangerous|risky|a risk)\b"
    r"|\b(?:come after me|retaliat\w*|get back at me|make (?:it|things) worse)\b[^.!?]{0,30}"
    r"\bif i (?:report|go to (?:the )?police|tell (?:the )?police|call (?:the )?police)"
)

# "I'm not sure he actually posted it, does it still count?": doubt about the sharing and a
# question whether it counts; a threat said with it is the threat answer's.
_DOUBT = re.compile(
    r"\b(?:don'?t|dont|do not|didn'?t) know (?:if|whether|for sure if) (?:he|she|they|it|anyone"
    r"|anything)\b"
    r"|\bnot (?:even )?(?:sure|certain) (?:if |whether |that )?(?:he|she|they|it|anything"
    r"|anyone)\b"
    r"|\b(?:haven'?t|have not|never) (?:actually )?seen (?:anything|it|them|any)\b"
    r"|\bno (?:proof|idea) (?:that |if |whether )?(?:he|she|they|it)\b"
)
_SHARED_WORD = re.compile(
    r"^[^.!?]{0,30}\b(?:posted|shared|sent|leaked|uploaded|online|up|out|showed|spread|saw|did"
    r" (?:it|anything))\b"
)
_COUNTS = re.compile(
    r"\b(?:count|counts|covered|still|matter|qualify|help|apply|call)\b|\bcan i\b|\bwhat (?:can|do)"
)
_THREAT_WORDS = re.compile(
    r"\b(?:said|says|saying|told me|threat\w*|would|will|gonna|going to|might|unless|money|pay)\b"
)


_PARENTS_STORY = re.compile(
    r"\bour (?:\w+ )?(?:kids|children|son|daughter|sons|daughters|boys|girls|child|baby|toddler"
    r"|little ones)\b|\bcustody\b|\bco-?parent\w*|\b(?:separat\w*|divorc\w*)\b"
)
_OWN_IMAGES = re.compile(
    r"\bmy (?:\w+ )?(?:nudes?|pics?|photos?|pictures?|videos?|images?|sex tapes?|intimate \w+)\b"
    r"|\b(?:nudes?|pics?|photos?|pictures?|videos?|images?|tapes?) (?:of|with) (?:me|us)\b"
)
# Images of the children themselves are the child answers'.
_IMAGES_OF_CHILD = re.compile(
    r"\b(?:of|showing) (?:our|my|the) (?:\w+ )?(?:kids|children|son|daughter|child|baby|boys"
    r"|girls)\b"
)


def parent_own_images(cleaned: str, situation: str | None) -> str | None:
    """A parent's own images threatened or shared, told with the children in the story."""
    if situation not in {"threatened", "shared"} or not _PARENTS_STORY.search(cleaned):
        return None
    if not _OWN_IMAGES.search(cleaned) or _IMAGES_OF_CHILD.search(cleaned):
        return None
    return PARENT_OWN_THREATENED if situation == "threatened" else PARENT_OWN_SHARED


# "if i block him won't he just post it right away": the fear that blocking makes them post
# (practical_followups.block_fear's answer), not whether to block now (round 21, p28: "right
# away" read as the when-to-block question).
_POST_IF_BLOCKED = re.compile(
    r"\bif i (?:just )?block\w*(?: (?:him|her|them))?,? (?:won'?t|wont|will|would|wouldn'?t)"
    r" (?:he|she|they) (?:just )?(?:post|send|share|leak|upload|spread)\b"
    r"|\b(?:scared|afraid|worried|nervous) (?:to|of|about) block\w*\b[^.!?]{0,40}"
    r"\b(?:post|send|share|leak|upload|spread)\b"
)


def _block(cleaned: str) -> bool:
    return bool(
        _BLOCK.search(cleaned)
        and _BLOCK_QUESTION.search(cleaned)
        and not _BLOCK_STATEMENT.search(cleaned)
        and not _POST_IF_BLOCKED.search(cleaned)
    )


# "can I sue him in Canada from the US?": a claim asked about across a border (round 10, p30).
_SUE = re.compile(
    r"\b(?:sue|suing|take (?:him|her|them|my ex) to (?:court|small claims)"
    r"|(?:file|make|bring) (?:a )?(?:claim|lawsuit|case)|lawsuit)\b"
)
_ABROAD = re.compile(
    r"\b(?:from|in|living in|live in|based in) (?:the )?(?:us|u\.s\.?|usa|states|america"
    r"|another country|a different country)\b|\b(?:abroad|overseas)\b|\boutside (?:of )?canada\b"
    r"|\bnot in canada\b|\b(?:lives?|living|moved) (?:in|to) (?:the )?(?:us|usa|states|america)\b"
)


def _crt_outside_bc(cleaned: str) -> bool:
    if _SUE.search(cleaned) and (_ABROAD.search(cleaned) or _OUTSIDE.search(cleaned)):
        return True
    if _SUE.search(cleaned) and "?" in cleaned:
        # "can I sue him? he's in Calgary": either person outside B.C. is the answer's case.
        if any(not m.in_bc for m in place_mentions(cleaned)):
            return True
    if not _CRT_QUESTION.search(cleaned):
        return False
    # "can the tribunal do anything if he's not in canada": the tribunal's answer, not police's.
    if _OUTSIDE.search(cleaned) or _ABROAD.search(cleaned):
        return True
    return any(not m.in_bc for m in place_mentions(cleaned))


def _device(cleaned: str) -> bool:
    return bool(
        _DEVICE.search(cleaned) and _DEVICE_ACTION.search(cleaned) and _QUESTION.search(cleaned)
    )


def _unsure_shared(cleaned: str) -> bool:
    doubt = _DOUBT.search(cleaned)
    return bool(
        doubt
        and (_SHARED_WORD.search(cleaned[doubt.start() :]) or "seen" in doubt.group(0))
        and _COUNTS.search(cleaned)
        and not _THREAT_WORDS.search(_DOUBT.sub("", cleaned))
    )


# Order matters: the first kind that fits wins.
_READERS = (
    (PARENTS_TOLD, lambda c: bool(_PARENTS_TOLD.search(c))),
    (OTHER_PERSON_TOLD, lambda c: bool(_OTHER_TOLD.search(c) and _CONTACTING.search(c))),
    (
        ON_BEHALF,
        lambda c: bool(_ON_BEHALF.search(c) and _STEP.search(c) and not _REMOVAL.search(c)),
    ),
    (CRT_OUTSIDE_BC, _crt_outside_bc),
    (CRT_ORDERS, lambda c: bool(_CRT_ORDERS.search(c))),
    (KEEP_DEVICE, _device),
    (BLOCK_OR_WAIT, _block),
    (CONFRONT, lambda c: bool(_CONFRONT.search(c))),
    (MONEY_BACK, lambda c: bool(_MONEY_BACK.search(c))),
    (SAFE_TO_REPORT, lambda c: bool(_SAFE_TO_REPORT.search(c))),
    (INCOME, lambda c: bool(_INCOME.search(c))),
    (SELF_BLAME, lambda c: bool(_SELF_BLAME.search(c) and not _OTHERS_JUDGE.search(c))),
    (UNSURE_SHARED, _unsure_shared),
)


# Topics whose own answer already says what the page says about income.
_INCOME_TOPICS = frozenset({"ask_who_qualifies", "check_eligibility", "ask_crt"})


def practical_kind(cleaned: str, intent: str | None = None) -> str | None:
    """The kind of a lowercased, whitespace-normalised message, or None. `intent` is the
    classifier's: a question about income it read as the eligibility topic keeps that answer."""
    for kind, reads in _READERS:
        if reads(cleaned):
            if kind == INCOME and intent in _INCOME_TOPICS:
                return None
            return kind
    return None
