"""The text the SMS channel would send for one response variant.

Uses the SMS channel's own composer when it is there (assistant.channels.sms_flow.compose);
otherwise a plain-text form: the text, then the buttons as a numbered menu.
"""

from __future__ import annotations

SMS_CHANNEL = "sms"


def _fallback(message: dict) -> str:
    titles = [str(b.get("title") or b.get("payload")) for b in message.get("buttons") or []]
    menu = ", ".join(f"{n} for {t}" for n, t in enumerate(titles, 1))
    return "\n".join(part for part in (message.get("text") or "", f"Reply {menu}." if menu else ""))


def sms_text(message: dict) -> str:
    try:
        from assistant.channels.sms_flow import compose
    except ImportError:
        return _fallback(message).strip()
    return compose([message])[0]
