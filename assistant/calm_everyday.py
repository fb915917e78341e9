"""Everyday sentences the safety model's or the classifier's guess alone checked in on (round 22
p02 T3, and two left from session 21): a parent's reaction feared ("i cant tell my mom she would
freak out"), a choice of when to act ("wait until friday or do it today"), and photos someone
took of herself ("my 14 year old took pictures of herself"). Asking "Are you safe right now?"
there tells the person they were not heard.

Read only by `calm_messages.calm_message`, so only a guess gives way: a pattern of
content/safety.yml still answers as before. The matched words are taken out and the rest of the
message must hold no word of risk, end or plan ("wait until friday or do it today, i cant go on"
keeps the check-in).
"""

from __future__ import annotations

import re

from assistant.safety import in_risk_vocabulary

_FAMILY = (
    r"(?:my )?(?:mom|mum|mother|dad|father|stepdad|stepmom|stepmum|parents|parent|family"
    r"|folks|grandma|grandpa|she|he|they)"
)
# "she would freak out", "my dad would lose it", "my parents would be so mad at me".
_REACTION = re.compile(
    rf"\b{_FAMILY}(?:'?d| would| will|'?ll| is gonna| is going to| are gonna| are going to)"
    r"(?: literally| totally| so| just| probably)? (?:freak(?: out)?|flip(?: out)?|lose it"
    r"|lose (?:her|his|their) (?:mind|minds|shit)|be (?:so |really |super )?(?:mad|angry|upset"
    r"|disappointed|pissed)|get (?:so |really )?(?:mad|angry|upset)|go crazy|go nuts|yell at me"
    r"|ground me|take my phone)\b"
)
_CANT_TELL = re.compile(
    r"\b(?:i )?(?:cant|can't|cannot|can not) tell (?:my \w+|her|him|them|anyone|anybody)\b"
)
# "wait until friday or do it today", "do it now or wait till the weekend".
_WHEN = r"(?:today|tonight|now|right away|this week|tomorrow)"
_LATER = r"(?:until|till|til|for|to) (?:\w+ ){0,3}?\w+"
_TIMING = re.compile(
    rf"\bwait {_LATER}\b[^.!?]{{0,40}}\bor\b[^.!?]{{0,40}}\b(?:do it|call|report|go|tell|phone)"
    rf"\b[^.!?]{{0,15}}\b{_WHEN}\b"
    rf"|\b(?:do it|call|report|go|tell|phone)\b[^.!?]{{0,15}}\b{_WHEN}\b[^.!?]{{0,20}}\bor\b"
    rf"[^.!?]{{0,20}}\bwait\b(?: {_LATER})?"
)
# "took pictures of herself", "she sent a selfie of herself": her own photos, no harm to her.
_OF_HERSELF = re.compile(
    r"\b(?:took|take|takes|taken|taking|sent|send|sends|made|make|filmed|recorded|shot)"
    r" (?:a |some |the |these |those |\w+ )?(?:pic|pics|picture|pictures|photo|photos|selfie"
    r"|selfies|video|videos|nude|nudes|image|images)(?: \w+)? of (?:herself|himself|themselves"
    r"|themself)\b"
)
# Words of everyday life the risk vocabulary holds ("going around school").
_EVERYDAY = re.compile(r"\b(?:going|sent|passed|spread\w*) around\b")


def _calm_rest(cleaned: str, pattern: re.Pattern) -> bool:
    if not pattern.search(cleaned):
        return False
    rest = _EVERYDAY.sub(" ", _CANT_TELL.sub(" ", pattern.sub(" ", cleaned)))
    return not in_risk_vocabulary(rest)


def reaction_feared(cleaned: str) -> bool:
    """A parent's reaction feared, and nothing else of risk in the message."""
    return _calm_rest(cleaned, _REACTION)


def timing_choice(cleaned: str) -> bool:
    """A choice between acting now and waiting, and nothing else of risk."""
    return _calm_rest(cleaned, _TIMING)


def photos_of_herself(cleaned: str) -> bool:
    """Photos someone took or sent of herself, and nothing else of risk."""
    return _calm_rest(cleaned, _OF_HERSELF)


def everyday_calm(cleaned: str) -> bool:
    return reaction_feared(cleaned) or timing_choice(cleaned) or photos_of_herself(cleaned)
