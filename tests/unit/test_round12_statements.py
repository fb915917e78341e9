"""Round 12 (helper "statements"): statements mid-conversation that fell to the fallback or
"anything else?", first messages read in the wrong frame, a spouse's sharing, outside-B.C. lines
(assistant/statements.py). The transcripts are replayed in
tests/conversations/round12_statements.yml; the wordings here are other ones."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant import statements as st
from assistant.answer_kinds import answer_kind
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.situation_reading import situation_from_text

MOVE = "I live in BC now but moving to Ontario next month, can I still use this"
FRIEND = ["utter_friend_of_minor", "utter_friend_of_minor_removal"]
PARENT = ["utter_helper_minor", "utter_helper_minor_removal", "utter_child_asked_support"]


@pytest.mark.parametrize(
    ("text", "earlier", "actions", "home_not_bc", "kind"),
    [
        # Kind 1: a move already made, after a move was talked about.
        ("what if I've already moved", [MOVE], ["utter_moving_away"], False, st.ALREADY_MOVED),
        ("i already moved though", [MOVE], [], False, st.ALREADY_MOVED),
        ("I moved last week actually", [], ["utter_moving_away"], False, st.ALREADY_MOVED),
        ("im not in bc anymore, what now", [MOVE], [], False, st.ALREADY_MOVED),
        ("i moved", [], [], False, None),  # no move out of B.C. talked about
        # A young friend's helper: she won't tell her parents; who she can talk to.
        ("she doesnt want to tell her parents", [], FRIEND, False, st.FRIEND_NO_PARENTS),
        ("he's scared to tell his mom", [], FRIEND, False, st.FRIEND_NO_PARENTS),
        ("her parents cant find out", [], FRIEND, False, st.FRIEND_NO_PARENTS),
        ("she wont tell her dad", [], PARENT, False, st.HELPER_NO_PARENTS),
        ("she doesnt want to tell her parents", [], [], False, None),
        ("who can she talk to", [], FRIEND, False, st.FRIEND_TALK),
        ("is there someone he can talk to?", [], FRIEND, False, st.FRIEND_TALK),
        ("where can she get help", [], PARENT, False, st.HELPER_TALK),
        # Images only held.
        ("can anything be done if he just has them", [], [], False, st.HELD_HELP),
        ("is there anything i can do if he only has them", [], [], False, st.HELD_HELP),
        ("what can i do if he just keeps them", [], [], False, st.HELD_HELP),
        ("my ex still has my pics, can i do anything?", [], [], False, st.HELD_HELP),
        ("he posted them, can anything be done", [], [], False, None),
        # Money said as a statement: the fee's answer.
        ("i not have money", [], [], False, st.NO_MONEY),
        ("im broke", [], [], False, st.NO_MONEY),
        ("i cant afford a lawyer", [], [], False, st.NO_MONEY),
        ("i have no money to pay him", [], [], False, None),  # blackmail, not the fee
        # Outside B.C.: where else, never the B.C. lines.
        ("where else then", [], ["utter_not_in_bc"], True, st.OUTSIDE_RESOURCES),
        ("any other places?", [], ["utter_outside_bc_lines"], True, st.OUTSIDE_RESOURCES_AGAIN),
        ("where else then", [], [], False, None),
    ],
)
def test_statement_kind(text, earlier, actions, home_not_bc, kind):
    assert st.statement_kind(text, "nlu_fallback", earlier, actions, home_not_bc) == kind


def test_outside_resources_by_intent():
    assert st.statement_kind("hmm", "ask_resources", [], [], True) == st.OUTSIDE_RESOURCES


def test_help_now_outside_bc_names_no_bc_line_as_theirs():
    assert st.statement_kind("I need help now", "need_help_now", [], [], True) == (
        st.OUTSIDE_HELP_NOW
    )
    assert st.statement_kind("I need help now", "need_help_now", [], [], False) is None
    text = _responses()["utter_help_now_outside_bc"][0]["text"]
    assert "9-1-1" in text and "9-8-8" in text and "310-6789" not in text


@pytest.mark.parametrize(
    ("text", "intent", "kind"),
    [
        # Own images shared, told in a second language or plainly: what to do, not consent.
        ("hello my partner he share video of me intimate without i say yes", "ask_no_consent",
         st.SHARED_TOLD),
        ("my boyfriend posted my pics without my permission", "ask_consent", st.SHARED_TOLD),
        ("he send photo of me naked to his friends i not agree", "nlu_fallback", st.SHARED_TOLD),
        ("is it illegal if he shared my pics without consent?", "ask_is_it_crime", None),
        # A young person asked for images, nothing sent: not blackmail.
        ("im 14 and a 19 year old guy online keeps asking for pics. i havent sent any",
         "sextortion", st.YOUTH_ASKED),
        ("I'm 15 and some older guy on snapchat keeps asking me for pics", "sextortion",
         st.YOUTH_ASKED),
        ("im 13, a 22 year old man wants nudes from me", "sextortion", st.YOUTH_ASKED),
        ("im 14 and a guy wants $100 or he posts my pics", "sextortion", None),
        # An adult's own age with blackmail: no youth-only lines.
        ("A man is threatening to send a video of me to my grandchildren unless I pay him. I am "
         "67.", "sextortion", st.ADULT_SEXTORTION),
        ("I'm 52. A woman online is blackmailing me, she wants money or she posts my pictures",
         "sextortion", st.ADULT_SEXTORTION),
        ("im 45 and someone says hell send my video to my family unless i pay 500", "sextortion",
         st.ADULT_PAY),
        ("should i pay him? im 38", "sextortion", st.ADULT_PAY),
        ("someone wants money or he posts my pics", "sextortion", None),
        # A spouse's sharing asked about.
        ("my husband shares intimate photos of me with his friends. is that illegal if we're "
         "married?", "ask_is_it_crime", st.PARTNER_SHARING),
        ("My wife keeps sharing my nudes with her sister. Is that even illegal since we're "
         "married?", "ask_is_it_crime", st.PARTNER_SHARING),
        ("is it legal for my husband to show my naked photos to his friends if we are married",
         "ask_is_it_crime", st.PARTNER_SHARING),
        ("is it legal to send nudes to my husband?", "ask_is_it_crime", None),
    ],
)  # fmt: skip
def test_first_message_kind(text, intent, kind):
    got = answer_kind(text, intent)
    if kind is None:
        assert got not in {st.SHARED_TOLD, st.YOUTH_ASKED, st.ADULT_SEXTORTION, st.ADULT_PAY,
                           st.PARTNER_SHARING}  # fmt: skip
    else:
        assert got == kind


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        ("my husband shares intimate photos of me with his friends", "shared"),
        ("she keeps sharing my nudes", "shared"),
        ("he share video of me to his family", "shared"),
        ("what if he shares them", None),
        ("can he share it", None),
    ],
)
def test_present_tense_sharing(text, situation):
    assert situation_from_text(text) == situation


def _responses() -> dict:
    found: dict = {}
    for path in Path("domain").glob("*.yml"):
        found.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    return found


def test_answers_exist_and_adults_get_no_youth_lines():
    responses = _responses()
    for kind, sequence in st.ANSWERS.items():
        assert DEFAULT_DIRECT_ANSWERS[kind] == sequence
        for name in sequence:
            assert name in responses or name.startswith("action_"), name
    for name in st.ANSWERS[st.ADULT_SEXTORTION] + st.ANSWERS[st.ADULT_PAY]:
        text = responses[name][0]["text"]
        assert "Kids Help Phone" not in text and "under 18, tell" not in text


def test_school_answer_leads_with_what_can_be_done():
    text = _responses()["utter_school_acts"][0]["text"]
    assert text.startswith("What you can do")
    for part in ("Cybertip.ca", "police", "school counsellor", "doesn't say what a school"):
        assert part in text


def test_partner_answer_says_marriage_is_no_permission():
    text = _responses()["utter_partner_sharing"][0]["text"]
    assert "doesn't give a partner permission" in text
    assert "no one can consent for you" in text
