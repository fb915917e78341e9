"""A question its topic never covered gets an honest "the information doesn't answer that"
(issue 16, simulated users round 7: a follow-up got the nearest topic's block, often the same
block again). Wordings here are our own."""

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant import question_coverage as qc
from assistant.nlu.coverage_reader import CoverageReader, rule_responses, topic_vocabularies
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS

EVIDENCE_WORDS = qc.vocabulary(
    [
        "how do I keep evidence",
        "should I screenshot the messages",
        "should I delete the messages",
        "Take screenshots of the messages, the profile and the date, and keep them.",
    ]
)
VOCABULARIES = {"ask_evidence": EVIDENCE_WORDS, "route_finder": qc.vocabulary(["what can i do"])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ok thanks. should I hide the laptop from my son?",
            ["should I hide the laptop from my son?"],
        ),
        ("He posted it. What now", ["What now"]),
        ("and can my landlord evict me for this", ["and can my landlord evict me for this"]),
        ("I live in Nelson. He shared them.", []),
    ],
)
def test_question_sentences_are_the_ones_that_ask(text, expected):
    assert qc.question_sentences(text) == expected


def test_focus_words_leave_out_frame_words_and_misspellings():
    assert qc.focus_words("what kind of stuff does it include?") == []
    assert qc.focus_words("should i warn my kids") == ["warn", "child"]
    # "iligal" is no English word the lemma table knows: a typo never reads as a new subject.
    assert qc.focus_words("is it iligal") == []


@pytest.mark.parametrize(
    "text",
    [
        "Should I warn my parents before they hear about it?",
        "can i take away her tablet?",
        "thanks. Could the landlord be sued too?",
    ],
)
def test_a_question_outside_the_topic_is_quoted(text):
    quote = qc.uncovered_question(text, "ask_evidence", VOCABULARIES)
    assert quote and quote in text


@pytest.mark.parametrize(
    "text", ["should I screenshot the messages first?", "do i delete the messages or keep them"]
)
def test_a_question_the_topic_covers_is_not_marked(text):
    assert qc.uncovered_question(text, "ask_evidence", VOCABULARIES) == ""


@pytest.mark.parametrize("intent", ["sextortion", "contact_lawyer", "crisis", "check_eligibility"])
def test_only_the_service_page_topics_are_questioned(intent):
    vocabularies = {intent: frozenset()}
    assert qc.uncovered_question("should I warn my parents?", intent, vocabularies) == ""


def test_the_quote_has_no_markup_and_is_cut_short():
    quote = qc.uncovered_question(
        "can the <b>landlord</b> be sued? " + "really " * 40 + "?", "ask_evidence", VOCABULARIES
    )
    assert "<" not in quote and ">" not in quote
    assert len(quote) <= 2 * qc.MAX_QUOTE_CHARS + 10


def _parse(quote: str, confidence: float, intent: str = "ask_evidence") -> dict:
    return {"intent": {"name": intent, "confidence": confidence}, qc.UNCOVERED_QUESTION_KEY: quote}


def test_not_covered_when_the_topic_was_a_guess_or_already_given():
    quote = "should I warn my parents?"
    assert qc.not_covered_kind(_parse(quote, 0.3), []) == qc.NOT_COVERED
    assert qc.not_covered_kind(_parse(quote, 0.9), ["greet", "ask_evidence"]) == qc.NOT_COVERED
    # A sure topic answered for the first time keeps its answer; a follow-up needs a surer one.
    assert qc.not_covered_kind(_parse(quote, 0.9), ["greet"]) is None
    assert qc.not_covered_kind(_parse(quote, 0.6), []) is None
    assert qc.not_covered_kind(_parse(quote, 0.6), ["greet"]) == qc.NOT_COVERED
    assert qc.not_covered_kind(_parse("", 0.1), []) is None
    assert qc.not_covered_kind(None, []) is None


def test_the_honest_answer_says_who_can_tell():
    assert DEFAULT_DIRECT_ANSWERS[qc.NOT_COVERED] == ["action_not_covered", "utter_not_covered_who"]


def test_topic_vocabularies_hold_examples_and_rule_responses():
    data = TrainingData([Message(data={"text": "how do I keep proof", "intent": "ask_evidence"})])
    vocabularies = topic_vocabularies(data)
    assert "proof" in vocabularies["ask_evidence"]
    # The words of the responses its rules send (data/rules/, domain/).
    assert rule_responses()["ask_crt"]
    assert "tribunal" in vocabularies["ask_crt"]
    # Only questioned topics have a vocabulary.
    assert "sextortion" not in vocabularies


def _message(text: str, intent: str, **extra) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.4})
    for key, value in extra.items():
        message.set(key, value)
    return message


def test_the_reader_marks_only_unmarked_questions():
    reader = CoverageReader({}, None, None, dict(VOCABULARIES))  # type: ignore[arg-type]
    plain = _message("should I warn my parents?", "ask_evidence")
    marked = _message("should I warn my parents?", "ask_evidence", direct_answer="pay")
    checked = _message("should I warn my parents?", "ask_evidence", safety_check_in={"x": 1})
    reader.process([plain, marked, checked])
    assert plain.get(qc.UNCOVERED_QUESTION_KEY) == "should I warn my parents?"
    assert marked.get(qc.UNCOVERED_QUESTION_KEY) is None
    assert checked.get(qc.UNCOVERED_QUESTION_KEY) is None


def test_a_message_with_one_covered_question_keeps_its_topic():
    text = "should I screenshot the messages? and should I warn my parents?"
    assert qc.uncovered_question(text, "ask_evidence", VOCABULARIES) == ""


def test_the_service_itself_is_never_a_question_outside_the_topic():
    text = "can i still get that legal advice thing"
    assert qc.uncovered_question(text, "route_finder", VOCABULARIES) == ""
