"""One home for every sentence a person can receive: the domain's responses (domain/*.yml).

Fails when user-visible wording is defined anywhere else: a sentence in the product's Python
code (actions/, assistant/ without the staff tools, which people using the assistant never
see; tools/ is not product code), a `text` entry or a sentence-long value in content/, a
sentence or label in the chat widget's script (web/widget/*.js) or in a page of web/
(web/*.html), or a placeholder in a syntax other than Rasa's `{name}`.

Left out on purpose: the staff console (web/staff/, assistant/staff/: a tool for staff, not
for people using the assistant) and web/vendor/ (the socket.io client, third-party code that
shows nothing).
"""

from __future__ import annotations

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from assistant.content import all_facts
from assistant.content.responses import PLACEHOLDER, all_responses
from tests.domain_files import REPO_ROOT

# Code that reads and reports wording for staff; people using the assistant never see it.
NOT_PRODUCT = {"staff"}
# Calls whose strings are for developers and logs, not for people using the assistant.
DEVELOPER_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "add_argument",
                   "ArgumentParser", "warn", "print", "exit"}  # fmt: skip
# "Please type your question.", "Reply {choices}.", "That message is too long for me ..."
SENTENCE = re.compile(
    r"(^|[.!?]\s+)[A-Z][a-z']*(\s+\S+){2,}|^[A-Z][a-z']*\s+\S.*[.!?]$|\b[a-z]+ [a-z]+ [a-z]+[.!?]$"
)
CONTENT_KEYS_FOR_PEOPLE = {"text", "name", "what", "title"}
NOT_FACT_FILES = {"sources", "safety"}  # source titles; safety patterns (regular expressions)
MAX_WORDS_IN_A_FACT = 5  # facts are numbers, contacts, names and ids, never sentences


