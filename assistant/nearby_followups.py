"""Plain follow-ups that fell to the fallback or got a nearby topic (simulated users round 17,
kinds 2 and 3). Plain Python over the latest message and the earlier ones; the InterruptPolicy
answers the kind (one hook). What each answer says comes from shared/source/service-page.txt and
bc-facts.md only; where they are silent it says so and names who can answer.

- "who do I actually tell?": a young writer, a safe adult, Kids Help Phone, Cybertip.ca (the
  answer urgent_questions gives "should I tell someone"); an adult, police, VictimLinkBC, the
  free lawyer. Before: the question fallback or "doesn't answer that".
- A hidden camera in a rental: "message the host or wait?": the sources don't say; report to
  police and ask them; keep the device. Before: the evidence log or the fallback.
- After a hidden camera: "what if he DID post the videos?": the removal, tribunal and free
  advice routes. Before: a police blurb or the threat's answer ("keep the threats").
- "can I get the 500 back?" after paying: the honest money-back answer. Before: image removal.
- "any point going to police if he's not in Canada?": the police-abroad answer. Before: the
  fallback ("doesn't answer that").
- "can it be taken down or is it too late?": not too late to act, the removal routes, honest
  about copies others saved. Before: revoking consent, or the tribunal's order alone.
- "do I need a police report for the tribunal claim?": the sources don't say the tribunal needs
  one; the Solution Explorer. Before: the legal-advice service's "no report needed".
- "how much can I get, do I have to go to court?": the damages limit, an online tribunal, the
  larger courts, honest that the sources don't say what a claim gets. Before: the tribunal's
  order text, or the whole route list.
- "can the free lawyer help with the lease too?": what the service page says the advice covers.
  Before: the eligibility check, or the fallback.
"""

from __future__ import annotations

import re

from assistant import asked_again
from assistant.answer_kinds_specific import asks_representation
from assistant.plain_text import plain_lower

WHO_TO_TELL_YOUNG = "nearby_who_to_tell_young"
WHO_TO_TELL_ADULT = "nearby_who_to_tell_adult"
CAMERA_HOST = "nearby_camera_tell_host"
CAMERA_HOST_OR_POLICE = "nearby_camera_host_or_police"
CAMERA_POSTED = "nearby_camera_if_posted"
MONEY_BACK = "nearby_money_back"
POLICE_ABROAD = "nearby_police_abroad"
TOO_LATE = "nearby_removal_too_late"
CRT_POLICE = "nearby_crt_police_report"
CRT_POLICE_REPRESENT = "nearby_crt_police_report_represent"
HOW_MUCH = "nearby_damages_how_much"
LAWYER_SCOPE = "nearby_lawyer_scope_other"
CRT_LAWYER = "nearby_crt_lawyer_needed"

ANSWERS: dict[str, list[str]] = {
    # The answers other readers give for the same question in other words.
    WHO_TO_TELL_YOUNG: ["utter_youth_tell"],
    MONEY_BACK: ["utter_money_back"],
    CAMERA_HOST_OR_POLICE: ["utter_company_or_police", "utter_company_or_police_next"],
    POLICE_ABROAD: ["utter_police_abroad", "utter_police_abroad_next"],
    # New answers (domain/nearby_followups.yml).
    WHO_TO_TELL_ADULT: ["utter_who_to_tell_adult"],
    CAMERA_HOST: ["utter_camera_tell_host"],
    CAMERA_POSTED: ["utter_camera_if_posted"],
    TOO_LATE: ["utter_removal_too_late"],
    CRT_POLICE: ["utter_crt_police_report"],
    # "... and will the free lawyer handle the claim or just advise?" in the same message.
    CRT_POLICE_REPRESENT: ["utter_crt_police_report", "utter_lawyer_represent"],
    CRT_LAWYER: ["utter_crt_lawyer"],
    HOW_MUCH: ["utter_damages_how_much"],
    LAWYER_SCOPE: ["utter_lawyer_scope_other"],
}
# Asked again right after (its answer in the bot's last three turns): a short, plainer answer.
_AGAIN_OF = {
    CAMERA_HOST: ("utter_camera_tell_host", "nearby_camera_tell_host_again"),
    CRT_POLICE: ("utter_crt_police_report", "nearby_crt_police_report_again"),
}
ANSWERS.update(
    {
        "nearby_camera_tell_host_again": ["utter_camera_tell_host_again"],
        "nearby_crt_police_report_again": ["utter_crt_police_report_again"],
    }
)
KINDS = frozenset(ANSWERS)
# Read only when nothing else read the message: "who can I tell?", money back and police abroad
# have other, fitted answers (a named person, the helper's script, a sextortion's steps, the
# lawyer and the tribunal).
FALLBACK_ONLY = frozenset(
    {WHO_TO_TELL_YOUNG, WHO_TO_TELL_ADULT, MONEY_BACK, POLICE_ABROAD, CRT_LAWYER}
)


