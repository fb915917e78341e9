"""Short plain questions whose meaning is in their own words, but that the classifier could
not place and that fell to "Did you mean ...?" (issue 16): "what numbers exactly?", "what is
stopncii", "is there a website for teens?", "he'll fire me if I tell", "how do I clear this
from my browser". Plain Python over the lowercased message.

assistant.answer_kinds calls `plain_kind`; the InterruptPolicy answers the kind with static
responses (domain/plain_questions.yml). The safety net's intents keep their answers.
"""

from __future__ import annotations

import re

from assistant.eligibility import SHARED, THREATENED
from assistant.image_words import images
from assistant.situation_reading import situation_from_text

NUMBERS = "phone_numbers"
TEEN_SITES = "teen_websites"
JOB_THREAT = "job_threat"
# The same said to a writer who told their age under 18 (assistant/helper_context.py).
JOB_THREAT_YOUTH = "job_threat_youth"
DEVICE_TRACE = "device_trace"
WHAT_IS_STOPNCII = "what_is_stopncii"
WHAT_IS_TAKE_IT_DOWN = "what_is_take_it_down"
WHAT_IS_NEEDHELPNOW = "what_is_needhelpnow"
WHAT_IS_IIPS = "what_is_iips"
IIPS_CONTACT = "iips_contact"
KINDS = (
    DEVICE_TRACE,
    JOB_THREAT,
    JOB_THREAT_YOUTH,
    NUMBERS,
    TEEN_SITES,
    WHAT_IS_STOPNCII,
    WHAT_IS_TAKE_IT_DOWN,
    WHAT_IS_NEEDHELPNOW,
    WHAT_IS_IIPS,
    IIPS_CONTACT,
)

# Kind -> the static responses that answer it (domain/plain_questions.yml).
ANSWERS: dict[str, list[str]] = {
    NUMBERS: ["utter_phone_numbers"],
    TEEN_SITES: ["utter_teen_websites"],
    JOB_THREAT: ["utter_job_threat", "utter_job_threat_lines"],
    JOB_THREAT_YOUTH: ["utter_job_threat_youth", "utter_job_threat_youth_lines"],
    DEVICE_TRACE: ["utter_device_trace", "action_what_is_kept", "utter_device_trace_next"],
    WHAT_IS_STOPNCII: ["utter_route_stopncii"],
    WHAT_IS_TAKE_IT_DOWN: ["utter_route_take_it_down"],
    WHAT_IS_NEEDHELPNOW: ["utter_route_cybertip"],
    WHAT_IS_IIPS: ["utter_route_iips"],
    IIPS_CONTACT: ["utter_route_iips"],
}

# The safety net's answers always come first; nothing here is read in them.
SAFETY_INTENTS = frozenset({"crisis", "immediate_danger"})
SHORT = 12  # words: a longer message says more than the plain question

_IMAGES = images()

# "what numbers exactly?", "which phone numbers", "what are the numbers", "the numbers please"
# (plural: "whats the number" after talk of calling is the lawyer's line, the handoff's answer).
_NUMBERS = re.compile(
    r"(?:^|[,.!?;:] )(?:(?:ok|okay|so|and|but|sorry|um+|hmm+)[,.!]* )*"
    r"(?:(?:what|which)(?:'s|s)? (?:(?:are|r|is) )?(?:the |those |these |your )?"
    r"(?:phone |actual |exact )?"
    r"numbers(?: (?:exactly|again|then|please|(?:do|does|can|will|would) (?:you|u|it|the bot"
    r"|this bot|this|the assistant)(?: \w+){0,3}|are (?:they|there|those)))?[?!. ]*$"
    r"|(?:the |your |those )?(?:phone |actual |exact )?numbers (?:exactly|please|then)\b"
    r"|(?:can|could) (?:you|u) (?:give|list|tell) (?:me )?(?:the |those |all the )?(?:phone )?"
    r"numbers\b"
    r"|(?:list|give me) (?:the |those |all the )?(?:phone )?numbers\b)"
)

