"""Session 16 (mine): small kinds noticed in round 15's review (docs/intents.md "Session 16")."""

from __future__ import annotations

import pytest

from assistant import dropped_halves as dh
from assistant import question_fallback as qf
from assistant import skipped_questions as sq

NOBODY = dh.Writer(texts=["my ex posted my nudes"])
ADULT = dh.Writer(adult=True, texts=["im 26 and he put it on facebook"])
YOUNG = dh.Writer(young=True, texts=["im 15 someone put my pic up"])


@pytest.mark.parametrize(
    ("kind", "text", "writer"),
    [
        (sq.PLATFORM_REMOVAL, "how do I get instagram to take it down", NOBODY),
        (sq.PLATFORM_REMOVAL, "can i make reddit delete the post?", NOBODY),
        (sq.PLATFORM_REMOVAL_ADULT, "is there a way to get facebook to remove it", ADULT),
        (sq.PLATFORM_REMOVAL_YOUNG, "can i make tiktok remove it?", YOUNG),
        (sq.PLATFORM_REMOVAL, "how can i ask the site to take them down", NOBODY),
    ],
)
def test_the_platform_asked_to_act_gets_the_platform_first(kind, text, writer):
    assert sq.skipped_kind(text, writer.texts, writer) == kind


@pytest.mark.parametrize(
    "text",
    [
        "instagram took it down already",
        "can i report it to instagram?",  # its own answer (next_questions.platform_report)
        "i asked my friend to take it down",
    ],
)
def test_not_the_platform_asked_to_act(text):
    assert sq.skipped_kind(text, NOBODY.texts, NOBODY) not in {
        sq.PLATFORM_REMOVAL,
        sq.PLATFORM_REMOVAL_ADULT,
        sq.PLATFORM_REMOVAL_YOUNG,
    }


# --- a question mid-conversation that nothing read (assistant/question_fallback.py) ---------

STORY = ["my ex posted a video of me on a forum"]


def _parse(name: str = "nlu_fallback", confidence: float = 0.3) -> dict:
    return {"intent": {"name": name, "confidence": confidence}}


@pytest.mark.parametrize(
    "text",
    [
        "will the whole team know??",
        "which lawyer? where do I find one",
        "ok but does the lawyer do the divorce stuff too",
        "is that bill actually in force yet",
    ],
)
def test_a_question_mid_conversation_that_fell_to_the_fallback_is_said_back(text):
    assert qf.fallback_kind(_parse(), text, STORY, False, False) == qf.QUESTION_FALLBACK
    assert qf.asked_question(text)


@pytest.mark.parametrize(
    "text", ["does my landlord have to know?", "would his mom see it if i report?"]
)
def test_an_out_of_scope_question_pointing_back_at_the_story_is_said_back(text):
    assert (
        qf.fallback_kind(_parse("out_of_scope"), text, STORY, False, False) == qf.QUESTION_FALLBACK
    )


@pytest.mark.parametrize("text", ["can you help me with my taxes?", "what is the weather like?"])
def test_a_question_out_of_scope_keeps_the_out_of_scope_answer(text):
    assert qf.fallback_kind(_parse("out_of_scope"), text, STORY, False, False) is None


def test_outside_bc_gets_the_routes_open_to_anyone_instead_of_the_bc_lawyer():
    kind = qf.fallback_kind(_parse(), "can i sue her where i live?", STORY, True, False)
    assert kind == qf.QUESTION_FALLBACK_OUTSIDE_BC
    assert "utter_not_covered_who" not in qf.ANSWERS[kind]


@pytest.mark.parametrize(
    ("parse", "text", "earlier", "checked_in"),
    [
        (_parse(), "will the whole team know??", [], False),  # a first message: did-you-mean
        (_parse(), "it HAS been shared", STORY, False),  # a statement, not a question
        (_parse(confidence=1.0), "qwpoeiru zxmcnv?", STORY, False),  # the gibberish guard
        (_parse("ask_crt", 0.4), "so the tribunal cant help me?", STORY, False),  # a topic
        (_parse(), "what is even the point anymore?", STORY, True),  # a check-in came first
    ],
)
def test_not_the_question_fallback(parse, text, earlier, checked_in):
    assert qf.fallback_kind(parse, text, earlier, False, checked_in) is None


def test_the_quote_is_cleaned_of_markup():
    assert "<" not in qf.asked_question("<b>will he know?</b>")


