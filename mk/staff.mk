# Staff tools: conversation tests staff write (tools/conversations/), the content review export
# and the staff console's browser test (assistant/staff/). See docs/staff-guide.md.
.PHONY: conversations conversations-independent review staff-browser-test

# Runs tests/conversations/*.yml against the trained bot and the real action server;
# writes reports/conversations.html and .md; fails when any conversation fails.
## Run tests/conversations/*.yml against the bot and the action server
conversations: $(MODEL)
	$(PY) -m tools.conversations.run_conversations

# The independent set (issue 16), written without reading data/ or the rules: reports its pass
# rate in reports/independent/. Part of `make test` since 2026-12-04: a helper's change once made
# one of them fail unnoticed while it was measured by hand only.
## Pass rate of the independent conversation set
conversations-independent: $(MODEL)
	$(PY) -m tools.conversations.run_conversations tests/conversations-independent/*.yml \
	  --out reports/independent

# One document for the lawyer: reports/content-review.html and .md (every sentence a person
# can receive, every fact with its source). `make review SINCE=<git ref>`: only what changed
# since that reviewed version (reports/content-review-changes.html and .md).
## The lawyer's content review document (SINCE=<git ref>: changes only)
review: venv
	$(PY) -m assistant.staff.review $(if $(SINCE),--since='$(SINCE)')

# The staff console in a real Chromium (Playwright, system chromium; nothing downloaded).
## The staff console in a real Chromium
staff-browser-test: $(MODEL) chromium
	RUN_BROWSER_TESTS=1 CHROMIUM_PATH=$(CHROMIUM) $(PY) -m pytest -q -m browser tests/staff

TEST_TARGETS += conversations conversations-independent staff-browser-test
