"""A helper's follow-ups, a child asked for images however the writer names the child, a young
person asked for images with none sent, and "can I send them" (assistant/helper_reading.py,
assistant/helper_context.py; issue 16). Our own wordings, not the simulated users'."""

from __future__ import annotations

import pytest

from assistant import helper_reading as hr
from assistant.answer_kinds import CHILD_ASKED, CHILD_ASKED_TRUST, answer_kind
from assistant.helper_context import answer_kind_in_context, writer_is_minor

READ = {
    hr.HELPER_TALK: [
        "how should I raise this with my daughter tonight",
        "what do I say to my 12 year old about what happened",
        "I'm his dad, how can I talk to him so he doesn't shut down",
        "when is the right time to bring it up with my grandson",
    ],
    hr.HELPER_TALK_MAYBE: [
        "how do i start the conversation with her",
        "what should I say to him",
    ],
    hr.HELPER_MINOR_NEXT: [
        "I coach her volleyball team, who am I supposed to call",
        "I'm the school counsellor, what is my next step",
        "as her aunt I want to know where to report this, she's 15",
    ],
    hr.HELPER_OTHER: [
        "never mind my age, I'm asking about him",
        "it's not me, I'm asking for someone else",
    ],
    hr.ASKED_NO_IMAGES: [
        "nothing was sent, he only asked",
        "my trainer wants pics, what do I do",
        "I never sent him anything, my tutor just asked me for some",
    ],
    hr.YOUTH_SEND: [
        "should i send him one then",
        "am i allowed to send a pic to my gf",
    ],
}


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in READ.items() for t in ts])
def test_each_kind_is_read(kind: str, text: str) -> None:
    assert answer_kind(text, "route_finder") == kind


@pytest.mark.parametrize(
    "text",
    [
        "a guy in his 40s keeps messaging one of my campers asking her for selfies",
        "the student is 12 and some man online has been asking her to send nudes",
        "forget my age. someone is asking an 11 year old for pics, is that illegal",
        "she's 14 and she's been sending photos to some older guy she met in a game, I'm her mom",
    ],
)
def test_a_child_asked_however_named(text: str) -> None:
    assert answer_kind(text, "check_age_rules") in {CHILD_ASKED, hr.HELPER_MINOR}


def test_the_writers_own_role_is_not_the_trust_rule() -> None:
    text = "I'm her teacher. A stranger online keeps asking her for pictures, she is 13"
    assert answer_kind(text, "route_finder") == CHILD_ASKED
    assert answer_kind("her coach keeps asking my 14 yo for pics", None) == CHILD_ASKED_TRUST


@pytest.mark.parametrize(
    "text",
    [
        "who can I talk to that isn't my parents",
        "he keeps asking me for pics and says he'll post the old ones if I don't",
        "my son wants to send pics to his girlfriend",
        "suppose a coach asked a student for pics, could she consent",
        "I haven't sent him the money yet",
    ],
)
def test_near_misses_are_not_helper_or_asked_kinds(text: str) -> None:
    assert answer_kind(text, "route_finder") not in {
        hr.HELPER_TALK,
        hr.HELPER_MINOR_NEXT,
        hr.HELPER_OTHER,
        hr.ASKED_NO_IMAGES,
        CHILD_ASKED,
    }


def test_a_pronoun_question_is_a_helpers_only_after_a_helpers_answer() -> None:
    assert answer_kind_in_context(hr.HELPER_TALK_MAYBE, None, "", [CHILD_ASKED], []) == (
        hr.HELPER_TALK
    )
    assert answer_kind_in_context(hr.HELPER_TALK_MAYBE, None, "", ["inform_shared"], []) is None
    assert (
        answer_kind_in_context(hr.HELPER_TALK_MAYBE, None, "", [hr.HELPER_ADULT], [])
        == hr.HELPER_OTHER_ADULT
    )


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ([hr.HELPER_MINOR], hr.HELPER_MINOR_FIRST),
        ([hr.HELPER_ADULT], hr.HELPER_ADULT_ROUTES),
        (["greet"], hr.HELPER_ADULT),
    ],
)
def test_asking_for_someone_else_is_answered_for_whom_they_help(before, expected) -> None:
    assert answer_kind_in_context(hr.HELPER_OTHER, None, "", before, []) == expected


def test_the_helpers_first_steps_are_not_the_whole_answer_again() -> None:
    kind = answer_kind_in_context(hr.HELPER_MINOR_NEXT, None, "", [CHILD_ASKED], [])
    assert kind == hr.HELPER_MINOR_FIRST
    assert answer_kind_in_context(hr.HELPER_MINOR_NEXT, None, "", [], []) == hr.HELPER_MINOR_NEXT


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        (["im 14 and my bf is 16"], "so should i send him one", hr.YOUTH_SEND),
        (["I'm 31"], "so should i send him one", None),
        ([], "can i send them", None),
        ([], "im 15 and she's 16, can i send her pics", None),  # two ages: the age check
    ],
)
def test_send_question_answered_for_a_young_writer_only(earlier, text, expected) -> None:
    assert answer_kind_in_context(hr.YOUTH_SEND, None, text, [], earlier) == expected


def test_the_age_checks_minor_slot_says_who_is_writing() -> None:
    assert writer_is_minor(["can i send them"], True)
    assert not writer_is_minor(["can i send them"], None)


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "expected"),
    [
        (["my swim coach asked me to send him pics, im 15"], "ok so what do I do", None,
         hr.ASKED_NO_IMAGES),
        (["my boss keeps asking me for nudes"], "what now", "route_finder", hr.ASKED_NO_IMAGES),
        (["my ex posted my pics"], "what should I do", "route_finder", None),
        (["my coach asked me for pics"], "what should I do, I want to die", "crisis", None),
    ],
)  # fmt: skip
def test_what_now_after_being_asked(earlier, text, intent, expected) -> None:
    assert answer_kind_in_context(None, intent, text, ["check_age_rules"], earlier) == expected


def test_how_to_talk_asked_twice_gets_words_to_use_not_the_same_answer() -> None:
    kind = answer_kind_in_context(hr.HELPER_TALK, None, "", [CHILD_ASKED, hr.HELPER_TALK], [])
    assert kind == hr.HELPER_TALK_AGAIN
    again = answer_kind_in_context(hr.HELPER_TALK_MAYBE, None, "", [hr.HELPER_TALK], [])
    assert again == hr.HELPER_TALK_AGAIN