def may_replace(nearby: str, kind: str | None, kind_answer: list[str]) -> bool:
    """Whether `nearby` replaces the kind read so far (`kind_answer`: its responses)."""
    if nearby not in FALLBACK_ONLY or kind is None:
        return True
    # "the 500 back" read as an age of 500, then the removal routes (round 17, p13).
    return nearby == MONEY_BACK and any(
        step.startswith("utter_image_removal") or step == "utter_adult_age_routes"
        for step in kind_answer
    )


# These answers give the removal routes themselves, or are about a device: no removal half.
NO_HALVES = frozenset({CAMERA_HOST, CAMERA_HOST_OR_POLICE, CAMERA_POSTED, TOO_LATE})


def _asks(cleaned: str) -> bool:
    return "?" in cleaned or bool(
        re.search(
            r"(?:^|[.!,] )(?:(?:so|and|but|ok|okay|then|well|right|like|fine|hmm|um|also)[,.]? )*"
            r"(?:can|could|is|are|does|do|did|will|would|what|whats|which|who|where|how|should"
            r"|was|am|any|if|shud|shld|shuld|sould|wat|wut|wht|hw|cn|cud)\b",
            cleaned,
        )
    )


# --- Who do I actually tell -----------------------------------------------------------------
_WHO_TELL = re.compile(
    r"\bwho (?:do|should|can|could|would|am) i (?:\w+ ){0,2}?(?:tell|go to|report (?:it |this |him"
    r" |her |them )?to|turn to)\b"
    r"|\bwho (?:am i|are we|do i) (?:supposed|meant|ment) to (?:tell|go to|report to)\b"
    r"|\bwho (?:is|would be) (?:the right|the best) (?:person|people) to tell\b"
)
# A named person or body ("his mom or the police, who do I tell first?", "my teacher?") is
# another question, and so is the tribunal's or a worry about getting him in trouble.
_NAMED_AUDIENCE = re.compile(
    r"\b(?:host|airbnb|landlord|boss|hr|school|principal|teachers?|parents?|mom|mum|dad|friends?"
    r"|family|police|cops|rcmp|tribunal|crt|court|trouble)\b"
)


def who_to_tell(cleaned: str) -> bool:
    return bool(_WHO_TELL.search(cleaned)) and not _NAMED_AUDIENCE.search(cleaned)


# --- A hidden camera: the host, and what if it was posted ---------------------------------------
_CAMERA_TOLD = re.compile(
    r"\b(?:hidden|spy|secret|tiny|little|small) (?:camera|cam|device|recorder)"
    r"|\b(?:camera|cam|recorder)\b[^.?!]{0,40}\b(?:bathroom|washroom|shower|bedroom|changing"
    r" room|airbnb|rental|hotel|hidden|hid|vent|smoke detector|clock|charger)"
    r"|\b(?:found|find|discovered|spotted|noticed)\b[^.?!]{0,20}\b(?:camera|cam|recorder)\b"
)
_HOST = re.compile(
    r"\b(?:host|hosts|airbnb|vrbo|landlord|landlady|owner|owners|property manager|hotel"
    r"|front desk|manager of the (?:place|building))\b"
)
_TELL_HOST = re.compile(
    r"\b(?:message|msg|text|tell|contact|call|email|confront|warn|report (?:it |this |him )?to"
    # Round 18 (p07): "report the host to Airbnb, or would that tip him off".
    r"|report"
    r"|complain to|talk to|say (?:something|anything) to|let)\b[^.?!]{0,30}"
    r"|\bwhat about\b[^.?!]{0,10}"
)
_OR_WAIT = re.compile(r"\b(?:or wait|wait|first|before|tip (?:him|her|them) off|what about)\b")
# The police named as the other choice: "the host first or the police?" has its own answer
# (skipped_questions' company-or-police: the order is your choice, do both, keep a record).
_POLICE_OPTION = re.compile(
    r"\bor (?:just )?(?:go to |call |contact |tell |report (?:it )?to )?(?:the )?(?:police|cops"
    r"|rcmp)\b|\b(?:police|cops|rcmp) first\b"
)


