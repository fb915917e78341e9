"""Specific legal follow-ups that got the nearest stock block, the same block again, the
fallback or "I'd rather not guess" (simulated users round 15, kinds 2 and 9, legal part). Plain
Python over the latest message, the earlier ones and the bot's earlier replies; the
InterruptPolicy answers the kind (one hook). What each answer says comes from
shared/source/service-page.txt and bc-facts.md only; where they are silent it says so and
names who can answer.

- The tribunal when the person is unknown ("I don't know who posted it", "I only know her first
  name and insta", "it's anonymous, who would I make the claim against"): the sources don't say;
  the tribunal, the IIPS (it helps with claims, asks sites to remove), the lawyer. "Anonymous"
  here is the poster, never the writer wanting to stay anonymous.
- A fee for a claim for money at the tribunal: the sources say only that a protection-order
  claim has no fee; they don't say for damages; civilresolutionbc.ca.
- Whether someone under 18 can file with the tribunal, or a parent must: not in the sources.
- Sharing that happened only before March 6, 2023 and stopped: outside the tribunal's dates as
  the sources give them; court and time limits: the lawyer.
- An order to hand over or destroy printed copies: the tribunal orders deletion and removal;
  the sources don't say in words whether that covers paper copies.
- An order to delete recordings the person can't prove exist: the orders are for sharing or
  threats; the sources don't say what proof is needed; the IIPS helps with images held.
- "First step: the tribunal's website or the lawyer?": one first step (the Solution Explorer,
  which the sources call the first step), and the lawyer too.
- "Which bill? Is it in force?" about the 2026 change the bot mentions: Bill C-16, Royal Assent
  June 18, 2026, in-force dates not confirmed (bc-facts.md, corrections).
- An order when the images would be sent to another country (WhatsApp to family abroad): not in
  the sources; the IIPS and the lawyer (with an interpreter).
- Paid subscriber content reposted: not blackmail; the sources don't say how the law treats
  content sold to subscribers (a lawyer); ways to get it down either way.
- The IIPS's languages: the sources don't say; the interpreter is the legal service's.
- Does the lawyer help with the divorce, custody or the children: the service's scope is the
  sharing or threats; the sources don't say more; ask at intake.
"""

from __future__ import annotations

import re

from assistant import asked_again
from assistant.other_sense import CRT_GIVEN
from assistant.plain_text import plain_lower

CRT_UNKNOWN = "crt_unknown_person"
CRT_DAMAGES_FEE = "crt_damages_fee"
CRT_MINOR = "crt_minor_files"
CRT_ONLY_BEFORE = "crt_only_before"
CRT_COPIES = "crt_order_copies"
CRT_UNPROVEN = "crt_order_unproven"
FIRST_STEP = "first_step_crt_or_lawyer"
LAW_2026 = "law_2026_bill"
ORDER_ABROAD = "order_abroad"
PAID_CONTENT = "paid_content_reposted"
PAID_REMOVAL = "paid_content_removal"
IIPS_LANGUAGE = "iips_language"
LAWYER_SCOPE = "lawyer_scope_family"
POLICE_DELETE = "police_make_delete"

_FIRST: dict[str, list[str]] = {
    CRT_UNKNOWN: ["utter_crt_unknown_person"],
    CRT_DAMAGES_FEE: ["utter_crt_damages_fee"],
    CRT_MINOR: ["utter_crt_minor"],
    CRT_ONLY_BEFORE: ["utter_crt_only_before", "utter_crt_only_before_next"],
    CRT_COPIES: ["utter_crt_order_copies"],
    CRT_UNPROVEN: ["utter_crt_order_unproven"],
    FIRST_STEP: ["utter_first_step_crt_or_lawyer"],
    LAW_2026: ["utter_law_2026"],
    ORDER_ABROAD: ["utter_order_abroad"],
    PAID_CONTENT: ["utter_paid_content", "utter_paid_content_removal"],
    PAID_REMOVAL: ["utter_paid_content_removal"],
    IIPS_LANGUAGE: ["utter_iips_language"],
    LAWYER_SCOPE: ["utter_lawyer_scope"],
    POLICE_DELETE: ["utter_police_make_delete"],
}
# Asked again (its first answer in the bot's last three turns): a short, different answer.
_AGAIN_OF: dict[str, str] = {kind: f"{kind}_again" for kind in _FIRST}
ANSWERS: dict[str, list[str]] = {
    **_FIRST,
    **{again: [f"{_FIRST[kind][0]}_again"] for kind, again in _AGAIN_OF.items()},
}
KINDS = frozenset(ANSWERS)
# Answers that give the removal routes themselves: no removal half is added to them.
NO_HALVES = frozenset(
    {PAID_CONTENT, PAID_REMOVAL, f"{PAID_CONTENT}_again", f"{PAID_REMOVAL}_again"}
)

