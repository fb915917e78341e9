"""Who the law covers and how to reach someone: plain follow-ups that landed on a nearby stock
answer or the fallback (issue 16, helper h10c). Each is read from its own words, as a first
message or mid-conversation:

- Does the law cover men, women, trans people ("is it only for girls?", "I'm a guy, does this
  apply to me?"): anyone, whatever their gender (not the rule on images of under-18s).
- Police already called and on their way ("I called 911, they're coming, now what?", "the cops
  are on their way, can I get an order?"): that is acknowledged, then the next step (the CRT's
  protection order, the service), never "you don't have to report to police".
- The physical evidence and the police ("do I give the USB to the cops or keep it?", "can I
  throw out the printouts?"): what the sources say on keeping evidence.
- Phoning a person ("can I just call someone?", "what do I say when I call?"): yes, the intake
  line, and what the first call is (the service page's steps), not "Did you mean ...".
- Keeping it secret from a partner ("my husband cannot know. it is secret?"): what the
  assistant tells no one, the service's confidentiality, and what the chat keeps.

Plain Python over the lowercased, whitespace-normalised message; assistant.answer_kinds calls
`who_and_how_kind`, and the InterruptPolicy answers the kind with the static responses in
ANSWERS (domain/who_and_how.yml). The safety net's intents keep their answers (the reader
never marks a message the CrisisGuard claimed).
"""

from __future__ import annotations

import re

from assistant.image_words import images
from assistant.situation_reading import situation_from_text

ANY_GENDER = "any_gender"
POLICE_COMING = "police_on_the_way"
EVIDENCE_TO_POLICE = "evidence_to_police"
PHONE_SOMEONE = "phone_someone"
HOME_MUST_NOT_KNOW = "home_must_not_know"
KINDS = (ANY_GENDER, POLICE_COMING, EVIDENCE_TO_POLICE, PHONE_SOMEONE, HOME_MUST_NOT_KNOW)

# Kind -> the actions that answer it, in order (the InterruptPolicy's table).
ANSWERS: dict[str, list[str]] = {
    ANY_GENDER: ["utter_any_gender"],
    POLICE_COMING: ["utter_police_coming", "utter_police_coming_next"],
    EVIDENCE_TO_POLICE: ["utter_evidence_to_police"],
    PHONE_SOMEONE: ["utter_phone_someone"],
    HOME_MUST_NOT_KNOW: ["utter_who_is_told", "action_what_is_kept", "utter_kept_secret_next"],
}

SHORT = 16  # words: a longer message tells a story the flows read

# --- Gender -------------------------------------------------------------------------------
_GROUP = (
    r"(?:men|males?|guys|boys|dudes|women|females?|girls|ladies|trans(?:gender)?(?: \w+)?"
    r"|non-?binary(?: \w+)?|two-?spirit(?: \w+)?|gay (?:men|guys|people)|lesbians?|queer \w+"
    r"|lgbtq?\w*\+?(?: \w+)?|people of (?:any|all|every) genders?|any gender|all genders"
    r"|every gender|(?:a )?(?:man|male|guy|boy|woman|female|girl|trans (?:man|woman|person)"
    r"|non-?binary person))"
)
_SELF = (
    r"(?:i'?m|im|i am|what if i'?m|what if im|what if i am|as) (?:a |an )?(?:\w+ )?"
    r"(?:man|male|guy|boy|dude|woman|female|girl|lady|trans(?:gender)?(?: \w+)?|non-?binary"
    r"(?: \w+)?|two-?spirit|gay|lesbian|queer)\b"
)
_COVER = (
    r"(?:cover|covers|covered|apply|applies|protect|protects|protected|include|includes"
    r"|included|count|counts|work|works|qualify|eligible|help|helps|same|only|just|also|too"
    r"|still|for|matter)"
)
_GENDER_QUESTION = re.compile(
    # "does this law cover men", "is it only for women", "does it apply to trans people too"
    rf"\b(?:does|do|is|are|will|would|can|could)\b[^.!?]{{0,40}}\b{_COVER}\b"
    # "can I get help from you guys?" (round 56 p04) asks nothing about gender.
    rf"(?: (?:\w+ ){{0,3}}?)(?:to |for |with )?(?<!you )(?<!\bya )(?<!\bu ){_GROUP}\b"
    # "what about guys?", "and for men?", "men too?"
    rf"|^(?:(?:and|but|so|ok|okay)[,.]? )*(?:what|how) about (?:for )?{_GROUP}\b"
    rf"|^(?:(?:and|but|so|ok|okay)[,.]? )*(?:(?:and )?(?:for|to) )?{_GROUP}"
    rf" (?:too|also|as well|included)\b"
    # "is it the same for a guy", "is this just a women thing"
    rf"|\b(?:just|only) (?:for |a )?{_GROUP}(?: thing| issue| problem)?\b"
    # "can boys get help too", "are trans people covered"
    rf"|\b(?:can|could|do|does|will|would|are|is) {_GROUP} (?:\w+ ){{0,3}}?(?:get help|use"
    rf"|apply|qualify|count|be covered|covered|protected|included|too|also|as well)\b"
    # "does gender matter", "whatever your gender"
    rf"|\b(?:does|do) (?:my |your |the )?(?:gender|sex) (?:matter|count|change)\b"
)
_SELF_QUESTION = re.compile(
    rf"\b{_SELF}[^.!?]{{0,40}}\b(?:can|could|does|do|is|am|will|would)\b[^.!?]{{0,40}}"
    rf"\b(?:still|too|also|apply|applies|count|counts|cover|covers|covered|qualify|eligible"
    rf"|get help|use (?:this|the)|for me|matter|change (?:anything|things|it)"
    rf"|make (?:a|any) difference)\b"
    rf"|\b(?:does|do|can|will|is|would)\b[^.!?]{{0,40}}\b(?:still|too|apply|count|cover"
    rf"|covered|qualify|help)\b[^.!?]{{0,20}}\b(?:if|when|since|because) {_SELF}"
)
# Who did it, named by gender: not a question about who is covered ("a guy posted my pics").
_DOER = re.compile(
    r"\b(?:a|the|this|that|some|an older|older) (?:\w+ )?(?:man|guy|boy|woman|girl|men|guys)"
    r" (?:\w+ ){0,3}?(?:posted|shared|sent|has|took|keeps?|is|asked|threaten\w*|said|online)\b"
)

