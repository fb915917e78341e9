"""A follow-up question that got no answer, and the second half of a two-part question that was
dropped (issue 16, simulated users round 11, kinds 1 and 4). Plain Python, no Rasa imports;
read from the words and the messages before, never from training examples.

Kind 1, a question with an answer of its own (`unanswered_kind`):
- "what if he already sent it to people?": the help that still applies (`ALREADY_SENT`; a
  young writer gets the under-18 removal routes and lines).
- "is Kids Help Phone confidential? will my boss find out if I call them?": the sources don't
  say what a line keeps private; ask the line first; this assistant tells no one (`LINE_PRIVATE`).
- "my husband shows my pictures to his friends. I live with him": the sharing answer and
  safety while living with the person (`LIVES_WITH_SHARER`).
- "my mom posted a pic of me changing": it can be an intimate image, whoever posted it, and
  how to get it down (`FAMILY_POSTED`).
- "how do I make him stop asking?": what the sources say about being asked, and that they
  don't say how to make someone stop (`STOP_ASKING`).
- "what are all the numbers I should give clients?": every number (`plain_questions.NUMBERS`).
- "will reporting to police hurt my custody case?": the sources don't cover family law; the
  lawyer can answer (`CUSTODY`).
- "how do I find out if he actually did?": `next_questions.FIND_ONLINE`.
- "can I report to police here though he's in BC?": `asked_next.POLICE_WHERE`.
- "will they really send it if I block him?": nobody can say; block after screenshots
  (`SEND_IF_BLOCK`).
- "what can I do if I don't want to go to the police?": the routes without police
  (`NO_POLICE`).

Kind 4, the second half (`second_half`): a question's other half read in its own words ("...and
can I still get the free lawyer?", "...I don't want him to find out", "is he in trouble? should
we pay?") is answered in the same turn, the existing answers in the order they were asked.
"""

from __future__ import annotations

import re

from assistant import dropped_halves
from assistant.asked_next import POLICE_WHERE
from assistant.next_questions import FIND_ONLINE
from assistant.plain_questions import NUMBERS
from assistant.plain_text import plain_lower

ALREADY_SENT = "already_sent"
ALREADY_SENT_YOUTH = "already_sent_youth"
LINE_PRIVATE = "line_private"
KHP_PRIVATE = "khp_private"
LIVES_WITH_SHARER = "lives_with_sharer"
FAMILY_POSTED = "family_posted"
FAMILY_POSTED_YOUTH = "family_posted_youth"
STOP_ASKING = "stop_asking"
STOP_ASKING_YOUTH = "stop_asking_youth"
STOP_ASKING_YOUTH_ONLINE = "stop_asking_youth_online"
CUSTODY = "custody_not_covered"
SEND_IF_BLOCK = "send_if_block"
NO_POLICE = "options_without_police"
NO_POLICE_PRIVATE = "options_without_police_private"
FIND_OUT_NOT_SHARED = "find_out_or_not_shared"

ANSWERS: dict[str, list[str]] = {
    # what_happens.yml's answer to "what if he posts it?", the same help.
    ALREADY_SENT: ["utter_if_threat_carried_out"],
    ALREADY_SENT_YOUTH: ["utter_already_sent_youth", "utter_already_sent_youth_next"],
    LINE_PRIVATE: ["utter_line_private"],
    KHP_PRIVATE: ["utter_khp_private"],
    LIVES_WITH_SHARER: ["utter_lives_with_sharer", "utter_lives_with_sharer_next"],
    FAMILY_POSTED: ["utter_family_posted"],
    FAMILY_POSTED_YOUTH: ["utter_family_posted", "utter_family_posted_youth"],
    STOP_ASKING: ["utter_stop_asking", "utter_stop_asking_next"],
    STOP_ASKING_YOUTH: ["utter_stop_asking_youth"],
    STOP_ASKING_YOUTH_ONLINE: ["utter_stop_asking_youth_online"],
    CUSTODY: ["utter_custody_not_covered"],
    SEND_IF_BLOCK: ["utter_send_if_block"],
    NO_POLICE: ["utter_options_without_police"],
    NO_POLICE_PRIVATE: ["utter_options_without_police", "utter_who_is_told"],
    FIND_OUT_NOT_SHARED: ["utter_find_out_online", "utter_held_not_shared"],
}
KINDS = frozenset(ANSWERS)
# Asked again right after its answer ("is KHP confidential yes or no", "I asked for the phone
# numbers"): the point in other words, never "see above" (assistant/policies/repeats.py).
AGAIN: dict[str, list[str]] = {
    KHP_PRIVATE: ["utter_khp_private_again"],
    ALREADY_SENT_YOUTH: ["utter_already_sent_youth_again"],
    ALREADY_SENT: ["utter_already_sent_again"],
    CUSTODY: ["utter_custody_again"],
    STOP_ASKING_YOUTH: ["utter_stop_asking_youth_again"],
    STOP_ASKING_YOUTH_ONLINE: ["utter_stop_asking_youth_online_again"],
    STOP_ASKING: ["utter_stop_asking_again"],
    NUMBERS: ["utter_phone_numbers_again"],
}

