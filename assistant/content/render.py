"""Fill fact placeholders in content wording, so a fact is still written only once.

`{money:bc_routes.crt_damages_limit}` -> "$75,000"; `{date:bc_routes.crt_covers_from}` ->
"March 6, 2023"; `{value:service.free_advice_hours}` -> "3".
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.content.loader import value

PLACEHOLDER = re.compile(r"\{(money|date|value):([\w.]+)\}")


def _format(kind: str, fact_value) -> str:
    if kind == "money":
        return f"${int(fact_value):,}"
    if kind == "date" and isinstance(fact_value, dt.date):
        return f"{fact_value.strftime('%B')} {fact_value.day}, {fact_value.year}"
    return str(fact_value)


def render(text: str) -> str:
    return PLACEHOLDER.sub(lambda match: _format(match[1], value(match[2])), text)
