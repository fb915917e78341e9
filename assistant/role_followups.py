"""Who a follow-up is about, when the conversation told it (issue 16, simulated users round 10):
the answer follows the writer's role, never the victim's list for everyone.

- A parent whose OWN child shared or holds someone else's image ("should he delete it? should
  we contact the girl's family?"): what the sources say for that case (never keep or forward
  it, it is child sexual abuse material in law, Cybertip.ca, a lawyer for the child), said to
  the parent; never the evidence answer ("don't delete") or "tell them they're not in trouble".
- Someone helping an adult who won't call anyone ("SHE DOESN'T WANT TO CALL ANYONE, WHAT CAN I
  DO FOR HER"): her choice, and what the helper can do; never "my answer just above".
- A friend of someone under 18 ("what can I do to help him? I'm his friend", after "he's 16"):
  the under-18 routes and how a friend helps; never StopNCII.org (18 or older).
- "what should I do about the roommate? we still live together": living with the person is not
  in the sources (say so), what they do say (police, safety lines, IIPS, the intake line);
  never the route questions.

Plain Python over the lowercased message and the earlier texts; assistant.helper_context calls
`role_kind`, and the InterruptPolicy answers the kind with static responses (domain/roles.yml).
"""

from __future__ import annotations

import re

from assistant import others_reading

OWN_CHILD_WHAT_NOW = "own_child_shared_what_now"
HELPER_WONT_CALL = "helper_person_wont_call"
HELPER_MINOR_WONT_CALL = "helper_minor_wont_call"
FRIEND_OF_MINOR = "friend_of_minor_help"
LIVES_WITH_PERSON = "lives_with_person"
ANSWERS: dict[str, list[str]] = {
    OWN_CHILD_WHAT_NOW: ["utter_own_child_what_now", "utter_own_child_what_now_next"],
    HELPER_WONT_CALL: ["utter_helper_wont_call"],
    HELPER_MINOR_WONT_CALL: ["utter_helper_minor_wont_call"],
    FRIEND_OF_MINOR: ["utter_friend_of_minor", "utter_friend_of_minor_removal"],
    LIVES_WITH_PERSON: ["utter_lives_with_person", "utter_lives_with_person_next"],
}
KINDS = frozenset(ANSWERS)
# Said again right after (assistant/policies/repeats.py): the point in other words.
AGAIN: dict[str, list[str]] = {
    OWN_CHILD_WHAT_NOW: ["utter_own_child_what_now_again"],
    HELPER_WONT_CALL: ["utter_helper_wont_call_again"],
    HELPER_MINOR_WONT_CALL: ["utter_helper_wont_call_again"],
}

