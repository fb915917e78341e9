"""Round 19 kinds 1 and 5, second pass (followups20): now or wait, reporting from outside B.C.,
which first or quickest, a young person telling a trusted adult, and no bare "see above" for a
question (assistant/practical_next.py, said_again.instead). Wordings are mine."""

from __future__ import annotations

import pytest
import yaml

from assistant import practical_next as pn

SEXTORTION = "my son is 14 and someone is blackmailing him, they want $300 by midnight"
SHARED = "my ex shared my nudes on snapchat last week"


@pytest.mark.parametrize(
    "text",
    [
        "Should we call the police tonight or wait until morning?",
        "should i do it now or after the weekend",
        "do we wait till tomorrow or call now",
        "is it better to wait or report it right away??",
        "shud i call them tonite or wait",
        "Can this wait until Monday or should I phone today?",
    ],
)
def test_now_or_wait_with_a_threat_acts_now(text):
    assert pn.follow_up(text, [], [SEXTORTION]) == [pn.TIMING_THREAT]


@pytest.mark.parametrize(
    "text",
    [
        "should i wait till monday to call or do it now",
        "is it ok to wait a few days before i report it",
        "now or after the weekend?",
        "should I contact them today or wait for next week",
    ],
)
def test_now_or_wait_without_a_threat(text):
    assert pn.follow_up(text, [], [SHARED]) == [pn.TIMING_NOW]


@pytest.mark.parametrize(
    "text",
    [
        "Should I wait until I've moved to call them, or can I call now from Ontario?",
        "wait until i move or call now?",
        "do i call now or wait til im moved to bc",
    ],
)
def test_now_or_wait_before_a_move(text):
    assert pn.follow_up(text, [], ["I'm moving to Vancouver in January"]) == [pn.TIMING_MOVE]


@pytest.mark.parametrize(
    "text",
    [
        "how long do i wait for the letter",
        "how long is the wait time",
        "should I call the police?",
        "what do I do now",
    ],
)
def test_not_timing(text):
    assert pn.timing_kind(text, [SHARED]) is None


@pytest.mark.parametrize(
    "text",
    [
        "My local police are in Seattle. Is there a Canadian way to report it?",
        "can I report him to Vancouver police from the US?",
        "is there any way to report to canadian police from here",
        "how do i report it in canada if i dont live there",
        "can i file a police report in bc from the states",
    ],
)
def test_reporting_from_outside(text):
    assert pn.follow_up(
        text, [], ["I live in Seattle, my ex in Vancouver shared my pics"], True
    ) == [pn.REPORT_FROM_OUTSIDE]


def test_reporting_from_outside_after_the_police_answer_even_without_a_home():
    text = "is there a canadian way to report it"
    assert pn.follow_up(text, ["utter_police_where"], ["hi"], False) == [pn.REPORT_FROM_OUTSIDE]


def test_another_province_keeps_the_which_police_answer_first():
    text = "can i report to police in BC from alberta"
    assert pn.follow_up(text, [], ["im in alberta, my ex in kelowna posted my pics"], True) is None
    again = "my police here wont do anything. can i report to police in BC from alberta"
    assert pn.follow_up(again, ["utter_police_outside_bc"], ["im in alberta"], True) == [
        pn.REPORT_FROM_OUTSIDE
    ]


def test_reporting_in_bc_is_not_from_outside():
    assert pn.follow_up("can i report it to the police", [], [SHARED], False) is None
    assert pn.follow_up("should i call the vancouver police", [], [SHARED], False) is None


@pytest.mark.parametrize(
    "text",
    [
        "so who do i call first, the government one or the lawyer",
        "should I contact the IIPS before the lawyer or after?",
        "which is better, the government service or the free lawyer",
        "gov one first or legal advice first?",
    ],
)
def test_first_iips_or_lawyer(text):
    assert pn.follow_up(text, [], [SHARED]) == [pn.FIRST_IIPS_OR_LAWYER]


@pytest.mark.parametrize(
    "text",
    [
        "is it better to go to police first or the lawyer",
        "who do i call first police or a lawyer?",
        "lawyer or cops first",
    ],
)
def test_first_police_or_lawyer(text):
    assert pn.follow_up(text, [], [SHARED]) == [pn.FIRST_POLICE_OR_LAWYER]


@pytest.mark.parametrize(
    "text",
    [
        "what's the fastest way to get it down",
        "i just want it taken down fast. whats the quickest",
        "how can i get it removed asap",
        "quickest way to get them off the site??",
    ],
)
def test_fastest_removal(text):
    assert pn.follow_up(text, [], [SHARED]) == [pn.FASTEST_REMOVAL]


def test_quickest_right_after_the_removal_routes():
    assert pn.follow_up("whats the quickest", ["utter_image_removal"], [SHARED]) == [
        pn.FASTEST_REMOVAL
    ]


def test_how_fast_the_lawyer_calls_is_not_removal():
    assert pn.follow_up("how quickly will the lawyer call me", [], [SHARED]) is None


YOUNG = "im 13 and a 19 year old asked me for a pic and i sent one"


