"""Pills and the thought of taking them all, said in a long message or in the past night, are a
crisis (content/safety.yml, 2026-12-03); other things "taken" with pills nearby are not."""

from __future__ import annotations

import pytest

from assistant.safety import read_safety


@pytest.mark.parametrize(
    "text",
    [
        "yesterday i sat with my mom's meds thinking about swallowing every one",
        "I had the bottle in my hand and wanted to take them all",
        "been thinkin about taking all my pills tonight",
        "I keep considering taking the whole bottle of pills",
    ],
)
def test_thinking_of_taking_all_the_pills_is_a_crisis(text):
    reading = read_safety(text)
    assert reading is not None and reading.intent == "crisis" and reading.clear


@pytest.mark.parametrize(
    "text",
    [
        "thinking about taking all of them to small claims court",
        "I take pills for anxiety and I think about taking them to the pharmacy for disposal",
        "he took all my pictures and I'm thinking about taking him to the tribunal",
    ],
)
def test_other_things_taken_are_not(text):
    assert read_safety(text) is None
