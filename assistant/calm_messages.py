"""Messages with no sign of crisis that the safety model's guess alone checked in on (issue 16,
simulated users round 10, helper h2): "Are you safe right now?" to a 68-year-old telling what
her ex did with printed photos, to an angry helper ("YOU ARE NOT LISTENING, HOW DO I HELP HER"),
and to "Hello, I am not sure this is the right place". Asking it there tells the person they
were not heard.

Only the guess alone gives way (assistant/nlu/crisis_guard.py `_nothing_to_ask`): a pattern of
content/safety.yml, or a classifier sure of a crisis, still answers as before; so does any
message with the writer's own feelings, body or plans in it.
"""

from __future__ import annotations

import re

from assistant.calm_everyday import everyday_calm
from assistant.image_words import images
from assistant.safety import in_risk_vocabulary

# The writer's own state or acts: any of these and the message is no story of another's acts.
_WRITER = re.compile(r"\b(?:i|im|i'm|ive|i've|id|i'd|ill|i'll|myself|me|my (?:life|body))\b")
_IMAGES = images(r"naked \w+", "undressed", r"nude \w+")
# What someone else did with the images ("my former partner printed photographs of me and left
# them in the mailboxes"): a third person, an image word and what they did with it.
_OTHERS_ACT = re.compile(
    r"\b(?:my (?:former |ex[- ]?)?(?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf"
    r"|ex|roommate|neighbou?r|coworker|co-worker|boss|landlord)|he|she|they|someone|somebody)\b"
    r"[^.!?]{0,40}\b(?:printed|posted|shared|sent|leaked|uploaded|spread|showed|shown|left"
    r"|handed out|put up|taped|mailed|emailed|texted)\b"
)
_OF_ME = re.compile(rf"\b{_IMAGES}\b[^.!?]{{0,20}}\bof me\b|\bof me (?:undressed|naked|nude)\b")
# "you are not listening", "you didn't answer", "you're not helping": said to the assistant.
_TO_THE_ASSISTANT = re.compile(
    r"\byou(?:'?re| are)? (?:still )?(?:not|aren'?t|didn'?t|did not|don'?t|do not|never)"
    r" (?:\w+ )?(?:listen|listening|answer\w*|hear\w*|help\w*|read\w*|get\w*)\b"
)
# A helper's question about the person helped ("how do I help her myself").
_HELPING = re.compile(
    r"\b(?:help|support|do for|talk to) (?:her|him|them|my \w+)\b"
    r"|\bmy (?:sister|brother|daughter|son|friend|mom|mum|mother|dad|father|niece|nephew"
    r"|cousin|aunt|wife|husband|partner|student|client)\b"
)
# "I am not sure this is the right place": asking what the assistant is for.
_RIGHT_PLACE = re.compile(
    r"\b(?:not sure|don'?t know|wondering)\b[^.!?]{0,20}\b(?:this is|if this is|i'?m in|i am in"
    r"|i have|i'?ve come to)\b[^.!?]{0,10}\bthe right place\b|\bis this the right place\b"
)
# "found out" is learning something, not being found.
_FOUND_OUT = re.compile(r"\bfound out\b")
# Words that keep the check-in whatever else is said: the writer's distress in their own words.
_DISTRESS = re.compile(
    r"\b(?:can'?t (?:cope|take|go on|do this|breathe)|cannot (?:cope|take|go on)|want(?:ed)? to"
    r" (?:die|disappear|end)|hurt(?:ing)? myself|no (?:reason|point)|give up|end it|alone"
    r"|hopeless|worthless|scared for my life|in danger|unsafe|not safe)\b"
)


# A question about the law, the images or the routes ("can law stop her sending to India?",
# "Does this count, given it's his camera on his own property?"): round 15 (p04 T3, p42 T1) got
# "Are you safe right now?" from the safety model's guess alone. Ends with its question mark.
_LAW_QUESTION = re.compile(
    r"\b(?:does|do|can|could|will|would|is|are|should)\b[^.!?]{0,60}"
    r"\b(?:count|counts|apply|applies|cover|covers|covered|stop|stops|work|works|qualify"
    r"|matter|matters|crime|criminal|illegal|legal|law|laws|order|tribunal|crt|police|lawyer"
    r"|service|report)\b[^.!?]{0,60}\?"
)
# Words that can tell of an end or a plan even with no word of risk in them ("will the tribunal
# matter after this weekend?", "does it count if I won't be here"): the check-in stays.
_END_OR_PLAN = re.compile(
    r"\b(?:anymore|any more|much longer|forever|goodbye|bye|gone|last|after (?:this|today"
    r"|tonight|tomorrow|the weekend|this weekend)|not be here|won'?t be here|be here|set a date"
    r"|picked a date|decided|decision|tonight|right now|rn|do it|something (?:bad|stupid)"
    r"|took|taken|swallowed|overdos\w*|pills?|a bit ago)\b"
)


