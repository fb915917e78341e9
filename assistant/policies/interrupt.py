"""A policy that answers crisis, danger and handoff intents from any state, forms included,
checks in on a possible crisis before the normal answer, and speaks up when a custom action
failed silently.

Rasa's RulePolicy lets an active form run before any rule, and a form calls the action
server to validate: if that server is down, the user's message is lost. This policy answers
the listed intents with static responses first (confidence 1.0, higher priority than the
RulePolicy, marked as a "no user" prediction so it competes with the form's own prediction),
then listens. The form stays active: the person can go back to it afterwards.

When the action server is down, Rasa logs the failure, drops the action's events and listens:
the person would get no answer at all. Every custom action here speaks or sets something, so
a custom action followed by no event at all has failed; the policy then sends the static
`utter_action_failed` (with the contact lines).

A message the AnswerReader marked with a `direct_answer` kind (assistant/answer_kinds.py: "should
I just pay him", "he keeps asking for pics", "will you tell my mom?") gets that kind's static
answer, before the handoff interrupts (never before a pending check-in: crisis comes first).
Inside a form the form's question is asked again afterwards, or the form ends where the answer
is about someone else (a child asked for images: no age questions for the helper).

A possible crisis (the CrisisGuard's `safety_check_in` marker on the user message) gets
`utter_crisis_checkin` first, then the normal answer to the message in the same turn. The
rules would not match after the check-in (their first step expects `action_listen` right after
the user message), so this policy is also a RulePolicy trained on the same rules: for the rest
of that turn it predicts what the rules predict on the conversation without the check-in.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from assistant import (
    after_crisis,
    age_form_guard,
    answer_kinds_subjects,
    answer_on_hand,
    answer_retriever,
    answers22,
    asked_next,
    asks23,
    asks25,
    bot_cannot_contact,
    breakup_told,
    clause_answers,
    closings,
    contact_again,
    context_followups,
    coverage_answers,
    crisis_followups,
    crisis_for_others,
    deadends31,
    deadends34,
    demand_reading,
    direct_questions,
    dropped_halves,
    explored_kinds,
    family_writer,
    fear_reading,
    feelings,
    followups22,
    form_followups,
    helped_age,
    helper_cases,
    helper_reading,
    helper_role,
    lawyer_reports,
    leftover_questions,
    legal_asks,
    legal_follow_ups,
    limits25,
    minor_against_wishes,
    misread_followups,
    misreads,
    money_not_shared,
    moving_away,
    nearby_followups,
    neighbours23,
    new_account,
    next_questions,
    not_paid,
    ordinary_photos,
    other_sense,
    others_reading,
    outside_bc_context,
    outside_bc_offers,
    own_case,
    parts23,
    person_fit,
    place_questions,
    plain27,
    practical_followups,
    practical_next,
    question_coverage,
    question_fallback,
    question_parts,
    reasks,
    removal_tools,
    repeat25,
    role_followups,
    role_kept,
    roles23,
    roles28,
    roles_fit,
    route_form_gate,
    safety28,
    safety_followups,
    said_above_gate,
    said_again,
    said_before,
    secret_told,
    sharer_charged,
    sharer_support,
    short_followups,
    skipped_questions,
    spread_consent,
    staff_reading,
    statements,
    stock27,
    stock28,
    threat27,
    unanswered,
    unsafe_place,
    who25,
    who27,
    who_did_it,
    who_finds_out,
    writer_frames,
    writer_framing,
    writer_role,
    wrong_topic,
    young_held,
    young_holder,
    young_sender,
)
from assistant import answer_kinds_sources as sources
from assistant import helper_followups as hf
from assistant.adult_age import ADULT_AGE, ADULT_AGE_HOME, ADULT_SHARED, ADULT_THREATENED
from assistant.age_corrections import read_age_correction
from assistant.answer_kinds import (
    CHILD_ASKED,
    CHILD_ASKED_TRUST,
    CLOSING,
    DIRECT_ANSWER_KEY,
    HOME_OUTSIDE_BC,
    IN_TROUBLE,
    KEEP,
    MISSED,
    MORE_QUESTION,
    NO_ONE_TO_TELL,
    PAY,
    PRESSURED,
    THREAT_ONLY,
    TRUST_THREAT_YOUNG,
    WHO_IS_TOLD,
    answer_kind,
)
from assistant.answer_kinds_everyday import (
    CHAT_KEPT,
    LOW_COST_HELP,
    REACHING_OUT,
    RESIDENCE_UNCLEAR,
    RETALIATION,
    TEXT_A_LINE,
)
from assistant.answer_kinds_practical import ANSWERS as PRACTICAL_ANSWERS
from assistant.answer_kinds_practical import PARENTS_TOLD, UNSURE_SHARED
from assistant.answer_kinds_specific import ANSWERS as SPECIFIC_ANSWERS
from assistant.answer_kinds_specific import SHOWING_COUNTS
from assistant.answer_kinds_subjects import ANSWERS as SUBJECT_ANSWERS
from assistant.answer_kinds_what_happens import ANSWERS as WHAT_HAPPENS_ANSWERS
from assistant.answer_kinds_who_and_how import ANSWERS as WHO_AND_HOW_ANSWERS
from assistant.crisis_followups import MODEL_ONLY_REASONS
from assistant.deletion_followups import (
    CONFIRMED,
    KEPT_IN_FORM,
    NOT_YET,
    after_deletion,
    asks_if_already_deleted,
    deleted_follow_up,
    yes_with_more,
)
from assistant.follow_ups import FOLLOW_UP, FOLLOW_UPS, follow_up_answer
from assistant.form_resume import (
    RESUMED_SLOT,
    last_response_before_user,
    question_names,
    resume_briefly,
)
from assistant.helper_check_in import (
    CHECK_INS,
    HELPER_CHECK_IN,
    check_in_for,
    practical_helper_question,
)
from assistant.helper_context import (
    ADULT_TOPICS,
    MINOR_TOPICS,
    answer_kind_in_context,
    writer_is_adult,
    writer_is_minor,
)
from assistant.image_kinds import (
    DEEPFAKE,
    HELD_NOT_SHARED,
    IMAGE_KINDS,
    PRINTED,
    SECRET_RECORDING,
)
from assistant.picture_requests import asked_for_pictures_only
from assistant.plain_questions import ANSWERS as PLAIN_ANSWERS
from assistant.plain_text import plain_lower
from assistant.policies import follow_up_readers, second_questions
from assistant.policies.message_context import (
    MessageContext,
    earlier_texts,
    earlier_topics,
    replies_by_turn,
)
from assistant.policies.repeats import (
    AGAIN,
    ROUTES_AGAIN,
    SAID_ABOVE,
    earlier_actions,
    order_asked_again,
    previous_turn_actions,
    routes_asked_again,
    runner_up_topic,
    same_topic_again,
    short_after_steps,
    without_recent_tails,
    without_repeats,
)
from assistant.safety import AMBIGUOUS, CHECK_IN_KEY, CRISIS, IMMEDIATE_DANGER
from assistant.situation_reading import situation_from_text
from assistant.statement_answers import statement_answers
from assistant.trust_words import names_position_of_trust
from assistant.urgent_questions import BLOCK, BLOCK_YOUTH, TONIGHT, YOUTH_TELL
from assistant.writer_adult import writer_adult

logger = logging.getLogger(__name__)


def _fitted_to_writer_age(sequence: list[str], said: list[str], is_minor: object) -> list[str]:
    """The answers fitted to the writer's own age said: under 18, no "if you are under 18"
    (round 16); an adult, no under-18 lines (round 74 p22). The reply's answers and an added
    second question's (second_questions.py) both."""
    young = context_followups.fitted_for_age(sequence, route_form_gate.young_now(said, is_minor))
    return context_followups.fitted_for_adult(young, writer_adult(said))


# Intent -> the actions that answer it, in order. Static responses only for the safety
# intents, so they work when the action server is down.
DEFAULT_INTERRUPTS: dict[str, list[str]] = {
    "crisis": ["utter_crisis", "utter_crisis_next"],
    "immediate_danger": ["utter_immediate_danger", "utter_crisis_next"],
    "need_help_now": ["utter_help_now", "utter_help_now_next"],
    "contact_lawyer": ["utter_contact", "utter_contact_next"],
}


