"""Follow-up questions and closes that got the nearest stock block (issue 16, simulated users
round 7, helper h12b). Plain Python, no Rasa imports; read from the words, no training examples.

- A thanks or goodbye with the person's own next step ("ok, I'll ring the protection service
  tomorrow, thanks"): a warm close, not "Sorry, I didn't understand", "I'm still here" or the
  contact block again (`PLAN_CLOSE`; someone helping another person gets the helper's close).
- "Should I warn my kids before he sends it to them?": what the sources say (nothing on warning
  family or friends; the blackmail steps; the routes if it is sent), never evidence-keeping or
  StopNCII's hash (`WARN_BEFORE`).
- "How would I know if he put it online?": the sources don't say how to search; what the IIPS and
  the removal tools do (`FIND_ONLINE`).
- "Does Take It Down cost anything? will the website know it was me?": what the sources say on
  cost (no fee for a tribunal protection order, the legal advice is free) and that they are
  silent on the tools' cost and on whether a site learns who reported (`REMOVAL_COST_NOTICE`).
- "Can I get a tribunal order before Friday?": the sources don't say how fast; what the tribunal
  does; VictimLinkBC and 9-1-1 (`CRT_FAST`). "how fast? he said saturday" right after a message
  that named the order is the same question.
- "Can I report the post to TikTok myself?": reporting to the app or site is one of the steps the
  public bodies give; the platform's own steps are not in the sources (`PLATFORM_REPORT`, and
  `PLATFORM_REPORT_HELPER` when it is asked for someone else).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

PLAN_CLOSE = "plan_close"
WARN_BEFORE = "warn_before_sent"
FIND_ONLINE = "find_out_online"
REMOVAL_COST_NOTICE = "removal_cost_notice"
CRT_FAST = "crt_order_fast"
# Asked again right after that answer: the same facts in other words, with what to do now.
CRT_FAST_AGAIN = "crt_order_fast_again"
PLATFORM_REPORT = "platform_report"
PLATFORM_REPORT_HELPER = "platform_report_helper"

ANSWERS: dict[str, list[str]] = {
    PLAN_CLOSE: ["utter_plan_close"],
    WARN_BEFORE: ["utter_warn_before_sent"],
    FIND_ONLINE: ["utter_find_out_online"],
    REMOVAL_COST_NOTICE: ["utter_removal_cost_notice"],
    CRT_FAST: ["utter_crt_order_fast"],
    CRT_FAST_AGAIN: ["utter_crt_order_fast_again"],
    PLATFORM_REPORT: ["utter_platform_report"],
    PLATFORM_REPORT_HELPER: ["utter_platform_report_helper"],
}
KINDS = tuple(ANSWERS)

# --- a close with the person's own next step -------------------------------------------------
_PLAN = re.compile(
    r"\b(?:i'?ll|ill|i will|i shall|i'?m going to|im going to|i'?m gonna|im gonna|gonna"
    r"|we'?ll|we will|we'?re going to|i can|i'?d better)"
    r" (?:\w+ ){0,2}(?:call|phone|telephone|ring|contact|email|e-mail|text|report|try|use"
    r"|go to|reach out|talk to|speak to|speak with|get in touch|apply|fill (?:in|out)|write to"
    r"|look (?:at|into)|check out|visit|sign up|start"
    # "ok. im gonna lie down. thanks" (round 17, p21, after the crisis answer)
    r"|lie down|lay down|go to (?:bed|sleep)|sleep|get some sleep|rest|get some rest|take a break"
    r"|take a nap|nap)\b"
)
# "ok ill call the protection service one first i think" (round 17, p06): the first step chosen
# from a list, said as the person's decision.
_DECIDED = re.compile(r"\b(?:first|one first)(?: (?:i think|i guess|then))?\s*[.!]*$")
# A thanks, a farewell or a time still to come says the plan is the end of the conversation.
_CLOSE_CUE = re.compile(
    r"\b(?:thanks?|thank you|thx|ty|tysm|cheers|appreciate|bye|goodbye|good ?bye|good day"
    r"|good ?night|take care|farewell|that helps|helpful)\b"
)
_LATER = re.compile(
    r"\b(?:tomorrow|tmrw|tonight|later|in the morning|first thing|on (?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|this (?:week|afternoon|evening)|next week"
    r"|after work|when they open|soon)\b"
)
# A day still to come ("tomorrow", "monday", "next week"), not "tonight" or "later": with a
# thanks, even a line to call is a close ("ok ill call them monday. thx").
_ANOTHER_DAY = re.compile(
    r"\b(?:tomorrow|tmrw|in the morning|first thing|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|next week|after the weekend|this week|when they open)\b"
)
_FAREWELL = re.compile(r"\b(?:bye|goodbye|good ?bye|good day|good ?night|take care|farewell)\b")
# A plan "now" with no farewell and no time to come stays "glad you're reaching out" (said to
# someone about to call a line from the crisis answer).
_NOW = re.compile(r"\b(?:now|right now|right away)\b")
# A question, or a threat or sharing told with the plan, is not a close.
_NOT_A_CLOSE = re.compile(
    r"\?|\b(?:what|how|who|where|when|why|which|can you|could you|should i|do i|is it|are they"
    r"|if (?:he|she|they)|unless|threat\w*|blackmail\w*|kill\w*|hurt\w*|die|suicid\w*"
    r"|knife|gun|weapon|outside|coming|danger|scared|afraid|unsafe|not safe"
    r"|(?:he|she|they) (?:posted|shared|sent|leaked|will post|will share|'ll post|'ll share))\b"
)
# "ok thanks, thats what I needed. I'll call tomorrow" (round 58 p01): a thanks, no question.
_WHAT_I_NEEDED = re.compile(
    r"\b(?:that'?s|thats|just|exactly) what (?:i|we) (?:needed|need|wanted|was looking for)\b"
)
MAX_CLOSE_WORDS = 25
# "ok thanks, I'll text them tonight", "I'm going to call that number": a line about to be called
# (often a young person's Kids Help Phone, or a line from the crisis answer) keeps its answer
# ("glad you're reaching out", or the classifier's) unless a farewell comes with it.
_LINE_OBJECT = re.compile(
    r"\b(?:text|call|phone|message|reach out to|contact|try) (?:them|it|that|that one|this one"
    r"|9-8-8|988|the line|the number|that number|victim ?link\w*|kids help ?phone|someone)\b"
    r"(?! (?:number|line|service|lawyer))"
)


# "Fine. I'm calling Cybertip now." (round 9, r9a): a report being made now, to a reporting
# line and not a crisis line, is the plan said as a close even with "now".
_REPORTING_NOW = re.compile(
    r"\b(?:i'?m|im|i am|we'?re|we are) (?:\w+ )?(?:calling|phoning|ringing|contacting|emailing"
    r"|reporting (?:it |this |him |her |them )?to|going to report (?:it |this |him |her )?to)"
    r" (?:cybertip\w*|the police|police|the cops|rcmp|the rcmp)\b"
)


def plan_close(text: str) -> bool:
    """ "ok, I'll ring the protection service tomorrow, thanks", "thank you, I will phone them
    in the morning, goodbye": the person's own next step said as a close."""
    cleaned = plain_lower(text)
    asks = _NOT_A_CLOSE.search(_WHAT_I_NEEDED.sub(" ", cleaned))
    if not cleaned or len(cleaned.split()) > MAX_CLOSE_WORDS or asks:
        return False
    if _REPORTING_NOW.search(cleaned):
        return True
    if not _PLAN.search(cleaned):
        return False
    if _FAREWELL.search(cleaned):
        return True
    if _ANOTHER_DAY.search(cleaned) and _CLOSE_CUE.search(cleaned):
        return True
    if _LINE_OBJECT.search(cleaned):
        return False  # "ok thanks, I'll reach out to them": glad you're reaching out
    if _LATER.search(cleaned) or _DECIDED.search(cleaned):
        return True
    return bool(_CLOSE_CUE.search(cleaned)) and not _NOW.search(cleaned)


