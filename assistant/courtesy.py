"""A thank-you or an "ok" in front of a new question: the question is what needs the answer.

"Thanks. What is Cybertip?" read whole is mostly a thank-you to the classifier, and the person
gets "You're welcome" and nothing else. The courtesy is taken off only when what follows is
plainly a question of at least three words; "thanks so much for your help" stays as it is.
A greeting in front of a message is taken off too when at least four words follow: "Hello, I am
writing for my sister, her husband posted her pictures" got the greeting's answer.
Plain functions, no Rasa imports.
"""

from __future__ import annotations

import re

_COURTESY = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|alright|cool|great|got it|perfect|right)[\s,.!]*)?"
    r"(?:thanks?(?: you| u)?(?: so much| a lot| very much)?|thx|ty|tysm|ok(?:ay)?|got it|cool)"
    r"\s*(?:[,.!:;\u2013\u2014-]+|\s(?:but|and|so|also)\b)\s*(?:(?:and|but|so|also)\s+)?",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^(?:what|whats|what's|how|can|could|is|are|am|do|does|did|will|would|who|where|when|why"
    r"|should|which|if|i need|i want|i have|my|he|she|they|tell me)\b",
    re.IGNORECASE,
)
MIN_REST_WORDS = 3
_GREETING = re.compile(
    r"^\s*(?:hi+|hello|hey+|hiya|heya|yo|greetings|good (?:morning|afternoon|evening|day|night)"
    r"|dear (?:sir|madam|team|all)(?: or madam)?)(?: there| everyone| all| team)?"
    r"\s*(?:[,.!:;-]+\s*|\s+)",
    re.IGNORECASE,
)
MIN_WORDS_AFTER_GREETING = 4


def message_after_greeting(text: str) -> str | None:
    """What follows a leading greeting, when it says something of its own (four words or more)."""
    match = _GREETING.match(text or "")
    if not match:
        return None
    rest = text[match.end() :].strip()
    return rest if len(rest.split()) >= MIN_WORDS_AFTER_GREETING else None


# "one more thing:", "last question -", "quick q,": a lead-in to the question, not its words.
_LEAD_IN = re.compile(
    r"^\s*(?:(?:and|also|oh|so)[\s,]+)?(?:(?:one|1) more (?:thing|question|q)|(?:a |one )?last"
    r" (?:thing|question|q)|(?:a |one )?quick (?:question|q)|another (?:question|thing)"
    r"|(?:i have |i've got |got )?(?:a|one) (?:more )?question)\b"
    r"\s*(?:[,.!:;\u2013\u2014-]+\s*|\s+)",
    re.IGNORECASE,
)
# "you didn't answer, do they represent me?", "that's not what I asked. is it free?": the
# complaint says the last answer missed; the question after it is what needs the answer.
_COMPLAINT = re.compile(
    r"^\s*(?:(?:no|nope|um+|uh+|hm+|sorry|ugh)[\s,.!]+)?(?:but\s+)?"
    r"(?:you (?:didn'?t|did not|haven'?t|have not|never|still (?:didn'?t|haven'?t)) answer(?:ed)?"
    r"(?: (?:my|the|that) question| me| it| that)?"
    r"|(?:that'?s|that is|thats|this is|it'?s) not (?:what i (?:asked|meant|said|wanted)"
    r"|(?:an |my )?answer|(?:my |the |what i )?question)"
    r"|(?:that|this|it) (?:doesn'?t|does not|didn'?t|did not) answer (?:my|the) question"
    r"|(?:you'?re|you are) not answering(?: (?:me|my question|the question))?"
    r"|not what i (?:asked|meant)|you missed (?:my|the) question|wrong answer"
    r"|i (?:already )?asked(?: you)?(?: (?:something else|a question))?)"
    r"(?: (?:again|though|sorry|at all))?\s*(?:[,.!:;?\u2013\u2014-]+\s*|\s+|$)"
    r"(?:(?:so|but|i asked|i said|i mean|my question (?:is|was))[\s,:]+)?",
    re.IGNORECASE,
)


def _question_in(rest: str) -> str | None:
    """`rest` when it is plainly a question of three words or more (after any lead-in)."""
    rest = _LEAD_IN.sub("", rest, count=1).strip() or rest
    if len(rest.split()) < MIN_REST_WORDS:
        return None
    if rest.endswith("?") or _QUESTION_START.match(rest):
        return rest
    return None


