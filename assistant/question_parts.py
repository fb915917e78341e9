"""Every part of a two- or three-part question answered in one reply (round 17, kinds 1 and 8).

"how do I file with the tribunal, what does it cost and what's the most I can get" got the
first part's answer only: the clause topics (clause_answers.py) were used only when the whole
message fell to the fallback, so a message whose first part had an answer lost the rest. Here,
after the main answer is chosen (a reader's kind or the rules' topic), each other question
clause (assistant/clauses.py, read by the classifier in assistant/nlu/clause_reader.py) adds a
short answer of its own when the reply does not say it yet, in the order asked:
- a practical part read from its words (`PARTS`: the cost, the most you can get, going to court,
  how long, the phone number, emailing the form, the police first, the hours);
- else the clause's sure topic, its main answer (clause_answers.MAIN_ANSWER);
- else, for a clause none of whose words the reply uses, one line that says it back and who can
  answer it (`PART_NOT_COVERED`, actions/part_not_covered.py), never silence.
Each response once in a reply, and none the turn before sent (kind 8). Plain functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant import home_reading, plain27
from assistant.clause_answers import MAIN_ANSWER, SURE
from assistant.content.loader import value
from assistant.next_questions import PLATFORM

PART_NOT_COVERED = "action_part_not_covered"
# The custom actions that say the person's whole question back (their text is not static).
SAYS_BACK = frozenset({"action_not_covered", "action_question_fallback"})
MAX_ADDED = 2  # a three-part message adds at most two answers to its main one
MIN_WORD = 4  # shorter words ("the", "can") say nothing of what was asked

# The rules' whole answer of a topic (data/rules; tests/unit/test_round17_multipart.py keeps
# them the same), for a rules' topic the parts are added to.
RULE_ANSWER: dict[str, list[str]] = {
    **MAIN_ANSWER,
    "ask_approach": ["utter_approach", "utter_approach_more"],
    "ask_crt": ["utter_crt", "utter_crt_damages"],
    "ask_evidence": ["utter_evidence", "utter_evidence_more"],
    "ask_examples": ["utter_examples", "utter_examples_more"],
    "ask_image_removal": ["utter_image_removal", "utter_image_removal_youth"],
    "ask_is_it_crime": ["utter_is_it_crime", "utter_is_it_crime_more"],
    "ask_no_consent": ["utter_no_consent", "utter_no_consent_more"],
    "ask_resources": ["utter_resources", "utter_resources_removal"],
    "ask_service": ["utter_service", "utter_service_more"],
    "ask_what_to_expect": ["utter_what_to_expect", "utter_what_to_expect_more"],
    "contact_lawyer": ["utter_contact", "utter_contact_next"],
}


@dataclass(frozen=True)
class Part:
    """A practical part: the words that ask it, its answer, and words that show a reply says it."""

    name: str
    asks: re.Pattern
    answer: tuple[str, ...]
    said_by: re.Pattern


# People with trust or authority over someone (service-page.txt's examples and a few like them).
_ROLES = (
    r"coach|coaches|teacher|boss|manager|supervisor|babysitter|tutor|instructor|trainer|doctor"
    r"|pastor|priest|youth leader|step-?(?:dad|father|mom|mother)|principal"
)
_TRIBUNAL = re.compile(r"\b(?:crt|tribunal|claim|protection order|sue|suing)\b", re.I)

PARTS: tuple[Part, ...] = (
    # Round 23 (asks23), before "number" and "cost": the police's own number (p10, p34), "will
    # he know it was me" (p09), somewhere outside B.C. (p06), cheaper than a lawyer (p24), the
    # B.C. intake line asked from outside B.C. (p30).
    Part(
        "police_number",
        re.compile(
            r"\bnon[- ]?emergency (?:\w+ )?(?:number|#|phone number)\b"
            r"|\b(?:what|whats|what's|find|need|know|where)\b[^?.!]{0,30}\bnon[- ]?emergency line\b"
            r"|\b(?:number|phone number|#) (?:for|of) (?:the )?(?:local )?(?:police|cops|rcmp)\b"
            r"|\b(?:police|rcmp)(?:'s)? (?:phone )?number\b",
            re.I,
        ),
        ("utter_police_number",),
        re.compile(r"\bdoesn't list a police non-emergency number\b", re.I),
    ),
    Part(
        "will_he_know",
        re.compile(
            r"\b(?:will|would|does|do|could|can)\b (?:he|she|they|the \w+|my \w+) (?:ever )?"
            r"(?:\w+ )?(?:know|find out|learn|figure out|be told)\b[^?.!]{0,15}\b(?:it was|it'?s"
            r"|that it was|who) (?:me|i)\b",
            re.I,
        ),
        ("utter_told_person_report",),
        re.compile(r"\bwhat police or Cybertip\.ca tell\b|\bwon't learn it was you\b", re.I),
    ),
    Part(
        "other_place",
        re.compile(
            r"\b(?:do|go|file|report|something|anything|options?|help|apply)\b[^?.!]{0,25}"
            r"\b(?:in|from|through|with) (?:alberta|ontario|quebec|saskatchewan|manitoba"
            r"|nova scotia|new brunswick|newfoundland|yukon|nunavut|the (?:us|states|usa)"
            r"|washington|seattle"
            r"|calgary|edmonton|toronto|ottawa|montreal|winnipeg|regina|saskatoon|halifax"
            r"|lethbridge|another province|my province|where i live)\b",
            re.I,
        ),
        ("utter_other_place_routes",),
        re.compile(r"\bother provinces or countries\b", re.I),
    ),
    Part(
        "cheaper_lawyer",
        re.compile(
            r"\bcheaper than\b|\bless expensive\b|\blow[- ]cost\b|\baffordable\b"
            r"|\bcheap(?:er|est)? (?:\w+ ){0,2}(?:lawyers?|legal|options?|help|way)\b",
            re.I,
        ),
        ("utter_cheaper_than_lawyer",),
        re.compile(r"\bEveryone Legal Clinic\b", re.I),
    ),
    Part(
        "intake_from_outside",
        re.compile(
            r"\b(?:call|phone|contact|email|ring)\b[^?.!]{0,30}\bb\.?c\.? (?:\w+ ){0,2}"
            r"(?:line|intake|service|lawyers?)\b"
            r"|\bstill (?:call|phone|contact|email)\b[^?.!]{0,30}\b(?:intake|line|legal advice)\b",
            re.I,
        ),
        ("utter_crt_outside_bc_intake",),
        re.compile(r"\bstill call its intake line\b", re.I),
    ),
    # Round 25-26 (parts27): the tribunal by telephone, how to file, the damages asked as
    # "could I get damages?" (round 25 p08 T2-T3, round 26 p22 T1/T3).
    Part(
        "file_by_phone",
        re.compile(
            r"\b(?:file|apply|claim|do (?:it|this|that|all this)|make (?:a|the) claim)\b"
            r"[^?.!]{0,25}\b(?:by|over the|on the) (?:tele)?phone\b"
            r"|\bwithout (?:a |using a )?computer\b"
            r"|\bdon'?t (?:use|have|own) (?:a )?computers?\b|\bnot (?:very )?good with computers\b",
            re.I,
        ),
        ("utter_coverage_crt_help",),
        # Said by the coverage answer, and by stock27's no-computer answer ("whether you can make
        # a tribunal claim by phone"): not sent twice in one reply (round 26 p22 T3).
        re.compile(
            r"\bwhether (?:a claim can be made|you can make a tribunal claim) by phone\b", re.I
        ),
    ),
    Part(
        "most",
        re.compile(
            r"\bhow much (?:money )?(?:can|could|would|will|do|might|should) (?:i|we|you|she|he"
            r"|they) (?:get|claim|win|ask for|sue for|be awarded|receive)\b"
            r"|\b(?:most|max|maximum)\b[^?.!]{0,25}\b(?:get|claim|award\w*|money|sue|win)\b"
            r"|\bhow much (?:money|compensation|damages)\b"
            r"|\b(?:get|claim|sue for|ask for|be awarded|win|seek|any)\b (?:\w+ )?damages\b"
            r"|^\W*(?:and |what about |how about )?(?:the )?(?:damages|compensation|the amount)\W*$"
            r"|^\W*(?:and |so )?what(?:'s| is) the (?:max|maximum|most|limit|cap)\W*$"
            r"|\b(?:is there|(?:can|could|would|do|will) (?:i|we|she|he) get) (?:any )?"
            r"(?:money|compensation)\b",
            re.I,
        ),
        ("utter_part_most",),
        re.compile(r"\bdamages\b", re.I),
    ),
    Part(
        "court",
        re.compile(
            r"\b(?:go|going|have to go|end up|be) (?:to|in) (?:a )?court\b|\bcourt thing\b"
            r"|\bcourtroom\b|\bin front of a judge\b|\bsee a judge\b",
            re.I,
        ),
        ("utter_part_court",),
        re.compile(r"\bonline tribunal\b|\btribunal is online\b|\bSupreme Court\b", re.I),
    ),
    Part(
        "cost",
        re.compile(
            r"\b(?:cost|costs|fee|fees|price|charge|charges|free)\b|\bhow much is it\b", re.I
        ),
        ("utter_part_cost",),
        re.compile(r"\bno fee\b|\badvice is free\b|\bhours of free\b", re.I),
    ),
    # After "cost": "how do i file w the tribunal whats it cost" is one clause (round 17).
    Part(
        "how_file",
        re.compile(
            r"\bhow (?:do|can|would|could|should|does) (?:i|we|you|she|he|one|they) (?:\w+ )?"
            r"(?:file|make a claim|start a claim|put in a claim|bring a claim|submit a claim)\b"
            r"|\bhow to (?:file|make a claim|start a claim)\b|\bwhere (?:do|can) i file\b",
            re.I,
        ),
        ("utter_crt_start",),
        re.compile(r"\bSolution Explorer\b", re.I),
    ),
    Part(
        "how_long",
        re.compile(
            r"\bhow long (?:does|will|would|did|is|till|until|before)\b|\bhow (?:fast|quick|quickly"
            r"|soon)\b|\bwait(?:ing)? (?:time|list)\b",
            re.I,
        ),
        ("utter_part_how_long",),
        re.compile(r"\bup to 1 week\b|\bdoesn't say how long\b", re.I),
    ),
    Part(
        "number",
        re.compile(
            r"\b(?:phone )?(?:number|#)\b|\bhow (?:(?:do|can|could|should) )?i (?:call|reach"
            r"|contact|email)\b|\bhow to (?:call|reach|contact) (?:them|the service|the lawyer)\b"
            r"|\bwho do i (?:call|contact)\b|\bcontact (?:info|details)\b|\bemail address\b",
            re.I,
        ),
        ("utter_part_number",),
        re.compile(r"(?!)"),  # never: the intake phone itself is looked for (`_number_said`)
    ),
    Part(
        "email_form",
        re.compile(
            r"\b(?:email|e-mail|send|fill (?:in|out))\b[^?.!]{0,25}\b(?:form|application)\b"
            r"|\b(?:form|application)\b[^?.!]{0,25}\b(?:email|e-mail)\b",
            re.I,
        ),
        ("utter_part_email_form",),
        re.compile(r"\bapplication for legal services\b", re.I),
    ),
    # Round 25 (parts27, p03 T1): "police or the school first?" is not "do I need a police
    # report first" (that answer is about the free service).
    Part(
        "police_or_school",
        re.compile(
            r"\b(?:police|cops|rcmp)\b[^?.!]{0,30}\b(?:school|principal|teacher)\b[^?.!]{0,20}"
            r"\bfirst\b|\b(?:school|principal|teacher)\b[^?.!]{0,30}\b(?:police|cops|rcmp)\b"
            r"[^?.!]{0,20}\bfirst\b",
            re.I,
        ),
        ("utter_part_police_or_school",),
        re.compile(r"\bwhich to tell first\b", re.I),
    ),
    Part(
        "police_first",
        re.compile(
            r"\b(?:police|cops)\b[^?.!]{0,30}\b(?:first|before)\b"
            r"|\b(?:need|have|got) to (?:report|go|call|tell)\b[^?.!]{0,20}\b(?:police|cops)\b"
            r"|\bpolice report\b[^?.!]{0,30}\b(?:need|needed|required|first)\b"
            r"|\bneed a police report\b",
            re.I,
        ),
        ("utter_part_police_first",),
        re.compile(r"\b(?:don't|do not) need to report to (?:the )?police\b", re.I),
    ),
    Part(
        "age",
        re.compile(
            r"\b(?:lawyer|service|call|advice|help|apply|use it)\b[^?.!]{0,30}\b(?:at (?:\d{1,2}"
            r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)|too young|age limit|how old)\b"
            r"|\b(?:age limit|too young|minimum age)\b",
            re.I,
        ),
        ("utter_part_age",),
        re.compile(r"\bno age limit\b", re.I),
    ),
    # Round 21 (followups22, p06 T3): "I am 67, does that matter? And if I call the police ...":
    # an adult's age asked beside another question (followups22.age_matters_asked).
    Part(
        "age_adult",
        re.compile(
            r"\b(?:i'?m|im|i am|being|at) (?:now )?(?:1[89]|[2-9]\d|1[01]\d)\b[^?.!]{0,40}"
            r"\b(?:matter\w*|make a difference|change anything|a problem|an issue)"
            r"|\b(?:my|the) age\b[^?.!]{0,40}\b(?:matter\w*|make a difference|change anything"
            r"|a problem|an issue)|\b(?:am i|i'?m|im|i am) (?:\w+ )?too old\b",
            re.I,
        ),
        ("utter_age_matters_adult",),
        re.compile(r"\bno age (?:restrictions|limit)\b|\bof any age\b", re.I),
    ),
    Part(
        "duty_to_report",
        re.compile(
            r"\b(?:duty|obligat\w*|obliged|required|legally have|mandatory) to report\b"
            r"|\bmandatory report"
            # Round 21 (p10): "do I have any reporting obligations?"
            r"|\breporting (?:obligations?|dut(?:y|ies)|requirements?|responsibilit\w*)\b",
            re.I,
        ),
        ("utter_duty_to_report",),
        re.compile(r"\bwhat staff must report\b", re.I),
    ),
    # "Is it too late to do anything?" beside another answer (round 21, p26): what the sources
    # say about older sharing. Reporting to police "too late" is answers22's (police years later).
    Part(
        "too_late",
        re.compile(
            r"^(?!.*\b(?:police|cops|rcmp|charges?)\b).*(?:\btoo late\b|\btime limits?\b"
            r"|\bstatute of limitations?\b)",
            re.I,
        ),
        ("utter_old_events",),
        re.compile(r"\bmay not be too late\b|\bMarch 6, 2023\b", re.I),
    ),
    # "is it free? does this apply to men?" (round 22, p23): the gender part, said by the
    # whole-question answer when asked alone (utter_any_gender), beside another answer too.
    Part(
        "any_gender",
        re.compile(
            r"\b(?:apply|applies|work|works|for|cover|covers|help|helps|include|includes|count)"
            r"\b[^?.!]{0,25}\b(?:men|guys|males?|boys|a guy|a man|trans|non-?binary|gay|lgbtq\w*)\b"
            r"|\b(?:men|guys|males?|a guy|a man)\b[^?.!]{0,20}\b(?:too|as well|also|included)\b",
            re.I,
        ),
        ("utter_any_gender",),
        re.compile(r"\bwhatever their gender\b", re.I),
    ),
    # Round 22 (p15 T1-T2): "who qualifies, and is the pilot still running?", "the criteria?
    # residency, income, age?": who qualifies, every criterion the page names (utter_who_qualifies).
    Part(
        "qualifies",
        re.compile(
            r"\bwho (?:qualifies|is eligible|can (?:use|apply|get))\b|\beligib(?:le|ility)\b"
            r"|\bqualif(?:y|ies|ication|ications)\b|\bcriteria\b|\bresidency\b",
            re.I,
        ),
        ("utter_who_qualifies",),
        re.compile(r"\bif you live in British Columbia\b", re.I),
    ),
    # Round 22 (p08 T2): "is it relevant legally that he's her coach?" beside "should I tell
    # her parents": the role's part, the trust rule (service-page.txt).
    Part(
        "trust",
        re.compile(
            rf"\b(?:{_ROLES})\b[^?.!]{{0,40}}\b(?:matter\w*|relevant|change\w* anything"
            r"|make\w* (?:a|any) difference|legally|worse)\b"
            rf"|\b(?:matter\w*|relevant|difference|change anything|legally|worse)\b[^?.!]{{0,40}}"
            rf"\b(?:{_ROLES})\b",
            re.I,
        ),
        ("utter_part_trust",),
        re.compile(r"\btrust or authority\b", re.I),
    ),
    # Round 22 (p10 T2): "and do i confront him": no advice to confront; stop contact, evidence,
    # report (bc-facts.md).
    Part(
        "confront",
        re.compile(r"\bconfront\w*\b|\bface (?:him|her|them)\b", re.I),
        ("utter_part_confront",),
        re.compile(r"\bconfront", re.I),
    ),
    # Round 22 (p21 T1): "should i message him back and tell him off?" beside the main story:
    # don't reply, screenshot, block, report (utter_block_steps, bc-facts.md).
    Part(
        "reply_back",
        re.compile(
            r"\b(?:message|messages|text|dm|write|snap)\b (?:him|her|them|the guy|that guy)"
            r" back\b|\btell (?:him|her|them) off\b|\b(?:reply|respond|answer) (?:to )?"
            r"(?:him|her|them|his messages?)\b",
            re.I,
        ),
        ("utter_block_steps",),
        re.compile(r"\bowe them a reply\b|\bStop replying\b|\bstop all contact\b", re.I),
    ),
    # Round 25-26 (parts27): parts that were dropped or got "You also asked ... doesn't answer":
    # "should I just buy the gift cards?" beside steps without "don't pay" (p09), "they want
    # another thousand" (p04), "can it get deleted" (p22), "still married, does that change
    # anything?" (round 26 p11), paper photographs (round 26 p08), "I want to burn them" (p11),
    # "my husband cannot know" (p05), "can I call the lawyer for her?" (p19), "can she use it
    # without her parents?" (p13), "what do I say to her tonight?" (p03).
    Part(
        "pay",
        re.compile(
            r"\b(?:should|must|can|could|shall) (?:i|we|he|she|they) (?:just |simply )?"
            r"(?:pay(?! for)|buy (?:\w+ ){0,2}(?:gift ?cards?|bitcoin|crypto)"
            r"|send (?:him|her|them) (?:the |any |some )?(?:money|cash)"
            r"|give (?:him|her|them) (?:the |any |some )?(?:money|cash"
            r"|what (?:he|she|they) wants?))\b"
            r"|\b(?:wants?|wanted|asking for|asks for|asked for|demand\w*)\b (?:another|more|an"
            r" extra|even more)\b[^?.!]{0,12}(?:\$|\d|dollars|money|cash|gift|bitcoin)"
            r"|\b(?:wants?|asking for|asks for|demand\w*)\b (?:more )?(?:money|cash|gift ?cards?)"
            r" (?:again|now)\b",
            re.I,
        ),
        ("utter_part_dont_pay",),
        re.compile(r"\bdon'?t pay\b|\bdo not pay\b|\bnot to pay\b", re.I),
    ),
    Part(
        "removal",
        re.compile(
            r"\b(?:it|they|them|this|that|pics?|photos?|pictures?|images?|videos?|nudes?) (?:get|be"
            r"|gets|got) (?:\w+ ){0,3}?(?:deleted|removed|taken down|erased|wiped)\b"
            r"|\bget (?:it|them|this|that|(?:the|her|his|my|those|these) (?:\w+ )?(?:pics?|photos?"
            r"|pictures?|images?|videos?|nudes?)) (?:\w+ ){0,2}?(?:deleted|removed|taken down"
            r"|erased|off)\b",
            re.I,
        ),
        ("utter_part_removal",),
        re.compile(r"\bTake It Down\b|\bStopNCII\b|\bask platforms\b|\border removal\b", re.I),
    ),
    Part(
        "married",
        re.compile(
            r"\bmarried\b[^?.!]{0,40}\b(?:change\w*|matter\w*|difference|allowed|right)\b"
            r"|\b(?:change\w*|matter\w*|difference)\b[^?.!]{0,40}\b(?:married|my (?:husband|wife"
            r"|spouse))\b|\b(?:husband|wife|spouse)\b[^?.!]{0,25}\b(?:allowed|a right|the right)"
            r" to (?:share|show|send|post)\b",
            re.I,
        ),
        ("utter_part_married",),
        re.compile(r"\bmarried\b", re.I),
    ),
    Part(
        "printed",
        re.compile(
            r"\b(?:printed|paper|physical|hard) (?:copies|copy|photos?|photographs?|pictures?"
            r"|pics?|prints?)\b|\bprint-?outs?\b|\bprinted (?:them|it|out)\b",
            re.I,
        ),
        ("utter_printed_copies",),
        re.compile(r"\bPrinted copies count\b|\bprinting\b|\bprints\b", re.I),
    ),
    Part(
        "destroy",
        re.compile(
            r"\b(?:burn|burning|shred|shredding|destroy|destroying|rip up|tear up|throw (?:them|it)"
            r" (?:out|away)) (?:them|it|the (?:printed |paper )?(?:ones|prints|copies"
            r"|photos|pictures))\b"
            # "asking them to get rid of it" about a phone is no print (round 40 p18)
            r"|\bget rid of (?:them|the (?:printed |paper )?(?:ones|prints|copies|photos"
            r"|pictures))\b",
            re.I,
        ),
        ("utter_part_destroy_prints",),
        re.compile(r"\bbefore you (?:destroy|get rid|burn)", re.I),
    ),
    Part(
        "keep_secret",
        re.compile(
            r"\b(?:husband|wife|partner|spouse|boyfriend|girlfriend|family|parents?|mom|dad)\b"
            r" (?:cannot|can't|can not|must not|mustn't|shouldn't|should not|won't|can never)"
            r" (?:\w+ )?(?:know|find out|see|hear)\b"
            r"|\bwithout (?:my |her |his )?(?:husband|wife|partner|spouse|family)"
            r" (?:knowing|finding out)\b"
            # Round 29 (young31, p22 T2): "what can i actually do without him finding out".
            r"|\b(?:do|doing|can i|could i|how|way to|anything)\b[^?.!]{0,30}\bwithout (?:him|her"
            r"|them) (?:ever )?(?:knowing|finding out|seeing|noticing)\b",
            re.I,
        ),
        ("utter_part_keep_private",),
        re.compile(r"\bconfidential\b", re.I),
    ),
    Part(
        "call_for_them",
        re.compile(
            r"\b(?:can|could|may|should) i (?:call|phone|contact|email|ring|talk to)\b[^?.!]{0,30}"
            r"\b(?:(?:for|on behalf of|instead of|in place of) (?:her|him|them|my \w+)"
            r"|on (?:her|his|their) behalf)\b"
            r"|\bbe the one (?:who|to|that) (?:calls?|phones?|contacts?)\b",
            re.I,
        ),
        ("utter_helper_on_call",),
        re.compile(r"\bin (?:their|her|his) place\b|\binstead of (?:them|her|him)\b", re.I),
    ),
    Part(
        "without_parents",
        re.compile(
            r"\b(?:use|call|get|contact|talk to|see|do)\b[^?.!]{0,40}\bwithout (?:her |his |their"
            r" |my |our )?(?:parents?|mom|dad|mum|telling (?:her|his|their|my) parents)\b",
            re.I,
        ),
        ("utter_lawyer_no_parents_helper",),
        re.compile(r"\bdon't need a parent\b|\bwithout telling their parents\b", re.I),
    ),
    # Round 47 p31 T4 (a teacher): "who can she talk to if she won't talk to her parents?" (a
    # young person's helper, `_part_of`): Kids Help Phone, for them. Before "talk_to": one part
    # a sentence, and "what can I tell her about getting it taken down" is the main answer's.
    Part(
        "who_they_talk_to",
        re.compile(
            r"\bwho (?:else )?(?:can|could|should|would) (?:she|he|they|my (?:daughter|son|child"
            r"|kid|sister|brother|student|friend)) (?:\w+ )?(?:talk to|call|turn to|go to"
            r"|reach out to)\b",
            re.I,
        ),
        ("utter_feelings_helped_young",),
        re.compile(r"\bKids Help Phone is there for them\b", re.I),
    ),
    Part(
        "talk_to",
        re.compile(
            r"\bwhat (?:do|should|can|could) i (?:even |possibly )?(?:say|tell) (?:to )?(?:her|him"
            r"|them|my (?:daughter|son|child|kid|sister|brother|friend))\b"
            r"|\bhow (?:do|should|can|could) (?:i|we) (?:talk to|bring (?:this|it) up with"
            r"|approach|comfort) (?:her|him|them|my (?:daughter|son|child|kid|sister|brother"
            r"|friend))\b",
            re.I,
        ),
        ("utter_part_talk_support",),
        re.compile(
            # utter_own_child_talk: a parent's own child who shared is not told "not your fault".
            r"\blisten without blaming\b|\bWhen you talk with them\b|\bTo support them\b"
            r"|\bhow to talk with a young person who shared\b"
            # Said to the writer who is pressured (round 68 p29): not a helper's "them".
            r"|\bYou don't owe him an explanation\b|\bYou don't need perfect words\b"
            r"|\bYou don't need the right words\b",
            re.I,
        ),
    ),
    # Round 47 p07 T4: "should I also report it to Airbnb? and can I get a lawyer ...".
    Part(
        "platform_report",
        re.compile(
            rf"\b(?:should|can|could|do) i (?:also |even )?report (?:it|him|her|them|the (?:host"
            rf"|owner|account|post|profile|user|listing)) (?:to|on) {PLATFORM}\b",
            re.I,
        ),
        ("utter_platform_report",),
        # "report him to the company": plain67's answer on telling work says it (round 70 p29).
        re.compile(r"\breport it to the platform yourself\b|\bto tell the owner or HR\b", re.I),
    ),
    # Session 27 (round 32 p26, p03): Take It Down and a kind of site; a name made public by
    # the tribunal (assistant/limits25.py answers them asked alone).
    Part(
        "take_it_down_sites",
        re.compile(
            r"\b(?:work|works|working) (?:for|with|on) (?:porn|adult|xxx|those|these|other|all)"
            r" (?:\w+ )?(?:sites?|websites?|platforms?)\b|\b(?:work|works) on (?:a|the|that)"
            r" (?:porn|adult) (?:site|website)\b",
            re.I,
        ),
        ("utter_take_it_down_sites",),
        re.compile(r"\bwhich sites work with Take It Down\b", re.I),
    ),
    Part(
        "crt_name_public",
        re.compile(
            r"\b(?:my|her|his|their) (?:full )?(?:name|identity)\b[^?.!]{0,40}\b(?:public"
            r"|published|publish|online|searchable)\b",
            re.I,
        ),
        ("utter_crt_name_public",),
        re.compile(r"\bpublishes names\b", re.I),
    ),
    Part(
        "hours",
        re.compile(
            r"\b(?:your|ur|their|the|its|office|opening) hours\b|\bwhat time\b"
            r"|\bwhen (?:are|r|is) (?:you|u|they|it|the \w+) open\b|\bopen (?:now|today|late)\b",
            re.I,
        ),
        ("utter_hours",),
        re.compile(r"\bhours of its intake line\b", re.I),
    ),
    # Rounds 29-30 (young31): the half of a two-question message that was dropped. "should i
    # tell the school? the principal?" (r29 p03 T2, a parent; never a young writer's: a teacher
    # or counsellor is a safe adult to them, `_part_of`).
    Part(
        "tell_school",
        re.compile(
            r"\b(?:tell|inform|call|contact|talk to|report (?:it |this )?to|involve)\b"
            r" (?:the |her |his |their |my \w+'?s )?(?:school|principal|vice[- ]principal)\b"
            r"|^\W*(?:and |or )?(?:the )?(?:school|principal)\W*$",
            re.I,
        ),
        ("utter_institution_school",),
        re.compile(r"\bwhether to tell the school\b", re.I),
    ),
    # "if i report him will i get fired?" (r29 p08 T2, 17, a manager asking for pictures).
    Part(
        "fired",
        re.compile(
            r"\b(?:will|would|could|can|might) i (?:\w+ )?(?:get fired|be fired|lose (?:my|the)"
            r" job)\b|\b(?:can|could|will|would|might) (?:he|she|they|my \w+) (?:\w+ )?(?:fire me"
            r"|let me go)\b|\b(?:lose|losing) my job\b",
            re.I,
        ),
        ("utter_report_job_worry",),
        re.compile(r"\bwhat happens with your job\b|\bworry about work\b", re.I),
    ),
    # "can i get my money back?? ... also should i just delete my instagram" (r68 p13 T2: the
    # account answered, the money dropped until asked again).
    Part(
        "money_back",
        re.compile(
            r"\b(?:get|getting) (?:the |my |our |that |this )?(?:\w+ )?(?:money|cash|\$ ?\d+"
            r"|\d+(?: dollars| bucks)?) back\b|\b(?:is|was) my money gone\b",
            re.I,
        ),
        ("utter_money_back",),
        # misreads' utter_money_paid_back says it too (round 70 p31: both, one turn).
        re.compile(r"\bmoney back\b|\bcan be got back\b|\bcan be recovered\b", re.I),
    ),
    # "CAN I ALSO GO TO THE COPS OR DO I HAVE TO PICK ONE" (r29 p12 T3, the tribunal answered).
    Part(
        "pick_one",
        re.compile(
            r"\b(?:have to|need to|must|should i|do i) (?:\w+ )?(?:pick|choose) (?:one|between|just"
            r" one)\b|\b(?:can|could) i do both\b|\bor (?:do|must) i (?:pick|choose)\b",
            re.I,
        ),
        ("utter_crt_or_police",),
        re.compile(r"\bdoesn't say you must pick one\b", re.I),
    ),
    # "Nobody has gotten back to me" (r29 p19 T1, an email sent a week ago): told, not asked.
    Part(
        "no_reply",
        re.compile(
            r"\b(?:nobody|no one|no-one|noone) (?:has |have |ever )?(?:\w+ )?(?:gotten|got|gone"
            r"|come|called|written|emailed|replied|responded|answered)(?: me)? back\b"
            r"|\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|never) (?:\w+ )?(?:gotten"
            r"|got|called|written|emailed|replied|responded|answered) (?:me )?back\b"
            r"|\b(?:haven'?t|have not|never|didn'?t|did not) (?:\w+ )?(?:heard back|heard from"
            r" (?:them|anyone|the service)|had (?:a|any) (?:reply|response|answer))\b"
            r"|\bno (?:reply|response|answer) (?:yet|at all|to my email|from them)\b",
            re.I,
        ),
        ("utter_young31_part_no_reply",),
        re.compile(r"\bhaven't heard back\b", re.I),
    ),
    # "I did not know whether anything could be done about such old photographs" (r29 p32 T1,
    # photos from the 1980s, the threat now).
    Part(
        "old_photos",
        re.compile(
            r"\b(?:such|so|very|really) old (?:photographs?|photos?|pictures?|pics?|images?"
            r"|videos?)\b|\b(?:photographs?|photos?|pictures?|pics?|images?|videos?) (?:are |were"
            r" |is |was )?(?:so |very )?old\b|\b(?:photographs?|photos?|pictures?|pics?|images?"
            r"|videos?) (?:taken |from |made )?(?:\w+ )?(?:years|decades) ago\b"
            r"|\b(?:forty|thirty|twenty|fifty|\d0) years ago\b",
            re.I,
        ),
        ("utter_young31_part_old_photos",),
        re.compile(r"\bOld photographs count\b", re.I),
    ),
    # "Can my sister join the lawyer meeting by video?" (r30 p19 T2): who may be there, beside
    # the video answer.
    Part(
        "someone_with_me",
        re.compile(
            r"\b(?:can|could|may|is it ok if|is it okay if) (?:my|a) (?:\w+ )?(?:sister|brother"
            r"|mom|mum|mother|dad|father|friend|partner|husband|wife|aunt|uncle|cousin|support"
            r" (?:worker|person)|worker|counsell?or|advocate|daughter|son)\b[^?.!]{0,12}\b(?:join"
            r"|come|be there|be on|be in|sit in|attend|listen in|be with me)\b",
            re.I,
        ),
        ("utter_support_person",),
        re.compile(r"\b(?:welcome|be) on the call\b|\bon the call if\b", re.I),
    ),
    # "my english is not so good I need translator" beside another answer (round 34 p04 T2):
    # the free interpreter, which the threat answer does not say.
    Part(
        "interpreter",
        re.compile(
            r"\b(?:need|want|have|get|with) (?:a |an )?(?:translator|interpreter)\b"
            r"|\bmy english (?:is )?(?:not|isn'?t|no) (?:so |very |too )?good\b"
            r"|\benglish (?:is )?not my first language\b",
            re.I,
        ),
        ("utter_interpreter_offer",),
        re.compile(r"\binterpret", re.I),
    ),
    # "I need lawyer who speak Farsi please" (r30 p21 T1): the interpreter answered, the
    # contact dropped; said by the number itself (`_number_said`).
    Part(
        "need_lawyer",
        re.compile(
            # A request, not "do I need a lawyer for it" (the tribunal's answer says).
            r"(?<!\bdo )(?<!\bwill )(?<!\bwould )(?<!\bif )(?<!\bdont )(?<!\bdon't )"
            r"\b(?:i|we) (?:need|want|would like|looking for|am looking for) (?:a |to talk to a"
            r" |to speak to a |to see a )?lawyer\b",
            re.I,
        ),
        ("utter_part_number",),
        re.compile(r"(?!)"),
    ),
    # "am i in trouble for sending it? will my parents find out" (r29 p29 T1, 17): a young
    # writer's own trouble, read only with an age under 18 said (`_part_of`).
    Part(
        "young_trouble",
        re.compile(
            r"\b(?:am i|will i|would i|could i|can i|i'?m|im) (?:be |get |gonna be |going to be"
            r" |getting )?(?:in|into) (?:big |any )?trouble\b",
            re.I,
        ),
        ("utter_in_trouble_young",),
        re.compile(r"\bnot in trouble\b", re.I),
    ),
)

# A block that says less when the other one is in the same reply: the platform's removal lines
# name Take It Down and the IIPS, which the young person's removal block says again (round 17,
# p29: "the removal paragraph twice").
SHORTER_BESIDE: dict[str, list[tuple[str, str]]] = {
    "utter_platform_removal": [
        ("utter_removal_young", "utter_platform_off"),  # it names the IIPS too
        ("utter_helper_minor_removal", "utter_platform_removal_short"),
    ],
}

# A block the turn before sent, asked for again: its short form, not the block word for word
# ("ok what number do i call" right after the contact block).
SHORT_AGAIN: dict[str, str] = {
    "utter_contact": "utter_part_number",
    "utter_support_person": "utter_part_support_person",
}


# A part's answer the turn before sent, asked again: a short form (round 22, p15 T2).
PART_AGAIN: dict[str, str] = {"utter_who_qualifies": "utter_part_criteria"}
# Custom actions whose text is not static and that list what the person can do.
GIVES_ROUTES = frozenset({"action_route_finder"})

# Every answer a part can add, for the policy's check that the domain has them.
ANSWERS: dict[str, list[str]] = {f"part_{part.name}": list(part.answer) for part in PARTS} | {
    "part_crt_how_long": ["utter_crt_how_long"],
    "part_not_covered": [PART_NOT_COVERED],
    "part_again": [*SHORT_AGAIN.values(), *PART_AGAIN.values()],
    "part_beside": [short for pairs in SHORTER_BESIDE.values() for _, short in pairs],
}

# Words that show a reply already speaks to a clause's topic (its main answer need not follow).
TOPIC_SAID: dict[str, re.Pattern] = {
    "ask_crt": re.compile(r"\bSolution Explorer\b"),
    "ask_service": re.compile(r"\badvice is free\b|\bhours of free\b"),
    "ask_police": re.compile(r"\bpolice\b"),
    "ask_image_removal": re.compile(r"\bStopNCII\b|\bTake It Down\b|\btaken down\b"),
    # Round 21 (p24): a reply that already says what to do with an image of someone under 18
    # ("don't keep it as evidence", "on deleting it") is not followed by "don't delete messages".
    "ask_evidence": re.compile(r"\bscreenshot|\bdelet(?:e|ing) it\b|\bas evidence\b", re.I),
    "ask_confidentiality": re.compile(r"\bconfidential\b"),
    "ask_what_to_expect": re.compile(r"\bIntake Coordinator\b|\bletter to sign\b"),
    # A reply that already says who may be on the call (round 19, p13: a worker asking to be on
    # a client's call got that, then the "you're welcome" block again in the victim's voice).
    "ask_support_person": re.compile(r"\b(?:welcome|be) on the call\b"),
}

# A clause that really asks, for the not-covered line ("which she had sent him" does not).
_REAL_QUESTION = re.compile(
    r"^(?:(?:and|or|but|also|so|ok|okay|then|plus)[, ]+)*(?:(?:how|what|whats|what's|where|when"
    r"|who|why|which)\s+(?:do|does|did|can|could|will|would|should|is|are|r|am|was|were|has"
    r"|have)\b|(?:can|could|will|would|do|does|did|is|are|am|should|may|must|have|has)\s+(?:i|you"
    r"|u|we|they|he|she|it|the|my|a|there|this|that|someone|anyone)\b)",
    re.I,
)

_REQUEST = re.compile(r"^\s*(?:i need|i want|i wanna|i'd like|give me|tell me)\b", re.I)

_STOP = frozenset(
    "what when where which would could should about with that this there their them they have"
    " does will also just even still your from into then than it's want know like really need"
    " much many some make tell help"
    # Round 26 (parts27, p05 T3): "is there anything here for me?" asks nothing the reply's
    # words must say back.
    " anything something here else".split()
)
# Words for the same thing (stems): "should we tell the girl's parents" is spoken to by a reply
# about "the other young person's family" (round 25, p12 T2).
_SAME_WORD = {"paren": "famil", "delet": "remov", "erase": "remov"}
_WORD = re.compile(r"[a-z']+")


# "I am 67, does that matter?": the clause reader keeps only "does that matter?", so the adult's
# age is read from the whole message (round 21, followups22, p06 T3).
_THAT_MATTERS = re.compile(r"\b(?:does|do|would|will) (?:that|it|this) (?:\w+ )?matter\b", re.I)
_ADULT_SELF = re.compile(r"\b(?:i'?m|im|i am) (?:now )?(?:1[89]|[2-9]\d|1[01]\d)\b", re.I)


# "we're still married tho. does that change anything?": the marriage is told in the message,
# the clause asks only whether it matters (round 26, p11 T2).
_THAT_CHANGES = re.compile(
    r"\b(?:does|do|would|will|could) (?:that|it|this) (?:\w+ )?(?:matter|change anything"
    r"|make (?:a|any) difference)\b",
    re.I,
)
_MARRIED = re.compile(r"\b(?:married|my (?:husband|wife|spouse)|common[- ]law)\b", re.I)
# "She asked me not to tell her parents. Can she use the service without them?" (round 25 p13).
_WITHOUT_THEM = re.compile(
    r"\b(?:use|call|get|contact|talk to|see|do)\b[^?.!]{0,40}\bwithout them\b", re.I
)
_FILING = re.compile(r"\b(?:crt|tribunal|claim|protection order|sue|suing|file|filing)\b", re.I)
_PARENTS = re.compile(r"\b(?:parents?|mom|dad|mum)\b", re.I)
_TAKE_IT_DOWN = re.compile(r"\btake ?it ?down\b", re.I)


_YOUNG_WRITER = re.compile(r"\b(?:i'?m|im|i am) (?:only |just )?(?:1[0-7]|[0-9])\b", re.I)
# Parts read only for a young writer, or never for one.
_YOUNG_ONLY = frozenset({"young_trouble"})
_NOT_YOUNG = frozenset({"tell_school"})


_HAVE_TO_REPORT = re.compile(
    r"\b(?:do|must|should|would) i (?:have|need|got) to report\b"
    r"|\bam i (?:supposed|meant) to report\b",
    re.I,
)
_STAFF_SELF = re.compile(
    r"\bi(?:'m| am|m) (?:a |the |her |his |their )?(?:school )?(?:counsell?or|teacher|principal"
    r"|vice[- ]principal|nurse|social worker|youth worker|coach)\b",
    re.I,
)


def _part_of(clause: str, whole: str) -> Part | None:
    part = next((part for part in PARTS if part.asks.search(clause)), None)
    if part is not None and part.name in _YOUNG_ONLY | _NOT_YOUNG:
        young = bool(_YOUNG_WRITER.search(whole))
        if young != (part.name in _YOUNG_ONLY):
            return None
    if part is None and _THAT_CHANGES.search(clause) and _MARRIED.search(whole):
        if not _ADULT_SELF.search(whole):
            return next(part for part in PARTS if part.name == "married")
    if part is not None and part.name == "file_by_phone" and not _FILING.search(whole):
        return None  # "I'm not good with computers" about something else (round 23, p34)
    if part is not None and part.name == "take_it_down_sites" and not _TAKE_IT_DOWN.search(whole):
        return None  # "does it work on porn sites" about StopNCII: limits25's own answer
    if part is not None and part.name == "crt_name_public" and not _FILING.search(whole):
        return None
    if part is not None and part.name == "who_they_talk_to" and not _PARENTS.search(whole):
        return None  # Kids Help Phone only when the helped person's parents are in it (a child)
    if part is None and _WITHOUT_THEM.search(clause) and _PARENTS.search(whole):
        return next(part for part in PARTS if part.name == "without_parents")
    if part is None and _THAT_MATTERS.search(clause) and _ADULT_SELF.search(whole):
        return next(part for part in PARTS if part.name == "age_adult")
    if part is None and _HAVE_TO_REPORT.search(clause) and _STAFF_SELF.search(whole):
        # Round 29 p09 T1 (roles31): a counsellor's "and do I have to report this?".
        return next(part for part in PARTS if part.name == "duty_to_report")
    return part


def part_answer(clause: str, whole: str) -> list[str] | None:
    """A practical part's answer read from the clause's words (the tribunal's time when the
    message is about the tribunal)."""
    part = _part_of(clause, whole)
    if part is None:
        return None
    if part.name == "how_long" and _TRIBUNAL.search(whole):
        return ["utter_crt_how_long"]
    return list(part.answer)


STEM = 5  # "parents", "parent's" and "parent" are one word here


def words_of(text: str) -> set[str]:
    stems = {w[:STEM] for w in _WORD.findall(text.lower()) if len(w) >= MIN_WORD and w not in _STOP}
    return {_SAME_WORD.get(stem, stem) for stem in stems}


def said_in(clause: str, said: str) -> bool:
    """Whether the reply so far uses any of the clause's own words (then it answers it, or
    the person can see what it says of it)."""
    words = words_of(clause)
    return not words or bool(words & words_of(said)) or _outside_home_said(clause, said)


def _outside_home_said(clause: str, said: str) -> bool:
    """ "can I get that if I'm in Alberta" beside an answer that says what holds outside B.C.
    (round 37 p08: "You also asked ... doesn't answer that part" contradicted it)."""
    if not _OUTSIDE_SAID.search(said):
        return False
    return any(not mention.in_bc for mention in home_reading.place_mentions(clause))


_OUTSIDE_SAID = re.compile(r"\boutside B\.C\.|\bwho live in B\.C\.|\bwho lives in B\.C\.")


# The practical topics whose main answer may follow another's. The legal ones (consent, the
# age rules, images of anyone under 18, crime) are left to their readers, which fit them to who
# is writing: a 14-year-old asking "am i in trouble? is that child porn" gets no s. 163.1 text.
ADDABLE_TOPICS = frozenset(
    {
        "ask_age_limit",
        "ask_approach",
        "ask_confidentiality",
        "ask_crt",
        "ask_details_required",
        "ask_evidence",
        "ask_image_removal",
        "ask_interpreter",
        "ask_police",
        "ask_resources",
        "ask_service",
        "ask_service_dates",
        "ask_support_person",
        "ask_support_services",
        "ask_what_to_expect",
        "ask_who_qualifies",
        "contact_lawyer",
    }
)


def _sure_topic(clause: Mapping) -> str | None:
    intent = clause.get("intent")
    if intent in MAIN_ANSWER and float(clause.get("confidence") or 0.0) >= SURE:
        return intent
    return None


# A topic added beside another answer only with its own words in the clause (who27, round 26
# p18 T4: "or do i have to wait" read as "do I have to give details?").
_ADDED_TOPIC_WORDS: dict[str, re.Pattern] = {
    "ask_details_required": re.compile(
        r"\b(?:details?|tell|say|explain|share|describe|what happened|show|talk about|go into)\b",
        re.IGNORECASE,
    ),
}


def _addable_topic(clause: Mapping) -> str | None:
    """The clause's sure topic when its answer may be added: a practical topic, asked as a
    question ("when we were together he took photos" is told, not asked)."""
    topic = _sure_topic(clause)
    text = str(clause.get("text") or "")
    asked = text.rstrip().endswith("?") or bool(
        _REAL_QUESTION.search(text) or _REQUEST.search(text)
    )
    own_words = _ADDED_TOPIC_WORDS.get(topic or "")
    if own_words is not None and not own_words.search(text):
        return None
    return topic if topic in ADDABLE_TOPICS and asked else None


def _covered(
    clause: Mapping, whole: str, sequence: list[str], said: str, rules_topic: str | None
) -> bool:
    text = str(clause.get("text") or "")
    part = _part_of(text, whole)
    if part is not None:
        answer = part_answer(text, whole) or []
        if part.name == "number" and _number_said(said):
            return True
        return bool(part.said_by.search(said)) or bool(set(answer) & set(sequence))
    topic = _sure_topic(clause)
    if topic is not None:
        if topic == "contact_lawyer" and _number_said(said):
            return True
        said_it = topic in TOPIC_SAID and bool(TOPIC_SAID[topic].search(said))
        return said_it or topic == rules_topic or MAIN_ANSWER[topic][0] in sequence
    return said_in(text, said)


def _read_alone(clause: Mapping, whole: str, said: str = "") -> bool:
    """Whether the clause's own question is known (a practical part or a sure topic). A narrow
    part the reply already says is not (parts27: "can i call for her" beside the answer that
    says so leaves the main answer read from the first part, as before, round 23 p14)."""
    text = str(clause.get("text") or "")
    part = _part_of(text, whole)
    if said and part is not None and part.name in NARROW_PARTS and part.said_by.search(said):
        return False
    return bool(part_answer(text, whole) or _sure_topic(clause))


# Round 29 p10, round 30 p12 (roles31): a parent whose son shared a girl's image asks "What
# happens now? Is he going to be charged?": what happens in the case, not the service's intake
# steps (the main answer says who decides charges). Only with no word of the service.
_CHARGES = re.compile(r"\b(?:charged|charges|arrested|jail|prison|criminal record|in trouble)\b")
_SERVICE_WORDS = re.compile(
    r"\b(?:(?:call(?:ed)?|contact(?:ed)?|email(?:ed)?) (?:you|the service|the line|them)"
    r"|appl(?:y|ied)|service|lawyer|intake|sign|letter|summary)\b"
)


def _situation_what_now(clause: str, whole: str) -> bool:
    lowered = whole.lower()
    return bool(
        re.search(r"\bwhat happens (?:now|next)\b", clause.lower())
        and _CHARGES.search(lowered)
        and not _SERVICE_WORDS.search(lowered)
    )


def added_parts(
    clauses: list[Mapping],
    whole: str,
    sequence: list[str],
    previous: list[str],
    text_of: Callable[[str], str],
    rules_topic: str | None = None,
    most: int = MAX_ADDED,
) -> list[str]:
    """The answers to add after `sequence` for the parts it does not say, in the order asked.
    `text_of` gives a response's text; `rules_topic` is the topic whose rules' answer
    `sequence` is (that clause is answered); `most` answers at most."""
    said = " ".join(text_of(name) for name in sequence)
    if len(clauses) < 2:
        story = _story_part(whole, sequence, said, previous)
        said_all = " ".join([said, *map(text_of, story)])
        narrow = narrow_parts(whole, [*sequence, *story], said_all, previous)
        return [*story, *narrow][:most]
    covered = [_covered(c, whole, sequence, said, rules_topic) for c in clauses]
    if not any(_read_alone(c, whole, said) for c in clauses[1:]) and not (
        # Round 18 (p15): "What are their hours? And if a client is over income, where would
        # you send them?": a practical first part the reply does not say is still asked.
        part_answer(str(clauses[0].get("text") or ""), whole)
    ):
        # No later part known on its own: the main answer was read from the first part.
        covered[0] = True
    added: list[str] = []
    # A reply that says the whole question back ("You asked: ...") has said every part
    # (session 18: the line then found nothing to say and read as a failed action).
    not_covered_said = bool(SAYS_BACK.intersection(sequence))
    for index, (clause, done) in enumerate(zip(clauses, covered, strict=True)):
        if done or len(added) >= most:
            continue
        text = str(clause.get("text") or "")
        answer = part_answer(text, whole)
        topic = None if answer else _addable_topic(clause)
        if topic == "ask_what_to_expect" and _situation_what_now(text, whole):
            continue  # "What happens now? Is he going to be charged?" (roles31): not the intake
        if answer is None and topic is None and _sure_topic(clause):
            continue  # a legal topic: its reader's answer, never added here
        answer = answer or (MAIN_ANSWER[topic] if topic else None)
        if answer:
            answer = plain27.how_long_part(answer, text, previous)
        if answer is None:
            if not_covered_said or not _not_covered(index, text, said, added, text_of, whole):
                continue
            if WHAT_TO_DO_ASKED.search(text.lower()) and GIVES_ROUTES.intersection(sequence):
                continue  # "what can i actually do" beside the list of routes (round 22, p18)
            answer, not_covered_said = [PART_NOT_COVERED], True
        # Asked again right after its answer: its short form (round 22, p15: the criteria).
        answer = [PART_AGAIN.get(a, a) if a in previous else a for a in answer]
        fresh = [a for a in answer if a not in sequence and a not in added and a not in previous]
        added.extend(fresh)
    if len(added) < most:
        # A narrow part named outside the clauses ("the criteria again: where they live, how
        # old?" reads as two clauses without "criteria"): round 22, p15.
        said_all = " ".join([said, *map(text_of, added)])
        added.extend(a for a in _story_part(whole, sequence, said_all, previous) if a not in added)
    if len(added) < most:
        said_all = " ".join([said, *map(text_of, added)])
        narrow = narrow_parts(whole, [*sequence, *added], said_all, previous)
        added.extend(narrow[: most - len(added)])
    return added


# Parts asked beside a story in a one-question message ("a guy keeps messaging my sister for
# pics, shes 12. should i message him back and tell him off?"): the story's reader answers the
# story, the question was dropped (round 22, p21 T1). Only these, whose words are narrow.
STORY_PARTS = frozenset({"reply_back", "confront", "trust", "qualifies"})
# "qualifies" alone only for the criteria named ("the criteria again: where they live, how old?").
_CRITERIA = re.compile(r"\b(?:criteria|residency|eligibility)\b", re.I)
_SENTENCE = re.compile(r"[^?.!]+(?:\?|$)")


def _story_part(whole: str, sequence: list[str], said: str, previous: list[str]) -> list[str]:
    """A narrow part asked in the message's question sentence when it has only one."""
    for question in _SENTENCE.findall(whole):
        part = _part_of(question, whole)
        if part is None or part.name not in STORY_PARTS or part.said_by.search(said):
            continue
        if part.name == "qualifies" and not _CRITERIA.search(question):
            continue
        answer = [PART_AGAIN.get(a, a) if a in previous else a for a in part.answer]
        return [a for a in answer if a not in sequence and a not in previous]
    return []


