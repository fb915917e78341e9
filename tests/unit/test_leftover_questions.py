"""Round 8 kinds 1 and 2 (helper r8b): plain questions read to their own answer
(assistant/leftover_questions.py). Our own wordings, then the transcripts' turns."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import leftover_questions as r8
from assistant.answer_kinds_practical import UNSURE_SHARED
from assistant.answer_kinds_sources import CHILD_IN_TROUBLE, OTHERS_IN_TROUBLE

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is there a way to force her to erase the videos?", r8.MAKE_DELETE),
        ("can the lawyer get him to take them down?", r8.MAKE_DELETE),
        ("is there any legal way to stop him?", r8.MAKE_DELETE),
        (
            "can I get him to destroy the recordings? he hasn't sent them to anybody",
            r8.HELD_NOT_SHARED,
        ),
        ("who can help me when he never shared the videos?", r8.HELD_NOT_SHARED),
        ("could my girl be charged for making the picture of herself?", CHILD_IN_TROUBLE),
        ("how much does the lawyer cost? also what does CRT stand for?", r8.FEE_AND_CRT),
        ("would a tribunal order make him keep away from me too?", r8.STAY_AWAY),
        ("is there a restraining order for this?", r8.STAY_AWAY),
        ("the website is based in Russia I think, does that matter?", r8.SITE_ABROAD),
        ("what if the site is hosted overseas?", r8.SITE_ABROAD),
        ("how do I file a claim with the tribunal?", r8.CRT_START),
        ("do you think he is actually going to send them?", r8.WILL_THEY_POST),
        ("will everything be ok?", r8.WILL_THEY_POST),
        ("I'm not sure if my ex posted it. someone hinted they saw a video", UNSURE_SHARED),
        ("should I keep the messages he sent me for the police?", r8.KEEP_TEXTS),
        ("can I report it without looking at the picture? I can't face it", r8.NO_NEED_TO_LOOK),
        (
            "how do we get them taken off instagram? and can she phone the lawyer without her"
            " parents knowing?",
            r8.PLATFORM_AND_ALONE,
        ),
        (
            "my cousin photo threat by ex boyfriend. her parents must not know",
            r8.HELPER_THREAT_PRIVATE,
        ),
    ],
)
def test_plain_kind_reads_our_wordings(text: str, kind: str) -> None:
    assert r8.plain_kind(text, [], []) == kind


def test_child_who_shared_is_read_from_an_earlier_message() -> None:
    earlier = ["my daughter sent a boy's private picture to her whole group chat"]
    assert (
        r8.plain_kind("she's 15. could she be arrested for it?", earlier, []) == OTHERS_IN_TROUBLE
    )
    assert r8.plain_kind("she's 15. could she be arrested for it?", [], []) is None


def test_that_website_is_the_tribunals_only_after_the_tribunal() -> None:
    text = "so I just use their site? what should I have ready"
    assert r8.plain_kind(text, ["what is the civil resolution tribunal"], ["utter_crt"]) == (
        r8.CRT_START
    )
    assert r8.plain_kind(text, ["he posted it on a site"], ["utter_image_removal"]) is None


def test_nothing_for_me_only_from_someone_outside_bc() -> None:
    text = "is there no help for me even if he's in BC?"
    assert r8.plain_kind(text, [], [], lives_outside=True) == r8.OTHER_IN_BC
    assert r8.plain_kind(text, [], [], lives_outside=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "how do I stop him from messaging me",
        "what is the CRT?",
        "can I get a protection order",
        "he posted my pics on instagram",
        "I want to die",
        "is it free?",
        "will my son be in trouble",
        "can I make him stop if I pay him",
        "/ask_crt",
        "",
        "is it ok if I'm 16 and he's 17",
        "im 16 and have naked photos of my girlfriend on my phone, is it ok to keep them",
        "how do I keep evidence",
        "should i report to police or cybertip? and do we need to keep the messages",
        "can i file a tribunal claim if i moved to calgary, yes or no?",
        "can the school make him delete it?",
    ],
)
def test_other_messages_are_not_read(text: str) -> None:
    assert r8.plain_kind(text, [], []) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Can the lawyer help us get the boy to delete it?", r8.MAKE_DELETE),
        ("Will my daughter get in trouble for having taken the photo herself?", CHILD_IN_TROUBLE),
        (
            "Does it cost anything to speak to someone? And what is the CRT, I don't know these"
            " letters.",
            r8.FEE_AND_CRT,
        ),
        (
            "I just want to know if I can make him delete the videos. He has not shown anyone.",
            r8.HELD_NOT_SHARED,
        ),
        (
            "Can the tribunal order her husband to stay away from her, or only about the pictures?",
            r8.STAY_AWAY,
        ),
        (
            "The site is hosted outside Canada I think. Can the lawyer help with that?",
            r8.SITE_ABROAD,
        ),
        ("is it going to be okay? like will they really post them", r8.WILL_THEY_POST),
        ("I don't know if he shared it. A friend said she saw something.", UNSURE_SHARED),
        ("if I go to police do I need the texts she sent?", r8.KEEP_TEXTS),
        ("do I have to look at it to report it? I really don't want to see it", r8.NO_NEED_TO_LOOK),
        (
            "my sister picture threat by her ex fiance. family must not know",
            r8.HELPER_THREAT_PRIVATE,
        ),
        ("can I make him stop though? like actually legally", r8.MAKE_DELETE),
    ],
)
def test_round8_transcript_turns(text: str, kind: str) -> None:
    assert r8.plain_kind(text, [], []) == kind


def test_every_answer_is_a_response_under_600_characters() -> None:
    responses: dict = {}
    for path in (REPO / "domain").glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    for names in r8.ANSWERS.values():
        for name in names:
            assert name in responses, name
            for variant in responses[name]:
                assert len(variant["text"]) <= 600, name
                assert not variant["text"].startswith(("Yes", "No ", "No.", "No,")), name


def test_only_young_people_in_trouble_override_another_readers_kind() -> None:
    # Round 9 (r9a) adds the questions another reader's kind took (tests/unit/test_round9_r9a.py).
    round9 = {r8.CALL_911, r8.POLICE_SERIOUS, r8.ADULT_ASKED_CHILD, r8.PHONE_PERSON, r8.LINE_HOURS}
    round9 |= {r8.FEE_AND_STEPS}
    assert r8.OVERRIDING == {CHILD_IN_TROUBLE, OTHERS_IN_TROUBLE, r8.NO_NEED_TO_LOOK} | round9


def test_a_young_persons_removal_keeps_its_answer_unless_the_law_is_asked() -> None:
    earlier = ["my 12 year old niece's pics are going around"]
    text = "ok but how do i get her to delete them. theyre on her friends phones now"
    assert r8.plain_kind(text, earlier, []) is None
    assert r8.plain_kind(text, ["my ex shared my nudes. we're both 17"], []) is None
    assert r8.plain_kind("can a lawyer get the boy to delete it?", earlier, []) == r8.MAKE_DELETE


def test_unsure_is_read_when_told_not_asked() -> None:
    assert (
        r8.plain_kind("can i still get the lawyer if i dont know if he shared it?", [], []) is None
    )