def test_the_action_server_down_still_gets_a_static_answer():
    from rasa.shared.core.events import ActionExecuted, UserUttered

    from assistant.policies.interrupt import failed_action_reply
    from tests.domain_files import responses

    events = [UserUttered("will the whole team know?"), ActionExecuted(qf.ACTION)]
    reply = failed_action_reply(events, {qf.ACTION})
    assert reply == qf.STATIC_STAND_IN
    assert reply in responses()
    for sequence in qf.ANSWERS.values():
        assert all(name in responses() for name in sequence[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im 15 and someone put my pic on tiktok", True),
        ("im 16 he put my nudes up online", True),
        ("i'm 14 and she put a video of me on snap", True),
        ("im 15 i put my phone on the table", False),  # no image of theirs
        ("im 19 and someone put my pic on tiktok", False),  # an adult
    ],
)
def test_a_young_writers_images_put_online_get_the_youth_answer(text, expected):
    from assistant.helper_reading import own_images_shared_under_18

    assert own_images_shared_under_18(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is it illegal if he never shared it", False),  # his not sharing: not "none sent"
        ("is it still a crime if she didnt send it to anyone", False),
        ("my coach asked for pics but i never sent any", True),
        ("there are no pics, my coach just asked", True),
        ("he hasnt shared anything, i havent sent anything, he just asked", True),
    ],
)
def test_none_sent_is_the_writers_own_not_sending(text, expected):
    from assistant.helper_reading import asked_no_images

    assert asked_no_images(text) is expected


@pytest.mark.parametrize(
    "text",
    ["what if it happened 3 years ago", "what if it was posted back in 2021?"],
)
def test_what_if_it_happened_years_ago_is_the_old_events_question(text):
    from assistant.answer_kinds import answer_kind
    from assistant.answer_kinds_sources import OLD_EVENTS

    assert answer_kind(text) == OLD_EVENTS


# --- each question of a two- or three-question message (clauses.py, clause_answers.py) -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok how do i call them, is it open now", ["ok how do i call them", "is it open now"]),
        (
            "how do i reach them and are they even open",
            ["how do i reach them", "are they even open"],
        ),
        (
            "Can my sister be on the call? Do I have to describe it? And is it free?",
            ["Can my sister be on the call?", "Do I have to describe it?", "And is it free?"],
        ),
        ("what if he posts it", []),  # one question
        ("how and where do I report", []),  # "and" inside one question
        ("he posted my pics and i dont know what to do", []),  # no second question
        ("/ask_crt", []),  # a button's payload
    ],
)
def test_a_message_is_cut_into_its_questions(text, expected):
    from assistant.clauses import question_clauses

    assert question_clauses(text) == expected


def _clauses(*pairs):
    return {"clauses": [{"text": t, "intent": i, "confidence": c} for t, i, c in pairs]}


def test_a_guessed_message_gets_each_sure_questions_answer_in_order():
    from assistant import clause_answers as ca

    parse = _clauses(
        ("how do i reach them", "contact_lawyer", 0.84),
        ("when does the pilot end", "ask_service_dates", 0.9),
    )
    assert ca.clause_sequence(parse, True, []) == [
        "utter_contact",
        "utter_service_dates",
        "action_service_status",
    ]


def test_clause_answers_only_stand_in_for_a_guess_and_skip_what_was_just_said():
    from assistant import clause_answers as ca

    parse = _clauses(
        ("how do i reach them", "contact_lawyer", 0.84),
        ("are they even open", "ask_approach", 0.29),  # unsure: left out
    )
    assert ca.clause_sequence(parse, True, []) == ["utter_contact"]
    assert ca.clause_sequence(parse, False, []) is None  # the message's own answer stands
    assert ca.clause_sequence(parse, True, ["utter_contact"]) is None


def test_each_main_answer_is_its_rules_first_response():
    import glob

    import yaml

    from assistant.clause_answers import MAIN_ANSWER

    first = {}
    for path in glob.glob("data/rules/*.yml"):
        for rule in yaml.safe_load(open(path)).get("rules") or []:
            steps = rule.get("steps") or []
            if set(rule) == {"rule", "steps"} and steps and "intent" in steps[0]:
                first.setdefault(steps[0]["intent"], [s.get("action") for s in steps[1:]])
    for topic, answer in MAIN_ANSWER.items():
        assert first[topic][: len(answer)] == answer, topic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can the police make him delete it", True),
        ("will the cops force her to take them down?", True),
        ("can police get my ex to remove the pics", True),
        ("i called the police", False),
        ("should i tell the police", False),
    ],
)
def test_can_police_make_him_delete_it(text, expected):
    from assistant import legal_follow_ups as lf

    kind = lf.legal_kind(text, ["my ex posted my pics"], [[]])
    assert (kind == lf.POLICE_DELETE) is expected


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        ("will the lawyer talk to me or does it have to be her", ["my daughter's ex posted"], True),
        ("can i call them for her?", ["my friend's nudes got leaked"], True),
        ("does he have to be the one to call?", ["my son is 19, his pics are up"], True),
        ("can i call them tonight", ["my ex posted my pics online"], False),  # their own
        ("will the lawyer talk to me", ["someone posted a video of me"], False),
    ],
)
def test_a_helper_asks_whether_the_lawyer_talks_to_them(text, earlier, expected):
    from assistant import person_fit

    assert (person_fit.helper_talks_kind(text, earlier) == person_fit.HELPER_TALKS) is expected


