"""Round 15 kinds 2 and 9, legal part (session 16, helper "legal"): specific legal follow-ups
get their own answer, and a re-ask a different, shorter one (assistant/legal_follow_ups.py).
Wordings are our own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import legal_follow_ups as legal
from tests.domain_files import response_texts

CRT_GIVEN = [["utter_crt", "utter_crt_damages"]]


def kind(text, earlier=(), replies=None):
    earlier = list(earlier)
    replies = replies if replies is not None else [[] for _ in earlier]
    return legal.legal_kind(text, earlier, replies)


@pytest.mark.parametrize(
    "text",
    [
        "can the crt still help if i have no idea who uploaded it",
        "its some anonymous account that posted them. can i still make a claim at the tribunal?",
        "all i have is his username on reddit, can i still file with the tribunal",
        "who do i even file against if the poster is anonymous",
        "i dont know their real name. does the tribunal work then?",
        "the account is fake, can i still go to the tribunal?",
        "what if i cant find out who it is, can the crt still order it removed",
    ],
)
def test_the_tribunal_when_the_person_is_unknown(text):
    assert kind(text, ["someone posted my pics on a forum"], CRT_GIVEN) == legal.CRT_UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "can i stay anonymous when i call the lawyer",
        "can i report anonymously to the police",
        "will the person know it was me who made the claim",
        "im not sure who to call first, the tribunal or the lawyer?",
    ],
)
def test_the_writer_staying_anonymous_is_not_the_person_unknown(text):
    assert kind(text, ["my ex posted my pics"], CRT_GIVEN) != legal.CRT_UNKNOWN


def test_the_person_unknown_asked_again_gets_the_short_answer():
    replies = [["utter_crt"], ["utter_crt_unknown_person"]]
    again = kind("but who would i even name in the claim if i dont know who", ["a", "b"], replies)
    assert again == "crt_unknown_person_again"


@pytest.mark.parametrize(
    "text",
    [
        "does it cost anything to ask the tribunal for compensation?",
        "is there a fee if i want damages from him",
        "do i have to pay a fee to sue him for damages at the crt",
        "ok but what about the money part, is that free too?",
    ],
)
def test_a_fee_for_damages(text):
    assert kind(text, ["my ex posted a video of me"], CRT_GIVEN) == legal.CRT_DAMAGES_FEE


@pytest.mark.parametrize(
    "text", ["can the tribunal make him pay me damages", "how much does the crt cost"]
)
def test_damages_or_the_tribunal_cost_alone_are_not_the_damages_fee(text):
    assert kind(text, [], CRT_GIVEN) != legal.CRT_DAMAGES_FEE


@pytest.mark.parametrize(
    "text",
    [
        "can a 16 year old apply to the tribunal by herself?",
        "im 15. can i file a claim with the crt or does my mom have to",
        "does a parent have to make the claim at the tribunal for a teenager?",
        "can minors use the civil resolution tribunal",
        "my daughter is 14, can she apply to the tribunal?",
    ],
)
def test_a_minor_filing_with_the_tribunal(text):
    assert kind(text) == legal.CRT_MINOR


@pytest.mark.parametrize(
    "text",
    [
        "it was all back in 2019 and he took them down after a month. so the crt is out for me?",
        "the pics were only up in 2022 and then deleted, can the tribunal still do anything",
    ],
)
def test_sharing_only_before_the_tribunals_dates(text):
    assert kind(text, [], [["utter_old_events"]]) == legal.CRT_ONLY_BEFORE


@pytest.mark.parametrize(
    "text",
    [
        "he posted them in 2021 and they are still up now, can the tribunal help",
        "i only found out now that he posted them in 2021. can the tribunal help?",
    ],
)
def test_sharing_not_said_to_have_stopped_keeps_the_dates_answer(text):
    assert kind(text, [], [["utter_old_events"]]) != legal.CRT_ONLY_BEFORE


@pytest.mark.parametrize(
    "text",
    [
        "can the tribunal make him destroy the paper copies he printed",
        "could they order her to hand back all the printouts?",
        "will the crt make him get rid of the hard copies",
    ],
)
def test_an_order_about_printed_copies(text):
    earlier = ["he printed my pics and put them in mailboxes"]
    assert kind(text, earlier, [["utter_printed_copies"]]) == legal.CRT_COPIES


def test_printed_copies_with_money_asked_gets_both():
    text = "can the tribunal make him shred the prints? and can i get money?"
    assert legal.sequence_for(legal.CRT_COPIES, text) == [
        "utter_crt_order_copies",
        "utter_crt_damages",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "can the tribunal order him to erase videos even if i have no proof he has any?",
        "could the crt make her delete the recordings if i dont know if she kept them",
    ],
)
def test_an_order_for_recordings_not_proven(text):
    assert kind(text, ["there was a camera in the rental"], [["utter_keep_device"]]) == (
        legal.CRT_UNPROVEN
    )


@pytest.mark.parametrize(
    "text",
    [
        "ok what do i do first, the crt website or calling the lawyer?",
        "should i start with the tribunal online or with the legal advice line",
        "which first: solution explorer or the lawyer",
    ],
)
def test_one_first_step_tribunal_or_lawyer(text):
    assert kind(text) == legal.FIRST_STEP


@pytest.mark.parametrize(
    "text",
    [
        "what bill changed that, and has it come into force?",
        "is that 2026 change actually law yet",
        "which law changed in 2026? i need the name for a report",
        "is the new offence in force now?",
    ],
)
def test_the_2026_change(text):
    assert kind(text, ["is threatening to share a crime"], [["utter_is_it_crime"]]) == (
        legal.LAW_2026
    )


def test_a_phone_bill_is_not_the_law():
    assert kind("can you help me pay my phone bill?", [], [["utter_is_it_crime"]]) is None


@pytest.mark.parametrize(
    "text",
    [
        "can the order stop him sending it to my relatives in pakistan?",
        "if she shares it on whatsapp with people overseas does the tribunal order still work",
        "does the law apply if he sends it to someone in another country?",
    ],
)
def test_sending_to_another_country(text):
    assert kind(text, ["my ex says he will send my video to my family"]) == legal.ORDER_ABROAD


def test_the_writer_living_abroad_is_not_sending_abroad():
    assert kind("i live in india and my ex in surrey posted my pics. can the law help?") is None


@pytest.mark.parametrize(
    "text",
    [
        "i sell pics on fansly and someone leaked them to a free forum. is that covered?",
        "my paid content from onlyfans got reposted on a pirate site, does bc law protect me?",
        "a site is reposting what my subscribers paid for. does that count as sharing without "
        "consent?",
    ],
)
def test_paid_subscriber_content_reposted(text):
    assert kind(text) == legal.PAID_CONTENT


def test_a_correction_after_paid_content_is_not_a_threat():
    earlier = ["my onlyfans videos got leaked on a tube site"]
    replies = [["utter_threats_covered"]]
    assert kind("nobody is threatening me. does the law cover it?", earlier, replies) == (
        legal.PAID_CONTENT
    )


def test_a_real_demand_with_paid_content_keeps_blackmails_answer():
    text = "a subscriber says he will leak my onlyfans pics unless i pay him"
    assert kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "does the protection service have someone who speaks spanish?",
        "can i talk to the 1-833 people in punjabi",
        "is the interpreter only for the lawyer service?",
        "do they have interpreters at the iips",
    ],
)
def test_the_iips_languages(text):
    assert kind(text) == legal.IIPS_LANGUAGE


def test_the_iips_languages_again_gets_a_different_answer():
    replies = [["utter_iips_language"]]
    assert kind("so the gov line has french or not?", ["x"], replies) == "iips_language_again"


def test_french_adds_the_crisis_line_in_french():
    assert legal.sequence_for(legal.IIPS_LANGUAGE, "they speak french?")[-1] == (
        "utter_iips_language_french"
    )


@pytest.mark.parametrize(
    "text",
    [
        "will the lawyer also help me with custody of my kids?",
        "can the free lawyer do my divorce too",
        "does the service help with the separation as well?",
        "can the lawyer help me with the custody stuff too?",
    ],
)
def test_the_lawyers_scope(text):
    assert kind(text) == legal.LAWYER_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "he says if i take the kids he will post the video. what can i do?",
        "he threatens to show the kids my pics, can you help?",
        "he wants the house or he will share my video, can you help?",
    ],
)
def test_the_story_of_a_family_threat_is_not_the_scope_question(text):
    assert kind(text) != legal.LAWYER_SCOPE


@pytest.mark.parametrize("name", sorted({n for seq in legal.ANSWERS.values() for n in seq}))
def test_every_answer_exists(name):
    assert name in {response for response, _ in response_texts()}


@pytest.mark.parametrize("text", ["/ask_crt", "", "hello"])
def test_no_kind_for_payloads_or_greetings(text):
    assert kind(text) is None
