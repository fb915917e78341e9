"""Places said as a body or a law ("the bc tribunal", "a B.C. law") are no place of the writer:
their entities are dropped, so they fill no slot (assistant/place_bodies.py)."""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.stateless import Stateless
from assistant.place_bodies import names_a_body

PLACE_ENTITIES = frozenset({"bc_place", "non_bc_place"})


def kept_entities(text: str, entities: list[dict]) -> list[dict]:
    """The entities left once places said as a body's name are taken out."""
    return [
        entity
        for entity in entities
        if entity.get("entity") not in PLACE_ENTITIES
        or not names_a_body(text, int(entity.get("end") or 0))
    ]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class PlaceBodyFilter(Stateless, EntityExtractorMixin):
    """Runs after the entity extractor; nothing to train."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            entities = message.get(ENTITIES) or []
            kept = kept_entities(message.get(TEXT) or "", entities)
            if len(kept) != len(entities):
                message.set(ENTITIES, kept, add_to_output=True)
        return messages
