"""Round 24 kinds (repeat25): a long text sent again, a stated fact forgotten.

- "too much english ... i call who tonight?", "simpler please", "I don't understand" right after
  a long answer: a short plain reply, never the same long text again (round 24 p03): the one
  24/7 line for tonight and the intake line for the day, or the sextortion steps in short;
- fear that he sends the images to family, said beside another question (p03 T2, "you have
  someone speak punjabi?"): the fear answered beside the other answer;
- a writer told of pressure from someone with power over them (a coach, teacher, boss) who
  then says he gets angry at a no or that they will see him soon (p08: "he gets mad when i say
  no and i have practice tuesday"): the new point, never the first reply again;
- a threat told earlier, then the secretly-taken-image answer (p29): the threat remembered
  (`threat_told`, read by answer_on_hand.sequence_for);
- "what can I do tonight? she'll post it tonight" (round 23 p32): the steps that work after
  hours and the 24/7 line, not the crisis lines alone.

Read in InterruptPolicy._direct_answer first in the block outside forms, never for a safety
intent. Plain functions, no Rasa; responses in domain/repeat25.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

PLAIN_TONIGHT = "utter_plain_tonight"
PLAIN_SEXTORTION = "utter_plain_sextortion"
PLAIN_SHORT = "utter_plain_short"
FAMILY_FEAR = "utter_family_fear"
INTERPRETER = "utter_interpreter"
ANGER_YOUNG = "utter_pressure_anger_young"
ANGER_ADULT = "utter_pressure_anger_adult"
ANGER_AGAIN = "utter_pressure_anger_again"
KEEP_ACTIVITY_YOUNG = "utter_keep_activity_young"
SECRET_NEXT = "utter_secret_taken_next"  # noqa: S105 (a response name)
SECRET_NEXT_THREAT = "utter_secret_taken_next_threat"  # noqa: S105
TONIGHT_STEPS = "utter_tonight_threat_steps"
TONIGHT_TALK = "utter_tonight_threat_talk"

ANSWERS = (
    PLAIN_TONIGHT,
    PLAIN_SEXTORTION,
    PLAIN_SHORT,
    FAMILY_FEAR,
    ANGER_YOUNG,
    ANGER_ADULT,
    ANGER_AGAIN,
    KEEP_ACTIVITY_YOUNG,
    SECRET_NEXT_THREAT,
    TONIGHT_STEPS,
    TONIGHT_TALK,
)

# The long answers a "simpler please" follows (the sextortion steps, the routes list...): any
# turn of three or more messages, or one of these.
_SEXTORTION_ANSWERS = frozenset(
    {
        "utter_sextortion",
        "utter_sextortion_pay",
        "utter_sextortion_steps",
        "utter_sextortion_report",
    }
)
_LONG_TURN = 3
_SAFETY_REPLIES = ("utter_crisis", "utter_immediate_danger", "utter_help_now")

# "too much english", "simpler please", "in simple words", "i dont understand", "my english is
# not good", "can you say it shorter".
_SIMPLER = re.compile(
    r"\btoo (?:much|long|many words|hard|complicated)\b|\bsimpler\b|\bmore simply\b"
    r"|\b(?:in |use |with )?(?:simple|easy|easier|plain|short|small) (?:words|english|language)\b"
    r"|\bsimple please\b|\b(?:say|explain|tell me|write) (?:it|that|this)? ?(?:more )?"
    r"(?:simpl[ey]|short(?:er)?|easier|slower|again simpl[ey])\b"
)
# "my english is not good" is said before an interpreter question: read for "who to call
# tonight" only, never as "simpler please" alone.
_LITTLE_ENGLISH = re.compile(
    r"\b(?:my )?english (?:is )?(?:not|no|isn'?t) (?:good|great|so good|very good)\b"
    r"|\bnot (?:good|great) (?:at|with|in) english\b|\blittle english\b"
)
# "i don't understand" said of the answer, as the whole message (not "i don't understand why").
_NOT_UNDERSTOOD = re.compile(
    r"\bi (?:don'?t|do not|no|not|can'?t|cannot) (?:really )?understand"
    r"(?: (?:this|that|it|you|what you (?:said|mean|wrote)|the (?:answer|words|text)|anything"
    r"|much|english|well|all (?:this|that)|sorry))*(?: (?:sorry|please|pls|plz))?[ .!?]*$"
)
# Who to call now, tonight ("i call who tonight?", "who can i call tonight", "who do i call now").
_WHO_TONIGHT = re.compile(
    r"\b(?:i call who|who (?:do |can |should |could )?i (?:can |should )?(?:call|phone|text"
    r"|talk to|contact)"
    r"|who to call|call who|what number|which number)\b[^.?!]{0,30}"
    r"\b(?:tonight|now|right now|at night|today|this night)\b"
    r"|\b(?:tonight|now|right now|at night)\b[^.?!]{0,20}\b(?:i call who|who (?:do|can|should)"
    r" i call|who to call)\b"
)
# The question of a crime asked simply keeps its own short answer (safety_followups.py).
_CRIME = re.compile(r"\b(?:crime|criminal|illegal|against the law|legal)\b")

# Fear that he sends them to family ("i scared he send to my family and husband").
_FAMILY = (
    r"(?:family|husband|wife|parents?|mom|mum|dad|mother|father|in-?laws?|kids|children|brother"
    r"|sister|relatives|community|boss|work)"
)
_FAMILY_FEAR = re.compile(
    r"\b(?:scared|afraid|worried|worry|fear|terrified|panic\w*)\b[^.?!]{0,30}"
    r"\b(?:send|sends|sent|show|shows|share|shares|post|posts)\b[^.?!]{0,25}"
    rf"\b(?:my )?{_FAMILY}\b"
)
_INTERPRETER = re.compile(
    r"\binterpret\w*|\btranslat\w*|\bspeak (?:\w+ )?(?:punjabi|hindi|mandarin|cantonese|chinese"
    r"|arabic|farsi|persian|spanish|french|korean|vietnamese|tagalog|urdu|russian|ukrainian"
    r"|portuguese|japanese|somali|my language)\b|\bsomeone (?:who |that |to )?speaks?\b"
    r"|\bin (?:punjabi|hindi|mandarin|cantonese|chinese|arabic|farsi|spanish|korean"
    r"|vietnamese|tagalog|urdu|my language)\b"
)

# Someone with power over the writer, told now or before.
_TRUST = re.compile(
    r"\b(?:coach|teacher|boss|manager|supervisor|tutor|instructor|trainer|pastor|priest"
    r"|youth leader|youth pastor|principal|counsell?or|babysitter|employer|landlord)\b"
)
# He gets angry at a no ("he gets mad when i say no", "he yells if i dont send").
_ANGER = re.compile(
    r"\b(?:gets?|getting|got|is|was|goes|becomes?|gonna be|will be)"
    r" (?:really |so |super |very |all |kinda |kind of |sort of |pretty |a bit |a little |like )?"
    r"(?:mad|angry|pissed|upset|mean|weird|aggressive|cold)\b"
    r"|\b(?:yells?|yelling|yelled|screams?|screaming|shouts?|shouting|freaks? out|blows? up"
    r"|snaps? at me|ignores me|benches me|punishes me)\b"
)
_SAYS_NO = re.compile(
    r"\b(?:say|said|tell him|told him|saying) no\b|\bwhen i (?:dont|don'?t|do not|wont|won'?t"
    r"|refuse)\b|\bif i (?:dont|don'?t|do not|wont|won'?t|refuse)\b|\bi (?:refuse|refused)\b"
)
# Seeing him soon ("i have practice tuesday", "i see him at school tomorrow").
_SEE_HIM = re.compile(
    r"\b(?:practice|practise|training|class|lesson|lessons|game|shift|work tomorrow|rehearsal"
    r"|tryouts?|camp|school tomorrow)\b[^.?!]{0,25}\b(?:tomorrow|tonight|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|next week|this week|soon|again|every day)\b"
    r"|\b(?:see|seeing|face|facing) him (?:again |at |tomorrow|on |every|soon|next)"
)
# The job at stake ("he gets angry when I say no. I'm scared of losing my job"): the older
# readers' job answer ("part of the pressure", what the sources say of the job).
# Round 26 (p07): "i dont want to quit swim tho", "do i have to leave the team because of him":
# a young person's activity where the person with power over them is (never the job: _JOB).
_QUIT_ACTIVITY = re.compile(
    r"\b(?:quit|quitting|leave|leaving|drop|give up|giving up|stop going to|miss)\s+"
    r"(?:the |my |our )?(?:swim\w*|team|practice|practise|club|hockey|soccer|football|basketball"
    r"|volleyball|baseball|dance|dancing|gymnastics|skating|band|choir|lessons?|training|sports?"
    r"|class|classes|school|church|youth group|piano|music|theatre|theater|drama|track|ski\w*"
    r"|rugby|lacrosse|tennis|karate|martial arts|riding|camp)\b"
)
_JOB = re.compile(r"\b(?:job|fired|fire me|lose my (?:shift|shifts|hours)|cut my hours|paycheck)\b")
_PRESSURED_BEFORE = frozenset(
    {"utter_pressured", "utter_pressured_help", "utter_trust_asked_allowed"}
)

# A threat told ("theyre saying theyll post it if i tell", "he threatened to send them").
_THREAT = re.compile(
    r"\bthreat\w*"
    r"|\b(?:says?|said|saying|told me|texted)\b[^.?!]{0,25}\b(?:he|she|they|it)?(?:'?ll| will"
    r"| would|'?d| gonna| going to| is going to| are going to)? ?"
    r"(?:post|show|send|share|leak|upload|put (?:it|them) (?:up|online))\b"
    r"|\b(?:will|gonna|going to|wants to|is going to|are going to|'ll) (?:post|show|send|share"
    r"|leak|upload)\b[^.?!]{0,40}\b(?:if|unless)\b"
)
_NOT_THREATENED = re.compile(
    r"\b(?:hasn'?t|has not|never|didn'?t|did not|no one|nobody|not) (?:\w+ )?threaten\w*"
    r"|\bno threats?\b"
)

# "what can I do tonight", "anything I can do tonight to stop it", "nobody will answer".
_TONIGHT = re.compile(r"\b(?:tonight|after hours|this late|at night|after 9|after \d+ ?pm)\b")
_WHAT_CAN_I_DO = re.compile(
    r"\b(?:what (?:can|could|should|do) (?:i|we) do|anything (?:i|we) can do|what do i do"
    r"|is there anything|what are my options|how do i stop|can i stop|how can i stop)\b"
)
_POST_WORD = re.compile(r"\b(?:post|posting|share|sharing|send|sending|leak|upload|show)\b")


def _is_question(cleaned: str) -> bool:
    return "?" in cleaned or bool(
        re.search(r"\b(?:what|who|how|can|should|is there|do i)\b", cleaned)
    )


def threat_told(texts: list[str]) -> bool:
    """A threat to share told in one of the person's messages, and not taken back."""
    for text in texts:
        cleaned = plain_lower(text)
        if _THREAT.search(cleaned) and not _NOT_THREATENED.search(cleaned):
            return True
    return False


