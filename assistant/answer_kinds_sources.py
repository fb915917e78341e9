"""Specific follow-ups the sources answer only in part (issue 16, simulated users round 2):
each gets an honest answer of its own, read from the words, instead of the nearest topic's
block, the fallback, or the same block again. What the sources say that bears on the question
comes first; where they say nothing, the answer says so and points to the service's lawyer.

- Who can I call outside B.C. ("who can I call in Alberta?"): the services named are B.C.'s;
  the routes open to anyone, 9-8-8 and 9-1-1.
- Can I stay anonymous: the sources say only that no details are needed and a confidentiality
  agreement is signed (a misrouted "Yes. You can bring a support person" read as a yes).
- Will the young people who made or shared it get in trouble: images of anyone under 18 are
  child sexual abuse material; who is charged is not for the assistant to say.
- How do I report it / report to police: yes, you can; a partner is no exception.
- Is there a fee: the service's own answer (the classifier missed "is there a fee?").
- How do I prove it's fake; do I need a lawyer for the tribunal; should I tell the host or
  landlord; will police act if he is abroad; what are your hours; a staff member's duty to
  report; is it too late (old dates).

Plain Python, no training examples: assistant.answer_kinds calls `sources_kind` after its
everyday kinds, and the InterruptPolicy answers the mark with static responses
(domain/follow_ups.yml).
"""

from __future__ import annotations

import re

from assistant.home_reading import OTHER, place_mentions

OUTSIDE_BC_LINES = "outside_bc_lines"
ANONYMOUS = "anonymous"
OTHERS_IN_TROUBLE = "minors_who_shared_in_trouble"
CHILD_IN_TROUBLE = "helped_child_in_trouble"  # "is my son in trouble for sending it?"
REPORT_POLICE = "report_to_police"
FEE = "fee"
PROVE_FAKE = "prove_fake"
LAWYER_FOR_CRT = "lawyer_for_crt"
TELL_SOMEONE = "tell_host_or_landlord"
POLICE_ABROAD = "police_abroad"
HOURS = "hours"
DUTY_TO_REPORT = "duty_to_report"
OLD_EVENTS = "old_events"
SOURCES_KINDS = (
    OUTSIDE_BC_LINES,
    ANONYMOUS,
    CHILD_IN_TROUBLE,
    OTHERS_IN_TROUBLE,
    REPORT_POLICE,
    FEE,
    PROVE_FAKE,
    LAWYER_FOR_CRT,
    TELL_SOMEONE,
    POLICE_ABROAD,
    HOURS,
    DUTY_TO_REPORT,
    OLD_EVENTS,
)

# "who can I call", "is there anywhere I can go", "what help is there", "any services".
_WHO_TO_CALL = re.compile(
    r"\b(?:who|where|what|which|is there|are there|any)\b[^.!?]{0,40}"
    r"\b(?:call|contact|help|go|talk|turn|services?|lines?|numbers?|resources?|support"
    r"|organi[sz]ations?|lawyers?)\b"
    r"|\b(?:anything|something|a service|a program|one) like (?:this|that|it)\b"
    # "is there anything in Alberta I can use?", "anything for me here?" (round 10, p04).
    r"|\b(?:is there|are there|any)\b[^.!?]{0,40}\b(?:i|we) (?:can|could) (?:use|do|get|try)\b"
    r"|\b(?:anything|something) (?:for me|for us)\b"
)
_OUTSIDE_WORDS = re.compile(
    r"\boutside (?:of )?(?:b\.?c\.?|british columbia)\b|\bother provinces?\b"
    r"|\bin my province\b|\bwhere i live\b(?! in b\.?c)|\bnot in (?:b\.?c\.?|british columbia)\b"
)

_ANONYMOUS = re.compile(
    r"\banonymous(?:ly)?\b|\banonymity\b"
    r"|\bwithout (?:giving|saying|telling|sharing|using) (?:them |you )?(?:my|her|his|their|a)"
    r" (?:real |full |last )?name\b"
    r"|\b(?:have to|need to|must) (?:give|say|tell|share|use) (?:them |you )?(?:my|her|his|their)"
    r" (?:real |full |last )?name\b"
    r"|\b(?:not|never|don'?t|dont) (?:give|say|tell|share|use) (?:them |you )?(?:my|her|his|their)"
    r" (?:real |full |last )?name\b"
    r"|\bfake name\b|\bkeep (?:my|her|his|their) (?:name|identity) (?:out|private|secret|hidden)\b"
    r"|\bhide (?:my|her|his|their) identity\b"
)

