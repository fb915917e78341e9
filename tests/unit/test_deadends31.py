"""Rounds 29-30 (deadends31): own-words follow-ups that got a dead end or a nearby topic now get
the answer the sources hold; near misses are left to the older readers."""

from __future__ import annotations

import pytest

from assistant import deadends31 as d
from tests.domain_files import responses

MANAGER_16 = "im 16 and my boss at the restaurant keeps asking me for nudes"
ADULT_BOSS = "my supervisor keeps asking me for pictures, im 27"
SEXTORTION = "a guy says he will post my video to my followers unless i pay him 300. im 24"
VIDEO_SEEN = "my ex sent our video to everyone at my work"
MOVING = "im moving to alberta next month, my ex posted my pics in a group chat. i live in kelowna"
EMAILED = "i emailed the stand informed service 10 days ago about my ex sharing my pics"
PILOT_TOLD = "my ex put my photos on facebook. i live in burnaby"
GF_PIC = "my girlfriend sends me pics sometimes"
GRANDSON = "my grandson is 14 and someone online wants money or they share his pictures"
ROOMMATE = "my friend's ex put her nudes on reddit, i'm asking for her. she is 22"
YOUNG_THEN = "i was 15 in the pictures but im 19 now and they got posted on a forum"
ADULT_PICS = "im 26 and i think my ex might share pics he has of me"
AIRDROP = "my ex showed my nude to people at a party"
DEEPFAKE = "someone made fake nudes of me and sent them around my college. im 21"
CALGARY = "my ex in victoria is threatening to share my pics. i live in calgary"
SEATTLE = "i live in seattle and a guy in vancouver posted my videos online"
EDMONTON = "my ex lives in surrey and he shared my pics. i live in edmonton"


def _ask(text, earlier, previous=(), minor=None, outside=False):
    return d.follow_up(text, list(previous), list(earlier), minor, outside)


@pytest.mark.parametrize(
    ("text", "earlier", "outside", "expected"),
    [
        # Kind 1: telling an adult instead of the police.
        (
            "is it ok if i tell the manager's boss instead of the police",
            [MANAGER_16],
            False,
            d.TELL_INSTEAD_YOUNG,
        ),
        (
            "could i just tell my aunt rather than going to the cops?",
            [MANAGER_16],
            False,
            d.TELL_INSTEAD_YOUNG,
        ),
        ("can i talk to hr instead of police", [ADULT_BOSS], False, d.TELL_INSTEAD),
        # Making the account private or deactivating it during a threat.
        (
            "should i make my instagram private or deactivate it",
            [SEXTORTION],
            False,
            d.PRIVATE_ACCOUNT,
        ),
        ("do i deactivate my insta before he posts??", [SEXTORTION], False, d.PRIVATE_ACCOUNT),
        ("should i set my account to private", [SEXTORTION], False, d.PRIVATE_ACCOUNT),
        # Police before moving.
        (
            "should i report to the police before i leave or can i do it from alberta",
            [MOVING],
            False,
            d.REPORT_BEFORE_MOVE,
        ),
        (
            "is it better to go to the cops here before i move",
            [MOVING],
            False,
            d.REPORT_BEFORE_MOVE,
        ),
        # No reply; is it closed.
        ("nobody got back to me. is it closed?", [EMAILED], False, d.NO_REPLY),
        (
            "its been over a week and no reply, is the service still running",
            [EMAILED],
            False,
            d.NO_REPLY,
        ),
        ("so is it closed or not", [EMAILED], False, d.NO_REPLY),
        # What "pilot" means.
        ("what does pilot mean?", [PILOT_TOLD], False, d.PILOT_MEANING),
        ("sorry what means pilot", [PILOT_TOLD], False, d.PILOT_MEANING),
        ("whats a pilot", [PILOT_TOLD], False, d.PILOT_MEANING),
        # Showing a partner's picture on one's own phone.
        (
            "can i show my buddy her pic on my phone if i dont send it",
            [GF_PIC],
            False,
            d.SHOW_ON_PHONE,
        ),
        ("is it ok to show a friend a pic my gf sent me", ["hi"], False, d.SHOW_ON_PHONE),
        (
            "is just showing it the same as sharing?",
            [GF_PIC, "can i show my friend?"],
            False,
            d.SHOW_ON_PHONE,
        ),
        # A helper waiting for the parents.
        ("should i wait for his parents to get back?", [GRANDSON], False, d.ACT_NOW),
        (
            "is it alright to do these things now or must his mother and father do it",
            [GRANDSON],
            False,
            d.ACT_NOW,
        ),
        # A helper reporting the posts to the site.
        (
            "can i report the posts myself or does it have to be her?",
            [ROOMMATE],
            False,
            d.HELPER_REPORT_SITE,
        ),
        ("could i report her account to reddit for her", [ROOMMATE], False, d.HELPER_REPORT_SITE),
        # StopNCII or Take It Down for images taken under 18.
        ("stopncii or take it down?", [YOUNG_THEN], False, d.TAKE_IT_DOWN),
        (
            "which one do i use, take it down or stop ncii? i was 17 in them",
            ["hi"],
            False,
            d.TAKE_IT_DOWN,
        ),
        # StopNCII without the images.
        (
            "does stopncii work if i dont have the pics anymore",
            [ADULT_PICS],
            False,
            d.STOPNCII_NO_IMAGE,
        ),
        (
            "i deleted them all. do i need the actual picture for stopncii?",
            [ADULT_PICS],
            False,
            d.STOPNCII_NO_IMAGE,
        ),
        # Only a few people saw it.
        ("does it still count if only like 5 people saw it?", [AIRDROP], False, d.FEW_PEOPLE),
        (
            "it was just a few friends, not posted. is that still sharing?",
            [AIRDROP],
            False,
            d.FEW_PEOPLE,
        ),
        # Removal and money in one tribunal claim.
        (
            "can i get money in the same claim or is that separate",
            ["i want a protection order against my ex"],
            False,
            d.ORDER_AND_MONEY,
        ),
        (
            "is it one claim for the order and the damages or two claims?",
            ["how do i start a crt claim"],
            False,
            d.ORDER_AND_MONEY,
        ),
        # Kind 2: outside B.C.
        (
            "would the calgary police even do anything about a threat",
            [CALGARY],
            True,
            d.POLICE_OUTSIDE,
        ),
        (
            "can the iips help me from the us or is it only for bc residents",
            [SEATTLE],
            True,
            d.IIPS_OUTSIDE,
        ),
        (
            "I asked about the protection service, the government one. can I call them?",
            [SEATTLE],
            True,
            d.IIPS_OUTSIDE,
        ),
        ("ok so what can i do here in alberta", [EDMONTON], True, d.HOME_PROVINCE),
        ("is there an alberta law like this?", [EDMONTON], True, d.HOME_PROVINCE),
    ],
)
def test_kinds(text, earlier, outside, expected):
    assert _ask(text, earlier, outside=outside) == [expected]


