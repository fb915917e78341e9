"""Write requirements.txt and constraints.txt from pyproject.toml with pip's own resolver.

    make lock             keep every pin that still fits; add what is new, drop what is unused
    make lock UPGRADE=1   resolve from nothing: the newest versions pyproject.toml allows

pip resolves in a dry run (`pip install --dry-run --ignore-installed --report`): nothing is
installed, and only the package index is asked. requirements.txt pins the packages
pyproject.toml names (its dependencies and the dev extras); constraints.txt pins everything
they pull in. pip, setuptools and wheel are left out, as `pip freeze` leaves them out: they are
the installer's own. A changed pin needs a row in docs/security.md
(tests/security/test_advisories.py).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parents[1]
INSTALLER_OWN = {"pip", "setuptools", "wheel"}
HEADER = """\
# {what}
# Generated from pyproject.toml by `make lock` (.venv/bin/python scripts/lock.py [--upgrade]);
# do not edit: change pyproject.toml and run it again.
"""


def normalized(name: str) -> str:
    """PEP 503: case, '-', '_' and '.' do not matter in a package name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement.strip(), maxsplit=1)[0]


def declared(pyproject: Path) -> dict[str, list[str]]:
    """{"runtime": [...], "dev": [...]}: the requirement strings pyproject.toml declares."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return {"runtime": project["dependencies"], **project["optional-dependencies"]}


def resolve(requirements: list[str], constraints: Path | None) -> dict[str, str]:
    """{name: version} for every package pip would install for these requirements."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
        command += ["--quiet", "--progress-bar", "off", "--report", str(report)]
        if constraints is not None:
            command += ["-c", str(constraints)]
        subprocess.run([*command, *requirements], check=True)
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    found = {item["metadata"]["name"]: item["metadata"]["version"] for item in installs}
    return {n: v for n, v in found.items() if normalized(n) not in INSTALLER_OWN}


def constraints_text(pins: dict[str, str]) -> str:
    lines = [f"{name}=={pins[name]}" for name in sorted(pins, key=str.lower)]
    what = "Every package the project installs, pinned (make venv and the Docker images use it)."
    return HEADER.format(what=what) + "\n".join(lines) + "\n"


def requirements_text(groups: dict[str, list[str]], pins: dict[str, str]) -> str:
    by_name = {normalized(name): version for name, version in pins.items()}
    what = "The packages pyproject.toml names, at the versions constraints.txt pins."
    parts = [HEADER.format(what=what).rstrip("\n")]
    for group, requirements in groups.items():
        names = [requirement_name(requirement) for requirement in requirements]
        parts.append(f"# {group}\n" + "\n".join(f"{n}=={by_name[normalized(n)]}" for n in names))
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="ignore the current pins")
    args = parser.parse_args(argv)

    constraints = REPO_ROOT / "constraints.txt"
    groups = declared(REPO_ROOT / "pyproject.toml")
    current = None if args.upgrade or not constraints.exists() else constraints
    pins = resolve([r for requirements in groups.values() for r in requirements], current)
    constraints.write_text(constraints_text(pins), encoding="utf-8")
    (REPO_ROOT / "requirements.txt").write_text(requirements_text(groups, pins), encoding="utf-8")
    print(f"{len(pins)} packages pinned in constraints.txt; requirements.txt names the direct ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())
