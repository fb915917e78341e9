"""SMS through Twilio: a Rasa input channel at POST /webhooks/sms/webhook.

Unlike Rasa's built-in Twilio channel, it checks X-Twilio-Signature, keys conversations by a
keyed hash of the phone number (the number is never stored or logged), turns buttons into a
numbered menu, handles STOP/START/HELP and ERASE/DELETE before NLU, and answers synchronously
with TwiML, so no outbound API call or Twilio account credential is needed. Logic lives in
flow.py.

Configured from the environment (or the same keys in credentials.yml, which a set variable
overrides, as for every setting: assistant.settings): TWILIO_AUTH_TOKEN, SMS_PUBLIC_URL (the exact
URL set in Twilio, used to check signatures behind a proxy) and SMS_ID_SECRET. Without them the
channel answers 403 to everything rather than stop Rasa.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from assistant import settings
from assistant.channels.base import NamedInput
from assistant.channels.inbound import RateLimiter
from assistant.channels.sms.flow import Services, reply_bodies
from assistant.channels.sms.ids import keyed_hash
from assistant.channels.sms.store import KeyValueStore, SmsState, store_from_env
from assistant.channels.sms.text import render_twiml
from assistant.channels.sms.wording import wording
from assistant.privacy.forget import agent_of, forget_conversation

logger = logging.getLogger(__name__)

MIN_SECRET_LENGTH = 16
TWIML = "application/xml"
# Twilio's form for one message is a few kB (the Body is at most 1,600 characters); anything
# much larger is refused before it is parsed.
MAX_BODY_BYTES = 64 * 1024
FORM_TYPE = "application/x-www-form-urlencoded"
# credentials.yml key -> environment variable
SETTINGS = {
    "auth_token": "TWILIO_AUTH_TOKEN",
    "public_url": "SMS_PUBLIC_URL",
    "id_secret": "SMS_ID_SECRET",
}


@dataclass(frozen=True)
class SmsConfig:
    auth_token: str = ""
    public_url: str = ""
    id_secret: str = ""

    @classmethod
    def load(
        cls, credentials: Mapping[str, Any] | None, environ: Mapping[str, str] | None = None
    ) -> SmsConfig:
        """The environment wins over credentials.yml; blanks count as missing."""
        credentials = credentials or {}
        return cls(
            **{
                key: settings.secret(variable, credentials.get(key), environ)
                for key, variable in SETTINGS.items()
            }
        )

    def problems(self) -> list[str]:
        """What is missing, by variable name (never a value)."""
        found = [SETTINGS[key] for key in SETTINGS if not getattr(self, key)]
        if self.id_secret and len(self.id_secret) < MIN_SECRET_LENGTH:
            found.append(f"SMS_ID_SECRET (at least {MIN_SECRET_LENGTH} characters)")
        return found


def twilio_form(request: Request) -> dict[str, list[str]] | None:
    """Twilio's fields with blank values kept (Sanic's `request.form` drops them, and Twilio
    signs them: `Body=` of a picture-only MMS, empty `FromCity`, `FromZip` ...). None when the
    request is not a form."""
    content_type = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type != FORM_TYPE:
        return None
    try:
        body = request.body.decode("utf-8")
        return parse_qs(body, keep_blank_values=True, strict_parsing=bool(body))
    except (UnicodeDecodeError, ValueError):
        return None


def first(form: Mapping[str, list[str]], name: str) -> str | None:
    values = form.get(name)
    return values[0] if values else None


def log_failure(error: Exception) -> None:
    """Only the type: the message of an exception may hold the user's text."""
    logger.error("SMS webhook failed: %s", type(error).__name__)


class SmsInput(NamedInput):
    channel_name = "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(SmsConfig.load(credentials))

    def __init__(
        self,
        config: SmsConfig,
        store: KeyValueStore | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.config = config
        self.limiter = limiter or RateLimiter()
        self.state = SmsState(store if store is not None else store_from_env())
        problems = config.problems()
        self.enabled = not problems
        if problems:
            logger.warning(
                "SMS channel disabled, every request gets 403: set %s.", ", ".join(problems)
            )
        else:
            self.validator = RequestValidator(config.auth_token)

    def signature_ok(self, request: Request, form: Mapping[str, list[str]] | None) -> bool:
        signature = request.headers.get("X-Twilio-Signature", "")
        if not (self.enabled and signature) or form is None:
            return False
        return self.validator.validate(self.config.public_url, _MultiValues(form), signature)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sms_webhook = Blueprint("sms_webhook", __name__)

        async def ask_bot(text: str, conversation: str) -> list[dict[str, Any]]:
            collector = CollectingOutputChannel()
            # No metadata and no message id: Twilio's MessageSid would lead back to the number.
            await on_new_message(
                UserMessage(text, collector, sender_id=conversation, input_channel=self.name())
            )
            return collector.messages

        @sms_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.enabled else "disabled"})

        @sms_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            verified = False
            try:
                if len(request.body or b"") > MAX_BODY_BYTES:
                    return response.empty(status=413)  # to Twilio, not to a person
                form = twilio_form(request)
                if form is None or not self.signature_ok(request, form):
                    return response.text("Forbidden", status=403)
                verified = True

                async def forget(conversation: str) -> bool:
                    return await forget_conversation(agent_of(request.app), conversation)

                return await self.reply(form, ask_bot, forget)
            except Exception as error:  # never a 500
                log_failure(error)
                if not verified:
                    return response.text("Forbidden", status=403)
                return response.text(render_twiml([wording().error]), content_type=TWIML)

        return sms_webhook

    async def reply(self, form: Mapping[str, list[str]], ask_bot, forget=None) -> HTTPResponse:
        sender, text = first(form, "From"), first(form, "Body")
        message_sid = first(form, "MessageSid")
        if text is None or not sender or not message_sid:
            return response.text("Bad Request", status=400)
        message_key = keyed_hash(message_sid, self.config.id_secret)
        earlier = await self.state.claim_message(message_key)
        if earlier is not None:  # a retry or a replay: never processed twice
            return response.text(earlier or render_twiml([]), content_type=TWIML)

        conversation = keyed_hash(sender, self.config.id_secret)
        try:
            services = Services(self.state, ask_bot, wording(), self.limiter, forget)
            bodies = await reply_bodies(text, conversation, services)
        except Exception as error:  # the safe reply is also what a retry gets
            log_failure(error)
            bodies = [wording().error]
        twiml = render_twiml(bodies)
        await self.state.remember_reply(message_key, twiml, conversation)
        logger.debug("SMS reply with %d message(s)", len(bodies))
        return response.text(twiml, content_type=TWIML)


class _MultiValues(dict):
    """A parse_qs result as Twilio's validator reads multi-valued forms (`getlist`)."""

    def getlist(self, name: str) -> list[str]:
        return self[name]
