"""Round 24 kind 2 (who25): who is writing kept for the whole conversation. Wordings are mine,
except the first of each list (the round 24 transcripts)."""

from __future__ import annotations

import pytest

from assistant import neighbours23, question_parts, unanswered, who25
from assistant.content.responses import all_responses

MOTHER = "Hello, I'm writing about my son who is 13. Someone is asking him for pictures."
GRANDMOTHER = "My grandson is 15 and someone online got a photo from him and now wants money."
COUNSELLOR = "I'm a high school counsellor. A student told me someone is demanding money from her."
WORKER = "Hi, I'm a youth worker in Vancouver. What would you tell a 14 year old?"


@pytest.mark.parametrize(
    "earlier",
    [
        [MOTHER],
        ["my daughter is 14 and a guy online keeps asking her for nudes"],
        ["my 12 year old son got messages asking for pics"],
        [GRANDMOTHER],
        ["I'm her mother. She's 15."],
    ],
)
def test_parent_of_minor(earlier: list[str]) -> None:
    assert who25.parent_of_minor(earlier)


@pytest.mark.parametrize(
    "earlier",
    [
        ["im 15 and my mom found out"],
        ["my daughter is 30 and her ex posted her pics"],
        ["my sister is 12"],
    ],
)
def test_not_parent_of_minor(earlier: list[str]) -> None:
    assert not who25.parent_of_minor(earlier)


@pytest.mark.parametrize(
    "text",
    [
        "Should I block the account? And how do I bring this up with him without making him feel"
        " ashamed?",
        "how do i talk to her about it without her feeling like shes in trouble",
        "how should we bring it up with him?",
        "how can I start the conversation",
    ],
)
def test_talk_to_the_child(text: str) -> None:
    answer = who25.follow_up(text, [], [MOTHER], [])
    assert answer and answer[-1] == who25.TALK


def test_block_and_talk_gets_the_helper_block() -> None:
    text = "Should I block the account? And how do I bring this up with him?"
    assert who25.follow_up(text, [], [MOTHER], []) == [who25.HELPER_BLOCK, who25.TALK]


def test_child_who_shared_gets_the_sharer_parents_talk() -> None:
    answer = who25.follow_up(
        "how do I talk to him about it?", [], [MOTHER], ["utter_own_child_shared"]
    )
    assert answer == [who25.OWN_CHILD_TALK]


@pytest.mark.parametrize(
    "text",
    [
        "Is there someone I can call for advice as a parent?",
        "Does Cybertip or somebody talk to parents?",
        "is there a helpline for parents?",
        "who can I talk to as her dad?",
        "any support for parents?",
    ],
)
def test_lines_for_parents(text: str) -> None:
    assert who25.follow_up(text, [], [MOTHER], []) == [who25.PARENT_LINES]
    again = who25.follow_up(text, [who25.PARENT_LINES], [MOTHER], [])
    assert again == [who25.PARENT_LINES_AGAIN]


@pytest.mark.parametrize(
    "text",
    [
        "But please, yes or no, should we pay them the money?",
        "should he just pay them or not",
        "is it better to just pay them to make it go away?",
        "do we pay?",
    ],
)
def test_helper_pay(text: str) -> None:
    assert who25.follow_up(text, [], [GRANDMOTHER], []) == [who25.HELPER_PAY]


def test_helper_pay_confused_and_the_father() -> None:
    text = (
        "first you said don't pay and then you said you don't know. Which is it? And do we have"
        " to tell his father?"
    )
    answer = who25.follow_up(text, [], [GRANDMOTHER], [])
    assert answer == [who25.HELPER_PAY_CLEAR, who25.TELL_PARENTS]


def test_young_writer_pay_is_not_read() -> None:
    assert who25.follow_up("should i pay him?", [], ["im 15 and he wants money"], []) is None


@pytest.mark.parametrize(
    "text",
    [
        "am I legally required to report this myself, or is it her choice?",
        "Do I have a DUTY to report as a school counsellor?",
        "Am I obligated to report this?",
        "what are my obligations here",
    ],
)
def test_staff_duty(text: str) -> None:
    assert who25.follow_up(text, [], [COUNSELLOR], []) == [who25.DUTY, who25.DUTY_NEXT]


def test_staff_duty_after_the_duty_answer() -> None:
    text = "am I legally required to report this? She begged me not to tell her parents."
    answer = who25.follow_up(text, [who25.DUTY], [COUNSELLOR], [])
    assert answer == [who25.REPORT_CHILD, who25.TELL_PARENTS]


@pytest.mark.parametrize(
    "text",
    [
        "can a 14 yr old call the lawyer themselves without a parent?",
        "could a 15 year old get the legal advice without their parents knowing?",
        "would the lawyer have to tell the parents if a teen called?",
    ],
)
def test_no_parents_for_a_young_person(text: str) -> None:
    answer = who25.follow_up(text, [], [WORKER], [])
    assert answer == [who25.NO_PARENTS_HELPER, who25.NO_PARENTS_HELPER_NEXT]


def test_never_on_a_first_message() -> None:
    assert who25.follow_up("should we pay?", [], [], []) is None


def test_tell_teacher_own_images() -> None:
    earlier = ["i sent a pic to my bf and he showed it to ppl at school. im 13"]
    answer = neighbours23.follow_up("should i tell a teacher", earlier, [])
    assert answer == neighbours23.TELL_TEACHER_OWN


def test_tell_teacher_friends_images() -> None:
    earlier = ["my friend's nudes are going around our school. she's 15"]
    answer = neighbours23.follow_up("should we tell a teacher?", earlier, [])
    assert answer == neighbours23.TELL_TEACHER


def test_helper_sextortion_says_dont_pay_already() -> None:
    assert "utter_helper_minor_sextortion" in unanswered._SAYS_IT_ALREADY[unanswered.H_PAY]


def test_pay_part_covered_by_dont_pay() -> None:
    assert not question_parts._not_covered(
        1, "should we pay so it stops?", "Don't pay and don't send anything more.", [], str
    )


def test_what_should_we_do_as_parents_covered_by_steps() -> None:
    assert not question_parts._not_covered(
        1,
        "What should we do as parents?",
        "Don't keep, forward or screenshot the image yourself. A lawyer can tell you.",
        [],
        str,
    )


def test_responses_exist_and_helper_words() -> None:
    responses = all_responses()
    for name in who25.ANSWERS + ("utter_tell_teacher_own",):
        assert name in responses, name
    for name in (who25.HELPER_PAY, who25.HELPER_PAY_CLEAR, who25.PARENT_LINES):
        text = " ".join(v.get("text", "") for v in responses[name])
        assert "your intimate images" not in text
        assert "If you're under 18" not in text


@pytest.mark.parametrize(
    "text",
    [
        "how do i get it taken down? and how do i even talk to her, she wont look at me",
        "how do we get them taken off instagram? and can she phone the lawyer without her parents?",
    ],
)
def test_another_topic_beside_is_left_to_the_older_readers(text: str) -> None:
    assert who25.follow_up(text, [], [MOTHER, WORKER], []) is None


def test_parents_only_question_is_left_to_the_older_readers() -> None:
    assert (
        who25.follow_up(
            "Do I have to tell her parents? She begged me not to.", [], [COUNSELLOR], []
        )
        is None
    )