# The kinds other readers gave these questions in round 11 ("report to police" with its
# relationship boilerplate for custody, the Kids Help Phone numbers again for "is it
# confidential?", the block steps for "will they send it if I block?", the lawyer's
# confidentiality for "will he find out if I call Kids Help Phone?"): these readings replace them.
REPLACES = frozenset(
    {
        "report_to_police",
        "youth_line_asked",
        "other_person_told",
        "block_or_wait",
        "block_steps",
        "subject_must_report",
        # "is VictimLinkBC confidential?" read as "will you tell anyone?": the line's own answer.
        "youth_who_is_told",
    }
)

_ASKS = re.compile(
    r"\?|\b(?:can|could|will|would|should|do|does|is|are|am|how|what|who|where|which)\b"
)
_PERSON = r"(?:he|she|they|him|her|them|my ex|the guy|this guy|the person|someone|somebody|it)"
_SHARE_VERB = r"(?:sent|send|shared|share|posted|post|leaked|leak|spread|put|uploaded|forwarded)"
_ALREADY_SENT = re.compile(
    rf"\bwhat (?:if|about if|do i do if|should i do if|happens if|can i do if|to do if)\b"
    rf"[^?]{{0,25}}\balready\b[^?]{{0,25}}\b(?:{_SHARE_VERB}|out there|online|out)\b"
    r"|\b(?:it'?s|its|it is|they'?re|theyre|they are|it has|it'?s been|they'?ve been)"
    r" already (?:out there|online|out|been (?:sent|shared|posted)|sent|shared|posted"
    r"|everywhere|going around)\b[^.!]{0,40}\?"
    r"|\b(?:what|how)\b[^?]{0,30}\b(?:if|now that|when) (?:it'?s|its|it is|they'?re|theyre)"
    r" already (?:out there|online|out|everywhere|going around)\b"
    rf"|\bwhat if {_PERSON} (?:already |has already |already has )?(?:sent|shared|posted"
    r"|leaked|forwarded) (?:it|them|the \w+|my \w+) (?:to|with) (?:people|everyone|everybody"
    r"|my (?:friends|family|school|class|contacts)|others|other people|someone|the whole)"
)

_KHP = re.compile(r"\b(?:kids help ?(?:phone|line)?|khp)\b")
_OTHER_LINE = re.compile(
    r"\b(?:victim ?link\w*|cybertip\w*|need ?help ?now|the (?:iips|protection service)"
    r"|intimate images protection service|9-?8-?8|988)\b"
)
_PRIVATE = re.compile(
    r"\b(?:confidential\w*|private|privacy|anonymous\w*|secret)\b"
    r"|\b(?:tell|call|contact|inform|notify|report (?:me|it) to|text) (?:anyone|anybody"
    r"|someone|my|your|the police|police|cops|work|school|him|her|them)\b"
    r"|\b(?:find out|found out|be told|get told)\b"
    r"|\b(?:will|would|could|does|do|can) (?:he|she|they|my \w+|anyone|anybody|someone|people)"
    r" (?:\w+ )?(?:know|hear)\b"
)
_THEY = re.compile(r"\b(?:they|them|it|that line|that number)\b")

_LIVES_WITH = re.compile(
    r"\b(?:i|we) (?:still )?(?:live|living|am living|stay|staying|share a (?:house|home|place"
    r"|flat|apartment)) (?:with (?:him|her|them|my \w+)|together)\b"
    r"|\b(?:we|i) (?:still )?share (?:a|an|the) (?:house|home|place|flat|apartment|room|bed)\b"
    r"|\b(?:live|living) (?:in )?(?:the same (?:house|home|place|apartment)|under the same roof)"
)
_PARTNER_SHARED = re.compile(
    r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|spouse|fiance\w*)\b"
    r"[^.!?]{0,20}\b(?:show|shows|showed|showing|shown|share|shares|shared|sharing|sent|sends"
    r"|post|posts|posted|send)\b[^.!?]{0,30}\b(?:pictures?|pics?|photos?|images?|videos?"
    r"|nudes?|selfies?)\b"
)

