"""Were the images shared, threatened, neither, or does the person not know? Read from free
text, clause by clause. Plain Python.

Only what the person says counts: "I don't know if he shared it" is not "shared", "nothing is
online yet, he keeps saying he'll post it" is a threat, "he hasn't posted them" is neither.
"""

from __future__ import annotations

import re

from assistant.eligibility import (
    NEITHER,
    QUALIFYING_SITUATIONS,
    SHARED,
    SHARED_OR_THREATENED,
    SKIPPED,
    THREATENED,
    UNSURE,
)

# Words people use. Threat wording is looked for first: "says he will post" is a threat even
# though "post" is sharing wording.
SITUATION_WORDS = {
    THREATENED: re.compile(
        r"\b(threat\w*|says? (he|she|they)('?ll| will| is going| are going)"
        r"|going to (post|share|send)|gonna (post|share|send)|will (post|share|send|leak)"
        r"|blackmail\w*|unless i|said (he|she|they) (would|'d) (post|share|send|leak))\b"
    ),
    SHARED: re.compile(
        r"\b(posted|shared|sent (it|them)|leaked|uploaded|forwarded|spread"
        # "she showed me the messages" (a child showing a helper what was sent) is no sharing.
        r"|showed(?! me (the |his |her |their |all |those )?(messages?|texts?|chats?|dms?"
        r"|screenshots?|convos?|conversations?|account|profile))"
        r"|put (it|them) (on|up|online)|it'?s (on|online|up)|they'?re (on|online|up)"
        r"|everyone (saw|has seen)"
        # Other ways to say it: "sent my pics to my family", "put it in a group chat",
        # "printed them out and left them on my car" (printed copies are sharing too).
        r"|sent (my|our|the|his|her) \w+ to|put (it|them) in|put (my|our) \w+ (on|up|online)"
        r"|printed (out |off )?(my|them|it|those|these|copies)|handed (it|them) out"
        r"|passed (it|them) around|left (it|them|copies) (on|at|in))\b"
        # More ways people say it (simulated users, 2026-12-03): "it's going around the office",
        # "all over snapchat", "the whole school has seen it", "airdropped to the bus".
        r"|\b(going|went|passed|being passed|getting passed) around\b"
        r"|\b(is|are|it'?s|they'?re|were|was) all over\b"
        r"|\b(everyone|everybody|the whole \w+|half the \w+|all my \w+|people|the entire \w+)"
        r"( \w+){0,3} (saw|has seen|have seen|seen|got)\b"
        # Session 20: "his friends have seen it", "her coworkers all saw the video".
        r"|\b(his|her|their|my|our) (friends?|mates|buddies|boys|classmates|coworkers|co-workers"
        r"|colleagues|roommates|family|teammates)( \w+){0,2} (saw|has seen|have seen|seen)"
        r" (it|them|(the|my|those|these|that) (\w+ )?(pics?|pictures?|photos?|nudes?|videos?|vids?"
        r"|images?|clips?|tape))\b"
        r"|\b(airdrop\w*|circulat\w*|distribut\w*|texted (it|them)|dm'?d (it|them)|made public)\b"
        r"|\b(is|are|it'?s|they'?re) (out there|public|everywhere)\b"
        # Found where it was posted (session 19): "now i see it on a porn site", "found them on
        # reddit", "it's on pornhub".
        r"|\b(see|saw|seen|found|find|spotted|came across|showed up|popped up|turned up)"
        r" (it|them|me|us|(my|our|the|those|these) (\w+ )?(pics?|pictures?|photos?|nudes?"
        r"|videos?|vids?|images?|tape|clips?))? ?(on|in) (a |an |the |some )?(porn\w*"
        r"|adult (site|website)|website|site|forum|reddit|twitter|x|facebook|instagram|insta"
        r"|snapchat|snap|tiktok|onlyfans|discord|telegram|internet|web)\b"
        r"|\bon (a |an |some )?(porn ?(site|website|hub)|pornhub|xvideos|xhamster"
        r"|adult (site|website))\b"
        r"|\bgroup ?chat with my\b"
        # Present tense and a second language's plain forms (round 12, p21, p13): "my husband
        # shares intimate photos of me", "she keeps sharing my nudes", "he share video of me".
        r"|\b(shares|is sharing|are sharing|keeps? sharing|kept sharing|been sharing"
        r"|is posting|are posting|been posting"
        r"|keeps? posting|keeps? sending|keeps? forwarding)\b"
        r"|(?<!\bi )\b(he|she|they) (share|post|send) (a |the |my )?(\w+ )?(pics?|pictures?"
        r"|photos?|nudes?|images?|videos?|vids?) of me\b"
        # "he sent a video of me to his brother", "emailed some photos of us to my boss" (not
        # "i sent a pic to my bf": sending one's own is not sharing without consent).
        r"|\b(?<!\bi )(sent|texted|emailed|e-mailed|mailed|gave|forwarded|snapped|messaged)"
        r"( \w+){0,3}"
        r" (pics?|pictures?|photos?|nudes?|images?|videos?|vids?|copies)( of (me|us|my \w+)"
        r"( and (him|her|me|us|my \w+))?)?( from( \w+){1,3}?)?"
        r" to\b"
        # Showing them to people ("he is showing them to people", "she keeps showing my
        # photos around"), and the plain forms of a second language ("he show my photo to
        # family", "he send to family group whatsapp"); not a question ("can he share it").
        # Round 30 (young31, p15): "i think hes showing ppl", "shes showing ppl my pics".
        r"|\b(is|are|was|were|been|keeps?|kept|keep on|always|now|still|he'?s|she'?s|they'?re"
        r"|theyre) showing\b"
        r"|(?<!\bi )\bshow(s|ing)? (it|them|those|these|my \w+|the \w+|our \w+|\w+ of me)"
        r" (to|around)\b"
        r"|\bshowing (it |them )?(to )?(people|ppl|everyone|everybody|others|friends"
        r"|(his|her|their) \w+)\b"
        r"|(?<!\bcan )(?<!\bdoes )(?<!\bdid )(?<!\bshould )(?<!\bwould )(?<!\bcould )(?<!\bwill )"
        r"(?<!\bif )(?<!\bmay )(?<!\bmight )\b(he|she|they) (send|share|post|show|put|forward"
        r"|spread)( \w+){0,3} (to|on|in|around)\b"
    ),
    NEITHER: re.compile(r"\b(neither|nothing (has )?happened|just curious|no one has)\b"),
}
KNOWN = frozenset({SHARED, THREATENED, SHARED_OR_THREATENED, NEITHER, UNSURE, SKIPPED})
# "a video of me and her", "pics of him and me": two people in the images, one clause (round 21,
# p17: "sent a video of me and her ... to my brother" was cut before "to my brother").
_CLAUSE = re.compile(
    r"[,.;!?]|\b(?:but|so|because|though)\b"
    r"|(?<!\bof me )(?<!\bof us )(?<!\bof him )(?<!\bof her )\band\b"
)
# More ways to say a threat than the form's button words cover.
_MORE_THREATS = re.compile(
    r"\b(?:saying (?:he|she|they)(?:'?ll| will| is going| are going)"
    r"|(?:he|she|they)(?:'ll| will) (?:post|share|send|leak|expose|do it|show)"
    r"|going to (?:leak|expose|show)|threaten\w*|unless)\b"
    # "she just said she might", at the end of a clause: said of the images, a threat.
    r"|\b(?:said|says|told me) (?:that )?(?:he|she|they)(?:'d|'ll| would| will| might| could)"
    r"(?: do it)?\s*$"
)
# "I don't know if", "not sure whether", "maybe", "might have": the person does not know.
_HEDGE = re.compile(
    r"\b(?:(?:don't|dont|do not|didn't|dunno|idk) know|not sure|unsure|no idea|wonder"
    r"|maybe|might have|may have|could have|dunno|idk)\b"
)
# "hasn't posted", "did not share", "nothing is online yet", "not shared yet".
_NEGATED = re.compile(
    r"\b(?:hasn't|hasnt|has not|haven't|havent|have not|didn't|didnt|did not|not|never"
    r"|nothing|no one has|nobody has|isn't|isnt|aren't|arent)\b"
)
# "I don't think he has posted it anywhere", "i dont believe its been shared" (round 19,
# explore20): a doubt, not told ("Because it was shared ..." came back).
_THINK_NOT = re.compile(r"\b(?:don'?t|dont|do not) (?:think|believe|reckon)\b|\bi doubt\b")
# "what if it goes around", "I'm scared everyone will see": a fear, not what happened.
_FEARED = re.compile(
    r"\b(?:what if|if|in case|afraid|scared|worried|worry|fear|terrified|could|might|would"
    r"|will|gonna|going to)\b"
)
# The demand of a threat ("if I do not give him money he will show"): its "not" denies nothing
# (round 10, p26: the check asked "shared or threatened?" after this was said).
_IF_NOT_DEMAND = re.compile(
    r"\b(?:if|unless) (?:i|you) (?:do not|don't|dont|did not|didn't|will not|won't|refuse to"
    r"|not|no) (?:\w+ ){0,2}?(?:give|pay|send|do|sleep|meet|get)\b"
)
_NO_THREATS = re.compile(r"\bno (?:threats?|threatening|blackmail)\b")
_NOTHING_ONLINE = re.compile(r"\bnothing(?:'s| is| has been)? (?:online|posted|out|up)\b")


