"""Round 24 kinds (repeat25): a long text never sent again for "simpler please", "who do I
call tonight", anger at a no, "what can I do tonight"; a threat told is remembered. Our own
wordings; the near misses keep the older readers' answers."""

from __future__ import annotations

import pytest

from assistant import answer_on_hand, repeat25, safety
from tests.domain_files import responses

SEXTORTION_TURN = [
    "utter_sextortion_pay",
    "utter_sextortion_steps",
    "utter_sextortion_report",
    "utter_sextortion_next",
    "action_listen",
]
ROUTES_TURN = ["utter_routes_intro", "action_route_finder", "utter_routes_outro", "action_listen"]
TRUST_TURN = ["utter_trust_asked_allowed", "utter_youth_asked_next_authority", "action_listen"]


@pytest.mark.parametrize(
    ("text", "previous", "earlier", "expected"),
    [
        (
            "too much english. he say tonight he send if i not pay. i call who tonight?",
            ROUTES_TURN,
            [],
            [repeat25.PLAIN_TONIGHT],
        ),
        ("my english not good. who can i call now", SEXTORTION_TURN, [], [repeat25.PLAIN_TONIGHT]),
        ("who do i call tonight??", SEXTORTION_TURN, [], [repeat25.PLAIN_TONIGHT]),
        ("simpler please", SEXTORTION_TURN, [], [repeat25.PLAIN_SEXTORTION]),
        ("pls say it more simple", SEXTORTION_TURN, [], [repeat25.PLAIN_SEXTORTION]),
        ("too long, i dont understand", ROUTES_TURN, [], [repeat25.PLAIN_SHORT]),
        ("i don't understand", ROUTES_TURN, [], [repeat25.PLAIN_SHORT]),
        ("in easy words please", ROUTES_TURN, [], [repeat25.PLAIN_SHORT]),
        (
            "i scared he send to my family and husband. i live burnaby. you have someone speak "
            "punjabi?",
            SEXTORTION_TURN,
            [],
            [repeat25.INTERPRETER, repeat25.FAMILY_FEAR],
        ),
        (
            "im worried he will show my husband. is there someone who speaks hindi",
            [],
            [],
            [repeat25.INTERPRETER, repeat25.FAMILY_FEAR],
        ),
        (
            "he gets mad when i say no and i have practice tuesday",
            TRUST_TURN,
            ["my coach keeps asking me for pics", "im 15 hes like 28"],
            [repeat25.ANGER_YOUNG],
        ),
        (
            "he yells at me if i dont send them and i see him at school tomorrow",
            [],
            ["my teacher keeps asking for pics", "im 14"],
            [repeat25.ANGER_YOUNG],
        ),
        (
            # Round 26 p15: "kinda" between (a manager, a shift on Saturday).
            "he gets kinda mad when i say no. i still have a shift with him saturday",
            [],
            ["im 17 and my manager at work keeps asking for pics"],
            [repeat25.ANGER_YOUNG],
        ),
        (
            "my boss gets really angry when i say no",
            [],
            ["my boss keeps asking for nudes"],
            [repeat25.ANGER_ADULT],
        ),
        (
            "he still gets mad when i say no",
            [repeat25.ANGER_YOUNG, "action_listen"],
            ["my coach keeps asking me for pics", "im 15"],
            [repeat25.ANGER_AGAIN],
        ),
        (
            "it's after 9pm, nobody will answer. what can I do tonight? she says she'll post it "
            "tonight if I don't come back",
            ["utter_threats_covered", "utter_threats_routes", "action_listen"],
            ["my girlfriend is threatening to post a video of me if i leave her"],
            [repeat25.TONIGHT_STEPS, repeat25.TONIGHT_TALK],
        ),
        (
            "is there anything i can do tonight to stop him posting it?",
            [],
            ["he says he'll post my nudes tomorrow if i dont pay"],
            [repeat25.TONIGHT_STEPS, repeat25.TONIGHT_TALK],
        ),
    ],
)
def test_kinds(text, previous, earlier, expected):
    assert repeat25.follow_up(text, previous, earlier) == expected


