"""Words read in their sentence after the classifier: those that move a conversation (stop,
never mind, delete), a home stated, a person in a position of trust. Plain Python;
assistant.nlu.move_reader applies it.

"How do I stop him from posting" asks about stopping someone else, not the conversation;
"never mind the law, who do I call" goes on to a question; "can I erase this chat, he reads my
phone" asks to delete this conversation, not about deleting evidence, and "he won't delete it" is
about the images; "no, I live in Alberta"
answers where the person lives; "I'm 16 and my coach keeps asking for pics" is the age-rules
question (assistant/trust_words.py).
"""

from __future__ import annotations

import re

from assistant.form_answers import may_answer
from assistant.home_reading import SELF, place_mentions
from assistant.situation_fallback import (
    money_not_navigation,
    situation_intent,
    weak_help_now,
)
from assistant.trust_words import trust_rule_question

STOP, DELETE, INFORM, AGE_RULES = "stop", "delete_conversation", "inform", "check_age_rules"
# Never re-read: the safety net, handoff and sextortion answers come first.
KEEP = frozenset(
    {"crisis", "immediate_danger", "need_help_now", "contact_lawyer", "sextortion"}
)  # fmt: skip
# Intents a plain "no, I live in ..." is often read as; the place makes it an answer.
YES_NO_INTENTS = frozenset({"affirm", "deny", "dont_know", "nlu_fallback", "out_of_scope"})

_STOPPING_SOMEONE = re.compile(
    r"\b(?:stop|stopping|stops)\s+(?:him|her|them|my ex|the (?:guy|person)|people|others"
    r"|anyone|someone|(?:the|my|these|those) (?:pics?|photos?|images?|videos?|vids?|nudes?"
    r"|posts?|sharing|posting|spread\w*))\b"
    r"|\b(?:make|get|force)\s+(?:him|her|them|my ex|the \w+)\s+(?:to\s+)?stop\b"
    r"|\bstop\s+(?:\w+\s+){0,3}from\s+(?:posting|sharing|sending|spreading|leaking|showing)\b"
    r"|\b(?:how|what)\s+(?:\w+\s+){0,4}stop\b"
    r"|\b(?:want|need)\s+(?:him|her|them|it|this)\s+to\s+stop\b"
    # "he won't stop asking me for nudes", "I can't stop shaking": someone's doing, not the chat.
    r"|\b(?:won'?t|wont|will not|doesn'?t|does not|didn'?t|did not|never|can'?t|cannot)\s+stop\b"
)
# Round 10 (p08): "i don't want to quit the team", "I can't quit my job", "do I have to stop
# going to practice?": stopping something in the person's life, not this conversation.
_NOT_AN_ACTIVITY = (
    r"(?:chat|chats|conversation|convo|questions?|check|quiz|form|bot|this|that|it|now|please"
    r"|here|there|already|thing|things|stuff|process|whole|talk|eligibility|assessment"
    r"|test|survey|steps?|flow|intake|screening|session)\b"
)
_STOPPING_AN_ACTIVITY = re.compile(
    rf"\b(?:quit|quitting|stop|stopping|leave|leaving|drop out of|give up|giving up)\s+"
    rf"(?:the|my|our|his|her|their)\s+(?!{_NOT_AN_ACTIVITY})\w+"
    r"|\b(?:quit|quitting|stop|stopping|give up|giving up)\s+(?!asking|talking|chatting|answering"
    r"|messaging|texting|typing|doing|filling|going on|going through)\w+ing\b"
    # Round 26 (p07): "i dont want to quit swim", "do i have to quit hockey": an activity named
    # with no "the"/"my" after a want or a must; never "i want to quit now / this / lol".
    rf"|\b(?:want|wanna|have|has|had|need|needs|going|gonna|supposed|make me|makes me|making me"
    rf"|force me|forced me)\s+(?:to\s+)?(?:quit|leave|drop|give up)\s+"
    rf"(?!{_NOT_AN_ACTIVITY}|(?:chatting|talking|texting|messaging|typing|answering|lol|lmao|ok"
    rf"|okay|pls|plz|bye|sorry|thanks|thank|already|for now|today|right|altogether)\b)[a-z]{{3,}}\b"
)
# Stopping someone from sharing: the answers about getting images down and orders to stop.
_STOPS_SHARING = re.compile(
    r"\bstop\w*\s+(?:\w+\s+){0,3}(?:from\s+)?(?:post|share|shar|send|spread|leak|upload|show)\w*"
)
STOPPING_ANSWERS = ("ask_image_removal", "ask_crt", "route_finder", "ask_police")
# Intents a wish to stop someone sharing is misread as: inside a form "I just want him to stop
# sharing them" read as "neither" ended the eligibility check (issue 16).
STOPPING_MISREAD = frozenset(
    {"stop", "nlu_fallback", "inform_neither", "deny", "out_of_scope", "goodbye", "inform"}
)
IMAGE_REMOVAL = "ask_image_removal"
FALLBACK = "nlu_fallback"
MOVES = frozenset({STOP, DELETE, "skip", "goodbye", "resume", FALLBACK})
MIN_NEXT_CONFIDENCE = 0.2