# --- Police on their way ---------------------------------------------------------------------
_POLICE = r"(?:the police|police|the cops|cops|an officer|officers?|the rcmp|rcmp|9-?1-?1|911)"
_ON_THE_WAY = re.compile(
    r"\b(?:police|cops|officers?|rcmp|they|the officer|someone|help) (?:are|is|r|were|was)"
    r" (?:already |now |finally )?(?:on (?:the|their|its|his|her) way|coming|en route"
    r"|sending (?:someone|an officer|a car))\b"
    r"|\b(?:police|cops|an officer|officers?|rcmp) (?:will be|should be) (?:here|there|over)\b"
    r"|\b(?:waiting|wait) for (?:the )?(?:police|cops|officers?|rcmp)\b"
    r"|\b(?:they|police|cops|911|9-1-1) (?:said|say|told me) (?:they'?re|they are|someone is"
    r"|someone'?s|an officer is|police are) (?:on (?:the|their) way|coming)\b"
    r"|\b(?:they'?re|theyre|cops'?re) (?:already |now )?(?:on (?:the|their) way|coming|sending)\b"
)
# "I just called 911, what now?": called moments ago, and asking what comes next.
_JUST_CALLED = re.compile(
    rf"\b(?:i(?:'ve| have)?|we(?:'ve| have)?|my \w+(?: has)?) (?:already |just |finally )?"
    rf"(?:called|phoned|rang|dialed|dialled) {_POLICE}\b"
)
_WHAT_NEXT = re.compile(
    r"\b(?:now what|what now|what (?:do|should|can) i do(?: now| next| until| while)?"
    r"|what(?:'s| is)? next|what happens (?:now|next)|until they (?:come|arrive|get here)"
    r"|while i wait|can i (?:also |still )?get an? (?:protection )?order)\b"
)
# Police who came before, did nothing, or a question the chain answers (pay, in trouble).
_NOT_ON_THE_WAY = re.compile(
    r"\b(?:last (?:year|month|week|time)|ago|didn'?t|did not|won'?t|wouldn'?t|can'?t|cannot"
    r"|nothing|refused|trouble|arrest\w*|charged?|pay|money|ransom)\b"
)
# "should I call the police?" asks; "I called" says it is done.
_ASKS_TO_CALL = re.compile(r"\b(?:should|can|could|do|must) (?:i|we) (?:call|phone|contact)\b")

