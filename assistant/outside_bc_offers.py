"""Once the person said they live outside B.C., no later answer offers the B.C.-only free legal
advice service (round 18, p04: "I live in Calgary" ... then "Do I qualify?" and the lawyer's
number came back with a threats answer; about 40 answers carry those offers).

One filter at send time instead of 40 edited answers: every bot message an action produces
passes through `filter_events` before it is logged and sent (the first step of
assistant.send_filters, which assistant.runtime installs for production and every in-process
loader). For someone whose latest named home is outside B.C. (and who is not moving here), it drops
- the buttons that lead into the service (qualify, contact, what happens after calling),
- the sentences that offer it (its phone numbers, email, pilot dates, "free legal advice"),
  unless the sentence also says the service is for people living in B.C., or carries another
  route's contact (then the whole sentence stays: the other route matters more).
A message written for this case (it says the service is for people who live in B.C., or asks
the intake line whether it can help) stays whole, and someone writing for another person is
left alone (the helped person's home is what counts). A message left with nothing is dropped;
if nothing at all is left, the outside-B.C. answer (utter_not_in_bc) says why.
Plain Python; the reading of the home is assistant.home_reading's.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.home_reading import NO, YES, home_from_text, moves_to_bc

BC_ONLY_PAYLOADS = frozenset(
    {
        "/check_eligibility",
        "/contact_lawyer",
        "/ask_what_to_expect",
        "/ask_who_qualifies",
        "/ask_service_dates",
    }
)
FALLBACK_BUTTON = {"title": "Other resources", "payload": "/ask_resources"}
# Nothing left: the outside-B.C. answer itself (domain/eligibility.yml), read from the domain.
OUTSIDE_NOTE_RESPONSE = "utter_not_in_bc"

_SERVICE = re.compile(
    r"604-673-3143|1-888-685-6222|standinformed@|pilot for August 2024"
    r"|free (?:intimate images )?legal advice|legal advice service|intake line"
    r"|\bdo (?:i|you|they) qualify\b|check (?:if|whether) (?:you|they) (?:may )?qualify",
    re.IGNORECASE,
)
_SAYS_BC_ONLY = re.compile(r"\blives? in B\.C\.|outside B\.C\.|people who live in", re.I)
_OTHER_ROUTE = re.compile(
    r"1-833-688-4381|protectyourimages|1-866-658-9022|cybertip|1-800-563-0808|9-8-8|9-1-1"
    r"|310-6789|StopNCII|Take It Down|NeedHelpNow|1-800-668-6868|686868|civilresolutionbc",
    re.IGNORECASE,
)
# A sentence ends at . ! ? followed by a space and a capital, quote or bracket ("B.C. Some"
# ends one; an email address and "(B.C. government)" do not); a list line ends at a newline.
SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z\"“(])")


def user_texts(tracker: Any) -> list[str]:
    from rasa.shared.core.events import UserUttered

    return [e.text or "" for e in tracker.events if isinstance(e, UserUttered)]


def _spoke_this_turn(tracker: Any) -> bool:
    """A bot message was already sent after the person's latest message."""
    from rasa.shared.core.events import BotUttered, UserUttered

    for event in reversed(list(getattr(tracker, "events", []) or [])):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered):
            return True
    return False


def lives_outside_bc(texts: list[str], slot_value: Any = None) -> bool:
    """The latest home the person named is outside B.C., and no message says they are moving
    to B.C.; with no home named in words, the eligibility form's answer ("no")."""
    words = [t for t in texts if t and not t.startswith("/")]
    if any(moves_to_bc(t) for t in words):
        return False
    for text in reversed(words):
        home = home_from_text(text)
        if home in {YES, NO}:
            return home == NO
    return str(slot_value or "").lower() == NO


