"""Production stores: PostgreSQL conversations, an atomic Redis lock, settings from the
environment (assistant.settings). See docs/production.md."""
