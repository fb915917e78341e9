"""Round 10 kinds (issue 16, helper h4 fix-forms): a move out of B.C. is answered about the move;
forms are filled from what was said; a person outside B.C. gets no B.C.-only route without the
caveat (simulated users round 10 p16, p04, p26, p30; round 9 p14, p27)."""

from __future__ import annotations

import pytest

from assistant.adult_age import ADULT_AGE
from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_practical import CRT_ORDERS, CRT_OUTSIDE_BC
from assistant.answer_kinds_sources import OUTSIDE_BC_LINES
from assistant.answer_kinds_subjects import DAMAGES
from assistant.helper_context import answer_kind_in_context
from assistant.legal_routes import Route, needs_outside_bc_caveat
from assistant.moving_away import MOVING_AWAY, leaves_bc, moving_away_kind
from assistant.outside_bc_context import ADULT_AGE_OUTSIDE, outside_bc_kind
from assistant.said_before import route_answers_said
from assistant.situation_reading import situation_from_text, situation_said_earlier


# 1. Leaving B.C.: the move, not the check run again on where the person lives now.
@pytest.mark.parametrize(
    "text",
    [
        # the transcript's own turns (round 10, p16)
        "can I still get help after I move to Ontario?",
        "no, I'm asking if I can still use the service once I live in Ontario. "
        "I'm moving in 3 weeks",
        "I live in B.C. now but I'll live in Ontario when the lawyer calls. Does that matter?",
        "that doesn't answer it. what if I don't live in BC anymore by then",
        # other wordings: young, typos, helper, formal
        "i'm 19 and moving to toronto for school in sept, will the free lawyer still talk to "
        "me after",
        "my daughter is moving to alberta next month, can she still use the service?",
        "if i leave bc in january does the lawyer stop helping me",
        "We are relocating to Calgary soon. Is that a problem for getting the legal advice?",
        "wat if i move out of bc before the lawyer calls me back",
    ],
)
def test_a_move_out_of_bc_is_asked_about(text: str) -> None:
    assert moving_away_kind(text) == MOVING_AWAY
    assert answer_kind(text, "check_eligibility") == MOVING_AWAY


@pytest.mark.parametrize(
    "text",
    [
        "I just moved from Ontario to Surrey, can I get help?",  # a home in B.C. now
        "I left BC last year, can I still get help?",  # outside B.C. already: the check answers
        "I don't live in BC anymore, can I still get help?",
        "I moved away from BC, can I get help?",
        "i'm out of province now, could i still go to the crt?",  # the tribunal's own answer
        "I'm moving to Vancouver next month from Calgary. can I apply once I live in BC?",
        "my ex moved to ontario, can i still get help?",  # the other person's move
        "I live in Kelowna",
    ],
)
def test_not_a_move_out_of_bc(text: str) -> None:
    assert moving_away_kind(text) is None


def test_a_move_told_without_a_question_is_still_read_for_the_outcome() -> None:
    # actions/eligibility.py adds the note to "you may qualify" (round 10, p16 T1).
    assert leaves_bc("my ex shared my pics. I live in Kelowna but I'm moving to Ontario")
    assert not leaves_bc("my ex shared my pics on snapchat. I live in Kelowna")


# 2. Forms filled from what was said: a threat with its demand, a refusal then done.
@pytest.mark.parametrize(
    "text",
    [
        # round 10, p26 (a second-language writer)
        "Now we are broken up and he say if I do not give him money he will show to my friends",
        "she told me if i dont pay 500 she will send them to my whole family",
        "my ex says if I don't get back with him he'll post the video",
        "he said if you do not send more he will leak them",
    ],
)
def test_a_threat_with_a_negated_demand_is_a_threat(text: str) -> None:
    assert situation_from_text(text) == "threatened"


@pytest.mark.parametrize(
    "text",
    [
        # round 9, p14
        "I agreed to let my partner film us, but I never agreed to him showing the videos to "
        "his friends. Now he has.",
        "i said yes to the pics but i didnt consent to her posting them and she did anyway",
        "I never agreed to him sending it to anyone but now he has",
    ],
)
def test_refused_then_done_is_shared(text: str) -> None:
    assert situation_from_text(text) == "shared"


