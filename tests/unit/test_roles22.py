"""Round 21 kinds 3, 5 and 6 (roles22): who is writing, evidence around images of people under
18, facts the person gave. Wordings are mine, not the rater's (only the first of each list
follows a recorded turn)."""

from __future__ import annotations

import pytest

from assistant import (
    age_rules,
    answer_kinds,
    helper_role,
    person_fit,
    question_parts,
    roles22,
    who_did_it,
    young_holder,
)
from assistant.content.responses import all_responses
from assistant.plain_text import plain_lower

# --- a young person who received an image in a group chat ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "so theres a group chat im in and someone posted nudes of a girl from my school. shes my"
        " friend. im 17. like am i in trouble for having it in my phone? what do i do",
        "someone dropped a nude of a 15 yo girl in our group chat and now its on my phone",
        "a guy in my grade sent a girls nudes to the gc. im 16. should i delete it",
        "theres a video of my friend going around the snap group im in, shes 15. what should i do",
        "somebody leaked pics of a girl in my class into our discord server, i have it on my phone",
    ],
)
def test_chat_receiver(text: str) -> None:
    assert young_holder.young_receiver(plain_lower(text)) == young_holder.YOUNG_RECEIVED


@pytest.mark.parametrize(
    "text",
    [
        "my ex posted my nudes in a group chat. im 16",  # the writer's own images
        "i posted a nude of her in the gc, im 15, am i in trouble",  # the writer posted it
        "my daughter is 14 and someone posted her nudes in a group chat at her school",  # a parent
        "someone posted pics of a girl in our group chat, we are all 20",  # adults
        "he says he'll post my pics in the group chat unless i pay, im 16",  # a threat
    ],
)
def test_chat_receiver_near_misses(text: str) -> None:
    assert not young_holder.chat_receiver(plain_lower(text))


P24_FIRST = (
    "so theres a group chat im in and someone posted nudes of a girl from my school. shes my"
    " friend. im 17. like am i in trouble for having it in my phone? what do i do"
)


def test_group_chat_receiver_is_not_the_relative_sharing() -> None:
    assert helper_role.follow_up(P24_FIRST, [], []) is None
    later = "no i didnt post it, someone else did. i just got it in the chat. should i delete it?"
    assert helper_role.follow_up(later, [], [P24_FIRST]) is None


@pytest.mark.parametrize(
    "text",
    [
        "my friend posted pics of a girl in our class, im 16, how do i get him to stop",
        "shes my friend and someone shared nudes of a girl from school",
    ],
)
def test_relative_sharing_not_for_a_young_writer_or_someone_else(text: str) -> None:
    assert helper_role.follow_up(text, [], []) is None


def test_relative_sharing_still_read_for_an_adult_relative() -> None:
    text = "my sister keeps sending nudes of her ex to his family, how can i make her stop"
    assert helper_role.follow_up(text, [], []) == [helper_role.CHILD_SHARING]


def test_receiver_trouble_and_delete_is_the_recipient_answer() -> None:
    assert person_fit.received_kind(P24_FIRST, [], "ask_under_18_images") == (
        person_fit.RECEIVED_YOUNG
    )
    again = person_fit.person_kind(
        "i didnt post it, i just got it in the chat. should i delete it? am i in trouble",
        [P24_FIRST],
        "ask_evidence",
        None,
        True,
        False,
        ["utter_received_image", "utter_received_image_young"],
    )
    assert again == person_fit.RECEIVED_AGAIN


@pytest.mark.parametrize(
    "text",
    [
        "ok thats scary. so do i delete it or not?? and how do i help her",
        "how can i support my friend",
        "what can i do for her",
        "how do i help the girl in it",
        "should i help her report it",
    ],
)
def test_help_friend(text: str) -> None:
    found = roles22.follow_up(text, [], [P24_FIRST])
    assert found is not None and found[-1] == roles22.HELP_FRIEND


def test_help_friend_with_delete_gives_the_delete_answer_first() -> None:
    found = roles22.follow_up("do i delete it or not? how do i help her", [], [P24_FIRST])
    assert found == [roles22.RECEIVED_NEXT, roles22.HELP_FRIEND]
    found = roles22.follow_up(
        "do i delete it or not? how do i help her", [roles22.RECEIVED_NEXT], [P24_FIRST]
    )
    assert found == [roles22.HELP_FRIEND]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["my ex posted my nudes, im 16"], "how do i help her"),  # no image received
        ([P24_FIRST], "can you help me"),  # the writer asks for help
        (["my daughter is 15 and her pics are going around"], "how can i support her"),
    ],
)
def test_help_friend_near_misses(earlier: list[str], text: str) -> None:
    assert roles22.help_friend(text, earlier, []) is None


