"""Round 14 kind 4, helpers get the victim's script (tests/simulated-users/2026-12-04-round14/:
p20, p15, p03): assistant/helper_script.py, read through assistant/person_fit.py. Wordings are
mostly not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import helper_check_in, others_reading
from assistant import helper_reading as hr
from assistant import helper_script as hs
from assistant import person_fit as pf
from assistant import role_followups as rf

SON_SHARED = [
    "my son is 16 and i just found out he sent his girlfriend's nude photo to his friends"
]
SISTER_20 = ["Hi. My younger sister (20) had her pictures shared by her ex. Can I call for her?"]
FRIEND_24 = ["my best friend is 24 and her ex posted her nudes on reddit"]
DAUGHTER_13 = [
    "my daughter is 13 and some boys at her school are passing around photos of her. "
    "should i call the police?"
]


@pytest.mark.parametrize(
    "text",
    [
        "My son is 16 and I just found out he sent his girlfriend's nude photo to his friends.",
        "my daughter is 15 and we just learned she forwarded a classmate's nudes to a group chat",
        "our son (14) and i found out that he posted his ex's pics",
    ],
)
def test_a_parent_finding_out_their_child_shared_is_read(text):
    cleaned = " ".join(text.lower().split())
    assert others_reading.own_child_shared(cleaned)


@pytest.mark.parametrize(
    "text",
    [
        "my son is 16 and i just found out someone sent his pics around",
        "my daughter is 15 and i found out her ex posted her pics",
    ],
)
def test_the_child_whose_images_were_shared_is_not_a_sharer(text):
    assert not others_reading.own_child_shared(" ".join(text.lower().split()))


@pytest.mark.parametrize(
    "text",
    [
        "He's the one who did it. Does my son need his own lawyer? Can the free service help him?",
        "does she need a lawyer",
        "should we get him a lawyer??",
        "can your lawyer help him or is it only for the girl",
    ],
)
def test_the_sharers_parent_asking_for_a_lawyer(text):
    assert hs.script_kind(text, SON_SHARED, None) == hs.SHARER_LAWYER


@pytest.mark.parametrize(
    "text",
    [
        "Should he delete it from his phone? Should we contact the girl's parents? A lawyer?",
        "should he delete it or keep it",
    ],
)
def test_the_sharers_parent_asking_what_to_do_keeps_the_what_now_answer(text):
    assert hs.script_kind(text, SON_SHARED, "evidence_to_police") == rf.OWN_CHILD_WHAT_NOW


def test_the_sharers_parent_asking_how_to_talk_gets_no_victims_script():
    kind = hs.script_kind("how do i even talk to him about this", SON_SHARED, "helper_talk_maybe")
    assert kind == hs.SHARER_TALK
    assert "utter_helper_talk" not in hs.ANSWERS[kind]


@pytest.mark.parametrize(
    "text",
    [
        "OK. What can I do for her in the meantime? She won't leave her room.",
        "how can i support her? she just cries",
        "I'm not the one this happened to. I'm asking how I can support HER.",
        "what do i say to her",
    ],
)
@pytest.mark.parametrize("told", [SISTER_20, FRIEND_24])
def test_an_adults_helper_asking_how_to_support_gets_the_support_answer(text, told):
    assert hs.script_kind(text, told, None) == pf.ADULT_HELP


def test_asked_again_the_adults_helper_gets_other_words():
    given = ["utter_helper_adult_support"]
    kind = hs.script_kind("i mean how do I help HER, it's not me", SISTER_20, None, given)
    assert kind == hs.ADULT_SUPPORT_AGAIN


def test_a_service_question_is_not_a_support_question():
    assert hs.script_kind("can the lawyer help her?", SISTER_20, None) is None


def test_the_person_read_through_person_fit():
    kind = pf.person_kind(
        "what can i do for her in the meantime", SISTER_20, "route_finder", None, False
    )
    assert kind == pf.ADULT_HELP
    assert hs.SHARER_LAWYER in pf.ANSWERS


def test_a_child_victims_parent_asking_police_first_gets_the_childs_routes():
    assert hs.script_kind(DAUGHTER_13[0], [], "report_to_police") == hr.HELPER_MINOR


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Is there a way to get the photos removed? And how do I talk to her",
            hs.CHILD_REMOVAL_TALK,
        ),
        ("how do i get it taken down", hs.CHILD_REMOVAL),
        ("How should I support her? She won't talk to me about it.", hr.HELPER_TALK),
    ],
)
def test_a_child_victims_parent_next_questions(text, kind):
    assert hs.script_kind(text, DAUGHTER_13, None) == kind


def test_the_child_talk_asked_again_gets_words_to_use():
    kind = hs.script_kind("how do i support her", DAUGHTER_13, None, ["utter_helper_talk"])
    assert kind == hr.HELPER_TALK_AGAIN


@pytest.mark.parametrize(
    "told",
    [
        ["my friend's ex posted her nudes"],  # no age: may be a teen's friend
        ["my daughter's ex posted her video"],  # no age: may be grown
        ["my ex posted my nudes and i'm scared"],
    ],
)
def test_no_story_no_reading(told):
    assert hs.script_kind("how can i support her", told, None) is None


def test_the_writers_own_images_are_never_a_helpers_question():
    assert hs.script_kind("how do i get my pics taken down", DAUGHTER_13, None) is None


def test_other_readers_kinds_stay():
    assert hs.script_kind("how do i support her", SISTER_20, "fear_for_safety") is None


def test_the_check_in_asks_about_the_person_helped_once_the_story_is_told():
    text = "what can i do for her, she won't leave her room"
    assert (
        helper_check_in.check_in_for(text, [None], None, SISTER_20) == "utter_crisis_checkin_helper"
    )
    assert helper_check_in.check_in_for(text, [None], None, []) == "utter_crisis_checkin"
    own = "i can't cope anymore"
    assert helper_check_in.check_in_for(own, [None], None, SISTER_20) == "utter_crisis_checkin"
