"""Rounds 71-72's unanswered follow-ups (assistant/plain73.py) and the readers mended beside
them: a trip is not a home (home_reading), "i'm 17 too" is the friend's age (helper_reading),
the lawyer's number beside "I cannot block him" (plain61), "can it all be done by phone"
(plain34), the originals needed on the phone (plain57), "I was ok with filming it" (plain71),
"scared he see this on my phone" (plain_questions)."""

from __future__ import annotations

import pytest
from response_names import domain_responses, module_responses

from assistant import helper_reading, home_reading, plain34, plain57, plain61, plain71
from assistant import plain73 as p
from assistant.plain_questions import DEVICE_TRACE, plain_kind

SON_SHARED = [
    "MY SON SHARED A GIRLS PICTURE. he is 17. she is in his class. the school called me today."
    " is he going to be charged???"
]
PAID = [
    "I already paid this person 300 bucks over e-transfer because they had a video of me and now"
    " they want another 500. I'm 31, in Squamish."
]
COACH_14 = ["my coach asked me for pics", "im 14. idk what to do hes like really nice to me"]
HUSBAND = [
    "My husband say he will send my private photos to my family in China if I leave him. I live"
    " in Richmond. Can I get help in Mandarin?"
]
FAKES = ["some guys in my program used an AI app to make fake nudes of me, on discord"]
SISTER_13 = [
    "my little sister is 13 and theres this older kid at her school whos been pressuring her to"
    " send pics. what do i do"
]
FRIEND_17 = [
    "my best friends nudes are going around our school and shes like not ok. i'm 17 too. what"
    " can i even do to help her"
]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()
    assert {name for again in p.AGAIN.values() for name in again} <= domain_responses()
    assert {plain34.BY_PHONE} <= domain_responses()


@pytest.mark.parametrize(
    ("said", "earlier", "previous", "answer"),
    [
        (
            "i dont want to REPORT him hes my son. what do i do?? does he need a lawyer, can your"
            " free lawyer help HIM",
            SON_SHARED,
            [],
            [p.PARENT_SHARER_REPORT, p.OWN_CHILD_LAWYER],
        ),
        (
            "so the free lawyer WILL help my son? he's the one who sent it, not the girl",
            SON_SHARED,
            [p.OWN_CHILD_LAWYER],
            [p.SHARER_LAWYER_PLAINLY],
        ),
        ("can i get the 300 back? should i call my bank about the etransfer", PAID, [], [p.BANK]),
        (
            "ok. and the bank, should i tell them about the etransfer or no",
            PAID,
            ["utter_tonight_threat_talk"],
            [p.BANK],
        ),
        ("can i just tell my friend instead of my mom", COACH_14, [], [p.FRIEND_OR_ADULT]),
        ("like does it have to be an adult", COACH_14, [], [p.FRIEND_OR_ADULT]),
        (
            "if i ask him to delete them and he says no, can i do anything then?",
            ["my ex still has intimate photos of me. he hasnt done anything with them"],
            ["utter_held_not_shared_order"],
            [p.HELD_REFUSES],
        ),
        (
            "Well how do I find it then? And what about the rental website?",
            ["I found a camera in the bathroom of my rental in Nanaimo"],
            [p.POLICE_NUMBER],
            [p.POLICE_NUMBER_FIND],
        ),
        (
            "how I call them? and he did not send yet, only say he will. this is ok for them?",
            HUSBAND,
            ["utter_interpreter"],
            [p.THREAT_COUNTS, p.CONTACT],
        ),
        ("would that stopncii thing work for fake ones too", FAKES, [], [p.STOPNCII_FAKES]),
        (
            "ok but does it work if the pic is AI generated, not a real photo of me",
            FAKES,
            ["utter_stopncii_how"],
            [p.STOPNCII_FAKES],
        ),
        (
            "she hasnt sent him anything yet. he's at her school tho. can the school do anything",
            SISTER_13,
            [],
            [p.SCHOOL_NOTHING_SENT],
        ),
        (
            "I just asked if I can do it all by phone",
            ["can the whole thing be done by phone?"],
            ["utter_by_phone_possible"],
            [p.BY_PHONE_AGAIN],
        ),
        (
            "If we can't be sure, which of the other services would be safest to list for our"
            " patrons?",
            ["Is this service still running?"],
            ["utter_service_dates", "action_service_status"],
            p.ROUTES_IF_CLOSED,
        ),
        (
            "shes 17 tho. and kids keep airdropping it around. she doesnt want to go to school",
            FRIEND_17,
            ["utter_helper_minor", "utter_helper_minor_removal"],
            p.FRIEND_OF_MINOR,
        ),
    ],
)
def test_each_kind(said, earlier, previous, answer):
    assert p.follow_up(said, previous, earlier) == answer


def test_asked_again_gets_the_short_line_or_the_next_answer():
    replies = [["utter_bank_after_paying", "utter_money_back"], ["utter_tonight_threat_talk"]]
    again = p.follow_up(
        "and the bank, should i tell them about the etransfer?", [], PAID, None, replies
    )
    assert again == ["utter_bank_after_paying_again"]
    assert p.follow_up("like does it have to be an adult", [p.FRIEND_OR_ADULT], COACH_14) == [
        "utter_tell_friend_or_adult_again"
    ]
    # the free lawyer asked again of a daughter who shared: the other plain answer
    daughter = ["my daughter shared a classmate's nude, she is 15"]
    assert p.follow_up(
        "does the free lawyer help the person who sent it?",
        [],
        daughter,
        None,
        [[p.OWN_CHILD_LAWYER]],
    ) == [p.SHARER_LAWYER_AGAIN]


