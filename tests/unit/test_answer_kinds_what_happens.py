"""Plain follow-ups get their own answer (issue 16, part 2, helper h10d):
assistant/answer_kinds_what_happens.py reads them; domain/what_happens.yml answers them.
Institutions (university, residence, employer, HR, a child's school), waitlists and how soon,
proof before calling, a cheaper lawyer elsewhere, being found out after a report, what happens
to the people who did it, and a threat carried out."""

from __future__ import annotations

import pytest

from assistant import answer_kinds_what_happens as pf
from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_everyday import LOW_COST_HELP
from assistant.answer_kinds_sources import CHILD_IN_TROUBLE, OTHERS_IN_TROUBLE
from assistant.content.responses import all_responses
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS

KINDS = {
    pf.INSTITUTION: [
        "is there anything my uni can do about this",
        "could the college step in at all?",
        "can the residence staff do something, he lives on my floor",
    ],
    # Round 24 (limits25, p06): a workplace gets the workplace's wording.
    pf.INSTITUTION_WORK: [
        "would it help if I told human resources",
        "do i need to let my supervisor know?",
        "what would my workplace even do",
        "should I report it to my employer?",
    ],
    pf.SCHOOL_TELL: [
        "do we tell the principal or not",
        "is it a good idea to inform his school",
        "should my daughter tell the vice principal",
        "should I report this to my son's school",
    ],
    pf.WAITLIST: [
        "is there a wait list for the lawyer",
        "how quickly will someone call me back",
        "when can I actually speak to a real person",
        "are there long waiting times?",
        "how many days until I get an appointment",
    ],
    pf.EVIDENCE_FIRST: [
        "do i have to collect evidence before i call them",
        "is proof required?",
        "will they help me without screenshots",
        "should i gather the messages first before calling",
    ],
    LOW_COST_HELP: [
        "who else has free lawyers",
        "are there any other low cost legal clinics",
        "where could i find an affordable lawyer",
        "is there somewhere else with cheaper legal help",
    ],
    pf.REPORTED_FOUND_OUT: [
        "if i go to the cops will my ex find out it was me",
        "would he be told that i reported him",
        "im scared he will find out i reported to cybertip",
        "does the guy get told who reported",
        "what happens if she finds out i reported her",
    ],
    pf.CONSEQUENCES: [
        "will the people who made that fake video be punished",
        "could my ex be charged for posting it",
        "is there any punishment for him",
        "what will happen to the guy who leaked it",
        "can the police arrest him for this",
    ],
    pf.IF_POSTED: [
        "what if she really does post them",
        "and what if he leaks it anyway",
        "but if they share it then what",
        "what do I do if the photos end up online",
        "what if he follows through",
    ],
}