def test_take_it_down_on_a_first_message():
    first = "i was 16 in the pics but im 18 now and my ex posted them. stopncii or take it down?"
    assert _ask(first, []) == [d.TAKE_IT_DOWN]
    assert _ask("so take it down then?", [first], previous=[d.TAKE_IT_DOWN]) == [
        d.AGAIN[d.TAKE_IT_DOWN]
    ]


def test_reporting_asked_again_gets_the_short_form():
    asked = "no i meant reporting the posts to reddit. can i do that for her"
    assert _ask(asked, [ROOMMATE], previous=[d.HELPER_REPORT_SITE]) == [
        d.AGAIN[d.HELPER_REPORT_SITE]
    ]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # Dropped on the re-land (session 27): older conversations keep the older replies.
        ("what about the people who saved it on their phones?", [VIDEO_SEEN]),
        ("my coworkers have it on their phones, what do i do", [VIDEO_SEEN]),
        ("and everyone who downloaded it?", [VIDEO_SEEN]),
        ("what if im not 100% sure it was him?", [DEEPFAKE]),
        ("not totally sure it was him tho. and should i tell my college?", [DEEPFAKE]),
    ],
)
def test_dropped_kinds_are_left_to_the_older_readers(text, earlier):
    assert _ask(text, earlier) is None


@pytest.mark.parametrize(
    ("text", "earlier", "outside"),
    [
        ("take it down or stopncii?", [YOUNG_THEN], False),
        ("would the calgary police even do anything about a threat", [CALGARY], True),
        (
            "can i get money in the same claim or is that separate",
            ["can i get a protection order"],
            False,
        ),
    ],
)
def test_gated_kinds_only_after_a_dead_end(text, earlier, outside):
    assert _ask(text, earlier, outside=outside)
    assert d.follow_up(text, [], list(earlier), None, outside, dead_end=False) is None


@pytest.mark.parametrize(
    ("text", "earlier", "outside"),
    [
        ("hi", [], False),  # never on a first message
        ("he showed my pic to his friends on his phone, does it count?", [AIRDROP], False),
        ("should i report to the police", [MOVING], False),  # no time before / after a move
        ("what can i do", [EDMONTON], True),
        ("can i call the iips?", [PILOT_TOLD], False),  # in B.C.: the older readers answer
        ("should i delete the app so he cant message me", ["my ex keeps texting me"], False),
        ("is the tribunal open on weekends?", [PILOT_TOLD], False),
        ("my friends saw it", [AIRDROP], False),  # not a question
        # his phone: the older readers' held-not-shared answers
        ("he still has my pics on his phone, can i make him delete them", [ADULT_PICS], False),
        # the pilot asked without a missing reply: the service-period answer
        ("is the service still running?", [PILOT_TOLD], False),
        ("i don't know who posted it, can i still get it removed?", [AIRDROP], False),
    ],
)
def test_near_misses(text, earlier, outside):
    assert _ask(text, earlier, outside=outside) is None


