"""Rounds 25-26 kinds (threat27): images sent around now without a demand, not wanting to be
alone with a boss or coach, "can't I force him", someone else to ask him, scared to confront
him, a young writer asked for pictures by an adult, a threat to control read as pressure. Our
own wordings; the near misses keep the older readers' answers."""

from __future__ import annotations

import pytest

from assistant import context_followups, threat27
from assistant.policies import follow_up_readers
from tests.domain_files import responses

HELD_TURN = ["utter_held_not_shared_order", "action_listen"]
CONTROL_TURN = ["utter_threat_control", "utter_threats_routes", "action_listen"]
YOUNG_GAMER = ["theres this guy from fortnite who keeps asking me for pics. im 14"]
YOUNG_GAMER_AGE = [*YOUNG_GAMER, "hes 19. he says hell stop talking to me if i dont"]
MANAGER = ["im 17 and my manager at work keeps asking for pics"]
BOSS_ADULT = ["im 26 and my boss keeps pressuring me to send him pics"]


@pytest.mark.parametrize(
    ("text", "previous", "earlier", "expected"),
    [
        # Sharing now, nothing asked for: the steps without "don't pay", then the 24/7 lines.
        (
            "WHO DO I CALL. MY EX IS SENDING MY NUDES TO PEOPLE RIGHT NOW",
            [],
            [],
            [threat27.SHARING_NOW, threat27.TONIGHT_LINES],
        ),
        (
            "someone is posting my private pics on instagram right now",
            [],
            [],
            [threat27.SHARING_NOW, threat27.TONIGHT_LINES],
        ),
        (
            "she keeps sending my photos to everyone",
            [],
            [],
            [threat27.SHARING_NOW, threat27.TONIGHT_LINES],
        ),
        (
            "he's posting pictures of me everywhere right now",
            [],
            [],
            [threat27.SHARING_NOW, threat27.TONIGHT_LINES],
        ),
        (
            "JUST GIVE ME ONE NUMBER TO MAKE HIM STOP. POLICE OR WHO",
            [threat27.SHARING_NOW, threat27.TONIGHT_LINES, "action_listen"],
            ["my ex is sending my nudes to people right now"],
            [threat27.ONE_NUMBER_STOP],
        ),
        (
            "what number do i call to make him stop",
            [],
            ["he is posting my pics everywhere right now"],
            [threat27.ONE_NUMBER_STOP],
        ),
        # Not wanting to be alone with him at the next shift or practice.
        (
            "ok but what do i do about saturday. i dont want to be alone with him",
            [],
            [*MANAGER, "he gets kinda mad when i say no. i still have a shift with him saturday"],
            [threat27.SHIFT_YOUNG],
        ),
        (
            "im scared to be alone with him at practice",
            [],
            ["my coach keeps asking for nudes. im 15"],
            [threat27.SHIFT_YOUNG],
        ),
        ("i dont want to be alone with him at work", [], BOSS_ADULT, [threat27.SHIFT_ADULT]),
        # After the held-not-shared answer.
        (
            "i sent them to him myself so its not secret. so basically i cant force him?",
            HELD_TURN,
            [],
            [threat27.CANT_FORCE],
        ),
        ("so there's no way to make her delete them?", HELD_TURN, [], [threat27.CANT_FORCE]),
        ("so i can't make them get rid of it", HELD_TURN, [], [threat27.CANT_FORCE]),
        # Someone else to ask him; scared to confront him.
        (
            "im not in danger. i just dont want to talk to him about it myself. can someone "
            "else ask him to delete it",
            [],
            ["x"],
            [threat27.SOMEONE_ELSE],
        ),
        (
            "is there someone who can tell him to delete the video for me",
            [],
            ["x"],
            [threat27.SOMEONE_ELSE],
        ),
        ("could somebody else contact her and get it removed", [], ["x"], [threat27.SOMEONE_ELSE]),
        (
            "i still have to live with him till my lease ends in march. im kinda scared to "
            "confront him",
            [],
            ["x"],
            [threat27.SCARED_CONFRONT],
        ),
        ("i'm afraid to talk to her about it", [], ["x"], [threat27.SCARED_CONFRONT]),
        # A young writer asked for pictures by an adult.
        (
            "hes 19. he says hell stop talking to me if i dont. i didnt send any yet",
            [],
            YOUNG_GAMER,
            [threat27.PRESSURE_LEAVE_YOUNG, threat27.YOUTH_ASKED_NEXT],
        ),
        (
            "she says she'll block me unless i send one",
            [],
            ["im 13 and this 20 year old keeps asking me for photos"],
            [threat27.PRESSURE_LEAVE_YOUNG, threat27.YOUTH_ASKED_NEXT],
        ),
        (
            "he didnt threaten me tho hes actually nice. is it even bad that hes 19 and im 14?",
            [],
            YOUNG_GAMER_AGE,
            [threat27.ADULT_ASKS_YOUNG, threat27.YOUTH_ASKED_NEXT],
        ),
        (
            "so its maybe ok if i send him one?",
            [],
            YOUNG_GAMER_AGE,
            [threat27.SEND_ONE_YOUNG, threat27.YOUTH_ASKED_NEXT],
        ),
        (
            "should i just send him a pic so he stops asking",
            [],
            YOUNG_GAMER_AGE,
            [threat27.SEND_ONE_YOUNG, threat27.YOUTH_ASKED_NEXT],
        ),
        (
            "ok so i shouldnt. but what do i even say to him so hes not mad",
            [],
            YOUNG_GAMER_AGE,
            [threat27.WHAT_TO_SAY_YOUNG],
        ),
        ("how do i tell him no", [], YOUNG_GAMER_AGE, [threat27.WHAT_TO_SAY_YOUNG]),
        # The threat to control told again right after its answer.
        (
            "im 29. hes threatening to send the videos to my boss if i leave him. can anything "
            "stop that",
            CONTROL_TURN,
            ["x"],
            [threat27.THREAT_CONTROL_NEXT],
        ),
        ("is there a way to stop him", CONTROL_TURN, ["x"], [threat27.THREAT_CONTROL_NEXT]),
    ],
)
def test_kinds(text: str, previous: list[str], earlier: list[str], expected: list[str]) -> None:
    assert threat27.follow_up(text, previous, earlier) == expected


