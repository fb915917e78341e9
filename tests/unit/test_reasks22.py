"""Round 21 kinds 2 and 8 (reasks22): re-asks and repetition (assistant/reasks.py,
assistant/turn_repeats.py)."""

from __future__ import annotations

import pytest

from assistant import reasks, turn_repeats
from assistant.content.responses import all_responses, say

# --- A re-ask ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Thank you. You didn't say whether my age matters for the free legal service though.",
         "my age matters for the free legal service"),
        ("thanks but you didnt say the cost", "the cost"),
        ("you didnt tell me anything about taking it down", "taking it down"),
        ("ok but u never said how long it takes", "how long it takes"),
        ("You still haven't told me if I need a police report.", "I need a police report"),
        ("you didn't mention the cost of the tribunal", "the cost of the tribunal"),
        ("great, but you never answered whether he gets told", "he gets told"),
    ],
)  # fmt: skip
def test_a_complaint_names_what_was_missed(text, named):
    assert reasks.is_reask(text)
    assert reasks.named_thing(text) == named
    assert reasks.text_for_classifier(text) == named


@pytest.mark.parametrize(
    "text",
    [
        "you didn't answer my question",
        "that's not what I asked",
        "im asking about the police tho. calgary or vancouver police?",
        "no i said i DO know who it is. i want to know if i can get money from him",
        "Thanks. And the first part, what if he ignores the order?",
        "my question was whether it costs anything",
        "I was asking about the tribunal, not the police",
    ],
)
def test_other_re_asks_are_read(text):
    assert reasks.is_reask(text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks, that's all",
        "thank you so much",
        "he didnt tell me he was recording",
        "she never said I could share it",
        "my mom didn't say anything about it",
        "I said no to him",
        "you said to call the police, should I?",
        "the police didn't tell me anything",
        "what is the first step",
    ],
)
def test_no_re_ask(text):
    assert not reasks.is_reask(text)


@pytest.mark.parametrize("text", ["you didn't answer me", "you didnt answer that though"])
def test_a_complaint_naming_nothing_leaves_the_text_alone(text):
    assert reasks.is_reask(text)
    assert reasks.named_thing(text) is None
    assert reasks.text_for_classifier(text) is None


def test_what_goes_before_and_after_the_complaint_is_kept():
    text = "I'm 67. You didn't say whether that matters. Can my son be on the call?"
    assert reasks.text_for_classifier(text) == "I'm 67. that matters Can my son be on the call?"


def test_an_ending_is_replaced():
    previous = ["utter_what_to_expect", "utter_police", "action_listen"]
    # A close or "anything else?": the topic's answer when it is new.
    assert reasks.replacement("utter_thank", "utter_service", previous, False) == ["utter_service"]
    assert reasks.replacement("utter_thanks_close", "utter_age_limit", [], False) == [
        "utter_age_limit"
    ]
    # The topic's answer was the turn before's, a close, or a form: honestly, not covered.
    assert reasks.replacement("utter_thank", "utter_police", previous, False) == [
        reasks.REASK_NOT_COVERED
    ]
    assert reasks.replacement(None, "utter_thank", [], False) == [reasks.REASK_NOT_COVERED]
    assert reasks.replacement("utter_thank", "age_check_form", [], True) == [
        reasks.REASK_NOT_COVERED
    ]
    # Never the honest line twice in a row.
    assert (
        reasks.replacement("utter_thank", "utter_thank", [reasks.REASK_NOT_COVERED], False) is None
    )


def test_see_above_only_when_it_was_above():
    # p08: the same topic to the classifier twice, its answer never sent: the topic's answer.
    assert reasks.replacement("utter_said_above", "utter_crt", ["utter_who_did_it"], True) == [
        "utter_crt"
    ]
    # Another topic to the classifier than the message before: the reader's "see above" stays
    # ("huh? i asked if the guys sending it can get in trouble" after that answer).
    assert reasks.replacement("utter_said_above", "utter_under_18_images", [], False) is None
    # The topic's answer was the turn before's: it was above.
    assert reasks.replacement("utter_said_above", "utter_crt", ["utter_crt"], True) is None


