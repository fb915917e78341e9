"""Rounds 65-66's unanswered follow-ups (assistant/plain67.py), the helped child's "in trouble"
asked again (assistant/plain65.py) and "sending to one person" (assistant/plain61.py)."""

from __future__ import annotations

import pytest
from response_names import domain_responses, module_responses

from assistant import helper_reading as hr
from assistant import own_case_kept, plain61, plain65, sharer_charged, wrong_topic
from assistant import plain67 as p
from assistant.helper_context import answer_kind_in_context

YOUNG = ["im 14"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()
    assert {name for again in p.AGAIN.values() for name in again} <= domain_responses()


@pytest.mark.parametrize(
    ("said", "earlier", "answer"),
    [
        (
            "can i do the take it down thing by myself without my dad knowing",
            YOUNG,
            p.TAKE_IT_DOWN_YOURSELF,
        ),
        (
            "i mean the website takeitdown. do i need a parent for that or can i just use it",
            YOUNG,
            p.TAKE_IT_DOWN_YOURSELF,
        ),
        (
            "He only told me this in person at my home. There is nothing written down. How can I"
            " prove it?",
            [],
            p.SPOKEN_THREAT_RECORD,
        ),
        ("will they need to see the video?", [], p.LAWYER_SEE_IMAGES),
        (
            "right but would I ever have to show the lawyer the actual video",
            [],
            p.LAWYER_SEE_IMAGES,
        ),
        (
            "Is the Stand Informed intimate images service actually still running right now?",
            [],
            "utter_service_dates",
        ),
        (
            "i mean at work. can i go to the owner about him",
            ["im 17 and my manager asks for pics"],
            p.TELL_WORK_YOUNG,
        ),
        ("so under skirt photo is count or no? I am wearing underwear in it", [], p.UPSKIRT_COUNTS),
        (
            "But will they help her if she lives in Alberta?",
            ["Could the B.C. Intimate Images Protection Service contact the website for her?"],
            p.IIPS_OUTSIDE_BC,
        ),
        ("if i tell a teacher will they call my mom 😬", YOUNG, p.TEACHER_TELLS_PARENT),
        (
            "So just to be clear, do I go to police first, or is it fine to tell the school too?",
            ["Should I contact the school principal first or the police?"],
            p.POLICE_OR_SCHOOL,
        ),
        ("ok whatever. so who do i actually talk to first", YOUNG, p.WHO_FIRST_YOUNG),
    ],
)
def test_each_kind_gets_its_answer(said, earlier, answer):
    found = p.follow_up(said, [], earlier)
    assert found and found[0] == answer


@pytest.mark.parametrize(
    "said",
    [
        "will the police need to see the photos?",
        "my manager at work keeps asking for pics",
        "what is the tribunal",
        "I told my teacher",
        "can the tribunal order him to delete it if he posted it?",
        "will they help her if she lives in Alberta?",  # no service named: not this kind
        # An adult's HR question, "is that a crime", a threat said out loud: older answers.
        "should I tell someone else at work like the owner or HR?",
        "a guy at my job took a pic up my skirt. is that even a crime??",
        "does a threat he only said out loud count, without proof?",
        "can the tribunal order him to delete videos even though i have no proof he has any?",
        "with stopncii do i have to give them my pictures?",
        "do i need to send take it down the actual pics?",
        "Am I required to report this, as school staff? And do I need to tell her parents?",
        "so who do i actually talk to first",  # no young writer: the older readers'
        "I told the school and the police",
        "Should I call the police first or the school?",  # asked first: the older answers
        "I want to die, can I use take it down by myself?",  # the crisis net's
    ],
)
def test_neighbouring_messages_are_left_to_other_readers(said):
    assert p.follow_up(said, [], []) is None


def test_asked_again_right_after_gets_the_short_line_never_the_same_block():
    said = "will they need to see the video?"
    assert p.follow_up(said, [p.LAWYER_SEE_IMAGES], []) == ["utter_lawyer_see_images_again"]
    again = "would a teacher have to tell my mom?"
    assert p.follow_up(again, [p.TEACHER_TELLS_PARENT], YOUNG) == [
        "utter_teacher_tells_parent_again"
    ]


def test_a_helped_childs_trouble_asked_again_gets_the_plain_answer():
    told = ["a man online keeps asking my 11 year old for photos. what do i do"]
    replies = [["utter_child_asked", "utter_child_asked_support"], [plain65.CHILD_TROUBLE]]
    said = "is my 11 year old daughter in legal trouble if she sent a photo to this man?"
    assert plain65.follow_up(said, [plain65.CHILD_TROUBLE], told, replies) == [
        plain65.CHILD_TROUBLE_AGAIN
    ]
    # Asked before the older helper readers, which would only repeat their block.
    assert plain65.trouble_asked_again(said, [plain65.CHILD_TROUBLE], told, replies) == [
        plain65.CHILD_TROUBLE_AGAIN
    ]
    assert plain65.trouble_asked_again(said, [], told, replies[:1]) is None


def test_sending_to_one_person_counts_as_sharing():
    said = "right but it was ONE person. is sending to one person still sharing or posted"
    assert plain61.follow_up(said, [], ["my ex sent my nudes to my new girlfriend"]) == [
        plain61.ONE_PERSON
    ]


def test_the_other_persons_age_after_the_writers_own_pictures_is_not_a_helpers_case():
    own = [
        "my ex posted pics of me online that he took when i was 16. im 18 now.",
        "can he get charged for this? he was 17 when he took them, hes 19 now",
    ]
    said = "hes not a kid, he posted them last month when he was 19. does that change anything"
    assert own_case_kept.sharer_age_told(said, own)
    # Someone helped, told earlier or now, keeps the helper's reading.
    assert not own_case_kept.sharer_age_told(said, ["my sister's ex posted her pics online"])
    assert not own_case_kept.sharer_age_told("my friend is 19 and her ex posted them", own[:1])
    kind = answer_kind_in_context(
        hr.HELPER_ADULT, "check_age_rules", said, [sharer_charged.OTHERS_IN_TROUBLE], own
    )
    assert kind == sharer_charged.SHARER_CHARGED
    assert answer_kind_in_context(hr.HELPER_ADULT, None, said, [None], own[:1]) is None


def test_an_interpreter_asked_beside_the_writers_own_case_gets_what_to_do_first():
    said = (
        "hello, my ex wife she put a private photo of me on facebook, i am naked in the photo."
        " i live in surrey. my english is not so good, i speak spanish. can you help me?"
    )
    assert wrong_topic.interpreter_with_own_case(said)
    assert wrong_topic.ANSWERS[wrong_topic.INTERPRETER_OWN_CASE][0] == "action_shared_next"
    assert not wrong_topic.interpreter_with_own_case("i speak spanish, is there an interpreter?")


def test_the_tribunal_for_images_only_held_answers_only_a_dead_end():
    said = "so can i use the tribunal or not if he just has it"
    assert p.follow_up(said, [], []) is None
    assert p.dead_end_answer(said, [], []) == [p.CRT_IF_ONLY_HELD]
    quoted = (
        "you said the tribunal was only if its shared or threatened. can i use it if he just has it"
    )
    assert p.dead_end_answer(quoted, [], []) == [p.CRT_IF_ONLY_HELD]
    # A threat is covered: never "the tribunal can't act".
    threat = "he hasnt posted yet, he just keeps saying he will. can i use the tribunal?"
    assert p.dead_end_answer(threat, [], []) is None


@pytest.mark.parametrize(
    "said",
    ["i cant tell my parents. who can i talk to", "ok who do i call first", "who can i talk to"],
)
def test_a_young_writers_who_can_i_talk_to_keeps_the_older_24_7_lines(said):
    assert p.follow_up(said, [], YOUNG) is None


def test_a_young_helper_may_report_an_adult_asking_a_child():
    told = ["a guy on discord keeps messaging my little brother hes 11 asking him for pictures"]
    replies = [["utter_child_asked", "utter_child_asked_support"]]
    for said in (
        "im only 16, can i report it myself or does it need to be my parents?",
        "ok but am i allowed to make the report myself since im 16",
        "i just want to know if a 16 year old can report to cybertip",
    ):
        assert p.follow_up(said, [], told, None, replies) == [p.YOUNG_HELPER_REPORTS]
    # No child helped in the conversation: not this kind.
    assert p.follow_up("can a 15 year old report it", [], told, None, []) is None
    assert p.follow_up("can i report him to police?", [], told, None, replies) is None
    # An adult helper, or no age said: the older "you can report it yourself" answers.
    grandmother = "can I report it myself as his grandmother?"
    assert p.follow_up(grandmother, [], told, None, replies) is None


def test_a_parents_is_my_daughter_in_trouble_for_her_own_photo_gets_the_reassurance():
    told = ["My daughter is 14. A boy in her class got a photo she had sent him"]
    replies = [["utter_helper_minor", "utter_helper_minor_removal"]]
    said = "So is my daughter in trouble for taking the photo of herself?"
    assert plain65.follow_up(said, [], told, replies) == [plain65.CHILD_TROUBLE]
    # The boy who shared is not the child helped.
    boy = "will the boy be in trouble for sending the photo?"
    assert plain65.follow_up(boy, [], told, replies) is None
