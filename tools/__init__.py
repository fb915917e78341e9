"""What measures and drives the assistant, never run in production: evaluation, the
conversation harness, the stack benchmark, and the one way to start local servers."""