_FAMILY = (
    r"(?:mom|mum|mother|dad|father|step ?(?:mom|mum|dad|mother|father)|sister|brother|aunt"
    r"|uncle|cousin|grandma|grandpa|grandmother|grandfather|parents?|stepsister|stepbrother)"
)
_FAMILY_POSTED = re.compile(
    rf"\bmy {_FAMILY}\b[^.!?]{{0,25}}\b(?:posted|shared|sent|put|uploaded|showed|shows"
    r"|is showing|is sharing|keeps showing|put up)\b"
)
_NEAR_NUDE = re.compile(
    r"\b(?:changing|getting changed|getting dressed|undressed|undressing|naked|nude|half naked"
    r"|half-naked|topless|in (?:the )?(?:shower|bath|bathtub|bathroom)|in my (?:underwear|bra"
    r"|towel|undies|boxers)|in a towel|without (?:a shirt|clothes|my top))\b"
)

_STOP_ASKING = re.compile(
    r"\b(?:how|what) (?:do|can|could|should) (?:i|we) (?:do to )?(?:make|get|tell) (?:him|her"
    r"|them|my \w+|the \w+|this \w+) (?:to )?(?:stop|quit|leave me alone|back off)\b"
    r"(?! (?:sharing|posting|spreading|showing|sending (?:it|them|my)))"
    r"|\b(?:make|get) (?:him|her|them|my \w+) (?:to )?stop (?:asking|messaging|texting|bugging"
    r"|pressuring|dming|snapping|pestering)"
    r"|\bhow (?:do|can) (?:i|we) stop (?:him|her|them|my \w+) (?:from )?(?:asking|messaging"
    r"|texting|pressuring)"
)
_WAS_ASKED = re.compile(
    r"\b(?:ask\w*|pressur\w*|begg\w*|bugg\w*|pester\w*|want\w*) (?:me )?(?:for|to send)\b"
)

_CUSTODY = re.compile(
    r"\b(?:custody|family court|parenting time|parenting (?:order|case)|child support"
    r"|divorce (?:case|proceedings?|lawyer)|access to (?:my|the|our) (?:kids|children))\b"
)

# "can I report to the police here in Calgary even though he's in BC?": asked_next's answer on
# police where the other person lives (it reads "police in Vancouver", not "he's in BC").
_POLICE_WHERE = re.compile(
    r"\b(?:police|cops?|rcmp)\b[^?]{0,40}\b(?:even (?:though|if)|but|while|when|if) (?:he|she"
    r"|they|my ex|the person|the guy)(?: is|'s| lives| live| are|'re| was)? (?:in|from|over in"
    r"|out in) (?!(?:my|the|our|his|her|a|an|this|that|jail|trouble|danger|contact|school)\b)"
    r"[a-z.]+"
)

# Round 27 (plain27, p10 T4): "if i block them wont they just post it right away": "won't",
# "wouldn't" and "just" too.
_WILL = r"(?:will|won'?t|wont|would|wouldn'?t|wouldnt)"
_SEND_IF_BLOCK = re.compile(
    rf"\b{_WILL} {_PERSON} (?:really |actually |still |just |even )?(?:send|post|share|leak"
    r"|do it|go through with it)\b[^?]{0,30}\bif (?:i|we) (?:block|ignore|stop (?:replying"
    r"|answering)|don'?t pay|dont pay)"
    rf"|\bif (?:i|we) (?:block|ignore) {_PERSON}\b[^?]{{0,20}}\b{_WILL} {_PERSON} (?:really "
    r"|actually |still |just |even )?(?:send|post|share|leak)"
)

_NO_POLICE = re.compile(
    r"\bwhat (?:can|could|else can|should|are my options)\b[^?]{0,30}\b(?:if|without"
    r"|but|and) (?:i )?(?:don'?t|dont|do not|not)? ?(?:want to |wanna )?(?:go(?:ing)? to"
    r"|call(?:ing)?|involv\w*|report\w*(?: to)?|tell(?:ing)?)? ?(?:the )?(?:police|cops)\b"
)

_FIND_OUT = re.compile(
    r"\bhow (?:do|can|could|would|will|should) (?:i|we) (?:even |ever )?(?:find out|know|check"
    r"|tell|see|figure out|be sure)\b[^?]{0,30}\b(?:if|whether) (?:he|she|they|it|my ex"
    r"|someone|anyone|the guy) (?:actually |really |even |ever )?(?:did|has|have|shared"
    r"|posted|sent|leaked|is|was|put|showed)\b"
)

