"""The text the SMS channel would send for one response variant: the channel's own composer
(assistant.channels.sms.flow.compose), so the review shows exactly what a phone gets."""

from __future__ import annotations

from assistant.channels.sms.flow import compose

SMS_CHANNEL = "sms"


def sms_text(message: dict) -> str:
    return compose([message])[0]
