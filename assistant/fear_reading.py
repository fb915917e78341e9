"""Fear of the person, said in the middle of a conversation (issue 16, kind 1): "he knows where
my mum lives and I'm scared", "I don't feel safe", "what do I do tonight if he turns up". The
reply is a short safety answer (9-1-1 if he comes, VictimLinkBC 24/7, police for threats), and
a form that was waiting lets go: nobody is asked "were you under 18?" over fear. "who do I
call?" right after it means the safety contacts, not the legal-advice intake.

Fear that the images will be shared ("scared he posts them tonight") is the threats topic
(assistant/urgent_questions.py), not this. Clear danger ("he's outside my door") is the safety
net's (content/safety.yml) and never reaches this reading. Plain Python, no Rasa.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

FEAR = "fear_for_safety"
FEAR_AGAIN = "fear_for_safety_again"  # fear said again right after the safety answer
FEAR_CONTACTS = "fear_who_to_call"  # "who do I call?" after fear: the safety contacts
# Fear of the person told by someone writing for them: lines for the person helped (round 8).
FEAR_HELPER = "fear_for_safety_helper"
# Fear of a partner's or ex's anger, or of leaving them (round 18, p11, p23): "scared he'll get
# angry, he's done stuff before", "should I be worried about leaving him? he gets really angry".
FEAR_ANGER = "fear_of_anger"
KINDS = frozenset({FEAR, FEAR_AGAIN, FEAR_CONTACTS, FEAR_HELPER, FEAR_ANGER})
# Kind -> the static responses that answer it (domain/fear.yml; the InterruptPolicy sends them
# and ends a form that was waiting).
ANSWERS: dict[str, list[str]] = {
    FEAR: ["utter_fear_safety", "utter_fear_safety_next"],
    FEAR_AGAIN: ["utter_fear_safety_again"],
    FEAR_CONTACTS: ["utter_fear_contacts"],
    FEAR_HELPER: ["utter_fear_safety_helper", "utter_fear_safety_helper_next"],
    FEAR_ANGER: ["utter_fear_anger", "utter_fear_safety_next"],
}
# The replies that count as "fear was just answered" for a "who do I call" after it, and a
# check-in given for possible danger.
FEAR_REPLIES = frozenset(
    {
        "utter_fear_safety",
        "utter_fear_safety_next",
        "utter_fear_safety_again",
        "utter_fear_safety_helper",
        "utter_fear_safety_helper_next",
        "utter_fear_anger",
    }
)
# After these too, "who do I call?" asks for the safety contacts (the danger reply, a check-in).
CALL_AFTER = FEAR_REPLIES | {
    "utter_immediate_danger",
    "utter_crisis_checkin",
    "utter_crisis_checkin_helper",
}
# The safety net's possible-danger reading, carried on the message (assistant/safety.py).
DANGER = "immediate_danger"

_WHO = r"(?:he|she|they|my ex|the guy|this guy|that guy|the person|him|her|them)"
_COMES = (
    r"(?:comes?|came|coming|turns? up|turned up|turning up|shows? up|showed up|showing up"
    r"|finds? me|found me|come over|comes over|comes after me|come after me|is outside"
    r"|waits? for me|waiting for me|follows? me|followed me|following me|gets? in|breaks? in)"
)
_AFRAID = r"(?:scared|afraid|terrified|frightened|fear|freaking out|panicking|worried)"
_HIS_SHARING = re.compile(
    r"\b(?:post|share|send|leak|upload|spread|expose|show|release)\w*\b"
    r"|\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?)\b"
)
# Fear of the person, in several ways people say it. Bounded gaps only.
_FEAR_OF_PERSON = re.compile(
    # Not "I don't feel safe posting anything online": the internet, not a person.
    r"\b(?:i )?(?:don'?t|dont|do not|didn'?t) feel safe\b(?! (?:posting|using|sharing|sending"
    r"|online|on (?:the|this|that|social)|with (?:the|this|that) (?:app|site)))"
    r"|\b(?:i'?m|im|i am|i feel|feeling) (?:so |really |very |totally )?(?:unsafe|not safe)\b"
    r"(?! (?:online|posting|using))"
    r"|\bnot feeling safe\b"
    r"|\b(?:scared|afraid|worried|fear) for my (?:safety|life|family|kids|children|mum|mom)\b"
    r"|\b(?:scared|afraid|terrified) (?:to go|of going) home\b"
    # "I'm scared to stay here tonight, he has a key" (simulated users round 6).
    r"|\b(?:scared|afraid|terrified|frightened)"
    r" (?:to (?:stay|sleep|be)|of staying|of sleeping|of being)"
    r" (?:here|home|at home|alone|at my place|in my (?:place|apartment|house|room))\b"
    rf"|\b{_WHO} (?:still )?(?:has|have|got|kept) (?:a|the|my|our) (?:key|keys|spare key|door code)"
    r"(?: to (?:my|our|the) (?:place|apartment|house|home|door|room|condo|suite|building))?"
    r"\b(?! to\b)"
    # "what i do if he come to house" (round 22 p05, ESL): "do" left out before "i".
    rf"|\bwhat (?:(?:do|should|can|would) )?i (?:do|should do)\b[^.!?]{{0,20}}\bif {_WHO} {_COMES}"
    rf"|\bwhat if {_WHO} {_COMES}"
    rf"|\b{_AFRAID}\b[^.!?]{{0,30}}\b{_WHO}(?:'?ll| will| might| is going to| are going to"
    rf"|'?s going to|'?re going to| is gonna| gonna|'?s gonna)?"
    # "find" but not "find out", "hurt" but not "hurt himself" (that is someone else's crisis).
    r" (?:come|show up|turn up|find(?! out)|hurt(?! (?:himself|herself|themselves))|hit)\b"
    rf"|\b{_WHO}(?:'s| is| has| has been| was)? (?:been )?(?:violent|dangerous|abusive)\b"
    # "I am afraid what my husband family will do to me now" (round 15, p25): what people may
    # do to the writer, not what they do with the images.
    rf"|\b{_AFRAID} (?:of )?what (?:[\w'-]+ ){{1,4}}(?:will|might|would|could|may|is going to"
    r"|are going to|gonna) do(?: to me| to us| next| now)?\b(?! (?:with|to (?:the|my|those|them)"
    r" (?:pics?|pictures?|photos?|images?|videos?|nudes?)))(?!\s*with)"
    r"|\b(?:he|she|they) (?:hit|hurt|beat|choked|pushed|grabbed) me\b"
    r"|\b(?:hit|hurt|beat|choked|pushed|grabbed) me before\b"
)
# "he knows where I live", "she has my address": fear of the person, unless the message is about
# the images or money ("he knows my address and says he'll send them to my parents": threats).
_KNOWS_WHERE = re.compile(
    r"\b(?:knows?|found out|figured out|has|got) (?:where|my) (?:i|my \w+|we)? ?"
    r"(?:live|lives|living|work|works|stay|stays|address|new place)\b"
)
_ABOUT_IMAGES_OR_MONEY = re.compile(
    r"\b(?:post|share|send|leak|upload|spread|expose|show|release|pay)\w*\b"
    r"|\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|money|cash|\$)"
)
# "I'm scared of him" alone is fear of the person; with sharing words after it ("scared of him
# posting them") it is the threats topic.
_SCARED_OF = re.compile(rf"\b{_AFRAID} of (?:him|her|them|my ex|this guy|the guy)\b(.{{0,40}})")
# "scared of her dad finding out", "afraid of them knowing": fear of being found out, a question
# of who is told, not fear for one's safety (round 11, p13).
_FOUND_OUT = re.compile(r"\b(?:find(?:s|ing)? out|found out|knowing|know(?:s)? about|seeing it)\b")
_WHO_TO_CALL = re.compile(
    r"\bwho (?:do|should|can|could) i (?:call|phone|ring|contact|text|talk to|go to|turn to)\b"
    r"|\bwho (?:can|could) help me\b|\bwhat (?:number|line) (?:do|should|can) i (?:call|ring)\b"
    r"|\bwho(?:'s| is) there (?:tonight|now|right now)\b|\bwho do i tell\b"
)


def fears_the_person(text: str) -> bool:
    """The words tell of fear for one's safety from a person (not of images being shared)."""
    cleaned = plain_lower(text)
    if not cleaned:
        return False
    if _FEAR_OF_PERSON.search(cleaned):
        return True
    if _KNOWS_WHERE.search(cleaned) and not _ABOUT_IMAGES_OR_MONEY.search(cleaned):
        return True
    scared_of = _SCARED_OF.search(cleaned)
    return (
        scared_of is not None
        and not _HIS_SHARING.search(scared_of.group(1))
        and not _FOUND_OUT.search(scared_of.group(1))
    )


