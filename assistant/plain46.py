"""Rounds 45-46 (plain46): own-words questions whose answer is in the sources, or whose honest
"the information I have doesn't say" is, but that got a neighbouring stock block, a dead end
or "I'd rather not guess" (tests/simulated-users/2026-12-06-round45, -round46):

- a named service's number or email ("and cybertip's number", "IIPS email and the Cybertip
  phone number?"): each service named, from contacts (r45 p15, asked three times);
- "does Take It Down make me upload the video?" (r45 p21, r46 p22: the tool list twice);
- "does a person read this chat?" (r45 p37, rated not);
- "is the tribunal online or would I have to travel?" (r46 p21: the lawyer meetings twice);
- "should I have anything ready for the call?" (r46 p27), "how long is the free advice, is it
  one meeting?" (r46 p28), "can I just hire a regular lawyer, is there a referral service?"
  (r46 p28);
- a young person's "can we report without our parents finding out?" (r45 p12), a helper's
  "can I report to Cybertip with no screenshots, only what she told me?" (r45 p35);
- "if she only does ONE thing tonight?", "she keeps saying it's her fault" (r46 p23): the older
  answers, reached;
- a young person's "can't I just ignore it?" about a coach, teacher or boss (r46 p08);
- staff: "where do I refer a youth who lives outside B.C.?" (r46 p31); "that's all, no more
  questions" (r46 p31).

Rounds 47-48 (measured on fe21d7c; these were measured by no rater): "should she keep replying
to stall him?" (r47 p15), "he sent one but only his face, still report?" (r47 p26), a young
writer's "he gets really mad when I say no" (r48 p13), "I want it gone", "can I get him to
delete the one I sent" (r48 p31), "can I get him charged" (r47 p18), "can I screenshot the
tweet, I was 16 in it" (r48 p22), "is a photo up my skirt an intimate image?" (r47 p24).

A sharer's parent asking for his lawyer again is helper_script's (SHARER_LAWYER_AGAIN).

Plain functions over the latest message and the person's earlier ones; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, after plain44). Responses in domain/plain46.yml.
"""

from __future__ import annotations

import re

from assistant.age_now import adult_now
from assistant.answer_kinds import ANGRY_AT_NO
from assistant.fresh_answers import fresh
from assistant.plain_questions import named_service_contacts
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.trust_words import names_position_of_trust

NO_UPLOAD = "utter_misread_no_upload"  # domain/misread_followups.yml: StopNCII's code, ask
TAKE_IT_DOWN_UPLOAD = "utter_take_it_down_upload"  # asked again: what the sources don't say
WHO_READS_CHAT = ["utter_who_reads_chat", "action_what_is_kept", "utter_who_reads_chat_next"]
CRT_ONLINE = "utter_crt_online"
READY_FOR_CALL = "utter_ready_for_call"
ADVICE_HOURS = "utter_advice_hours"
HIRE_OWN_LAWYER = "utter_hire_own_lawyer"
STALL = "utter_stall_replying"
REPORT_CHILD_ANYWAY = "utter_report_child_asked_anyway"
ANGRY_WHEN_NO = "utter_angry_when_no"  # domain/plain42.yml: saying no is your right
YOUNG_HELD = "utter_young_held_delete"
REPORT_POLICE = "utter_report_police"  # domain: report to police; it can be a crime
# domain/parts23.yml: never copy an image from under 18; write down the link instead
YOUNG_SCREENSHOT = ["utter_young_image_no_capture"]
YOUNG_SCREENSHOT_AGAIN = ["utter_young_image_no_capture_again"]
# domain: the page's definition; voyeurism when it was taken secretly
IS_INTIMATE = ["utter_intimate_image_definition", "utter_intimate_image_definition_more"]
IS_INTIMATE_SECRET = ["utter_intimate_image_definition", "utter_voyeurism_alone"]
REPORT_WITHOUT_PARENTS = "utter_report_parents_young"  # domain/stock27.yml
CYBERTIP_SECONDHAND = "utter_cybertip_secondhand"
ONE_THING = "utter_first_step_shared"  # domain/safety_followups.yml: call the IIPS first
NOT_HER_FAULT = "utter_helped_blames_self"  # domain/person_fit.yml
IGNORE_YOUNG = "utter_ignore_young"
REFER_YOUTH_OUTSIDE_BC = "utter_refer_youth_outside_bc"
GOODBYE = "utter_goodbye"  # domain/basics.yml

