"""Round 10 kinds (issue 16, helper h3 fix-roles): the answer follows the writer's role told
earlier. A sharer's parent gets what the sources say for that case; a victim's parent asking
about the other young person gets that answer; a helper whose person won't call, and a friend of
someone under 18, get their own answers; a stop word about one's life ends no form; living with
the person is answered, never the route questions."""

from __future__ import annotations

import pytest

from assistant import helper_followups as hf
from assistant import role_followups as rf
from assistant.answer_kinds import answer_kind
from assistant.helper_context import answer_kind_in_context
from assistant.move_words import reread_intent, stop_is_about_something_else
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS, ENDS_FORMS
from assistant.policies.repeats import AGAIN


def _in_context(texts: list[str]) -> str | None:
    """The kind of the last text, read after the ones before (no intents)."""
    topics: list[str | None] = []
    for index, text in enumerate(texts):
        kind = answer_kind_in_context(answer_kind(text), None, text, topics, texts[:index])
        topics.append(kind)
    return topics[-1]


# --- a sharer's parent ----------------------------------------------------------------------
SON_SHARED = "my son is 16 and he shared a picture of a girl from his class in a group chat. a nude"


@pytest.mark.parametrize(
    "text",
    [
        # the transcript's own turns (round 10, p10)
        "ok but what should we do as parents right now? should he delete it? should we contact "
        "the girls family?",
        "what should we do as parents right now. should he delete the picture from his phone",
        "my son still has the picture on his phone. should he delete it or not? I'm confused",
        "no, nobody filmed anyone. my SON has a nude of a girl in his class on his phone. does "
        "he delete it?",
        "you are not answering. my son is the one who did it. what do we do with the picture on "
        "his phone and should we call the girls parents",
        # other wordings
        "shud he delete it or keep it for the police??",
        "Should we reach out to the other girl's parents and apologise?",
        "what do i do now as a parent",
    ],
)
def test_a_sharers_parent_gets_the_sharers_answer(text: str) -> None:
    assert _in_context([SON_SHARED, text]) == rf.OWN_CHILD_WHAT_NOW


@pytest.mark.parametrize(
    "told",
    [
        "My daughter (15) forwarded her friend's nudes to a group chat",
        "our teenage son sent a naked pic of a classmate to his friends",
        "my nephew posted his ex-girlfriend's pics online, he's 17",
        # round 9, p15
        "My own son did the sharing. He's 16 and he sent a nude photo of a girl from his school "
        "(she's 15) to his friends. Is he going to be charged?",
    ],
)
def test_other_sharers_parents(told: str) -> None:
    assert _in_context([told, "should she delete it? what do we do?"]) == rf.OWN_CHILD_WHAT_NOW


def test_one_message_with_the_child_holding_it() -> None:
    text = "my son has a nude of a girl in his class on his phone. should he delete it?"
    assert _in_context([text]) == rf.OWN_CHILD_WHAT_NOW


@pytest.mark.parametrize(
    "texts",
    [
        # the child is the one it was done to: the helper's answers stay
        ["my daughter is 14 and a boy shared her nude", "should she delete her account?"],
        # no child who shared
        ["someone posted my pics", "should I delete my account?"],
    ],
)
def test_not_a_sharers_parent(texts: list[str]) -> None:
    assert _in_context(texts) != rf.OWN_CHILD_WHAT_NOW


# --- the other young person's trouble ----------------------------------------------------------
DAUGHTER = (
    "My daughter is 14 and a photo of her, topless, is being passed around at her school. She "
    "sent it to a boy she liked and now it's everywhere."
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Thank you. Should I call the school first or the police? And will the boy get in "
            "trouble?",
            hf.HELPER_OTHERS_TROUBLE_SCHOOL,  # both halves: the school and the boy (session 12)
        ),
        ("will the boy get in trouble", hf.HELPER_OTHERS_TROUBLE),
        (
            "do i need to phone her school? and will the kids who shared it get charged",
            hf.HELPER_OTHERS_TROUBLE_SCHOOL,
        ),
        (
            "should we tell the principal? will that boy get in trouble?",
            hf.HELPER_OTHERS_TROUBLE_SCHOOL,
        ),
        ("can the kids who shared it be charged?", hf.HELPER_OTHERS_TROUBLE),
        ("is the guy gonna get arrested or what", hf.HELPER_OTHERS_TROUBLE),
        (
            "will the other kid be punished? police or school first?",
            hf.HELPER_OTHERS_TROUBLE_WHO_FIRST,
        ),
    ],
)
def test_the_other_young_persons_trouble(text: str, kind: str) -> None:
    assert _in_context([DAUGHTER, text]) == kind


