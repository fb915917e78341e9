"""Who is writing: the person it happened to, or someone helping (issue 16, kind 2). Plain
Python, no Rasa.

- A young person telling of their OWN case the way teens write ("I'm 14, I sent pics to a girl
  in my class and now I'm scared I'm going to jail", "a boy in my grade asked for my nudes, im
  13") names another young person, so the helper readings took them for a helper ("thank you
  for looking out for them"). Their own age under 18, or their own images, says it is theirs.
- A helper who ends with the next step ("thanks, she'll call them tomorrow", "ok I'll tell him
  to phone") gets a warm close for a helper, not the victim's topic the words look like.
"""

from __future__ import annotations

import re

from assistant.age_parsing import parse_ages
from assistant.plain_text import plain_lower

HELPER_CLOSE = "helper_close"
# The person's own next step said as a close (assistant/next_questions.py), from a helper.
PLAN_CLOSE = "plan_close"
# "do I qualify?" from someone helping another person: who the service is for, not the
# eligibility questions about "your images".
HELPER_ELIGIBILITY = "helper_eligibility"
KINDS = frozenset({HELPER_CLOSE, HELPER_ELIGIBILITY})
ANSWERS: dict[str, list[str]] = {
    HELPER_CLOSE: ["utter_helper_close"],
    HELPER_ELIGIBILITY: ["utter_helper_eligibility"],
}
ELIGIBILITY_INTENTS = frozenset({"check_eligibility", "ask_who_qualifies"})
ADULT_AGE = 18  # content/age_rules.yml adult_age; the answers name no age themselves

_IMAGES = r"(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|selfies?|snaps?)"
# The writer's own images or own act: "my nudes", "pics of me", "I sent pics", "I took a video".
_OWN = re.compile(
    rf"\bmy (?:\w+ )?{_IMAGES}\b|\b{_IMAGES} of (?:me|myself)\b"
    rf"|\bi (?:sent|send|took|take|made|shared|posted|forwarded) (?:\w+ ){{0,2}}{_IMAGES}\b"
    # "he told me to send one" is the writer's; "she told me a man asked her" is not.
    r"|\b(?:asked|asking|asks|begging|pressuring|wants|wanted) me\b|\btold me to\b"
)
# Words that make it someone else's case after all ("my daughter's pics", "her nudes").
_SOMEONE_ELSE = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:daughter|son|kid|child|cousin|niece|nephew|granddaughter"
    r"|grandson|student)s?\b"
    # The writer's role says it: "I'm a school counsellor", "I'm her aunt".
    r"|\b(?:i'?m|im|i am) (?:a|an|the|her|his|their) (?:\w+ )?(?:teacher|counsell?or|parent|mom"
    r"|mum|mother|dad|father|coach|principal|aunt|uncle|grandma|grandmother|grandpa|grandfather"
    r"|guardian|social worker|youth worker|nurse|foster parent)\b"
    r"|\b(?:her|his|their) (?:\w+ )?(?:pics?|pictures?|photos?|nudes?|images?|videos?)\b"
    # "my friends nudes", "my sisters pics": theirs, the apostrophe left out (round 22, p12).
    r"|\b(?:my|our) (?:best |close )?(?:friend|bestie|bff|sister|brother|cousin|girlfriend"
    r"|boyfriend|gf|bf|wife|husband|partner|roommate|roomie|classmate)s'? (?:\w+ )?"
    r"(?:pics?|pictures?|photos?|nudes?|images?|videos?)\b"
    r"|\b(?:my|our) (?:\w+ )?\d{1,2}[- ]?(?:years?[- ]?old|yrs?[- ]?old|yo|y/o)\b"
)
# Fears about what happens to oneself: the "am I in trouble" answer.
_OWN_TROUBLE = re.compile(
    r"\b(?:i'?m|im|i am|i'?ll|i will|i could|i might|i can) (?:\w+ )?"
    r"(?:go(?:ing)? to|gonna go to|gonna|end up in|be sent to|get sent to|be going to)"
    r" (?:jail|juvie|prison|get arrested|be arrested|get charged|be charged)\b"
    r"|\b(?:i'?m|im|i am) (?:\w+ )?going to jail\b"
    r"|\b(?:am|will|would|could|can) i (?:\w+ ){0,2}(?:go|get sent|be sent) to"
    r" (?:jail|juvie|prison)\b"
    r"|\b(?:get|have|end up with) a (?:criminal )?record\b"
)


