"""An age put right while the age check asks another question is said back before the form
asks again (issue 16, simulated users round 3: "sorry, I meant he's 19")."""

from __future__ import annotations

from assistant.age_corrections import changed_in_form

TRUST = "age_check_trust"


def test_the_other_persons_age_put_right_at_the_trust_question():
    assert changed_in_form("sorry, i meant he is 19", TRUST, 16.0, 17.0)
    assert changed_in_form("oops hes 20 not 17", TRUST, 16.0, 17.0)
    assert changed_in_form("wait, actually I'm 15", TRUST, 16.0, 17.0)


def test_the_same_age_again_or_no_correction_is_not_a_change():
    assert not changed_in_form("sorry, he is 17", TRUST, 16.0, 17.0)
    assert not changed_in_form("no", TRUST, 16.0, 17.0)
    assert not changed_in_form("he is my coach", TRUST, 16.0, 17.0)


def test_at_an_age_question_the_form_reads_the_age_itself():
    assert not changed_in_form("sorry i meant 19", "age_check_other_age", 16.0, None)
    assert not changed_in_form("sorry i meant 19", None, 16.0, 17.0)


def test_i_meant_with_the_replaced_age_is_a_correction_not_the_persons_own_age():
    from assistant.age_corrections import read_age_correction

    reading = read_age_correction("sorry i meant 19 not 17")
    assert reading is not None and reading.other_age == 19 and reading.replaced == 17


def test_an_age_correction_after_being_asked_for_pics_is_not_what_now():
    from assistant import helper_reading
    from assistant.helper_context import answer_kind_in_context

    earlier = ["i'm 16 and my boyfriend is 17, he keeps asking for pics"]
    for intent in ("nlu_fallback", "affirm", "inform_neither"):
        assert answer_kind_in_context(None, intent, "oops, i meant he's 19", [], earlier) is None
    what_now = answer_kind_in_context(None, "nlu_fallback", "so what do i do", [], earlier)
    assert what_now == helper_reading.ASKED_NO_IMAGES