def test_again_short_form_then_older_readers():
    asked = "should i report to the police before i leave?"
    first = _ask(asked, [MOVING])
    assert first == [d.REPORT_BEFORE_MOVE]
    assert _ask("so yes or no, police here before i move?", [MOVING], previous=first) == [
        d.AGAIN[d.REPORT_BEFORE_MOVE]
    ]
    assert _ask(asked, [MOVING], previous=[d.AGAIN[d.REPORT_BEFORE_MOVE]]) is None


def test_every_answer_is_a_response_and_ends_with_a_next_step():
    known = responses()
    for name in d.ANSWERS:
        assert name in known, name
        text = known[name][0]["text"]
        assert len(text) <= 600, name
        assert any(
            word in text for word in ("1-8", "604-", "call", "Call", "9-1-1", "ask", "Ask")
        ), name


def test_one_claim_asked_again_gets_the_short_form():
    told = ["i want a protection order against my ex"]
    asked = "but is it one claim for both the order and the money, or two claims?"
    assert _ask(asked, told, previous=[d.ORDER_AND_MONEY]) == [d.AGAIN[d.ORDER_AND_MONEY]]


# --- the gate (session 27 re-land): only where the reply chosen without it is a dead end --------


def _tracker(*texts_and_actions, intent="ask_police"):
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker("t", [])
    for item in texts_and_actions:
        if item.startswith(("utter_", "action_")):
            tracker.update(ActionExecuted(item))
        else:
            tracker.update(UserUttered(item, intent={"name": intent}))
    return tracker


class _Domain:
    responses: dict = {}


def _replaced(tracker, action):
    from assistant.policies.interrupt import InterruptPolicy

    return InterruptPolicy._dead_end_replaced(
        None, tracker, list(tracker.events), _Domain(), action
    )


AUNT = "can i just tell my aunt instead of the cops?"
COACH_15 = "im 15 and a guy who coaches my team keeps asking me for pics"


@pytest.mark.parametrize("dead_end", sorted(d.DEAD_ENDS))
def test_a_dead_end_is_replaced_by_the_answer(dead_end):
    tracker = _tracker(COACH_15, "utter_some_answer", "action_listen", AUNT)
    assert _replaced(tracker, dead_end) == d.TELL_INSTEAD_YOUNG


def test_an_older_answer_is_kept():
    tracker = _tracker(COACH_15, "utter_some_answer", "action_listen", AUNT)
    assert _replaced(tracker, "utter_pressure_not_consent") == "utter_pressure_not_consent"


def test_no_answer_chosen_is_kept_unless_the_classifier_fell_back():
    tracker = _tracker(COACH_15, "utter_some_answer", "action_listen", AUNT)
    assert _replaced(tracker, None) is None
    fallen = _tracker(COACH_15, "utter_some_answer", "action_listen", AUNT, intent="nlu_fallback")
    assert _replaced(fallen, None) == d.TELL_INSTEAD_YOUNG


def test_a_safety_intent_is_never_replaced():
    tracker = _tracker(COACH_15, "utter_some_answer", "action_listen", AUNT, intent="crisis")
    assert _replaced(tracker, "action_question_fallback") == "action_question_fallback"


def test_after_its_answer_ran_it_listens():
    tracker = _tracker(COACH_15, "utter_some_answer", "action_listen", AUNT, d.TELL_INSTEAD_YOUNG)
    assert _replaced(tracker, "utter_something_else") == "action_listen"


def test_an_older_reply_that_ran_is_never_taken_over():
    tracker = _tracker(COACH_15, "utter_some_answer", "action_listen", AUNT, "utter_older")
    assert _replaced(tracker, "utter_older_second") == "utter_older_second"


def test_a_move_to_bc_is_not_reporting_before_leaving_bc():
    # round 33 p19: "while you still live in B.C." to someone moving TO Vancouver from Toronto
    told = [
        "Hi there. I'm moving to Vancouver from Toronto next month. My ex in Toronto shared "
        "intimate photos of me with his friends. Once I live in BC, can I use your free lawyer?"
    ]
    asked = "Should I report to Toronto police before I leave, or can I do it from Vancouver?"
    assert _ask(asked, told) != [d.REPORT_BEFORE_MOVE]