# --- Fear of a partner's anger, or of leaving (round 18) ----------------------------------------
_PARTNER = (
    r"(?:he|she|they|my ex|my husband|my wife|my partner|my bf|my gf|my boyfriend|my girlfriend"
    r"|my fiance|my fiancee|the guy|this guy|him|her|them)"
)
_ANGRY = (
    r"(?:angry|mad|furious|pissed|violent|aggressive|crazy|nuts|ballistic|physical|scary"
    r"|out of control|lose it|loses it|lost it|snap|snaps|lash out|lashes out|flip out|flips out"
    r"|freak out|freaks out)"
)
# "scared he'll get angry", "afraid she'd lose it", "worried what he'll do if he finds out".
_FEAR_OF_ANGER = re.compile(
    rf"\b{_AFRAID}\b[^.!?]{{0,40}}\b{_PARTNER}(?:'?ll|'?d| will| would| might| could| is going to"
    rf"|'?s going to| is gonna| gonna|'?s gonna)? (?:get |be |go |become |really |just )*"
    rf"{_ANGRY}\b"
    # "he gets really angry", "he has a temper", "he's done stuff before": told beside fear, a
    # question about safety or leaving (the test below).
    rf"|\b{_PARTNER}(?:'?s| is| gets| get| got| can get| has been| was| becomes)"
    rf" (?:really |so |very |super |pretty |quite |kind of |kinda )?{_ANGRY}\b"
    rf"|\b{_PARTNER} (?:has|have|'s got|has got|got) (?:a |such a )?"
    r"(?:bad |really bad |short |scary |violent |terrible |huge )?"
    r"(?:temper|anger (?:issues|problem))\b"
    rf"|\b{_PARTNER} (?:always |sometimes |often |just |really )?(?:loses it|lost it|snaps"
    r"|lashes out|flips out|freaks out|blows up|explodes|throws things|punches walls)\b"
    rf"|\b{_PARTNER}(?:'?s| has| have|'?ve) done (?:stuff|things|something|it|this|that|worse)"
    r"(?: like (?:that|this))? before\b"
)
# "is it safe to leave him?", "scared of what he'll do if I leave", "afraid to break up with her".
_PARTNER_OBJECT = (
    r"(?:him|her|them|my (?:husband|wife|partner|bf|gf|boyfriend|girlfriend|fiance|fiancee))"
)
_LEAVING_FEAR = re.compile(
    r"\b(?:is it|would it be|will i be|am i|is leaving) (?:\w+ )?(?:safe|dangerous|risky)"
    rf" (?:to |if i )?(?:leave|leaving|break up with|move out from) {_PARTNER_OBJECT}"
    rf"|\b{_AFRAID} (?:to|of|about) (?:leav\w*|break\w* up with|moving out from) {_PARTNER_OBJECT}"
    rf"|\b{_AFRAID} (?:of )?what {_PARTNER}(?:'?ll| will| would|'?d| might| could| is going to"
    r"| is gonna| gonna)? (?:do|might do|will do)(?: to me)?"
    r" (?:if|when|once|after) (?:i|he|she|they) (?:leave|go|left|break|finds? out|find out|report)"
)
# A parent's anger ("my dad will get mad if he finds out") is a young person's worry about being
# found out, answered elsewhere; the writer's own anger ("I'm so angry") is not fear.
_PARENT = re.compile(
    r"\b(?:mom|mum|mother|dad|father|parents?|stepdad|stepmom|step ?father|step ?mother"
    r"|grandma|grandpa|teacher|coach|boss|manager)\b"
)


