"""Round 16 kinds 3-6, context (session 17): plain messages not answered, facts said not used,
not the best route, weak first replies (tests/simulated-users/2026-12-04-round16, p02, p18,
p23, p26, p28, p30). Plain Python over the conversation's texts; one hook in the
InterruptPolicy (`context_kind`) and one fitting of the final sequence (`fitted_for_age`).

- A threat inside a story of control ("if I ever leave him he'll post them"): the threat is
  answered (a threat counts, the order, the IIPS, VictimLinkBC), not "pressure is not consent".
- "he goes through my call history", "will it show up on my phone that I called": what the
  sources don't say (hiding a call), a phone he can't get to, email instead, 9-1-1.
- A young writer asking for someone to talk to who won't tell their parents: Kids Help Phone
  first (text), not the adult legal line.
- "will Cybertip tell my parents?": Cybertip.ca's own answer, never Kids Help Phone's.
- "I think my ex might have shown my pics but I'm not sure": what can be done without knowing,
  no proof needed; not the topic menu. Inside the eligibility check, the check's outcome at
  once, never "shared or threatened?" again.
- "which one number do I call first" to get pictures taken down: the IIPS.
- "the CRT is online, so I could do it from Toronto?": yes it is online, and what the sources
  don't say; never "my answer just above".
- "what do I do RIGHT NOW" after a threat or sharing: one first step, never the route list.
- The age said (under 18): the blackmail and "what if he posts them" answers without "if you
  are under 18".
"""

from __future__ import annotations

import re

from assistant import safety_followups as sf
from assistant.plain_text import plain_lower

THREAT_CONTROL = "threat_to_control"
CALL_LOG = "call_log_seen"
CALL_FOUND_OUT = "call_found_out"
YOUNG_PRIVATE_TALK = "young_private_talk"
UNSURE_TOLD = "unsure_shared_told"
UNSURE_IN_CHECK = "unsure_shared_in_check"
ONE_NUMBER_REMOVAL = "one_number_removal"
CRT_ONLINE_AWAY = "crt_online_from_away"

ANSWERS: dict[str, list[str]] = {
    THREAT_CONTROL: ["utter_threat_control", "utter_threats_routes"],
    CALL_LOG: ["utter_call_log_safety"],
    CALL_FOUND_OUT: ["utter_told_person_service", "utter_call_log_safety"],
    YOUNG_PRIVATE_TALK: ["utter_young_private_talk"],
    UNSURE_TOLD: ["utter_unsure_shared", "utter_unsure_shared_next"],
    UNSURE_IN_CHECK: ["utter_unsure_check_outcome"],
    ONE_NUMBER_REMOVAL: ["utter_one_number_removal"],
    CRT_ONLINE_AWAY: ["utter_crt_online_away"],
}
KINDS = frozenset(ANSWERS)
# Asked again right after its answer: the point in short, never "my answer just above".
AGAIN: dict[str, list[str]] = {
    CALL_LOG: ["utter_call_log_safety_again"],
    CALL_FOUND_OUT: ["utter_call_log_safety_again"],
    ONE_NUMBER_REMOVAL: ["utter_one_number_removal_again"],
}
# Their own answer alone: no second half added (a young writer's private line is not preceded
# by the adult legal line).
NO_HALVES = frozenset({YOUNG_PRIVATE_TALK})
# The check's own outcome: the eligibility form ends after it.
ENDS_FORMS = frozenset({UNSURE_IN_CHECK})
# The writer said they are under 18: these answers without "if you are under 18".
YOUNG_VERSIONS = {
    "utter_sextortion_paid": "utter_sextortion_paid_young",
    "utter_if_threat_carried_out": "utter_if_threat_carried_out_young",
    # Round 17 (p29): "if you're under 18" after "im 16" (domain/roles_kept.yml).
    "utter_deepfake_routes": "utter_deepfake_routes_young",
    # Round 20 (ages21, p28): no "even now that you are older" to a 17-year-old.
    "utter_images_taken_under_18": "utter_images_taken_under_18_young",
}

