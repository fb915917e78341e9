"""`make review`: one document a lawyer can read end to end (reports/content-review.html, .md).

1. Facts past their review-by date, flagged first (the list `make content-check` prints).
2. Every response, grouped by domain file, in every variant: what the web chat shows and what
   the SMS channel sends.
3. Every fact from content/, grouped by content file, with its source, reviewed and review-by.

Every sentence a person can receive is a domain response (age rules, route lines, summary
lines and the channels' own replies included), so this covers all of them.

With `--since <git ref>` (`make review SINCE=<ref>`): only what changed since that reviewed
version (assistant/staff/review_since.py), before and now, so a lawyer re-reviews a diff.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

from assistant.content import all_facts
from assistant.content.check import overdue, problems
from assistant.content.loader import load_yaml
from assistant.staff.domain_responses import responses_by_file
from assistant.staff.review_since import Change, UnknownRef, review_changes
from assistant.staff.sms_form import SMS_CHANNEL, sms_text

REPO_ROOT = Path(__file__).resolve().parents[2]
NOTE = (
    "Words in {braces} are filled in when the assistant answers (for example the service dates "
    'from content/). "Web" is what the chat widget shows; "SMS" is the text message sent, '
    "with buttons as a numbered menu."
)


@dataclass(frozen=True)
class Variant:
    label: str  # "all channels", "web only", "SMS only", plus any condition
    web: str | None  # what the web chat shows, None when the variant is not used on the web
    sms: str | None  # what an SMS says, None when the variant is not used by SMS


def _buttons_line(variant: dict) -> str:
    titles = [str(b.get("title") or b.get("payload")) for b in variant.get("buttons") or []]
    return ("\nButtons: " + " | ".join(titles)) if titles else ""


def _condition(variant: dict) -> str:
    conditions = variant.get("condition") or []
    shown = [f"{c.get('name')} is {c.get('value')}" for c in conditions if isinstance(c, dict)]
    return f" when {' and '.join(shown)}" if shown else ""


def variants_of(raw_variants: list[dict]) -> list[Variant]:
    """Rasa picks a channel's own variants when it has some, the general ones otherwise."""
    has_sms = any(v.get("channel") == SMS_CHANNEL for v in raw_variants)
    has_web = any(v.get("channel") not in (None, SMS_CHANNEL) for v in raw_variants)
    found = []
    for raw in raw_variants:
        if not isinstance(raw, dict):
            continue
        channel = raw.get("channel")
        web = (str(raw.get("text") or "") + _buttons_line(raw)).strip()
        if raw.get("custom"):
            web = (web + "\n(custom payload for the widget)").strip()
        if channel == SMS_CHANNEL:
            found.append(Variant("SMS only" + _condition(raw), None, sms_text(raw)))
        elif channel:
            found.append(Variant(f"{channel} only" + _condition(raw), web, None))
        else:
            label = "all channels"
            if has_sms and has_web:
                label = "fallback for other channels"
            elif has_sms:
                label = "web"
            found.append(Variant(label + _condition(raw), web, None if has_sms else sms_text(raw)))
    return found


def fact_groups() -> dict[str, list]:
    groups: dict[str, list] = {}
    for fact in all_facts().values():
        groups.setdefault(fact.name.split(".")[0], []).append(fact)
    return groups


def source_title(source_id: str) -> str:
    source = load_yaml("sources").get(source_id) or {}
    if not source:
        return f"{source_id} (NOT LISTED in sources.yml)"
    where, read = source.get("where", ""), source.get("read", "?")
    return f"{source.get('title', source_id)} — {where}, read {read}"


def to_markdown(today: dt.date) -> str:
    late, errors = overdue(today), problems()
    out = [
        "# Content review",
        "",
        f"Generated {today.isoformat()}. Legal information the assistant gives, for review.",
        "",
        NOTE,
        "",
        "## Needs attention",
        "",
    ]
    out += [f"- **PAST REVIEW-BY:** {line}" for line in late]
    out += [f"- **ERROR:** {line}" for line in errors]
    if not late and not errors:
        out.append("Nothing is past its review-by date.")
    out += ["", "## What the assistant says", ""]
    for file, responses in responses_by_file().items():
        out += [f"### {file}", ""]
        for name, raw in responses.items():
            out += [f"#### {name}", ""]
            for number, variant in enumerate(variants_of(raw), 1):
                out.append(f"*Variant {number} ({variant.label})*")
                out.append("")
                for label, text in (("Web", variant.web), ("SMS", variant.sms)):
                    if text is not None:
                        out += [f"{label}:", "", *[f"> {line}" for line in text.splitlines()], ""]
    out += ["## Facts and their sources", ""]
    for group, facts in fact_groups().items():
        out += [f"### content/{group}.yml", ""]
        for fact in facts:
            flag = " **PAST REVIEW-BY**" if fact.is_overdue(today) else ""
            out += [
                f"- **{fact.name}**{flag}: {fact.value}",
                f"  - {fact.about}" if fact.about else "  - (no description)",
                f"  - Source: {source_title(fact.source)}",
                f"  - Reviewed {fact.reviewed}; review by {fact.review_by}",
            ]
        out.append("")
    return "\n".join(out) + "\n"


STYLE = """body{font-family:Georgia,serif;max-width:50rem;margin:2rem auto;padding:0 1rem;
line-height:1.45;color:#222}h2{border-bottom:2px solid #23395d}.late{color:#a11;font-weight:700}
.attention{border:2px solid #a11;padding:.5rem 1rem;background:#fff6f6}
blockquote{white-space:pre-wrap;margin:.3rem 0 .8rem 1rem;padding:.3rem .8rem;
border-left:4px solid #ccd;background:#f7f7fb;font-family:system-ui,sans-serif}
.variant{font-style:italic;margin:.5rem 0 .2rem}dl{margin:.2rem 0 1rem}dd{margin-left:1.5rem}
@media print{blockquote{break-inside:avoid}}"""


