"""What to text back for one incoming SMS: keywords, menus, the bot, the privacy notice.

Plain async functions; the Sanic channel (channel.py) only verifies the request and renders TwiML.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from assistant.channels.inbound import RateLimiter, screen_payload
from assistant.channels.sms.keywords import Keyword, keyword
from assistant.channels.sms.menu import buttons_menu, chosen_payload
from assistant.channels.sms.store import SmsState
from assistant.channels.sms.text import plain_text, split_message
from assistant.channels.sms.wording import Wording

# (text or payload, conversation id) -> the bot's messages, as CollectingOutputChannel has them
AskBot = Callable[[str, str], Awaitable[list[dict[str, Any]]]]
# conversation id -> delete it from the tracker store (assistant.privacy.forget)
Forget = Callable[[str], Awaitable[Any]]
# Twilio joins a long text into one Body of at most 1,600 characters; more is refused politely.
MAX_INCOMING_CHARS = 1600


@dataclass(frozen=True)
class Services:
    """What answering a text needs besides the text: built once per request by the channel."""

    state: SmsState
    ask_bot: AskBot
    wording: Wording
    limiter: RateLimiter | None = None
    forget: Forget | None = None


def compose(messages: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """One plain-text body for the bot's messages, and the payloads of the last menu in it."""
    parts: list[str] = []
    payloads: list[str] = []
    for message in messages:
        text = plain_text(message.get("text") or "")
        if message.get("image"):
            text = f"{text}\n{message['image']}".strip()
        if message.get("buttons"):
            menu, payloads = buttons_menu(message["buttons"])
            text = f"{text}\n{menu}".strip()
        if text:
            parts.append(text)
    return "\n\n".join(parts), payloads


async def _ask(text: str, conversation: str, state: SmsState, ask_bot: AskBot) -> str:
    """Map a menu number to its payload, ask the bot, remember the new menu.

    Only the menu makes payloads: a typed "/restart" or "/inform{...}" goes to NLU as words."""
    message = chosen_payload(text, await state.menu(conversation)) or screen_payload(text, ())
    body, payloads = compose(await ask_bot(message, conversation))
    await state.set_menu(conversation, payloads)
    return body


async def reply_bodies(text: str, conversation: str, services: Services) -> list[str]:
    """The SMS bodies to send back (none at all for an opted-out conversation, or one that
    texts faster than the limiter allows: an answer would only add to the flood)."""
    state, wording, limiter = services.state, services.wording, services.limiter
    word = keyword(text)
    if word is Keyword.ERASE:
        return await erase(conversation, services)
    if word is Keyword.STOP:
        await state.set_opted_out(conversation, True)
        await state.set_menu(conversation, [])
        return [wording.stop]
    if await state.opted_out(conversation):
        if word is Keyword.START:
            await state.set_opted_out(conversation, False)
            return [wording.start]
        if word is not Keyword.HELP:
            return []  # opted out: nothing is processed and nothing is sent

    if word is not Keyword.HELP and limiter is not None and not limiter.allow(conversation):
        return []
    first = await state.is_new(conversation)
    if word is Keyword.HELP:
        body = wording.help
    elif not text.strip():
        body = wording.no_text  # a picture or an empty text: never look at media
    elif len(text) > MAX_INCOMING_CHARS:
        body = wording.too_long  # before NLU: a long text must not hold the server
    else:
        body = await _ask(text.strip(), conversation, state, services.ask_bot)
    if first and body:
        body = f"{wording.privacy_notice}\n\n{body}"
    return split_message(body) if body else []


async def erase(conversation: str, services: Services) -> list[str]:
    """ERASE / DELETE: the conversation goes from the tracker store, and everything the channel
    keeps for the number goes too, except an opt-out (it must never be forgotten). One neutral
    line confirms it, with how to delete the thread on the phone; nothing is sent to a number
    that opted out."""
    if services.forget is not None:
        await services.forget(conversation)
    await services.state.erase(conversation)
    if services.limiter is not None:
        services.limiter.forget(conversation)
    return [] if await services.state.opted_out(conversation) else [services.wording.erase]