def camera_host(cleaned: str, earlier: list[str]) -> str | None:
    host = _HOST.search(cleaned)
    if not (host and _asks(cleaned)):
        return None
    told = bool(_CAMERA_TOLD.search(cleaned)) or any(_CAMERA_TOLD.search(t) for t in earlier[-4:])
    if not (told and _TELL_HOST.search(cleaned[: host.start()]) and _OR_WAIT.search(cleaned)):
        return None
    return CAMERA_HOST_OR_POLICE if _POLICE_OPTION.search(cleaned) else CAMERA_HOST


_POST = r"(?:post|posted|share|shared|upload|uploaded|put (?:it|them) online|sold|leak|leaked)"
# "what if he DID post them", "if it turns out he posted", "what if it's already online"; never
# "I don't know if they shared it" (the unsure answers).
_IF_POSTED = re.compile(
    r"\bwhat if (?:it turns out )?(?:that )?(?:he|she|they|the host|the owner|the landlord"
    rf"|someone|somebody|the guy) (?:\w+ )?{_POST}\b"
    r"|\bif (?:it turns out|i find out|we find out|it ends up) (?:that )?(?:he|she|they|the host"
    rf"|the owner|the landlord|someone|somebody|the guy) (?:\w+ )?{_POST}\b"
    r"|\bif (?:he|she|they|the host|the owner|the landlord|someone|the guy) (?:did|does|has"
    rf"|had|already|actually|really)(?: (?:already|actually|really))? {_POST}\b"
    r"|\bwhat if (?:the |my |our )?(?:videos?|recordings?|footage|clips?|images?|pics?|photos?"
    r"|it|they) (?:are|is|were|was|got|get|have been|has been|end up) (?:already )?(?:online"
    r"|posted|shared|uploaded|out there|on (?:a|some) (?:site|website))\b"
    r"|\bwhat if (?:it'?s|its|they'?re|theyre) (?:already )?(?:online|posted|out there)\b"
)


def camera_posted(cleaned: str, earlier: list[str]) -> bool:
    if not _IF_POSTED.search(cleaned):
        return False
    return any(_CAMERA_TOLD.search(t) for t in earlier[-6:])


# --- Money paid, asked back ----------------------------------------------------------------------
# A payment told: "i paid him 500", "he got 300 from me on etransfer", "i sent gift cards".
_PAID_TOLD = re.compile(
    r"\b(?:paid|payed|pay|paying|transferred|e-?transfer\w*|interac|venmo|paypal|gift ?cards?"
    r"|bitcoin|crypto|wired|got \$? ?\d[\d,]* (?:dollars |bucks )?(?:from|off|out of) me"
    r"|(?:sent|gave|send|give)\b[^.?!]{0,20}?(?:\$ ?\d|\d[\d,]* ?(?:\$|dollars|bucks)))"
)
_GET_BACK = re.compile(
    r"\b(?:get|getting|got|recover\w*|see|have|win) (?:back )?(?:the |my |that |our |all (?:the |my"
    r" )?|any of (?:the |my )?|some of (?:the |my )?)?(?:\$ ?\d[\d,]*|\d[\d,]*(?: dollars| bucks"
    r"|\$)?|money|cash|payment|funds|gift ?cards?|bitcoin|crypto) back\b"
    r"|\b(?:refund\w*|reimburs\w*|compensat\w* for (?:what|the money) i (?:paid|sent|lost))\b"
    r"|\bget (?:back|refunded) (?:the |my |that )?(?:\$ ?\d|\d|money|cash)"
    r"|\b(?:the|my) (?:\$ ?\d[\d,]*|\d[\d,]* ?(?:dollars|bucks)?)\b[^.?!]{0,20}\bback\b"
)


# A bank, a card or a shop is another question (the out-of-scope answers).
_OTHER_PAYEE = re.compile(
    r"\b(?:credit card|bank|amazon|store|shop|order|ordered|purchase|company|airline|ticket)\b"
)


def money_back(cleaned: str, earlier: list[str]) -> bool:
    if not _GET_BACK.search(cleaned) or _OTHER_PAYEE.search(cleaned):
        return False
    # Only once a payment was told: "the 500 back" is then the money paid.
    return any(_PAID_TOLD.search(t) for t in [cleaned, *earlier[-6:]])


