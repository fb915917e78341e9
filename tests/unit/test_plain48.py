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
        "i want to burn them and myself",
    ):
        assert not object_is_a_thing(own), own


# Rounds 49-50 (measured once on a2864cd; these fixes were measured by no rater).


def test_a_parents_first_message_about_a_childs_image_is_the_helpers():
    first = "my daughter have 14 years and a boy send her photo naked to all the school. what i do"
    assert p.follow_up(first, [], []) == p.HELPER_MINOR
    police = "is too much. i call the police or not? she is 14"
    assert p.follow_up(police, [], [first]) == [p.CHILD_POLICE]
    kept = "the other parents send me the photo to show me. i keep it for the police yes?"
    assert p.follow_up(kept, [], [first]) == [p.CHILD_IMAGE_SENT_TO_ME]


def test_a_child_asked_for_pictures_by_a_stranger_from_a_grandparent():
    told = (
        "I am a grandmother. My granddaughter is 11 and a man keeps sending her messages on her"
        " tablet asking for pictures of her. What should I do?"
    )
    assert p.follow_up(told, [], []) == p.CHILD_ASKED


def test_do_they_follow_through_then_asked_again():
    ask = "But do these people usually follow through if you refuse to pay? I am frightened."
    assert p.follow_up(ask, [], ["x"]) == [p.WILL_HE_SEND]
    again = "so will he follow through or not, if I don't pay?"
    assert p.follow_up(again, [], ["x", ask], None, [p.WILL_HE_SEND]) == [p.WILL_HE_SEND_AGAIN]
    # "will they actually post it if I don't pay": the older answer, with its removal tools
    assert p.follow_up("will they actually post it if i dont pay", [], ["x"]) is None


def test_a_mental_health_line_for_an_adult_never_for_a_child():
    ask = "she's 23 though, not a kid. is there a mental health line for adults in BC?"
    assert p.follow_up(ask, [], ["my sister is 23"]) == [p.MENTAL_HEALTH_LINES]
    assert p.follow_up("is there counselling for him?", [], ["my son is 15"]) is None


def test_who_answers_the_call():
    ask = "Can I simply telephone them, and will I be speaking to a lawyer straight away?"
    assert p.follow_up(ask, [], ["x"]) == p.WHO_ANSWERS
    again = "When I call, is it the lawyer who answers?"
    assert p.follow_up(again, [], ["x"], None, p.WHO_ANSWERS) == [p.WHO_ANSWERS_AGAIN]


def test_a_twelve_year_old_can_be_charged_only_when_asked_again():
    ask = "She's 12, not under 12. So does that mean she CAN be charged?"
    assert p.follow_up(ask, [], ["my daughter is 12"]) == [p.TWELVE_CHARGED]
    first = "My daughter is 12 and she sent a nude of a classmate. Will my daughter be charged?"
    assert p.follow_up(first, [], []) is None  # the parent-of-sharer answer first


def test_which_damages_limit_for_sharing_before_the_change():
    earlier = ["my ex posted a video of me on Reddit in 2024. CRT compensation only $5,000?"]
    ask = "It was posted in 2024, before that change. Do I get the old $5,000 limit or the new one?"
    assert p.follow_up(ask, [], earlier) == [p.CRT_LIMIT_WHICH]
    assert p.follow_up(earlier[0], [], []) is None  # the limit now, the older answer


def test_a_child_asked_with_the_age_before_the_child_or_a_brother_named():
    # round 51 p28, round 52 p14 (after the measurement): the child-asked answer, not sextortion
    for first in (
        "A man on Roblox keeps messaging my 11 year old daughter asking for photos of her.",
        "my little brother is 12 and someone on discord keeps asking him to send pics of himself",
    ):
        assert p.follow_up(first, [], []) == list(p.CHILD_ASKED), first
    # someone with authority over the child who asks: the trust rule's answer, elsewhere
    assert p.follow_up("my daughter is 13 and her coach keeps asking her for pics", [], []) is None
    # a demand: the sextortion answers (don't pay)
    demand = "my 14 year old son is being asked for pics and the guy wants $200 or he'll post them"
    assert p.follow_up(demand, [], []) is None


def test_police_asked_right_after_the_child_asked_answer():
    ask = "it's my daughter and she's 13. Should I be calling the police about this man?"
    assert p.follow_up(ask, list(p.CHILD_ASKED), ["x"]) == [p.CHILD_POLICE]
    # another part beside it (the order of steps, the phone): the older answers
    for other in (
        "should I call the police or tell her mom first? her mom is my sister",
        "Should I call the police tonight or is Cybertip enough? And should I take her phone away",
    ):
        assert p.follow_up(other, list(p.CHILD_ASKED), ["x"]) is None, other
    # not right after it: the older police answers
    assert p.follow_up(ask, ["utter_police"], ["x"]) is None
