# Two commands matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(CURDIR)/$(VENV)/bin/python
RASA    := $(CURDIR)/$(VENV)/bin/rasa
MODEL   := models/current.tar.gz

export PYTHONPATH := $(CURDIR)
include scripts/env
export $(shell sed -n 's/^\([A-Z_][A-Z0-9_]*\)=.*/\1/p' scripts/env)

# Everything that changes what training produces; the model is rebuilt only when one changes.
TRAINING_INPUTS := config.yml $(shell find domain data content -name '*.yml' 2>/dev/null) \
                   $(shell find assistant/nlu assistant/policies -name '*.py' 2>/dev/null)

# Extra test steps appended by mk/*.mk (one file per concern: web, sms, staff, ...).
TEST_TARGETS :=
-include mk/*.mk

.PHONY: help venv lock spacy train train-quick run test lint validate pytest story-test nlu-report \
        bench bench-speed fallback-threshold content-check clean

# Every target says what it does in a `## ` line just above it (tests/unit/test_project_setup.py).
## This list: every target of the Makefile and mk/*.mk
help:
	@awk '/^## / { text = substr($$0, 4); next } \
	  /^[a-z][a-z0-9-]*:/ && text { split($$0, rule, ":"); printf "  make %-26s %s\n", rule[1], text } \
	  { text = "" }' Makefile mk/*.mk

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
	@# The project itself, editable (imports resolve to this checkout); the venv's setuptools
	@# builds it, so nothing more is downloaded.
	@PYTHONWARNINGS=ignore $(VENV)/bin/pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

## Python 3.10 venv with every package pinned in constraints.txt, and the project (editable)
venv: $(VENV)/.installed

# pip's resolver in a dry run; UPGRADE=1 drops the current pins (scripts/lock.py).
## Regenerate requirements.txt and constraints.txt from pyproject.toml
lock: venv
	$(PY) scripts/lock.py $(if $(UPGRADE),--upgrade)

# build/spacy/en_bc_images, the path config.yml names; rebuilt only when its sources change.
## Build the blank English spaCy pipeline from content/
spacy: venv
	$(PY) -m assistant.nlu.build_spacy

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	@echo "==> Building the spaCy pipeline from content/"
	$(PY) -m assistant.nlu.build_spacy
	@mkdir -p models
	@echo "==> Training (a few minutes from nothing; seconds when Rasa's cache has the parts)"
	flock models/.train.lock $(PY) scripts/train.py

## Train only when an input changed (progress shown)
train: $(MODEL)

# Kept for habit: the linear intent classifier has no epochs to finetune, and a full training
# after a small change to NLU examples takes 25-30 s on a quiet machine (spaCy and the featurisers
# run again; a reworded response retrains nothing). `make bench-speed` measures both.
## Train now, whatever changed (the same full training as train)
train-quick: $(VENV)/.installed
	$(PY) -m assistant.nlu.build_spacy
	@mkdir -p models
	flock models/.train.lock $(PY) scripts/train.py

## Set up, train if needed, start the assistant (http://localhost:8080/)
run: $(MODEL)
	@echo "==> Starting the servers (the model takes 10-20 seconds to load; the URLs follow)"
	@scripts/run.sh

## ruff (lint and format) and mypy (types; configured in pyproject.toml)
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## rasa data validate, every warning an error
validate: venv spacy
	$(RASA) data validate --domain domain --data data --config config.yml --fail-on-warnings

## The pytest suite
pytest: $(MODEL)
	$(PY) -m pytest -q

## rasa test core on tests/stories
story-test: $(MODEL)
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors \
	  --out reports/core

## Intent accuracy and macro-F1 on the held-out set
nlu-report: $(MODEL)
	$(PY) -m tools.evaluation.nlu_report

## Choose the FallbackClassifier threshold on the development set
fallback-threshold: $(MODEL)
	$(PY) -m tools.evaluation.threshold

## Latency percentiles, throughput and memory
bench: $(MODEL)
	$(PY) -m tools.evaluation.bench

# Full training from nothing, model load, cost per message in-process; BASELINE=<model.tar.gz>
# puts an older model side by side with the current one (same messages, interleaved).
## Training time, model load and cost per message (BASELINE=<model> to compare)
bench-speed: $(MODEL)
	$(PY) -m tools.evaluation.message_cost $(if $(BASELINE),--baseline $(BASELINE))

## The NLU cost of reading each question of a two- or three-question message (on/off ratio)
bench-clauses: $(MODEL)
	$(PY) -m tools.evaluation.clause_cost

## Fail on facts without a source or with bad dates; list those past review-by
content-check: venv
	$(PY) -m assistant.content.check

## Everything CI runs (.ci/run)
test: lint validate pytest story-test content-check $(TEST_TARGETS)

## Remove build/, models/, reports/
clean:
	rm -rf build models reports .pytest_cache