# Someone else's anger that is not a partner's: the police, a school, a job ("he gets angry when I
# say no, I'm scared of losing my job" is the job's answer).
_NOT_PARTNER = re.compile(
    r"\b(?:police|cops?|officers?|rcmp|principal|school|job|work|shift|fired|hired|team"
    r"|boss|manager|supervisor)\b"
)
# Someone else's fear, told by a helper ("she's afraid he'll get angry"): the helper's readers.
_THEIR_FEAR = re.compile(
    rf"\b(?:she|he|they|my \w+)(?:'s|'re| is| are| was| were| gets| feels?)"
    rf" (?:so |really |very |too )?{_AFRAID}\b|\b(?:she|he|they) (?:fears?|worries)\b"
    r"|\bshould (?:she|he|they)\b"
)
_WRITER_AFRAID = re.compile(
    rf"\b{_AFRAID}\b|\bnervous\b|\bworr(?:y|ied|ying)\b|\b(?:safe|safety|unsafe|hurt|hit)\b"
    r"|\btemper\b|\bdone (?:stuff|things|something|worse)\b"
)


def fears_anger(text: str) -> bool:
    """Fear of a partner's or ex's anger or violence, or of leaving them, said by the writer."""
    cleaned = plain_lower(text)
    if not cleaned or _PARENT.search(cleaned) or _NOT_PARTNER.search(cleaned):
        return False
    if _THEIR_FEAR.search(cleaned):
        return False
    if _LEAVING_FEAR.search(cleaned):
        return True
    match = _FEAR_OF_ANGER.search(cleaned)
    if match is None:
        return False
    if _AFRAID_RE.search(match.group(0)):
        return True
    # "he gets mad when I say no, and says he'll post my nudes if I leave": the threat's answer,
    # unless fear or safety is said too.
    rest = cleaned[: match.start()] + " " + cleaned[match.end() :]
    return bool(_WRITER_AFRAID.search(rest))