# "is there a website for teens?", "any sites for kids", "a website for people under 18".
_YOUNG = r"(?:teens?|teenagers?|kids?|youth|young people|minors?|under ?18s?|people under 18"
_YOUNG += r"|students)"
_TEEN_SITES = re.compile(
    rf"\b(?:websites?|sites?|web ?pages?|apps?|online help)\b[^.!?]{{0,20}}"
    rf"\b(?:for|made for|aimed at) {_YOUNG}"
    rf"|\b{_YOUNG}(?:'s?)? (?:websites?|sites?)\b"
)

# "he'll fire me if I tell", "I'll lose my job if I report him", "I need this job".
_JOB = re.compile(
    r"\b(?:fire me|firing me|get fired|be fired|getting fired"
    r"|(?:lose|losing) (?:my|the|this) (?:job|shifts?)"
    r"|cut my (?:hours|shifts)|need (?:this|the|my) job|can'?t lose (?:this|my) job)\b"
)
_JOB_CONTEXT = re.compile(
    r"\b(?:tell|told|telling|report\w*|say (?:anything|something)|speak up|go to the police"
    r"|need (?:this|the|my) job"
    # "he gets angry when I say no, I'm scared of losing my job" (round 10, p15).
    r"|say no|said no|saying no|refus\w*)\b"
)

# A question about what this device, this browser or someone checking it can see of the chat.
_DEVICE = re.compile(
    r"\b(?:clear|delete|erase|wipe|remove|hide|get rid of)\b[^.!?]{0,40}"
    r"\b(?:browser|browsing|history|search history|cache|cookies|my (?:phone|laptop|computer"
    r"|tablet|device))\b"
    r"|\b(?:browser|browsing|search|internet) history\b"
    r"|\b(?:incognito|private (?:window|browsing|mode|tab))\b"
    r"|\b(?:see|know|find out|tell|notice|track|check)\b[^.!?]{0,25}\b(?:i was|i've been|i have"
    r" been|i'?m|i am|that i (?:was|came|went)) (?:on|using|visiting|talking|chatting|here|at)\b"
    r"[^.!?]{0,20}\b(?:here|this|site|chat|page|bot|website|app|you)\b"
    r"|\b(?:leave|leaving) (?:no|any) (?:trace|traces|sign)\b"
    # "I am scared he see this on my phone" (round 72 p15).
    r"|\b(?:see|sees|find|finds|read|reads) (?:this|this chat|the chat)\b[^.!?]{0,10}\bon my"
    r" (?:phone|laptop|computer|tablet|device)\b"
    # "will it be gone from my phone tho?", "can he see i was talking to you" (round 36 p05).
    r"|\b(?:will|would|is|does) (?:it|this|the chat|this chat) (?:be |stay |still )*(?:gone|saved"
    r"|there|show|stored|kept)\b[^.!?]{0,20}\b(?:from|on|in) my (?:phone|laptop|computer|tablet"
    r"|device|browser)\b"
)
# Someone who checks the device: the device answer, unless the words ask to delete the chat.
_WATCHED = re.compile(
    r"\b(?:checks?|goes? through|looks? (?:at|through)|reads?) my (?:phone|laptop|computer"
    r"|browser|history|tablet)\b"
)
DELETE_INTENT = "delete_conversation"
_TOLD_INTENTS = frozenset({"inform_threatened", "inform_shared"})
# Words of a device or of someone seeing it; without one, "delete my chat history with you"
# read as deleting the chat is that request (the history is the chat's own).
_DEVICE_WORDS = re.compile(
    r"\b(?:browser|browsing|cache|cookies|incognito|private (?:window|browsing|mode|tab)|phone"
    r"|laptop|computer|tablet|device|search history|internet history|trace|traces|see|know"
    r"|notice|check|checks)\b"
)
# "delete the pics from my phone": the images, not the chat.
_IMAGE_TRACE = re.compile(rf"\b(?:the|my|his|her|those|these|them) {_IMAGES}\b")