def test_the_childs_own_trouble_stays() -> None:
    assert _in_context([DAUGHTER, "will she get in trouble for sending it?"]) not in {
        hf.HELPER_OTHERS_TROUBLE,
        hf.HELPER_OTHERS_TROUBLE_WHO_FIRST,
    }


# --- a helper whose person won't call ----------------------------------------------------------
SISTER = "MY SISTERS EX POSTED A VIDEO OF HER ON A PORN SITE"


@pytest.mark.parametrize(
    "text",
    [
        "SHE DOESNT WANT TO CALL ANYONE. SHE IS TOO EMBARASSED. WHAT CAN I DO FOR HER",
        "YOU ARE NOT LISTENING. MY SISTER WONT CALL. HOW DO I HELP HER MYSELF",
        "she refuses to report it, how can i help her",
        "my friend is too ashamed to call the lawyer. what can I do?",
    ],
)
def test_a_helper_whose_person_wont_call(text: str) -> None:
    assert _in_context([SISTER, text]) == rf.HELPER_WONT_CALL


def test_a_childs_helper_whose_child_wont_call() -> None:
    texts = [
        "my niece is 15 and a boy is sharing her nudes",
        "she doesn't want to tell anyone. what can I do for her?",
    ]
    assert _in_context(texts) == rf.HELPER_MINOR_WONT_CALL


# --- a friend of someone under 18 ----------------------------------------------------------------
BLACKMAILED = "my friend is getting blackmailed with his pics, hes freaking out"


@pytest.mark.parametrize(
    "texts",
    [
        [
            BLACKMAILED,
            "hes 16. should he tell his parents?",
            "what can i do to help him? im his friend",
        ],
        ["my best friend (15) had her nudes leaked", "how can i help her"],
        ["she's only 14 and someone posted her pics", "im her friend, what can i do for her?"],
    ],
)
def test_a_friend_of_a_minor(texts: list[str]) -> None:
    assert _in_context(texts) == rf.FRIEND_OF_MINOR


def test_a_friend_of_an_adult_is_not() -> None:
    texts = ["my friend's ex posted her pics, she's 24", "how can i help her"]
    assert _in_context(texts) != rf.FRIEND_OF_MINOR


# --- a stop word about one's life -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ok. should i tell my mom? i dont want to quit the team",
        "i don't want to stop playing",
        "I can't quit my job, he's my manager",
        "do I have to stop going to practice?",
        "will i have to leave my school",
        "ok. i dont want to quit swim tho",
        "do i have to quit hockey because of him",
        "he's making me quit dance",
    ],
)
def test_a_stop_word_about_ones_life_is_no_stop(text: str) -> None:
    assert stop_is_about_something_else(text)
    ranking = [("stop", 0.5), ("ask_confidentiality", 0.3)]
    assert reread_intent("stop", text, ranking) == "ask_confidentiality"


@pytest.mark.parametrize(
    "text",
    [
        "stop",
        "quit",
        "stop the questions",
        "stop the eligibility thing",
        "i want to stop",
        "stop this now",
        "please stop asking me questions",
        "I have reconsidered and would prefer to stop the assessment now.",
        "i want to quit now",
        "i wanna quit lol",
        "i want to quit chatting",
        "i want to quit this",
    ],
)
def test_a_stop_still_stops(text: str) -> None:
    assert not stop_is_about_something_else(text)


# --- living with the person -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "what should i do about the roommate? we still live together",
        "ok thanks. should i move out?",
        "He lives with me, what do I do about him",
        "can i kick my roommate out for this",
    ],
)
def test_living_with_the_person(text: str) -> None:
    assert _in_context(["my roommate filmed me in the shower", text]) == rf.LIVES_WITH_PERSON


# --- wiring -----------------------------------------------------------------------------------
def test_every_kind_is_answered_and_ends_a_form() -> None:
    for kind in rf.KINDS:
        assert DEFAULT_DIRECT_ANSWERS[kind] == rf.ANSWERS[kind]
        assert kind in ENDS_FORMS
    for kind in rf.AGAIN:
        assert AGAIN[kind] == rf.AGAIN[kind]


@pytest.mark.parametrize(
    "texts",
    [
        # the person who did it, not the one helped
        ["someone has my pics", "he says he won't tell anyone if i send more, what can i do"],
        # a parent of a teen: the helper's answers, not a friend's
        ["my daughter's nudes got leaked, she's 15", "how can i help her"],
        # a victim's parent: the child was pictured, not the one who shared
        ["my daughter had a picture of her taken by a boy at school", "what should we do?"],
    ],
)
def test_not_a_role_follow_up(texts: list[str]) -> None:
    assert _in_context(texts) not in rf.KINDS


def test_crisis_is_never_replaced() -> None:
    assert rf.role_kind(None, "crisis", "she doesn't want to call anyone", [SISTER]) is None
