"""Session 19, from conversations I tried myself before round 19. Wordings are mine."""

from __future__ import annotations

import pytest

from assistant.nearby_followups import police_abroad

POLICE_ASKED = ["should i go to the police or call you first"]


@pytest.mark.parametrize(
    "text",
    [
        "what if he's in another country",
        "but what if they are overseas",
        "what if he lives in the us",
        "and if she is not in canada",
    ],
)
def test_what_if_abroad_right_after_police_is_the_police_question(text: str) -> None:
    assert police_abroad(text, POLICE_ASKED)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # No police in the last two messages: another question about someone abroad.
        ("what if he's in another country", ["how do i get it removed"]),
        # Not a "what if" about the other person.
        ("i'm in another country", POLICE_ASKED),
        ("what if i move to another country", POLICE_ASKED),
    ],
)
def test_abroad_without_the_police_question_is_not_read(text: str, earlier: list[str]) -> None:
    assert not police_abroad(text, earlier)


# --- An adult holding an ex's or partner's images ----------------------------------------------
from assistant.young_holder import (  # noqa: E402
    ADULT_HOLDER_NEXT,
    ADULT_HOLDS_IMAGES,
    adult_holder,
    holder_in_context,
)

HOLDING_TOLD = (
    "my girlfriend wants to break up and i have some of her pics, what should i do with them"
)


@pytest.mark.parametrize(
    "text",
    [
        HOLDING_TOLD,
        "i still have my ex's nudes on my phone, should i delete them",
        "she sent them to me when we were dating, what do i do with them now",
        "i have my ex girlfriend's pictures saved on my laptop. is it illegal to keep them",
    ],
)
def test_an_adult_holding_someone_elses_images_is_read(text: str) -> None:
    assert adult_holder(text) == ADULT_HOLDS_IMAGES


@pytest.mark.parametrize(
    "text",
    [
        "my ex has my pics",  # the writer's own images: the victim's answers
        "he has pictures of her",  # not the writer holding them
        "my daughter has her ex's pics on her phone",  # a helper
        "my ex sent me her nudes and now she wants them back or else",  # a threat
        "i have pics of my ex, we were both 16",  # under 18: the young holder's answer
    ],
)
def test_others_are_not_an_adult_holder(text: str) -> None:
    assert adult_holder(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "should i delete them",
        "could i get in trouble for having them",
        "what if she asks me to delete them",
        "is it illegal to keep them",
    ],
)
def test_what_to_do_after_holding_told(text: str) -> None:
    assert holder_in_context(text, [HOLDING_TOLD]) == ADULT_HOLDER_NEXT


def test_what_to_do_after_a_victims_story_is_not_the_holders() -> None:
    assert holder_in_context("should i delete them", ["my ex posted my pics"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "I have nudes of her too, can I send them to her family as revenge",
        "i have my ex's pics, should i post them so she knows how it feels",
    ],
)
def test_sharing_planned_is_not_the_holders_answer(text: str) -> None:
    assert adult_holder(text.lower()) is None


# --- A lawyer needed for the tribunal claim ---------------------------------------------------
from assistant.nearby_followups import crt_lawyer  # noqa: E402


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("do i need a lawyer for it", ["can i get a restraining order", "how long does that take"]),
        ("can i do it myself without a lawyer", ["tell me about the tribunal"]),
        ("do i need a lawyer for the tribunal", []),
        ("would she have to hire a lawyer to make a claim", []),
    ],
)
def test_a_lawyer_for_the_tribunal_claim_is_read(text: str, earlier: list[str]) -> None:
    assert crt_lawyer(text, earlier)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("do i need a lawyer", ["my ex posted my pics"]),  # no tribunal: the service's answer
        ("how do i get a lawyer", ["tell me about the tribunal"]),
    ],
)
def test_a_lawyer_without_the_tribunal_is_not_read(text: str, earlier: list[str]) -> None:
    assert not crt_lawyer(text, earlier)


# --- Found where it was posted: shared --------------------------------------------------------
from assistant.situation_reading import situation_from_text  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "a guy i met on tinder recorded us without asking and now i see it on a porn site",
        "i found them on reddit",
        "its on pornhub",
        "i found my nudes on twitter",
    ],
)
def test_found_where_it_was_posted_is_shared(text: str) -> None:
    assert situation_from_text(text) == "shared"


@pytest.mark.parametrize(
    "text",
    [
        "i saw my ex on instagram",
        "i see him on facebook every day",
        "i found my ex on a dating site",
        "i found a camera in the bathroom",
    ],
)
def test_seeing_a_person_on_a_site_is_not_sharing(text: str) -> None:
    assert situation_from_text(text) is None


# --- A worker asks how the people they help would use the service -----------------------------
from assistant.leftover_questions import young_alone  # noqa: E402
from assistant.staff_reading import (  # noqa: E402
    STAFF_HOW_TO_USE,
    STAFF_REFER,
    staff_kind,
    staff_kind_in_context,
)