def with_threat_remembered(sequence: list[str], texts: list[str]) -> list[str]:
    """The secretly-taken-image answer's next step, with the threat told before remembered:
    never "those open if the person threatens to" after they said it was threatened."""
    if SECRET_NEXT not in sequence or not threat_told(texts):
        return sequence
    return [SECRET_NEXT_THREAT if name == SECRET_NEXT else name for name in sequence]


def tonight_skips_check_in(text: str, earlier: list[str], model_only: bool) -> bool:
    """A check-in only a model asked for ("what can I do tonight? she'll post it tonight"),
    before the tonight steps, which give VictimLinkBC, 9-1-1 and 9-8-8 themselves (round 23
    p32: the help-now lines alone took the place of both)."""
    if not model_only or not text:
        return False
    cleaned = plain_lower(text)
    return _kind(cleaned, [plain_lower(t) for t in earlier], [], None) == [
        TONIGHT_STEPS,
        TONIGHT_TALK,
    ]


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    is_minor: object = None,
) -> list[str] | None:
    """The answer to one of the module's kinds, or None. `previous`: the actions of the turn
    before; `earlier`: the person's earlier messages."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    told = [plain_lower(t) for t in earlier]
    return fresh(_kind(cleaned, told, previous, is_minor), previous)


def _kind(cleaned: str, told: list[str], previous: list[str], is_minor: object) -> list[str]:
    answered = [name for name in previous if name != "action_listen"]
    if any(name.startswith(_SAFETY_REPLIES) for name in answered):
        return []  # after a crisis or danger reply, the older readers stay with the person
    threat_now_or_before = threat_told([*told[-6:], cleaned])
    # 1. Simpler, or who to call tonight, right after a long answer.
    long_before = len(answered) >= _LONG_TURN or bool(_SEXTORTION_ANSWERS & set(answered))
    simpler = bool(_SIMPLER.search(cleaned) or _NOT_UNDERSTOOD.search(cleaned)) and not (
        _CRIME.search(cleaned)
    )
    who_tonight = bool(_WHO_TONIGHT.search(cleaned))
    if who_tonight and (simpler or long_before or _LITTLE_ENGLISH.search(cleaned)):
        return [PLAIN_TONIGHT]
    if simpler and long_before and len(cleaned) <= 80 and not _INTERPRETER.search(cleaned):
        if _SEXTORTION_ANSWERS & set(answered):
            return [PLAIN_SEXTORTION]
        return [PLAIN_SHORT]
    # 2. An interpreter asked, with the fear that he sends it to family.
    if _INTERPRETER.search(cleaned) and _FAMILY_FEAR.search(cleaned):
        return [INTERPRETER, FAMILY_FEAR]
    # 3. The person with power over them gets angry at a no, or they see him soon.
    trust = any(_TRUST.search(t) for t in [*told[-6:], cleaned])
    anger = _ANGER.search(cleaned) and (_SAYS_NO.search(cleaned) or " at me" in cleaned)
    seeing = _SEE_HIM.search(cleaned) and _PRESSURED_BEFORE & set(answered)
    young_writer = young_now([*told, cleaned], is_minor)
    # Never a threat asked about ("if i quit the team will he post them?": the threat's answer).
    keeping = not (_JOB.search(cleaned) or _POST_WORD.search(cleaned) or threat_told([cleaned]))
    if trust and young_writer and _QUIT_ACTIVITY.search(cleaned) and keeping:
        if KEEP_ACTIVITY_YOUNG not in answered:
            return [KEEP_ACTIVITY_YOUNG]
    if trust and (anger or seeing) and not _JOB.search(cleaned):
        if ANGER_YOUNG in answered or ANGER_ADULT in answered:
            return [ANGER_AGAIN]
        young = young_now([*told, cleaned], is_minor)
        return [ANGER_YOUNG if young else ANGER_ADULT]
    # 4. What can I do tonight, with a threat to post it.
    if (
        _TONIGHT.search(cleaned)
        and _WHAT_CAN_I_DO.search(cleaned)
        and threat_now_or_before
        and _is_question(cleaned)
        and (_POST_WORD.search(cleaned) or any(_POST_WORD.search(t) for t in told[-4:]))
    ):
        return [TONIGHT_STEPS, TONIGHT_TALK]
    return []
