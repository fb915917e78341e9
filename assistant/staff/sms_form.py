"""The text the SMS channel would send for one response variant.

Uses the SMS channel's own composer when it is there (assistant.channels.sms.flow.compose);
otherwise a plain-text form: the text, then the buttons as a numbered menu worded by the
utter_sms_menu responses (domain/channels.yml), as the channel words it.
"""

from __future__ import annotations

from assistant.content.responses import say

SMS_CHANNEL = "sms"


def _fallback(message: dict) -> str:
    titles = [str(b.get("title") or b.get("payload")) for b in message.get("buttons") or []]
    choices = ", ".join(
        say("utter_sms_menu_choice", SMS_CHANNEL, number=n, title=t)
        for n, t in enumerate(titles, 1)
    )
    menu = say("utter_sms_menu", SMS_CHANNEL, choices=choices) if choices else ""
    return "\n".join(part for part in (message.get("text") or "", menu))


def sms_text(message: dict) -> str:
    try:
        from assistant.channels.sms.flow import compose
    except ImportError:
        return _fallback(message).strip()
    return compose([message])[0]