def test_the_iips_number_only_after_the_iips_was_named():
    iips_text = "The Intimate Images Protection Service can contact the person for you."
    assert p.follow_up(
        "ok i'll call them. whats their number again", [], [], None, None, iips_text
    ) == [p.IIPS_NUMBER]
    assert p.follow_up("whats their number again", [], [], None, None, "Call the tribunal.") is None


@pytest.mark.parametrize(
    ("said", "earlier", "previous"),
    [
        # a sharer's parent's first question, or one without the service named: older answers
        ("Is he going to be charged? Do we need a lawyer?", SON_SHARED, []),
        ("can your free lawyer help him?", SON_SHARED, []),
        (
            "I'm asking whether HE should get a lawyer.",
            SON_SHARED,
            [p.OWN_CHILD_LAWYER],
        ),
        # the one pictured asking about her own lawyer, no sharer in the family
        ("can your free lawyer help me?", ["my ex shared my pics"], []),
        # a bank named with no payment told
        ("should i tell my bank?", ["my ex posted my pics"], []),
        # an adult telling a friend
        ("can i just tell my friend instead of my mom", ["my ex posted my pics, im 30"], []),
        # held images, a refusal, but no held-images answer before
        ("if he says no, can i do anything then?", ["he shared my pics"], ["utter_contact"]),
        # how to find it, with no police number answer before
        ("how do i find it then?", ["my ex posted my pics"], ["utter_contact"]),
        # a money threat keeps the blackmail steps
        (
            "how do i call them? he did not send yet, only says he will",
            ["he wants $500 or he sends my pics"],
            [],
        ),
        # StopNCII asked of something other than a fake
        ("does stopncii work for videos", FAKES, []),
        # images sent: the older school answer
        ("can the school do anything", SISTER_13 + ["she sent him one"], []),
        # the friend's spreading asked as a question keeps the older answers
        ("is it still going around?", FRIEND_17, []),
        # crisis words are the safety net's
        ("i want to die, should i call my bank", PAID, []),
    ],
)
def test_not_these_answers(said, earlier, previous):
    assert p.follow_up(said, previous, earlier) is None


def test_a_trip_is_not_a_home():
    trip = "I don't have good internet out here and I'm not driving to vancouver. by phone?"
    assert home_reading.home_from_text(trip) is None
    assert home_reading.home_from_text("I'm not in BC") == "no"
    assert home_reading.home_from_text("i drive to vancouver for work but live in seattle") == "no"
    assert home_reading.home_from_text("I live in Surrey") == "yes"
    # the town's police named, not a home denied (round 72 p07)
    assert home_reading.home_from_text("I don't know the Nanaimo police number.") is None
    # a police area named as where the writer is stays a home (session 41's review)
    assert home_reading.home_from_text("I'm in the Surrey RCMP area") == "yes"


def test_a_friend_the_writers_age():
    assert helper_reading.helped_person(FRIEND_17[0]) == helper_reading.HELPER_MINOR
    assert helper_reading.helped_age("my friend's pics got posted, we're both 16") == 16
    assert helper_reading.helped_age("my friend's pics got posted, i'm 22 too") == 22


def test_the_lawyers_number_beside_cannot_block():
    said = "He is my husband, we live same house, I cannot block him. Please what is phone number"
    found = plain61.follow_up(said + " for the lawyer", [], HUSBAND)
    assert found == [plain61.CANT_BLOCK, plain61.CONTACT]
    # a question about the lawyer itself keeps the older answers
    assert plain61.follow_up("I cannot block him. does the lawyer cost money?", [], HUSBAND) is None


def test_by_phone_asked_and_travel_asked():
    earlier = ["my ex posted a pic of me"]
    assert plain34.follow_up("can the whole thing be done by phone?", [], earlier) == [
        plain34.BY_PHONE
    ]
    assert plain34.follow_up("do i have to go to vancouver?", [], earlier) == [plain34.NO_TRAVEL]


def test_originals_needed_for_take_it_down():
    earlier = ["i'm 18 now but someone posted nudes i took when i was 16 on a forum"]
    said = "should i delete them? or do i need them on my phone for the take it down thing"
    assert plain57.follow_up(said, [], earlier, []) == [plain57.OWN_YOUNG_IMAGES]


def test_ok_with_filming_after_the_showing():
    earlier = ["my boyfriend shows our private videos to his friends. were still together"]
    said = "ok but is it illegal or not? he says since i was ok with filming it its fine"
    assert plain71.follow_up(said, [], earlier) == [plain71.FILMED_NOT_SHARED]
    # no showing told: not this answer
    assert plain71.follow_up("is it illegal? i was ok with filming it", [], ["hi"]) is None


def test_scared_he_sees_this_on_my_phone():
    assert plain_kind("thank you. i am scared he see this on my phone. what i do") == DEVICE_TRACE
