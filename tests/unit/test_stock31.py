"""Rounds 29-30 (stock31): own-words follow-ups that one word sent to a stock reply, or that got
the earlier block again, and safety from a partner at home (assistant/stock31.py)."""

from __future__ import annotations

import pytest

from assistant import roles22, safety, stock28, stock31
from assistant.crisis_followups import deadline_kind
from assistant.plain_text import plain_lower
from assistant.policies.follow_up_readers import SEQUENCE_READERS

THREAT = ["my ex keeps saying he'll post my nudes if i don't get back with him"]
PAID = ["i already paid this guy 500 dollars so he wouldnt post my nudes, now he wants 1000 more"]


def ask(text, earlier=None, previous=None, said=None, is_minor=None):
    return stock31.follow_up(text, previous or [], earlier or ["hi"], said or [], is_minor)


@pytest.mark.parametrize(
    "text",
    [
        "I've got about 3 weeks. Is that enough time to actually speak to the lawyer before I go?",
        "how long does it take from calling them to talking to the lawyer",
        "how soon after i phone the intake line do i get to speak with a lawyer?",
        "is there enough time to meet the lawyer before we move",
        "is there time to talk to a lawyer before i go?",
    ],
)
def test_time_to_lawyer(text):
    assert ask(text) == [stock31.TIME_TO_LAWYER, stock31.ACTION_LISTEN]


def test_steps_asked_with_you_havent_sent_it():
    found = ask("You haven't sent it. What are the steps after I phone them?")
    assert found == [stock31.WHAT_TO_EXPECT, stock31.ACTION_LISTEN]
    assert ask("you never sent anything, can i send a pic?") is None


@pytest.mark.parametrize(
    "text",
    [
        "ok. he says his friends all deleted it. is there still any point doing anything?",
        "they deleted it already, is it worth reporting",
        "everyone who got it says they removed it. does it still matter?",
    ],
)
def test_deleted_by_them(text):
    assert ask(text, ["my boyfriend airdropped a pic of me to his friends"]) == [
        stock31.DELETED_BY_THEM
    ]


def test_own_deletion_is_not_deleted_by_them():
    assert ask("i deleted them, is there still any point?") is None


@pytest.mark.parametrize(
    "text",
    [
        "should i just get back with him so he doesnt do it?",
        "hes basically forcing me to date him or he posts them. do i have to do what he says??",
        "do i really need to go back to him",
        "should i do what he wants so he stays quiet",
    ],
)
def test_give_in(text):
    assert ask(text, THREAT) == [stock31.GIVE_IN]


def test_give_in_asked_again_is_the_short_form_once():
    said = [stock31.GIVE_IN]
    assert ask("do i have to do what he says", THREAT, said=said) == [stock31.GIVE_IN_AGAIN]
    again = [stock31.GIVE_IN_AGAIN]
    assert ask("do i have to do what he says", THREAT, again, said + again) is None


def test_paying_is_not_give_in():
    assert ask("should i just pay him", THREAT) is None


def test_seeing_him_in_court_is_not_give_in():
    # stock27.yml r26 p28: the tribunal is online (the older answer).
    said = "how does the protection order thing work. do i have to see him in court"
    assert ask(said, THREAT) is None


def test_another_question_beside_the_time_keeps_the_older_answer():
    # Round 19 p13: the intake steps answer both questions.
    said = (
        "Can I be on the intake call with a client? And how long from first call until they "
        "actually speak with the lawyer?"
    )
    assert ask(said) is None
    said = (
        "ok so like realistically how long from calling to actually talking to the lawyer? a week?"
    )
    assert ask(said) == [stock31.TIME_TO_LAWYER, stock31.ACTION_LISTEN]


def test_a_second_question_with_and_is_not_without_him_knowing():
    # Round 22 p05: the interpreter answer keeps its place.
    said = (
        "my english not so good. can the lawyer speak punjabi? and my husband will not know i call?"
    )
    assert ask(said, ["my husband took video of me"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "hes messaging me right now saying 1 hour or he posts to my insta followers. i feel sick",
        "30 minutes or they send it to my family",
        "he says 2 hours before he sends it to my wife",
    ],
)
def test_deadline_adult(text):
    # Exactly one reader answers: this one, or the crisis follow-ups' deadline answer when it
    # reads the words (roles31, merged beside this in session 27, reads "1 hour or he posts").
    told = ["im 22, a guy wants money for my pics"]
    older = deadline_kind(plain_lower(text), [plain_lower(t) for t in told], False)
    found = ask(text, told)
    if older is None:
        assert found == [stock31.DEADLINE, stock31.ACTION_LISTEN]
    else:
        assert found is None


def test_deadline_young_keeps_the_older_answer():
    assert ask("1 hour or he posts them", ["im 15 and a guy wants money"]) is None


@pytest.mark.parametrize(
    "text",
    [
        # Round 18 (round18_crisisfollow.yml): crisis_followups' deadline keeps the steps now.
        "he gave me until midnight. what should i do",
        "she gave me until midnight to pay",
        "he says i have 30 minutes or he sends it to my wife",
        # Round 13 p02: money and "should I just pay" keep the paying answers.
        "they want 500 in gift cards by tonight or they send it to all my followers. should i "
        "just pay",
    ],
)
def test_deadline_read_by_older_answers_is_left_to_them(text):
    assert ask(text, ["im 22, a guy wants money for my pics"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "im 22. but if i stop paying wont he just post them?",
        "what if i dont pay and he shares them anyway",
        "if i stop paying will he post it",
        "but if i stop paying hes going to post them, he has my whole family on fb",
    ],
)
def test_stop_paying_is_left_to_the_older_answer(text):
    # Dropped on re-landing: skipped_questions' utter_stop_paying_posts ("nobody can say for
    # sure", rounds 14-26) and the steps pinned for round 30 p11 T2 keep their answers.
    assert ask(text, PAID) is None


