"""Rounds 25-26 (session 24, helper "parts27"): two-part messages and the "You also asked" line
(assistant/question_parts.py). A part of a message that a reader's answer does not say gets its
own short answer; the not-covered line only when the part is truly unanswered. Wordings are
mostly my own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import question_parts as qp
from assistant.clauses import question_clauses
from assistant.content.responses import all_responses


def text_of(name: str) -> str:
    variants = all_responses().get(name) or [{}]
    return str(variants[0].get("text") or "")


def clauses(*texts: str) -> list[dict]:
    return [{"text": t, "intent": None, "confidence": 0.0} for t in texts]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("should i just buy the gift cards so she goes away?", "pay"),
        ("should we send him the money so he stops", "pay"),
        ("Now he wants another $800", "pay"),
        ("and now they are asking for more money again", "pay"),
        ("and can it get deleted", "removal"),
        ("can we get the pic taken down off snapchat", "removal"),
        ("can the pictures be removed", "removal"),
        ("we're still married tho. does that change anything?", "married"),
        ("we are married, does that make a difference?", "married"),
        ("is my husband allowed to show them to his friends", "married"),
        ("Is there anything the law can do about paper photographs?", "printed"),
        ("he has hard copies of them", "printed"),
        ("i want to burn them lol", "destroy"),
        ("can i just shred the prints", "destroy"),
        ("and my husband cannot know", "keep_secret"),
        ("my boyfriend must not find out", "keep_secret"),
        ("can i call the lawyer for her?", "call_for_them"),
        ("Could I contact the lawyer on her behalf?", "call_for_them"),
        ("can she call the lawyer without her parents?", "without_parents"),
        ("what do i say to her tonight", "talk_to"),
        ("how do I talk to my son about it", "talk_to"),
        ("Should I go to the police or the school first?", "police_or_school"),
        ("do i call the principal or the cops first", "police_or_school"),
        ("What is the most I could be awarded", "most"),
        ("could I get damages?", "most"),
        ("And damages?", "most"),
        ("What is the maximum?", "most"),
        ("Is there money available if I find out who did it?", "most"),
        ("how do I file", "how_file"),
        ("how would I make a claim", "how_file"),
        ("can I file by telephone?", "file_by_phone"),
        ("I don't have a computer, can I do the tribunal by phone?", "file_by_phone"),
    ],
)
def test_each_part_is_read_from_its_words(sentence, name):
    part = qp._part_of(sentence, sentence)
    assert part is not None and part.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Should he delete it off his phone?",  # a young sharer's image: its reader's answer
        "Do I delete it?",
        "I don't have any money",
        "she wants 500 dollars by tomorrow",  # a first demand: the sextortion readers say it
        "my husband took the photos when we were together",
        "is it ok to show him the pictures",
        "is it free or do i pay",  # the cost (answers22)
        "should I pay for a lawyer",
        "I'm not good with computers, who can I phone today?",  # no filing asked (round 23 p34)
    ],
)
def test_nothing_read_from_words_that_ask_something_else(sentence):
    part = qp._part_of(sentence, sentence)
    assert part is None or part.name not in qp.NARROW_PARTS | {"most"}


def test_the_marriage_told_before_the_question():
    whole = "my wife shared them. we're still married tho. does that change anything?"
    assert qp._part_of("does that change anything?", whole).name == "married"


def test_without_them_after_the_parents_named():
    whole = "She asked me not to tell her parents. Can she use the service without them?"
    assert qp._part_of("Can she use the service without them?", whole).name == "without_parents"
    assert qp._part_of("Can she use the service without them?", "") is None


@pytest.mark.parametrize(
    ("whole", "sequence", "expected"),
    [
        # round 25 p05 T2: the interpreter answered, "my husband cannot know" dropped
        (
            "my english not so good. I can talk to lawyer in Punjabi? and my husband cannot know",
            ["utter_interpreter"],
            ["utter_part_keep_private"],
        ),
        # round 25 p04 T1: reporting answered, the new demand dropped
        (
            "I paid $300 already and now they want another $600. Should I still report it?",
            ["utter_report_police"],
            ["utter_part_dont_pay"],
        ),
        # round 25 p11 T2: the order answered, "burn them" dropped
        (
            "what do i do with the paper ones, i want to burn them. can the order get them back",
            ["utter_crt_order_copies"],
            ["utter_part_destroy_prints"],
        ),
        # round 25 p13 T2
        (
            "She asked me not to tell her parents. Can she call the lawyer without them?",
            ["utter_helper_minor_tell_parents"],
            ["utter_lawyer_no_parents_helper"],
        ),
    ],
)
def test_narrow_part_beside_a_readers_answer(whole, sequence, expected):
    assert qp.with_narrow_parts(sequence, whole, [], text_of) == [*sequence, *expected]


def test_a_narrow_part_the_reply_says_is_not_added_again():
    # "Don't pay" in the steps: the gift cards are answered (round 25, p09 T2)
    whole = "what should I do? Should I just buy the gift cards so she goes away?"
    steps = ["utter_sextortion_now", "utter_sextortion_now_next"]
    assert qp.with_narrow_parts(steps, whole, [], text_of) == steps
    # the turn before sent it: not word for word again
    whole = "and my wife cannot know"
    assert qp.narrow_parts(whole, [], "", ["utter_part_keep_private"]) == []


def test_pay_question_beside_steps_gets_no_not_covered_line():
    whole = "But what should I do about her? Should I just buy the gift cards so she goes away?"
    parts = clauses(
        "But what should I do about her?", "Should I just buy the gift cards so she goes away?"
    )
    steps = ["utter_sextortion_now", "utter_sextortion_now_next"]
    assert qp.PART_NOT_COVERED not in qp.added_parts(parts, whole, steps, [], text_of)


def test_deleted_part_gets_the_removal_answer_not_the_not_covered_line():
    whole = "if she did send one is she gonna be in trouble? and can it get deleted"
    parts = clauses("if she did send one is she gonna be in trouble?", "and can it get deleted")
    added = qp.added_parts(parts, whole, ["utter_helped_child_in_trouble"], [], text_of)
    assert added == ["utter_part_removal"]
    assert "Take It Down" in text_of("utter_part_removal")


def test_what_to_say_said_by_the_reply_gets_no_line():
    whole = "Will she get in trouble for sending it? And what do I say to her tonight?"
    parts = clauses("Will she get in trouble for sending it?", "And what do I say to her tonight?")
    assert qp.added_parts(parts, whole, ["utter_helper_talk"], [], text_of) == []


def test_parents_spoken_to_as_family():
    # round 25 p12 T2: the reply says "the other young person's family"
    reply = text_of("utter_own_child_what_now_next")
    assert "family" in reply
    assert qp.said_in("and should we tell the girl's parents?", reply)
    assert not qp._not_covered(1, "and should we contact the girl's parents?", reply, [], text_of)


def test_no_free_lawyer_line_after_the_reply_doubts_the_lawyer_advises():
    reply = "The free legal advice service here is for people whose images were shared, and my "
    reply += "information doesn't say it advises a young person who shared one."
    assert not qp._not_covered(1, "and should we call the school about it?", reply, [], text_of)


def test_vague_anything_here_for_me_needs_no_line():
    # round 26 p05 T3: the reply answered "what about Alberta"
    assert qp.said_in("is there anything here for me?", "Nothing in common at all.")
    assert not qp._not_covered(
        1, "is there anything here for me?", "The services I can name", [], text_of
    )


def test_a_truly_unanswered_part_still_gets_the_line():
    whole = "should i take the camera out? and do i tell the host about it"
    assert qp._not_covered(1, "and do i tell the host about it", "Ask the police.", [], text_of)
    assert whole


def test_story_rules_answer_with_three_parts():
    # round 26 p22 T1: the story's answer, then the most, how to file and the cost
    whole = (
        "A woman I was seeing posted photos of me on a website. What is the most I could be "
        "awarded, how do I file, and does it cost anything?"
    )
    parts = clauses(
        "What is the most I could be awarded", "how do I file", "and does it cost anything?"
    )
    sequence = qp.with_every_part(
        None, None, "inform_shared", {"clauses": parts, "text": whole}, [], text_of
    )
    assert sequence == [
        "action_shared_next",
        "utter_part_most",
        "utter_crt_start",
        "utter_part_cost",
    ]


def test_story_rules_answer_alone_when_nothing_asked():
    whole = "my ex posted my photos on a website"
    data = {"clauses": [], "text": whole}
    assert qp.with_every_part(None, None, "inform_shared", data, [], text_of) is None


def test_fallback_with_practical_parts_gets_their_answers():
    # round 26 p22 T3: "Sorry, I can't help with that"
    whole = "And the amount? What is the maximum? Also can I file by telephone?"
    parts = clauses("And the amount?", "What is the maximum?", "Also can I file by telephone?")
    sequence = qp.with_every_part(
        None, None, "out_of_scope", {"clauses": parts, "text": whole}, [], text_of
    )
    assert sequence == ["utter_part_most", "utter_coverage_crt_help"]
    assert "$75,000" in text_of("utter_part_most")


def test_fallback_with_an_unknown_part_stays_the_fallback():
    whole = "what is the weather? can I file by telephone?"
    parts = clauses("what is the weather?", "can I file by telephone?")
    data = {"clauses": parts, "text": whole}
    assert qp.with_every_part(None, None, "nlu_fallback", data, [], text_of) is None


def test_a_told_wish_before_three_questions_leaves_three_clauses():
    text = "I want to sue my ex. What's the max I can get, how do I make a claim, and is it free?"
    assert question_clauses(text) == [
        "What's the max I can get",
        "how do I make a claim",
        "is it free?",
    ]


def test_new_answers_are_in_the_domain():
    for name in [a for answers in qp.ANSWERS.values() for a in answers]:
        assert name == qp.PART_NOT_COVERED or text_of(name), name
