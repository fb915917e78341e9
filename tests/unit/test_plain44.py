"""Rounds 43-44 (assistant/plain44.py): own-words follow-ups the sources answer, where a stock
block, the youth block for an adult or "I'd rather not guess" came."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain44 as p

DEEPFAKE = ["some guys in my program made AI nudes of me", "can i sue them for money? im 19"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_an_adult_at_college():
    tell = "should i tell my program coordinator or will that make it worse"
    assert p.follow_up(tell, [], DEEPFAKE) == [p.COLLEGE_ADULT]
    school = "like is my school supposed to do something about it? its a college program"
    assert p.follow_up(school, [], DEEPFAKE) == [p.COLLEGE_ADULT]
    police = "um i said im 19. its a college not high school. so police or not?"
    assert p.follow_up(police, [], ["fake nude of me"]) == [p.REPORT_POLICE]
    # a young writer's school keeps the older answers
    assert p.follow_up("should i tell my teacher?", [], ["im 15, a fake nude of me"]) is None


def test_a_printed_copy_and_what_to_bring_to_the_police():
    prints = ["my ex printed out my nudes and left them in the mailboxes"]
    rip = "my neighbour gave me one of them. should i keep it or rip it up??"
    assert p.follow_up(rip, [], prints) == [p.DESTROY_PRINTS]
    bring = "no i mean when i call the POLICE. what info do they need from me"
    answer = [p.POLICE_WHAT_TO_BRING, "action_listen"]  # no narrow part beside it
    assert p.follow_up(bring, [], ["he wants 1000 more"]) == answer
    show = "do i have to show them the nude? reporting to police"
    assert p.follow_up(show, [], ["x"]) == answer
    # no police in sight, or said to someone: the older answers
    assert p.follow_up("what do i say to him?", [], ["he keeps asking"]) is None
    tonight = "And what do I say to her tonight? the police came today"
    assert p.follow_up(tonight, [], ["my daughter is 14"]) is None
    # burning or throwing out prints, a dean, VictimLinkBC's languages: the older answers
    assert p.follow_up("should i keep them or throw them out?", [], prints) is None
    assert p.follow_up("should i go to the dean about it?", [], ["x"]) is None
    assert p.follow_up("can victimlink talk arabic?", [], ["x"]) is None


def test_both_routes_taking_back_consent_and_if_the_service_says_no():
    both = "ok. can i do both at the same time, police and the tribunal? or does one cancel it"
    assert p.follow_up(both, [], ["x"]) == [p.BOTH_ROUTES]
    # "can I do both?" alone keeps the older two-routes answer
    assert p.follow_up("so can i do both? tribunal and cops?", [], ["x"]) is None
    back = "no i dont want police or tribunal. can i just take back my ok for her to have it?"
    assert p.follow_up(back, [], ["x"]) == p.REVOKE
    no = "and if they say no, what then"
    assert p.follow_up(no, [], ["I make about 90 grand a year"]) == [p.IF_SERVICE_SAYS_NO]
    assert p.follow_up("where else do I go", [], ["x"]) == [p.IF_SERVICE_SAYS_NO]


def test_a_services_language():
    french = "ok in english: is the CRT tribunal available in French?"
    assert p.follow_up(french, [], ["x"]) == [p.SERVICE_LANGUAGE]
    hindi = "does Cybertip have Hindi or Gujarati?"
    assert p.follow_up(hindi, [], ["x"]) == [p.SERVICE_LANGUAGE]
    # the service's own interpreter keeps its older answer
    assert p.follow_up("can the service give me an interpreter in Punjabi?", [], ["x"]) is None
