"""ClauseSplitter: each question clause and each sentence becomes one more message to read, and
a failing splitter never stops the message (assistant/nlu/clause_reader.py)."""

from __future__ import annotations

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu import clause_reader
from assistant.nlu.clause_reader import ClauseSplitter

TWO_QUESTIONS = "Is it a crime to share them? And can I get them taken down?"


def _splitter() -> ClauseSplitter:
    return ClauseSplitter.create({}, None, None, None)


def test_a_two_question_message_gets_its_clauses_and_sentences_added_after_it():
    read = _splitter().process([Message(data={TEXT: TWO_QUESTIONS})])
    assert read[0].get(TEXT) == TWO_QUESTIONS
    added = [message.get(TEXT) for message in read[1:]]
    assert any("crime" in text for text in added)
    assert any("taken down" in text for text in added)
    assert all(message.get("clause_parent_index") == 0 for message in read[1:])


def test_a_failing_clause_splitter_still_leaves_the_message_and_its_sentences(monkeypatch):
    def broken(_text: str) -> list[str]:
        raise ValueError("broken on purpose")

    monkeypatch.setattr(clause_reader, "question_clauses", broken)
    read = _splitter().process([Message(data={TEXT: TWO_QUESTIONS})])
    assert read[0].get(TEXT) == TWO_QUESTIONS
    assert read[1:] and all(message.get("clause_is_sentence") for message in read[1:])


def test_both_splitters_failing_leave_the_message_alone(monkeypatch):
    def broken(_text: str) -> list[str]:
        raise ValueError("broken on purpose")

    monkeypatch.setattr(clause_reader, "question_clauses", broken)
    monkeypatch.setattr(clause_reader, "sentence_parts", broken)
    read = _splitter().process([Message(data={TEXT: TWO_QUESTIONS})])
    assert [message.get(TEXT) for message in read] == [TWO_QUESTIONS]
