"""Rounds 47-48 (assistant/plain48.py, assistant/object_of_words.py): own-words questions whose
answer, or whose honest "the information I have doesn't say", is in the sources, where a
neighbouring stock block, the eligibility form or a needless safety check came."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain48 as p
from assistant.object_of_words import object_is_a_thing


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_the_tribunal_online_and_who_helps():
    ask = "And this tribunal you mention, is it only on the computer? I need someone to help me"
    assert p.follow_up(ask, [], ["x"]) == [p.CRT_HELP]
    again = "I asked about the tribunal. Is it only online, and who can help me fill it in?"
    assert p.follow_up(again, [p.CRT_HELP], ["x", ask]) == [p.CRT_HELP_AGAIN]
    # no tribunal in sight, or the older answers' words: another answer's
    assert p.follow_up("is it only online?", [], ["my ex posted my pics"]) is None
    for older in (
        "is there anyone who can help me fill out the tribunal forms?",
        "I don't use computers much, can I file the tribunal claim by telephone?",
        "these are physical prints, not on a computer. does the tribunal apply?",
    ):
        assert p.follow_up(older, [], ["x"]) is None, older


def test_the_letter_and_the_mail():
    ask = "the letter they send, can it come by email? I dont want he see letter at home"
    assert p.follow_up(ask, [], ["x"]) == [p.LETTER_SAFE]
    after = "yes but can I ask them send to email, not to my house? husband open the mail"
    assert p.follow_up(after, [], ["the letter they send, can it come by email?"]) == [
        p.LETTER_SAFE
    ]
    assert p.follow_up("can I email them instead?", [], ["x"]) is None
    no_printer = "that letter to sign, do they mail it? how do I sign it with no printer"
    assert p.follow_up(no_printer, [], ["x"]) is None


def test_what_happens_after_the_call_only_for_a_dead_end():
    assert p.dead_end_answer("if I call the number what happen then?", []) == p.AFTER_CALL
    assert p.dead_end_answer("what happens if i call and its closed", []) is None
    # read only where the reply would be a dead end: not a reader of its own
    assert p.follow_up("if I call the number what happen then?", [], ["x"]) is None


def test_a_story_that_disappears_still_counts():
    ask = "its a story so it disappears in 24h right? do i even need to do anything"
    assert p.follow_up(ask, [], ["my ex put my pics on his snap story"]) == [p.VANISHING_POST]
    again = "i just mean the story deletes itself tmrw so is there any point"
    assert p.follow_up(again, [p.VANISHING_POST], ["x"]) == [p.VANISHING_POST_AGAIN]


def test_legal_help_in_another_province():
    ask = "ok. is there anything like this free lawyer thing in alberta?"
    assert p.follow_up(ask, [], ["I'm in Calgary"]) == [p.OUTSIDE_LEGAL]
    again = "you didnt answer. alberta. legal help. yes or no?"
    assert p.follow_up(again, [p.OUTSIDE_LEGAL], ["x"]) == [p.OUTSIDE_LEGAL_AGAIN]
    assert p.follow_up("can i get a free lawyer in bc?", [], ["x"]) is None
    # the older answers: moving to B.C., "something like this" with no legal help named, the
    # B.C. service asked for from Alberta
    moving = "im moving to vancouver from calgary. will i be able to use the bc lawyer thing?"
    for older in (
        moving,
        "is there anything like this in alberta?",
        "ok but what about the free lawyer? can I get that if I'm in Alberta",
        "Can my sister join the lawyer meeting by video? She lives in Ontario.",
    ):
        assert p.follow_up(older, [], ["x"]) is None, older


def test_airdrop_counts_as_sharing_also_inside_a_form():
    ask = "HE ALREADY SHARED IT. does airdrop count as sharing or not"
    assert p.follow_up(ask, [], ["he airdropped a pic of me to 10 ppl"]) == [p.SENT_TO_PHONES]
    assert p.in_form(ask, [], ["he airdropped a pic of me"]) == ([p.SENT_TO_PHONES], False)
    assert p.follow_up("does that count as sharing?", [], ["he showed me a pic"]) is None
    deepfake = (
        "made AI nudes of me and sent them to people. Does that even count as intimate images?"
    )
    assert p.follow_up(deepfake, [], ["x"]) is None
    first = "my boyfriend airdropped a pic of me to his friends. does that even count as sharing?"
    assert p.follow_up(first, [], []) is None  # a first message: the older answer, its lines


def test_filmed_and_not_shared_then_said_plainly():
    earlier = ["my husband take video of me in shower, no permission"]
    ask = "how I call them? he not share video, only on his phone. still can help me?"
    assert p.follow_up(ask, [], earlier) == [p.HIDDEN_FILMING, p.FILMED_NOT_SHARED]
    again = "but lawyer can help me or no? he only film, not share"
    said = [p.HIDDEN_FILMING, p.FILMED_NOT_SHARED]
    assert p.follow_up(again, [], [*earlier, ask], None, said) == [p.FILMED_NOT_SHARED_PLAINLY]
    # inside the eligibility check, the answer is the outcome: the form ends
    assert p.in_form(ask, [], earlier) == ([p.HIDDEN_FILMING, p.FILMED_NOT_SHARED], True)


def test_988_and_the_police():
    assert p.follow_up("if i text 988 do they call the cops on me", [], ["x"]) == [p.LINE_POLICE]
    again = "no i mean 988. will they send police if i tell them how i feel"
    assert p.follow_up(again, [p.LINE_POLICE], ["x"]) == [p.LINE_PRIVATE]


def test_a_helpers_interpreter_never_in_a_first_story():
    earlier = ["hi im 17 and im asking for my little brother hes 12. a guy got him to send pics"]
    ask = "our parents only speak spanish. is there someone we can call who speaks spanish"
    assert p.follow_up(ask, [], earlier) == [p.INTERPRETER_HELPER]
    first = earlier[0] + ". our parents dont speak english well. what do we do"
    assert p.follow_up(first, [], []) is None
    assert p.follow_up("can the lawyer speak punjabi?", [], ["my husband threatens me"]) is None


def test_a_teachers_second_message_is_the_helpers():
    earlier = ["Hi, I'm a grade 9 teacher. A student told me something scary happened"]
    told = "She's 14 and a topless photo of her is going around on a group chat at school."
    assert p.follow_up(told, [], earlier) == p.HELPER_MINOR
    own = "a topless photo of me is going around on a group chat at school"
    assert p.follow_up(own, [], ["im 15"]) is None


def test_report_to_the_platform_named():
    ask = "and Airbnb? should I report the host to them too?"
    assert p.follow_up(ask, [], ["hidden camera in an airbnb"]) == [p.PLATFORM_REPORT]
    there = "how do i get discord to take them down tho, can i report it there"
    assert p.follow_up(there, [], ["x"]) is None


def test_alarm_words_about_things_are_not_about_the_writer():
    for thing in (
        "I took the copies out of the mailroom and I was going to burn them.",
        "Should I tell my wife myself before this woman does?",
        "i just mean the story deletes itself tmrw so is there any point",
    ):
        assert object_is_a_thing(thing), thing
    for own in (
        "is there any point in living",
        "i want to burn myself",
        "whats the point anymore",
        "is there any point reporting it, i want to die",
    ):
        assert not object_is_a_thing(own), own
