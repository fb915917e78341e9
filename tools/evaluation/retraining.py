"""What a small change costs to retrain: the figures of the speed issue's "under a minute" goal.

Rasa keeps every trained part in its training cache, keyed by a fingerprint of the part's inputs.
A change retrains only the parts downstream of it:
- one NLU example added: spaCy, the featurisers and the intent classifier run again (the
  policies are restored from the cache);
- one response's wording changed: nothing is trained again; Rasa's core training sees the domain
  without response texts, so the policies are restored and only the domain is packed again.
A full retrain happens only with an empty cache (a fresh machine, `rm -rf .rasa`) or after a
change to config.yml or the pipeline's code.

Each change is made on a copy of data/ and domain/, never on the project's own files, and
trained with the same cache as the training that precedes it (the caller's).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tools.evaluation.datasets import REPO_ROOT

NEW_EXAMPLE = "hello there, is anyone around tonight"
RESPONSE_SUFFIX = " (reworded)"


def copy_training_inputs(destination: Path) -> tuple[Path, Path]:
    """(data, domain) copied under destination."""
    data = destination / "data"
    domain = destination / "domain"
    shutil.copytree(REPO_ROOT / "data", data)
    shutil.copytree(REPO_ROOT / "domain", domain)
    return data, domain


def add_nlu_example(data: Path, text: str = NEW_EXAMPLE) -> Path:
    """Add one example under the first intent of data/nlu/basics.yml; returns the file changed."""
    path = data / "nlu" / "basics.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    marker = next(i for i, line in enumerate(lines) if line.strip() == "examples: |")
    indent = " " * (len(lines[marker + 1]) - len(lines[marker + 1].lstrip()))
    lines.insert(marker + 1, f"{indent}- {text}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def reword_first_response(domain: Path, suffix: str = RESPONSE_SUFFIX) -> Path:
    """Change the wording of the first response text found in domain/; returns the file changed."""
    for path in sorted(domain.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        marker = '- text: "'
        at = text.find(marker)
        if at == -1:
            continue
        end = text.index('"\n', at + len(marker))
        path.write_text(text[:end] + suffix + text[end:], encoding="utf-8")
        return path
    raise ValueError(f"no response text in {domain}")


def train_seconds(data: Path, domain: Path, out: Path, cache: Path) -> float:
    """Wall seconds of one `scripts/train.py` run with the given inputs and training cache."""
    env = dict(os.environ, RASA_CACHE_DIRECTORY=str(cache))
    command = [
        sys.executable,
        "scripts/train.py",
        "--data",
        str(data),
        "--domain",
        str(domain),
        "--out",
        str(out),
        "--fixed-model-name",
        "m",
    ]
    started = time.monotonic()
    subprocess.run(command, cwd=REPO_ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - started


def small_change_seconds(workdir: Path, cache: Path) -> dict[str, float]:
    """Seconds to retrain after one NLU example and after one response's rewording.

    `cache` must already hold a training of the project's own data (train_from_nothing)."""
    data, domain = copy_training_inputs(workdir / "changed")
    out = workdir / "changed-models"
    figures = {}
    add_nlu_example(data)
    figures["one NLU example added"] = train_seconds(data, domain, out, cache)
    reword_first_response(domain)
    figures["one response reworded"] = train_seconds(data, domain, out, cache)
    return figures
