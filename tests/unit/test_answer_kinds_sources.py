"""Specific follow-ups the sources answer only in part (assistant/answer_kinds_sources.py),
a closing word, an outside-B.C. home and a correction to "only threatened"
(assistant/answer_kinds.py): our own wording for each kind (none copied from the simulated
users' transcripts), and near misses that keep the classifier's answer."""

from __future__ import annotations

import pytest

from assistant import answer_kinds_sources as sources
from assistant.answer_kinds import CLOSING, HOME_OUTSIDE_BC, THREAT_ONLY, answer_kind

KINDS = {
    sources.OUTSIDE_BC_LINES: [
        "ok thank you. is there anyone i can call in saskatchewan?",
        "what help is there for someone in Ontario",
        "im in calgary, where can i go for help",
        "is there a service like this outside of BC?",
        "any lines in my province? i'm not in bc",
    ],
    sources.ANONYMOUS: [
        "can I call without giving my name?",
        "do I have to give them my real name",
        "is it possible to stay anonymous with the lawyer",
        "could my sister use a fake name when she phones",
    ],
    sources.OTHERS_IN_TROUBLE: [
        "will the boys at her school be charged for making it?",
        "are the students who passed it around going to get in trouble",
        "can police charge the 14 year olds who shared it",
        "what will happen to the teens who made the fake pic",
    ],
    sources.REPORT_POLICE: [
        "how can I report him?",
        "no i meant reporting it to the cops",
        "can i report him to the police even though we were dating",
        "could I still report this",
    ],
    sources.FEE: [
        "and is there any fee?",
        "how much does the lawyer cost",
        "will we have to pay for the advice",
        "is the service really free of charge",
    ],
    sources.PROVE_FAKE: [
        "how can i prove the pic isnt me",
        "it's photoshopped, how do I prove that",
        "how would I show people it's not real",
    ],
    sources.LAWYER_FOR_CRT: [
        "do i have to hire a lawyer for the crt claim",
        "can I do the protection order on my own?",
        "is a lawyer required for the tribunal",
    ],
    sources.TELL_SOMEONE: [
        "should i warn my landlord",
        "do I need to tell the strata about this",
        "should we contact the airbnb owner",
    ],
    sources.POLICE_ABROAD: [
        "he lives overseas now, can police do anything?",
        "can the cops do anything if the guy is in another country",
        "the scammer is outside canada, is there any point reporting",
    ],
    sources.HOURS: [
        "when is the office open?",
        "are they open on weekends",
        "what time can I call them",
        "what are the intake hours",
    ],
    sources.DUTY_TO_REPORT: [
        "as her teacher am i obligated to report this",
        "im a youth worker, do i have a duty to report",
        "as a school counsellor do i have to tell her parents",
    ],
    sources.OLD_EVENTS: [
        "he posted them back in 2019, is it too late to do anything",
        "this was years ago, can i still sue him",
        "the video has been online since 2021, does that still count?",
        "everything was in 2018. what about court?",
        # round 32 p20: early 2023, before the tribunal's date, still online
        "So since mine was January 2023, before March 6, am I out of luck or does it count?",
        "Mine was posted before March 2023 and is still online today. So can I use the CRT?",
    ],
}


@pytest.mark.parametrize(
    "kind,text", [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
def test_each_kind_is_read(kind, text):
    assert answer_kind(text, "nlu_fallback") == kind


NEAR_MISSES = [
    "who can I call",  # no place: the help lines
    "my ex lives in Alberta, who can help me",  # his place, not the person's
    "will I get in trouble for sending it?",  # the young person's own fear
    "can he go to jail for this",  # the law, about an adult
    "what are the hours of free advice",  # the service's hours of advice
    "do i have to report it to the police first",  # the service's police answer
    "is it a crime to post a fake nude",
    "he threatened me years ago, now he's posting my pics, can I still apply",
    "should I keep the screenshots",
    "is there a fee for the tribunal",  # the CRT's own answer says it
    "he posted them in 2025, can I sue him?",  # after the CRT's date: the CRT's answer
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_keep_the_classifiers_answer(text):
    assert answer_kind(text, "nlu_fallback") not in sources.SOURCES_KINDS


@pytest.mark.parametrize("text", ["is it free?", "how much does it cost"])
def test_the_cost_understood_as_the_service_keeps_that_answer(text):
    assert answer_kind(text, "ask_service") is None


@pytest.mark.parametrize(
    "text",
    [
        "ok thank you, that's everything",
        "nah im all set",
        "no thanks, nothing else",
        "no that is all for now",
        "cool, I'm good now thanks",
    ],
)
def test_a_closing_word_is_read(text):
    assert answer_kind(text, "deny") == CLOSING


@pytest.mark.parametrize("text", ["no", "thanks", "I'm fine", "is that it?", "no that's wrong"])
def test_a_bare_no_or_thanks_is_not_a_closing(text):
    assert answer_kind(text, "deny") != CLOSING


@pytest.mark.parametrize(
    "text,intent",
    [
        (
            "I'm from Regina and my boyfriend in Kelowna shared my video, what can I do",
            "route_finder",
        ),
        ("no I live in Edmonton", "route_finder"),
        ("like i said, im in ontario", "inform"),
        ("she posted my pics. I live in Halifax though", "inform_shared"),
    ],
)
def test_a_home_outside_bc_with_a_bc_routes_question(text, intent):
    assert answer_kind(text, intent) == HOME_OUTSIDE_BC


@pytest.mark.parametrize(
    "text,intent",
    [
        ("I live in Winnipeg, do I qualify?", "check_eligibility"),  # the check reads it
        ("my ex lives in Toronto, what can I do", "route_finder"),  # his place
        ("I live in Toronto, is it a crime to share nudes", "ask_is_it_crime"),
    ],
)
def test_an_outside_home_the_check_or_the_topic_answers(text, intent):
    assert answer_kind(text, intent) != HOME_OUTSIDE_BC


@pytest.mark.parametrize(
    "text,intent",
    [
        ("hold on, i don't know if she shared anything, she just said she might", "inform_shared"),
        ("actually I haven't seen anything online, he told me he would post them", "nlu_fallback"),
        ("sorry, not sure he posted them, he only threatened to", "ask_consent"),
        ("he only threatened, does that count", "check_eligibility"),
        ("Hi. My cousin he have my photo and say he will show my boss. He not show yet.", "greet"),
    ],
)
def test_a_correction_to_only_a_threat(text, intent):
    assert answer_kind(text, intent) == THREAT_ONLY


@pytest.mark.parametrize(
    "text", ["I already sent him 100 bucks", "i paid her $50 last night and she wants more"]
)
def test_money_already_paid_read_as_blackmail_gets_the_paid_answer(text):
    from assistant.helper_reading import ALREADY_PAID

    assert answer_kind(text, "sextortion") == ALREADY_PAID


@pytest.mark.parametrize(
    "text", ["oops i meant im 19 not 16", "sorry typo, i am 22 not 12. he posted them last month"]
)
def test_an_age_taken_back_in_the_same_breath_is_not_a_second_age(text):
    from assistant.adult_age import ADULT_AGE

    assert answer_kind(text, "youth_disclosure") == ADULT_AGE