# --- Police, when the other person is abroad -----------------------------------------------------
_ABROAD = re.compile(
    r"\b(?:abroad|overseas|over seas|another country|other country|different country|out of"
    r" (?:the )?country|outside (?:of )?canada|not (?:even |really )?in canada|not (?:even )?from"
    r" canada|not (?:even )?canadian|in (?:the )?(?:us|usa|states|india|nigeria|philippines|uk"
    r"|england|europe|mexico|pakistan|china|russia|africa|asia))\b"
)
_POINT_POLICE = re.compile(
    r"\b(?:any|no|a|what'?s the|whats the) point (?:in |of )?(?:going to|calling|telling|reporting"
    r"|contacting|bothering)\b[^.?!]{0,20}\b(?:police|cops|rcmp)\b"
    r"|\b(?:police|cops|rcmp)\b[^.?!]{0,25}\b(?:do anything|even do|help|bother|worth it"
    r"|any (?:use|good|point)|useless|pointless)\b"
    r"|\b(?:worth|bother) (?:going to|calling|reporting (?:it |this )?to|telling) (?:the )?"
    r"(?:police|cops|rcmp)\b"
    r"|\bshould i (?:still |even )?(?:report|go to|call)\b[^.?!]{0,15}\b(?:police|cops|rcmp)\b"
)


# "what if he's in another country" right after asking about police (session 19): the police
# question goes on, with the person abroad.
_WHAT_IF_ABROAD = re.compile(
    r"^(?:(?:and|but|so|ok|okay|hmm)[,.]? )*(?:what if|and if|but if|what about if|what about when"
    r"|even if) (?:he|she|they|the guy|the person|it)(?:'?s|'?re| is| are| lives?| lives?)\b"
)
_POLICE_WORD = re.compile(r"\b(?:police|cops|rcmp|report)\b")


def police_abroad(cleaned: str, earlier: list[str]) -> bool:
    if _WHAT_IF_ABROAD.search(cleaned) and _ABROAD.search(cleaned):
        return any(_POLICE_WORD.search(t) for t in earlier[-2:])
    if not (_POINT_POLICE.search(cleaned) and _asks(cleaned)):
        return False
    return bool(_ABROAD.search(cleaned)) or any(_ABROAD.search(t) for t in earlier[-2:])


# --- Removal: is it too late --------------------------------------------------------------------
_REMOVED = re.compile(
    r"\b(?:taken down|take (?:it|them|the \w+) down|take down|removed|remove (?:it|them)|deleted"
    r"|get (?:it|them|the \w+) (?:off|down|removed|deleted)|got(?:ten)? (?:it|them) (?:off|down)"
    r"|scrubbed|erased|wiped)\b"
)
_TOO_LATE = re.compile(
    r"\btoo late\b|\balready (?:too late|seen|saved|spread|out|everywhere|has it|have it)\b"
    r"|\b(?:now|since) (?:that )?(?:everyone|everybody|people|they|the whole school) (?:has|have"
    r"|saw|seen|saved)\b|\bany (?:point|use|hope|chance)\b|\bstill possible\b"
    r"|\b(?:everyone|everybody|people) (?:has|have) (?:already )?(?:seen|saved|got) it\b"
)


def removal_too_late(cleaned: str) -> bool:
    return bool(_REMOVED.search(cleaned) and _TOO_LATE.search(cleaned)) and _asks(cleaned)


# --- Does the tribunal claim need a police report ------------------------------------------------
_POLICE = r"(?:police report|report(?: it| this| him| her)? to (?:the )?(?:police|cops|rcmp)"
_POLICE += r"|go to (?:the )?(?:police|cops|rcmp)|involve (?:the )?(?:police|cops))"
# "do I need a police report", "do I have to go to the police first"; never "can I go to the
# police AND the tribunal or do I have to pick one" (the two routes' answer).
_NEEDS_REPORT = re.compile(
    r"\b(?:need|needs|have to|has to|must|required to|require|requires|got to|gotta)\b"
    rf"[^.?!]{{0,25}}\b{_POLICE}\b"
    r"|\bpolice report\b[^.?!]{0,20}\b(?:first|before|needed|required|necessary)\b"
    rf"|\b{_POLICE} (?:first|before)\b|\bthe police part\b"
)
_CLAIM = re.compile(
    r"\b(?:claim|claims|tribunal|crt|civil resolution|sue|suing|lawsuit|protection orders?"
    r"|damages|court case)\b"
)


def crt_police(cleaned: str) -> bool:
    return bool(_NEEDS_REPORT.search(cleaned) and _CLAIM.search(cleaned) and _asks(cleaned))


# --- How much money, and is it court -------------------------------------------------------------
_HOW_MUCH = re.compile(
    r"\bhow much (?:money |compensation |damages )?(?:can|could|would|will|might|do|should) (?:i"
    r"|we|you) (?:\w+ )?(?:get|sue|win|claim|ask for|be awarded|be paid|recover|receive)\b"
    r"|\bhow much (?:is|would) (?:it|this|my (?:case|claim)) (?:be )?worth\b"
    r"|\bhow much (?:money|compensation|damages) (?:is|are|could|can|would)\b"
)