_CHILD = (
    r"\b(?:my|our) (?:own )?(?:\d{1,2}[- ]?(?:year[- ]?old|yo) )?(?:teenage |teen |little )?"
    r"(?:son|daughter|kid|child|teen|teenager|nephew|niece|grandson|granddaughter|stepson|stepdaughter|boy)\b"
)
# "my son has a nude of a girl in his class on his phone", "our daughter still has the pic".
_CHILD_HOLDS = re.compile(
    _CHILD + r"(?: \(\d{1,2}\))?(?: still| also| now)? (?:has|had|got|kept|is keeping|saved"
    r"|has got)\b[^.!?]{0,60}\b(?:nudes?|naked|pics?|pictures?|photos?|images?|videos?|vids?)\b"
    r"|" + _CHILD + r" (?:is|was) the one (?:who|that) (?:did|shared|sent|forwarded|posted)"
)
_SHARED = re.compile(
    _CHILD + r"[^.!?]{0,30}\b(?:shared|sent|forwarded|posted|leaked|spread|passed around"
    r"|airdropped|uploaded|showed|did the (?:sharing|sending|forwarding|posting))\b"
)
# "My son is 16. I just found out he forwarded a naked picture of a girl from his class" (round
# 21, p12): the child named, then the pronoun that fits, in the next sentence.
_ACTS = r"(?:shared|sent|forwarded|posted|leaked|spread|airdropped|uploaded|showed)"
_SHARED_LATER = re.compile(
    r"\b(?:my|our) (?:own )?(?:son|boy|nephew|grandson|stepson)\b[^!?]{0,80}?\bhe (?:\w+ ){0,2}"
    + _ACTS
    + r"\b|\b(?:my|our) (?:own )?(?:daughter|niece|granddaughter|stepdaughter)\b[^!?]{0,80}?"
    r"\bshe (?:\w+ ){0,2}" + _ACTS + r"\b"
)
_SOMEONE_ELSES = re.compile(
    r"\b(?:his|her|their) (?:ex-?)?(?:\w+ )?(?:girlfriend|boyfriend|gf|bf|classmate|friend)"
    r"(?:'s|s')"
    r"|\bof (?:a|an|another|some|this|that|the) (?:\w+ )?(?:girl|boy|kid|student|classmate"
    r"|teammate|schoolmate)\b|\b(?:a|the|that|this|his|her) (?:\w+ )?(?:girl|boy|kid|classmate"
    r"|girlfriend|boyfriend)(?:'s|s')|\bin (?:his|her|their) (?:class|grade|school)\b"
)
# What to do now: delete it, tell the other family, "as parents", "what do we do".
_WHAT_NOW = re.compile(
    r"\b(?:should|shud|shld|shoud|do|does|can|must|need to|have to) (?:he|she|they|we|i|my \w+)"
    r" (?:\w+ ){0,2}(?:delete|keep|get rid of|erase|wipe|remove|do with)\b"
    r"|\bwhat (?:should|do|can|would|must) (?:we|i|he|she|they) (?:\w+ ){0,2}do(?:ing)?\b"
    r"|\bas (?:a |the )?(?:parents?|mom|mum|dad|family)\b"
    r"|\b(?:contact|call|tell|talk to|reach out to|apologi[sz]e to|warn)"
    r" (?:\w+ ){0,2}(?:girl'?s|boy'?s|kid'?s|child'?s|her|his|their|other) (?:parents?|family"
    r"|mom|mum|dad|mother|father)\b"
    r"|\bdoes (?:he|she|they) delete\b"
)


# Someone else did it ("my daughter is 13 and a boy in her class shared a nude photo of her",
# round 22 p03): another subject between the child and the verb, or the image said to be the
# child's own. The child is the one pictured, never the sharer (session 21).
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:a|an|another|some|the|this|that|one|these|those|two|three|his|her|their)\s+(?:\w+\s+)?"
    r"(?:boys?|girls?|kids?|guys?|students?|classmates?|friends?|person|people|teens?|man|men"
    r"|woman|women|ex|bf|gf|boyfriend|girlfriend|schoolmates?|teammates?)\b"
    r"|\b(?:someone|somebody|some ?one|they|people|everyone)\b"
)
_CHILD_PICTURED = re.compile(
    r"\b(?:photos?|pics?|pictures?|images?|videos?|vids?|nudes?|selfies?) of (?:her|him|them)\b"
    r"(?! (?:friend|classmate|girlfriend|boyfriend|ex)\b)"
    r"|\b(?:her|his) (?:own )?(?:nudes?|naked (?:photos?|pics?|pictures?))\b"
)


def _someone_else_did_it(shared: re.Match, text: str) -> bool:
    return bool(_ANOTHER_SUBJECT.search(shared.group(0))) or bool(_CHILD_PICTURED.search(text))


def own_child_story(texts: list[str]) -> bool:
    """The conversation told that the writer's own child shared or holds someone else's image."""
    for text in texts:
        if others_reading.own_child_shared(text):
            return True
        shared = _SHARED.search(text) or _SHARED_LATER.search(text)
        if shared and _SOMEONE_ELSES.search(text) and not _someone_else_did_it(shared, text):
            return True
        if _CHILD_HOLDS.search(text) and (_SOMEONE_ELSES.search(text) or "the one" in text):
            return True
    return False