# --- Evidence and the police -----------------------------------------------------------------
_IMAGES = images()
_THING = (
    rf"(?:usb(?: (?:stick|drive|key))?|memory (?:stick|card)|sd card|flash drive|thumb ?drive"
    rf"|hard drive|(?:the |his |her |hidden )?cameras?|phones?|laptop|computer|devices?|copies"
    rf"|printed (?:copies|photos|pictures|pics)|print ?outs?|printouts|prints|papers?|flyers?"
    rf"|envelopes?|letters?|notes?|evidence|{_IMAGES}|them|it|those|these)"
)
_HAND = (
    r"(?:give|hand(?: over| in)?|bring|take|turn (?:in|over)|drop off|show|send|mail|submit"
    r"|pass)"
)
_EVIDENCE_TO_POLICE = re.compile(
    # "should I give the USB to the police or keep it", "do I hand the copies to the cops"
    rf"\b{_HAND} (?:(?:the|my|his|her|those|these|that|this|all the|all|them|it) )?"
    rf"(?:\w+ ){{0,2}}?{_THING}\b[^.!?]{{0,15}}\bto (?:the )?{_POLICE}"
    # "should the police have the camera", "will the police want the usb"
    rf"|\b(?:do|does|will|would|should) (?:the )?{_POLICE} (?:want|need|take|have|keep)\b"
    rf"[^.!?]{{0,20}}\b{_THING}\b"
    # "keep them or give them to the police", "police or keep it"
    rf"|\bkeep (?:it|them|this|that|those|these|the \w+)\b[^.!?]{{0,30}}\b{_POLICE}\b"
    rf"|\b{_POLICE}\b[^.!?]{{0,30}}\bor (?:should i |do i |just )?keep\b"
)
# "can I throw the printouts away", "should I burn them", "destroy the usb?"
_DESTROY = re.compile(
    rf"\b(?:can|could|should|do|may|is it ok(?:ay)? (?:if|to)|would it be ok(?:ay)? to)"
    rf" (?:i )?(?:just )?(?:throw (?:out|away)|throw|toss|burn|shred|destroy|smash|break"
    rf"|wipe|get rid of|bin|trash)\b[^.!?]{{0,30}}\b{_THING}"
    rf"|\b(?:throw|toss) (?:\w+ ){{0,3}}?{_THING} (?:out|away)\b"
)
_PHYSICAL = re.compile(
    rf"\b(?:usb|memory (?:stick|card)|sd card|flash drive|thumb ?drive|hard drive|cameras?"
    rf"|copies|printed|print ?outs?|printouts|prints|papers?|flyers?|envelopes?|letters?"
    rf"|notes?|{_IMAGES})\b"
)

# --- Phoning a person ------------------------------------------------------------------------
_PERSON = (
    r"(?:someone|somebody|some one|anyone|anybody|a (?:real |live |actual )?(?:person|human"
    r"|lawyer)|a real one|someone real|a human being|them|the (?:lawyer|service|intake"
    r"(?: line)?|office|clinic))"
)
_PHONE_SOMEONE = re.compile(
    rf"\b(?:can|could|may|do) i (?:just |actually |maybe |also |instead )?"
    rf"(?:phone|call|ring) {_PERSON}\b"
    rf"|\b(?:can|could|may) i (?:just |actually |maybe )?(?:talk|speak) (?:to|with) "
    rf"(?:a (?:real |live |actual )?(?:person|human)|someone real|a human being)\b"
    rf"|\b(?:can|could|may) i (?:just |actually )?(?:talk|speak) (?:to|with) {_PERSON}"
    rf" (?:on the phone|by phone|over the phone)\b"
    rf"|\bis there (?:a (?:real )?(?:person|human|number)|someone|somebody|anyone|anybody)"
    rf" (?:i|we) can (?:call|phone|ring)\b"
    rf"|\b(?:who|what number) (?:can|do|should) i (?:call|phone|ring)\b[^.!?]{{0,20}}"
    rf"\b(?:talk|speak|a person|human|someone)\b"
)
_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|would|can|will) i (?:say|tell (?:them|her|him|the lawyer)|ask)\b"
    r"[^.!?]{0,30}\b(?:call|calling|phone|ring|when they (?:answer|pick up)|on the line"
    r"|to the (?:lawyer|intake|service|coordinator)|intake|lawyer)\b"
    r"|\bwhat (?:do|should|would|will) i (?:say|tell them)\b[?!. ]*$"
    r"|\bwhat (?:happens|do they ask|will they ask)\b[^.!?]{0,20}\bwhen i (?:call|phone|ring)\b"
)
# "can I call him and tell him to stop", "can I call the police", "what do I say if I text Kids
# Help Phone", "can I call them for her", "a number I can call tonight": other questions (the
# other lines, for someone else, right now).
_OTHER_CALLEE = re.compile(
    rf"\b(?:call|phone|ring|talk to|speak to) (?:him|her|my ex|the guy|the person|{_POLICE})\b"
    r"|\b(?:9-?8-?8|988|victim ?link\w*|kids help phone|cybertip\w*|needhelpnow\w*|iips"
    r"|protection service|mental health)\b"
    r"|\b(?:for|on behalf of) (?:her|him|them|my \w+)\b|\btext(?:ing)?\b"
    r"|\b(?:right now|tonight|now|24/7|after hours|at night|this late|the weekend)\b"
)

