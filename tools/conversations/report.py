"""Write the conversation test report as Markdown and HTML (every transcript, every check)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from tools.conversations.runner import Entry, Result
from tools.conversations.spec import Expect


def describe_expect(expect: Expect | None) -> str:
    if expect is None:
        return "any reply"
    parts = []
    if expect.says:
        parts.append("says " + ", ".join(f'"{s}"' for s in expect.says))
    if expect.any:
        parts.append("says one of " + ", ".join(f'"{s}"' for s in expect.any))
    if expect.not_:
        parts.append("does not say " + ", ".join(f'"{s}"' for s in expect.not_))
    if expect.buttons:
        parts.append("offers buttons " + ", ".join(f'"{s}"' for s in expect.buttons))
    return "; ".join(parts)


def message_lines(message: dict) -> list[str]:
    lines = [str(message.get("text") or "").strip()] if message.get("text") else []
    titles = [str(b.get("title", "")) for b in message.get("buttons") or []]
    if titles:
        lines.append("[buttons: " + " | ".join(titles) + "]")
    if message.get("image"):
        lines.append(f"[image: {message['image']}]")
    if message.get("custom"):
        lines.append("[custom message]")
    return lines


def summary(results: list[Result]) -> tuple[int, int]:
    return sum(r.ok for r in results), len(results)


def _entry_md(entry: Entry) -> list[str]:
    if entry.kind == "user":
        return [f"- **Person:** {entry.text}"]
    if entry.kind == "click":
        mark = "" if entry.ok else f"  \n  **FAILED:** {'; '.join(entry.problems)}"
        return [f"- **Person taps:** [{entry.text}]{mark}"]
    if entry.kind == "bot":
        if not entry.messages:
            return ["- **Bot:** (no reply)"]
        body = [line for message in entry.messages for line in message_lines(message)]
        mark = "" if entry.ok else f"  \n  **FAILED:** {'; '.join(entry.problems)}"
        return ["- **Bot:** " + "  \n  ".join(line.replace("\n", "  \n  ") for line in body) + mark]
    verdict = "ok" if entry.ok else "**FAILED:** " + "; ".join(entry.problems)
    return [f"  - expected: {describe_expect(entry.expect)} — {verdict}"]


def to_markdown(results: list[Result], errors: Sequence[str] = ()) -> str:
    passed, total = summary(results)
    out = ["# Conversation tests", "", f"**{passed} of {total} passed.**", ""]
    for error in errors:
        out.append(f"- **File problem:** {error}")
    failed = [r for r in results if not r.ok]
    if failed:
        out += ["", "## Failed", ""]
        for result in failed:
            where = f"{result.conversation.file}: {result.conversation.name}"
            out.append(f"- {where} — {'; '.join(result.problems)}")
    out += ["", "## Transcripts", ""]
    for result in results:
        status = "PASS" if result.ok else "FAIL"
        out += [f"### {status} — {result.conversation.name} ({result.conversation.file})", ""]
        for entry in result.entries:
            out += _entry_md(entry)
        if result.error:
            out.append(f"- **FAILED:** {result.error}")
        out.append("")
    return "\n".join(out) + "\n"


STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
.pass{color:#1a6b2f}.fail{color:#a11}.conv{border:1px solid #ccc;border-radius:6px;
padding:.5rem 1rem;margin:1rem 0}.conv.failed{border-color:#a11;background:#fff6f6}
.user{font-weight:600}.bot{white-space:pre-wrap;background:#f2f4f7;border-radius:4px;
padding:.3rem .6rem;margin:.2rem 0}.check{font-size:.9rem;margin-left:1rem}
.buttons{color:#555;font-size:.9rem}
"""


def _entry_html(entry: Entry) -> str:
    if entry.kind == "user":
        return f'<p class="user">Person: {escape(entry.text)}</p>'
    if entry.kind == "click":
        problem = (
            "" if entry.ok else f' <span class="fail">FAILED: {escape(entry.problems[0])}</span>'
        )
        return f'<p class="user">Person taps: [{escape(entry.text)}]{problem}</p>'
    if entry.kind == "bot":
        if not entry.messages:
            return '<div class="bot">(no reply)</div>'
        parts = []
        for message in entry.messages:
            lines = message_lines(message)
            parts.append(f'<div class="bot">{escape(chr(10).join(lines))}</div>')
        if not entry.ok:
            parts.append(f'<p class="fail">FAILED: {escape("; ".join(entry.problems))}</p>')
        return "".join(parts)
    css, verdict = ("pass", "ok") if entry.ok else ("fail", "FAILED: " + "; ".join(entry.problems))
    return (
        f'<p class="check">Expected: {escape(describe_expect(entry.expect))} — '
        f'<span class="{css}">{escape(verdict)}</span></p>'
    )


def to_html(results: list[Result], errors: Sequence[str] = ()) -> str:
    passed, total = summary(results)
    body = [f"<h1>Conversation tests</h1><p><strong>{passed} of {total} passed.</strong></p>"]
    body += [f'<p class="fail">File problem: {escape(e)}</p>' for e in errors]
    failed = [r for r in results if not r.ok]
    if failed:
        body.append("<h2>Failed</h2><ul>")
        for result in failed:
            body.append(
                f"<li>{escape(result.conversation.file)}: "
                f'<a href="#c{results.index(result)}">{escape(result.conversation.name)}</a>'
                f" — {escape('; '.join(result.problems))}</li>"
            )
        body.append("</ul>")
    body.append("<h2>Transcripts</h2>")
    for index, result in enumerate(results):
        status, css = ("PASS", "pass") if result.ok else ("FAIL", "fail")
        body.append(f'<section class="conv{"" if result.ok else " failed"}" id="c{index}">')
        body.append(
            f'<h3><span class="{css}">{status}</span> — {escape(result.conversation.name)} '
            f"<small>({escape(result.conversation.file)})</small></h3>"
        )
        body += [_entry_html(entry) for entry in result.entries]
        if result.error:
            body.append(f'<p class="fail">FAILED: {escape(result.error)}</p>')
        body.append("</section>")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Conversation tests</title><style>{STYLE}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )
