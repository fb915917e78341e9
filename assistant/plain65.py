"""Rounds 63-66's helper kinds (plain65): a child's helper whose role the conversation lost
(tests/simulated-users/2026-12-07-round64 p13), and one more from round 66:

- "He already sent them 50 dollars from his birthday money. Will they stop now?", from a
  grandmother helping a 13-year-old (r64 p13: the young writer's own "Because you're under 18"
  steps, the question skipped): whether paying makes it stop is not in the sources; what they
  say to do next, for the child;
- "I'm not under 18, I'm his grandmother!" (r64 p13: the adult victim's routes, StopNCII and
  the adult legal line, for a 13-year-old's images): sorry, the lines are for the young person
  helped; and the question asked beside it;
- "she's not going to be in any trouble herself if she sent something right? she's 11" (r66
  p31: a check-in and the topics): the older answer, a child is not in trouble for what was done;

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py: before
plain53, whose adult correction read the second as the writer's own). Responses in
domain/plain65.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh, fresh_or_again, replies_in_last
from assistant.plain59 import CHILD_REPLIES
from assistant.plain61 import CHILD_TARGETED
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

HELPER_PAID = "utter_helper_paid_will_stop"
HELPER_PAID_AGAIN = "utter_helper_paid_will_stop_again"
HELPER_MIXUP = "utter_helper_mixup"
CHILD_TROUBLE = "utter_helped_child_in_trouble"  # domain/source_answers.yml
CHILD_TROUBLE_AGAIN = "utter_helped_child_in_trouble_again"  # domain/helpers_next.yml
AGAIN = {
    HELPER_PAID: [HELPER_PAID_AGAIN],
    # Round 66 p31 T5: asked again, "I've already sent what my information says".
    CHILD_TROUBLE: [CHILD_TROUBLE_AGAIN],
}

# The answers of a conversation about a child or teen the writer is helping.
CHILD_HELPER_REPLIES = CHILD_REPLIES | {
    CHILD_TARGETED,
    "utter_helper_minor_sextortion",
    "utter_helper_minor_sextortion_report",
    "utter_helper_minor_sextortion_support",
    "utter_helper_minor_removal",
    "utter_helped_child_in_trouble",
    HELPER_PAID,
    HELPER_MIXUP,
}
RECENT_TURNS = 6

# Money already given, or whether paying stops it: "he already sent them 50 dollars", "will
# they stop now?", "will paying make them go away", "should we just pay".
_PAID = re.compile(
    r"\b(?:already |just )?(?:sent|paid|gave|give|send|pay)\b[^.?!]{0,25}\b(?:\d+|money|dollars?"
    r"|bucks|cash|gift ?cards?|bitcoin|crypto)\b"
    r"|\bpaying\b|\b(?:should|can|could|do) (?:we|he|she|they|i) (?:just )?pay\b"
    r"|\b(?:he|she|they|we) (?:already |just )?paid\b"
)
_STOPS = re.compile(
    r"\b(?:will|would|does|do|is|could) (?:they|he|she|it|that|paying|this)\b[^.?!]{0,25}"
    r"\b(?:stop|go away|leave (?:him|her|them) alone|be over|end|make them go away)\b"
    r"|\bmake (?:them|him|her|it) (?:stop|go away|leave)\b"
)
# The writer says who they are: not the young person ("I'm not under 18", "I'm his grandmother").
_NOT_THE_CHILD = re.compile(
    r"\bi(?:'m| am|m)? not (?:under 18|a (?:kid|child|minor|teen|teenager)|underage|the (?:kid"
    r"|child|one it happened to|victim)|(?:13|14|15|16|17|him|her))\b"
    r"|\bi(?:'m| am|m) (?:his|her|their|the (?:kid'?s|child'?s)) (?:grand ?mother|grand ?father"
    r"|grandma|grandpa|gran|granny|nana|mom|mum|mother|dad|father|parent|aunt|auntie|uncle"
    r"|step ?(?:mom|dad|mother|father)|guardian|teacher|counsell?or|coach|older (?:sister"
    r"|brother))\b"
)

# "tell them I'm his mother": words to say to someone, not a correction.
_QUOTED = re.compile(
    r"\b(?:tell|say to|message|text) (?:them|him|her)\b[^.?!]{0,12}\bi(?:'m| am|m)\b"
)

# "she's not going to be in any trouble herself if she sent something right? she's 11", "is my
# 11 year old daughter in legal trouble if she sent a photo" (round 66 p31: a check-in and the
# topics, twice).
_CHILD_IN_TROUBLE = re.compile(
    r"\b(?:she|he|they)(?:'s|'re| is| are)? (?:not )?(?:going to |gonna )?(?:be |get )?(?:in )?"
    r"(?:any |big |legal )?(?:trouble|charged)\b"
    r"|\b(?:is|will|would|could|can) (?:she|he|my (?:\d{1,2} ?(?:year|yr)s?[- ]?old )?(?:daughter"
    r"|son|kid|child|\d{1,2} ?(?:year|yr)s?[- ]?old))\b[^.?!]{0,25}\b(?:trouble|charged)\b"
)
# Only as a condition ("if she sent something"): "what do I say to him?", "how do I support her?"
# beside a trouble question are the older answers' (the full run, session 37).
_SENT_OWN = re.compile(r"\bif (?:she|he|they) (?:did |had |has )?(?:sent|send|sends)\b")
# "is my daughter in trouble for taking the photo of herself?" (round 67 p04: the young sharer's
# law again): the child helped named, or the photo of herself.
_FOR_OWN_IMAGE = re.compile(
    r"\bfor (?:taking|sending|making|having (?:taken|sent|made)) (?:the |a |that |her |his )?"
    r"(?:own )?(?:photo|picture|pic|image|video|selfie|nude)s?\b"
)
_CHILD_HELPED = re.compile(r"\bmy (?:daughter|son|kid|child)\b|\bof (?:herself|himself)\b")


def helping_a_child(replies: list[list[str]]) -> bool:
    """The recent answers were for a young person the writer helps."""
    return bool(replies_in_last(replies, RECENT_TURNS) & CHILD_HELPER_REPLIES)


def kind(
    text: str, earlier: list[str], replies: list[list[str]], is_minor: object = None
) -> list[str] | None:
    """The answer to one of the module's kinds, or None (a message for the safety net is
    `follow_up`'s to leave)."""
    if not text or text.startswith("/"):
        return None
    if not helping_a_child(replies):
        return None
    cleaned = plain_lower(text)
    # Whether paying makes it stop; getting money back is the older answers' (round 39 p10).
    asks_paid = bool(_PAID.search(cleaned) and _STOPS.search(cleaned))
    if _NOT_THE_CHILD.search(cleaned) and not _QUOTED.search(cleaned):
        if asks_paid or _STOPS.search(cleaned):
            return [HELPER_MIXUP, HELPER_PAID]
        # Another question beside the correction: the older readers answer it.
        return None if "?" in cleaned else [HELPER_MIXUP]
    if young_now([*earlier[-6:], text], is_minor):
        return None  # a young writer's own payment: the young answers
    if asks_paid:
        return [HELPER_PAID]
    own_image = _SENT_OWN.search(cleaned) or (
        _FOR_OWN_IMAGE.search(cleaned) and _CHILD_HELPED.search(cleaned)
    )
    if _CHILD_IN_TROUBLE.search(cleaned) and own_image:
        return [CHILD_TROUBLE]
    return None


def trouble_asked_again(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]] | None = None,
    is_minor: object = None,
) -> list[str] | None:
    """The helped child's "is she in trouble" asked again after its answer (round 66 p31 T5:
    the child-asked block's repeat line, "I've already sent what my information says"): the
    plain answer again, short. Asked before the older helper readers, which would repeat."""
    if read_safety(text) is not None or CHILD_TROUBLE not in replies_in_last(replies or [], 3):
        return None
    if kind(text, earlier, replies or [], is_minor) != [CHILD_TROUBLE]:
        return None
    return fresh([CHILD_TROUBLE_AGAIN], previous)


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]] | None = None,
    is_minor: object = None,
) -> list[str] | None:
    """The answer, the short line when the same answer was the turn before's."""
    if read_safety(text) is not None:
        return None
    return fresh_or_again(kind(text, earlier, replies or [], is_minor), previous, AGAIN)