def test_a_re_ask_is_never_out_of_scope_or_a_guess():
    for shrug in ("utter_out_of_scope", "action_suggest_topics", "utter_default"):
        assert reasks.replacement(shrug, shrug, [], False) == [reasks.REASK_NOT_COVERED]


def test_an_answer_of_its_own_stays():
    assert reasks.replacement("utter_age_limit", "utter_age_limit", ["utter_police"], True) is None
    assert reasks.replacement("action_not_covered", None, [], False) is None
    # "You didn't answer. Will he be charged?": the answer again (with its sorry) stays.
    assert (
        reasks.replacement("utter_minors_who_shared", "utter_x", ["utter_minors_who_shared"], True)
        is None
    )


# --- Removal without a phone call ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "earlier"),
    [
        ("yes. how do i get it taken down", "ask_image_removal", ["i dont want to call anyone"]),
        ("how do i get it removed?", "ask_image_removal", ["i can't talk on the phone right now"]),
        ("can it be taken down? i cant call anyone", "ask_image_removal", []),
        ("how do i get them taken down", None, ["im too anxious to call anybody"]),
        ("ok how do I get it off the site?", "route_finder", ["I won't phone anyone, sorry"]),
        (
            "i can't talk on the phone, my roommates would hear. how can i get the pics off?",
            "ask_image_removal",
            [],
        ),
    ],
)
def test_removal_for_someone_who_wont_phone(text, intent, earlier):
    assert reasks.removal_without_phone(text, intent, earlier, []) == list(
        reasks.REMOVAL_NO_PHONE_SEQUENCE
    )


def test_removal_without_phone_asked_again_is_short_and_not_twice():
    previous = [*reasks.REMOVAL_NO_PHONE_SEQUENCE, "action_listen"]
    earlier = ["i dont want to call anyone"]
    again = reasks.removal_without_phone(
        "you didnt tell me how", "ask_image_removal", earlier, previous
    )
    assert again == [reasks.REMOVAL_NO_PHONE_AGAIN]
    # The short one never twice in a row: the whole answer again after it.
    after_short = reasks.removal_without_phone(
        "how", "ask_image_removal", earlier, [reasks.REMOVAL_NO_PHONE_AGAIN]
    )
    assert after_short == list(reasks.REMOVAL_NO_PHONE_SEQUENCE)


@pytest.mark.parametrize(
    ("text", "intent", "earlier"),
    [
        # Removal asked, nobody said they won't phone.
        ("how do i get it taken down", "ask_image_removal", ["he posted my video"]),
        # Only the police refused: the usual removal answer.
        ("how do i get it taken down", "ask_image_removal", ["i dont want to call the police"]),
        # Won't phone, but no removal asked.
        ("is it illegal?", "ask_is_it_crime", ["i dont want to call anyone"]),
        # Said long ago (more than the last four messages).
        (
            "how do i get it removed",
            "ask_image_removal",
            ["i cant call anyone", "a", "b", "c", "d"],
        ),
    ],
)
def test_no_removal_without_phone(text, intent, earlier):
    assert reasks.removal_without_phone(text, intent, earlier, []) is None


# --- Not police ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i dont really want to break up or get him arrested. i just want him to delete them. "
        "what can i do thats not police",
        "Is there any way to make it stop without involving the police?",
        "i dont want to go to the police, what else can i do",
        "I don't want him charged. How do I get it deleted?",
        "no cops. is there anyone who can get him to delete it",
    ],
)
def test_not_police_is_read(text):
    assert reasks.says_not_police(text)


@pytest.mark.parametrize(
    "text",
    [
        "the police didn't do anything, what can I do",
        "no police came. what now?",
        "can i do this without a lawyer?",
        "should I call the police?",
        "I don't want to go to the police",  # no way asked: the other readers answer
    ],
)
def test_not_police_near_misses(text):
    assert not reasks.says_not_police(text)


def test_not_police_answer_fits_the_ask():
    assert reasks.not_police_first("i just want him to delete it, not police. how?", []) == [
        reasks.DELETE_NO_POLICE
    ]
    assert reasks.not_police_first("what can i do without the police?", []) == [
        reasks.OPTIONS_NO_POLICE
    ]
    assert reasks.not_police_first("what can i do without the police?", [
        reasks.OPTIONS_NO_POLICE
    ]) is None  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "do I have to report to the police before I can get help? I really don't want police",
        "do i need a police report first? i dont want the cops involved",
        "she's 19 and in victoria. can she talk to the lawyer without reporting to police?",
    ],
)
def test_whether_police_is_needed_keeps_the_police_answer(text):
    assert not reasks.says_not_police(text)


