"""Round 22 kinds 2 and 3 (session 22, helper parts23): one half of a two-part question dropped,
and "doesn't answer that part" when the reply (or the sources) do answer it
(assistant/question_parts.py, assistant/parts23.py). Wordings are our own."""

from __future__ import annotations

import pytest

from assistant import parts23
from assistant import question_parts as qp
from assistant.content.responses import all_responses


def text_of(name: str) -> str:
    variants = all_responses().get(name) or [{}]
    return str(variants[0].get("text") or "")


def clauses(*texts: str) -> list[dict]:
    return [{"text": t, "intent": None, "confidence": 0.1} for t in texts]


@pytest.mark.parametrize(
    ("clause", "part"),
    [
        ("does it make any difference legally that he was her hockey coach?", "trust"),
        ("is it worse cuz hes my teacher", "trust"),
        ("does it matter legally that the guy is my manager", "trust"),
        ("should i go confront my neighbour about it", "confront"),
        ("and can i face him about this or no", "confront"),
        ("shud i text him back n tell him off", "reply_back"),
        ("is it ok if i reply to him and say stop", "reply_back"),
        ("who is eligible to use the service", "qualifies"),
        ("what are the criteria, like residency or age", "qualifies"),
    ],
)
def test_new_parts_read(clause, part):
    found = qp._part_of(clause, clause)
    assert found is not None and found.name == part


@pytest.mark.parametrize(
    "clause",
    ["i'm a school counsellor, what do i do", "my coach took the photos", "he texted me back"],
)
def test_not_parts(clause):
    found = qp._part_of(clause, clause)
    assert found is None or found.name not in {"trust", "confront", "reply_back"}


def test_role_question_beside_another_gets_trust_rule():
    parts = clauses(
        "our volunteer tutor asked a grade 9 girl for photos.",
        "does it matter in law that he is her tutor?",
    )
    added = qp.added_parts(
        parts, " ".join(c["text"] for c in parts), ["utter_help_now"], [], text_of
    )
    assert "utter_part_trust" in added


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("where could i send this student for help?", ["utter_block_steps_youth"]),
        ("and who can she talk to about it", ["utter_help_now"]),
        ("so what can i actually do", ["utter_block_steps"]),
        ("ok what else can we even do", ["utter_block_steps"]),
    ],
)
def test_answered_part_not_said_back(question, reply):
    # The reply names contacts or gives steps: never "You also asked ... doesn't answer that part".
    parts = clauses("a boy in my class keeps asking my sister for pics.", question)
    whole = " ".join(c["text"] for c in parts)
    added = qp.added_parts(parts, whole, reply, [], text_of)
    assert qp.PART_NOT_COVERED not in added


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        ("is there anyone i could speak to tonight?", [], ["utter_talk_support_again"]),
        ("i really need to talk to someone", [], ["utter_talk_support_again"]),
        (
            "its sunday, will anybody pick up today? i just want to talk to someone",
            [],
            ["utter_hours", "utter_talk_support_again"],
        ),
        (
            "am i allowed to screenshot that website for proof",
            ["my ex put up videos of me from when i was 15"],
            ["utter_young_image_no_capture"],
        ),
        ("can i save the link to the page, i was 17 in the pics?", [], None),
        ("can i talk to the lawyer today", [], None),
        ("should i screenshot his messages", ["im 24, he shared my pics"], None),
    ],
)
def test_follow_up(text, earlier, expected):
    if expected is None and "link" in text:
        # Keeping the link is what the answer asks for: still the no-capture answer.
        assert parts23.follow_up(text, [], earlier) == ["utter_young_image_no_capture"]
        return
    assert parts23.follow_up(text, [], earlier) == expected


def test_talk_asked_again_gets_other_words():
    found = parts23.follow_up(
        "is there somebody i can talk to right now", ["utter_talk_support_again"], []
    )
    assert found == ["utter_feelings_adult"]


def test_responses_exist():
    names = all_responses()
    for name in [*parts23.ANSWERS, "utter_part_trust", "utter_part_confront"]:
        assert name in names


def test_story_with_one_question_gets_its_part():
    whole = "a dude keeps dming my cousin for nudes, she's 13. can i dm him back and tell him off"
    added = qp.added_parts([], whole, ["utter_child_asked"], [], text_of)
    assert added == ["utter_block_steps"]


def test_story_part_not_added_when_the_reply_says_it():
    whole = "my ex keeps texting me for more pics. should i reply to him?"
    assert qp.added_parts([], whole, ["utter_block_steps"], [], text_of) == []


def test_criteria_asked_again_get_short_form():
    parts = [
        {"text": "and what are the eligibility rules?", "intent": None, "confidence": 0.1},
        {"text": "age, income, where they live?", "intent": None, "confidence": 0.1},
    ]
    whole = "ok thx. and what are the eligibility rules? age, income, where they live?"
    added = qp.added_parts(
        parts, whole, ["utter_frame_staff_income"], ["utter_who_qualifies"], text_of
    )
    assert added == ["utter_part_criteria"]


def test_what_can_i_do_beside_routes_not_said_back():
    parts = clauses("i need this to stop now.", "so what can i actually do about it")
    whole = " ".join(c["text"] for c in parts)
    assert qp.added_parts(parts, whole, ["action_route_finder"], [], text_of) == []


def test_tribunal_and_police_from_outside_bc():
    text = "so could i use the crt, or go to the police in surrey where he lives?"
    assert parts23.follow_up(text, [], [], outside_bc=True) == [
        "utter_bc_routes_outside_caveat",
        "utter_police_outside_bc",
    ]
    assert parts23.follow_up(text, [], [], outside_bc=False) is None


def test_screenshot_asked_again_gets_short_form():
    found = parts23.follow_up(
        "so can i screenshot it or not?? i was 16 in those pics",
        ["utter_young_image_no_capture"],
        [],
    )
    assert found == ["utter_young_image_no_capture_again"]


def test_block_steps_asked_again_short():
    from assistant import said_again

    found = said_again.instead(
        "ok but can i msg him from her acct or just block", {"utter_block_steps"}
    )
    assert found == ["utter_block_steps_again"]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("anyone i can talk to tonight? im scared he will come here", []),
        ("do i need to keep the pics as proof for the cops", ["pics of me from when i was 16"]),
        ("can i screenshot his posts as evidence", ["pics of me from when i was 16"]),
    ],
)
def test_older_readers_keep_these(text, earlier):
    assert parts23.follow_up(text, [], earlier) is None
