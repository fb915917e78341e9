"""Facts live once in content/: the domain, the training data and the code may only state
phone numbers, emails, web addresses, ages, durations, amounts and dates that content/ holds.
The domain includes the web widget's own wording (domain/widget.yml: the help lines it shows
with no server); its script and pages (web/widget/*.js, web/*.html) may state no other phone
number or email."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.content import all_facts, value
from assistant.content.check import problems
from tests.domain_files import REPO_ROOT, response_texts

PHONE = re.compile(r"(?<![\w-])(?:1-)?\d{3}-\d{3}-\d{4}(?![\w-])|(?<![\w-])\d{3}-\d{4}(?![\w-])")
SHORT_CODE = re.compile(r"(?<![\w-])\d-\d-\d(?![\w-])|(?<![\w$,.-])\d{6}(?![\w,.-])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB = re.compile(r"(?<![@\w.])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:ca|org|com|net)\b", re.I)
AMOUNT = re.compile(r"\$\s?([\d,]+)")
HOURS = re.compile(r"\b(\d+)(?:\s|-)hours?\b(?! a day)")
WEEKS = re.compile(r"\b(\d+)\s+weeks?\b")
YEARS_GAP = re.compile(r"less than (\d+) years? older")
AGE = re.compile(
    r"\b(?:under|over|at least|aged?|age of)\s+(\d{1,3})\b|\b(\d{1,3})\s+(?:to|-)\s+(\d{1,3})\b"
    r"|\b(\d{1,3})[\s-]+years?[\s-]+old\b"
)
MONTH_YEAR = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(\d{1,2}),)?\s+(\d{4})\b"
)


def content_strings() -> set[str]:
    found: set[str] = set()
    for fact in all_facts().values():
        items = fact.value if isinstance(fact.value, list) else [fact.value]
        found |= {str(item).lower() for item in items}
    return found


def allowed_ages() -> set[int]:
    ages = {value("age_rules.age_of_consent"), value("age_rules.adult_age")}
    ages |= {value("age_rules.no_consent_below"), value("age_rules.authority_rule_under")}
    for band in value("age_rules.close_in_age"):
        ages |= set(range(band["min_age"], band["max_age"] + 1))
    return ages


def allowed_dates() -> list[dt.date]:
    return [fact.value for fact in all_facts().values() if isinstance(fact.value, dt.date)]


USER_TEXT_KINDS = {"phone", "email"}  # training examples are user words: ages and sums are theirs
# Code quotes example ages in docstrings; thresholds in code are read from content/ instead.
CODE_KINDS = {"phone", "email", "web", "amount"}
WEB_KINDS = {"phone", "email"}  # the widget's own addresses (exit site, examples) are not facts


def sources_to_check() -> list[tuple[str, str]]:
    """(where, text) pairs: every response, every training example file, every code file."""
    pairs = [(f"response {name}", text) for name, text in response_texts()]
    for folder, pattern in (("data", "*.yml"), ("actions", "*.py"), ("assistant", "*.py")):
        for path in sorted((REPO_ROOT / folder).rglob(pattern)):
            if "staff" in path.parts:
                continue  # report code quotes user text, not facts (tools/ is not read)
            pairs.append((str(path.relative_to(REPO_ROOT)), path.read_text(encoding="utf-8")))
    web = REPO_ROOT / "web"
    for path in sorted(web.glob("widget/*.js")) + sorted(web.glob("*.html")):
        pairs.append((str(path.relative_to(REPO_ROOT)), path.read_text(encoding="utf-8")))
    return pairs


def stated_facts(text: str) -> list[tuple[str, str]]:
    """(kind, value) for every fact-like string in a text."""
    found = [("phone", match) for match in PHONE.findall(text)]
    found += [("phone", match) for match in SHORT_CODE.findall(text)]
    found += [("email", match) for match in EMAIL.findall(text)]
    without_emails = EMAIL.sub(" ", text)
    found += [("web", match) for match in WEB.findall(without_emails)]
    found += [("amount", match) for match in AMOUNT.findall(text)]
    found += [("hours", match) for match in HOURS.findall(text)]
    found += [("weeks", match) for match in WEEKS.findall(text)]
    found += [("years_gap", match) for match in YEARS_GAP.findall(text)]
    for groups in AGE.findall(text):
        found += [("age", number) for number in groups if number]
    found += [
        ("date", " ".join(part for part in match if part)) for match in MONTH_YEAR.findall(text)
    ]
    return found


def is_known(kind: str, stated: str) -> bool:
    known = content_strings()
    if kind in {"phone", "email"}:
        return stated.lower() in known
    if kind == "web":
        host = stated.lower().removeprefix("www.")
        return any(host == item.removeprefix("www.") for item in known)
    if kind == "amount":
        limits = {fact.value for name, fact in all_facts().items() if name.endswith("_limit")}
        return int(stated.replace(",", "")) in limits
    if kind == "hours":
        return int(stated) in {value("service.free_advice_hours"), value("service.extension_hours")}
    if kind == "weeks":
        return int(stated) * 7 == value("service.letter_within_days")
    if kind == "years_gap":
        return int(stated) in {
            band["less_than_years_older"] for band in value("age_rules.close_in_age")
        }
    if kind == "age":
        return int(stated) in allowed_ages()
    if kind == "date":
        return any(
            stated in {day.strftime("%B %Y"), f"{day.strftime('%B')} {day.day} {day.year}"}
            for day in allowed_dates()
        )
    return False


@pytest.mark.parametrize("where,text", sources_to_check(), ids=lambda item: str(item)[:60])
def test_every_stated_fact_is_in_content(where, text):
    found = stated_facts(text)
    if where.startswith("data"):
        found = [(kind, stated) for kind, stated in found if kind in USER_TEXT_KINDS]
        found = [(kind, stated) for kind, stated in found if not SHORT_CODE.fullmatch(stated)]
    elif where.endswith(".py"):
        found = [(kind, stated) for kind, stated in found if kind in CODE_KINDS]
    elif where.startswith("web/"):
        found = [(kind, stated) for kind, stated in found if kind in WEB_KINDS]
    unknown = [(kind, stated) for kind, stated in found if not is_known(kind, stated)]
    assert not unknown, f"{where} states facts that content/ does not hold: {unknown}"


def test_checker_catches_a_wrong_phone_number_and_age():
    wrong = "Call 604-673-3144 or email help@example.org. You must be 17 years old."
    flagged = {stated for kind, stated in stated_facts(wrong) if not is_known(kind, stated)}
    assert {"604-673-3144", "help@example.org", "17"} <= flagged


def test_checker_accepts_the_real_contacts():
    text = "Call 604-673-3143 or 1-888-685-6222, email standinformed@clasbc.net, or 9-8-8."
    assert all(is_known(kind, stated) for kind, stated in stated_facts(text))


def test_every_fact_has_a_known_source_and_dates():
    assert problems() == []


def test_crisis_lines_are_in_content():
    for name in ("suicide_crisis_line", "mental_health_line", "victimlink_phone", "emergency"):
        assert value(f"contacts.{name}")


def wording_in_content() -> list[tuple[str, str]]:
    """String values of content facts outside the files that hold the raw facts."""
    raw_fact_files = {"contacts", "places", "safety", "sources"}
    found = []

    def walk(name, item):
        if isinstance(item, str):
            found.append((name, item))
        elif isinstance(item, dict):
            for key, inner in item.items():
                walk(f"{name}.{key}", inner)
        elif isinstance(item, list):
            for index, inner in enumerate(item):
                walk(f"{name}[{index}]", inner)

    for fact in all_facts().values():
        if fact.name.split(".")[0] not in raw_fact_files:
            walk(fact.name, fact.value)
    return found


def test_content_wording_uses_placeholders_for_facts():
    """Wording kept in content/ names facts with {placeholders}; it never restates them."""
    restated = [
        (name, stated)
        for name, text in wording_in_content()
        for kind, stated in stated_facts(text)
        if kind in {"phone", "email", "amount"}
    ]
    assert not restated


def test_the_widgets_wording_and_files_are_checked():
    """The help lines the widget shows offline are domain responses, checked like the rest;
    a wrong number there, or written into the widget's script, is caught."""
    checked = dict(sources_to_check())
    help_lines = [checked[f"response utter_widget_help_now_{line}"] for line in
                  ("danger", "suicide", "victimlink")]  # fmt: skip
    stated = [stated for text in help_lines for kind, stated in stated_facts(text)]
    assert stated == ["9-1-1", "9-8-8", "1-800-563-0808"]
    assert all(is_known("phone", number) for number in stated)
    assert {"web/widget/chat-widget.js", "web/index.html"} <= set(checked)
    assert not is_known("phone", "1-800-563-0809")
