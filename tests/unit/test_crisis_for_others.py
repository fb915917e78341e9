"""Someone else may hurt themselves (assistant/crisis_for_others.py, round 41 p17): the crisis
lines spoken to the helper, never the writer's own crisis reply; the writer's own crisis keeps
it."""

from __future__ import annotations

from assistant import crisis_for_others as c
from assistant import roles31

CRISIS = ["utter_crisis", "utter_crisis_next"]


def test_a_friend_who_wants_to_die_gets_the_helpers_answer():
    text = (
        "she keeps saying she wants to die over this. i dont think shed do anything but im scared"
    )
    assert c.crisis_sequence(CRISIS, text, []) == c.FOR_SOMEONE_ELSE
    asked = "im asking about her wanting to die not the lawyer. what do i do right now"
    assert c.crisis_sequence(CRISIS, asked, []) == c.FOR_SOMEONE_ELSE
    # said again after the helper's answer: calling for them, not the same two texts
    assert c.crisis_sequence(CRISIS, asked, c.FOR_SOMEONE_ELSE) == c.FOR_SOMEONE_ELSE_AGAIN


def test_the_writers_own_crisis_keeps_the_crisis_reply():
    for text in (
        "i want to die",
        "my friend says she wants to die and so do i",
        "she wants to kill herself and honestly i want to kill myself too",
        "my pics are everywhere i cant do this anymore",
    ):
        assert c.crisis_sequence(CRISIS, text, []) == CRISIS, text


def test_its_not_me_its_her_after_the_crisis_reply():
    text = "its not me its her. what should i do to help her? can i call 988 for her?"
    assert c.follow_up(text, ["utter_crisis", "utter_crisis_next"]) == c.FOR_SOMEONE_ELSE
    assert c.follow_up(text, c.FOR_SOMEONE_ELSE) == c.FOR_SOMEONE_ELSE_AGAIN
    # no crisis reply before: the other readers answer
    assert c.follow_up(text, ["utter_contact"]) is None
    assert c.follow_up("can i call the lawyer for her?", ["utter_crisis"]) is None


def test_other_sequences_are_left_alone():
    danger = ["utter_immediate_danger", "utter_crisis_next"]
    assert c.crisis_sequence(danger, "she wants to die", []) == danger


def test_a_friend_who_would_rather_die():
    # Round 46 p36: "he told me today he'd rather die than have them posted"
    told = "my friend is being blackmailed with his nudes. he told me today he'd rather die"
    assert c.crisis_sequence(CRISIS, told, []) == c.FOR_SOMEONE_ELSE
    again = "im scared about what he said about rather dying. what do i do about that"
    assert c.crisis_sequence(CRISIS, again, c.FOR_SOMEONE_ELSE) == c.FOR_SOMEONE_ELSE_AGAIN


def test_her_risk_named_at_any_point_and_what_to_do_if_she_says_it_again():
    # Round 60 p27 (rated not): the intake line, then "I'd rather not guess".
    said = "a lawyer?? i mean if she talks about not wanting to live. who do i call"
    assert c.follow_up(said, ["utter_question_fallback"]) == c.FOR_SOMEONE_ELSE
    again = "she's 21 not a kid. what do I actually do if she says stuff like that again"
    assert c.follow_up(again, list(c.FOR_SOMEONE_ELSE)) == c.FOR_SOMEONE_ELSE_AGAIN
    assert c.follow_up(again, ["utter_thank"]) is None
    # The writer's own crisis is never this answer.
    assert c.follow_up("i dont want to live anymore either", []) is None
    assert c.follow_up("she doesnt want to live and i dont want to live either", []) is None


def test_an_adult_friend_feared_for_is_not_told_to_call_her_mom():
    earlier = ["my friend's ex posted her nudes. she's 21 and really not doing well"]
    said = "she said last night she doesnt see the point of anything. im worried about her"
    assert roles31.follow_up(said, [], earlier, None) == c.FOR_SOMEONE_ELSE
    young = ["my friend's nudes are going around school, we're both 15"]
    assert roles31.follow_up(said, [], young, None) == [roles31.FRIEND_CALL_FIRST]