def product_files() -> list[Path]:
    return [
        path
        for folder in ("actions", "assistant")
        for path in sorted((REPO_ROOT / folder).rglob("*.py"))
        if not NOT_PRODUCT & set(path.relative_to(REPO_ROOT).parts)
    ]


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _for_developers(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    current = parents.get(id(node))
    while current is not None:
        if isinstance(current, ast.Raise):
            return True
        if isinstance(current, ast.Call):
            func = current.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in DEVELOPER_CALLS:
                return True
        current = parents.get(id(current))
    return False


def sentences_in_code(source: str) -> list[tuple[int, str]]:
    """(line, text) for every string or f-string in `source` that reads like a sentence."""
    tree = ast.parse(source)
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings or isinstance(parents.get(id(node)), ast.JoinedStr):
                continue
            text = node.value
        else:
            continue
        if SENTENCE.search(text.strip()) and not _for_developers(node, parents):
            found.append((node.lineno, text))
    return found


@pytest.mark.parametrize("path", product_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_no_user_visible_sentence_in_code(path):
    found = sentences_in_code(path.read_text(encoding="utf-8"))
    assert not found, f"move these into domain responses: {found}"


@pytest.mark.parametrize(
    "code",
    [
        'TOO_LONG = "That message is too long for me. Please send shorter parts."',
        'def menu(choices):\n    return f"Reply {choices}."',
        'dispatcher.utter_message(text="I can check if you may qualify.")',
        "LINES = {'yes': 'I live in B.C.'}",
    ],
)
def test_the_check_finds_wording_written_in_code(code):
    assert sentences_in_code(code)


@pytest.mark.parametrize(
    "code",
    [
        'logger.error("Web chat message failed: %s", name)',
        'raise ValueError("allowed_origins must list origins")',
        'def f():\n    """Say what this does."""',
        'KEY = "utter_age_rule_under_12"',
    ],
)
def test_the_check_leaves_developer_strings_alone(code):
    assert not sentences_in_code(code)


def content_strings(item, where: str):
    if isinstance(item, str):
        yield where, item
    elif isinstance(item, dict):
        for key, inner in item.items():
            yield from content_strings(inner, f"{where}.{key}")
    elif isinstance(item, list):
        for index, inner in enumerate(item):
            yield from content_strings(inner, f"{where}[{index}]")


def test_no_wording_in_content():
    wording = []
    for path in sorted((REPO_ROOT / "content").glob("*.yml")):
        if path.stem in NOT_FACT_FILES:
            continue
        for key, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            if isinstance(entry, dict) and CONTENT_KEYS_FOR_PEOPLE & set(entry):
                wording.append(f"{path.stem}.{key}: has {CONTENT_KEYS_FOR_PEOPLE & set(entry)}")
    for fact in all_facts().values():
        if fact.name.split(".")[0] in NOT_FACT_FILES:
            continue
        for where, text in content_strings(fact.value, fact.name):
            if len(text.split()) > MAX_WORDS_IN_A_FACT:
                wording.append(f"{where}: {text[:60]}")
    assert not wording, f"wording belongs in domain responses: {wording}"


def test_one_placeholder_syntax():
    """Rasa's {name} only: no {file.key}, {money:...} or %s in anything a person receives."""
    other = re.compile(r"\{[^{}]*[.:][^{}]*\}|%\(?\w*\)?s")
    wrong = [
        name
        for name, variants in all_responses().items()
        for variant in variants
        if other.search(str(variant.get("text") or ""))
    ]
    assert not wrong
    assert not (REPO_ROOT / "assistant" / "content" / "render.py").exists()


def test_every_placeholder_in_an_action_built_response_is_filled():
    """The code that fills a response passes every placeholder it has (checked by say())."""
    from assistant import legal_routes, retention
    from assistant.age_rules import check_age_rules, explain, explain_general
    from assistant.channels.sms.wording import wording
    from assistant.summary import summary_lines

    built = [*explain(check_age_rules(14, 17, None)), *explain_general(), *vars(wording()).values()]
    built += [route.line() for route in legal_routes.fitting_routes(None, None, None, None)]
    built += summary_lines("yes", "shared", True)
    built += [retention.what_is_kept("sms", {"TRACKER_STORE": kind}) for kind in ("memory", "sql")]
    assert all(text and not PLACEHOLDER.search(text) for text in built)


# ---------- the web widget and its pages ----------

# Strings a browser script needs that start like a word: key names and socket.io reasons.
JS_CODE_WORDS = {"Enter", "Escape", "Tab"}
# A label: a capitalised word and words ("Send", "Got it"; not "Content-Type"), or any
# capitalised start followed by words ("VictimLinkBC, 24/7: call or text ").
LABEL = re.compile(r"^[A-Z][a-z']+(\s+\S+)*$|^[A-Z]\S*(\s+\S+)+$")
# Page attributes a person reads or hears.
READ_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "label", "data-title",
                   "data-greeting", "aria-description", "value"}  # fmt: skip
ONLY_SLOTS = re.compile(r"^(\s*\{\{\w+\}\}\s*)*$")
# A "/" after one of these (or at the start) opens a regular expression, not a division.
REGEX_BEFORE = set("(,=:[!&|?{};+-*%<>~^")


def js_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal in a script, comments and regular expressions
    skipped (a small scanner: enough for the widget's plain ES5)."""
    found = []
    i, line, last_code = 0, 1, ""
    while i < len(source):
        ch, nxt = source[i], source[i + 1 : i + 2]
        if ch == "\n":
            line += 1
        if ch == "/" and nxt == "/":
            i = source.find("\n", i)
            i = len(source) if i < 0 else i
            continue
        if ch == "/" and nxt == "*":
            end = source.find("*/", i + 2)
            end = len(source) if end < 0 else end + 2
            line += source.count("\n", i, end)
            i = end
            continue
        if ch == "/" and (last_code in REGEX_BEFORE or last_code == ""):
            i, in_class = i + 1, False
            while i < len(source) and (in_class or source[i] != "/"):
                if source[i] == "\\":
                    i += 1
                elif source[i] in "[]":
                    in_class = source[i] == "["
                i += 1
            i += 1
            last_code = "/"
            continue
        if ch in "\"'`":
            start, i, text = line, i + 1, []
            while i < len(source) and source[i] != ch:
                if source[i] == "\\":
                    i += 1
                    text.append({"n": "\n", "t": "\t"}.get(source[i], source[i]))
                else:
                    text.append(source[i])
                i += 1
            found.append((start, "".join(text)))
            last_code = ch
            i += 1
            continue
        if not ch.isspace():
            last_code = ch
        i += 1
    return found


def reads_like_wording(text: str) -> bool:
    """A sentence, or a label a person reads: not an id, class, event, key name or URL."""
    text = text.strip()
    if not text or "://" in text or text in JS_CODE_WORDS:
        return False
    return bool(SENTENCE.search(text) or LABEL.match(text))


def wording_in_script(source: str) -> list[tuple[int, str]]:
    lines = source.splitlines()
    return [
        (line, text)
        for line, text in js_strings(source)
        if reads_like_wording(text) and "console." not in lines[line - 1]
    ]


class _PageText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[int, str]] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value and not ONLY_SLOTS.match(value):
                self.found.append((self.getpos()[0], f"{name}={value}"))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and re.search("[A-Za-z]", data) and not ONLY_SLOTS.match(data):
            self.found.append((self.getpos()[0], data.strip()))


def wording_in_page(page: str) -> list[tuple[int, str]]:
    """(line, text) of every text node and read attribute that is not a {{response}} slot."""
    parser = _PageText()
    parser.feed(page)
    return parser.found


def web_files() -> list[Path]:
    web = REPO_ROOT / "web"
    return sorted(web.glob("widget/*.js")) + sorted(web.glob("*.html"))


@pytest.mark.parametrize("path", web_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_no_user_visible_wording_in_the_widget_or_pages(path):
    source = path.read_text(encoding="utf-8")
    found = wording_in_script(source) if path.suffix == ".js" else wording_in_page(source)
    assert not found, f"move these into domain/widget.yml: {found}"


def test_the_web_check_covers_the_widget_and_the_demo_page():
    names = {str(path.relative_to(REPO_ROOT)) for path in web_files()}
    assert {"web/widget/chat-widget.js", "web/index.html"} <= names
    assert not any(name.startswith(("web/staff", "web/vendor")) for name in names)


@pytest.mark.parametrize(
    "code",
    [
        'ui.send = el("button", "iiw-send", "Send");',
        "button('iiw-notice-ok', 'Got it', dismissNotice);",
        'setConnection("Cannot reach the chat right now. Trying again\u2026");',
        'node.setAttribute("aria-label", "Minimize chat");',
        'return "Waiting for the connection. It will be sent when we reconnect.";',
        'hint = "Your message is " + length + " characters.";',
        "var t = `Not sent: too long.`;",
        'var re = /[a-z]/; var label = "Quick exit";',
        'HELP_NOW = [["VictimLinkBC, 24/7: call or text ", "1-800-563-0808"]];',
    ],
)
def test_the_web_check_finds_wording_in_a_script(code):
    assert wording_in_script(code)


@pytest.mark.parametrize(
    "code",
    [
        'var item = el("li", "iiw-msg iiw-" + message.from);',
        'document.addEventListener("keydown", f, true); if (event.key === "Escape") exit();',
        'var DEFAULT_EXIT_URL = "https://www.google.ca/";',
        'if (reason === "io server disconnect") socket.connect();',
        'var ERASE_PATH = "/webhooks/socketio/erase"; say("utter_widget_send");',
        "// Only the newest message keeps its buttons, so old choices cannot be sent.\nx = 1;",
        '/* Bot text -> DOM nodes. Only "text" nodes. */ var a = "DOMContentLoaded";',
        'var m = /[.,;:!?)\\]]+$/.exec(value); var s = "text/javascript";',
        'headers["Content-Type"] = "application/json"; var e = "Enter";',
        'console.error("chat-widget.js: no wording; serve it with the web server");',
    ],
)
def test_the_web_check_leaves_code_alone(code):
    assert not wording_in_script(code)


def test_the_web_check_reads_pages():
    page = (
        '<html><head><meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>{{utter_widget_demo_page_title}}</title><script>var a = 'Hi there';</script>"
        '</head><body><p>{{utter_widget_demo_intro}}</p><button aria-label="Close chat">'
        "</button><p>Open the chat below.</p></body></html>"
    )
    assert [text for _, text in wording_in_page(page)] == [
        "aria-label=Close chat",
        "Open the chat below.",
    ]