COUNSELLOR = "hi, i'm a school counsellor in burnaby. how would a student use your service"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (COUNSELLOR, STAFF_HOW_TO_USE),
        ("I'm a youth worker, how do my clients access this?", STAFF_HOW_TO_USE),
        ("i work at a women's centre. how does it work for our clients", STAFF_HOW_TO_USE),
        ("i'm a youth worker. can i refer clients to you?", STAFF_REFER),
    ],
)
def test_a_workers_question_about_the_service_is_read(text: str, kind: str) -> None:
    assert staff_kind(text) == kind


def test_a_workers_case_is_still_the_helpers() -> None:
    assert (
        staff_kind("i'm a counsellor and my student's ex posted her nudes, what can she do") is None
    )


def test_referral_asked_later_by_the_same_worker() -> None:
    assert staff_kind_in_context(None, "nlu_fallback", "can i refer them directly", [COUNSELLOR])


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("do they need parental consent", [COUNSELLOR]),
        (
            "can she call the lawyer herself without her parents knowing",
            ["i'm a youth worker. one of my kids (15) is being sextorted", "do i tell her parents"],
        ),
    ],
)
def test_a_parents_permission_for_a_young_person_helped(text: str, earlier: list[str]) -> None:
    assert young_alone(text, earlier)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("do they need parental consent", ["my friend is 30"]),
        ("is parental consent needed for sex at 15", ["what is the age of consent"]),
    ],
)
def test_parental_consent_elsewhere_is_not_the_service_question(
    text: str, earlier: list[str]
) -> None:
    assert not young_alone(text, earlier)


# --- The person comes back after a block ------------------------------------------------------
from assistant.new_account import NEW_ACCOUNT, NEW_ACCOUNT_YOUNG, new_account_kind  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "i blocked him but he made a new account",
        "he keeps messaging me from different accounts",
        "now hes texting me from another number",
        "he wont stop messaging me",
        "i blocked them and they're back on a new profile",
    ],
)
def test_the_person_back_after_a_block_is_read(text: str) -> None:
    assert new_account_kind(text, [], ["utter_sextortion_steps"], True) == NEW_ACCOUNT_YOUNG
    assert new_account_kind(text, ["my ex says he will post my pics"], [], False) == NEW_ACCOUNT


@pytest.mark.parametrize(
    ("text", "earlier", "actions"),
    [
        ("i made a new account", [], ["utter_sextortion_steps"]),  # the writer's own
        ("he made a new account", ["how do i delete my account"], ["utter_evidence"]),  # no threat
        ("what's a new account", [], ["utter_sextortion_steps"]),
    ],
)
def test_others_are_not_the_person_back(text: str, earlier: list[str], actions: list[str]) -> None:
    assert new_account_kind(text, earlier, actions, False) is None


# --- "why do you need to know" at a form's question -------------------------------------------
from assistant.form_followups import why_asked  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "why do you need to know",
        "but why does that matter",
        "why are you asking",
        "why do u need that",
    ],
)
def test_why_asked_is_read(text: str) -> None:
    assert why_asked(text)


@pytest.mark.parametrize("text", ["why is he doing this", "why did he share it", "why me"])
def test_other_whys_are_not(text: str) -> None:
    assert not why_asked(text)


# --- A time long past, said without a year ----------------------------------------------------
from assistant.answer_kinds import answer_kind  # noqa: E402
from assistant.answer_kinds_sources import OLD_EVENTS  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "can i still do something even though it was so long ago",
        "is it too late? it was years ago",
        "he posted it 2 years ago, does it still count",
    ],
)
def test_a_time_long_past_is_the_old_events_answer(text: str) -> None:
    assert answer_kind(text, "ask_service_dates") == OLD_EVENTS


def test_a_breakup_long_ago_with_a_new_posting_is_not() -> None:
    text = "my ex and i broke up 3 years ago and he just posted a video of us on twitter"
    assert answer_kind(text, "inform_shared") != OLD_EVENTS


# --- Outside B.C.: the check starts without its introduction (session 20: in the policy) ----
from assistant.outside_bc_offers import check_step, strip_message  # noqa: E402


def test_the_check_starts_without_its_introduction_outside_bc() -> None:
    texts = ["im in ontario", "can i still get help"]
    assert check_step("check_eligibility", [], None, texts) == "eligibility_form"
    assert check_step("check_eligibility", ["eligibility_form"], None, texts) == (
        "action_eligibility_outcome"
    )
    assert check_step("check_eligibility", [], None, ["i live in surrey"]) is None


def test_other_messages_keep_what_is_not_the_offer() -> None:
    text, _data, left = strip_message(
        "Report it to Cybertip.ca. For free legal advice, call 604-673-3143.", {}
    )
    assert left and "Cybertip.ca" in text
