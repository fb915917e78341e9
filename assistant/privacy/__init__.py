"""Conversations deleted on schedule and on request (issue 15, docs/privacy.md).

- `forget`: delete one conversation from whatever tracker store Rasa runs (memory, SQL, Redis).
- `stores`: tracker stores that delete a conversation when the person asked for it in the chat,
  and an in-memory store that forgets conversations after the retention period.
- `purge`: `python -m assistant.privacy.purge` (`make purge`) deletes idle conversations from
  an SQL tracker store.
"""
