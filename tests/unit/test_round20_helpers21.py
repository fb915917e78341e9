"""Round 20 kind 2 (helpers21): a helper's own part, a relative who is the one sharing.
Wordings are mine."""

from __future__ import annotations

import pytest

from assistant import helper_role as hr

COUNSELLOR = ["hi im a school counsellor, a grade 9 student (14) told me her nude is going around"]
MOTHER = ["my daughter is 13 and her nudes are going around her school"]
FRIEND = ["my friend is 30 and her ex put her nudes on reddit"]
SISTER = ["It's my sister, not me. Her ex posted a video of her. She's 25."]
GRANDMA = ["My grandson is 11 and someone on a game chat keeps asking him for photos"]
AUNT = ["im his aunt, my nephew (10) got sent weird msgs asking for pics"]
DAUGHTER_POSTS = ["My daughter is 30 and she has been posting intimate pictures of her ex online"]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (COUNSELLOR, "Could I be the trusted adult on that call, as her counsellor?"),
        (COUNSELLOR, "Can I, as a school counsellor, sit in on her call with the legal service?"),
        (MOTHER, "is it her or me who calls the lawyer"),
        (FRIEND, "can i be on the call with her"),
        (SISTER, "i can join the call together with her?"),
        (FRIEND, "do i call them or does she have to"),
        (MOTHER, "can i be there for the phone call with the lawyer"),
    ],
)
def test_on_call(earlier: list[str], text: str) -> None:
    assert hr.follow_up(text, [], earlier) == [hr.ON_CALL]


def test_on_call_again_then_back() -> None:
    text = "can i sit in on her call or not"
    assert hr.follow_up(text, [hr.ON_CALL], COUNSELLOR) == [hr.ON_CALL_AGAIN]
    assert hr.follow_up(text, [hr.ON_CALL_AGAIN], COUNSELLOR) == [hr.ON_CALL]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (GRANDMA, "Do I need his mother's permission to report it, or can I report it myself?"),
        (GRANDMA, "can I report it myself as his grandmother?"),
        (AUNT, "i can report myself or need his mom say ok?"),
        (["my niece is 14 and a guy keeps asking her for pics"], "can i report it for her"),
        (COUNSELLOR, "can i make the report myself or does it have to be her parents"),
    ],
)
def test_report_child(earlier: list[str], text: str) -> None:
    assert hr.follow_up(text, [], earlier) == [hr.REPORT_CHILD]


def test_report_adult() -> None:
    assert hr.follow_up("can i report it to police for her", [], SISTER) == [hr.REPORT_ADULT]


@pytest.mark.parametrize(
    "text",
    [
        "what's the tribunal thing? could I fill that out for her online?",
        "but can I be the one to apply to the tribunal for her, or does she have to do it herself?",
        "can i file the crt claim on her behalf",
        "could i submit the tribunal form instead of her",
    ],
)
def test_file_for(text: str) -> None:
    assert hr.follow_up(text, [], SISTER) == [hr.FILE_FOR]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (GRANDMA, "And should I call his mother first, she is in Alberta for work."),
        (["my nephew is 12 and someone asked him for nudes"], "should i tell his parents first"),
        (AUNT, "do i need to call his mom before i do anything"),
        (GRANDMA, "do i tell his dad first or go to the police"),
    ],
)
def test_tell_parent_first(earlier: list[str], text: str) -> None:
    assert hr.follow_up(text, [], earlier) == [hr.TELL_PARENT_FIRST]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (DAUGHTER_POSTS, "how do I talk to her about stopping? She says he deserves it."),
        (DAUGHTER_POSTS, "No, she is not the victim, she is the one doing the posting."),
        (DAUGHTER_POSTS, "Is there any information I can give her about the consequences?"),
        (["my sister keeps sending nudes of her ex to his family"], "how can i make her stop"),
        (["my son is 24 and a girl's nudes are going around"], "no hes the one who posted them"),
        ([], "our son is 26 and he has been sharing pics of his ex girlfriend on discord"),
    ],
)
def test_relative_sharing(earlier: list[str], text: str) -> None:
    assert hr.follow_up(text, [], earlier) == [hr.CHILD_SHARING]


def test_relative_sharing_again_alternates() -> None:
    text = "she is the one posting them"
    assert hr.follow_up(text, [hr.CHILD_SHARING], DAUGHTER_POSTS) == [hr.CHILD_SHARING_AGAIN]
    assert hr.follow_up(text, [hr.CHILD_SHARING_AGAIN], DAUGHTER_POSTS) == [hr.CHILD_SHARING]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        # the writer's own case
        (["my ex posted my nudes"], "can i report it myself"),
        ([], "my ex posted my nudes"),
        # a victim's helper: the ex is the one posting, not the daughter
        ([], "my daughter is 20, her ex posted her pics"),
        (["my daughter is 20, her ex posted her pics"], "no hes the one who posted them"),
        (["my daughter is 20, her ex posted her pics"], "how do i get him to stop"),
        (["my ex posted my pics and my friend saw"], "he's the one who posted them, not my friend"),
        # a young child who shared keeps writer_role's answers
        (["my son is 16 and he sent pics of a girl in his class"], "how do i get him to stop"),
        (["My son is 16 and he sent a naked picture of a girl"], "Should he delete it?"),
        # the writer is the parent: no "tell the parent first"
        (MOTHER, "should i call her dad first"),
        # a young person asking about their own parent on the call
        (["im 15 and a boy shared my pic"], "can my mom be on the call"),
    ],
)
def test_not_caught(earlier: list[str], text: str) -> None:
    assert hr.follow_up(text, [], earlier) is None


def test_parent_of_child_who_shared_not_report_answer() -> None:
    earlier = ["my son is 15 and he forwarded a nude of a girl in his grade to his friends"]
    assert hr.follow_up("should i call the police on him myself", [], earlier) is None
    assert hr.follow_up("can i report my own son", [], earlier) is None