@pytest.mark.parametrize(
    ("text", "previous", "earlier"),
    [
        # A demand: the sextortion steps stay ("don't pay" fits).
        ("he is sending my nudes to my friends right now unless i pay him", [], []),
        ("my ex sent my nudes to people last year", [], []),
        # No boss, coach or teacher told: not the shift answer.
        ("i dont want to be alone with him", [], ["my ex has my pics"]),
        # "can't force him" without the held answer before.
        ("so basically i cant force him?", [], ["x"]),
        # Sharing told beside it: the held answer's follow-up does not fit.
        ("he posted them. so i cant force him?", HELD_TURN, []),
        # Danger told: the crisis net and the danger answers, never this.
        ("im scared to confront him, he hit me last time", [], ["x"]),
        # An adult writer asked by another adult: not the young writer's answers.
        ("is it bad that hes 19?", [], ["im 22 and this guy keeps asking for pics"]),
        # A young writer, no adult: the age rules stay.
        ("is it bad that hes 15 and im 14?", [], ["im 14 and a guy keeps asking me for pics"]),
        # A young writer threatened with sharing: the threat's answers.
        ("he says he'll post my pics if i dont send more", [], YOUNG_GAMER_AGE),
        # A 16-year-old and her 18-year-old boyfriend; a coach: the older readers' answers.
        ("is it illegal 4 him to ask", [], ["my bf keeps asking 4 nudes", "im 16 hes 18"]),
        ("im 15 hes 23. is that even allowed", [], ["my swim coach keeps asking me for pics"]),
        # "now" alone is not "right now": the tools question keeps its answer.
        ("my ex is posting pics of me from when i was 16. im 18 now. which one do i use", [], []),
        # Evidence asked after the threat-to-control answer: the evidence readers.
        ("how do i keep evidence", CONTROL_TURN, ["x"]),
        # Someone else's images: the helper's answers.
        ("a girl at his school is showing his nude to people", [], []),
        ("my wife ex husband is sharing photo of her naked to people on whatsapp", [], []),
        ("/greet", [], []),
        ("", [], []),
    ],
)
def test_near_misses(text: str, previous: list[str], earlier: list[str]) -> None:
    assert threat27.follow_up(text, previous, earlier) is None


def test_youth_next_steps_sent_once() -> None:
    found = threat27.follow_up(
        "so its maybe ok if i send him one?",
        [],
        YOUNG_GAMER_AGE,
        earlier_actions=[threat27.YOUTH_ASKED_NEXT],
    )
    assert found == [threat27.SEND_ONE_YOUNG]


def test_not_sent_twice_in_a_row() -> None:
    assert (
        threat27.follow_up(
            "i dont want to be alone with him at work",
            [threat27.SHIFT_ADULT, "action_listen"],
            BOSS_ADULT,
        )
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "he has videos of us and says if i leave hes sending them to my work. he gets really "
        "angry when i say no to stuff",
        "my boyfriend told me if i break up with him hes posting my nudes",
        "if i move out shes going to send the pics to my parents",
    ],
)
def test_threat_to_control_with_he_is(text: str) -> None:
    assert context_followups.threat_control(text.lower())


def test_reader_in_table_before_repeat25() -> None:
    names = [name for name, _reader in follow_up_readers.SEQUENCE_READERS]
    assert names.index("threat27") < names.index("repeat25")


def test_answers_say_what_the_kinds_need() -> None:
    said = responses()
    text = {name: said[name][0]["text"] for name in threat27.ANSWERS}
    assert "pay" not in text[threat27.SHARING_NOW].lower()
    assert "1-833-688-4381" in text[threat27.ONE_NUMBER_STOP]
    assert "9-1-1" in text[threat27.SHIFT_YOUNG] and "safe adult" in text[threat27.SHIFT_YOUNG]
    assert "1-800-563-0808" in text[threat27.SHIFT_ADULT]
    assert "can contact him" in text[threat27.CANT_FORCE]
    assert "1-833-688-4381" in text[threat27.SOMEONE_ELSE]
    assert "1-800-563-0808" in text[threat27.SCARED_CONFRONT]
    assert "sexual exploitation" in text[threat27.ADULT_ASKS_YOUNG]
    assert "birthday" not in text[threat27.ADULT_ASKS_YOUNG]
    assert text[threat27.SEND_ONE_YOUNG].startswith("Please don't send")
    assert "1-800-668-6868" in text[threat27.WHAT_TO_SAY_YOUNG]
