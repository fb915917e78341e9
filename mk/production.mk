# Production topology on one machine (docs/production.md): nginx in front of 2 Rasa
# instances, the action server, the machine's PostgreSQL and Redis. No Docker.
NGINX ?= /usr/sbin/nginx

.PHONY: nginx stack stack-test

# Debian's nginx; CI runs as root on a fresh machine, elsewhere this asks sudo.
nginx:
	@[ -x $(NGINX) ] || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nginx; }

# Public http://localhost:8090/, internal 127.0.0.1:8091 (REST); Ctrl-C stops it.
stack: $(MODEL) nginx
	NGINX=$(NGINX) scripts/stack.sh

# Starts the stack, checks it end to end through nginx, stops it (tests/production/test_stack.py).
stack-test: $(MODEL) nginx
	NGINX=$(NGINX) RUN_STACK_TESTS=1 $(PY) -m pytest -q tests/production/test_stack.py

TEST_TARGETS += stack-test
