"""Helpers for the SMS channel tests: a real Sanic server on a free port, signed requests.

The channel is mounted the way `rasa run` mounts it (rasa.core.channels.channel.register under
/webhooks/), with `app.ctx.agent` being either a small fake or the real trained agent.
"""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from rasa.core.channels.channel import register
from sanic import Sanic
from twilio.request_validator import RequestValidator

from assistant.channels.sms.channel import SmsConfig, SmsInput
from tools.local_servers import free_port

TOKEN = "test-auth-token-0123456789abcdef"  # noqa: S105 - a test value, not a credential
PUBLIC_URL = "https://sms.example.org/webhooks/sms/webhook"
SECRET = "test-id-secret-0123456789abcdef"  # noqa: S105
PHONE = "+16045550123"
CONFIG = SmsConfig(auth_token=TOKEN, public_url=PUBLIC_URL, id_secret=SECRET)
_app_names = itertools.count()


def signature(params: dict[str, str], url: str = PUBLIC_URL, token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def twilio_form(body: str | None, sender: str = PHONE, sid: str | None = None) -> dict[str, str]:
    """The fields Twilio posts for an incoming SMS (Body left out when None)."""
    form = {
        "ToCountry": "CA",
        "SmsMessageSid": sid or f"SM{uuid.uuid4().hex}",
        "NumMedia": "0",
        "From": sender,
        "To": "+17785550100",
        "AccountSid": "AC" + "0" * 32,
        "NumSegments": "1",
        "ApiVersion": "2010-04-01",
    }
    form["MessageSid"] = form["SmsMessageSid"]
    if body is not None:
        form["Body"] = body
    return form


def messages(twiml: str) -> list[str]:
    """The <Message> texts of a TwiML reply, unescaped."""
    from xml.etree import ElementTree

    root = ElementTree.fromstring(twiml)  # noqa: S314 - our own server's reply
    assert root.tag == "Response"
    return [element.text or "" for element in root.findall("Message")]


@dataclass
class Reply:
    status: int
    text: str

    @property
    def messages(self) -> list[str]:
        return messages(self.text)

    @property
    def body(self) -> str:
        return "\n".join(self.messages)


@dataclass
class FakeAgent:
    """Stands in for rasa's Agent: records what it was asked, answers by simple rules."""

    seen: list[Any] = field(default_factory=list)
    fail: bool = False

    async def handle_message(self, message) -> None:
        self.seen.append(message)
        if self.fail:
            raise RuntimeError(f"boom {message.text}")
        out, sender = message.output_channel, message.sender_id
        if message.text == "menu please":
            buttons = [
                {"title": "Yes", "payload": "/affirm"},
                {"title": "No", "payload": "/deny"},
                {"title": "Not sure", "payload": '/inform{"answer": "unsure"}'},
            ]
            await out.send_text_with_buttons(sender, "Do you live in **B.C.**?", buttons)
        elif message.text == "long please":
            await out.send_text_message(sender, "This is one sentence of a long answer. " * 60)
        elif message.text == "link please":
            await out.send_text_message(sender, "Call [604-555-0000](tel:6045550000) now.")
        else:
            await out.send_text_message(sender, f"echo: {message.text}")


class ChannelServer:
    """A Sanic app with input channels mounted as `rasa run` does (under /webhooks/), served on
    127.0.0.1 in the running event loop."""

    def __init__(self, agent, channels: list):
        # Sanic rewrites its protocol methods when an app starts; a second app in the same
        # process fails on the rewritten code unless test mode keeps the originals.
        Sanic.test_mode = True
        self.app = Sanic(f"channel_test_{next(_app_names)}")
        self.app.ctx.agent = agent
        register(channels, self.app, route="/webhooks/")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = None
        self.session: aiohttp.ClientSession | None = None

    async def start(self):
        self.server = await self.app.create_server(
            host="127.0.0.1", port=self.port, return_asyncio_server=True, access_log=False
        )
        await self.server.startup()
        await self.server.start_serving()
        self.session = aiohttp.ClientSession()
        return self

    async def stop(self) -> None:
        await self.session.close()
        self.server.close()
        await self.server.wait_closed()


class SmsServer(ChannelServer):
    """The SMS channel alone."""

    def __init__(self, agent, channel: SmsInput):
        super().__init__(agent, [channel])
        self.channel = channel
        self.url = f"{self.base}/webhooks/sms/webhook"

    async def post(
        self, form: dict[str, str], sign: bool = True, url: str = PUBLIC_URL, token: str = TOKEN
    ) -> Reply:
        headers = {"X-Twilio-Signature": signature(form, url, token)} if sign else {}
        async with self.session.post(self.url, data=form, headers=headers) as resp:
            return Reply(resp.status, await resp.text())

    async def text(self, body: str | None, sender: str = PHONE, **kwargs) -> Reply:
        return await self.post(twilio_form(body, sender), **kwargs)


def without_notice(text: str) -> str:
    from assistant.channels.sms.wording import wording

    return text.replace(wording().privacy_notice, "").strip()


def number_for(menu_text: str, title: str) -> str:
    """The number a menu offers for a title ('Reply 1 for Yes, 2 for No.')."""
    match = re.search(rf"(\d+) for {re.escape(title)}[,.]", menu_text)
    assert match, f"{title!r} is not in the menu"
    return match.group(1)
