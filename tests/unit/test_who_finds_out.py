"""who_finds_out.family_not_parents: "my family" is no young person's parents."""

from __future__ import annotations

from assistant import who_finds_out as wf


def test_family_named_without_a_parent():
    # Round 41 p21: "does my family find out?" from someone who gave no age is no young
    # person's parents; a parent's word keeps that answer (the policy reads this).
    assert wf.family_not_parents("if I go to the tribunal, does my family find out?")
    assert not wf.family_not_parents("will my parents or family find out?")
    assert not wf.family_not_parents("will the police tell anyone?")
