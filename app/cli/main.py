"""The command line: headless subcommands over the text engine, or the window when none is given.

This module imports no Qt at load time, so ``scan`` and ``align`` start fast; the window and the
exporters import Qt lazily.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from corpus.errors import CorpusError

#: Each subcommand and the module that adds it: ``register(subparsers)`` adds a parser whose
#: ``handler(options) -> int`` default runs it. They import no Qt at load time, and only the
#: module of the subcommand run is imported (all of them for ``--help``), so a command starts
#: without loading what the others need.
COMMAND_MODULES = {
    "scan": "app.cli.scan",
    "align": "app.cli.align",
    "pair": "app.cli.pair",
    "open": "app.cli.open",
    "export": "app.cli.export",
    "search": "app.cli.search",
    "library": "app.cli.library",
}
SUBCOMMANDS = tuple(COMMAND_MODULES)


def run() -> int:
    """The program's entry point (``main.py`` and the installed ``vis-a-vis``): :func:`main` on
    the process's arguments, then the objects it made left to the operating system.

    At exit Python's last garbage collections walk every object still alive, and a comparison
    leaves hundreds of thousands: about 35 ms of a 0.45 s ``align``. Frozen, they are skipped;
    ``atexit`` handlers and the modules' cleanup still run, and the memory goes with the process.
    """
    status = main()
    gc.freeze()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    from app.cli.options import escape_unencodable_output

    escape_unencodable_output()
    if not args or (args[0] not in SUBCOMMANDS and args[0] not in ("-h", "--help")):
        from app.application import main as run_window  # Qt only when the window is wanted

        return run_window(args)
    parser = _build_parser(args[0] if args[0] in COMMAND_MODULES else None)
    options = parser.parse_args(args)
    try:
        result: int = options.handler(options)
        return result
    except CorpusError as exc:
        print(f"vis-a-vis: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``... | head``): not an error of ours. Python would complain
        # again when flushing stdout at exit, so point it at nothing first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``command`` alone, or of every subcommand when none is named."""
    parser = argparse.ArgumentParser(
        prog="vis-a-vis",
        description="Compare diplomatic declarations clause by clause. "
        "Without a subcommand, opens the window.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module in COMMAND_MODULES.items():
        if command is None or name == command:
            importlib.import_module(module).register(sub)
    return parser
