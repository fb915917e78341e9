"""Rounds 25-26 (stock27): own-words follow-ups that got a stock paragraph on a nearby topic
now get their own answer; near misses are left to the older readers."""

from __future__ import annotations

import pytest

from assistant import stock27 as s
from tests.domain_files import responses

PRINTED = "my ex printed out pics of me and left them on my car"
THREAT = "my husband says he will put my photos online if i leave him"
UNDER_18 = "im 18 now but someone is sharing pics of me from when i was 16"
IIPS_TEXT = "3. Email the Intimate Images Protection Service, protectyourimages@gov.bc.ca"


def _ask(text, earlier=(), previous=(), actions=(), minor=None, recent=()):
    return s.follow_up(text, list(previous), list(earlier), list(actions), minor, list(recent))


@pytest.mark.parametrize(
    ("text", "earlier", "previous", "expected"),
    [
        # r25 p06 and ours: a young writer reporting without the parents finding out.
        (
            "can i report him without my parents finding out",
            ["im 17 and my boss"],
            [],
            [s.REPORT_PARENTS],
        ),
        # r25 p15 and ours: is this chat stored.
        (
            "Last one: are conversations with this chatbot stored anywhere? Clients will ask.",
            [],
            [],
            [s.WHAT_IS_KEPT, s.DELETE_OFFER],
        ),
        # r25 p18 and ours: StopNCII and reposts.
        ("people keep reposting it tho. does stopncii stop that", [], [], [s.STOPNCII_REPOSTS]),
        ("will stopncii stop them reuploading it", [], [], [s.STOPNCII_REPOSTS]),
        # r25 p14 and ours: the 1-833 line and who it tells; its hours (p26).
        (
            "if i call the 1-833 number do they have to tell police or my parents",
            [],
            [],
            [s.IIPS_TOLD],
        ),
        (
            "no i mean the 1-833 one the government one not the lawyer",
            [],
            ["utter_who_is_told", "action_what_is_kept"],
            [s.IIPS_TOLD],
        ),
        ("does the protection service report it to the police?", [], [], [s.IIPS_TOLD]),
        ("so i call the 1-833 one right now? is it even open at night", [], [], [s.IIPS_HOURS]),
        ("is the iips line open on weekends", [], [], [s.IIPS_HOURS]),
        # r25 p25 and ours: posts showing an image taken under 18; the tribunal too.
        (
            "should i screenshot the posts for evidence? they have the pics in them",
            [UNDER_18],
            [],
            [s.EVIDENCE, s.EVIDENCE_MORE],
        ),
        (
            "can i take screenshots of the pages as proof? my pic is on them",
            [UNDER_18],
            [],
            [s.EVIDENCE, s.EVIDENCE_MORE],
        ),
        (
            "ok. and can i do the tribunal thing too since it was when i was a minor",
            [],
            [],
            [s.CRT_TAKEN_YOUNG],
        ),
        (
            "can i still go to the crt even though i was 15 in the pics?",
            [UNDER_18],
            [],
            [s.CRT_TAKEN_YOUNG],
        ),
        # r25 p26, r26 p12 and ours: one number.
        (
            "I DIDNT ASK ABOUT PAYING. JUST GIVE ME ONE NUMBER TO MAKE HIM STOP. POLICE OR WHO",
            ["MY EX IS SENDING MY NUDES TO PEOPLE RIGHT NOW"],
            [],
            [s.ONE_NUMBER],
        ),
        (
            "ok what number do i call first. im 19 in kelowna",
            ["my ex posted them on twitter"],
            [],
            [s.ONE_NUMBER],
        ),
        # r25 p29 and ours: together, no trouble; consent taken back from him having them.
        (
            "We're still together and I don't want to break up or get him in trouble. I just want"
            " him to stop and delete them. What are my options?",
            [],
            [],
            [s.STOP_NO_TROUBLE],
        ),
        (
            "i dont want to get her in trouble, how do i get her to delete them?",
            [],
            [],
            [s.STOP_NO_TROUBLE],
        ),
        (
            "I don't want police or a tribunal. Can I take back my consent to him even having the"
            " videos?",
            [],
            [],
            [s.REVOKE, s.REVOKE_HAVING],
        ),
        (
            "can i withdraw my consent so he has to delete the pics?",
            [],
            [],
            [s.REVOKE, s.REVOKE_HAVING],
        ),
        # r25 p30 and ours: a threat said out loud.
        (
            "He only said it out loud, there are no messages. Does it still count?",
            [THREAT],
            [],
            [s.SPOKEN_THREAT, s.SPOKEN_THREAT_NEXT],
        ),
        (
            "does a threat he only said out loud count, without proof?",
            [THREAT],
            [],
            [s.SPOKEN_THREAT, s.SPOKEN_THREAT_NEXT],
        ),
        (
            "he told me to my face, nothing in writing. is that enough?",
            [THREAT],
            [],
            [s.SPOKEN_THREAT, s.SPOKEN_THREAT_NEXT],
        ),
        ("can i go to the police without my mom knowing?", ["im 14"], [], [s.REPORT_PARENTS]),
        ("are my conversations with this bot recorded?", [], [], [s.WHAT_IS_KEPT, s.DELETE_OFFER]),
        (
            "im 15, just give me one number to call",
            ["my pics got posted"],
            [],
            [s.ONE_NUMBER_YOUNG],
        ),
        (
            "i dont have a computer, can somebody do the tribunal forms with me?",
            [],
            [],
            [s.CRT_NO_COMPUTER],
        ),
        # r26 p28, p22, p18 and ours: the tribunal without seeing him, without a computer; a move.
        (
            "how does the protection order thing work. do i have to see him in court",
            [],
            [],
            [s.CRT, s.CRT_ROOM],
        ),
        ("with the tribunal would i have to face her?", [], [], [s.CRT, s.CRT_ROOM]),
        (
            "Is there any way to do this without a computer? Could somebody help me with the"
            " forms?",
            ["What is the most the tribunal can award?"],
            [],
            [s.CRT_NO_COMPUTER],
        ),
        ("should i wait till i move to deal with that?", [], [], [s.NO_WAIT_MOVE]),
        ("or do i wait until after my move to report the posts?", [], [], [s.NO_WAIT_MOVE]),
    ],
)
def test_kinds(text, earlier, previous, expected):
    assert _ask(text, earlier, previous) == expected


