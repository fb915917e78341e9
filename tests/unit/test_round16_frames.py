"""Round 16 kind 2, "wrong frame for who is writing" (session 17, helper "frames"): a would-be
sharer, a young person asking whether the teacher or coach who asked will be in trouble or
afraid of losing a place, an adult's helper asking about police, a worker's income question and
the damages limit asked "now" (assistant/writer_frames.py, assistant/calm_messages.place_lost).
Wordings are our own, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import writer_frames as wf
from assistant.calm_messages import calm_message
from assistant.content import value
from tests.domain_files import response_texts


def kinds(messages):
    """The kind of each message of a conversation, the bot's answers fed back in."""
    earlier: list[str] = []
    given: list[str] = []
    previous: list[str] = []
    found = []
    for message in messages:
        kind = wf.frame_kind(message, earlier, given, previous)
        found.append(kind)
        earlier.append(message)
        previous = wf.ANSWERS[kind] if kind else ["utter_other"]
        given += previous
    return found


def kind(text, earlier=()):
    return kinds([*earlier, text])[-1]


# --- the one who would share a partner's image ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "would it be illegal to show my wife's nudes to my best friend if she says yes? we're 30",
        "my boyfriend is fine with it. can i send a pic of my bf to my sister? im 24 hes 26",
        "is it ok to forward a naked photo of my gf to the group chat if she agreed, were both 20",
        "can i share my partner's video with a buddy with her permission? both adults",
    ],
)
def test_a_would_be_sharer_of_adults_gets_the_adults_rule(text):
    assert kind(text) == wf.SHARE_ADULTS


@pytest.mark.parametrize(
    "text",
    [
        "can i send a nude of my gf to my friend if she says its ok",
        "if my husband agrees can i show my cousin his pics",
    ],
)
def test_no_age_said_adds_the_under_18_line(text):
    assert kind(text) == wf.SHARE_NO_AGE
    assert wf.ANSWERS[wf.SHARE_NO_AGE][-1] == "utter_frame_share_under_18"


@pytest.mark.parametrize(
    "text",
    [
        "my ex sent my nudes to his friends. is that illegal?",
        "i sent my bf a nude and he showed it to his friends",
        "i forwarded a pic of my gf to my buddies last night",  # told, not asked: writer_role
        "is it legal to send nudes if we're both 17?",
        "can i send my girlfriend a nude of me",
        "can i show my friend the pics my ex sent me",
        "my girlfriend said i could take pictures of her. is that ok?",
    ],
)
def test_not_a_would_be_sharer_of_adults(text):
    assert kind(text) is None


def test_a_young_would_be_sharer_gets_the_under_18_answer():
    asked = "can i send her nudes to my buddy if she says yes? shes my gf, we're 16"
    assert kind(asked) == wf.SHARE_YOUNG
    assert wf.ANSWERS[wf.SHARE_YOUNG][0] == "utter_under_18_images"
    assert kinds([asked, "and if she changes her mind?"])[-1] is None


def test_the_ages_said_after_an_answer_that_missed_them():
    first = "is it a crime to show my girlfriend's pics to my bro if she's ok with it"
    assert kinds([first, "she's 25 and im 27"]) == [wf.SHARE_NO_AGE, wf.SHARE_ADULTS_AGAIN]
    # After another answer (the under-18 block, say): the ages heard, then the adults' rule.
    assert wf.frame_kind("we are both adults, so its fine then?", [first], ["utter_other"]) == (
        wf.SHARE_ADULTS_HEARD
    )


WIFE = "would it be illegal to show my wife's nudes to my best friend if she says yes? we're 30"


@pytest.mark.parametrize(
    "text",
    [
        "ok but what if she changes her mind a week later",
        "and if she takes it back after he has it?",
        "what happens if she withdraws her ok down the road",
        "suppose she isn't ok with it anymore later",
    ],
)
def test_consent_taken_back_is_hers(text):
    assert kinds([WIFE, text])[-1] == wf.SHARE_WITHDRAWN


@pytest.mark.parametrize(
    "text",
    [
        "would my friend have to erase it then",
        "is he in trouble if he still has it on his phone",
        "can i make him delete it",
        "does the guy have to get rid of it",
    ],
)
def test_the_friend_who_has_a_copy(text):
    withdrawn = "and what if she changes her mind after"
    assert kinds([WIFE, withdrawn, text])[-1] == wf.SHARE_KEEPER