def home_read_outside_bc(texts: list[str], slot_value: Any = None) -> bool:
    """The latest home named is outside B.C., a move to B.C. still to come or not ("I live in
    Montreal now, I move to Victoria in January": the check's answer is known at once)."""
    for text in reversed([t for t in texts if t and not t.startswith("/")]):
        home = home_from_text(text)
        if home in {YES, NO}:
            return home == NO
    return str(slot_value or "").lower() == NO


def _offers_service(sentence: str) -> bool:
    return bool(
        _SERVICE.search(sentence)
        and not _SAYS_BC_ONLY.search(sentence)
        and not _OTHER_ROUTE.search(sentence)
    )


def strip_text(text: str) -> str:
    """The text without the sentences or list lines that offer the B.C. service."""
    lines = []
    for line in text.split("\n"):
        parts = SENTENCE_END.split(line)
        kept = [p for p in parts if not _offers_service(p)]
        if kept:
            lines.append(" ".join(kept))
        elif not line.strip():
            lines.append(line)
    return "\n".join(lines).strip()


def strip_buttons(buttons: list[dict]) -> list[dict]:
    kept = [b for b in buttons if str(b.get("payload", "")).strip() not in BC_ONLY_PAYLOADS]
    if buttons and not kept:
        return [dict(FALLBACK_BUTTON)]
    return kept


def strip_message(text: str | None, data: dict) -> tuple[str | None, dict, bool]:
    """(text, data, anything left) for one bot message."""
    data = dict(data or {})
    if data.get("buttons"):
        data["buttons"] = strip_buttons(list(data["buttons"]))
    new_text = strip_text(text) if text else text
    # A message whose words were all the offer goes; a buttons-only message stays.
    left = bool(new_text) if text else bool(data.get("buttons") or data.get("image"))
    return new_text, data, left


def filter_events(events: list, tracker: Any, note: str | None = None) -> None:
    """In place: the bot messages in `events` without B.C.-only offers, when the person
    lives outside B.C. (see the module's text)."""
    from rasa.shared.core.events import BotUttered

    bot_indexes = [i for i, e in enumerate(events or []) if isinstance(e, BotUttered)]
    if not bot_indexes:
        return
    slot = tracker.get_slot("lives_in_bc") if hasattr(tracker, "get_slot") else None
    texts = user_texts(tracker)
    if not lives_outside_bc(texts, slot):
        return
    from assistant.roles_fit import writer_helps

    if writer_helps(texts):
        return  # a mother in Quebec for a daughter in Vancouver: the daughter's home counts
    kept_any = False
    dropped: list[int] = []
    for i in bot_indexes:
        event = events[i]
        if _SAYS_BC_ONLY.search(event.text or ""):
            kept_any = True  # written for this case ("is for people who live in B.C. ...")
            continue
        if not _SERVICE.search(event.text or "") and not any(
            str(b.get("payload", "")).strip() in BC_ONLY_PAYLOADS
            for b in (event.data or {}).get("buttons") or []
        ):
            kept_any = True
            continue
        text, data, left = strip_message(event.text, event.data)
        if left:
            events[i] = BotUttered(text, data, event.metadata, event.timestamp)
            kept_any = True
        else:
            dropped.append(i)
    if not kept_any and dropped and _spoke_this_turn(tracker):
        note = None  # another action already answered this turn: just leave the offer out
        kept_any = True
    if not kept_any and dropped and not note:
        return  # no note to say why: the messages go as they are
    if not kept_any and dropped:
        first = events[dropped[0]]
        note_data = {"buttons": [dict(FALLBACK_BUTTON)]}
        events[dropped[0]] = BotUttered(note, note_data, first.metadata, first.timestamp)
        dropped = dropped[1:]
    for i in reversed(dropped):
        del events[i]


CHECK_INTENT = "check_eligibility"
CHECK_INTRO = "utter_eligibility_intro"
CHECK_FORM = "eligibility_form"
CHECK_OUTCOME = "action_eligibility_outcome"


