"""`make conversations`: run tests/conversations/*.yml against the real bot, write the report.

Usage: python -m tools.conversations.run_conversations [FILE ...] [--name TEXT] [--out DIR]
       [--rerun-failed DIR]  (only the conversations DIR/failed.txt lists from an earlier run)
Exit code 1 when any conversation fails or a file cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.conversations.report import summary, to_html, to_markdown
from tools.conversations.runner import Result, run_all
from tools.conversations.spec import Conversation, SpecError, load_file

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = REPO_ROOT / "tests" / "conversations"
FAILED_LIST = "failed.txt"


def load_all(paths: list[Path]) -> tuple[list[Conversation], list[str]]:
    conversations, errors = [], []
    for path in paths:
        try:
            conversations += load_file(path)
        except (SpecError, OSError) as error:
            errors.append(str(error))
    return conversations, errors


def write_reports(results: list[Result], errors: list[str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "conversations.md").write_text(to_markdown(results, errors), encoding="utf-8")
    (out / "conversations.html").write_text(to_html(results, errors), encoding="utf-8")
    # One "file<TAB>name" line per failure, so a long run's failures can be rerun alone.
    failed = [f"{r.conversation.file}\t{r.conversation.name}\n" for r in results if not r.ok]
    (out / FAILED_LIST).write_text("".join(failed), encoding="utf-8")


def failed_keys(directory: Path) -> set[tuple[str, str]]:
    """The (file, name) pairs an earlier run listed in DIRECTORY/failed.txt."""
    lines = (directory / FAILED_LIST).read_text(encoding="utf-8").splitlines()
    return {tuple(line.split("\t", 1)) for line in lines if "\t" in line}  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--name", default="", help="only conversations whose name contains this")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "reports")
    parser.add_argument("--rerun-failed", type=Path, help="a report directory: its failures only")
    args = parser.parse_args(argv)

    paths = args.files or sorted(DEFAULT_DIR.glob("*.yml"))
    conversations, errors = load_all(paths)
    conversations = [c for c in conversations if args.name.lower() in c.name.lower()]
    if args.rerun_failed:
        keys = failed_keys(args.rerun_failed)
        conversations = [c for c in conversations if (c.file, c.name) in keys]
    if not conversations and not errors:
        errors.append("no conversations found")

    from tools.local_servers import live_bot  # loads Rasa: only when there is work

    results: list[Result] = []
    if conversations:
        with live_bot() as bot:
            results = run_all(conversations, bot)
    write_reports(results, errors, args.out)
    passed, total = summary(results)
    print(f"conversations: {passed} of {total} passed; report: {args.out}/conversations.html")
    for result in results:
        if not result.ok:
            print(
                f"FAIL {result.conversation.file}: {result.conversation.name}: "
                + "; ".join(result.problems)
            )
    for error in errors:
        print(f"ERROR {error}")
    return 0 if results and all(r.ok for r in results) and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