def test_all_online_again_is_the_short_form():
    assert _ask(
        "so its all online? i wont have to be in a room with him?",
        actions=["utter_crt", "utter_crt_no_room"],
        previous=["utter_crt", "utter_crt_no_room"],
    ) == [s.CRT_ROOM_AGAIN]


def test_the_email_one_after_the_iips_email():
    assert _ask("ok. ill try the email one tonight", recent=[IIPS_TEXT]) == [s.IIPS_EMAIL]
    # The lawyer's email, or no IIPS email said before: not this reader.
    assert _ask("ok. ill try the email one tonight") is None
    assert _ask("ill email the lawyer tonight", recent=[IIPS_TEXT]) is None


@pytest.mark.parametrize(
    ("text", "earlier", "previous"),
    [
        ("can I take back consent", [], []),  # the plain rule's answer
        ("can the tribunal make him give back the prints?", [PRINTED], []),  # limits25
        ("should i keep the messages?", [], []),  # evidence answers
        ("can i report him?", ["im 16"], []),  # no parents asked
        ("would they call my parents", ["im 16"], ["utter_kids_help_phone"]),  # not police
        ("can i sue him for sharing them?", [], []),  # suing the sharer: older answers
        ("if i go to the cops will my mom find out?", ["im 15"], []),  # the older answer
        ("does cybertip tell your parents", ["im 16 and"], []),  # Cybertip's own answer
        ("can I sue the host?", ["there was a camera in the airbnb"], []),  # the older answer
        ("who do I call first? this is about my granddaughter", [], []),  # the helper's order
        ("ok. whats the number for free advice again", [], []),
        ("the tribunal is all online isnt it, so i can still file from calgary?", [], []),
        ("should I report it to the police now or wait until I move?", [], []),
        ("I'll call the police non-emergency line and the IIPS.", [], []),
        ("does it count if he only said he would post them?", [], []),  # a first message
        ("should i keep them or throw them out?", [PRINTED], []),  # the older prints answer
        ("is the lawyer line open at night?", [], []),  # another line
        ("what number is the lawyer?", [], []),
        ("should i screenshot the messages?", ["im 25 and my ex shared my pics"], []),
        ("I'm still together with him", [], []),  # no question
        ("i dont want to be here anymore", [], []),
    ],
)
def test_left_alone(text, earlier, previous):
    assert _ask(text, earlier, previous) is None


