"""The answer fitted to the person writing (round 13, kinds "wrong person" and "what the person
said not used"). Plain Python over the latest message and the earlier ones; the
InterruptPolicy sends the kind's responses (domain/person_fit.yml).

- RECEIVED: someone was sent another person's image ("someone sent me the pic too ... so i just
  delete it? am i in trouble bc its on my phone"): the recipient's answer, never the victim's
  "you are not in trouble for what someone else did to you" (p28).
- CHILD_TELL_REPORT: a sibling or other helper of a child asked for images asks "should I tell
  our parents? where do I report him": tell a safe adult, Cybertip.ca and the police, never
  "whether to tell them is your choice" (p19).
- ADULT_AGAINST_WISHES: a parent or friend of an adult asks whether they can go to police
  although she doesn't want to: what the sources say (her choice, they don't say whether
  someone else can report) and how to help an adult, never the youth lines (p31).
- CALL_FOR_ME: the person whose images it is asks whether someone else can call for them: the
  sources don't say; a trusted person can be on the call; email instead (p14).
- YOUNG_REMOVAL: a writer under 18 now asks how to get images removed: the under-18 tools
  first, never StopNCII (18+ only) or the adult routes first (p12, p15).
"""

from __future__ import annotations

import re

from assistant import helper_reading, helper_script, young_holder
from assistant.plain_text import plain_lower
from assistant.said_before import route_age_group_said
from assistant.situation_reading import situation_said_earlier
from assistant.trust_words import names_position_of_trust

RECEIVED = "received_image"
RECEIVED_YOUNG = "received_image_young"
CHILD_TELL_REPORT = "child_asked_tell_report"
ADULT_AGAINST_WISHES = "adult_report_against_wishes"
CALL_FOR_ME = "someone_calls_for_me"
HELPER_TALKS = "helper_talks_to_lawyer"
HELPED_BLAMES_SELF = "helped_person_blames_self"
REMOVAL_CHILD_AGE = "removal_age_said_child"
REMOVAL_ADULT_AGE = "removal_age_said_adult"
YOUNG_REMOVAL = "young_removal"
# Round 14: an adult's removal question gets no under-18 lines (p06: "i'm 19").
ADULT_REMOVAL = "adult_removal"
ADULT_HELP = "helper_adult_support"
ADULT_PAID = "sextortion_already_paid_adult"
RECEIVED_AGAIN = "received_image_again"
SEXTORTION_FITTED = "sextortion_fitted"
NO_CALL = "contact_without_calling"
ADULT_AGAINST_WISHES_AGAIN = "adult_report_against_wishes_again"

ANSWERS = {
    RECEIVED: ["utter_received_image", "utter_received_image_adult"],
    RECEIVED_YOUNG: ["utter_received_image", "utter_received_image_young"],
    CHILD_TELL_REPORT: ["utter_child_tell_report", "utter_child_asked_support"],
    ADULT_AGAINST_WISHES: ["utter_adult_against_wishes", "utter_helper_adult_support"],
    CALL_FOR_ME: ["utter_call_for_me"],
    HELPER_TALKS: ["utter_helper_talks_to_lawyer"],
    HELPED_BLAMES_SELF: ["utter_helped_blames_self"],
    REMOVAL_CHILD_AGE: ["utter_helper_minor_removal"],
    REMOVAL_ADULT_AGE: ["utter_image_removal"],
    YOUNG_REMOVAL: ["utter_removal_young"],
    ADULT_REMOVAL: ["utter_image_removal"],
    ADULT_HELP: ["utter_helper_adult_support"],
    ADULT_PAID: ["utter_sextortion_paid_adult", "utter_sextortion_next_adult"],
    RECEIVED_AGAIN: ["utter_received_image_again"],
    NO_CALL: ["utter_contact_without_calling"],
    # The blackmail rule's answer, sent by the policy so that fitted_sequence can add to it.
    SEXTORTION_FITTED: [
        "utter_sextortion",
        "utter_sextortion_steps",
        "utter_sextortion_report",
        "utter_sextortion_next",
    ],
    ADULT_AGAINST_WISHES_AGAIN: ["utter_adult_against_wishes_again", "utter_helper_adult_support"],
    # Round 14: a helper's own question, not the victim's script (assistant/helper_script.py).
    **helper_script.ANSWERS,
}
# Asked again after the answer was given (p28's "so i just delete it?" right after it; p31's
# question asked twice): what the sources say on that point, never the same block again.
_AGAIN = {
    RECEIVED: RECEIVED_AGAIN,
    RECEIVED_YOUNG: RECEIVED_AGAIN,
    ADULT_AGAINST_WISHES: ADULT_AGAINST_WISHES_AGAIN,
}
_THIRD_TIME = {ADULT_AGAINST_WISHES: ADULT_HELP}
KINDS = frozenset(ANSWERS)