# --- warn family or friends before it is sent -------------------------------------------------
_CLOSE_PEOPLE = (
    r"(?:kids|children|child|son|sons|daughters?|family|friends|relatives|parents|mom|mum|dad"
    r"|wife|husband|partner|sister|brother|siblings|coworkers?|co-workers?|colleagues|boss"
    r"|employer|grandchildren|grandkids|loved ones|people close to me|folks)"
)
_WARN = re.compile(
    rf"\b(?:warn|alert|prepare|forewarn)\w* (?:my|our|the) (?:\w+ )?{_CLOSE_PEOPLE}\b"
    rf"|\b(?:give|tell) (?:my|our) (?:\w+ )?{_CLOSE_PEOPLE} (?:a )?heads[- ]?up\b"
    rf"|\bheads[- ]?up to (?:my|our) (?:\w+ )?{_CLOSE_PEOPLE}\b"
)
_TELL_CLOSE = re.compile(
    rf"\b(?:tell|let|talk to|say something to|inform) (?:my|our) (?:\w+ )?{_CLOSE_PEOPLE}\b"
)
# Before it reaches them: "before she sends it", "in case he posts it", "beforehand", "first".
_BEFORE = re.compile(
    r"\bbefore\b|\bbeforehand\b|\bin case\b|\bahead of\b|\bfirst\b|\bbefore (?:they|it)\b"
    r"|\bif (?:he|she|they) (?:\w+ )?(?:sends?|posts?|shares?|shows?|leaks?)\b"
)
_ASKS = re.compile(
    r"\b(?:should|do|shall|must|would|could|can|ought) (?:i|we)\b|\bis it (?:better|wise|a good"
    r" idea)\b|\bwould it be (?:better|wise)\b|\?"
)


