"""Rasa's SpacyNLP for the pipeline `make spacy` builds (assistant/nlu/build_spacy.py).

config.yml names one fixed path. Rasa's training cache knows a spaCy pipeline only by its
name, so this gives the loaded pipeline a name that carries the fingerprint it was built from:
a rebuilt pipeline retrains what reads it, an unchanged one keeps the cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.model import InvalidModelError
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.nlu.utils.spacy_utils import SpacyNLP as RasaSpacyNLP

from assistant.nlu.build_spacy import built_fingerprint


def fingerprint_of(pipeline: str) -> str:
    fingerprint = built_fingerprint(Path(pipeline))
    if fingerprint is None:
        raise InvalidModelError(f"No spaCy pipeline built at {pipeline}: run `make spacy`.")
    return fingerprint


# Rasa wires SpacyTokenizer and the other spaCy components to the node whose class is named
# "SpacyNLP" (model_from), so the subclass keeps the name.
@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(RasaSpacyNLP):
    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return fingerprint_of(config["model"])

    @staticmethod
    def load_model(spacy_model_name: str) -> SpacyModel:
        loaded = RasaSpacyNLP.load_model(spacy_model_name)
        name = f"{spacy_model_name}@{fingerprint_of(spacy_model_name)}"
        return SpacyModel(model=loaded.model, model_name=name)
