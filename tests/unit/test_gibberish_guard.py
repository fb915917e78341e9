"""Keyboard mashing falls back; real words, typos and other languages do not."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.gibberish_guard import GibberishGuard, is_gibberish


@pytest.mark.parametrize("text", ["asdkjh qwpoeiru zxmnv", "lkjsdf qwpeo", "zzxq vbnmw!!"])
def test_keyboard_mashing_is_gibberish(text):
    assert is_gibberish(text)


@pytest.mark.parametrize(
    "text",
    [
        "purple elephant",  # real words: the classifier decides
        "vancuver",  # one unknown word is more often a typo
        "sextortion help",
        "i live in kelowna",
        "necesito ayuda",
        "我需要帮助",
        "kms",
        "",
        "123 456",
    ],
)
def test_words_typos_and_other_scripts_are_not_gibberish(text):
    assert not is_gibberish(text)


def test_guard_turns_gibberish_into_the_fallback_and_keeps_the_ranking():
    ranking = [{"name": "inform_neither", "confidence": 0.47}]
    message = Message(
        data={"text": "asdkjh qwpoeiru zxmnv", "intent": ranking[0], "intent_ranking": ranking}
    )
    GibberishGuard().process([message])
    assert message.get("intent")["name"] == "nlu_fallback"
    assert message.get("intent_ranking")[1]["name"] == "inform_neither"


def test_guard_leaves_real_messages_alone():
    intent = {"name": "greet", "confidence": 0.9}
    message = Message(data={"text": "hello there", "intent": intent, "intent_ranking": [intent]})
    GibberishGuard().process([message])
    assert message.get("intent") == intent
