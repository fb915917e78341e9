"""Reading free text inside the forms: whose place, what happened, stop and delete words in
their sentence, corrections (assistant/home_reading.py, situation_reading.py, move_words.py,
form_answers.py, slot_history.py). Our own wording, not the measured conversations'."""

import pytest

from assistant import form_answers, move_words
from assistant.home_reading import home_from_text
from assistant.situation_reading import situation_from_text
from assistant.slot_history import Earlier, before_latest_message
from assistant.trust_words import names_position_of_trust, trust_rule_question

DELETE, FALLBACK = "delete_conversation", "nlu_fallback"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kelowna", "yes"),
        ("I live in Kelowna", "yes"),
        ("calgary", "no"),
        ("I'm in Ontario", "no"),
        ("I'm in Red Deer and my ex lives in Victoria", "no"),
        ("im from toronto, the guy who posted it is in surrey", "no"),
        ("i stay in burnaby but he lives in edmonton", "yes"),
        ("we moved to Kamloops from Regina in the summer", "yes"),
        ("I used to live in Vancouver, now I'm in Winnipeg", "no"),
        ("no, I said I live in Saskatchewan. I only visited Whistler", "no"),
        ("I don't live in BC anymore", "no"),
        ("my boyfriend in Halifax sent them around", None),
        ("she's in Nanaimo", None),
        ("I hope he deletes them", None),
        ("bc he said he would post it", None),
        ("in Surrey, he posted them", "yes"),
        ("nowhere you'd know", None),
        # The place of one's own street or house is home; "left" there is the other person's.
        ("he stuck them up all over our street in Penticton", "yes"),
        ("she left copies outside my apartment in Coquitlam", "yes"),
        ("", None),
    ],
)
def test_home_is_the_speakers_own_place(text, expected):
    assert home_from_text(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("he posted them", "shared"),
        ("he says he will", "threatened"),
        ("i honestly don't know if she sent it to anyone", "unsure"),
        ("not sure whether they posted it", "unsure"),
        ("maybe he showed his friends", "unsure"),
        ("nothing is up yet, he keeps saying he'll send it to my boss", "threatened"),
        ("he hasn't posted anything", "neither"),
        ("he didn't share them but says he will", "threatened"),
        ("threatened", "threatened"),
        ("unsure", "unsure"),
        ("banana", None),
    ],
)
def test_situation_is_only_what_was_said(text, expected):
    assert situation_from_text(text) == expected


@pytest.mark.parametrize(
    "text,about_something_else",
    [
        ("stop", False),
        ("stop the questions please", False),
        ("stop it", False),
        ("never mind", False),
        ("how can i make him stop posting my stuff", True),
        ("what do i do to stop them from sharing the video", True),
        ("i need her to stop", True),
        ("forget that part, what i want is a lawyer", True),
    ],
)
def test_stop_words_in_their_sentence(text, about_something_else):
    assert move_words.stop_is_about_something_else(text) is about_something_else


@pytest.mark.parametrize(
    "text,this_chat",
    [
        ("please wipe our conversation, my sister uses my laptop", True),
        ("can this chat be deleted", True),
        ("clear what i typed", True),
        ("delete what i told you", True),
        ("should i erase my chat with him", False),
        ("is it ok to delete his texts", False),
    ],
)
def test_delete_means_this_chat_only_when_it_says_so(text, this_chat):
    assert move_words.asks_to_delete_this_chat(text) is this_chat


@pytest.mark.parametrize(
    "intent,text,ranking,expected",
    [
        ("stop", "how to stop her spreading it", [("stop", 0.5), ("ask_crt", 0.2)], "ask_crt"),
        (FALLBACK, "how can i stop them sharing it", [(FALLBACK, 1.0)], "ask_image_removal"),
        ("stop", "nvm that, what does the crt do", [("stop", 0.5), ("ask_crt", 0.3)], "ask_crt"),
        ("stop", "nvm that, what does the crt do", [("stop", 0.9), ("deny", 0.05)], FALLBACK),
        ("stop", "stop", [("stop", 0.9)], None),
        ("ask_evidence", "pls wipe this chat, he checks", [("ask_evidence", 0.8)], DELETE),
        ("deny", "nope, I live in Calgary", [("deny", 0.6)], "inform"),
        ("deny", "nope", [("deny", 0.9)], None),
        ("crisis", "i live in vancouver and want to die", [("crisis", 1.0)], None),
    ],
)  # fmt: skip
def test_reread_intent(intent, text, ranking, expected):
    assert move_words.reread_intent(intent, text, ranking) == expected


NOTHING = Earlier(None, "")