@pytest.mark.parametrize(
    "text",
    [
        "he hasn't posted them and he won't",
        "I didn't want him to share it and he hasn't",
        "if he does not delete them what can I do",
    ],
)
def test_no_sharing_or_threat_is_not_read_into_it(text: str) -> None:
    assert situation_from_text(text) not in {"shared", "threatened"}


def test_the_eligibility_check_reads_the_first_message_of_p26() -> None:
    first = (
        "Hello, I am from China, English is not so good. When we were together my ex boyfriend "
        "take photos of me when I was sleep, I did not know. Now we are broken up and he say if "
        "I do not give him money he will show to my friends and my work. I am very worry. Can I "
        "get lawyer free?"
    )
    assert situation_said_earlier([first]) == "threatened"


def test_the_route_form_does_not_ask_again_in_p14() -> None:
    first = (
        "I agreed to let my partner film us, but I never agreed to him showing the videos to his "
        "friends. Now he has. Is that allowed since I said yes to the filming?"
    )
    said = route_answers_said([first], ["ask_consent"], [None])
    assert said.get("image_situation") == "shared"


# 3. Outside B.C.: "anything here I can use?", suing across a border, money after "I live in X".
@pytest.mark.parametrize(
    "text",
    [
        "no I said I live in Alberta. so is there anything in Alberta I can use?",  # p04 T3
        "i told u im in saskatoon. anything for me there?",
        "I'm in Toronto like I said, are there any services I could use here",
    ],
)
def test_anything_i_can_use_outside_bc(text: str) -> None:
    for intent in ("check_eligibility", "inform", "ask_resources"):
        assert answer_kind(text, intent) == OUTSIDE_BC_LINES


@pytest.mark.parametrize(
    "text",
    [
        "what are my options? can I sue him in Canada from the US?",  # p30 T2
        "I was an adult. Can I sue him in Canada even though I'm in the US?",  # p30 T3
        "im living in the states now, can i still take him to court in bc??",
        "I moved to Calgary. Could I still file a claim against her?",
        "can i sue her if i live overseas",
    ],
)
def test_suing_across_a_border_gets_the_caveat(text: str) -> None:
    assert answer_kind(text, "route_finder") == CRT_OUTSIDE_BC


def test_suing_from_bc_is_not_the_outside_caveat() -> None:
    assert answer_kind("I live in Vancouver, can I sue him?", "ask_crt") != CRT_OUTSIDE_BC


SEATTLE = ["Hi, I live in Seattle. A guy I dated in Vancouver posted my pictures online."]
YUKON = ["hi i live in the yukon, my ex shared intimate pics of me on facebook"]


@pytest.mark.parametrize("kind", [DAMAGES, CRT_ORDERS])
def test_tribunal_answers_after_an_outside_home_get_the_caveat(kind: str) -> None:
    text = "can I get money for the harm?"
    assert outside_bc_kind(kind, text, SEATTLE, [None]) == CRT_OUTSIDE_BC
    assert outside_bc_kind(kind, text, ["I live in Surrey"], [None]) is None
    assert outside_bc_kind(kind, text, [*SEATTLE, "actually I live in Surrey now"], [None]) is None
    # The caveat given already: the tribunal's own answer follows.
    assert outside_bc_kind(kind, text, SEATTLE, [None, CRT_OUTSIDE_BC]) is None
    assert answer_kind_in_context(kind, "ask_crt", text, [None], SEATTLE) == CRT_OUTSIDE_BC


def test_an_adult_age_outside_bc_gets_the_routes_open_anywhere() -> None:
    # round 9, p27: "i was 25 in the pics" from the Yukon.
    text = "does StopNCII work for facebook? i was 25 in the pics"
    assert outside_bc_kind(ADULT_AGE, text, YUKON, [None]) == ADULT_AGE_OUTSIDE
    assert outside_bc_kind(ADULT_AGE, text, ["I live in Nanaimo"], [None]) is None
    # A bare age is the route form's answer (heard_answers.yml, Regina).
    assert outside_bc_kind(ADULT_AGE, "I was 27", YUKON, [None]) is None


def test_route_list_with_the_tribunal_outside_bc_needs_the_caveat() -> None:
    found = [Route(key="iips"), Route(key="crt_damages")]
    assert needs_outside_bc_caveat(found, "no")
    assert not needs_outside_bc_caveat(found, "yes")
    assert not needs_outside_bc_caveat(found, None)
    assert not needs_outside_bc_caveat([Route(key="stopncii")], "no")