# An age under 18 said of anyone ("shes 17 and so am i", "my sister is 12", "a 15 year old").
_YOUNG_AGE = re.compile(
    r"\b(?:is|was|(?:s?he|they|i)'?s|shes|hes|im|i'?m|i am|they'?re|theyre|so am i|aged?"
    r"|turned|only)\s+(?:only\s+|just\s+)?(?:1[0-7]|[1-9])\b(?!\s*(?:k|\$|dollars?|%|am|pm))"
    r"|\b(?:1[0-7]|[1-9])\s*(?:-|\s)?(?:years?|yrs?)(?:\s*-?\s*old)?\b|\b(?:1[0-7]|[1-9])\s?yo\b"
    r"|\bunder 18\b|\bunderage\b|\ba minor\b|\b(?:grade [1-9]|grade 1[0-2])\b"
    r"|\blittle (?:sister|brother|cousin|sis|bro)\b|\b(?:middle|high|elementary) school\b"
)
# An adult age said of anyone (18 to 99) or a grown child.
_ADULT_AGE = re.compile(
    r"\b(?:is|was|(?:s?he|they)'?s|shes|hes|they'?re|theyre|aged?)\s+(?:1[89]|[2-9]\d)\b"
    r"(?!\s*(?:k|\$|dollars?|%))|\b(?:1[89]|[2-9]\d)\s*(?:-|\s)?(?:years?|yrs?)[- ]?old\b"
    r"|\b(?:grown|adult) (?:daughter|son|child|kid|sister|brother)\b"
)

# --- the recipient (p28) ---
_IMAGE = r"(?:pic|photo|picture|image|video|nude|selfie)s?"
_SENT_TO_ME = re.compile(
    rf"\b(?:sent|send|forwarded|shared|airdropped|showed|passed) me (?:the|a|her|his|their"
    rf"|one|some|those|these) (?:\w+ )?{_IMAGE}\b"
    rf"|\b(?:sent|send|forwarded|airdropped|passed) (?:the |her |his |their |a )?(?:\w+ )?"
    rf"{_IMAGE} to me\b|\b(?:sent|forwarded|airdropped) (?:it|them) to me\b"
    r"|\bi (?:got|was|been) (?:sent|airdropped|forwarded)\b|\bi (?:got|received) (?:it|them|the"
    r" (?:pic|photo|picture|image|video|nude)s?|a (?:pic|photo|picture|nude|video))\b"
    r"|\b(?:it'?s|its|it is|they'?re|theyre|they are|it'?s still) (?:still )?on my (?:phone"
    r"|laptop|computer|ipad|tablet)\b"
    r"|\bi (?:did ?n'?t|didnt|never) ask(?:ed)? for (?:it|them|this)\b"
    # Round 21 (p24): received in a group chat ("i just got it in the chat"); a group chat told
    # with the writer in it is young_holder.chat_receiver's (a parent's "a boy sent it to a group
    # chat" is not).
    r"|\bi (?:just |only )?(?:got|saw|received|have) (?:it|them) (?:in|from|on) (?:the|a|our|my)"
    r" (?:\w+ )?(?:chat|group|gc|server|snap)\b"
)
_RECIPIENT_ASKS = re.compile(
    r"\b(?:am i|will i|could i|can i|would i) (?:be |get |gonna be |going to be )?(?:in trouble"
    r"|charged|arrested)\b|\bam i gonna (?:be|get) (?:in trouble|charged|arrested)\b"
    r"|\bi(?:'?m| am) (?:not )?in trouble\b"
    r"|\b(?:just |should i |do i |can i |i should |should i just |do i just )delete (?:it|them)\b"
    r"|\bdelete (?:it|them)\??$|\bwhat (?:do|should|can) i do with (?:it|them)\b"
    r"|\b(?:is it|it'?s|its) (?:illegal|a crime) (?:for me )?to (?:have|keep)\b"
)
# The writer's own image sent by them ("I sent a pic to a girl"): not a recipient.
_OWN_IMAGES = re.compile(
    r"\bmy (?:own )?(?:nudes?|pics?|photos?|pictures?|images?|videos?|selfies?|sex tape)\b"
    r"|\b(?:of|showing) me\b"
)
_THREAT = re.compile(r"\b(?:pay|money|unless|threat\w*|blackmail\w*|extort\w*)\b")
_SENT_BY_PARTNER = re.compile(
    r"\b(?:dating|we were together|going out)\b|\bmy (?:ex|girlfriend|boyfriend|gf|bf|partner)\b"
)
_OWN_SENT = re.compile(r"\bi (?:sent|send|shared|posted|forwarded) (?:a|my|the|it|them|her|him)\b")


