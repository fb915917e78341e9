"""Rounds 57-58's unanswered kinds (assistant/plain59.py): a teacher told by a student, family
finding out through the police, what to say back, what to have ready, calling for someone, 9-8-8
for a relative, a game's report tool, the IIPS and him, damages a sharer may pay, a college."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain53
from assistant import plain59 as p

STORY = ["my ex is threatening to post my pics"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_a_teacher_told_something_gets_what_to_do_not_a_quiz():
    said = "Hi, I'm a grade 8 teacher. A student told me something scary happened. What do I do?"
    assert p.follow_up(said, [], [], []) == [p.TEACHER_DISCLOSURE]
    # With the images in it, the older answers for a child asked or shared.
    said = "I'm a teacher. A student told me a man asked her for nudes on snapchat"
    assert p.follow_up(said, [], [], []) is None


def test_family_finding_out_through_the_police_and_the_money_beside_it():
    said = "will my wife find out if I go to police? and can I get the $500 back?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.FAMILY_FINDS_OUT, p.MONEY_BACK]
    assert p.follow_up("will my wife find out if i report it", [], STORY, [[]]) == [
        p.FAMILY_FINDS_OUT
    ]


def test_what_to_say_back_with_a_safe_adult_for_a_young_writer():
    young = ["im 17 and my coach keeps asking me for pics"]
    assert p.follow_up("he texted again, what do i say back", [], young, [[]]) == [
        p.SAY_BACK,
        p.SAY_BACK_YOUNG,
    ]
    adult = ["my manager keeps asking me for pics, im 24"]
    assert p.follow_up("what am I supposed to say to him", [], adult, [[]]) == [p.SAY_BACK]


def test_what_to_have_ready_and_calling_for_someone():
    said = "what should she have ready when she phones?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.READY_FOR_CALL]
    for said in ("I call for her, ok?", "I, husband, can make the phone call for my wife?"):
        assert p.follow_up(said, [], STORY, [[]]) == [p.ON_BEHALF], said
    said = "can I call 988 myself for advice on talking to her?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.HELPER_988]


def test_a_childs_helper_reporting_to_the_game():
    child = [["utter_child_asked", "utter_child_asked_support"]]
    said = "report him to the game company, its roblox"
    assert p.follow_up(said, [], STORY, child) == [p.CHILD_PLATFORM]
    # Beside "tell her mom first?", both parts (assistant/plain53.helper_parts).
    both = "should we tell her mom first? and report his account in the game too?"
    assert plain53.follow_up(both, [], STORY, child) == [plain53.ORDER_FIRST, p.CHILD_PLATFORM]
    # With no child's answer before, the older answers.
    assert p.follow_up(said, [], STORY, [[]]) is None


def test_the_iips_and_him_damages_for_a_sharer_and_a_college():
    said = "does the protection service contact the guy directly?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.IIPS_CONTACTS_HIM]
    said = "if she wins, how much could they order ME to pay?"
    assert p.follow_up(said, [], ["i shared my ex's pic years ago"], [[]]) == [p.SHARER_DAMAGES]
    told = ["my pics were shared in a frat chat at ubc"]
    assert p.follow_up("can UBC kick them out?", [], told, [[]]) == [p.TELL_COLLEGE]


def test_a_crisis_is_never_this_module_s():
    assert p.follow_up("what do i say back, i want to die", [], STORY, [[]]) is None


def test_ready_before_the_call_and_blamed_by_family():
    said = "what should I have ready before I phone?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.READY_FOR_CALL]
    said = "do I need documents or an application form first?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.READY_FOR_CALL]
    for said in (
        "my mother says it is my fault, I feel so bad",
        "is my fault because I send him the photos?",
    ):
        assert p.follow_up(said, [], STORY, [[]]) == [p.SELF_BLAME], said
