"""Round 19 kinds 2 and 8 (misreads20): the readers of assistant/spread_consent.py."""

import pytest

from assistant import spread_consent as sc
from assistant.plain_text import plain_lower


@pytest.mark.parametrize(
    "text",
    [
        "how do i stop ppl passing it around",
        "can i make them stop sharing it",
        "its going round the group chats how do i stop it",
        "how do i stop him from posting more",
        "is there any way to stop it spreading?",
        "How can I keep it from spreading more",
        "hw do i stop everyone sending it round",
        "make them stop posting it pls",
    ],
)
def test_stop_spread(text: str) -> None:
    assert sc.stop_spread(plain_lower(text))


@pytest.mark.parametrize(
    "text",
    [
        "how do i stop him from threatening me",
        "how do i stop talking to him",
        "how do i stop him messaging me",
        "how do i stop myself from sending more",
        "how do i make him stop calling",
        "how do i stop feeling like this",
    ],
)
def test_not_stop_spread(text: str) -> None:
    assert not sc.stop_spread(plain_lower(text))


YOUNG_FIRST = [
    "if my gf sent me a pic can i show it to my friends if she says its ok? were both 16"
]


@pytest.mark.parametrize(
    "text",
    [
        "even if she says its fine tho? my friends keep asking to see",
        "so its illegal even if she says yes?",
        "what if she agrees, can i still send it to my boys",
        "with her permission can i show it",
        "but she said its ok for me to show them",
        "even w her consent??",
    ],
)
def test_under_18_agreed_young_writer(text: str) -> None:
    assert sc.under_18_agreed(plain_lower(text), YOUNG_FIRST, []) == sc.UNDER_18_AGREED_YOUNG


def test_under_18_agreed_parent() -> None:
    earlier = ["my daughter is 15 and her boyfriend has a photo of her"]
    text = "is it a crime for him to show it even with her permission?"
    assert sc.under_18_agreed(plain_lower(text), earlier, []) == sc.UNDER_18_AGREED


def test_adults_agreement_not_read_as_under_18() -> None:
    assert (
        sc.under_18_agreed("even if she says its fine?", ["my ex has my nudes, im 25"], []) is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "i didnt send it to him lol i was unconscious. he took it himself. is that even legal",
        "i was asleep when he took it, is that allowed",
        "he took it while i was passed out, can he do that",
        "I was sleeping. Is that legal?",
    ],
)
def test_unconscious_legal(text: str) -> None:
    assert sc.unconscious_legal(plain_lower(text))


def test_own_sending_drunk_not_unconscious() -> None:
    assert not sc.unconscious_legal("i was drunk when i sent it, is that consent")


@pytest.mark.parametrize(
    "text",
    [
        "ok but does it matter that shes my wife? like is it different if its your spouse",
        "so being married doesnt change anything?",
        "we're married does that matter",
        "is it different cause hes my husband",
        "is it any different because we are still together?",
    ],
)
def test_married_matters(text: str) -> None:
    assert sc.married_matters(plain_lower(text), [])


def test_ex_not_married() -> None:
    assert not sc.married_matters("does it matter if he's my ex", [])


SISTER = ["hi so my little sister is 13 and some guy she met on roblox keeps asking her for pics."]


@pytest.mark.parametrize(
    "text",
    [
        "ok. and what if she did send one and just isnt telling me",
        "what if he already sent something",
        "she might have sent one already, what then",
        "what if my daughter sent a pic",
    ],
)
def test_helped_child_sent(text: str) -> None:
    assert sc.helped_child_sent(plain_lower(text), SISTER, [])


def test_child_sent_needs_a_helped_child() -> None:
    assert not sc.helped_child_sent("what if she did send one", ["my ex sent me stuff"], [])
    assert sc.helped_child_sent("what if she did send one", [], ["utter_child_asked"])


def test_asked_again_short() -> None:
    first = sc.spread_consent_kind("so its illegal even if she says yes?", YOUNG_FIRST, [], None)
    assert first == sc.UNDER_18_AGREED_YOUNG
    again = sc.spread_consent_kind(
        "so its illegal even if she says yes?",
        YOUNG_FIRST,
        [],
        None,
        ["utter_under_18_even_agreed"],
    )
    assert again == sc.UNDER_18_AGREED_AGAIN


def test_fitted_answer_kept() -> None:
    # A fitted answer another reader gave stays.
    assert (
        sc.spread_consent_kind("how do i stop ppl passing it around", [], [], "utter_make_delete")
        is None
    )
    assert (
        sc.spread_consent_kind("how do i stop ppl passing it around", [], [], "utter_no_consent")
        == sc.STOP_SPREAD
    )


def test_married_after_next_steps_short() -> None:
    kind = sc.spread_consent_kind(
        "we're married does that matter", [], ["action_shared_next"], None
    )
    assert kind == sc.MARRIED_SHORT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("yes vancouver. is it free", sc.FORM_FEE),
        ("wait does this cost anything", sc.FORM_FEE),
        (
            "he posted 2 already and says more are coming. how do i stop him from posting more",
            sc.STOP_SPREAD,
        ),
        ("should i pay him", None),
        ("yes i live in surrey", None),
    ],
)
def test_form_side_kind(text: str, kind: str | None) -> None:
    assert sc.form_side_kind(text, None, [], []) == kind


def test_form_side_fee_not_over_another_answer() -> None:
    assert sc.form_side_kind("he shared them. is it free", "other_person_told", [], []) is None


@pytest.mark.parametrize(
    ("text", "earlier", "read"),
    [
        (
            "how do i stop him from posting more",
            ["my ex keeps posting my pics on a fake account"],
            True,
        ),
        (
            "hw do i stop everyone sending it round",
            ["someone posted a pic of me in the group chat"],
            True,
        ),
        ("how do i stop him from posting my pictures", [], False),
        ("my ex keeps saying hell post them. how do i stop him from posting", [], False),
        (
            "how do I stop him from posting them before he actually does it",
            ["my ex keeps saying he'll post my pics if I don't get back with him"],
            False,
        ),
    ],
)
def test_stop_spread_only_when_already_out(text: str, earlier: list[str], read: bool) -> None:
    assert sc.stop_spread_in_context(plain_lower(text), earlier) is read
