"""A web chat visitor over Socket.IO, as the widget talks to our channel."""

from __future__ import annotations

import asyncio


async def web_chat(
    base: str, messages: list[str], headers: dict | None = None, timeout: float = 60
) -> tuple[list[dict], list]:
    """Open a session on `base`'s socket.io channel and send each message, waiting for its
    acknowledgement; returns the bot's messages and the acknowledgements."""
    import socketio

    client = socketio.AsyncClient()
    replies: list[dict] = []
    acks: list = []
    confirmed = asyncio.Event()
    client.on("session_confirm", lambda token: confirmed.set())
    client.on("bot_uttered", replies.append)
    # Polling: this python-engineio needs a newer aiohttp for its websocket client.
    await client.connect(
        base, socketio_path="/socket.io", transports=["polling"], headers=headers or {}
    )
    try:
        await client.emit("session_request", {"session_id": None})
        await asyncio.wait_for(confirmed.wait(), 15)
        for number, message in enumerate(messages, 1):
            payload = {"message": message, "message_id": f"m{number}"}
            acks.append(await client.call("user_uttered", payload, timeout=timeout))
    finally:
        await client.eio.disconnect(abort=True)  # a polite one waits for a long poll
    return replies, acks