# Direct-answer kind -> the actions that answer it (static, but for what this deployment keeps).
DEFAULT_DIRECT_ANSWERS: dict[str, list[str]] = {
    THREAT_ONLY: ["utter_threats_covered", "utter_threats_routes"],
    TRUST_THREAT_YOUNG: ["utter_trust_threat_young", "utter_if_threat_carried_out_young"],
    PAY: [
        "utter_sextortion_pay",
        "utter_sextortion_steps",
        "utter_sextortion_report",
        "utter_sextortion_next",
    ],  # fmt: skip
    PRESSURED: ["utter_pressured", "utter_pressured_help"],
    IN_TROUBLE: ["utter_in_trouble", "utter_in_trouble_help"],
    WHO_IS_TOLD: ["utter_who_is_told", "action_what_is_kept", "utter_who_is_told_next"],
    NO_ONE_TO_TELL: ["utter_no_one_to_tell"],
    CHILD_ASKED: ["utter_child_asked", "utter_child_asked_support"],
    # No youth line unless the writer said they are under 18 (assistant/wrong_topic.py).
    CHAT_KEPT: ["action_what_is_kept", "utter_chat_delete_offer"],
    MORE_QUESTION: ["utter_more_question_welcome"],
    RETALIATION: ["utter_retaliation"],
    TEXT_A_LINE: ["utter_lines_by_text"],
    REACHING_OUT: ["utter_reaching_out"],
    LOW_COST_HELP: ["utter_low_cost_help"],
    RESIDENCE_UNCLEAR: ["utter_residence_unclear"],
    CHILD_ASKED_TRUST: [
        "utter_child_asked",
        "utter_child_asked_trust",
        "utter_child_asked_support",
    ],  # fmt: skip
    # Helpers, and kinds read by assistant/helper_reading.py (domain/helpers.yml).
    helper_reading.HELPER_MINOR: [
        "utter_helper_minor",
        "utter_helper_minor_removal",
        "utter_child_asked_support",
    ],  # fmt: skip
    helper_reading.HELPER_ADULT: ["utter_helper_adult", "utter_helper_adult_routes"],
    # A helper's follow-ups, resolved from the conversation (assistant/helper_context.py).
    helper_reading.HELPER_TALK: ["utter_helper_talk"],
    helper_reading.HELPER_TALK_AGAIN: ["utter_helper_talk_words"],
    helper_reading.HELPER_MINOR_NEXT: [
        "utter_helper_minor",
        "utter_helper_minor_first",
        "utter_child_asked_support",
    ],  # fmt: skip
    # "does a threat even count?" from someone helping an adult (domain/helpers.yml).
    helper_reading.HELPER_THREAT: ["utter_helper_threats_covered", "utter_helper_threats_next"],
    helper_reading.HELPER_MINOR_FIRST: ["utter_helper_minor_first"],
    helper_reading.HELPER_ADULT_ROUTES: ["utter_helper_adult_routes"],
    helper_reading.HELPER_ADULT_FIRST: [
        "utter_helper_adult_first",
        "utter_helper_adult_first_next",
    ],
    helper_reading.TRUST_ASKED_ALLOWED: ["utter_trust_asked_allowed", "utter_pressured_help"],
    # "what can I do for her tonight?" about an adult: what helps now, never the list's lead-in
    # alone ("Here is what they can do" with nothing after it: round 11, p24).
    helper_reading.HELPER_OTHER_ADULT: [
        "utter_helper_adult_first",
        "utter_helper_adult_first_next",
    ],
    helper_reading.ASKED_NO_IMAGES: [
        "utter_pressured",
        "utter_pressured_help",
        "utter_asked_no_images_service",
    ],  # fmt: skip
    helper_reading.YOUTH_SEND: [
        "utter_youth_send",
        "utter_under_18_images",
        "utter_under_18_images_more",
    ],  # fmt: skip
    helper_reading.SELF_MINOR_SHARED: ["utter_youth", "utter_youth_images"],
    helper_reading.TAKEN_UNDER_18: [
        "utter_images_taken_under_18",
        "utter_images_taken_under_18_next",
    ],  # fmt: skip
    helper_reading.ALREADY_PAID: ["utter_sextortion_paid"],
    helper_reading.CANT_REACH: ["utter_cant_reach"],
    helper_reading.OTHER_IN_CRISIS: ["utter_other_person_in_danger"],
    helper_reading.YOUTH_LINE: ["utter_youth_line"],
    DEEPFAKE: ["utter_deepfake", "utter_deepfake_routes"],
    PRINTED: ["utter_printed_copies", "utter_printed_copies_routes"],
    SECRET_RECORDING: ["utter_secret_recording", "utter_secret_recording_routes"],
    HELD_NOT_SHARED: ["utter_held_not_shared", "utter_held_not_shared_routes"],
    ADULT_AGE: ["utter_adult_age_routes"],
    # "I'm 34 and my ex keeps threatening to share our videos": threats are covered.
    ADULT_THREATENED: ["utter_threats_covered", "utter_threats_routes"],
    ADULT_SHARED: ["action_shared_next"],
    ADULT_AGE_HOME: ["action_eligibility_correction"],
    # Plain urgent questions, often asked inside a form (assistant/urgent_questions.py).
    TONIGHT: ["utter_threat_tonight", "utter_threat_tonight_lines"],
    BLOCK: ["utter_block_steps"],
    BLOCK_YOUTH: ["utter_block_steps", "utter_block_steps_youth"],
    YOUTH_TELL: ["utter_youth_tell"],
    # "thanks, that's all": a warm end; an outside-B.C. home said with a B.C.-routes question.
    CLOSING: ["utter_goodbye"],
    MISSED: ["utter_answer_missed"],
    HOME_OUTSIDE_BC: ["action_eligibility_correction"],
    # What the sources say on a specific follow-up, or that they don't (domain/source_answers.yml).
    sources.OUTSIDE_BC_LINES: ["utter_outside_bc_lines", "utter_outside_bc_lines_routes"],
    sources.ANONYMOUS: ["utter_anonymous"],
    sources.CHILD_IN_TROUBLE: ["utter_helped_child_in_trouble"],
    sources.OTHERS_IN_TROUBLE: ["utter_minors_who_shared"],
    sources.REPORT_POLICE: ["utter_report_police"],
    sources.REPORT_POLICE_PARTNER: ["utter_report_police_partner"],
    sources.FEE: ["utter_fee"],
    sources.PROVE_FAKE: ["utter_prove_fake"],
    sources.LAWYER_FOR_CRT: ["utter_crt_lawyer"],
    sources.TELL_SOMEONE: ["utter_tell_someone"],
    sources.POLICE_ABROAD: ["utter_police_abroad", "utter_police_abroad_next"],
    sources.HOURS: ["utter_hours"],
    sources.DUTY_TO_REPORT: ["utter_duty_to_report", "utter_duty_to_report_next"],
    sources.OLD_EVENTS: ["utter_old_events", "utter_old_events_next"],
    # A helper of a blackmailed child, their next questions; a young person's (helpers_next.yml).
    hf.HELPER_MINOR_BLACKMAIL: [
        "utter_helper_minor_sextortion",
        "utter_helper_minor_sextortion_report",
        "utter_helper_minor_sextortion_support",
    ],  # fmt: skip
    hf.HELPER_WHO_FIRST: ["utter_helper_minor_order"],
    hf.HELPER_TROUBLE_WHO_FIRST: ["utter_helper_child_not_in_trouble", "utter_helper_minor_order"],
    hf.HELPER_OTHERS_TROUBLE: ["utter_minors_who_shared"],
    hf.HELPER_OTHERS_TROUBLE_WHO_FIRST: ["utter_minors_who_shared", "utter_helper_minor_order"],
    hf.HELPER_OTHERS_TROUBLE_SCHOOL: ["utter_institution_school", "utter_minors_who_shared"],
    hf.HELPER_POLICE_FEAR: ["utter_helper_child_police_fear"],
    hf.HELPER_BLOCK: ["utter_helper_minor_block"],
    hf.HELPER_EVIDENCE: ["utter_helper_minor_evidence"],
    # Round 7: a child's helper asks whether to tell the parents, confront the person, take the
    # device away (domain/next_questions.yml).
    hf.HELPER_TELL_PARENTS: ["utter_helper_minor_tell_parents"],
    hf.HELPER_CONFRONT: ["utter_helper_minor_confront"],
    hf.HELPER_DEVICE: ["utter_helper_minor_device"],
    hf.HELPER_CONFRONT_DEVICE: ["utter_helper_minor_confront", "utter_helper_minor_device"],
    hf.YOUTH_ASKED_ILLEGAL: ["utter_youth_asked_illegal", "utter_youth_asked_next"],
    hf.YOUTH_TELL_PARENTS: ["utter_youth_tell_parents"],
    hf.YOUTH_BLOCK: ["utter_youth_block"],
    # Staying with the person after the crisis answer (assistant/after_crisis.py).
    after_crisis.STAY: ["utter_crisis_stay", "utter_crisis_stay_next"],
    after_crisis.STAY_AGAIN: ["utter_crisis_stay_again"],
    # Follow-up fears and practical questions (domain/practical_answers.yml).
    **PRACTICAL_ANSWERS,
    # Specific follow-ups that got a neighbouring answer (domain/specific_answers.yml).
    **SPECIFIC_ANSWERS,
    # Plain follow-ups: institutions, waiting, proof first, being found out after a report, what
    # happens to them, a threat carried out (domain/what_happens.yml).
    **WHAT_HAPPENS_ANSWERS,
    # A question's own subject, when the classifier's topic was a neighbour's
    # (domain/subject_answers.yml).
    **SUBJECT_ANSWERS,
    # Short plain questions that fell to "Did you mean" (domain/plain_questions.yml).
    **PLAIN_ANSWERS,
    # Someone else's images held with someone under 18 (assistant/young_holder.py).
    **young_holder.ANSWERS,
    # Plain follow-ups that got a neighbouring answer (domain/who_and_how.yml).
    **WHO_AND_HOW_ANSWERS,
    **short_followups.ANSWERS,
    # Fear of the person: the safety answer, and the form let go (assistant/fear_reading.py).
    **fear_reading.ANSWERS,
    # A helper's next step said as a close: a warm close for a helper.
    **writer_framing.ANSWERS,
    # Staff testing or asking about the assistant (assistant/staff_reading.py, domain/staff.yml).
    **staff_reading.ANSWERS,
    # About someone else: a young relative who shared, crisis lines for another person.
    **others_reading.ANSWERS,
    # A threat for something other than money or images (assistant/demand_reading.py).
    **demand_reading.ANSWERS,
    # A question its topic never covered: said back, "the information doesn't say", who can.
    question_coverage.NOT_COVERED: ["action_not_covered", "utter_not_covered_who"],
    # Session 16: a question mid-conversation nothing read (assistant/question_fallback.py).
    **question_fallback.ANSWERS,
    # A close with a plan, and follow-ups that got a stock block (assistant/next_questions.py).
    **next_questions.ANSWERS,
    # Round 8: residence time, "is it going to be okay?", a helper's safety question, help when
    # nothing was shared (assistant/direct_questions.py).
    **direct_questions.ANSWERS,
    # Round 10: help after leaving B.C. (assistant/moving_away.py).
    **moving_away.ANSWERS,
    **outside_bc_context.ANSWERS,
    # Round 8: plain questions that got the nearest stock block (assistant/leftover_questions.py).
    **leftover_questions.ANSWERS,
    # Round 11: follow-ups that got no answer (assistant/unanswered.py, domain/unanswered.yml).
    **unanswered.ANSWERS,
    # Round 10: an interpreter, a threat to stop before anything is sent, a first message of
    # images shared, how the service works (assistant/wrong_topic.py).
    **wrong_topic.ANSWERS,
    # Round 10: specific follow-ups that got "see above" or a neighbour's block (asked_next.py).
    **asked_next.ANSWERS,
    # Round 10: follow-ups answered for the writer's role (assistant/role_followups.py).
    **role_followups.ANSWERS,
    # Round 11: money or the tribunal for images only taken (assistant/money_not_shared.py).
    **money_not_shared.ANSWERS,
    # Round 11: "what can I do?" when the route questions don't fit (route_form_gate.py).
    **route_form_gate.ANSWERS,
    route_form_gate.HOME_CHANGED: ["action_eligibility_correction"],
    # Round 11: a thank-you at the end: a warm close, "anything else?" once (closings.py).
    **closings.ANSWERS,
    # Round 12: statements mid-conversation, first messages in the wrong frame (statements.py).
    **statements.ANSWERS,
    # Round 12: a new question after an answer, not "see above" (said_above_gate.py); words
    # read in the wrong sense: the tribunal's cost, the chat with the other person
    # (other_sense.py).
    **said_above_gate.ANSWERS,
    # Round 13: whether the one who shared will be charged (sharer_charged.py).
    **sharer_charged.ANSWERS,
    # Round 14: who finds out if I report, apply or call (who_finds_out.py).
    **who_finds_out.ANSWERS,
    # Round 15: one first step, the short answer, plain questions in a frightening moment
    # (safety_followups.py).
    **safety_followups.ANSWERS,
    # Round 13: questions that got a neighbouring answer (skipped_questions.py).
    **skipped_questions.ANSWERS,
    # Round 13: the answer fitted to who is writing: a recipient, a child's or an adult's
    # helper, the person asking someone to call for them, a young writer's removal.
    **person_fit.ANSWERS,
    # Round 15: the writer's role read from the whole conversation (writer_role.py).
    **writer_role.ANSWERS,
    # Round 17 (session 18): a helper's eligibility and removal questions (role_kept.py).
    **role_kept.ANSWERS,
    # Round 13: plain messages misread (misreads.py, domain/misreads.yml).
    **misreads.ANSWERS,
    **other_sense.ANSWERS,
    # Round 12: an adult asked for images told by a helper; a relative of no age said
    # (assistant/helper_cases.py, domain/helper_cases.yml).
    **helper_cases.ANSWERS,
    # Round 14: plain questions whose answer the sources hold (answer_on_hand.py).
    **answer_on_hand.ANSWERS,
    # Round 15: specific legal follow-ups (legal_follow_ups.py, domain/legal_follow_ups.yml).
    **legal_follow_ups.ANSWERS,
    # Round 16: practical follow-ups (practical_followups.py, domain/practical_followups.yml).
    **practical_followups.ANSWERS,
    # Round 16 (session 17): legal and "who can help" follow-ups (legal_asks.py).
    **legal_asks.ANSWERS,
    # Round 14: the halves a message's answer dropped (dropped_halves.py).
    **dropped_halves.ANSWERS,
    # Round 15 (session 16): forms restarting, ages not used, which police (form_followups.py).
    **form_followups.ANSWERS,
    # Session 17: a block got round; whether the lawyer reports; ordinary photos
    # (contact_again.py, lawyer_reports.py, ordinary_photos.py).
    **contact_again.ANSWERS,
    **lawyer_reports.ANSWERS,
    **ordinary_photos.ANSWERS,
    **who_did_it.ANSWERS,
    # Round 18 (session 19): not knowing who sent it, a sextortion deadline
    # (crisis_followups.py).
    **crisis_followups.ANSWERS,
    **minor_against_wishes.ANSWERS,
    **feelings.ANSWERS,
    **not_paid.ANSWERS,
    **new_account.ANSWERS,
    # "can you just call them for me" (assistant/bot_cannot_contact.py).
    **bot_cannot_contact.ANSWERS,
    **young_held.ANSWERS,
    # Round 18: questions the sources answer that got "I'd rather not guess"
    # (assistant/coverage_answers.py).
    **coverage_answers.ANSWERS,
    **secret_told.ANSWERS,
    **sharer_support.ANSWERS,
    # Round 16 (session 17): the frame of who is writing (writer_frames.py).
    **writer_frames.ANSWERS,
    # Round 16 (session 17): plain messages in context (context_followups.py).
    **context_followups.ANSWERS,
    # Round 17 (session 18): a young writer who sent a picture or is asked for more; a place
    # that no longer feels safe; a helped child's age for the service; a breakup told.
    **young_sender.ANSWERS,
    **unsafe_place.ANSWERS,
    **helped_age.ANSWERS,
    **breakup_told.ANSWERS,
    # Round 17 (session 18): plain follow-ups that fell to the fallback or a nearby topic
    # (nearby_followups.py, domain/nearby_followups.yml).
    **nearby_followups.ANSWERS,
    # Round 18 (session 19): follow-ups misread as a nearby stock block (misread_followups.py,
    # domain/misread_followups.yml).
    **misread_followups.ANSWERS,
    # Round 19 kinds 2 and 8 (session 20): spread_consent.py, domain/spread_consent.yml.
    **spread_consent.ANSWERS,
    # Round 17 (session 18): the other parts of a two- or three-part question (question_parts.py).
    **question_parts.ANSWERS,
    # Round 21 kind 1 (followups22): followups22.py, domain/followups22.yml.
    **followups22.ANSWERS,
    # Round 23 (asks23): the income question inside the eligibility check (asks23.py).
    **asks23.IN_FORM,
}
# The answers "is he going to be charged?" got before round 13: the victim's "not in trouble",
# the trouble of young people in general. A helped child's own trouble keeps its answer.
SHARER_CHARGED_REPLACES = frozenset({IN_TROUBLE, sources.OTHERS_IN_TROUBLE})
# Round 15 (form_followups.py): the kinds its readings may replace, and its narrow readings,
# which win over any kind so far (never over crisis or danger: not read on those intents).
FORMS_IN_TROUBLE = frozenset({IN_TROUBLE})
FORMS_POLICE = frozenset(
    {sources.REPORT_POLICE, sources.REPORT_POLICE_PARTNER, answer_kinds_subjects.MUST_REPORT}
)
FORMS_POLICE_INTENTS = frozenset({"ask_police"})
FORMS_REPLACES = frozenset({*FORMS_IN_TROUBLE, *FORMS_POLICE, FOLLOW_UP, asked_next.SITE_REFUSES})
FORMS_NARROW = frozenset(
    {
        form_followups.MOVING_TO_BC,
        form_followups.HELD_QUALIFY,
        form_followups.CAMERA_NOT_KNOWN,
        form_followups.STOP_NOW,
        form_followups.POLICE_TWO_PLACES,
        form_followups.HELD_TOLD,
        form_followups.WHY_ASKED,
    }
)
# "it's me, not a friend" after a helper's answer: the person's own answer (own_case.py).
DEFAULT_DIRECT_ANSWERS.update(own_case.own_case_answers(DEFAULT_DIRECT_ANSWERS))
NOT_IN_FORMS = frozenset(
    {
        FOLLOW_UP,
        ADULT_AGE,
        ADULT_AGE_HOME,
        HOME_OUTSIDE_BC,
        route_form_gate.HOME_CHANGED,
        *closings.KINDS,
    }
)
# Inside a form that asks "shared or threatened?" a threat is the form's answer: no mark there;
# asked at another question ("wait, he only said he would"), it is answered, then the form goes on.
READ_BY_SLOT = {THREAT_ONLY: "image_situation"}
# The B.C. route questions do not fit someone who lives outside B.C.: that form ends.
ENDS_THESE_FORMS = {
    HOME_OUTSIDE_BC: frozenset({"route_form"}),
    route_form_gate.HOME_CHANGED: frozenset({"route_form"}),
}
# About someone else: the form's questions (the person's own age, home) end.
ENDS_FORMS = frozenset(
    {
        CHILD_ASKED,
        CHILD_ASKED_TRUST,
        helper_reading.HELPER_MINOR,
        helper_reading.HELPER_ADULT,
        helper_reading.HELPER_TALK,
        helper_reading.HELPER_TALK_AGAIN,
        helper_reading.HELPER_MINOR_NEXT,
        helper_reading.HELPER_MINOR_FIRST,
        helper_reading.HELPER_ADULT_ROUTES,
        helper_reading.HELPER_ADULT_FIRST,
        helper_reading.TRUST_ASKED_ALLOWED,
        helper_reading.HELPER_OTHER_ADULT,
        # Asked for images, none sent: no questions about "the images".
        helper_reading.ASKED_NO_IMAGES,
        *hf.HELPER_MINOR_KINDS,
        # "I'm done", "thanks, bye" inside a form: a warm goodbye, not its next question.
        CLOSING,
        next_questions.PLAN_CLOSE,
        # Fear for one's safety: never asked the form's question over it.
        *fear_reading.KINDS,
        *writer_framing.KINDS,
        helper_reading.HELPER_THREAT,
        # A worker testing the assistant is not walked through a form as the person it
        # happened to.
        *staff_reading.KINDS,
        *others_reading.KINDS,
        *role_followups.KINDS,
        *writer_role.KINDS,
        *writer_frames.KINDS,
        # The routes that fit, the youth routes: the route questions are over.
        *route_form_gate.KINDS,
        *statements.ENDS_FORMS,
        # About someone else (round 12): never the route questions about "your images".
        *helper_cases.KINDS,
        # Round 15: a move still to come, images only held, a camera, a threat to stop now.
        *form_followups.IN_FORMS,
        # Round 16: "I don't know if he shared them" at the check's question: its outcome.
        *context_followups.ENDS_FORMS,
    }
)
# Round 16 (context_followups.py): the broad readings (not knowing whether it was shared, one
# first step right now) replace only no kind, the route list, "what else" and the next step.
CONTEXT_REPLACES = frozenset(
    {
        route_form_gate.ROUTES_NOW,
        UNSURE_SHARED,
        FOLLOW_UP,
        asked_next.WHAT_ELSE,
    }
)
# Kinds a round-8 plain answer never replaces: fear of the person, the crisis lines for someone
# else, "it's me", a close.
PLAIN_KEEPS = frozenset(
    {
        *fear_reading.KINDS,
        # Round 15 (roles): the role's answer is not replaced by a later plain reader.
        *writer_role.KINDS,
        *role_kept.KINDS,
        # Round 16 (session 17): the legal asks' narrow answers (legal_asks.py).
        *legal_asks.KINDS,
        *others_reading.KINDS,
        *own_case.KINDS,
        *role_followups.KINDS,
        # Round 18 (session 19): follow-ups misread as a nearby block (misread_followups.py).
        *misread_followups.KINDS,
        CLOSING,
        next_questions.PLAN_CLOSE,
    }
)
# After the crisis answer: no form question comes back (the form can be resumed by button).
NO_RE_ASK = after_crisis.KINDS
# Answered only after the crisis lines were given in this conversation ("she's not answering
# her phone" is an emergency only then).
AFTER_CRISIS_ONLY = frozenset({helper_reading.CANT_REACH})
CRISIS_REPLIES = frozenset(
    {
        "utter_crisis",
        "utter_immediate_danger",
        "utter_crisis_checkin",
        HELPER_CHECK_IN,
        "utter_crisis_again",
        "utter_immediate_danger_again",
    }
)
DEACTIVATE_LOOP = "action_deactivate_loop"