@pytest.mark.parametrize(
    "text,slot_value,earlier,expected",
    [
        ("/affirm", "yes", NOTHING, ("yes", False)),
        ("I'm in Lethbridge, my ex is in Nanaimo", "nanaimo", NOTHING, ("no", False)),
        ("yes, my ex lives in Nanaimo too", "yes", NOTHING, ("yes", False)),
        ("his family is in Calgary", "calgary", Earlier("yes", "/affirm"), ("yes", False)),
        ("check me", "calgary", Earlier("calgary", "my ex in calgary posted"), (None, False)),
        ("check if i qualify", "kelowna", Earlier("kelowna", "I live in Kelowna"), ("yes", False)),
        ("purple", "purple", NOTHING, (None, True)),
    ],
)  # fmt: skip
def test_home_answer(text, slot_value, earlier, expected):
    assert form_answers.home_answer(text, slot_value, earlier) == expected


@pytest.mark.parametrize(
    "text,slot_value,earlier,expected",
    [
        ("/inform_shared", "shared", NOTHING, ("shared", False)),
        ("I don't know if he shared it", "shared", NOTHING, ("unsure", False)),
        ("no wait, I live in Alberta", "neither", NOTHING, (None, False)),
        ("am i eligible", "shared", Earlier("shared", "idk if he posted them"), ("unsure", False)),
        ("asdf", "asdf", NOTHING, (None, True)),
    ],
)  # fmt: skip
def test_situation_answer(text, slot_value, earlier, expected):
    assert form_answers.situation_answer(text, slot_value, earlier) == expected


def test_corrections_name_only_what_changed():
    assert form_answers.corrections("no, I said I live in Alberta", "yes", "shared") == {
        "lives_in_bc": "no"
    }
    assert form_answers.corrections("I live in Surrey", "yes", "shared") == {}
    assert form_answers.corrections("/affirm", "yes", None) == {}


@pytest.mark.parametrize(
    "intent,text,expected",
    [
        ("ask_crt", "like last weekend", True),
        ("inform", "is this confidential?", False),
        ("ask_police", "do i have to go to the police", False),
        ("stop", "stop", False),
        ("crisis", "it was last week and i want to die", False),
        ("affirm", "/affirm", False),
    ],
)
def test_may_answer(intent, text, expected):
    assert form_answers.may_answer(intent, text) is expected


def test_before_latest_message_skips_this_turn():
    events = [
        {"event": "user", "text": "I live in Kelowna"},
        {"event": "slot", "name": "lives_in_bc", "value": "kelowna"},
        {"event": "bot", "text": "..."},
        {"event": "user", "text": "my ex is in Calgary"},
        {"event": "slot", "name": "lives_in_bc", "value": "calgary"},
        {"event": "slot", "name": "lives_in_bc", "value": "calgary"},
    ]
    assert before_latest_message(events, "lives_in_bc") == Earlier("kelowna", "I live in Kelowna")
    assert before_latest_message(events, "image_situation") == Earlier(None, "")
    assert before_latest_message([], "lives_in_bc") == Earlier(None, "")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("im 14 and my math teacher wants photos of me", True),
        ("my swim coach keeps begging me for pics. I'm 15", True),
        ("I am 16, my boss keeps pushing me to send him nudes", True),
        ("im 15 and my friends dad keeps asking for pics", False),
        ("I'm 16 and my girlfriend wants pics", False),
        ("I'm 25 and my manager keeps asking for nudes", False),
        ("my coach keeps asking for pics", False),
        ("I'm 16 and my coach posted my photo", False),
    ],
)
def test_trust_rule_question(text, expected):
    assert trust_rule_question(text) is expected


@pytest.mark.parametrize(
    "intent,expected",
    [("youth_disclosure", "check_age_rules"), ("sextortion", None), ("crisis", None)],
)
def test_trust_rule_question_goes_to_the_age_rules(intent, expected):
    text = "I'm 16 and my dance teacher keeps asking me for pictures"
    assert move_words.reread_intent(intent, text, [(intent, 0.9)]) == expected


def test_heard_home_only_from_typed_places():
    assert form_answers.heard_home("I'm in Red Deer, my ex lives in Victoria") == "no"
    assert form_answers.heard_home("the guy lives in Victoria") is None
    assert form_answers.heard_home("/affirm") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("my volleyball coach", True),
        ("she's my piano teacher", True),
        ("he is not my teacher", False),
        ("my boyfriend", False),
        ("my cousins friend", False),
    ],
)
def test_names_position_of_trust(text, expected):
    assert names_position_of_trust(text) is expected