# Round 25-26 (parts27): parts whose words are narrow, read from every sentence of the message
# (a question, or a told worry: "and my husband cannot know", "i want to burn them", "now they
# want another thousand"), beside any answer that does not say them yet (round 25 p04 T1, p05 T2,
# p11 T2, p13 T2, p19 T1; round 26 p08 T1, p11 T2).
NARROW_PARTS = frozenset(
    {
        "pay",
        "removal",
        "married",
        "printed",
        "destroy",
        "keep_secret",
        "call_for_them",
        "without_parents",
        "talk_to",
        "who_they_talk_to",
        "platform_report",
        "file_by_phone",
        "how_file",
        "police_or_school",
        # Rounds 29-30 (young31): narrow words, read beside any answer.
        "tell_school",
        "fired",
        "money_back",
        "pick_one",
        "no_reply",
        "old_photos",
        "someone_with_me",
        "need_lawyer",
        "young_trouble",
        # Rounds 33-34 (plain34).
        "interpreter",
    }
)
_ANY_SENTENCE = re.compile(r"[^?.!;]+")


def asked_parts(whole: str) -> list[Part]:
    """The part each sentence of the message asks or tells, in order (narrow_parts, stock27)."""
    found = (_part_of(sentence, whole) for sentence in _ANY_SENTENCE.findall(whole))
    return [part for part in found if part is not None]


