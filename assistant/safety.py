"""Crisis and danger wording check: plain functions, no Rasa imports.

The NLU classifier is the first layer; this is the second, and it does not depend on the
classifier's confidence. Patterns and the cues that weaken them live in content/safety.yml.

A pattern match is *clear* (the full crisis or danger answer) unless the wording around it
weakens it: a negation ("I'm not going to hurt myself"), reported speech or a joke about
someone else's threat ("she said she'd kill me if I told lol"), a hypothetical ("what if he
comes to my house"), or a figure of speech about a parent or teacher ("my dad is gonna kill
me"). A weakened match is a *possible* crisis: the bot checks in and still answers the
question. Only the first GUARD_PREFIX_CHARS characters are read, and no pattern has an
unbounded gap, so a huge message costs no more than a long one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from assistant.content import value

CRISIS = "crisis"
IMMEDIATE_DANGER = "immediate_danger"
# The user message's parse-data key for a possible crisis, set by the CrisisGuard and read by
# the InterruptPolicy: {"intent": "crisis" or "immediate_danger", "reason": why not clear}.
CHECK_IN_KEY = "safety_check_in"
APOSTROPHES = "'\u2019\u2018`\u00b4"
# Laughing emoji read as "lol" (the skull is "I'm dead" as in laughing): "ugh i want to die 💀
# why did i send that" is a figure (fresh batch 10). The crying face is not here: it can be real.
LAUGHING = {ord(mark): " lol " for mark in "\U0001f480\U0001f602\U0001f923"}
# Emoji that stand for the means, read as their word: "💊💊💊 took them all. bye" is pills taken
# (fresh batch 14). Only the pill: a knife or a drop of blood is as often a joke or a recipe.
MEANS_EMOJI = {ord("\U0001f48a"): " pills "}
# Twice the longest message any channel accepts: a crisis sentence is never cut off, and a
# 200,000-character message is read no further than this.
GUARD_PREFIX_CHARS = 2_000

# Why a match only counts as a possible crisis (the check-in), in the order they are tried.
NEGATION = "negation"
REPORTED = "reported speech"
HYPOTHETICAL = "hypothetical"
JOKE = "joke"
FIGURE = "figure of speech"
PAST = "past event"
AMBIGUOUS = "ambiguous wording"
TOPIC = "a topic, not a state"  # "a school project on suicide prevention", "is 988 only for..."
TOLD_TO = "told to"  # "he told me to kill myself in the comments": abuse to ask about
# Self-harm told as past and stopped ("After the leak I cut myself for a while. I stopped."): a
# check-in and the answer, never the full reply, and never nothing.
STOPPED = "past, stopped"
# Asking whether a method hurts, with no place ("does hanging hurt?"): a check-in and the answer,
# never the full reply, and never ruled out to nothing by the safety model.
METHOD = "method asked about"
# A distant past the message says is over ("I was suicidal back in 2023, I'm doing much better
# now"): the answer alone unless the classifier sees a crisis in the rest.
RECOVERED = "past, now over"
# How far from the matched words a past marker still belongs to them ("I used to self harm in
# high school": before; "I was suicidal back in 2024": after).
# Words that put a subject of study back in the present ("my project is done and so am I, I have
# the pills right now"); "here" or "coming" are too common in a question to count.
_NOW = re.compile(
    r"\b(now|right now|tonight|today|rn|as we speak|this minute|again"
    r"|(want|wanna|going|gonna|about|ready|plan|planning) to (do it|die|end)"
    r"|just (called|texted|messaged|phoned|rang|sent|snapped|dmd)( me)?)\b"
)
# Someone else's joke, close before crisis words; "not joking" is the opposite.
_SAID_JUST_BEFORE = re.compile(r"\b(said|says|saying|texted|wrote|told me|was like)\b")
_JOKED_BEFORE = re.compile(r"(?<!not )\b(joked|jokes|jokingly|as a joke)\b")
_SAFE_NOW = re.compile(
    r"^( at home| home| here)?( with (me|us|family|my family))?"
    r"( for now| for tonight| for the night| right now| tonight| now)?\b"
)
# "I'm safe right now, he's not here" (round 50 p12): the person who frightens them being
# away is not "happening now"; "he's not here yet" or "he's coming" still is.
_ABSENT = re.compile(
    r"\b(?:hes|he is|shes|she is|theyre|they are|he s|she s|they re) not (?:here|home|around"
    r"|with me|at home)\b(?! yet)"
)
PAST_BEFORE_CHARS = 80
PAST_AFTER_CHARS = 60


@dataclass(frozen=True)
class SafetyReading:
    """What the wording says: `intent` is crisis or immediate_danger; `clear` False means a
    possible crisis (check in and answer), and `weakened_by` says why."""

    intent: str
    clear: bool
    weakened_by: str = ""


def normalise(text: str) -> str:
    """Lower case, no apostrophes, letters repeated 3+ times cut to 2, single spaces."""
    text = unicodedata.normalize("NFKC", (text or "")[:GUARD_PREFIX_CHARS]).lower()
    text = text.translate({ord(mark): None for mark in APOSTROPHES}).translate(LAUGHING)
    text = text.translate(MEANS_EMOJI)
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _compiled(name: str) -> tuple[re.Pattern, ...]:
    return tuple(map(re.compile, value(f"safety.{name}")))


@lru_cache(maxsize=1)
def compiled_patterns() -> tuple[tuple[str, tuple[re.Pattern, ...]], ...]:
    """Danger first: its reply leads with 9-1-1."""
    return (
        (IMMEDIATE_DANGER, _compiled("immediate_danger_patterns")),
        (CRISIS, _compiled("crisis_patterns")),
    )


@lru_cache(maxsize=1)
def possible_patterns() -> tuple[tuple[str, tuple[re.Pattern, ...]], ...]:
    """Wording that is a crisis or danger only sometimes: a check-in at most."""
    return (
        (IMMEDIATE_DANGER, _compiled("possible_danger_patterns")),
        (CRISIS, _compiled("possible_crisis_patterns")),
    )


@lru_cache(maxsize=1)
def method_patterns() -> tuple[tuple[str, tuple[re.Pattern, ...]], ...]:
    """Whether a method hurts, asked with no place or time: a check-in that stays."""
    return ((CRISIS, _compiled("method_questions")),)


@lru_cache(maxsize=1)
def figurative_patterns() -> tuple[re.Pattern, ...]:
    """Figures about things ("career suicide") and everyday wording the classifier alone took
    for a crisis ("dead serious", "I feel so hurt and betrayed"): blanked before anything."""
    return _compiled("figurative_phrases") + _compiled("everyday_phrases")


@lru_cache(maxsize=1)
def figure_patterns() -> tuple[re.Pattern, ...]:
    return _compiled("figures_of_speech")


@cache
def cue(name: str) -> re.Pattern:
    """One of the weakening cues of content/safety.yml, as one alternation."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in value(f"safety.{name}")))