# The second halves (kind 4). Read in the message's parts other than the first question, so the
# main answer keeps the first; its answer is added in the order asked.
_H_LAWYER = re.compile(
    r"\b(?:can|could|do|would) (?:i|we) (?:still |also )?(?:get|use|have|see|talk to|call|qualify"
    r" for|be eligible for) (?:the |a |that )?(?:free )?(?:lawyer|legal advice|legal help"
    r"|advice|service)\b"
    r"|\b(?:am i|is it) still (?:eligible|able to get|allowed)"
)
_H_TOLD = re.compile(
    r"\b(?:don'?t|dont|do not) want (?:my \w+|anyone|anybody|people) to (?:find out|know)\b"
    # who27 (round 26 p09 T2): "i dont want him to know i found it" (the camera) is about the
    # other person learning what the writer found, not about whom the bot tells.
    r"|\b(?:don'?t|dont|do not) want (?:him|her|them) to (?:find out|know)\b"
    r"(?! (?:that )?(?:i|we|i'?ve|we'?ve) (?:found|find|noticed|saw|seen|spotted|discovered"
    r"|know about|am onto))"
    r"|\b(?:scared|afraid|worried|terrified|fear) (?:that )?(?:my |the )?(?:family|parents"
    r"|husband|wife|boss|work|friends|he|she|they|mom|mum|dad|kids|community|people)\b"
    r"[^.?!]{0,15}\b(?:will |would |might |could |are going to |gonna )?(?:know|find out|hear"
    r"|see)\b"
    r"|\bis (?:it|this|that|everything) (?:confidential|private|kept private|secret)\b"
)
_H_CHILD_TROUBLE = re.compile(
    r"\b(?:is|will|would|could|can) (?:he|she|they|my (?:son|daughter|grandson|granddaughter"
    r"|child|kid|nephew|niece)) (?:be |get |going to be |gonna be )?(?:in trouble|charged"
    r"|arrested|punished)"
)
_H_OWN_TROUBLE = re.compile(
    r"\b(?:am i|will i|could i|can i) (?:be |get |going to be |gonna be )?(?:in trouble"
    r"|charged|arrested)"
)
_H_PAY = re.compile(r"\bshould (?:i|we) (?:just )?(?:pay|give (?:him|her|them) (?:the )?money)")
# "Do I delete it from his phone?" too (round 22, facts23): the same ask as "should I".
_H_DELETE = re.compile(
    r"\b(?:should|do|can|must) (?:i|we) (?:\w+ )?(?:delete|erase|remove|wipe) (?:it|them"
    r"|the (?:photo|pic|picture|image|video|nude)s?)\b"
)
_H_NOT_SHARED = re.compile(
    r"\bwhat (?:if|about if) (?:he|she|they|it) (?:didn'?t|did not|hasn'?t|has not|never"
    r"|wasn'?t|was not)\b"
)

# "is it extortion though?" after a threat for something other than money or images.
_H_EXTORTION = re.compile(
    r"\b(?:is|isn'?t) (?:it|this|that) (?:even |still |really )?(?:extortion"
    r"|blackmail)\b"
)