# --- Words shared by the readings ------------------------------------------------------------
_CRT_NAMED = re.compile(
    r"\b(?:crt|tribunal|civil resolution|protection orders?|solution explorer"
    r"|(?:make|file|start|bring|open|submit|do) (?:a |the |my )?(?:claim|application)"
    r"|the claim|a claim|an order|the order|(?:get|make) an? order)\b"
)
# The tribunal's own answers: a follow-up right after them is about the tribunal.
# The tribunal's answers: other_sense's (one list of the tribunal's blocks) and these readers'.
CRT_REPLIES = CRT_GIVEN | frozenset(
    {
        "utter_crt_orders",
        "utter_crt_lawyer",
        "utter_crt_how_long",
        "utter_old_events",
        "utter_old_events_next",
        *(
            name
            for kind in (CRT_UNKNOWN, CRT_DAMAGES_FEE, CRT_MINOR, CRT_ONLY_BEFORE, CRT_COPIES)
            for name in (*_FIRST[kind], f"{_FIRST[kind][0]}_again")
        ),
        "utter_crt_order_unproven",
        "utter_first_step_crt_or_lawyer",
    }
)
_POLICE = re.compile(r"\b(?:police|cops?|rcmp|cybertip)\b")


def _asks(cleaned: str) -> bool:
    return "?" in cleaned or bool(
        re.search(
            r"(?:^|[.!,] )(?:(?:so|and|but|ok|okay|fine|then|well|right|yeah)[,.]? )*(?:can|could"
            r"|is|are|does|do|did|will|would|what|whats|which|who|where|how|should|any|has)\b",
            cleaned,
        )
        or re.search(
            r"\b(?:does|do|can|could|will|would|should)\b (?:the|it|i|they|he|she|that|this|a|my"
            r"|you|minors?|someone|anyone)\b",
            cleaned,
        )
    )


def _crt_context(cleaned: str, recent: set[str]) -> bool:
    return bool(_CRT_NAMED.search(cleaned)) or bool(CRT_REPLIES & recent)


# --- The person unknown ----------------------------------------------------------------------
_UNKNOWN = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|didn'?t|no idea|not sure|never found out|can'?t tell"
    r"|can'?t find out|cannot find out)\b (?:even |really |actually |yet )?(?:know |knew )?"
    r"(?:who(?! (?:to|i should|should i)\b)|whose|his (?:real )?name|her (?:real )?name"
    r"|their (?:real )?name|the (?:person|guy|poster)'?s? (?:real )?name)\b"
    r"|\b(?:only (?:know|have|got)|all i (?:know|have|got) is) (?:his|her|their|a|the)"
    r" (?:first name|name|username|user name"
    r"|insta\w*|ig|handle|account|profile|number|snap\w*|tiktok|screen ?name)"
    r"|\b(?:anonymous|anon|fake|burner|unknown|random) (?:account|poster|user|person|profile"
    r"|page|sender|number|guy|name)\b|\b(?:account|profile|page|name) (?:is|was) (?:fake"
    r"|anonymous|made up)\b"
    r"|\b(?:it'?s|its|it is|it was|was|they'?re|theyre|they are|he'?s|she'?s|posted|shared"
    r"|sent|uploaded|poster is) (?:all |totally |completely )?anonymous(?:ly)?\b"
    r"|\bwho (?:would|do|should|could|can) i (?:even )?(?:make (?:the|a) claim|claim|file"
    r"|sue|name|put|go) against\b|\bagainst (?:who|whom)\b"
    r"|\b(?:without|if i can'?t|if i cannot) (?:knowing|identify\w*|find\w*) (?:who|them|him|her)\b"
)


