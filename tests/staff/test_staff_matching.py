import pytest

from tools.conversations.matching import check_turn, find_button, normalize
from tools.conversations.spec import Expect

TURN = [
    {"text": "You can apply. Call **604 line** — it’s free.", "buttons": []},
    {
        "text": "What next?",
        "buttons": [
            {"title": "Yes", "payload": "/affirm"},
            {"title": "Talk to someone", "payload": "/contact_lawyer"},
        ],
    },
]


def test_normalize_ignores_case_quotes_dashes_and_spaces():
    assert normalize("It’s  FREE – really") == "it's free - really"


@pytest.mark.parametrize(
    "expect, problems",
    [
        (Expect(says=("you can APPLY", "it's free")), ()),
        (Expect(says=("not there",)), ('missing "not there"',)),
        (Expect(any=("nope", "what next")), ()),
        (Expect(any=("nope", "nah")), ('none of: "nope", "nah"',)),
        (Expect(not_=("not eligible",)), ()),
        (Expect(not_=("can apply",)), ('should not say "can apply"',)),
        (Expect(buttons=("talk to",)), ()),
        (Expect(buttons=("Maybe",)), ('no button "Maybe"',)),
    ],
)
def test_check_turn(expect, problems):
    result = check_turn(TURN, expect)
    assert result.problems == problems
    assert result.ok is (not problems)


def test_find_button_exact_then_unique_partial():
    assert find_button(TURN, "yes")["payload"] == "/affirm"
    assert find_button(TURN, "someone")["payload"] == "/contact_lawyer"
    assert find_button(TURN, "No") is None


def test_find_button_ambiguous_partial_is_none():
    turn = [{"buttons": [{"title": "Talk now"}, {"title": "Talk later"}]}]
    assert find_button(turn, "talk") is None
