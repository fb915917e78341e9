"""The bot the dialogue tests talk to: every turn is also checked for loops (issue 16)."""

from __future__ import annotations

from tools.conversations.matching import asked_by_button, repeated_message
from tools.local_servers import LocalBot


class LoopCheckingBot(LocalBot):
    """No message sent twice in a row in one conversation, unless the person said the same
    thing again."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._last: dict[str, tuple[str, list[dict]]] = {}  # sender -> (text, bot turn)

    def say(self, text: str, sender: str | None = None) -> list[dict]:
        sender = sender or self.new_sender()
        turn = super().say(text, sender)
        last_text, last_turn = self._last.get(sender, (None, []))
        long_blocks = not asked_by_button(text)  # a tapped button asks for its answer
        repeated = None if text == last_text else repeated_message(last_turn, turn, long_blocks)
        assert repeated is None, f"said twice in a row after {text!r}: {repeated!r}"
        self._last[sender] = (text, turn)
        return turn
