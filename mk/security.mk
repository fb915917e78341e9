# Security checks (docs/security.md). `make test` runs the advisory-table test with pytest
# (tests/security/test_advisories.py): a pinned version missing from the reviewed table fails.

.PHONY: audit

AUDIT_VENV := .venv-audit
AUDIT_PIP_AUDIT := pip-audit==2.10.1

# For operators whose machines reach an advisory source (PyPI's JSON API or OSV): audits every
# pin in constraints.txt as pinned. --strict: a package that could not be audited is a failure,
# so a machine without access fails loudly instead of passing. Its own venv: pip-audit's
# dependencies would not fit Rasa's pins.
## pip-audit on constraints.txt (needs OSV or PyPI's JSON API)
audit:
	@[ -x $(AUDIT_VENV)/bin/pip-audit ] || { python3 -m venv $(AUDIT_VENV) && \
	  $(AUDIT_VENV)/bin/pip install --quiet "$(AUDIT_PIP_AUDIT)"; }
	$(AUDIT_VENV)/bin/pip-audit --strict --no-deps --disable-pip --progress-spinner off \
	  --vulnerability-service $${AUDIT_SERVICE:-osv} -r constraints.txt
