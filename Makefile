# Two commands matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(CURDIR)/$(VENV)/bin/python
RASA    := $(CURDIR)/$(VENV)/bin/rasa
MODEL   := models/current.tar.gz

export PYTHONPATH := $(CURDIR)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONWARNINGS := ignore::DeprecationWarning

# Everything that changes what training produces; the model is rebuilt only when one changes.
TRAINING_INPUTS := config.yml $(shell find domain data content -name '*.yml' 2>/dev/null) \
                   $(shell find assistant/nlu assistant/policies -name '*.py' 2>/dev/null)

# Extra test steps appended by mk/*.mk (one file per concern: web, sms, staff, ...).
TEST_TARGETS :=
-include mk/*.mk

.PHONY: help venv spacy train train-quick run test lint validate pytest story-test nlu-report bench bench-speed fallback-threshold \
        content-check clean

help:
	@echo "make run    - set up, train if needed, start the assistant (http://localhost:8080/)"
	@echo "make test   - everything CI runs"
	@echo "make train  - train only when an input changed (progress shown); train-quick finetunes"
	@echo "make nlu-report | bench | bench-speed | content-check | lint | clean"

# Only pip itself is upgraded (it has no dependencies; upgrading wheel once pulled a newer
# packaging into the venv). pip's own lines ("Collecting ...", "Installing ...") are the
# progress; the machine's notes about absent local indexes are not.
PIP_NOISE := { grep -v -e '^WARNING: Location' -e '^Requirement already satisfied' || true; }

$(VENV)/.installed: requirements.txt constraints.txt
	@echo "==> Installing Python packages into $(VENV) (about 2 minutes the first time)"
	@PY310=$$(scripts/find-python310.sh) && { [ -x $(VENV)/bin/python ] || $$PY310 -m venv $(VENV); }
	@set -o pipefail; $(VENV)/bin/pip install --progress-bar off --upgrade pip 2>&1 | $(PIP_NOISE)
	@set -o pipefail; $(VENV)/bin/pip install --progress-bar off -r requirements.txt -c constraints.txt \
	  2>&1 | $(PIP_NOISE)
	@touch $@

venv: $(VENV)/.installed

# Builds the blank English spaCy pipeline from content/ and points config.yml at it.
spacy: venv
	$(PY) -m assistant.nlu.build_spacy

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	@echo "==> Building the spaCy pipeline from content/"
	$(PY) -m assistant.nlu.build_spacy
	@mkdir -p models
	@echo "==> Training (a few minutes from nothing; seconds when Rasa's cache has the parts)"
	flock models/.train.lock $(PY) scripts/train.py

train: $(MODEL)

# After a small change to NLU examples: finetune the existing model on 20 % of the epochs
# (about 1.5 minutes on a busy machine) instead of a full training. Rasa refuses when intents or the configuration
# changed; then this trains from scratch. Figures and CI always use a full `make train`.
train-quick: $(VENV)/.installed
	$(PY) -m assistant.nlu.build_spacy
	@mkdir -p models
	flock models/.train.lock $(PY) scripts/train.py --finetune

run: $(MODEL)
	@echo "==> Starting the servers (the model takes 10-20 seconds to load; the URLs follow)"
	@scripts/run.sh

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

validate: venv spacy
	$(RASA) data validate --domain domain --data data --config config.yml --fail-on-warnings

pytest: $(MODEL)
	$(PY) -m pytest -q

story-test: $(MODEL)
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors \
	  --out reports/core

nlu-report: $(MODEL)
	$(PY) -m tools.evaluation.nlu_report

fallback-threshold: $(MODEL)
	$(PY) -m tools.evaluation.threshold

bench: $(MODEL)
	$(PY) -m tools.evaluation.bench

# Full training from nothing, model load, cost per message in-process; BASELINE=<model.tar.gz>
# puts an older model side by side with the current one (same messages, interleaved).
bench-speed: $(MODEL)
	$(PY) -m tools.evaluation.message_cost $(if $(BASELINE),--baseline $(BASELINE))

content-check: venv
	$(PY) -m assistant.content.check

test: lint validate pytest story-test content-check $(TEST_TARGETS)

clean:
	rm -rf build models reports .pytest_cache

