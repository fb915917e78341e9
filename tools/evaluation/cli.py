"""What the measurement commands share: a `--model` option and how a run ends."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Coroutine
from pathlib import Path

from tools.local_servers import MODEL_PATH


def parser_with_model(doc: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    return parser


def run_measurement(name: str, measurement: Coroutine) -> int:
    """Run it; a missing model or data file is a message and exit code 2, not a traceback."""
    try:
        asyncio.run(measurement)
    except FileNotFoundError as error:
        print(f"{name}: {error}", file=sys.stderr)
        return 2
    return 0
