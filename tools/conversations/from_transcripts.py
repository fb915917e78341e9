"""Turn simulated users' transcripts rated helpful into conversation tests (issue 16: "keep the
transcripts as new conversation tests once they pass").

Usage: python -m tools.conversations.from_transcripts [--summary SUMMARY.md] TRANSCRIPT.md ...
       > tests/conversations/x.yml

Each transcript becomes one conversation: the person's messages as typed, and after each one
the facts the rated reply gave (contact details from content/contacts.yml and the key routes
named in KEY_TERMS) that the answer must still give, and none of the fallback's "I didn't
understand". The bot's exact wording is not asserted: a better reply in other words passes,
a reply that loses a number, a route or the answer itself does not.

Transcript layouts read: `> user` / `< bot` lines (round 3), `USER:` / `BOT:` (round 2),
`YOU:` / `BOT:` (the say.py log of round 4) and `**USER:**` / `BOT:` (round 7). Only
transcripts rated "helpful" are kept: the
rating is read from the transcript, or from the SUMMARY.md table row of its id ("| p07 | ... |
helpful | ... |") when the round keeps ratings there.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
# The routes and facts a person leaves with; asserted when the rated reply named them.
KEY_TERMS = (
    "StopNCII",
    "Take It Down",
    "Cybertip",
    "NeedHelpNow",
    "Kids Help Phone",
    "VictimLinkBC",
    "9-8-8",
    "9-1-1",
    "Civil Resolution Tribunal",
    "Intimate Images Protection Service",
    "$75,000",
    "March 6, 2023",
    "interpreter",
    "not your fault",
    "not in trouble",
    "Don't pay",
)
NOT_UNDERSTOOD = (
    "didn't understand",
    "not sure I understood",
    "not sure how to help",
)
# The rating line: "**Rating:** helpful", "Rating (as the person): **helpful**".
RATING = re.compile(r"\brating\b[^:\n]{0,30}:\**\s*\**(helpful|partly|not)\b", re.IGNORECASE)
MAX_FACTS_PER_TURN = 4


@dataclass(frozen=True)
class Turn:
    user: str
    bot: str
    buttons: tuple[tuple[str, str], ...] = ()  # (title, payload) offered in the reply


# say.py's button lines ("   [button] Title   (payload: /x)") and a press ("[button: /x]", or
# round 10's "[pressed button] /x").
BUTTON_LINE = re.compile(r"^\[button\]\s+(.*?)\s+\(payload:\s*(\S.*?)\)$")
PRESSED = re.compile(r"^\[(?:button:\s*(?P<inside>\S.*?)|pressed button\]\s*(?P<after>/\S.*))\]?$")


def contact_values(path: Path = REPO_ROOT / "content" / "contacts.yml") -> tuple[str, ...]:
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple(
        str(entry["value"])
        for entry in document.values()
        if isinstance(entry, dict) and "value" in entry
    )


def rating(text: str) -> str | None:
    found = RATING.search(text)
    return found.group(1).lower() if found else None


def summary_ratings(text: str) -> dict[str, str]:
    """{"p07": "helpful", ...} from a SUMMARY.md table whose rows start with the person's id."""
    ratings = {}
    for line in text.splitlines():
        cells = [cell.strip().lower() for cell in line.strip().strip("|").split("|")]
        if len(cells) > 2 and re.fullmatch(r"p\d+", cells[0]):
            rated = [cell for cell in cells[1:] if cell in ("helpful", "partly", "not")]
            if rated:
                ratings[cells[0]] = rated[0]
    return ratings


def turns(text: str) -> list[Turn]:
    """The (message, reply) pairs of a transcript, in order."""
    pairs: list[Turn] = []
    user: str | None = None
    bot: list[str] = []
    buttons: list[tuple[str, str]] = []
    for line in text.splitlines():
        stripped = line.strip()
        said = re.match(r"^(?:>|\*{0,2}(?:YOU|USER):\*{0,2})\s?(.*)$", stripped)
        answered = re.match(r"^(?:<|BOT:)\s?(.*)$", stripped)
        button = BUTTON_LINE.match(stripped)
        if said:
            if user is not None:
                pairs.append(Turn(user, "\n".join(bot), tuple(buttons)))
            user, bot, buttons = said.group(1).strip(), [], []
        elif answered and user is not None:
            bot.append(answered.group(1))
        elif button and user is not None:
            buttons.append((button.group(1), button.group(2)))
    if user is not None:
        pairs.append(Turn(user, "\n".join(bot), tuple(buttons)))
    return [pair for pair in pairs if pair.user]


def facts_in(reply: str, contacts: tuple[str, ...]) -> list[str]:
    lowered = reply.lower()
    found = [value for value in contacts if value.lower() in lowered]
    found += [term for term in KEY_TERMS if term.lower() in lowered and term not in found]
    return found[:MAX_FACTS_PER_TURN]


def conversation(
    path: Path, contacts: tuple[str, ...], ratings: dict[str, str] | None = None
) -> dict | None:
    text = path.read_text(encoding="utf-8")
    person = re.match(r"p\d+", path.name)
    rated = rating(text) or (ratings or {}).get(person.group(0) if person else "")
    if rated != "helpful":
        return None
    steps: list[dict] = []
    offered: tuple[tuple[str, str], ...] = ()
    for turn in turns(text):
        # A pressed button is a click on its title (a typed "[button: /x]" would be a fallback).
        pressed = PRESSED.match(turn.user)
        payload_pressed = pressed and (pressed.group("inside") or pressed.group("after")).strip()
        titles = [title for title, payload in offered if pressed and payload == payload_pressed]
        steps.append({"click": titles[0]} if titles else {"user": turn.user})
        offered = turn.buttons
        check: dict = {"not": list(NOT_UNDERSTOOD)}
        facts = facts_in(turn.bot, contacts)
        if facts:
            check = {"says": facts, **check}
        steps.append({"bot": check})
    if not steps:
        return None
    # A heading names the conversation; round 8's transcripts start with the first message.
    first = text.splitlines()[0] if text.strip() else ""
    title = first.lstrip("# ").strip() if first.startswith("#") else f"Conversation {path.stem}"
    round_dir = path.parent.parent if path.parent.name == "transcripts" else path.parent
    return {"name": f"simulated user ({round_dir.name}): {title}", "steps": steps}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("transcripts", nargs="+", type=Path)
    parser.add_argument("--summary", type=Path, help="SUMMARY.md holding the ratings")
    args = parser.parse_args(argv)
    contacts = contact_values()
    ratings = summary_ratings(args.summary.read_text(encoding="utf-8")) if args.summary else {}
    conversations = [c for p in args.transcripts if (c := conversation(p, contacts, ratings))]
    yaml.safe_dump(
        {"conversations": conversations}, sys.stdout, sort_keys=False, allow_unicode=True, width=100
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
