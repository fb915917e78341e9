"""Build the blank English spaCy pipeline used by Rasa's SpacyNLP, from content/.

No pretrained English model exists on the package registry, so the pipeline is built here:
tokenizer, lookup lemmatizer (tables from spacy-lookups-data) and an entity ruler with the
place names in content/places.yml. It is saved under build/spacy/<name>-<hash>/, and
config.yml is pointed at that path: Rasa's training cache keys on the model name, so a
changed pipeline must have a new name.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import spacy

from assistant.content.loader import REPO_ROOT, load_yaml

BUILD_DIR = REPO_ROOT / "build" / "spacy"
CONFIG_PATH = REPO_ROOT / "config.yml"
MODEL_LINE = re.compile(r"^(\s*model:\s*)(\S*build/spacy/\S+)\s*$", re.MULTILINE)
ENTITY_LABELS = {"bc_places": "bc_place", "non_bc_places": "non_bc_place"}


def entity_patterns(nlp) -> list[dict]:
    """Token patterns matched on lower-cased text, so 'Kelowna' and 'kelowna' both match."""
    places = load_yaml("places")
    patterns = []
    for key, label in ENTITY_LABELS.items():
        for name in places[key]["value"]:
            tokens = [{"LOWER": token.lower_} for token in nlp.make_doc(str(name))]
            patterns.append({"label": label, "pattern": tokens})
    return patterns


def pipeline_fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(Path(__file__).read_bytes())
    digest.update((REPO_ROOT / "content" / "places.yml").read_bytes())
    digest.update(spacy.__version__.encode())
    return digest.hexdigest()[:12]


def build(target: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler")
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data
    ruler.add_patterns(entity_patterns(nlp))
    nlp.meta["name"] = "bc_intimate_images"
    nlp.to_disk(target)


def point_config_at(relative_path: str) -> bool:
    text = CONFIG_PATH.read_text(encoding="utf-8")
    updated, count = MODEL_LINE.subn(rf"\g<1>{relative_path}", text)
    if count != 1:
        raise SystemExit("config.yml must have exactly one SpacyNLP 'model: build/spacy/...' line")
    if updated != text:
        CONFIG_PATH.write_text(updated, encoding="utf-8")
        return True
    return False


def current_model_path() -> str:
    return f"build/spacy/en_bc_images-{pipeline_fingerprint()}"


def main() -> int:
    relative = current_model_path()
    target = REPO_ROOT / relative
    if not (target / "meta.json").exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        build(target)
        print(f"spaCy pipeline built at {relative}")
    if point_config_at(relative):
        print(f"config.yml now loads {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
