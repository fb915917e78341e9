"""The eligibility form: validation and the outcome. Rules live in assistant/eligibility.py."""

from __future__ import annotations

from rasa_sdk import Action, FormValidationAction
from rasa_sdk.events import SlotSet
from rasa_sdk.forms import REQUESTED_SLOT

from actions.earlier_messages import earlier_user_texts
from actions.form_resume import ResumesBriefly, after_listening
from actions.own_words import answer_in_own_words
from actions.safety_net import NeverRaises
from actions.service_status import say_period_caveat
from assistant import eligibility, form_answers, form_followups
from assistant.after_crisis import CRISIS_ANSWERS
from assistant.explored_kinds import keyboard_mash
from assistant.home_reading import moves_to_bc
from assistant.moving_away import leaves_bc
from assistant.roles_fit import writer_helps
from assistant.said_before import home_said
from assistant.situation_reading import (
    sharing_taken_back,
    situation_from_text,
    situation_said_earlier,
)
from assistant.slot_history import before_latest_message

ALLOWED_RETRIES = 1  # an unclear answer is asked once more, then the person goes on without it


def _unclear(slot: str, tracker, dispatcher) -> dict:
    counts = dict(tracker.get_slot("unclear_answers") or {})
    if counts.get(slot, 0) < ALLOWED_RETRIES:
        counts[slot] = counts.get(slot, 0) + 1
        dispatcher.utter_message(response=f"utter_rephrase_{slot}")
        return {slot: None, "unclear_answers": counts}
    dispatcher.utter_message(response="utter_moving_on")
    return {slot: eligibility.UNSURE, "unclear_answers": counts}


def _acknowledges_safety_reply(tracker, text: str) -> bool:
    """ "ok" or "yes" right after the crisis or danger reply answers that reply, not the form's
    question, which the reply interrupted: the form asks its question again."""
    short = len(text.split()) <= 3
    plain = form_answers.only_acknowledges(text) or form_answers.yes_or_no(text) is not None
    return short and plain and any(_said_last_turn(tracker, name) for name in CRISIS_ANSWERS)


def _validated(slot: str, slot_value, tracker, dispatcher, reader) -> dict:
    """The person's own words decide (assistant/form_answers.py), not a bare entity or intent."""
    text = tracker.latest_message.get("text") or ""
    answer, unclear = reader(text, slot_value, before_latest_message(tracker.events, slot))
    if unclear or keyboard_mash(text):  # "asdfgh" is no "yes" (round 19, explore20)
        return _unclear(slot, tracker, dispatcher)
    return {slot: answer}


