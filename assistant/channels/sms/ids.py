"""Keyed hashes, so that no phone number (or Twilio id that leads to one) is ever stored."""

from __future__ import annotations

import hashlib
import hmac


def keyed_hash(value: str, secret: str) -> str:
    """HMAC-SHA256 hex: stable per value, useless without the secret."""
    return hmac.new(secret.encode(), value.strip().encode(), hashlib.sha256).hexdigest()
