"""Rounds 29-30 (young31): a child's situation recognised (assistant/young31.py, the trust word
in "the assistant coach", "showing ppl" read as shared), and the dropped half of a two-question
message answered (assistant/question_parts.py's new parts). Several wordings per kind."""

from __future__ import annotations

import pytest

from assistant import question_parts, young31
from assistant.age_parsing import parse_ages
from assistant.situation_reading import situation_from_text
from assistant.writer_frames import ASKER_TROUBLE_REPORT, frame_kind


# --- an adult in the family asks for pictures, "it's a secret" -------------------------------
@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (
            ["my uncle wants me to send him pictures"],
            "hes my uncle and he lives with us. its a secret",
        ),
        (["im 12 my stepdad keeps asking for pics"], "he said not to tell anyone"),
        (["my cousin wants nudes of me", "im 14"], "he lives with us and said its our secret"),
        (["i'm 15. my moms boyfriend keeps asking me to send photos"], "he says its between us"),
    ],
)
def test_family_secret_is_exploitation_not_consent(earlier, text):
    answer = young31.follow_up(text, [], earlier, None, [])
    assert answer is not None and answer[-1] == "utter_young31_tell_next"
    assert answer[0] in ("utter_young31_secret", "utter_young31_secret_no_age")


def test_secret_with_age_said_is_the_young_answer():
    earlier = ["im 13. my uncle wants me to send him pictures"]
    assert young31.follow_up("he lives with us", [], earlier, None, []) == young31.SECRET
    no_age = young31.follow_up(
        "he lives with us", [], ["my uncle wants me to send him pictures"], None, []
    )
    assert no_age == young31.SECRET_NO_AGE


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["im 30 and my uncle wants me to send him pictures"], "he said its a secret"),
        (["my daughter is 12, her uncle keeps asking her for pics"], "he lives with us"),
        (["my uncle lives with us"], "he said its a secret"),  # nothing asked for
    ],
)
def test_no_secret_answer_for_adults_helpers_or_no_request(earlier, text):
    assert young31.secret_kind(text, earlier, None) is None


# --- "am I in trouble", "who do I tell" -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "im 13. i dont want to get in trouble. who do i tell",
        "am i in trouble? i didnt send any",
        "who should i tell",
        "will i get in trouble if i tell",
        "i dont wanna be in trouble",
    ],
)
def test_young_writer_asked_for_pictures_is_not_in_trouble(text):
    earlier = ["im 12 someone on roblox keeps asking me for pictures"]
    assert young31.follow_up(text, [], earlier, None, []) == young31.NOT_IN_TROUBLE


def test_trouble_asked_again_gets_the_short_form_then_the_full_one():
    earlier = ["im 13 my uncle wants me to send him pics"]
    after_secret = young31.follow_up("who do i tell", young31.SECRET, earlier, None, [])
    assert after_secret == young31.NOT_IN_TROUBLE_AGAIN
    again = young31.follow_up(
        "but am i in trouble", young31.NOT_IN_TROUBLE_AGAIN, earlier, None, []
    )
    assert again == young31.NOT_IN_TROUBLE


def test_trouble_not_read_for_an_adult_or_without_a_request():
    assert (
        young31.follow_up("am i in trouble", [], ["im 25, my boss asks for pics"], None, []) is None
    )
    assert young31.follow_up("am i in trouble", [], ["im 14 i skipped school"], None, []) is None


# --- "if I tell he'll say I did bad stuff" ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "he said if i tell anyone he will say i did bad stuff",
        "if i tell my mom hell say i sent him stuff first",
        "he says hell blame me",
        "she said shell get me in trouble if i tell",
    ],
)
def test_blame_threat_to_a_young_writer(text):
    earlier = ["im 12", "someone on roblox wants pics of me"]
    assert young31.follow_up(text, [], earlier, None, []) == young31.BLAME_THREAT


# --- "will she get arrested? I just want her to delete it" ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "if I report to cybertip will she get arrested? I just want her to delete it",
        "will she go to jail? i dont want to ruin her life",
        "would she get charged if i told the police",
        "is she going to get a criminal record",
    ],
)
def test_young_writer_asks_if_the_other_young_person_is_arrested(text):
    earlier = ["im 16 and my ex says shes going to send my pic to everyone", "shes 16 too"]
    assert young31.follow_up(text, [], earlier, None, [])[-2:] == young31.OTHER_ARRESTED


def test_the_she_correction_is_heard_first():
    earlier = ["im 15 my girlfriend says she'll post my nudes"]
    answer = young31.follow_up("its a she not a he. will she get arrested", [], earlier, None, [])
    assert answer == [young31.SHE_HEARD, *young31.OTHER_ARRESTED]


def test_arrest_not_read_for_an_adult_asker_or_a_coach():
    asked = ["im 14 a 30 year old guy keeps asking for pics"]
    assert young31.other_arrested_kind("will he get arrested", asked, [], None) is None
    coach = ["im 14 my coach wants pics"]
    assert young31.other_arrested_kind("will he get in trouble", coach, [], None) is None


# --- "he's showing them to people" ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "no like hes SHOWING them to ppl at his school. im 14 hes 19",
        "im 15 and he keeps showing my pics to his friends",
        "hes showing everyone. im 13",
    ],
)
def test_showing_is_sharing_for_a_young_writer(text):
    earlier = ["my friends brother has pics of me"]
    assert young31.follow_up(text, [], earlier, None, []) == young31.SHOWN