_FAMILY = r"(?:mom|mum|mother|dad|father|parents?|family|guardians?|step ?(?:mom|dad))"
_IMAGES = (
    r"(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|selfies?|recordings?|sex ?tape"
    r"|them|it)"
)
# Money or more images asked: blackmail, whose answers are their own.
_DEMAND = re.compile(
    r"\b(?:pay|paid|money|cash|gift ?cards?|bitcoin|crypto|dollars?|unless i (?:send|pay))\b"
    r"|\$|\bsend (?:him |her |them )?more\b|\bmore (?:pics|nudes|photos|pictures|videos)\b"
)

# "he'll post", "hell post", "she says she will share", "threatens to send".
_WHO_WILL = (
    r"(?:(?:he|she|they) (?:will|would|is going to|are going to|was going to|gonna|could|can)"
    r"|he'?ll|hell|she'?ll|shell|they'?ll|theyll|he'?d|she'?d|they'?d)"
)
_ACT = r"(?:post|share|send|show|leak|upload|put|spread|release)"
# Round 26 (p25): "says if i leave hes sending them to my work", "she's gonna post them".
_WHO_IS = (
    r"(?:(?:he|she|they)(?:'?s|'?re| is| are)|hes|shes|theyre) (?:going to |gonna )?"
    r"(?:post|share|send|show|leak|upload|spread|release)(?:ing)?"
)
_THREAT_ACT = rf"(?:{_WHO_WILL} (?:\w+ )?{_ACT}|threat\w* to (?:\w+ )?{_ACT}|{_WHO_IS})"
# What the threat is meant to stop: leaving, ending it, saying no, telling, reporting.
_COND = (
    r"(?:(?:if|when|the day|once|as soon as) i (?:ever |even |try to |tried to |were to |actually "
    r"|do )?(?:leave|left|break up|broke up|end (?:it|things|this|us)|move out|say no|said no"
    r"|tell (?:anyone|anybody|someone|my \w+|the \w+|his \w+|her \w+)|report|call the (?:cops"
    r"|police)|go to the (?:cops|police)|dump|split up|stop seeing|try to leave"
    r"|(?:don'?t|do not|dont) (?:get back|come back|go back|stay|do what))"
    r"|unless i (?:stay|come back|get back|go back|do what))"
)
_THREAT_CONTROL = re.compile(
    rf"\b{_COND}\b[^.!?]{{0,60}}\b{_THREAT_ACT}\b|\b{_THREAT_ACT}\b[^.!?]{{0,60}}\b{_COND}\b"
)

# The phone's record of calls: "call history", "recent calls", "the phone bill".
_CALL_LOG = re.compile(
    r"\bcall (?:history|log|logs|list|records?)\b|\brecent calls\b|\bcalls? i (?:make|made)\b"
    r"|\b(?:phone|cell|cellphone) (?:bill|records?|log)\b"
    r"|\b(?:checks?|checking|goes through|go through|going through|looks? (?:through|at)"
    r"|reads?|monitors?|tracks?) (?:all )?(?:my|the) (?:calls|texts and calls|calls and texts)\b"
    r"|\b(?:show|shows|showing|come|comes) up (?:on|in) (?:my|the|his|her) (?:phone|bill"
    r"|history|log|call)"
)
# "will he find out I called", "will it show up for him", "will he see that I called".
_CALLED = re.compile(r"\b(?:i called|i call|i phoned|i rang|calling|i dialed|the number)\b")
_FOUND_OUT = re.compile(
    r"\b(?:find out|found out|know|see|notice|show up|shows up)\b[^.!?]{0,30}"
    r"\b(?:i called|i call|i phoned|calling|for him|for her)\b"
    r"|\bshow up (?:for|to) (?:him|her|them)\b"
)
_PHONE_CHECKED = re.compile(
    r"\b(?:checks?|checking|goes through|go through|going through|looks? through|reads?"
    r"|watch\w*|monitors?|tracks?|has the password to|knows the password to) (?:all )?(?:my|her)"
    r" (?:phone|cell|texts|messages|calls)\b"
)