def unknown_person(cleaned: str, recent: set[str]) -> bool:
    if not _UNKNOWN.search(cleaned) or not _asks(cleaned):
        return False
    if _POLICE.search(cleaned) and not _CRT_NAMED.search(cleaned):
        return False
    return _crt_context(cleaned, recent)


# --- A fee for a claim for money -------------------------------------------------------------
_COST = re.compile(
    r"\bcosts?\b|\bfees?\b|\bprices?\b|\bexpensive\b|\bafford\w*"
    r"|\b(?:is|are|it'?s|its) (?:\w+ ){0,3}free\b|\bfor free\b"
    r"|\b(?:have|need|got) to pay (?:anything|something|to|a|for)\b"
    r"|\bpay (?:anything|something|a fee|to (?:apply|file|claim|start|ask|make|sue))\b"
)
_DAMAGES = re.compile(
    r"\bdamages?\b|\bcompensat\w*|\bmoney (?:part|claim|side)\b"
    r"|\bclaim(?:ing)? (?:for )?(?:money|damages|compensation)\b|\bsu(?:e|ing)\b"
    r"|\bmake (?:him|her|them) pay\b|\bthe money\b"
    # Round 16 p19: "is there a fee if I ask for money, not just the order?"
    r"|\b(?:ask|asking|apply|applying|claim|claiming|go|going|sue|suing) for (?:money|cash"
    r"|compensation|damages)\b|\bmoney,? (?:not|and not|instead of) (?:just )?(?:the |an )?order\b"
)


def damages_fee(cleaned: str, recent: set[str]) -> bool:
    if not (_COST.search(cleaned) and _DAMAGES.search(cleaned)) or not _asks(cleaned):
        return False
    return _crt_context(cleaned, recent) or bool(re.search(r"\bdamages\b", cleaned))


# --- Someone under 18 filing -------------------------------------------------------------------
_MINOR = re.compile(
    r"\bminors?\b|\bunder ?18\b|\bunder-?age\b|\bunderaged?\b"
    r"|\b1[0-7][ -]?(?:year|yr)s?[ -]?olds?\b"
    r"|\b(?:teen|teens|teenager|teenagers|kid|kids|child|children|youth|young person)\b"
    r"|\b(?:i'?m|im|i am|she'?s|he'?s|she is|he is|is|are) 1[0-7]\b"
    r"|\b(?:parents?|guardians?|mom|mum|dad)\b[^.?!]{0,30}\b(?:file|apply|sign|do it|make the"
    r" claim|on (?:her|his|their|my) behalf)\b"
)
_FILE = re.compile(
    r"\b(?:file|files|filing|apply|applies|claim|claims|take|takes|use|go to|bring|start|make"
    r"|submit|herself|himself|themselves|on (?:her|his|their|my) own)\b"
)


def minor_files(cleaned: str, recent: set[str]) -> bool:
    if not (_MINOR.search(cleaned) and _FILE.search(cleaned)) or not _asks(cleaned):
        return False
    return bool(_CRT_NAMED.search(cleaned)) or bool(
        CRT_REPLIES & recent and re.search(r"\b(?:it|they|them|there|that)\b", cleaned)
    )


# --- Sharing only before March 6, 2023 -----------------------------------------------------
_OLD_YEAR = re.compile(r"\b(?:19\d\d|200\d|201\d|202[0-2])\b|\bbefore (?:march )?2023\b")
_ENDED = re.compile(
    r"\b(?:only (?:in|back in|during|for|up|shared|posted|once)|happened only|ended|stopped"
    r"|deleted|over|finished|took (?:it|them) down|taken down"
    r"|not (?:up|online) any ?more|no longer (?:up|online)|all ended|gone)\b"
)
_OLD_ASKED = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|unable)\b|\bright\??$|\btoo late\b|\bhear\b|\bstill\b"
    r"|\bout (?:for|of luck)\b|\bno (?:chance|use|point)\b"
    r"|\b(?:help|act|do anything|cover|count|apply)\b"
)