def check_step(
    intent: str | None,
    since_user: list[str] | None,
    active_loop: str | None,
    texts: list[str],
    slot_value: Any = None,
) -> str | None:
    """The eligibility check's next step for someone whose home already read is outside B.C.:
    the form at once, without its introduction ("I'll ask only what you haven't told me yet"
    promises questions that never come there: the form ends at once), then its outcome (the
    rules' "answer at once" needs the introduction before the form). None otherwise, and once
    the introduction was sent (the rules go on)."""
    if intent != CHECK_INTENT or since_user is None or CHECK_INTRO in since_user:
        return None
    if not home_read_outside_bc(texts, slot_value):
        return None
    from assistant.roles_fit import writer_helps

    if writer_helps(texts):
        return None  # the helped person's home counts
    done = [name for name in since_user if name != "action_extract_slots"]
    if not done and active_loop is None:
        return CHECK_FORM
    if done == [CHECK_FORM] and active_loop is None:
        return CHECK_OUTCOME
    return None


# The B.C. routes that the sources never say serve someone living elsewhere (round 19 p31: the
# tribunal offered to someone in Lethbridge with no word on that, said only a turn later).
CAVEAT_RESPONSE = "utter_bc_routes_outside_caveat"
_BC_ROUTE = re.compile(
    r"civil resolution tribunal|\bcrt\b|civilresolutionbc|intimate images protection service"
    r"|protectyourimages",
    re.I,
)
_CAVEAT_SAID = re.compile(
    r"doesn't say whether[^.]{0,120}(?:outside B\.C\.|someone who lives outside|live outside)"
    r"|(?:are|is) B\.C\. services?\b",
    re.IGNORECASE,
)


def add_route_caveat(events: list, tracker: Any, caveat: str | None) -> None:
    """In place: after the turn's last message that offers the tribunal or the protection
    service to someone who lives outside B.C., the caveat (the sources don't say whether they
    serve someone living elsewhere), unless this turn or the one before already said it."""
    from rasa.shared.core.events import BotUttered, UserUttered

    if not caveat:
        return
    bot_indexes = [i for i, e in enumerate(events or []) if isinstance(e, BotUttered)]
    offers = [i for i in bot_indexes if _BC_ROUTE.search(events[i].text or "")]
    if not offers:
        return
    said = [events[i].text or "" for i in bot_indexes]
    # This turn and the turn before: the caveat is never sent in two turns in a row (session
    # 20: "is there a Canadian way to report it?" right after the tribunal's answer).
    users_seen = 0
    for event in reversed(list(getattr(tracker, "events", []) or [])):
        if isinstance(event, UserUttered):
            users_seen += 1
            if users_seen == 2:
                break
        if isinstance(event, BotUttered):
            said.append(event.text or "")
    if any(_CAVEAT_SAID.search(text) for text in said):
        return
    texts = user_texts(tracker)
    slot = tracker.get_slot("lives_in_bc") if hasattr(tracker, "get_slot") else None
    if not lives_outside_bc(texts, slot):
        return
    from assistant.roles_fit import writer_helps

    if writer_helps(texts):
        return
    last = events[offers[-1]]
    metadata = {**(last.metadata or {}), "utter_action": CAVEAT_RESPONSE}
    events.insert(offers[-1] + 1, BotUttered(caveat, {}, metadata, last.timestamp))


def _caveat(domain: Any) -> str | None:
    variations = (getattr(domain, "responses", None) or {}).get(CAVEAT_RESPONSE) or []
    return (variations[0] or {}).get("text") if variations else None


def _note(domain: Any) -> str | None:
    """The outside-B.C. answer's text from the domain, or None."""
    variations = (getattr(domain, "responses", None) or {}).get(OUTSIDE_NOTE_RESPONSE) or []
    return (variations[0] or {}).get("text") if variations else None


def send_filter(events: list, tracker: Any, domain: Any) -> None:
    """assistant.send_filters' step: no B.C.-only offer to someone outside B.C., and the
    caveat on the routes' offers."""
    filter_events(events, tracker, _note(domain))
    add_route_caveat(events, tracker, _caveat(domain))
