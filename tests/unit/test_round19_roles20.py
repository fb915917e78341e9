"""Round 19 kinds 3, 4, 6 (roles20, session 20): who is writing, the law that fits the facts
given, no paragraph twice in one reply, the outside-B.C. caveat on B.C. routes."""

import pytest
from rasa.shared.core.events import BotUttered, UserUttered

from assistant import age_wording, outside_bc_offers, turn_repeats
from assistant.answer_kinds import answer_kind
from assistant.helper_reading import ALREADY_PAID, already_paid, helped_person, writer_would_share
from assistant.statements import ADULT_PAID, ADULT_SEXTORTION, first_message_kind
from assistant.young_share_consent import (
    YOUNG_OWN_CONSENT,
    YOUNG_SHARE_CONSENT,
    YOUNG_SHARE_CONSENT_AGAIN,
    young_share_consent,
)


class _Tracker:
    def __init__(self, events, slots=None):
        self.events = events
        self._slots = slots or {}

    def get_slot(self, name):
        return self._slots.get(name)


# --- 1. A young writer asking about his own act is not a helper -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "no nobody is threatening anything. im asking if i can show my friends her pic if she"
        " gives permission",
        "can i send her pic to my boys if she says ok",
        "is it ok for me to show my friend her nudes",
        "could i just show my bestie his pics",
        "am i allowed to forward her photo to my friends",
    ],
)
def test_the_writer_asking_about_his_own_act_is_no_helper(text):
    assert writer_would_share(text)
    assert helped_person(text) is None


def test_a_helper_sending_to_the_police_stays_a_helper():
    assert not writer_would_share("can i send her pics to the police as evidence")
    assert helped_person("my daughter's ex posted her pics, how can i help her") is not None


# --- 1. "even if she says it's ok?" from a young writer ---------------------------------------
_EARLIER = ["if my gf sent me a pic can i show it to my friends if she says its ok? im 16"]


@pytest.mark.parametrize(
    "text",
    [
        "even if she says its fine tho? my friends keep asking to see",
        "im asking if i can show my friends her pic if she gives permission",
        "so its illegal even if she says yes?",
        "what if she agrees tho",
        "but what if he said its ok",
        "even with her permission??",
    ],
)
def test_consent_asked_by_a_young_writer(text):
    assert young_share_consent(text, _EARLIER, []) == YOUNG_SHARE_CONSENT


def test_asked_again_right_after_is_said_plainly():
    again = young_share_consent(
        "so its illegal even if she says yes?", _EARLIER, [], ["utter_young_share_consent"]
    )
    assert again == YOUNG_SHARE_CONSENT_AGAIN


def test_the_young_writers_own_permission():
    earlier = ["I am 16. My boyfriend wants to show his friends a pic I sent him"]
    kind = young_share_consent("is it fine if i give permission?", earlier, [])
    assert kind == YOUNG_OWN_CONSENT


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("even if she says its fine?", ["im 25 and my gf sent me a pic"]),  # an adult
        ("what if she agrees", []),  # no age, no young person's image answer
        ("he says hell post it even if i say no", ["im 15"]),  # a threat
    ],
)
def test_consent_not_read(text, earlier):
    assert young_share_consent(text, earlier, []) is None


# --- 4. Money already paid, told by an adult ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I already paid this guy $500 so he wouldnt post my video and now he wants another 1000."
        " I'm 25. what do I do",
        "im 30 and i sent him 300 already and now hes asking for more or he posts my nudes",
        "Me 40 year old. I give him money 200 dollar already, he want more",
        "i'm 22, i paid her once and she's blackmailing me again for more",
    ],
)
def test_an_adult_who_already_paid(text):
    assert already_paid(text)
    # The adult's paid answer (statements) or the paid answer person_fit fits to an adult.
    assert answer_kind(text, "sextortion") in {ADULT_PAID, ALREADY_PAID}


def test_an_adult_who_did_not_pay():
    text = "im 30 and he says he will post my nudes unless i pay 500"
    assert first_message_kind(text, "sextortion") == ADULT_SEXTORTION