# Someone to talk to, text or call.
_TALK = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|somewhere|a person|people|a place|who)\b[^.!?]{0,30}"
    r"\b(?:talk|text|chat|speak|call|message)\b"
)
_NO_TELL = re.compile(
    rf"\b(?:won'?t|wont|will not|wouldn'?t|doesn'?t|don'?t|dont|not)\b (?:\w+ )?(?:tell|call"
    rf"|contact|inform|notify)\b"
    rf"|\bwithout (?:my |our )?{_FAMILY} (?:knowing|finding out)\b"
    rf"|\b(?:don'?t|dont|do not) want (?:my |our )?{_FAMILY} to (?:know|find out)\b"
)
_FAMILY_WORD = re.compile(rf"\b{_FAMILY}\b")

# Cybertip.ca and parents: practical_followups.CYBERTIP_PARENTS (one answer).

# Not knowing whether images were shared: "might have shown my pics", "not sure if he posted
# them", "i think he sent them but I'm not sure".
_PAST_SHARE = (
    r"(?:shown|showed|shared|posted|sent|forwarded|passed (?:them |it )?around|leaked|spread"
    r"|put (?:them|it) (?:up|online))"
)
_NOT_SURE = (
    r"(?:not sure|unsure|don'?t (?:even )?know|dont (?:even )?know|do not know|no idea"
    r"|can'?t tell|cant tell|not certain|no clue|wondering)"
)
_UNSURE = re.compile(
    rf"\b(?:might|may|could|must) (?:have |of )(?:\w+ )?{_PAST_SHARE}\b"
    rf"|\b{_NOT_SURE} (?:even )?(?:know )?(?:for sure )?(?:if|whether|that|he|she|they)\b"
    rf"[^.!?]{{0,30}}\b(?:has |have |had |did |ever |already )?{_PAST_SHARE}\b"
    rf"|\b(?:i think|i guess|maybe|probably) (?:he|she|they|my \w+)(?: \w+)? (?:has |have |had )?"
    rf"{_PAST_SHARE}\b[^.!?]{{0,60}}\b(?:but )?(?:i'?m |im |i am )?(?:not sure|not certain"
    rf"|no idea|don'?t know for sure|dont know for sure|can'?t be sure)"
    rf"(?! (?:what|how|where|who|which|why|when|if i|whether i|about))"
)
_IMAGE_WORD = re.compile(
    r"\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|selfies?|recordings?"
    r"|sex ?tape|them)\b"
)
_DENIED = re.compile(
    r"\b(?:hasn'?t|has not|hasnt|never|didn'?t|did not|didnt) (?:\w+ )?"
    rf"{_PAST_SHARE}\b"
)
# In the eligibility check's "shared or threatened?": a doubt said in words.
_DOUBT_IN_CHECK = re.compile(
    rf"\b{_NOT_SURE}\b[^.!?]{{0,30}}\b(?:if|whether|for sure)\b|\bthat'?s the whole (?:thing"
    rf"|point|problem)\b|\b(?:might|may) (?:have|of) (?:\w+ )?{_PAST_SHARE}\b"
)

# "which one number", "what number should I call first", "who do I call".
_WHICH_NUMBER = re.compile(
    r"\b(?:which|what|one|best|right) (?:one )?(?:single )?(?:tele)?(?:phone )?(?:number|line)\b"
    r"|\bwho (?:do|should|can) (?:i|we) (?:call|phone|ring|contact)\b"
    r"|\bwhich (?:one|place|service|office) (?:do|should|would) (?:i|we) (?:call|phone|ring"
    r"|contact)\b"
    r"|\bnumber (?:should|do|would) (?:i|we) (?:call|phone|ring)\b"
)
_SITE = (
    r"(?:facebook|fb|instagram|insta|ig|tiktok|snapchat|snap|reddit|twitter|x|discord|onlyfans"
    r"|the internet|internet|online|the web|(?:a |the |that |porn )?(?:website|site|app|platform))"
)
# Taken down from a site (not deleted from a phone): "off Facebook", "taken down", "removed".
_REMOVAL = re.compile(
    rf"\b(?:off|down from|remov\w* from|delet\w* from)\b[^.!?]{{0,20}}\b{_SITE}\b"
    r"|\btake ?down\b|\btak(?:e|en|ing) (?:\w+ ){0,3}?down\b|\btook (?:\w+ ){0,3}?down\b"
    r"|\b(?:removed|removal|remove them|remove it|remove the (?:pictures?|pics?|photos?|images?"
    r"|videos?|post))\b(?! from (?:my|her|his|their|the) (?:phone|device|computer|laptop))"
)
_OTHER_ROUTE = re.compile(
    r"\b(?:police|cops|rcmp|911|9-1-1|988|9-8-8|crisis|lawyer|legal advice|intake|tribunal|crt"
    r"|kids help|cybertip|victim ?link\w*|report\w*)\b"
)
_REMOVAL_ACTIONS = frozenset(
    {"utter_image_removal", "utter_platform_off", "utter_image_removal_youth"}
)

