from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered

from assistant.policies.interrupt import DEFAULT_INTERRUPTS, next_interrupt_action


def user(intent):
    return UserUttered("...", intent={"name": intent, "confidence": 1.0})


def test_sequence_runs_in_order_then_listens():
    events = [ActionExecuted("action_listen"), user("crisis")]
    assert next_interrupt_action(events, DEFAULT_INTERRUPTS) == "utter_crisis"
    events.append(ActionExecuted("utter_crisis"))
    assert next_interrupt_action(events, DEFAULT_INTERRUPTS) == "utter_crisis_next"
    events.append(ActionExecuted("utter_crisis_next"))
    assert next_interrupt_action(events, DEFAULT_INTERRUPTS) == "action_listen"


def test_inside_a_form_the_interrupt_still_comes_first():
    events = [
        ActionExecuted("eligibility_form"),
        SlotSet("requested_slot", "lives_in_bc"),
        ActionExecuted("action_listen"),
        user("immediate_danger"),
    ]
    assert next_interrupt_action(events, DEFAULT_INTERRUPTS) == "utter_immediate_danger"


def test_other_intents_are_left_to_the_other_policies():
    assert next_interrupt_action([user("ask_consent")], DEFAULT_INTERRUPTS) is None
    assert next_interrupt_action([], DEFAULT_INTERRUPTS) is None


def test_a_sequence_broken_by_another_action_is_left_alone():
    events = [user("crisis"), ActionExecuted("utter_greet")]
    assert next_interrupt_action(events, DEFAULT_INTERRUPTS) is None
