"""The widget's no-answer help lines carry the same facts as content/contacts.yml."""

from __future__ import annotations

import json
import re

from assistant.content import all_facts
from tests.domain_files import REPO_ROOT


def widget_help_lines() -> list[list[str]]:
    source = (REPO_ROOT / "web/widget/chat-widget.js").read_text(encoding="utf-8")
    block = re.search(r"var HELP_NOW = (\[.*?\n  \]);", source, re.S).group(1)
    return json.loads(re.sub(r",\s*\]", "]", block))


def test_help_numbers_are_the_contacts_facts():
    facts = all_facts()
    lines = widget_help_lines()
    assert [line[1] for line in lines] == [
        facts["contacts.emergency"].value,
        facts["contacts.suicide_crisis_line"].value,
        facts["contacts.victimlink_phone"].value,
    ]
    for _, shown, href, _ in lines:
        assert href == "tel:" + re.sub(r"\D", "", shown)
    assert "VictimLinkBC" in lines[2][0]