# Young people named as the ones who made or shared it.
_MINORS = re.compile(
    r"\b(?:kids?|boys?|girls?|students?|classmates?|teens?|teenagers?|minors?|youths?|juveniles?"
    r"|schoolmates?|grade \d{1,2}s?|grade \w+ers?)\b"
    r"|\b(?:1[0-7]|[1-9])[- ]?(?:years?|yrs?)[- ]?olds?\b|\bunder 18\b|\bunderage\b"
    r"|\b(?:high|middle|junior high|secondary) ?school\b"
)
_TROUBLE = re.compile(
    r"\b(?:get|be|go|going|end up|face|gonna)\b(?: \w+){0,2}"
    r" (?:in trouble|charged|arrested|punished|expelled|suspended|to jail|to juvie|to prison"
    r"|consequences|charges|prosecuted)\b"
    r"|\b(?:charge|arrest|punish|prosecute|expel|suspend)s? (?:them|those|these|the)\b"
    r"|\bhappens? to (?:them|those|these|the \w+)\b"
)
_FIRST_PERSON_TROUBLE = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|i'?m|i am|i will|i'll|do i|me)\b"
    r"[^.!?]{0,20}\b(?:trouble|charged|arrested|punished|expelled|suspended|jail)"
)

_REPORT_POLICE = re.compile(
    r"\bhow (?:do|can|would|should|could) (?:i|we|you|she|he|they|people) (?:\w+ )?report\b"
    r"|\b(?:i|i just) (?:mean|meant) (?:to )?report\w*\b"
    r"|\breport(?:ing)? (?:it |this |him |her |them |that |the (?:guy|man|person|post) )?"
    r"to (?:the )?(?:police|cops|rcmp)\b"
    r"|\b(?:can|could|should|may) i (?:still |even |actually )?report (?:him|her|them|it|this)\b"
    r"|\b(?:can|could|should|may) i (?:still |even )?(?:call|go to|tell) the (?:police|cops)\b"
)

# "do I have to report it first": the service's police answer (no need to report).
_MUST_REPORT = re.compile(r"\b(?:have to|need to|must|required to|first|before)\b")

_FEE = re.compile(
    r"\b(?:is there|are there|any) (?:a |any )?(?:fees?|charges?|costs?)\b"
    r"|\bhow much (?:does|will|would|is|do) (?:it|this|that|the (?:service|lawyer|advice|call))"
    r"(?: \w+)? (?:cost|be|charge)\b"
    r"|\b(?:do|will|would|must) (?:i|we|she|he|they) (?:have to |need to )?pay"
    r" (?:for (?:it|this|the (?:lawyer|service|advice|call))|anything|the lawyer|a fee)\b"
    r"|\b(?:is|are) (?:it|this|that|the (?:service|lawyer|advice|call|lawyers))"
    r" (?:really |truly |actually |completely |totally |100% )?(?:free|free of charge)\b"
    r"|\bcost (?:us |me )?anything\b"
)
# Fees of other bodies have their own answers (the CRT's, the removal tools').
_OTHER_BODIES = re.compile(
    r"\b(?:tribunal|crt|court|protection order|stopncii|take it down|police|sue|claim)\b"
)

_PROVE_FAKE = re.compile(
    r"\bprove\b[^.!?]{0,40}\b(?:fake|faked|not me|isn'?t me|ai|a\.i\.|edited|photoshopp?ed"
    r"|deep ?fakes?|not real|made up|doctored|altered)\b"
    r"|\b(?:fake|deep ?fake|ai|edited|photoshopp?ed|doctored|altered)\b[^.!?]{0,40}\bprove\b"
    r"|\bhow (?:do|can|would) (?:i|we|she|he) show (?:people |them |everyone )?(?:that )?"
    r"(?:it'?s|it is|they'?re|they are) (?:fake|not me|not real)\b"
)