# "what is stopncii", "what's take it down?", "what does needhelpnow do".
_WHAT_IS = (
    r"^(?:(?:ok|okay|so|and|sorry|um+|hmm+|wait)[,.!]* )*"
    r"(?:what(?:'s| is| does)|whats|who(?:'s| is| are)|what are|explain|tell me about)"
    r"(?: the| this| that)? "
)
_NAMES = (
    (re.compile(r"stop ?ncii(?:\.org)?"), WHAT_IS_STOPNCII),
    (re.compile(r"take ?it ?down(?:\.ncmec\.org)?|ncmec"), WHAT_IS_TAKE_IT_DOWN),
    (re.compile(r"need ?help ?now(?:\.ca)?"), WHAT_IS_NEEDHELPNOW),
    (re.compile(r"(?:the )?(?:intimate images? )?protection service|iips"), WHAT_IS_IIPS),
)
# "what's the IIPS number?", "how do I reach the government protection service": the IIPS's
# own contacts (content/contacts.yml), not the legal advice intake line (issue 16, round 7).
_IIPS_NAME = (
    r"\b(?:iips|(?:intimate images? )?protection service"
    r"|(?:government|gov|gov't|provincial|b\.?c\.?) (?:\w+ )?(?:images? )?"
    r"(?:protection|support) (?:service|program|office))\b"
)
_CONTACT_WORDS = (
    r"\b(?:number|numbers|phone|call|ring|email|e-mail|contact|contacts|reach|get in touch"
    r"|get a hold|get hold|talk to|speak to|address|line)\b"
)
_IIPS_CONTACT = re.compile(
    rf"{_IIPS_NAME}[^.!?]{{0,40}}{_CONTACT_WORDS}|{_CONTACT_WORDS}[^.!?]{{0,40}}{_IIPS_NAME}"
)
_ASKS = re.compile(
    r"\?|^(?:(?:ok|okay|so|and|hi|hey|hello|sorry|please|um+)[,.!]* )*(?:how|what|whats|what's"
    r"|where|which|can|could|do|does|is|give|send|i need|i want|need|want|may|please|tell)\b"
    r"|\bplease[.!]*$"
)
RESOURCES_INTENT = "ask_resources"
IIPS_CONTACT_WORDS = 16  # a longer message tells a story, not asks for a number
# Two services compared ("iips vs the free lawyer, which one do i call?") keep that answer.
_COMPARED = re.compile(
    r"\b(?:lawyers?|legal advice|intake|vs|versus|which one|which is|difference|compared|or the)\b"
)


def iips_contact(cleaned: str) -> bool:
    """A short question for the Intimate Images Protection Service's phone or email."""
    return bool(
        len(cleaned.split()) <= IIPS_CONTACT_WORDS
        and _ASKS.search(cleaned)
        and _IIPS_CONTACT.search(cleaned)
        and not _COMPARED.search(cleaned)
    )


_WHAT_IS_TAIL = r"(?: (?:exactly|again|even|then|do|for|about))*[?!. ]*$"


def _what_is(cleaned: str) -> str | None:
    for name, kind in _NAMES:
        if re.search(_WHAT_IS + "(?:" + name.pattern + ")" + _WHAT_IS_TAIL, cleaned):
            return kind
    return None


def device_trace(cleaned: str, intent: str | None = None) -> bool:
    """A question about what this device, its browser or someone checking it shows. "can I
    erase this chat? he reads my phone" (read as deleting the chat) keeps the deletion."""
    if _IMAGE_TRACE.search(cleaned):
        return False
    if intent == DELETE_INTENT and not _DEVICE_WORDS.search(cleaned):
        return False
    if _DEVICE.search(cleaned):
        return True
    if intent == DELETE_INTENT or not _WATCHED.search(cleaned):
        return False
    # Round 14 (p27): "he says he'll send my pictures to my family. he checks my phone every
    # night" told a threat; the phone is its second half (dropped_halves.WATCHED_PHONE), not
    # the whole answer.
    # "... he reads my phone, will he see this?" still asks about the device; a threat or a
    # sharing told with no question is answered first by its own topic's rule, with the phone
    # as the half (dropped_halves.TOPIC_ANSWERS has those topics).
    if "?" in cleaned or intent not in _TOLD_INTENTS:
        return True
    return situation_from_text(cleaned) not in (SHARED, THREATENED)


