"""Round 12, kinds 1 and 2: "see above" for a new question (assistant/said_above_gate.py) and
words read in the wrong sense (assistant/other_sense.py). Wordings here are not the
transcripts' (those are replayed in tests/conversations/round12_followups.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import other_sense as o
from assistant import said_above_gate as g
from assistant.answer_kinds_practical import INCOME
from assistant.answer_kinds_what_happens import WAITLIST
from assistant.image_kinds import DEEPFAKE, PRINTED
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS, deletion_step
from assistant.policies.repeats import AGAIN, SAID_ABOVE, without_repeats

STEPS = ["utter_what_to_expect", "utter_what_to_expect_more"]
WHO = ["utter_who_qualifies"]
CRT = ["utter_crt", "utter_crt_damages"]


# Kind 1: a question whose own kind gave way to the classifier's topic.
@pytest.mark.parametrize(
    ("text", "intent", "kind"),
    [
        ("how long until I actually speak to a lawyer?", "ask_what_to_expect", WAITLIST),
        ("how soon would i get to talk to the lawyer", "ask_what_to_expect", WAITLIST),
        ("does income matter?", "ask_who_qualifies", INCOME),
        ("is there an income limit", "ask_who_qualifies", INCOME),
        ("Does my INCOME matter", "check_eligibility", INCOME),
    ],
)
def test_kept_kind(text: str, intent: str, kind: str) -> None:
    assert g.kept_kind(text, intent) == kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("tell me more about who qualifies", "ask_who_qualifies"),  # the topic itself
        ("what happens after I call", "ask_what_to_expect"),
        ("delete this chat", "delete_conversation"),  # a move keeps its answer
        ("does income matter?", None),
    ],
)
def test_no_kept_kind(text: str, intent: str | None) -> None:
    assert g.kept_kind(text, intent) is None


@pytest.mark.parametrize(
    "text",
    [
        "how long until I actually speak to a lawyer?",
        "when do i actually get to talk to them",
        "and how long does it all take",
        "how many days before i hear back??",
        "HOW SOON CAN I SPEAK TO SOMEONE",
        "whats the timeline",
    ],
)
def test_time_to_lawyer_after_the_steps(text: str) -> None:
    assert g.follow_up_kind(text, STEPS, "ask_what_to_expect") == g.TIME_TO_LAWYER
    # Not after another answer: the readers before decide.
    assert g.follow_up_kind(text, CRT, "ask_what_to_expect") is None


@pytest.mark.parametrize(
    "text",
    ["how long does the tribunal take", "how long do I have to report to police", "ok thanks"],
)
def test_not_time_to_lawyer(text: str) -> None:
    assert g.follow_up_kind(text, STEPS, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "do they look at how much money i make",
        "what if i have a good job",
        "does my salary count",
        "is it means tested",
    ],
)
def test_income_after_who_qualifies(text: str) -> None:
    assert g.follow_up_kind(text, WHO, "ask_crt") == INCOME
    assert g.follow_up_kind(text, STEPS, "ask_crt") is None


def test_a_yes_no_asked_again_gets_the_short_yes() -> None:
    said = ["utter_printed_copies", "utter_printed_copies_routes"]
    sequence = DEFAULT_DIRECT_ANSWERS[PRINTED]
    assert without_repeats(sequence, said, PRINTED) == ["utter_printed_copies_again"]
    said = ["utter_deepfake", "utter_deepfake_routes"]
    assert without_repeats(DEFAULT_DIRECT_ANSWERS[DEEPFAKE], said, DEEPFAKE) == [
        "utter_deepfake_again"
    ]
    # Asked a third time: "see above" is right then.
    assert without_repeats(sequence, ["utter_printed_copies_again"], PRINTED) != [SAID_ABOVE]
    assert AGAIN[g.TIME_TO_LAWYER] == ["utter_waitlist"]


# Kind 2: the tribunal's cost, right after its answer.
@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("does the CRT cost anything", CRT),
        ("Does teh crt cost anything", ["utter_crt_courts"]),
        ("is the tribunal free", CRT),
        ("how much does it cost to apply for a protection order", CRT),
        ("any fees for the civil resolution tribunal?", ["utter_crt_fee"]),
        ("do i have to pay to file a claim", CRT),
        ("is it free?", CRT),
        ("how much do i have to pay to apply", CRT),
        ("and that costs nothing right", ["utter_crt_courts"]),
    ],
)
def test_crt_fee(text: str, previous: list[str]) -> None:
    assert o.fee_kind(text, previous, "ask_crt", frozenset()) == o.CRT_FEE
    # Not right after it: the tribunal's own block answers (it says there is no fee).
    assert o.fee_kind(text, ["utter_what_to_expect"], "ask_crt", frozenset()) is None


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("can the crt make him pay me", CRT),
        ("how much can the tribunal award", []),
        ("is the lawyer free?", CRT),  # the legal advice's own fee answer
        ("ok. whats the number for free advice again", CRT),
        ("is it free?", WHO),
        ("do I need the free lawyer for the tribunal", []),
        ("how long does the crt take", []),
    ],
)
def test_not_crt_fee(text: str, previous: list[str]) -> None:
    assert o.fee_kind(text, previous, "ask_crt", frozenset()) is None


def test_crt_fee_not_over_a_kept_intent() -> None:
    assert o.fee_kind("is the tribunal free", CRT, "crisis", frozenset({"crisis"})) is None


def test_a_named_tribunal_after_its_damages_answer_gets_the_block() -> None:
    # "is there a fee to go to the crt? and what's the first step" after the damages answer:
    # the block (what it is, no fee, the first step), as before.
    assert not o.crt_fee("is there a fee to go to the crt?", ["utter_damages"])
    assert o.crt_fee("is it free?", ["utter_damages"])


# Kind 2: the chat with the other person, and yes to the deletion offer.
BLACKMAIL = ["a girl on insta wants 500 or she sends my pics to my followers"]


@pytest.mark.parametrize(
    ("text", "earlier", "topics"),
    [
        ("can i delete the chat", BLACKMAIL, ["sextortion"]),
        ("should i delete the conversation", ["someone is blackmailing me"], ["sextortion"]),
        ("Can I just delete the convo", ["he texted me a threat"], ["inform_threatened"]),
        ("can i delte the chat", [], ["sextortion"]),
        ("delete the chat with him", [], []),  # named, whatever came before
        ("can i erase her messages", [], []),
    ],
)
def test_other_chat(text: str, earlier: list[str], topics: list[str]) -> None:
    assert o.means_other_chat(text, "delete_conversation", earlier, topics)


@pytest.mark.parametrize(
    ("text", "earlier", "topics", "intent"),
    [
        ("can i erase this chat", BLACKMAIL, ["sextortion"], "delete_conversation"),
        ("delete our conversation", BLACKMAIL, ["sextortion"], "delete_conversation"),
        ("can you delete what i told you", BLACKMAIL, ["sextortion"], "delete_conversation"),
        ("delete the chat", [], [], "delete_conversation"),  # nothing told: this chat
        ("delete the chat from your server", BLACKMAIL, [], "delete_conversation"),
        ("can i delete the chat", BLACKMAIL, ["sextortion"], "ask_evidence"),
        # No chat named: this one (round 7's "actually erase everything now").
        (
            "actually erase everything now",
            ["how do i delete this chat later"],
            [],
            "delete_conversation",
        ),
        ("actually erase everything now", BLACKMAIL, ["sextortion"], "delete_conversation"),
        # This chat's own button.
        ("/delete_conversation", BLACKMAIL, ["sextortion"], "delete_conversation"),
        # "chat" told earlier is no chat with another person.
        ("delete the chat", ["how do i delete this chat later"], [], "delete_conversation"),
    ],
)
def test_this_chat(text: str, earlier: list[str], topics: list[str], intent: str) -> None:
    assert not o.means_other_chat(text, intent, earlier, topics)


def test_yes_to_the_deletion_offer() -> None:
    assert o.accepts_deletion_offer("affirm", {"utter_device_trace_next"})
    assert o.accepts_deletion_offer("affirm", ["utter_device_trace_again"])
    assert not o.accepts_deletion_offer("affirm", {"utter_what_to_know"})
    assert not o.accepts_deletion_offer("deny", {"utter_device_trace_next"})


def _events(turns: list[tuple[str, str, list[str]]]) -> list:
    from rasa.shared.core.events import ActionExecuted, UserUttered

    events: list = []
    for text, intent, actions in turns:
        events.append(UserUttered(text, {"name": intent, "confidence": 1.0}))
        events.extend(ActionExecuted(name) for name in actions)
    return events


def test_deletion_steps() -> None:
    offer = ("can I erase this chat", "delete_conversation", ["utter_device_trace_next"])
    assert deletion_step(_events([offer, ("yes", "affirm", [])])) == "utter_ask_delete_conversation"
    blackmail = (BLACKMAIL[0], "sextortion", ["utter_sextortion_paid"])
    events = _events([blackmail, ("can i delete the chat", "delete_conversation", [])])
    assert deletion_step(events) == "utter_delete_other_chat"
    # Inside a form: the answer, then the form's question.
    assert (
        deletion_step(events, "route_form", "utter_ask_route_form_x") == "utter_delete_other_chat"
    )
    # The deletion question asked: "delete the chat" is the yes, whatever came before.
    asked = (BLACKMAIL[0], "sextortion", ["utter_ask_delete_conversation"])
    events = _events([asked, ("delete the chat", "delete_conversation", [])])
    assert deletion_step(events) == "utter_conversation_deleted"


def _responses() -> dict:
    responses: dict = {}
    for path in Path("domain").glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    return responses


def test_every_answer_is_a_response_and_wired() -> None:
    responses = _responses()
    for module in (g, o):
        for kind, sequence in module.ANSWERS.items():
            assert DEFAULT_DIRECT_ANSWERS[kind] == sequence
            assert all(name in responses for name in sequence), kind
        for kind, sequence in module.AGAIN.items():
            assert AGAIN[kind] == sequence
            assert all(name in responses for name in sequence), kind


def test_answers_say_what_the_sources_say() -> None:
    responses = _responses()
    fee = responses["utter_crt_fee"][0]["text"]
    assert "no fee for a protection order claim" in fee and "$" not in fee
    assert "doesn't say" in fee  # a claim for money: not in the sources
    other = responses["utter_delete_other_chat"][0]["text"]
    assert "Don't delete" in other and "evidence" in other and "Screenshot" in other
    assert "under 18" in other
    time = responses["utter_time_to_lawyer"][0]["text"]
    assert "1 week" in time and "604-673-3143" in time and "no exact time" in time
    assert responses["utter_printed_copies_again"][0]["text"].startswith("Yes.")