def narrow_parts(
    whole: str,
    sequence: list[str],
    said: str,
    previous: list[str],
    limit: int = MAX_ADDED,
) -> list[str]:
    """The answers of the narrow parts the message asks or tells and the reply does not say."""
    added: list[str] = []
    for part in asked_parts(whole):
        if len(added) >= limit:
            break
        if part.name not in NARROW_PARTS or part.said_by.search(said):
            continue
        if part.name == "need_lawyer" and _number_said(said):
            continue  # the intake line is already in the reply
        added.extend(
            a for a in part.answer if a not in sequence and a not in previous and a not in added
        )
    return added[:limit]


def with_narrow_parts(
    sequence: list[str],
    whole: str,
    previous: list[str],
    text_of: Callable[[str], str],
) -> list[str]:
    """A reader's sequence with the narrow parts it does not say (follow_up_readers.py)."""
    said = " ".join(text_of(name) for name in sequence)
    return once_each([*sequence, *narrow_parts(whole, sequence, said, previous)], text_of)


def _not_covered(
    index: int,
    text: str,
    said: str,
    added: list[str],
    text_of: Callable[[str], str],
    whole: str = "",
) -> bool:
    """Whether a later clause that really asks got nothing the reply says (the first clause is
    the one the main answer was read from), and is a question of its own."""
    if index == 0 or not _REAL_QUESTION.search(text) or not own_question(text, whole):
        return False
    reply = " ".join([said, *map(text_of, added)])
    if WHAT_TO_DO_ASKED.search(text.lower()) and _STEPS_GIVEN.search(reply.lower()):
        return False  # "what should I do as his father" beside an answer that gives the steps
    if _PAY_ASKED.search(text.lower()) and _PAY_ANSWERED.search(reply.lower()):
        return False  # "should we pay so it stops?" beside "Don't pay" (round 24 p30, who25)
    if _WHERE_TO_TURN.search(text) and _CONTACT_GIVEN.search(reply):
        return False  # "where can I refer her" beside a reply that names who to call (round 22)
    if _LAWYER_DOUBTED.search(reply):
        # Round 25 (p12 T2): "the free lawyer can" right after "my information doesn't say it
        # advises a young person who shared one" sends the parent to the wrong place.
        return False
    return not said_in(text, reply)