def received_kind(text: str, earlier_texts: list[str], intent: str | None = None) -> str | None:
    """RECEIVED(_YOUNG) when the writer was sent someone's image and asks if they are in
    trouble or whether to delete it, or says only that it was sent to them and the classifier
    found no topic ("a guy in my grade forwarded the photo to me"); None otherwise."""
    cleaned = plain_lower(text)
    told_only = intent == "nlu_fallback" and _SENT_TO_ME.search(cleaned)
    if not (_RECIPIENT_ASKS.search(cleaned) or told_only):
        return None
    said = [plain_lower(earlier) for earlier in earlier_texts[-6:]] + [cleaned]
    if not any(
        _SENT_TO_ME.search(message) or young_holder.chat_receiver(message) for message in said
    ):
        return None
    if _OWN_SENT.search(cleaned):
        return None
    whole = " ".join(said)
    if _OWN_IMAGES.search(whole) or _THREAT.search(whole):
        return None  # the writer's own images, or blackmail: the victim's answers fit
    if _SENT_BY_PARTNER.search(whole):
        return None  # "she sent them to me when we were dating": a partner's own images
    if any(_YOUNG_AGE.search(message) for message in said):
        return RECEIVED_YOUNG
    return RECEIVED


# --- a child's helper: tell the parents? where to report? (p19) ---
_CHILD_HELPED = re.compile(
    r"\bmy (?:little |younger |baby |step|half )?(?:sister|brother|sis|bro|daughter|son|niece"
    r"|nephew|cousin|kid|child|grand(?:daughter|son|child)|student)\b"
    r"|\b(?:her|his|their|our) (?:little )?(?:sister|brother|daughter|son)\b"
)
_ASKED_FOR_PICS = re.compile(
    r"\b(?:ask|asks|asking|asked|pressur\w*|begging|wants?|wanted|messag\w*|groom\w*|"
    r"dm'?ing|dms|texting)\b[^.!?]{0,40}\b(?:pics?|photos?|pictures?|nudes?|images?|selfies?"
    r"|videos?)\b"
)
_TELL_OR_REPORT = re.compile(
    r"\bshould (?:i|we) tell (?:our|my|her|his|their|the) (?:parents?|mom|mum|dad|mother"
    r"|father|family)\b|\b(?:do|should) (?:i|we) tell (?:our|my|her|his|their) (?:parents?|mom"
    r"|mum|dad)\b|\btell (?:our|my|her|his|their) (?:parents?|mom|mum|dad)\b\?"
    r"|\bwhere (?:do|can|should|would) (?:i|we) (?:even )?report\b"
    r"|\bwho (?:do|can|should) (?:i|we) report (?:him|this|it|them|her)\b"
    r"|\bhow (?:do|can) (?:i|we) report (?:him|this guy|this|them)\b"
    r"|\bwhere (?:do|can) (?:i|we) report (?:him|this|it|them)\b"
)


def child_tell_report_kind(text: str, earlier_texts: list[str]) -> str | None:
    """CHILD_TELL_REPORT when a child someone helps (an age under 18 said) was asked for images
    and the writer asks whether to tell the parents or where to report."""
    cleaned = plain_lower(text)
    if not _TELL_OR_REPORT.search(cleaned):
        return None
    said = [plain_lower(earlier) for earlier in earlier_texts[-6:]] + [cleaned]
    whole = " ".join(said)
    if not (_CHILD_HELPED.search(whole) and _YOUNG_AGE.search(whole)):
        return None
    if not _ASKED_FOR_PICS.search(whole):
        return None
    if re.search(r"\b(?:posted|shared|leaked|spread|sent (?:it|them) to)\b", whole):
        return None  # an image already shared: the child's sharing answers fit that
    return CHILD_TELL_REPORT


