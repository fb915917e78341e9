"""`make review SINCE=<git ref>`: only what changed since a reviewed version.

A lawyer who signed off on version X re-reviews a diff, not the whole bot: every response
added, changed or removed since X (before and now, web and SMS), and every fact whose value,
source or dates changed. The old version is read with `git show`, never checked out.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.content.loader import NOT_FACT_FILES
from assistant.staff.domain_responses import responses_by_file

REPO_ROOT = Path(__file__).resolve().parents[2]
FACT_FIELDS = ("value", "source", "reviewed", "review_by", "about")


class UnknownRef(ValueError):
    """The git ref does not name a commit of this repository."""


@dataclass(frozen=True)
class Change:
    kind: str  # "added", "changed" or "removed"
    name: str
    where: str  # the file it lives in (now, or before when removed)
    before: Any = None
    after: Any = None


def _git(*args: str, root: Path = REPO_ROOT) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise UnknownRef(result.stderr.strip() or f"git {' '.join(args)} failed")
    return result.stdout


def commit_of(ref: str, root: Path = REPO_ROOT) -> str:
    if ref.startswith("-"):
        raise UnknownRef(f"not a git ref: {ref}")
    return _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", root=root).strip()


def _files_at(commit: str, folder: str, root: Path) -> dict[str, str]:
    names = _git("ls-tree", "-r", "--name-only", commit, "--", folder, root=root).split()
    return {
        name: _git("show", f"{commit}:{name}", root=root)
        for name in names
        if name.endswith((".yml", ".yaml"))
    }


def responses_at(commit: str, root: Path = REPO_ROOT) -> dict[str, tuple[str, list]]:
    """{response name: (file, variants)} in the domain of `commit` (a domain/ dir or domain.yml)."""
    files = _files_at(commit, "domain", root) or _files_at(commit, "domain.yml", root)
    found: dict[str, tuple[str, list]] = {}
    for name, text in sorted(files.items()):
        for response, variants in ((yaml.safe_load(text) or {}).get("responses") or {}).items():
            found[response] = (name, list(variants or []))
    return found


def current_responses(root: Path = REPO_ROOT) -> dict[str, tuple[str, list]]:
    return {
        name: (file, variants)
        for file, responses in responses_by_file(root).items()
        for name, variants in responses.items()
    }


def _facts(files: dict[str, str]) -> dict[str, tuple[str, dict]]:
    found: dict[str, tuple[str, dict]] = {}
    for path, text in sorted(files.items()):
        stem = Path(path).stem
        if stem in NOT_FACT_FILES:
            continue
        for key, entry in (yaml.safe_load(text) or {}).items():
            if isinstance(entry, dict):
                found[f"{stem}.{key}"] = (path, {f: entry.get(f) for f in FACT_FIELDS})
    return found


def facts_at(commit: str, root: Path = REPO_ROOT) -> dict[str, tuple[str, dict]]:
    return _facts(_files_at(commit, "content", root))


def current_facts(root: Path = REPO_ROOT) -> dict[str, tuple[str, dict]]:
    files = {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted((root / "content").glob("*.yml"))
    }
    return _facts(files)


def _sources(files: dict[str, str]) -> dict[str, tuple[str, dict]]:
    return {
        name: (path, dict(entry))
        for path, text in files.items()
        if Path(path).stem == "sources"
        for name, entry in (yaml.safe_load(text) or {}).items()
        if isinstance(entry, dict)
    }


def sources_at(commit: str, root: Path = REPO_ROOT) -> dict[str, tuple[str, dict]]:
    return _sources(_files_at(commit, "content", root))


def current_sources(root: Path = REPO_ROOT) -> dict[str, tuple[str, dict]]:
    path = root / "content" / "sources.yml"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return _sources({"content/sources.yml": text})


def changes(before: dict[str, tuple[str, Any]], after: dict[str, tuple[str, Any]]) -> list[Change]:
    """Added, changed and removed entries, in the order of the newer version."""
    found = []
    for name, (where, now) in after.items():
        if name not in before:
            found.append(Change("added", name, where, None, now))
        elif before[name][1] != now:
            found.append(Change("changed", name, where, before[name][1], now))
    found += [
        Change("removed", name, where, old, None)
        for name, (where, old) in before.items()
        if name not in after
    ]
    return found


def review_changes(ref: str, root: Path = REPO_ROOT) -> tuple[str, list[Change], list[Change]]:
    """(commit, response changes, fact and source changes) since `ref`."""
    commit = commit_of(ref, root)
    facts = changes(facts_at(commit, root), current_facts(root))
    facts += changes(sources_at(commit, root), current_sources(root))
    return commit, changes(responses_at(commit, root), current_responses(root)), facts
