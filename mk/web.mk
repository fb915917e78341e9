# Website chat widget (web/, assistant/web_server.py, assistant/channels/web/channel.py).
# Browser tests drive Debian's chromium through Playwright; never `playwright install`.
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: chromium web-test web-serve

# CI runs as root on a fresh machine; elsewhere this asks sudo.
## Install Debian's chromium when it is missing
chromium:
	@[ -x $(CHROMIUM) ] || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

# Screenshots and axe-core reports land in test-artifacts/ (gitignored).
## Chat widget browser tests (screenshots, axe-core) in test-artifacts/
web-test: $(MODEL) chromium
	@mkdir -p test-artifacts
	RUN_BROWSER_TESTS=1 CHROMIUM_PATH=$(CHROMIUM) $(PY) -m pytest -q -m browser tests/browser

# Only the demo page (the Rasa server must run separately, e.g. `make run`).
## Only the demo page (run the Rasa server separately)
web-serve: venv
	$(PY) -m assistant.web_server --port 8080 --socket-url http://localhost:5005

TEST_TARGETS += web-test
