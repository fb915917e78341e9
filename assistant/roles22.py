"""Round 21 kinds 3, 5 and 6 (roles22): who is writing misread, evidence advice around images
of people under 18, facts the person gave not heard.

- a young person who received someone's image (a group chat, sent to them) asks how to help the
  person in it: what the sources say for them and for the friend, never "keep it as evidence"
  (`HELP_FRIEND`).
- a young person helping a younger child asks about blocking on the child's account: the
  helper's block steps, and a safe adult for the young helper too, never "what was done to
  you" (`YOUNG_HELPER_BLOCK`).
- the copies are already gone ("i threw them out", "i deleted them, was that bad?"): never
  "keep the copies you took down" (`EVIDENCE_GONE`).
- "can my coworkers be witnesses?": not in the sources; what to write down, who can say
  (`WITNESSES`).
- "i kinda know who made them, can i sue him?", "i DO know who it is": the tribunal's damages,
  never "you don't need to know who it was" (`KNOWS_WHO`).

Read in InterruptPolicy._direct_answer (outside forms, never for a safety intent), right after
helper_role. Plain functions over the latest message and the earlier ones; responses in
domain/roles22.yml.
"""

from __future__ import annotations

import re

from assistant import who_did_it, young_holder
from assistant.plain_text import plain_lower

HELP_FRIEND = "utter_received_help_friend"
RECEIVED_NEXT = "utter_young_received_image_next"
HELPER_BLOCK = "utter_helper_minor_block"
HELPER_BLOCK_YOUNG = "utter_helper_minor_block_young"
EVIDENCE_GONE = "utter_evidence_gone"
WITNESSES = "utter_witnesses"
KNOWS_WHO = "utter_knows_who_damages"
ANSWERS = (HELP_FRIEND, HELPER_BLOCK_YOUNG, EVIDENCE_GONE, WITNESSES, KNOWS_WHO)

# --- 1. a receiver asks how to help the person in the image ------------------------------
_RECEIVED_BEFORE = re.compile(
    r"\b(?:sent|forwarded|shared|airdropped|passed|posted|dropped) (?:it|them|a \w+|the \w+)"
    r" (?:to|in|into) (?:me|the|our|a|my) ?(?:\w+ )?(?:group|chat|gc|server)?\b"
    r"|\bi (?:just |only )?(?:got|received|was sent|got sent) (?:it|them|a|the)\b"
)
_HELP_THEM = re.compile(
    r"\b(?:how|what) (?:do|can|should|could) i (?:\w+ ){0,2}?(?:help|support|do for|be there for"
    r"|look out for|protect)\b(?: (?:her|him|them|my friend|my bff|the girl|the boy|the person"
    r"|this girl|this boy|my classmate))?"
    r"|\b(?:can|should|could) i (?:\w+ )?(?:help|support|protect) (?:her|him|them|my friend"
    r"|the girl|the boy)\b"
    r"|\bhelp (?:her|him|my friend|the girl|the boy)\b"
)
_DELETE_ASKED = re.compile(r"\b(?:delete|get rid of|erase|keep it|keep them|save it|save them)\b")


def _received_told(earlier: list[str]) -> bool:
    """The writer told of being sent someone else's image with someone under 18 or a
    schoolmate (young_holder's readers), in the last six messages."""
    for text in earlier[-6:]:
        cleaned = plain_lower(text)
        if young_holder.chat_receiver(cleaned) or young_holder.young_receiver(cleaned):
            return True
    joined = " ".join(plain_lower(t) for t in earlier[-6:])
    return bool(
        _RECEIVED_BEFORE.search(joined)
        and young_holder._UNDER_18.search(joined)  # noqa: SLF001 - one reading of ages
        and not young_holder._OWN_IMAGES.search(joined)  # noqa: SLF001
    )


