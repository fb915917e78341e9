"""Police questions about old events (assistant/late_report.py, round 32 p24)."""

from __future__ import annotations

from assistant import late_report as lr


def test_telling_the_police_years_later():
    for text in (
        "not on internet I think, he just keep them. he still coach young girls. I can tell "
        "police after 10 year?",
        "can i report it to police 5 years later?",
        "is it too late to go to the police?",
    ):
        assert lr.follow_up(text, []) == [lr.LATE_REPORT], text
    assert lr.follow_up("can i report it to police 5 years later?", [lr.LATE_REPORT]) is None


def test_children_around_him_now():
    text = "I worry for the young girls he coach now. Who I should tell?"
    assert lr.follow_up(text, [lr.LATE_REPORT]) == [lr.OTHERS_AT_RISK]
    assert lr.follow_up("are there other victims? who should i tell", []) == [lr.OTHERS_AT_RISK]
    # round 11 p20: "who do I call today" about the parent's own case
    assert (
        lr.follow_up("So nobody can tell me if I should delete it. Who do I call today?", [])
        is None
    )


def test_not_a_plain_police_question():
    assert lr.follow_up("my ex posted my pics, should i tell the police?", []) is None
    assert lr.follow_up("he coaches my daughter's team", []) is None