# "he won't stop asking me for nudes": what someone else keeps doing, even with "stop asking"
# (which alone asks this chat to stop; "why won't you stop asking" still does).
_SOMEONE_WONT_STOP = re.compile(
    r"\b(?!you\b)(?:he|she|they|it|guy|man|person|ex|boss|coach|\w+)\s+(?:just\s+|still\s+)?"
    r"(?:won'?t|wont|will not|doesn'?t|does not|never)\s+stops?\b"
)
# "stop the questions", "how do I stop this chat": the conversation itself.
_STOPPING_THIS_CHAT = re.compile(
    r"\bstop\s+(?:the\s+|this\s+|these\s+|all\s+)?(?:questions?|chat|conversation|convo|check"
    r"|quiz|asking|form)\b"
)
# "never mind X, who do I call": the stop word leads into a question.
_NEVER_MIND_THEN_QUESTION = re.compile(
    r"\b(?:never ?mind|nvm|forget)\b[^,.;!?]*[,.;!?]\s*(?:how|what|who|where|when|which|can"
    r"|could|should|do|does|is|are|i (?:just )?(?:want|need))\b"
)
# This conversation, not the messages with the other person ("my chat with him").
_THIS_CHAT = (
    r"(?:this\s+(?:chat|conversation|convo|messages?|history|chat history)"
    r"|our\s+(?:chat|conversation|convo)(?!s)"
    r"|(?:the|my)\s+(?:chat|conversation|convo)(?!s|\s+with\s+(?:him|her|them|my|the|that))"
    r"|what i (?:wrote|said|typed|told you))"
)
_DELETE_THIS_CHAT = re.compile(
    rf"\b(?:delete|erase|clear|wipe|remove|get rid of)\s+(?:all\s+(?:of\s+)?)?{_THIS_CHAT}"
    rf"|\b{_THIS_CHAT}\s+(?:be\s+)?(?:deleted|erased|cleared|wiped|removed)\b"
)

# "i just want him to stop asking", "how do I get her to stop messaging me": someone else is
# to stop, even with "stop asking" after it (round 13 ended the conversation on it).
_SOMEONE_TO_STOP = re.compile(
    r"\b(?:want|need|get|make|tell|ask|force|wish)\s+(?:him|her|them|my \w+|the \w+|that \w+)"
    r"\s+(?:to\s+)?stop\b"
)


def _clean(text: str) -> str:
    return (text or "").lower().replace("\u2019", "'")


def stops_someone_sharing(text: str) -> bool:
    """'how do I stop him from posting them', 'make her stop sharing it'."""
    return bool(_STOPS_SHARING.search(_clean(text)))


def stop_is_about_something_else(text: str) -> bool:
    """True when a message with "stop" words is not a request to stop this conversation."""
    cleaned = _clean(text)
    if _SOMEONE_WONT_STOP.search(cleaned) or _SOMEONE_TO_STOP.search(cleaned):
        return True
    if _STOPPING_THIS_CHAT.search(cleaned):
        return False
    return bool(
        _STOPPING_SOMEONE.search(cleaned)
        or _NEVER_MIND_THEN_QUESTION.search(cleaned)
        or _STOPPING_AN_ACTIVITY.search(cleaned)
    )


