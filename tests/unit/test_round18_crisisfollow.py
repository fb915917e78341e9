"""Round 18 kinds 4 and 9 (session 19, helper "crisisfollow"): an ordinary question after the
crisis or check-in answer gets its answer, fear of a partner's anger gets the safety answer
without a quiz, a sextortion deadline gets the steps to take now
(assistant/crisis_followups.py, assistant/fear_reading.py FEAR_ANGER). Wordings are our own,
not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import crisis_followups as cf
from assistant import fear_reading as fr
from assistant.safety import CRISIS, IMMEDIATE_DANGER, read_safety
from tests.domain_files import responses

DEMAND = ["a guy on snap says he'll send my pic to everyone unless i pay him 300"]
DEMAND_ADULT = ["some account wants $900 or they post my video to my coworkers, im 34"]
SHARED = ["my ex posted my pics on reddit"]


# --- Not knowing who sent it ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i have no idea who sent them around, can anyone do anything?",
        "if i dont know who posted it can the cops still do something",
        "nobody knows who shared it. is there anything anyone can do",
        "i don't even know who leaked it. can police help at all?",
        "it came from an anonymous account, is there any point reporting",
        "dont know who airdropped it, can i still report it",
    ],
)
def test_not_knowing_who_sent_it_gets_its_answer(text):
    assert cf.crisis_followup_kind(text, SHARED, False, []) == cf.UNKNOWN_SHARER


@pytest.mark.parametrize(
    "text",
    [
        "how do i find out who did it",  # who_did_it.py
        "can i use the tribunal if i dont know who it was",  # legal_follow_ups CRT_UNKNOWN
        "i dont know who to call",
        "i dont know who sent it",  # no question: other readers
        "can police do anything?",  # nothing unknown said
    ],
)
def test_near_misses_of_not_knowing_are_left_to_others(text):
    assert cf.crisis_followup_kind(text, SHARED, False, []) is None


def test_not_knowing_asked_again_gets_the_short_form():
    previous = cf.ANSWERS[cf.UNKNOWN_SHARER]
    text = "i dont know who sent it, can anyone help?"
    kind = cf.crisis_followup_kind(text, SHARED, False, previous)
    assert kind == f"{cf.UNKNOWN_SHARER}_again"
    assert cf.ANSWERS[kind] == ["utter_unknown_sharer_again"]


# --- A sextortion deadline ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "hes still messaging me rn saying i have 1 hour. what do i do right now",
        "he gave me 20 minutes",
        "she says i have till midnight, what do i do",
        "there's a countdown now. help",
        "they said i have until 9pm",
        "what do i do rn he keeps texting",
    ],
)
def test_a_deadline_after_a_demand_gets_the_steps_now(text):
    assert cf.deadline_kind(text, DEMAND, True) == cf.DEADLINE_NOW_YOUNG
    assert cf.deadline_kind(text, DEMAND_ADULT, False) == cf.DEADLINE_NOW


@pytest.mark.parametrize(
    "text",
    [
        "he gave me 20 minutes",  # no demand told
        "what do i do right now",
    ],
)
def test_no_demand_told_no_deadline_steps(text):
    assert cf.deadline_kind(text, SHARED, False) is None


@pytest.mark.parametrize(
    "text,earlier",
    [
        # The demand in the first message itself: the sextortion answers.
        ("someone wants 400 from my son or they post his video, what do we do right now", []),
        # A parent writing: the helper's answers.
        (
            "he gave her 2 hours, what do we do right now",
            ["my daughter is being blackmailed for $"],
        ),
    ],
)
def test_a_first_message_or_a_helper_is_left_to_others(text, earlier):
    assert cf.deadline_kind(text, earlier, False) is None


@pytest.mark.parametrize(
    "text",
    [
        "what should i do first",  # safety_followups' one first step
        "i reported it an hour ago, what now",
        "can i call the lawyer tomorrow",
        "is it free?",
    ],
)
def test_near_misses_after_a_demand_are_not_the_deadline(text):
    assert cf.deadline_kind(text, DEMAND, False) is None


def test_the_deadline_answers_give_the_steps_and_the_lines():
    texts = responses()
    young = " ".join(texts[name][0]["text"] for name in cf.ANSWERS[cf.DEADLINE_NOW_YOUNG])
    for part in ("Don't pay", "Stop replying", "block", "safe adult", "686868", "Cybertip.ca",
                 "9-8-8", "9-1-1", "never the picture"):  # fmt: skip
        assert part in young
    adult = " ".join(texts[name][0]["text"] for name in cf.ANSWERS[cf.DEADLINE_NOW])
    for part in ("Don't pay", "Stop replying", "block", "non-emergency", "9-8-8", "9-1-1"):
        assert part in adult
    assert "686868" not in adult


def test_a_check_in_only_a_model_asked_for_is_skipped_before_the_steps():
    text = "he gave me 1 hour what do i do right now"
    for reason in ("classifier", "second opinion"):
        check_in = {"intent": CRISIS, "reason": reason}
        assert cf.check_in_skippable(text, DEMAND, True, check_in)
    # A check-in that wording gave (a negation, a figure of speech) stays.
    assert not cf.check_in_skippable(text, DEMAND, True, {"intent": CRISIS, "reason": "negation"})
    assert not cf.check_in_skippable("what is the tribunal", DEMAND, True, {"reason": "classifier"})


# --- Fear of a partner's anger ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "im kind of scared he'll get mad if he finds out, he's done stuff before",
        "should i be worried about leaving him? he gets really angry",
        "my husband has a bad temper and im scared to leave",
        "is it safe to leave her? she loses it when she drinks",
        "afraid my ex will go crazy if i report him",
        "hes done stuff like this before and im worried what happens if i go to the tribunal",
        "my boyfriend gets so aggressive, im nervous about breaking up",
    ],
)
def test_fear_of_a_partners_anger_gets_the_safety_answer(text):
    assert fr.fears_anger(text)
    assert fr.fear_in_context(None, text, []) == fr.FEAR_ANGER
    assert fr.ANSWERS[fr.FEAR_ANGER] == ["utter_fear_anger", "utter_fear_safety_next"]


@pytest.mark.parametrize(
    "text",
    [
        "im scared my dad will get mad if he finds out",  # a parent: being found out
        "my mom would be so angry",
        "im so angry at him",  # the writer's own anger
        "he was mad when i said no. what can i do about the pics",
        "is he allowed to be mad that i reported",
        "he is mad at me lol",
        # A threat told beside anger, no fear said: the threat's answer.
        "he gets really mad when i say no and says he'll post my pics if i dump him",
        # The police's or a job's anger, and a helper telling someone else's fear.
        "will the cops be angry with me for sending it?",
        "my manager gets angry when i refuse, im scared of losing my shifts",
        "my niece is scared he'll get angry and find her, should she block him?",
    ],
)
def test_near_misses_of_anger_are_not_fear(text):
    assert not fr.fears_anger(text)


def test_who_can_help_after_the_fear_answer_gets_the_contacts():
    text = "im safe for now, he just has a temper. who can help me stay safe"
    assert fr.fear_in_context(None, text, ["utter_fear_anger"]) == fr.FEAR_CONTACTS


def test_fear_of_anger_said_again_gets_the_short_form():
    kind = fr.fear_in_context(None, "he gets really angry, im scared", ["utter_fear_anger"])
    assert kind == fr.FEAR_AGAIN


def test_the_fear_answer_gives_victimlink_and_911_with_the_sources_words():
    text = responses()["utter_fear_anger"][0]["text"]
    for part in ("safety comes first", "VictimLinkBC", "24/7", "1-800-563-0808",
                 "crisis support, information and referrals", "9-1-1"):  # fmt: skip
        assert part in text
    assert "safety plan" not in text  # not a word of the sources


def test_a_model_only_check_in_is_skipped_before_the_fear_answer():
    text = "im scared hell get angry if he finds out"
    assert cf.fear_check_in_skippable(text, {"intent": IMMEDIATE_DANGER, "reason": "classifier"})
    assert not cf.fear_check_in_skippable(text, {"intent": IMMEDIATE_DANGER, "reason": "negation"})


# --- "Help now" where nothing is urgent -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "is there anyone who can help me get them back from him?",
        "is there someone that can help me get the pics taken down",
        "anyone who could help me with getting them deleted?",
    ],
)
def test_help_with_a_task_is_not_help_now(text):
    assert cf.help_now_misread("need_help_now", text)


@pytest.mark.parametrize(
    "text",
    [
        "is there anyone who can help me right now",
        "who can help me tonight, im shaking",
        "is there someone i can talk to now",
        "is there anyone who can help me get through tonight",
    ],
)
def test_real_help_now_stays(text):
    assert not cf.help_now_misread("need_help_now", text)


def test_runner_up_topic():
    parse = {
        "intent_ranking": [
            {"name": "need_help_now", "confidence": 0.5},
            {"name": "ask_image_removal", "confidence": 0.2},
        ]
    }
    assert cf.runner_up_topic(parse, {"ask_image_removal": ["utter_image_removal"]}) == (
        "ask_image_removal"
    )
    assert cf.runner_up_topic(parse, {}) is None


# --- Crisis stays crisis ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i dont know who sent it and i want to kill myself",
        "he gave me 1 hour and i just want to die",
        "im scared hes going to kill me, hes outside my door",
    ],
)
def test_crisis_and_danger_wording_is_still_the_safety_nets(text):
    reading = read_safety(text)
    assert reading is not None and reading.intent in (CRISIS, IMMEDIATE_DANGER)
    assert reading.clear


def test_every_answer_is_in_the_domain():
    texts = responses()
    for names in cf.ANSWERS.values():
        for name in names:
            assert name in texts
    assert "utter_fear_anger" in texts


# --- After the crisis answer, a question about the case nothing read ---------------------------
def _fallback_parse():
    return {"intent": {"name": "nlu_fallback", "confidence": 0.3}}


@pytest.mark.parametrize(
    "text",
    [
        "so can the police do anything about the pics?",
        "should i tell my boss at work about the video?",
        "can i get the account taken down?",
    ],
)
def test_after_crisis_a_case_question_is_said_back_with_one_line_of_lines(text):
    from assistant import question_fallback as qf

    kind = qf.fallback_kind(_fallback_parse(), text, ["story"], False, False, True)
    assert kind == qf.QUESTION_FALLBACK_AFTER_CRISIS_CASE
    assert qf.ANSWERS[kind][-1] == "utter_lines_recall"
    assert "utter_question_fallback_after_crisis" not in qf.ANSWERS[kind]


@pytest.mark.parametrize(
    "text",
    [
        "what is that other thing?",  # vague: the lines kept (round 16)
        "so i can just text 988?",  # about the lines
        "can i call them at night?",
        "what's the point of reporting the pics, nothing helps?",  # distress
    ],
)
def test_after_crisis_vague_or_line_questions_keep_the_lines(text):
    from assistant import question_fallback as qf

    kind = qf.fallback_kind(_fallback_parse(), text, ["story"], False, False, True)
    assert kind == qf.QUESTION_FALLBACK_AFTER_CRISIS


def test_the_recall_line_is_one_short_line():
    text = responses()["utter_lines_recall"][0]["text"]
    assert "9-8-8" in text and "1-800-563-0808" in text and len(text) < 160
