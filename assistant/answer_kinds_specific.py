"""Specific follow-ups that got a neighbouring stock answer (issue 16, simulated users round 4,
kinds 2 and 7): each gets its own answer from the sources, or an honest "the information I
have doesn't say" with who can tell.

- Is secretly filming me a crime on its own (voyeurism, s. 162, even if nothing was shared).
- What is Cybertip.ca, is it the police (run by the Canadian Centre for Child Protection).
- Does showing it on his phone count as sharing (not online only; the sources don't say more).
- Take the printed copies down or leave them for police (the sources don't say; keep a record).
- I reported it to the site and nothing happened (the IIPS, a CRT order, the removal tools).
- How does StopNCII work, do I upload the pictures (only a hash leaves the device).
- How long does the tribunal take (the sources are silent).
- Will the lawyer represent me or go to court (brief advice, up to 3 hours; nothing more said).
- Is that child porn (the under-18 rule, s. 163.1; the young person in it is not in trouble).
- Does Take It Down work outside the U.S. (the sources are silent).
- Can I get a lawyer, do I need my parents (no age restrictions; a trusted adult is optional).
- What does the bot tell someone in danger (a staff tester's question: the danger answer).

Plain Python, no training examples: assistant.answer_kinds calls `specific_kind` before the
practical kinds, and the InterruptPolicy answers each mark with the static responses of
domain/specific_answers.yml (`ANSWERS`).
"""

from __future__ import annotations

import re

VOYEURISM = "voyeurism_alone"
WHAT_IS_CYBERTIP = "what_is_cybertip"
SHOWING_COUNTS = "showing_counts"
PHYSICAL_EVIDENCE = "physical_copies_evidence"
SITE_IGNORED = "site_ignored_report"
STOPNCII_HOW = "stopncii_how"
CRT_HOW_LONG = "crt_how_long"
LAWYER_REPRESENT = "lawyer_represent"
UNDER_18_IMAGE = "under_18_image_law"
TAKE_IT_DOWN_SCOPE = "take_it_down_scope"
LAWYER_NO_PARENTS = "lawyer_no_parents"
DANGER_DESCRIBED = "danger_described"

# Kind -> the static responses that answer it, in order (the InterruptPolicy's table).
ANSWERS: dict[str, list[str]] = {
    VOYEURISM: ["utter_voyeurism_alone"],
    WHAT_IS_CYBERTIP: ["utter_what_is_cybertip"],
    SHOWING_COUNTS: ["utter_showing_counts"],
    PHYSICAL_EVIDENCE: ["utter_physical_copies_evidence"],
    SITE_IGNORED: ["utter_site_ignored_report"],
    STOPNCII_HOW: ["utter_stopncii_how"],
    CRT_HOW_LONG: ["utter_crt_how_long"],
    LAWYER_REPRESENT: ["utter_lawyer_represent"],
    UNDER_18_IMAGE: ["utter_under_18_image_law"],
    TAKE_IT_DOWN_SCOPE: ["utter_take_it_down_scope"],
    LAWYER_NO_PARENTS: ["utter_lawyer_no_parents"],
    DANGER_DESCRIBED: ["utter_danger_described"],
}
SPECIFIC_KINDS = tuple(ANSWERS)

_CRIME = r"(?:crime|criminal|illegal|against the law|an offen[cs]e|legal|allowed|voyeurism)"
# Taking or recording in secret: "filming me secretly", "recorded me without me knowing".
_SECRET_TAKING = re.compile(
    r"\b(?:film\w*|record\w*|video\w*|tap(?:e|ed|ing)|photograph\w*|tak(?:e|es|ing)|took"
    r"|camera|cam|pics?|pictures?|photos?)\b[^.!?]{0,40}"
    r"\b(?:secret\w*|without (?:me |my )?(?:knowing|knowledge|consent|permission|noticing)"
    r"|hidden|behind my back)\b"
    r"|\b(?:secret(?:ly)?|hidden)\b[^.!?]{0,20}\b(?:film\w*|record\w*|video\w*|camera|cam"
    r"|tap(?:e|ed|ing)|photograph\w*|took|tak(?:e|ing))\b"
)
_CRIME_Q = re.compile(rf"\b{_CRIME}\b")