def test_help_friend_text_never_says_keep_as_evidence() -> None:
    text = all_responses()[roles22.HELP_FRIEND][0]["text"]
    assert "evidence" not in text and "Don't send them the image" in text


# --- a young helper of a child asks about blocking -------------------------------------------

P16 = [
    "some guy on roblox keeps asking my little sister for photos shes 11. i'm her brother im 16."
    " what do i do",
    "should i tell our parents? she made me promise not to",
]


@pytest.mark.parametrize(
    "text",
    [
        "i dont think she sent him anything yet. can i just block him on her account",
        "should i block him from her roblox",
        "can she just block him",
        "can i block the account for her",
    ],
)
def test_young_helper_block(text: str) -> None:
    assert roles22.follow_up(text, [], P16) == [roles22.HELPER_BLOCK, roles22.HELPER_BLOCK_YOUNG]


def test_adult_helper_block_has_no_young_line() -> None:
    earlier = ["a man keeps messaging my little brother for pics, he is 10. im his aunt"]
    assert roles22.follow_up("can i block him on his account", [], earlier) == [
        roles22.HELPER_BLOCK
    ]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["some guy keeps asking me for pics im 15"], "can i just block him"),  # the writer asked
        (P16, "can i block him"),  # no child's account named: the earlier readers
        (["my sister is 25 and her ex keeps texting her"], "can she block him"),  # no child asked
    ],
)
def test_young_helper_block_near_misses(earlier: list[str], text: str) -> None:
    assert roles22.young_helper_block(text, earlier) is None


# --- the copies are already gone ---------------------------------------------------------------

P11 = [
    "my ex printed out pics of me and left them on my car windshield at work. some of my"
    " coworkers saw. its not online tho so does that even count"
]


@pytest.mark.parametrize(
    "text",
    [
        "i threw them out right away cuz i was so embarassed. was that bad? i dont have proof now",
        "i already deleted the pics, did i mess up?",
        "i ripped them up and threw them in the trash, is that bad",
        "they went in the garbage, i dont have them anymore. was that a mistake?",
    ],
)
def test_evidence_gone(text: str) -> None:
    assert roles22.follow_up(text, [], P11) == [roles22.EVIDENCE_GONE]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (P11, "should i throw them out?"),  # asked before doing it: the evidence readers
        ([P24_FIRST], "i deleted it, was that bad?"),  # a young receiver: deleting is not wrong
        (["my gf is 16 and sent me pics, im 16"], "i deleted them already is that ok"),
        ([], "i threw them out, was that bad?"),  # nothing told before
    ],
)
def test_evidence_gone_near_misses(earlier: list[str], text: str) -> None:
    assert roles22.evidence_gone(text, earlier) is None


def test_evidence_gone_never_says_keep_the_copies() -> None:
    text = all_responses()[roles22.EVIDENCE_GONE][0]["text"]
    assert "keep the copies" not in text and "don't throw away" not in text.lower()


# --- witnesses -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok cool. so if i dont have the pics anymore can my coworkers be like witnesses or"
        " whatever",
        "could the people who saw them testify?",
        "my roommate saw it, can she be a witness",
        "would my friends be able to back me up in court?",
    ],
)
def test_witnesses(text: str) -> None:
    assert roles22.follow_up(text, [], P11) == [roles22.WITNESSES]


@pytest.mark.parametrize(
    "text",
    ["i witnessed it happen to my friend", "my coworkers saw them", "thanks for the help"],
)
def test_witnesses_near_misses(text: str) -> None:
    assert roles22.witnesses(text, P11) is None


# --- the person knows who did it ---------------------------------------------------------

P08 = [
    "someone made fake nudes of me with AI and theyre going around a discord server. does that"
    " even count if its not really me"
]


@pytest.mark.parametrize(
    "text",
    [
        "im 20 and live in kamloops. i kinda know who made them, a guy from my old school. can i"
        " sue him for money",
        "i think i know who posted it. can i get compensation?",
        "i know who it is, can i sue",
    ],
)
def test_knows_who_money(text: str) -> None:
    assert roles22.follow_up(text, [], P08) == [roles22.KNOWS_WHO]
    assert who_did_it.who_did_it_kind(text) is None


