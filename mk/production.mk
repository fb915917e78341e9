# Production topology on one machine (docs/production.md): nginx in front of 2 Rasa
# instances, the action server, the machine's PostgreSQL and Redis. No Docker.
NGINX ?= /usr/sbin/nginx

.PHONY: nginx stack stack-test fault-test bench-stack

# Debian's nginx; CI runs as root on a fresh machine, elsewhere this asks sudo.
## Install Debian's nginx when it is missing
nginx:
	@[ -x $(NGINX) ] || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nginx; }

# Public http://localhost:8090/, internal 127.0.0.1:8091 (REST); Ctrl-C stops it.
## The production topology on this machine (http://localhost:8090/)
stack: $(MODEL) nginx
	NGINX=$(NGINX) scripts/stack.sh

# Starts the stack, checks it end to end through nginx, stops it (tests/production/test_stack.py).
## Start the stack, check it end to end, stop it
stack-test: $(MODEL) nginx
	NGINX=$(NGINX) RUN_STACK_TESTS=1 $(PY) -m pytest -q tests/production/test_stack.py

# Faults on a running stack (tests/production/test_faults.py): 200 interleaved messages of one
# conversation on both instances, an instance killed mid-load, Redis restarted (its own
# redis-server on a free port), PostgreSQL unreachable for 10 s, the action server hung and
# killed. About 3 minutes.
## Faults on a running stack: instance killed, Redis restarted, database away
fault-test: $(MODEL) nginx
	NGINX=$(NGINX) RUN_STACK_TESTS=1 $(PY) -m pytest -q tests/production/test_faults.py

# 1 vs 2 Rasa instances behind nginx, closed loop and with pauses (BENCH_SECONDS each, 60).
## 1 vs 2 Rasa instances behind nginx (BENCH_SECONDS each)
bench-stack: $(MODEL) nginx
	NGINX=$(NGINX) $(PY) -m tools.stack.bench --seconds $${BENCH_SECONDS:-60}

TEST_TARGETS += stack-test fault-test

# Deployment files (deploy/, docker-compose.yml) validated offline: Kubernetes schemas bundled
# in the kubernetes-validate package (its own venv: its dependencies do not fit Rasa's pins;
# installed once, nothing is downloaded when it validates), and `docker-compose config` (Debian's
# docker-compose; skipped with a message when it cannot be installed). The rules (non-root,
# probes, Secrets as files, public paths) are tests/production/test_deploy_files.py (pytest).
DEPLOY_VENV := .venv-deploy
K8S_VERSION ?= 1.30.0

$(DEPLOY_VENV)/.installed:
	python3 -m venv $(DEPLOY_VENV)
	$(DEPLOY_VENV)/bin/pip install --progress-bar off --quiet "kubernetes-validate==1.37.0"
	@touch $@

.PHONY: deploy-check
## Validate deploy/ and docker-compose.yml offline
deploy-check: $(DEPLOY_VENV)/.installed
	$(DEPLOY_VENV)/bin/kubernetes-validate --strict --quiet -k $(K8S_VERSION) deploy/k8s/*.yaml
	@command -v docker-compose >/dev/null || $(SUDO) apt-get install -y docker-compose >/dev/null 2>&1 || true
	@if command -v docker-compose >/dev/null; then docker-compose -f docker-compose.yml config -q && \
	  echo "docker-compose.yml: valid"; \
	else echo "SKIPPED: docker-compose is not installable here; docker-compose.yml not validated"; fi

TEST_TARGETS += deploy-check