_CYBERTIP = r"(?:cyber ?tip(?:\.ca| ca)?|cybertip\w*|need ?help ?now(?:\.ca)?)"
_WHAT_IS_CYBERTIP = re.compile(
    rf"\b(?:what|who)(?:'s| is| are| exactly is|s) {_CYBERTIP}"
    rf"|\b(?:what|who) (?:exactly )?(?:is|are|runs|run) (?:this |that |the )?{_CYBERTIP}"
    rf"|\bis {_CYBERTIP} (?:\w+ )?(?:the )?(?:police|cops|rcmp|government|legit|real|safe"
    rf"|a (?:real|government|police)\b)"
    rf"|\b{_CYBERTIP}\b[^.!?]{{0,30}}\b(?:the police|the cops|police\?|run by|who runs)"
    rf"|\bnever heard of {_CYBERTIP}"
)


def asks_what_cybertip(cleaned: str) -> bool:
    """ "What is Cybertip? Is it the police?" (lowercased text)."""
    return bool(_WHAT_IS_CYBERTIP.search(cleaned))


_SHOWN = re.compile(
    r"\b(?:show(?:s|ed|ing|n)?|flash(?:ed|ing)?|pass(?:ed|ing)? (?:his|her|their|the) phone"
    r"|let (?:\w+ ){0,2}(?:see|look))\b"
)
_SHOWN_HOW = re.compile(
    r"\b(?:on (?:his|her|their|a|the) (?:phone|screen|laptop|computer|tablet|ipad)|phone|screen"
    r"|in person|around|friends|people|(?:his|her|their) (?:buddies|mates|crew|team))\b"
)
_COUNTS = re.compile(
    r"\b(?:count|counts|counted|considered|same as|still|mean)\b[^.!?]{0,25}"
    r"\b(?:shar\w*|distribut\w*|spread\w*)\b"
    r"|\b(?:is|was) (?:that|this|it) (?:\w+ )?(?:sharing|shared|distribut\w*)\b"
    r"|\b(?:does|would|did) (?:that|this|it|showing \w+) (?:\w+ )?count\b"
)

# Papers, posters or printed copies, and whether to take them down or leave them.
_PAPERS = re.compile(
    r"\b(?:print\w*|papers?|posters?|flyers?|fliers?|copies|copy|pages?|sheets?|mailbox\w*"
    r"|photocop\w+|envelopes?|notes?)\b"
)
_TAKE_OR_LEAVE = re.compile(
    r"\b(?:take|pull|rip|tear|remove|collect|gather|grab|throw|pick)\w*\b[^.!?]{0,50}"
    r"\b(?:or (?:just )?leave|leave (?:them|it)|for (?:the )?(?:police|cops)|as evidence"
    r"|evidence)\b"
    r"|\bleave (?:them|it|the \w+)\b[^.!?]{0,30}\b(?:for (?:the )?(?:police|cops)|evidence"
    r"|where they are|up)\b"
    r"|\b(?:take|pull|rip|tear)\w* (?:them|those|these) (?:down|off|out)\b[^.!?]{0,10}\bor\b"
    r"[^.!?]{0,10}\bleave (?:them|those|these) (?:up|there)\b"
    r"|\b(?:should|can|do) i (?:\w+ ){0,2}(?:take|pull|rip|tear|remove|collect|throw)\w*"
    r" (?:them|it|those|these|the \w+) (?:down|out|away)\b"
)

_SITE = (
    r"(?:site|website|platform|app|instagram|insta|snapchat|snap|tiktok|facebook|fb|reddit"
    r"|twitter|x|discord|onlyfans|pornhub|telegram|whatsapp|google|moderators?|admins?"
    r"|the company|support)"
)
_REPORTED_SITE = re.compile(
    rf"\b(?:reported|flagged|told|contacted|emailed|messaged|asked|complained to|wrote to)"
    rf" (?:it |this |them |him |the (?:post|account|video|pic\w*|image\w*) )?(?:to )?"
    rf"(?:the |them |\w+ )?{_SITE}\b[^.!?]{{0,60}}"
    rf"\b(?:nothing|no (?:one|response|reply|answer)|ignor\w*|never (?:did|do|does|got back"
    rf"|replied|responded|answered|removed|took|deleted)|did(?:n'?t| not) (?:do|remove"
    rf"|take|reply|respond|answer|help)|won'?t|still (?:up|there|online)|refus\w*|hasn'?t"
    rf"|haven'?t)\b"
    rf"|\b{_SITE}\b[^.!?]{{0,30}}\b(?:ignor\w*|won'?t (?:remove|take|delete|do|help)"
    rf"|refus\w* to|did(?:n'?t| not) (?:do anything|remove|take|delete|respond|reply|help))"
    rf"[^.!?]{{0,30}}\b(?:report\w*|request\w*|it|them|down)\b"
)

