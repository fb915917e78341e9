"""What happens next: what a school, employer or university can do, a waitlist, whether he will
know, what happens to the people who made it, a threat carried out. Plain follow-ups that
landed on a nearby stock answer or the fallback (issue 16, helper h10d):
each gets an answer of its own from the sources, honest where they are silent.

- A school, principal, university, residence, employer or HR: can they do anything, should I
  tell them. The sources say nothing about what an institution does; they name the routes that
  fit (the CRT, the IIPS, police; for anyone under 18 Cybertip.ca and removal help).
- Is there a waitlist, how soon can I talk to someone: the service page's steps (a short call,
  a letter within a week, then an appointment); nothing on waitlists.
- Do I need screenshots or proof before I call: no details are needed; keep a record anyway.
- Where else can I get a cheaper or free lawyer: the low-cost clinic the page names
  (assistant/answer_kinds_everyday.py `LOW_COST_HELP`, read here in more words).
- Will he know I reported him: the sources don't say; the service is confidential; safety lines.
- Will the people who made or shared it get in trouble: the legal consequences the sources
  describe (crimes, the CRT's orders, damages and penalties), not what an intimate image is.
- What if he actually posts it (after a threat): the routes still apply, and what they do then.

Plain Python, no training examples: assistant.answer_kinds calls `what_happens_kind` after
the plain questions, and the InterruptPolicy answers each mark with the static responses of
domain/what_happens.yml (`ANSWERS`).
"""

from __future__ import annotations

import re

from assistant.answer_kinds_everyday import LOW_COST_HELP
from assistant.answer_kinds_sources import (
    FEE,
    child_helped_in_trouble,
    others_in_trouble,
    sources_kind,
)

INSTITUTION = "institution_adult"  # a university, residence, employer, HR
INSTITUTION_WORK = "institution_work"  # an employer, HR, a boss: the workplace's own wording
SCHOOL_TELL = "institution_school"  # should I (or my child) tell the school or the principal
WAITLIST = "waitlist"
EVIDENCE_FIRST = "evidence_first"
REPORTED_FOUND_OUT = "reported_found_out"
CONSEQUENCES = "consequences_for_them"
IF_POSTED = "if_threat_carried_out"

# Kind -> the static responses that answer it, in order (the InterruptPolicy's table).
ANSWERS: dict[str, list[str]] = {
    INSTITUTION: ["utter_institution_adult"],
    INSTITUTION_WORK: ["utter_institution_work"],
    SCHOOL_TELL: ["utter_institution_school"],
    WAITLIST: ["utter_waitlist"],
    EVIDENCE_FIRST: ["utter_evidence_first"],
    REPORTED_FOUND_OUT: ["utter_reported_found_out"],
    CONSEQUENCES: ["utter_consequences_for_them"],
    IF_POSTED: ["utter_if_threat_carried_out"],
}
# LOW_COST_HELP keeps its answer in the everyday table; it is read here in more wordings.
WHAT_HAPPENS_KINDS = tuple(ANSWERS)

_Q = r"(?:can|could|will|would|does|do|should|is|are|must|might|shall)"

