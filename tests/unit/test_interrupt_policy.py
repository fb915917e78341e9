from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered

from assistant.answer_kinds import (
    CHILD_ASKED,
    CLOSING,
    DIRECT_ANSWER_KEY,
    HOME_OUTSIDE_BC,
    PAY,
    PRESSURED,
    THREAT_ONLY,
)
from assistant.policies.interrupt import (
    AFTER_CHECK_IN,
    CHECK_IN_ACTION,
    DEFAULT_DIRECT_ANSWERS,
    DEFAULT_INTERRUPTS,
    check_in_step,
    direct_answer_kind,
    direct_answer_sequence,
    failed_action_reply,
    loop_ended_by_answer,
    next_in_sequence,
    next_interrupt_action,
    without_check_ins,
)
from assistant.safety import CHECK_IN_KEY


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


CUSTOM = {"action_service_status", "eligibility_form"}


def test_silent_custom_action_gets_the_safe_reply():
    events = [user("ask_service_dates"), ActionExecuted("utter_service_dates")]
    events.append(BotUttered("...", metadata={"utter_action": "utter_service_dates"}))
    events.append(ActionExecuted("action_service_status"))  # its events were dropped
    assert failed_action_reply(events, CUSTOM) == "utter_action_failed"


def test_failed_form_gets_the_safe_reply():
    events = [user("affirm"), ActionExecuted("eligibility_form")]
    assert failed_action_reply(events, CUSTOM) == "utter_action_failed"


def test_custom_action_that_spoke_or_set_something_is_fine():
    events = [user("ask_service_dates"), ActionExecuted("action_service_status")]
    events.append(BotUttered("open", metadata={"utter_action": "utter_service_open"}))
    assert failed_action_reply(events, CUSTOM) is None
    events = [user("affirm"), ActionExecuted("eligibility_form"), SlotSet("requested_slot", "x")]
    assert failed_action_reply(events, CUSTOM) is None


def test_safe_reply_is_sent_once_per_message():
    events = [user("affirm"), ActionExecuted("eligibility_form")]
    events.append(BotUttered("sorry", metadata={"utter_action": "utter_action_failed"}))
    events.append(ActionExecuted("eligibility_form"))
    assert failed_action_reply(events, CUSTOM) is None


def marked(intent):
    """A user message the CrisisGuard marked as a possible crisis."""
    check_in = {"intent": "crisis", "reason": "negation"}
    intent_data = {"name": intent, "confidence": 0.9}
    return UserUttered("...", intent=intent_data, parse_data={CHECK_IN_KEY: check_in})


def test_a_possible_crisis_gets_the_check_in_first():
    events = [ActionExecuted("action_listen"), marked("ask_crt")]
    assert check_in_step(events) == CHECK_IN_ACTION


def test_after_the_check_in_the_normal_answer_follows():
    events = [ActionExecuted("action_listen"), marked("ask_crt"), ActionExecuted(CHECK_IN_ACTION)]
    assert check_in_step(events) == AFTER_CHECK_IN
    events += [ActionExecuted("utter_crt")]
    assert check_in_step(events) == AFTER_CHECK_IN


def test_unmarked_messages_get_no_check_in():
    assert check_in_step([ActionExecuted("action_listen"), user("ask_crt")]) is None
    assert check_in_step([]) is None
    earlier = [marked("ask_crt"), ActionExecuted(CHECK_IN_ACTION), ActionExecuted("action_listen")]
    assert check_in_step([*earlier, user("greet")]) is None


def test_the_rules_see_the_turn_without_the_check_in():
    said = BotUttered("Are you safe right now?", metadata={"utter_action": CHECK_IN_ACTION})
    answer = BotUttered("The tribunal ...", metadata={"utter_action": "utter_crt"})
    message = marked("ask_crt")
    events = [ActionExecuted("action_listen"), message, ActionExecuted(CHECK_IN_ACTION), said]
    events += [ActionExecuted("utter_crt"), answer]
    assert without_check_ins(events) == [
        ActionExecuted("action_listen"),
        message,
        ActionExecuted("utter_crt"),
        answer,
    ]


def test_failed_topic_suggestions_get_the_static_topic_list():
    events = [user("nlu_fallback"), ActionExecuted("action_suggest_topics")]
    assert failed_action_reply(events, CUSTOM | {"action_suggest_topics"}) == "utter_fallback"


def answer_marked(kind, intent="nlu_fallback"):
    return UserUttered(
        "...", intent={"name": intent, "confidence": 1.0}, parse_data={DIRECT_ANSWER_KEY: kind}
    )


def test_a_marked_message_gets_its_direct_answer_in_order():
    sequence = direct_answer_sequence(PRESSURED, DEFAULT_DIRECT_ANSWERS, None, None)
    events = [ActionExecuted("action_listen"), answer_marked(PRESSURED)]
    assert direct_answer_kind(events) == PRESSURED
    assert next_in_sequence(events, sequence) == "utter_pressured"
    events.append(ActionExecuted("utter_pressured"))
    assert next_in_sequence(events, sequence) == "utter_pressured_help"
    events.append(ActionExecuted("utter_pressured_help"))
    assert next_in_sequence(events, sequence) == "action_listen"