def form_question(active_loop: str, requested_slot: str | None, domain: Domain) -> str | None:
    """The response that asks the form's current question again, if it is a response."""
    if not requested_slot:
        return None
    for name in (f"utter_ask_{active_loop}_{requested_slot}", f"utter_ask_{requested_slot}"):
        if name in domain.action_names_or_texts:
            return name
    return None


def direct_answer_sequence(
    kind: str | None,
    answers: dict[str, list[str]],
    active_loop: str | None,
    re_ask: str | None,
    requested_slot: str | None = None,
    statement_read: bool = False,
) -> list[str] | None:
    """The actions that answer a marked message: the kind's answer, then, inside a form, its
    question again (or the end of the form; or the form itself, to read `statement_read`, a
    statement before the question that answers it). None when the mark is not answered here."""
    sequence = answers.get(kind or "")
    if not sequence:
        return None
    if not active_loop:
        return list(sequence)
    if requested_slot and READ_BY_SLOT.get(kind or "") == requested_slot:
        return None
    if active_loop in ENDS_THESE_FORMS.get(kind or "", ()):
        return [*sequence, DEACTIVATE_LOOP]
    if kind in NOT_IN_FORMS:
        return None
    if kind in ENDS_FORMS:
        return [*sequence, DEACTIVATE_LOOP]
    if kind in NO_RE_ASK:
        return list(sequence)
    if re_ask and statement_read:
        # "I was an adult. does a threat count?": after the answer the form reads the
        # statement and goes on, instead of asking the same question again.
        return [*sequence, active_loop]
    if re_ask and active_loop in route_form_gate.LEFT_AFTER_SIDE_ANSWER:
        # The route questions are offered once: after a side answer they are left, not asked
        # again after every answer (round 11, p01, p22).
        return [*sequence, DEACTIVATE_LOOP]
    return [*sequence, re_ask] if re_ask else list(sequence)


def _response_text(domain: Domain, name: str) -> str:
    """A response's first text ("" for an action): what a reply says, to see what it covers."""
    variants = domain.responses.get(name) or [{}]
    return str(variants[0].get("text") or "")


def replies_given(events: list, names: frozenset[str]) -> bool:
    """Any of these responses was sent in the conversation."""
    return any(
        isinstance(event, BotUttered) and (event.metadata or {}).get("utter_action") in names
        for event in events
    )


def crisis_lines_given(events: list) -> bool:
    return replies_given(events, CRISIS_REPLIES)


# The crisis or danger answer itself (not the check-in "Are you safe right now?").
CRISIS_ANSWERS = frozenset(CRISIS_REPLIES - {"utter_crisis_checkin", HELPER_CHECK_IN})


def crisis_answer_given(events: list) -> bool:
    return replies_given(events, CRISIS_ANSWERS)


def form_reads_it(kind: str | None, requested_slot: str | None, text: str) -> bool:
    """Inside a form that asked what happened, a message that says it ("he printed them and
    left them at my work") is the form's answer, not a topic of its own (as for a threat)."""
    return (
        (kind in IMAGE_KINDS or kind == SHOWING_COUNTS)
        and requested_slot == "image_situation"
        and situation_from_text(text) in {"shared", "threatened"}
    )


def _user_indexes_of(events: list) -> list[int]:
    return [i for i, event in enumerate(events) if isinstance(event, UserUttered)]


def next_in_sequence(events: list, sequence: list[str]) -> str | None:
    """The next action of `sequence` after the latest user message, or action_listen when it
    is done; None when what ran since that message is not a prefix of it."""
    # A custom action that failed (action server down) was followed by the failure notice: the
    # notice is not a step, so the rest of the answer still comes.
    done = actions_since_last_user(events, ignored=(ACTION_LISTEN_NAME, FAILED_ACTION_RESPONSE))
    if done is None:
        return None
    if done != sequence[: len(done)]:
        return None
    return sequence[len(done)] if len(done) < len(sequence) else ACTION_LISTEN_NAME


SAFETY_INTENTS = frozenset({CRISIS, IMMEDIATE_DANGER})
AGE_ANSWERS = frozenset({"action_age_check_answer", "action_age_check_correction"})
AGE_CORRECTION = "action_age_check_correction"
# Small talk after the age check's answer ("ok", "thanks") does not end the chance to correct.
SMALL_TALK_ACTIONS = frozenset({"utter_anything_else", "utter_thank", "utter_greet"})


def age_check_answered_lately(events: list) -> bool:
    """The bot's last real answer before the latest message was the age check's."""
    for event in reversed(events[: _last_user_index(events) or 0]):
        if not isinstance(event, ActionExecuted) or event.action_name == ACTION_LISTEN_NAME:
            continue
        if event.action_name in SMALL_TALK_ACTIONS:
            continue
        return event.action_name in AGE_ANSWERS
    return False


def age_correction_step(
    events: list, intent: str | None, text: str, loop: str | None
) -> str | None:
    """ "sorry I meant he's 18 not 20" right after the age check's answer: the check again."""
    if loop or intent in SAFETY_INTENTS or not age_check_answered_lately(events):
        return None
    if read_age_correction(text) is None:
        return None
    return next_in_sequence(events, [AGE_CORRECTION])


def _word_for_word_again(events: list) -> bool:
    """The person sent the same words again: the same answer is right."""
    users = [event for event in events if isinstance(event, UserUttered)]
    if len(users) < 2:
        return False
    return (users[-1].text or "").strip().lower() == (users[-2].text or "").strip().lower()


def loop_ended_by_answer(events: list) -> str | None:
    """The form that was active at the latest user message when an action since then ended
    it (the direct answer's own action_deactivate_loop); None otherwise."""
    index = _last_user_index(events)
    if index is None:
        return None
    since = events[index + 1 :]
    if not any(isinstance(e, ActionExecuted) and e.action_name == DEACTIVATE_LOOP for e in since):
        return None
    loops = [event.name for event in events[:index] if isinstance(event, ActiveLoop)]
    return loops[-1] if loops else None


def requested_at_message(events: list) -> str | None:
    """The slot the form was asking for when the latest user message came (a direct answer
    that ended the form since then has cleared `requested_slot`)."""
    index = _last_user_index(events)
    for event in reversed(events[: index or 0]):
        if isinstance(event, SlotSet) and event.key == "requested_slot":
            return event.value
    return None


def pressed_after_typing(events: list) -> bool:
    """The latest message is a button's payload and the one before it was typed."""
    users = [event for event in events if isinstance(event, UserUttered)]
    return (
        len(users) > 1
        and (users[-1].text or "").startswith("/")
        and not (users[-2].text or "").startswith("/")
    )


def previous_turn_texts(events: list) -> list[str]:
    """The bot's texts between the user message before the latest one and the latest one."""
    users = [index for index, event in enumerate(events) if isinstance(event, UserUttered)]
    if len(users) < 2:
        return []
    return [
        event.text or ""
        for event in events[users[-2] + 1 : users[-1]]
        if isinstance(event, BotUttered)
    ]


def _actions_and_replies(events: list) -> list[str]:
    """The actions before the latest message, then the responses the bot sent (a custom action's
    responses, such as the eligibility outcome's, are not actions of their own)."""
    return [*earlier_actions(events), *(name for turn in replies_by_turn(events) for name in turn)]


YOUTH_ASKED_NEXT = "utter_youth_asked_next"
YOUTH_ASKED_NEXT_AUTHORITY = "utter_youth_asked_next_authority"


def youth_next_after_age_check(events: list) -> str | None:
    """ "I'm 15 and my teacher asked for nudes": after the age check's rule, in the same turn,
    what to do next (Cybertip, a safe adult, Kids Help Phone)."""
    since = actions_since_last_user(events)
    if since is None:
        return None
    nexts = {YOUTH_ASKED_NEXT, YOUTH_ASKED_NEXT_AUTHORITY}
    if len(since) > 1 and since[-1] in nexts and since[-2] in AGE_ANSWERS:
        return ACTION_LISTEN_NAME
    if not since or since[-1] not in AGE_ANSWERS or nexts & set(since):
        return None
    if nexts & set(previous_turn_actions(events)):
        return None  # given the turn before (round 12: a young writer asked, then the age check)
    texts = [event.text or "" for event in events if isinstance(event, UserUttered)][-3:]
    # Round 45 p31: "a guy asked me for pics", then "im 13 he is 18 i sent some".
    if not any(hf.youth_asked_in(text) or asked_for_pictures_only(text) for text in texts):
        return None
    # A boss, teacher or coach asking (round 19 p14): no "block them" as the step.
    if any(names_position_of_trust(text) for text in texts):
        return YOUTH_ASKED_NEXT_AUTHORITY
    return YOUTH_ASKED_NEXT


def _danger_check_in(tracker: DialogueStateTracker) -> bool:
    """The latest message matched a possible-danger pattern of content/safety.yml ("scared he'll
    come", "he won't leave"), not weakened by a figure of speech, a joke or reported words."""
    latest = tracker.latest_message
    check_in = ((latest.parse_data or {}).get(CHECK_IN_KEY) if latest else None) or {}
    return check_in.get("intent") == IMMEDIATE_DANGER and check_in.get("reason") == AMBIGUOUS


def _follow_up_reading(
    kind: str | None, read: str | None, replaces, intent: str | None, loop: str | None
) -> str | None:
    """A follow-up reader's kind over the one so far: outside forms, never on crisis, danger or
    the KEEP intents, and only over no kind or one of the reader's `replaces`."""
    if read and intent not in SAFETY_INTENTS | KEEP and not loop:
        if kind is None or kind in replaces:
            return read
    return kind


def direct_answer_kind(events: list) -> str | None:
    index = _last_user_index(events)
    if index is None:
        return None
    return (events[index].parse_data or {}).get(DIRECT_ANSWER_KEY)


# A crisis or danger said again right after its answer: the same lines in other words, with
# the buttons, never the same two blocks again (round 11, p17). Static: no action server needed.
CRISIS_AGAIN = {
    "utter_crisis": "utter_crisis_again",
    "utter_immediate_danger": "utter_immediate_danger_again",
}


def crisis_said_again(sequence: list[str], previous: list[str]) -> list[str]:
    """`sequence` with its crisis reply in other words when the turn before sent it."""
    if not sequence or sequence[0] not in CRISIS_AGAIN or sequence[0] not in previous:
        return sequence
    return [CRISIS_AGAIN[sequence[0]]]


# Round 15 (p52): a writer under 18 in crisis gets Kids Help Phone's text line in the crisis turn
# itself (static, like the crisis reply), never twice in a row.
YOUTH_TEXT_LINE = "utter_crisis_youth"
YOUTH_TEXT_AFTER = frozenset({"utter_crisis", "utter_crisis_again", "utter_help_now"})