def test_answers_live_in_the_domain_and_say_what_is_not_said():
    found = responses()
    for name in s.ANSWERS:
        if name.startswith("utter_"):
            assert name in found, name
    assert "doesn't give the hours" in found[s.IIPS_HOURS][0]["text"]
    assert "VictimLinkBC" in found[s.IIPS_HOURS][0]["text"]
    assert "1-833-688-4381" in found[s.ONE_NUMBER][0]["text"]
    assert "write down what he said" in found[s.SPOKEN_THREAT][0]["text"]
    assert "online tribunal" in found[s.CRT_ROOM][0]["text"]
    assert "helps with Civil Resolution Tribunal claims" in found[s.CRT_NO_COMPUTER][0]["text"]


@pytest.mark.parametrize(
    ("text", "earlier", "previous", "expected"),
    [
        ("but would they call my parents", ["im 17"], [s.REPORT_PARENTS], s.REPORT_PARENTS_AGAIN),
        ("no i mean the 1-833 one the government one", [], [s.IIPS_TOLD], s.IIPS_TOLD_AGAIN),
        (
            "But does a threat he only said out loud count, without proof?",
            [THREAT],
            [s.SPOKEN_THREAT, s.SPOKEN_THREAT_NEXT],
            s.SPOKEN_THREAT_AGAIN,
        ),
    ],
)
def test_asked_again_right_after_gets_the_short_form(text, earlier, previous, expected):
    assert _ask(text, earlier, previous) == [expected]
    # and never the short form twice in a row
    assert _ask(text, earlier, [expected]) != [expected]


def test_the_correction_after_asking_who_tells():
    asked = ["would the lawyer have to tell police or my parents"]
    found = _ask("no i mean the 1-833 one the government one not the lawyer", asked)
    assert found == [s.IIPS_TOLD]


def test_prints_kept_right_after_the_order_answer_only():
    order = ["utter_crt_order_copies", "utter_prints_back_more"]
    ask = "ok but should i keep the paper ones or get rid of them"
    assert s.prints_follow_up(ask, order, [PRINTED], None) == [s.PRINTS_KEEP]
    evidence = "no i mean the ones i found on my car. i have them. do i need them for evidence"
    assert s.prints_follow_up(evidence, [s.PRINTS_KEEP], [PRINTED], None) == [s.PRINTS_KEEP_AGAIN]
    # Without the order answer just before: the older prints answers.
    assert s.prints_follow_up(ask, [], [PRINTED], None) is None
    assert s.prints_follow_up(ask, order, [PRINTED], True) is None


def test_the_email_one_never_what_happens_after_emailing():
    assert _ask("ok and what happens after i email them", recent=[IIPS_TEXT]) is None


def test_no_computer_with_the_amount_asked_answers_the_amount_first():
    # Round 26 p22 T3 after the merge with parts27: the amount was dropped beside the
    # no-computer answer, and the coverage answer said the phone part a second time.
    text = (
        "and the amount? what is the maximum? also i don't use computers much, "
        "can i file by telephone?"
    )
    assert s._amount_asked(text) == ["utter_part_most"]
    assert s._amount_asked("i don't use computers much, can i file by telephone?") == []
