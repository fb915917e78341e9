"""A question's own subject when the classifier's topic was a neighbour's (issue 16, simulated
users round 5): assistant/answer_kinds_subjects.py reads it, domain/subject_answers.yml answers
it. Our own wordings; the intent given is the neighbour the classifier picked (or might)."""

from __future__ import annotations

import pytest

from assistant import answer_kinds_subjects as subjects
from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_everyday import LOW_COST_HELP
from assistant.answer_kinds_practical import CRT_OUTSIDE_BC, INCOME
from assistant.answer_kinds_sources import DUTY_TO_REPORT, FEE
from assistant.content.responses import all_responses
from assistant.helper_context import answer_kind_in_context
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS, direct_answer_sequence

# (text, the neighbouring intent the classifier may pick) by the kind that answers it.
KINDS: dict[str, list[tuple[str, str]]] = {
    FEE: [
        ("is it really free? i earn decent money", "ask_service"),
        ("i don't have much money, how much is this going to cost", "ask_service"),
        ("would the lawyer cost me anything? i'm on disability", "ask_service"),
        ("what's the catch, is it actually free?", "ask_service"),
        ("im broke, can i afford this?", "ask_service"),
    ],
    subjects.REAL_LAWYER: [
        ("can i get a lawyer?", "contact_lawyer"),
        ("will i actually talk to a real lawyer?", "ask_service"),
        ("is it a real person or a bot, the lawyer", "bot_challenge"),
        ("do i get an actual lawyer or just this chat", "ask_what_to_expect"),
        ("could i get a lawyer for free?", "contact_lawyer"),
    ],
    subjects.IIPS_OR_LAWYER: [
        ("what's the difference between the iips and the legal advice service", "ask_resources"),
        ("is the protection service the same thing as stand informed?", "ask_service"),
        ("iips vs the free lawyer, which one do i call?", "ask_image_removal"),
        ("should i contact the protection service or the lawyer first", "ask_what_to_expect"),
    ],
    subjects.REMOVAL_TOOLS_DIFFER: [
        ("how is stopncii different from take it down", "ask_image_removal"),
        ("stop ncii or take it down, which one?", "ask_image_removal"),
    ],
    subjects.CRT_OR_POLICE: [
        ("what's the difference between the tribunal and the police", "ask_crt"),
        ("should i go to the crt or the cops?", "ask_police"),
    ],
    subjects.IIPS_CAN: [
        ("can the iips check whether it's still online?", "nlu_fallback"),
        ("will the protection service search the internet for my pics?", "ask_resources"),
        ("could the iips find out who posted it", "ask_confidentiality"),
        ("does the intimate images protection service monitor sites?", "ask_image_removal"),
    ],
    subjects.SCHOOL_ACTS: [
        ("can the school make them delete it?", "ask_image_removal"),
        ("what can my principal do about it", "ask_support_person"),
        ("will the school do anything to the boys who spread it", "ask_crt"),
        ("can the school fire that teacher?", "ask_crt"),
    ],
    subjects.SCHOOL_TELLS: [
        ("will the school counsellor call the police on me", "ask_police"),
        ("does my teacher have to tell my parents?", "ask_confidentiality"),
        ("if i tell the school counsellor will she report it?", "ask_police"),
        ("would the principal call my mom", "ask_confidentiality"),
    ],
    subjects.MUST_REPORT: [
        ("do i have to report it", "ask_police"),
        ("am i required to go to the police?", "ask_police"),
        ("do i really need to press charges?", "ask_police"),
        ("does this have to be reported?", "nlu_fallback"),
    ],
    subjects.OTHER_TELL_PARENTS: [
        ("should he tell his parents? they'll take his phone", "nlu_fallback"),
        ("does my friend have to tell her mom", "ask_support_person"),
        ("what if she doesn't tell her parents", "nlu_fallback"),
        ("should she tell her dad? he will freak out", "inform_threatened"),
    ],
    CRT_OUTSIDE_BC: [
        ("can i file a tribunal claim if i moved to calgary, yes or no?", "ask_crt"),
        ("i'm out of province now, could i still go to the crt?", "ask_crt"),
    ],
    subjects.DAMAGES: [
        ("is there any compensation for this?", "ask_crt"),
        ("can i get money from him?", "ask_crt"),
        ("can i get paid damages from him?", "ask_crt"),
        ("will he have to pay me for what he did?", "ask_crt"),
        # Said, not asked: the wish that they pay for it is not a blackmailer's demand.
        ("i really want my ex to pay for what he did to me", "ask_crt"),
        ("I need them to pay for this", "sextortion"),
    ],
}


