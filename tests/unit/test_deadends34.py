"""Rounds 33-34 (assistant/deadends34.py): follow-ups the sources answer, in place of a dead end:
the tribunal's order to delete, citizenship, the letter to sign, not-shared cases."""

from __future__ import annotations

import yaml

from assistant import deadends34 as d


def test_each_kind_is_read():
    cases = {
        "Could she get an order requiring the boy to delete it from his phone?": d.CRT_DELETE,
        "can the tribunal make him delete them?": d.CRT_DELETE,
        "does not being canadian matter for getting help?": d.CITIZENSHIP,
        "can a non-canadian get the free lawyer or not": d.CITIZENSHIP,
        "Do I need to sign something before the lawyer will actually give me advice?": (
            d.SIGN_FIRST
        ),
        "So the free lawyer takes cases like mine where nothing was shared?": d.LAWYER_NOT_SHARED,
    }
    for text, answer in cases.items():
        assert d.follow_up(text, [], []) == [answer], text


def test_not_read_without_a_question_or_right_after_the_same_answer():
    assert d.follow_up("I'm not a citizen", [], []) is None
    assert d.follow_up("he deleted it", [], []) is None
    asked = "can a non-canadian get the free lawyer?"
    assert d.follow_up(asked, [d.CITIZENSHIP], []) is None


def test_the_sharers_parent_asking_about_deleting():
    told = [
        "My 16 year old son shared a picture his girlfriend sent him with some of his friends. "
        "Her parents just called me. Is he going to be charged?"
    ]
    assert d.follow_up("Should my child delete it?", [], told) == ["utter_child_sharer_delete"]
    assert d.follow_up("Should my child delete it?", [], ["my ex posted my pics"]) is None


def test_only_in_place_of_a_dead_end():
    """The module is asked only by the dead-end replacement, never from the readers' table."""
    from assistant.policies import follow_up_readers

    assert "deadends34" not in dict(follow_up_readers.SEQUENCE_READERS)


def test_every_answer_is_a_response_in_the_domain():
    responses: set[str] = set()
    for name in ("deadends34", "ages23"):
        with open(f"domain/{name}.yml", encoding="utf-8") as handle:
            responses |= set(yaml.safe_load(handle)["responses"])
    assert d.ANSWERS - {"utter_sharer_family_lawyer"} <= responses


def test_no_order_answer_for_images_held_but_not_shared():
    """Round 26 p17: the tribunal's orders are for sharing or threats; after "he hasn't shared
    them" the older held-images answer stands."""
    held = ["my ex has pics i sent him. he hasn't shared them"]
    asked = "can i legally make him delete pics i sent him or not"
    assert d.follow_up(asked, [], held) is None
    assert d.follow_up(asked, ["utter_held_not_shared_order"], ["my ex has my pics"]) is None
    assert d.follow_up(asked, [], ["my ex posted my pics"]) == [d.CRT_DELETE]
