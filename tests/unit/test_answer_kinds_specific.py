"""Specific follow-ups get their own answer (issue 16, round 4 kinds 2, 6 and 7):
assistant/answer_kinds_specific.py reads them; domain/specific_answers.yml answers them. Also a
helper's order, evidence and duty questions read with the conversation before them, and a
child's spelling of "trouble"."""

from __future__ import annotations

import pytest

from assistant import answer_kinds_specific as specific
from assistant import helper_followups as hf
from assistant.answer_kinds import IN_TROUBLE, answer_kind
from assistant.answer_kinds_sources import DUTY_TO_REPORT
from assistant.content.responses import all_responses
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS

KINDS = {
    specific.VOYEURISM: [
        "is it against the law that he taped me secretly, even though he never posted it",
        "he took pictures of me without my knowledge, is that a crime by itself",
        "is recording someone in secret illegal if it's never sent to anyone",
        "secretly filming me in the shower, is that an offence on its own",
    ],
    specific.WHAT_IS_CYBERTIP: [
        "who runs cybertip",
        "what's cybertip.ca exactly",
        "is cybertip the cops or something",
        "never heard of cybertip, what is it",
    ],
    specific.SHOWING_COUNTS: [
        "if she just showed my photo to people at the party on her phone does that count",
        "he flashed it on his screen to his buddies, is that considered sharing",
        "is showing it around on a phone the same as sharing it",
        "my ex showed his friends in person, would that count as distributing",
    ],
    specific.PHYSICAL_EVIDENCE: [
        "do i rip the posters down or keep them up as evidence",
        "should i collect the flyers or leave them for the police to see",
        "can i take the printouts out of the mailboxes or is that destroying evidence",
        "leave the copies where they are for the cops or throw them away?",
    ],
    specific.SITE_IGNORED: [
        "i flagged the post to instagram and they did nothing",
        "reported it to the website twice, no response at all",
        "the platform refused to take it down after my report",
        "i emailed the site's support and it's still up",
    ],
    specific.STOPNCII_HOW: [
        "does stopncii see my nudes",
        "is stopncii safe, where do the photos go",
        "do i upload my pictures to stopncii.org",
        "how would stop ncii even work",
    ],
    specific.CRT_HOW_LONG: [
        "how quickly does the tribunal decide",
        "how long would a protection order take",
        "does the crt take months?",
        "when will i hear back from the tribunal",
    ],
    specific.LAWYER_REPRESENT: [
        "will they represent me at the tribunal",
        "can the lawyer come to court with me",
        "is it only advice or do they take my case",
        "would the lawyer appear in court for me",
    ],
    specific.UNDER_18_IMAGE: [
        "she was 15 in the pic, isn't that child pornography",
        "does that count as csam",
        "my boyfriend is 16 and sent my pic around, is it child porn?",
        "is this technically child sexual abuse material",
    ],
    specific.TAKE_IT_DOWN_SCOPE: [
        "can take it down remove stuff from canadian websites",
        "is take it down only for the us",
        "will takeitdown work on every site",
        "which sites does take it down work on",
    ],
    specific.LAWYER_NO_PARENTS: [
        "im 15, can i talk to the lawyer without my mom",
        "do i need my parents permission to get legal advice",
        "can i get legal help or do i have to have my dad with me",
        "can i use the service? do i need my parents?",
    ],
    specific.DANGER_DESCRIBED: [
        "what does the assistant say to someone in danger",
        "how does the bot handle a user who is suicidal",
        "what should a user do if they are in immediate danger",
        "if a person types that they are unsafe, what does it do",
    ],
}


@pytest.mark.parametrize(
    "kind,text", [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
def test_each_kind_is_read(kind, text):
    cleaned = " ".join(text.lower().split())
    assert specific.specific_kind(cleaned) == kind
    assert answer_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "a boy is showing a photo of her around school",
        "he secretly recorded me in the shower",
        "how do i report to cybertip",
        "what is stopncii",
        "how do i get images removed",
        "my 14 year old daughter's pic got shared",
        "do i need a lawyer for the tribunal",
        "what should i do, i'm in danger",
        "he printed my nudes and handed them out",
    ],
)
def test_near_misses_are_not_read(text):
    assert specific.specific_kind(" ".join(text.lower().split())) is None


