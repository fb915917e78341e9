"""Replies kept briefly per conversation, so a resend after a dropped connection is answered
from memory (replayed, not processed twice), and sent only to the socket that asked."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from rasa.core.channels.socketio import SocketIOOutput
from socketio import AsyncServer


@dataclass
class ReplyRecord:
    """The bot's replies to one user message, kept briefly so a resend can be answered."""

    done: asyncio.Event = field(default_factory=asyncio.Event)
    replies: list[dict[str, Any]] = field(default_factory=list)


class ReplyCache:
    """Recent replies per conversation, in memory only, bounded in count and age."""

    def __init__(self, per_session: int = 20, max_sessions: int = 5000, ttl: float = 3600.0):
        self._per_session = per_session
        self._max_sessions = max_sessions
        self._ttl = ttl
        self._sessions: OrderedDict[str, tuple[float, OrderedDict[str, ReplyRecord]]] = (
            OrderedDict()
        )

    def claim(self, sender_id: str, message_id: str, now: float) -> tuple[ReplyRecord, bool]:
        """The record for this message and whether it is new (i.e. must be processed)."""
        self._expire(now)
        _, records = self._sessions.pop(sender_id, (now, OrderedDict()))
        self._sessions[sender_id] = (now, records)
        if message_id in records:
            return records[message_id], False
        record = records[message_id] = ReplyRecord()
        while len(records) > self._per_session:
            records.popitem(last=False)
        return record, True

    def forget(self, sender_id: str) -> None:
        self._sessions.pop(sender_id, None)

    def _expire(self, now: float) -> None:
        while self._sessions:
            sender_id, (last_used, _) = next(iter(self._sessions.items()))
            if now - last_used <= self._ttl and len(self._sessions) < self._max_sessions:
                break
            del self._sessions[sender_id]


class RecordingOutput(SocketIOOutput):
    """Rasa's socket.io output, tagging each reply with the message it answers and sending it
    only to the socket that asked (Rasa sends to the conversation's room: every socket that
    presented the same token would hear it)."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str, message_id: str, record, sid):
        super().__init__(sio, bot_message_evt)
        self._message_id = message_id
        self._record = record
        self._sid = sid

    async def _send_message(self, socket_id: str, response: Any) -> None:
        tagged = dict(response, reply_to=self._message_id, seq=len(self._record.replies))
        self._record.replies.append(tagged)
        await super()._send_message(self._sid, tagged)
