"""The runner with a scripted bot: checks, clicks, failures and the report."""

import yaml

from tools.conversations.report import to_html, to_markdown
from tools.conversations.runner import run_conversation
from tools.conversations.spec import parse_document


class ScriptedBot:
    """Answers from a table; records what it was sent and to which sender."""

    def __init__(self, replies):
        self.replies = replies
        self.sent = []

    def say(self, text, sender):
        self.sent.append((text, sender))
        return self.replies.get(text, [{"text": "Sorry, I didn't get that."}])


REPLIES = {
    "do I qualify?": [
        {"text": "Do you live in B.C.?", "buttons": [{"title": "Yes", "payload": "/affirm"}]}
    ],
    "/affirm": [{"text": "You can apply: call <b>the line</b>."}],
    "boom": None,
}


def conversation(steps):
    document = {"conversations": [{"name": "test", "steps": steps}]}
    return parse_document(yaml.safe_load(yaml.safe_dump(document)), "t.yml")[0]


def test_passing_conversation_sends_payload_of_clicked_button():
    bot = ScriptedBot(REPLIES)
    result = run_conversation(
        conversation(
            [
                {"user": "do I qualify?"},
                {"bot": {"says": "live in b.c.", "buttons": "Yes"}},
                {"click": "Yes"},
                {"bot": {"says": ["can apply"], "not": "not eligible"}},
            ]
        ),
        bot,
    )
    assert result.ok, result.problems
    assert [text for text, _ in bot.sent] == ["do I qualify?", "/affirm"]
    senders = {sender for _, sender in bot.sent}
    assert len(senders) == 1


def test_each_conversation_gets_a_fresh_sender():
    bot = ScriptedBot(REPLIES)
    steps = [{"user": "do I qualify?"}, {"bot": {"says": "B.C."}}]
    run_conversation(conversation(steps), bot)
    run_conversation(conversation(steps), bot)
    assert bot.sent[0][1] != bot.sent[1][1]


def test_failed_check_is_recorded_and_run_continues():
    bot = ScriptedBot(REPLIES)
    result = run_conversation(
        conversation(
            [
                {"user": "do I qualify?"},
                {"bot": {"says": "Ontario"}},
                {"click": "Yes"},
                {"bot": {"says": "apply"}},
            ]
        ),
        bot,
    )
    assert not result.ok
    assert result.problems == ['missing "Ontario"']
    assert len(bot.sent) == 2


def test_missing_button_stops_the_conversation():
    bot = ScriptedBot(REPLIES)
    result = run_conversation(
        conversation([{"user": "do I qualify?"}, {"click": "Maybe"}, {"bot": {"says": "x"}}]), bot
    )
    assert result.problems == ['no button "Maybe"']
    assert len(bot.sent) == 1


def test_bot_crash_is_a_failure_not_a_crash():
    class Broken:
        def say(self, text, sender):
            raise RuntimeError("down")

    result = run_conversation(conversation([{"user": "hi"}, {"bot": {"says": "x"}}]), Broken())
    assert not result.ok
    assert "RuntimeError" in result.error


def test_reports_show_transcript_expectations_and_escape_html():
    bot = ScriptedBot(REPLIES)
    good = run_conversation(
        conversation([{"user": "do I qualify?"}, {"click": "Yes"}, {"bot": {"says": "apply"}}]), bot
    )
    bad = run_conversation(conversation([{"user": "hello"}, {"bot": {"says": "welcome"}}]), bot)
    markdown = to_markdown([good, bad])
    assert "**1 of 2 passed.**" in markdown
    assert "Person taps:** [Yes]" in markdown
    assert 'missing "welcome"' in markdown
    assert "Sorry, I didn't get that." in markdown
    html = to_html([good, bad], ["broken.yml: not valid YAML"])
    assert "&lt;b&gt;the line&lt;/b&gt;" in html
    assert "<b>the line</b>" not in html
    assert "broken.yml: not valid YAML" in html
    assert html.count('class="conv') == 2


def test_same_message_twice_in_a_row_is_a_loop():
    bot = ScriptedBot({"thanks": [{"text": "Anything else?"}], "yes": [{"text": "Anything else?"}]})
    result = run_conversation(conversation([{"user": "thanks"}, {"user": "yes"}]), bot)
    assert not result.ok and "said twice in a row" in result.problems[0]
    assert "said twice in a row" in to_markdown([result]) and "said twice" in to_html([result])


def test_same_question_again_may_get_the_same_answer():
    bot = ScriptedBot({"what is consent?": [{"text": "Consent means ..."}]})
    steps = [{"user": "what is consent?"}, {"user": "what is consent?"}]
    assert run_conversation(conversation(steps), bot).ok