_TAKE_IT_DOWN = re.compile(r"\btake ?it ?down\b")
# "i dont even have them anymore": the no-copy answers (stock28) are older.
_NO_COPY = re.compile(
    r"\b(?:don'?t|dont|do not) (?:even )?have (?:them|it|the \w+|a copy|any)\b|\bno copy\b"
    r"|\bdeleted (?:them|it)\b"
)
_UPLOAD = re.compile(
    r"\bupload\w*\b|\bsend (?:them|it|in) (?:the )?(?:actual|real)?\b|\b(?:actual|real) "
    r"(?:pics?|pictures?|photos?|images?|videos?|vids?)\b|\bsee (?:the|my) (?:pics?|pictures?"
    r"|photos?|images?|videos?)\b|\bleave my (?:phone|device)\b"
)

_WHO_READS = re.compile(
    r"\b(?:does|do|will|would|can|could|is there) (?:a |any |an actual |a real )?"
    r"(?:person|people|human|humans|anyone|anybody|someone|somebody|staff|one|employee\w*"
    r"|worker\w*|admin\w*) (?:on your end |at your end |there )?(?:ever )?"
    r"(?:read|reads|see|sees|look at|looks at|review|reviews|check|checks|monitor\w*)\b"
)
_THIS_CHAT = re.compile(
    r"\b(?:this|the|these|my|our) (?:chat|chats|conversation|conversations|messages?"
    r"|texts?)\b|\bwhat i (?:type|write|say|send)\b|\bhere\b|\bthe chats\b"
)

# Shared with plain48 (one pattern each).
TRIBUNAL = re.compile(r"\b(?:tribunal|crt|claim|protection order)\b")
# Going somewhere for it ("is it all online?" alone keeps the older online answers).
_TRAVEL = re.compile(
    r"\btravel\w*\b|\bgo anywhere\b|\bcourthouse\b|\bgo (?:anywhere )?in person\b"
    r"|\b(?:be|appear|show up) in person\b"
)
_LAWYER_MEETING = re.compile(
    r"\b(?:lawyer|meeting|appointment|intake|legal advice|phone|call)\b|\bmove\b|\bmoving\b"
    r"|\bliving in\b"
)

_READY = re.compile(
    r"\b(?:have|get|bring|prepare|gather) (?:anything|something|stuff|things) (?:ready|to bring)"
    r"\b|\bhave (?:anything|something) ready\b|\b(?:anything|something) (?:i )?(?:should|need to"
    r"|must|have to) (?:have|get|bring|prepare)\b|\bshould i (?:have|get) (?:anything|something)"
    r"\b|\bdo i need to (?:prepare|bring|have) (?:anything|something)\b|\bprepare for (?:the|my)"
    r" (?:call|appointment|meeting)\b|\bbring (?:anything|something) to (?:the|my) "
    r"(?:call|appointment|meeting)\b"
)
_POLICE = re.compile(r"\b(?:police|cops?|rcmp)\b")

# "how many hours ... is it really free" keeps the older cost answers.
_HOW_LONG_ADVICE = re.compile(
    r"\bhow (?:long|much time) (?:is|do i get|would i get|will i get|of) (?:the )?"
    r"(?:free )?(?:advice|help|legal advice|time)\b|\bis it (?:just |only )?(?:one|a single|1)"
    r" (?:meeting|appointment|session)\b"
)

_HIRE_LAWYER = re.compile(
    r"\b(?:hire|pay for|find|get) (?:a |my own |another |an )?(?:regular|private|paid|normal"
    r"|real|other|different)? ?lawyer\b|\blawyer referral\b|\breferral service\b"
)
_TURNED_DOWN = re.compile(
    r"\b(?:if|when) (?:they|the service|it) (?:say no|says no|turn me down|turns me down"
    r"|reject me|rejects me|can'?t take me|won'?t take me|don'?t take me)\b|\bturned down\b"
)

