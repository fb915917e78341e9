"""Production code (actions/, assistant/: what the Docker images copy) imports nothing from
tools/ or tests/, so what measures and drives the assistant is never needed to run it."""

import ast

import pytest

from tools.local_servers import REPO_ROOT

PRODUCTION = sorted(
    path for folder in ("actions", "assistant") for path in (REPO_ROOT / folder).rglob("*.py")
)


def imported_packages(source: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("path", PRODUCTION, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_production_code_does_not_import_tools_or_tests(path):
    assert not imported_packages(path.read_text(encoding="utf-8")) & {"tools", "tests"}
