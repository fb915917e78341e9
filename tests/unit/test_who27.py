"""Rounds 25-26 (who27): whose place, whose age, which legal route, stray parts. Wordings are
mine, except the first of each list (the round 25 / 26 transcripts)."""

from __future__ import annotations

import pytest

from assistant import others_reading, question_parts, unanswered, who27
from assistant.content.responses import all_responses

SEATTLE = (
    "I live in Seattle. My girlfriend's ex in Vancouver has been sharing videos of me and her."
    " Can I use this service?"
)
FRIEND = "omg my friends bf shared her pics w his whole friend group what should she do"


def _text(name: str) -> str:
    return all_responses()[name][0]["text"]


@pytest.mark.parametrize(
    "earlier, text",
    [
        (
            [SEATTLE],
            "My girlfriend lives in Vancouver and she's in the videos too. Can she use it?",
        ),
        ([SEATTLE, "ok"], "Not me, HER. She lives in Vancouver. Does she qualify?"),
        (
            [SEATTLE],
            "You're not listening. My girlfriend is a BC resident. Can SHE call the free lawyer?",
        ),
        (
            ["im in calgary. my sister's ex posted her nudes"],
            "my sister lives in kelowna though, could she get the free lawyer?",
        ),
        (
            ["I'm from Toronto but my boyfriend is a BC resident."],
            "what about him, can he call them?",
        ),
    ],
)
def test_other_home_in_bc(earlier: list[str], text: str) -> None:
    assert who27.follow_up(text, [], earlier, [], True) == who27.OTHER_HOME_BC
    # Asked again right after: the shorter answer, then nothing of ours.
    again = who27.follow_up(text, who27.OTHER_HOME_BC, earlier, [], True)
    assert again == who27.OTHER_HOME_BC_AGAIN
    assert who27.follow_up(text, who27.OTHER_HOME_BC_AGAIN, earlier, [], True) is None


@pytest.mark.parametrize(
    "earlier, text, outside",
    [
        # The writer's own home in B.C.: not this kind.
        ([SEATTLE], "My girlfriend lives in Vancouver. Can she use it?", False),
        # Another person in B.C. but nothing asked about them using it.
        ([SEATTLE], "my girlfriend lives in vancouver", True),
        # "can he get in trouble" is not about using the service.
        (["I'm from Toronto, my ex lives in BC"], "can he get in trouble for this?", True),
        # No B.C. home for anyone else.
        ([SEATTLE], "can she use StopNCII?", True),
    ],
)
def test_not_other_home_in_bc(earlier: list[str], text: str, outside: bool) -> None:
    if text == "can she use StopNCII?":
        earlier = ["I live in Seattle and my girlfriend lives in Portland"]
    assert who27.follow_up(text, [], earlier, [], outside) is None


def test_other_home_answer_is_about_them() -> None:
    text = _text("utter_other_home_bc")
    assert "their home that counts" in text
    assert "604-673-3143" in text and "March 2025" in text
    assert "you live outside B.C." not in text


@pytest.mark.parametrize(
    "text",
    ["shes 14 tho and so am i", "we're both 15", "me and her are 13", "she is 14 and im 13"],
)
def test_both_young_gets_the_young_friend_routes(text: str) -> None:
    assert who27.follow_up(text, [], [FRIEND], [], False) == who27.FRIEND_YOUNG


@pytest.mark.parametrize(
    "text",
    [
        "i said 14. we're both 14. what should she do its going around school",
        "what should she do now",
        "how do we help her",
    ],
)
def test_young_friend_next(text: str) -> None:
    earlier = [FRIEND, "shes 14 tho and so am i"]
    done = [*who27.FRIEND_YOUNG]
    assert who27.follow_up(text, [], earlier, done, False) == who27.FRIEND_YOUNG_NEXT
    # Once only.
    assert who27.follow_up(text, [], earlier, [*done, *who27.FRIEND_YOUNG_NEXT], False) is None


