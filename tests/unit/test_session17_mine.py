"""Session 17 (mine): a block got round, "i blocked him" told, whether the free lawyer goes to
the police, and photos that are not intimate (docs/intents.md "Session 17, mine"). Wordings are
mine, not a rater's."""

from __future__ import annotations

import pytest

from assistant import contact_again as ca
from assistant import lawyer_reports as lr
from assistant import ordinary_photos as op


@pytest.mark.parametrize(
    "text",
    [
        "he made a new account and messaged me again",
        "i blocked him but he keeps texting me from different numbers",
        "now he found me on insta after i blocked him on snap",
        "blocked him and he's still messaging me",
        "the scammer added me again from another account",
        "he unblocked me and messaged me",
    ],
)
def test_a_block_got_round(text):
    assert ca.contact_again_kind(text, young=False) == ca.CONTACT_AGAIN
    assert ca.contact_again_kind(text, young=True) == ca.CONTACT_AGAIN_YOUNG


@pytest.mark.parametrize(
    "text",
    [
        "should i block him?",
        "will blocking make it worse",
        "he made a new account and posted them",  # shared: its own answers
        "he keeps asking me for money",
        "he messaged my friends",
        "my ex keeps texting me",  # no block got round
        "i blocked him",
        "I'm 13 and a man on snap keeps asking me to send photos",  # an app, no block
        "hey is this only for girls?? my ex leaked my nudes on snap. im a guy",
        "ok i blocked her. but what if she still posts it?? my whole school follows me",
    ],
)
def test_not_a_block_got_round(text):
    assert ca.contact_again_kind(text, young=False) is None


@pytest.mark.parametrize(
    "text", ["i blocked him", "ok i blocked her on everything", "already blocked them"]
)
def test_blocking_told(text):
    assert ca.blocked_told_kind(text) == ca.BLOCKED_TOLD


@pytest.mark.parametrize(
    "text",
    ["i blocked him, what now?", "should i block him", "i blocked him but he made a new account"],
)
def test_blocking_asked_is_not_told(text):
    assert ca.blocked_told_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "will the lawyer go to the police themselves?",
        "does the lawyer have to report him to the cops",
        "will the service call the police",
        "would the lawyer make me go to the police",
        "do lawyers have to report it to police",
    ],
)
def test_whether_the_lawyer_reports(text):
    assert lr.lawyer_reports_kind(text) == lr.LAWYER_REPORTS


@pytest.mark.parametrize(
    "text",
    [
        "should i go to the police",
        "do i need a police report for the lawyer",
        "can the lawyer help me with the police",
        "will the police tell my parents",
        "is the lawyer free",
        "can she talk to the lawyer without reporting to police?",
        "do i have to go to the police before the lawyer helps",
    ],
)
def test_not_whether_the_lawyer_reports(text):
    assert lr.lawyer_reports_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "its not nude pics, just my face photos",
        "they're not nudes, just normal selfies from my insta",
        "nothing sexual, only pics of me at the beach",
        "they arent naked pics just my profile pics",
    ],
)
def test_ordinary_photos(text):
    assert op.ordinary_photos_kind(text) == op.ORDINARY_PHOTOS


@pytest.mark.parametrize(
    "text",
    [
        "its not nudes, its a deepfake of my face",  # a deepfake can count
        "not nudes but pics of me in my underwear",
        "they're my nudes",
        "just my face photos",  # nothing said about them not being intimate
        "is a photo of me in a bikini intimate",
    ],
)
def test_not_ordinary_photos(text):
    assert op.ordinary_photos_kind(text) is None