# Adults' institutions: a university, college, residence, workplace.
_PLACE = (
    r"(?:(?:my|the|our|his|her|their|a) )?(?:uni|university|college|campus|residence|res|dorms?"
    r"|student housing|student services|(?:residence|resident|dorm) (?:advisor|adviser|staff"
    r"|manager|life)|ra|dean|prof(?:essor)?|instructor|employer|boss|manager|supervisor|hr"
    r"|human resources|work|workplace|job|company|union|coworkers?|co-workers?|colleagues?)"
    r"(?: (?:life|staff|office|services|people|team|department|admin|administration))*"
)
_WORKPLACE = re.compile(
    r"\b(?:employer|boss|manager|supervisor|hr|human resources|work|workplace|job|company"
    r"|union|coworkers?|co-workers?|colleagues?)\b"
)
_CAMPUS = re.compile(
    r"\b(?:uni|university|college|campus|residence|res|dorms?|student|ra|dean|prof(?:essor)?"
    r"|instructor)\b"
)
# "can my university do anything", "what can HR do", "will residence help".
_PLACE_ACTS = re.compile(
    rf"\b{_Q} {_PLACE} (?:\w+ ){{0,2}}(?:do|help|act|stop|step in|intervene|deal|handle|punish"
    rf"|discipline|fire|expel|remove|delete|take)\w*\b"
    rf"|\bwhat (?:can|could|will|would|should|does|do) {_PLACE} (?:\w+ )?do\b"
    rf"|\b(?:anything|something) {_PLACE} (?:can|could|will|would|should) do\b"
    rf"|\bis {_PLACE} (?:allowed|able|supposed|going|required) to\b"
    rf"|\b{_PLACE}\b[^.!?]{{0,20}}\b(?:can|could|will|would) (?:they|it) (?:\w+ )?(?:do|help|act"
    rf"|step in|intervene)\b"
    rf"|\b(?:go|going|complain|report(?: it| this| him| her| them)?) to {_PLACE}\b"
    rf"[^.!?]{{0,30}}\?"
    # "can i get the college to do something about him or nah" (round 37 p07).
    rf"|\b(?:get|make|ask) {_PLACE} to (?:do|help|act|step in|intervene|deal|handle|punish"
    rf"|discipline|expel|remove)\w*\b"
)
# "should I tell HR", "do I have to tell my employer", "should I let my boss know".
_TELL = (
    r"(?:tell|told|telling|inform|informed|informing|warn|notify|report (?:it |this |him |her"
    r" |them )?to|reporting (?:it |this |him |her |them )?to|going to|talking to"
    r"|reported (?:it |this |him |her |them )?to|talk to|talked to|say something to|go to|went to"
    r"|let|contact|contacted|involve|bring in|loop in)"
)
_TELL_PLACE = re.compile(
    rf"\b(?:should|do|must|shall|can|could|would it help (?:if|to)) (?:i|we)"
    rf" (?:have to |need to |just |also |even |be )?(?:{_TELL}) {_PLACE}\b"
    rf"|\b(?:is it (?:a good idea|worth it|smart|wise|ok|okay)|worth) (?:to )?(?:{_TELL})"
    rf" {_PLACE}\b"
    rf"|\b(?:telling|informing|going to|reporting (?:it |this |him |her )?to) {_PLACE}\b"
    rf"[^.!?]{{0,20}}\b(?:help|worth|a good idea|smart|matter|make (?:a|any) difference)\b"
)
# A school, its principal or its staff (the school's own acts keep the subject answer).
# "should I call the school": phoning is telling them (round 10, p03).
_CALL = r"(?:call|phone|ring|email|e-mail|visit|meet with|speak to|speak with)"
_SCHOOL = (
    r"(?:(?:my|the|our|his|her|their|a) )?(?:(?:kid'?s|son'?s|daughter'?s|child'?s|kids'?) )?"
    r"(?:school|high school|middle school|elementary school|principal|vice[- ]principal"
    r"|school board)"
)
_TELL_SCHOOL = re.compile(
    rf"\b(?:should|do|must|shall|can|could) (?:i|we|he|she|they|my (?:son|daughter|kid|child))"
    rf" (?:have to |need to |just |also |even |be )?(?:{_TELL}|{_CALL}) {_SCHOOL}\b"
    rf"|\b(?:is it (?:a good idea|worth it|smart|wise|ok|okay)|worth) (?:to )?(?:{_TELL})"
    rf" {_SCHOOL}\b"
    rf"|\b(?:go|going) to {_SCHOOL}\b[^.!?]{{0,30}}\?"
)