class ValidateEligibilityForm(NeverRaises, ResumesBriefly, FormValidationAction):
    def name(self) -> str:
        return "validate_eligibility_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        # Ask only what the rule needs: outside B.C. the answer is known without the images.
        if tracker.get_slot("lives_in_bc") == eligibility.NO:
            return [slot for slot in domain_slots if slot != "image_situation"]
        # Neither shared nor threatened, said before the check: the answer is known without
        # the home (round 15, p55: "shared or threatened?" was asked after "neither").
        if (
            tracker.get_slot("image_situation") == eligibility.NEITHER
            and tracker.get_slot("lives_in_bc") is None
        ):
            return [slot for slot in domain_slots if slot != "lives_in_bc"]
        return list(domain_slots)

    def extract_image_situation(self, dispatcher, tracker, domain) -> dict:
        # At the start, "my ex posted my pics" said earlier is not asked again.
        starting = tracker.active_loop.get("name") != "eligibility_form" or (
            tracker.get_slot(REQUESTED_SLOT) is None
        )
        if starting and tracker.get_slot("image_situation") != eligibility.NEITHER:
            # "he never posted them or threatened to", read by the classifier as blackmail: the
            # statement decides, not the topic's slot value (round 15, p55).
            said_before = earlier_user_texts(tracker, since_action="action_eligibility_outcome")
            if form_followups.neither_said(said_before):
                return {"image_situation": eligibility.NEITHER}
            # "actually he hasnt posted them" after "my ex posted them" (session 18): asked.
            if tracker.get_slot("image_situation") is not None and sharing_taken_back(said_before):
                return {"image_situation": None}
        if tracker.get_slot("image_situation") is None:
            # Said before the check or beside one of its questions ("wait, he only said he
            # would", answered by its own rule): a statement is not asked again.
            earlier = earlier_user_texts(tracker, since_action="action_eligibility_outcome")
            # The message itself may say it too, whatever was asked ("my ex posted a video of
            # us. i live in burnaby", "i'm in prince george and he posted it").
            text = tracker.latest_message.get("text") or ""
            intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
            if form_answers.may_answer(intent, text) or starting:
                earlier = [*earlier, text]
            said = situation_said_earlier(earlier)
            if said:
                return {"image_situation": said}
        own_words = answer_in_own_words("image_situation", tracker, situation_from_text)
        if own_words or tracker.get_slot("image_situation") is not None:
            return own_words
        # Said while another question was asked ("I'm in Kamloops and he threatened to post
        # them"): a plain statement of sharing or a threat is kept, not asked again (a question
        # such as "can he share them?" is no answer).
        text = tracker.latest_message.get("text") or ""
        said = situation_said_earlier([text])
        if not said and form_answers.answers_situation_instead(text):
            # "I don't know if he shared it" said at the home question: kept as "not sure".
            said = situation_from_text(text)
        return {"image_situation": said} if said else {}

    def extract_lives_in_bc(self, dispatcher, tracker, domain) -> dict:
        # "yes vancouver. but do you help men too": Rasa took the place from the message while
        # its question had its own answer, and the form, back after that answer, validates
        # nothing; the place is validated now, as the answer (round 14, p38).
        value = tracker.get_slot("lives_in_bc")
        if (
            value is None
            or value in form_answers.KNOWN_HOMES
            or tracker.get_slot(REQUESTED_SLOT) != "lives_in_bc"
            or after_listening(tracker)
        ):
            return {}
        return {"lives_in_bc": value}

    def validate_lives_in_bc(self, slot_value, dispatcher, tracker, domain) -> dict:
        text = tracker.latest_message.get("text") or ""
        if _acknowledges_safety_reply(tracker, text):
            return {"lives_in_bc": None}  # the question again, with nothing said about places
        told = form_answers.told_before(text) and home_said(None, earlier_user_texts(tracker))
        if told and form_answers.heard_home(text) is None:
            # "I already told you" with no place: the home said earlier is the answer.
            dispatcher.utter_message(response=f"utter_heard_home_{told}")
            return {"lives_in_bc": told}
        found = _validated("lives_in_bc", slot_value, tracker, dispatcher, form_answers.home_answer)
        # Say what was understood from a place name, so a misreading can be corrected.
        heard = form_answers.heard_home(tracker.latest_message.get("text") or "")
        said_home = home_said(None, earlier_user_texts(tracker))
        if found.get("lives_in_bc") is None and not heard and not dispatcher.messages and said_home:
            # "I live in Bellingham WA", then "Vancouver police, since he's there" (the other
            # person's place, which the entity put in the slot), then "can i get the free
            # lawyer?": the home said earlier answers, not asked again (round 22, p28).
            dispatcher.utter_message(response=f"utter_heard_home_{said_home}")
            return {"lives_in_bc": said_home}
        if heard and heard == found.get("lives_in_bc"):
            dispatcher.utter_message(response=f"utter_heard_home_{heard}")
        elif found.get("lives_in_bc") is None and form_answers.answers_situation_instead(
            tracker.latest_message.get("text") or ""
        ):
            # The images were answered, not the home: said back, then the home is asked.
            dispatcher.utter_message(response="utter_heard_situation_first")
        elif found.get("lives_in_bc") is None and moves_to_bc(
            tracker.latest_message.get("text") or ""
        ):
            # "I'm moving to Vancouver soon": where they live now is what matters.
            dispatcher.utter_message(response="utter_heard_move_to_come")
        elif found.get("lives_in_bc") is None and not dispatcher.messages:
            # Only someone else's place was named: the question comes again, said differently.
            dispatcher.utter_message(response="utter_heard_other_persons_place")
        return found

    def validate_image_situation(self, slot_value, dispatcher, tracker, domain) -> dict:
        # Read from an earlier statement by extract_image_situation: kept as it is (the latest
        # message, "yes in kamloops", answered the other question).
        earlier = earlier_user_texts(tracker, since_action="action_eligibility_outcome")
        text = tracker.latest_message.get("text") or ""
        if situation_told_at_home_question(
            slot_value, tracker.get_slot(REQUESTED_SLOT), tracker.get_slot("lives_in_bc"), text
        ):
            dispatcher.utter_message(response="utter_heard_situation_at_home_question")
        if slot_value and slot_value == situation_said_earlier(earlier):
            return {"image_situation": slot_value}
        text = tracker.latest_message.get("text") or ""
        if slot_value == eligibility.NEITHER and form_followups.neither_said([*earlier, text]):
            return {"image_situation": slot_value}
        if _acknowledges_safety_reply(tracker, tracker.latest_message.get("text") or ""):
            return {"image_situation": None}
        if slot_value is None and sharing_taken_back(earlier):
            return {"image_situation": None}  # the sharing taken back: asked, with no "sorry"
        return _validated(
            "image_situation", slot_value, tracker, dispatcher, form_answers.situation_answer
        )