_LAWYER_FOR_CRT = re.compile(
    r"\b(?:need|needs|have|has|require|must (?:i |we )?have|get|hire)(?: to (?:have|hire|get|use))?"
    r" (?:a |my own |an? own )?lawyer\b[^.!?]{0,40}\b(?:tribunal|crt|protection order|claim)\b"
    r"|\b(?:tribunal|crt|protection order|claim)\b[^.!?]{0,40}\b(?:need|require|have to (?:have"
    r"|hire|get)|without|by myself without) (?:a |my own )?lawyer\b"
    r"|\b(?:tribunal|crt|protection order|claim)\b[^.!?]{0,40}\b(?:by myself|on my own|myself)\b"
    r"|\b(?:by myself|on my own)\b[^.!?]{0,40}\b(?:tribunal|crt|protection order)\b"
    r"|\blawyer (?:\w+ )?(?:required|needed|necessary)\b[^.!?]{0,40}"
    r"\b(?:tribunal|crt|protection order|claim)\b"
)

_TELL_SOMEONE = re.compile(
    r"\b(?:should|do|must|shall) (?:i|we) (?:have to |need to )?(?:tell|warn|inform|let|contact"
    r"|notify|report (?:it |this )?to|say something to) (?:the |my |our |his |her |their )?"
    r"(?:host|airbnb|landlord|landlady|property manager|strata|building manager|boss|employer"
    r"|manager|hr|work|coworkers?|school|principal|university|college|hotel|owner|family"
    r"|parents|friends)\b"
)

_ABROAD = (
    r"(?:abroad|overseas|over seas|another country|other country|different country|out of"
    r" (?:the )?country|outside (?:of )?canada|not in canada|in (?:the )?(?:us|usa|u\.s\.|states"
    r"|india|nigeria|philippines|uk|england|europe|mexico|pakistan|china|iran|ivory coast))"
)
_POLICE_ABROAD = re.compile(
    rf"\b(?:police|cops|rcmp|law|anyone|anything|anybody)\b[^.!?]{{0,60}}\b{_ABROAD}\b"
    rf"|\b{_ABROAD}\b[^.!?]{{0,60}}\b(?:police|cops|rcmp|do anything|can (?:they|anyone|i)"
    rf"|anything (?:be )?done|charge|arrest|report\w*)\b"
)

_HOURS = re.compile(
    r"\bwhat (?:are|r) (?:your|the|their|its) (?:office |opening |business |phone |intake )?hours\b"
    r"(?! of (?:free |legal )?(?:advice|help|legal))"
    r"|\b(?:when|what time|what days?) (?:are|is|r) (?:you|u|they|it|the (?:office|service|line"
    r"|intake line|lawyer|phone line)) open\b"
    r"|\b(?:are|is) (?:you|they|the (?:office|service|line|intake line|lawyer)) open"
    r" (?:on |at |in )?(?:weekends?|saturdays?|sundays?|holidays?|evenings?|nights?|late|now)\b"
    r"|\b(?:hours of operation|office hours|opening hours|business hours|open hours)\b"
    r"|\bwhat times? (?:can|do|should) i (?:call|phone|reach)\b"
    r"|\b(?:when|what time) (?:can|do|should) i (?:call|phone|reach) (?:them|the lawyer|the"
    r" service|the intake)\b"
)

_STAFF = re.compile(
    r"\b(?:teacher|teach|school|staff|employee|counsel+or|coach|nurse|social worker|principal"
    r"|educator|youth worker|daycare|caregiver|as a|my job|at work|professional|employer)\b"
)
# The writer's own job: "I'm a teacher", "as her coach", "I work at the school".
_STAFF_SELF = re.compile(
    r"\b(?:i'?m|i am|as) (?:a |an |the |her |his |their )?(?:\w+ )?(?:teacher|staff|counsel+or"
    r"|coach|nurse|social worker|principal|educator|youth worker|caregiver|daycare worker"
    r"|school \w+|employee|vice principal|tutor)\b"
    r"|\bi (?:teach|work at (?:a |the )?(?:school|daycare)|coach)\b|\bmy (?:student|students"
    r"|client|clients|pupil|pupils)\b|\bone of my (?:students|pupils|clients|players)\b"
)
_DUTY_TO_REPORT = re.compile(
    r"\bduty to (?:report|tell)\b|\bmandat\w* report\w*\b"
    r"|\b(?:obligat\w*|required|legally (?:have|need|required|bound|obligated)|have a duty"
    r"|have to|must|supposed to|need to)\b[^.!?]{0,25}\b(?:report|tell (?:her|his|their|the)"
    r" (?:parents|family|principal)|call (?:the )?(?:police|cops|ministry|social services))\b"
)

