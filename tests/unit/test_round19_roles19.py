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
    [
        "I moved to Surrey last year",
        "I live in Surrey",
        "we just moved to Kelowna",
        "I'm in Victoria",
    ],
)
def test_homes_now_still_read(text):
    assert home_from_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "I want to check if my client qualifies. She lives in Surrey and her ex posted her nudes",
        "check if my client qualifies",
        "would my client be eligible? her ex is threatening her",
        "does my patient qualify",
    ],
)
def test_staff_client_check_gets_criteria(text):
    from assistant.staff_reading import STAFF_CRITERIA, staff_kind

    assert staff_kind(text) == STAFF_CRITERIA


@pytest.mark.parametrize("text", ["do I qualify", "my friend qualifies?"])
def test_own_or_friend_check_not_staff(text):
    from assistant.staff_reading import staff_kind

    assert staff_kind(text) is None


@pytest.mark.parametrize(
    "text,young",
    [
        ("my coach has pics of me and says hell show the team if i quit. im 16", True),
        ("im 15 and my teacher says he will send my nudes to everyone if i tell", True),
        ("I'm 14, my boss has a photo of me and threatens to post it", True),
        ("my ex says he will post my pics, im 17", False),
        ("my coach threatens to share my pics, I am 25", False),
    ],
)
def test_young_trust_threat(text, young):
    from assistant.answer_kinds import young_trust_threat

    assert young_trust_threat(text) is young


@pytest.mark.parametrize(
    "text,adult",
    [
        ("im 13 i sent a pic to a guy who is 19 and now im scared", True),
        ("im 14 and i sent a nude to a 20 year old", True),
        ("i sent him a pic, im 15 and hes 16", False),
        ("im 13 i sent a pic to a guy", False),
    ],
)
def test_young_sent_to_adult(text, adult):
    from assistant.young_sender import YOUNG_SENT, YOUNG_SENT_ADULT, young_sender_kind

    assert young_sender_kind(text, [], True) == (YOUNG_SENT_ADULT if adult else YOUNG_SENT)


_WIFE = ["I'm writing for my wife. Her ex is threatening to post videos of her. We live in Vernon."]


@pytest.mark.parametrize(
    "text,earlier,kind",
    [
        (
            "Can I make the call to the lawyer for her, or does she have to do it herself?",
            _WIFE,
            "misread_call_lawyer_for",
        ),
        ("can I report it for her or does she have to do it herself?", _WIFE, None),
        (
            "can I report it for her or does she have to do it herself?",
            ["my daughter is 14 and her pics got shared"],
            "misread_helper_reports",
        ),
        (
            "can i be the one who reports it",
            ["my son is 15, his pics were posted"],
            "misread_helper_reports",
        ),
    ],
)
def test_adult_helped_never_child_reporting(text, earlier, kind):
    from assistant.misread_followups import misread_kind

    assert misread_kind(text, earlier, False) == kind


_GRAN = ["my granddaughter is 15 and a boy at her school shared a photograph of her"]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Can I telephone Cybertip, I would rather speak to a person?", "misread_phone_cybertip"),
        ("Is 1-866-658-9022 a number where a person answers, or not?", "misread_phone_cybertip"),
        ("can i call cybertip instead of the website?", "misread_phone_cybertip"),
        ("what is cybertip?", None),
    ],
)
def test_phone_cybertip(text, kind):
    from assistant.misread_followups import misread_kind

    assert misread_kind(text, _GRAN, False) == kind


@pytest.mark.parametrize(
    "text,kind",
    [
        (
            "my roommate took a pic of me passed out naked after a party and showed it to a "
            "bunch of people on his phone. is that covered by anything",
            "misread_shown_unconscious",
        ),
        ("he filmed me while i was asleep and sent it to his friends", "misread_shown_unconscious"),
        (
            "he showed my nude on his phone to his friends, does that count?",
            "misread_shown_on_phone",
        ),
        ("i was passed out at a party, is that consent?", None),
    ],
)
def test_taken_unconscious(text, kind):
    from assistant.misread_followups import misread_kind

    assert misread_kind(text, [], False) == kind


def test_which_first_between_police_and_cybertip_is_not_the_phone_question() -> None:
    from assistant.misread_followups import phone_cybertip

    assert not phone_cybertip("do i phone the police or cybertip first?", [])
    assert phone_cybertip("is 1-866-658-9022 a number where a person answers, or not?", [])
