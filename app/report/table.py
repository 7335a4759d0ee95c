"""A comparison's pairs and the analyst's decisions as a CSV table, for a spreadsheet.

UTF-8 with a byte-order mark, so Excel reads the accents right; one row per pair (the order of
``align --json``), then per pair the analyst unlinked, then per clause marked without
counterpart (``corpus.compare.ledger``). Column names and values are fixed English words, the
same in every interface language, so a script reads any export alike. A clause's text is its raw
text with its line breaks made spaces: a row stays one line in a spreadsheet. A text that begins
with ``=``, ``+``, ``-`` or ``@`` (40 clauses of the shared treaties open with "-to ensure…") is
read by Excel and LibreOffice as a formula: "#NAME?" at best, a command run from a hostile file at
worst. Such a text gets a leading apostrophe, which spreadsheets take as "this is text" (OWASP's
advice on CSV injection; GitLab's and Django's exports do the same).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.comparison import Comparison
from corpus.compare.ledger import Entry, ledger

COLUMNS = (
    "left_label",
    "left_text",
    "right_label",
    "right_text",
    "score",
    "strength",
    "by",
    "decision",
    "decided_at",
)


def table_rows(comparison: Comparison) -> list[tuple[str, ...]]:
    """The table's rows, without its header, as the CSV writes them."""
    return [_row(comparison, entry) for entry in ledger(comparison)]


def csv_bytes(comparison: Comparison) -> bytes:
    """The whole CSV file: byte-order mark, header, rows, CRLF line ends (RFC 4180)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(table_rows(comparison))
    return out.getvalue().encode("utf-8-sig")


def export_csv(comparison: Comparison, path: Path) -> None:
    """Write the table at ``path``, whole or not at all.

    Raises:
        ExportError: the path cannot be written.
    """
    from app.report.output import write_whole

    write_whole(path, csv_bytes(comparison))


def _row(comparison: Comparison, entry: Entry) -> tuple[str, ...]:
    left_label, left_text = _clause(comparison.left, entry.left)
    right_label, right_text = _clause(comparison.right, entry.right)
    return (
        left_label,
        left_text,
        right_label,
        right_text,
        "" if entry.score is None else repr(entry.score),
        entry.strength,
        entry.by.value,
        entry.verdict.value,
        entry.decided_at,
    )


def _clause(document: AnalyzedDocument, clause_id: str | None) -> tuple[str, str]:
    if clause_id is None:
        return "", ""
    clause = document.clause(clause_id)
    lines = document.document.raw[clause.start : clause.end].splitlines()
    return clause.label, as_text_cell(" ".join(line.strip() for line in lines if line.strip()))


#: What a spreadsheet takes for the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