def _said_last_turn(tracker, response: str) -> bool:
    """Whether the bot's turn before the latest message sent `response`."""
    users = [i for i, e in enumerate(tracker.events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    return any(
        e.get("event") == "bot" and (e.get("metadata") or {}).get("utter_action") == response
        for e in tracker.events[users[-2] + 1 : users[-1]]
    )


HELPER_ELIGIBLE_RESPONSE = "utter_helper_eligible"


class ActionEligibilityOutcome(NeverRaises, Action):
    def name(self) -> str:
        return "action_eligibility_outcome"

    def run(self, dispatcher, tracker, domain):
        result = eligibility.outcome(
            tracker.get_slot("lives_in_bc"), tracker.get_slot("image_situation")
        )
        response = eligibility.OUTCOME_RESPONSES[result]
        if result == eligibility.NOT_IN_BC and _said_last_turn(tracker, response):
            # Asked again ("so nobody can help me?"): what there is outside B.C., not the
            # same outcome block again.
            dispatcher.utter_message(response="utter_outside_bc_lines")
            dispatcher.utter_message(response="utter_outside_bc_lines_routes")
            return [SlotSet("unclear_answers", None)]
        texts = [*earlier_user_texts(tracker), tracker.latest_message.get("text") or ""]
        if result == eligibility.ELIGIBLE and writer_helps(texts):
            # A parent or friend who said "we live in Surrey" after telling of their son's
            # case (session 19): the outcome for the person they help, not "your images".
            response = HELPER_ELIGIBLE_RESPONSE
        dispatcher.utter_message(response=response)
        if result == eligibility.NOT_IN_BC and any(moves_to_bc(t) for t in texts):
            # "I'm in Toronto now, moving to Victoria next month": once they live in B.C.
            dispatcher.utter_message(response="utter_moving_to_bc")
        if result in eligibility.OUTCOMES_NAMING_THE_SERVICE:
            say_period_caveat(dispatcher)
        if result == eligibility.ELIGIBLE and any(leaves_bc(t) for t in texts):
            # "I live in Kelowna but I'm moving to Ontario next month" (round 10, p16).
            dispatcher.utter_message(response="utter_moving_away_note")
        return [SlotSet("unclear_answers", None)]


def situation_told_at_home_question(
    slot_value: str | None, requested: str | None, lives_in_bc: str | None, text: str
) -> bool:
    """The sharing or threat told in the latest message while the home was asked ("he sent
    them to my mom last night"): heard aloud before the home is asked again."""
    return (
        requested == "lives_in_bc"
        and lives_in_bc is None
        and slot_value in {eligibility.SHARED, eligibility.THREATENED}
        and situation_said_earlier([text]) == slot_value
    )
