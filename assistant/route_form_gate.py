"""When the route questions ("what matters most?") fit, and when they give way (round 11, kinds
2, 5 and 6). Plain Python over the conversation's words and topics; the InterruptPolicy asks.

- The questions are offered at most once: a second "what can I do?", or one asked while they
  wait, gets the routes that fit what is known, not the questions again.
- Someone helping another person gets the helper's first steps, never "did someone share your
  images?".
- A writer who said they are under 18 (in any message) gets the youth routes (Take It Down,
  NeedHelpNow.ca, Cybertip.ca, Kids Help Phone, a safe adult, the free lawyer), never the
  adult questions about money.
- A home named outside B.C. while the questions wait, or a home that changes one known ("I live
  in Lethbridge, it's my ex in Nanaimo"), is a correction: the outside-B.C. outcome again.
- After a side answer inside the questions, they are left (ended), not asked again.
"""

from __future__ import annotations

import re

from assistant import helper_reading as hr
from assistant.answer_kinds import PRESSURED
from assistant.eligibility import NO, YES
from assistant.form_answers import only_acknowledges, yes_or_no
from assistant.helper_context import ADULT_TOPICS, MINOR_TOPICS, writer_is_minor
from assistant.home_reading import home_from_text
from assistant.image_words import images
from assistant.legal_routes import goal_from_text
from assistant.situation_reading import situation_from_text

ROUTE_FORM = "route_form"
ROUTE_FINDER = "route_finder"
# The forms left after a side answer instead of asking their question again.
LEFT_AFTER_SIDE_ANSWER = frozenset({ROUTE_FORM})

DEACTIVATE_LOOP = "action_deactivate_loop"
ROUTES_NOW = "routes_now"
HOME_CHANGED = "home_changed"
YOUTH_ROUTES = "youth_routes"
YOUTH_ASKED_ROUTES = "youth_asked_routes"
# Asked again right after the youth answer: the removal tools and the lines, not "see above".
YOUTH_NEXT = "youth_routes_next"
ANSWERS = {
    ROUTES_NOW: ["action_route_finder"],
    YOUTH_ROUTES: ["utter_youth", "utter_youth_images", "utter_youth_routes_lawyer"],
    YOUTH_ASKED_ROUTES: ["utter_youth_asked_next"],
    YOUTH_NEXT: ["utter_image_removal_youth", "utter_youth_line"],
}
KINDS = frozenset(ANSWERS)

# Topics that say the young writer was asked for images (nothing said to be shared).
_ASKED_TOPICS = frozenset({PRESSURED, hr.ASKED_NO_IMAGES})
_ASKED = re.compile(
    r"\b(?:ask|asks|asking|asked|begging|pressur\w*|wants?|keeps? (?:asking|begging))\b"
    r"(?:\s+\w+){0,3}\s+(?:for\s+)?(?:pics?|pictures?|photos?|nudes?|images?|videos?|selfies?)\b"
)


# "how do I find out if he actually did?", "how can I tell whether she sent them": how to know
# whether it was shared is a question of its own, not "what can I do?" (round 11, p29).
_FIND_OUT_IF_SHARED = re.compile(
    r"\bhow (?:do|would|can|could|will|should) (?:i|we) (?:\w+ ){0,2}(?:find out|know|tell"
    r"|check|be sure|make sure)\b (?:\w+ )?(?:if|whether) (?:he|she|they|someone|anyone|it|them"
    r"|the \w+|my \w+) (?:\w+ ){0,2}(?:shared|sent|posted|did|leaked|spread|showed|uploaded"
    r"|put)\b"
    r"|\bis there (?:a|any) way to (?:find out|know|tell|check) (?:if|whether) (?:he|she|they"
    r"|someone|anyone|it|they) (?:\w+ ){0,2}(?:shared|sent|posted|did|leaked|spread|showed)\b"
)


def asks_if_shared(text: str) -> bool:
    return bool(_FIND_OUT_IF_SHARED.search(" ".join((text or "").lower().split())))


