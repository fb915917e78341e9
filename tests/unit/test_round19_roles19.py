"""Round 19 (roles19): a move still to come is not a home in B.C. (p34 kind 7)."""

import pytest

from assistant.home_reading import home_from_text


@pytest.mark.parametrize(
    "text",
    [
        "I live in Montreal now, I move to Victoria in january. Can I use the free lawyer now?",
        "I move to Victoria in January",
        "we move to Kelowna next month, can I get help?",
        "I relocate to Vancouver in the spring",
        "I'm in Calgary for now but I go to Nanaimo in March",
    ],
)
def test_future_move_is_not_a_bc_home(text):
    assert home_from_text(text) != "yes"


@pytest.mark.parametrize(
    "text",
    ["I moved to Surrey last year", "I live in Surrey", "we just moved to Kelowna", "I'm in Victoria"],
)
def test_homes_now_still_read(text):
    assert home_from_text(text) == "yes"