# "both", "both really", "I already said both": shared and threatened, to the form's question.
_BOTH = re.compile(
    r"(?:(?:no[, ]+)?(?:i )?(?:already )?(?:said|told you)[ ,:]*)?(?:well[, ]+)?both"
    r"(?: really| honestly| actually| of those| of them| things| tbh)?[ .!]*"
)


# "I never agreed to him showing the videos to his friends. Now he has.": what was refused, then
# done (simulated users round 9, p14: the route form asked "did someone share?" again).
_REFUSED_THEN_DONE = re.compile(
    r"\b(?:never|didn't|didnt|did not|don't|dont|do not) (?:agree|agreed|consent|consented"
    r"|say yes|said yes|give permission|gave permission|want|wanted) (?:to )?(?:(?:him|her|them"
    r"|my ex|my partner) )?(?:show|showing|share|sharing|post|posting|send|sending|forward\w*"
    r"|spread\w*)\b[^?]{0,80}?\b(?:now|and|but|then|yet|still|anyway)\W+(?:he|she|they)"
    r"(?: has| have| did| went ahead|'s done it| has done it| did it anyway| still did)\b"
)


def _clauses(text: str) -> list[str]:
    return [part.strip() for part in _CLAUSE.split(text) if part and part.strip()]


def _reading(clause: str) -> str | None:
    """What one clause says: THREATENED, SHARED, UNSURE, NEITHER, or None."""
    if _NOTHING_ONLINE.search(clause):
        return NEITHER
    if _NO_THREATS.search(clause) and not SITUATION_WORDS[SHARED].search(clause):
        return NEITHER  # "no threats or anything": the word is there, the threat is not
    threat = SITUATION_WORDS[THREATENED].search(clause) or _MORE_THREATS.search(clause)
    shared = SITUATION_WORDS[SHARED].search(clause)
    found = threat or shared
    if found is None:
        return NEITHER if SITUATION_WORDS[NEITHER].search(clause) else None
    before = clause[: found.start()]
    if threat:
        before = _IF_NOT_DEMAND.sub(" ", before)
    if _HEDGE.search(before):
        return UNSURE
    if _THINK_NOT.search(before) and not threat:
        return UNSURE  # a belief, not a fact: asked, never assumed either way
    if _NEGATED.search(before):
        return None if threat else NEITHER
    if _FEARED.search(before) and not threat:
        return None  # "what if it ends up going around": feared, not said to have happened
    return THREATENED if threat else SHARED