def with_youth_text_line(sequence: list[str], events: list) -> list[str]:
    """`sequence` with Kids Help Phone's text line after its first reply when the writer said
    they are under 18 and the turn before did not send it."""
    if not sequence or sequence[0] not in YOUTH_TEXT_AFTER:
        return sequence
    if YOUTH_TEXT_LINE in previous_turn_actions(events):
        return sequence
    texts = [event.text or "" for event in events if isinstance(event, UserUttered)]
    if not route_form_gate.young_now(texts):
        return sequence
    return [sequence[0], YOUTH_TEXT_LINE, *sequence[1:]]


def next_interrupt_action(events: list, interrupts: dict[str, list[str]]) -> str | None:
    """The next action of the interrupt sequence for the latest user message, if any.

    `events` are the tracker's events. Returns None when the latest intent is not an
    interrupt, or when the actions since it are not a prefix of its sequence.
    """
    last_user_index = None
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            last_user_index = index
            break
    if last_user_index is None:
        return None
    intent: str = (events[last_user_index].intent or {}).get("name") or ""
    previous = previous_turn_actions(events)
    # Round 41 p17: "she keeps saying she wants to die" read as the writer's crisis: the lines
    # for her, and what the helper can do (assistant/crisis_for_others.py).
    sequence = crisis_for_others.crisis_sequence(
        interrupts.get(intent) or [], events[last_user_index].text or "", previous
    )
    sequence = crisis_said_again(sequence, previous)
    if not sequence:
        return None
    sequence = with_youth_text_line(sequence, events)
    done = [
        event.action_name
        for event in events[last_user_index + 1 :]
        if isinstance(event, ActionExecuted) and event.action_name != ACTION_LISTEN_NAME
    ]
    if done != sequence[: len(done)]:
        return None
    return sequence[len(done)] if len(done) < len(sequence) else ACTION_LISTEN_NAME


FAILED_ACTION_RESPONSE = "utter_action_failed"
NOT_COVERED_ACTION = "action_not_covered"
# The honest "doesn't say" answers the retriever may replace (answer_retriever.py).
RETRIEVER_KINDS = frozenset(
    {
        question_coverage.NOT_COVERED,
        question_fallback.QUESTION_FALLBACK,
        question_fallback.QUESTION_FALLBACK_OUTSIDE_BC,
    }
)
# Custom actions that say nothing by design when there is nothing to add: silence is no failure
# (session 18, round 18: "Sorry, something went wrong" after a part already said back).
MAY_STAY_SILENT = frozenset({question_parts.PART_NOT_COVERED})
# A custom action with a static answer of its own to stand in for it when it fails.
STATIC_STAND_INS = {
    "action_suggest_topics": "utter_fallback",
    question_fallback.ACTION: question_fallback.STATIC_STAND_IN,
}
CHECK_IN_ACTION = "utter_crisis_checkin"
AFTER_CHECK_IN = "after check-in"


def _last_user_index(events: list) -> int | None:
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            return index
    return None


def actions_since_last_user(
    events: list, ignored: tuple[str, ...] = (ACTION_LISTEN_NAME,)
) -> list[str] | None:
    """The actions run since the latest user message, without `ignored`; None before any."""
    index = _last_user_index(events)
    if index is None:
        return None
    return [
        event.action_name
        for event in events[index + 1 :]
        if isinstance(event, ActionExecuted) and event.action_name not in ignored
    ]


DELETE_ASKED = "utter_ask_delete_conversation"
DELETE_DONE = "utter_conversation_deleted"
DELETE_YES = frozenset({"affirm", "delete_conversation"})
DELETE_NO = "deny"


def deletion_step(events: list, loop: str | None = None, re_ask: str | None = None) -> str | None:
    """The deletion's next step, also while a form waits for its own question's answer (the
    form must not take the yes, nor hang its question on the deletion's):
    - "delete this chat" inside a form (`loop`): the deletion question alone, then listening;
    - after it, a yes (or "delete it") deletes (simulated users round 6); a no inside a form
      says nothing was deleted, then the form's question (`re_ask`);
    - "is it gone?" / "did you delete it??" right after the deletion, or as the first message
      of the fresh conversation that follows it: a plain yes (assistant/deletion_followups.py).
    None otherwise (the rules answer)."""
    users = [index for index, event in enumerate(events) if isinstance(event, UserUttered)]
    if not users:
        return None
    latest = events[users[-1]]
    intent = (latest.intent or {}).get("name")
    before = events[users[-2] + 1 : users[-1]] if len(users) > 1 else []
    ran_before = {e.action_name for e in before if isinstance(e, ActionExecuted)}
    done = actions_since_last_user(events) or []
    text = latest.text or ""
    if deleted_follow_up(text, intent, DELETE_DONE in ran_before, len(users) == 1):
        return _step([CONFIRMED, *after_deletion(text)], done)
    asked = bool(ran_before & {DELETE_ASKED, NOT_YET})
    # Round 15 (p13): "yes. but will it still show on my phone?" deletes, then answers; "did you
    # delete it??" before any yes says not yet and asks again (nothing is deleted without a yes).
    if asked and intent not in SAFETY_INTENTS and yes_with_more(text):
        return _step([DELETE_DONE, *after_deletion(text)], done)
    if asked and intent not in SAFETY_INTENTS and asks_if_already_deleted(text):
        return _step([NOT_YET], done)
    if asked and intent in DELETE_YES:
        return _step([DELETE_DONE], done)
    # Round 12 (other_sense.py): "yes" to the offer to delete this chat asks the deletion's
    # question; "can I delete the chat" after telling of messages with the person who did it
    # is that chat: evidence, not this conversation.
    if other_sense.accepts_deletion_offer(intent, ran_before):
        return _step([DELETE_ASKED], done)
    users_before = [events[index] for index in users[:-1]]
    if other_sense.means_other_chat(
        latest.text or "",
        intent,
        [user.text or "" for user in users_before],
        [
            (user.parse_data or {}).get(DIRECT_ANSWER_KEY) or (user.intent or {}).get("name")
            for user in users_before
        ],
    ):
        answer = other_sense.ANSWERS[other_sense.OTHER_CHAT]
        return _step([*answer, re_ask] if loop and re_ask else answer, done)
    if not loop:
        return None
    if DELETE_ASKED in ran_before and intent == DELETE_NO:
        return _step([KEPT_IN_FORM, re_ask] if re_ask else [KEPT_IN_FORM], done)
    if intent == "delete_conversation" and DELETE_ASKED not in ran_before:
        return _step([DELETE_ASKED], done)
    return None


def _step(sequence: list[str], done: list[str]) -> str | None:
    """The next action of `sequence` after `done`, action_listen at its end; None off it."""
    if done != sequence[: len(done)]:
        return None
    return sequence[len(done)] if len(done) < len(sequence) else ACTION_LISTEN_NAME


def check_in_step(events: list) -> str | None:
    """`utter_crisis_checkin` when the latest user message is marked as a possible crisis and
    the check-in has not run yet; AFTER_CHECK_IN once it has; None for other messages."""
    index = _last_user_index(events)
    if index is None or not (events[index].parse_data or {}).get(CHECK_IN_KEY):
        return None
    ran = any(
        isinstance(event, ActionExecuted) and event.action_name in CHECK_INS
        for event in events[index + 1 :]
    )
    return AFTER_CHECK_IN if ran else CHECK_IN_ACTION


def without_check_ins(events: list) -> list:
    """The events as if no check-in had been said (what the rules were written for)."""
    return [
        event
        for event in events
        if not (isinstance(event, ActionExecuted) and event.action_name in CHECK_INS)
        and not (
            isinstance(event, BotUttered)
            and (event.metadata or {}).get("utter_action") in CHECK_INS
        )
    ]


