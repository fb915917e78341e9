"""The project's own setup: the declared package and its lock, `make help`, the spaCy path."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml
from packaging.requirements import Requirement

from assistant.nlu.build_spacy import PIPELINE_PATH, built_fingerprint

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parents[2]
MAKEFILES = [REPO_ROOT / "Makefile", *sorted((REPO_ROOT / "mk").glob("*.mk"))]
TARGET = re.compile(r"^([a-z][a-z0-9-]*):(?!=)")


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [line.split("==") for line in lines if line and not line.startswith("#")]
    return {normalized(name): version for name, version in entries}


def test_requirements_pin_what_pyproject_declares():
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = [project["dependencies"], *project["optional-dependencies"].values()]
    declared = [Requirement(r) for group in groups for r in group]
    pinned = pins(REPO_ROOT / "requirements.txt")
    assert sorted(pinned) == sorted(normalized(r.name) for r in declared), "run `make lock`"
    for requirement in declared:
        version = pinned[normalized(requirement.name)]
        assert requirement.specifier.contains(version), f"{requirement} vs {version}: make lock"


def test_every_make_target_says_what_it_does():
    undocumented = []
    for makefile in MAKEFILES:
        previous = ""
        for line in makefile.read_text(encoding="utf-8").splitlines():
            match = TARGET.match(line)
            if match and not previous.startswith("## "):
                undocumented.append(f"{makefile.name}: {match.group(1)}")
            previous = line
    assert not undocumented


def test_make_help_lists_every_target():
    shown = subprocess.run(
        ["make", "--no-print-directory", "help"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    listed = {line.split()[1] for line in shown.splitlines() if line.startswith("  make ")}
    targets = {
        match.group(1)
        for makefile in MAKEFILES
        for line in makefile.read_text(encoding="utf-8").splitlines()
        if (match := TARGET.match(line))
    }
    assert listed == targets


def test_config_names_the_path_make_spacy_builds():
    config = yaml.safe_load((REPO_ROOT / "config.yml").read_text(encoding="utf-8"))
    [step] = [step for step in config["pipeline"] if step["name"].endswith("SpacyNLP")]
    assert step["name"] == "assistant.nlu.spacy_pipeline.SpacyNLP"
    assert step["model"] == PIPELINE_PATH


def test_built_fingerprint_reads_the_pipeline_meta(tmp_path):
    assert built_fingerprint(tmp_path / "nothing") is None
    (tmp_path / "meta.json").write_text(json.dumps({"sources_fingerprint": "abc"}))
    assert built_fingerprint(tmp_path) == "abc"
    (tmp_path / "meta.json").write_text("{not json")
    assert built_fingerprint(tmp_path) is None
