"""`run_conversations --rerun-failed DIR` reruns only what an earlier run listed as failed."""

from __future__ import annotations

from tools.conversations.run_conversations import failed_keys, write_reports
from tools.conversations.runner import Result
from tools.conversations.spec import Conversation


def _result(name: str, error: str = "") -> Result:
    return Result(Conversation(name=name, steps=(), file="a.yml"), entries=[], error=error)


def test_failed_list_names_each_failure_once_and_reads_back(tmp_path):
    results = [_result("kept: a colon"), _result("broke\tnothing", ""), _result("lost", "x")]
    results[0] = _result("kept: a colon", "missing 'Kids Help Phone'")
    write_reports(results, [], tmp_path)
    assert failed_keys(tmp_path) == {("a.yml", "kept: a colon"), ("a.yml", "lost")}


def test_a_clean_run_leaves_an_empty_list(tmp_path):
    write_reports([_result("fine")], [], tmp_path)
    assert failed_keys(tmp_path) == set()