_WITHOUT_PARENTS = re.compile(
    r"\bwithout (?:our|my|her|his|their) (?:parents?|mom|dad|mum|family)"
    r"(?: (?:finding out|knowing|find out|know))?\b"
)
_REPORT = re.compile(r"\breport\w*\b|\bcybertip\w*\b|\bpolice\b")

_CYBERTIP = re.compile(r"\bcyber ?tip\w*\b")
_NO_PROOF = re.compile(
    r"\b(?:no|without|don'?t have|dont have|do not have|haven'?t got) (?:any )?"
    r"(?:screenshots?|proof|evidence|username|messages|the messages)\b"
    r"|\bsecond ?hand\b|\bonly (?:know )?what (?:she|he|they) (?:told|said)\b"
    r"|\bonly heard\b"
)


_ONE_THING = re.compile(
    r"\b(?:only|just) (?:does |do |did )?one thing\b|\bone thing (?:tonight|first|now|today)\b"
    r"|\bsingle (?:most important )?(?:thing|step)\b|\bif (?:she|he|they|i) (?:only )?does one"
    r" thing\b"
)
_HELPER = re.compile(
    r"\b(?:my|for a|for my|asking for (?:a|my)) (?:friend|sister|brother|cousin|daughter|son"
    r"|wife|partner|girlfriend|boyfriend|mom|client|niece|nephew|roommate)\b"
)
_OWN_FAULT = re.compile(
    r"\b(?:says|saying|thinks|feels|believes|keeps saying) (?:it'?s|its|it is|that it'?s) "
    r"(?:all )?(?:her|his|their) (?:own )?fault\b|\bblames? (?:herself|himself|themselves)\b"
)

_IGNORE = re.compile(
    r"\b(?:can'?t|cant|can|could|should|shouldn'?t) i (?:just )?ignore\b|\bwhat if i (?:just )?"
    r"ignore\b|\bif i (?:just )?ignore (?:it|him|her|them|his|her)\b|\bjust ignore (?:it|him"
    r"|her|them)\b"
)

_STAFF = re.compile(
    r"\bi work (?:at|for|in) (?:a |an |the )?(?:victim|transition|support|social|community"
    r"|youth|women|agency|clinic|school|shelter)\w*|\bvictim services\b|\bour clients?\b"
    r"|\bmy clients?\b|\bcaseworker\b|\bsupport worker\b|\bsocial worker\b|\bcounsell?or\b"
)
_REFER = re.compile(
    r"\b(?:refer|send|point|direct) (?:them|him|her|the youth|the client|a youth|youth)\b"
    r"|\bwhere (?:do|would|should|can) (?:i|we) (?:refer|send)\b|\brefer\w*\b"
)
_OUTSIDE_BC = re.compile(
    r"\b(?:alberta|ontario|saskatchewan|manitoba|quebec|yukon|nova scotia|washington"
    r"|outside (?:of )?(?:bc|b\.c\.|british columbia)|another province|other province"
    r"|(?:don'?t|doesn'?t|does not|do not) live in (?:bc|b\.c\.|british columbia))\b"
)
_YOUNG_CLIENT = re.compile(r"\b(?:youth|teen|minor|1[0-7]-year-old|1[0-7] year old|kid|child)\b")

_DONE = re.compile(
    r"^(?:(?:ok|okay|thanks|thank you|no|nope|alright|k)[,.! ]*)*(?:that'?s|thats|that is) "
    r"(?:all|it)\b[^?]*$|\bno more questions\b|^(?:(?:ok|okay|thanks|no)[,.! ]*)*(?:i'?m|im) "
    r"(?:good|all set)[.! ]*$"
)


