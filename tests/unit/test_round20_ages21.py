"""Round 20 (ages21): readers in assistant/ages21.py. Wordings are mine."""

from __future__ import annotations

import pytest

from assistant import ages21, answer_kinds_specific

COACH = ["my coach keeps asking for pics"]


@pytest.mark.parametrize(
    "text",
    [
        "im 17 he's like 35. i havent sent any. is it illegal for him to ask",
        "i'm 16. is that even legal",
        "im 15 is he allowed to do that",
        "Im 17 and he is 30, is he breaking the law?",
    ],
)
def test_trust_asked(text):
    assert ages21.follow_up(text, None, COACH, [], None, [], []) == ages21.TRUST_ANSWER


def test_trust_asked_not_for_adults_or_without_trust():
    assert not ages21.trust_asked("im 25, is it illegal for him to ask", COACH)
    assert not ages21.trust_asked("im 16 is it illegal", ["my ex keeps asking for pics"])
    assert not ages21.trust_asked("im 16 what do i do", COACH)


def test_trust_left_to_the_age_rules_intent():
    text = "im 17 hes 30 is he allowed to ask that"
    assert ages21.follow_up(text, "check_age_rules", COACH, [], None, [], []) is None


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("im just a kid i cant call a lawyer. is there like someone for kids", []),
        ("is there help for kids my age", ["i am 15 years old"]),
        ("is there anyone for teens to talk to", ["im 14 btw"]),
        ("anyone 4 kids?? im only a kid", []),
    ],
)
def test_kids_asked(text, earlier):
    assert ages21.kids_asked(text, earlier)


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("is there help for kids", ["im 34"]),  # an adult: not this reader
        ("my kids found out, is there someone to talk to", ["im 40"]),
        ("i cant call, is there email", ["im 15"]),
    ],
)
def test_kids_not_asked(text, earlier):
    assert not ages21.kids_asked(text, earlier)


@pytest.mark.parametrize(
    "text",
    [
        "ok but what do i do. i dont know if he showed anyone",
        "wat should i do, idk if he sent it to anyone",
    ],
)
def test_young_what_now(text):
    earlier = ["a guy took a pic of me in the change room", "im 13. will you tell my mom"]
    answer = ages21.young_what_now(text, earlier, [], None, [], [])
    assert answer and "utter_youth" in answer


def test_adult_what_now_left_alone():
    assert ages21.young_what_now("what do i do", ["im 44"], [], None, [], []) is None


@pytest.mark.parametrize(
    "text",
    [
        "will i have to tell work? im worried about losing my job if i report",
        "will i get fired if i go to the police",
        "im scared my boss will find out if i report him",
        "if i report will i lose my shifts",
    ],
)
def test_job_worry(text):
    assert ages21.job_worry(text)


@pytest.mark.parametrize(
    "text", ["he said he would fire me if i report", "my boss threatened to fire me if i tell"]
)
def test_job_threat_told_left_alone(text):
    assert not ages21.job_worry(text)


@pytest.mark.parametrize(
    "text",
    [
        "i am really shaken up. is there someone I could speak with",
        "im so upset, is there anyone i can talk to",
        "feeling overwhelmed need someone to talk to",
    ],
)
def test_talk_asked(text):
    assert ages21.talk_asked(text)


def test_talk_not_for_the_lawyer_or_without_feelings():
    assert not ages21.talk_asked("im scared, is there someone i could talk to about the lawyer")
    assert not ages21.talk_asked("is there someone i could speak with")


@pytest.mark.parametrize(
    "text",
    [
        "can they make him take it down everywhere",
        "will they take it down everywhere",
        "ok ill text 988. can they make him take it down everywhere",
    ],
)
def test_someone_taking_it_down_is_not_the_tool(text):
    assert not answer_kinds_specific._tool_scope_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "does take it down work everywhere",
        "can takeitdown remove it from every site",
        "which sites does take it down work with",
        "can take it down remove it from canadian sites too",
    ],
)
def test_the_tool_scope_still_asked(text):
    assert answer_kinds_specific._tool_scope_asked(text)


def test_adult_job_worry_is_answered():
    earlier = ["im 30, a coworker shared a pic of me in a group chat"]
    assert (
        ages21.follow_up(
            "will i lose my job if i report him to the police", None, earlier, [], None, [], []
        )
        == ages21.JOB_WORRY_ANSWER
    )


@pytest.mark.parametrize(
    "earlier, text",
    [
        (
            ["I'm 17 and my manager at work keeps asking for pics"],
            "will I lose my job if I report him",
        ),
        (["im 34 and my supervisor keeps asking me for nudes"], "will i get fired if i report him"),
        (["my coworker posted my pic"], "if i report him to cybertip will my work find out"),
    ],
)
def test_job_worry_left_to_the_older_answers(earlier, text):
    assert not ages21.adult_job_worry(text, earlier)


def test_talk_asked_answered_once():
    text = "i am really shaken up. is there someone I could speak with"
    assert ages21.follow_up(text, None, [], [], None, [], []) == ages21.TALK_ANSWER
    assert ages21.follow_up(text, None, [], [], None, ages21.TALK_ANSWER, []) != ages21.TALK_ANSWER


def test_fear_of_a_person_keeps_the_safety_answer():
    assert not ages21.talk_asked("is there anyone i can talk to tonight? im kind of scared of him")


def test_take_it_down_tool_left_alone():
    assert ages21.follow_up("does take it down work everywhere", None, [], [], None, [], []) is None


def test_trust_answer_does_not_resend_the_block_the_turn_before_sent():
    # Round 28 (p09): the age check had just sent the what-you-can-do block.
    from assistant import ages21

    earlier = ["my basketball coach keeps asking me for pics. im 16"]
    text = "so is what hes doing illegal? like asking? i havent sent anything"
    fresh = ages21.follow_up(text, "ask_is_it_crime", earlier, [None], "true", [], [])
    again = ages21.follow_up(
        text, "ask_is_it_crime", earlier, [None], "true", ["utter_youth_asked_next_authority"], []
    )
    assert fresh == ages21.TRUST_ANSWER
    assert again == ["utter_trust_asked_allowed"]
