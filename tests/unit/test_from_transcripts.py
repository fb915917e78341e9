"""Simulated users' transcripts rated helpful become conversation tests (issue 16)."""

from pathlib import Path

from tools.conversations.from_transcripts import (
    NOT_UNDERSTOOD,
    conversation,
    rating,
    summary_ratings,
    turns,
)
from tools.conversations.spec import parse_step

ROUND_3 = """# p09: Ana, 30, ex posted a video

```
> my ex put a video of me on a site
< I'm sorry. Call 604-673-3143 or use StopNCII.org.
  [button] What can I do?

> ok thanks
< You're welcome.
```

**Rating:** helpful
"""
SAY_LOG = """YOU: he says he'll post them
BOT: A threat counts. VictimLinkBC: 1-800-563-0808.

YOU: bye
BOT: Take care.
rating (as the person): **partly**
"""


def test_the_rating_is_read_in_both_layouts():
    assert rating(ROUND_3) == "helpful"
    assert rating(SAY_LOG) == "partly"
    assert rating("no rating here") is None


def test_turns_pair_each_message_with_its_reply():
    pairs = turns(ROUND_3)
    assert [pair.user for pair in pairs] == ["my ex put a video of me on a site", "ok thanks"]
    assert "StopNCII" in pairs[0].bot and "[button]" not in pairs[0].bot
    assert [pair.user for pair in turns(SAY_LOG)] == ["he says he'll post them", "bye"]


def test_a_helpful_transcript_asserts_the_facts_it_gave_and_no_fallback(tmp_path: Path):
    path = tmp_path / "round" / "transcripts" / "p09.md"
    path.parent.mkdir(parents=True)
    path.write_text(ROUND_3, encoding="utf-8")
    result = conversation(path, ("604-673-3143", "1-800-563-0808"))
    assert result is not None and result["name"].endswith("p09: Ana, 30, ex posted a video")
    steps = result["steps"]
    assert steps[0] == {"user": "my ex put a video of me on a site"}
    assert steps[1]["bot"]["says"] == ["604-673-3143", "StopNCII"]
    assert steps[3]["bot"] == {"not": list(NOT_UNDERSTOOD)}
    for index, step in enumerate(steps):
        parse_step(step, f"step {index}")  # the runner can read every step


def test_a_transcript_not_rated_helpful_is_left_out(tmp_path: Path):
    path = tmp_path / "p10.md"
    path.write_text(SAY_LOG, encoding="utf-8")
    assert conversation(path, ("1-800-563-0808",)) is None


def test_ratings_kept_in_the_summary_table_are_used(tmp_path: Path):
    table = "| id | person | turns | rating | why |\n|---|---|---|---|---|\n"
    table += "| p01 | Jo, 24 | 7 | helpful | fine |\n| p02 | Al | 3 | not | missed it |\n"
    ratings = summary_ratings(table)
    assert ratings == {"p01": "helpful", "p02": "not"}
    unrated = SAY_LOG.replace("rating (as the person): **partly**", "")
    for name in ("p01-jo.md", "p02-al.md"):
        (tmp_path / name).write_text(unrated, encoding="utf-8")
    assert conversation(tmp_path / "p01-jo.md", ("1-800-563-0808",), ratings) is not None
    assert conversation(tmp_path / "p02-al.md", ("1-800-563-0808",), ratings) is None


def test_the_bold_user_layout_of_round_7_is_read():
    log = "**USER:** does a threat count?\n\n```\nBOT: A threat counts.\n```\n\n**USER:** bye\n"
    pairs = turns(log)
    assert [pair.user for pair in pairs] == ["does a threat count?", "bye"]
    assert pairs[0].bot == "A threat counts."


def test_a_transcript_without_a_heading_is_named_by_its_file(tmp_path: Path):
    """Round 8's logs start with the first message: the name is the person's id, not the text."""
    path = tmp_path / "p07.md"
    path.write_text("**USER:** does a threat count?\n\n```\nBOT: A threat counts.\n```\n")
    made = conversation(path, (), {"p07": "helpful"})
    assert made is not None
    assert made["name"].endswith("Conversation p07")


def test_a_pressed_button_becomes_a_click_on_its_title(tmp_path: Path):
    """Round 9 logged presses as "[button: /payload]": sent as text they would be a fallback."""
    log = (
        "**USER:** can I erase this?\n\n```\nBOT: You can.\n"
        "   [button] Delete this conversation   (payload: /delete_conversation)\n```\n\n"
        "**USER:** [button: /delete_conversation]\n\n```\nBOT: Deleted.\n```\n"
    )
    path = tmp_path / "p24.md"
    path.write_text(log, encoding="utf-8")
    made = conversation(path, (), {"p24": "helpful"})
    assert made is not None
    assert made["steps"][2] == {"click": "Delete this conversation"}


def test_round_10s_pressed_button_layout_becomes_a_click_too(tmp_path: Path):
    """Round 10 logged presses as "[pressed button] /payload", payloads with entities."""
    log = (
        "**USER:** what if he posts them anyway\n\n```\nBOT: What matters most?\n"
        '   [button] Get images removed   (payload: /inform{"choice": "removal"})\n'
        "   [button] Not sure   (payload: /dont_know)\n```\n\n"
        '**USER:** [pressed button] /inform{"choice": "removal"}\n\n```\nBOT: Removal.\n```\n'
    )
    path = tmp_path / "p02.md"
    path.write_text(log, encoding="utf-8")
    made = conversation(path, (), {"p02": "helpful"})
    assert made is not None
    assert made["steps"][2] == {"click": "Get images removed"}