# The writer says the case is their own, often as a correction after a helper's answer: "it's
# me, not a friend", "no, it's about me", "I'm the one it happened to", "I am writing about
# myself, not someone else". Not "it's not me", "not about me", "hi it's me again", nor "I'm
# the one who shared it" (the writer's own act, not what was done to them).
_IT_IS_ME = re.compile(
    r"\b(?:it'?s|its|it is|it was|this is|that'?s|thats|this was|that was)"
    r" (?:actually |really |just |all )?(?:me|myself|about me|about myself|for me|for myself)\b"
    r"(?! again| too| either| who (?:shared|posted|sent|did|forwarded|leaked|took|made))"
    r"|\b(?:i'?m|im|i am|i was) (?:actually |really |the only )?(?:the one|the person|the victim)"
    r" (?:it|this|that) (?:happened|happens|was done) to\b"
    r"|\b(?:i'?m|im|i am|i was) (?:actually |really )?the (?:victim|one in the (?:\w+ )?"
    r"(?:pics?|pictures?|photos?|photographs?|images?|videos?|nudes?))\b"
    r"|\b(?:it|this|that|all this|all of this|all of it) (?:happened|is happening|was done"
    r"|has happened) to me\b"
    r"|\b(?:i'?m|im|i am) (?:writing|asking|here|talking|enquiring|inquiring)"
    r" (?:about|for|on behalf of) (?:me|myself)\b"
    r"|\b(?:writing|asking|enquiring|inquiring) (?:about|for) myself\b"
    r"|\bnot (?:for |about )?(?:someone|somebody|anyone|anybody) else\b"
    r"|\bnot (?:for|about) (?:a|my) (?:friend|mate|buddy|client)\b"
    r"|\b(?:they'?re|they are|these are|those are|the (?:\w+ )?(?:pics?|pictures?|photos?"
    r"|photographs?|images?|videos?|nudes?) (?:are|were)) (?:actually )?(?:mine|my own|of me"
    r"|my (?:own )?(?:pics?|pictures?|photos?|photographs?|images?|videos?|nudes?))\b"
)


def says_it_is_me(text: str) -> bool:
    """The writer says the case is their own ("it's me, not a friend", "I'm the one it
    happened to", "I am writing about myself")."""
    return bool(_IT_IS_ME.search(plain_lower(text)))


def writes_of_own_case(text: str) -> bool:
    """A young person writes of their own case: their own age under 18 said, or their own
    images or their own act, and no child of the writer's named."""
    cleaned = plain_lower(text)
    if not cleaned or _SOMEONE_ELSE.search(cleaned):
        return False
    ages = parse_ages(cleaned)
    own_minor = ages.self_stated and ages.age is not None and ages.age < ADULT_AGE
    return bool(own_minor or _OWN.search(cleaned))


def fears_own_trouble(text: str) -> bool:
    """ "I'm scared I'm going to jail", "will I get a record": the writer's own trouble."""
    return bool(_OWN_TROUBLE.search(plain_lower(text)))


# "she'll call them tomorrow", "ok I'll tell him to phone", "we'll ring them in the morning".
_NEXT_STEP = r"(?:call|phone|ring|contact|email|text|reach out to|talk to|get in touch with)"
_HELPER_NEXT = re.compile(
    rf"\b(?:she|he|they|we|(?:my|his|her|their) \w+|mum|mom|dad)"
    rf"(?:'ll| will| is going to| are going to|'s going to|'re going to| is gonna"
    rf"| are gonna| gonna| can| could| should| might)(?: \w+)? {_NEXT_STEP}\b"
    rf"|\bi'?(?:ll| will) (?:tell|get|ask|have|help|remind|encourage) (?:him|her|them)"
    rf" (?:to )?{_NEXT_STEP}\b"
    rf"|\bi'?(?:ll| will) (?:pass (?:it|this) on|let (?:him|her|them) know|show (?:him|her|them)"
    rf" (?:this|these|the numbers))\b"
    rf"|\b(?:we|i)'?(?:ll| will) {_NEXT_STEP} (?:them|tomorrow|in the morning|later|today"
    rf"|tonight|on monday)\b"
)
_QUESTION = re.compile(r"\?|\b(?:what|how|who|where|when|why|which|can you|could you)\b")
# "he'll text them to her friends": a threat to ask about, not a helper's next step.
_SHARING = re.compile(
    r"\b(?:post|share|send|leak|upload|spread|threat|blackmail)\w*|\b(?:pics?|pictures?|photos?"
    r"|nudes?|images?|videos?|vids?|money)\b"
)


def helper_closing(text: str) -> bool:
    """A helper's next step said as a close, with no question in it."""
    cleaned = plain_lower(text)
    if not cleaned or len(cleaned.split()) > 20 or _QUESTION.search(cleaned):
        return False
    if _SHARING.search(cleaned):
        return False
    return bool(_HELPER_NEXT.search(cleaned))


def helper_kind_in_context(
    kind: str | None, intent: str | None, text: str, helping: bool
) -> str | None:
    """HELPER_CLOSE for a helper's next step said as a close, HELPER_ELIGIBILITY for a helper's
    "do I qualify?"; `kind` otherwise. `helping`: the earlier messages were read as someone
    helping another person."""
    if not helping:
        return kind
    if kind == PLAN_CLOSE or helper_closing(text):
        return HELPER_CLOSE
    if intent in ELIGIBILITY_INTENTS and kind is None and not _OWN.search(plain_lower(text)):
        return HELPER_ELIGIBILITY
    return kind
