"""The command line: headless subcommands over the text engine, or the window when none is given.

This module imports no Qt at load time, so ``scan`` and ``align`` start fast; the window and the
exporters import Qt lazily.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from corpus.errors import CorpusError

SUBCOMMANDS = ("scan", "align", "pair", "search", "export", "open")


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
    "app.cli.scan",
    "app.cli.align",
    "app.cli.pair",
    "app.cli.open",
    "app.cli.export",
    "app.cli.search",
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