@pytest.mark.parametrize(
    "kind,text,intent",
    [(kind, text, intent) for kind, pairs in KINDS.items() for text, intent in pairs],
)
def test_each_subject_is_read_whatever_the_neighbouring_topic(kind, text, intent):
    assert answer_kind(text, intent) == kind


@pytest.mark.parametrize(
    "text,intent,expected",
    [
        # Other kinds keep their own answers.
        ("should i just pay him the money", "sextortion", "sextortion_pay"),
        ("i already paid him 300 dollars", "sextortion", "sextortion_already_paid"),
        ("can i get my money back", "nlu_fallback", "money_back"),
        ("will my income count against me", "nlu_fallback", "income_considered"),
        ("can i get a lawyer without my parents", "contact_lawyer", "lawyer_no_parents"),
        ("will the lawyer represent me in court", "contact_lawyer", "lawyer_represent"),
        ("do i need a lawyer for the tribunal", "ask_crt", "lawyer_for_crt"),
        ("can the tribunal act if i live in alberta", "ask_crt", "crt_outside_bc"),
        ("as her teacher, am i required to report this", "nlu_fallback", DUTY_TO_REPORT),
        # A plain "is it free?" keeps the service's answer; the classifier's flows keep theirs.
        ("is it free?", "ask_service", None),
        ("how much does it cost", "ask_service", None),
        ("i want to talk to a lawyer", "contact_lawyer", None),
        ("do i have to report it to the police first", "ask_police", None),
        ("what is the civil resolution tribunal", "ask_crt", None),
        # This chat, not the lawyer; when, not whether; the eligibility check's own question.
        ("am i talking to a real person?", "bot_challenge", None),
        ("are you a real lawyer", "bot_challenge", None),
        ("could i speak with a lawyer about this?", "contact_lawyer", None),
        ("can i see the lawyer in person", "ask_what_to_expect", None),
        ("how do i get a lawyer", "contact_lawyer", None),
        ("do i have to press charges for you to help me", "ask_police", None),
        ("how much does a lawyer cost for a house purchase", "out_of_scope", None),
        ("when would i actually speak to a lawyer?", "ask_what_to_expect", None),
        ("can i get the free lawyer", "check_eligibility", None),
        # A situation said with the comparison keeps the situation's answer (it names the tool).
        (
            "im 19 now but the pics are from when i was 16. should i use stopncii or take it down?",
            "nlu_fallback",
            "images_taken_under_18",
        ),
        # Statements, not questions about the subject.
        # (session 16: asked by a teacher, no age said, is the "asked, nothing sent" answer)
        ("my teacher asked me for nudes", "inform_shared", "asked_for_images_none_sent"),
        ("i'm unemployed and my ex posted my nudes", "inform_shared", None),
        ("he wants $500 and i don't have much money", "sextortion", None),
        ("how do i contact the iips", "ask_resources", None),
        ("i want to kill myself", "crisis", None),
    ],
)
def test_near_misses_keep_their_answers(text, intent, expected):
    assert answer_kind(text, intent) == expected