# Where someone lives, or a window seen through, is no word of risk ("I live in Surrey", "she
# is also living Surrey").
_RESIDENCE = re.compile(
    r"\b(?:i|we|she|he|they|who|you|family|ex|parents)(?:'?m|'?re| is| are| am)?(?: also| still"
    r"| currently| now| both| all)? (?:live|lives|living|lived)\b(?: (?:in|on|at|near|with))?"
    r"|\bwhere (?:i|we|she|he|they) (?:live|lives)\b|\band (?:i )?live (?:in|on|at|near)\b"
    # Seen through a window is no fall from one ("it caught me changing through my window").
    r"|\b(?:through|in) (?:my|the|our|her) (?:own )?(?:\w+ )?window\b"
)


# Losing a place ("he's gonna cut me from the team", "she'll kick me off the squad"): a fear of
# being dropped, not of harm (round 16, p06: "cut" checked in). The modal "will" ("will he know
# it was me?") is no word of risk beside it.
_PLACE_LOST = re.compile(
    r"\b(?:cut|cuts|cutting|kick|kicks|kicking|kicked|drop|drops|dropping|dropped|bench|benches"
    r"|benching|benched|throw|throws|throwing|thrown|take|takes|taking|remove|removes|removing"
    r"|removed)\b (?:me|him|her|them|us) (?:off|from|out of|off of) (?:the|my|our|his|her|their)"
    r" (?:\w+ )?(?:team|squad|roster|line-?up|club|band|choir|program|group|cast|crew)\b"
    r"|\b(?:cut|kicked|dropped|benched|thrown|removed) (?:off|from|out of) (?:the|my|our) (?:\w+ )?"
    r"(?:team|squad|roster|line-?up|club|band|choir|program|group|cast|crew)\b"
)
_MODAL_WILL = re.compile(r"\bwill (?=(?:he|she|they|it|i|you|we|the|my|this|that)\b)")


def place_lost(cleaned: str) -> bool:
    """A fear of losing a place on a team or in a group, with no other word of risk, end or
    plan in the message."""
    if not _PLACE_LOST.search(cleaned) or _END_OR_PLAN.search(cleaned):
        return False
    rest = _MODAL_WILL.sub(" ", _PLACE_LOST.sub(" ", cleaned))
    return not in_risk_vocabulary(_RESIDENCE.sub(" ", rest))


def law_question(cleaned: str) -> bool:
    """A question about the law or the routes, with no word of risk, end or plan in it."""
    return (
        bool(_LAW_QUESTION.search(cleaned))
        and not _END_OR_PLAN.search(cleaned)
        and not in_risk_vocabulary(_RESIDENCE.sub(" ", cleaned))
    )


def _plain(text: str) -> str:
    return " ".join((text or "").lower().replace("\u2019", "'").split())


def story_of_anothers_act(cleaned: str) -> bool:
    """Only what someone else did with the writer's images, nothing of the writer's state."""
    without = _OF_ME.sub(" ", cleaned)
    return bool(_OTHERS_ACT.search(cleaned) and _OF_ME.search(cleaned)) and not _WRITER.search(
        without
    )


def helper_complaint(cleaned: str) -> bool:
    """Anger at the assistant from someone asking how to help another person."""
    return bool(_TO_THE_ASSISTANT.search(cleaned) and _HELPING.search(cleaned))


def calm_message(text: str) -> bool:
    """No check-in on the safety model's guess alone for these messages."""
    cleaned = _plain(text)
    if not cleaned or _DISTRESS.search(cleaned):
        return False
    return (
        story_of_anothers_act(cleaned)
        or helper_complaint(cleaned)
        or unsure_of_place(cleaned)
        or law_question(cleaned)
        or place_lost(cleaned)
        # Round 22: a parent's reaction feared, when to act, photos of herself.
        or everyday_calm(cleaned)
    )


def unsure_of_place(cleaned: str) -> bool:
    """ "Not sure this is the right place" with nothing of risk after it ("I have found out
    something upsetting"); "is this the right place? he broke in, I'm hiding" is not calm."""
    if not _RIGHT_PLACE.search(cleaned):
        return False
    return not in_risk_vocabulary(_FOUND_OUT.sub("learned", cleaned))