# --- 2. The writer's own age in the words -----------------------------------------------------
def test_a_young_writer_is_told_because():
    group = age_wording.writer_age_group(["HE SAYS HE WILL POST MY PIC IF I DONT SEND MORE. IM 14"])
    assert group == age_wording.YOUNG_NOW
    text = "If you're under 18, tell a safe adult. Kids Help Phone is there 24/7."
    assert age_wording.fitted_text(text, group).startswith("Because you're under 18, tell")


def test_an_adult_with_images_from_youth_is_told_were():
    group = age_wording.writer_age_group(["my ex is posting pics of me from when i was 16. im 18"])
    assert group == age_wording.YOUNG_THEN
    text = "Screenshot the messages. If anyone in the images is under 18, make sure the image"
    assert "Because you were under 18 when they were taken, make" in age_wording.fitted_text(
        text, group
    )


@pytest.mark.parametrize(
    "texts",
    [
        ["im 30 and he posted my pics"],
        ["my daughter is 14 and a boy shared her photo"],
        ["he posted my pics"],
    ],
)
def test_no_age_fit(texts):
    assert age_wording.writer_age_group(texts) is None


# --- 5. No paragraph twice in one reply -------------------------------------------------------
def test_the_same_paragraph_twice_goes():
    said = "The free legal advice service is for people who live in B.C. Some routes are open."
    tracker = _Tracker([UserUttered("hi"), BotUttered(said)])
    events = [BotUttered("Okay, you live outside B.C."), BotUttered(said, {"buttons": []})]
    turn_repeats.filter_events(events, tracker)
    assert [e.text for e in events] == ["Okay, you live outside B.C."]


def test_a_near_repeat_keeps_only_what_is_new():
    first = (
        "If English is not your first language, the legal advice service can give you a free"
        " interpreter for the intake call and all meetings with the lawyer. Just ask when you"
        " contact them."
    )
    second = (
        "If English is not your first language, the service can give you a free interpreter for"
        " the intake call and all meetings with the lawyer. ASL interpretation is available too."
        " Just ask when you contact them."
    )
    assert turn_repeats.new_part(second, [first]) == "ASL interpretation is available too."


def test_a_repeat_with_the_turns_only_buttons_keeps_them():
    said = "Report it to Cybertip.ca."
    tracker = _Tracker([UserUttered("hi"), BotUttered(said)])
    buttons = {"buttons": [{"title": "Talk", "payload": "/contact_lawyer"}]}
    events = [BotUttered(said, buttons)]
    turn_repeats.filter_events(events, tracker)
    assert len(events) == 1 and events[0].text is None and events[0].data == buttons


def test_a_near_repeat_with_another_contact_stays():
    first = "You can call or text 9-8-8 any time, day or night, wherever you are."
    second = "You can call or text 1-800-563-0808 any time, day or night, wherever you are."
    assert not turn_repeats.same_words(first, second)
    assert turn_repeats.new_part(second, [first]) == second


def test_different_paragraphs_stay():
    tracker = _Tracker([UserUttered("hi"), BotUttered("Report it to Cybertip.ca.")])
    events = [BotUttered("Kids Help Phone is there 24/7: call 1-800-668-6868.")]
    turn_repeats.filter_events(events, tracker)
    assert len(events) == 1


# --- 6. The outside-B.C. caveat on the tribunal and the protection service -------------------
_CAVEAT = "The Civil Resolution Tribunal and the Intimate Images Protection Service are B.C."


def test_the_tribunal_offered_outside_bc_carries_the_caveat():
    tracker = _Tracker([UserUttered("no im in lethbridge"), UserUttered("can i make him?")])
    events = [BotUttered("The Civil Resolution Tribunal (CRT) can make a protection order.")]
    outside_bc_offers.add_route_caveat(events, tracker, _CAVEAT)
    assert [e.text for e in events][-1] == _CAVEAT


def test_no_caveat_in_bc_or_when_said():
    in_bc = _Tracker([UserUttered("i live in surrey")])
    events = [BotUttered("The Civil Resolution Tribunal can order removal.")]
    outside_bc_offers.add_route_caveat(events, in_bc, _CAVEAT)
    assert len(events) == 1
    outside = _Tracker([UserUttered("i live in calgary")])
    said = "The information I have doesn't say whether the CRT can act when you live outside B.C."
    events = [BotUttered(said)]
    outside_bc_offers.add_route_caveat(events, outside, _CAVEAT)
    assert len(events) == 1