# --- an adult's helper going to police against her wishes (p31) ---
_AGAINST_WISHES = re.compile(
    r"\b(?:even (?:though|if)|if|when) (?:s?he|they) (?:does ?n'?t|doesnt|do ?n'?t|dont"
    r"|won'?t|wont|did ?n'?t|didnt) (?:want|agree)\b|\bagainst (?:her|his|their) (?:wishes|will"
    r"|wish)\b|\bwithout (?:her|his|their) (?:consent|permission|ok(?:ay)?|agreeing|say ?so)\b"
    r"|\b(?:report|go to (?:the )?police|call (?:the )?(?:police|cops)) (?:it |this |him )?"
    r"(?:myself|on my own|for (?:her|him|them))\b"
)
_POLICE = re.compile(r"\b(?:police|cops?|rcmp|report(?:ing)?)\b")


def adult_against_wishes_kind(text: str, earlier_texts: list[str]) -> str | None:
    """ADULT_AGAINST_WISHES when a helper of an adult (an adult age or a grown child said, no
    age under 18) asks about reporting against the person's wishes."""
    cleaned = plain_lower(text)
    if not (_AGAINST_WISHES.search(cleaned) and _POLICE.search(cleaned)):
        return None
    said = [plain_lower(earlier) for earlier in earlier_texts[-6:]] + [cleaned]
    whole = " ".join(said)
    if _YOUNG_AGE.search(whole) or not _ADULT_AGE.search(whole):
        return None
    return ADULT_AGAINST_WISHES


# "how do I help her?" read as how to talk to a child (Kids Help Phone, "the adults helping a
# young person") when the person helped is an adult (p31's 30-year-old daughter).
_CHILD_TALK_KINDS = frozenset({"helper_talk_to_child", "helper_talk_maybe", "helper_talk_again"})


def adult_help_kind(kind: str | None, text: str, earlier_texts: list[str]) -> str | None:
    """ADULT_HELP over the child's how-to-talk answer when an adult age was said of the person
    helped and no age under 18 was said."""
    if kind not in _CHILD_TALK_KINDS:
        return None
    said = [plain_lower(earlier) for earlier in earlier_texts[-6:]] + [plain_lower(text)]
    whole = " ".join(said)
    if _YOUNG_AGE.search(whole) or not _ADULT_AGE.search(whole):
        return None
    return ADULT_HELP


# Money already paid to a blackmailer, told by a writer who gave their adult age ("I am a 68
# year old woman", p06): the paid answer without the under-18 lines.
def adult_paid_kind(kind: str | None, writer_adult: bool) -> str | None:
    """ADULT_PAID over the paid answer when the writer said they are 18 or older."""
    return ADULT_PAID if kind == "sextortion_already_paid" and writer_adult else None


# A young person asked for images by their boyfriend or girlfriend (p24): "stop replying...
# then block them" does not fit a partner; the partner's version leaves that choice to them.
_PARTNER = re.compile(r"\bmy (?:bf|boyfriend|gf|girlfriend|partner|bae)\b")
_FITTED = {"utter_youth_asked_next": "utter_youth_asked_next_partner"}


# A secret recording (p26, an upskirt photo at her desk, sent to a group chat): "an image taken
# in a bathroom" only when a bathroom was said; "if the images were shared" not when she said so.
_BATHROOM = re.compile(
    r"\b(?:bath ?rooms?|wash ?rooms?|restrooms?|toilets?|showers?|change ?rooms?"
    r"|changing rooms?|locker ?rooms?|bath)\b"
)

_NO_BATHROOM = ("utter_secret_recording", "utter_secret_recording_plain")
_SAID_SHARED = ("utter_secret_recording_routes", "utter_secret_recording_shared")


