"""Follow-up fears and practical questions get their own answer (issue 16, round 3 kinds 4-5):
assistant/answer_kinds_practical.py reads them; domain/practical_answers.yml answers them."""

from __future__ import annotations

import pytest

from assistant import answer_kinds_practical as practical
from assistant.answer_kinds import answer_kind
from assistant.content.responses import all_responses
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.urgent_questions import BLOCK, BLOCK_YOUTH

KINDS = {
    practical.OTHER_PERSON_TOLD: [
        "if I ring the legal line is he going to find out",
        "would my ex get notified that i applied",
        "does the guy who leaked it get told when i contact the service",
        "will the lawyer contact him?",
        "will the person who shared it be notified if i make a crt claim",
    ],
    practical.PARENTS_TOLD: [
        "does kids help phone call your parents",
        "would my mum find out if i texted them",
        "do they tell your family if you call",
        "will khp tell my dad",
        "if i text 686868 will my parents know",
    ],
    practical.ON_BEHALF: [
        "am i allowed to report it for my roommate",
        "could i fill in the application for my girlfriend? can i apply for her",
        "can her mom make the report on her behalf",
        "is it possible for me to call the service for him",
        "could my mom report it for me",
        "my friend wants me to report it for her, can i",
    ],
    practical.BLOCK_OR_WAIT: [
        "do i block this account now or wait",
        "blocking him right away, good idea?",
        "should I just block them",
        "keep the chat open or block?",
    ],
    practical.INCOME: [
        "will i be refused because i earn too much",
        "they won't say no cause of my income right?",
        "i have a decent salary, does that rule me out",
        "do i make too much to get the free lawyer",
    ],
    practical.CRT_OUTSIDE_BC: [
        "i'm in manitoba now, can the tribunal still help me",
        "can the crt act on someone who lives in another province",
        "does the tribunal work if i don't live in bc",
        "he moved to ontario, can i still use the crt",
    ],
    practical.CRT_ORDERS: [
        "could the crt force him to take the pics down",
        "will the tribunal get the videos deleted",
        "can the civil resolution tribunal order the site to remove them",
        "what can the crt order",
        "can the tribunal get the video taken off that site",
    ],
    practical.CONFRONT: [
        "is it a good idea to confront her",
        "should i go confront my roommate",
        "should i tell him to delete it",
        "can i just message them to take it down",
        "should i text him and tell him to stop",
    ],
    practical.KEEP_DEVICE: [
        "do i hand the hidden camera to the cops",
        "what should i do with the camera i found",
        "is it ok to unplug the spy cam?",
        "should i throw the memory card away or keep it",
    ],
    practical.MONEY_BACK: [
        "is there a way to get my cash back",
        "will i ever see the $250 back",
        "can the police recover the money i sent",
        "any chance of getting the gift cards back",
        "is there any way to get back the money i sent",
    ],
    practical.SELF_BLAME: [
        "i'm so dumb for believing him",
        "i feel like an idiot for paying that guy",
        "i shouldn't have sent them in the first place",
        "i blame myself honestly",
    ],
    practical.SAFE_TO_REPORT: [
        "is it actually safe for me to go to the police",
        "if i report it will it make things worse",
        "will he retaliate if i call the police",
        "am i safe if i report him",
        "is it dangerous to report him",
    ],
    practical.UNSURE_SHARED: [
        "hold on, i don't know if she actually shared it, does it count",
        "i'm not even sure he posted them, can i still call",
        "i have never seen anything online, does this still count",
        "not sure it was ever shared, can i still get help",
    ],
}