# "is there a waitlist", "how soon can I talk to someone", "how long until I hear back".
_WAIT = re.compile(
    r"\bwait ?(?:list|listed|ing list|time|times)\b|\bwaiting times?\b"
    r"|\bhow (?:soon|fast|quickly)\b[^.!?]{0,40}\b(?:talk|speak|hear|get (?:a |an )?"
    r"(?:call|answer|appointment|lawyer|help|advice)|see|meet|reach|call (?:me )?back|appointment"
    r"|respond|reply|get back)\b"
    r"|\bhow long (?:do|will|would|does) (?:i|it|we) (?:have to )?wait\b"
    r"|\b(?:when|how soon) (?:would|will|can|could|do) i (?:actually |finally )?(?:get to )?"
    r"(?:talk|speak) to (?:a|the|an actual|a real) (?:lawyer|person|human)\b"
    r"|\bhow (?:long|many (?:days|weeks)) (?:until|till|before)\b[^.!?]{0,30}\b(?:lawyer|talk"
    r"|speak|appointment|call|hear)\b"
    r"|\b(?:is there|are there) (?:a |any )?(?:delay|backlog|queue|line ?up)\b"
    r"|\bhow long (?:is|will be|would be) the wait\b|\bis there (?:a|any) (?:long )?wait\b"
    r"|\bwhen (?:will|would|do|can|should) i (?:\w+ )?hear back\b"
    r"|\b(?:(?:a|the|any) (?:long |big |short )?|long |big )wait\b[^.!?]{0,25}"
    r"\b(?:lawyer|appointment|talk|speak|call|service|hear|someone|intake)\b"
)
# "how long does the tribunal / protection order take" is the tribunal's answer.
_TRIBUNAL = re.compile(r"\b(?:tribunal|crt|protection order|order|court|claim)\b")

# "do I need screenshots first", "should I have proof before I call", "do I need evidence".
_PROOF = (
    r"(?:screenshots?|screen ?shots?|screen ?caps?|proof|evidence|records?|receipts?|copies"
    r"|the messages|the texts|the pictures|the pics|the photos|the images)"
)
_EVIDENCE_FIRST = re.compile(
    rf"\b(?:do|will|would|must|should) (?:i|we) (?:\w+ )?(?:need|have|have to have|need to have"
    rf"|have to (?:get|take|collect|gather|show|bring|send)|need to (?:get|take|collect|gather"
    rf"|show|bring|send)|bring|show|send|gather|collect|get) (?:any |some |all |the |my )?"
    rf"{_PROOF}\b[^.!?]{{0,40}}\b(?:first|before|beforehand|ready|to (?:call|apply|get|talk"
    rf"|qualify|use)|when i call|for (?:the |my )?(?:call|lawyer|service|intake|appointment))\b"
    rf"|\b(?:is|are) (?:a |any )?{_PROOF} (?:needed|required|necessary)\b"
    rf"|\b(?:do|will|would|does) (?:they|you|the (?:service|lawyer|intake|line)) (?:\w+ )?"
    rf"(?:want|need|ask for|require|expect) (?:any |some |the |my )?{_PROOF}\b"
    rf"|\b(?:need|needs|require|required|have to have) {_PROOF} (?:first|before|to (?:call"
    rf"|apply|get help|talk))\b"
    rf"|\bwithout (?:any )?{_PROOF}\b[^.!?]{{0,30}}\b(?:can|could|will|still)\b"
    rf"|\b(?:can|could|will|do) (?:i|they|you) (?:still )?(?:\w+ ){{0,2}}without (?:any )?"
    rf"{_PROOF}\b"
    # "i dont have proof", "I can't prove it": no proof told, not a goodbye (session 14 probe).
    r"|\b(?:i|we) (?:don'?t|dont|do not|didn'?t|didnt) (?:have|get|save|keep) (?:any |a )?"
    r"(?:proof|evidence|screenshots?)\b|\b(?:i|we) have no (?:proof|evidence|screenshots?)\b"
    r"|\b(?:i|we) (?:can'?t|cant|cannot) prove\b|\bthere'?s no (?:proof|evidence)\b"
)