def to_html(today: dt.date) -> str:
    late, errors = overdue(today), problems()
    body = [
        "<h1>Content review</h1>",
        f"<p>Generated {today.isoformat()}. Legal information the assistant gives, for review.</p>",
        f"<p>{escape(NOTE)}</p>",
        '<section class="attention"><h2>Needs attention</h2><ul>',
    ]
    body += [f'<li><span class="late">PAST REVIEW-BY:</span> {escape(x)}</li>' for x in late]
    body += [f'<li><span class="late">ERROR:</span> {escape(x)}</li>' for x in errors]
    if not late and not errors:
        body.append("<li>Nothing is past its review-by date.</li>")
    body += ["</ul></section>", "<h2>What the assistant says</h2>"]
    for file, responses in responses_by_file().items():
        body.append(f"<h3>{escape(file)}</h3>")
        for name, raw in responses.items():
            body.append(f"<h4>{escape(name)}</h4>")
            for number, variant in enumerate(variants_of(raw), 1):
                body.append(f'<p class="variant">Variant {number} ({escape(variant.label)})</p>')
                for label, text in (("Web", variant.web), ("SMS", variant.sms)):
                    if text is not None:
                        body.append(f"<p>{label}:</p><blockquote>{escape(text)}</blockquote>")
    body.append("<h2>Facts and their sources</h2>")
    for group, facts in fact_groups().items():
        body.append(f"<h3>content/{escape(group)}.yml</h3><dl>")
        for fact in facts:
            flag = ' <span class="late">PAST REVIEW-BY</span>' if fact.is_overdue(today) else ""
            body += [
                f"<dt><strong>{escape(fact.name)}</strong>{flag}: {escape(str(fact.value))}</dt>",
                f"<dd>{escape(fact.about or '(no description)')}</dd>",
                f"<dd>Source: {escape(source_title(fact.source))}</dd>",
                f"<dd>Reviewed {escape(str(fact.reviewed))}; "
                f"review by {escape(str(fact.review_by))}</dd>",
            ]
        body.append("</dl>")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content review</title>'
        f"<style>{STYLE}</style></head><body>" + "\n".join(body) + "</body></html>\n"
    )


def _variant_lines(raw_variants: list[dict]) -> list[str]:
    out = []
    for number, variant in enumerate(variants_of(raw_variants), 1):
        out.append(f"*Variant {number} ({variant.label})*")
        for label, text in (("Web", variant.web), ("SMS", variant.sms)):
            if text is not None:
                out += [f"{label}:", *[f"> {line}" for line in text.splitlines()], ""]
    return out


def _fact_line(fact: dict) -> str:
    if "title" in fact:  # a source of content/sources.yml
        return f"{fact.get('title')} — {fact.get('where', '')}, read {fact.get('read', '?')}"
    return (
        f"{fact.get('value')} (source: {source_title(str(fact.get('source')))}; "
        f"reviewed {fact.get('reviewed')}; review by {fact.get('review_by')})"
    )


def changes_markdown(ref: str, commit: str, responses: list[Change], facts: list[Change]) -> str:
    out = [
        f"# Content review: changes since {ref}",
        "",
        f"Compared with commit {commit[:12]}. Only what a person can now receive differently, and",
        "the facts whose value, source or dates changed. " + NOTE,
        "",
        f"{len(responses)} responses and {len(facts)} facts changed.",
        "",
        "## What the assistant says",
        "",
    ]
    if not responses:
        out += ["No response changed.", ""]
    for change in responses:
        out += [f"#### {change.name} ({change.kind}, {change.where})", ""]
        if change.before is not None:
            out += ["**Before:**", "", *_variant_lines(change.before)]
        if change.after is not None:
            out += ["**Now:**", "", *_variant_lines(change.after)]
    out += ["## Facts and their sources", ""]
    if not facts:
        out += ["No fact changed.", ""]
    for change in facts:
        out.append(f"- **{change.name}** ({change.kind}, {change.where})")
        if change.before is not None:
            out.append(f"  - Before: {_fact_line(change.before)}")
        if change.after is not None:
            out.append(f"  - Now: {_fact_line(change.after)}")
            if "title" not in change.after:
                out.append(f"  - About: {change.after.get('about') or '(no description)'}")
    return "\n".join(out) + "\n"


def changes_html(markdown: str) -> str:
    """The changes document as plain, escaped HTML (one <pre> block: nothing to misrender)."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Content review: changes</title><style>{STYLE}</style></head><body>"
        f'<pre style="white-space:pre-wrap">{escape(markdown)}</pre></body></html>\n'
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the content review document.")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "reports")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--since", help="only what changed since this git ref (a reviewed version)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.since:
        try:
            commit, responses, facts = review_changes(args.since)
        except UnknownRef as error:
            print(f"review: cannot read version {args.since!r}: {error}", file=sys.stderr)
            return 2
        markdown = changes_markdown(args.since, commit, responses, facts)
        (args.out / "content-review-changes.md").write_text(markdown, encoding="utf-8")
        (args.out / "content-review-changes.html").write_text(
            changes_html(markdown), encoding="utf-8"
        )
        print(
            f"content review since {args.since} ({commit[:12]}): {len(responses)} responses and "
            f"{len(facts)} facts changed: {args.out}/content-review-changes.html"
        )
        return 0
    (args.out / "content-review.md").write_text(to_markdown(args.today), encoding="utf-8")
    (args.out / "content-review.html").write_text(to_html(args.today), encoding="utf-8")
    late = overdue(args.today)
    print(f"content review: {args.out}/content-review.html ({len(late)} past review-by)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