def _blank(patterns: tuple[re.Pattern, ...], cleaned: str) -> str:
    for pattern in patterns:
        cleaned = pattern.sub(" ", cleaned)
    return re.sub(r"\s+", " ", cleaned).strip()


def without_figures_of_speech(cleaned: str) -> str:
    """Blank out "my phone is about to die" and the like; the rest is still checked."""
    return _blank(figurative_patterns(), cleaned)


def spellings(cleaned: str) -> tuple[str, ...]:
    """The text, and the same with every doubled letter single ("cannnt" -> "cant")."""
    return (cleaned, re.sub(r"(.)\1+", r"\1", cleaned))


def weakened_by(intent: str, before: str, matched: str, whole: str) -> tuple[str, int]:
    """Why this match is only a possible crisis ("" when it is a clear one), and where in
    `before` the weakening words start (len(before) when they are inside the match).

    `before` is the text before the match, `matched` the match, `whole` the message.
    A distant past told as such weakens crisis and danger wording alike ("I used to self harm
    in high school"), unless the message says it is happening now or again.
    Hypotheticals, reported speech and jokes weaken danger wording only: "if he posts them
    I'll kill myself" is a crisis, "he said he'll hurt me if I tell" is a threat to ask
    about, and "he says he'll kill me, he's outside" stays danger (immediacy wins over
    reported speech and jokes, not over "what if").
    """
    negation = cue("negation_before").search(before)
    if negation and not cue("conditional_before").search(before[: negation.start()]):
        return NEGATION, negation.start()
    past = _past_marker(before, matched, whole)
    stopped = _stopped_marker(before, matched, whole) if intent == CRISIS else None
    if past is not None or stopped is not None:
        start = min(at for at in (past, stopped) if at is not None)
        if cue("recovered").search(whole):
            return RECOVERED, start
        return (STOPPED if stopped is not None else PAST), start
    immediate = cue("immediacy").search(whole)
    told_to = cue("told_to_before").search(before[-40:]) or cue("told_to_before").search(
        before[-40:] + matched.split(" ")[0]  # "he said kys": the word itself
    )
    if intent == CRISIS and told_to and not immediate:
        return TOLD_TO, len(before) - len(before[-40:]) + told_to.start()
    claimed = _claim_denied(before, matched, whole)
    if intent == CRISIS and claimed is not None and not immediate:
        return TOLD_TO, claimed  # "my ex told everyone I tried to kill myself, it's a lie"
    topic = cue("crisis_as_topic").search(whole)
    # "she is stable now" is no present crisis: recovery words are read without their "now".
    if topic and not _NOW.search(cue("recovered").sub(" ", whole)):
        return TOPIC, len(before)
    joked = _JOKED_BEFORE.search(before[-60:])
    if intent == CRISIS and joked and not immediate:
        # "my friend joked 'if my nudes leak I'm jumping off a bridge'": someone else's joke.
        return JOKE, len(before) - len(before[-60:]) + joked.start()
    if intent == CRISIS and not immediate and cue("figure_explained").search(whole):
        return FIGURE, len(before)  # "she said 'I'm going to die', she meant from embarrassment"
    if intent == CRISIS and not immediate and quote_explained(before, matched, whole):
        return FIGURE, len(before)  # "she posted 'I can't do this anymore' about her exam"
    if (
        intent == CRISIS
        and not immediate
        and _SAID_JUST_BEFORE.search(before[-25:])
        and cue("joke").search(whole)
    ):
        return FIGURE, len(before)  # 'my friend said "I'm gonna die" when she saw it lol'
    if intent == CRISIS and not immediate:
        # "hypothetically, if someone is suicidal...", "I want to die when I think of it, but
        # I'm not going to do anything": asked about or disclaimed, a check-in and the answer.
        after = whole[len(before) + len(matched) :]
        if cue("crisis_hypothetical").search(whole) or cue("disclaimer_after").search(after):
            return HYPOTHETICAL, len(before)
    if intent != IMMEDIATE_DANGER:
        return "", len(before)
    hypothetical = cue("hypothetical_before").search(before)
    if hypothetical:
        return HYPOTHETICAL, hypothetical.start()
    if immediate:
        return "", len(before)
    tail = before[-60:]
    reported = cue("reported_speech").search(tail + " " + matched)
    if reported:
        inside_match = reported.start() >= len(tail)
        if _reported_threat_to_kill(tail + " " + matched, reported.start(), matched, whole):
            return "", len(before)  # "he said he'll kill me if I tell anyone": danger (round 23)
        # "she said she'd kill me if I told lol": reported and laughed at, a joke.
        reason = JOKE if cue("joke").search(whole) else REPORTED
        return reason, len(before) if inside_match else len(before) - len(tail) + reported.start()
    if cue("joke").search(whole):
        return JOKE, len(before)
    return "", len(before)


