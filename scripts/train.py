"""Train the model with visible progress: `make train` (full) and `make train-quick` (finetune).

`rasa train --quiet` printed nothing for minutes between screens of third-party deprecation
warnings. This prints one line per pipeline step, DIET's epoch bar and the time taken, and hides
only warnings that say nothing about this project (library deprecations, and "utterance not
used in any story": those responses are sent by custom actions; `make validate` still checks
the data with every warning on).

--finetune: start from the existing model and train a fraction of the epochs. Rasa allows it
only when the configuration (apart from epochs), the intents and the domain's core keys are
unchanged; otherwise this falls back to a full training and says why.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import warnings
from pathlib import Path

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
    # LOG_LEVEL INFO keeps DIET's epoch bar on (rasa hides it at WARNING); every other logger
    # stays at WARNING so the output is the steps and the bar.
    os.environ["LOG_LEVEL"] = "INFO"
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
    from rasa.shared.exceptions import InvalidConfigException

    common = dict(
        domain=args.domain,
        config=args.config,
        training_files=[args.data],
        output=args.out,
        fixed_model_name=args.fixed_model_name,
    )
    model = Path(args.out) / f"{args.fixed_model_name}.tar.gz"
    if args.finetune and model.exists():
        print(f"Finetuning {model} ({args.epoch_fraction:.0%} of the epochs)...")
        try:
            result = rasa_train(
                **common,
                model_to_finetune=str(model),
                finetuning_epoch_fraction=args.epoch_fraction,
            )
            return result.code
        except InvalidConfigException as error:
            print(f"Cannot finetune ({error}); training from scratch instead.")
    elif args.finetune:
        print(f"No model at {model} to finetune; training from scratch.")
    return rasa_train(**common).code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domain", default="domain")
    parser.add_argument("--data", default="data")
    parser.add_argument("--config", default="config.yml")
    parser.add_argument("--out", default="models")
    parser.add_argument("--fixed-model-name", default="current")
    parser.add_argument("--finetune", action="store_true")
    parser.add_argument("--epoch-fraction", type=float, default=0.2)
    args = parser.parse_args(argv)

    started = time.monotonic()
    quiet_warnings()
    show_steps(started)
    print("Training the model (progress below; the epoch bar is the intent classifier)...")
    code = train(args)
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print(f"Training finished in {minutes} min {seconds} s." if code == 0 else "Training failed.")
    return code


if __name__ == "__main__":
    sys.exit(main())