def situation_from_text(text: str) -> str | None:
    """'shared' / 'threatened' / 'neither' / 'unsure' from free text; None when it says none.

    A clear threat or sharing anywhere wins ("nothing is online yet, he says he will post
    it" is a threat); a doubt comes next; "neither" only when nothing else is said.
    """
    cleaned = (text or "").strip().lower().replace("\u2019", "'")
    if cleaned in KNOWN:
        return cleaned  # a value the form's buttons already set
    if _BOTH.fullmatch(cleaned):
        return SHARED_OR_THREATENED  # "both" to "shared, or threatened to?"
    if _REFUSED_THEN_DONE.search(cleaned):
        return SHARED
    readings = [_reading(clause) for clause in _clauses(cleaned)]
    # "he showed his friends on his phone, I don't know if he sent it": a doubt about the
    # sharing outranks a reading of it (only a threat stays known whatever else is unsure).
    for answer in (THREATENED, UNSURE, SHARED, NEITHER):
        if answer in readings:
            return answer
    return None


def situation_said_earlier(texts: list[str]) -> str | None:
    """'shared' / 'threatened' from the latest earlier message that says so ("my ex posted my
    pics"), so the eligibility check does not ask again; None when none does. A question ("can
    he share them?"), a doubt or a denial is no answer: the check asks instead."""
    for text in reversed(texts):
        if (text or "").strip().startswith("/"):
            continue
        # Only the statements: "now they're posted. should I use X?" says it was shared.
        statements = [
            sentence.strip()
            for sentence in _SENTENCES.findall(text or "")
            if sentence.strip() and "?" not in sentence
        ]
        found = situation_from_text(" . ".join(statements)) if statements else None
        if found is None and _PRESUPPOSED.search((text or "").lower()):
            found = SHARED
        if found == UNSURE:
            return None  # the latest word on it is a doubt: asked, never assumed
        if found == NEITHER and sharing_denied(text):
            return None  # "actually he hasnt posted them" (session 18): asked, never assumed
        if found in QUALIFYING_SITUATIONS:
            return found
    return None


