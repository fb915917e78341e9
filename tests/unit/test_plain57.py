"""Rounds 55-56's unanswered kinds (assistant/plain57.py), with the two readings they fixed
elsewhere: a home named inside a clause about the other person (assistant/home_reading.py) and
"you guys" read as a gender question (assistant/answer_kinds_who_and_how.py)."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain53
from assistant import plain57 as p
from assistant.answer_kinds_who_and_how import _GENDER_QUESTION
from assistant.home_reading import NO, home_from_text

STORY = ["my ex posted my pics"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_a_young_friend_gets_the_steps_written_to_a_friend():
    first = (
        "my best friend is getting blackmailed by some guy she met online, he says he'll post "
        "her nudes. shes 16 and so am i. she doesnt want to tell her parents. how do i help her"
    )
    assert p.follow_up(first, [], [], []) == [p.YOUNG_FRIEND_SEXTORTION, p.YOUNG_FRIEND_NO_PARENTS]
    told = [first]
    said = "im not her parent lol im her friend. does she have to tell them?"
    assert p.follow_up(said, [], told, [[]]) == [p.YOUNG_FRIEND_NO_PARENTS]
    said = "who else could she tell if not her parents? like can she call somebody herself"
    assert p.follow_up(said, [], told, [[]]) == [p.YOUNG_FRIEND_TALK]
    said = "can she call the free lawyer without her parents?"
    assert p.follow_up(said, [], told, [[]]) == [p.YOUNG_FRIEND_LAWYER]


def test_an_adult_helping_a_friend_is_not_a_young_friend():
    first = "my best friend is being blackmailed, he says he'll post her nudes. we're both 34"
    assert p.follow_up(first, [], [], []) is None


def test_a_child_an_adult_keeps_messaging_is_exploitation_with_no_age_quiz():
    first = (
        "A man online keeps messaging my niece. She's 11. I think she sent him one photo. "
        "Do we call the police?"
    )
    assert p.follow_up(first, [], [], []) == p.CHILD_ASKED
    said = "is there somewhere specific to report a man going after kids?"
    assert p.follow_up(said, [], [first], [[]]) == [p.CHILD_REPORT_WHERE]
    # A 17-year-old's own relationship is the age rules', not this answer.
    assert p.follow_up("my sister is 17 and her boyfriend is 18, is that ok?", [], [], []) is None


def test_money_back_and_asked_again():
    said = "And the money I already paid, is there any way to recover it?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.MONEY_BACK]
    again = "My question is about getting the 500 dollars back."
    assert p.follow_up(again, [p.MONEY_BACK], STORY, [[p.MONEY_BACK]]) == ["utter_money_back_again"]
    # Beside "will the police think I'm foolish": both halves (assistant/plain53.py).
    both = "Can I get my 500 dollars back? And will the police think I am a foolish old man?"
    assert plain53.follow_up(both, [], ["she wants me to pay"], [[]]) == [
        plain53.POLICE_VIEW,
        plain53.MONEY_BACK,
    ]


def test_a_deadline_for_a_claim_is_answered_honestly_not_with_the_pilot_dates():
    first = "How much can the tribunal award and is there a time limit to file?"
    assert p.follow_up(first, [], [], []) == [p.DAMAGES, p.TIME_LIMIT]
    said = "OK but is there an actual limitation period, like X years from when it was posted?"
    assert p.follow_up(said, [], STORY, [["utter_damages"]]) == [p.TIME_LIMIT]
    asked_again = p.follow_up(said, [p.TIME_LIMIT], STORY, [[p.TIME_LIMIT]])
    assert asked_again == ["utter_crt_time_limit_again"]
    # The service's own dates stay the pilot answer's.
    assert p.follow_up("is the service's deadline passed, is it too late?", [], STORY, [[]]) is None


def test_a_college_student_telling_school_and_screenshots_as_proof():
    told = ["a guy in my program made AI nudes of me from my insta"]
    said = "should i tell my school too? hes in my class at CNC"
    assert p.follow_up(said, [], told, [[]]) == [p.TELL_COLLEGE]
    said = "ok. and should i screenshot the fake pics as proof or no"
    assert p.follow_up(said, [], told, [[]]) == p.EVIDENCE
    # A young writer's school is the safe-adult answer's.
    assert p.follow_up("should i tell my school?", [], ["im 14 and he posted it"], [[]]) is None


def test_whether_the_iips_names_the_person_who_asked():
    said = "if I ask the protection service to contact him, will he know it was me who asked?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.IIPS_NAMES_ASKER]


def test_being_together_is_not_consent_and_secret_filming_is_named():
    told = ["he took a video of us without me knowing and showed it to his brother"]
    said = "he says it's no big deal since we're together"
    assert p.follow_up(said, [], told, [[]]) == [p.PARTNER_CONSENT, p.PARTNER_FILMING]
    said = "but is it actually wrong if we're a couple? he says he's allowed"
    assert p.follow_up(said, [], ["he showed my pic to his friends"], [[]]) == [p.PARTNER_CONSENT]


def test_a_remark_asked_as_a_threat():
    told = ["my ex said 'remember i still have those'"]
    said = "would that count as a threat though?"
    assert p.follow_up(said, [], told, [[]]) == [p.REMARK_THREAT]
    said = "right but he never actually said hed share them. who decides if thats a threat?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.REMARK_THREAT]


def test_french_today_and_own_pictures_from_under_18():
    said = "merci. but today, now, someone who speak french I can call? I am very upset"
    assert p.follow_up(said, [], STORY, [[]]) == p.FRENCH_TODAY
    told = ["nudes i took when i was 16 are getting shared around now, im 18 now"]
    said = "so should i delete the ones on my phone or not"
    assert p.follow_up(said, [], told, [[]]) == [p.OWN_YOUNG_IMAGES]


def test_a_home_named_in_a_clause_about_the_other_person():
    said = (
        "Hi, I'm in Toronto. A guy I used to date moved to BC and he posted pictures of me. "
        "Can the BC service help me even though I'm in Ontario?"
    )
    assert home_from_text(said) == NO


def test_you_guys_is_not_a_gender_question():
    assert not _GENDER_QUESTION.search("can i get help from you guys?")
    assert _GENDER_QUESTION.search("does this law cover guys too")


def test_waiting_to_move_a_parent_deleting_and_a_sharer_telling_her():
    said = "Does the service still cover me, or do I need to wait till I move?"
    assert p.follow_up("should i wait til i move to call", [], ["I live in Calgary"], [[]]) is None
    assert p.follow_up(said, [], ["I live in Calgary, moving to Vancouver"], [[]]) == (
        p.NOT_IN_BC_YET
    )
    # Right after the own-child answer that says to ask before deleting: its short version.
    said = "Should I take his phone away and delete it from it?"
    what_now = ["utter_own_child_what_now", "utter_own_child_what_now_next"]
    assert p.follow_up(said, what_now, STORY, [what_now]) == [p.OWN_CHILD_DELETE_AGAIN]
    # Right after the first own-child answer, the older readers' answer.
    own = ["utter_own_child_shared", "utter_own_child_shared_next"]
    assert p.follow_up(said, own, STORY, [own]) is None
    told = ["i sent my gfs nude to my buddy on snap. am i in trouble"]
    assert p.follow_up("shes 16. should i tell her", [], told, [[]]) == [p.SHARER_TELL_HER]
