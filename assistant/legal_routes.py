"""Which B.C. routes fit a person's situation. Plain functions over content/routes.yml (when a
route fits); the words of each route are the utter_route_<key> responses in domain/routes.yml."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant import service_period
from assistant.content import all_facts, value
from assistant.content.responses import say

UNSURE = "unsure"
MINOR, ADULT = "minor", "adult"
# An adult now, with no word on the age when the images were taken: the routes for either.
ADULT_NOW = "adult_now"
RECENT, BEFORE = "on_or_after", "before"


@dataclass(frozen=True)
class Route:
    key: str

    def line(self, today: dt.date | None = None) -> str:
        """The route in words; the free advice route carries the pilot period's caveat once
        the configured period has passed (`today` defaults to the real date)."""
        words = say(f"utter_route_{self.key}")
        if self.key == LEGAL_ADVICE:
            caveat = service_period.caveat(today or service_period.today())
            words = f"{words} {caveat}".strip()
        return words


LEGAL_ADVICE = "legal_advice"
OUTSIDE_BC = "no"  # the lives_in_bc answer for a home outside B.C.


def all_routes() -> dict[str, dict]:
    return {
        name.split(".", 1)[1]: fact.value
        for name, fact in all_facts().items()
        if name.startswith("routes.")
    }


def _fits(fits: dict, situation: str, age_group: str, goal: str, when: str) -> bool:
    if situation not in fits.get("situations", [situation]):
        return False
    if goal not in fits.get("goals", [goal]):
        return False
    if age_group not in fits.get("ages", [age_group]) and age_group != UNSURE:
        return False
    # CRT routes need sharing or threats on or after its start date (or that went on after
    # it); only "all of it was before" drops them, "not sure" keeps them.
    return not (fits.get("needs_recent") and when == BEFORE)


def fitting_routes(
    situation: str | None,
    age_group: str | None,
    goal: str | None,
    when: str | None,
    home: str | None = None,
) -> list[Route]:
    """Routes in content order. Missing answers count as "not sure": more routes, never none.
    A home outside B.C. (`home` "no") drops the free advice service: it is for B.C. residents."""
    situation, age_group = situation or UNSURE, age_group or UNSURE
    goal, when = goal or UNSURE, when or UNSURE
    if situation in {"shared_or_threatened", "skipped"}:
        situation = UNSURE if situation == "skipped" else "shared"
    found = [
        Route(key=key)
        for key, route in all_routes().items()
        if _fits(route["fits"], situation, age_group, goal, when)
        and not (home == OUTSIDE_BC and key == LEGAL_ADVICE)
    ]
    if found or (situation, goal, when) == (UNSURE, UNSURE, UNSURE):
        return found
    return fitting_routes(UNSURE, age_group, UNSURE, UNSURE, home)


def needs_date_question(goal: str | None) -> bool:
    """Only the CRT routes depend on the date, and they fit removal, money or not sure."""
    return (goal or UNSURE) in {"removal", "money", UNSURE}


def named_goal_first(found: list[Route], goal: str | None) -> list[Route]:
    """The routes for the one goal the person named ("I want her charged": the police) before
    the rest, which stay in content order: all of them still fit, but the answer to what was
    asked comes first (round 30, p23: the police were fourth of eight). Removal is left alone:
    content order already leads with it (the IIPS, the tribunal's order)."""
    if goal not in GOALS - {UNSURE, "removal"}:
        return found
    every_goal = GOALS - {UNSURE}
    known = all_routes()  # read once, not once per route

    def serves_only_some(route: Route) -> bool:
        # Routes kept for one age group (Cybertip.ca "for youth") stay where they were.
        fits = known[route.key]["fits"]
        goals = set(fits.get("goals", every_goal)) - {UNSURE}
        return goal in goals and goals != every_goal and "ages" not in fits

    return sorted(found, key=lambda route: not serves_only_some(route))


def messages(routes: list[Route], limit: int = 600, today: dt.date | None = None) -> list[str]:
    """Route lines packed into messages no longer than `limit` characters."""
    packed: list[str] = []
    for line in (f"- {route.line(today)}" for route in routes):
        if packed and len(packed[-1]) + 1 + len(line) <= limit:
            packed[-1] += "\n" + line
        else:
            packed.append(line)
    return packed


AGE_GROUPS = {MINOR, ADULT, ADULT_NOW, UNSURE}
GOALS = {"removal", "money", "advice", "police", UNSURE}
WHENS = {RECENT, BEFORE, UNSURE}
GOAL_WORDS = {
    "removal": (
        "remov",
        "take down",
        "taken down",
        "takedown",
        "take them down",
        "take it down",
        "delete",
        "off the internet",
        "it down",
        "them down",
        "taken off",
        "gone",
    ),
    "money": (
        "money",
        "sue",
        "compensat",
        "damages",
        "pay me",
        "pay for",
        "make her pay",
        "make him pay",
        "make them pay",
    ),
    "advice": ("lawyer", "advice", "legal"),
    "police": ("police", "cops", "report", "charge"),
}


def age_group_from_text(text: str) -> str | None:
    cleaned = (text or "").strip().lower()
    if cleaned in AGE_GROUPS:
        return cleaned
    if any(word in cleaned for word in ("under 18", "minor", "teen", "kid", "in high school")):
        return MINOR
    if any(word in cleaned for word in ("adult", "over 18", "18 or older", "grown")):
        return ADULT
    numbers = [int(number) for number in re.findall(r"\b\d{1,3}\b", cleaned)]
    adult_age = value("age_rules.adult_age")
    if numbers and 0 < numbers[0] < 120:
        return MINOR if numbers[0] < adult_age else ADULT
    return None


# "both", "all of them", "I already said both": more than one goal, so every route is shown.
SEVERAL_GOALS = re.compile(
    r"\b(?:both|all of (?:them|those|it|that|the above)|all (?:three|four|of the above)"
    r"|everything|a bit of everything|each of them|(?:any|either) of them)\b"
)


# "i just want them off reddit", "get it off that site": removal in the person's words (round
# 11, p01: the form asked "what matters most?" again after it).
OFF_A_PLACE = re.compile(
    r"\b(?:get|getting|got|take|taking|taken|pull|pulled|want|need|have)\s+(?:them|it|those"
    r"|these|that|the \w+|my \w+)\s+(?:off|down)\b"
    r"|\boff (?:of )?(?:the |that |this |his |her |their )?(?:internet|web|site|sites|page"
    r"|reddit|online|social|everywhere|platform|app)\b"
)


def goal_from_text(text: str) -> str | None:
    cleaned = (text or "").strip().lower()
    if cleaned in GOALS:
        return cleaned
    found = [goal for goal, words in GOAL_WORDS.items() if any(word in cleaned for word in words)]
    if OFF_A_PLACE.search(cleaned) and "removal" not in found:
        found.append("removal")
    if SEVERAL_GOALS.search(cleaned) or len(found) > 1:
        return UNSURE  # "not sure" shows the routes for every goal
    return found[0] if found else None


# "It started in 2022 and is still going": the Act also applies to sharing that began before
# the CRT's start date and continued after it.
CONTINUING_WORDS = re.compile(
    r"\b(still|ongoing|on going|continu\w*|keeps?|again|since|until now|to this day|"
    r"went on|goes on|carried on|after that too)\b"
)
RECENT_WORDS = (
    "yesterday",
    "today",
    "last week",
    "this week",
    "last month",
    "this year",
    "recent",
    "just now",
    "days ago",
    "weeks ago",
)


def when_from_text(text: str) -> str | None:
    """'on_or_after' / 'before' the CRT start date, from words or a year."""
    cleaned = (text or "").strip().lower()
    if cleaned in WHENS:
        return cleaned
    start = value("bc_routes.crt_covers_from")
    if CONTINUING_WORDS.search(cleaned):
        return RECENT
    years = [int(year) for year in re.findall(r"\b(?:19|20)\d{2}\b", cleaned)]
    if years:
        if years[0] < start.year:
            return BEFORE
        if years[0] > start.year:
            return RECENT
        return None  # the start year itself: the month matters
    if any(word in cleaned for word in RECENT_WORDS):
        return RECENT
    return None


def needs_outside_bc_caveat(found: list[Route], home: str | None) -> bool:
    """A tribunal route listed for someone who said they live outside B.C.: the sources don't
    say whether the tribunal can act then, and the answer must say so."""
    return home == OUTSIDE_BC and any(route.key.startswith("crt") for route in found)