@pytest.mark.parametrize(
    ("text", "previous", "earlier"),
    [
        # Not about the answer: "I don't understand why" is another question.
        ("i dont understand why he does this", ROUTES_TURN, []),
        # A crime asked simply keeps safety_followups' short crime answer.
        ("simple words please, is it illegal?", SEXTORTION_TURN, []),
        # Nothing long before: nothing to make shorter.
        ("simpler please", ["utter_greet", "action_listen"], []),
        # A parent telling of a child's no: the older helper readers.
        ("my coach gets mad when she says no", [], ["my daughter is 14"]),
        # The job at stake: the older readers' job answer.
        (
            "I haven't sent anything. but he gets angry when I say no. I'm scared of losing my job",
            [],
            ["I'm 17 and my manager at work keeps asking for pics"],
        ),
        # No one with power over them named.
        ("he gets mad when i say no", [], ["my boyfriend wants pics"]),
        # Tonight with no threat told: the older readers.
        ("what can i do tonight", [], ["my ex posted my nudes"]),
        # After a crisis reply the older readers stay with the person.
        ("who do i call tonight", ["utter_crisis", "utter_crisis_next", "action_listen"], []),
    ],
)
def test_near_misses(text, previous, earlier):
    assert repeat25.follow_up(text, previous, earlier) is None


def test_never_the_same_answer_twice_in_a_row():
    assert repeat25.follow_up("simpler please", [repeat25.PLAIN_SHORT, "action_listen"], []) is None


@pytest.mark.parametrize(
    ("texts", "told"),
    [
        (["now theyre saying theyll post it if i tell anyone what happened"], True),
        (["he threatened to send it to my boss"], True),
        (["she said she would post them unless i pay"], True),
        (["he filmed me without asking. he hasnt threatened anything"], False),
        (["he filmed me in the shower"], False),
    ],
)
def test_threat_told(texts, told):
    assert repeat25.threat_told(texts) is told


def test_secret_image_answer_remembers_the_threat():
    texts = [
        "someone i hooked up with filmed us without me knowing. now theyre saying theyll post "
        "it if i tell anyone",
        "is the filming itself illegal tho?",
    ]
    sequence = answer_on_hand.sequence_for(answer_on_hand.SECRET_CRIME, texts)
    assert sequence == ["utter_secret_taken_crime", repeat25.SECRET_NEXT_THREAT]
    assert answer_on_hand.sequence_for(answer_on_hand.SECRET_CRIME, texts[1:]) is None


def test_responses_exist_and_keep_to_the_facts():
    domain = responses()
    for name in repeat25.ANSWERS:
        assert name in domain, name
    assert "1-800-563-0808" in domain[repeat25.PLAIN_TONIGHT][0]["text"]
    assert "604-673-3143" in domain[repeat25.PLAIN_TONIGHT][0]["text"]
    # The threat remembered, and never "he" for someone the person called "they".
    text = domain[repeat25.SECRET_NEXT_THREAT][0]["text"]
    assert "threatened" in text and " he " not in text
    assert " he shares" not in domain["utter_secret_taken_next"][0]["text"]


def test_tonight_steps_take_the_place_of_a_model_only_check_in():
    text = "what can i do tonight? she says she'll post it tonight if i don't come back"
    earlier = ["my girlfriend is threatening to post a video of me if i leave her"]
    assert repeat25.tonight_skips_check_in(text, earlier, model_only=True)
    # A check-in the wording asked for stays.
    assert not repeat25.tonight_skips_check_in(text, earlier, model_only=False)
    assert not repeat25.tonight_skips_check_in("what can i do tonight", [], model_only=True)


@pytest.mark.parametrize(
    ("text", "intent", "clear"),
    [
        # Said of a situation: a check-in at most, with the answer.
        ("I don't want to ruin his life but this can't go on.", "crisis", False),
        ("is it a crime? this cant go on like this", "crisis", False),
        # Said of oneself: the full crisis reply.
        ("i cant go on", "crisis", True),
        ("i can't go on like this, this can't go on", "crisis", True),
        # A reported threat to kill: danger.
        ("he said he'll kill me if i tell anyone", "immediate_danger", True),
        ("my ex said he would kill me if i go to the police", "immediate_danger", True),
        ("he told me he'd kill me if i told anyone", "immediate_danger", True),
        # Family quoted, a laugh, or a threat to hurt: still weakened.
        ("my mom said she'd kill me if i told her", "immediate_danger", False),
        ("she said she'd kill me if I told anyone lol", "immediate_danger", False),
        (
            "My coworker said she'd kill me if I told anyone. She was laughing though.",
            "immediate_danger",
            False,
        ),
        ("he said he'd hurt me if i tell", "immediate_danger", False),
        # A question beside it: the check-in and the answer (tests/test_safety_dialogue.py).
        (
            "she said she'd kill me if I told anyone, can I report the guy who posted it",
            "immediate_danger",
            False,
        ),
    ],
)
def test_safety_readings(text, intent, clear):
    reading = safety.read_safety(text)
    assert reading is not None
    assert (reading.intent, reading.clear) == (intent, clear)
