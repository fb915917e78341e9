"""Found by probing in session 15: a helper's first message that also gets the safety
check-in is asked about the person helped, not "Are you safe right now?"."""

from __future__ import annotations

from assistant.helper_check_in import CHECK_IN, HELPER_CHECK_IN, check_in_for

CHILD = "my 11 yr old son was asked for pics by some man online and now hes threatening him"


def test_a_helpers_first_message_gets_the_helpers_check_in():
    assert check_in_for(CHILD, [], "helper_for_minor") == HELPER_CHECK_IN


def test_the_writers_own_distress_keeps_the_usual_check_in():
    assert check_in_for(f"{CHILD}. i cant take this anymore", [], "helper_for_minor") == CHECK_IN


def test_no_helper_no_helper_wording():
    assert check_in_for("he threatened me", [], None) == CHECK_IN


def test_the_interpreter_is_not_offered_twice_in_one_turn():
    from assistant.person_fit import fitted_sequence

    said = ["My english not so good. My partner send video of me. Can have interpreter spanish?"]
    assert fitted_sequence(["utter_interpreter"], said, []) == ["utter_interpreter"]


def test_images_held_of_me_without_a_determiner_are_held():
    from assistant.image_kinds import HELD_NOT_SHARED, image_kind

    for text in [
        "my ex has nudes of me and i want them deleted. he hasnt shared them",
        "we broke up and she has videos of us. she hasnt done anything",
    ]:
        assert image_kind(text) == HELD_NOT_SHARED
    assert image_kind("he has pics of me and posted them") is None


def test_the_held_answer_covers_the_removal_half():
    from assistant.dropped_halves import REMOVAL, says_it

    assert says_it(REMOVAL, ["utter_held_not_shared_order"])


def test_after_the_crisis_answer_calling_not_possible_gets_the_text_lines():
    from assistant.after_crisis import STAY, stay_kind

    crisis_turn = [["utter_crisis", "utter_crisis_next"]]
    for text in ["i cant call my parents are home theyll hear", "i cant talk, theyll hear me"]:
        assert stay_kind(text, crisis_turn) == STAY
    assert stay_kind("i cant call anyone", [["utter_help_now", "utter_help_now_next"]])
    assert stay_kind("i cant talk to him about it", crisis_turn) is None


def test_right_after_the_tribunal_how_long_and_a_lawyer_are_the_tribunals():
    from assistant.other_sense import CRT_HOW_LONG, CRT_LAWYER, crt_follow_up_kind

    after_crt = ["utter_crt", "utter_crt_damages"]
    assert (
        crt_follow_up_kind("how long does that take", after_crt, "x", frozenset()) == CRT_HOW_LONG
    )
    assert (
        crt_follow_up_kind("do i need a lawyer for that", after_crt, "x", frozenset()) == CRT_LAWYER
    )
    assert (
        crt_follow_up_kind("how long does that take", ["utter_evidence"], "x", frozenset()) is None
    )
    assert (
        crt_follow_up_kind("how long does the legal advice take", after_crt, "x", frozenset())
        is None
    )


def test_can_i_text_someone_is_the_lines_that_take_texts():
    from assistant.answer_kinds_everyday import TEXT_A_LINE, everyday_kind

    assert everyday_kind("can i just text someone") == TEXT_A_LINE
