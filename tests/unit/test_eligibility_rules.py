import pytest

from assistant import eligibility as rules
from assistant.summary import summary_lines


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I live in Kelowna", "yes"),
        ("kamloops", "yes"),
        ("Vancouver Island", "yes"),
        ("yes", "yes"),
        ("yep i do", "yes"),
        ("Calgary", "no"),
        ("I'm in Ontario", "no"),
        ("nope", "no"),
        ("purple", None),
        ("", None),
    ],
)
def test_lives_in_bc_from_text(text, expected):
    assert rules.lives_in_bc_from_text(text) == expected


@pytest.mark.parametrize(
    "lives,situation,expected",
    [
        ("yes", "shared", rules.ELIGIBLE),
        ("yes", "threatened", rules.ELIGIBLE),
        ("yes", "shared_or_threatened", rules.ELIGIBLE),
        ("no", "shared", rules.NOT_IN_BC),
        ("no", "neither", rules.NOT_IN_BC),
        ("yes", "neither", rules.NO_SHARING),
        ("unsure", "shared", rules.UNCLEAR),
        ("yes", "skipped", rules.UNCLEAR),
        ("skipped", "skipped", rules.UNCLEAR),
        (None, None, rules.UNCLEAR),
    ],
)
def test_outcome_never_a_bare_no(lives, situation, expected):
    result = rules.outcome(lives, situation)
    assert result == expected
    assert rules.OUTCOME_RESPONSES[result].startswith("utter_")


def test_summary_has_only_what_was_chosen():
    lines = summary_lines("yes", "threatened", is_minor=True)
    assert "I live in B.C." in lines
    assert "Someone threatened to share my intimate images." in lines
    assert "I am under 18." in lines
    assert summary_lines(None, None) == []
    assert all("skipped" not in line for line in summary_lines("skipped", "shared"))