def only_before(cleaned: str, earlier: list[str], recent: set[str]) -> bool:
    told = [*earlier[-3:], cleaned]
    if not _OLD_YEAR.search(cleaned) and not (
        any(_OLD_YEAR.search(text) for text in earlier[-3:]) and _CRT_NAMED.search(cleaned)
    ):
        return False
    if re.search(
        r"\b(?:still (?:up|online|there|posted)|again|recently|now (?:he|she|they))\b", cleaned
    ):
        return False  # still up or shared again: the tribunal's dates can cover it
    if not any(_ENDED.search(text) for text in told):
        return False
    if not (_OLD_ASKED.search(cleaned) and _asks(cleaned)):
        return False
    return _crt_context(cleaned, recent) and not re.search(
        r"\b(?:legal advice|free lawyer)\b", cleaned
    )


# --- Orders about copies he still has --------------------------------------------------------
_ORDER = re.compile(
    r"\b(?:order|orders|make|force|get|can (?:they|it|the tribunal|the crt)|tribunal|crt)\b"
)
_DESTROY = re.compile(
    r"\b(?:destroy\w*|hand (?:over|back)|hand (?:them|it|those|the \w+) (?:over|back)"
    r"|give (?:back|them back|it back|up)|return\w*|shred\w*|get rid of|throw (?:out|away)"
    r"|burn\w*|delete\w*"
    r"|erase\w*|wipe\w*|get (?:them|it|those) back)\b"
)
_COPIES = re.compile(
    r"\b(?:prints?|printed|printouts?|print-?outs?|copies|copy|hard ?cop(?:y|ies)|paper|physical"
    r"|photos? he (?:still )?has|posters?|flyers?)\b"
)
_UNPROVEN = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t|unable to) prove\b|\bno proof\b|\bwithout proof\b"
    r"|\b(?:don'?t|dont|do not) (?:even )?know (?:if|whether) (?:he|she|they)\b[^.?!]{0,20}"
    r"\b(?:has|have|had|kept|recorded|took)\b|\bnot sure (?:if |whether )?(?:he|she|they)"
    r" (?:has|have|had|recorded|kept)\b|\b(?:might|may|could) (?:have|has) (?:\w+ )?(?:recordings?"
    r"|videos?|pics|photos|images|footage|copies)\b|\bif (?:he|she|they) (?:even )?(?:has|have)"
    r" (?:any|them)\b"
)


def order_copies(cleaned: str, earlier: list[str], recent: set[str]) -> bool:
    if not (_DESTROY.search(cleaned) and _ORDER.search(cleaned)) or not _asks(cleaned):
        return False
    if not _COPIES.search(cleaned):
        return False
    printed_told = any(
        re.search(r"\bprint\w*|\bcopies\b", text) for text in [*earlier[-4:], cleaned]
    )
    return printed_told and (
        _crt_context(cleaned, recent) or bool(re.search(r"\b(?:they|order)\b", cleaned))
    )


def order_unproven(cleaned: str, recent: set[str]) -> bool:
    if not (_UNPROVEN.search(cleaned) and _ORDER.search(cleaned)) or not _asks(cleaned):
        return False
    if not re.search(
        r"\b(?:delete\w*|destroy\w*|remove\w*|order\w*|get rid of|erase\w*)\b", cleaned
    ):
        return False
    return _crt_context(cleaned, recent) or bool(re.search(r"\border\b", cleaned))


# --- One first step: the tribunal's site or the lawyer -----------------------------------
_FIRST_WORDS = re.compile(
    r"\bfirst\b|\bstart with\b|\bbegin with\b|\bbefore (?:the|i|calling|going)\b"
    r"|\bwhich (?:one )?(?:should i|do i)\b"
)
_SITE = re.compile(
    r"\b(?:tribunal|crt|solution explorer|website|web ?site|online|civil resolution)\b"
)
_LAWYER = re.compile(r"\b(?:lawyer|legal advice|intake|the service|call (?:them|the)|phone)\b")


def first_step(cleaned: str) -> bool:
    return bool(
        _FIRST_WORDS.search(cleaned)
        and _SITE.search(cleaned)
        and _LAWYER.search(cleaned)
        and re.search(r"\bor\b|\bvs\b|\bversus\b|\bwhich\b", cleaned)
        and _asks(cleaned)
    )


