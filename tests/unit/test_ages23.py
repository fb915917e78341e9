"""Round 23 (ages23): readers in assistant/ages23.py. Wordings are mine."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import ages23

REPO = Path(__file__).resolve().parents[2]


def _answer(text, earlier=(), situation=None, previous=(), is_minor=None):
    return ages23.follow_up(text, list(earlier), is_minor, situation, list(previous))


def _unwired(text, earlier=(), situation=None, previous=(), is_minor=None):
    """The readers written but not called yet (session 22), then the called ones."""
    return ages23.unwired_follow_up(text, list(earlier), is_minor, list(previous)) or _answer(
        text, earlier, situation, previous, is_minor
    )


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("im 15 n my bf is 20, he says hell send my nudes to everyone if i dump him", []),
        ("I am 16. My boyfriend is threatening to post a video of me if I leave him.", []),
        ("hes saying hes gonna show my pics to the whole school. im 13", []),
        ("does that count tho? im 16 in them", ["my ex threatened to leak my nudes. im 16"]),
        ("he keeps saying he'll post them", ["im 14 and my ex has pics of me"]),
    ],
)
def test_young_writer_threatened(text, earlier):
    assert _unwired(text, earlier) == ages23.YOUNG_THREAT


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("is that even legal what hes doing?? hes 19", ["im 16 n my ex says he'll leak my pics"]),
        ("is it against the law for him to do that", ["i am 17, he threatened to send my nudes"]),
    ],
)
def test_young_writer_asks_if_the_threat_is_illegal(text, earlier):
    assert _unwired(text, earlier) == ages23.YOUNG_THREAT_LAW


def test_young_threat_with_a_checked_phone_answers_both():
    text = "he threatens to send my nudes to my mom. im 16. will the call show up on my phone bill"
    assert _unwired(text) == ages23.YOUNG_THREAT_CALL_LOG


def test_young_threat_not_twice_in_a_row():
    earlier = ["im 15 and he says he will post my pics"]
    assert _unwired("he says hell post them tonight", earlier, previous=ages23.YOUNG_THREAT) == (
        ages23.YOUNG_THREAT_AGAIN
    )


@pytest.mark.parametrize(
    "text, earlier",
    [
        # adults, or nobody's age said: the adults' threat answer stays
        ("im 25 and my ex says he'll post my video", []),
        ("my ex keeps saying hell post my pics", []),
        # an 18-year-old whose pictures are from 16: not a young writer
        ("he says he'll share them. i was 16 in them but im 18 now", []),
        # the age-gap question keeps the age check
        ("is it even allowed for him to have them? hes 20", ["im 15, he says hell show ppl"]),
        # a young writer with no threat
        ("im 14. is it illegal to send pics", []),
    ],
)
def test_young_threat_not_read(text, earlier):
    assert _unwired(text, earlier) not in (ages23.YOUNG_THREAT, ages23.YOUNG_THREAT_LAW)


MOTHER = [
    "My daughter is 14 and a classmate passed around a photo of her in her bra. What do I do first?"
]


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("Is what he did even illegal? He is only 14 himself.", MOTHER),
        (
            "is it a crime if the boy who sent it is 13 as well?",
            ["my son is 13, a pic of him got passed around by a kid in his class"],
        ),
    ],
)
def test_young_sharer_law_for_a_parent(text, earlier):
    assert _answer(text, earlier) == ages23.YOUNG_SHARER_LAW


def test_young_sharer_law_asked_again_is_short():
    text = "so is sharing it a crime?"
    assert _answer(text, MOTHER, previous=ages23.YOUNG_SHARER_LAW) == ages23.YOUNG_SHARER_LAW_AGAIN


def test_young_sharer_law_needs_the_childs_own_image_and_a_young_sharer():
    assert _answer("is it a crime?", ["my ex posted my pics, im 30"]) is None
    assert _answer("is it illegal?", ["my daughter is 15 and her ex posted pics of a girl"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "we still live together and he yells when i say no",
        "i'm still living with him and i'm scared what he'll do",
        "im stuck living with him, is there somewhere i can go",
    ],
)
def test_living_with_the_person_threatening(text):
    earlier = ["my bf says he'll post my nudes if i leave"]
    assert _answer(text, earlier, "threatened") == ages23.LIVING_WITH
    assert _answer(text, earlier, "threatened", previous=ages23.LIVING_WITH) == (
        ages23.LIVING_WITH_AGAIN
    )


def test_living_with_not_without_a_threat_or_worry():
    assert _answer("we live together", ["my ex posted my pics"], "shared") is None
    assert _answer("we live together and he gets angry", ["what is consent"]) is None


SON = ["my 15 yr old son forwarded pics of a girl in his grade to his buddies. what happens now"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("does he need to delete them off his phone?", ages23.CHILD_SHARED_DELETE),
        (
            "should he erase them, and does he need a lawyer",
            ages23.CHILD_SHARED_DELETE_LAWYER,
        ),
    ],
)
def test_parent_of_a_child_who_shared_asks_about_deleting(text, expected):
    assert _unwired(text, SON) == expected


def test_parent_delete_asked_again_gets_the_short_form():
    previous = ["utter_child_sharer_delete"]
    assert (
        _unwired("so delete or not??", SON, previous=previous) == ages23.CHILD_SHARED_DELETE_AGAIN
    )


def test_victims_parent_delete_is_not_the_sharers():
    earlier = ["my daughter is 15 and a boy shared a pic of her"]
    assert _unwired("should she delete the messages?", earlier) is None


@pytest.mark.parametrize(
    "text, earlier, expected",
    [
        (
            "he's posting pics from when i was 17. im 19 now. how do i get them taken down",
            [],
            ages23.ADULT_YOUNG_THEN_REMOVAL,
        ),
        (
            "can i still go to the police? or cybertip?",
            ["my ex shared nudes, i was 16 in the pics, im 20 now"],
            ages23.ADULT_YOUNG_THEN_REPORT,
        ),
    ],
)
def test_adult_with_images_from_under_18(text, earlier, expected):
    assert _unwired(text, earlier) == expected


def test_answers_are_short_responses_in_the_domain():
    responses: dict = {}
    for path in (REPO / "domain").glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    for name in ages23.ANSWER_NAMES | set(ages23.YOUNG_THREAT_CALL_LOG):
        assert name in responses, name
        for variant in responses[name]:
            assert len(variant["text"]) <= 600, name
