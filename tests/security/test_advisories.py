"""Every pinned version has been reviewed for known advisories (docs/security.md's table):
a version bump that nobody reviewed fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\|\s*([A-Za-z0-9_.\-]+)\s*\|\s*([^|\s]+)\s*\|(.*)\|(.*)\|\s*$")


def normalised(name: str) -> str:
    """PEP 503: case, '-', '_' and '.' do not matter in a package name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, separator, version = line.partition("==")
        assert separator, f"{path.name}: {line!r} is not pinned with =="
        found[normalised(name)] = version.strip()
    return found


def reviewed_table() -> dict[str, tuple[str, str, str]]:
    text = (REPO_ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    section = text.split("## Dependencies and their known advisories", 1)[1]
    rows = {}
    for line in section.splitlines():
        match = ROW.match(line)
        if match and match.group(1) not in ("package",) and not set(match.group(1)) <= {"-"}:
            name, version, advisories, status = (part.strip() for part in match.groups())
            rows[normalised(name)] = (version, advisories, status)
    return rows


ALL_PINS = {**pins(REPO_ROOT / "constraints.txt"), **pins(REPO_ROOT / "requirements.txt")}


@pytest.mark.parametrize("name", sorted(ALL_PINS))
def test_pinned_version_was_reviewed(name):
    table = reviewed_table()
    assert name in table, f"{name} is pinned but has no row in docs/security.md"
    version, advisories, status = table[name]
    assert version == ALL_PINS[name], (
        f"{name}=={ALL_PINS[name]} is pinned but docs/security.md reviewed {version}: "
        "check its advisories (make audit where OSV is reachable) and update the row"
    )
    assert advisories and status, f"{name}: the row must say what is known and what follows"


def test_requirements_and_constraints_agree():
    direct, constraints = pins(REPO_ROOT / "requirements.txt"), pins(REPO_ROOT / "constraints.txt")
    for name, version in direct.items():
        assert constraints.get(name) == version, name


def test_table_has_no_stale_rows():
    stale = sorted(set(reviewed_table()) - set(ALL_PINS))
    assert not stale, f"rows for packages no longer pinned: {stale}"


def test_a_bump_without_review_fails(tmp_path):
    """The check itself: a version the table does not list is caught."""
    table = reviewed_table()
    bumped = {**ALL_PINS, "aiohttp": "3.9.6"}
    unreviewed = [name for name, version in bumped.items() if table[name][0] != version]
    assert unreviewed == ["aiohttp"]