# Round 21 (p12): "what should I do as his father?" is answered by a reply that says what to do;
# its role word ("father") is not said back, so the word test alone read it as not covered.
WHAT_TO_DO_ASKED = re.compile(
    r"^\W*(?:and |so |but |ok |okay )?(?:what|wat)(?: else)? (?:should|do|can|must|shall) (?:i|we)"
    # Round 22 (p18 T5): "what can i actually do" beside the list of routes.
    r" (?:even |now |actually |really |possibly |else |be )?do(?:ing)?"
    r"(?: now| first| next)?(?: about (?:it|this|that|him|her))?"
    r"(?: (?:as|for) (?:his|her|their|a|the|my) \w+| as (?:his |her |their )?parents)?\W*$"
)
_PAY_ASKED = re.compile(r"\b(?:should|do|must|can) (?:i|we|he|she|they) (?:just )?pay\b")
_PAY_ANSWERED = re.compile(r"\bdon'?t pay\b|\bdo not pay\b")
# Round 22 (p08 T1): "where can I refer her?" beside a reply that names Cybertip.ca, the police
# and Kids Help Phone with their numbers read as not covered ("refer" is not said back), and the
# reply contradicted itself. A where/who-to-turn-to question is answered by a reply with contacts.
_WHERE_TO_TURN = re.compile(
    r"\b(?:where|who|which \w+)\b[^?.!]{0,25}\b(?:refer|send|point|turn|go|get help|get support"
    r"|call|contact|reach|report|talk)\b|\bwho (?:can|could|should) (?:help|support)\b",
    re.I,
)
_LAWYER_DOUBTED = re.compile(
    r"\bdoesn't say (?:if |whether )?it advises\b|\bmay not (?:be able to )?advise\b", re.I
)
_CONTACT_GIVEN = re.compile(r"\b\d{3}-\d{3}-\d{4}\b|\b\d{3}-\d{4}\b|\b[\w-]+\.(?:ca|org)\b")
_STEPS_GIVEN = re.compile(
    r"\b(?:must not|don'?t|do not|never|ask a lawyer|a lawyer can tell you|report it|call|tell a"
    r" safe adult|you can)\b"
)