_STOPNCII = r"(?:stop ?ncii(?:\.org)?|stop n c i i)"
_STOPNCII_HOW = re.compile(
    rf"\b{_STOPNCII}\b[^.!?]{{0,60}}\b(?:how|work\w*|upload\w*|send\w*|see\w*|look\w*|safe"
    rf"|give|share|private|store\w*|keep\w*)\b"
    rf"|\b(?:how|does|do|will|would)\b[^.!?]{{0,40}}\b{_STOPNCII}\b"
    rf"|\b(?:upload|send|give|share)\w* (?:my|her|his|the|our|their) (?:\w+ )?(?:pics?|pictures?"
    rf"|photos?|images?|nudes?|videos?) to (?:them|it|that site|the site|{_STOPNCII})\b"
)

_CRT = r"(?:crt|tribunal|civil resolution|protection order|the claim|a claim|my claim|the order)"
_CRT_HOW_LONG = re.compile(
    rf"\bhow (?:long|quick\w*|fast|soon)\b[^.!?]{{0,40}}\b{_CRT}"
    rf"|\b{_CRT}\b[^.!?]{{0,40}}\b(?:how long|take long|takes? (?:weeks|months|days|ages)"
    rf"|wait times?|waiting time)\b"
    rf"|\bwhen (?:will|would|do|does) (?:i|we) (?:get|hear)\b[^.!?]{{0,30}}\b{_CRT}"
)

_LAWYER = r"(?:lawyer|they|he|she|the service|the free lawyer|you guys|them)"
_LAWYER_REPRESENT = re.compile(
    rf"\b(?:go|come|appear|be|stand) (?:\w+ )?(?:to|in|at) (?:the )?(?:court|tribunal|hearing"
    rf"|trial|crt)\b[^.!?]{{0,20}}\b(?:with|for) (?:me|us|her|him)\b"
    rf"|\brepresent\w* (?:me|us|her|him|them|my)\b"
    rf"|\b(?:just|only) (?:advi[cs]e|give (?:me )?advice|talk|tell me my (?:options|rights))\b"
    rf"|\b(?:lawyer|they) (?:\w+ )?(?:take|handle|run) (?:on )?(?:my|the|her|his) (?:case|claim"
    rf"|court case)\b"
    rf"|\b(?:act|speak|argue) for (?:me|us) (?:in|at) (?:court|the tribunal|the hearing)\b"
    rf"|\bwill (?:the |a )?{_LAWYER} (?:\w+ )?(?:be my lawyer|fight)\b"
)


def asks_representation(cleaned: str) -> bool:
    """ "will the lawyer handle the claim or just give advice?" (a half other readers join)."""
    return bool(_LAWYER_REPRESENT.search(cleaned))


_CSAM_WORDS = re.compile(
    r"\b(?:child|kiddie|kiddy|underage|under-?age|teen|minor) ?(?:porn\w*|pornography)\b"
    r"|\bcsam\b|\bchild (?:sexual )?abuse (?:material|images?)\b"
)
_QUESTION = re.compile(
    r"\?|\b(?:is|was|does|would|count|counts|considered|mean|called|technically)\b"
)

