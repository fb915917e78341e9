"""build_report and format_markdown of `make nlu-report`, on made-up predictions."""

from tools.evaluation.datasets import Example
from tools.evaluation.nlu_report import (
    build_report,
    format_markdown,
    set_figures,
    write_report,
)
from tools.evaluation.safety_tiers import TierFigures, outcome_of_turn


def sample_report():
    heldout = [Example("hi", "greet"), Example("bye", "goodbye"), Example("sue him?", "ask_crt")]
    return build_report(
        heldout,
        ["greet", "greet", "nlu_fallback"],
        ["kms", "he's outside"],
        ["crisis", "greet"],
        ["how do i kill the notification", "hello"],
        ["crisis", "greet"],
        set_figures([Example("yes", "affirm"), Example("nah", "deny")], ["affirm", "affirm"]),
    )


def test_build_report_computes_every_figure():
    report = sample_report()
    assert report.examples == 3
    assert report.accuracy == 1 / 3
    assert report.fallbacks == 1
    assert report.crisis_recall == 0.5
    assert report.crisis_missed == [("he's outside", "greet")]
    assert report.false_positive_rate == 0.5
    assert report.ordinary_flagged == [("how do i kill the notification", "crisis")]
    assert [(c.true, c.predicted) for c in report.confusions] == [
        ("ask_crt", "nlu_fallback"),
        ("goodbye", "greet"),
    ]


def test_markdown_lists_figures_misses_and_false_positives():
    text = format_markdown(sample_report())
    assert "intent accuracy: 0.333" in text
    assert "crisis or danger intent on crisis messages: 50.0% (1/2" in text
    assert "- he's outside -> greet" in text
    assert "- how do i kill the notification -> crisis" in text
    assert "| goodbye | greet | 1 | bye |" in text
    assert "## Development set" in text and "intent accuracy: 0.500" in text
    assert "| deny | affirm | 1 | nah |" in text


def test_markdown_has_the_three_safety_figures_of_the_whole_bot():
    report = sample_report()
    full = outcome_of_turn(["utter_crisis", "utter_crisis_next"], "call or text 9-8-8")
    checked_in = outcome_of_turn(["utter_crisis_checkin", "utter_crt"], "call 9-1-1")
    normal = outcome_of_turn(["utter_greet"], "Hi")
    report.tiers = TierFigures(
        crisis=[("kms", full), ("he's outside", normal)],
        ordinary=[("can i sue", checked_in), ("hello", normal)],
    )
    text = format_markdown(report)
    assert "- crisis recall (crisis lines in the first reply): 50.0% (1/2)" in text
    assert "- full crisis answers to ordinary messages: 0.0% (0/2)" in text
    assert "- check-ins on ordinary messages: 50.0% (1/2)" in text
    assert "- check-ins that also answered the message: 1/1" in text
    assert "- he's outside -> normal answer" in text
    assert "- can i sue -> check-in + answer" in text


def test_development_set_figures_are_kept_apart_from_the_test_set():
    dev = sample_report().dev
    assert (dev.examples, dev.accuracy, dev.fallbacks) == (2, 0.5, 0)
    assert [(c.true, c.predicted) for c in dev.confusions] == [("deny", "affirm")]


def test_write_report_creates_the_folder(tmp_path):
    target = tmp_path / "reports" / "nlu-report.md"
    write_report("# x\n", target)
    assert target.read_text() == "# x\n"


def test_missing_model_is_an_error_not_a_crash(tmp_path, capsys):
    from tools.evaluation.nlu_report import main

    assert main(["--model", str(tmp_path / "none.tar.gz")]) == 2
    assert "make train" in capsys.readouterr().err


class EchoAgent:
    """Stands in for the Rasa agent: knows the right answer for every held-out message."""

    def __init__(self, answers: dict[str, str]):
        self.answers = answers

    async def parse_message(self, text):
        return {"intent": {"name": self.answers.get(text, "greet"), "confidence": 0.9}}


async def test_measure_runs_every_set_through_the_agent():
    from tools.evaluation import datasets
    from tools.evaluation.nlu_report import measure

    answers = {e.text: e.intent for e in datasets.load_heldout() + datasets.load_dev()}
    crisis = datasets.load_crisis()
    answers |= {text: "crisis" for text in crisis["crisis"]}
    answers |= {text: "immediate_danger" for text in crisis["immediate_danger"]}
    report = await measure(EchoAgent(answers), whole_bot=False)
    assert report.accuracy == 1.0 and report.macro_f1 == 1.0 and report.confusions == []
    assert report.dev.accuracy == 1.0 and report.dev.examples == len(datasets.load_dev())
    assert report.crisis_recall == 1.0 and report.false_positive_rate == 0.0
    assert report.ordinary_total == len(datasets.load_ordinary())


def test_safety_tiers_reads_an_ordinary_key_and_refuses_an_unread_one(tmp_path):
    """Batch 16 wrote its set under `ordinary:`; it was once measured as 0/0 without a word."""
    import pytest

    from tools.evaluation.safety_tiers import load_messages

    ordinary = tmp_path / "ordinary.yml"
    ordinary.write_text('ordinary:\n  - "what is the CRT?"\n', encoding="utf-8")
    assert load_messages(ordinary) == ["what is the CRT?"]
    unread = tmp_path / "unread.yml"
    unread.write_text('everyday:\n  - "what is the CRT?"\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        load_messages(unread)
