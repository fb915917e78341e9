"""Train the model with visible progress: `make train` (and `make train-quick`, the same).

`rasa train --quiet` printed nothing for minutes between screens of third-party deprecation
warnings. This prints one line per pipeline step and the time taken, and hides only warnings
that say nothing about this project (library deprecations, and "utterance not used in any
story": those responses are sent by custom actions; `make validate` still checks the data with
every warning on).

There is no finetuning: the intent classifier is linear (assistant/nlu/linear_intent.py) and
always trains fully, in seconds; Rasa's training cache keeps every part whose inputs did not
change; after a small change to NLU examples spaCy and the featurisers run again (25-30 s on a
quiet machine, docs/measurements.md).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import warnings

STEP_LOGGER = "rasa.engine.training.hooks"


HIDDEN_CATEGORIES = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)
HIDDEN_MESSAGES = ("is not used in any story or rule", "Slot auto-fill has been removed")


def quiet_warnings(show=None) -> None:
    # Libraries reset the warning filters while they import, so filter where warnings are shown.
    show = show or warnings.showwarning

    def show_useful(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, HIDDEN_CATEGORIES) or any(
            hidden in str(message) for hidden in HIDDEN_MESSAGES
        ):
            return
        show(message, category, filename, lineno, file, line)

    warnings.showwarning = show_useful


class StepFormatter(logging.Formatter):
    """'Starting to train component X' -> '  training X ... (12 s)'."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started

    def format(self, record: logging.LogRecord) -> str:
        elapsed = time.monotonic() - self.started
        return f"  [{elapsed:5.0f} s] {record.getMessage()}"


def show_steps(started: float) -> None:
    # Every logger but the steps' stays at WARNING: the output is the steps.
    logging.basicConfig(level=logging.WARNING)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(StepFormatter(started))
    step_logger = logging.getLogger(STEP_LOGGER)
    step_logger.setLevel(logging.INFO)
    step_logger.addHandler(handler)
    step_logger.propagate = False
    # Unconfigured, Rasa's structlog prints every rule the rule policy checks, at debug level.
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)


def train(args: argparse.Namespace) -> int:
    from rasa.model_training import train as rasa_train

    return rasa_train(
        domain=args.domain,
        config=args.config,
        training_files=[args.data],
        output=args.out,
        fixed_model_name=args.fixed_model_name,
    ).code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domain", default="domain")
    parser.add_argument("--data", default="data")
    parser.add_argument("--config", default="config.yml")
    parser.add_argument("--out", default="models")
    parser.add_argument("--fixed-model-name", default="current")
    args = parser.parse_args(argv)

    started = time.monotonic()
    quiet_warnings()
    show_steps(started)
    print("Training the model (progress below)...")
    code = train(args)
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print(f"Training finished in {minutes} min {seconds} s." if code == 0 else "Training failed.")
    return code


if __name__ == "__main__":
    sys.exit(main())