H_LAWYER = "utter_lawyer_no_age_limit"
H_EXTORTION = "utter_demand_not_money_again"
H_TOLD = "utter_who_is_told"
H_CUSTODY = "utter_custody_not_covered"
H_CHILD_TROUBLE = "utter_helped_child_in_trouble"
H_OWN_TROUBLE = "utter_in_trouble"
H_PAY = "utter_sextortion_pay_short"
H_DELETE = "utter_delete_child_image"
H_NOT_SHARED = "utter_held_not_shared"
# Round 24 (p16, who25): school staff's "what are my obligations?" beside the helper's answer.
H_DUTY = "utter_duty_to_report"
_H_DUTY = re.compile(
    r"\b(?:what are|what'?s) (?:my|our) (?:legal )?(?:obligations?|duty|duties)\b"
    r"|\b(?:am i|are we) (?:\w+ )?(?:required|obligated|obliged) to (?:report|tell)\b"
    r"|\bdo (?:i|we) have (?:a |any )?(?:legal )?(?:duty|obligation)"
)
_HALVES: list[tuple[re.Pattern[str], str]] = [
    (_H_LAWYER, H_LAWYER),
    (_H_EXTORTION, H_EXTORTION),
    (_H_TOLD, H_TOLD),
    (_CUSTODY, H_CUSTODY),
    (_H_CHILD_TROUBLE, H_CHILD_TROUBLE),
    (_H_OWN_TROUBLE, H_OWN_TROUBLE),
    (_H_PAY, H_PAY),
    (_H_DELETE, H_DELETE),
    (_H_NOT_SHARED, H_NOT_SHARED),
    (_H_DUTY, H_DUTY),
]
# A half is never added where the main answer already says it (their first response).
_SAYS_IT_ALREADY: dict[str, frozenset[str]] = {
    H_TOLD: frozenset({"utter_who_is_told", "utter_youth_who_is_told"}),
    H_PAY: frozenset(
        # Round 24 (p30, who25): the helper's sextortion answer says "Don't pay" already.
        {
            "utter_sextortion_pay",
            "utter_sextortion_pay_again",
            H_PAY,
            "utter_helper_minor_sextortion",
        }
    ),
    H_CHILD_TROUBLE: frozenset({"utter_helped_child_in_trouble", "utter_helper_minor_sextortion"}),
    H_OWN_TROUBLE: frozenset({"utter_in_trouble", "utter_youth_in_trouble"}),
    H_DELETE: frozenset({"utter_own_child_what_now", "utter_own_child_what_now_again"}),
}
# "in trouble?" with "should we pay?": the person blackmailed, never one who shared or holds.
_BLACKMAILED = frozenset({"sextortion_pay"})
# A child's parent whose child shared someone's image: "should I delete it?" is theirs only then.
_SHARER_PARENT = frozenset({"own_child_shared", "own_child_shared_what_now"})

# Met online: a game, an app, a site, a stranger on the internet (round 22 p17).
_ONLINE = re.compile(
    r"\b(?:online|on (?:a|an|the) (?:game|app)|in (?:a|an|the) game|gaming|gamer|fortnite|roblox"
    r"|minecraft|xbox|discord|insta|instagram|snap|snapchat|tiktok|twitter|reddit|omegle"
    r"|internet|met (?:him|her|them) on)\b"
)
_IN_PERSON = re.compile(
    r"\b(?:coach|teacher|club|team|tutor|boss|manager|babysitter|neighbou?r|stepdad|uncle"
    r"|cousin|see (?:him|her) (?:at|again|every))\b"
)


def _parts(cleaned: str) -> list[str]:
    """The message cut into its questions and sentences ("x? and y", "x. y?", "x, and can I y")."""
    pieces = re.split(
        r"(?<=[?.!])\s+|\s*,?\s+(?:and|also|plus|or) (?=(?:can|could|will|would|should"
        r"|do|does|is|are|am|how|what|who|i don'?t|i dont)\b)",
        cleaned,
    )
    return [p.strip() for p in pieces if p and p.strip()]