def failed_action_reply(events: list, custom_actions: set[str]) -> str | None:
    """`utter_action_failed` (or the action's static stand-in) when the latest event is a
    custom action that left no events (Rasa drops the events of an action that raised) and
    nothing was said since the user."""
    if not events or not isinstance(events[-1], ActionExecuted):
        return None
    if events[-1].action_name not in custom_actions:
        return None
    if events[-1].action_name in MAY_STAY_SILENT:
        return None
    reply = STATIC_STAND_INS.get(events[-1].action_name, FAILED_ACTION_RESPONSE)
    for event in reversed(events[:-1]):
        if isinstance(event, UserUttered):
            return reply
        if isinstance(event, BotUttered) and event.metadata.get("utter_action") == (
            FAILED_ACTION_RESPONSE
        ):
            return None
    return reply


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class InterruptPolicy(RulePolicy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            **RulePolicy.get_default_config(),
            "priority": 7,
            "interrupts": DEFAULT_INTERRUPTS,
            "direct_answers": DEFAULT_DIRECT_ANSWERS,
            # The RulePolicy itself checks the rules and predicts the fallback; this one
            # only replays the rules after a check-in.
            "enable_fallback_prediction": False,
            "check_for_contradictions": False,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, **kwargs)
        self.interrupts: dict[str, list[str]] = config.get("interrupts") or DEFAULT_INTERRUPTS
        self.direct_answers: dict[str, list[str]] = (
            config.get("direct_answers") or DEFAULT_DIRECT_ANSWERS
        )
        self._custom_actions_by_domain: tuple[Domain, set[str]] | None = None

    def _custom_actions(self, domain: Domain) -> set[str]:
        """Custom actions and forms (the ones that can fail), computed once per domain:
        prediction runs several times per message. Domain.user_actions lists responses too."""
        if (
            self._custom_actions_by_domain is None
            or self._custom_actions_by_domain[0] is not domain
        ):
            names = {
                name for name in domain.user_actions_and_forms if not name.startswith("utter_")
            }
            self._custom_actions_by_domain = (domain, names)
        return self._custom_actions_by_domain[1]

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        sequences = [
            *self.interrupts.values(),
            *self.direct_answers.values(),
            *FOLLOW_UPS.values(),
            *AGAIN.values(),
            *asked_next.SHORT_AGAIN.values(),
            *([a] for a in said_again.ANSWERS),
            *([a] for a in practical_next.ANSWERS),
            *([a] for a in explored_kinds.ANSWERS),
            *([a] for a in helper_role.ANSWERS),
            *([a] for a in place_questions.ANSWERS),
            *([a] for a in removal_tools.ANSWERS),
            *([a] for a in answers22.ANSWERS),
            *([a] for a in parts23.ANSWERS),
            *([a] for a in neighbours23.ACTIONS),
            *([a] for a in roles23.ANSWERS),
            *([a] for a in asks23.ANSWERS),
            *([a] for a in asks25.ANSWERS),
            *([a] for a in limits25.ANSWERS),
            *([a] for a in stock27.ANSWERS),
            *([a] for a in stock28.ANSWERS),
            *([a] for a in deadends31.ANSWERS),
            *([a] for a in repeat25.ANSWERS),
            *([a] for a in who25.ANSWERS),
            *([a] for a in threat27.ANSWERS),
            *([a] for a in who27.ANSWERS),
            *([a] for a in roles28.ANSWERS),
            *([a] for a in plain27.ANSWERS),
            *([a] for a in reasks.ANSWERS),
            reasks.REMOVAL_NO_PHONE_SEQUENCE,
            ROUTES_AGAIN,
            [SAID_ABOVE],
            [CHECK_IN_ACTION],
            [HELPER_CHECK_IN],
            [YOUTH_ASKED_NEXT],
        ]
        missing = [
            action
            for sequence in sequences
            for action in sequence
            if action not in domain.action_names_or_texts
        ]
        if missing:
            raise ValueError(f"InterruptPolicy: actions not in the domain: {missing}")
        return super().train(training_trackers, domain, **kwargs)

    def _forced(self, action: str, domain: Domain, events: list | None = None) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities, events=events, is_no_user_prediction=True)

    @staticmethod
    def _resume_events(tracker: DialogueStateTracker, action: str) -> list:
        """When `action` asks the active form's question again: whether in its short words
        (assistant/form_resume.py), set on the slot its response reads."""
        questions = question_names(tracker.active_loop_name, tracker.get_slot("requested_slot"))
        if action not in questions or RESUMED_SLOT not in tracker.slots:
            return []
        said = [
            ("user", None)
            if isinstance(event, UserUttered)
            else ("bot", (event.metadata or {}).get("utter_action"))
            for event in tracker.events
            if isinstance(event, (UserUttered, BotUttered))
        ]
        short_last = bool(tracker.get_slot(RESUMED_SLOT))
        brief = resume_briefly(last_response_before_user(said), questions, short_last)
        return [SlotSet(RESUMED_SLOT, brief)]

    def _direct_answer(
        self, tracker: DialogueStateTracker, events: list, domain: Domain
    ) -> str | None:
        """The next action of the direct answer to the latest message, if it has one."""
        latest = tracker.latest_message
        ctx = MessageContext(tracker, events, lambda name: _response_text(domain, name))
        correction = age_correction_step(
            events,
            (latest.intent or {}).get("name") if latest else None,
            ctx.text,
            tracker.active_loop_name,
        )
        if correction:
            return correction
        youth_next = youth_next_after_age_check(events)
        if youth_next:
            return youth_next
        intent = (latest.intent or {}).get("name") if latest else None
        if intent not in SAFETY_INTENTS:
            # After the crisis answer, distress said again: stay with the person.
            stay = after_crisis.stay_kind(ctx.text, ctx.replies)
            if stay:
                staying = without_repeats(self.direct_answers.get(stay, []), ctx.previous, stay)
                return next_in_sequence(events, staying)
            if after_crisis.text_asked_after_crisis(ctx.text, ctx.replies):
                return next_in_sequence(events, self.direct_answers.get(TEXT_A_LINE, []))
            # The follow-up readers with a sequence of their own, first that answers wins
            # (follow_up_readers.py: the order and why).
            if not tracker.active_loop_name and latest is not None:
                sequence = follow_up_readers.first_sequence(ctx)
                if sequence:
                    # Round 74: each other question whose answer stands alone is answered too.
                    sequence = second_questions.with_second_questions(
                        sequence, ctx, self._piece_kind(ctx), self._piece_answer(ctx)
                    )
                    return next_in_sequence(events, sequence)
            if tracker.active_loop_name and latest is not None:
                # Rounds 47-48: a plain question inside a form is answered, then the form asks
                # its question again, or ends when the answer is the check's outcome.
                found = follow_up_readers.in_form_answer(ctx)
                if found:
                    answer, ends = found
                    loop = tracker.active_loop_name
                    re_ask = form_question(loop, tracker.get_slot("requested_slot"), domain)
                    last = DEACTIVATE_LOOP if ends or not re_ask else re_ask
                    return next_in_sequence(events, [*answer, last])
        # "it's me, not a friend" after a helper's answer: the person's own answer.
        own = own_case.own_kind_in_context(
            direct_answer_kind(events),
            ctx.text,
            ctx.earlier_topics,
            ctx.earlier,
            intent,
        )
        # Who is writing (a helper, a young person) is known from the messages before.
        kind = answer_kind_in_context(
            direct_answer_kind(events),
            (latest.intent or {}).get("name") if latest else None,
            ctx.text,
            ctx.earlier_topics,
            ctx.earlier,
            ctx.is_minor,
        )
        if own in own_case.KINDS:
            kind = own
        if kind == helper_reading.HELPER_TALK and "utter_helper_talk" in ctx.previous:
            # Its answer was added beside another question the turn before (second_questions):
            # asked again, the short "what to say" line, never "my answer above".
            kind = helper_reading.HELPER_TALK_AGAIN
        # "anything in the Yukon?" from someone outside B.C. (assistant/short_followups.py)
        kind = short_followups.kind_in_context(
            kind,
            intent,
            ctx.text,
            ctx.earlier,
            ctx.lives_in_bc,
            ctx.previous,
        )
        kind = fear_reading.fear_in_context(
            kind,
            ctx.text,
            previous_turn_actions(list(tracker.events)),  # check-ins included
            _danger_check_in(tracker),
            bool(tracker.active_loop_name or loop_ended_by_answer(events)),
        )
        # A worker who said so earlier: eligibility asked is the criteria (staff_reading.py).
        kind = staff_reading.staff_kind_in_context(kind, intent, ctx.text, ctx.earlier)
        helping = bool(set(ctx.earlier_topics[-6:]) & (MINOR_TOPICS | ADULT_TOPICS))
        kind = writer_framing.helper_kind_in_context(kind, intent, ctx.text, helping)
        # Round 8: a plain question's own answer over the nearest stock block, the same block
        # again or "doesn't answer that" (assistant/leftover_questions.py).
        plain = leftover_questions.plain_kind(
            ctx.text,
            ctx.earlier,
            ctx.earlier_actions,
            said_before.home_said(
                ctx.lives_in_bc,
                ctx.earlier,
            )
            == said_before.NO,
        )
        if (
            plain
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
            and (
                kind is None or (plain in leftover_questions.OVERRIDING and kind not in PLAIN_KEEPS)
            )
        ):
            kind = plain
        text = ctx.text
        earlier = ctx.earlier
        # Session 20: a young writer's own images held, not shared: the under-18 rule and the
        # youth lines, never the adults' tribunal and voyeurism answer (young_held.py).
        kind = young_held.fitted(
            kind,
            [*earlier, text],
            ctx.is_minor,
        )
        # Round 10: a specific follow-up's own answer over "see above", the block before again
        # or a neighbour's (assistant/asked_next.py); never over crisis, a form or the keeps.
        home_not_bc = (
            said_before.home_said(
                ctx.lives_in_bc,
                earlier,
            )
            == said_before.NO
        )
        kind = _follow_up_reading(
            kind,
            asked_next.asked_kind(text, earlier, home_not_bc, intent),
            asked_next.REPLACES,
            intent,
            tracker.active_loop_name,
        )
        # Round 11: a follow-up question's own answer over the fallback, "see above" or the
        # block before (assistant/unanswered.py); the same conditions.
        minor = writer_is_minor([*earlier, text], ctx.is_minor)
        kind = _follow_up_reading(
            kind,
            unanswered.unanswered_kind(text, earlier, minor, intent),
            unanswered.REPLACES,
            intent,
            tracker.active_loop_name,
        )
        # Round 12: a statement or question mid-conversation that fell to the fallback or
        # "anything else?" (assistant/statements.py); the same conditions.
        statement = statements.statement_kind(
            text, intent, earlier, _actions_and_replies(events), home_not_bc
        )
        kind = _follow_up_reading(
            kind, statement, statements.replaces(statement), intent, tracker.active_loop_name
        )
        # Round 12: "how long until I talk to the lawyer?" after the steps, income after who
        # qualifies (said_above_gate.py); the tribunal's cost (other_sense.py).
        previous = ctx.previous
        kind = _follow_up_reading(
            kind,
            said_above_gate.follow_up_kind(text, previous, intent),
            said_above_gate.REPLACES,
            intent,
            tracker.active_loop_name,
        )
        # Session 15: "how long does that take" / "do I need a lawyer for that" right after the
        # tribunal's answer are the tribunal's too (other_sense.py).
        kind = _follow_up_reading(
            kind,
            other_sense.tribunal_follow_up_kind(text, previous, intent, SAFETY_INTENTS | KEEP),
            other_sense.REPLACES,
            intent,
            tracker.active_loop_name,
        )
        # Round 12: the age said after the answer with both branches; "what can she do?" after
        # the answer for an adult asked for images (assistant/helper_cases.py).
        kind = helper_cases.kind_in_context(
            kind, intent, text, ctx.earlier_topics, tracker.active_loop_name
        )
        # Round 13: "is he going to be charged?" after someone else shared: the sharer's case,
        # never the victim's "you are not in trouble" (sharer_charged.py).
        # Round 17 (p22): a helped child's trouble is replaced too when the partner who shared
        # is named in the question ("the bf is 17 so is he gonna get in trouble").
        charged = sharer_charged.sharer_charged_kind(text, ctx.earlier)
        kind = _follow_up_reading(
            kind,
            charged,
            SHARER_CHARGED_REPLACES
            | (
                {sources.CHILD_IN_TROUBLE}
                if charged and sharer_charged.names_the_partner(text)
                else frozenset()
            ),
            intent,
            tracker.active_loop_name,
        )
        # Round 13: a question that got a neighbouring answer, the same block again or "doesn't
        # answer that" (skipped_questions.py): its own answer. Round 14: fitted to who is
        # writing (dropped_halves.Writer).
        writer = self._writer(tracker, events, text)
        kind = _follow_up_reading(
            kind,
            skipped_questions.skipped_kind(text, ctx.earlier, writer),
            skipped_questions.REPLACES,
            intent,
            tracker.active_loop_name,
        )
        # Round 13: the answer fitted to who is writing (person_fit.py). Its readers are narrow
        # (a recipient's "am I in trouble", "should I tell our parents" for a child, reporting
        # against an adult's wishes, "can my sister call for me"), so they win over the kind so
        # far; never on crisis, danger or the KEEP intents, never in a form.
        said = [*ctx.earlier, text]
        slot = ctx.is_minor
        fitted = person_fit.person_kind(
            text,
            ctx.earlier,
            intent,
            kind,
            route_form_gate.young_now(said, slot),
            writer_is_adult(said, slot),
            ctx.earlier_actions,
        )
        if fitted and intent not in SAFETY_INTENTS | KEEP and not tracker.active_loop_name:
            kind = fitted
        # Round 13: plain messages that fell to the fallback or a keyword's topic (misreads.py).
        misread = misreads.misread_kind(text, earlier, minor, ctx.previous, intent, gate=True)
        kind = _follow_up_reading(
            kind, misread, misreads.replaces(misread), intent, tracker.active_loop_name
        )
        # Round 14: a plain question whose answer the sources hold, which fell to the fallback,
        # "I'd rather not guess" or "see above" (answer_on_hand.py); the same conditions.
        kind = _follow_up_reading(
            kind,
            answer_on_hand.on_hand_kind(text, earlier, ctx.replies, previous_turn_texts(events)),
            answer_on_hand.REPLACES,
            intent,
            tracker.active_loop_name,
        )
        # Round 15: specific legal follow-ups (the tribunal when the person is unknown, a fee for
        # damages, a minor filing, the 2026 bill, the IIPS's languages, ...: legal_follow_ups.py).
        # Narrow, so they win over the kind so far; never on crisis, danger, the KEEP intents or
        # in a form.
        legal = legal_follow_ups.legal_kind(text, earlier, ctx.replies)
        if legal and intent not in SAFETY_INTENTS | KEEP and not tracker.active_loop_name:
            kind = legal
        # Round 14: "if I report will he find out it was me?", "will this get my parents
        # involved?": who is told by each route (who_finds_out.py). Narrow, so it wins over the
        # kind so far, except the helpline's own answer about parents.
        told = who_finds_out.who_finds_out_kind(text, earlier)
        if told in who_finds_out.PARENTS_KINDS and (
            writer_is_adult(said, slot)
            # Round 41 p21: "does my family find out?" with no age said: "family" is no young
            # person's parents (a parent's word or an age under 18 keeps the parents' answer).
            or (
                who_finds_out.family_not_parents(text) and not route_form_gate.young_now(said, slot)
            )
        ):
            # "does my family find out", from a 23-year-old: who else is told, not a young
            # person's parents (round 38 p26).
            told = who_finds_out.OTHERS_ANY
        if (
            told
            and kind != PARENTS_TOLD
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = told
        # Session 17: the other person got round a block (contact_again.py); whether the free
        # lawyer goes to the police (lawyer_reports.py); photos that are not intimate
        # (ordinary_photos.py); how to find out who did it (who_did_it.py); a young person's
        # helper acting against their wishes (minor_against_wishes.py); the one who shared asking
        # for someone to talk to (sharer_support.py). Narrow, so they win over the kind so far.
        if intent not in SAFETY_INTENTS | KEEP and not tracker.active_loop_name:
            kind = (
                lawyer_reports.lawyer_reports_kind(text)
                or ordinary_photos.ordinary_photos_kind(text)
                or contact_again.contact_again_kind(text, route_form_gate.young_now(said, slot))
                or contact_again.blocked_told_kind(text)
                or who_did_it.who_did_it_kind(text)
                or minor_against_wishes.minor_against_wishes_kind(text, ctx.earlier)
                or sharer_support.sharer_talk_kind(
                    text, ctx.earlier, route_form_gate.young_now(said, slot)
                )
                or kind
            )
        # Round 15 (session 16): one first step asked for, "too much, simple please", and plain
        # questions that got the route list or the fallback (safety_followups.py). Narrow, so
        # it wins over the kind so far, except the answers to fear for one's safety.
        safety_kind = safety_followups.safety_followup_kind(
            text,
            ctx.earlier,
            route_form_gate.young_now(said, slot),
            ctx.image_situation,
        )
        if (
            safety_kind
            and kind not in fear_reading.KINDS
            and (kind is None or safety_kind not in safety_followups.YIELDS)
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = safety_kind
        # Round 15: who is writing (the one who shared, the sharer's family, someone acting for a
        # person who died, a young victim, a child's helper), read from the whole conversation
        # and kept; narrow questions for that role win over the kind so far (writer_role.py).
        role = writer_role.reading(text, earlier, ctx.earlier_actions, kind)
        if (
            role
            and kind not in fear_reading.KINDS
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = role
        # Round 17 (session 18): someone helping another person, kept: "does she qualify?" and
        # removal are answered about the person helped, not as the victim (role_kept.py).
        helper = role_kept.helper_kind(
            text,
            earlier,
            intent,
            ctx.image_situation,
        )
        if (
            helper
            and not role
            and kind not in fear_reading.KINDS
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = helper
        # Round 16 (session 17): "is it illegal for ME?" from a young person who sent their own
        # picture, a lawyer of one's own already, images held (delete them? the free lawyer?),
        # meeting the lawyer by video (legal_asks.py). Narrow, so they win over the kind so far.
        asked = legal_asks.legal_ask_kind(
            text,
            earlier,
            ctx.replies,
            route_form_gate.young_now(said, slot),
            writer_role.writer_role([*earlier, text]),
        )
        if (
            asked
            and kind not in fear_reading.KINDS
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = asked
        kind = self._route_form_kind(tracker, events, kind, intent)
        # Round 15 (session 16): a move to B.C. still to come, images only held, a hidden camera,
        # a threat to stop today (also inside forms, which they end); a young writer's "am I in
        # trouble?", which police when people live in different places, the police asked from
        # outside B.C., "if they say no" after the pilot dates (assistant/form_followups.py).
        if intent not in SAFETY_INTENTS | KEEP and kind not in PLAIN_KEEPS:
            forms_read = form_followups.forms_kind(
                text,
                earlier,
                kind,
                ctx.previous,
                home_not_bc,
                route_form_gate.young_now(said, slot),
                tracker.active_loop_name,
                FORMS_IN_TROUBLE,
                kind in FORMS_POLICE or (kind is None and intent in FORMS_POLICE_INTENTS),
            )
            if forms_read and (
                kind is None or kind in FORMS_REPLACES or forms_read in FORMS_NARROW
            ):
                kind = forms_read
        # Round 16 (session 17): practical follow-ups that got a nearby block: blocking feared,
        # a camera found, copies torn down, who a tribunal order binds, a foreign site, a child's
        # helper reporting, Cybertip and parents (practical_followups.py). Narrow: they win.
        practical = practical_followups.practical_followup_kind(text, earlier, ctx.replies)
        if (
            practical
            and kind not in PLAIN_KEEPS
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = practical
        # Round 17 (session 18): plain follow-ups that fell to the fallback or a nearby topic:
        # who to tell, the host, a camera's videos posted, money back, police abroad, too late
        # to remove, a police report for the claim, the lawyer and a lease (nearby_followups.py).
        # Narrow: they win, on the same conditions.
        nearby = nearby_followups.nearby_kind(
            text, earlier, ctx.replies, route_form_gate.young_now(said, slot)
        )
        if (
            nearby
            and nearby_followups.may_replace(nearby, kind, self.direct_answers.get(kind or "", []))
            # The same answer read by another reader keeps that reader's sequence and halves.
            and nearby_followups.ANSWERS[nearby][0] not in self.direct_answers.get(kind or "", [])
            and kind not in PLAIN_KEEPS
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = nearby
        # Round 18 (session 19): follow-ups whose subject differs from a nearby stock block's
        # (the other person's name, others charged, calling for someone, office hours, a call
        # back, a helper reporting, sending the video, men too, shown on a phone, police at home
        # outside B.C., "is 3 hours enough"): misread_followups.py. Narrow: they win.
        misread = misread_followups.misread_kind(text, earlier, home_not_bc)
        # "Guys can use this too? <what happened>": the plain yes first, then the answer read
        # (also the hours, or showing on a phone, beside another reader's answer).
        plain_first = misread_followups.yes_first(misread, kind, self.direct_answers)
        if plain_first:
            misread = None
        if (
            misread
            and misread_followups.may_replace(self.direct_answers.get(kind or "", []), misread)
            and kind not in PLAIN_KEEPS
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = misread
        # Round 16 (session 17): plain messages in context, facts said, the best route, first
        # replies (context_followups.py). Never on crisis, danger, the KEEP intents, fear or
        # PLAIN_KEEPS; inside forms only the check's "not sure if he shared them" and the
        # narrow readings.
        if intent not in SAFETY_INTENTS | KEEP and kind not in PLAIN_KEEPS | fear_reading.KINDS:
            at_message = tracker.active_loop_name or loop_ended_by_answer(events)
            situation = ctx.image_situation
            in_context = context_followups.context_kind(
                text,
                earlier,
                kind,
                ctx.previous,
                route_form_gate.young_now(said, slot),
                situation,
                at_message,
                requested_at_message(events) if at_message else None,
                CONTEXT_REPLACES,
                # The threat's answer stays unless pressure (or nothing) was read instead.
                kind not in (None, PRESSURED) or intent == "inform_threatened" and kind is None,
            )
            kind = in_context or kind
        # Reporting with a relationship said: the consent rule; without one, the plain answer.
        kind = sources.report_police_kind(kind, (ctx.text).lower(), ctx.earlier)
        # Round 16 (session 17): who is writing, and about whom: a would-be sharer, a young person
        # asking about the asker's trouble, an adult's helper asking about police, a worker's
        # income question, the damages limit "now" (writer_frames.py). Narrow, so it wins over
        # the kind so far; never on crisis, danger, the KEEP intents, a fear answer or a form.
        framed = writer_frames.frame_kind(text, earlier, ctx.earlier_actions, ctx.previous)
        if (
            framed
            and kind not in fear_reading.KINDS
            and kind not in (form_followups.POLICE_TWO_PLACES, form_followups.POLICE_OUTSIDE_BC)
            and intent not in SAFETY_INTENTS | KEEP
            and not tracker.active_loop_name
        ):
            kind = framed
        # Round 17 (session 18): a young writer who sent a picture or is asked for more (the
        # safety step, not the law), a place that no longer feels safe with no danger now, a
        # helped child's age asked about the service, a breakup told (young_sender.py,
        # unsafe_place.py, helped_age.py, breakup_told.py). Narrow and read last, so they win
        # over the kind so far; never on crisis, danger, the KEEP intents or in a form.
        if (
            tracker.active_loop_name == "age_check_form"
            and intent in {"sextortion", "inform_shared"}
            and young_sender.sent_in_check(text)
        ):
            # Session 18: "what if i already sent one" inside the age check: no blackmail told.
            young = route_form_gate.young_now(said, slot)
            kind = young_sender.YOUNG_SENT if young else young_sender.SENT_TOLD
        if intent not in SAFETY_INTENTS | KEEP and not tracker.active_loop_name:
            young = route_form_gate.young_now(said, slot)
            kind = (
                young_sender.young_sender_kind(text, earlier, young, ctx.previous)
                or unsafe_place.unsafe_place_kind(text, young)
                or helped_age.helped_age_kind(text, earlier)
                or breakup_told.breakup_told_kind(text)
                or kind
            )
        # Round 19 kinds 2 and 8 (session 20): stopping the spread, an under-18 image "even if
        # she says it's fine", taken while unconscious, "does it matter she's my wife", a helped
        # child who may have sent one (spread_consent.py). Narrow, gated on context; they
        # replace only nothing or the stock blocks these used to get.
        if (
            intent not in SAFETY_INTENTS | KEEP
            and kind not in fear_reading.KINDS | PLAIN_KEEPS
            and not tracker.active_loop_name
        ):
            kind = (
                spread_consent.spread_consent_kind(
                    text,
                    earlier,
                    ctx.earlier_actions,
                    next(iter(self.direct_answers.get(kind or "") or []), None) if kind else None,
                    ctx.previous,
                )
                or kind
            )
        clause_reply_forced = None
        # Round 18 (session 19): not knowing who sent it ("can anyone do anything?") and a
        # sextortion deadline ("he gave me 1 hour, what do i do right now"): their own answers,
        # also right after the crisis answer (crisis_followups.py). Narrow and read last; never
        # on crisis, danger, the KEEP intents, a fear answer or in a form.
        if (
            intent not in SAFETY_INTENTS | KEEP
            and kind not in fear_reading.KINDS
            and not tracker.active_loop_name
        ):
            kind = (
                crisis_followups.crisis_followup_kind(
                    text, earlier, route_form_gate.young_now(said, slot), previous
                )
                or kind
            )
            if kind is None and crisis_followups.help_now_misread(intent, text):
                # "is there anyone who can help me get them back?": the runner-up topic's
                # answer, else the question said back, not the 24/7 lines again.
                runner_up = crisis_followups.runner_up_topic(
                    latest.parse_data if latest else None, clause_answers.MAIN_ANSWER
                )
                if runner_up:
                    kind = clause_answers.CLAUSE_TOPICS
                    clause_reply_forced = clause_answers.MAIN_ANSWER[runner_up]
                else:
                    kind = question_fallback.QUESTION_FALLBACK
        # A thank-you at the end: "anything else?" once, then a warm close (closings.py).
        kind = closings.closing_kind(
            kind,
            intent,
            ctx.text,
            ctx.previous,
            ctx.earlier_actions,
            crisis_lines_given(list(tracker.events)),
        )
        if kind is None and latest is not None:
            # A question its topic never covered, when the topic was a guess or is answered
            # already: the honest "doesn't say" (assistant/question_coverage.py).
            kind = question_coverage.not_covered_kind(latest.parse_data, ctx.earlier_topics)
        # Session 16: a message of two or three questions that fell to the fallback or "doesn't
        # answer that": each question's own topic (clause_answers.py).
        clause_reply = clause_reply_forced
        if (
            kind in (None, question_coverage.NOT_COVERED)
            and latest is not None
            and not tracker.active_loop_name
            and intent not in SAFETY_INTENTS
        ):
            clause_reply = clause_answers.clause_sequence(
                latest.parse_data,
                kind == question_coverage.NOT_COVERED
                or intent == question_fallback.FALLBACK_INTENT,
                ctx.previous,
            )
            if clause_reply:
                kind = clause_answers.CLAUSE_TOPICS
        # Session 16: the age check guessed for a question beside the writer's own age ("is it
        # free? im 24"): the runner-up topic's answer (age_form_guard.py).
        if kind is None and latest is not None and not tracker.active_loop_name:
            runner_up = age_form_guard.runner_up_topic(latest.parse_data, latest.text or "")
            if runner_up:
                kind = clause_answers.CLAUSE_TOPICS
                clause_reply = clause_answers.MAIN_ANSWER[runner_up]
            # Session 17: an adult's "my ex has old photos of me", guessed as the age check.
            kind = kind or age_form_guard.held_by_other(latest.parse_data, latest.text or "")
        if kind is None and not tracker.active_loop_name:
            # Session 17: "can i use the bc tribunal?" from someone living outside B.C., when
            # nothing else read it: the tribunal's caveat (outside_bc_context.py).
            kind = outside_bc_context.tribunal_asked_outside_bc(
                intent, text, ctx.earlier, ctx.earlier_topics
            )
        # The writer said they are under 18 now (the is_minor slot left out, as these readers
        # were built).
        young_said = route_form_gate.young_now(said, None)
        if kind is None and intent not in SAFETY_INTENTS | KEEP and not tracker.active_loop_name:
            done = ctx.earlier_actions
            # Session 18: "i didnt pay" right after the sextortion steps: heard, what to keep
            # doing, not the five steps again (not_paid.py).
            kind = not_paid.not_paid_kind(text, done, young_said)
            # Session 19: "i blocked him but he made a new account" after a threat: the steps
            # for the new account, not the evidence log (new_account.py).
            kind = kind or new_account.new_account_kind(text, earlier, done, young_said)
            # Session 18: a helper tells how the person they help feels (feelings.py).
            kind = kind or feelings.helped_feelings_kind(text, earlier)
            # Session 18: an image taken secretly told; "he hasnt sent it" after the answer for
            # shared images (secret_told.py).
            kind = kind or secret_told.secret_told_kind(text, earlier, done, young_said)
        if kind is None and intent not in SAFETY_INTENTS | KEEP and not tracker.active_loop_name:
            # Session 17 (round 17, p29): feelings told with no question, nothing else read:
            # heard, not their fault, someone to talk to (feelings.py).
            kind = feelings.feelings_kind(text, young_said)
        if kind is None and latest is not None and not tracker.active_loop_name:
            # Session 16: a question mid-conversation nothing read: said back honestly, the
            # closest topics, who can answer (question_fallback.py), not "not sure I understood".
            kind = question_fallback.fallback_kind(
                latest.parse_data,
                latest.text or "",
                ctx.earlier,
                home_not_bc,
                bool((latest.parse_data or {}).get(CHECK_IN_KEY)),
                crisis_answer_given(list(tracker.events)),
            )
        if (
            (kind is None or kind in RETRIEVER_KINDS or kind in coverage_answers.REPLACES)
            and latest is not None
            and not tracker.active_loop_name
            and intent not in SAFETY_INTENTS | KEEP
        ):
            # Round 18: a question the sources answer that nothing else read or that got "I'd
            # rather not guess": who may be on the call, help with a tribunal claim, toll-free
            # numbers (coverage_answers.py). The tribunal's orders only in place of "doesn't say"
            # (the topic's own readers know held, outside-B.C. and older cases).
            kind = (
                coverage_answers.coverage_kind(
                    text,
                    route_form_gate.young_now(said, None),
                    ctx.earlier_actions,
                    honest_answer=kind in RETRIEVER_KINDS,
                    replacing=kind if kind in coverage_answers.REPLACES else None,
                )
                or kind
            )
        retrieved = None
        if (
            kind in RETRIEVER_KINDS
            and latest is not None
            and not tracker.active_loop_name
            and intent not in SAFETY_INTENTS
        ):
            # Round 18: before "I'd rather not guess", a block the bot already has that clearly
            # answers the question, never one sent before (answer_retriever.py).
            retrieved = answer_retriever.retrieved_answer(
                text, ctx.earlier_actions, domain.responses
            )
            if retrieved:
                kind = coverage_answers.RETRIEVED
        # The check-in counts as crisis lines given (`events` here leave check-ins out).
        if kind in AFTER_CRISIS_ONLY and not crisis_lines_given(list(tracker.events)):
            return None
        if tracker.active_loop_name and latest is not None and intent not in SAFETY_INTENTS:
            # Round 19 kind 8 (session 20): a question typed at the form's question is answered,
            # and the form still reads what answers it (spread_consent.py).
            kind = spread_consent.form_side_kind(text, kind, earlier, ctx.earlier_actions) or kind
            # Round 21 (followups22, p17 T2): "can I sue him or not" inside the eligibility
            # check, the sharing told: the tribunal's claim, and the check still reads it.
            if tracker.active_loop_name == "eligibility_form" and followups22.sue_in_form(
                text, earlier
            ):
                kind = followups22.SUE_IN_FORM_KIND
            # Round 23 (asks23, p24): "my question was about income" inside the check.
            if tracker.active_loop_name == "eligibility_form" and (
                asks23.income_in_form(text) or limits25.income_in_form(text)
            ):
                kind = asks23.INCOME_IN_FORM_KIND
        # A direct answer that ended the form is still the answer given inside it.
        loop = tracker.active_loop_name or loop_ended_by_answer(events)
        requested = tracker.get_slot("requested_slot")
        re_ask = form_question(loop, requested, domain) if loop else None
        if loop and form_reads_it(kind, requested, tracker.latest_message.text or ""):
            return None
        answers = self.direct_answers
        if kind == FOLLOW_UP:  # the next step of the topic before it, if it has one
            answers = {FOLLOW_UP: follow_up_answer(ctx.earlier_topics) or []}
        if kind == clause_answers.CLAUSE_TOPICS and clause_reply:
            answers = {**answers, kind: clause_reply}
        if kind == coverage_answers.RETRIEVED and retrieved:
            answers = {**answers, kind: retrieved}
        if plain_first and kind:  # round 18 (session 19): the plain yes before the answer read
            answers = {**answers, kind: [plain_first, *answers.get(kind, [])]}
        fitted_on_hand = answer_on_hand.sequence_for(kind, [*ctx.earlier, text])
        if kind and fitted_on_hand:  # work named beside a secret image: HR's part said too
            answers = {**answers, kind: fitted_on_hand}
        fitted_legal = legal_follow_ups.sequence_for(kind, text)
        if kind and fitted_legal:  # an interpreter beside the lawyer's scope; French and 9-8-8
            answers = {**answers, kind: fitted_legal}
        # Round 11: the second half of a two-part question, answered in the same turn; round
        # 14: every half, fitted to who is writing, and a rules' topic (the removal question)
        # with a half gets both here (dropped_halves.py).
        topic = None
        if kind is None and intent in dropped_halves.TOPIC_ANSWERS and latest is not None:
            topic = intent
            topic_reply = dropped_halves.topic_answer(topic, writer, ctx.previous)
            answers = {**answers, topic: topic_reply}
            if topic_reply != dropped_halves.topic_answer(topic, writer):
                kind = topic  # asked again right after a half gave it: the next step
        if (
            (kind or topic)
            and not tracker.active_loop_name
            and intent not in SAFETY_INTENTS
            and kind not in form_followups.NO_HALVES
            and kind not in legal_follow_ups.NO_HALVES
            and kind not in writer_frames.NO_HALVES
            and kind not in legal_asks.NO_HALVES
            and kind not in context_followups.NO_HALVES
            and kind not in nearby_followups.NO_HALVES
            and kind not in misread_followups.NO_HALVES
            and kind not in spread_consent.NO_HALVES
            and kind not in coverage_answers.NO_HALVES
            and kind != MORE_QUESTION  # "one more question" has no half to answer
        ):
            base = answers.get(kind or topic or "")
            if kind and base and base[0] in ctx.previous:
                base = AGAIN.get(kind, base)
            both = unanswered.second_half(
                ctx.text,
                kind or topic,
                base,
                ctx.earlier_topics[-3:],
                said_before.home_said(
                    ctx.lives_in_bc,
                    ctx.earlier,
                )
                == said_before.NO,
                writer,
            )
            if both and kind == question_coverage.NOT_COVERED and text.count("?") <= 1:
                # One question, and a half's answer answers it: that answer alone, never "doesn't
                # answer that" before it in the same turn (round 15, p34).
                both = [step for step in both if step not in (base or [])] or both
            if both and kind in practical_followups.KINDS:  # "take it down" said of a camera
                both = practical_followups.without_removal(both)
            if both:
                kind = kind or topic or ""
                answers = {**answers, kind: both}
        read = bool(tracker.active_loop_name and latest) and statement_answers(
            loop, requested, intent or "", ctx.text
        )
        sequence = direct_answer_sequence(kind, answers, loop, re_ask, requested, read)
        if sequence:  # Round 13: a partner's version of the next steps (person_fit.py).
            sequence = person_fit.fitted_sequence(
                sequence, [*ctx.earlier, text], ctx.earlier_actions
            )
            sequence = _fitted_to_writer_age(sequence, said, slot)
            # Round 17 (p12): a job named as a worry is no threat to the job (role_kept.py).
            sequence = role_kept.fitted_for_job_fear(sequence, text)
            # Round 18 (p03): a parent asking about a duty to report, not staff (family_writer).
            sequence = family_writer.fitted_for_family(sequence, [*ctx.earlier, text])
        if sequence and check_in_step(list(tracker.events)) == AFTER_CHECK_IN:
            # The check-in just gave 9-1-1 and 9-8-8: each line once in a turn (round 12).
            sequence = helper_cases.once_after_check_in(sequence)
        if sequence:
            sequence = asked_next.short_if_again(kind, sequence, ctx.previous)
        if sequence and not _word_for_word_again(events) and kind not in asked_next.SAID_AGAIN:
            # Not the same block twice in a row: what the turn before said is left out.
            sequence = short_after_steps(sequence, ctx.earlier_actions)
            sequence = without_repeats(
                sequence,
                ctx.previous,
                kind,
                (latest.text or "") if latest is not None else "",
            )
            sequence = without_recent_tails(sequence, events)
        if not loop and latest is not None and intent not in SAFETY_INTENTS:
            # Round 17 (session 18): each other part of a two- or three-part question answered
            # too (after the turn before's blocks are left out), and a rules' answer without
            # the block the turn before sent (question_parts.py).
            sequence = question_parts.with_every_part(
                sequence,
                kind,
                intent,
                latest.parse_data,
                [] if _word_for_word_again(events) else ctx.previous,
                lambda name: _response_text(domain, name),
            )
            if sequence and not tracker.active_loop_name:
                # Round 74: each other question whose answer stands alone is answered too.
                sequence = second_questions.with_second_questions(
                    sequence, ctx, self._piece_kind(ctx), self._piece_answer(ctx)
                )
        if sequence:  # Round 17 (session 18): no block that another in the reply says again.
            sequence = question_parts.shorter_beside(sequence)
            # Round 18 (session 19): a block another in the reply says in other words, left out.
            sequence = misread_followups.without_same_blocks(sequence)
        if sequence:  # Round 18: the blocks in the writer's role and facts (roles_fit.py).
            sequence = roles_fit.fitted(sequence, [*ctx.earlier, text], text)
        if (
            sequence
            and not loop
            and intent not in SAFETY_INTENTS
            and reasks.says_not_police(text)
            and not route_form_gate.young_now(said, slot)
        ):  # Round 21 (reasks22): "not police": the ways without police first (reasks.py).
            sequence = reasks.without_police_lead(
                sequence, text, ctx.previous, lambda n: _response_text(domain, n)
            )
        step = next_in_sequence(events, sequence) if sequence else None
        if read and sequence and step == ACTION_LISTEN_NAME and sequence[-1] == loop:
            return None  # the form ran: its own rules go on (the next question, or the end)
        return step

    @staticmethod
    def _piece_kind(ctx: MessageContext) -> second_questions.PieceKind:
        """The kind of one question of the message read alone, with who is writing known from
        the messages before (second_questions.py)."""

        def kind_of(piece: str, before: str) -> str | None:
            earlier = [*ctx.earlier, before] if before else ctx.earlier
            alone = answer_kind(piece)
            kind = answer_kind_in_context(
                alone, None, piece, ctx.earlier_topics, earlier, ctx.is_minor
            )
            if alone == helper_reading.HELPER_TALK_MAYBE and kind is None:
                # "how do I support her right now" from a counsellor who told of a student of
                # 14 (round 74 p09): the earlier answer was no helper's topic, her age was said.
                minor = helper_reading.helped_minor_said(earlier)
                kind = helper_reading.HELPER_TALK if minor else None
            return kind

        return kind_of

    def _piece_answer(self, ctx: MessageContext) -> second_questions.PieceAnswer:
        """A kind's answer fitted to the writer's age said, as the reply's own answers are
        (a 16-year-old's "what if she posts them" has no "if you're under 18")."""
        said = [*ctx.earlier, ctx.text]

        def answer_of(kind: str) -> list[str] | None:
            found = self.direct_answers.get(kind)
            if not found:
                return None
            return _fitted_to_writer_age(list(found), said, ctx.is_minor)

        return answer_of

    @classmethod
    def _young_writer(cls, tracker: DialogueStateTracker, events: list) -> bool:
        latest = tracker.latest_message
        return cls._writer(tracker, events, (latest.text or "") if latest else "").young

    @staticmethod
    def _writer(tracker: DialogueStateTracker, events: list, text: str) -> dropped_halves.Writer:
        """Who is writing, for the halves' answers (dropped_halves.py)."""
        said = [*earlier_texts(events), text]
        slot = tracker.get_slot("is_minor") if "is_minor" in tracker.slots else None
        lowered = [plain_lower(message) for message in said]
        return dropped_halves.Writer(
            young=route_form_gate.young_now(said, slot),
            adult=writer_is_adult(said, slot) and said_before.route_age_group_said(said) != "minor",
            child_helped=dropped_halves.child_in_story(lowered)
            or bool(set(earlier_topics(events)[-6:]) & MINOR_TOPICS),
            texts=lowered[:-1],
        )

    @staticmethod
    def _route_form_kind(
        tracker: DialogueStateTracker, events: list, kind: str | None, intent: str | None
    ) -> str | None:
        """Round 11: the route questions give way to a helper's, a young person's or the
        routes that fit, and to a home corrected (assistant/route_form_gate.py)."""
        if intent in SAFETY_INTENTS:
            return kind
        text = tracker.latest_message.text or "" if tracker.latest_message else ""
        loop = tracker.active_loop_name
        home = tracker.get_slot("lives_in_bc") if "lives_in_bc" in tracker.slots else None
        if (kind is None or kind == HOME_OUTSIDE_BC) and route_form_gate.home_corrected(
            text, home, loop
        ):
            return route_form_gate.HOME_CHANGED
        if kind == asked_next.WHAT_ELSE:
            # "what else can we do" from a parent: the helper's first steps, not the own case.
            kind = route_form_gate.helper_first_kind(earlier_topics(events)) or kind
        if kind is not None:
            return kind
        if route_form_gate.asks_if_shared(text):
            return next_questions.FIND_ONLINE
        offered = any(
            isinstance(event, ActiveLoop) and event.name == route_form_gate.ROUTE_FORM
            for event in events
        )
        return route_form_gate.what_now_kind(
            intent,
            text,
            earlier_texts(events),
            earlier_topics(events),
            tracker.get_slot("is_minor") if "is_minor" in tracker.slots else None,
            loop,
            offered,
            previous_turn_actions(events),
            earlier_actions(events),  # before the latest message, not this turn's own
        )

    def _route_form_left(self, tracker: DialogueStateTracker, events: list, domain: Domain):
        """After a side answer the rules gave inside the route questions: the form is left
        (not asked again), then the bot listens."""
        done = actions_since_last_user(events) or []
        latest = tracker.latest_message
        intent = (latest.intent or {}).get("name") if latest else None
        loops = [event.name for event in events if isinstance(event, ActiveLoop) and event.name]
        if route_form_gate.listen_after_leaving(done, intent, loops[-1] if loops else None):
            return ACTION_LISTEN_NAME
        loop = tracker.active_loop_name
        if loop not in route_form_gate.LEFT_AFTER_SIDE_ANSWER or not done:
            return None
        prediction, _ = self._predict(tracker, domain)
        best = max(prediction.probabilities, default=0.0)
        names = domain.action_names_or_texts
        predicts_loop = best > 0.0 and names[prediction.probabilities.index(best)] == loop
        if route_form_gate.left_after_side_answer(loop, intent, done, predicts_loop):
            return DEACTIVATE_LOOP
        return None

    def _same_topic_again(
        self, tracker: DialogueStateTracker, events: list, domain: Domain
    ) -> str | None:
        """A second question on the topic just answered: its next step, not the same block."""
        if tracker.active_loop_name:
            return None
        routes_again = routes_asked_again(events, DIRECT_ANSWER_KEY)
        if routes_again:
            return next_in_sequence(events, routes_again)
        intent = same_topic_again(events, DIRECT_ANSWER_KEY)
        previous = previous_turn_actions(events)
        if not intent or not any(name.startswith("utter_") for name in previous):
            return None
        latest_text = (tracker.latest_message.text or "") if tracker.latest_message else ""
        if intent == "ask_crt" and order_asked_again(latest_text):
            return None  # the order asked for again: the tribunal's own answer, not the money
        if actions_since_last_user(events) == []:
            # Round 21 (reasks22): "see above" only when the topic's answer was above: the
            # rules' answer to it among the replies of the turn before (p19: a removal question
            # after the crisis lines got "my answer just above").
            topic_answer = self._rules_action(tracker, events, domain)
            if topic_answer and topic_answer.startswith("utter_") and topic_answer not in previous:
                return None
        if NOT_COVERED_ACTION in previous or SAID_ABOVE in previous:
            if pressed_after_typing(events):
                # A topic's button pressed after a typed question the topic's block did not
                # answer ("doesn't answer that", "see above"): the block itself, never "see
                # above" again (round 14, p29's "Other resources").
                return None
        # The police topic's next step is the under-18 reporting block: never for someone who
        # said they are an adult, or whose age is unknown (round 16, p31: "will the lawyer go
        # to the police? im 21" got it). The runner-up topic or "see above" instead.
        youth_step = intent == "ask_police" and not self._young_writer(tracker, events)
        if intent not in AGAIN or youth_step:
            # The classifier's runner-up topic, before "see above" (repeats.runner_up_topic).
            runner = self._runner_up_step(tracker, events, intent, domain)
            if runner:
                return runner
        sequence = without_repeats([], previous, None if youth_step else intent)
        if sequence == [SAID_ABOVE]:
            # Round 12: a question whose own kind gave way to this topic, the topic's answer
            # just given: that kind's answer, "see above" only when it has none left
            # (said_above_gate.py).
            latest = tracker.latest_message
            own = said_above_gate.kept_kind((latest.text or "") if latest else "", intent)
            if own in self.direct_answers:
                own_sequence = without_repeats(self.direct_answers[own], previous, own)
                sequence = own_sequence if own_sequence != [SAID_ABOVE] else sequence
        if sequence == [SAID_ABOVE]:
            # Round 19: a need the sources answer, or "see above" twice: said_again.py.
            latest = tracker.latest_message
            text = (latest.text or "") if latest else ""
            sequence = said_again.instead(text, set(previous)) or sequence
        return next_in_sequence(events, sequence)

    def _rules_action(
        self, tracker: DialogueStateTracker, events: list, domain: Domain
    ) -> str | None:
        """What the rules answer to `events` (the conversation as the policy reads it)."""
        replay = DialogueStateTracker.from_events(tracker.sender_id, events, domain.slots)
        prediction, _ = self._predict(replay, domain)
        best = max(prediction.probabilities, default=0.0)
        if best <= 0.0:
            return None
        return domain.action_names_or_texts[prediction.probabilities.index(best)]

    def _reask_step(
        self,
        tracker: DialogueStateTracker,
        events: list,
        domain: Domain,
        planned: str | None,
    ) -> str | None:
        """Round 21 (reasks22): a re-ask ("thanks but you didn't say the cost") whose reply
        would be a close, "see above" or the turn before's block gets the topic's own answer or
        the honest "doesn't answer it"; "not police" gets the ways without police first, when
        the reply would lead with police (assistant/reasks.py). None: the planned reply stays."""
        latest = tracker.latest_message
        if latest is None or tracker.active_loop_name:
            return None
        intent = (latest.intent or {}).get("name")
        text = latest.text or ""
        if intent in SAFETY_INTENTS | KEEP or text.startswith("/"):
            return None
        reask, not_police = reasks.is_reask(text), reasks.says_not_police(text)
        if not reask and not not_police:
            return None
        done = actions_since_last_user(events, ignored=(ACTION_LISTEN_NAME, FAILED_ACTION_RESPONSE))
        if done is None:
            return None
        if done:
            # The replacement's one message sent: nothing continues it but listening.
            mine = {reasks.REASK_NOT_COVERED, reasks.DELETE_NO_POLICE, reasks.OPTIONS_NO_POLICE}
            return (
                ACTION_LISTEN_NAME
                if planned is None and len(done) == 1 and done[0] in mine
                else None
            )
        previous = previous_turn_actions(events)
        rules = self._rules_action(tracker, events, domain)
        first = planned or rules
        if not_police:
            said = [*earlier_texts(events), text]
            slot = tracker.get_slot("is_minor") if "is_minor" in tracker.slots else None
            if (
                first
                and not route_form_gate.young_now(said, slot)
                and reasks.leads_with_police(_response_text(domain, first))
            ):
                ways = reasks.not_police_first(text, previous)
                if ways:
                    return ways[0]
        if reask:
            intents = [(e.intent or {}).get("name") for e in events if isinstance(e, UserUttered)]
            # A topic (ask_*) read twice in a row, not a handoff ("not crisis lines").
            same_topic = (
                len(intents) > 1
                and intents[-1] == intents[-2]
                and str(intents[-1] or "").startswith("ask_")
            )
            swap = reasks.replacement(first, rules, previous, same_topic)
            if swap:
                return swap[0]
        return None

    def _runner_up_step(
        self, tracker: DialogueStateTracker, events: list, topic: str, domain: Domain
    ) -> str | None:
        """What the rules answer to the runner-up topic of the latest message, when it is one
        and its answer was not the turn before's; None otherwise."""
        index = _last_user_index(events)
        if index is None:
            return None
        user = events[index]
        runner = runner_up_topic(user.parse_data, topic, earlier_topics(events)[-1])
        if not runner:
            return None
        swapped = UserUttered(
            user.text,
            {"name": runner, "confidence": 1.0},
            user.entities,
            {**(user.parse_data or {}), "intent": {"name": runner, "confidence": 1.0}},
            user.timestamp,
            user.input_channel,
            user.message_id,
            user.metadata,
        )
        replay = DialogueStateTracker.from_events(
            tracker.sender_id, [*events[:index], swapped, *events[index + 1 :]], domain.slots
        )
        prediction, _ = self._predict(replay, domain)
        best = max(prediction.probabilities, default=0.0)
        if best <= 0.0:
            return None
        action = domain.action_names_or_texts[prediction.probabilities.index(best)]
        said = action.startswith("utter_") and action in previous_turn_actions(events)
        return None if said else action

    def _after_check_in(
        self, tracker: DialogueStateTracker, domain: Domain
    ) -> PolicyPrediction | None:
        """What the rules predict on the conversation without its check-ins."""
        replay = DialogueStateTracker.from_events(
            tracker.sender_id, without_check_ins(list(tracker.events)), domain.slots
        )
        prediction, _ = self._predict(replay, domain)
        if max(prediction.probabilities, default=0.0) <= 0.0:
            return None
        return PolicyPrediction(
            prediction.probabilities,
            self.__class__.__name__,
            self.priority,
            events=prediction.events,
            optional_events=prediction.optional_events,
            # The real RulePolicy sees the check-in and finds no rule: this answer must win.
            is_no_user_prediction=True,
            hide_rule_turn=prediction.hide_rule_turn,
        )

    @staticmethod
    def _check_outside_bc(tracker: DialogueStateTracker, events: list) -> str | None:
        """The eligibility check from someone who lives outside B.C.: the form and its outcome
        without the introduction (assistant/outside_bc_offers.check_step)."""
        latest = tracker.latest_message
        return outside_bc_offers.check_step(
            (latest.intent or {}).get("name") if latest else None,
            actions_since_last_user(events),
            tracker.active_loop_name,
            [e.text or "" for e in events if isinstance(e, UserUttered)],
            tracker.get_slot("lives_in_bc") if "lives_in_bc" in tracker.slots else None,
        )

    @staticmethod
    def _check_in_skippable(tracker: DialogueStateTracker, events: list, text: str) -> bool:
        latest = tracker.latest_message
        if latest is None or tracker.active_loop_name:
            return False
        intent = (latest.intent or {}).get("name")
        if intent in SAFETY_INTENTS:
            return False
        check_in = (latest.parse_data or {}).get(CHECK_IN_KEY)
        earlier = earlier_texts(without_check_ins(events))
        slot = tracker.get_slot("is_minor") if "is_minor" in tracker.slots else None
        young = route_form_gate.young_now([*earlier, text], slot)
        model_only = (check_in or {}).get("reason") in MODEL_ONLY_REASONS
        return (
            crisis_followups.check_in_skippable(text, earlier, young, check_in)
            or crisis_followups.fear_check_in_skippable(text, check_in)
            # Round 24 (repeat25): the tonight steps give the lines themselves.
            or repeat25.tonight_skips_check_in(text, earlier, model_only)
            # Rounds 27-28 (safety28): a family or sports figure of speech, "tell them I've
            # called the police", "I don't mean like that" right after a crisis reply.
            or safety28.check_in_skippable(text, check_in, previous_turn_actions(events))
            # Round 34 (p07, p22): "will he find out it was me? he's gonna be so mad" flagged by
            # a model only; every who-finds-out answer ends with 9-1-1 and 9-8-8 (utter_told_next).
            or (model_only and who_finds_out.who_finds_out_kind(text, earlier) is not None)
            # Round 66 p31: a helper's practical question, no harm or distress in it.
            or (
                model_only
                and practical_helper_question(text, earlier_topics(without_check_ins(events)))
            )
        )

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """This policy's prediction; if one of its readers fails, it steps aside so the rules
        and the other policies answer (a bug in one reader must never turn a message into an
        error). The log names the error's type and place, never the message."""
        try:
            return self._interrupt_prediction(tracker, domain)
        except Exception as error:  # noqa: BLE001 - any reader's bug, see the docstring
            frame = traceback.extract_tb(error.__traceback__)[-1]
            logger.error(
                "InterruptPolicy stepped aside: %s at %s:%s",
                type(error).__name__,
                frame.filename.rsplit("/", 1)[-1],
                frame.lineno,
            )
            return self._prediction(self._default_predictions(domain))

    def _interrupt_prediction(
        self, tracker: DialogueStateTracker, domain: Domain
    ) -> PolicyPrediction:
        events = list(tracker.events)
        loop = tracker.active_loop_name
        re_ask = form_question(loop, tracker.get_slot("requested_slot"), domain) if loop else None
        deletion = deletion_step(events, loop, re_ask)
        if deletion is not None and deletion in domain.action_names_or_texts:
            return self._forced(deletion, domain, self._resume_events(tracker, deletion))
        action = failed_action_reply(events, self._custom_actions(domain))
        # Fear of the person read as "help now" or "contact": the check-in, then the safety
        # answer that lets the form go (assistant/fear_reading.py), not the handoff's lines.
        # The crisis lines asked for someone else, read as "contact": the check-in, then the
        # lines (assistant/others_reading.py), not the intake line's block.
        interrupt = (
            None
            if direct_answer_kind(events)
            in {fear_reading.FEAR, others_reading.CRISIS_LINES_FOR_OTHER}
            else next_interrupt_action(events, self.interrupts)
        )
        latest = tracker.latest_message
        latest_text = (latest.text or "") if latest else ""
        # A helper's message about a child asked for images: its answer (which says to call
        # 9-1-1 if the child is in danger) without the writer's own check-in, unless the writer
        # says they are in danger or distress (assistant/helper_cases.py, round 12).
        check_in_due = check_in_step(events) == CHECK_IN_ACTION and not (
            helper_cases.check_in_not_needed(direct_answer_kind(events), latest_text)
            # Round 18: a check-in only a model asked for, before an answer that gives 9-1-1
            # and 9-8-8 itself (a sextortion deadline's steps, fear of a partner's anger).
            or self._check_in_skippable(tracker, events, latest_text)
        )
        if action is None and not check_in_due:
            action = self._direct_answer(tracker, without_check_ins(events), domain)
            if action is None and not interrupt:
                action = self._check_outside_bc(tracker, events)
            if action is None and not interrupt:
                action = self._same_topic_again(tracker, without_check_ins(events), domain)
        if action is None and not interrupt:
            action = self._route_form_left(tracker, without_check_ins(events), domain)
        action = action or interrupt
        if not check_in_due:
            # Round 21 (reasks22): a re-ask is never an ending; not police when they said so.
            action = self._reask_step(tracker, without_check_ins(events), domain, action) or action
        # A skipped check-in still comes when no answer does (never nothing at all).
        step = None if action else check_in_step(events)
        if step == AFTER_CHECK_IN:
            replayed = self._after_check_in(tracker, domain)
            if replayed is not None:
                return replayed
        elif step:
            # In a helper's conversation the check-in asks about the person helped
            # (assistant/helper_check_in.py): only its wording changes.
            action = check_in_for(
                latest_text,
                earlier_topics(without_check_ins(events)),
                direct_answer_kind(events),
                earlier_texts(without_check_ins(events)),
            )
        if not check_in_due:
            # Round 28 (stock28): a block that opened the reply to a different earlier question
            # is not sent again: the honest gap and who can answer, where the whole reply starts.
            action = self._repeat_guarded(tracker, events, domain, action)
            action = self._dead_end_replaced(tracker, events, domain, action)
        if action is None or action not in domain.action_names_or_texts:
            return self._prediction(self._default_predictions(domain))
        return self._forced(action, domain, self._resume_events(tracker, action))

    def _repeat_guarded(
        self, tracker: DialogueStateTracker, events: list, domain: Domain, action: str | None
    ) -> str | None:
        """`action`, or the gap answer when the direct answer's whole reply is identical to the
        reply an earlier, different question got (assistant/stock28.py); listening once the
        gap answer is sent."""
        done = actions_since_last_user(events, ignored=(ACTION_LISTEN_NAME, FAILED_ACTION_RESPONSE))
        if done is None:
            return action
        if done and done[-1] in stock28.GAP_ANSWERS:
            return ACTION_LISTEN_NAME
        latest = tracker.latest_message
        intent = (latest.intent or {}).get("name") if latest else None
        if (
            done != []
            or action is None
            or tracker.active_loop_name
            or latest is None
            or intent in SAFETY_INTENTS
        ):
            return action
        sequence = self._direct_answer_ahead(tracker, without_check_ins(events), domain)
        if not sequence or sequence[0] != action:
            return action  # chosen elsewhere: not a whole reply this policy knows
        ctx = MessageContext(
            tracker, without_check_ins(events), lambda n: _response_text(domain, n)
        )
        gap = stock28.repeat_guard(sequence, ctx.text, ctx.earlier, ctx.replies, ctx.is_minor)
        return gap or action

    def _rules_close_a_question(self, tracker: DialogueStateTracker, domain: Domain) -> bool:
        """Rounds 35-36: whether the rules would meet a question read as "nothing happened" or
        thanks ("nothing happened to me. im asking if im allowed to keep them", "so the free
        lawyer wouldn't take me then?") with "Is there anything else I can help with?". Asked
        only for those intents when the message asks (_dead_end_replaced checks first)."""
        prediction, _ = self._predict(tracker, domain)
        best = max(prediction.probabilities, default=0.0)
        if best <= 0.0:
            return False
        names = domain.action_names_or_texts
        return names[prediction.probabilities.index(best)] in deadends34.CLOSING_REPLIES

    def _dead_end_replaced(
        self, tracker: DialogueStateTracker, events: list, domain: Domain, action: str | None
    ) -> str | None:
        """Rounds 29-30 (deadends31): `action`, or the own-words follow-up's answer when the
        reply chosen without it opens with a dead end (deadends31.DEAD_ENDS; no reply chosen
        and the classifier's fallback counts too). Asked only here, after everything else, so
        an older answer is never replaced (session 26: ahead of the rules and the readers it
        changed 36 older answers). Once its first step ran, its next steps follow."""
        latest = tracker.latest_message
        intent = (latest.intent or {}).get("name") if latest else None
        if tracker.active_loop_name or latest is None or intent in SAFETY_INTENTS:
            return action
        plain = without_check_ins(events)
        done = actions_since_last_user(plain, ignored=(ACTION_LISTEN_NAME, FAILED_ACTION_RESPONSE))
        if done is None:
            return action
        dead_end = (
            action in deadends31.DEAD_ENDS
            or (action is None and intent == question_fallback.FALLBACK_INTENT)
            or (
                action is None
                and not done
                and intent in deadends34.CLOSING_INTENTS
                and deadends34.asks(latest.text or "")
                and self._rules_close_a_question(tracker, domain)
            )
        )
        if not done and not dead_end:
            return action
        ctx = MessageContext(tracker, plain, lambda n: _response_text(domain, n))
        sequence = follow_up_readers.dead_end_sequence(ctx)
        if not sequence:
            return action
        if done:
            # Its own first answer ran: the rest of its reply. A first answer it shares with an
            # older reader (the outside-B.C. police line, one claim or two) continues only where
            # nothing else would come (never its added parts after the older reply ended:
            # session25_stock28 r28 p24 "Getting it deleted").
            ours = done[0] in deadends31.ANSWERS or done[0] in deadends34.ANSWERS or action is None
            if done[0] != sequence[0] or not (ours or dead_end):
                return action
            return next_in_sequence(plain, sequence) or action
        return sequence[0]

    def _direct_answer_ahead(
        self, tracker: DialogueStateTracker, events: list, domain: Domain
    ) -> list[str]:
        """The whole direct answer to the latest message, read ahead step by step (at most
        eight actions); [] when there is none."""
        ahead = list(events)
        sequence: list[str] = []
        for _ in range(8):
            step = self._direct_answer(tracker, ahead, domain)
            if step is None or step == ACTION_LISTEN_NAME:
                break
            sequence.append(step)
            ahead.append(ActionExecuted(step))
        return sequence
