"""Turn a Rasa tracker (as the HTTP API returns it) into per-turn debug info for staff.

A turn starts at a user message and ends before the next one. For each: the text, intent and
confidence, the runners-up, entities, the actions and responses chosen, the slots set in the
turn and all slot values after it, and the content/ facts the bot's text states.
"""

from __future__ import annotations

from assistant.staff.fact_sources import describe, facts_in

RUNNERS_UP = 4


def _intent(parse: dict) -> dict:
    intent = parse.get("intent") or {}
    ranking = [
        {"name": item.get("name"), "confidence": round(float(item.get("confidence") or 0), 3)}
        for item in parse.get("intent_ranking") or []
        if item.get("name") != intent.get("name")
    ]
    return {
        "name": intent.get("name"),
        "confidence": round(float(intent.get("confidence") or 0), 3),
        "runners_up": ranking[:RUNNERS_UP],
    }


def _entities(parse: dict) -> list[dict]:
    keep = ("entity", "value", "extractor", "confidence_entity")
    return [{k: e[k] for k in keep if k in e} for e in parse.get("entities") or []]


def _new_turn(event: dict) -> dict:
    parse = event.get("parse_data") or {}
    return {
        "user": event.get("text") or "",
        "intent": _intent(parse),
        "entities": _entities(parse),
        "actions": [],
        "bot": [],
        "slots_set": {},
        "slots": {},
        "facts": [],
    }


def _bot_message(event: dict) -> dict:
    data = event.get("data") or {}
    return {
        "text": event.get("text") or "",
        "buttons": data.get("buttons") or [],
        "response": (event.get("metadata") or {}).get("utter_action"),
    }


def turns(tracker: dict) -> list[dict]:
    """All turns of one conversation, oldest first."""
    found: list[dict] = []
    slots: dict = {}
    for event in tracker.get("events") or []:
        kind = event.get("event")
        if kind == "user":
            found.append(_new_turn(event))
        elif kind == "slot":
            slots[event.get("name")] = event.get("value")
            if found:
                found[-1]["slots_set"][event.get("name")] = event.get("value")
        elif not found:
            continue
        elif kind == "action" and event.get("name") != "action_listen":
            found[-1]["actions"].append({"name": event.get("name"), "policy": event.get("policy")})
        elif kind == "bot":
            found[-1]["bot"].append(_bot_message(event))
        elif kind == "active_loop":
            found[-1]["actions"].append({"name": f"form: {event.get('name') or 'ended'}"})
        if found:
            found[-1]["slots"] = {k: v for k, v in slots.items() if v is not None}
    for turn in found:
        text = "\n".join(message["text"] for message in turn["bot"])
        turn["facts"] = [describe(fact) for fact in facts_in(text)]
    return found
