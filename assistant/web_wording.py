"""The chat widget's and the demo page's wording, put in as the web server serves them.

Every sentence they show lives in the domain (domain/widget.yml, `utter_widget_*`). The
widget's script holds the marker WORDING_MARKER where its wording goes; the server replaces
it with those responses as a JSON object, so the script and its wording arrive as one file
(the help lines work with no connection to the Rasa server, and there is no second request
that could fail). Pages hold `{{utter_widget_...}}` where a response's text goes.
"""

from __future__ import annotations

import html
import json
import re

from assistant.content.responses import all_responses, say, template

WIDGET_PREFIX = "utter_widget_"
WORDING_MARKER = "/*{{widget_wording}}*/ null"
PAGE_SLOT = re.compile(r"\{\{(utter_widget_[a-z0-9_]+)\}\}")
BOLD = re.compile(r"\*\*([^*]+)\*\*")


def widget_wording() -> dict[str, str]:
    """{response name: general text} for every widget response, `{name}` placeholders kept."""
    names = sorted(name for name in all_responses() if name.startswith(WIDGET_PREFIX))
    return {name: template(name).strip() for name in names}


def wording_literal() -> str:
    """The wording as a JavaScript object literal (ASCII only: no line separators in it)."""
    return json.dumps(widget_wording(), ensure_ascii=True, sort_keys=True)


def inline_wording(script: str) -> str:
    """The widget's script with its wording in place of the marker."""
    if WORDING_MARKER not in script:
        raise ValueError("the widget script has no wording marker")
    return script.replace(WORDING_MARKER, wording_literal())


def page_html(name: str) -> str:
    """A response as HTML text: escaped, **bold** as <strong>."""
    return BOLD.sub(r"<strong>\1</strong>", html.escape(say(name)))


def fill_page(page: str) -> str:
    """A page with each {{utter_widget_...}} replaced (an unknown name raises KeyError)."""
    return PAGE_SLOT.sub(lambda match: page_html(match.group(1)), page)
