"""Conversations staff write (tests/conversations/*.yml), run against the real bot
(`make conversations`)."""