# A question beside a reported threat ("..., can I report the guy who posted it").
_ASKS_BESIDE = re.compile(
    r"\?|\b(?:can|could|should|do|does|how|what|where|who|is|will|would) (?:i|we|you|it|he|she"
    r"|they)\b"
)


def _reported_threat_to_kill(said: str, at: int, matched: str, whole: str) -> bool:
    """A threat to kill quoted from someone who is not family or a friend, and not laughed at:
    danger, as if said now ("he said he'll kill me if i tell anyone")."""
    if not cue("threat_to_kill").search(matched) or cue("joke").search(whole):
        return False
    if cue("threat_laughed_off").search(whole):
        return False  # "she said she'd kill me if I told, she was laughing though"
    if _ASKS_BESIDE.search(whole.replace(matched, " ")):
        # "she said she'd kill me if I told anyone, can I report the guy who posted it": the
        # check-in (9-1-1 in it) and the answer to the question, in the same turn.
        return False
    return not cue("figure_speaker").search(said[max(0, at - 30) : at])


# A word of saying or posting close before quoted crisis words ("my friend posted 'I can't do
# this anymore'"), for quote_explained.
_QUOTED_BEFORE = re.compile(
    r"\b(said|says|saying|posted|posts|wrote|writes|texted|tweeted|captioned|commented|put"
    r"|was like|goes|went)\b"
)