def test_own_copy_is_left_to_the_older_readers() -> None:
    earlier = ["my friend told me her ex is sharing her pics around. shes 17 and so am i"]
    text = "someone sent me the pic too in a group chat. what do i do with it"
    assert who27.follow_up(text, [], earlier, [*who27.FRIEND_YOUNG], False) is None


def test_adults_ages_are_not_read_as_young() -> None:
    assert who27.follow_up("we're both 25", [], [FRIEND], [], False) is None
    assert who27.follow_up("shes 19 and so am i", [], [FRIEND], [], False) is None


def test_young_friend_next_never_says_screenshot_the_posts() -> None:
    text = _text("utter_friend_young_next")
    for route in ("Cybertip.ca", "Take It Down", "NeedHelpNow.ca", "Kids Help Phone"):
        assert route in text
    assert "Never save, screenshot or forward the image" in text
    assert "screenshots of the posts" not in text


@pytest.mark.parametrize(
    "text",
    [
        "If it has closed, what would you send our clients to instead for legal help specifically?",
        "I asked: if the pilot is closed, where else can people get legal help?",
        "if it's over, is there another lawyer service they could use instead?",
        "what if the pilot has ended, who else gives legal advice for this",
    ],
)
def test_legal_help_elsewhere(text: str) -> None:
    assert who27.follow_up(text, [], ["hi"], [], False) == who27.ELSEWHERE
    again = who27.follow_up(text, who27.ELSEWHERE, ["hi"], [], False)
    assert again == who27.ELSEWHERE_AGAIN
    assert who27.follow_up(text, who27.ELSEWHERE_AGAIN, ["hi"], [], False) is None


def test_elsewhere_answer_names_the_routes() -> None:
    said = " ".join(_text(name) for name in who27.ELSEWHERE)
    for route in ("1-833-688-4381", "civilresolutionbc.ca", "Everyone Legal Clinic"):
        assert route in said


def test_not_elsewhere() -> None:
    assert not who27.elsewhere_asked("is the free lawyer still running?")
    assert not who27.elsewhere_asked("where else can I get the images removed?")


@pytest.mark.parametrize(
    "text",
    [
        "my son is 17. he shared a picture of a girl from his class, a nude one, with his friends.",
        "my daughter is 15. she forwarded a nude of a classmate to a group chat",
        "my son is 16! he showed a naked photo of a girl in his grade to his team",
    ],
)
def test_own_child_shared_in_the_next_sentence(text: str) -> None:
    assert others_reading.own_child_shared(text)


def test_own_child_sending_own_image_is_not_sharing_someone_elses() -> None:
    assert not others_reading.own_child_shared("my son is 16. he sent a nude to his girlfriend")


def test_sharer_family_gets_a_line_to_call() -> None:
    text = _text("utter_sharer_family_lawyer")
    assert "1-833-688-4381" in text and "referrals" in text
    assert "604-673-3143" in text
    titles = [b["title"] for b in all_responses()["utter_sharer_family_lawyer"][0]["buttons"]]
    assert "Should my child delete it?" in titles
    assert "Should he delete it?" not in titles


@pytest.mark.parametrize(
    "text",
    [
        "i dont want him to know i found it",
        "dont want them to find out that i noticed the camera",
        "i don't want her to know we spotted it",
    ],
)
def test_found_it_is_not_who_is_told(text: str) -> None:
    assert not unanswered._H_TOLD.search(text)


@pytest.mark.parametrize(
    "text", ["i dont want him to know", "i dont want my mom to know i have them"]
)
def test_who_is_told_still_read(text: str) -> None:
    assert unanswered._H_TOLD.search(text)


def test_details_part_needs_its_own_words() -> None:
    clause = {"intent": "ask_details_required", "confidence": 0.9, "text": "or do i have to wait?"}
    assert question_parts._addable_topic(clause) is None
    asked = {
        "intent": "ask_details_required",
        "confidence": 0.9,
        "text": "do i have to tell them the details?",
    }
    assert question_parts._addable_topic(asked) == "ask_details_required"


def test_held_only_order_does_not_guess_the_other_persons_gender() -> None:
    text = _text("utter_held_only_order")
    assert " he " not in f" {text} " and " him " not in f" {text} "