@pytest.mark.parametrize(
    "kind,text", [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
def test_each_kind_is_read(kind, text):
    cleaned = " ".join(text.lower().split())
    assert practical.practical_kind(cleaned) == kind
    # "block him now or wait?" may be read first as urgent_questions' block: the same steps
    # (screenshot first, then block, keep the messages), worded for the writer's age.
    same = {kind, BLOCK, BLOCK_YOUTH} if kind == practical.BLOCK_OR_WAIT else {kind}
    assert answer_kind(text) in same


@pytest.mark.parametrize(
    "text",
    [
        "he blocked me on everything",
        "i already blocked her",
        "when i confronted him he laughed",
        "i am writing on behalf of my sister",
        "how do i get a refund from my phone company",
        "will the lawyer think i'm stupid for sending them",
        "i feel so embarrassed",
        "i'm not sure it even counts as intimate, it was a towel pic",
        "what is the tribunal",
        "does he know where i live",
        "can i claim money for lost wages",
        "can someone contact the site for me to take it down",
    ],
)
def test_near_misses_are_not_read(text):
    assert practical.practical_kind(" ".join(text.lower().split())) is None


def test_income_asked_as_the_eligibility_topic_keeps_that_answer():
    text = "does my income matter"
    assert practical.practical_kind(text) == practical.INCOME
    assert practical.practical_kind(text, "ask_who_qualifies") is None
    assert practical.practical_kind(text, "check_eligibility") is None


def test_a_threat_said_with_the_doubt_is_the_threat_answer():
    assert practical.practical_kind("not sure he posted it, he said he would") is None


def test_report_for_someone_else_is_not_the_police_how_to():
    assert answer_kind("can i report it for her?") == practical.ON_BEHALF
    assert answer_kind("how do i report it to the police") != practical.ON_BEHALF


def test_every_kind_has_short_static_answers():
    responses = all_responses()
    for kind in practical.PRACTICAL_KINDS:
        assert DEFAULT_DIRECT_ANSWERS[kind] == practical.ANSWERS[kind]
        for name in practical.ANSWERS[kind]:
            if name.startswith("action_"):
                continue
            text = responses[name][0]["text"]
            assert len(text) <= 600, name


def test_answers_say_what_the_sources_say():
    responses = all_responses()

    def text(kind: str) -> str:
        return " ".join(responses[n][0]["text"] for n in practical.ANSWERS[kind])

    block = text(practical.BLOCK_OR_WAIT)
    assert block.index("Screenshot") < block.index("block them")
    assert "Kids Help Phone" in text(practical.PARENTS_TOLD)
    assert "doesn't say" in text(practical.PARENTS_TOLD)
    assert "income" in text(practical.INCOME) and "free to anyone" not in text(practical.INCOME)
    assert "deleted" in text(practical.CRT_ORDERS)
    assert "VictimLinkBC" in text(practical.SAFE_TO_REPORT)
    assert "not your fault" in text(practical.SELF_BLAME)


@pytest.mark.parametrize(
    "text,kind",
    [
        ("we're divorcing and he says he'll show our kids my nude photos", "threatened"),
        ("in the custody fight he keeps saying he will post videos of me", "threatened"),
        (
            "our two children are 5 and 8 and my ex says he'll send my pics to their school",
            "threatened",
        ),
    ],
)
def test_a_parents_own_images_are_not_images_of_a_child(text, kind):
    assert answer_kind(text, "ask_age_rules") == practical.PARENT_OWN_THREATENED


def test_images_of_the_children_keep_the_child_answers():
    text = "my ex is threatening to post nude pictures of our daughter"
    assert practical.parent_own_images(text, "threatened") is None
    assert practical.parent_own_images("he posted my nudes, we share custody", "shared") == (
        practical.PARENT_OWN_SHARED
    )
    assert practical.parent_own_images("he posted my nudes", "shared") is None


@pytest.mark.parametrize(
    "text",
    [
        "i'm her school counsellor, a grown man online keeps asking her for nudes, she's 12",
        "as their grade 6 teacher: a stranger keeps asking my 11 year old student for photos",
    ],
)
def test_a_helpers_own_job_is_not_a_position_of_trust(text):
    assert answer_kind(text) == "child_asked_for_images"


def test_a_tribunal_question_about_recordings_is_not_the_youth_pressure_answer():
    text = "would the crt cover it if my roommate only filmed me and never sent it"
    assert answer_kind(text, "ask_crt") == practical.CRT_ORDERS


@pytest.mark.parametrize(
    "text",
    [
        "i found a tiny camera in the washroom at my rental",
        "we noticed a small cam hidden inside the bathroom fan",
    ],
)
def test_a_camera_found_where_people_undress_is_a_secret_recording(text):
    assert answer_kind(text) == "secret_recording"