# Round 18 (session 18): "can i be the one to report or does he have to do it himself" is one
# question with two options, "which of these would he NOT find out about" one question cut in
# two, "what are the chances" the same question again: none gets "You also asked". A part of its
# own starts after a sentence's end, a comma, "and" or "also", and has five words or more.
_OWN_START = re.compile(r"(?:[?.!;,]|\band|\balso|\bplus)$")
_MIN_WORDS = 5


def own_question(text: str, whole: str) -> bool:
    """Whether the clause `text` is a question of its own in the message `whole`."""
    if len(re.findall(r"[a-z']+", text.lower())) < _MIN_WORDS:
        return False
    at = whole.lower().find(text.lower().rstrip("?!. "))
    if at <= 0:
        return not whole
    return bool(_OWN_START.search(whole[:at].rstrip().lower()))


def shorter_beside(sequence: list[str]) -> list[str]:
    """A block that another in the same reply says again, shortened (after the turn before's
    blocks are left out, so the other is really sent)."""
    shortened = []
    for name in sequence:
        beside = (short for other, short in SHORTER_BESIDE.get(name, []) if other in sequence)
        shortened.append(next(beside, name))
    return shortened


def once_each(sequence: list[str], text_of: Callable[[str], str] = lambda name: "") -> list[str]:
    """Each response once in a reply: a name or a text sent before in it is left out (two parts
    that map to the same answer send it once)."""
    kept: list[str] = []
    texts: set[str] = set()
    for name in sequence:
        text = text_of(name)
        if name in kept or (text and text in texts):
            continue
        kept.append(name)
        texts.add(text)
    return kept