# --- an adult or child helped who won't call anyone -----------------------------------------
_WONT = re.compile(
    r"\b(?:she|he|they|my \w+)(?: really| just| still)? (?:doesn'?t|doesnt|does not|don'?t|dont"
    r"|won'?t|wont|will not|refuses? to|isn'?t ready to|is not ready to|isnt ready to)"
    r"(?: want to| wanna)? (?:call|contact|phone|talk to|report|go to|tell|reach out|do anything)"
    r"\b|\b(?:she|he|they|my \w+)(?:'s| is| are|'re)? (?:too |so |really |very )?(?:embarr?ass?ed"
    r"|ashamed|scared to call|afraid to call)\b"
)
_HOW_I_HELP = re.compile(
    r"\bwhat (?:can|could|should|do) i (?:even )?do (?:for|to help) (?:her|him|them|my \w+)\b"
    r"|\bhow (?:can|do|could|should) i help (?:her|him|them|my \w+)\b"
    r"|\bwhat can i do\b|\bhelp (?:her|him|them) myself\b|\bhow do i help\b"
)


# "he says he won't tell anyone if I send more": the person who did it, not the one helped.
_THREAT_WORDS = re.compile(
    r"\b(?:unless|if i (?:send|pay|don'?t)|send (?:more|him|her|them)|pay|money|threat\w*"
    r"|blackmail\w*|or else|promised?|says? (?:he|she|they))\b"
)
_FOR_THEM = re.compile(r"\b(?:for|help) (?:her|him|them)\b|\bmyself\b")


def wont_call(cleaned: str, helping: bool) -> bool:
    """ "she doesn't want to call anyone, what can I do for her": the helped person won't call,
    told by someone helping (said before, or "for her" now)."""
    if not _WONT.search(cleaned) or _THREAT_WORDS.search(cleaned):
        return False
    if not (helping or _FOR_THEM.search(cleaned)):
        return False
    return bool(_HOW_I_HELP.search(cleaned) or "call" in cleaned)


# --- a friend of someone under 18 -------------------------------------------------------------
_TEEN = r"(?:1[0-7]|[1-9]|thirteen|fourteen|fifteen|sixteen|seventeen)"
_THEY_ARE_MINOR = re.compile(
    rf"\b(?:he|she|they)(?:'s| is| are|'re|s)? (?:only |just )?{_TEEN}\b(?! ?(?:min|hour|day))"
    rf"|\b(?:he|she|they)(?:'s| is| are|'re)? (?:a )?(?:minor|under 18|underage|in grade \d+)\b"
    rf"|\bmy (?:\w+ )?(?:friend|buddy|bestie|best friend|classmate|teammate)(?: \(| is | who is )"
    rf"{_TEEN}\b"
)
_FRIEND_HELPS = re.compile(
    r"\b(?:i'?m|im|i am) (?:his|her|their|a) (?:best )?(?:friend|buddy|bestie)\b"
    r"|\bhow (?:can|do|could|should) i help (?:him|her|them|my \w+)\b"
    r"|\bwhat (?:can|could|should|do) i (?:even )?do (?:for|to help) (?:him|her|them|my \w+)\b"
)
_ADULT_SAID = re.compile(r"\b(?:he|she|they)(?:'s| is| are|'re)? (?:1[89]|[2-9]\d)\b")


# A parent, relative or worker helping a child has the helper's answers (helper_reading.py).
_ADULT_HELPER = re.compile(
    _CHILD + r"|\bmy (?:student|students|client|grandchild)\b"
    r"|\b(?:i'?m|im|i am) (?:a|an|the|her|his|their) (?:teacher|parent|mom|mum|dad|counsell?or"
    r"|coach|principal|youth worker|social worker|aunt|uncle|grandma|grandpa|grandmother"
    r"|grandfather|guardian)\b"
)
# Kinds a friend's "how can I help him" was read as (never a child's helper's own answer).
_FRIEND_REPLACES = frozenset(
    {
        None,
        "helper_for_adult",
        "helper_for_adult_routes",
        "helper_for_someone",
        "helper_other_adult",
        "helper_talk_adult",
        "helper_talk_maybe",
    }
)


def minor_told(texts: list[str]) -> bool:
    """Someone else, not the writer, was said to be under 18, and never said to be an adult."""
    joined = " ".join(texts)
    return bool(_THEY_ARE_MINOR.search(joined)) and not _ADULT_SAID.search(joined)


