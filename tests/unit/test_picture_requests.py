"""A request for pictures with no threat, money or sharing is pressure, not sextortion."""

from __future__ import annotations

import pytest

from assistant.nlu.crisis_guard import protective_guess
from assistant.picture_requests import asked_for_pictures_only


@pytest.mark.parametrize(
    "text",
    [
        "my uncle wants me to send him pictures",  # round 30 p26
        "my stepdad keeps asking me for nudes",
        "someone on roblox keeps asking me for pictures",  # round 29 p20
    ],
)
def test_a_plain_request_for_pictures(text):
    assert asked_for_pictures_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "some guy wants me to send him pics or he will post my old ones",
        "he keeps asking me for more pics and says he'll share the ones he has",
        "he wants me to send more pics or pay him",
        "a guy i met online wants money for my pics",
        "he asked for nudes and now says he'll show everyone",
        "my ex posted my pics",
    ],
)
def test_threats_money_or_sharing_keep_sextortion(text):
    assert not asked_for_pictures_only(text)


def test_the_protective_guess_gives_the_pressure_answer_for_a_plain_request():
    fallback = {"name": "nlu_fallback", "confidence": 0.47}
    ranking = [
        fallback,
        {"name": "ask_no_consent", "confidence": 0.47},
        {"name": "sextortion", "confidence": 0.45},
    ]
    guess = protective_guess(fallback, ranking, "my uncle wants me to send him pictures")
    assert guess is not None and guess["name"] == "ask_no_consent"
    threat = "my uncle wants me to send him pictures or he'll post the old ones"
    assert protective_guess(fallback, ranking, threat)["name"] == "sextortion"