def quote_explained(before: str, matched: str, whole: str) -> bool:
    """Quoted crisis words explained right after as said laughing or about something ordinary
    ("my friend said 'I'm going to kill myself' but she was laughing about a haircut", "she
    posted 'I can't do this anymore' but it was about her exam"): a figure, not a crisis
    (fresh batch 14). The explanation must follow the quote within the cue's reach."""
    if not _QUOTED_BEFORE.search(before[-30:]):
        return False
    after = whole[len(before) + len(matched) :]
    return bool(cue("quote_explained").search(after))


# How far before the crisis words someone else's claim may start, and how far after them its
# denial ("my ex told everyone I tried to kill myself, it's a lie").
CLAIM_BEFORE_CHARS = 60
DENIAL_AFTER_CHARS = 60


def _claim_denied(before: str, matched: str, whole: str) -> int | None:
    """Where someone else's claim about the person starts when it is denied right after ("he
    told everyone I tried to kill myself, it's a lie") or called a rumour, or None (fresh
    batch 15). The claim
    ends where the crisis words begin, so "I told my mom I want to die" is never one, and a
    crisis said later in the message is read on its own."""
    window = before[-CLAIM_BEFORE_CHARS:]
    claim = cue("claimed_before").search(window)
    if not claim:
        return None
    after = whole[len(before) + len(matched) :][:DENIAL_AFTER_CHARS]
    # A rumour says it is disputed by its own word ("a rumour at school that I tried to ...").
    if "rumo" not in claim.group(0) and not cue("claim_denied").search(after):
        return None
    return len(before) - len(window) + claim.start()


def _past_marker(before: str, matched: str, whole: str) -> int | None:
    """Where a distant past told as such starts ("a few years ago he threatened me with a
    knife", "I used to self harm in high school"), or None. Crisis and danger alike, but never
    when the message says it is happening now or again ("... and I started again last night")."""
    # "Today I'm okay" says the past is over; it is no sign of a crisis today.
    # "I used to ... every day": a habit told in the past is no present sign either.
    if _happening_now(whole):
        return None
    window_start = max(0, len(before) - PAST_BEFORE_CHARS)
    marker = cue("past_event").search(before, window_start)
    if marker:
        return marker.start()
    after = whole[len(before) + len(matched) :][:PAST_AFTER_CHARS]
    return len(before) if cue("past_event").search(after) else None


def _happening_now(whole: str) -> bool:
    """Whether the message says it is happening now or again, read without the words that say
    it is over ("Today I'm okay", "not anymore") or a habit told in the past ("I used to ...
    every day")."""
    over = cue("recovered").sub(" ", whole)
    over = cue("stopped_after").sub(" ", cue("habitual_past").sub(" ", over))
    return bool(cue("present_signs").search(over))


# A wish or a plan in the crisis words ("I want to die. I quit."): what is said to have stopped
# is not what they tell.
DESIRE_BEFORE_CHARS = 30
_DESIRE = re.compile(
    r"\b(want|wanna|wanted|going to|gonna|will|ill|plan|planning|thinking|think|about to|ready|"
    r"should|wish|gotta|need to|might)\b"
)


def _stopped_marker(before: str, matched: str, whole: str) -> int | None:
    """Where self-harm told as stopped starts ("I cut myself for a while. I stopped.", "I
    stopped cutting after the leak"), or None: right before or just after the crisis words,
    which tell an act, not a wish, and never when the message says it is happening now."""
    if _DESIRE.search(before[-DESIRE_BEFORE_CHARS:] + matched) or _happening_now(whole):
        return None
    marker = cue("stopped_before").search(before)
    if marker:
        return marker.start()
    after = whole[len(before) + len(matched) :][:PAST_AFTER_CHARS]
    return len(before) if cue("stopped_after").search(after) else None


