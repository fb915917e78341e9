"""The training wrapper's warning filter and the cost benchmark's arithmetic (no model needed)."""

from __future__ import annotations

import importlib.util
import warnings

from tools.evaluation.datasets import REPO_ROOT
from tools.evaluation.message_cost import Costs, percentile, report


def load_train_script():
    spec = importlib.util.spec_from_file_location("train_script", REPO_ROOT / "scripts/train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_library_deprecations_are_hidden_but_other_warnings_are_shown():
    # Filters are reset by libraries while they import, so the filter sits in showwarning.
    train_script = load_train_script()
    shown = []
    original = warnings.showwarning
    try:
        train_script.quiet_warnings(show=lambda message, *rest: shown.append(str(message)))
        show = warnings.showwarning
        show("old api", DeprecationWarning, "lib.py", 1)
        show("The utterance 'utter_x' is not used in any story or rule.", UserWarning, "io.py", 2)
        show("slot 'age' has no mapping", UserWarning, "domain.py", 3)
    finally:
        warnings.showwarning = original
    assert shown == ["slot 'age' has no mapping"]


def test_percentile_picks_the_value_below_which_the_fraction_lies():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 51.0
    assert percentile(values, 0.95) == 96.0
    assert percentile([3.0], 0.95) == 3.0


def test_report_gives_the_baseline_over_current_ratio():
    baseline = Costs("baseline", 20.0, 9.0, [30.0] * 3, [20.0] * 3, [10.0] * 3)
    current = Costs("current", 10.0, 9.0, [15.0] * 3, [10.0] * 3, [5.0] * 3)
    text = report([baseline, current], training_seconds=200.0, messages=3)
    assert "Full training from nothing (empty cache): 200 s" in text
    assert "CPU 2.00x, median wall 2.00x" in text


def test_report_prints_each_small_change_retraining():
    current = Costs("current", 10.0, 9.0, [15.0] * 3, [10.0] * 3, [5.0] * 3)
    retraining = {"one NLU example added": 27.4, "one response reworded": 12.0}
    text = report([current], training_seconds=None, messages=3, retraining=retraining)
    assert "Retraining after a small change, one NLU example added: 27 s (goal: < 60 s)" in text
    assert "one response reworded: 12 s" in text


def test_small_changes_are_made_on_copies_and_stay_valid_yaml(tmp_path):
    import yaml

    from tools.evaluation.retraining import (
        NEW_EXAMPLE,
        RESPONSE_SUFFIX,
        add_nlu_example,
        copy_training_inputs,
        reword_first_response,
    )

    project_nlu = (REPO_ROOT / "data/nlu/basics.yml").read_text(encoding="utf-8")
    data, domain = copy_training_inputs(tmp_path)
    changed_nlu = add_nlu_example(data)
    changed_domain = reword_first_response(domain)

    intents = yaml.safe_load(changed_nlu.read_text(encoding="utf-8"))["nlu"]
    assert f"- {NEW_EXAMPLE}\n" in intents[0]["examples"]
    responses = yaml.safe_load(changed_domain.read_text(encoding="utf-8"))["responses"]
    texts = [variant.get("text", "") for variants in responses.values() for variant in variants]
    assert any(text.endswith(RESPONSE_SUFFIX) for text in texts)
    # The project's own files are untouched.
    assert (REPO_ROOT / "data/nlu/basics.yml").read_text(encoding="utf-8") == project_nlu