_AFRAID_RE = re.compile(rf"\b{_AFRAID}\b")


def asks_who_to_call(text: str) -> bool:
    return bool(_WHO_TO_CALL.search(plain_lower(text)))


def fear_kind(text: str) -> str | None:
    """FEAR for fear of the person, read from the message alone; None otherwise."""
    return FEAR if fears_the_person(text) else None


def fear_in_context(
    kind: str | None,
    text: str,
    previous_replies: list[str],
    danger_check_in: bool = False,
    in_form: bool = False,
) -> str | None:
    """The kind to answer now, with what the turn before said.

    `previous_replies`: the bot's actions for the message before; `danger_check_in`: the safety
    net matched a possible-danger pattern that nothing weakened; `in_form`: a form is waiting.
    """
    fear_before = bool(set(previous_replies) & FEAR_REPLIES)
    if kind not in KINDS and fears_anger(text):
        kind = FEAR_ANGER
    if kind == FEAR_ANGER:
        if set(previous_replies) & CALL_AFTER and asks_who_to_call(text):
            return FEAR_CONTACTS  # "he has a temper. who can help me be safe?"
        return FEAR_AGAIN if fear_before else FEAR_ANGER
    if kind == FEAR:
        # Never the same block twice in a row: said again, the short one.
        return FEAR_AGAIN if fear_before else FEAR
    if kind is None and danger_check_in and in_form:
        # Possible danger inside a form ("I'm scared, he's been messaging my sister"): after the
        # check-in, the safety answer and the form let go, not its question again.
        return FEAR_AGAIN if fear_before else FEAR
    if set(previous_replies) & CALL_AFTER and asks_who_to_call(text):
        return FEAR_CONTACTS
    return kind
