"""Production stores: PostgreSQL conversations, an atomic Redis lock, settings from the
environment. See docs/production.md."""
