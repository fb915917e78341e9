"""Web chat session tokens: issued and signed by the server, revocable ("Clear", quick exit).

A token is `<sender id>.<issued, hex>.<signature>` (HMAC-SHA256 with the server's secret): a token
the server did not sign starts a new conversation, so nobody can join another person's
conversation by guessing. Tokens live 2 hours (renewed on each reconnect).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import OrderedDict
from typing import Any

DEFAULT_SESSION_MAX_AGE = 2 * 3600
MAX_REVOKED = 100_000


class SessionTokens:
    """Issue and check session tokens `<sender id>.<issued, hex>.<signature>`."""

    def __init__(self, secret: bytes, max_age: float = DEFAULT_SESSION_MAX_AGE, clock=time.time):
        self._secret = secret
        self._max_age = max_age
        self._clock = clock

    def _sign(self, body: str) -> str:
        return hmac.new(self._secret, body.encode("ascii"), hashlib.sha256).hexdigest()[:32]

    @property
    def max_age(self) -> float:
        return self._max_age

    def issue(self) -> tuple[str, str]:
        """A new (token, sender id). The sender id is 128 random bits."""
        sender_id = secrets.token_hex(16)
        return self.issue_for(sender_id), sender_id

    def issue_for(self, sender_id: str) -> str:
        """A fresh token for a conversation (a resumed session gets a new lifetime)."""
        body = f"{sender_id}.{int(self._clock()):x}"
        return f"{body}.{self._sign(body)}"

    def verify(self, token: Any, allow_expired: bool = False) -> str | None:
        """The sender id of a valid, unexpired token (or expired: `allow_expired`), else None."""
        if not isinstance(token, str) or len(token) > 100 or token.count(".") != 2:
            return None
        sender_id, issued_hex, signature = token.split(".")
        if not hmac.compare_digest(self._sign(f"{sender_id}.{issued_hex}"), signature):
            return None
        try:
            issued = int(issued_hex, 16)
        except ValueError:
            return None
        if self._clock() - issued > self._max_age and not allow_expired:
            return None
        return sender_id


class RevokedSessions:
    """Sender ids whose session was ended ("Clear"), until their tokens expire anyway.
    In memory and bounded (the oldest go first)."""

    def __init__(self, max_age: float, limit: int = MAX_REVOKED, clock=time.time):
        self._max_age = max_age
        self._limit = limit
        self._clock = clock
        self._until: OrderedDict[str, float] = OrderedDict()

    def revoke(self, sender_id: str) -> None:
        self._until[sender_id] = self._clock() + self._max_age
        self._until.move_to_end(sender_id)
        while len(self._until) > self._limit:
            self._until.popitem(last=False)

    def __contains__(self, sender_id: str) -> bool:
        until = self._until.get(sender_id)
        if until is None:
            return False
        if until < self._clock():
            del self._until[sender_id]
            return False
        return True