# Years before the CRT's date (2023): the dates are the question ("it was in 2021").
# A year before the tribunal's date, or early 2023 before March 6 ("mine was January 2023,
# before March 6", round 32 p20).
_YEAR = re.compile(
    r"\b(?:19[89]\d|20[01]\d|202[0-2])\b|\b(?:years|a long time|ages) ago\b"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|early|the start of|the beginning of) 2023\b"
    r"|\bbefore march(?: 6(?:th)?)?(?:,? 2023)?\b"
)
# "what about court", "can I sue": a legal step asked about old events.
_LEGAL_STEP = re.compile(
    r"\b(?:what about|can i|could i|is it possible to|am i able to) (?:\w+ )?(?:court|sue|the"
    r" tribunal|the crt|a claim|make a claim|charges|press charges)\b"
)
_TOO_LATE = re.compile(
    r"\btoo late\b|\btime limits?\b|\bdeadlines?\b|\blimitation\w*\b|\bexpired?\b"
    r"|\bout of luck\b"
    r"|\bstill (?:count|counts|matter|covered|go to court|sue|take (?:him|her|them)"
    r"|do anything|do something|report|get help|use|make a claim|file|valid)\b"
    r"|\bcan (?:i|we|she|he) still (?:go to court|sue|take|report|do anything|make a claim|file"
    r"|get (?:it|them) (?:removed|taken down)|go to the (?:tribunal|crt)|use the (?:tribunal|crt))"
    r"|\bis it still (?:possible|covered|valid|worth)\b|\bdoes (?:it|that|this) still\b"
    r"|\bbeen (?:up|online|posted|there) (?:since|for)\b"
    # "they were posted in 2022 and still up now" (round 16, p19: read as an age)
    r"|\b(?:still|are still|is still) (?:up|online|there|posted)\b"
    # "what if it happened 3 years ago" (session 16: it got the under-18 images answer)
    r"|\bwhat if (?:it|this|that|the \w+|he|she|they) (?:all )?(?:happened|was|were|started"
    r"|began|got posted|was posted|was shared|got shared)\b"
    # "it happened in 2022 though, does that matter?"
    r"|\b(?:does|would|will|do) (?:that|it|this|the (?:date|year|timing)) (?:still )?"
    r"(?:matter|change anything|make (?:a|any) difference|affect (?:it|anything|my \w+))\b"
)
# A date said as a follow-up, after an answer that named the tribunal's dates ("it happened in
# 2022 though", "this was back in 2021"): the old-events answer (the InterruptPolicy reads the
# turn before; assistant/short_followups.py).
_DATED = re.compile(
    r"^(?:(?:but|and|well|ok|okay|so|oh|hmm+|um+|yeah|yes|no|though)[,.!]* )*"
    r"(?:(?:it|this|that|all this|all of this|the (?:sharing|posting|post|pics?|photos?|video"
    r"|threats?)|he|she|they|my ex)(?:'s| was| were| is| has been| happened| started| began"
    r"| took place| did it| posted (?:it|them)| shared (?:it|them)| sent (?:it|them))? )?"
    r"(?:all |only |actually |really |first |originally )?(?:happened |started |began )?"
    r"(?:back |way back )?(?:in|since|during|around|from|before|early|late)?"
    r"(?: ?(?:the )?(?:summer|fall|spring|winter|end|start|beginning|middle) of)?"
    r" ?(?:19[89]\d|20[01]\d|202[0-2])\b"
    r"|^(?:(?:but|and|well|ok|okay|so)[,.!]* )?(?:it|this|that)(?:'s| was| happened)"
    r" (?:\w+ )?(?:years|a long time|ages) ago\b"
)
_AGE_SAID = re.compile(r"\b(?:i was|i'?m|im|i am|she was|he was) \d{1,2}\b")


def _outside_bc_lines(cleaned: str) -> bool:
    if not _WHO_TO_CALL.search(cleaned):
        return False
    if _OUTSIDE_WORDS.search(cleaned):
        return True
    # A named place outside B.C. that is not the other person's ("he's in Victoria").
    return any(not m.in_bc and m.owner != OTHER for m in place_mentions(cleaned))


