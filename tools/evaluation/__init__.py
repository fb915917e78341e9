"""Independent measurement of the assistant: NLU quality (`make nlu-report`), speed (`make bench`).

Pure maths and loaders are plain functions (unit-tested in tests/unit/); the entry points only
load the model or start the servers and print what the functions compute.
"""