_SENTENCES = re.compile(r"[^.!?]+[.!?]*")
# A question that takes the sharing as done: "can I sue my ex for posting my pictures?" (round
# 37 p19: the eligibility check asked again whether anything was shared).
_PRESUPPOSED = re.compile(
    r"\b(?:for|after|over) (?:him |her |them )?(?:posting|sharing|leaking|spreading|uploading"
    r"|sending out|sending around) (?:my|our)\b"
)

# "he hasnt sent it to anyone", "nobody has seen it", "it's not online" (session 18): the sharing
# said before is taken back.
_SHARE_DONE = (
    r"(?:sent|send|shared|share|posted|post|shown|showed|show|forwarded|leaked|uploaded"
    r"|put (?:it|them) (?:online|up)|done anything with (?:it|them))"
)
SHARING_DENIED = re.compile(
    rf"\b(?:he|she|they|my \w+)(?: \w+)? (?:hasn'?t|hasnt|has not|haven'?t|havent|have not"
    rf"|didn'?t|didnt|did not|never)(?: \w+)? {_SHARE_DONE}\b"
    r"|\b(?:nobody|no one|no-one|noone) (?:else )?(?:has )?(?:seen|got|gotten|has) (?:it|them)\b"
    r"|\b(?:it'?s|its|it is|they'?re|they are) not (?:online|posted|out|been (?:shared|posted"
    r"|sent))\b"
)


def sharing_denied(text: str | None) -> bool:
    """The message takes back a sharing ("he hasnt posted them, he just has them")."""
    return bool(SHARING_DENIED.search((text or "").lower().replace("’", "'")))


def sharing_taken_back(texts: list[str]) -> bool:
    """The latest message that speaks of sharing or threats denies the sharing, and no threat is
    told in any of them."""
    if any(situation_from_text(text) == THREATENED for text in texts):
        return False
    for text in reversed(texts):
        found = situation_from_text(text)
        if found is not None:
            return found == NEITHER and sharing_denied(text)
    return False


def _readings(text: str) -> list[str | None]:
    return [_reading(clause) for clause in _clauses((text or "").strip().lower())]


def threat_and_no_sharing(text: str) -> bool:
    """A threat, and no clause that says something was shared."""
    readings = _readings(text)
    return THREATENED in readings and SHARED not in readings


def threat_without_sharing(text: str) -> bool:
    """A threat and, in another clause, that nothing was shared: "he hasn't shared them but
    says he will"."""
    readings = _readings(text)
    return THREATENED in readings and NEITHER in readings and SHARED not in readings
