# Retention (docs/privacy.md): delete conversations idle longer than RETENTION_HOURS (default
# from content/privacy.yml) from the configured SQL tracker store. ENDPOINTS=<file> picks the
# endpoints file (default: endpoints.production.yml when DB_HOST is set, else endpoints.yml).
.PHONY: purge

## Delete conversations idle longer than RETENTION_HOURS (ENDPOINTS=<file>)
purge: venv
	$(PY) -m assistant.privacy.purge $(if $(ENDPOINTS),--endpoints $(ENDPOINTS))
