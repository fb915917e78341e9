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

.PHONY: help venv spacy train run test lint validate pytest story-test nlu-report bench fallback-threshold \
        content-check clean

help:
	@echo "make run    - set up, train if needed, start the assistant (http://localhost:8080/)"
	@echo "make test   - everything CI runs"
	@echo "make nlu-report | bench | content-check | lint | train | clean"

$(VENV)/.installed: requirements.txt constraints.txt
	@PY310=$$(scripts/find-python310.sh) && { [ -x $(VENV)/bin/python ] || $$PY310 -m venv $(VENV); }
	$(VENV)/bin/pip install --quiet --upgrade pip wheel
	$(VENV)/bin/pip install --quiet -r requirements.txt -c constraints.txt
	@touch $@

venv: $(VENV)/.installed

# Builds the blank English spaCy pipeline from content/ and points config.yml at it.
spacy: venv
	$(PY) -m assistant.nlu.build_spacy

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	$(PY) -m assistant.nlu.build_spacy
	@mkdir -p models
	flock models/.train.lock $(RASA) train --domain domain --data data --config config.yml \
	  --out models --fixed-model-name current --quiet

train: $(MODEL)

run: $(MODEL)
	scripts/run.sh

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
	$(PY) -m assistant.evaluation.nlu_report

fallback-threshold: $(MODEL)
	$(PY) -m assistant.evaluation.threshold

bench: $(MODEL)
	$(PY) -m assistant.evaluation.bench

content-check: venv
	$(PY) -m assistant.content.check

test: lint validate pytest story-test content-check $(TEST_TARGETS)

clean:
	rm -rf build models reports .pytest_cache

