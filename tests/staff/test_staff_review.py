"""The content review export: every response variant, every fact, overdue items first."""

import datetime as dt

import pytest

from assistant.content import all_facts
from assistant.staff import review
from assistant.staff.domain_responses import responses_by_file
from assistant.staff.sms_form import sms_text


@pytest.fixture(scope="module")
def far_future():
    latest = max(f.review_by for f in all_facts().values() if isinstance(f.review_by, dt.date))
    return latest + dt.timedelta(days=1)


def test_every_response_and_fact_is_in_both_documents(tmp_path):
    assert review.main(["--out", str(tmp_path)]) == 0
    markdown = (tmp_path / "content-review.md").read_text(encoding="utf-8")
    html = (tmp_path / "content-review.html").read_text(encoding="utf-8")
    responses = [n for group in responses_by_file().values() for n in group]
    assert responses, "the domain has responses"
    for name in responses:
        assert f"#### {name}" in markdown and f"<h4>{name}</h4>" in html
    for fact in all_facts().values():
        assert f"**{fact.name}**" in markdown
        assert f"review by {fact.review_by}" in markdown


def test_overdue_items_are_flagged_at_the_top(far_future):
    markdown = review.to_markdown(far_future)
    attention, rest = markdown.split("## What the assistant says", 1)
    assert attention.count("PAST REVIEW-BY") == len(all_facts())
    assert "PAST REVIEW-BY" in rest.split("## Facts and their sources", 1)[1]


def test_nothing_flagged_when_all_current():
    earliest = min(f.reviewed for f in all_facts().values() if isinstance(f.reviewed, dt.date))
    assert "Nothing is past its review-by date." in review.to_markdown(earliest)


def test_sms_variant_has_numbered_menu_and_no_markdown():
    message = {
        "text": "Call **[the line](tel:123)** now.",
        "buttons": [{"title": "Yes"}, {"title": "No"}],
    }
    text = sms_text(message)
    assert "**" not in text and "](" not in text
    assert "1 for Yes" in text and "2 for No" in text


def test_channel_variants_are_labelled():
    raw = [
        {"text": "web words", "channel": "socketio"},
        {"text": "sms words", "channel": "sms"},
        {"text": "general"},
    ]
    variants = review.variants_of(raw)
    assert [v.label for v in variants] == [
        "socketio only",
        "SMS only",
        "fallback for other channels",
    ]
    assert variants[0].sms is None and variants[1].web is None


def test_response_text_is_escaped_in_html(monkeypatch):
    fake = {"domain/x.yml": {"utter_x": [{"text": "<script>alert(1)</script> & more"}]}}
    monkeypatch.setattr(review, "responses_by_file", lambda: fake)
    html = review.to_html(dt.date(2026, 1, 1))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