def test_the_sharer_corrects_whose_consent_it_is():
    first = "can i send a nude of my gf to my friend if she says its ok. we're 22"
    correction = "no i mean HER consent, im the one sending it. would my buddy have to delete it"
    assert (
        kinds([first, correction])[-1] == f"{wf.SHARE_WITHDRAWN}_heard"
        or kinds([first, correction])[-1] == f"{wf.SHARE_KEEPER}_heard"
    )
    assert wf.ANSWERS[f"{wf.SHARE_KEEPER}_heard"][0] == "utter_frame_share_heard"


def test_no_frame_no_reading_for_changing_ones_mind():
    assert kind("what if i change my mind about the photos i sent") is None
    assert kind("can my ex keep my pics if i said he could before?") is None


# --- a young person asked by a teacher or coach ------------------------------------------------
ASKED = ["my gym teacher keeps asking me to send pics", "im 13"]


@pytest.mark.parametrize(
    "text",
    [
        "if i tell my mom would he lose his job?",
        "could he go to jail for this",
        "i dont want to get him fired, hes not a bad guy",
        "is he gonna get in trouble if i report it",
        "he'd be suspended right?",
    ],
)
def test_will_the_asker_be_in_trouble(text):
    assert kinds([*ASKED, text])[-1] == wf.ASKER_TROUBLE


def test_the_correction_him_not_me():
    asked = ["my coach wants me to send him pics, im 15"]
    assert kinds([*asked, "no i mean HIM getting fired, not me"])[-1] == wf.ASKER_TROUBLE_HEARD
    twice = kinds([*asked, "will he get fired?", "no, HIM. will he lose his job"])
    assert twice[-2:] == [wf.ASKER_TROUBLE, wf.ASKER_TROUBLE_AGAIN]


@pytest.mark.parametrize(
    "messages",
    [
        ["my daughter is 15 and her coach asked her for pics", "will he get fired?"],
        ["my boss keeps asking me for nudes. im 25", "will he get fired if i report?"],
        ["my teacher asked me for pics", "will i get in trouble?"],
        ["my ex shared my pics", "will he get in trouble?"],
    ],
)
def test_not_the_askers_trouble(messages):
    assert kinds(messages)[-1] is None


@pytest.mark.parametrize(
    "text",
    [
        "hes gonna kick me off the team if i say no",
        "she might drop me from the band if i tell",
        "if i report him will he know it was me? he'll cut me from the roster",
    ],
)
def test_afraid_of_losing_a_place(text):
    found = kinds(["my volleyball coach wants me to send pics. im 16", text])[-1]
    assert found in (wf.ASKER_PLACE, wf.ASKER_PLACE_REPORT)
    assert "utter_frame_asker_place" in wf.ANSWERS[found]


def test_losing_a_place_meant_before_is_not_the_question():
    said = ["my coach wants me to send pics. im 16", "he'll cut me from the team"]
    assert kinds([*said, "i meant cut from the team lol. is it illegal?"])[-1] is None


# --- no check-in for losing a place; the crisis net stays --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "if i report him to cybertip will he know it was me? hes gonna cut me from the team",
        "my coach said he'll kick me off the squad if i tell anyone",
        "if i block her will she drop me from the band?",
    ],
)
def test_losing_a_place_is_calm(text):
    assert calm_message(text)


@pytest.mark.parametrize(
    "text",
    [
        "he cut me from the team and i want to die",
        "hes gonna cut me from the team. i want to cut myself",
        "he'll cut me from the team tonight",
        "i cut myself after he dropped me from the team",
        "im scared hes gonna cut me from the team if i say no",
    ],
)
def test_risk_beside_a_lost_place_is_not_calm(text):
    assert not calm_message(text)


# --- someone helping an adult asks about police ------------------------------------------------
@pytest.mark.parametrize(
    "messages",
    [
        ["my husbands ex is posting his photos online, im helping him", "can we call the cops?"],
        ["im helping my sister, shes 29. her ex sent her nudes to coworkers", "is that a crime?"],
        ["my girlfriend's ex leaked her pics", "should she go to the police or not"],
        ["my wife ex share her photo", "police can do something for this?"],
    ],
)
def test_an_adults_helper_asks_about_police(messages):
    assert kinds(messages)[-1] in (wf.HELPER_POLICE, wf.HELPER_POLICE_ABROAD)


