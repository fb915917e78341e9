"""One home for every sentence a person can receive: the domain's responses (domain/*.yml).

Fails when user-visible wording is defined anywhere else: a sentence in the product's Python
code (actions/, assistant/ without the staff and evaluation tools, which people using the
assistant never see), a `text` entry or a sentence-long value in content/, or a placeholder
in a syntax other than Rasa's `{name}`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from assistant.content import all_facts
from assistant.content.responses import PLACEHOLDER, all_responses
from tests.domain_files import REPO_ROOT

# Code people using the assistant never see, or that reads and reports wording for staff.
NOT_PRODUCT = {"evaluation", "staff"}
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
    from assistant import retention, routes
    from assistant.age_rules import check_age_rules, explain, explain_general
    from assistant.channels.sms_wording import wording
    from assistant.summary import summary_lines

    built = [*explain(check_age_rules(14, 17, None)), *explain_general(), *vars(wording()).values()]
    built += [route.line() for route in routes.fitting_routes(None, None, None, None)]
    built += summary_lines("yes", "shared", True)
    built += [retention.what_is_kept("sms", {"TRACKER_STORE": kind}) for kind in ("memory", "sql")]
    assert all(text and not PLACEHOLDER.search(text) for text in built)