# --- The 2026 change in the criminal law ------------------------------------------------------
# The answers that say "the law was changed in 2026" (domain/*.yml).
LAW_2026_REPLIES = frozenset(
    {
        "utter_consequences_for_them",
        "utter_deepfake",
        "utter_demand_not_money",
        "utter_is_it_crime",
        "utter_route_police",
        "utter_sextortion_fake",
        "utter_sharer_charged",
        "utter_threats_routes",
        "utter_law_2026",
        "utter_law_2026_again",
    }
)
_BILL = re.compile(
    r"\bwhich bill\b|\bwhat bill\b|\bthe bill\b|\bbill (?:c-?\d+|number|was|is)\b|\broyal assent\b"
    r"|\bin (?:force|effect)\b|\bcome into (?:force|effect)\b|\bpassed (?:yet|already)\b"
)
_CHANGE_2026 = re.compile(
    r"\b2026\b[^.?!]{0,40}\b(?:change|changed|changes|law|amend\w*|bill)\b"
    r"|\b(?:change|changed|changes|law|amend\w*)\b[^.?!]{0,40}\b2026\b"
    r"|\bwhat (?:law )?change (?:are you|do you|is that)\b|\bwhich (?:law|change|act)\b"
)


def law_2026(cleaned: str, recent: set[str]) -> bool:
    if not _asks(cleaned):
        return False
    if _CHANGE_2026.search(cleaned):
        return bool(
            re.search(
                r"\b(?:law|bill|crime|criminal|offen[cs]e|code|threat\w*|deepfake\w*"
                r"|change\w*|refer\w*)\b",
                cleaned,
            )
        )
    if _BILL.search(cleaned):
        if re.search(r"\b(?:phone|hydro|pay (?:the|my) bill|bills)\b", cleaned):
            return False
        return bool(LAW_2026_REPLIES & recent) or bool(
            re.search(r"\b(?:law|crime|criminal|offen[cs]e)\b", cleaned)
        )
    return False


# --- Sending to another country -------------------------------------------------------------
_COUNTRIES = (
    r"india|pakistan|bangladesh|sri lanka|nepal|china|hong kong|taiwan|japan|korea|vietnam"
    r"|philippines|iran|iraq|syria|lebanon|afghanistan|egypt|nigeria|ethiopia|somalia|kenya"
    r"|mexico|brazil|colombia|peru|chile|argentina|guatemala|el salvador|honduras|jamaica"
    r"|ukraine|russia|poland|romania|germany|france|italy|spain|portugal|uk|england|ireland"
    r"|the us|the usa|the states|america|usa|australia"
)
_ABROAD = re.compile(
    rf"\b(?:abroad|overseas|another country|other countr(?:y|ies)|out of (?:the )?country"
    rf"|outside (?:of )?canada|international\w*|back home in (?:{_COUNTRIES}))\b"
    rf"|\b(?:to|in) (?:people |family |relatives |someone |friends |my family )?(?:in |back in )?"
    rf"(?:{_COUNTRIES})\b"
)
_SENDING = re.compile(
    r"\b(?:send|sends|sending|sent|share|shares|sharing|shared|post|posts|posting|posted"
    r"|forward\w*|whatsapp|show|shows|showing|spread\w*)\b"
)
_REACH = re.compile(
    r"\b(?:order|tribunal|crt|law|laws|police|stop (?:her|him|them|it)|still work|work there"
    r"|apply|protect|anything)\b"
)


def order_abroad(cleaned: str) -> bool:
    if not (_ABROAD.search(cleaned) and _SENDING.search(cleaned) and _REACH.search(cleaned)):
        return False
    if re.search(
        r"\bi (?:live|am living|'?m living|moved)\b[^.?!]{0,20}\b(?:abroad|overseas|in (?:"
        rf"{_COUNTRIES}))\b",
        cleaned,
    ):
        return False  # the writer's own home abroad: the home readers' answer
    return _asks(cleaned)