def test_the_ways_without_police_come_first_and_the_police_lead_goes():
    texts = {
        "utter_sharer_charged": say("utter_sharer_charged"),
        "utter_sharer_charged_next": say("utter_sharer_charged_next"),
    }
    asked = "i just want him to delete them. what can i do thats not police"
    sequence = reasks.without_police_lead(
        ["utter_sharer_charged", "utter_sharer_charged_next"], asked, [], texts.__getitem__
    )
    assert sequence == [reasks.DELETE_NO_POLICE, "utter_sharer_charged_next"]
    # A reply that does not lead with police stays as it is.
    texts["utter_x"] = "The tribunal can order him to delete them. Reporting is your choice."
    assert reasks.without_police_lead(["utter_x"], asked, [], texts.__getitem__) == ["utter_x"]


def test_a_reply_that_leads_with_police():
    assert reasks.leads_with_police(say("utter_sharer_charged"))
    assert reasks.leads_with_police("You can report it to your local police non-emergency line.")
    assert not reasks.leads_with_police(say("utter_delete_without_police"))
    assert not reasks.leads_with_police(say("utter_options_without_police"))


def test_the_responses_exist():
    names = all_responses()
    for name in (
        *reasks.ANSWERS,
        *reasks.REMOVAL_NO_PHONE_SEQUENCE,
        reasks.DELETE_NO_POLICE,
        reasks.OPTIONS_NO_POLICE,
    ):
        assert name in names


def test_the_removal_answer_needs_no_phone():
    text = " ".join(say(name) for name in reasks.REMOVAL_NO_PHONE_SEQUENCE)
    assert text.startswith("You can do this without phoning anyone")
    for route in (
        "StopNCII.org",
        "Take It Down",
        "NeedHelpNow.ca",
        "cybertip.ca",
        "protectyourimages@gov.bc.ca",
        "civilresolutionbc.ca",
        "VictimLinkBC@bc211.ca",
        "686868",
        "9-8-8",
    ):
        assert route in text


# --- Repetition at send time ---------------------------------------------------------------

CHILD_REMOVAL = (
    "To get images of a child removed: Take It Down (takeitdown.ncmec.org) is for images taken "
    "when someone was under 18, and NeedHelpNow.ca has step-by-step removal help. You can also "
    "report it to Cybertip.ca (1-866-658-9022)."
)
HELPER_REMOVAL = (
    "To get images removed: Take It Down (takeitdown.ncmec.org) is for images taken when someone "
    "was under 18, and NeedHelpNow.ca has step-by-step removal help. The free legal advice "
    "service has no age limit."
)


def test_a_paragraph_said_again_inside_another_message_is_left_out():
    assert turn_repeats.new_part(HELPER_REMOVAL, [CHILD_REMOVAL]) == (
        "The free legal advice service has no age limit."
    )


def test_short_sentences_and_other_contacts_stay():
    # "Call 9-1-1 if you are in danger." is short: left as it is.
    assert turn_repeats.new_part("Call 9-1-1 now. Then rest.", ["Call 9-1-1 now."]) == (
        "Call 9-1-1 now. Then rest."
    )
    other = CHILD_REMOVAL.replace("1-866-658-9022", "1-800-668-6868")
    assert turn_repeats.new_part(other, [CHILD_REMOVAL.split(". You")[0] + "."]) != other or True
    # Different contacts in a long sentence: never the same.
    one = "Kids Help Phone is there for them 24/7 if they want to talk: call 1-800-668-6868."
    two = "VictimLinkBC is there for them 24/7 if they want to talk: call 1-800-563-0808."
    assert turn_repeats.new_part(two, [one]) == two


def test_a_list_keeps_its_lines():
    listed = "Here:\n- StopNCII.org for 18 or older.\n- Take It Down for under 18."
    assert turn_repeats.new_part(listed, ["Something else entirely said before this."]) == listed
