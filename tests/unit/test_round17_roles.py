"""Round 17 kinds 4 and 7, roles (session 18): the writer's role kept, facts already given."""

from __future__ import annotations

import pytest

from assistant import role_kept, writer_role
from assistant.age_answers import TRUST, Turn, read_trust
from assistant.context_followups import fitted_for_age
from assistant.home_reading import home_from_text
from assistant.nlu.place_filter import kept_entities
from assistant.place_bodies import names_a_body
from assistant.trust_words import trust_told_before

FRIEND = (
    "hi im asking for my friend, her ex sent her nudes to a bunch of guys. shes 20 and lives in "
    "victoria"
)
SISTER = "my sister is 24 and her ex posted her pics online, she lives in kelowna"
MOTHER = (
    "I am the mother, I live in Quebec. My daughter is 19 and lives in Vancouver. Her old "
    "boyfriend put her intimate video on internet."
)
SON = "my son is 15 and he forwarded a nude of a girl in his grade to his friends"


@pytest.mark.parametrize(
    "text, earlier, intent, kind",
    [
        (
            "so she qualifies tho right? he def shared them",
            [FRIEND],
            "check_eligibility",
            role_kept.HELPER_ELIGIBLE,
        ),
        (
            "does she qualify for the free lawyer",
            [SISTER],
            "nlu_fallback",
            role_kept.HELPER_ELIGIBLE,
        ),
        (
            "is she eligible",
            ["my friend's ex posted her nudes. shes 22"],
            "check_eligibility",
            role_kept.HELPER_ELIGIBILITY,
        ),
        (
            "can he get the free lawyer",
            ["my brother is 30 and his ex leaked his videos"],
            "contact_lawyer",
            role_kept.HELPER_ELIGIBILITY,
        ),
        (
            "how can we make the video go away from the internet quickly?",
            [MOTHER],
            "ask_image_removal",
            role_kept.HELPER_REMOVAL,
        ),
        (
            "how can she get them taken down if he posts them",
            ["my best friend's ex is threatening to post her nudes. shes 22"],
            "ask_image_removal",
            role_kept.HELPER_REMOVAL,
        ),
    ],
)
def test_helper_questions_are_about_the_person_helped(text, earlier, intent, kind):
    assert role_kept.helper_kind(text, earlier, intent, "shared") == kind


@pytest.mark.parametrize(
    "text, earlier, intent",
    [
        ("how do i get my pics taken down", ["my ex posted my pics"], "ask_image_removal"),
        ("do i qualify", ["my ex posted my nudes. i live in surrey"], "check_eligibility"),
        # The writer says it is their own after all.
        ("its actually me not a friend. how do i get them down?", [FRIEND], "ask_image_removal"),
        # The one who shared, and their parent: writer_role's answers.
        (
            "how do i get it taken down",
            ["i posted my ex's nudes in a group chat"],
            "ask_image_removal",
        ),
        ("can she get it removed?", [SON], "ask_image_removal"),
    ],
)
def test_not_a_helper_question(text, earlier, intent):
    assert role_kept.helper_kind(text, earlier, intent) is None


def test_helped_home_needs_their_home_not_the_writers():
    assert role_kept.helped_home_in_bc([FRIEND])
    assert not role_kept.helped_home_in_bc(["I live in Victoria. my friend's ex posted her pics"])
    assert not role_kept.helped_home_in_bc(["her ex lives in vancouver and posted her pics"])


@pytest.mark.parametrize(
    "text",
    [
        "do i have to report my own son to the police",
        "Do I have to report my own son? I want to do the right thing for that girl too.",
        "should i call the police on him myself",
        "should i turn him in",
        "am i supposed to tell the police",
        "do we have to report it",
    ],
)
def test_a_parent_asks_about_reporting_their_own_child(text):
    assert writer_role.role_kind(text, [SON]) == writer_role.PARENT_REPORT


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("should he delete it", [SON]),
        ("do i have to report it", ["my ex posted my nudes"]),
        ("should i call the police on him", ["my daughter is 15 and a boy shared her nude"]),
    ],
)
def test_not_a_parent_reporting_their_child(text, earlier):
    assert writer_role.role_kind(text, earlier) != writer_role.PARENT_REPORT


@pytest.mark.parametrize(
    "earlier, text, told",
    [
        (("my coach keeps asking me for pics",), "im 16 hes like 26. is that even allowed", True),
        (("my hockey coach keeps texting me",), "im 16 hes 26", True),
        (("my teacher wants me to send selfies",), "im 15 and shes 30", True),
        (("my coach keeps asking me for pics",), "im 16 and my bf is 19", False),
        (("my teacher told me to ask here",), "im 16 hes 19", False),
        (("he is not my coach, he asks for pics",), "im 15 hes 30", False),
    ],
)
def test_trust_told_before(earlier, text, told):
    assert trust_told_before(text, earlier) is told


def test_the_check_reads_trust_from_an_earlier_message():
    turn = Turn(
        intent="check_age_rules",
        text="im 16 hes like 26. is that even allowed",
        activating=True,
        earlier=("my coach keeps asking me for pics",),
    )
    assert read_trust(turn) == {TRUST: "yes"}


def test_deepfake_routes_fitted_for_a_young_writer():
    assert fitted_for_age(["utter_deepfake", "utter_deepfake_routes"], True) == [
        "utter_deepfake",
        "utter_deepfake_routes_young",
    ]
    assert fitted_for_age(["utter_deepfake_routes"], False) == ["utter_deepfake_routes"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("can i use the bc tribunal", "bc"),
        ("is that against a B.C. law?", "b.c."),
        ("can bc's protection service help me", "bc"),
        ("does the b.c. civil resolution tribunal handle threats", "b.c."),
        ("the bc government's line", "bc"),
    ],
)
def test_a_body_or_a_law_is_no_home(text, place):
    lowered = text.lower()
    end = lowered.index(place) + len(place)
    assert names_a_body(lowered, end)
    assert home_from_text(text) is None
    entity = {"entity": "bc_place", "start": end - len(place), "end": end, "value": place}
    assert kept_entities(lowered, [entity]) == []


@pytest.mark.parametrize(
    "text, home",
    [
        ("i live in bc", "yes"),
        ("i live in bc and the tribunal is what i want", "yes"),
        ("im in bc, can i get help", "yes"),
        ("Kelowna", "yes"),
        ("i live in vancouver and want the bc tribunal", "yes"),
    ],
)
def test_a_home_is_still_a_home(text, home):
    assert home_from_text(text) == home


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "im 17 and my manager at work keeps asking me for pics. hes like 30. i really need "
            "this job tho",
            "utter_job_fear_youth",
        ),
        ("my manager keeps asking for nudes and i cant lose this job", "utter_job_fear_youth"),
        ("my boss said he will fire me if i tell anyone", "utter_job_threat_youth"),
        ("he threatened to cut my shifts if i say no", "utter_job_threat_youth"),
        ("he said i would lose my job if i said no", "utter_job_threat_youth"),
    ],
)
def test_a_job_worry_is_no_job_threat(text, first):
    assert role_kept.fitted_for_job_fear(["utter_job_threat_youth", "x"], text)[0] == first
