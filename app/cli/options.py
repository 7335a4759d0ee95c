"""What several subcommands share: the comparison options, JSON output, and the analyst's
decisions kept in the user's library (``pair`` records them; ``align``, ``export`` apply them)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from corpus.defaults import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD

if TYPE_CHECKING:  # the engine loads NumPy: only when a command uses it
    from corpus.library.api import DecisionBook, Library
    from corpus.library.decisions import StoredDecision


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


@contextmanager
def user_decisions(create: bool) -> Iterator[DecisionBook | None]:
    """The decisions of the user's library (the team server of ``VIS_A_VIS_LIBRARY_URL``, else
    the library in ``VIS_A_VIS_DATA``); ``None`` when there is no library and ``create`` is
    false (nothing was ever decided)."""
    from corpus.library.connect import library_address
    from corpus.library.location import DATABASE, default_data_dir

    database = default_data_dir() / DATABASE
    if not create and not library_address():
        from corpus.library.journal import JOURNAL

        if not database.exists() and not (database.parent / JOURNAL).exists():
            yield None  # and the library's modules are not even loaded
            return
        # Reading needs neither the library's lock nor its importers (a tenth of a second),
        # nor a folder that can be written; the journal is merged in (the decisions' truth).
        from corpus.library.decisions import read_only_decisions

        with read_only_decisions(database) as book:
            _tell(book.notices)
            yield book
            return
    library = open_user_library()
    try:
        kept = library.decisions()
        _tell(kept.notices)
        yield kept
    finally:
        library.close()


def _tell(notices: list[str]) -> None:
    for notice in notices:
        print(f"vis-a-vis: {notice}", file=sys.stderr)


def open_user_library(reading: bool = False) -> Library:
    """The user's library (a team server, or the one on this computer), its notices told on
    standard error; ``reading``: the command only reads, and a library on a read-only disk is
    read as it is."""
    from corpus.library.connect import open_library

    library = open_library(
        reading=reading,
        # Another program importing holds the library: say why we wait.
        on_wait=lambda message: print(f"vis-a-vis: {message}", file=sys.stderr),
    )
    for notice in library.notices:
        print(f"vis-a-vis: {notice}", file=sys.stderr)
    return library


def lost_report(item: StoredDecision) -> dict[str, Any]:
    """A decision whose clauses are gone, as JSON: its kind, time and the clauses it named."""

    def side(found: Any) -> dict[str, str] | None:
        return {"label": found.label, "text": found.text} if found is not None else None

    return {
        "kind": item.kind.value,
        "left": side(item.left),
        "right": side(item.right),
        "made_at": item.made_at,
    }


def lost_message(item: dict[str, Any]) -> str:
    """One line saying which decision no longer finds its clauses."""
    names = " ↔ ".join(
        f"{side['label']} «{_short(side['text'])}»"
        for side in (item["left"], item["right"])
        if side is not None
    )
    return (
        f"a decision ({item['kind']}, {item['made_at']}) names a clause "
        f"no longer in the text: {names}"
    )


def _short(text: str, length: int = 48) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