def fitted_sequence(
    sequence: list[str], texts: list[str], earlier_actions: list[str] | None = None
) -> list[str]:
    """The responses fitted to what was said: the partner's version of the next steps when the
    writer spoke of their boyfriend, girlfriend or partner in the last messages; the secret
    recording's answer without the bathroom or the "if shared" when those don't fit."""
    earlier_actions = earlier_actions or []
    recent = [plain_lower(text) for text in texts[-4:]]
    swaps: dict[str, str] = {}
    if "utter_youth_asked_next" in sequence and any(_PARTNER.search(text) for text in recent):
        swaps.update(_FITTED)
    elif "utter_youth_asked_next" in sequence and any(
        names_position_of_trust(text) for text in recent
    ):
        # A boss, teacher or coach (round 19 p14): you may not be able to block them.
        swaps["utter_youth_asked_next"] = "utter_youth_asked_next_authority"
    recording, plain = _NO_BATHROOM
    if recording in sequence and not any(_BATHROOM.search(text) for text in recent):
        swaps[recording] = plain
    routes, shared = _SAID_SHARED
    if routes in sequence and situation_said_earlier(texts[-4:]) == "shared":
        swaps[routes] = shared
    fitted = [swaps.get(name, name) for name in sequence] if swaps else list(sequence)
    latest = recent[-1] if recent else ""
    if _STEPS in fitted and _FAKE.search(latest) and _FAKE_SAID not in fitted:
        fitted.insert(fitted.index(_STEPS), _FAKE_SAID)  # p27: the AI fake named in blackmail
    if (
        _INTERPRETER not in earlier_actions
        and "utter_interpreter" not in earlier_actions
        and "utter_interpreter" not in fitted  # round 14, p18: the interpreter said twice
        and all(name.startswith("utter_") for name in fitted)
        and esl_writer(texts)
    ):
        fitted.append(_INTERPRETER)  # p27: an ESL writer told of the free interpreter once
    return fitted


# Blackmail over a fake ("make fake nude with AI", "a photoshopped nude"): it counts.
_FAKE = re.compile(r"\b(?:fake|deep ?fakes?|ai|a\.i\.|photoshop\w*|edited|morphed|generated)\b")
_STEPS = "utter_sextortion_steps"
_FAKE_SAID = "utter_sextortion_fake"
_INTERPRETER = "utter_interpreter_offer"
# A writer for whom English is a second language: said so, or two signs in their words
# ("he say he send", "what I do?", "I am student"). "I am international student" without its
# article is; "I'm an international student" alone is not (round 33 p30: an American in
# Vancouver was offered an interpreter).
_ESL_SAID = re.compile(
    r"\benglish (?:is )?(?:not|isn'?t) (?:my|good)\b|\bmy english\b|\bbad english\b"
    r"|\bnot (?:my )?first language\b"
    r"|\bi(?:'m| am|m) international student\b"
)
_ESL_SIGNS = (
    re.compile(r"\b(?:he|she) (?:say|want|send|take|make|tell|post|show|threaten)\b"),
    re.compile(r"\bwhat (?:i|we) (?:do|can do|should do|must do)\b\s*\?"),
    re.compile(r"\bi am (?:student|international)\b|\bi (?:not|no) (?:have|know|understand)\b"),
    re.compile(r"\b(?:is|it) (?:still )?crime\b|\bpolice (?:is|will) problem\b"),
)


def sextortion_fitted_kind(intent: str | None, kind: str | None, text: str) -> str | None:
    """SEXTORTION_FITTED for blackmail left to its rule when the message names a fake or the
    writer writes English as a second language: the same answer, with what fits added."""
    if intent != "sextortion" or kind is not None:
        return None
    cleaned = plain_lower(text)
    return SEXTORTION_FITTED if _FAKE.search(cleaned) or esl_writer([text]) else None


def esl_writer(texts: list[str]) -> bool:
    """The writer said English is not their first language, or wrote two signs of it."""
    cleaned = [plain_lower(text) for text in texts[-6:]]
    if any(_ESL_SAID.search(text) for text in cleaned):
        return True
    whole = " ".join(cleaned)
    return sum(1 for sign in _ESL_SIGNS if sign.search(whole)) >= 2


# --- the person themselves: can someone else call for me? (p14) ---
_FOR_ME = re.compile(
    r"\b(?:call|phone|contact|ring|talk to|speak to|email|reach) (?:them|the (?:lawyer|service"
    r"|line|intake(?: line)?|number)|(?:the )?(?:iips|victimlink\w*|police|cops))"
    r" (?:for me|on my behalf|instead of me)\b"
    r"|\b(?:do|make) the (?:phone )?call (?:for me|on my behalf|instead of me)\b"
    r"|\b(?:call|phone|contact) (?:for me|on my behalf|instead of me)\b"
    r"|\bcall them for me\b"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody) else\b|\bmy (?:sister|brother|mom|mum|mother|dad"
    r"|father|friend|partner|wife|husband|aunt|uncle|cousin|bf|gf|boyfriend|girlfriend"
    r"|roommate|counsel+or|support worker)\b|\b(?:a|my) (?:friend|support worker)\b"
)


