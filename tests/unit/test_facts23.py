"""Round 22 kinds 6-8 (facts23): a home named with its state's or province's code, a greeting in
front of a story, a friend's age said once, step numbers after a repeated sentence
(assistant/home_reading.py, greeting_message.py, helper_reading.py, helper_context.py,
turn_repeats.py)."""

from __future__ import annotations

import pytest

from assistant import helper_context, helper_reading, turn_repeats
from assistant.form_answers import home_answer
from assistant.greeting_message import real_message_after_greeting
from assistant.home_reading import home_from_text, place_mentions


@pytest.mark.parametrize(
    "text",
    [
        "hey so i live in bellingham wa and the guy that leaked my stuff is in surrey",
        "I reside in Spokane, WA. My ex-boyfriend lives in Kelowna now.",
        "we live near Portland, OR but she posted them from Victoria",
        "im from calgary ab, hes in nanaimo. can bc help me",
        "I live in Vancouver WA, not the Canadian one",
    ],
)
def test_home_outside_bc_with_a_region_code(text):
    assert home_from_text(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "my ex lives in Spokane WA, i live in Burnaby",
        "I live in Surrey and he moved to Bellingham WA",
    ],
)
def test_the_other_persons_region_is_not_the_home(text):
    assert home_from_text(text) == "yes"


def test_a_region_code_only_for_the_other_person_answers_nothing():
    assert home_from_text("the guy who posted them lives in Seattle WA") is None


def test_an_uppercase_on_is_no_province():
    # "ON" is an everyday word: never read as Ontario's code.
    assert [m.place for m in place_mentions("I live in Vancouver ON the west side")] == [
        "vancouver"
    ]


def test_the_form_reads_the_home_and_not_the_other_persons_place():
    text = "I live in Bellingham WA but my ex who posted my pics lives in Vancouver. any bc help?"
    earlier = type("Earlier", (), {"value": None, "text": ""})()
    assert home_answer(text, "Vancouver", earlier) == ("no", False)


@pytest.mark.parametrize(
    "text",
    [
        "hello. my room mate recorded me changing and i saw him. what i can do",
        "hi there, my landlord put a camera in the bathroom. is that illegal",
        "Good evening. I need help, a coworker filmed me at the staff party",
        "hey, what should i do, a guy from school screenshotted my snap",
    ],
)
def test_a_story_after_a_greeting_is_a_real_message(text):
    assert real_message_after_greeting(text)


@pytest.mark.parametrize("text", ["hi", "hello, how are you", "hey there, just looking around"])
def test_a_plain_greeting_stays_a_greeting(text):
    assert real_message_after_greeting(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my friends nudes got passed around the whole grade. shes 15. what do i say to her",
        "my sisters pics got leaked on snap, she is 14",
        "my best friends video is going around school, she's 16",
    ],
)
def test_a_friends_images_without_the_apostrophe_are_theirs(text):
    assert helper_reading.helped_person(text) == helper_reading.HELPER_MINOR


@pytest.mark.parametrize("text", ["my ex posted my nudes", "my new pics got leaked"])
def test_the_writers_own_images_stay_the_writers(text):
    assert helper_reading.helped_person(text) is None


def test_a_friends_age_said_once_counts_later():
    earlier = ["my friends pics are going around the group chat. shes 16"]
    kind = helper_context.answer_kind_in_context(
        helper_reading.HELPER_OTHER,
        "nlu_fallback",
        "its not about me its about my friend, what do i tell her",
        [None],
        earlier,
    )
    assert kind == helper_reading.HELPER_MINOR


def test_without_an_age_the_helper_of_an_adult_stays():
    kind = helper_context.answer_kind_in_context(
        helper_reading.HELPER_OTHER,
        "nlu_fallback",
        "its not about me its about my friend, what do i tell her",
        [None],
        ["my friends pics are going around the group chat"],
    )
    assert kind == helper_reading.HELPER_ADULT


def test_steps_count_on_without_a_gap():
    steps = "1. Stop all contact. Screenshot the messages. 3. Don't delete the messages."
    assert turn_repeats.renumbered(steps, []) == (
        "1. Stop all contact. Screenshot the messages. 2. Don't delete the messages."
    )
    after = ["1. Stop. 2. Screenshot."]
    assert turn_repeats.renumbered("4. Report it. 5. Remove it.", after) == (
        "3. Report it. 4. Remove it."
    )


def test_steps_without_a_gap_and_other_numbers_are_left_alone():
    assert turn_repeats.renumbered("4. Report. 5. Remove.", ["1. A. 2. B. 3. C."]) == (
        "4. Report. 5. Remove."
    )
    text = "For sharing on or after March 6, 2023. Call 9-1-1. Then up to $75,000. Claims go on."
    assert turn_repeats.renumbered(text, []) == text


def test_a_repeated_sentence_keeps_the_next_steps_number():
    earlier = ["No. Don't pay, and don't send more images. You are not to blame."]
    steps = (
        "1. Stop all contact. Don't pay and don't send more images. 2. Screenshot the messages "
        "and the person's profile or username, then block them. 3. Don't delete your account."
    )
    sent = turn_repeats.renumbered(turn_repeats.new_part(steps, earlier) or "", earlier)
    numbers = [n for n in ("1.", "2.", "3.") if n in sent]
    assert numbers == ["1.", "2.", "3."] or numbers == ["1.", "2."]


def _turns(*actions_per_turn: list[str]) -> list:
    from rasa.shared.core.events import ActionExecuted, UserUttered

    events: list = []
    for actions in actions_per_turn:
        events.append(UserUttered("x"))
        events.extend(ActionExecuted(name) for name in actions)
    events.append(UserUttered("latest"))
    return events


def test_a_support_tail_from_three_turns_ago_is_not_sent_again():
    from assistant.policies.repeats import without_recent_tails

    events = _turns(
        ["utter_child_asked", "utter_child_asked_support"], ["utter_block_steps"], ["utter_x"]
    )
    sequence = ["utter_child_tell_report", "utter_child_asked_support"]
    assert without_recent_tails(sequence, events) == ["utter_child_tell_report"]


def test_a_support_tail_stays_when_older_or_alone():
    from assistant.policies.repeats import without_recent_tails

    old = _turns(["utter_child_asked_support"], ["a"], ["b"], ["c"])
    sequence = ["utter_child_tell_report", "utter_child_asked_support"]
    assert without_recent_tails(sequence, old) == sequence
    recent = _turns(["utter_child_asked_support"])
    assert without_recent_tails(["utter_child_asked_support"], recent) == [
        "utter_child_asked_support"
    ]