# Round 47 p15: "should she keep replying to him to stall him?" (a threat to post if she stops).
_STALL = re.compile(
    r"\bstall\w*\b|\bbuy (?:her |him |me |us |some )?time\b|\bstring (?:him|her|them) along\b"
    r"|\bplay along\b|\bkeep (?:replying|answering|responding|talking) to (?:him|her|them)\b"
)
# Round 47 p26: "he did send one but it was just his face, is that still something to report?"
_STILL_REPORT = re.compile(
    r"\b(?:still|even so|anyway)\b[^.!?]{0,40}\breport\w*|\breport\w*\b[^.!?]{0,40}\b(?:still|even"
    r" so|anyway)\b|\bshould i report a (?:grown )?(?:man|adult)\b"
)
_NOTHING_SENT = re.compile(
    r"\bnothing (?:was )?sent\b|\b(?:didn'?t|did not|never|hasn'?t|has not) sen[dt]\b"
)
_CHILD_ASKED = re.compile(
    r"\b(?:ask\w*|want\w*|get\w*|beg\w*) (?:him|her|them|my \w+|the child|the kid)? ?"
    r"(?:to send|for)\b[^.!?]{0,30}\b(?:photos?|pics?|pictures?|images?|nudes?)\b"
)
_CHILD = re.compile(
    r"\b(?:nephew|niece|son|daughter|grandson|granddaughter|student|player|sister|brother|cousin"
    r"|child|kid)\b[^.!?]{0,40}\b(?:[4-9]|1[0-7])\b|\b(?:[4-9]|1[0-7])[- ](?:year[- ]old|yo)\b"
)
# Round 48 p13: "he gets really mad when i say no and says i dont love him" (a guilt trip; the
# anger said beside a block, a job, practice or a threat keeps the older answers).
_ANGRY_NO = re.compile(ANGRY_AT_NO)
_GUILT = re.compile(
    r"\b(?:don'?t|dont|do not) (?:really )?love (?:him|her)\b|\bif (?:i|you) loved?\b"
)
# Round 48 p31: "he hasnt shared it tho, he just has it on his phone. i want it gone", "can i
# get him to delete the one i sent" (a young writer's picture an adult holds).
# Only the picture the writer sent, on his phone alone: an arrest, friends' phones or a school
# beside it keep the older answers.
_WANT_GONE = re.compile(
    r"\b(?:get|make) (?:him|her) (?:to )?delete the one i sent\b"
    r"|\b(?:he|she) (?:just |only |still )?has it on (?:his|her) phone\b[^?]*\bwant it (?:gone"
    r"|deleted)\b"
)


# Round 47 p18: "CAN I GET HIM CHARGED" ("I'd rather not guess").
_CHARGED = re.compile(r"\b(?:get|have) (?:him|her|them) charged\b")


# Round 48 p22: "can i screenshot the tweet to report it? or is that bad because i was 16 in
# it", then "the post IS the pic. confused".
_SCREENSHOT_POST = re.compile(
    r"\bscreenshot\w* (?:the|that|his|her|their|a|my) (?:tweet|post|page|story|video|pic|photo"
    r"|link|site)\b|\bthe post is the (?:pic|picture|photo|image|video)\b"
)
TAKEN_YOUNG = re.compile(r"\b(?:i was|when i was|at) 1[0-7]\b|\bunder 18\b")
# Round 47 p24: "is a photo up my skirt even considered an intimate image?"
_IS_INTIMATE = re.compile(
    r"\b(?:is|does|would|could) (?:that|this|it|a (?:photo|pic|picture|video|shot)"
    r"(?: [^?.!]{0,40})?) (?:even |really |still )?(?:be )?(?:considered |count(?:ed)? as "
    r"|counts as |classed as )?an? intimate image\b"
)
_SECRETLY = re.compile(
    r"\bup (?:my|her) skirt\b|\bupskirt\b|\bsecret\w*\b|\bhidden\b|\bwithout (?:me|my|her)"
    r" know\w*\b|\bdidn'?t know (?:he|she|they) took\b|\bunder my desk\b"
)