def test_knows_who_correction_after_the_find_out_answer() -> None:
    earlier = [*P08, "i kinda know who made them. can i sue him for money"]
    text = "no i said i DO know who it is"
    assert roles22.follow_up(text, ["utter_who_did_it"], earlier) == [roles22.KNOWS_WHO]
    # right after the damages answer: not the same block again
    assert roles22.follow_up(text, [roles22.KNOWS_WHO], earlier) is None


@pytest.mark.parametrize(
    "text",
    [
        "how do i know who did it?",
        "how do i even find out who did it",
        "is there a way to know who is behind it",
        "i think i know who posted it but how can i be sure who did it?",
    ],
)
def test_finding_out_still_read(text: str) -> None:
    assert who_did_it.who_did_it_kind(text) == who_did_it.WHO_DID_IT
    assert roles22.knows_who(text, P08, []) is None


# --- who is writing: a counsellor, the writer's own police question ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm a school counsellor in Abbotsford. A 16-year-old student disclosed to me today"
        " that intimate photos of her were shared by her ex-boyfriend on Snapchat. What resources"
        " should I give her, and do I have any reporting obligations?",
        "im a youth worker, one of my clients (15) told me her photos were posted by a boy at"
        " school. what do i have to do",
        "I'm a guidance counselor and a student told me pics of her are going around, do i have"
        " to report it",
    ],
)
def test_counsellor_is_no_holder(text: str) -> None:
    cleaned = answer_kinds._clean(text)
    assert young_holder.adult_holder(cleaned) is None
    assert answer_kinds.answer_kind(text, "route_finder") != young_holder.ADULT_HOLDS_IMAGES


def test_adult_holder_still_read() -> None:
    text = "my girlfriend wants to break up and i have some of her pics, what should i do with them"
    assert answer_kinds.answer_kind(text, "route_finder") == young_holder.ADULT_HOLDS_IMAGES


@pytest.mark.parametrize(
    "text",
    [
        "im asking about the police tho. calgary or vancouver police?",
        "i'm asking about a police report, not a friend",
        "im asking about the tribunal",
    ],
)
def test_own_question_is_not_for_someone_else(text: str) -> None:
    assert answer_kinds.answer_kind(text, "ask_police") != "helper_for_someone"


@pytest.mark.parametrize(
    "text", ["im asking about a friend who got her pics leaked", "i'm asking for my sister"]
)
def test_asking_for_someone_still_read(text: str) -> None:
    from assistant import helper_reading

    assert helper_reading.for_someone_else(text)


# --- a parent's "what should I do as his father" beside the steps --------------------------


@pytest.mark.parametrize(
    "clause", ["what should i do as his father", "what should we do now", "what do i do"]
)
def test_what_to_do_beside_steps_is_covered(clause: str) -> None:
    said = "Your child must not show it. Ask a lawyer before anyone deletes it."
    whole = f"What will happen to him and {clause}"
    assert not question_parts._not_covered(1, clause, said, [], lambda name: "", whole)


def test_other_clause_still_not_covered() -> None:
    clause = "what should i tell the school about it"
    said = "Your child must not show it. Ask a lawyer before anyone deletes it."
    whole = f"What will happen to him and {clause}"
    assert question_parts._not_covered(1, clause, said, [], lambda name: "", whole)


# --- openings --------------------------------------------------------------------------------


@pytest.mark.parametrize("age", [5, 11, 13, 16, 17])
def test_trust_rule_said_at_once_has_no_bare_no(age: int) -> None:
    lines = age_rules.explain_trust(age)
    assert lines and not lines[0].startswith(("No.", "Yes.", "No,", "Yes,"))


def test_keep_texts_names_what_to_keep() -> None:
    text = all_responses()["utter_keep_texts"][0]["text"]
    assert text.startswith("Keep the messages")


def test_a_parent_telling_of_a_group_chat_is_no_recipient() -> None:
    earlier = [
        "My 13 year old daughter's picture is going around her school. A boy in her class sent it"
        " to a group chat. I'm her mom and I don't know what to do"
    ]
    text = "Can the lawyer help us get the boy to delete it?"
    assert person_fit.received_kind(text, earlier, "contact_lawyer") is None