# "Should I tell my manager or HR at work also? I am scared to lose my job", with nobody at work
# said to ask for anything (round 68 p05: "when someone with power over you asks for this"):
# the workplace's own answer (answer_kinds_what_happens.INSTITUTION_WORK).
_ASKS_TELL_WORK = re.compile(
    r"\b(?:should|do|must|can|could) i (?:also |even |just )?(?:tell|report (?:him |her |it )?to"
    r"|go to|talk to|inform) (?:my |the |our )?(?:manager|hr|human resources|boss|employer"
    r"|supervisor|work|company)\b"
)
_SOMEONE_ASKS = re.compile(
    r"\b(?:ask\w*|want\w*|pressur\w*|demand\w*|threat\w*|said|says|told|warned)\b"
)


def job_threat(cleaned: str) -> bool:
    """Told they would lose their job if they told or refused."""
    if _ASKS_TELL_WORK.search(cleaned) and not _SOMEONE_ASKS.search(cleaned):
        return False
    return bool(_JOB.search(cleaned)) and bool(_JOB_CONTEXT.search(cleaned))


def plain_kind(cleaned: str, intent: str | None = None) -> str | None:
    """The kind of a lowercased, whitespace-normalised message, or None."""
    if intent in SAFETY_INTENTS or not cleaned:
        return None
    if device_trace(cleaned, intent):
        return DEVICE_TRACE
    if job_threat(cleaned):
        return JOB_THREAT
    if _NUMBERS.search(cleaned):
        return NUMBERS  # the question ends the message, however long the lead-in
    # The resources list ("ask_resources") already opens with the IIPS's phone and email.
    if intent != RESOURCES_INTENT and iips_contact(cleaned):
        return IIPS_CONTACT
    if len(cleaned.split()) > SHORT:
        return None
    if _TEEN_SITES.search(cleaned):
        return TEEN_SITES
    return _what_is(cleaned)


# One table: the service named -> its contacts response.
CONTACT_CYBERTIP = ANSWERS[WHAT_IS_NEEDHELPNOW][0]  # Cybertip.ca and NeedHelpNow.ca
CONTACT_IIPS = ANSWERS[IIPS_CONTACT][0]
CONTACT_KHP = "utter_contact_khp"  # domain/plain46.yml
CONTACT_VICTIMLINK = "utter_contact_victimlink"  # domain/plain46.yml
# Round 45 p15 (plain46's kind): a named service's number or email, each service named, from
# contacts. The IIPS alone keeps iips_contact's answer.
_SERVICES = (
    (re.compile(r"\bcyber ?tip\w*|\bneed ?help ?now\b"), CONTACT_CYBERTIP),
    (
        re.compile(r"\biips\b|\b(?:intimate images? )?protection service\b"),
        CONTACT_IIPS,
    ),
    (re.compile(r"\bkids help ?phone\b|\bkhp\b"), CONTACT_KHP),
    (re.compile(r"\bvictim ?link\w*\b"), CONTACT_VICTIMLINK),
)
# "phone" alone is in "Kids Help Phone"; "will they tell my school" asks something else.
_CONTACT_ASK = re.compile(
    r"\b(?:numbers?|email|e-mail|contact (?:info|information|details|number)|contacts|website"
    r"|web ?site|web address)\b"
)
_CONTACT_SHORT = 14  # words: a longer message tells a story, not asks for a number


def named_service_contacts(cleaned: str) -> list[str] | None:
    """Each named service's contacts, in the order named, when a short message asks for them."""
    if len(cleaned.split()) > _CONTACT_SHORT or not _CONTACT_ASK.search(cleaned):
        return None
    named = sorted(
        (match.start(), answer)
        for pattern, answer in _SERVICES
        for match in [pattern.search(cleaned)]
        if match
    )
    answers = [answer for _, answer in named]
    if not answers or answers == [CONTACT_IIPS]:
        return None  # the IIPS alone: iips_contact answers it
    return answers