_TID = r"(?:take ?it ?down|takeitdown(?:\.ncmec\.org)?|ncmec)"
_TID_SCOPE = re.compile(
    rf"\b{_TID}\b[^.!?]{{0,60}}\b(?:non[- ]?(?:us|u\.s\.|american)|outside (?:of )?(?:the )?"
    rf"(?:us|u\.s\.|usa|states|america)|other countr\w+|international\w*|foreign|canad\w*"
    rf"|every (?:site|app|platform|website)|all (?:sites|apps|platforms|websites)|any (?:site"
    rf"|app|platform|website)|which (?:sites|apps|platforms|websites)|what (?:sites|apps"
    rf"|platforms|websites)|worldwide|global\w*|everywhere)"
    rf"|\b(?:non[- ]?(?:us|u\.s\.|american)|foreign|canadian) (?:sites?|websites?|apps?"
    rf"|platforms?)\b[^.!?]{{0,40}}\b{_TID}\b"
    rf"|\b(?:which|what) (?:sites|apps|platforms|websites)\b[^.!?]{{0,30}}\b{_TID}\b"
    rf"|\b(?:is|does) {_TID} (?:only )?(?:for|in|work in) (?:the )?(?:us|u\.s\.|usa|states"
    rf"|america|canada)\b"
)
# "can they make him take it down everywhere", "will they take it down": someone removing it,
# not the Take It Down tool (session 21; ages21's _MAKE_TAKE_DOWN, now used here).
_TAKE_DOWN_AS_VERB = re.compile(
    r"\b((?:him|her|them|they|he|she|someone|somebody|people|everyone|we|you|i|u|to|will|can"
    r"|could|would|should|they'?ll|he'?ll|she'?ll)\s+)take\s+it\s+down\b(?!\s+(?:remove|work|help|cover|delete|get|do|handle"
    r"|apply|only|take|stop|find|search|find|reach))"
)


def _tool_scope_asked(cleaned: str) -> bool:
    return bool(_TID_SCOPE.search(_TAKE_DOWN_AS_VERB.sub(r"\1remove it", cleaned)))


_PARENTS = r"(?:parents?|mom|mum|dad|mother|father|guardians?|family|an adult|a grown ?up)"
_NEED_PARENTS = re.compile(
    rf"\b(?:do|would|will|does|did) (?:i|we|she|he|you|they) (?:\w+ )?(?:need|have to (?:have"
    rf"|get|ask|tell|bring)|need to (?:have|get|ask|tell|bring))"
    rf" (?:my |your |her |his |their |a )?{_PARENTS}\b"
    rf"|\b(?:need|have to get|need to get|require\w*) (?:my |a |your )?{_PARENTS}'?s?"
    rf" (?:permission|consent|ok|okay|approval|signature)\b"
    rf"|\b(?:would|will|do|does|must) (?:my |your )?{_PARENTS} (?:\w+ )?(?:have to|need to|must)"
    rf" (?:be there|be on|come|know|sign|agree|say yes|give)\b"
    rf"|\bwithout (?:my |your )?{_PARENTS}\b[^.!?]{{0,20}}\b(?:lawyer|legal|service|advice|help)"
    rf"|\b(?:lawyer|legal advice|the service|advice)\b[^.!?]{{0,40}}\bwithout (?:my |your )?"
    rf"{_PARENTS}\b"
)
# "can I get a lawyer too?", "can a 15 year old get legal advice": the lawyer is asked for.
_LAWYER_ASKED = re.compile(
    r"\b(?:lawyer|legal advice|legal help|the service|advice)\b|\b(?:apply|sign up)\b"
)

# A staff tester's third-person question about danger: "what does the bot tell a user who is
# in danger", "what should a user do if they are in immediate danger".
_BOT = r"(?:the bot|this bot|the assistant|the chatbot|the chat|it|you)"
_USER = r"(?:a user|the user|users|someone|somebody|a person|the person|people|a client|they)"
_DANGER_DESCRIBED = re.compile(
    rf"\bwhat (?:does|do|would|will|should) {_BOT} (?:\w+ )?(?:tell|say to|say|do for|do with"
    rf"|do when|do if|answer|reply|respond|show|give)\b[^.!?]{{0,40}}\b(?:danger|emergency"
    rf"|crisis|unsafe|suicid\w*)\b"
    rf"|\b(?:if|when) {_USER} (?:\w+ ){{0,3}}(?:is|are|says?|writes?|types?|tells? (?:it|you))"
    rf" (?:\w+ ){{0,3}}(?:in (?:immediate )?danger|unsafe|in crisis|an emergency)\b[^.!?]{{0,40}}"
    rf"\bwhat (?:does|do|would|will|should) (?:{_BOT}|{_USER})\b"
    rf"|\bwhat (?:should|do|does|would|can) {_USER} (?:\w+ ){{0,2}}do\b[^.!?]{{0,20}}"
    rf"\b(?:if|when) (?:they|he|she|someone|the user|a user)(?:'re| are| is)? "
    rf"(?:\w+ ){{0,2}}(?:in (?:immediate )?danger|unsafe|in crisis)\b"
    rf"|\bhow (?:does|do|would|will) {_BOT} (?:\w+ )?(?:handle|deal with|respond to|treat)"
    rf"[^.!?]{{0,30}}\b(?:danger|emergenc\w+|crisis|suicid\w*|unsafe)\b"
)


