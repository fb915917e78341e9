"""The README's "## Layout" table matches the tree: it names every top-level entry git tracks
(directories as `name/`, files by name), and every path it names exists (in the first column
from the top; in the second from the top or from the row's own directory)."""

import re
import subprocess

import pytest

from tools.local_servers import REPO_ROOT

# A path, not a command or a word: ends in "/" or has a file ending ("run.sh", "Makefile").
_PATH = re.compile(r"^[\w.*-]+(/[\w.*-]+)*/?$")
_FILE_END = re.compile(r"(/|\.\w+)$")


def layout_rows() -> list[tuple[list[str], list[str]]]:
    """(names in the first column, names in the second) for each row of the table."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines()[2:]:
        cells = line.strip().strip("|").split("|")
        if len(cells) >= 2:
            names = [re.findall(r"`([^`]+)`", cell) for cell in cells[:2]]
            rows.append((names[0], names[1]))
    return rows


def tracked_top_level() -> set[str]:
    try:
        listed = subprocess.run(
            ["git", "ls-files"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return {p.split("/")[0] + ("/" if "/" in p else "") for p in listed.splitlines() if p}


def is_path(name: str) -> bool:
    return bool(_PATH.match(name) and (_FILE_END.search(name) or name == "Makefile"))


def exists(home, name: str) -> bool:
    return any(home.glob(name)) if "*" in name else (home / name).exists()


def test_the_layout_table_names_every_top_level_entry():
    named = {name for first, _ in layout_rows() for name in first}
    assert tracked_top_level() - named == set()


def test_every_path_the_layout_table_names_exists():
    missing = []
    for first, second in layout_rows():
        missing += [name for name in first if not (REPO_ROOT / name).exists()]
        homes = [REPO_ROOT] + [REPO_ROOT / name for name in first if name.endswith("/")]
        for name in filter(is_path, second):
            if not any(exists(home, name) for home in homes):
                missing.append(name)
    assert missing == []