# "where else can I get a cheaper lawyer", "any other free lawyers", "a low-cost lawyer".
_LAWYER = r"(?:lawyers?|legal (?:help|advice|aid|clinic|services?)|clinics?|attorneys?|advice)"
_CHEAP_ELSEWHERE = re.compile(
    rf"\b(?:where|who) else\b[^.!?]{{0,40}}\b(?:cheap\w*|low[- ]?cost|free|affordable|pro bono"
    rf"|lower cost|less expensive)\b[^.!?]{{0,20}}\b{_LAWYER}"
    rf"|\b(?:other|another|any other|more|else)\b[^.!?]{{0,20}}\b(?:cheap\w*|low[- ]?cost|free"
    rf"|affordable|pro bono|lower cost|less expensive)\b[^.!?]{{0,10}}\b{_LAWYER}"
    rf"|\b(?:cheap\w*|low[- ]?cost|affordable|pro bono|lower cost|less expensive) {_LAWYER}\b"
    rf"|\b(?:where|how) (?:can|could|do|would) i (?:get|find) (?:a |an )?(?:cheap\w*|low[- ]?cost"
    rf"|free|affordable|pro bono) {_LAWYER}"
    rf"|\baccess pro bono\b"
    rf"|\b{_LAWYER}\b[^.!?]{{0,25}}\b(?:not (?:too |very |that |so )?(?:expensive|pricey)"
    rf"|(?:doesn'?t|won'?t|does not|will not) cost (?:much|a lot|too much)|costs? less)\b"
)

# "will he know I reported", "what if he finds out I reported him", "will they tell him it was me".
_HIM = (
    r"(?:he|she|they|him|her|them|my ex|the (?:guy|person|man|woman|boys?|girls?|guys|scammer"
    r"|abuser|other person)|whoever (?:did it|posted it|shared it))"
)
_REPORT = (
    r"(?:report\w*|(?:told|tell|call|called|go to|went to|going to) (?:the )?(?:police|cops|rcmp)"
    r"|cyber ?tip\w*)"
)
_FOUND_OUT = re.compile(
    rf"\b(?:will|would|could|can|does|do|is|might) {_HIM} (?:\w+ ){{0,2}}(?:find out|know|be told"
    rf"|get told|hear|see|learn|figure out|be notified)\b[^.!?]{{0,40}}\b{_REPORT}"
    rf"|\bwhat (?:if|happens if|happens when) {_HIM} (?:\w+ ){{0,2}}(?:finds? out|knows?|learns?"
    rf"|hears?|figures? out|sees?)\b[^.!?]{{0,40}}\b{_REPORT}"
    rf"|\b(?:will|would|do|does) (?:the )?(?:police|cops|cybertip|cybertip\.ca|they|you)"
    rf" (?:\w+ ){{0,2}}(?:tell|inform|notify|say to) {_HIM} (?:\w+ ){{0,2}}(?:i|it was me"
    rf"|who)\b[^.!?]{{0,30}}\b{_REPORT}"
    rf"|\b(?:will|would|do|does) (?:the )?(?:police|cops|cybertip|cybertip\.ca)"
    rf" (?:\w+ ){{0,2}}(?:tell|inform|notify) {_HIM}\b[^.!?]{{0,20}}\b(?:it was me|who)"
    rf"|\b{_REPORT}\b[^.!?]{{0,40}}\bwithout (?:him|her|them) (?:knowing|finding out)\b"
    rf"|\b(?:scared|afraid|worried|terrified|nervous)\b[^.!?]{{0,30}}\b{_HIM}"
    rf" (?:will|would|might|could|'ll) (?:\w+ )?(?:find out|know|learn)\b[^.!?]{{0,30}}"
    rf"\b{_REPORT}"
    rf"|\b{_REPORT}\b[^.!?]{{0,30}}\b(?:he|she|they)(?:'ll| will| would| might)? (?:\w+ )?"
    rf"(?:know|find out|be told|get told)\b[^.!?]{{0,15}}\b(?:it was me|who|i did)\b"
    rf"|\bif i (?:\w+ )?{_REPORT}\b[^.!?]{{0,30}}\b(?:will|would|does|could) {_HIM}"
    rf" (?:\w+ )?(?:find out|know|be told|get told|get notified|learn|see|hear)\b"
)