def _voyeurism(cleaned: str) -> bool:
    return bool(_SECRET_TAKING.search(cleaned) and _CRIME_Q.search(cleaned))


# Own images shown in person, told without a question on whether it counts ("my ex showed my
# nudes to his buddies on his phone"): the same answer (printed copies count; showing is not
# spelled out), never the online routes alone (issue 16, helper h12a).
_SHOWN_IN_PERSON = re.compile(
    r"\bshow(?:s|ed|ing|n)? (?:\w+ ){0,7}(?:on|from) (?:his|her|their|the|a) (?:phone|cell"
    r"|screen|laptop|tablet|ipad|computer)\b|\bshow(?:s|ed|ing|n)? (?:\w+ ){0,5}in person\b"
)
_OWN_IMAGES = re.compile(
    r"\bmy (?:\w+ )?(?:pics?|pictures?|photos?|photographs?|nudes?|images?|videos?|vids?)\b"
    r"|\b(?:pics?|pictures?|photos?|photographs?|nudes?|images?|videos?|vids?) of me\b"
)
_ONLINE = re.compile(
    r"\b(?:online|internet|posted|uploaded|facebook|instagram|snapchat|snap|tiktok|reddit"
    r"|twitter|website|group ?chat|whatsapp|discord|sent|texted|forwarded)\b"
)


def _showing_counts(cleaned: str) -> bool:
    if _SHOWN.search(cleaned) and _SHOWN_HOW.search(cleaned) and _COUNTS.search(cleaned):
        return True
    return bool(
        _SHOWN_IN_PERSON.search(cleaned)
        and _OWN_IMAGES.search(cleaned)
        and not _ONLINE.search(cleaned)
    )


# "rip them down or leave them up": physical copies, whatever they are called.
_DOWN_OR_UP = re.compile(r"\bdown or leave (?:them|those|these) (?:up|there)\b")


def _physical_evidence(cleaned: str) -> bool:
    if _DOWN_OR_UP.search(cleaned):
        return True
    return bool(_PAPERS.search(cleaned) and _TAKE_OR_LEAVE.search(cleaned))


def _under_18_image(cleaned: str) -> bool:
    return bool(_CSAM_WORDS.search(cleaned) and _QUESTION.search(cleaned))


def _lawyer_no_parents(cleaned: str) -> bool:
    return bool(_NEED_PARENTS.search(cleaned) and _LAWYER_ASKED.search(cleaned))


# Order matters: the first kind that fits wins.
_READERS = (
    (DANGER_DESCRIBED, lambda c: bool(_DANGER_DESCRIBED.search(c))),
    (LAWYER_NO_PARENTS, _lawyer_no_parents),
    (WHAT_IS_CYBERTIP, lambda c: bool(_WHAT_IS_CYBERTIP.search(c))),
    (STOPNCII_HOW, lambda c: bool(_STOPNCII_HOW.search(c))),
    (TAKE_IT_DOWN_SCOPE, _tool_scope_asked),
    (UNDER_18_IMAGE, _under_18_image),
    (VOYEURISM, _voyeurism),
    (PHYSICAL_EVIDENCE, _physical_evidence),
    (SHOWING_COUNTS, _showing_counts),
    (SITE_IGNORED, lambda c: bool(_REPORTED_SITE.search(c))),
    (CRT_HOW_LONG, lambda c: bool(_CRT_HOW_LONG.search(c))),
    (LAWYER_REPRESENT, lambda c: bool(_LAWYER_REPRESENT.search(c))),
)


# Intents whose own answer already fits the kind: the topic's answer stays.
_TOPIC_KEEPS = {UNDER_18_IMAGE: "ask_under_18_images"}
# "how fast can I talk to a lawyer": the wait for the service, not for the tribunal.
_TALK_TO_LAWYER = re.compile(r"\b(?:talk|speak|get) to (?:a|the|my) lawyer\b")


def specific_kind(cleaned: str, intent: str | None = None) -> str | None:
    """The kind of a lowercased, whitespace-normalised message, or None."""
    for kind, reads in _READERS:
        if kind == CRT_HOW_LONG and _TALK_TO_LAWYER.search(cleaned):
            continue
        if reads(cleaned):
            return None if intent is not None and _TOPIC_KEEPS.get(kind) == intent else kind
    return None