# --- Paid subscriber content reposted ------------------------------------------------------
_PAID = re.compile(
    r"\bonly ?fans\b|\bfansly\b|\bpatreon\b|\bpaid (?:content|subscribers?|pics|photos|videos"
    r"|site|page|account|subscription)\b|\bsubscribers?\b|\bcontent creator\b|\bsex work\w*"
    r"|\bsell(?:s|ing)? (?:my )?(?:content|pics|photos|videos|nudes|images)\b"
    r"|\bsold (?:my |it |them |the )?(?:content|pics|photos|videos|nudes|images|to)\b"
    r"|\bpaywall\w*|\bpremium (?:snap\w*|content)\b|\bcam (?:show|site)s?\b"
)
_REPOSTED = re.compile(
    r"\b(?:repost\w*|leak\w*|pirat\w*|stole\w*|stolen|scrap\w*|post\w*|upload\w*|shar\w*"
    r"|put (?:it|them) (?:up|on|online)|for free)\b"
)
_BLACKMAIL = re.compile(r"\b(?:blackmail\w*|extort\w*|threat\w*|unless i|or else|demand\w*)\b")
_NOT_BLACKMAIL = re.compile(
    r"\b(?:no one|nobody|noone|no-one|not|isn'?t|no)\b[^.?!]{0,20}\b(?:blackmail\w*|threat\w*"
    r"|extort\w*)\b|\bthere (?:is|'?s) no threat\b"
)
_COVERED = re.compile(
    r"\b(?:count|counts|covered|cover|covers|(?:the|bc|b\.c\.|this|intimate images?|canadian)"
    r" law|illegal|a crime|consent\w*|non-?consensual|allowed|protected|apply|applies"
    r"|my rights)\b"
)
_REMOVAL = re.compile(
    r"\b(?:take (?:it|them) down|taken down|take down|remove\w*|removal"
    r"|get (?:it|them) (?:off|down)|off the (?:site|internet))\b"
)


def paid_content_kind(cleaned: str, earlier: list[str]) -> str | None:
    here = bool(_PAID.search(cleaned))
    before = any(_PAID.search(text) for text in earlier[-4:])
    if not (here or before):
        return None
    if _BLACKMAIL.search(cleaned) and not _NOT_BLACKMAIL.search(cleaned):
        return None  # a real threat or demand: blackmail's answers
    if here and _REPOSTED.search(cleaned) and _COVERED.search(cleaned) and _asks(cleaned):
        return PAID_CONTENT
    if before and (_NOT_BLACKMAIL.search(cleaned) or (_COVERED.search(cleaned) and _asks(cleaned))):
        return PAID_CONTENT
    if (here or before) and _REMOVAL.search(cleaned) and _asks(cleaned):
        return PAID_REMOVAL
    return None


# --- The IIPS's languages ----------------------------------------------------------------------
_LANGUAGE = re.compile(
    r"\b(?:french|fran[cç]ais|spanish|espa[nñ]ol|punjabi|hindi|urdu|mandarin|cantonese|chinese"
    r"|arabic|farsi|persian|tagalog|korean|vietnamese|russian|portuguese|japanese|german|italian"
    r"|polish|ukrainian|somali|tigrinya|amharic|asl|sign language|languages?|interpret\w*"
    r"|translat\w*)\b"
)
_IIPS = re.compile(
    r"\b(?:protection service|images protection|iips|1-?833\w*|833"
    r"|government (?:line|service|number)|gov(?:t|ernment)? (?:line|number|service)"
    r"|protectyourimages)\b"
)
_LEGAL_ONLY = re.compile(
    r"\bonly (?:with |for |at )?(?:the )?(?:lawyer|legal)|\b(?:lawyer|legal)\b[^.?!]{0,30}\bonly\b"
)


def iips_language(cleaned: str) -> bool:
    if not _LANGUAGE.search(cleaned):
        return False
    if not (_IIPS.search(cleaned) or _LEGAL_ONLY.search(cleaned)):
        return False
    return _asks(cleaned) or bool(re.search(r"\b(?:speak|have|has|do they)\b", cleaned))


# --- The lawyer's scope: a divorce, custody, the children ---------------------------------
# A family matter named plainly (a divorce, custody; immigration is skipped_questions'): the
# service asked about when the lawyer, the service, "they" or help is named. The children alone
# ("he'll show the kids") are the story unless the lawyer or the service is named as helping.
_OTHER_MATTER = re.compile(
    r"\b(?:divorce\w*|separation|custody|child support|spousal support|family (?:law|court"
    r"|lawyer|matters?|case)|parenting (?:time|plan|arrangements?))\b"
)
_HELP_WITH = re.compile(
    r"\b(?:lawyer|service|legal advice|they|you|it)\b[^.?!]{0,30}\b(?:help|helps|do|does|handle"
    r"|deal|advise|cover|covers|work on|take|also)\b|\bhelp (?:me )?(?:also )?with\b"
    r"|\b(?:and|what about) (?:the |my )?(?:divorce|custody|separation)\b"
)
# The children in the clause the lawyer or the service helps with: "will the lawyer help with
# the kids", never "she's worried the kids will know. can the lawyer help us ...".
_SERVICE_HELPS = re.compile(
    r"\b(?:lawyer|legal advice|the service|they)\b[^.?!]{0,30}\b(?:help|helps|handle|deal"
    r"|advise|cover|covers|work on)\b[^.?!]{0,25}\b(?:the kids|my kids|the children"
    r"|my children)\b"
)