# "will the guys who made the deepfake get in trouble", "can he go to jail for this".
_THEY = (
    r"(?:he|she|they|him|her|them|my ex|the (?:guys?|men|man|person|people|woman|women|boys?"
    r"|girls?|scammer|abuser|creep|one)|those (?:guys|people|men|boys|girls)|these (?:guys"
    r"|people|men)|whoever|anyone who|the (?:\w+ )?(?:who|that) (?:made|shared|posted|sent"
    r"|leaked|did))"
)
_CONSEQUENCE = re.compile(
    rf"\b{_THEY}\b[^.!?]{{0,60}}\b(?:get|be|go|going|end up|face|gonna)\b(?: \w+){{0,2}}"
    rf" (?:in trouble|charged|arrested|punished|to jail|to prison|prosecuted|sued|fined"
    rf"|consequences|charges|a record|a criminal record)\b"
    rf"|\b(?:can|could|will|would) {_THEY} (?:\w+ )?(?:be )?(?:go to jail|go to prison"
    rf"|be charged|be arrested|be punished|be prosecuted|be sued|be fined)\b"
    rf"|\bwhat (?:happens|will happen|would happen|could happen|can happen) to {_THEY}\b"
    rf"|\b(?:any|what|are there|is there|will there be|would there be) (?:\w+ )?"
    rf"(?:consequences|punishment|penalt(?:y|ies)|repercussions)\b[^.!?]{{0,30}}"
    rf"\b(?:for|to) {_THEY}\b"
    rf"|\b(?:can|could|will) (?:i|we|police|the police|they) (?:\w+ )?(?:charge|arrest"
    rf"|punish|prosecute) (?:him|her|them|the (?:guys?|people|person|men|boys|girls))\b"
)
# The first person asks about their own trouble: the youth answer keeps it.
_FIRST_PERSON = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|do i|i'?m|i am|i will|i'll)\b[^.!?]{0,20}"
    r"\b(?:trouble|charged|arrested|punished|jail|record)\b"
)

# "what if he actually posts it", "and if she does share them?", "what if he goes through with it".
_POST = (
    r"(?:posts?|shares?|sends?|leaks?|uploads?|puts? (?:it|them) (?:up|online|out)|spreads?"
    r"|shows? (?:it|them|people|everyone|my|the|her|him|his|their)|distributes?|releases?"
    r"|follows? through|goes through with it|does it|did it"
    r"|actually does)"
)
_IF_POSTED = re.compile(
    rf"\b(?:what|and|but|so) (?:if|happens if|happens when|about if|do i do if|can i do if"
    rf"|should i do if|then if|if) {_HIM} (?:\w+ ){{0,3}}{_POST}\b"
    rf"|\bwhat (?:if|happens if|about if|do i do if|can i do if|should i do if)"
    rf" (?:it|they|the (?:pics?|pictures?|photos?|images?|videos?|nudes?)) (?:\w+ ){{0,2}}"
    rf"(?:gets?|get|are|is|ends? up|goes|go) (?:posted|shared|leaked|sent|online|out|up"
    rf"|uploaded)\b"
    rf"|\bif {_HIM} (?:\w+ ){{0,2}}{_POST}\b[^.!?]{{0,40}}\b(?:then what|what (?:then|now|do"
    rf"|can|happens|should)|can i|do i|will i|is it|would)\b"
    rf"|\bonce (?:he|she|they) (?:\w+ )?{_POST}\b[^.!?]{{0,30}}\b(?:what|can|do|will)\b"
    # "wont they just post it anyway" (session 18): the fear that it happens regardless.
    rf"|\b(?:won'?t|wont|will|would|could|might|can'?t|cant) {_HIM} (?:\w+ ){{0,2}}{_POST}"
    r"(?: \w+){0,3} anyway\b"
    rf"|\b(?:they'?ll|he'?ll|she'?ll|theyll|hell|shell) (?:\w+ ){{0,2}}{_POST}"
    r"(?: \w+){0,3} anyway\b"
)
# Money asked: the blackmail answer (the steps and reports) keeps "what if he sends it".
_DEMAND = re.compile(r"\b(?:pay|paid|money|cash|gift ?cards?|ransom|bitcoin|crypto)\b|\$")


