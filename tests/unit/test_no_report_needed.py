"""A helper of someone under 18 asks whether a police report is needed first
(assistant/no_report_needed.py, round 32 p08)."""

from __future__ import annotations

from assistant import no_report_needed as n

COUNSELLOR = [
    "Hello, I'm a school counsellor in Richmond. A grade 11 student (16) told me today that her "
    "boyfriend shared a nude she sent him with his friends. What are my obligations?"
]


def test_a_report_first_asked_for_a_young_person():
    for text in (
        "She's adamant she doesn't want the police involved. Does she have to report for the "
        "lawyer service or the takedown tools to work?",
        "Does SHE need a police report to use the free legal advice or Take It Down?",
        "That's not relevant, it was her boyfriend, same age. Simple question: can she get free "
        "legal advice without going to the police?",
    ):
        assert n.follow_up(text, COUNSELLOR, []) == [n.NO_REPORT_NEEDED_CHILD], text


def test_not_for_adults_or_the_writer_or_twice():
    adult = ["my friend's ex posted her nudes, she's 22"]
    text = "can she get free legal advice without going to the police?"
    assert n.follow_up(text, adult, []) is None
    assert n.follow_up(text, ["my ex posted my nudes"], []) is None
    assert n.follow_up(text, COUNSELLOR, [n.NO_REPORT_NEEDED_CHILD]) is None
    assert n.follow_up("should she report it to the police?", COUNSELLOR, []) is None
