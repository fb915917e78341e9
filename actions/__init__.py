"""Rasa SDK actions: thin shells over the plain functions in assistant/."""
