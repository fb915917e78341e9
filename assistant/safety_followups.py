"""Round 15 kinds, safety (session 16): plain questions in a frightening moment that got the
long list of every route, a neighbouring block or the fallback (tests/simulated-users/
2026-12-04-round15, p21, p22, p25, p40, p42).

- one first step asked for ("I am scared. he say he show video. what I do first?"): one step,
  fitted to what was told (a threat, sharing, a young writer), and the safety lines when fear
  is said; never the route list;
- "too much, simple please. is it a crime?": the short plain answer;
- "should I delete my instagram? then he can't send it": the sources say keep the account (it
  is evidence) and don't say deleting it stops anyone;
- "will StopNCII stop him sending it in DMs?": what StopNCII does, and that the sources don't
  say it stops private messages;
- "is it still worth reporting if nothing was sent?" about a child asked for images: yes;
- "does it matter that the camera is on his property? I was in my own home": the expectation
  of privacy is the test in the sources; whose property is not covered: the lawyer, the IIPS;
- "is a clothed photo without my hijab an intimate image?": the definition's words (nude,
  near-nude, sexual context) and that whether her photo counts is for the lawyer or the IIPS.

Plain Python over the latest message and the earlier ones; the InterruptPolicy sends the
answers (domain/safety_followups.yml). Never read for crisis or danger (the policy's gate).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

FIRST_STEP_THREAT = "first_step_threat"
FIRST_STEP_SHARED = "first_step_shared"
FIRST_STEP_YOUNG = "first_step_young"
CRIME_SIMPLE = "crime_simple"
CRIME_SIMPLE_RECORDED = "crime_simple_recorded"
DELETE_ACCOUNT = "delete_own_account"
STOPNCII_DMS = "stopncii_dms"
REPORT_NOTHING_SENT = "report_nothing_sent"
OWN_HOME = "own_home_privacy"
CLOTHED_IMAGE = "clothed_image"

_SCARED_LINES = "utter_first_step_scared"
ANSWERS: dict[str, list[str]] = {
    FIRST_STEP_THREAT: ["utter_first_step_threat"],
    FIRST_STEP_SHARED: ["utter_first_step_shared"],
    FIRST_STEP_YOUNG: ["utter_first_step_young"],
    CRIME_SIMPLE: ["utter_crime_simple"],
    CRIME_SIMPLE_RECORDED: ["utter_crime_simple_secret"],
    DELETE_ACCOUNT: ["utter_delete_own_account"],
    STOPNCII_DMS: ["utter_stopncii_dms"],
    REPORT_NOTHING_SENT: ["utter_report_nothing_sent"],
    OWN_HOME: ["utter_own_home_privacy"],
    CLOTHED_IMAGE: ["utter_clothed_image"],
}
# Fear said with the first step: the safety lines come first (VictimLinkBC, 9-1-1).
FIRST_STEP_THREAT_SCARED = "first_step_threat_scared"
FIRST_STEP_SHARED_SCARED = "first_step_shared_scared"
ANSWERS[FIRST_STEP_THREAT_SCARED] = [_SCARED_LINES, "utter_first_step_threat"]
ANSWERS[FIRST_STEP_SHARED_SCARED] = [_SCARED_LINES, "utter_first_step_shared"]
_SCARED_KIND = {
    FIRST_STEP_THREAT: FIRST_STEP_THREAT_SCARED,
    FIRST_STEP_SHARED: FIRST_STEP_SHARED_SCARED,
}
# Asked again right after its answer: the short restatement.
AGAIN = {
    CLOTHED_IMAGE: ["utter_clothed_image_again"],
    OWN_HOME: ["utter_own_home_privacy_again"],
    REPORT_NOTHING_SENT: ["utter_report_nothing_sent_again"],
}
# Kinds that give way to another reader's answer of the same message (the first message about
# a neighbour's camera keeps "showing it on a phone"; asked again, this answer). A first step
# replaces only the route list (a helper's first steps for a child stay theirs).
YIELDS = frozenset(
    {
        OWN_HOME,
        FIRST_STEP_THREAT,
        FIRST_STEP_SHARED,
        FIRST_STEP_YOUNG,
        FIRST_STEP_THREAT_SCARED,
        FIRST_STEP_SHARED_SCARED,
    }
)
KINDS = frozenset(ANSWERS)

# "what do I do first", "what I do first?", "first step", "where do I start".
_FIRST = re.compile(
    r"\bwhat (?:do |should |can |must |would )?(?:i|we) (?:do |should do )?first\b"
    r"|\bwhat(?:'?s| is) (?:the |my |a )?first (?:step|thing)\b"
    r"|\b(?:the |my )?first (?:step|thing) (?:i should do|i should take|to do|to take)\b"
    r"|\bfirst step\s*\?"
    r"|\bwhere (?:do|should|can) i (?:even )?(?:start|begin)\b"
    r"|\bone (?:thing|step) (?:to do|i (?:can|should) do)\b"
    # "which one first", "just tell me what to do first", "which should i do first" (round 17,
    # p28: after the route list, the fallback and then the same list again)
    r"|\bwhich (?:one |route |thing |of (?:these|them|those) )?(?:do i |should i |to )?"
    r"(?:do |pick |try |use |call )?first\b"
    r"|\bwhat (?:to do|i should do|should i do|i do|do i do) first\b"
)
# "what's the first step after I phone": what happens after the call, the intake's steps.
_AFTER_CALL = re.compile(r"\bafter (?:i|we) (?:phone|call|ring|email|contact|apply)\b")
# A choice between routes ("tribunal website or the lawyer first?") is another question.
_ROUTE = r"(?:tribunal|crt|lawyer|police|cops|iips|website|cybertip|school|her mom|his mom)"
# A route named with the first step ("is there a fee for the crt? and what's the first step")
# asks for that route's steps.
_CHOICE = re.compile(rf"\b{_ROUTE}\b")
_SCARED = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|fear|panicking|freaking out|not safe|unsafe)\b"
)
_THREAT = re.compile(
    r"\bthreat\w*\b"
    r"|\b(?:says?|said|say)\b[^.!?]{0,20}\b(?:he|she|they)?(?:'?ll| will| gonna| going to)?"
    r" ?(?:post|show|send|share|leak|upload|put)\b"
    r"|\b(?:will|gonna|going to|wants to) (?:post|show|send|share|leak|upload)\b"
    r"|\b(?:if|unless) i\b[^.!?]{0,40}\b(?:he|she|they) (?:will |would |'?ll )?(?:post|show"
    r"|send|share|leak)\b"
)

# "too much for me. simple please", "in simple words", "short answer please".
_SIMPLE = re.compile(
    r"\btoo (?:much|long|many words)\b|\bsimple\b|\bsimpler\b|\bshort(?:er)? answer\b"
    r"|\bplain (?:words|english)\b|\beasy words\b|\bjust (?:tell me )?yes or no\b"
)
_CRIME = re.compile(r"\b(?:crime|criminal|illegal|against the law|legal)\b")
_SECRET = re.compile(
    r"\brecord\w*\b|\bfilm\w*\b|\b(?:hidden |secret )?camera\b|\bsecretly\b"
    r"|\bwithout (?:i|me|my) (?:know|knowing|knew)\b|\bdidn'?t know\b"
)

_OWN_ACCOUNT = re.compile(
    r"\b(?:delete|deleting|deactivate|deactivating|close|closing|shut down|get rid of|remove)"
    r" (?:my |the |our )?(?:whole )?(?:account|accounts|insta|instagram|ig|snap|snapchat"
    r"|facebook|fb|tiktok|profile|discord|twitter|x account)\b"
)
_ASKS = re.compile(r"\?|\b(?:should|will|would|can|could|does|do|is it|right)\b")

_STOPNCII = re.compile(r"\bstop ?ncii\b")
# What StopNCII is asked to do ("stop him", "block it"), not where it works ("from Yukon").
_STOPS = re.compile(r"\b(?:stop|stops|block|blocks|prevent|prevents|keep (?:him|her|them) from)\b")
_PRIVATE_SENDING = re.compile(
    r"\bdms?\b|\bdirect messages?\b|\bprivate messages?\b|\bmessag\w*\b|\btexts?\b|\btexting\b"
    r"|\bprivately\b"
    r"|\bgroup chats?\b|\bwhatsapp\b|\bemail\w*\b|\bsend(?:ing|s)? (?:it|them) to (?:people"
    r"|my|friends|followers|family)\b"
)

_REPORT = re.compile(r"\breport\w*\b")
# Whether to report at all with nothing sent ("is it still worth it", "even though"), not which
# route ("police or cybertip only?").
_STILL = re.compile(r"\b(?:worth|still|even|bother|point|anyway|though)\b")
_NOTHING_SENT = re.compile(
    r"\bnothing (?:was |got |has been |had been )?(?:sent|shared|happened)\b"
    r"|\b(?:never|didn'?t|did not|hasn'?t|has not|haven'?t|have not) (?:\w+ )?(?:sent|send)"
    r" (?:him |her |them )?(?:anything|any|a (?:pic|photo|picture))\b"
    r"|\bif (?:she|he|they|i) (?:never|didn'?t|did not) (?:send|sent)\b"
    r"|\bno (?:pics?|photos?|pictures?|images?) (?:were |was )?(?:sent|shared)\b"
)
# A child or teen asked for images, said before or now.
_CHILD = re.compile(
    r"\b(?:child|kid|niece|nephew|daughter|son|grandson|granddaughter|student|little"
    r" (?:sister|brother)|minor|teen|teenager)\b"
    r"|\b(?:[1-9]|1[0-7]) ?(?:yo|y/o|years? old|year-old|yr old)\b"
    r"|\b(?:im|i'?m|i am) (?:[1-9]|1[0-7])\b"
)

_THEIR_PROPERTY = re.compile(
    r"\b(?:his|her|their|the neighbou?r'?s?|my neighbou?r'?s?) (?:own )?(?:property|yard|land"
    r"|house|home|side|lot)\b"
    r"|\b(?:in|inside|at) (?:my|our) (?:own )?(?:home|house|bedroom|room|apartment|place)\b"
    r"|\bthrough (?:my|the|our) (?:own )?(?:bedroom )?window\b"
)
_MATTERS = re.compile(
    r"\bmatter\w*\b|\bcounts?\b|\bchange\w*\b|\bdifference\b|\ballowed\b|\blegal\b"
    r"|\bis (?:that|it) (?:ok|okay|still)\b"
)

_CLOTHED = re.compile(
    r"\b(?:clothes|clothed|dressed|fully covered)\b|\bnot (?:naked|nude)\b"
    r"|\bwithout (?:my |a |her )?(?:hijab|headscarf|head scarf|scarf|veil|niqab|turban|dupatta"
    r"|head covering)\b|\bno (?:hijab|headscarf|veil|niqab|turban)\b"
)
_UNCLOTHED = re.compile(
    r"\b(?:getting dressed|changing|undress\w*|naked|nude|nudes|topless|underwear|bra|shower"
    r"|upskirt|up (?:my|her) (?:skirt|dress)|under (?:my|her) (?:skirt|dress)|down (?:my|her)"
    r" (?:top|shirt|blouse)"
    r"\w*|bath\w*|sex\w*)\b"
)
_NOT_UNCLOTHED = re.compile(r"\bnot (?:naked|nude)\b")
_COUNTS = re.compile(
    r"\bintimate (?:image|photo|picture)\b|\bcount\w*\b|\bunder the law\b|\bcovered\b"
    r"|\bdoes (?:it|this|that) (?:apply|qualify)\b"
)


def _first_step(text: str, earlier: list[str], young: bool, situation: str | None) -> str | None:
    if not _FIRST.search(text) or _CHOICE.search(text) or _AFTER_CALL.search(text):
        return None
    if young:
        return FIRST_STEP_YOUNG
    told = " ".join([*earlier[-4:], text])
    if situation == "threatened" or _THREAT.search(told):
        return FIRST_STEP_THREAT
    return FIRST_STEP_SHARED


def safety_followup_kind(
    text: str,
    earlier: list[str],
    young: bool = False,
    situation: str | None = None,
) -> str | None:
    """The kind of the latest message, or None. `earlier`: the person's earlier messages
    (oldest first); `young`: the writer said they are under 18; `situation`: the image
    situation said ("threatened", "shared", ...)."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    before = [plain_lower(message) for message in earlier]
    first = _first_step(cleaned, before, young, situation)
    if first:
        return _SCARED_KIND.get(first, first) if _SCARED.search(cleaned) else first
    if _SIMPLE.search(cleaned) and _CRIME.search(cleaned):
        secret = _SECRET.search(" ".join([*before[-3:], cleaned]))
        return CRIME_SIMPLE_RECORDED if secret else CRIME_SIMPLE
    if _OWN_ACCOUNT.search(cleaned) and _ASKS.search(cleaned) and not _STOPNCII.search(cleaned):
        return DELETE_ACCOUNT
    if (
        _STOPNCII.search(cleaned)
        and _PRIVATE_SENDING.search(cleaned)
        and _STOPS.search(_STOPNCII.sub(" ", cleaned))
    ):
        return STOPNCII_DMS
    if (
        _REPORT.search(cleaned)
        and _NOTHING_SENT.search(cleaned)
        and _STILL.search(cleaned)
        and (young or _CHILD.search(" ".join([*before, cleaned])))
    ):
        return REPORT_NOTHING_SENT
    if _THEIR_PROPERTY.search(cleaned) and _MATTERS.search(cleaned) and "?" in cleaned:
        return OWN_HOME
    if _UNCLOTHED.search(_NOT_UNCLOTHED.sub(" ", cleaned)):
        return None  # "he filmed me getting dressed, does it count?": near-nude, not clothed
    clothed_before = any(_CLOTHED.search(message) for message in before[-2:])
    if _COUNTS.search(cleaned) and (_CLOTHED.search(cleaned) or clothed_before):
        return CLOTHED_IMAGE
    return None