_ONLINE = re.compile(r"\b(?:online|on ?line|website|internet|on the web)\b")
_CRT = re.compile(r"\b(?:crt|tribunal|civil resolution)\b")
_AWAY = re.compile(
    r"\bfrom (?!(?:home|the|a|an|my|his|her|their|them|him|it|this|that|what|here|work"
    r"|school|start|now|then|scratch|him|me)\b)[a-z]+\b"
    r"|\b(?:after|once|when|if) i (?:move|moved|leave|left|am in|live in|relocate)\b"
    r"|\b(?:outside|out of) (?:bc|b\.c\.|the province|canada|province)\b"
    r"|\banother province\b|\bfrom anywhere\b|\banywhere\b"
)

# "what do I do RIGHT NOW", "what should I do now", "ok now what".
_RIGHT_NOW = re.compile(
    r"\bwhat (?:do|should|can|must) (?:i|we) (?:do )?(?:right now|rn|immediately|right away"
    r"|this minute|this second|asap)\b"
)
_THREAT_TOLD = re.compile(
    r"\bthreat\w*|\bblackmail\w*|\bsextort\w*|\bextort\w*"
    rf"|\b{_WHO_WILL} (?:\w+ )?{_ACT}\b|\b(?:going to|gonna|wants to) {_ACT}\b"
)
_SHARED_TOLD = re.compile(
    r"\b(?:posted|shared|sent|leaked|showed|shown|forwarded|uploaded|spread|passed around)\b"
)
_SCARED = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|panicking|freaking out|not safe|unsafe)\b"
)


def threat_control(cleaned: str) -> bool:
    """A threat to share meant to keep the person from leaving, saying no or telling."""
    return bool(_THREAT_CONTROL.search(cleaned)) and not _DEMAND.search(cleaned)


def call_log_kind(cleaned: str, earlier: list[str]) -> str | None:
    if _CALL_LOG.search(cleaned):
        return CALL_LOG
    checked = any(_PHONE_CHECKED.search(plain_lower(text)) for text in earlier[-6:])
    if (
        _CALLED.search(cleaned)
        and _FOUND_OUT.search(cleaned)
        and (checked or "show up" in cleaned or "shows up" in cleaned)
    ):
        return CALL_FOUND_OUT
    return None


def young_private_talk(cleaned: str, young: bool) -> bool:
    return bool(
        young
        and _TALK.search(cleaned)
        and _NO_TELL.search(cleaned)
        and _FAMILY_WORD.search(cleaned)
    )


def unsure_told(cleaned: str, earlier: list[str]) -> bool:
    """Not knowing whether images were shared, said as a situation or a question."""
    if not _UNSURE.search(cleaned) or _DENIED.search(cleaned) or _DEMAND.search(cleaned):
        return False
    return bool(_IMAGE_WORD.search(cleaned) or any(_IMAGE_WORD.search(t) for t in earlier[-3:]))


def one_number_removal(cleaned: str, earlier: list[str], previous_actions: list[str]) -> bool:
    if not _WHICH_NUMBER.search(cleaned) or _OTHER_ROUTE.search(cleaned):
        return False
    recent = [cleaned, *(plain_lower(text) for text in earlier[-2:])]
    return any(_REMOVAL.search(text) for text in recent) or bool(
        _REMOVAL_ACTIONS & set(previous_actions)
    )