def question_after_courtesy(text: str) -> str | None:
    """The question after a leading thank-you, "ok" or complaint ("you didn't answer"), or
    None when there is none to find."""
    after_greeting = message_after_greeting(text)
    if after_greeting:
        return question_after_courtesy(after_greeting) or after_greeting
    for lead in (_COURTESY, _COMPLAINT):
        match = lead.match(text or "")
        if match:
            return _question_in(text[match.end() :].strip())
    return None


def is_bare_complaint(text: str) -> bool:
    """ "that's not what I asked", "you didn't answer my question": the last answer missed and
    no question comes with it (the person gets a sorry and the topics, not "anything else?")."""
    match = _COMPLAINT.match(text or "")
    return match is not None and not re.search(r"\w", text[match.end() :])


# "thanks, that's all", "no that's it", "nope all good", "ok I'm all set, thank you", "thanks,
# good night": the person is done. A closing phrase is needed: a bare "no" or "thanks" keeps its
# own answer.
_CLOSING_FILLER = (
    # "sure. thats it thanks" (round 66 p32: "What would you like to know?" again).
    r"(?:no|nope|nah|sure|no thanks?|no thank you"
    r"|thanks?(?: you| u)?(?: so much| a lot| very much)?"
    r"|thx|ty|tysm|ok(?:ay)?|alright|cool|great|perfect|got it|that'?s great|that helps?"
    r"|that helped|that was helpful|very helpful|really helpful|appreciate it|for now|bye"
    r"|goodbye|good ?night|night|take care|for today|then|really|all|for (?:the )?(?:day|night)"
    r"|for (?:now|today|tonight)|(?:for )?testing(?: (?:today|for today|for now))?"
    r"|have a (?:good|nice|great) (?:night|day|evening|one)|see (?:you|ya)(?: later)?"
    # "No, I think that's everything", "yeah I guess that's all", "you've been very helpful".
    r"|i think|i guess|i believe|actually|yeah|yep|honestly|so|well"
    r"|(?:you'?ve|you have) been (?:very |really |so |a big |a great )?(?:helpful|a help|great)"
    # "Thank you very much, that is very helpful. Goodbye." (round 11, p06).
    r"|(?:that|this|it)(?:'?s| is| was) (?:very |really |so |super |a big |a great )?"
    r"(?:helpful|useful|a help|great|good))"
)
_CLOSING_PHRASE = (
    r"(?:that'?s (?:all|it|everything)(?: i (?:needed|wanted)(?: to (?:know|ask))?)?"
    r"|that is (?:all|it|everything)(?: i (?:needed|wanted)(?: to (?:know|ask))?)?"
    # "no thanks, that's what I needed" (round 9, r9a): what they came for, a close.
    r"|(?:that'?s|that is|it'?s) (?:just |exactly )?what i (?:needed|wanted|was looking for)"
    r"(?: to (?:know|hear))?"
    r"|(?:i'?m |im |we'?re |were )?all set|nothing else|no more questions|no other questions"
    r"|(?:i )?don'?t have any (?:more |other )?questions|that'?ll be all|that covers it"
    # "thank you. i think thats enough for now" (round 11, p17).
    r"|(?:that'?s|that is|this is|it'?s) enough(?: for (?:now|today|tonight|the day))?"
    r"|enough for (?:now|today|tonight)"
    # A farewell is a closing phrase too: "thanks, good night", "ok thank you, take care".
    r"|good ?night|nite|night night|take care|have a (?:good|nice|great) (?:night|day|evening|one)"
    r"|(?:good)?bye(?: bye| for now)?|see (?:you|ya)(?: later)?)"
)
# "I'm good", "all good" say it only with a no or a thanks ("nope all good"): alone, they may
# answer "are you safe right now?".
_WEAK_PHRASE = (
    r"(?:(?:i'?m |im |we'?re )?all good"
    r"|(?:i'?m|im|i am) (?:good|fine|ok(?:ay)?)(?: now| for now| then)?)"
)
_CLOSING = re.compile(
    rf"^(?:{_CLOSING_FILLER}[\s,.!-]*)*{_CLOSING_PHRASE}(?:[\s,.!-]*{_CLOSING_FILLER})*[\s,.!-]*$"
)
_WEAK_CLOSING = re.compile(
    rf"^(?:(?:{_CLOSING_FILLER}[\s,.!-]*)+{_WEAK_PHRASE}(?:[\s,.!-]*{_CLOSING_FILLER})*"
    rf"|{_WEAK_PHRASE}(?:[\s,.!-]*{_CLOSING_FILLER})+)[\s,.!-]*$"
)


def is_closing(text: str) -> bool:
    """True for a message that says the person is done ("no that's it", "thanks, that's all")."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    return bool(_CLOSING.match(cleaned) or _WEAK_CLOSING.match(cleaned))