def help_friend(text: str, earlier: list[str], previous: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _HELP_THEM.search(cleaned) or not _received_told(earlier):
        return None
    if re.search(r"\bhelp (?:me|myself)\b", cleaned) and not re.search(
        r"\b(?:her|him|them|friend|girl|boy)\b", cleaned
    ):
        return None
    answer = [HELP_FRIEND]
    if _DELETE_ASKED.search(cleaned) and RECEIVED_NEXT not in previous:
        answer.insert(0, RECEIVED_NEXT)
    return answer


# --- 2. a young helper of a child asks about blocking -------------------------------------
_CHILD_TOLD = re.compile(
    r"\bmy (?:little |younger |baby |step|half )?(?:sister|brother|sis|bro|cousin|niece|nephew)"
    r"\b[^.!?]{0,60}\b(?:(?:is|shes|she'?s|hes|he'?s|only|just) )?(?:[1-9]|1[0-5])\b"
    r"|\b(?:[1-9]|1[0-5]) ?(?:yo|y/o|years? old)\b[^.!?]{0,40}\b(?:sister|brother|cousin|niece"
    r"|nephew)\b"
    r"|\bmy little (?:sister|brother|sis|bro|cousin)\b"
)
_ASKED_FOR = re.compile(
    r"\b(?:ask|asks|asking|asked|pressur\w*|wants?|messag\w*|groom\w*|dm\w*)\b[^.!?]{0,40}"
    r"\b(?:pics?|photos?|pictures?|nudes?|images?|selfies?|videos?)\b"
)
_BLOCK_FOR_THEM = re.compile(
    r"\bblock(?:ing)? (?:him|her|them|the (?:account|guy|person|man))\b[^.!?]{0,25}"
    r"\b(?:on|from|for) (?:her|his|their)(?: (?:account|phone|profile|game|roblox|app|ipad"
    r"|tablet))?\b"
    r"|\b(?:on|from) (?:her|his|their) (?:account|phone|profile)\b[^.!?]{0,25}\bblock"
    r"|\b(?:can|should|could) (?:she|he) (?:just )?block\b"
    r"|\bblock (?:him|her|them) for (?:her|him|them)\b"
)
_WRITER_YOUNG = re.compile(
    r"\b(?:i'?m|im|i am) (?:only |just )?(?:1[0-7]|[1-9])\b(?! ?(?:min|minutes|hours|km))"
)


def young_helper_block(text: str, earlier: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _BLOCK_FOR_THEM.search(cleaned):
        return None
    told = [plain_lower(t) for t in earlier[-6:]]
    if not any(_CHILD_TOLD.search(t) and _ASKED_FOR.search(t) for t in told):
        return None
    if any(
        re.search(r"\b(?:me|my own)\b[^.!?]{0,10}\b(?:for pics|for photos|for nudes)", t)
        for t in told
    ):
        return None  # the writer is the one asked
    young = any(_WRITER_YOUNG.search(t) for t in [*told, cleaned])
    return [HELPER_BLOCK, HELPER_BLOCK_YOUNG] if young else [HELPER_BLOCK]


# --- 3. the copies are already gone -------------------------------------------------------
_GONE = re.compile(
    r"\b(?:threw|thrown|tossed|chucked|binned) (?:them|it|those|the \w+|all of them)"
    r" (?:\w+ )?(?:out|away|in the (?:garbage|trash|bin))\b"
    r"|\b(?:trashed|burned|burnt|shredded|ripped up|tore up|torn up|destroyed) (?:them|it|those"
    r"|the \w+)\b"
    r"|\bgot rid of (?:them|it|those|the \w+)\b"
    r"|(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bex )\bdeleted (?:them|it|those"
    r"|all (?:of )?(?:them|it)"
    r"|the (?:pics|photos|pictures|images|messages|texts|video|screenshots|chat|nudes))\b"
    r"|\b(?:in|into) the (?:garbage|trash|recycling)(?: truck| bin)?\b"
    r"|\b(?:don'?t|dont|do not) have (?:them|it|the \w+|any (?:proof|evidence)|proof|evidence)"
    r" (?:\w+ )?(?:anymore|any more|now|left)\b"
    r"|\bno (?:proof|evidence) (?:now|anymore|left)\b"
)
_WORRY = re.compile(
    r"\?|\b(?:was that|is that|was it|is it) (?:bad|wrong|a mistake|dumb|stupid|ok|okay)\b"
    r"|\b(?:did i|have i) (?:mess|screw|ruin|wreck)\w*\b|\bno proof\b|\bdon'?t have proof\b"
    r"|\bdont have proof\b|\bmessed up\b|\bruined\b"
)
_REMOVAL_TOOL = re.compile(
    r"\bstopncii\b|\btake it down\b|\bneed (?:the|my) (?:actual |real |original )?(?:pics?"
    r"|photos?|pictures?|images?|videos?)\b"
)
_OTHERS_DELETED = re.compile(
    r"\b(?:friends|everyone|everybody|people|they all|all|both|he|she)(?: (?:all|have|had|already"
    r"|just|said they))? (?:deleted|removed|erased)\b"
)
_MINOR_IMAGE = re.compile(r"\b(?:under 18|underage|minor)\b")


def evidence_gone(text: str, earlier: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _GONE.search(cleaned) or not _WORRY.search(cleaned) or not earlier:
        return None
    if witnesses(text, earlier):
        return None  # "i dont have them anymore, can coworkers be witnesses?": that question
    if _REMOVAL_TOOL.search(cleaned) or _OTHERS_DELETED.search(cleaned):
        # Round 30 p29 T4 "i deleted them. do i need the actual pic for stopncii?" (stock28's
        # no-copy answer), p24 T4 "his friends all deleted it, any point?" (stock31): the
        # writer's own copies are not what was asked about.
        return None
    told = " ".join(plain_lower(t) for t in earlier[-6:])
    # Someone else's image of a young person held by the writer: deleting is not the worry here
    # (young_holder's and person_fit's answers).
    if (
        _received_told(earlier)
        or young_holder.young_holder(told)
        or young_holder._held_told_before(cleaned, [told])  # noqa: SLF001 - the same reading
        or _MINOR_IMAGE.search(told)
        or (
            re.search(r"\b(?:sent|gave|airdropped|showed|forwarded) me\b", told)
            and young_holder._UNDER_18.search(told)  # noqa: SLF001
        )
    ):
        return None
    if not re.search(
        r"\b(?:my|of me|me)\b[^.!?]{0,40}\b(?:pics?|photos?|pictures?|nudes?|images?|videos?)\b"
        r"|\b(?:pics?|photos?|pictures?|nudes?|images?|videos?) of me\b|\bprinted\b"
        r"|\b(?:posted|shared|sent|spread|leaked|left)\b",
        told,
    ):
        return None
    return [EVIDENCE_GONE]


# --- 4. people who saw them as witnesses --------------------------------------------------
_WITNESS = re.compile(
    r"\bwitness(?:es)?\b|\btestify\b|\bback me up\b|\bvouch\b|\bgive (?:a )?statements?\b"
    r"|\bsay (?:what|that) they saw\b|\btell (?:the police|police|a judge|the tribunal) what they"
    r" saw\b"
)
_ASKS = re.compile(r"\?|\b(?:can|could|would|will|do|does|is|are|should)\b")


def witnesses(text: str, earlier: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not _WITNESS.search(cleaned) or not _ASKS.search(cleaned):
        return None
    if re.search(r"\bwitness(?:ed)? (?:it|this) happen(?:ing)?\b|\bi witnessed\b", cleaned):
        return None  # the writer saw someone else's images shared: another story
    return [WITNESSES]


# --- 5. the person knows who did it -------------------------------------------------------
_MONEY = re.compile(
    r"\b(?:sue|suing|money|compensation|damages|paid|pay me|pay for|get \$|\$\d|claim against)\b"
)


def knows_who(text: str, earlier: list[str], previous: list[str]) -> list[str] | None:
    cleaned = plain_lower(text)
    if not who_did_it.knows_who(cleaned):
        return None
    asked_money = bool(_MONEY.search(cleaned)) or (
        bool(earlier)
        and bool(_MONEY.search(plain_lower(earlier[-1])))
        and bool(set(previous) & {"utter_who_did_it", "utter_said_above"})
    )
    if not asked_money:
        return None
    return None if KNOWS_WHO in previous else [KNOWS_WHO]


def follow_up(text: str, previous: list[str], earlier: list[str]) -> list[str] | None:
    """The answer (response names), or None. `previous`: the actions of the turn before."""
    if not earlier:
        return None
    found = (
        help_friend(text, earlier, previous)
        or young_helper_block(text, earlier)
        or witnesses(text, earlier)
        or evidence_gone(text, earlier)
        or knows_who(text, earlier, previous)
    )
    if found and found == [name for name in found if name in previous]:
        return None  # the same answer again right after it: the readers after this one
    return found