# The young person the writer is helping, named as the one it was done to ("my son", "she",
# "a 13 year old ... of himself"): a helper's "will he be in trouble" is the victim's question.
_HELPED_CHILD = re.compile(
    r"\b(?:my|our|the|her|his) (?:son|daughter|child|kid|boy|girl|nephew|niece|grandson"
    r"|granddaughter|grandchild|student|client|stepson|stepdaughter|little (?:brother|sister)"
    r"|brother|sister|cousin)\b"
    r"|\b(?:is|will|would|could|can) (?:he|she|they)\b"
    r"|\ba (?:1[0-7]|[1-9])[- ]?(?:years?|yrs?)[- ]?old\b"
    r"|\b(?:she'?s|he'?s|she is|he is|they'?re|they are) (?:\w+ ){0,2}(?:terrified|scared"
    r"|afraid|worried)\b"
)
# Signs the child is the one it was done to: sent their own picture, blackmailed, the victim.
_DONE_TO_CHILD = re.compile(
    r"\bfor (?:sending|taking|making|sharing) (?:it|them|a|the|that|this|those|these|his|her"
    r"|their)\b"
    r"|\bof (?:himself|herself|themselves|themself)\b"
    r"|\b(?:blackmail|sextort|extort)\w*"
    r"|\b(?:is|was|he'?s|she'?s|they'?re|he is|she is|they are) the (?:victim|one being)\b"
    r"|\bbeing (?:groomed|used|threatened)\b"
    r"|\b(?:she'?s|he'?s|she is|he is|they'?re|they are) (?:\w+ ){0,2}(?:terrified|scared"
    r"|afraid|worried)(?: that)? (?:she'?s|he'?s|she is|he is|they'?re|they are|she will"
    r"|he will|she'?ll|he'?ll)"
    r" (?:be |get )?(?:in trouble|charged|arrested)"
)


# "am I required to report this?", "do I have to tell someone": the duty, with the writer's
# job said now or in an earlier message.
_DUTY_QUESTION = re.compile(
    r"\b(?:am i|are we|is it|do i|do we)\b[^.!?]{0,25}\b(?:required|obligated|obliged|bound"
    r"|mandatory|have to|supposed to|need to|duty|must)\b[^.!?]{0,25}"
    r"\b(?:report|tell|call|inform)\w*"
)

_WH_WORD = re.compile(r"\b(?:who|whom|which|where|how)\b")


def staff_duty_question(cleaned: str, earlier_texts: list[str]) -> bool:
    """A staff member asks about a duty to report: the job said now or before."""
    # "who am I supposed to call" asks where to go, not whether one must.
    asks_duty = _DUTY_QUESTION.search(cleaned) and not _WH_WORD.search(cleaned)
    if not (_DUTY_TO_REPORT.search(cleaned) or asks_duty):
        return False
    said = [cleaned, *(" ".join((t or "").lower().split()) for t in earlier_texts)]
    return any(_STAFF_SELF.search(t) for t in said)


def first_person_trouble(cleaned: str) -> bool:
    """The writer asks about their own trouble ("am I going to be charged?")."""
    return bool(_FIRST_PERSON_TROUBLE.search(cleaned))


_TROUBLE_WORDS = re.compile(r"\b(?:in trouble|charged|arrested|criminal record)\b")


def child_helped_in_trouble(cleaned: str) -> bool:
    """A helper asks whether the young person they help, the one it was done to, will be in
    trouble ("is my son going to get in trouble for sending it?")."""
    if _FIRST_PERSON_TROUBLE.search(cleaned) and not _HELPED_CHILD.search(cleaned):
        return False
    trouble = _TROUBLE.search(cleaned) or _TROUBLE_WORDS.search(cleaned)
    return bool(trouble and _HELPED_CHILD.search(cleaned) and _DONE_TO_CHILD.search(cleaned))


def others_in_trouble(cleaned: str) -> bool:
    """Young people named as the ones who made or shared it, asked whether they get in trouble."""
    return bool(
        _MINORS.search(cleaned)
        and _TROUBLE.search(cleaned)
        and not _FIRST_PERSON_TROUBLE.search(cleaned)
    )


# "can i still do something even though it was so long ago", "is it too late, it was years
# ago" (session 19: the pilot's dates): a time long past said without a year.
_LONG_AGO = re.compile(
    r"\b(?:it|this|that|they|posted|shared|sent|happened|took|was|were)\b[^.?!,]{0,12}"
    r"\b(?:(?:so|a|such a|really|very) long (?:time )?ago|(?:ages|years|a few years|many years"
    r"|\d+ years|two years|three years|four years|five years) ago)\b"
)
_AGE_THEN = re.compile(
    r"\b(?:i was|i'?m|im|when i was|she was|he was|they were) (?:only )?\d{1,2}\b"
)
_STILL_OR_LATE = re.compile(r"\b(?:still|too late|matter|count|counts|covered|expired?)\b")