def _matches(text: str, lists=None):
    """(intent, match) of every pattern match in both spellings, danger first."""
    variants = spellings(text)  # once per message, not once per pattern (issue 17)
    for intent, patterns in lists or compiled_patterns():
        for pattern in patterns:
            # The single-letter spelling only for what the message's own spelling misses: its
            # "before" text would read the cues wrong ("i dont fel suicidal" is no negation).
            for variant in variants:
                found = list(pattern.finditer(variant))
                for match in found:
                    yield intent, match
                if found:
                    break


@dataclass(frozen=True)
class _Assessment:
    reading: SafetyReading | None
    cleaned: str = ""
    # Spans of `cleaned` holding the weakened wording (negation or quote + crisis words).
    weakened: tuple[tuple[int, int], ...] = ()
    # Figures about things ("career suicide", "my phone is about to die") were blanked out.
    blanked: bool = False


# The eraser (before the classifier) and the guard (after it) read the same message one after
# the other: the last reading is kept, and only the last, so no earlier message stays in memory.
@lru_cache(maxsize=1)
def _assess(text: str) -> _Assessment:
    normalised = normalise(text)
    cleaned = without_figures_of_speech(normalised)
    if not cleaned:
        return _Assessment(None)
    if cleaned != normalised:
        return replace(_assess_cleaned(cleaned), blanked=True)
    return _assess_cleaned(cleaned)


def _assess_cleaned(cleaned: str) -> _Assessment:
    plain = _blank(figure_patterns(), cleaned)
    weak: SafetyReading | None = None
    spans: list[tuple[int, int]] = []
    for intent, match in _matches(plain):
        variant = match.string
        reason, start = weakened_by(intent, variant[: match.start()], match.group(0), variant)
        if not reason:
            return _Assessment(SafetyReading(intent, clear=True), cleaned)
        weak = weak or SafetyReading(intent, clear=False, weakened_by=reason)
        if variant == plain:  # offsets of the first spelling only
            spans.append((start, match.end()))
    if weak:
        return _Assessment(weak, plain, tuple(spans))
    laughed_off = plain != cleaned and bool(cue("joke").search(cleaned))
    if plain != cleaned and not laughed_off:
        for intent, _ in _matches(cleaned):
            figures = tuple(
                m.span() for pattern in figure_patterns() for m in pattern.finditer(cleaned)
            )
            return _Assessment(
                SafetyReading(intent, clear=False, weakened_by=FIGURE), cleaned, figures
            )
    for intent, _ in _matches(plain, method_patterns()):
        return _Assessment(SafetyReading(intent, clear=False, weakened_by=METHOD), cleaned)
    for intent, match in _matches(plain, possible_patterns()):
        rest = match.string[: match.start()] + " " + match.string[match.end() :]
        if _asks_whether_to(match) and not in_risk_vocabulary(rest):
            continue  # "should I tell her I'm sorry?": asking how to apologise, no farewell
        return _Assessment(SafetyReading(intent, clear=False, weakened_by=AMBIGUOUS), cleaned)
    if laughed_off:
        # "my mom is gonna murder me if she finds out lol": nothing, and the classifier reads
        # the message without the figure.
        return _Assessment(None, plain, blanked=True)
    return _Assessment(None, cleaned)


# "should I tell her I'm sorry", "how do I tell him that I'm sorry": a question about what to do
# (round 8: the one who shared asking how to make it right), not wording said as a goodbye.
_ASKS_WHETHER_TO = re.compile(
    r"\b(?:should|shall|do|can|could|would it help if) i (?:just |also |first |even )?$"
    r"|\bhow (?:do|can|should|could) i (?:\w+ )?$|\b(?:is it ok|is it okay|is it better) to $"
)


def _asks_whether_to(match: re.Match) -> bool:
    """The wording is what the person asks whether to do ("should I tell her I'm sorry?")."""
    return bool(_ASKS_WHETHER_TO.search(match.string[max(0, match.start() - 40) : match.start()]))


def read_safety(text: str) -> SafetyReading | None:
    """Clear or possible crisis / danger wording in a user message, or None.

    Clear matches win over weakened ones; danger wins over crisis within the same strength.
    Figures of speech ("my mom is gonna kill me", "I'd rather die than call") are a possible
    crisis at most, and nothing when the message laughs ("lol my mom is gonna kill me").
    """
    return _assess(text).reading


