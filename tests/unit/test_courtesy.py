import pytest

from assistant.courtesy import question_after_courtesy


@pytest.mark.parametrize(
    "text,question",
    [
        ("Thanks. What is Cybertip?", "What is Cybertip?"),
        ("thank you, how do I apply to the tribunal", "how do I apply to the tribunal"),
        ("thx but can he go to jail for this", "can he go to jail for this"),
        ("ty, will my parents find out?", "will my parents find out?"),
        ("ok thanks! is the service free?", "is the service free?"),
    ],
)
def test_the_question_after_a_thank_you(text, question):
    assert question_after_courtesy(text) == question


@pytest.mark.parametrize(
    "text",
    [
        "thanks so much for your help",
        "thank you for the help with this",
        "ok thanks bye",
        "thanks!",
        "okay so what now",
        "thanks thats everything, goodbye",
        "what is consent",
        "",
    ],
)
def test_a_thank_you_alone_or_no_courtesy_is_left_as_it_is(text):
    assert question_after_courtesy(text) is None


@pytest.mark.parametrize(
    "text,rest",
    [
        (
            "Hello, I am writing for my aunt. Her ex put her photos online. What can she do?",
            "I am writing for my aunt. Her ex put her photos online. What can she do?",
        ),
        ("hi there my boyfriend shared my nudes", "my boyfriend shared my nudes"),
        ("Good evening. Is the legal advice free?", "Is the legal advice free?"),
        ("heyy, thanks, can he go to jail for this", "can he go to jail for this"),
        ("Dear team, my student had pictures shared", "my student had pictures shared"),
    ],
)
def test_a_greeting_before_a_message_is_taken_off(text, rest):
    assert question_after_courtesy(text) == rest


@pytest.mark.parametrize(
    "text",
    ["hi", "hello there", "hey, how are you", "good morning!", "hi can you help", "history class"],
)
def test_a_greeting_alone_or_with_little_after_it_stays(text):
    assert question_after_courtesy(text) is None


def test_a_dash_after_the_thank_you_and_a_joining_word():
    assert question_after_courtesy("ok thanks \u2014 and is there a fee?") == "is there a fee?"
    assert question_after_courtesy("thank you... is it really free?") == "is it really free?"


@pytest.mark.parametrize(
    "text,closing",
    [
        ("thank you, that's all I needed", True),
        ("nope, that is it", True),
        ("no thanks, all good", True),
        ("that covers it, bye", True),
        ("all good", False),  # alone it may answer "are you safe right now?"
        ("I'm okay", False),
        ("that's it?", False),
        ("no, that's not what I asked", False),
    ],
)
def test_a_closing_word(text, closing):
    from assistant.courtesy import is_closing

    assert is_closing(text) is closing
