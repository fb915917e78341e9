"""Which content/ fact a piece of bot text states (phone numbers, emails, web addresses, numbers).

Used by the staff console ("where did this number come from?") and "save as test". Matching is
deliberately conservative: list-valued facts (place names) and yes/no facts are not matched.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from assistant.content import Fact, all_facts

_PHONE_LIKE = re.compile(r"^[0-9][0-9 .\-]{2,}[0-9]$")


def _pattern(value) -> re.Pattern | None:
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        return None
    if isinstance(value, dt.date):
        return re.compile(re.escape(value.isoformat()))
    if isinstance(value, int | float):
        number = int(value) if float(value).is_integer() else value
        if number == 0:
            return None
        plain, grouped = str(number), f"{number:,}"
        options = sorted({re.escape(plain), re.escape(grouped)}, key=len, reverse=True)
        # Not inside a bigger number, a decimal or "24/7".
        return re.compile(r"(?<![\w.,-])(?:" + "|".join(options) + r")(?![\w-]|[.,/]\d)")
    text = str(value).strip()
    if len(text) < 3 or text.lower() in {"none", "true", "false"}:
        return None
    if _PHONE_LIKE.match(text):
        # 604-673-3143, 604 673 3143, 6046733143 (tel: links) all count.
        digits = [re.escape(d) for d in re.sub(r"\D", "", text)]
        return re.compile(r"(?<!\d)" + r"[ .\-]?".join(digits) + r"(?!\d)")
    # "162" is not found inside "162.1".
    return re.compile(r"(?<![\w@.])" + re.escape(text) + r"(?![\w@]|\.\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[Fact, re.Pattern], ...]:
    found = []
    for fact in all_facts().values():
        pattern = _pattern(fact.value)
        if pattern is not None:
            found.append((fact, pattern))
    return tuple(found)


def facts_in(text: str) -> list[Fact]:
    """Facts whose value appears in `text`, in content order, each once."""
    if not text:
        return []
    return [fact for fact, pattern in _patterns() if pattern.search(text)]


def stated_in(text: str) -> list[str]:
    """The words stating each fact in `text`, as written there ("$75,000", not 75000)."""
    if not text:
        return []
    return [found.group(0) for _, pattern in _patterns() if (found := pattern.search(text))]


def describe(fact: Fact) -> dict:
    return {
        "name": fact.name,
        "value": str(fact.value),
        "about": fact.about,
        "source": fact.source,
        "reviewed": str(fact.reviewed),
        "review_by": str(fact.review_by),
    }
