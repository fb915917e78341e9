"""Round 18 kinds 5 and 6 (session 19, helper "roles"): who is writing kept and switched, facts
given kept (a home outside B.C.), facts not given never stated. Wordings are mine, not the
rater's (tests/simulated-users/2026-12-05-round18)."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant import helper_reading as hr
from assistant import outside_bc_offers as ob
from assistant import roles_fit as rf
from assistant import safety
from assistant.answer_kinds import asks_beside_facts
from assistant.family_writer import FAMILY_ANSWER, STAFF_ANSWER, fitted_for_family, writer_is_family
from assistant.role_kept import job_threat_told
from assistant.writer_frames import _POLICE_RULED_OUT

LAWYER_LINE = (
    "Keep the messages as evidence. For free legal advice, call 604-673-3143 or toll-free "
    "1-888-685-6222, or email standinformed@clasbc.net. The service began as a pilot for August "
    "2024 to March 2025, so call first to check it is taking new clients."
)
BUTTONS = [
    {"title": "Do I qualify?", "payload": "/check_eligibility"},
    {"title": "Talk to someone", "payload": "/contact_lawyer"},
    {"title": "How do I keep evidence?", "payload": "/ask_evidence"},
]


def _tracker(*user_texts: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker("t", [])
    for text in user_texts:
        tracker.update(UserUttered(text))
    return tracker


# --- (b) outside B.C.: the B.C.-only offers leave every later answer ------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["my ex threatens to post our video. i live in calgary", "can police do anything"],
        ["I live in Seattle and my ex posted my nudes", "is it a crime?"],
        ["hi, im in winnipeg manitoba", "what can i do"],
    ],
)
def test_outside_bc_home_drops_lawyer_lines_and_buttons(texts):
    events = [BotUttered(LAWYER_LINE, {"buttons": list(BUTTONS)})]
    ob.filter_events(events, _tracker(*texts))
    assert len(events) == 1
    assert "604-673-3143" not in events[0].text and "pilot" not in events[0].text
    assert events[0].text.startswith("Keep the messages as evidence.")
    payloads = [b["payload"] for b in events[0].data["buttons"]]
    assert payloads == ["/ask_evidence"]


@pytest.mark.parametrize(
    "texts",
    [
        ["i live in surrey and my ex posted my pics", "how do i reach the lawyer"],
        ["I'm moving from Toronto to Vancouver next month", "how do i contact them"],
        ["my ex posted my nudes", "what can i do"],  # no home said
        # a mother in Quebec writing for her daughter in Vancouver: the daughter's home counts
        ["I live in Quebec. my daughter is 19 and lives in Vancouver, her ex posted her video"],
    ],
)
def test_bc_home_moving_unknown_or_helper_keeps_the_offer(texts):
    events = [BotUttered(LAWYER_LINE, {"buttons": list(BUTTONS)})]
    ob.filter_events(events, _tracker(*texts))
    assert "604-673-3143" in events[0].text
    assert len(events[0].data["buttons"]) == 3


def test_form_no_answer_counts_as_outside():
    assert ob.lives_outside_bc(["my ex posted my pics", "no"], "no")
    assert not ob.lives_outside_bc(["my ex posted my pics", "yes"], "yes")


def test_message_written_for_outside_bc_stays_whole():
    text = (
        "The free legal advice service is for people who live in B.C. You can still call its "
        "intake line to ask whether it can help: 604-673-3143."
    )
    events = [BotUttered(text, {})]
    ob.filter_events(events, _tracker("i live in alberta", "can i use the tribunal"))
    assert events[0].text == text


def test_message_with_only_the_offer_gives_the_note_when_nothing_else_is_left():
    events = [BotUttered("Free legal advice: 604-673-3143 or toll-free 1-888-685-6222.", {})]
    note = "The free legal advice service is for people who live in B.C."
    ob.filter_events(events, _tracker("i live in ontario", "how do i contact the lawyer"), note)
    assert len(events) == 1 and events[0].text == note


def test_no_note_when_another_action_already_answered_this_turn():
    tracker = _tracker("i live in alberta", "who do i call here?")
    tracker.update(BotUttered("The services I can name are B.C. services.", {}))
    events = [BotUttered("Free legal advice: 604-673-3143 or toll-free 1-888-685-6222.", {})]
    ob.filter_events(events, tracker, "The free legal advice service is for people in B.C.")
    assert events == []


def test_the_note_is_the_outside_bc_answer_in_the_domain():
    from rasa.shared.core.domain import Domain

    domain = Domain.load("domain")
    assert "people who live in B.C." in ob._note(domain)


def test_other_routes_in_the_same_sentence_are_kept():
    text = "Call IIPS (1-833-688-4381) or the lawyer (604-673-3143) to ask."
    assert ob.strip_text(text) == text


def test_crisis_lines_are_never_touched():
    text = "Please call or text 9-8-8 now. If you are in danger, call 9-1-1."
    events = [BotUttered(text, {})]
    ob.filter_events(events, _tracker("i live in calgary", "i want to die"))
    assert events[0].text == text


@pytest.mark.parametrize(
    "text", ["i live in calgary and i want to kill myself", "im in ontario and i want to die"]
)
def test_crisis_still_crisis_from_outside_bc(text):
    assert safety.safety_intent(text) == "crisis"


# --- (a) who is writing: kept, and switched by a correction ---------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["My daughter is 14 and her photo is going around", "do I have to report it?"],
        ["I'm his mother", "am I obligated to report?"],
        ["I'm a teacher", "I'm not staff, I'm her mother. do I have to report it?"],
        ["as her dad, what do i do", "must i report this to police?"],
    ],
)
def test_family_writer_gets_the_family_duty_answer(texts):
    assert writer_is_family(texts)
    assert fitted_for_family([STAFF_ANSWER, "x"], texts) == [FAMILY_ANSWER, "x"]


@pytest.mark.parametrize(
    "texts",
    [
        ["I'm a teacher and one of my students told me", "am I required to report?"],
        ["I'm her school counsellor", "do i have to report it"],
        ["someone posted my nudes", "do i have to report it?"],
    ],
)
def test_staff_or_the_person_keeps_the_staff_answer(texts):
    assert fitted_for_family([STAFF_ANSWER], texts) == [STAFF_ANSWER]


@pytest.mark.parametrize(
    "text",
    [
        "hes not blackmailing me he just keeps asking. will you tell my mom about this",
        "she's not threatening me, she only keeps messaging. are you going to tell my dad",
        "he's not asking me for money he just keeps asking for pics, will u tell my parents",
    ],
)
def test_young_writer_still_the_person(text):
    assert hr.helper_follow_up(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "they're not asking me, they're asking my niece",
        "he is not messaging me, he messages my daughter",
    ],
)
def test_near_miss_someone_else_named_is_a_helper(text):
    assert hr.helper_follow_up(text) == hr.HELPER_MINOR_NEXT


@pytest.mark.parametrize(
    "texts",
    [
        ["asking for my friend, her ex leaked her nudes, she's 26"],
        ["my little brother is 14 and a guy got a pic from him and posted it"],
        ["my sister's ex put her video online"],
    ],
)
def test_helper_gets_helper_removal_words(texts):
    got = rf.fitted(["utter_platform_off", rf.VICTIM_REMOVAL, rf.VICTIM_REMOVAL_YOUTH], texts, "")
    assert got == ["utter_platform_off", rf.HELPER_REMOVAL]


@pytest.mark.parametrize(
    "texts",
    [
        ["my 17 year old son forwarded a nude of a girl from school"],
        ["i shared my ex's nudes in a group chat and now im scared"],
    ],
)
def test_sharer_or_sharers_family_gets_no_victim_removal(texts):
    assert rf.fitted(["utter_own_child_what_now", rf.VICTIM_REMOVAL], texts, "") == [
        "utter_own_child_what_now"
    ]


def test_person_keeps_victim_removal():
    seq = [rf.VICTIM_REMOVAL, rf.VICTIM_REMOVAL_YOUTH]
    assert rf.fitted(seq, ["my ex posted my nudes"], "how do i get them down") == seq


@pytest.mark.parametrize(
    "text",
    [
        "can i call that government protection service on her behalf?",
        "could I contact IIPS for her, on her behalf?",
    ],
)
def test_on_behalf_naming_iips(text):
    assert rf.fitted([rf.ON_BEHALF], ["my friend's nudes leaked"], text) == [rf.ON_BEHALF_IIPS]


def test_on_behalf_near_miss_the_lawyer():
    text = "can i call the lawyer on her behalf?"
    assert rf.fitted([rf.ON_BEHALF], ["my friend's nudes leaked"], text) == [rf.ON_BEHALF]


# --- (c) no fact the person never gave -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I don't know if my ex shared my pictures. he still has them. can I make him delete them?",
        "not sure whether he posted them anywhere, can i get him to delete them",
        "no idea if she sent them to anyone. can i make her delete them?",
    ],
)
def test_unsure_shared_is_not_treated_as_shared(text):
    assert rf.fitted([rf.MAKE_DELETE], [text], text) == [rf.MAKE_DELETE_UNSURE]


def test_unsure_shared_but_threatened_keeps_the_order():
    text = "i dont know if he shared them but he threatened to. can i make him delete them?"
    assert rf.fitted([rf.MAKE_DELETE], [text], text) == [rf.MAKE_DELETE]


@pytest.mark.parametrize(
    "text",
    [
        "ok but i need this job. if i report him will i get fired?",
        "am i going to get fired for reporting my boss",
        "will i lose my job if i tell HR",
    ],
)
def test_job_worry_is_not_a_threat(text):
    assert not job_threat_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "my manager said hell fire me if i tell anyone",
        "he threatened to cut my shifts if i dont send",
        "my boss says ill lose my job if i say no. can he do that?",
    ],
)
def test_job_threat_told_still_a_threat(text):
    assert job_threat_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "she doesnt want to go to police. what can she do",
        "my friend doesn't want the cops involved, what now",
        "he won't report it to the police, any other way?",
    ],
)
def test_police_ruled_out_is_not_a_police_question(text):
    assert _POLICE_RULED_OUT.search(text)


def test_police_asked_is_still_police():
    assert not _POLICE_RULED_OUT.search("can she go to the police?")


# --- (d) a question with ages or places in it ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "should i tell my parents before he does? im 20 and i live at home in abbotsford",
        "will he find out if i call? im 23 and live in nanaimo",
        "im 31, in kelowna. should i warn my sister first?",
    ],
)
def test_question_beside_age_and_home_is_asked(text):
    assert asks_beside_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "im 20 and i live in abbotsford",
        "im 25. does that matter?",
        "im 19 and live in surrey. can i still get help?",
        "im 22, what can i do?",
    ],
)
def test_age_and_home_or_their_own_question_stay_facts(text):
    assert not asks_beside_facts(text)