def lawyer_scope(cleaned: str) -> bool:
    if _OTHER_MATTER.search(cleaned):
        asked = bool(_HELP_WITH.search(cleaned)) and bool(
            re.search(r"\b(?:lawyer|legal|service|advice|they|help|too)\b", cleaned)
        )
    else:
        asked = bool(_SERVICE_HELPS.search(cleaned))
    return asked and _asks(cleaned)


def legal_kind(
    text: str,
    earlier_texts: list[str],
    replies_by_turn: list[list[str]],
) -> str | None:
    """The kind of a specific legal follow-up (see the module), or None. `replies_by_turn`: the
    bot's response names for each earlier message. Asked again (its answer in the bot's last
    three turns): the short `_again` answer."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    earlier = [plain_lower(t) for t in earlier_texts]
    recent = {name for turn in replies_by_turn[-2:] for name in turn}
    kind = _read(cleaned, earlier, recent)
    if kind is None:
        return None
    again = _AGAIN_OF[kind]
    return asked_again.again_step(kind, _FIRST[kind][0], again, ANSWERS[again][0], replies_by_turn)


# "can the police make him delete it?", "will the cops force her to take them down" (session 16:
# it got the police block, which says nothing of deleting).
_POLICE_MAKE = re.compile(
    r"\b(?:police|cops?|rcmp)\b[^.?!]{0,20}\b(?:make|force|order|get|tell)\w* (?:him|her|them"
    r"|the \w+|my ex|that (?:guy|girl|person))\b[^.?!]{0,15}\b(?:to )?(?:delete|remove|take"
    r"|erase|get rid)\w*"
)


def police_make_delete(cleaned: str) -> bool:
    return bool(_POLICE_MAKE.search(cleaned)) and _asks(cleaned)


def _read(cleaned: str, earlier: list[str], recent: set[str]) -> str | None:
    if law_2026(cleaned, recent):
        return LAW_2026
    if police_make_delete(cleaned):
        return POLICE_DELETE
    paid = paid_content_kind(cleaned, earlier)
    if paid:
        return paid
    if iips_language(cleaned):
        return IIPS_LANGUAGE
    if lawyer_scope(cleaned):
        return LAWYER_SCOPE
    if damages_fee(cleaned, recent):
        return CRT_DAMAGES_FEE
    if minor_files(cleaned, recent):
        return CRT_MINOR
    if order_copies(cleaned, earlier, recent):
        return CRT_COPIES
    if order_unproven(cleaned, recent):
        return CRT_UNPROVEN
    if unknown_person(cleaned, recent):
        return CRT_UNKNOWN
    if only_before(cleaned, earlier, recent):
        return CRT_ONLY_BEFORE
    if order_abroad(cleaned):
        return ORDER_ABROAD
    if first_step(cleaned):
        return FIRST_STEP
    return None


def sequence_for(kind: str | None, text: str) -> list[str] | None:
    """The answer when it depends on the words: an interpreter asked beside the lawyer's scope,
    money asked beside the printed copies, French named beside the IIPS's languages (9-8-8
    answers in French)."""
    cleaned = plain_lower(text)
    if kind == LAWYER_SCOPE and re.search(
        r"\binterpret\w*|\btranslat\w*|\bspanish|\bpunjabi"
        r"|\bfrench|\blanguage|\benglish\b",
        cleaned,
    ):
        return ["utter_interpreter", "utter_lawyer_scope"]
    if kind == CRT_COPIES and re.search(r"\bpay\b|\bdamages\b|\bmoney\b|\bcompensat", cleaned):
        return ["utter_crt_order_copies", "utter_crt_damages"]
    if kind == IIPS_LANGUAGE and re.search(r"\bfrench|\bfran[cç]ais", cleaned):
        return ["utter_iips_language", "utter_iips_language_french"]
    return None