@pytest.mark.parametrize(
    "kind,text", [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
def test_each_kind_is_read(kind, text):
    cleaned = " ".join(text.lower().split())
    assert pf.what_happens_kind(cleaned) == kind
    # Whatever the classifier's topic, as a first message or a follow-up.
    for intent in (None, "nlu_fallback", "inform_threatened", "ask_service"):
        assert answer_kind(text, intent) == kind, intent


@pytest.mark.parametrize(
    "text,kind",
    [
        # The older answers that fit stay theirs.
        ("will the boys in her class who shared it be charged", OTHERS_IN_TROUBLE),
        ("will my son get in trouble for sending it", CHILD_IN_TROUBLE),
        ("how long does a protection order take?", "crt_how_long"),
        ("am I going to get in trouble", "youth_in_trouble"),
        ("can my school do anything?", "subject_school_acts"),
    ],
)
def test_neighbouring_answers_are_kept(text, kind):
    assert answer_kind(text, "nlu_fallback") == kind


@pytest.mark.parametrize(
    "text",
    [
        "he posted it on instagram",
        "what is an intimate image",
        "how do i report to police",
        "i work at a school",
        "what if he posts it unless i pay",
        "how long does the tribunal take",
        "do i qualify",
        "my boss is the one who shared them",
    ],
)
def test_near_misses_are_not_read(text):
    assert pf.what_happens_kind(" ".join(text.lower().split())) is None


def test_a_young_persons_teacher_keeps_the_safe_adult_answer():
    assert answer_kind("should I tell my teacher", "nlu_fallback") == "tell_anyone"


def test_every_kind_has_short_static_answers():
    responses = all_responses()
    for kind in pf.WHAT_HAPPENS_KINDS:
        assert DEFAULT_DIRECT_ANSWERS[kind] == pf.ANSWERS[kind]
        for name in pf.ANSWERS[kind]:
            assert len(responses[name][0]["text"]) <= 600, name
            assert responses[name][0].get("buttons"), name


def _text(name: str) -> str:
    return all_responses()[name][0]["text"]


def test_answers_say_what_the_sources_say_and_where_they_are_silent():
    institution = _text("utter_institution_adult")
    assert "doesn't say what a university" in institution
    assert "Civil Resolution Tribunal" in institution and "1-833-688-4381" in institution
    school = _text("utter_institution_school")
    assert "doesn't say whether to tell the school" in school
    assert "Cybertip.ca" in school and "Never save or forward" in school
    waitlist = _text("utter_waitlist")
    assert "doesn't say if there is a waitlist" in waitlist
    assert "Intake Coordinator" in waitlist and "up to 1 week" in waitlist
    evidence = _text("utter_evidence_first")
    assert "don't have to give details" in evidence and "under 18" in evidence
    found_out = _text("utter_reported_found_out")
    assert "doesn't say whether" in found_out and "1-800-563-0808" in found_out
    assert "9-1-1" in found_out and "686868" in found_out
    consequences = _text("utter_consequences_for_them")
    assert consequences.startswith("This is legal information, not legal advice.")
    assert "under 18" in consequences and "damages" in consequences
    assert "police to decide" in consequences
    posted = _text("utter_if_threat_carried_out")
    assert "18 or older" in posted and "de-indexed" in posted and "damages" in posted
    low_cost = _text("utter_low_cost_help")
    assert "Everyone Legal Clinic" in low_cost and "not free" in low_cost


def test_no_crisis_lines_or_removal_tools_for_a_cheaper_lawyer():
    low_cost = _text("utter_low_cost_help")
    for word in ("9-8-8", "StopNCII", "Take It Down", "VictimLinkBC", "310-6789"):
        assert word not in low_cost


@pytest.mark.parametrize(
    "text,intent",
    [
        # Topics whose own answer fits keep it (training examples of those topics).
        ("can he go to jail for posting my pics", "ask_is_it_crime"),
        ("how soon can i get an appointment", "ask_what_to_expect"),
        ("do they need screenshots of the pics", "ask_details_required"),
        # Not this module's: a visit feared, confidentiality, legal aid elsewhere, anonymity.
        ("what happens if he shows up at my school one day", "need_help_now"),
        ("will my boss find out about this", "ask_confidentiality"),
        ("how do i apply for legal aid in alberta", "out_of_scope"),
        ("can i report it anonymously to police", "ask_police"),
        ("wait so what is this service exactly", "ask_service"),
        ("how long can i talk to the lawyer", "ask_service"),
        ("i cant afford to wait for a lawyer, are there other places", "ask_resources"),
    ],
)
def test_topics_that_fit_keep_their_answers(text, intent):
    assert pf.what_happens_kind(" ".join(text.lower().split()), intent) is None


@pytest.mark.parametrize(
    "text,intent,kind",
    [
        # The kind's own words win over a neighbouring topic.
        ("will the guys who made the deepfake get charged", "ask_is_it_crime", pf.CONSEQUENCES),
        ("is there a waiting list or do i get seen fast", "ask_what_to_expect", pf.WAITLIST),
        # After a threat, read as the law: what happens then, not the crime answer again.
        ("what happens if he really does post them?", "ask_is_it_crime", pf.IF_POSTED),
    ],
)
def test_the_kinds_own_words_win(text, intent, kind):
    assert pf.what_happens_kind(text, intent) == kind


def test_a_fee_asked_with_the_wait_keeps_the_fee_answer():
    text = "is the lawyer free? and how long until i actually talk to one"
    assert pf.what_happens_kind(text) is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("what about my university, can they do something?", pf.INSTITUTION),
        ("would telling my employer help", pf.INSTITUTION_WORK),
        ("how long is the wait?", pf.WAITLIST),
        ("when will I hear back?", pf.WAITLIST),
        ("does reporting mean he'll know it was me", pf.REPORTED_FOUND_OUT),
        ("im 16, if i tell cybertip will the guy know i did it", pf.REPORTED_FOUND_OUT),
        ("will there be consequences for him", pf.CONSEQUENCES),
        ("and if he goes ahead and posts them?", pf.IF_POSTED),
    ],
)
def test_more_wordings(text, kind):
    assert answer_kind(text, "nlu_fallback") == kind


def test_a_removal_question_with_the_fear_keeps_the_removal_answer():
    text = "ok. what happens if she posts it anyway? can i get it taken down"
    assert pf.what_happens_kind(text) is None
    assert pf.what_happens_kind("what if she still posts it", "route_finder") is None


def test_a_helper_of_a_child_asking_if_he_could_be_charged_gets_the_helper_answer():
    from assistant.helper_context import _REPLACEABLE

    # "so you're saying he could be charged?" from a parent whose son was blackmailed: the
    # helper's reading ("To be clear: ... not in trouble") replaces "for the police to decide".
    assert pf.CONSEQUENCES in _REPLACEABLE