def call_for_me_kind(text: str) -> str | None:
    """CALL_FOR_ME when the writer asks whether someone else can call for them."""
    cleaned = plain_lower(text)
    if _FOR_ME.search(cleaned) and _SOMEONE_ELSE.search(cleaned):
        return CALL_FOR_ME
    return None


# A parent, partner or friend who told of someone else's images asks whether the lawyer talks
# to them, or whether it has to be the person (session 16: "will the lawyer talk to me or does it
# have to be her" got the lawyer's manner, "you can talk to the lawyer yourself").
_TALKS_TO_ME = re.compile(
    r"\b(?:will|can|could|would|does|do) (?:the )?(?:lawyer|lawyers|they|service|intake\w*)"
    r" (?:\w+ )?(?:talk|speak) (?:to|with) me\b"
    r"|\bcan i (?:call|talk to|speak to|speak with|talk with|apply|do it) (?:the lawyer|them"
    r"|the service|for (?:her|him|them))\b"
    r"|\b(?:does|do) it (?:have|need) to be (?:her|him|them|my \w+)\b"
    r"|\b(?:does|do|will) (?:she|he|they|my \w+) (?:have|need) to (?:call|do it|be the one|apply)"
)
# The people a helper writes for (a husband or partner is more often the one who did it:
# round 16, p27 "my husband secretly filmed us" was read as a helper's story).
_SOMEONE_ELSES = re.compile(
    r"\bmy (?:daughter|son|child|kid|friend|sister|brother|client|student|niece|nephew|grandson"
    r"|granddaughter|cousin|roommate|best friend|bff)(?:'s)?\b"
    r"|\b(?:i'?m|im|i am) helping (?:her|him|them)\b|\basking for (?:a|my) \w+"
)
_OWN_IMAGES_SAID = re.compile(
    r"\bmy (?:pics?|pictures?|photos?|nudes?|videos?|images?)\b|\bof (?:me|us)\b"
    r"|\b(?:filmed|recorded|photographed|taped) (?:me|us)\b"
)


# "she keeps saying it's her fault because she sent them" (round 16, p22: asked twice, never
# answered; the service page: sending to one person is not consent to send it on).
_BLAMES_SELF = re.compile(
    r"\b(?:she|he|they)(?:'s| is| are|s)? (?:\w+ ){0,3}(?:says?|saying|thinks?|feels?|believes?"
    r"|blames?|blaming)\b[^.?!]{0,30}\b(?:(?:her|his|their)(?: own)? fault|(?:herself|himself"
    r"|themselves|themself))\b"
    r"|\b(?:her|his|their) (?:own )?fault (?:for|because|cause|cuz|since) (?:she|he|they)"
    r" (?:sent|send|took|shared)\b"
)


def helped_blames_self_kind(text: str, earlier_texts: list[str]) -> str | None:
    """HELPED_BLAMES_SELF when a helper says the person they help blames themselves."""
    cleaned = plain_lower(text)
    if not _BLAMES_SELF.search(cleaned):
        return None
    told = [plain_lower(t) for t in [*earlier_texts[-4:], text]]
    return HELPED_BLAMES_SELF if any(_SOMEONE_ELSES.search(t) for t in told) else None


# "shes 12 tho not 18" right after the removal answer with both age branches (round 16, p17:
# the fallback): the branch for that age.
_AGE_AFTER = re.compile(
    r"^(?:(?:but|no|well|ok|okay|and|so|um|like)[,.]? )*(?:she|he|they)(?:'s| is| are|s| was)?"
    r" (?:only |just )?(\d{1,2})(?: ?(?:yo|y/o|years? old|yrs? old))?\b"
)


def removal_age_kind(text: str, earlier_actions: list[str]) -> str | None:
    """The removal branch for the age said of the person right after both branches were given."""
    if "utter_image_removal_youth" not in earlier_actions[-4:]:
        return None
    match = _AGE_AFTER.search(plain_lower(text))
    if not match:
        return None
    return (
        REMOVAL_CHILD_AGE if int(match.group(1)) < helper_reading.ADULT_AGE else REMOVAL_ADULT_AGE
    )