def warn_before(cleaned: str) -> bool:
    """ "Should I warn my kids before he sends it to them?", "do I tell my family first in case
    she posts it?": whether to warn the people it may be sent to."""
    if not _ASKS.search(cleaned):
        return False
    return bool(_WARN.search(cleaned) or (_TELL_CLOSE.search(cleaned) and _BEFORE.search(cleaned)))


# --- how to find out whether it is online ------------------------------------------------------
_ONLINE = (
    r"(?:online|on ?line|posted|put (?:it |them )?(?:up|online|out)|up on|out there|on the"
    r" (?:internet|web|net)|on (?:a|any|some) (?:site|website|porn site)|uploaded|anywhere"
    r"|being shared|been shared|on social media|up somewhere)"
)
_FIND_ONLINE = re.compile(
    rf"\bhow (?:do|would|can|could|will|should|does) (?:i|we|you|one|anyone|someone|he|she)"
    rf" (?:\w+ ){{0,3}}(?:find out|know|tell|check|see|search|look|find|discover|be sure)\b"
    rf"[^?]{{0,50}}\b{_ONLINE}"
    rf"|\b(?:is there a way|any way|a way|how|where) (?:\w+ ){{0,3}}(?:to )?(?:check|search"
    rf"|find out|look|find|see)\b[^?]{{0,50}}\b{_ONLINE}"
    rf"|\b(?:can|could) (?:i|we|you|someone|anyone) (?:\w+ ){{0,2}}(?:find out|check|search"
    rf"|see|tell|look)\b[^?]{{0,30}}\b(?:if|whether)\b[^?]{{0,40}}\b{_ONLINE}"
    rf"|\bhow (?:do|would|can) (?:i|we) (?:even )?(?:search|look) for (?:it|them|the \w+|my \w+)"
)
# "how do I know if I qualify" names no image online; a question about the IIPS checking is
# the IIPS answer's (answer_kinds_subjects).
_IIPS = re.compile(r"\b(?:iips|protection service|the service|they)\b[^?]{0,20}\b(?:check|find)")


def find_online(cleaned: str) -> bool:
    return bool(_FIND_ONLINE.search(cleaned)) and not _IIPS.search(cleaned)


# --- removal tools: cost, and whether the site learns who reported ------------------------------
_TOOL = (
    r"(?:take ?it ?down|stop ?ncii(?:\.org)?|stopncii|need ?help ?now(?:\.ca)?|cybertip(?:\.ca)?)"
)
_COST = re.compile(
    rf"\b(?:is|are) {_TOOL} (?:\w+ )?(?:free|paid)\b|\b{_TOOL}\b[^.?!]{{0,20}}\b(?:free|cost"
    rf"|fee|charge|pay)\w*"
    rf"|\b(?:does|do|will) (?:it|that|this|they|the (?:site|tool|tools|websites?)) cost\b"
    rf"|\bhow much (?:is|does|do|will) (?:it|that|this|they|{_TOOL})\b"
    rf"|\bis (?:it|that|this|reporting|removal) (?:\w+ )?free\b|\bdo (?:i|we) (?:have to )?pay\b"
)
_SITE = (
    r"(?:site|website|web site|platform|app|page|forum|host|owner|admin\w*|moderators?"
    r"|uploader|poster|person who posted (?:it|them)|people who run it|company)"
)
_NOTICE = re.compile(
    rf"\b(?:will|would|does|do|can|could) (?:the |that |this |a )?(?:\w+ )?{_SITE}"
    rf" (?:\w+ )?(?:know|find out|be told|get told|learn|see|be notified|get notified|know"
    rf" about)\b[^?]{{0,30}}\b(?:i|me|who|my name|it was)\b"
    rf"|\b(?:anonymous|anonymously|my name)\b[^?]{{0,40}}\b(?:report|reported|reporting)\b"
    rf"|\b(?:report|reporting)\b[^?]{{0,40}}\b(?:anonymous|anonymously)\b"
)
_REPORTS = re.compile(r"\breport\w*\b")