def with_every_part(
    sequence: list[str] | None,
    kind: str | None,
    intent: str | None,
    parse_data: Mapping | None,
    previous: list[str],
    text_of: Callable[[str], str],
) -> list[str] | None:
    """The reply's sequence with each other part's answer; for a message the rules answer
    (`sequence` None, no kind), the rules' answer with them, or only its new part when the turn
    before sent its first block. None leaves the reply to the rules."""
    data = parse_data or {}
    clauses = list(data.get("clauses") or [])
    whole = str(data.get("text") or "")
    if sequence is None and kind is None and intent in FALLBACK_INTENTS:
        return _parts_alone(clauses, whole, previous) or None
    story = sequence is None and kind is None and intent in STORY_RULE_ANSWER
    rules_topic = intent if sequence is None and kind is None and intent in RULE_ANSWER else None
    base = sequence if sequence is not None else RULE_ANSWER.get(rules_topic or "")
    if story:
        base, rules_topic = STORY_RULE_ANSWER[str(intent)], str(intent)
    if not base:
        return sequence
    # A story's rules answer answers none of the questions: each of three gets its own line.
    most = MAX_ADDED + 1 if story else MAX_ADDED
    added = added_parts(clauses, whole, base, previous, text_of, rules_topic, most)
    if story:  # a story's rules answer gets the practical parts asked, never the "also asked" line
        added = [a for a in added if a != PART_NOT_COVERED]
    if sequence is not None:
        return once_each([*sequence, *added], text_of)
    # A block the turn before sent is not sent again word for word: its short form, or left out.
    new = [SHORT_AGAIN.get(a, "") if a in previous else a for a in base]
    new = [a for a in new if a]
    if not added and (new == base or not new):
        return None  # the rules' answer as it is (all new, or the same question asked again)
    return once_each([*new, *added], text_of)