def how_much(cleaned: str) -> bool:
    return bool(_HOW_MUCH.search(cleaned))


# --- The free lawyer and another legal matter ---------------------------------------------------
_OTHER_MATTER = re.compile(
    r"\b(?:lease|leases|rental agreement|tenancy|rent|renting|landlord|evict\w*|moving out"
    r"|move out|break (?:the|my) lease|my job|employment|employer|fired|workplace"
    r"|criminal charges? against me|my own charges?|debt)\b"
)
_LAWYER_HELP = re.compile(
    r"\b(?:lawyer|legal advice|the service|free advice|they)\b[^.?!]{0,30}\b(?:help|helps|do"
    r"|handle|deal|advise|cover|covers|work on|also)\b"
)
_THAT_TOO = re.compile(
    r"\b(?:that|this|it) (?:part |stuff |side |issue |thing )?(?:too|as well)"
    r"|\balso\b|\btoo\b|\bas well\b|\bother (?:stuff|things|issues?)\b"
)


def lawyer_scope_other(cleaned: str, earlier: list[str]) -> bool:
    if not (_LAWYER_HELP.search(cleaned) and _asks(cleaned)):
        return False
    if _OTHER_MATTER.search(cleaned):
        return True
    return bool(_THAT_TOO.search(cleaned)) and any(_OTHER_MATTER.search(t) for t in earlier[-2:])


# --- A lawyer needed for the tribunal claim (session 19) ------------------------------------------
# "do i need a lawyer for it" after the tribunal's order, when no other reader read it: not the
# intake line's contact block but `utter_crt_lawyer` (the sources don't say; what they do say).
_NEED_LAWYER = re.compile(
    r"\b(?:do|would|will) (?:i|we|she|he|they) (?:need|have to (?:get|hire|have)|require)"
    r" (?:a |an |my own |to (?:get|hire|have) a )?(?:lawyer|attorney)\b"
    r"|\b(?:can|could) (?:i|we|she|he|they) (?:do|file|make|start|apply for) (?:it|this|that|the"
    r" claim|a claim|the order|an order)(?: all)? (?:myself|by myself|on my own|ourselves|herself"
    r"|himself|themselves|without (?:a )?(?:lawyer|attorney))\b"
)
_CRT_SAID = re.compile(
    r"\b(?:tribunal|crt|protection order|restraining order|civil resolution|an order|the order"
    r"|a claim|the claim|sue|damages)\b"
)


def crt_lawyer(cleaned: str, earlier: list[str]) -> bool:
    if not _NEED_LAWYER.search(cleaned):
        return False
    return bool(_CRT_SAID.search(cleaned)) or any(_CRT_SAID.search(t) for t in earlier[-2:])


def nearby_kind(
    text: str,
    earlier_texts: list[str],
    replies_by_turn: list[list[str]],
    young: bool,
) -> str | None:
    """The kind of a plain follow-up (see the module), or None. `replies_by_turn`: the bot's
    response names for each earlier message; `young`: the writer said they are under 18 now
    (route_form_gate.young_now). Asked again right after: the short `_again` answer."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    earlier = [plain_lower(t) for t in earlier_texts]
    kind = _read(cleaned, earlier, young)
    if kind in _AGAIN_OF:
        full, again = _AGAIN_OF[kind]
        return asked_again.again_step(kind, full, again, ANSWERS[again][0], replies_by_turn)
    return kind


def _read(cleaned: str, earlier: list[str], young: bool) -> str | None:
    if crt_police(cleaned):
        return CRT_POLICE_REPRESENT if asks_representation(cleaned) else CRT_POLICE
    if how_much(cleaned):
        return HOW_MUCH
    if camera_posted(cleaned, earlier):
        return CAMERA_POSTED
    host = camera_host(cleaned, earlier)
    if host:
        return host
    if money_back(cleaned, earlier):
        return MONEY_BACK
    if police_abroad(cleaned, earlier):
        return POLICE_ABROAD
    if removal_too_late(cleaned):
        return TOO_LATE
    if lawyer_scope_other(cleaned, earlier):
        return LAWYER_SCOPE
    if who_to_tell(cleaned):
        return WHO_TO_TELL_YOUNG if young else WHO_TO_TELL_ADULT
    if crt_lawyer(cleaned, earlier):
        return CRT_LAWYER
    return None