def removal_cost_or_notice(cleaned: str) -> bool:
    """ "is take it down free? will the site owner know I reported it?": the removal tools' cost
    or whether a site learns who reported. A bare "is it free?" keeps the service's answer."""
    tool_cost = bool(re.search(rf"\b{_TOOL}\b", cleaned)) and bool(_COST.search(cleaned))
    notice = bool(_NOTICE.search(cleaned)) and bool(_REPORTS.search(cleaned))
    return tool_cost or notice


# --- a protection order, fast -------------------------------------------------------------------
_ORDER = (
    r"(?:protection order|protective order|restraining order|an order|the order|tribunal"
    r"|crt|civil resolution)"
)
_FAST = (
    r"(?:fast|faster|quick|quickly|quicker|soon|urgent\w*|right away|immediately|in time"
    r"|asap|same day|today|tonight|tomorrow|by (?:the )?(?:weekend|friday|saturday|sunday"
    r"|monday|tomorrow|tonight)|before (?:the |this |next )?(?:weekend|friday|saturday|sunday"
    r"|monday|tomorrow|tonight|then|he does|she does|they do|it'?s posted))"
)
_CRT_FAST = re.compile(rf"\b{_ORDER}\b[^?]{{0,50}}\b{_FAST}\b|\b{_FAST}\b[^?]{{0,40}}\b{_ORDER}\b")
_HOW_FAST = re.compile(
    r"\bhow (?:fast|quick\w*|soon|long)\b|\b(?:in time|before (?:the |this )?(?:weekend|friday"
    r"|saturday|sunday|tonight|tomorrow))\b"
)
_GET_ORDER = re.compile(r"\b(?:get|apply|ask|file|make|obtain|order|stop)\w*\b")


def crt_fast(cleaned: str) -> bool:
    """ "can I get a protection order before friday?", "how quickly can the tribunal stop him,
    he said this weekend": the order's speed with a deadline or urgency."""
    return bool(_CRT_FAST.search(cleaned)) and bool(_GET_ORDER.search(cleaned))


def crt_fast_again(cleaned: str, earlier_texts: list[str]) -> bool:
    """ "ok but how fast? he said saturday" right after a message that named the order."""
    if not earlier_texts or not _HOW_FAST.search(cleaned) or len(cleaned.split()) > 16:
        return False
    last = plain_lower(earlier_texts[-1])
    return bool(re.search(rf"\b{_ORDER}\b", last))


# --- reporting to the platform ------------------------------------------------------------------
# The platforms by name, shared with leftover_questions (one list, not a copy per reader).
PLATFORM = (
    r"(?:x|twitter|instagram|insta|ig|facebook|fb|tiktok|tik tok|snapchat|snap|reddit|youtube"
    r"|discord|onlyfans|pornhub|telegram|whatsapp|roblox|minecraft|fortnite|kik|omegle|tumblr"
    r"|twitch|threads|pinterest|airbnb|vrbo|tinder|bumble|hinge|grindr|the dating app"
    r"|the (?:platform|site|website|app|game|social media(?: site| app)?)"
    r"|(?:that|this) (?:platform|site|website|app|game)|the company)"
)
_PLATFORM_REPORT = re.compile(
    rf"\b(?:can|could|should|do|does|how|may|is it possible|(?:am i|is he|is she|are they)"
    rf" allowed)\b[^.?!]{{0,40}}\b(?:report|flag)\w*\b(?: [\w']+){{0,4}}"
    rf" (?:to|on|with|through) {PLATFORM}\b"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:can|could|should|do|does|may) (?:he|she|they|my \w+|him|her|them)\b"
    r"|\b(?:himself|herself|themselves)\b"
)


def platform_report(cleaned: str) -> str | None:
    if not _PLATFORM_REPORT.search(cleaned):
        return None
    return PLATFORM_REPORT_HELPER if _SOMEONE_ELSE.search(cleaned) else PLATFORM_REPORT


def next_question_kind(cleaned: str) -> str | None:
    """The kind of one of these follow-ups, read from the message alone, or None."""
    platform = platform_report(cleaned)
    if platform:
        return platform
    if crt_fast(cleaned):
        return CRT_FAST
    if removal_cost_or_notice(cleaned):
        return REMOVAL_COST_NOTICE
    if find_online(cleaned):
        return FIND_ONLINE
    if warn_before(cleaned):
        return WARN_BEFORE
    return None