def unanswered_kind(
    text: str, earlier_texts: list[str], minor: bool = False, intent: str | None = None
) -> str | None:
    """The kind of one of these questions, or None."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/"):
        return None
    earlier = [plain_lower(t) for t in earlier_texts]
    if _CUSTODY.search(cleaned) and _ASKS.search(cleaned):
        return CUSTODY
    if _POLICE_WHERE.search(cleaned) and _ASKS.search(cleaned):
        return POLICE_WHERE
    if _SEND_IF_BLOCK.search(cleaned):
        return SEND_IF_BLOCK
    if _ALREADY_SENT.search(cleaned):
        return ALREADY_SENT_YOUTH if minor else ALREADY_SENT
    if _PRIVATE.search(cleaned) and _ASKS.search(cleaned):
        if _KHP.search(cleaned) or (earlier and _KHP.search(earlier[-1]) and _THEY.search(cleaned)):
            return KHP_PRIVATE
        if _OTHER_LINE.search(cleaned):
            return LINE_PRIVATE
    if _STOP_ASKING.search(cleaned) and (
        re.search(r"\basking|messag|text|pressur|dm", cleaned)
        or any(_WAS_ASKED.search(t) for t in earlier[-4:])
    ):
        if not minor:
            return STOP_ASKING
        # Round 22 p17: someone met online (a game, an app), no coach or club: no "before you
        # see him again", and removal if he posts.
        recent = " ".join([*earlier[-4:], cleaned])
        online = _ONLINE.search(recent) and not _IN_PERSON.search(recent)
        return STOP_ASKING_YOUTH_ONLINE if online else STOP_ASKING_YOUTH
    if _NO_POLICE.search(cleaned):
        return NO_POLICE_PRIVATE if _H_TOLD.search(cleaned) else NO_POLICE
    if _FIND_OUT.search(cleaned):
        return FIND_OUT_NOT_SHARED if _H_NOT_SHARED.search(cleaned) else FIND_ONLINE
    if _numbers_asked(cleaned):
        return NUMBERS
    if _LIVES_WITH.search(cleaned) and _PARTNER_SHARED.search(cleaned):
        return LIVES_WITH_SHARER
    if _FAMILY_POSTED.search(cleaned) and _NEAR_NUDE.search(cleaned):
        return FAMILY_POSTED_YOUTH if minor else FAMILY_POSTED
    return None


_NUMBERS = re.compile(
    r"\ball (?:the |of the |your |of your )?(?:phone |contact |help ?)?(?:numbers|contacts"
    r"|lines|hotlines|helplines)\b"
    r"|\b(?:full |whole )?list of (?:the |all the )?(?:phone |contact )?(?:numbers|contacts"
    r"|lines|hotlines)\b"
    r"|\b(?:numbers|contacts|lines) (?:i|we) (?:should|can|could|need to) (?:give|hand|pass"
    r"|share)\b"
    r"|\bi (?:asked|was asking) (?:for|about) (?:the |all the )?(?:phone )?numbers\b"
)


def _numbers_asked(cleaned: str) -> bool:
    return bool(_NUMBERS.search(cleaned) and (_ASKS.search(cleaned) or "asked" in cleaned))


def second_half(
    text: str,
    kind: str | None,
    sequence: list[str] | None,
    earlier_kinds: list[str | None],
    lives_outside: bool = False,
    writer: dropped_halves.Writer | None = None,
) -> list[str] | None:
    """`sequence` (the main answer) with the answers to the message's other halves, in the
    order asked (round 14: every half, one per part, not only the first); None when there is
    no half to add. Someone living outside B.C. gets no "the free lawyer has no age limit" (the
    service is for people in B.C.: their own answer)."""
    if not kind or not sequence:
        return None
    cleaned = plain_lower(text)
    parts = _parts(cleaned)
    if len(parts) < 2:
        return None
    writer = writer or dropped_halves.Writer()
    before: list[str] = []
    after: list[str] = []
    for index, part in enumerate(parts):
        added = [*before, *sequence, *after]
        half = _old_half(part, kind, sequence[0], added, earlier_kinds, lives_outside)
        answer = [half] if half else _new_half(part, cleaned, added, writer)
        if not answer or (index == 0 and _main_part_is(kind, part)):
            continue  # the first part is the main answer's own
        (before if index == 0 else after).extend(answer)
    if not before and not after:
        return None
    return [*before, *sequence, *after]


def _old_half(
    part: str,
    kind: str,
    main: str,
    sequence: list[str],
    earlier_kinds: list[str | None],
    lives_outside: bool,
) -> str | None:
    """The round 11 half this part asks, unless the answer so far (`main` its first
    response) says it."""
    for pattern, answer in _HALVES:
        if not pattern.search(part) or answer in sequence:
            continue
        if main in _SAYS_IT_ALREADY.get(answer, ()):
            continue
        if answer == H_LAWYER and lives_outside:
            continue
        if answer == H_DELETE and not ({kind, *earlier_kinds} & _SHARER_PARENT):
            continue
        if answer == H_EXTORTION and "threat_demand_not_money" not in earlier_kinds:
            continue
        if answer in (H_CHILD_TROUBLE, H_OWN_TROUBLE) and kind not in _BLACKMAILED:
            continue  # "am I in trouble?" from one who shared is not "it was done to you"
        if answer == H_PAY and kind == CUSTODY:
            continue
        return answer
    return None


def _new_half(
    part: str, whole: str, sequence: list[str], writer: dropped_halves.Writer
) -> list[str] | None:
    """The round 14 half this part asks (dropped_halves.py), fitted to who is writing."""
    for pattern, half in dropped_halves.HALVES:
        if not pattern.search(part) or dropped_halves.says_it(half, sequence):
            continue
        if not dropped_halves.fits(half, part, whole, writer):
            continue
        answer = dropped_halves.answers(half, writer)
        if not set(answer) & set(sequence):
            return answer
    return None


def _main_part_is(kind: str, part: str) -> bool:
    """Whether the main answer's kind was read from this part (its own words)."""
    return kind in KINDS and unanswered_kind(part, []) == kind
