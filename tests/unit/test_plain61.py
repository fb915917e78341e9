"""Rounds 59-60's unanswered kinds (assistant/plain61.py): an underwear photo, someone who can't
block the person threatening them, a parent whose child shared someone's image; and the chat's
own privacy asked in other words (assistant/asked_next.py)."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import asked_next
from assistant import plain61 as p

THREAT = ["my cousin says he will send my photos to my father"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_an_underwear_photo_is_answered_and_asked_again_gets_the_plain_line():
    said = "she took a picture of me in my underwear, just my boxers. Does that count?"
    assert p.follow_up(said, [], []) == [p.UNDERWEAR_COUNTS]
    again = "So does underwear count or not?"
    assert p.follow_up(again, [p.UNDERWEAR_COUNTS], [said]) == ["utter_underwear_counts_again"]
    # Underwear named with no question about counting: the older answers.
    assert p.follow_up("he has a photo of me in my underwear", [], []) is None


def test_cannot_block_him_with_the_rest_of_what_was_asked():
    said = "he is my family, I see him every week, I cannot block. somebody I can talk in arabic?"
    assert p.follow_up(said, [], THREAT) == [p.CANT_BLOCK, p.INTERPRETER]
    said = "ok what number I call. and what I do with my cousin, I cannot block him he is family"
    assert p.follow_up(said, [p.CANT_BLOCK, p.INTERPRETER], THREAT) == [
        p.CANT_BLOCK_AGAIN,
        p.CONTACT,
    ]
    young = ["im 17 and my ex says he'll post my pics"]
    said = "he's at my school so I can't just block him"
    assert p.follow_up(said, [], young, [[]]) == [p.CANT_BLOCK_YOUNG]
    said = "do i have to block him? my cousin will ask why"
    assert p.follow_up(said, [], ["im 14 and my cousins friend wants nudes"], [[]]) == [
        p.CANT_BLOCK_YOUNG
    ]
    # The crisis answers come first.
    assert p.follow_up("i cant block him and i want to die", [], THREAT) is None


def test_a_parent_whose_child_shared_is_answered_as_the_sharers_family():
    story = "My 16 year old son shared a nude of a classmate."
    said = story + " Can her parents sue us?"
    assert p.follow_up(said, [], []) == [p.SHARER_DAMAGES, p.SHARER_UNDER_18]
    again = "Could she take my son to that tribunal?"
    assert p.follow_up(again, [p.SHARER_DAMAGES, p.SHARER_UNDER_18], [said]) == [
        "utter_sharer_claim_again"
    ]
    # "can I sue him?" from the person pictured is not this kind.
    assert p.follow_up("my ex shared my nudes. can i sue him?", [], []) is None


def test_who_reads_the_chat_and_whether_it_goes_to_police():
    for said in (
        "Who reads these messages?",
        "Is it just a bot or do staff read the logs?",
        "If I type his name here does it go to the police?",
    ):
        assert asked_next.asked_kind(said, ["hi"]) == asked_next.WHO_KEEPS, said
    # The lawyer's confidentiality, or reporting, are other answers.
    for said in (
        "does it go to the police if I tell the lawyer",
        "will it go to police if i report",
    ):
        assert asked_next.asked_kind(said, ["hi"]) is None, said


def test_a_child_groomed_then_contacting_him():
    said = "My 13 year old daughter is being groomed by a man on Discord."
    assert p.follow_up(said, [], [], [[]]) == [p.CHILD_TARGETED, p.CHILD_SUPPORT]
    answered = [[p.CHILD_TARGETED, p.CHILD_SUPPORT]]
    said_next = "Should I message him myself and tell him to stop?"
    assert p.follow_up(said_next, [], [said], answered) == [p.DONT_CONTACT_HIM]
    # Outside a child's conversation, not this answer.
    assert p.follow_up(said_next, [], ["my ex posted my pics"], [["utter_routes"]]) is None


def test_removal_without_suing_and_the_person_pictured():
    said = "What's the easiest way to get him to delete it? I don't want to sue anyone."
    assert p.follow_up(said, [], ["an AI nude of me is going around"], [[]]) == [
        p.REMOVE_WITHOUT_SUING
    ]
    told = ["My husband showed my private photos to his friends on his phone."]
    said = "I am the one in the photos, not him."
    assert p.follow_up(said, [], told, [[]]) == [p.I_AM_PICTURED]


def test_a_childs_helper_asking_whether_cybertip_takes_it():
    child = [["utter_child_asked", "utter_child_asked_support"], ["utter_order_first"]]
    told = ["a man online keeps asking my 11 year old cousin for photos"]
    said = "she hasnt sent him anything yet. is it still something cybertip would take?"
    assert p.follow_up(said, [], told, child) == [p.CHILD_CYBERTIP]
    assert p.follow_up("so cybertip or not??", [p.CHILD_CYBERTIP], told, child) == [
        "utter_child_cybertip_again"
    ]
    # Who Cybertip.ca tells is the older answer's.
    assert p.follow_up("will cybertip tell her parents?", [], told, child) is None


def test_images_from_under_18_the_lawyer_and_reporting_as_an_adult():
    told = ["I was 17 in the pics but I'm 18 now and they just got posted"]
    said = "can I still report to cybertip even though im an adult now"
    assert p.follow_up(said, [], told, [[]]) == [p.ADULT_NOW_REPORT]
    said = "can i still get the free lawyer even tho the pics are from before i turned 18?"
    assert p.follow_up(said, [], ["my ex is sharing pics of me"], [[]]) == [p.LAWYER_ANY_AGE]


def test_calling_the_lawyer_and_whether_he_finds_out():
    said = "ok. is calling the lawyer safer then, he wont know about that?"
    assert p.follow_up(said, [], ["my ex keeps threatening"], [[]]) == [p.LAWYER_NOT_TOLD]


def test_a_spouse_one_person_and_the_school():
    told = ["My wife she send a video of me, private video, to her friend."]
    said = "even if she is my wife? how I call the lawyer, and is it Spanish possible?"
    assert p.follow_up(said, [], told, [[]]) == [p.PARTNER_SHARING, p.SHARED_NEXT, p.INTERPRETER]
    said = "she only sent it to one person, does that count?"
    assert p.follow_up(said, [], ["my ex-wife sent my pics to my girlfriend"], [[]]) == [
        p.ONE_PERSON
    ]
    young = ["im 17 and this guy says he will send my pics to everyone"]
    assert p.follow_up("ya but could the school punish ME for it", [], young, [[]]) == [
        p.SCHOOL_PUNISH
    ]
    said = "what if he actually sends them to my school. will i get suspended or something"
    assert p.follow_up(said, [], young, [[]]) == [p.IF_SHARED_YOUNG, p.SCHOOL_PUNISH]
    # An adult's school (a college) is another answer.
    assert p.follow_up("could the school punish me?", [], ["im 24, at UBC"], [[]]) is None
