"""Round 17 kinds for young writers and their helpers (session 18): a young writer who sent a
picture or is asked for more gets the safety step, not a legal lecture; a place that no longer
feels safe with no danger now gets the practical answer, not the crisis blocks; a helped child's
age asked about the service; a breakup told mid-conversation. Wordings are mine, not the
rater's (tests/simulated-users/2026-12-05-round17: p16, p31, p03)."""

from __future__ import annotations

import pytest

from assistant import breakup_told as bt
from assistant import helped_age as ha
from assistant import unsafe_place as up
from assistant import young_sender as ys
from assistant.nlu.crisis_guard import guard_decision
from assistant.safety import read_safety

ASKED = ["a guy online wants pics"]


@pytest.mark.parametrize(
    "text",
    [
        "he's 18 and he wants more now",
        "he keeps asking for more pics what do i do",
        "im 15 i sent my bf a pic and now hes asking for more",
        "my bf keeps begging me for more nudes",
        "she wants another one",
        "he says send more or he'll be mad",
        "he keeps messaging me wanting more pics",
        "hes asking for new pics",
    ],
)
def test_a_young_writer_asked_for_more_gets_the_safety_step(text):
    assert ys.young_sender_kind(text, ASKED, True) == ys.YOUNG_ASKED_MORE


@pytest.mark.parametrize(
    "text",
    [
        "he wants more or he will post the one i sent",  # a threat: the sextortion steps
        "he wants more money",
        "should i send another so he leaves me alone",  # PAY reads that
        "my mom wants more information",
        "she asked for more time",
        "a guy online wants me to send pics",  # a first ask: the youth-asked answer
        "my coach keeps asking me for more pics",  # trust: the age rules' answer
        "he wants more pics now. will you tell my mom",  # who is told
        "i already sent him 200 dollars and now he wants more",
        "im 15 and a guy online has my pics and wants more",  # blackmail: the steps
        "he keeps begging for more pics, is that harassment",  # the law asked
        "he says he has footage. he wants me to send more",
    ],
)
def test_not_asked_for_more(text):
    assert ys.young_sender_kind(text, ASKED, True) != ys.YOUNG_ASKED_MORE


def test_asked_for_more_needs_a_young_writer():
    assert ys.young_sender_kind("he wants more", ASKED, False) is None


@pytest.mark.parametrize(
    "text",
    [
        "im 14 and i sent a nude to a guy",
        "i'm 13 i sent him a picture of me",
        "i sent a nude to a guy im 16",
        "i just sent my crush a pic",
    ],
)
def test_a_young_writer_who_sent_a_picture(text):
    assert ys.young_sender_kind(text, [], True) == ys.YOUNG_SENT


def test_i_already_sent_one_after_pictures_were_named():
    assert ys.young_sender_kind("i already sent one", ASKED, True) == ys.YOUNG_SENT
    assert ys.young_sender_kind("i already sent one", ["hi"], True) is None


@pytest.mark.parametrize("text", ["i sent a pic to someone", "I sent him a photo"])
def test_a_first_message_of_a_picture_sent_with_no_age(text):
    assert ys.young_sender_kind(text, [], False) == ys.SENT_TOLD


@pytest.mark.parametrize(
    "text",
    [
        "i sent a pic to my bf is that illegal",  # asked: the law's own readers
        "i sent my friend's nudes to a group chat",  # someone else's images
        "i sent him money",
        "he sent me a pic",
        "i sent her pics to him",
        "i sent a nude to my bf and he showed his friends",
        "i sent a photo of the messages to the police",
        "so should i send her one or no",
        "i accidentally sent my nude to the wrong person. can i get it back?",
        "Can I still get help even though I sent the photos myself",
        "my mom is going to kill me if she finds out i sent pics",
    ],
)
def test_not_a_picture_of_ones_own_told(text):
    assert ys.young_sender_kind(text, [], True) is None