# --- living with the person -------------------------------------------------------------------
_LIVES_WITH = re.compile(
    r"\b(?:we|i) (?:still )?(?:live|living|lives) (?:together|with (?:him|her|them))\b"
    r"|\b(?:he|she|they) (?:still )?(?:lives?|living) with (?:me|us)\b"
    r"|\bshould i move out\b|\b(?:move|moving) out\b|\bkick (?:him|her|them) out\b"
    r"|\bmy (?:roommate|room mate|roomie|housemate|flatmate)\b|\bthe (?:roommate|housemate"
    r"|flatmate)\b"
)
_ASKS_ABOUT_THEM = re.compile(
    r"\bwhat (?:should|do|can|would) i do (?:about|with) (?:him|her|them|the \w+|my \w+)\b"
    r"|\bshould i (?:move out|leave|kick|stay|confront|tell (?:him|her|them))\b"
    r"|\b(?:can|do) i (?:have to )?(?:move out|kick|evict|get (?:him|her|them) out)\b"
    r"|\bwhat (?:about|do i do about) (?:living|the (?:apartment|house|lease|place))\b"
)


def lives_with_person(cleaned: str) -> bool:
    """ "what should I do about the roommate? we still live together", "should I move out?"."""
    return bool(_LIVES_WITH.search(cleaned) and _ASKS_ABOUT_THEM.search(cleaned))


# Kinds these readings may replace: none of the safety net's, fear's or another specific answer.
_REPLACEABLE = frozenset(
    {
        None,
        "helper_for_adult",
        "helper_for_adult_routes",
        "helper_for_someone",
        "helper_other_adult",
        "helper_talk_adult",
        "helper_talk_maybe",
        "helper_for_minor",
        "helper_minor_tell_parents",
        "held_not_shared",
        "secret_recording",
        "helped_child_in_trouble",
        "subject_other_tell_parents",
    }
)
# A sharer's parent's "what now" was also read as a victim's helper's or evidence question.
_SHARER_PARENT_REPLACES = frozenset(
    {"helper_for_minor_next", "helper_minor_first", "evidence_to_police", "helper_minor_evidence"}
)
_SAFETY_KEEP = frozenset({"crisis", "immediate_danger", "stop", "delete_conversation"})
_WHO_TO_CALL = re.compile(
    r"\bwho (?:do|should|can|could|would) (?:i|we) (?:\w+ )?(?:call|contact|phone|ring|tell"
    r"|report (?:it |this |her |him )?to|go to)\b|\bwho (?:do|should) (?:i|we) (?:call )?first\b"
)
# The helper's ordered list (domain/helpers_next.yml `utter_helper_minor_order`).
SHARER_WHO_TO_CALL = "helper_minor_who_first"
_KEEP = frozenset(
    {"crisis", "immediate_danger", "stop", "delete_conversation", "need_help_now"}
)  # fmt: skip


def role_kind(
    kind: str | None,
    intent: str | None,
    text: str,
    earlier_texts: list[str],
    minor_before: bool = False,
    helping: bool = False,
) -> str | None:
    """The kind the writer's role gives this message, or None (the kind already read stays)."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    earlier = [" ".join((t or "").lower().replace("\u2019", "'").split()) for t in earlier_texts]
    recent = earlier[-6:]
    # "Who do I call today then?" from a sharer's parent (read as "help now"): who to call, in
    # order, for the young people (round 11, p20).
    if (
        intent not in _SAFETY_KEEP
        and kind is None
        and _WHO_TO_CALL.search(cleaned)
        and own_child_story(recent)
    ):
        return SHARER_WHO_TO_CALL
    if intent in _KEEP or kind not in _REPLACEABLE | _SHARER_PARENT_REPLACES:
        return None
    if not cleaned or cleaned.startswith("/"):
        return None
    if _WHAT_NOW.search(cleaned) and own_child_story([*recent, cleaned]):
        return OWN_CHILD_WHAT_NOW
    if kind not in _REPLACEABLE:
        return None
    if wont_call(cleaned, helping or minor_before):
        minor = minor_before or minor_told([*recent, cleaned])
        return HELPER_MINOR_WONT_CALL if minor else HELPER_WONT_CALL
    if (
        kind in _FRIEND_REPLACES
        and _FRIEND_HELPS.search(cleaned)
        and minor_told([*recent, cleaned])
        and not any(_ADULT_HELPER.search(t) for t in [*recent, cleaned])
    ):
        return FRIEND_OF_MINOR
    if lives_with_person(cleaned) and (recent or "together" in cleaned):
        return LIVES_WITH_PERSON
    return None
