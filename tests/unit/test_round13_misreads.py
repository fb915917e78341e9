"""Round 13, helper "misreads": plain messages the bot misread (assistant/misreads.py).
Variants in other words than the transcripts'."""

import pytest

from assistant import misreads
from assistant.answer_kinds import WHO_IS_TOLD
from assistant.answer_kinds_sources import HOURS
from assistant.unanswered import NO_POLICE
from assistant.wrong_topic import WHO_IS_TOLD_ADULT

HELD = "my ex still has nudes of me on his laptop. he hasn't shared them or threatened to"
COACH = ["my coach keeps asking me for pics", "im 14 and hes 25"]
PAID = ["he said he would post my pics unless i paid, i sent him $300"]


@pytest.mark.parametrize(
    ("text", "earlier", "kind"),
    [
        # Kind 1: not wanting police or charges; "don't tell my mom"; the line's hours.
        (
            "i dont want my roommates arrested, i just want the video gone. simplest way?",
            [],
            misreads.DELETE_NO_POLICE,
        ),
        (
            "is there a way to get it removed without going to the police",
            [],
            misreads.DELETE_NO_POLICE,
        ),
        (
            "could they just delete the pics without cops being involved",
            [],
            misreads.DELETE_NO_POLICE,
        ),
        (
            "is it illegal what she did? we are 30. i dont want to report my girlfriend to police",
            [],
            misreads.ILLEGAL_NO_POLICE,
        ),
        (
            "is that against the law? i dont wanna call the police on my husband",
            [],
            misreads.ILLEGAL_NO_POLICE,
        ),
        ("i dont want him in trouble, who should i tell", COACH, misreads.WHO_TO_TELL_YOUTH),
        (
            "who can i talk to, i dont want to get my teacher in trouble",
            ["im 16"],
            misreads.WHO_TO_TELL_YOUTH,
        ),
        ("pls dont tell my parents", ["im 14"], WHO_IS_TOLD),
        ("you wont tell my dad right?", ["i'm 15"], WHO_IS_TOLD),
        ("please don't tell my family about this", ["im 34"], WHO_IS_TOLD_ADULT),
        ("when's the best time to phone them, i'm at work all day", [], HOURS),
        ("are they open in the evenings?", [], HOURS),
        ("can i call them after 6", [], HOURS),
        ("what hours is the line open", [], HOURS),
        ("do i have to go to the police? i dont want him charged", [], NO_POLICE),
        ("no, opening hours. when can people phone them", [], HOURS),
        # Kind 2: money back; routes if closed; sent then shown.
        ("can i get it back?", PAID, misreads.MONEY_BACK),
        ("is there any way to recover the money i sent him", [], misreads.MONEY_BACK),
        ("will i get a refund of what i paid", [], misreads.MONEY_BACK),
        ("so the $300 is just gone?", [], misreads.MONEY_BACK),
        ("where else can people go if the service is closed", [], misreads.ROUTES_IF_CLOSED),
        ("if the pilot ended, what are the other options?", [], misreads.ROUTES_IF_CLOSED),
        (
            "what would you suggest instead if the line is not taking clients",
            [],
            misreads.ROUTES_IF_CLOSED,
        ),
        ("i sent my bf a nude and he showed his friends", [], misreads.SENT_THEN_SHOWN),
        ("i sent a video to a guy and then he posted it", [], misreads.SENT_THEN_SHOWN),
        (
            "i gave her a pic on snap and she screenshotted and shared it",
            [],
            misreads.SENT_THEN_SHOWN,
        ),
        # Kind 3: images only held.
        ("can the tribunal order him to delete them?", [HELD], misreads.HELD_ONLY_ORDER),
        ("so can it make him get rid of them or not?", [HELD], misreads.HELD_ONLY_ORDER),
        ("can anyone force him to delete them", [HELD], misreads.HELD_ONLY_ORDER),
        # Kind 4: someone else reads the phone.
        (
            "my husband goes through my phone, where do i keep the screenshots",
            [],
            misreads.PHONE_CHECKED,
        ),
        ("my mom checks my phone so she'll see the evidence", [], misreads.PHONE_CHECKED),
        ("he will know i called them, he reads my texts", [], misreads.PHONE_CHECKED),
    ],
)
def test_misread_kinds(text, earlier, kind):
    assert misreads.misread_kind(text, earlier) == kind


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("what is consent", []),
        ("can i take back my consent", []),
        ("my ex posted my pics", []),
        ("how many hours of free advice do i get", []),
        ("can i get my pics back from him", []),
        ("can the tribunal order him to delete them?", ["my ex posted my nudes on reddit"]),
        ("he shared them last night, can the tribunal make him delete them", [HELD]),
        ("/ask_police", []),
        ("what happens after i call them? will my husband know i called", []),
    ],
)
def test_not_misreads(text, earlier):
    assert misreads.misread_kind(text, earlier) is None


def test_every_kind_has_answers():
    for kind, answers in misreads.ANSWERS.items():
        assert answers and all(a.startswith("utter_") for a in answers), kind


@pytest.mark.parametrize(
    ("text", "earlier", "previous", "kind"),
    [
        ("is that money simply lost?", PAID, ["utter_money_paid_back"], "money_paid_back_again"),
        ("so can it or not?", [HELD], ["utter_held_only_order"], "held_only_order_again"),
        ("no, office hours. when do they answer", [], ["utter_hours"], "hours_again"),
        (
            "other options if the service is closed?",
            [],
            ["utter_routes_if_service_closed", "utter_routes_if_service_closed_more"],
            "routes_if_service_closed_again",
        ),
    ],
)
def test_asked_again(text, earlier, previous, kind):
    assert misreads.misread_kind(text, earlier, False, previous) == kind


def test_replaces_only_the_named_kinds():
    assert misreads.replaces(misreads.PHONE_CHECKED) == {"device_trace"}
    assert misreads.replaces(NO_POLICE) == frozenset()
    assert misreads.replaces(None) == frozenset()
    assert misreads.MONEY_BACK in misreads.replaces("money_paid_back_again")


@pytest.mark.parametrize(
    ("text", "earlier", "intent"),
    [
        # A first message keeps its own flow (told what happened).
        ("my bf showed our video to his friends, i dont want to call the police on him", [], None),
        # Told as a sharing.
        ("i dont want him charged, he posted it yesterday", ["hi"], "inform_shared"),
        # A helper's question outside the fallbacks: the helper's readers answer.
        ("he doesn't want police involved, do we have to go", ["my son is 17"], "ask_police"),
        ("i sent him a pic and he showed everyone", ["hi"], "inform_shared"),
    ],
)
def test_gated_in_the_policy(text, earlier, intent):
    assert misreads.misread_kind(text, earlier, False, (), intent, gate=True) is None


def test_fallback_mid_conversation_is_read():
    earlier = ["my ex shared my pics"]
    text = "i dont want him arrested, i just want them gone"
    kind = misreads.misread_kind(text, earlier, False, (), "nlu_fallback", gate=True)
    assert kind == misreads.DELETE_NO_POLICE