@pytest.mark.parametrize(
    ("text", "young", "kind"),
    [
        (
            "and the lease? I don't feel safe showering there anymore",
            False,
            up.UNSAFE_PLACE_LEASE,
        ),
        ("i don't feel safe at school", False, up.UNSAFE_PLACE_YOUNG),
        ("i dont feel safe in my own apartment", False, up.UNSAFE_PLACE),
        ("i dont feel safe at home anymore since my brother recorded me", False, up.UNSAFE_PLACE),
        ("I dont feel safe living there anymore", True, up.UNSAFE_PLACE_YOUNG),
        ("i feel unsafe at work since my boss filmed me", False, up.UNSAFE_PLACE),
    ],
)
def test_a_place_that_no_longer_feels_safe(text, young, kind):
    assert up.unsafe_place_kind(text, young) == kind


@pytest.mark.parametrize(
    "text",
    [
        "i just don't feel safe",  # no place: the fear answer
        "he still lives here with me. I don't feel safe sleeping here tonight honestly",
        "i dont feel safe here",
        "i dont feel safe at home, he hits me",
        "i dont feel safe at home right now",
        "i dont feel safe at home, i want to hurt myself",
        "i dont feel safe posting anything online",
        "i dont feel safe there, im scared of him",
        "i dont feel unsafe at home, my parents are supportive",
        "I don't feel unsafe at home, it's all online. What are my options?",
    ],
)
def test_danger_or_fear_is_never_the_place_answer(text):
    assert up.unsafe_place_kind(text, False) is None


@pytest.mark.parametrize(
    "text",
    [
        "i dont feel safe at home",
        "I don't feel safe at home anymore, he hits me",
        "i dont feel safe at home since he hit me",
        "i don't feel safe right now he is outside my door",
    ],
)
def test_danger_at_home_stays_clear_danger(text):
    reading = read_safety(text)
    assert reading and reading.clear and reading.intent == "immediate_danger"


def test_a_recording_at_home_is_not_clear_danger():
    assert read_safety("i dont feel safe at home anymore since my brother recorded me") is None


def test_no_check_in_on_a_guess_alone_for_a_place():
    ranking = [
        {"name": "immediate_danger", "confidence": 0.5},
        {"name": "ask_evidence", "confidence": 0.3},
    ]
    intent = ranking[0]
    _, check_in = guard_decision("i dont feel safe showering there anymore", intent, ranking)
    assert check_in is None
    _, check_in = guard_decision("i dont feel safe showering there right now", intent, ranking)
    assert check_in is not None


EARLIER = [
    "I am writing for my granddaughter, who is fourteen. a boy shared her photo",
    "Could my granddaughter speak to a lawyer herself? would it cost anything?",
]


@pytest.mark.parametrize(
    "text",
    [
        "And her age is not a difficulty? She is only fourteen.",
        "is she too young for the free lawyer? she's 15",
        "does his age matter?",
        "can she call them at 14?",
        "her age isnt a problem then",
    ],
)
def test_a_helped_childs_age_for_the_service(text):
    assert ha.helped_age_kind(text, EARLIER) == ha.HELPED_AGE_SERVICE


@pytest.mark.parametrize(
    "text",
    [
        "is she too young to consent to him",
        "he is 19, is she old enough",
        "is the age gap a problem",
    ],
)
def test_the_age_rules_are_not_the_service(text):
    assert ha.helped_age_kind(text, EARLIER) is None


def test_the_age_for_the_service_needs_a_child_and_the_service_said():
    assert ha.helped_age_kind("does her age matter?", ["hello"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "we broke up last month",
        "We broke up really badly last month.",
        "ok we split up 2 weeks ago",
        "he's my ex",
        "i broke up with him in march",
        "we broke up and now hes mad",
    ],
)
def test_a_breakup_told(text):
    assert bt.breakup_told_kind(text) == bt.BREAKUP_TOLD


@pytest.mark.parametrize(
    "text",
    ["we broke up last month and now he posted them", "we broke up, can i still report"],
)
def test_a_breakup_with_more_is_its_own_topic(text):
    assert bt.breakup_told_kind(text) is None


@pytest.mark.parametrize(
    "text", ["do i have to", "do i have to send more?", "do i really have to tho"]
)
def test_must_i_right_after_the_safety_step(text):
    previous = ["utter_young_asked_more", "utter_young_asked_more_help"]
    assert ys.young_sender_kind(text, ASKED, True, previous) == ys.MUST_I
    assert ys.young_sender_kind(text, ASKED, True, ["utter_contact"]) is None
