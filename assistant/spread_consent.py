"""Mid-conversation questions sent to the wrong stock answer, and questions typed at a form's
question (simulated users round 19, kinds 2 and 8; session 20). Plain Python over the latest
message, the earlier messages and the bot's earlier actions; the InterruptPolicy answers the kind
(one hook outside forms, one inside). What each answer says comes from
shared/source/service-page.txt and bc-facts.md only.

- stopping the spread ("how do i stop ppl passing it around") got the consent definition;
- "even if she says it's fine" about an image of someone under 18 got the threats answer, and
  "so it's illegal even if she says yes?" the adults' criminal-law block;
- "I didn't send it, I was unconscious, is that legal?" got the pressure-to-send answer;
- "does it matter that she's my wife?" got the eligibility text, then "anything else?";
- a helper of a young child: "what if she did send one" got the adults' removal and damages;
- inside a form, "he posted 2 already. how do i stop him from posting more" was taken only as the
  form's answer, and "yes vancouver. is it free" lost its question.

Each reader is narrow and gated on its context (an under-18 image, a helped child, a
relationship), so that "stop him from threatening me" or "stop talking to him" are not read.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

STOP_SPREAD = "spread_stop"
UNDER_18_AGREED = "spread_under_18_agreed"
UNDER_18_AGREED_YOUNG = "spread_under_18_agreed_young"
UNCONSCIOUS_LEGAL = "spread_unconscious_legal"
MARRIED = "spread_married"
HELPED_CHILD_SENT = "spread_helped_child_sent"
FORM_FEE = "spread_form_fee"
# Asked again right after the answer ("so its illegal even if she says yes?", "so being married
# doesnt change anything?"): a short plain confirmation, not "my answer just above".
UNDER_18_AGREED_AGAIN = "spread_under_18_agreed_again"
MARRIED_AGAIN = "spread_married_again"
# The next steps were just sent (action_shared_next): the partner answer alone.
MARRIED_SHORT = "spread_married_short"

ANSWERS: dict[str, list[str]] = {
    STOP_SPREAD: ["utter_stop_spread", "utter_stop_spread_more"],
    UNDER_18_AGREED: ["utter_under_18_even_agreed"],
    UNDER_18_AGREED_YOUNG: ["utter_under_18_even_agreed", "utter_under_18_even_agreed_young"],
    UNCONSCIOUS_LEGAL: ["utter_unconscious_legal", "utter_unconscious_routes"],
    # service-page.txt's partner example; the answer statements.py gives for a partner.
    MARRIED: ["utter_partner_sharing", "utter_shared_next"],
    HELPED_CHILD_SENT: ["utter_helped_child_sent", "utter_helped_child_sent_removal"],
    FORM_FEE: ["utter_fee"],
    UNDER_18_AGREED_AGAIN: ["utter_under_18_even_agreed_again"],
    MARRIED_AGAIN: ["utter_partner_sharing_again"],
    MARRIED_SHORT: ["utter_partner_sharing"],
}
_AGAIN = {
    UNDER_18_AGREED: UNDER_18_AGREED_AGAIN,
    UNDER_18_AGREED_YOUNG: UNDER_18_AGREED_AGAIN,
    MARRIED: MARRIED_AGAIN,
    MARRIED_SHORT: MARRIED_AGAIN,
}
KINDS = frozenset(ANSWERS)
NO_HALVES = KINDS

# --- Stopping the spread ---
_SPREAD_VERB = (
    r"(?:pass(?:ing)? (?:it|them|this|that|my \w+|the \w+) (?:a)?round|passing (?:it )?(?:a)?round"
    r"|shar(?:e|es|ing)|spread(?:s|ing)?|send(?:s|ing)? (?:it|them) (?:a)?round|forward(?:s|ing)?"
    r"|post(?:s|ing)?|re-?post(?:s|ing)?|upload(?:s|ing)?|circulat(?:e|es|ing)"
    r"|going (?:a)?round|go(?:es)? (?:a)?round|getting (?:a)?round)"
)
_STOP_SPREAD = re.compile(
    # "how do i stop ppl passing it around", "can i make them stop sharing it", "stop him from
    # posting more", "keep it from spreading"
    rf"\b(?:stop|prevent|keep|block)\b(?: \w+){{0,3}}? (?:from )?{_SPREAD_VERB}\b"
    rf"|\bmake (?:them|him|her|people|ppl|everyone|every1|they|the \w+) (?:\w+ )?stop"
    rf"(?: \w+)?? {_SPREAD_VERB}\b"
    # "its going round the group chats how do i stop it"
    r"|\b(?:going|passed|passing|getting|spreading) (?:a)?round\b[^?]*\b(?:stop|end) (?:it|this|"
    r"them|that)\b"
    r"|\bstop (?:it|this|them|the (?:pics?|photos?|pictures?|images?|video|vid|nudes?))"
    r" (?:from )?(?:spreading|going (?:a)?round|being (?:shared|passed|posted|sent)|getting"
    r" (?:shared|passed|posted|sent))\b"
)
_NOT_SPREAD = re.compile(
    r"\bthreat|\bthreaten|\btalk(?:ing)? to\b|\bcontact(?:ing)?\b|\bmessag(?:e|ing)\b"
    r"|\btext(?:ing)? me\b|\bcall(?:ing)? me\b|\basking (?:me|for)\b"
    r"|\bsharing (?:my|your) (?:location|address"
    r"|number)\b|\bstop (?:sharing|sending) (?:pics|nudes|photos|images) (?:to|with) (?:him|her"
    r"|them)\b|\bmyself\b|\bstop (?:it|this) (?:from happening|feeling)\b"
)


def stop_spread(cleaned: str) -> bool:
    """A question how to stop an image spreading or being posted (never the threats, talking
    to him or the writer's own sending)."""
    if _NOT_SPREAD.search(cleaned) or not _STOP_SPREAD.search(cleaned):
        return False
    return "?" in cleaned or bool(
        re.search(
            r"\b(?:how|hw|can|could|cn|what|wat|is there|any ?way|help|pls|plz|please|need|want)\b",
            cleaned,
        )
    )


_THREATENED = re.compile(
    r"\bthreat|\bsays? (?:he|she|they)(?:'?ll| will| is going to| are going to|'?s gonna| gonna)"
    r"|\b(?:he|she|they)(?:'ll| will| is going to| are going to) (?:post|share|send|put|leak)"
    r"|\b(?:hell|shell) (?:post|share|send|put|leak)\b|\b(?:going to|gonna) (?:post|share|send"
    r"|put|leak)|\bbefore (?:he|she|they) (?:actually )?(?:does|do|post|share|send|put)"
)
_OUT_ALREADY = re.compile(
    r"\b(?:posted|reposted|shared|sent (?:it|them) (?:to|a?round)|going (?:a)?round|passing"
    r"|pass(?:ed|ing) (?:it|them) (?:a)?round|spreading|circulating|forwarded|uploaded|put (?:it"
    r"|them) (?:on|up)|it'?s (?:on|in|all over)|its (?:on|in|all over)|(?:they'?re|theyre|is|are)"
    r" (?:on|in) (?:a|the|his|her|their|my|discord|snap|insta|reddit|twitter|tiktok)|more\b"
    r"|keeps? (?:posting|sharing|sending)|all over|everyone (?:has|saw|seen)|group ?chats?)"
)


def stop_spread_in_context(cleaned: str, earlier: list[str]) -> bool:
    """Stopping the spread of images already out (said here or in the last 3 messages), never
    a threat not carried out (the threats' own answers)."""
    if not stop_spread(cleaned) or _THREATENED.search(cleaned):
        return False
    if _OUT_ALREADY.search(cleaned):
        return True
    recent = [plain_lower(said) for said in earlier[-3:]]
    if recent and _THREATENED.search(recent[-1]):
        return False
    return any(_OUT_ALREADY.search(said) for said in recent)


# --- An image of someone under 18, "even if she says it's fine" ---
_AGREED = re.compile(
    r"\beven (?:if|when|tho(?:ugh)?|with|w) (?:she|he|they|her|him|them)?\s*(?:say|says|said"
    r"|agree|agrees|agreed|let|lets|gives?|gave|permission|consent|is (?:ok|okay|fine|cool)"
    r"|ok|okay|fine|yes|wants)"
    r"|\b(?:if|when) (?:she|he|they) (?:say|says|said) (?:it'?s|its|it is|yes|ok|okay|fine|sure"
    r"|i can|that'?s)"
    r"|\bwith (?:her|his|their) (?:permission|consent|ok|okay|agreement|blessing)\b"
    r"|\bif (?:she|he|they) (?:give|gives|gave) (?:me )?(?:permission|consent|the ok)\b"
    r"|\b(?:she|he|they) (?:agreed|agrees|said yes|says yes|said it'?s (?:ok|okay|fine)"
    r"|says it'?s (?:ok|okay|fine)|is (?:ok|okay|fine) with it)\b"
)
_YOUNG_AGE = re.compile(r"\b(?:1[2-7])\b|\bunder (?:18|eighteen)\b|\bminors?\b|\bunderage\b")
_AGE_SAID = re.compile(
    r"\b(?:i'?m|im|i am|were|we'?re|we are|both|she'?s|shes|she is|he'?s|hes|he is|age[ds]?"
    r"|turning)\b[^.?!]{0,15}\b1[2-7]\b|\b1[2-7] ?(?:yo|y/o|years? old|yrs? old)\b"
    r"|\bis (?:only |just )?1[2-7]\b"
    r"|\bunder (?:18|eighteen)\b"
)
_WRITER_YOUNG = re.compile(
    r"\b(?:i'?m|im|i am|were|we'?re|we are|both)\b[^.?!]{0,15}\b1[2-7]\b"
    r"|\b(?:i'?m|im|i am) (?:only )?(?:a )?(?:teen|minor|in (?:grade|high school))"
)
_UNDER_18_ANSWERS = (
    "under_18",
    "young_holds_images",
    "frame_share_under_18",
    "young_received_image",
)
_SHARE_OR_LAW = re.compile(
    r"\b(?:show|shows|showing|send|sending|share|sharing|forward|post|see|look|illegal|legal"
    r"|allowed|crime|criminal|against the law|ok to|okay to|fine to|can i|still)\b"
)


def _under_18_context(cleaned: str, earlier: list[str], done: list[str]) -> bool:
    if any(_AGE_SAID.search(plain_lower(said)) for said in [*earlier[-4:], cleaned]):
        return True
    return any(part in action for action in done[-12:] for part in _UNDER_18_ANSWERS)


def under_18_agreed(cleaned: str, earlier: list[str], done: list[str]) -> str | None:
    if not _AGREED.search(cleaned):
        return None
    if not _SHARE_OR_LAW.search(cleaned) and not (
        earlier and _SHARE_OR_LAW.search(plain_lower(earlier[-1]))
    ):
        return None
    if not _under_18_context(cleaned, earlier, done):
        return None
    young = any(_WRITER_YOUNG.search(plain_lower(said)) for said in [*earlier[-4:], cleaned])
    return UNDER_18_AGREED_YOUNG if young else UNDER_18_AGREED


# --- Taken while unconscious: "I didn't send it, I was unconscious, is that legal?" ---
_OUT = re.compile(
    r"\b(?:i was|i'?m|im|was|i were|while i|when i|while|as i)(?: \w+){0,2}? (?:unconscious"
    r"|passed out|asleep|sleeping|knocked out|blacked out|out cold|blackout drunk)\b"
)
_LEGAL_ASKED = re.compile(
    r"\b(?:legal|illegal|allowed|a crime|crime|against the law|consent|ok|okay|right|can (?:he"
    r"|she|they)|count|lawful)\b"
)
_OWN_SENDING = re.compile(r"\b(?:when|after|because) i sent\b|\bi sent (?:it|them|him|her)\b")


def unconscious_legal(cleaned: str) -> bool:
    if not (_OUT.search(cleaned) and _LEGAL_ASKED.search(cleaned)):
        return False
    if _OWN_SENDING.search(cleaned):
        return False
    return "?" in cleaned or bool(re.search(r"\b(?:is|was|does|can|could)\b", cleaned))


# --- Married or together: does it matter? ---
_RELATION = re.compile(
    r"\b(?:wife|husband|spouse|married|marriage|partner|boyfriend|girlfriend|common[- ]law"
    r"|fianc[eé]e?|together|in a relationship|dating)\b"
)
_MATTER = re.compile(
    r"\b(?:does|do|would|is|will) (?:it|that|this|being \w+|the fact) (?:\w+ ){0,3}?(?:matter"
    r"|change|make (?:a|any) difference|different|count)\b"
    r"|\bis it (?:any )?different\b|\b(?:doesn'?t|doesnt|does not) (?:change|matter)\b"
    r"|\bstill (?:count|apply|a crime|illegal)\b|\b(?:allowed|a right|the right|entitled) to"
    r" (?:share|show|send)\b"
)


def married_matters(cleaned: str, earlier: list[str]) -> bool:
    if not _MATTER.search(cleaned):
        return False
    if _RELATION.search(cleaned):
        return True
    # "does that matter?" right after "we're married"
    return bool(
        earlier
        and re.search(r"\b(?:that|it) (?:matter|change)", cleaned)
        and _RELATION.search(plain_lower(earlier[-1]))
    )


# --- A helper of a young child: "what if she did send one" ---
_CHILD_SENT = re.compile(
    r"\bwhat if (?:she|he|they|my (?:little |younger |\w+ )?(?:daughter|son|sister|brother|kid"
    r"|child|niece|nephew|grand(?:daughter|son|child))) (?:did |already |has |had |actually"
    r" |maybe |does )*(?:sent?|sends|send)\b"
    r"|\b(?:she|he|they) (?:might|may|could) (?:have|of|'?ve) (?:already )?sent\b"
    r"|\bif (?:she|he|they) (?:already |did |has |had |actually )+sent\b"
)
_HELPED_CHILD = re.compile(
    r"\bmy (?:little |younger |baby |\w+ )?(?:sister|brother|daughter|son|niece|nephew|kid|child"
    r"|grand(?:daughter|son|child)|student)\b[^.?!]{0,40}\b(?:[4-9]|1[0-7])\b"
    r"|\b(?:she|he)'?s? (?:is )?(?:only )?(?:[4-9]|1[0-7])\b"
)
_HELPER_ANSWERS = ("child_asked", "helper_minor", "helper_child", "helped_child", "child_tell")


def helped_child_sent(cleaned: str, earlier: list[str], done: list[str]) -> bool:
    if not _CHILD_SENT.search(cleaned):
        return False
    if any(part in action for action in done[-12:] for part in _HELPER_ANSWERS):
        return True
    return any(_HELPED_CHILD.search(plain_lower(said)) for said in earlier[-4:])


# Stock answers these follow-ups used to get: a kind read here replaces them (or nothing).
REPLACEABLE_FIRST = frozenset(
    {
        "utter_no_consent",
        "utter_consent",
        "utter_consent_more",
        "utter_pressured",
        "utter_threats_covered",
        "utter_if_threat_carried_out",
        "utter_who_qualifies",
        "utter_anything_else",
        "utter_helper_intro",
        "utter_is_it_crime",
        "utter_said_above",
        "action_not_covered",
        "action_question_fallback",
        "utter_showing_counts",
    }
)


def spread_consent_kind(
    text: str,
    earlier: list[str],
    done: list[str],
    current_first: str | None,
    previous: list[str] | None = None,
) -> str | None:
    """The kind of a follow-up outside a form, or None. `current_first` is the first action of
    the answer read so far (None: nothing read), `done` the bot's earlier actions, `previous`
    the turn before's."""
    kind = _kind(text, earlier, done, current_first)
    if kind in _AGAIN and ANSWERS[kind][0] in (previous or []):
        return _AGAIN[kind]
    return kind


def _kind(text: str, earlier: list[str], done: list[str], current_first: str | None) -> str | None:
    if current_first is not None and current_first not in REPLACEABLE_FIRST:
        return None
    cleaned = plain_lower(text)
    young = under_18_agreed(cleaned, earlier, done)
    if young:
        return young
    if helped_child_sent(cleaned, earlier, done):
        return HELPED_CHILD_SENT
    if unconscious_legal(cleaned):
        return UNCONSCIOUS_LEGAL
    if married_matters(cleaned, earlier):
        steps_sent = {"action_shared_next", "utter_shared_next"} & set(done[-8:])
        return MARRIED_SHORT if steps_sent else MARRIED
    if stop_spread_in_context(cleaned, earlier):
        return STOP_SPREAD
    return None


# --- Inside a form ---
_FEE = re.compile(
    r"\b(?:is (?:it|this|that|the (?:service|lawyer|advice)) (?:really |actually )?free"
    r"|does (?:it|this|that) cost|how much (?:does|is|will)|do i (?:have to |need to )?pay"
    r"|cost (?:me )?(?:money|anything)|any (?:fee|cost|charge)s?)\b"
)
_PAY_THEM = re.compile(r"\bpay (?:him|her|them|the (?:guy|person|scammer))\b|\bsextort|\bransom")


def form_side_kind(
    text: str, current: str | None, earlier: list[str], done: list[str]
) -> str | None:
    """A question typed at a form's question that nothing read, or read only as the form's
    answer: stopping the spread, an under-18 image "even with her permission", and the cost."""
    cleaned = plain_lower(text)
    if stop_spread_in_context(cleaned, earlier):
        return STOP_SPREAD
    young = under_18_agreed(cleaned, earlier, done)
    if young:
        return young
    if current is None and _FEE.search(cleaned) and not _PAY_THEM.search(cleaned):
        return FORM_FEE
    return None
