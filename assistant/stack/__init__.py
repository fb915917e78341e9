"""`make stack`: the production topology on one machine, without Docker (docs/production.md)."""
