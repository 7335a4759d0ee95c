"""The command line: headless subcommands over the text engine, or the window when none is given.

This module imports no Qt at load time, so ``scan`` and ``align`` start fast; the window and the
exporters import Qt lazily.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence

from corpus.defaults import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD
from corpus.errors import CorpusError

SUBCOMMANDS = ("scan", "align", "search", "export", "open")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in SUBCOMMANDS and args[0] not in ("-h", "--help")):
        from app.application import main as run_window  # Qt only when the window is wanted

        return run_window(args)
    parser = _build_parser()
    options = parser.parse_args(args)
    try:
        result: int = options.handler(options)
        return result
    except CorpusError as exc:
        print(f"vis-a-vis: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


#: Modules that each add one subcommand: ``register(subparsers)`` adds a parser whose
#: ``handler(options) -> int`` default runs it. They import no Qt at load time.
COMMAND_MODULES = (
    "app.scan_command",
    "app.align_command",
    "app.open_command",
    "app.pdf_command",
    "app.search_command",
)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vis-a-vis",
        description="Compare diplomatic declarations clause by clause. "
        "Without a subcommand, opens the window.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_compare_options(parser: argparse.ArgumentParser) -> None:
    """The options of every command that compares two documents."""
    parser.add_argument(
        "--threshold",
        type=_fraction,
        default=DEFAULT_THRESHOLD,
        help=f"least similarity of a clause pair, 0 to 1 (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--min-words",
        type=_positive,
        default=DEFAULT_MIN_WORDS,
        help=f"least length of a shared phrase (default {DEFAULT_MIN_WORDS} words)",
    )


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)


def print_json(report: object) -> None:
    """Print one JSON object on standard output, keeping accented letters readable."""
    json.dump(report, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
