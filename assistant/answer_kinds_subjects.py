"""A question's own subject, when the classifier's topic is a neighbour's (issue 16, simulated
users round 5: 14 of 34 conversations). "Is it really free? I make good money" got the service
block, "will I get an actual lawyer?" the contact steps, "what's the difference between the
IIPS and the lawyer?" one service's numbers, "can the school make them delete it" the removal
block, "can the IIPS check if it's online?" the resource list.

The general rule: when the message asks about a subject (what it costs, a real lawyer, the
difference between two services, what a school can do or will tell, what the IIPS can do,
whether one must report, whether a young person should tell their parents) and no other kind
read it, the classifier's topic answers it only if that topic is about the subject; otherwise
the subject's own answer says what the sources say on it, or honestly that they don't say,
and who can tell. Each subject names the topics (intents) whose answer already covers it.

Plain Python, no training examples: assistant.answer_kinds calls `subject_kind` when no other
kind read the message, and `subject_before` to replace a few looser readings (one service's
answer for a comparison, the income answer for a cost asked with a money worry); damages are
read inside its chain (`damages_question`). The InterruptPolicy answers each mark with the
static responses of domain/subject_answers.yml (`ANSWERS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer_kinds_practical import CRT_ORDERS, CRT_OUTSIDE_BC, INCOME
from assistant.answer_kinds_sources import FEE, LAWYER_FOR_CRT, REPORT_POLICE
from assistant.answer_kinds_specific import STOPNCII_HOW, TAKE_IT_DOWN_SCOPE, WHAT_IS_CYBERTIP
from assistant.helper_reading import HELPER_TALK_MAYBE
from assistant.home_reading import OTHER, place_mentions

REAL_LAWYER = "subject_real_lawyer"
IIPS_OR_LAWYER = "subject_iips_or_lawyer"
REMOVAL_TOOLS_DIFFER = "subject_removal_tools_differ"
CRT_OR_POLICE = "subject_crt_or_police"
IIPS_CAN = "subject_iips_can"
SCHOOL_ACTS = "subject_school_acts"
SCHOOL_TELLS = "subject_school_tells"
MUST_REPORT = "subject_must_report"
OTHER_TELL_PARENTS = "subject_other_tell_parents"
# Read inside assistant.answer_kinds' chain, before "money already paid" ("can I get paid
# damages from him" is no payment to a blackmailer).
DAMAGES = "subject_damages"

# Kind -> the static responses that answer it, in order (the InterruptPolicy's table). The cost
# subject is answered by the fee answer (answer_kinds_sources.FEE), which has its own entry.
ANSWERS: dict[str, list[str]] = {
    REAL_LAWYER: ["utter_real_lawyer"],
    IIPS_OR_LAWYER: ["utter_iips_or_lawyer"],
    REMOVAL_TOOLS_DIFFER: ["utter_removal_tools_differ"],
    CRT_OR_POLICE: ["utter_crt_or_police"],
    IIPS_CAN: ["utter_iips_can"],
    SCHOOL_ACTS: ["utter_school_acts"],
    SCHOOL_TELLS: ["utter_school_tells"],
    MUST_REPORT: ["utter_must_report"],
    OTHER_TELL_PARENTS: ["utter_other_tell_parents"],
    DAMAGES: ["utter_damages"],
}
SUBJECT_KINDS = tuple(ANSWERS)

_ASKS = re.compile(
    r"\?|^(?:so |and |but |ok |okay |wait |hmm )*(?:can|could|will|would|do|does|did|is|are"
    r"|should|must|may|what|how|which|who|where|when|why)\b"
)

# Cost: a worry about money said with the question, or a doubt that it is free ("is it really
# free?", "what's the catch"). A plain "is it free?" keeps the service's or the fee's answer.
_DOUBTED_COST = re.compile(
    r"\b(?:is|are) (?:it|this|that|they|you|the (?:service|lawyer|advice|help|call|line))"
    r"(?: (?:service|lawyer|advice|help|call|line))? (?:really|truly|actually|completely|totally"
    r"|100%|still) free\b"
    r"|\bfree (?:for me|for everyone|or not)\b|\bwhat'?s the catch\b"
    r"|\b(?:really|actually|truly) (?:not )?cost (?:me |us )?(?:anything|nothing|a thing)\b"
)
_MONEY_WORRY = re.compile(
    r"\b(?:lawyer'?s?|legal) (?:fees?|costs?|bills?)\b"
    r"|\b(?:don'?t|do not|dont) have (?:much |any |a lot of |enough )?(?:money|cash)\b"
    r"|\b(?:i'?m|i am|im) (?:so |really |pretty |very )?(?:broke|poor|low[- ]income|unemployed"
    r"|on (?:disability|welfare|income assistance|ei|a pension|assistance))\b"
    r"|\bno money\b|\blow income\b|\b(?:can'?t|cannot|can not) afford\b(?! to wait)"
    r"|\b(?:make|earn|have|got) (?:\w+ )?(?:good|decent|a lot of|lots of|too much|enough"
    r"|plenty of|ok|okay) (?:money|income|salary|pay)\b|\bwell[- ]off\b"
)
# Money in a blackmail story, or another body's costs: those have their own answers.
_NOT_THE_SERVICE = re.compile(
    r"\b(?:ransom|unless|blackmail\w*|extort\w*|scam\w*|gift ?cards?|bitcoin|crypto|demand\w*"
    r"|pay (?:him|her|them|up)|wants? (?:money|cash|\$)|send (?:him|her|them) (?:money|cash)"
    r"|(?:asking|asks|asked|begging) (?:me )?for (?:money|cash)|money from me"
    r"|money back|tribunal|crt|court|stopncii|take it down|police|sue|claim|damages"
    r"|compensation)\b|\$"
)
# A cost asked in words: with a money worry it is the fee's answer, even before "income" is
# read as the income answer ("how much will it cost? I'm on income assistance").
_COST_ASKED = re.compile(
    r"\bhow much\b[^.!?]{0,30}\b(?:cost|charge|pay)\b|\bcost (?:me |us )?(?:anything|money|a lot"
    r"|much|a thing)\b|\bfree\b|\bfees?\b|\bcharge (?:me|anything)\b"
)
# A money worry is about the service when it is asked, or said with the service or its cost.
_SERVICE_WORDS = re.compile(r"\b(?:cost\w*|fees?|free|afford\w*|pay|lawyers?|service|advice)\b")
_COST_TOPICS = frozenset({"ask_who_qualifies", "check_eligibility", "sextortion", "out_of_scope"})


def _cost(cleaned: str) -> bool:
    if _NOT_THE_SERVICE.search(cleaned):
        return False
    worry = _MONEY_WORRY.search(cleaned) and (
        _ASKS.search(cleaned) or _SERVICE_WORDS.search(cleaned)
    )
    return bool(_DOUBTED_COST.search(cleaned) or worry)


# A real lawyer: "will I get an actual lawyer", "can I get a lawyer?", "a lawyer or a bot".
# Asking to meet or talk to the service's lawyer ("can I see the lawyer in person") is not it.
_REAL_LAWYER = re.compile(
    r"\b(?:actual|real|proper|licensed|human|qualified|live)(?: live)? (?:lawyer|attorney"
    r"|person|human)\b"
    r"|(?<!how )\b(?:can|could|may|do|will|would) (?:i|we) (?:actually |really |still |even "
    r"|ever )?(?:get|have|be given) (?:a|an|my own) (?:actual |real |free )?(?:lawyer|attorney)"
    r"(?: (?:too|as well|for this|for free|at all|to help(?: me)?))?\s*\??$"
    r"|\b(?:lawyer|attorney) or (?:a |just )*(?:bot|chatbot|robot|ai|you|this chat|a computer"
    r"|a machine)\b"
    r"|\bis (?:the|this|a|it a) (?:lawyer|attorney) (?:a )?(?:real|actual|human|person)\b"
)
# "are you a real lawyer?" is about this chat: the bot's own answer.
_ABOUT_THE_BOT = re.compile(r"\b(?:are|r) (?:you|u)\b|\byou a\b")
# "am I talking to a real person?" is about this chat; "when would I speak to a lawyer?" is
# what happens after the call.
_LAWYER_WORD = re.compile(r"\b(?:lawyers?|attorneys?)\b")
_WHEN = re.compile(r"\b(?:when|how (?:long|soon|fast|quickly)|what happens)\b")
_REAL_LAWYER_TOPICS = frozenset({"check_eligibility"})


def _real_lawyer(cleaned: str) -> bool:
    if _ABOUT_THE_BOT.search(cleaned):
        return False
    return bool(
        _REAL_LAWYER.search(cleaned)
        and _LAWYER_WORD.search(cleaned)
        and _ASKS.search(cleaned)
        and not _WHEN.search(cleaned)
    )


# Two services named, and what tells them apart or which to use.
_IIPS = re.compile(
    r"\biips\b|\b(?:intimate images? )?protection service\b|\bprotectyourimages\b"
    r"|\bimage[- ]protection\b|\bgov(?:ernment)? (?:service|line)\b"
)
_LEGAL = re.compile(
    r"\bstand informed\b|\blegal advice\b|\bthe (?:free )?lawyers?\b|\blawyer (?:line|service"
    r"|one)\b|\blegal (?:line|service|help line|project)\b|\bclas\b|\bintake line\b"
)
_CRT = re.compile(r"\b(?:crt|tribunal|civil resolution|protection order)\b")
_POLICE = re.compile(r"\b(?:police|cops|rcmp|criminal)\b")
_STOPNCII = re.compile(r"\bstop ?ncii\b")
_TID = re.compile(r"\b(?:take ?it ?down|takeitdown|ncmec)\b")
_DIFFER = re.compile(
    r"\bdiff[ea]ren\w*\b|\bdiff\b|\bsame (?:thing|as|service|people|place|one)\b|\bvs\.?\b"
    r"|\bversus\b|\bcompar\w*\b|\b(?:each|both) do\b|\bdo (?:each|both)\b"
    r"|\b(?:which|what) one\b|\bwhich (?:should|do|is better|first)\b|\bfirst\b|\binstead\b"
    r"|\bor\b[^.!?]{0,40}\?"
    # "is it better to report to police or go to the tribunal", "either the cops or the CRT"
    r"|\bbetter\b|\brather\b|\beither\b"
)

# What the IIPS can do that the sources don't name ("can the IIPS check if it's online?").
_IIPS_UNNAMED = re.compile(
    r"\b(?:check\w*|search\w*|look(?:s|ing)? (?:for|up|online|around)|find\w*|monitor\w*"
    r"|track\w*|scan\w*|watch\w*|locate\w*|trac(?:e|es|ed|ing)|identif\w*|who (?:posted|shared"
    r"|did|put)|where (?:it|they|my \w+) (?:is|are)|(?:is|are) (?:it|they|my \w+) (?:still )?"
    r"(?:online|up|out there)|hack\w*|arrest\w*|charge|sue)\b"
)

# A school or its staff as the one who acts or tells.
_SCHOOL = (
    r"(?:(?:my |the |our |his |her |a )?(?:school|principal|vice[- ]principal|teachers?"
    r"|(?:school|guidance) counsell?ors?|school staff|school board))"
)
_SCHOOL_TELLS = re.compile(
    rf"\b(?:will|would|could|can|does|do|is|are|has|have|must|might) {_SCHOOL}"
    rf"(?: \w+){{0,3}}? (?:tell|call|report|inform|contact|phone|notify|get|involve|go to)\w*"
    rf"\b[^.!?]{{0,25}}\b(?:police|cops|rcmp|parents?|mom|mum|dad|family|guardians?|me|on me"
    rf"|anyone|someone|cas|social services|ministry)\b"
    rf"|\b(?:will|would|could|can|does|do|must) {_SCHOOL} (?:\w+ ){{0,2}}(?:have to|need to|be"
    rf" required to|be obligated to|be forced to) (?:tell|call|report|inform)\b"
    rf"|\bif i (?:tell|talk to) {_SCHOOL}\b[^.!?]{{0,40}}\b(?:will|would|do|does|have to)\b"
    rf"[^.!?]{{0,25}}\b(?:police|cops|parents?|mom|dad|report|tell|call)\b"
)
_SCHOOL_ACTS = re.compile(
    rf"\b(?:can|could|will|would|does|do|should|is|are|must|might) {_SCHOOL}"
    rf" (?:\w+ ){{0,2}}(?:do|make|force|get|help|stop|delete|remove|take|act|punish|discipline"
    rf"|deal|handle|step in|intervene|ban|confiscate|search|check)\w*\b"
    rf"|\bwhat (?:can|could|will|would|should|does|do) {_SCHOOL} (?:\w+ )?do\b"
    rf"|\bis {_SCHOOL} (?:allowed|able|supposed|going) to\b"
    rf"|\b(?:can|could|will|would|should|does|do) {_SCHOOL} (?:\w+ ){{0,2}}(?:fire|expel|suspend"
    rf"|kick|report|call|tell)\w*\b"
)

# "do I have to report it?": the person's own duty (staff have the duty answer). "Report first,
# before I can get help?" is the service's police answer ("you don't need to report").
_TO_USE = re.compile(r"\b(?:first|before|to (?:use|get|apply|talk|qualify|help))\b")
_MUST_REPORT = re.compile(
    r"\b(?:do|will|would|must|should) i (?:really |actually |legally |still )?(?:have to|need to"
    r"|got to|gotta) (?:report|tell (?:the )?(?:police|cops)|go to (?:the )?(?:police|cops)"
    r"|call (?:the )?(?:police|cops)|press charges)\b"
    r"|\bam i (?:legally )?(?:required|supposed|obligated|obliged|forced|made) to (?:report"
    r"|tell (?:the )?police|go to (?:the )?police|press charges)\b"
    r"|\b(?:does|do) (?:it|this|that|they) (?:have|need) to be reported\b"
    r"|\bi (?:have to|need to|must) report (?:it|this|that|him|her|them)\b\s*\?"
)

# "should he tell his parents?", "does my friend have to tell her mom".
_SOMEONE = (
    r"(?:he|she|they|my (?:friend|brother|sister|son|daughter|cousin|bf|gf|boyfriend|girlfriend"
    r"|bestie|best friend|little \w+|younger \w+|niece|nephew|student|kid|child))"
)
_OTHER_TELL_PARENTS = re.compile(
    rf"\b(?:should|does|do|must|would|will|can|could) {_SOMEONE} (?:\w+ )?(?:have to |need to"
    rf" |still |even )?(?:tell|talk to|show|say anything to|come clean to)"
    rf" (?:his|her|their|our|the) (?:parents?|mom|mum|dad|mother|father|family|folks|guardians?)\b"
    rf"|\b(?:is it (?:ok|okay|bad|fine)|what) if {_SOMEONE} (?:doesn'?t|does not|don'?t|won'?t)"
    rf" tell (?:his|her|their) (?:parents?|mom|mum|dad|family)\b"
)


# "is there compensation?", "can I get money from him", "will he have to pay me".
_DAMAGES = re.compile(
    r"\b(?:compensat\w*|damages|restitution)\b"
    r"|\b(?:get|getting|win|claim|be owed|ask for|sue (?:him |her |them )?for) (?:any |some"
    r" |the )?(?:money|cash|paid)\b(?! back)"
    r"|\bmoney (?:out of|from) (?:this|him|her|them|my ex|it|the guy)\b"
    r"|\b(?:make|have|force|get) (?:him|her|them|my ex|the guy) (?:to )?pay (?:me|for)\b"
    r"|\b(?:will|would|does|do|could|can|should) (?:he|she|they|my ex|the guy) (?:\w+ )?"
    r"(?:have to |need to |be made to |be forced to )?pay (?:me|for (?:this|it|what|the))\b"
)


# "I want her to pay for what she did" said, not asked: accountability, not a blackmailer's demand
# (simulated users round 6 got "don't pay").
_WANTS_THEM_TO_PAY = re.compile(
    r"\bi (?:really |just |so |honestly )?(?:want|need|would like|wanna)"
    r" (?:him|her|them|my ex|the guy|this person|that person) to pay (?:for|me)\b"
)


def damages_question(cleaned: str) -> bool:
    """A question whether the person can get money for the harm (the CRT's damages), or the
    wish that the person who did it pays for it."""
    if _WANTS_THEM_TO_PAY.search(cleaned):
        return True
    return bool(_DAMAGES.search(cleaned) and _ASKS.search(cleaned))


@dataclass(frozen=True)
class Subject:
    kind: str
    reads: Callable[[str], bool]
    # The classifier's topics whose own answer is about this subject: kept.
    covered_by: frozenset[str] = frozenset()


def _pair(cleaned: str, first: re.Pattern, second: re.Pattern) -> bool:
    return bool(first.search(cleaned) and second.search(cleaned) and _DIFFER.search(cleaned))


def _iips_can(cleaned: str) -> bool:
    return bool(_IIPS.search(cleaned) and _IIPS_UNNAMED.search(cleaned) and _ASKS.search(cleaned))


# The tribunal asked about from outside B.C. in words the practical reader misses ("can I file
# a tribunal claim if I moved to Calgary?"): the honest outside-B.C. answer.
_OUTSIDE_BC = re.compile(
    r"\boutside (?:of )?(?:b\.?c\.?|british columbia|the province|canada)\b|\bother provinces?\b"
    r"|\banother province\b|\bdifferent province\b|\bnot in (?:b\.?c\.?|british columbia)\b"
    r"|\bout of (?:province|b\.?c\.?|country)\b|\bmoved (?:away|out)\b"
)


def _crt_outside_bc(cleaned: str) -> bool:
    if not (_CRT.search(cleaned) and _ASKS.search(cleaned)):
        return False
    # The other person's place ("he's in Victoria") is not where the person lives.
    return bool(_OUTSIDE_BC.search(cleaned)) or any(
        not m.in_bc and m.owner != OTHER for m in place_mentions(cleaned)
    )


# Order matters: the first subject that fits wins.
SUBJECTS = (
    Subject(IIPS_OR_LAWYER, lambda c: _pair(c, _IIPS, _LEGAL)),
    Subject(REMOVAL_TOOLS_DIFFER, lambda c: _pair(c, _STOPNCII, _TID)),
    Subject(CRT_OR_POLICE, lambda c: _pair(c, _CRT, _POLICE)),
    Subject(IIPS_CAN, _iips_can),
    Subject(CRT_OUTSIDE_BC, _crt_outside_bc),
    Subject(OTHER_TELL_PARENTS, lambda c: bool(_OTHER_TELL_PARENTS.search(c))),
    Subject(SCHOOL_TELLS, lambda c: bool(_SCHOOL_TELLS.search(c))),
    Subject(SCHOOL_ACTS, lambda c: bool(_SCHOOL_ACTS.search(c) and _ASKS.search(c))),
    Subject(MUST_REPORT, lambda c: bool(_MUST_REPORT.search(c) and not _TO_USE.search(c))),
    # "can I get the free lawyer?" read as the eligibility check: its questions decide.
    Subject(REAL_LAWYER, _real_lawyer, _REAL_LAWYER_TOPICS),
    Subject(FEE, _cost, _COST_TOPICS),
)


DIFFERENCE_KINDS = frozenset({IIPS_OR_LAWYER, REMOVAL_TOOLS_DIFFER, CRT_OR_POLICE})


# One service's own kinds: a comparison of two services named with it is read instead.
ONE_SERVICE_KINDS = frozenset(
    {STOPNCII_HOW, TAKE_IT_DOWN_SCOPE, WHAT_IS_CYBERTIP, REPORT_POLICE, LAWYER_FOR_CRT, CRT_ORDERS}
)


def difference_kind(cleaned: str) -> str | None:
    """Two services named and what tells them apart ("how is StopNCII different from Take It
    Down" is not how StopNCII works)."""
    for subject in SUBJECTS:
        if subject.kind in DIFFERENCE_KINDS and subject.reads(cleaned):
            return subject.kind
    return None


def subject_before(kind: str, cleaned: str, intent: str | None = None) -> str | None:
    """The subject's kind that replaces `kind`, a kind another reader gave: a comparison
    instead of one service's answer; the fee for a cost asked with a money worry or a doubt
    ("how much will it cost? I'm on income assistance") instead of the income answer, whose
    first sentence is not the cost. None: `kind` stays."""
    if kind in ONE_SERVICE_KINDS:
        return difference_kind(cleaned)
    if kind == HELPER_TALK_MAYBE and _OTHER_TELL_PARENTS.search(cleaned):
        # "should she tell her dad?" is whether she tells, not how the helper talks to her.
        return OTHER_TELL_PARENTS
    if kind == INCOME and intent not in _COST_TOPICS and _COST_ASKED.search(cleaned):
        return FEE if _cost(cleaned) else None
    return None


def subject_kind(cleaned: str, intent: str | None = None) -> str | None:
    """The subject's kind of a lowercased, whitespace-normalised message, or None: no subject
    read, or the classifier's topic `intent` already answers it."""
    for subject in SUBJECTS:
        if subject.reads(cleaned):
            return None if intent in subject.covered_by else subject.kind
    return None
