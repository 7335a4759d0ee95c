"""What several subcommands share: the comparison options and JSON output."""

from __future__ import annotations

import argparse
import io
import json
import sys

from corpus.defaults import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD


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


def escape_unencodable_output() -> None:
    """Print what the terminal's encoding cannot show as escapes, not as a traceback.

    A file name that is not UTF-8, or a letter a French Latin-1 locale lacks, becomes ``\\xe9``
    or ``\\u2019``: readable, and still valid inside a JSON string.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