# --- Secret from a partner -------------------------------------------------------------------
_PARTNER = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|family|parents?"
    r"|mom|mum|mother|dad|father|brother|sister|in-?laws?|mother-in-law|father-in-law)"
)
_MUST_NOT_KNOW = re.compile(
    rf"\b(?:my )?{_PARTNER} (?:can ?not|cannot|can'?t|must not|mustn'?t|should not|shouldn'?t"
    rf"|can never|must never|won'?t|will not|never|not) (?:\w+ )?(?:know|find out|learn|hear"
    rf"|see|discover)\b"
    rf"|\b(?:don'?t|do not|doesn'?t|does not) (?:want|let) (?:my )?{_PARTNER} (?:to )?"
    rf"(?:know|find out)\b"
    rf"|\bno ?one (?:can|must|should|may) know\b|\bnobody (?:can|must|should|may) know\b"
)
_SECRET_ASK = re.compile(
    r"\b(?:secret|secrets|private|confidential|discreet|hidden|between us|stay here"
    r"|(?:tell|inform|call|contact|write to|send) (?:him|her|them|anyone|my \w+))\b"
)
_SECRET_QUESTION = re.compile(
    r"\b(?:is|are|will|can|does|do|it|this|stay|stays|kept|keep|remain)\b[^.!?]{0,25}"
    r"\b(?:secret|private|confidential|discreet|between us)\b"
)


def _any_gender(cleaned: str) -> bool:
    if len(cleaned.split()) > SHORT or _DOER.search(cleaned):
        return False
    return bool(_GENDER_QUESTION.search(cleaned) or _SELF_QUESTION.search(cleaned))


def any_gender_asked(cleaned: str) -> bool:
    """A short question about who is covered, by gender ("does this service help men?")."""
    return _any_gender(cleaned)


def police_coming(cleaned: str) -> bool:
    """The police called and on their way ("I called 911, they're coming", "I just phoned 911,
    what now?"); not police who came before or did nothing, nor "should I call them?"."""
    if _ASKS_TO_CALL.search(cleaned) or _NOT_ON_THE_WAY.search(cleaned):
        return False
    if _ON_THE_WAY.search(cleaned):
        return True
    return bool(_JUST_CALLED.search(cleaned) and _WHAT_NEXT.search(cleaned))


def _evidence_to_police(cleaned: str) -> bool:
    if _EVIDENCE_TO_POLICE.search(cleaned):
        return True
    return bool(_DESTROY.search(cleaned) and _PHYSICAL.search(cleaned))


def _phone_someone(cleaned: str) -> bool:
    # A story of sharing or threats with it goes to the flows, which read the story.
    if _OTHER_CALLEE.search(cleaned) or situation_from_text(cleaned) is not None:
        return False
    return bool(_PHONE_SOMEONE.search(cleaned) or _WHAT_TO_SAY.search(cleaned))


# "it must stay secret", "please keep this between us".
_STAY_SECRET = re.compile(
    r"\b(?:stay|stays|be kept|kept|keep (?:it|this|that|everything)|remain)"
    r" (?:a |totally |completely )?(?:secret|between us|between you and me)\b"
)


# "he will post my private video to my family": "private" describes the images, it asks no
# secret (round 10, h2: the "who will know" answer to a threat).
_PRIVATE_IMAGES = re.compile(r"\b(?:private|intimate|personal) (?:\w+ )?" + images() + r"\b")


def _home_must_not_know(cleaned: str) -> bool:
    cleaned = _PRIVATE_IMAGES.sub(" images ", cleaned)
    if _MUST_NOT_KNOW.search(cleaned):
        return bool(_SECRET_ASK.search(cleaned) or "?" in cleaned)
    if _STAY_SECRET.search(cleaned) and len(cleaned.split()) <= SHORT:
        return True
    return bool(_SECRET_QUESTION.search(cleaned) and re.search(rf"\b{_PARTNER}\b", cleaned))


def who_and_how_kind(cleaned: str) -> str | None:
    """The kind of a lowercased, whitespace-normalised message, or None."""
    if not cleaned:
        return None
    if police_coming(cleaned):
        return POLICE_COMING
    if _evidence_to_police(cleaned):
        return EVIDENCE_TO_POLICE
    if _home_must_not_know(cleaned):
        return HOME_MUST_NOT_KNOW
    if _phone_someone(cleaned):
        return PHONE_SOMEONE
    if _any_gender(cleaned):
        return ANY_GENDER
    return None
