"""Rounds 63-64's kinds (assistant/plain65.py and the readers mended beside it): a child's
helper whose role the conversation lost, a parent asking about the young people who shared,
"before they delete the chat", someone moving to B.C., "r u gonna tell my mom"."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain65 as p
from assistant import police_or_911 as police
from assistant import sharer_charged, statements
from assistant.age_parsing import parse_ages
from assistant.answer_kinds import asks_who_is_told
from assistant.courtesy import is_closing
from assistant.helper_check_in import practical_helper_question
from assistant.helper_context import writer_is_minor
from assistant.move_words import asks_to_delete_this_chat, someone_else_deletes
from assistant.nlu.crisis_guard import guard_decision
from assistant.object_of_words import about_anothers_life, object_is_a_thing

GRANDSON = (
    "Good afternoon. I am writing about my grandson who is 13. He told me tonight that someone"
    " on a game he plays has been asking him for money and saying they have pictures of him."
)
HELPER_REPLIES = [["utter_helper_minor_sextortion", "utter_helper_minor_sextortion_report"]]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_a_childs_age_after_i_am_is_never_the_writers():
    assert writer_is_minor([GRANDSON]) is False
    assert parse_ages("I am worried about my son who is 14").self_stated is False
    assert parse_ages("I am writing because my daughter is 14").unassigned == [14]
    # The writer's own age still counts, before or after a child named.
    assert parse_ages("I am 13").age == 13
    assert parse_ages("im 15 and my sister is 17").age == 15
    assert writer_is_minor(["im 16 and my bf is 17"]) is True


def test_a_helper_asking_whether_paying_stops_it_gets_the_helpers_answer():
    said = "He already sent them 50 dollars from his birthday money. Will they stop now?"
    assert p.follow_up(said, [], [GRANDSON], HELPER_REPLIES) == [p.HELPER_PAID]
    # Asked again right after: the short line.
    again = "so if he paid will they stop or not?"
    assert p.follow_up(again, [p.HELPER_PAID], [GRANDSON, said], [[p.HELPER_PAID]]) == [
        p.HELPER_PAID_AGAIN
    ]
    # Not a child's helper's conversation: the older answers.
    assert (
        p.follow_up(said, [], ["my ex says he will post my pics"], [["utter_sextortion"]]) is None
    )
    # A young writer's own payment: the young answers.
    young = ["im 15 and a guy says he'll post my pics unless i pay"]
    assert (
        p.follow_up("i already paid him 50 dollars, will he stop?", [], young, HELPER_REPLIES)
        is None
    )


def test_i_am_his_grandmother_is_a_helper_not_an_adult_victim():
    said = "I'm not under 18, I'm his grandmother! I'm asking if paying will make them go away."
    assert p.follow_up(said, [], [GRANDSON], HELPER_REPLIES) == [p.HELPER_MIXUP, p.HELPER_PAID]
    assert p.follow_up("i'm not the kid, i'm his mom", [], [GRANDSON], HELPER_REPLIES) == [
        p.HELPER_MIXUP
    ]
    # No child's helper's answers before: plain53's adult correction stays.
    assert p.follow_up(said, [], ["he has my pics"], [["utter_sextortion"]]) is None


def test_the_young_people_who_shared_are_asked_about_not_the_child_helped():
    told = [
        "My daughter is 14 and a photo of her (topless) is being passed around at her high school"
    ]
    for asked in (
        "Will the boys get criminal records? I don't want to ruin a 14 year old's life",
        "My question is whether the boys sharing it would be charged with a crime",
    ):
        assert sharer_charged.sharer_charged_kind(asked, told) is not None
        assert sharer_charged.names_the_partner(asked)


def test_another_persons_life_asks_no_check_in_but_the_writers_own_still_does():
    said = "I don't necessarily want to ruin a 14 year old's life, I just want it to stop."
    assert about_anothers_life(said) and object_is_a_thing(said)
    assert not about_anothers_life("he is going to ruin my life")
    assert not about_anothers_life("i want to end my life")
    ranking = [{"name": "nlu_fallback", "confidence": 0.24}, {"name": "crisis", "confidence": 0.3}]
    assert guard_decision(said, ranking[0], ranking, {"crisis": 0.9}) == (None, None)
    assert guard_decision("I want to die", ranking[0], ranking, {"crisis": 0.9})[0]["name"] == (
        "crisis"
    )


def test_a_short_who_is_told_question_asks_no_check_in():
    assert asks_who_is_told("r u gonna tell my mom")
    ranking = [{"name": "nlu_fallback", "confidence": 0.2}, {"name": "crisis", "confidence": 0.2}]
    assert guard_decision("r u gonna tell my mom", ranking[0], ranking, {"crisis": 0.9}) == (
        None,
        None,
    )
    # Crisis words beside it: the crisis answer.
    said = "I want to die, will you tell my mom"
    assert guard_decision(said, ranking[0], ranking, {"crisis": 0.9})[0]["name"] == "crisis"


def test_their_chat_deleted_is_not_this_chat():
    said = "OK. What should I be saving as evidence before they delete the chat?"
    assert not asks_to_delete_this_chat(said) and someone_else_deletes(said)
    assert not asks_to_delete_this_chat("what if he deletes the group chat")
    assert asks_to_delete_this_chat("can I erase this chat, he reads my phone")
    assert asks_to_delete_this_chat("please delete the chat")
    assert asks_to_delete_this_chat("delete our conversation before they see the group chat")


def test_not_in_bc_yet_is_no_move_away():
    earlier = ["im moving to victoria in january from winnipeg"]
    said = "but i dont live in BC yet, I said im in winnipeg till january. does any of that apply"
    assert not statements.already_moved(statements.plain_lower(said), earlier, [])
    moved = "i dont live in bc anymore, i moved to alberta"
    assert statements.already_moved(moved, ["im moving to alberta next month"], [])


def test_a_helpers_child_in_trouble_question_gets_the_childs_answer():
    told = ["a man online keeps asking my 11 year old for photos. what do i do"]
    replies = [["utter_child_asked", "utter_child_asked_support"]]
    said = "and she's not going to be in any trouble herself if she sent something right? she's 11"
    assert p.follow_up(said, [], told, replies) == [p.CHILD_TROUBLE]
    # The boys who shared are not the child helped.
    assert p.follow_up("will the boys get in trouble?", [], told, replies) is None


def test_the_police_station_or_911_in_any_conversation():
    said = "I live in Prince George. Should I go to the RCMP detachment or call 911?"
    assert police.follow_up(said, []) == [police.POLICE_OR_911]
    assert police.follow_up("Well which one. The police station or 911?", []) == [
        police.POLICE_OR_911
    ]
    assert police.follow_up("i'm in danger, call 911 or the police station?", []) is None
    # Asked again right after its answer: not the same block twice.
    assert police.follow_up("the station or 911?", [police.POLICE_OR_911]) is None


def test_a_helpers_practical_question_asks_no_check_in_but_harm_words_do():
    topics = ["child_asked_for_images"]
    assert practical_helper_question("Do I take her tablet away?", topics)
    assert not practical_helper_question(
        "she said she wants to hurt herself, what do I do?", topics
    )
    assert not practical_helper_question("I can't cope with this, what do I do?", topics)
    assert not practical_helper_question("Do I take her tablet away?", [])


def test_sure_thats_it_thanks_is_a_closing():
    assert is_closing("sure. thats it thanks")
    assert not is_closing("sure")