# The words of the kind itself ("wait", "made", "fake"): asked in them, the kind's answer wins
# over a topic that otherwise fits.
_WAIT_WORD = re.compile(r"\bwait\w*\b")
_MAKERS = re.compile(
    r"\b(?:made|make|making|fake|faked|deep ?fakes?|ai|a\.i\.|edited|photoshopp?ed|doctored)\b"
)
# The classifier's topics whose own answer fits the kind: kept unless the kind's words say more.
_TOPIC_KEEPS: dict[str, tuple[frozenset[str], re.Pattern | None]] = {
    # "can he go to jail for posting my pics": the crime answer (s. 162.1, the age rule).
    CONSEQUENCES: (frozenset({"ask_is_it_crime", "ask_police"}), _MAKERS),
    # "what if she still posts it" read as "what can I do": the route questions, fitted to them.
    IF_POSTED: (frozenset({"route_finder", "ask_image_removal"}), None),
    # "how soon can I get an appointment": the steps; "is there a waiting list": this kind.
    WAITLIST: (frozenset({"ask_what_to_expect"}), _WAIT_WORD),
    # "do they need screenshots of the pics": no details needed.
    EVIDENCE_FIRST: (frozenset({"ask_details_required"}), None),
}


def _kept_by_topic(kind: str, cleaned: str, intent: str | None) -> bool:
    topics, unless = _TOPIC_KEEPS.get(kind, (frozenset(), None))
    return intent in topics and not (unless and unless.search(cleaned))


def _institution(cleaned: str) -> str | None:
    if _TELL_SCHOOL.search(cleaned):
        return SCHOOL_TELL
    if _PLACE_ACTS.search(cleaned) or _TELL_PLACE.search(cleaned):
        # Round 24 (limits25, p06): "should I tell HR at work" reads as a workplace's answer,
        # not "a university, residence or employer".
        if _WORKPLACE.search(cleaned) and not _CAMPUS.search(cleaned):
            return INSTITUTION_WORK
        return INSTITUTION
    return None


def _waitlist(cleaned: str) -> bool:
    # "is the lawyer free? and how long until...": the fee's answer, with every contact.
    if sources_kind(cleaned) == FEE:
        return False
    return bool(_WAIT.search(cleaned) and not _TRIBUNAL.search(cleaned))


def _consequences(cleaned: str) -> bool:
    # Young people who did it, or the child helped: those answers (answer_kinds_sources.py).
    if others_in_trouble(cleaned) or child_helped_in_trouble(cleaned):
        return False
    return bool(_CONSEQUENCE.search(cleaned) and not _FIRST_PERSON.search(cleaned))


# "what if she posts it anyway? can I get it taken down": the removal answer.
_REMOVAL = re.compile(
    r"\b(?:taken down|take (?:it|them) down|removed?|removal|delete[ds]?|get rid of)\b"
)


def _if_posted(cleaned: str) -> bool:
    if _DEMAND.search(cleaned) or _REMOVAL.search(cleaned):
        return False
    return bool(_IF_POSTED.search(cleaned))


# Order matters: the first kind that fits wins.
_READERS = (
    (REPORTED_FOUND_OUT, lambda c: REPORTED_FOUND_OUT if _FOUND_OUT.search(c) else None),
    (CONSEQUENCES, lambda c: CONSEQUENCES if _consequences(c) else None),
    (IF_POSTED, lambda c: IF_POSTED if _if_posted(c) else None),
    (INSTITUTION, _institution),
    (EVIDENCE_FIRST, lambda c: EVIDENCE_FIRST if _EVIDENCE_FIRST.search(c) else None),
    (WAITLIST, lambda c: WAITLIST if _waitlist(c) else None),
    (LOW_COST_HELP, lambda c: LOW_COST_HELP if _CHEAP_ELSEWHERE.search(c) else None),
)


def what_happens_kind(cleaned: str, intent: str | None = None) -> str | None:
    """The kind of a lowercased, whitespace-normalised message, or None."""
    for _name, reads in _READERS:
        kind = reads(cleaned)
        if kind:
            return None if _kept_by_topic(kind, cleaned, intent) else kind
    return None
