"""Build the blank English spaCy pipeline used by Rasa's SpacyNLP, from content/.

No pretrained English model exists on the package registry, so the pipeline is built here:
tokenizer, lookup lemmatizer (tables from spacy-lookups-data) and an entity ruler with the
place names in content/places.yml. It is saved at PIPELINE_PATH, the one path config.yml
names, with the fingerprint of what it was built from in its meta.json: it is rebuilt only when
that changes, and assistant.nlu.spacy_pipeline.SpacyNLP gives Rasa's training cache a name that
changes with it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import cast

import spacy
from spacy.pipeline import EntityRuler

from assistant.content.loader import REPO_ROOT, load_yaml

# Relative to the repository (and to /app in the image), like every path in config.yml.
PIPELINE_PATH = "build/spacy/en_bc_images"
FINGERPRINT_KEY = "sources_fingerprint"
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


def built_fingerprint(pipeline: Path) -> str | None:
    """The fingerprint a built pipeline was made from; None when nothing is built there."""
    try:
        meta = json.loads((pipeline / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta.get(FINGERPRINT_KEY)


def build(target: Path, fingerprint: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler"))
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data
    ruler.add_patterns(entity_patterns(nlp))
    nlp.meta["name"] = "bc_intimate_images"
    nlp.meta[FINGERPRINT_KEY] = fingerprint
    nlp.to_disk(target)


def main() -> int:
    fingerprint = pipeline_fingerprint()
    target = REPO_ROOT / PIPELINE_PATH
    if built_fingerprint(target) == fingerprint:
        return 0
    # Built beside it, then swapped in: a failed build leaves no half-written pipeline.
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    build(staging, fingerprint)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    print(f"spaCy pipeline built at {PIPELINE_PATH} ({fingerprint})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
