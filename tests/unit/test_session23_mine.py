"""Session 23, mine: round 26's kinds mended after its measurement (p07, p15, p23). Wordings
beside the rater's are mine."""

from __future__ import annotations

import pytest

from assistant import repeat25
from assistant.secret_told import SECRET_TOLD, secret_told_kind


@pytest.mark.parametrize(
    "text",
    [
        # Round 26 p23: "without telling me" is taken secretly, like "without me knowing".
        "my bf filmed us having sex without telling me. i found it on his phone. he says he "
        "deleted it but idk",
        "my ex recorded me in the shower without telling me",
    ],
)
def test_taken_without_telling_is_a_secret_recording(text):
    assert secret_told_kind(text, [], [], False) == SECRET_TOLD


def test_taken_with_the_person_told_is_not():
    assert secret_told_kind("he filmed us and told me after, is that ok", [], [], False) is None


@pytest.mark.parametrize(
    "text",
    [
        "ok. i dont want to quit swim tho",  # round 26 p07
        "do i have to leave the team because of him",
        "i dont wanna give up hockey",
    ],
)
def test_a_young_person_keeping_the_activity(text):
    earlier = ["my swim coach keeps asking me to send him pics", "im 15 hes 23. is that allowed"]
    assert repeat25.follow_up(text, [], earlier, None) == [repeat25.KEEP_ACTIVITY_YOUNG]


def test_keeping_the_activity_not_for_adults_jobs_or_twice():
    adult = ["my boss keeps asking for pics, im 30"]
    assert repeat25.follow_up("i dont want to quit my job", [], adult, None) != [
        repeat25.KEEP_ACTIVITY_YOUNG
    ]
    young = ["my coach keeps asking me for pics", "im 15"]
    again = [repeat25.KEEP_ACTIVITY_YOUNG, "action_listen"]
    assert repeat25.follow_up("i dont want to quit the team", again, young, None) != [
        repeat25.KEEP_ACTIVITY_YOUNG
    ]
    assert repeat25.follow_up("i dont want to quit the team", [], ["im 15"], None) is None
    # Round 19 p27: a threat asked about keeps the threat's answer.
    threat = ["my coach has pics of me and says hell show the team if i quit. im 16"]
    asked = "if i quit the team will he actually post them? what do i do about the threat"
    assert repeat25.follow_up(asked, [], threat, None) != [repeat25.KEEP_ACTIVITY_YOUNG]
