"""Session 21, mine: "what if he says no" after asking how to ask him (assistant/legal_asks.py)."""

from __future__ import annotations

import pytest

from assistant import legal_asks

EARLIER = [
    "i think my ex has nudes of me from years ago. he hasnt done anything. should i be worried",
    "can i ask him to delete them",
]


@pytest.mark.parametrize("text", ["what if he says no", "and if he refuses?", "what if he won't"])
def test_refusal_after_asking_how_to_ask_him(text):
    turns = [["utter_held_not_shared_order"], ["utter_confront"]]
    assert legal_asks.legal_ask_kind(text, EARLIER, turns, False, None) == (
        f"{legal_asks.HELD_DELETE}_again"
    )


def test_refusal_needs_the_held_answer_before():
    turns = [["utter_sextortion_steps"], ["utter_confront"]]
    assert legal_asks.legal_ask_kind("what if he says no", EARLIER, turns, False, None) is None


def test_held_answer_three_turns_back_does_not_count():
    turns = [["utter_held_not_shared_order"], ["utter_ask_crt"], ["utter_confront"]]
    assert legal_asks.legal_ask_kind("what if he says no", EARLIER, turns, False, None) is None


# The age check's trust question answered with agreeing (assistant/age_answers.py).
@pytest.mark.parametrize(
    "text",
    [
        "we love each other though",
        "she says she sent them willingly",
        "its consensual",
        "they're dating",
    ],
)
def test_agreeing_said_at_the_trust_question_is_not_known(text):
    from assistant.age_answers import TRUST, Turn, read_trust

    turn = Turn(intent="inform_threatened", text=text, requested=TRUST)
    assert read_trust(turn) == {TRUST: "unsure"}


@pytest.mark.parametrize(
    "text, expected",
    [("no", "no"), ("yes he is her teacher", "yes"), ("no, he's just her boyfriend", "no")],
)
def test_plain_answers_at_the_trust_question_unchanged(text, expected):
    from assistant.age_answers import TRUST, Turn, read_trust

    intent = {"no": "deny"}.get(text, "inform")
    assert read_trust(Turn(intent=intent, text=text, requested=TRUST)) == {TRUST: expected}


# The sharing told at the home question (actions/eligibility.py): heard aloud.
def test_sharing_told_at_the_home_question_is_heard():
    from actions.eligibility import situation_told_at_home_question

    assert situation_told_at_home_question(
        "shared", "lives_in_bc", None, "he sent them to my mom last night"
    )
    # Not when the home question is not the one asked, the home is known, or nothing is told.
    assert not situation_told_at_home_question(
        "shared", "image_situation", None, "he sent them to my mom"
    )
    assert not situation_told_at_home_question("shared", "lives_in_bc", "yes", "he sent them")
    assert not situation_told_at_home_question("shared", "lives_in_bc", None, "yes i do")


def test_a_recipient_is_not_the_person_helped():
    from assistant.helper_reading import helped_person

    assert helped_person("he sent them to my mom last night") is None
    assert helped_person("she showed them to my coworkers") is None
    # The helped person's own images still read as helping.
    assert helped_person("my sister's ex sent her nudes to my parents") is not None
    assert helped_person("i need to tell my sister her ex posted her nudes") is not None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I mean can I get some kind of order so he can't post them", True),
        ("is there a protection order to stop him", True),
        ("how much money can the tribunal give me", False),
        ("can i sue for damages", False),
        ("how long does it take", False),
    ],
)
def test_the_order_asked_again_is_not_the_money(text, expected):
    from assistant.policies.repeats import order_asked_again

    assert order_asked_again(text) is expected


# Round 22 p03 (a harm): the mother of a 13-year-old whose nude a boy shared was answered three
# times as the parent of the one who shared (assistant/role_followups.py).
@pytest.mark.parametrize(
    "text",
    [
        "my daughter is 13 and a boy in her class shared a nude photo of her",
        "My daughter is 13 and a boy in her class shared a nude photo of her in a group chat",
        "my son is 14 and a girl shared his nudes",
        "my daughter is 15, someone at her school posted pics of her",
        "my son is 12 and some kids in his grade sent around a video of him",
    ],
)
def test_a_child_pictured_is_not_the_sharer(text):
    from assistant.role_followups import own_child_story

    assert not own_child_story([text])


@pytest.mark.parametrize(
    "text",
    [
        "my son is 16. i just found out he forwarded a naked picture of a girl from his class",
        "my son shared a nude of a girl in his class",
        "my daughter sent her friends nude to a boy in her class",
        "my son is 15 and he posted a video of his ex girlfriend",
    ],
)
def test_the_own_child_who_shared_still_read(text):
    from assistant.role_followups import own_child_story

    assert own_child_story([text])


def test_the_tribunal_caveat_not_again_right_after_it_was_the_answer():
    from actions.routes import said_in_turn_before

    domain = {"responses": {"utter_crt_outside_bc": [{"text": "The CRT caveat."}]}}
    said = [
        {"event": "user", "text": "could i use the tribunal"},
        {"event": "bot", "text": "The CRT caveat.", "metadata": {}},
        {"event": "user", "text": "anything before i move"},
    ]
    assert said_in_turn_before(said, "utter_crt_outside_bc", domain)
    by_name = [
        {"event": "user", "text": "a"},
        {"event": "bot", "text": "x", "metadata": {"utter_action": "utter_crt_outside_bc"}},
        {"event": "user", "text": "b"},
    ]
    assert said_in_turn_before(by_name, "utter_crt_outside_bc", domain)
    # Two turns back is not the turn before.
    older = [said[0], said[1], {"event": "user", "text": "c"}, {"event": "bot", "text": "y"}]
    older.append({"event": "user", "text": "d"})
    assert not said_in_turn_before(older, "utter_crt_outside_bc", domain)
