"""The one hook on what is sent (assistant/send_filters.py): installed once, filters in their
written order, a failing filter skipped without losing the messages."""

from __future__ import annotations

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import BotUttered

from assistant import runtime, send_filters


def test_installed_once_however_often_install_runs():
    runtime.install()
    hooked = MessageProcessor._log_action_on_tracker
    runtime.install()
    send_filters.install()
    assert MessageProcessor._log_action_on_tracker is hooked
    assert getattr(hooked, "_project_send_filters", False)


def test_filters_run_in_their_written_order(monkeypatch):
    calls: list[str] = []
    fake = tuple(
        (name, lambda events, tracker, domain, name=name: calls.append(name))
        for name in ("first", "second", "third")
    )
    monkeypatch.setattr(send_filters, "filters", lambda: fake)
    send_filters.run_filters([BotUttered("hello")], None, None)
    assert calls == ["first", "second", "third"]


def test_the_order_is_offers_and_lines_then_age_then_repeats():
    names = [name for name, _ in send_filters.filters()]
    assert names == ["outside-B.C. offers", "outside-B.C. lines", "age wording", "turn repeats"]


def test_a_failing_filter_costs_nothing_but_its_own_change(monkeypatch):
    def broken(events, tracker, domain):
        raise RuntimeError("boom")

    def shout(events, tracker, domain):
        events[0] = BotUttered(events[0].text.upper())

    monkeypatch.setattr(send_filters, "filters", lambda: (("broken", broken), ("shout", shout)))
    events = [BotUttered("kept")]
    send_filters.run_filters(events, None, None)
    assert [event.text for event in events] == ["KEPT"]


def test_no_events_no_filter(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(
        send_filters, "filters", lambda: (("any", lambda e, t, d: calls.append("ran")),)
    )
    send_filters.run_filters([], None, None)
    assert calls == []
