"""Round 13, the answer aimed at the wrong person and what the person said not used
(tests/simulated-users/2026-12-04-round13/: p28, p19, p31, p14, p12, p15): assistant/person_fit.py.
Wordings are mostly not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import person_fit as pf

FRIEND_17 = [
    "my best friend is 16 and her ex is spreading her nudes around",
    "a guy in my grade forwarded the photo to me",
]


@pytest.mark.parametrize(
    "text",
    [
        "so i just delete it? am i in trouble bc its on my phone, i didnt ask for it",
        "am i gonna get in trouble for having it",
        "should i just delete it",
        "will i get charged cuz its still on my phone",
        "what do i do with it now",
    ],
)
def test_a_young_recipient_gets_the_recipients_answer(text):
    assert pf.received_kind(text, FRIEND_17) == pf.RECEIVED_YOUNG


def test_an_adult_recipient_gets_the_recipients_answer():
    text = "my coworker airdropped me a nude of his ex. am i in trouble for having it on my phone?"
    assert pf.received_kind(text, []) == pf.RECEIVED


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["my ex posted my nudes"], "am i in trouble"),
        (["i sent a pic to a girl and she showed everyone"], "am i gonna get arrested"),
        ([], "he sent me a screenshot of my nudes. am i in trouble"),
        ([], "a guy sent me a photo and says he'll post mine unless i pay. should i delete it"),
        (FRIEND_17, "how do i help her"),
    ],
)  # fmt: skip
def test_the_victim_or_another_question_is_no_recipient(earlier, text):
    assert pf.received_kind(text, earlier) is None


SISTER_12 = ["my little sister is 12 and some guy on discord keeps asking her for pics"]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (SISTER_12, "its not me its my sister. should i tell our parents? where do i report"),
        (SISTER_12, "ok but WHERE do i report him"),
        (SISTER_12, "should we tell our mom?"),
        (["my brother is 11 and a man on roblox is asking him for photos"],
         "who do i report this to"),
        ([], "my niece is 13 and an adult keeps messaging her for nudes, where can i report him"),
    ],
)  # fmt: skip
def test_a_childs_helper_asking_tell_or_report(earlier, text):
    assert pf.child_tell_report_kind(text, earlier) == pf.CHILD_TELL_REPORT


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ([], "should i tell my parents"),
        (["my sister is 24 and a guy keeps asking her for pics"], "where do i report him"),
        (["my 14 yr old daughter's ex posted her nudes"], "where do i report this"),
    ],
)  # fmt: skip
def test_no_child_asked_no_tell_report(earlier, text):
    assert pf.child_tell_report_kind(text, earlier) is None


DAUGHTER_30 = ["My son-in-law secretly recorded my daughter. She's 30. She wants nothing done."]


@pytest.mark.parametrize(
    "text",
    [
        "So can I go to the police about it even though she doesn't want to? I'm her father.",
        "Should I go to police against her wishes? How do I help her?",
        "can i report him without her consent",
        "could I call the cops for her?",
    ],
)
def test_an_adults_helper_reporting_against_wishes(text):
    assert pf.adult_against_wishes_kind(text, DAUGHTER_30) == pf.ADULT_AGAINST_WISHES


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["my friend is 17 and her ex shared her pics"], "can i report it even if she says no"),
        ([], "can i report it even if she doesnt want to"),
        (DAUGHTER_30, "how do i help her"),
    ],
)  # fmt: skip
def test_a_child_or_no_age_is_not_the_adults_answer(earlier, text):
    assert pf.adult_against_wishes_kind(text, earlier) is None


@pytest.mark.parametrize(
    "text",
    [
        "can someone else call them for me? my sister maybe",
        "could my mom call the lawyer for me",
        "can my friend contact the service on my behalf",
        "is it ok if my sister does the call for me",
        "can my boyfriend phone them instead of me",
    ],
)
def test_someone_else_calling_for_the_person(text):
    assert pf.call_for_me_kind(text) == pf.CALL_FOR_ME


@pytest.mark.parametrize(
    "text", ["can i call them for my sister", "can my sister be on the call", "call them for me"]
)
def test_not_someone_else_calling_for_me(text):
    assert pf.call_for_me_kind(text) is None


def test_a_young_writers_removal():
    assert pf.young_removal_kind("ask_image_removal", None, True) == pf.YOUNG_REMOVAL
    assert pf.young_removal_kind("ask_image_removal", None, False) is None
    assert pf.young_removal_kind("ask_image_removal", "some_kind", True) is None
    assert pf.young_removal_kind("ask_crt", None, True) is None


def test_every_kind_has_responses_in_the_domain():
    from pathlib import Path

    import yaml

    responses: dict = {}
    for path in Path("domain").glob("*.yml"):
        responses |= yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {}
    for names in pf.ANSWERS.values():
        for name in names:
            assert name in responses


@pytest.mark.parametrize("kind", ["helper_talk_to_child", "helper_talk_maybe"])
def test_how_to_help_an_adult_is_not_the_childs_answer(kind):
    assert pf.adult_help_kind(kind, "how do I help her?", DAUGHTER_30) == pf.ADULT_HELP
    assert pf.adult_help_kind(kind, "how do I help her?", ["my daughter is 14"]) is None
    assert pf.adult_help_kind(kind, "how do I help her?", []) is None
    assert pf.adult_help_kind(None, "how do I help her?", DAUGHTER_30) is None


def test_asked_again_gets_the_again_answer():
    said = "so i just delete it? am i in trouble bc its on my phone"
    first = pf.person_kind(said, FRIEND_17, None, None, False, False, [])
    assert first == pf.RECEIVED_YOUNG
    again = pf.person_kind(said, FRIEND_17, None, None, False, False, ["utter_received_image"])
    assert again == pf.RECEIVED_AGAIN


@pytest.mark.parametrize(
    ("kind", "adult", "expected"),
    [
        ("sextortion_already_paid", True, pf.ADULT_PAID),
        ("sextortion_already_paid", False, None),
        ("sextortion", True, None),
    ],
)
def test_an_adult_who_already_paid_gets_no_youth_lines(kind, adult, expected):
    assert pf.adult_paid_kind(kind, adult) == expected


def test_a_partner_asking_gets_the_partners_next_steps():
    sequence = ["utter_youth_asked_illegal", "utter_youth_asked_next"]
    texts = ["my bf keeps asking 4 nudes", "im 16 hes 18. is it illegal 4 him to ask"]
    assert pf.fitted_sequence(sequence, texts)[-1] == "utter_youth_asked_next_partner"
    # A coach is no partner; since round 19 (roles20) his own version, without "block them".
    assert pf.fitted_sequence(sequence, ["my coach keeps asking for nudes"]) == [
        "utter_youth_asked_illegal",
        "utter_youth_asked_next_authority",
    ]
    assert pf.fitted_sequence(sequence, ["a guy online keeps asking for nudes"]) == sequence


def test_a_secret_recording_fitted_to_what_was_said():
    sequence = ["utter_secret_recording", "utter_secret_recording_routes"]
    desk = ["A coworker took a photo up my skirt at my desk and sent it to the group chat."]
    assert pf.fitted_sequence(sequence, desk) == [
        "utter_secret_recording_plain",
        "utter_secret_recording_shared",
    ]
    shower = ["my roommate hid a camera in the shower, i dont know if he shared it"]
    assert pf.fitted_sequence(sequence, shower) == sequence


def test_a_fake_in_blackmail_is_named():
    sequence = ["utter_sextortion", "utter_sextortion_steps"]
    texts = ["someone made a fake nude of me with AI and wants money or he posts it"]
    assert pf.fitted_sequence(sequence, texts) == [
        "utter_sextortion",
        "utter_sextortion_fake",
        "utter_sextortion_steps",
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["I am student at UBC. he say he send to my parents. what I do?"],
        ["sorry my english is not good, my ex post my photo"],
        ["i am international student, can i get help"],
    ],
)
def test_an_esl_writer_is_told_of_the_interpreter_once(texts):
    assert pf.esl_writer(texts)
    assert pf.fitted_sequence(["utter_sextortion"], texts)[-1] == "utter_interpreter_offer"
    given = pf.fitted_sequence(["utter_sextortion"], texts, ["utter_interpreter_offer"])
    assert given == ["utter_sextortion"]


@pytest.mark.parametrize(
    "texts", [["my ex posted my pics, what do i do?"], ["he says he will send them to my mom"]]
)
def test_a_first_language_writer_is_no_esl_writer(texts):
    assert not pf.esl_writer(texts)


def test_a_recipient_who_only_says_it_was_sent():
    told = "a guy in my grade forwarded the photo to me"
    assert pf.received_kind(told, FRIEND_17[:1], "nlu_fallback") == pf.RECEIVED_YOUNG
    assert pf.received_kind(told, FRIEND_17[:1], "inform_shared") is None


def test_blackmail_over_a_fake_is_sent_by_the_policy():
    fake = "he made a fake nude of me with AI and wants $500"
    assert pf.sextortion_fitted_kind("sextortion", None, fake) == pf.SEXTORTION_FITTED
    plain = "he wants $500 or he posts my nudes"
    assert pf.sextortion_fitted_kind("sextortion", None, plain) is None
    assert pf.sextortion_fitted_kind("sextortion", "sextortion_pay", fake) is None


def test_a_partners_own_images_are_no_recipients():
    earlier = ["i'm 16 and she's 16, she sent them to me when we were dating"]
    assert pf.received_kind("am i in trouble for still having them?", earlier) is None


@pytest.mark.parametrize(
    "text",
    [
        "no i mean for me. i cant talk on the phone right now. is there a way without calling",
        "can i just email them",
        "is there any option other than a phone call",
        "i can't speak on the phone, he'd hear me",
    ],
)
def test_a_way_without_calling(text):
    assert pf.no_call_kind(text) == pf.NO_CALL


@pytest.mark.parametrize(
    "text",
    ["i dont want to call anyone", "what number do i call", "can i text them instead? i cant talk"],
)
def test_not_a_way_without_calling(text):
    assert pf.no_call_kind(text) is None