def crt_online_away(cleaned: str, previous_actions: list[str]) -> bool:
    crt = _CRT.search(cleaned) or any("crt" in name for name in previous_actions)
    return bool(crt and _ONLINE.search(cleaned) and _AWAY.search(cleaned))


def right_now_kind(
    cleaned: str, earlier: list[str], young: bool, situation: str | None
) -> str | None:
    """One first step for "what do I do right now" after a threat or sharing was told."""
    if not earlier or not _RIGHT_NOW.search(cleaned):
        return None
    told = " ".join(plain_lower(text) for text in [*earlier[-4:], cleaned])
    if young:
        kind = sf.FIRST_STEP_YOUNG
    elif situation == "threatened" or _THREAT_TOLD.search(told):
        kind = sf.FIRST_STEP_THREAT
    elif situation == "shared" or _SHARED_TOLD.search(told):
        kind = sf.FIRST_STEP_SHARED
    else:
        return None
    scared = {sf.FIRST_STEP_THREAT: sf.FIRST_STEP_THREAT_SCARED}
    scared[sf.FIRST_STEP_SHARED] = sf.FIRST_STEP_SHARED_SCARED
    return scared.get(kind, kind) if _SCARED.search(cleaned) else kind


def context_kind(
    text: str,
    earlier: list[str],
    kind: str | None,
    previous_actions: list[str],
    young: bool,
    situation: str | None,
    loop: str | None,
    requested_slot: str | None,
    replaces: frozenset[str],
    threat_answered: bool = False,
) -> str | None:
    """The kind of the latest message, or None. `kind`: the one read so far; `replaces`: the
    kinds the broad readings (not knowing, one first step) may replace besides none. Inside a
    form: the check's "not sure if he shared them" and the narrow readings, not the threat
    (the form's own answer to "shared or threatened?") or the broad ones. `threat_answered`:
    the message already gets the threat's answer ("a threat counts"), which stays."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    if loop:
        # Inside the check's "shared or threatened?", not knowing said in words: its outcome.
        if (
            loop == "eligibility_form"
            and requested_slot == "image_situation"
            and (_DOUBT_IN_CHECK.search(cleaned) or unsure_told(cleaned, earlier))
            and not _DENIED.search(cleaned)
        ):
            return UNSURE_IN_CHECK
    elif threat_control(cleaned) and not threat_answered:
        return THREAT_CONTROL
    # The narrow readings, inside a form too (its question comes again after the answer).
    call = call_log_kind(cleaned, earlier)
    if call:
        return call
    if young_private_talk(cleaned, young):
        return YOUNG_PRIVATE_TALK
    if one_number_removal(cleaned, earlier, previous_actions):
        return ONE_NUMBER_REMOVAL
    if crt_online_away(cleaned, previous_actions):
        return CRT_ONLINE_AWAY
    if loop:
        return None
    broad = kind is None or kind in replaces
    if broad and unsure_told(cleaned, earlier) and not _THREAT_TOLD.search(cleaned):
        if not set(ANSWERS[UNSURE_TOLD]) & set(previous_actions):
            return UNSURE_TOLD
    if broad:
        return right_now_kind(cleaned, earlier, young, situation)
    return None


# The writer said an adult age of their own (round 74 p22: "I'm 30", then the blackmail steps
# again with "If you're under 18, tell a safe adult"): these answers without the under-18 lines.
ADULT_VERSIONS = {
    "utter_sextortion_report": "utter_sextortion_report_adult",
    "utter_sextortion_next": "utter_sextortion_next_adult",
    "utter_sextortion_paid": "utter_sextortion_paid_adult",
}


def fitted_for_adult(sequence: list[str], adult: bool) -> list[str]:
    """The writer said they are an adult: the answers that say "if you're under 18" swapped for
    their adults' versions."""
    if not adult:
        return sequence
    return [ADULT_VERSIONS.get(name, name) for name in sequence]


def fitted_for_age(sequence: list[str], young: bool) -> list[str]:
    """The writer said they are under 18: the answers that say "if you are under 18" swapped
    for their young versions."""
    if not young:
        return sequence
    return [YOUNG_VERSIONS.get(name, name) for name in sequence]
