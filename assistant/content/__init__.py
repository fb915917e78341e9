"""Facts from content/*.yml: one source of truth shared by actions, NLU and tests."""

from assistant.content.loader import Fact, all_facts, content_dir, fact, value

__all__ = ["Fact", "all_facts", "content_dir", "fact", "value"]