def test_inside_a_form_the_question_comes_again_or_the_form_ends():
    question = "utter_ask_eligibility_form_lives_in_bc"
    in_form = direct_answer_sequence(PAY, DEFAULT_DIRECT_ANSWERS, "eligibility_form", question)
    assert in_form == [*DEFAULT_DIRECT_ANSWERS[PAY], question]
    child = direct_answer_sequence(CHILD_ASKED, DEFAULT_DIRECT_ANSWERS, "age_check_form", "q")
    assert child == [*DEFAULT_DIRECT_ANSWERS[CHILD_ASKED], "action_deactivate_loop"]
    # A threat answers the form's own "shared or threatened?": the form reads it there.
    at_situation = direct_answer_sequence(
        THREAT_ONLY, DEFAULT_DIRECT_ANSWERS, "route_form", "q", "image_situation"
    )
    assert at_situation is None
    # Asked at another question ("wait, he only said he would"): answered, then asked again.
    at_home = direct_answer_sequence(
        THREAT_ONLY, DEFAULT_DIRECT_ANSWERS, "eligibility_form", "q", "lives_in_bc"
    )
    assert at_home == [*DEFAULT_DIRECT_ANSWERS[THREAT_ONLY], "q"]


def test_closing_ends_warmly_and_ends_a_form():
    assert direct_answer_sequence(CLOSING, DEFAULT_DIRECT_ANSWERS, None, None) == ["utter_goodbye"]
    # "I'm done" inside a form: the goodbye, not the form's next question (issue 16).
    assert direct_answer_sequence(CLOSING, DEFAULT_DIRECT_ANSWERS, "age_check_form", "q") == [
        "utter_goodbye",
        "action_deactivate_loop",
    ]


def test_a_home_outside_bc_ends_the_route_questions_not_the_eligibility_check():
    in_routes = direct_answer_sequence(HOME_OUTSIDE_BC, DEFAULT_DIRECT_ANSWERS, "route_form", "q")
    assert in_routes == ["action_eligibility_correction", "action_deactivate_loop"]
    in_check = direct_answer_sequence(
        HOME_OUTSIDE_BC, DEFAULT_DIRECT_ANSWERS, "eligibility_form", "q", "lives_in_bc"
    )
    assert in_check is None


def test_unmarked_messages_have_no_direct_answer():
    assert direct_answer_kind([user("ask_consent")]) is None
    assert direct_answer_sequence(None, DEFAULT_DIRECT_ANSWERS, None, None) is None


def test_a_direct_answer_goes_on_after_its_custom_action_failed():
    sequence = ["action_what_is_kept", "utter_who_is_told_next"]
    events = [UserUttered("is this chat private", intent={"name": "out_of_scope"})]
    events.append(ActionExecuted("action_what_is_kept"))  # the action server was down
    events.append(ActionExecuted("utter_action_failed"))  # the notice the policy sent
    assert next_in_sequence(events, sequence) == "utter_who_is_told_next"
    events.append(ActionExecuted("utter_who_is_told_next"))
    assert next_in_sequence(events, sequence) == "action_listen"


def test_someone_unreachable_is_an_emergency_only_after_the_crisis_lines():
    from assistant.helper_reading import CANT_REACH
    from assistant.policies.interrupt import crisis_lines_given

    said_crisis = BotUttered("...", metadata={"utter_action": "utter_crisis"})
    said_other = BotUttered("...", metadata={"utter_action": "utter_consent"})
    assert crisis_lines_given([said_other, said_crisis])
    assert not crisis_lines_given([said_other])
    assert DEFAULT_DIRECT_ANSWERS[CANT_REACH] == ["utter_cant_reach"]


def test_a_helpers_answer_ends_the_form_that_asks_about_the_helper():
    from assistant.helper_reading import HELPER_ADULT, HELPER_MINOR

    for kind in (HELPER_MINOR, HELPER_ADULT):
        sequence = direct_answer_sequence(kind, DEFAULT_DIRECT_ANSWERS, "eligibility_form", "q")
        assert sequence == [*DEFAULT_DIRECT_ANSWERS[kind], "action_deactivate_loop"]


def test_the_form_an_answer_ended_is_still_known_so_the_answer_finishes():
    events = [ActiveLoop("route_form"), ActionExecuted("action_listen"), user("route_finder")]
    assert loop_ended_by_answer(events) is None  # nothing ended it yet
    events += [ActionExecuted("action_eligibility_correction")]
    events += [ActionExecuted("action_deactivate_loop"), ActiveLoop(None)]
    assert loop_ended_by_answer(events) == "route_form"
    sequence = direct_answer_sequence(HOME_OUTSIDE_BC, DEFAULT_DIRECT_ANSWERS, "route_form", None)
    assert next_in_sequence(events, sequence or []) == "action_listen"


def test_a_yes_to_the_deletion_question_deletes_even_inside_a_form():
    from assistant.policies.interrupt import DELETE_ASKED, DELETE_DONE, deletion_step

    asked = [
        ActiveLoop("route_form"),
        user("delete_conversation"),
        ActionExecuted(DELETE_ASKED),
        ActionExecuted("route_form"),  # the form asked its question again
        ActionExecuted("action_listen"),
    ]
    assert deletion_step([*asked, user("affirm")]) == DELETE_DONE
    assert deletion_step([*asked, user("delete_conversation")]) == DELETE_DONE
    assert deletion_step([*asked, user("affirm"), ActionExecuted(DELETE_DONE)]) == "action_listen"
    assert deletion_step([*asked, user("deny")]) is None  # "no" keeps it; the rules say so
    not_asked = [user("ask_crt"), ActionExecuted("utter_crt"), ActionExecuted("action_listen")]
    assert deletion_step([*not_asked, user("affirm")]) is None
