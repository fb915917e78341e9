"""Driving the local production stack (assistant/stack/, scripts/stack.sh) for its test and
its benchmark (`make bench-stack`)."""