@pytest.mark.parametrize(
    "text",
    [
        "TOO MUCH READING. HOW DO I GET HER CHARGED. WHO DO I CALL",
        "who do i call to press charges",
        "how do i get him arrested",
    ],
)
def test_charges_who_to_call(text):
    assert ask(text) == [stock31.CHARGES_CALL, stock31.ACTION_LISTEN]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "If that government service contacts him, he'll know it came from me. He has a "
            "temper. Is there a way to do this safely?",
            ["my ex-husband still has photos of me"],
        ),
        (
            "I'm asking whether the service has to tell him it was me, and how to keep myself "
            "safe if they contact him.",
            ["if they contact him he will know. he has a temper"],
        ),
        ("he gets violent when hes angry, how do i ask them to contact him safely?", ["x"]),
    ],
)
def test_safe_when_contacted(text, earlier):
    assert ask(text, earlier) == [stock31.SAFE_WHEN_CONTACTED]


@pytest.mark.parametrize(
    "text",
    [
        "what can i actually do without him finding out",
        "which of those can i do without him knowing? i still live with him",
        "can i report it so my husband doesnt find out?",
    ],
)
def test_without_him_knowing(text):
    earlier = ["my boyfriend shared a video of me with his friends, he goes through my phone"]
    assert ask(text, earlier) == [stock31.WITHOUT_HIM_KNOWING]
    said = [stock31.WITHOUT_HIM_KNOWING]
    assert ask(text, earlier, said=said) == [stock31.WITHOUT_HIM_KNOWING_AGAIN]


@pytest.mark.parametrize(
    "text",
    [
        "how long does the tribunal take",
        "what are the steps after i call",
        "is there any point going to the police",
        "do i have to tell my parents",
        "who do i call",
    ],
)
def test_nearby_ordinary_messages_are_left_to_the_older_readers(text):
    assert ask(text, ["my ex shared my pics"]) is None


def test_first_message_and_button_are_left_alone():
    assert stock31.follow_up("who do i call to press charges", [], [], []) is None
    assert stock31.follow_up("/ask_police", [], ["hi"], []) is None


def test_reader_sits_after_repeat25_and_before_stock28_early():
    names = [name for name, _ in SEQUENCE_READERS]
    assert names.index("repeat25") < names.index("stock31") < names.index("stock28_early")
    assert names.index("stock31") < names.index("roles22")


# --- one word picking a stock reply ----------------------------------------------------------


def test_own_claim_above_75k_keeps_the_older_answer():
    # Dropped on re-landing: round 30 p30's pinned expectation keeps the "On paying" part.
    said = "I'm in Whistler. If I want more than 75k, do I go to small claims court?"
    assert ask(said, ["my ex posted a video of me"]) is None


def test_deleted_and_stopncii_is_the_no_copy_answer():
    told = ["my friend saw one going around on snap", "does stopncii work if i dont have them"]
    asked = "but i deleted them. do i need the actual pic for stopncii to work?"
    assert roles22.evidence_gone(asked, told) is None
    assert stock28.no_copy_asked(asked, told)
    assert roles22.evidence_gone("ok i deleted them all, was that bad?", ["he posted my pics"])


def test_friends_deleted_is_not_the_writer_deleting():
    told = ["my boyfriend airdropped a pic of me to his friends"]
    assert roles22.evidence_gone("his friends all deleted it. any point?", told) is None


@pytest.mark.parametrize(
    "text",
    [
        "I've got about 3 weeks. Is that enough time to actually speak to the lawyer before I go?",
        "My question is whether it matters that the photographs are so old, since he is "
        "threatening me now.",
    ],
)
def test_ordinary_words_are_no_safety_reading(text):
    assert safety.read_safety(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "he is threatening me now",
        "since he is threatening me now and hes outside my house",
        "because hes threatening me now i am scared he will hurt me",
    ],
)
def test_danger_stays_danger(text):
    reading = safety.read_safety(text)
    assert reading is not None and reading.intent == "immediate_danger" and reading.clear


@pytest.mark.parametrize(
    "text",
    [
        "My question is whether it matters that the photographs are so old, since he is "
        "threatening me now.",
        "do the laws still apply to pictures taken 40 years ago?",
        "they are from the 1980s, does it matter?",
    ],
)
def test_old_images_threatened_now(text):
    earlier = ["a man i dated in the 80s says he will show my photos to my kids unless i pay"]
    assert ask(text, earlier) == [stock31.OLD_IMAGES]


def test_old_images_need_a_threat_told():
    assert ask("does it matter that the photos are so old?", ["i found old photos"]) is None


def test_question_said_without_a_question_mark():
    earlier = ["if that service contacts him he'll know. he has a temper"]
    said = "i'm asking how to keep myself safe if they contact him"
    assert ask(said, earlier) == [stock31.SAFE_WHEN_CONTACTED]


@pytest.mark.parametrize(
    "text",
    ["my mom is gonna freak out, i want to die", "my dad is gonna be so mad he will beat me"],
)
def test_a_parent_reaction_beside_real_risk_keeps_it(text):
    reading = safety.read_safety(text)
    assert reading is not None and reading.clear