def test_topic_answers_that_fit_are_kept():
    # The under-18 topic's own answer names the narrow exception: it stays.
    text = "is it child porn if we are both 15 and only sent them to each other"
    assert specific.specific_kind(text, "ask_under_18_images") is None
    assert specific.specific_kind(text, "nlu_fallback") == specific.UNDER_18_IMAGE
    # Waiting to talk to a lawyer is not the tribunal's time; "can you take my case" is asking
    # for help, not about representation.
    assert specific.specific_kind("the tribunal is soon, how fast can i talk to a lawyer") is None
    assert specific.specific_kind("can you take my case") is None


@pytest.mark.parametrize(
    "text",
    ["am i gonna get in trubble", "will i get in truble", "am i gona be in trubble??"],
)
def test_a_childs_spelling_of_trouble_is_the_trouble_answer(text):
    assert answer_kind(text) == IN_TROUBLE


_UNCLE = ["my nephew is 13 and some adult is asking him for nudes on discord"]


@pytest.mark.parametrize(
    "text",
    [
        "do i tell his parents first or phone the cops?",
        "his dad or the police, which first",
        "go to the police first or talk to his mom?",
        "his dad or the cops, who do i call first?",
    ],
)
def test_a_helpers_order_question_is_the_order_answer(text):
    assert hf.helper_child_kind(text, _UNCLE) == hf.HELPER_WHO_FIRST


@pytest.mark.parametrize(
    "text",
    [
        "do the police want screenshots? do i take away his phone",
        "is it ok to delete the messages on his account",
    ],
)
def test_a_helpers_evidence_question_is_the_evidence_answer(text):
    assert hf.helper_child_kind(text, _UNCLE) == hf.HELPER_EVIDENCE


def test_a_staff_members_duty_question_reaches_the_duty_answer():
    earlier = ["i'm a school counsellor and one of my students had her pic shared"]
    for text in (
        "do i have to report it?",
        "am i obligated to call the police",
        "is it mandatory for me to report this",
    ):
        assert hf.helper_child_kind(text, earlier) == DUTY_TO_REPORT
    # "who am I supposed to call" asks where to go, not whether one must.
    assert hf.helper_child_kind("who am i supposed to call", earlier) != DUTY_TO_REPORT
    # A parent is not staff: no duty answer.
    assert hf.helper_child_kind("do i have to report it?", _UNCLE) != DUTY_TO_REPORT
    assert answer_kind("as her teacher, am i required to report this") == DUTY_TO_REPORT


def test_every_kind_has_short_static_answers():
    responses = all_responses()
    for kind in specific.SPECIFIC_KINDS:
        assert DEFAULT_DIRECT_ANSWERS[kind] == specific.ANSWERS[kind]
        for name in specific.ANSWERS[kind]:
            assert len(responses[name][0]["text"]) <= 600, name
    assert DEFAULT_DIRECT_ANSWERS[hf.HELPER_EVIDENCE] == ["utter_helper_minor_evidence"]


def test_answers_say_what_the_sources_say():
    responses = all_responses()

    def text(kind: str) -> str:
        return " ".join(responses[n][0]["text"] for n in specific.ANSWERS[kind])

    assert "s. 162" in text(specific.VOYEURISM)
    assert "Canadian Centre for Child Protection" in text(specific.WHAT_IS_CYBERTIP)
    assert "only a hash" in text(specific.STOPNCII_HOW)
    assert "doesn't say how long" in text(specific.CRT_HOW_LONG)
    assert "up to 3 hours" in text(specific.LAWYER_REPRESENT)
    assert "doesn't say the lawyer will represent you" in text(specific.LAWYER_REPRESENT)
    assert "s. 163.1" in text(specific.UNDER_18_IMAGE)
    assert "not in trouble" in text(specific.UNDER_18_IMAGE)
    assert "doesn't say which sites" in text(specific.TAKE_IT_DOWN_SCOPE)
    assert "no age restrictions" in text(specific.LAWYER_NO_PARENTS)
    assert "9-1-1" in text(specific.DANGER_DESCRIBED)
    assert (
        "never save, screenshot or forward an image of the child"
        in (responses["utter_helper_minor_evidence"][0]["text"])
    )
