"""Code the tests share (conftest files only define fixtures)."""