# Round 26 (parts27, p22 T1): "A woman posted photos of me. What is the most I could be
# awarded, how do I file, and does it cost anything?" got the story's rules answer alone. The
# story's rules answer (data/rules/eligibility.yml), with the practical parts asked.
STORY_RULE_ANSWER: dict[str, list[str]] = {"inform_shared": ["action_shared_next"]}
# Round 26 (p22 T3): "And the amount? What is the maximum? ... can I file by telephone?" fell to
# "Sorry, I can't help with that": a message of two or more practical parts that the classifier
# could not place gets those parts' answers.
FALLBACK_INTENTS = frozenset({"out_of_scope", "nlu_fallback"})


def _parts_alone(clauses: list[Mapping], whole: str, previous: list[str]) -> list[str]:
    """Each practical part's answer when every question clause (two or more) is one."""
    asked = [str(c.get("text") or "") for c in clauses]
    asked = [text for text in asked if _REAL_QUESTION.search(text) or text.rstrip().endswith("?")]
    if len(asked) < 2:
        return []
    answers = [part_answer(text, whole) for text in asked]
    if not all(answers):
        return []
    out: list[str] = []
    for answer in answers:
        out.extend(a for a in answer or [] if a not in out)
    fresh = [a for a in out if a not in previous]
    return fresh[: MAX_ADDED + 1]


def uncovered_clause(parse_data: Mapping | None, said: str) -> str | None:
    """The first question clause the reply so far (`said`) does not speak to and that no part or
    sure topic answers: what the not-covered line says back."""
    data = parse_data or {}
    whole = str(data.get("text") or "")
    for clause in list(data.get("clauses") or [])[1:]:
        text = str(clause.get("text") or "")
        if _read_alone(clause, whole) or not _REAL_QUESTION.search(text):
            continue
        if not said_in(text, said):
            return text
    return None


def _number_said(said: str) -> bool:
    """Whether the reply already gives the intake phone (content/contacts.yml)."""
    return str(value("contacts.intake_phone")) in said