def helper_talks_kind(text: str, earlier_texts: list[str]) -> str | None:
    """HELPER_TALKS when someone who told of another person's images asks whether the lawyer
    talks to them, or whether it has to be that person."""
    cleaned = plain_lower(text)
    if (
        not _TALKS_TO_ME.search(cleaned)
        or _SOMEONE_ELSE.search(cleaned)
        and _FOR_ME.search(cleaned)
    ):
        return None
    told = [plain_lower(t) for t in earlier_texts[-4:]]
    if not any(_SOMEONE_ELSES.search(t) for t in told):
        return None
    if any(_OWN_IMAGES_SAID.search(t) for t in told):
        return None  # their own images: "can I call them" is their own question
    return HELPER_TALKS


# "is there a way without calling", "I can't talk on the phone" (p14): email and text.
_NO_CALL = re.compile(
    r"\b(?:a )?(?:way|ways|option|options)s? (?:to (?:do it|reach them|contact them|get help) )?"
    r"(?:without|other than) (?:calling|a call|a phone call|phoning|talking|the phone)\b"
    r"|\bcan'?t (?:talk|speak) on the phone\b|\bcant (?:talk|speak) on the phone\b"
    # Not "can I text them instead?" after the crisis lines: texting those lines is their own
    # answer (the after-crisis flow).
    r"|\b(?:can|could) i (?:just )?(?:email|write to) (?:them|the lawyer|the service"
    r"|instead)\b|\bwithout (?:calling|phoning|a phone call)\b"
)


def no_call_kind(text: str) -> str | None:
    """NO_CALL when the writer asks for a way to get help without a phone call."""
    return NO_CALL if _NO_CALL.search(plain_lower(text)) else None


# --- a young writer's removal question (p12, p15) ---
_REMOVAL_INTENTS = frozenset({"ask_image_removal"})


def young_removal_kind(intent: str | None, kind: str | None, young_now: bool) -> str | None:
    """YOUNG_REMOVAL for the removal topic when the writer said they are under 18 now."""
    if young_now and kind is None and intent in _REMOVAL_INTENTS:
        return YOUNG_REMOVAL
    return None


def adult_removal_kind(
    intent: str | None, kind: str | None, writer_adult: bool, texts: list[str]
) -> str | None:
    """ADULT_REMOVAL for the removal topic when the writer said they are 18 or older now and
    no image from under 18 was said ("I was 16 when he took them" keeps both branches)."""
    if not (writer_adult and kind is None and intent in _REMOVAL_INTENTS):
        return None
    return ADULT_REMOVAL if route_age_group_said(texts) != "minor" else None


def person_kind(
    text: str,
    earlier_texts: list[str],
    intent: str | None,
    kind: str | None,
    young_now: bool,
    writer_adult: bool = False,
    earlier_actions: list[str] | None = None,
) -> str | None:
    """The first of the readers above that fits, else None; its again-answer when its first
    response was given before."""
    found = _first_fit(text, earlier_texts, intent, kind, young_now, writer_adult)
    found = found or removal_age_kind(text, earlier_actions or [])
    if found is None or found == ADULT_HELP:
        # Round 14: the story told before says who the question is about (helper_script.py).
        found = helper_script.script_kind(text, earlier_texts, kind, earlier_actions) or found
    again = _AGAIN.get(found or "")
    given = earlier_actions or []
    if found and again and ANSWERS[found][0] in given:
        if ANSWERS[again][0] in given:
            return _THIRD_TIME.get(found)  # asked a third time: the rest of the question
        return again
    return found


def _first_fit(
    text: str,
    earlier_texts: list[str],
    intent: str | None,
    kind: str | None,
    young_now: bool,
    writer_adult: bool,
) -> str | None:
    return (
        adult_paid_kind(kind, writer_adult)
        or received_kind(text, earlier_texts, intent)
        or sextortion_fitted_kind(intent, kind, text)
        or child_tell_report_kind(text, earlier_texts)
        or adult_against_wishes_kind(text, earlier_texts)
        or call_for_me_kind(text)
        or helper_talks_kind(text, earlier_texts)
        or helped_blames_self_kind(text, earlier_texts)
        or no_call_kind(text)
        or adult_help_kind(kind, text, earlier_texts)
        or young_removal_kind(intent, kind, young_now)
        or adult_removal_kind(intent, kind, writer_adult, [*earlier_texts, text])
    )