@pytest.mark.parametrize(
    "text",
    [
        "ok. i think i might tell my counsellor at school",
        "maybe ill tell my aunt",
        "i wanna tell my teacher",
        "im gonna talk to my mom tonight i think",
        "I might talk to the school counselor tomorrow",
        "i'm thinking of telling my older sister instead of my parents",
    ],
)
def test_young_writer_telling_a_trusted_adult(text):
    assert pn.follow_up(text, [], [YOUNG]) == [pn.YOUTH_TELL_TRUSTED]


@pytest.mark.parametrize(
    "text",
    [
        "i cant tell my mom",
        "will you tell my mom",
        "will my counsellor tell my parents?",
        "i dont want to tell my teacher",
        "are you going to tell my parents",
        "should i tell my mom and dad?",
        "can i get advice without my parents knowing? i might tell my aunt",
    ],
)
def test_not_telling_is_not_encouraged_here(text):
    assert pn.follow_up(text, [], [YOUNG]) is None


def test_an_adult_telling_is_not_the_young_answer():
    assert pn.follow_up("i think i might tell my sister", [], [SHARED]) is None


def test_the_adult_who_did_it_is_not_the_one_to_tell():
    earlier = ["im 16 and my coach has pics of me and says he'll show the team"]
    assert pn.follow_up("should i tell my coach to stop", [], earlier) is None


def test_the_age_check_finding_counts():
    assert pn.follow_up(
        "i think i'll tell my aunt", [], ["someone has my pics"], is_minor=True
    ) == [pn.YOUTH_TELL_TRUSTED]


def test_first_message_is_not_a_follow_up():
    assert pn.follow_up("should we call the police tonight or wait", [], []) is None


def test_not_the_same_answer_twice_in_a_row():
    assert (
        pn.follow_up("which is better, the iips or the lawyer", [pn.FIRST_IIPS_OR_LAWYER], [SHARED])
        is None
    )


def test_the_stock_line_keeps_a_contact_outside_bc():
    from assistant.outside_bc_offers import strip_text

    with open("domain/source_answers.yml", encoding="utf-8") as handle:
        stock = yaml.safe_load(handle)["responses"]["utter_said_above"][0]["text"]
    assert "1-833-688-4381" in strip_text(stock)


def _responses():
    with open("domain/practical_next.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)["responses"]


def test_every_answer_has_its_response_and_fits_one_message():
    responses = _responses()
    for name in pn.ANSWERS:
        assert name in responses
        assert len(responses[name][0]["text"]) <= 600


def test_the_intake_line_always_has_its_pilot_period():
    for name, variations in _responses().items():
        text = variations[0]["text"]
        if "604-673-3143" in text:
            assert "pilot for August 2024 to March 2025" in text, name


def test_now_or_wait_asked_again_gets_the_short_form():
    assert pn.follow_up(
        "should i do it now or after the weekend", [pn.TIMING_THREAT], [SEXTORTION]
    ) == [pn.TIMING_AGAIN]
    assert pn.follow_up("now or after the weekend?", [pn.TIMING_AGAIN], [SEXTORTION]) is None


def test_reporting_from_outside_asked_again_gets_the_short_form():
    text = "my police here wont do anything. is there a canadian way to report it?"
    assert pn.follow_up(text, [pn.REPORT_FROM_OUTSIDE], ["I live in Seattle"], True) == [
        pn.REPORT_FROM_OUTSIDE_AGAIN
    ]


@pytest.mark.parametrize(
    "text",
    [
        "is there legal aid for this",
        "where can i find a low cost lawyer",
        "i cant afford a lawyer, what can i do?",
        "any affordable lawyers around kamloops?",
        "how do i get a cheap lawyer",
        "lawyers are too expensive for me. is there anything else",
    ],
)
def test_a_lawyer_at_low_cost(text):
    assert pn.follow_up(text, [], [SHARED]) == [pn.FIND_LAWYER]


def test_a_parent_whose_child_shared_keeps_the_sharer_answer():
    earlier = ["My 16 year old son shared a nude photo of a girl from his school"]
    assert pn.follow_up("how do we find a cheap lawyer for him", [], earlier) is None


@pytest.mark.parametrize(
    "text",
    [
        "is the lawyer free?",
        "can i get a free lawyer for this?",
        "but is it free? I can't afford a lawyer",
        "do i qualify for the free lawyer?",
    ],
)
def test_the_free_lawyer_itself_is_not_a_search(text):
    assert pn.follow_up(text, [], [SHARED]) is None


def test_a_threat_said_without_the_word_threat():
    earlier = ["MY EX IS SAYING HE WILL POST MY NUDES TOMORROW IF I DONT SEND MONEY"]
    text = "SHOULD I CALL POLICE NOW OR WAIT TILL HE DOES IT"
    assert pn.follow_up(text, [], earlier) == [pn.TIMING_THREAT]


def test_from_the_states_is_outside_even_when_the_home_was_not_read():
    text = "can i report it to police in victoria from the states"
    assert pn.follow_up(text, [], ["i live in portland oregon"], False) == [pn.REPORT_FROM_OUTSIDE]
