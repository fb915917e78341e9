"""Session 31 (rounds 45-46): a stay or a workplace is not a home, a home told with its state,
a statement of several sentences before the form's question, a short request for pictures
classified as sextortion, and a sharer's parent asking for his lawyer a second and third time."""

from __future__ import annotations

from assistant import helper_script
from assistant.home_reading import NO, YES, home_from_text
from assistant.nlu.crisis_guard import guard_decision
from assistant.statement_answers import statement_answers


def test_a_stay_or_a_workplace_is_not_a_home():
    airbnb = "I found a hidden camera in an Airbnb I stayed at in Tofino. Is this covered?"
    assert home_from_text(airbnb) is None
    assert home_from_text("I work in Vancouver but I actually live in Blaine, Washington") == NO
    assert home_from_text("I live and work in Surrey") == YES
    assert home_from_text("we live and work in Kelowna, he posted it") == YES
    assert home_from_text("he lives in Blaine, Washington") is None  # his, not mine


def test_a_statement_of_several_sentences_answers_the_forms_question():
    told = (
        "I don't know if anything was shared. Also I didn't say I live in BC, I was visiting."
        " I live in Vancouver though so it's fine. Is secretly recording someone illegal?"
    )
    assert statement_answers("eligibility_form", "lives_in_bc", "ask_is_it_crime", told)
    # a question first: nothing read
    first = "Is recording illegal? I live in Vancouver."
    assert not statement_answers("eligibility_form", "lives_in_bc", "ask_is_it_crime", first)


def _sextortion(confidence: float = 0.9) -> list[dict]:
    return [{"name": "sextortion", "confidence": confidence}]


def test_a_short_request_for_pictures_is_pressure_not_sextortion():
    ranking = _sextortion()
    override, _ = guard_decision("some guy online asked me for nudes", ranking[0], ranking)
    assert override and override["name"] == "ask_no_consent"
    threat = "he wants more pics or he will post them"
    override, _ = guard_decision(threat, ranking[0], ranking)
    assert override is None  # a threat keeps sextortion


def test_a_sharers_parent_asks_for_his_lawyer_again():
    son = ["My son is 17 and I found out he shared nude pictures of a girl with his friends."]
    ask = "Does he need a criminal lawyer?"
    kind = None  # no kind so far: helper_script reads the question
    first = helper_script.script_kind(ask, son, kind, [])
    again = helper_script.script_kind(ask, son, kind, ["utter_own_child_lawyer"])
    third = helper_script.script_kind(
        ask, son, kind, ["utter_own_child_lawyer", "utter_sharer_family_lawyer"]
    )
    assert helper_script.ANSWERS[first] == ["utter_own_child_lawyer"]
    assert helper_script.ANSWERS[again] == ["utter_sharer_family_lawyer"]
    assert helper_script.ANSWERS[third] == ["utter_sharer_lawyer_plainly"]


def test_weeks_or_people_are_no_age_and_youth_needs_a_word_of_youth():
    from assistant.age_parsing import parse_ages
    from assistant.nlu.crisis_guard import youth_misread

    assert parse_ages("but I'm still in Toronto for 4 more weeks").age is None
    assert parse_ages("im 15 and he sent it to 10 people").age == 15
    ranking = [
        {"name": "youth_disclosure", "confidence": 0.25},
        {"name": "check_eligibility", "confidence": 0.15},
    ]
    weeks = "but I'm still in Toronto for 4 more weeks. can I use any of those?"
    assert youth_misread(ranking[0], ranking, weeks) == ranking[1]
    for young in ("im not an adult yet", "i'm 15", "I am under the age of 18", "im in grade 9"):
        assert youth_misread(ranking[0], ranking, young) is None, young


def test_a_picture_on_other_peoples_phones_is_shared():
    from assistant.secret_told import not_shared_said

    phones = "how do i get it off all those peoples phones, its not online its just on their phones"
    assert not not_shared_said(phones, ["he airdropped a pic of me to 10 people"])
    assert not_shared_said("he hasnt posted them, he just has them", ["he has my pics"])


def test_if_the_service_says_no_what_else():
    from assistant import plain44

    for text in (
        "ok and if they say no because of income, what else is there",
        "I'm asking what OTHER options there are if I can't use them",
    ):
        assert plain44.kind(text, ["I make 60k"]) == [plain44.IF_SERVICE_SAYS_NO], text


def test_an_adults_age_keeps_youth_disclosure_for_the_adult_age_readers():
    from assistant.nlu.crisis_guard import youth_misread

    ranking = [
        {"name": "youth_disclosure", "confidence": 0.6},
        {"name": "check_age_rules", "confidence": 0.2},
    ]
    assert youth_misread(ranking[0], ranking, "im in bc and im 24") is None