@pytest.mark.parametrize(
    "text",
    [
        "so i can just text 988? like i dont have to talk",
        "i can text victimlink?",
        "does 988 take texts",
        "can they read text messages or do i have to call",
    ],
)
def test_asking_whether_a_line_takes_texts_is_the_text_lines_answer(text):
    from assistant.answer_kinds_everyday import TEXT_A_LINE, everyday_kind

    assert everyday_kind(text.lower()) == TEXT_A_LINE


def test_after_the_crisis_answer_an_unread_question_keeps_the_lines_never_not_sure():
    kind = qf.fallback_kind(_parse(), "what is that other thing?", STORY, False, False, True)
    assert kind == qf.QUESTION_FALLBACK_AFTER_CRISIS
    assert qf.ANSWERS[kind] == ["utter_question_fallback_after_crisis"]


# --- round 16's first fixes (tests/simulated-users/2026-12-04-round16/) ----------------------


def test_an_unsure_age_check_beside_a_cost_question_answers_the_cost():
    from assistant import age_form_guard

    parse = {
        "intent": {"name": "check_age_rules", "confidence": 0.4},
        "intent_ranking": [
            {"name": "check_age_rules", "confidence": 0.4},
            {"name": "ask_service", "confidence": 0.18},
        ],
    }
    text = "is the lawyer thing actually free? i live in victoria and im 24 and broke lol"
    assert age_form_guard.runner_up_topic(parse, text) == "ask_service"
    # another person named: the age check may be what is asked
    assert age_form_guard.runner_up_topic(parse, "im 17 and he is 24, is it free?") is None
    assert age_form_guard.runner_up_topic(parse, "I'm 16 and my supervisor keeps asking") is None
    sure = {**parse, "intent": {"name": "check_age_rules", "confidence": 0.9}}
    assert age_form_guard.runner_up_topic(sure, text) is None


@pytest.mark.parametrize(
    "text",
    ["my teacher asked me for pics on snap", "my coach keeps asking me for nudes"],
)
def test_asked_for_images_by_someone_with_trust_is_the_asked_answer(text):
    from assistant.helper_reading import asked_no_images

    assert asked_no_images(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm not ready to involve the police or leave him. Can I make him delete them?", False),
        ("That doesn't answer my question. Is there any way to make him delete them?", False),
        ("shes not answering her phone", True),
        ("my friend isnt replying and i cant reach her", True),
    ],
)
def test_someone_unreachable_is_not_read_in_not_ready_or_that_doesnt_answer(text, expected):
    from assistant.helper_reading import cannot_reach

    assert cannot_reach(text) is expected


def test_a_husband_who_filmed_is_no_one_the_writer_helps():
    from assistant import person_fit

    earlier = ["my husband secretly filmed us years ago"]
    text = "Can I speak with them even though he hasn't shown anyone?"
    assert person_fit.helper_talks_kind(text, earlier) is None


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        (
            "what do i say when she says its her fault cause she sent them",
            ["asking for my friend"],
            True,
        ),
        (
            "she keeps blaming herself for sending it",
            ["my daughter is 16 and a boy shared it"],
            True,
        ),
        ("he thinks its his own fault", ["my son's pics got posted"], True),
        ("is it my fault because i sent them", ["my ex posted my pics"], False),  # their own
    ],
)
def test_a_helper_says_the_person_blames_themselves(text, earlier, expected):
    from assistant import person_fit

    kind = person_fit.helped_blames_self_kind(text, earlier)
    assert (kind == person_fit.HELPED_BLAMES_SELF) is expected


def test_posted_years_ago_and_still_up_is_the_old_events_question():
    from assistant.answer_kinds import answer_kind
    from assistant.answer_kinds_sources import OLD_EVENTS

    assert answer_kind("ok and the 2022 thing? they were posted in 2022 and still up now") == (
        OLD_EVENTS
    )


@pytest.mark.parametrize(
    ("text", "actions", "expected"),
    [
        ("shes 12 tho not 18", ["utter_image_removal", "utter_image_removal_youth"], "child"),
        ("he is 15", ["utter_image_removal_youth", "action_listen"], "child"),
        ("no she's 24", ["utter_image_removal", "utter_image_removal_youth"], "adult"),
        ("shes 12 tho not 18", ["utter_crt"], None),  # no removal answer just before
    ],
)
def test_the_age_said_right_after_both_removal_branches_picks_one(text, actions, expected):
    from assistant import person_fit

    kind = person_fit.removal_age_kind(text, actions)
    wanted = {
        "child": person_fit.REMOVAL_CHILD_AGE,
        "adult": person_fit.REMOVAL_ADULT_AGE,
        None: None,
    }[expected]
    assert kind == wanted