def _old_events(cleaned: str) -> bool:
    # An age then ("i was 15 a few years ago") is about the images' age: not this reading.
    if (
        _LONG_AGO.search(cleaned)
        and _STILL_OR_LATE.search(cleaned)
        and not _AGE_THEN.search(cleaned)
    ):
        return True
    return bool(
        _YEAR.search(cleaned) and (_TOO_LATE.search(cleaned) or _LEGAL_STEP.search(cleaned))
    )


def dated_follow_up(cleaned: str) -> bool:
    """A short message that gives a date before the tribunal's ("it happened in 2022
    though"), with no age in it ("I was 16 in 2021" is about the age in the images)."""
    if len(cleaned.split()) > 25 or _AGE_SAID.search(cleaned):
        return False
    return bool(_DATED.search(cleaned))


def _duty(cleaned: str) -> bool:
    return bool(_DUTY_TO_REPORT.search(cleaned) and _STAFF.search(cleaned)) or (
        staff_duty_question(cleaned, [])
    )


# Order matters: the first kind that fits wins.
_READERS = (
    (OUTSIDE_BC_LINES, _outside_bc_lines),
    (DUTY_TO_REPORT, lambda c: _duty(c)),
    (CHILD_IN_TROUBLE, child_helped_in_trouble),
    (OTHERS_IN_TROUBLE, others_in_trouble),
    (ANONYMOUS, lambda c: bool(_ANONYMOUS.search(c))),
    (POLICE_ABROAD, lambda c: bool(_POLICE_ABROAD.search(c))),
    (OLD_EVENTS, _old_events),
    (PROVE_FAKE, lambda c: bool(_PROVE_FAKE.search(c))),
    (LAWYER_FOR_CRT, lambda c: bool(_LAWYER_FOR_CRT.search(c))),
    (TELL_SOMEONE, lambda c: bool(_TELL_SOMEONE.search(c))),
    (HOURS, lambda c: bool(_HOURS.search(c))),
    (REPORT_POLICE, lambda c: bool(_REPORT_POLICE.search(c) and not _MUST_REPORT.search(c))),
    (FEE, lambda c: bool(_FEE.search(c) and not _OTHER_BODIES.search(c))),
)


def sources_kind(cleaned: str) -> str | None:
    """The kind of a lowercased, whitespace-normalised message, or None."""
    for kind, reads in _READERS:
        if reads(cleaned):
            return kind
    return None


# --- reporting, with a relationship or consent said -----------------------------------------
# The consent rule ("being in a relationship doesn't change that") only where the message speaks
# of the relationship or of agreeing: "can I report him even though we're dating?". Said to
# "can I report in Calgary though he's in BC?" it answered nothing asked (round 11, p07, p28).
REPORT_POLICE_PARTNER = "report_to_police_partner"
_RELATIONSHIP = re.compile(
    r"\b(?:dating|dated|together|married|relationship|boyfriend|girlfriend|bf|gf|husband|wife"
    r"|partner|spouse|fianc\w*|consent\w*|agreed|let him|let her|sent (?:it|them) to (?:him|her)"
    r"|gave (?:it|them) to (?:him|her)|my own (?:pics?|pictures?|photos?|nudes?|images?))\b"
)


# A partner now, told in the message just before ("my boyfriend filmed me", then "how can I
# report him"); an ex is no relationship the sentence speaks to ("my ex who posted my pics").
_PARTNER_NOW = re.compile(
    r"\b(?<!ex-)(?<!ex )(?:dating|married|boyfriend|girlfriend|bf|gf|husband|wife|partner"
    r"|spouse|fianc\w*)\b|\b(?:still|are|we'?re) together\b"
)


def report_police_kind(
    kind: str | None, cleaned: str, earlier_texts: list[str] | None = None
) -> str | None:
    """REPORT_POLICE_PARTNER for a report asked with a relationship or consent in the message,
    or a partner now told just before; `kind` otherwise."""
    if kind != REPORT_POLICE:
        return kind
    before = (earlier_texts or [""])[-1].lower()
    if _RELATIONSHIP.search(cleaned) or _PARTNER_NOW.search(before):
        return REPORT_POLICE_PARTNER
    return kind