def test_police_asked_again_and_a_third_time():
    said = ["my wife's ex sent her photos to her family in india", "can police do anything?"]
    found = kinds([*said, "but police? is it crime?", "she is 40. we call police?"])
    assert found[1:] == [wf.HELPER_POLICE_ABROAD, wf.HELPER_POLICE_AGAIN, wf.HELPER_POLICE]


@pytest.mark.parametrize(
    "messages",
    [
        ["my daughter's ex posted her pics", "should we call police?"],
        ["my sister's ex posted her pics. she is 16", "should we call police?"],
        ["my ex posted my pics", "can i go to the police?"],
        ["my wife's ex posted her pics. we live in calgary", "can we call the police?"],
        ["my wife's ex posted her pics", "how do we keep evidence?"],
        ["my friend's ex shared her pics. shes 19", "can she see a lawyer without a police report"],
        ["my wife's ex posted her pics", "does she have to go to the police to get help?"],
        ["my wife's ex posted her pics", "will the lawyer tell the police?"],
    ],
)
def test_not_an_adults_helper_asking_about_police(messages):
    assert kinds(messages)[-1] is None


def test_no_report_needed_asked_as_a_check_is_the_no_police_answer():
    # round 31 p19: "she doesn't have to report to police first, right?" got "They can go to
    # the police, yes" and then "the information I have doesn't say what they should do first".
    said = ["my friend's ex posted her nudes online, she's 22 and doesn't want to go to the police"]
    found = kinds([*said, "she doesn't have to report to police first, right?"])
    assert found[-1] == wf.HELPER_NO_POLICE


# --- a worker's income question; the damages limit "now" ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "is there a means test? a lot of the people i see earn a wage",
        "does income matter? some of my clients work full-time",
        "what's the income cut off for them",
    ],
)
def test_a_workers_income_question(text):
    said = ["I'm a support worker at a women's centre and I refer clients to services"]
    assert kinds([*said, text])[-1] == wf.STAFF_INCOME


def test_income_without_a_worker_is_not_the_workers_answer():
    assert kind("does my income matter? i work full time") is None


@pytest.mark.parametrize(
    "text",
    [
        "is the tribunal max still 5000?",
        "my notes say the crt limit is $5,000, is that right?",
        "what is the most the crt can award now",
        "did the damages cap change?",
    ],
)
def test_the_damages_limit_now(text):
    assert kind(text) == wf.CRT_LIMIT_NOW


@pytest.mark.parametrize(
    "text",
    ["how much can the crt award?", "can i sue for more than that?", "is there a limit on claims"],
)
def test_the_limit_asked_plainly_keeps_its_answer(text):
    assert kind(text) is None


# --- the answers ---------------------------------------------------------------------------------
TEXTS = dict(response_texts())


def test_every_answer_is_in_the_domain():
    for sequence in wf.ANSWERS.values():
        for name in sequence:
            assert name in TEXTS, name


def test_the_sharers_answers_say_her_consent_and_never_your_consent():
    for name in (
        "utter_frame_share_adults",
        "utter_frame_share_withdrawn",
        "utter_frame_share_keeper",
        "utter_frame_share_adults_again",
    ):
        assert "take back your consent" not in TEXTS[name]
    assert "your job to make sure she agrees" in TEXTS["utter_frame_share_adults"]
    assert "She can take back her consent" in TEXTS["utter_frame_share_withdrawn"]
    assert "doesn't say" in TEXTS["utter_frame_share_keeper"]


def test_the_limit_answer_says_the_old_and_the_new_limit_from_content():
    text = TEXTS["utter_frame_crt_limit_now"]
    assert f"${value('bc_routes.crt_damages_limit'):,}" in text
    assert f"${value('bc_routes.crt_damages_former_limit'):,}" in text
    assert "March 18, 2026" in text


def test_the_workers_answer_is_about_clients_not_you():
    text = TEXTS["utter_frame_staff_income"]
    assert "for you" not in text and "your clients" in text


def test_the_adult_helpers_police_answer_is_the_adults():
    text = TEXTS["utter_frame_helper_police_adult"]
    assert "162.1" in text and "non-emergency" in text and "don't need to report" in text
    assert "Cybertip" not in text and "under 18" not in text
