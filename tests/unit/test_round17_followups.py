"""Round 17 kinds 2 and 3 (session 18, helper "followups"): a plain follow-up that fell to the
fallback, or got a nearby topic, gets the answer to the question asked
(assistant/nearby_followups.py). Wordings are our own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import nearby_followups as nf
from tests.domain_files import responses

CAMERA = ["found a tiny camera hidden in the bathroom of the airbnb we rented"]
PAID = ["some guy on insta made me pay him 400 bucks or he posts my pics"]
SHARED = ["my ex sent my nudes to his whole friend group"]


def kind(text, earlier=(), replies=None, young=False):
    earlier = list(earlier)
    replies = replies if replies is not None else [[] for _ in earlier]
    return nf.nearby_kind(text, earlier, replies, young)


@pytest.mark.parametrize(
    "text",
    [
        "ok so who do i actually tell",
        "who am i supposed to tell about this",
        "but who do i tell tho",
        "who should i even go to with this",
        "who do i report him to",
    ],
)
def test_who_to_tell_young_and_adult(text):
    assert kind(text, young=True) == nf.WHO_TO_TELL_YOUNG
    assert kind(text) == nf.WHO_TO_TELL_ADULT


@pytest.mark.parametrize(
    "text",
    [
        "his mom or the police, who do i tell first?",
        "who do i tell. my teacher?",
        "i dont want him to get in trouble, who should i even tell",
        "who can i talk to tonight",
        "who do i tell at the tribunal",
    ],
)
def test_who_to_tell_with_a_named_person_or_support_is_not_read(text):
    assert kind(text, young=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "should i message the host or wait",
        "ok but what about the host. do I message airbnb or the host about it or wait",
        "should i confront the owner or would that tip him off?",
        "do i text the host first",
    ],
)
def test_camera_tell_host(text):
    assert kind(text, CAMERA) == nf.CAMERA_HOST


@pytest.mark.parametrize(
    "text",
    [
        "do i tell the landlord first or go to the police",
        "shud i tell the front desk first or call police",
    ],
)
def test_camera_host_or_the_police_gets_the_order_answer(text):
    assert kind(text, CAMERA) == nf.CAMERA_HOST_OR_POLICE
    assert nf.ANSWERS[nf.CAMERA_HOST_OR_POLICE][0] == "utter_company_or_police"


def test_warning_the_host_with_no_wait_keeps_the_choice_answer():
    assert (
        kind("should i warn my property manager", ["my landlord put a camera in the bathroom"])
        is None
    )


def test_the_host_without_a_camera_is_not_read():
    assert kind("should i tell the host or wait", SHARED) is None


def test_the_host_asked_again_gets_the_short_answer():
    replies = [["utter_secret_recording"], ["utter_camera_tell_host"]]
    earlier = [*CAMERA, "should i message the host or wait"]
    assert kind("but do i text the host first?", earlier, replies) == (
        "nearby_camera_tell_host_again"
    )


@pytest.mark.parametrize(
    "text",
    [
        "what if he DID post the videos",
        "fine I'll ask the police. if it turns out he DID post videos of me online, what then",
        "what if its already online",
        "and what if the host already uploaded them somewhere",
        "what if the videos are already posted",
    ],
)
def test_camera_if_posted(text):
    assert kind(text, CAMERA) == nf.CAMERA_POSTED


@pytest.mark.parametrize(
    "text",
    [
        "I don't know if they shared it. can I sue the host?",
        "i dont even know if he shared anything. can i still get the free lawyer",
    ],
)
def test_not_knowing_if_shared_is_not_if_posted(text):
    assert kind(text, CAMERA) is None


def test_if_posted_without_a_camera_is_not_read():
    assert kind("what if he DID post the videos", ["my ex says he'll post our video"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "can i get the 500 back",
        "any chance i get that 300 back",
        "is there any way to get my money back",
        "can i get a refund somehow",
        "will i ever see the cash back",
    ],
)
def test_money_back_after_paying(text):
    assert kind(text, PAID) == nf.MONEY_BACK


@pytest.mark.parametrize(
    "text",
    [
        "how do i get a refund from amazon",
        "can i get my 150 dollars back from the credit card company",
    ],
)
def test_money_back_from_a_shop_or_card_is_not_read(text):
    assert kind(text, PAID) is None


def test_money_sent_counts_as_paid():
    earlier = ["i already sent this guy 500 bucks and now he wants 1000 more"]
    assert kind("can i get the 500 back", earlier) == nf.MONEY_BACK


def test_a_number_back_without_a_payment_is_not_read():
    assert kind("can i get the 2 back", SHARED) is None


@pytest.mark.parametrize(
    "text",
    [
        "he's probably not even in canada. is there any point going to police",
        "hes in nigeria i think. whats the point of calling the cops",
        "is it even worth reporting it to the police if hes overseas",
        "can the cops even do anything, hes not canadian",
    ],
)
def test_police_abroad(text):
    assert kind(text, PAID) == nf.POLICE_ABROAD


def test_police_abroad_said_just_before():
    earlier = [*PAID, "i think hes in another country"]
    assert kind("so is there any point going to the police?", earlier) == nf.POLICE_ABROAD


def test_police_without_abroad_is_not_read():
    assert kind("is there any point going to the police", PAID) is None


@pytest.mark.parametrize(
    "text",
    [
        "ok. i texted 988. can it actually be taken down or is it too late",
        "is it too late to get them removed now",
        "is there any point trying to get it taken down now everyone has seen it",
        "can the video be removed or is it too late now that people have it",
        "is it too late to get it off the site",
    ],
)
def test_removal_too_late(text):
    assert kind(text, SHARED) == nf.TOO_LATE


def test_too_late_for_something_else_is_not_read():
    assert kind("is it too late to apply for the free advice", SHARED) is None


@pytest.mark.parametrize(
    "text",
    [
        "Do I need a police report to make the claim?",
        "do i have to go to the police before i can make a tribunal claim",
        "does the tribunal need a police report",
        "And the police part? Do I need a police report to make the claim?",
        "do i need to report it to the cops first if i want to sue",
    ],
)
def test_police_report_for_the_claim(text):
    assert kind(text, SHARED) == nf.CRT_POLICE


def test_police_report_for_the_claim_and_the_lawyer_handling_it():
    text = (
        "Do I need to report it to police first before I can claim? And will the free lawyer"
        " actually handle the claim for me or just give advice?"
    )
    assert kind(text, SHARED) == nf.CRT_POLICE_REPRESENT
    assert nf.ANSWERS[nf.CRT_POLICE_REPRESENT] == [
        "utter_crt_police_report",
        "utter_lawyer_represent",
    ]


def test_both_routes_is_not_the_police_report_question():
    text = "Can I go to the police AND the tribunal or do I have to pick one?"
    assert kind(text, SHARED) is None


def test_police_report_for_the_legal_advice_is_not_read():
    assert kind("do i need a police report to get the free legal advice?", SHARED) is None


@pytest.mark.parametrize(
    "text",
    [
        "How much can I get and do I have to go to court?",
        "how much could i sue him for",
        "how much money can i get",
        "how much is my case worth",
    ],
)
def test_how_much(text):
    assert kind(text, SHARED) == nf.HOW_MUCH


def test_how_much_for_someone_else_is_not_read():
    assert kind("my wife wants to sue her ex, how much can she get", SHARED) is None


@pytest.mark.parametrize(
    "text",
    [
        "I just mean I want out of the lease. can the free lawyer help with that part too?",
        "i also want to break my lease cuz he lives next door, can the lawyer help with that",
        "can the lawyer help me with my landlord too",
        "will the free legal advice cover my job stuff, he works with me",
    ],
)
def test_lawyer_and_another_matter(text):
    assert kind(text, SHARED) == nf.LAWYER_SCOPE


def test_lawyer_and_a_matter_said_just_before():
    earlier = [*SHARED, "we live together and both signed the lease"]
    assert kind("can the lawyer help with that too?", earlier) == nf.LAWYER_SCOPE


def test_every_answer_exists_and_fits():
    found = responses()
    for steps in nf.ANSWERS.values():
        for step in steps:
            assert step in found, step
            for variant in found[step]:
                assert len(variant["text"]) <= 600, step


@pytest.mark.parametrize(
    ("response", "words"),
    [
        ("utter_camera_tell_host", ["doesn't say whether to tell the host", "non-emergency"]),
        ("utter_camera_if_posted", ["1-833-688-4381", "civil resolution tribunal", "604-673-3143"]),
        ("utter_removal_too_late", ["not too late", "doesn't say every copy", "take it down"]),
        ("utter_crt_police_report", ["doesn't say the tribunal needs a police report"]),
        ("utter_damages_how_much", ["$75,000", "not a court", "bc supreme court"]),
        ("utter_lawyer_scope_other", ["lease", "ask on the intake call"]),
        ("utter_who_to_tell_adult", ["non-emergency", "1-800-563-0808", "604-673-3143"]),
    ],
)
def test_answers_say_what_was_asked(response, words):
    text = responses()[response][0]["text"].lower()
    for word in words:
        assert word.lower() in text, (response, word)


def test_not_read_on_a_payload_or_nothing():
    assert kind("/ask_police", PAID) is None
    assert kind("", PAID) is None


def test_money_back_replaces_only_nothing_or_a_misread_age():
    assert nf.may_replace(nf.MONEY_BACK, None, [])
    assert nf.may_replace(nf.MONEY_BACK, "adult_removal", ["utter_image_removal"])
    assert not nf.may_replace(nf.MONEY_BACK, "lawyer_money", ["utter_lawyer_money_back"])
    assert not nf.may_replace(nf.WHO_TO_TELL_ADULT, "tell_someone", ["utter_tell_someone"])
    assert nf.may_replace(nf.TOO_LATE, "revoke", ["utter_revoke_consent"])