# "I was 16 when he took them", "from when I was 15", "filmed me at 14": an age then, not now.
_AGE_THEN = re.compile(
    r"\b(?:i was|when i was|from when i was|back when i was|at|aged?)\s+(?:only |just )?"
    r"(?:1[0-7]|[1-9])\b(?! ?(?:years? old )?(?:now|rn|right now))"
)
_AGE_NOW = re.compile(r"\b(?:i'?m|im|i am)\s+(?:only |just )?(?:1[0-7]|[1-9])\b")


def young_now(texts: list[str], is_minor_slot: object = None) -> bool:
    """The writer said they are under 18 now; an age only said of the time the images were
    taken ("I was 16 when he took them") says nothing of now."""
    for text in reversed(texts):
        lowered = (text or "").lower().replace("\u2019", "'")
        if _AGE_THEN.search(lowered) and not _AGE_NOW.search(lowered):
            continue
        if writer_is_minor([text]):
            return True
    return is_minor_slot is True and not any(
        _AGE_THEN.search((text or "").lower()) for text in texts
    )


def _recent(topics: list[str | None], wanted: frozenset[str], last: int = 6) -> bool:
    return any(topic in wanted for topic in topics[-last:])


def helper_first_kind(earlier_topics: list[str | None]) -> str | None:
    """The helper's first steps when the recent answers were a helper's (a child's or an
    adult's case), else None: "what can we do?" from a parent is never the victim's answer."""
    if _recent(earlier_topics, MINOR_TOPICS):
        return hr.HELPER_MINOR_FIRST
    if _recent(earlier_topics, ADULT_TOPICS):
        return hr.HELPER_ADULT_FIRST
    return None


def _youth_kind(texts: list[str], topics: list[str | None]) -> str:
    """Asked for images with nothing said shared or threatened: the asked steps; else the youth
    routes for images (removal included)."""
    said = {situation_from_text(text) for text in texts}
    if said & {"shared", "threatened"}:
        return YOUTH_ROUTES
    lowered = [(text or "").lower() for text in texts]
    if _recent(topics, _ASKED_TOPICS, last=20) or any(_ASKED.search(text) for text in lowered):
        return YOUTH_ASKED_ROUTES
    return YOUTH_ROUTES


def what_now_kind(
    intent: str | None,
    text: str,
    earlier_texts: list[str],
    earlier_topics: list[str | None],
    is_minor_slot: object,
    loop: str | None,
    form_offered: bool,
    previous: list[str],
    earlier_actions: list[str] | None = None,
) -> str | None:
    """The answer to "what can I do?" (or a message while the route questions wait) when the
    route questions do not fit; None when they do (or another answer takes the message).
    `previous`: the actions of the turn before; `earlier_actions`: all the bot's actions so far."""
    asks = intent == ROUTE_FINDER
    texts = [*earlier_texts, text]
    if not asks and loop != ROUTE_FORM:
        if young_now(texts, is_minor_slot):
            return None
        return _after_leaving(text, earlier_topics, form_offered, previous)
    helper_first = helper_first_kind(earlier_topics) if asks else None
    if helper_first:
        return helper_first
    if young_now(texts, is_minor_slot) and not text.startswith("/"):
        youth = _youth_kind(texts, [*earlier_topics])
        # The youth block given any time before (a question in between) is not given again.
        if {*previous, *(earlier_actions or [])} & set(ANSWERS[youth]):
            return None if set(previous) & set(ANSWERS[YOUTH_NEXT]) else YOUTH_NEXT
        return youth
    routes_just_given = "action_route_finder" in previous
    if asks and (loop == ROUTE_FORM or (form_offered and not routes_just_given)):
        return ROUTES_NOW
    if asks and not routes_just_given and loop is None and story_told(texts):
        return None if wants_questions(text) else ROUTES_NOW
    return None


# "Help me choose" under the routes given without the questions: the questions, by choice.
NARROW_PAYLOAD = '/route_finder{"choice": "narrow"}'


