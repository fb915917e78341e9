"""Round 15 kind 3, roles (tests/simulated-users/2026-12-04-round15/: p41, p35, p14, p36, p39,
p16, p03, p09): the writer's role read from the whole conversation and kept
(assistant/writer_role.py). Wordings are our own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import writer_role as wr
from tests.domain_files import responses

# --- the one who shared (p41) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i posted my ex girlfriend's nudes in our group chat when mad. im 16. will i go to jail",
        "I forwarded a photo of my girlfriend to my buddies last weekend and now I feel awful",
        "i sent her nude to a couple of my friends after we broke up, we're both 16",
        "i shared my ex's pics with the guys on the team. what happens to me",
        "im the one who sent it around. can i get charged",
    ],
)
def test_the_writer_who_shared_is_read(text):
    assert wr.writer_role([text]) == wr.SELF_SHARER


@pytest.mark.parametrize(
    "text",
    [
        "i sent her nudes",  # the writer's own images sent to her
        "i sent my bf a nude and he showed his friends. im 15",
        "my ex sent my pics to his friends",
        "i didn't share her pics, my friend did",
        "i sent my nudes to my ex and he posted them",
    ],
)
def test_the_one_it_happened_to_is_never_the_sharer(text):
    assert wr.writer_role([text]) != wr.SELF_SHARER


def test_first_message_of_the_sharer_gets_crime_and_steps_and_a_young_writer_a_safe_adult():
    kind = wr.reading(
        "i posted my ex girlfriend's nudes in our group chat. im 16. will i go to jail", []
    )
    assert kind == wr.SELF_FIRST_YOUNG
    assert wr.ANSWERS[kind] == [
        "utter_writer_shared",
        "utter_self_sharer_steps",
        "utter_self_sharer_young",
    ]
    adult = wr.reading("I forwarded my friend's nude to a group chat as a joke. I'm 20", [])
    assert adult == wr.SELF_FIRST and "utter_self_sharer_young" not in wr.ANSWERS[adult]


def test_a_childs_helpers_school_question_keeps_the_school_readers_answer():
    earlier = ["my 14 year old son's classmates are passing around a nude of him"]
    text = "should we be telling the principal?"
    assert wr.reading(text, earlier, [], kind="school_tell") is None
    assert wr.reading(text, earlier, [], kind=None) == wr.SCHOOL


def test_he_is_the_one_who_did_it_is_no_where_question():
    earlier = [
        "My son is 16 and I just found out he sent his girlfriend's nude photo to his friends."
    ]
    text = (
        "He's the one who did it. Does my son need his own lawyer? Can the free service help him?"
    )
    assert wr.reading(text, earlier, []) is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("should i get my buddies to erase it", wr.SELF_DELETE),
        ("do i need a lawyer? where would i even get one", wr.SELF_LAWYER_YOUNG),
        (
            "do my friends have to delete it? and where do i find a lawyer, im 16",
            wr.SELF_DELETE_LAWYER_YOUNG,
        ),
        ("could i go to jail for this", wr.SELF_CHARGED),
    ],
)
def test_the_sharers_later_questions_keep_the_role(text, kind):
    earlier = ["i shared my ex's nude photo with two friends. we're both 17"]
    assert wr.reading(text, earlier, ["utter_writer_shared", "utter_self_sharer_steps"]) == kind


def test_a_role_correction_is_heard():
    earlier = ["my ex's nude is going around my school"]
    kind = wr.reading("no wait, im the one that shared it. i sent it to my friends", earlier, [])
    assert kind == wr.SELF_CORRECTED
    assert wr.ANSWERS[kind][0] == "utter_self_sharer_heard"


def test_the_sharer_never_gets_the_victims_words():
    texts = dict(responses())
    for kind in (
        wr.SELF_FIRST_YOUNG,
        wr.SELF_DELETE_LAWYER_YOUNG,
        wr.SELF_CORRECTED,
        wr.SELF_CHARGED_DELETE,
    ):
        for name in wr.ANSWERS[kind]:
            said = " ".join(t["text"] for t in texts[name])
            assert "not in trouble" not in said and "not your fault" not in said, name


# --- a brother or sister of the one who shared (p35) ------------------------------------------
SIBLING = ["my big brother (15) sent a pic of some girl from his class to his whole team. im 13"]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("should he just erase them off his phone", wr.SIBLING_DELETE),
        ("do i tell mom and dad", wr.SIBLING_TELL),
        ("what should he do with the pictures? should i tell my parents?", wr.SIBLING_DELETE_TELL),
        ("is he going to be arrested", wr.SIBLING_CHARGED),
    ],
)
def test_the_siblings_questions(text, kind):
    assert wr.writer_role(SIBLING) == wr.SIBLING_SHARER
    assert wr.reading(text, SIBLING, []) == kind


@pytest.mark.parametrize(
    "texts",
    [
        ["my sister is 15 and her ex posted her nudes", "what can she do"],
        ["my sister is 14. he posted her nudes on snap", "should she tell our parents"],
        ["my brother's girlfriend leaked his pics", "is she going to be charged"],
        [
            "my little brother is 11 and a man keeps asking him for pics",
            "should i tell our parents",
        ],
    ],
)
def test_a_sibling_it_happened_to_is_not_a_sharer(texts):
    assert wr.writer_role(texts) != wr.SIBLING_SHARER


# --- the parent of the one who shared: where to find a lawyer (p14) ---------------------------
PARENT = ["My daughter is 15 and she forwarded a classmate's nude photo to a group chat."]


@pytest.mark.parametrize(
    "text",
    [
        "ok but where do we actually find one for her",
        "which lawyer would even take this? where do i look",
        "we need a lawyer for our girl who did the forwarding. where do we get one?",
    ],
)
def test_the_sharers_parent_asking_where_gets_where_the_sources_point(text):
    assert wr.reading(text, PARENT, ["utter_own_child_lawyer"]) == wr.FAMILY_LAWYER


def test_the_parents_first_does_she_need_a_lawyer_keeps_its_answer():
    assert wr.reading("Does she need her own lawyer?", PARENT, []) is None


# --- someone acting for a person who has died (p36) -------------------------------------------
DIED = ["My mother died in March and an ex of hers put a private picture of her online."]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Is there anything I can do for her?", wr.DECEASED),
        ("she is gone, she can't call anyone. can i do this on her behalf?", wr.DECEASED),
        ("can i ask them to take it down for her", wr.DECEASED_REMOVAL),
        (
            "would the government service even talk to me since it's not my picture",
            wr.DECEASED_IIPS,
        ),
    ],
)
def test_acting_for_someone_who_died(text, kind):
    assert wr.reading(text, DIED, []) == kind


@pytest.mark.parametrize(
    "texts",
    [
        ["my grandma died last year. my ex posted my nudes"],
        ["my wife died last year and i dont want to live anymore"],
        ["he says he will kill himself if i dont send more pics"],
    ],
)
def test_own_images_or_own_distress_is_never_the_deceased_role(texts):
    assert wr.writer_role(texts) != wr.FOR_DECEASED


def test_the_deceased_answers_say_the_sources_are_silent_and_refer():
    texts = dict(responses())
    said = " ".join(
        t["text"] for t in texts["utter_for_deceased"] + texts["utter_for_deceased_next"]
    )
    assert "doesn't say whether someone can act" in said
    assert "1-833-688-4381" in said and "604-673-3143" in said and "lawyer" in said
    assert "when they are ready" not in said


# --- a young victim asking about the ones who did it (p39) ------------------------------------


@pytest.mark.parametrize(
    "earlier,text,kind",
    [
        (
            ["someone in my grade made an ai nude of me and posted it. im 14"],
            "will they get arrested for that?",
            wr.VICTIM_FAKE_CHARGED,
        ),
        (
            ["guys at school photoshopped my face on a nude. im 15"],
            "can i get them in trouble",
            wr.VICTIM_FAKE_CHARGED,
        ),
        (
            ["my ex leaked my pics to his friends. im 16"],
            "can i press charges on him",
            wr.VICTIM_OTHERS_CHARGED,
        ),
        (
            ["my ex leaked my pics to his friends. im 16"],
            "is what he did illegal?",
            wr.VICTIM_OTHERS_CHARGED,
        ),
    ],
)
def test_a_young_victim_asking_whether_they_can_be_charged(earlier, text, kind):
    assert wr.reading(text, earlier, []) == kind


# --- a child's helper: copies on other phones, the school (p03, p09) ---------------------------
SON = ["My son is 13 and a girl in his class shared a nude of him in a snapchat group."]
WORKER = ["I'm a youth worker. A 15-year-old in my program told me her nudes are going around."]


@pytest.mark.parametrize(
    "earlier,text,kind",
    [
        (
            SON,
            "Half the class still has it saved on their phones - do I tell them to delete it?",
            wr.COPIES,
        ),
        (
            WORKER,
            "some of the boys have it on their phones. should i make them delete it or is it proof",
            wr.COPIES,
        ),
        (SON, "should i call the principal about it?", wr.SCHOOL),
        (SON, "Do I go to the school? the other kids have it on their phones", wr.SCHOOL_COPIES),
    ],
)
def test_a_childs_helper_on_copies_and_the_school(earlier, text, kind):
    assert wr.reading(text, earlier, []) == kind


def test_it_has_been_shared_after_the_held_answer_is_heard():
    kind = wr.reading(
        "no, it was shared - the other students have it on their phones. delete or keep it?",
        WORKER,
        ["utter_held_not_shared_order"],
    )
    assert kind == wr.COPIES_CORRECTED


# --- a young person's friend under 18, first message (p16) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my best friend is 15 and her pics got posted on insta. what can she do",
        "my friends nudes got leaked in a group chat, hes 14. what can he do",
    ],
)
def test_a_young_friend_first_message_gets_the_friends_answer(text):
    assert wr.reading(text, []) == wr.FRIEND_FIRST


def test_a_parent_about_a_friend_is_not_the_young_friends_answer():
    assert (
        wr.reading("my daughter's friend is 15 and her pics got posted. what can she do", [])
        is None
    )


def test_every_kind_has_responses_in_the_domain():
    names = set(responses())
    for kind, answer in {**wr.ANSWERS, **wr.AGAIN}.items():
        for name in answer:
            assert name in names, (kind, name)


def test_do_i_tell_them_to_delete_it_is_the_copies_answer_not_confronting():
    text = "Half the class still has it saved on their phones - do I tell them to delete it?"
    assert wr.reading(text, SON, [], kind="confront") == wr.COPIES
