"""Turn bot messages into SMS bodies and TwiML: plain text, Twilio's length limit, escaping."""

from __future__ import annotations

import re

from twilio.twiml.messaging_response import MessagingResponse

# Twilio refuses a message body longer than 1,600 characters. It counts UTF-16 code units,
# so an emoji counts as two: measure the same way.
MAX_SMS_CHARS = 1600

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
# Only markers at word edges, so snake_case and e-mail addresses stay as they are.
_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Places where a message may be cut, best first: a paragraph, a line, a sentence, a word.
_CUT_PATTERNS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?…])[\"')\]]*\s+"),
    re.compile(r"\s+"),
)


def sms_length(text: str) -> int:
    """Length as Twilio counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _link_text(match: re.Match) -> str:
    label, target = match.group(1), match.group(2)
    if not target.lower().startswith(("http://", "https://")):
        return label  # tel:, mailto:, sms: — the label already is the number or address
    bare = re.sub(r"^https?://(www\.)?", "", target.lower()).rstrip("/")
    shown = re.sub(r"^(www\.)?", "", label.lower()).rstrip("/")
    return label if shown in bare or bare in shown else f"{label} ({target})"


def plain_text(text: str) -> str:
    """Markdown to the plain text an SMS can show."""
    text = _LINK.sub(_link_text, text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _HEADING.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", text).strip()


def _prefix_within(text: str, limit: int) -> int:
    """The largest number of characters of `text` that fits in `limit` code units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _cut_point(text: str, limit: int) -> tuple[int, int]:
    """Where to end this part and where the next one starts."""
    window = _prefix_within(text, limit)
    for pattern in _CUT_PATTERNS:
        cuts = [m for m in pattern.finditer(text, 0, window + 1) if m.start() > 0]
        if cuts:
            # Don't keep a tiny first part when a later, coarser-grained cut is far off.
            best = cuts[-1]
            if best.start() >= window // 3:
                return best.start(), best.end()
    return window, window


def split_message(text: str, limit: int = MAX_SMS_CHARS) -> list[str]:
    """Split text into parts of at most `limit`, at paragraph, sentence or word ends."""
    parts = []
    rest = text.strip()
    while sms_length(rest) > limit:
        end, start = _cut_point(rest, limit)
        parts.append(rest[:end].rstrip())
        rest = rest[start:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def render_twiml(bodies: list[str]) -> str:
    """A TwiML reply with one <Message> per body; no bodies gives an empty <Response/>."""
    response = MessagingResponse()
    for body in bodies:
        response.message(body)
    return response.to_xml(xml_declaration=True)
