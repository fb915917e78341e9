"""Round 20 kind 2 (helpers21): a helper asking about their OWN part, or a parent whose adult
child is the one sharing, got the generic child-safety steps, the victim's routes, or the
earlier answer again.

- on the call: "could I be the trusted adult on that call?", "is it her or me who calls the
  lawyer": the service page (a support worker, trusted adult or friend can be on the call).
- reporting it themselves: "can I report it myself as his grandmother?": anyone can report to
  Cybertip.ca or the police non-emergency line (child); for an adult, what the sources say.
- filing the tribunal claim for an adult: not said; the CRT can say, the IIPS helps with claims.
- "should I call his mother first?" (not the parent): the sources don't rank it; the child's
  safety and a report don't wait for it.
- the writer's adult child is the one posting ("she is the one posting", "how do I get her to
  stop"): the consequences for the one sharing, and taking the posts down.

Read in InterruptPolicy._direct_answer (outside forms, never for a safety intent), only after a
first message that named the person helped. Plain functions, no Rasa; responses in
domain/helper_role.yml.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

ON_CALL = "utter_helper_on_call"
REPORT_CHILD = "utter_helper_report_child"
REPORT_ADULT = "utter_helper_report_adult"
FILE_FOR = "utter_helper_file_crt"
TELL_PARENT_FIRST = "utter_helper_tell_parent_first"
CHILD_SHARING = "utter_relative_is_sharing"
CHILD_SHARING_AGAIN = "utter_relative_is_sharing_again"
ON_CALL_AGAIN = "utter_helper_on_call_again"
REPORT_CHILD_AGAIN = "utter_helper_report_child_again"
FILE_FOR_AGAIN = "utter_helper_file_crt_again"
# Asked again right after its answer: the short form (the two alternate, never one twice in a
# row).
AGAIN = {
    ON_CALL: ON_CALL_AGAIN,
    REPORT_CHILD: REPORT_CHILD_AGAIN,
    FILE_FOR: FILE_FOR_AGAIN,
    CHILD_SHARING: CHILD_SHARING_AGAIN,
}
ANSWERS = (
    ON_CALL_AGAIN,
    REPORT_CHILD_AGAIN,
    FILE_FOR_AGAIN,
    ON_CALL,
    REPORT_CHILD,
    REPORT_ADULT,
    FILE_FOR,
    TELL_PARENT_FIRST,
    CHILD_SHARING,
    CHILD_SHARING_AGAIN,
)

_PERSON = (
    r"(?:daughter|son|kid|child|grand(?:son|daughter|child|kid)|student|client|sister|brother"
    r"|niece|nephew|friend|bff|cousin|girlfriend|boyfriend|wife|husband|partner|mom|mum"
    r"|mother|dad|father|aunt|uncle|stepdaughter|stepson|teen|girl|boy)"
)
# The first messages named someone else: the writer is helping.
_HELPED = re.compile(
    rf"\b(?:my|our) (?:\d+ ?(?:yo|year old|y/o) )?(?:grade \d+ )?{_PERSON}s?\b"
    r"|\b(?:a|the|one of my) (?:grade \d+ )?students?\b"
    r"|\bi'?m (?:a|her|his|their) (?:school )?(?:counsell?or|counselor|teacher|social worker"
    r"|youth worker|support worker|grandm\w+|grandp\w+|aunt|mom|mum|dad|parent)\b"
    r"|\b(?:it'?s|its) (?:my|not me)\b"
)
_CHILD = re.compile(
    r"\b(?:[1-9]|1[0-7]) ?(?:yo|y/o|years? old|yrs? old)\b|\b(?:is|she'?s|he'?s|hes|shes|turned)"
    r" (?:only |just )?(?:[1-9]|1[0-7])\b|\((?:[1-9]|1[0-7])\)|\bgrade ?(?:[1-9]|1[0-2])\b"
    r"|\bgrand(?:son|daughter|child|kid)\b|\bstudent\b|\b(?:child|kid|minor|little)\b"
)
_ADULT_AGE = re.compile(
    r"\b(?:is|she'?s|he'?s|hes|shes) (?:1[89]|[2-9]\d)\b"
    r"|\b(?:1[89]|[2-9]\d) ?(?:yo|y/o|years? old)\b"
)
_ALWAYS_YOUNG = re.compile(r"\b(?:grand(?:son|daughter)|student)\b")

# --- 1. the helper on the call -----------------------------------------------------------
_I = r"(?:i|me|myself|we)"
_ON_CALL = re.compile(
    rf"\b(?:can|could|may|should|am i allowed to|is it ok(?:ay)? (?:if|for) (?:i|me to)) {_I}"
    r" (?:\w+ ){0,3}?(?:be|sit|join|listen|come|stay|go|be there|be with (?:her|him|them))"
    r"(?: \w+){0,6}? (?:on|in|for|during|at) (?:the|that|this|her|his|their|a) (?:\w+ ){0,3}?"
    r"(?:call|calls|meeting|appointment|phone call)\b"
    r"|\bbe (?:the|her|his|their) (?:trusted adult|support (?:person|worker)|support)\b"
    r"|\bsit in\b|\bbe on the (?:call|phone|line)\b|\bjoin (?:the|her|his|their) call\b"
    rf"|\b(?:is it|does it have to be|should it be) (?:her|him|them|she|he) or {_I}\b"
    rf"|\b(?:is it|should it be) {_I} or (?:her|him|them|she|he)\b"
    rf"|\bwho (?:should )?(?:calls?|phones?|contacts?|rings?) (?:the )?(?:lawyer|service|intake)"
    rf"(?: \w+){{0,3}},? (?:me|her|him|them|she|he) or\b"
    rf"|\b(?:do|should|can) {_I} (?:call|phone|ring|contact) (?:\w+ ){{0,3}}?or (?:does|should|can)"
    r" (?:she|he|they)\b"
)

# --- 2. the helper reporting it ----------------------------------------------------------
_REPORT = re.compile(
    rf"\b(?:can|could|may|should|do|am i allowed to) {_I} (?:\w+ ){{0,2}}?(?:report|make a report"
    r"|file a report|call (?:the )?(?:police|cybertip\w*|cops))\b"
    r"(?:(?: \w+){0,4} (?:myself|for (?:her|him|them|my \w+)|on (?:her|his|their) behalf"
    r"|as (?:his|her|their|a|the) \w+))"
    r"|\breport (?:it|this|that)? ?(?:myself|for (?:her|him|them)|on (?:her|his|their) behalf)\b"
    r"|\b(?:need|have to (?:get|have|ask)|need to (?:get|have|ask)|require) (?:\w+ ){0,3}?"
    r"(?:permission|ok|okay|consent|approval)\w* (?:\w+ ){0,2}?(?:to|before i|before we) report\b"
)
_REPORT_NOT = re.compile(
    r"\b(?:will|would|does) (?:they|he|she|police) (?:know|find out)\b"
    r"|\b(?:report|turn in) (?:my|our) (?:own )?(?:son|daughter|kid|child|boy|girl)\b"
    r"|\bmy own (?:son|daughter|kid|child)\b|\b(?:police|cops|rcmp) on (?:him|her|them)\b"
)
# The writer's own child is the one who shared (writer_role answers the parent).
_OWN_CHILD_SHARED = re.compile(
    r"\b(?:my|our) (?:\d+ ?(?:yo|year old|y/o) )?(?:son|daughter|kid|child|boy|girl|teen)\b"
    r"(?: \w+){0,4} (?:shared|sent|posted|forwarded|showed|airdropped|spread)\b"
)

# --- 3. the helper filing the tribunal claim ---------------------------------------------
_FILE_FOR = re.compile(
    rf"\b(?:can|could|may|should|do|am i allowed to|is it ok(?:ay)? (?:if|for) (?:i|me to)) {_I}"
    r" (?:\w+ ){0,4}?(?:fill (?:\w+ )?(?:out|in)|file|apply|submit|start|make|do|open|bring|put in)"
    r"(?: \w+){0,6}? (?:for (?:her|him|them)|on (?:her|his|their) behalf|instead of (?:her|him"
    r"|them))"
    r"|\b(?:does|do|has) (?:she|he|they) (?:have|need) to (?:do|file|apply|fill|submit|start) "
    r"(?:it|that|this|the \w+)? ?(?:herself|himself|themselves)\b"
)
_CRT = re.compile(r"\b(?:tribunal|crt|claim|civil resolution|solution explorer|application|form)\b")

# --- 4. tell the child's parent first ----------------------------------------------------
_PARENT = r"(?:his|her|their|the (?:kid|child|boy|girl)'?s) (?:mother|mom|mum|father|dad|parents?)"
_TELL_FIRST = re.compile(
    rf"\b(?:should|do|must|can|would|shall) (?:i|we) (?:\w+ ){{0,2}}?(?:call|tell|phone|ring|text"
    rf"|contact|talk to|let) (?:{_PARENT}|them)(?: know)? (?:\w+ ){{0,3}}?(?:first|before)\b"
    rf"|\b(?:tell|call|contact) {_PARENT} (?:first|before)\b"
    rf"|\b{_PARENT} first\b"
)
_WRITER_PARENT = re.compile(
    r"\bmy (?:\d+ ?(?:yo|year old|y/o) )?(?:son|daughter|kid|child|boy|girl|stepson|stepdaughter)\b"
)

# --- 5. the writer's relative is the one sharing ------------------------------------------
_RELATIVE = (
    r"(?:my|our) (?:\d+ ?(?:yo|year old|y/o) )?(?:adult )?(?:daughter|son|kid|child|sister"
    r"|brother|niece|nephew|friend|grand(?:son|daughter))"
)
_SHARING = (
    r"(?:posting|posted|sharing|shared|sending|sent|spreading|spread|uploading|uploaded"
    r"|putting up|put up|forwarding|forwarded|showing)"
)
_RELATIVE_SHARES = re.compile(rf"\b{_RELATIVE}\b")
_SHARES_VERB = re.compile(rf"\b{_SHARING}\b")
# Someone else's images (never the relative's own): "pictures of her ex", "a girl's nudes".
_OTHERS_IMAGES = re.compile(
    r"\b(?:pictures|pics|photos|images|nudes|videos?|stuff) of (?:her|his|their) ex\b"
    r"|\b(?:pictures|pics|photos|images|nudes|videos?) of (?:a|an|another|other|some|this|that)"
    r" (?:girl|guy|boy|woman|man|person|people|classmate|coworker)\b"
    r"|\b(?:her|his|their) ex'?s (?:\w+ )?(?:pics|nudes|photos|pictures|images|videos?)\b"
    r"|\b(?:someone|somebody|other people|another person)'?s (?:\w+ )?(?:pics|nudes|photos"
    r"|pictures|images|videos?)\b"
)
_SHE_IS_SHARER = re.compile(
    r"\b(?:she|he|they)(?:'s| is| are|s)? (?:not the victim|the one (?:\w+ ){0,2}?(?:posting"
    r"|sharing|doing|sending|putting|spreading)|doing the (?:posting|sharing)|the one who"
    r" (?:posted|shared|sent|is posting|is sharing))\b"
    r"|\b(?:she|he) is not the (?:one|victim)\b|\bnot (?:her|his) (?:pictures|pics|photos|images)\b"
    r"|\b(?:pictures|pics|photos|images|video) (?:are|is) of (?:her|his) ex\b"
)
_STOP_ASK = re.compile(
    r"\b(?:stop|stopping|quit|take (?:them|it|those|the \w+) down|take down|delete|remove"
    r"|consequences?|trouble|listen|convince|talk (?:to|with) (?:her|him)|get (?:her|him) to"
    r"|make (?:her|him)|what could happen|charged|doing something wrong)\b"
)
_YOUNG_SHARER = re.compile(
    r"\b(?:son|daughter|kid|child|brother|sister) (?:is )?(?:[1-9]|1[0-7])\b"
    r"|\b(?:[1-9]|1[0-7]) ?(?:yo|y/o|years? old)\b"
    r"|\b(?:is|he'?s|she'?s) (?:only )?(?:[1-9]|1[0-7])\b"
)


def _helper(earlier: list[str]) -> bool:
    return any(_HELPED.search(plain_lower(t)) for t in earlier)


def _child_case(texts: list[str]) -> bool:
    joined = " ".join(plain_lower(t) for t in texts)
    if _ADULT_AGE.search(joined) and not re.search(
        r"\b(?:grand(?:son|daughter)|student)\b", joined
    ):
        return bool(re.search(r"\b(?:[1-9]|1[0-7]) ?(?:yo|y/o|years? old)\b", joined))
    return bool(_CHILD.search(joined))


_FEMALE = re.compile(r"\b(?:my|our) (?:\w+ )?(?:daughter|sister|niece|granddaughter)\b")
_MALE = re.compile(r"\b(?:my|our) (?:\w+ )?(?:son|brother|nephew|grandson)\b")
_OWN_IMAGES = re.compile(
    r"\b(?:my|her|his|their) (?:own )?(?:nudes|pics|pictures|photos|images|videos?)\b"
    r"|\b(?:pics|pictures|photos|images|nudes|videos?) of (?:me|her|him|them)\b"
)
_NOT_VICTIM = re.compile(
    r"\bnot the victim\b|\b(?:pictures|pics|photos|images|video) (?:are|is) of"
)


def _sharer_said(text: str, texts: list[str]) -> bool:
    """'she is the one posting' said of the relative named before (the pronoun agrees)."""
    match = _SHE_IS_SHARER.search(text)
    if not match:
        return False
    joined = " ".join(texts)
    said = match.group(0)
    if said.startswith("she"):
        return bool(_FEMALE.search(joined)) or bool(_NOT_VICTIM.search(text))
    if said.startswith("he"):
        return bool(_MALE.search(joined)) or bool(_NOT_VICTIM.search(text))
    return bool(_NOT_VICTIM.search(text))


# Round 21 (p24): someone else is the one sharing ("someone posted nudes of a girl ... shes my
# friend"), or the writer is under 18 ("im 17"): never the relative-sharing answer.
_OTHER_SHARER = re.compile(
    rf"\b(?:someone|somebody|some ?one|some (?:guy|girl|kid|boy|person|dude)|a (?:guy|boy|girl|kid"
    rf"|classmate|dude)|people|everyone|(?:her|his|my|their) ex|someone else|a random)"
    rf"(?: \w+){{0,3}} {_SHARING}\b"
)
_WRITER_YOUNG = re.compile(r"\b(?:i'?m|im|i am) (?:only |just )?(?:1[0-7]|[1-9])\b")


def relative_is_sharing(texts: list[str]) -> bool:
    """The writer's relative (adult, or no age said) is the one sharing someone else's images:
    said with the images named ("posting pictures of her ex"), or as a correction ("she is the
    one posting") after the relative was named."""
    cleaned = [plain_lower(t) for t in texts]
    joined = " ".join(cleaned)
    if _YOUNG_SHARER.search(joined) or not _RELATIVE_SHARES.search(joined):
        return False
    if _WRITER_YOUNG.search(joined):
        return False
    if any(_sharer_said(t, cleaned) for t in cleaned):
        return True
    return any(
        _RELATIVE_SHARES.search(t)
        and _SHARES_VERB.search(t)
        and _OTHERS_IMAGES.search(t)
        and not _OTHER_SHARER.search(t)
        and not (_OWN_IMAGES.search(t) and not _OTHERS_IMAGES.search(t))
        for t in cleaned
    )


def role_kind(text: str, earlier: list[str]) -> str | None:
    """The answer for a helper's question about their own part (or a relative sharing)."""
    cleaned = plain_lower(text or "")
    if not earlier:
        # A first message that tells it ("my son has been sharing pics of his ex"): the answer
        # for the one sharing, never the victim's helper answer.
        return CHILD_SHARING if relative_is_sharing([text or ""]) else None
    everything = [*earlier, text or ""]
    if (
        relative_is_sharing(everything)
        and (_SHE_IS_SHARER.search(cleaned) or _STOP_ASK.search(cleaned))
        and relative_is_sharing(earlier + ([text] if _SHE_IS_SHARER.search(cleaned) else []))
    ):
        return CHILD_SHARING
    if not _helper(earlier):
        return None
    if _FILE_FOR.search(cleaned) and (
        _CRT.search(cleaned) or any(_CRT.search(plain_lower(t)) for t in earlier[-1:])
    ):
        return FILE_FOR
    if (
        _REPORT.search(cleaned)
        and not _REPORT_NOT.search(cleaned)
        and not any(_OWN_CHILD_SHARED.search(plain_lower(t)) for t in earlier)
    ):
        return REPORT_CHILD if _child_case(everything) else REPORT_ADULT
    if _ON_CALL.search(cleaned):
        return ON_CALL
    if (
        _TELL_FIRST.search(cleaned)
        and _child_case(everything)
        and not any(_WRITER_PARENT.search(plain_lower(t)) for t in everything)
    ):
        return TELL_PARENT_FIRST
    return None


def follow_up(text: str, previous: list[str], earlier: list[str]) -> list[str] | None:
    """The answer (module text), or None. `previous`: the actions of the turn before."""
    found = role_kind(text, earlier)
    if not found:
        return None
    again = AGAIN.get(found)
    if again and found in previous:
        return [again]
    return None if found in previous else [found]