# "now he wont delete it", "how do I make her delete the video", "can I get him to erase my
# pics": someone else deleting the images, not this conversation (session 17: the first of these
# got "Do you want me to delete this conversation?").
_SOMEONE = (
    r"(?:he|she|they|him|her|them|my ex|ex|bf|gf|boyfriend|girlfriend|husband|wife|partner"
    r"|the (?:guy|girl|person|man|woman|account|site|app|platform)|(?:my|the) \w+)"
)
_DELETE_WORDS = r"(?:delete|deleting|deleted|erase|erasing|remove|removing|get rid of|wipe)"
_SOMEONE_ELSE_DELETES = re.compile(
    rf"\b{_SOMEONE}\s+(?:still\s+|just\s+)?(?:won'?t|wont|will not|doesn'?t|does not|didn'?t"
    rf"|did not|never|refuses? to|refused to|has to|have to|should|will|would|to|can|could)"
    rf"\s+(?:\w+\s+)?{_DELETE_WORDS}\b"
    rf"|\b(?:make|get|ask|force|tell|want|need)\s+{_SOMEONE}\s+(?:to\s+)?{_DELETE_WORDS}\b"
    rf"|\b{_DELETE_WORDS}\s+(?:the|my|those|these|his|her|their|our|all)?\s*(?:\w+\s+)?"
    r"(?:pics?|photos?|pictures?|images?|videos?|vids?|nudes?|recordings?|tapes?|copies|posts?)\b"
)


# "what should I save before they delete the chat", "the group chat": their chat, deleted by
# someone else (round 64 p06 was asked "Do you want me to delete this conversation?").
_OTHERS_CHAT_DELETED = re.compile(
    rf"\b(?:before |in case |if |so )?{_SOMEONE}\s+(?:\w+\s+)?(?:deletes?|erases?|wipes?"
    r"|clears?|removes?)\s+(?:the|their|his|her|that)\s+(?:group\s+)?(?:chat|conversation|convo)"
    r"|\bgroup (?:chat|conversation|convo)\b"
)


def someone_else_deletes(text: str) -> bool:
    """'he won't delete it', 'make her delete the video': not this conversation."""
    cleaned = _clean(text)
    if _OTHERS_CHAT_DELETED.search(cleaned) and not _OWN_CHAT_NAMED.search(cleaned):
        return True
    return bool(_SOMEONE_ELSE_DELETES.search(cleaned)) and not _DELETE_THIS_CHAT.search(cleaned)


# "this chat", "our conversation": this conversation, whatever else the message says.
_OWN_CHAT_NAMED = re.compile(r"\b(?:this|our) (?:chat|conversation|convo)\b")


def asks_to_delete_this_chat(text: str) -> bool:
    """'can I erase this chat', 'delete our conversation': this conversation, not evidence."""
    cleaned = _clean(text)
    if _OTHERS_CHAT_DELETED.search(cleaned) and not _OWN_CHAT_NAMED.search(cleaned):
        return False
    return bool(_DELETE_THIS_CHAT.search(cleaned))


def states_own_home(text: str) -> bool:
    """'no, I live in Alberta': the person says where they live."""
    return any(mention.owner == SELF for mention in place_mentions(text))


def _next_topic(ranking: list[tuple[str, float]]) -> str:
    """The best-ranked intent that is not a conversation move, when the classifier was fairly
    sure of it; else the fallback (a wrong topic is worse than "I didn't understand")."""
    for name, confidence in ranking:
        if name not in MOVES:
            return name if confidence >= MIN_NEXT_CONFIDENCE else FALLBACK
    return FALLBACK


def reread_intent(intent: str, text: str, ranking: list[tuple[str, float]]) -> str | None:
    """The intent a message should have given its words, or None to keep the classifier's.

    `ranking` is the classifier's (intent, confidence) pairs, best first.
    """
    if intent in KEEP:
        # Round 18: a weak "someone to talk to now" that asks what can be done.
        return weak_help_now(intent, text, ranking)
    if intent != DELETE and asks_to_delete_this_chat(text):
        return DELETE
    if intent in STOPPING_MISREAD and stops_someone_sharing(text) and not states_own_home(text):
        top = [name for name, _confidence in ranking[:3]]
        return next((name for name in top if name in STOPPING_ANSWERS), IMAGE_REMOVAL)
    if intent == STOP and stop_is_about_something_else(text):
        return _next_topic(ranking)
    if intent == DELETE and not text.startswith("/") and someone_else_deletes(text):
        return _next_topic(ranking)
    if intent in YES_NO_INTENTS and may_answer(intent, text) and states_own_home(text):
        return INFORM
    if intent not in {STOP, DELETE, "inform_shared", "inform_threatened"} and (
        trust_rule_question(text)
    ):
        return AGE_RULES
    # Session 18: a threat or a sharing told plainly, just under the fallback threshold; "get the
    # money back" is no "go back".
    return situation_intent(intent, text, ranking) or money_not_navigation(intent, text)