def kind(text: str, earlier: list[str], is_minor: object = None) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier[-6:]]
    context = " ".join([*told, cleaned])
    adult = any(adult_now(t) for t in [*earlier[-6:], text])
    young = young_now([*earlier, text], is_minor) and not adult
    contacts = named_service_contacts(cleaned)
    if contacts:
        return contacts
    if (
        _UPLOAD.search(cleaned)
        and _TAKE_IT_DOWN.search(" ".join([*told[-2:], cleaned]))
        and not _NO_COPY.search(cleaned)
    ):
        return [NO_UPLOAD]
    if _WHO_READS.search(cleaned) and _THIS_CHAT.search(cleaned):
        return list(WHO_READS_CHAT)
    if not earlier:
        return None
    if _TRAVEL.search(cleaned) and (
        TRIBUNAL.search(cleaned)
        or (TRIBUNAL.search(" ".join(told[-2:])) and not _LAWYER_MEETING.search(cleaned))
    ):
        return [CRT_ONLINE]
    if _READY.search(cleaned) and not _POLICE.search(cleaned):
        return [READY_FOR_CALL]
    if _HOW_LONG_ADVICE.search(cleaned) and not TRIBUNAL.search(cleaned):
        return [ADVICE_HOURS]
    if _HIRE_LAWYER.search(cleaned) and (
        _TURNED_DOWN.search(cleaned) or _TURNED_DOWN.search(" ".join(told[-2:]))
    ):
        return [HIRE_OWN_LAWYER]
    if _IS_INTIMATE.search(cleaned):
        secret = any(_SECRETLY.search(t) for t in [*told[-3:], cleaned])
        return list(IS_INTIMATE_SECRET if secret else IS_INTIMATE)
    if _SCREENSHOT_POST.search(cleaned) and TAKEN_YOUNG.search(context):
        return list(YOUNG_SCREENSHOT)
    if _CHARGED.search(cleaned) and not young:
        return [REPORT_POLICE]
    if _STALL.search(cleaned):
        return [STALL]
    if (
        _STILL_REPORT.search(cleaned)
        and not _NOTHING_SENT.search(cleaned)  # safety_followups' "even if nothing was sent"
        and any(_CHILD_ASKED.search(t) and _CHILD.search(t) for t in [*told, cleaned])
    ):
        return [REPORT_CHILD_ANYWAY]
    if _ANGRY_NO.search(cleaned) and _GUILT.search(cleaned) and young:
        return [ANGRY_WHEN_NO]
    if _WANT_GONE.search(cleaned) and young:
        return [YOUNG_HELD]
    if _WITHOUT_PARENTS.search(cleaned) and _REPORT.search(cleaned):
        return [REPORT_WITHOUT_PARENTS]
    if _CYBERTIP.search(cleaned) and _NO_PROOF.search(cleaned):
        return [CYBERTIP_SECONDHAND]
    if _ONE_THING.search(cleaned) and not young:
        return [ONE_THING]
    if _OWN_FAULT.search(cleaned) and _HELPER.search(context):
        return [NOT_HER_FAULT]
    if _IGNORE.search(cleaned) and young and names_position_of_trust(context):
        return [IGNORE_YOUNG]
    if (
        _STAFF.search(context)
        and _REFER.search(cleaned)
        and _OUTSIDE_BC.search(cleaned)
        and _YOUNG_CLIENT.search(cleaned)
    ):
        return [REFER_YOUTH_OUTSIDE_BC]
    if _DONE.search(cleaned):
        return [GOODBYE]
    return None


def follow_up(
    text: str, previous: list[str], earlier: list[str], is_minor: object = None
) -> list[str] | None:
    """The answer, without what the turn before already sent."""
    found = kind(text, earlier, is_minor)
    if found == [NO_UPLOAD] and NO_UPLOAD in previous:
        return [TAKE_IT_DOWN_UPLOAD]  # "you didn't answer": what the sources don't say, plainly
    if found == YOUNG_SCREENSHOT and YOUNG_SCREENSHOT[0] in previous:
        return list(YOUNG_SCREENSHOT_AGAIN)
    return fresh(found, previous) if found else None
