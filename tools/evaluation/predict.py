"""Run the trained model's NLU pipeline in-process (no server, no action server needed)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tools.local_servers import MODEL_PATH


async def load_nlu_agent(model_path: Path = MODEL_PATH) -> Any:
    """The Rasa agent of the trained model (rasa imported here: it is slow to import)."""
    if not Path(model_path).exists():
        raise FileNotFoundError(f"no trained model at {model_path}: run `make train` first")
    from assistant.runtime import load_agent

    return await load_agent(model_path=str(model_path))


def intent_name(parsed: dict) -> str:
    return (parsed.get("intent") or {}).get("name") or ""


async def predict_intents(agent: Any, texts: Iterable[str]) -> list[str]:
    """Predicted intent name per text, in order (sequential: the pipeline is CPU-bound)."""
    return [intent_name(await agent.parse_message(text)) for text in texts]