def test_showing_people_reads_as_shared():
    assert situation_from_text("my friends brother has pics of me and i think hes showing ppl")
    assert situation_from_text("shes showing ppl my pics") == "shared"


# --- the relationship in the message ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "im 14 and the assistant coach on my volleyball team keeps asking for pics",
        "im 13 the head coach asked me for a pic",
        "my hockey coach keeps snapping me",
        "my math teacher",
    ],
)
def test_a_coach_named_with_a_word_before_is_trust(text):
    assert parse_ages(text).authority is True


def test_a_friends_brother_is_no_trust_answer():
    assert parse_ages("my friends brother has pics of me").authority is None


def test_tell_mom_and_the_team_knowing_is_the_askers_trouble_answer():
    earlier = ["hi im 14 and the assistant coach on my team keeps snapping me asking for pics"]
    text = "if i tell my mom will he get in trouble and everyone on the team will know it was me"
    assert frame_kind(text, earlier, []) == ASKER_TROUBLE_REPORT


# --- the dropped half of a two-question message -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("should i tell the school? the principal? will the boy get charged", "tell_school"),
        ("do we inform her school or not", "tell_school"),
        ("if i report him will i get fired? will he know it was me", "fired"),
        ("can my boss fire me for saying no", "fired"),
        ("CAN I ALSO GO TO THE COPS OR DO I HAVE TO PICK ONE", "pick_one"),
        ("can i do both the tribunal and police", "pick_one"),
        ("I emailed last week. Nobody has gotten back to me.", "no_reply"),
        ("i called and they havent called me back", "no_reply"),
        ("can anything be done about such old photographs?", "old_photos"),
        ("the pics are from 30 years ago, does it count", "old_photos"),
        ("Can my sister join the lawyer meeting by video?", "someone_with_me"),
        ("could my support worker come too", "someone_with_me"),
        ("I need lawyer who speak Farsi please.", "need_lawyer"),
        ("I want to talk to a lawyer", "need_lawyer"),
        ("im 17. am i in trouble for sending it? will my parents find out", "young_trouble"),
        ("what can i do without him finding out", "keep_secret"),
        ("Thank you. How I contact them?", "number"),
    ],
)
def test_each_dropped_half_is_a_part(text, part):
    assert part in [found.name for found in question_parts.asked_parts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "they got back together",
        "the lawyer called me back",
        "will he get fired",  # the asker's trouble, not the writer's job
        "im 14. should i tell my teacher",  # a safe adult for a young writer
        "am i in trouble for this",  # no young age said
        "do i have to report to police to get help",  # a victim: police_first's
        "he filmed her without her knowing",
        "do i need a lawyer for that",  # the tribunal's answer says, not the contact line
    ],
)
def test_no_part_for_nearby_words(text):
    names = {found.name for found in question_parts.asked_parts(text)}
    new = {"no_reply", "fired", "tell_school", "young_trouble", "need_lawyer", "keep_secret"}
    assert not names & new


def test_narrow_parts_are_added_beside_another_answer():
    added = question_parts.narrow_parts(
        "should i tell the school? and will the boy get charged",
        ["utter_minors_who_shared"],
        "",
        [],
    )
    assert added == ["utter_institution_school"]
    said_number = "call 604-673-3143"
    assert question_parts.narrow_parts("I need a lawyer please", [], said_number, []) == []


# --- narrowed on re-landing: older answers kept ----------------------------------------------
@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["my ex showed my nudes to his friends. im 16"], "can he get arrested for that?"),
        (
            ["someone in my grade made an ai nude of me and posted it. im 14"],
            "will they get arrested",
        ),
    ],
)
def test_arrest_of_him_or_them_keeps_the_older_crime_answer(earlier, text):
    assert young31.follow_up(text, [], earlier, None, []) is None


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (
            ["my ex wants me to delete her pics. is it illegal to have them"],
            "im 16 and shes 16, she sent them to me. am i in trouble for still having them?",
        ),
        (
            ["Im 17 and my manager at work keeps asking for pics. hes like 24"],
            "i already sent him one :( am i in trouble",
        ),
        (
            ["some girl wants 500 bucks or shell send them to all my followers", "im 16"],
            "i cant tell my parents tho who can i talk to",
        ),
    ],
)
def test_trouble_kept_for_a_sender_or_someone_elses_pictures(earlier, text):
    assert young31.follow_up(text, [], earlier, None, []) is None


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["were both 16 and 17", "my friends keep asking to see"], "can i show my friends her pic"),
        (["im 14 hes 19", "he has pics of me"], "he says hell show ppl if i break up w him"),
    ],
)
def test_own_showing_or_a_threat_to_show_is_not_shown(earlier, text):
    assert young31.shown_kind(text, earlier, [], None) is None


def test_telling_an_aunt_is_the_safe_adult_not_the_secret():
    earlier = ["my hockey coach keeps asking me for pics, im 15"]
    assert (
        young31.secret_kind("ok i think i'll tell my aunt tonight. thank you", earlier, None)
        is None
    )


def test_a_school_counsellor_writing_is_no_position_of_trust():
    assert (
        parse_ages("Hi, I'm a school counsellor. A grade 10 student (15) told me").authority is None
    )