@pytest.mark.parametrize(
    "text",
    [
        "how much will it cost me? i'm on income assistance and really broke",
        "is it really free? i earn decent money",
        "is there a fee, i'm low income",
    ],
)
def test_a_cost_asked_with_a_money_worry_is_the_fee_answer_before_income(text):
    assert answer_kind(text, "ask_service") == FEE


def test_income_and_low_cost_questions_keep_their_answers():
    assert answer_kind("will my income count against me", "nlu_fallback") == INCOME
    assert answer_kind("i can't afford a lawyer", "nlu_fallback") == LOW_COST_HELP


def test_a_topic_that_covers_the_subject_keeps_its_answer():
    # The eligibility check's own answer says what the page says about income.
    assert subjects.subject_kind("im broke, can i afford this?", "check_eligibility") is None
    assert subjects.subject_kind("im broke, can i afford this?", "ask_service") == FEE


def test_a_staff_helper_still_gets_the_duty_answer_from_the_conversation():
    earlier = ["i coach a u14 team and one of my players says her nude is going around"]
    kind = answer_kind("do i have to report it?", "ask_police")
    assert kind == subjects.MUST_REPORT
    assert answer_kind_in_context(kind, "ask_police", "do i have to report it?", [
        "helper_for_minor"
    ], earlier) == DUTY_TO_REPORT  # fmt: skip


def test_inside_a_form_the_answer_comes_then_the_question_again():
    sequence = direct_answer_sequence(
        subjects.DAMAGES,
        DEFAULT_DIRECT_ANSWERS,
        "eligibility_form",
        "utter_ask_eligibility_form_lives_in_bc",
    )
    assert sequence == ["utter_damages", "utter_ask_eligibility_form_lives_in_bc"]


def test_every_kind_has_short_static_answers():
    responses = all_responses()
    for kind in subjects.SUBJECT_KINDS:
        assert DEFAULT_DIRECT_ANSWERS[kind] == subjects.ANSWERS[kind]
        for name in subjects.ANSWERS[kind]:
            assert len(responses[name][0]["text"]) <= 600, name


def _text(kind: str) -> str:
    responses = all_responses()
    return " ".join(responses[n][0]["text"] for n in DEFAULT_DIRECT_ANSWERS[kind])


def test_the_first_sentence_answers_the_subject():
    assert _text(FEE).startswith("The legal advice is free")
    assert _text(subjects.REAL_LAWYER).startswith("A real lawyer")
    assert _text(subjects.IIPS_OR_LAWYER).startswith("They are two different services")
    assert _text(subjects.DAMAGES).startswith("You may be able to")


def test_silent_sources_are_said_to_be_silent():
    for kind in (
        subjects.IIPS_CAN,
        subjects.SCHOOL_ACTS,
        subjects.SCHOOL_TELLS,
        subjects.MUST_REPORT,
        subjects.OTHER_TELL_PARENTS,
    ):
        assert "the information i have doesn't say" in _text(kind).lower(), kind


def test_answers_say_what_the_sources_say():
    assert "1-833-688-4381" in _text(subjects.IIPS_OR_LAWYER)
    assert "up to 3 hours" in _text(subjects.IIPS_OR_LAWYER)
    assert "18 or older" in _text(subjects.REMOVAL_TOOLS_DIFFER)
    assert "under 18" in _text(subjects.REMOVAL_TOOLS_DIFFER)
    assert "$75,000" in _text(subjects.DAMAGES)
    assert "contacts platforms" in _text(subjects.IIPS_CAN)
    assert "Cybertip.ca" in _text(subjects.SCHOOL_TELLS)
    assert "safe adult" in _text(subjects.OTHER_TELL_PARENTS)
    assert "don't need to report to the police" in _text(subjects.MUST_REPORT)


def test_and_for_teens_after_must_i_report_is_the_police_answer_for_youth():
    from assistant.follow_ups import follow_up_answer

    assert follow_up_answer(["inform_shared", subjects.MUST_REPORT]) == ["utter_police_youth"]