SPEAKER_AT_END = re.compile(r"(^|\s)(he|she|they|someone|somebody|(my|his|her|their) \w+)\s*$")
# "not that I'm thinking of hurting myself or anything, I just want...": the filler goes with
# the weakened words, so the classifier reads the question.
FILLER_AFTER = re.compile(
    r"\s*\b(or|and) (anything|something|whatever)( like that| of the sort)?\b"
)
THREAT_CONDITION = re.compile(
    r"\s*\b(if|unless|when) (i|you) (told|tell|say|said|talk to|talked to|go to|went to|report)"
    r"( (anyone|anybody|someone|somebody|the police|the cops|police|cops|you|them|him|her|my \w+))?"
    r"( (lol|lmao|haha|jk))?\b"
)


def text_for_classifier(text: str) -> str | None:
    """The message without its weakened crisis wording, for the intent classifier: "I'm not
    suicidal, I'm just furious. Can I sue him?" is classified as "I'm just furious. Can I sue
    him?", and without figures about things ("career suicide", "my phone is about to die").
    None when nothing is weakened or blanked (the classifier reads the message as it is)."""
    assessment = _assess(text)
    if assessment.reading and assessment.reading.clear:
        return None
    if not assessment.reading or not assessment.weakened:
        # "my teacher said it'd be career suicide": the classifier does not see the figure.
        return assessment.cleaned if assessment.blanked else None
    kept, position = [], 0
    for start, end in sorted(assessment.weakened):
        if start > position:
            # "she said she'd kill me ...": the speaker goes with what they said.
            kept.append(SPEAKER_AT_END.sub("", assessment.cleaned[position:start]))
        # "she'd kill me if I told anyone": the condition belongs to the weakened threat.
        tail = THREAT_CONDITION.match(assessment.cleaned, end)
        end = tail.end() if tail else end
        filler = FILLER_AFTER.match(assessment.cleaned, end)
        position = max(position, filler.end() if filler else end)
    kept.append(assessment.cleaned[position:])
    rest = re.sub(r"\s+", " ", " ".join(kept)).strip()
    return rest or None


def text_for_second_opinion(text: str) -> str:
    """The message the second-opinion classifier scores: without its figures and everyday
    phrases when nothing else in it reads as a crisis ("he's been cutting my shifts", "should he
    turn himself in?", rounds 31-32), else as it is (its weakened crisis words included)."""
    assessment = _assess(text)
    if assessment.reading is None and assessment.blanked:
        return assessment.cleaned or ""
    return text


def in_risk_vocabulary(text: str) -> bool:
    """Whether the message holds any word of the fields of death, harm, violence, means,
    urgency or farewell (content/safety.yml `risk_vocabulary`). The classifier alone raises no
    alarm without one: "I'm heartbroken, he was my best friend" is sad, not a crisis."""
    return bool(cue("risk_vocabulary").search(normalise(text)))


def says_safe(text: str) -> bool:
    """The person says they are safe ("just to be clear I'm safe, I'm only asking"), and
    nothing says it is happening now: the classifier's guess alone does not check in again."""
    cleaned = normalise(text)
    said = cue("says_safe").search(cleaned)
    if not said:
        return False
    # The words of being safe are not immediacy ("she's safe at home with me right now");
    # anything else that says it is happening now still is ("I'm safe for now but he's outside").
    after = _ABSENT.sub("", _SAFE_NOW.sub("", cleaned[said.end() :], count=1))
    return not cue("immediacy").search(cleaned[: said.start()] + " " + after)


def plain_statement(text: str) -> bool:
    """The whole message only says what the person will do next, an everyday act for someone
    named ("I think I'll tell my mom", "I'm going to call the number tomorrow"), a move still to
    come ("I'm moving to Vancouver soon"), or how old someone is ("he's about 30"): like
    `says_safe`, the classifier's guess alone or the second opinion does not check in."""
    return bool(cue("plain_statement").search(normalise(text)))


def fears_sharing(text: str) -> bool:
    """Fear or threat that images will be shared, and nothing that says it is happening now
    ("he's drunk, he has his gun out and says he'll show everyone the video" is danger):
    the threats topic, not immediate danger."""
    cleaned = normalise(text)
    return bool(cue("sharing_fear").search(cleaned)) and not cue("immediacy").search(cleaned)


def safety_intent(text: str) -> str | None:
    """'immediate_danger' or 'crisis' when the wording is a clear crisis, else None."""
    reading = read_safety(text)
    return reading.intent if reading and reading.clear else None
