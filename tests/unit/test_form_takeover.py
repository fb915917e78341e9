"""The form stops taking over (issue 16, helper h10a): what was said is not asked again, a side
question inside a form is answered and the form comes back once in short words, deleting the
chat inside a form, "is it gone?" after it, and "make him stop sharing" inside a form."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered

from assistant.deletion_followups import (
    CONFIRMED,
    KEPT_IN_FORM,
    asks_if_deleted,
    deleted_follow_up,
)
from assistant.form_resume import last_response_before_user, question_names, resume_briefly
from assistant.move_words import reread_intent
from assistant.policies.interrupt import DELETE_ASKED, DELETE_DONE, deletion_step

ASK_HOME = "utter_ask_eligibility_form_lives_in_bc"


def user(intent: str, text: str = "...") -> UserUttered:
    return UserUttered(text, intent={"name": intent, "confidence": 1.0})


# Kind 2: the form's question, back after a side answer, in short words once.
def test_the_question_comes_back_short_only_right_after_itself() -> None:
    questions = question_names("eligibility_form", "lives_in_bc")
    assert ASK_HOME in questions
    assert resume_briefly(ASK_HOME, questions, short_last=False)
    assert not resume_briefly(ASK_HOME, questions, short_last=True)  # short last time: full now
    assert not resume_briefly("utter_crt", questions, short_last=False)
    assert not resume_briefly(None, questions, short_last=False)
    assert question_names(None, "lives_in_bc") == frozenset()


def test_the_last_response_before_the_latest_message() -> None:
    said = [("bot", "utter_greet"), ("user", None), ("bot", "utter_crt"), ("bot", ASK_HOME)]
    assert last_response_before_user([*said, ("user", None)]) == ASK_HOME
    assert last_response_before_user([*said, ("user", None), ("bot", "utter_crt")]) == ASK_HOME
    assert last_response_before_user([("user", None)]) is None
    assert last_response_before_user([("user", None), ("user", None)]) is None


# Kind 3: deleting the chat while a form waits.
@pytest.mark.parametrize(
    "text",
    [
        "did you delete it??",
        "is it gone?",
        "has it been erased",
        "so it's deleted right?",
        "did it work?",
        "are you sure you deleted everything",
        "is the chat gone now",
        "wait was it actually deleted",
    ],
)
def test_asking_whether_the_chat_was_deleted(text) -> None:
    assert asks_if_deleted(text)


@pytest.mark.parametrize(
    "text",
    [
        "are my pics gone from reddit?",
        "did he delete it?",
        "how do I get it removed",
        "is it illegal",
        "I want the video deleted",
        "hi",
    ],
)
def test_not_about_this_chat(text) -> None:
    assert not asks_if_deleted(text)


def test_a_plain_yes_after_the_deletion_or_in_the_fresh_conversation() -> None:
    assert deleted_follow_up("did you delete it??", "delete_conversation", True, False)
    assert deleted_follow_up("delete it", "delete_conversation", True, False)
    assert deleted_follow_up("is it gone?", "ask_service_dates", False, True)
    assert not deleted_follow_up("is it gone?", "ask_service_dates", False, False)
    assert not deleted_follow_up("what is the CRT", "ask_crt", True, False)


IN_FORM = [
    ActiveLoop("eligibility_form"),
    user("check_eligibility"),
    ActionExecuted("action_listen"),
]


def test_the_deletion_question_alone_inside_a_form() -> None:
    asked = [*IN_FORM, user("delete_conversation", "can I delete this chat")]
    assert deletion_step(asked, "eligibility_form", ASK_HOME) == DELETE_ASKED
    assert deletion_step([*asked, ActionExecuted(DELETE_ASKED)], "eligibility_form") == (
        "action_listen"
    )
    assert deletion_step(asked) is None  # outside a form the rules ask


def test_yes_deletes_no_keeps_and_the_form_goes_on() -> None:
    asked = [
        *IN_FORM,
        user("delete_conversation", "erase this chat"),
        ActionExecuted(DELETE_ASKED),
        ActionExecuted("action_listen"),
    ]
    loop = "eligibility_form"
    for yes in ("yes delete it", "please do", "yes, delete"):
        assert deletion_step([*asked, user("affirm", yes)], loop, ASK_HOME) == DELETE_DONE
    no = [*asked, user("deny", "no keep it")]
    assert deletion_step(no, loop, ASK_HOME) == KEPT_IN_FORM
    assert deletion_step([*no, ActionExecuted(KEPT_IN_FORM)], loop, ASK_HOME) == ASK_HOME
    done = [*no, ActionExecuted(KEPT_IN_FORM), ActionExecuted(ASK_HOME)]
    assert deletion_step(done, loop, ASK_HOME) == "action_listen"


@pytest.mark.parametrize(
    ("intent", "text"),
    [("delete_conversation", "did you delete it??"), ("ask_service_dates", "is it gone?")],
)
def test_after_the_deletion_a_plain_yes(intent, text) -> None:
    deleted = [
        *IN_FORM,
        user("delete_conversation", "delete this chat"),
        ActionExecuted(DELETE_ASKED),
        ActionExecuted("action_listen"),
        user("affirm", "yes"),
        ActionExecuted(DELETE_DONE),
        ActionExecuted("action_listen"),
    ]
    latest = [*deleted, user(intent, text)]
    assert deletion_step(latest, "eligibility_form", ASK_HOME) == CONFIRMED
    assert deletion_step([*latest, ActionExecuted(CONFIRMED)], "eligibility_form") == (
        "action_listen"
    )


def test_the_first_message_of_the_fresh_conversation() -> None:
    assert deletion_step(
        [ActionExecuted("action_listen"), user("ask_service_dates", "is it gone?")]
    ) == (CONFIRMED)
    assert deletion_step([user("greet", "hi")]) is None


# Kind 4: "make him stop sharing" inside a form is the stopping answer, not "neither".
@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("inform_neither", "I just want him to stop sharing them"),
        ("deny", "no i need her to stop posting my pics"),
        ("out_of_scope", "how do i make them stop spreading the video"),
        ("inform", "i want to stop him from sharing it"),
    ],
)
def test_stopping_someone_sharing_is_not_a_form_answer(intent, text) -> None:
    ranking = [(intent, 0.6), ("ask_crt", 0.2), ("ask_image_removal", 0.1)]
    assert reread_intent(intent, text, ranking) in {"ask_crt", "ask_image_removal"}


def test_a_home_said_with_it_stays_the_answer() -> None:
    text = "I live in Surrey and want him to stop posting"
    assert reread_intent("inform", text, [("inform", 0.9)]) is None


@pytest.mark.parametrize(
    "text",
    [
        "nobody would even miss me if i was gone",
        "can my family file the claim after I'm gone? I'm doing it this weekend.",
        "I made sure my rent's paid so my roommate isn't stuck when I'm gone",
    ],
)
def test_the_person_gone_is_never_a_question_about_this_chat(text):
    # Found by the crisis regression set after h10a's merge: the first message of a fresh
    # conversation got "yes, it was deleted" instead of the crisis lines.
    assert not asks_if_deleted(text)
    assert not deleted_follow_up(text, "nlu_fallback", just_deleted=False, fresh=True)
    assert not deleted_follow_up("is it gone?", "crisis", just_deleted=True, fresh=True)