def wants_questions(text: str) -> bool:
    return " ".join((text or "").split()) == NARROW_PAYLOAD


# What happened, in any message: images, a camera, a recording, a threat or a leak. A bare "what
# are my options?" tells none of it.
_STORY = re.compile(
    rf"\b{images('camera', 'recorded', 'recording', 'filmed', 'deepfakes?', 'porn', 'leaked')}\b"
    r"|\b(?:sextort\w*|blackmail\w*|threaten\w*|extort\w*)\b"
)


def _story_with_someone(lowered: str) -> bool:
    return bool(_STORY.search(lowered) and _SOMEONE.search(lowered))


# Someone in it: "what is an intimate image?" names images but tells nothing that happened.
_SOMEONE = re.compile(
    r"\b(?:my|me|i|i'?m|im|he|she|they|him|her|them|someone|somebody|ex|bf|gf|boyfriend"
    r"|girlfriend|husband|wife|partner|roommate|guy|girl|man|woman|friend|son|daughter)\b"
)


def story_told(texts: list[str]) -> bool:
    """The person already said what happened (round 12, kind 1): "what can I do?" then gets
    the routes that fit what they said, missing answers counting as "not sure", never the
    route questions (raters read them as a quiz that ignores what they had just told)."""
    return any(
        not (text or "").startswith("/")
        and (situation_from_text(text) or _story_with_someone((text or "").lower()))
        for text in texts
    )


def _after_leaving(
    text: str, earlier_topics: list[str | None], form_offered: bool, previous: list[str]
) -> str | None:
    """ "ok" / "yeah" right after the route questions were left for a side answer: the routes
    that fit what was said, not the fallback and not the questions again."""
    if not form_offered or DEACTIVATE_LOOP not in previous or "action_route_finder" in previous:
        return None
    if set(previous) & {"utter_stopped", "utter_goodbye"}:
        return None
    if _recent(earlier_topics, MINOR_TOPICS | ADULT_TOPICS):
        return None
    said = " ".join((text or "").lower().split())
    if only_acknowledges(said) or yes_or_no(said) is True or goal_said_now(said):
        return ROUTES_NOW
    return None


# "legal advice", "removal pls": a goal in a few words, the answer to "what matters most?".
SHORT_ANSWER_WORDS = 4


def goal_said_now(text: str) -> str | None:
    """The goal a short message names (the routes that fit it), else None."""
    words = (text or "").split()
    if not words or len(words) > SHORT_ANSWER_WORDS or (text or "").startswith("/"):
        return None
    return goal_from_text(text)


def home_corrected(text: str, lives_in_bc: str | None, loop: str | None) -> bool:
    """The person's own home said, and it changes what was assumed or known: outside B.C. while
    the B.C. route questions wait, or a home other than the one the check kept."""
    if (text or "").startswith("/"):
        return False
    home = home_from_text(text)
    if home not in {YES, NO}:
        return False
    if lives_in_bc in {YES, NO}:
        return home != lives_in_bc
    return loop == ROUTE_FORM and home == NO


def left_after_side_answer(
    loop: str | None,
    intent: str | None,
    done: list[str],
    rules_predict_loop: bool,
) -> bool:
    """Inside the route questions, a side answer the rules gave is complete and they would ask
    their question again: leave them instead. `done` are the actions since the message."""
    if loop not in LEFT_AFTER_SIDE_ANSWER or intent in {"resume", "stop"}:
        return False
    side = [name for name in done if name not in {loop, "action_listen"}]
    return bool(side) and rules_predict_loop


def listen_after_leaving(done: list[str], intent: str | None, last_loop: str | None) -> bool:
    """The route questions were just left after a side answer (`done` ends with the
    deactivation, after the answer): nothing more to say. "Stop" has its own rule."""
    if not done or done[-1] != DEACTIVATE_LOOP or done[0] == DEACTIVATE_LOOP:
        return False
    return intent != "stop" and last_loop in LEFT_AFTER_SIDE_ANSWER
