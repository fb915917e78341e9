"""data/nlu/ is split by concern like domain/ and data/rules/ (issue 12): each intent's examples
live in one file, the file of the concern whose domain part declares the intent. Where the
examples of each batch came from is in docs/measurements.md, not in file names."""

from __future__ import annotations

from collections import defaultdict

import yaml

from tests.domain_files import REPO_ROOT, domain_parts

NLU_DIR = REPO_ROOT / "data" / "nlu"
# Yes and no are conversation basics; only the delete confirmation starts a rule with them.
SHARED_ANSWERS = {"affirm", "deny"}


def concern_names() -> set[str]:
    folders = (REPO_ROOT / "domain", REPO_ROOT / "data" / "rules")
    return {path.stem for folder in folders for path in folder.glob("*.yml")}


def declared_in() -> dict[str, str]:
    """Intent -> the concern (domain file name without .yml) that declares it."""
    found = {}
    for name, part in domain_parts().items():
        for intent in part.get("intents") or []:
            found[intent if isinstance(intent, str) else next(iter(intent))] = name[: -len(".yml")]
    return found


def intent_blocks() -> list[tuple[str, str]]:
    """(file stem, intent) for every `- intent:` block of data/nlu/."""
    blocks = []
    for path in sorted(NLU_DIR.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if "intent" in block:
                blocks.append((path.stem, block["intent"]))
    return blocks


def test_nlu_files_are_named_by_concern():
    odd = sorted(p.name for p in NLU_DIR.iterdir() if p.suffix != ".yml")
    odd += sorted(p.name for p in NLU_DIR.glob("*.yml") if p.stem not in concern_names())
    assert not odd, f"data/nlu/ files not named like domain/ or data/rules/: {odd}"


def test_each_intent_has_one_block_in_one_file():
    places = defaultdict(list)
    for stem, intent in intent_blocks():
        places[intent].append(stem)
    repeated = {intent: stems for intent, stems in places.items() if len(stems) > 1}
    assert not repeated, f"intents with examples in more than one place: {repeated}"


def test_each_intent_lives_in_its_concern_file():
    concern = declared_in()
    misplaced = {
        intent: (stem, concern.get(intent))
        for stem, intent in intent_blocks()
        if concern.get(intent) != stem
    }
    assert not misplaced, f"intent: (its nlu file, the domain file declaring it): {misplaced}"


def test_rules_of_one_concern_match_the_intent_file():
    """Where every rule that starts from an intent lives in one rule file, that is its file
    (yes and no excepted: any flow may ask a yes/no question)."""
    rule_files = defaultdict(set)
    for path in sorted((REPO_ROOT / "data" / "rules").glob("*.yml")):
        for rule in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("rules") or []:
            steps = [s for s in rule.get("steps") or [] if "intent" in s]
            if steps:
                rule_files[steps[0]["intent"]].add(path.stem)
    misplaced = {
        intent: (stem, rule_files[intent])
        for stem, intent in intent_blocks()
        if intent not in SHARED_ANSWERS
        and len(rule_files[intent]) == 1
        and stem not in rule_files[intent]
    }
    assert not misplaced, f"intent: (its nlu file, its rule file): {misplaced}"
