"""The content review export: every response variant, every fact, overdue items first."""

import datetime as dt
import subprocess

import pytest

from assistant.content import all_facts
from assistant.staff import review, review_since
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


# --- Every sentence a person can receive is in the review (issue 11) ---


def test_review_covers_the_wording_that_used_to_live_elsewhere():
    markdown = review.to_markdown(dt.date(2026, 12, 2))
    for name in [
        "utter_age_rule_under_12",  # was content/age_explanations.yml
        "utter_age_rule_images_under_18",
        "utter_sms_help",  # was content/sms.yml
        "utter_sms_menu",  # was assistant/channels/sms/menu.py
        "utter_summary_lives_in_bc_yes",  # was assistant/summary.py
        "utter_message_too_long",  # was assistant/channels/web/channel.py
        "utter_route_police",  # was content/routes.yml
        "utter_retention_sql",
        "utter_widget_notice",  # was web/widget/chat-widget.js
        "utter_widget_help_now_victimlink",  # the widget's help lines when no server answers
        "utter_widget_demo_intro",  # was web/index.html
    ]:
        assert f"#### {name}" in markdown, name


# --- make review SINCE=<ref>: only what changed since a reviewed version ---


def git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def reviewed_repo(tmp_path):
    """A repository with a reviewed version (tag 'reviewed') and later edits."""
    (tmp_path / "domain").mkdir()
    (tmp_path / "content").mkdir()
    domain = tmp_path / "domain" / "topics.yml"
    facts = tmp_path / "content" / "contacts.yml"
    domain.write_text(
        'responses:\n  utter_a:\n    - text: "Old words."\n  utter_same:\n    - text: "Same."\n'
        '  utter_gone:\n    - text: "Gone soon."\n'
    )
    facts.write_text(
        'phone:\n  value: "604-000-0000"\n  source: service_page\n'
        "  reviewed: 2026-11-28\n  review_by: 2027-05-31\n"
    )
    sources = tmp_path / "content" / "sources.yml"
    sources.write_text('page:\n  title: "Service page"\n  where: "x"\n  read: 2026-11-01\n')
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.email=t@t", "-c", "user.name=t", "add", "-A")
    git(tmp_path, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "reviewed")
    git(tmp_path, "tag", "reviewed")
    domain.write_text(
        'responses:\n  utter_a:\n    - text: "New words."\n  utter_same:\n    - text: "Same."\n'
        '  utter_new:\n    - text: "Brand new."\n'
    )
    facts.write_text(
        'phone:\n  value: "604-111-1111"\n  source: service_page\n'
        "  reviewed: 2026-12-02\n  review_by: 2027-05-31\n"
    )
    sources.write_text(
        'page:\n  title: "Service page, new version"\n  where: "x"\n  read: 2026-12-02\n'
    )
    return tmp_path


def test_changes_since_a_reviewed_version(reviewed_repo):
    commit, responses, facts = review_since.review_changes("reviewed", reviewed_repo)
    assert len(commit) == 40
    kinds = {change.name: change.kind for change in responses}
    assert kinds == {"utter_a": "changed", "utter_new": "added", "utter_gone": "removed"}
    assert [(f.name, f.kind) for f in facts] == [("contacts.phone", "changed"), ("page", "changed")]
    markdown = review.changes_markdown("reviewed", commit, responses, facts)
    assert "> Old words." in markdown and "> New words." in markdown
    assert "utter_same" not in markdown  # unchanged wording is not re-reviewed
    assert "604-000-0000" in markdown and "604-111-1111" in markdown
    assert "Service page, new version" in markdown


def test_since_head_of_this_repository_runs(tmp_path):
    assert review.main(["--out", str(tmp_path), "--since", "HEAD"]) == 0
    assert (tmp_path / "content-review-changes.md").exists()
    assert (tmp_path / "content-review-changes.html").exists()


@pytest.mark.parametrize("ref", ["no-such-ref-anywhere", "--output=/tmp/x"])
def test_unknown_ref_is_a_clear_error(tmp_path, ref, capsys):
    assert review.main(["--out", str(tmp_path), f"--since={ref}"]) == 2
    assert "cannot read version" in capsys.readouterr().err
