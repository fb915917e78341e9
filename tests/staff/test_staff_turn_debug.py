"""Per-turn debug info from a tracker in the HTTP API's shape."""

from assistant.content import value
from assistant.staff.turn_debug import turns

PHONE = value("contacts.intake_phone")

TRACKER = {
    "events": [
        {"event": "action", "name": "action_session_start"},
        {"event": "slot", "name": "session_started_metadata", "value": None},
        {"event": "action", "name": "action_listen"},
        {
            "event": "user",
            "text": "do I qualify?",
            "parse_data": {
                "intent": {"name": "check_eligibility", "confidence": 0.91234},
                "intent_ranking": [
                    {"name": "check_eligibility", "confidence": 0.91234},
                    {"name": "ask_who_qualifies", "confidence": 0.05},
                    {"name": "contact_lawyer", "confidence": 0.02},
                ],
                "entities": [
                    {
                        "entity": "bc_place",
                        "value": "kelowna",
                        "extractor": "SpacyEntity",
                        "start": 1,
                    }
                ],
            },
        },
        {"event": "action", "name": "eligibility_form", "policy": "RulePolicy"},
        {"event": "active_loop", "name": "eligibility_form"},
        {"event": "slot", "name": "lives_in_bc", "value": True},
        {
            "event": "bot",
            "text": "Call " + PHONE,
            "data": {"buttons": [{"title": "Yes"}]},
            "metadata": {"utter_action": "utter_contact"},
        },
        {"event": "action", "name": "action_listen"},
        {
            "event": "user",
            "text": "/affirm",
            "parse_data": {"intent": {"name": "affirm", "confidence": 1.0}},
        },
        {"event": "bot", "text": "ok", "metadata": {}},
    ]
}


def test_turns_split_at_user_messages_with_everything_staff_need():
    first, second = turns(TRACKER)
    assert first["user"] == "do I qualify?"
    assert first["intent"]["name"] == "check_eligibility"
    assert first["intent"]["confidence"] == 0.912
    assert [r["name"] for r in first["intent"]["runners_up"]] == [
        "ask_who_qualifies",
        "contact_lawyer",
    ]
    assert first["entities"] == [
        {"entity": "bc_place", "value": "kelowna", "extractor": "SpacyEntity"}
    ]
    assert [a["name"] for a in first["actions"]] == ["eligibility_form", "form: eligibility_form"]
    assert first["bot"][0]["response"] == "utter_contact"
    assert first["slots_set"] == {"lives_in_bc": True}
    assert [f["name"] for f in first["facts"]] == ["contacts.intake_phone"]
    assert second["intent"]["name"] == "affirm"
    assert second["slots"] == {"lives_in_bc": True}
    assert second["slots_set"] == {}


def test_empty_tracker_has_no_turns():
    assert turns({}) == []
