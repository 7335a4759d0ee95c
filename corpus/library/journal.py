"""The decisions' journal, ``decisions.jsonl``: the source of truth for the analyst's decisions.

One JSON object a line, appended and synced: ``{"add": {row}, "uid": ...}`` when a decision is
kept, ``{"forget": row, "uid": ...}`` when one is undone. A decision's identity (:func:`uid`)
is a digest of what it says (its texts, clauses, kind and time to the microsecond), never its
row id: a database rebuilt after damage, or that lost its WAL, numbers its rows afresh, and a
row id may then name another decision.

Reading (:func:`read`) never fails on a line: one cut short by a crash, a number like 1e400,
5,000 ``[``, binary junk or a field of the wrong type is skipped and counted, and the rest
stands. Writing (:func:`append`) starts a new line if the last one was cut short, so a write
killed mid-way loses that one decision and nothing after it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.model import DecisionKind

JOURNAL = "decisions.jsonl"
#: The columns of a decision's row, in order (``id`` first).
FIELDS = (
    "id",
    "left_sha",
    "right_sha",
    "left_name",
    "right_name",
    "kind",
    "made_at",
    "left_label",
    "left_text",
    "left_digest",
    "right_label",
    "right_text",
    "right_digest",
)
#: The fields that must be text (the clause anchors may be null: a "no counterpart" side).
_REQUIRED = FIELDS[1:7]
_KINDS = frozenset(kind.value for kind in DecisionKind)
#: A line longer than this is not a decision (anchors keep a clause's text, a few KB at most).
MAX_LINE_CHARS = 1_000_000

Values = tuple[str | None, ...]
"""A decision's fields after ``id`` (as :data:`FIELDS` names them)."""


def uid(values: Values) -> str:
    """A decision's identity: the digest of its fields (the row id left out)."""
    text = "\x1f".join("\x1e" if v is None else v for v in values)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def checked(row: object) -> Values | None:
    """A decision's fields after ``id`` from a row (a journal's or an export's), or ``None``
    when it is not a decision this version knows (a field missing or of the wrong type)."""
    if not isinstance(row, dict):
        return None
    values: list[str | None] = []
    for number, name in enumerate(FIELDS[1:]):
        value = row.get(name)
        if value is None and number >= len(_REQUIRED):
            values.append(None)
        elif isinstance(value, str) and "\0" not in value and "\x1e" not in value:
            values.append(value)
        else:
            return None
    if values[FIELDS.index("kind") - 1] not in _KINDS:
        return None
    return tuple(values)


@dataclass
class Replayed:
    """What the journal says.

    Attributes:
        live: the decisions kept, by identity, in the order they were made (with the row id
            the journal gave each, if any).
        forgotten: the identities of decisions undone (and not made again since).
        skipped: the line numbers (from 1) that were not decisions.
    """

    live: dict[str, tuple[int | None, Values]] = field(default_factory=dict)
    forgotten: set[str] = field(default_factory=set)
    skipped: list[int] = field(default_factory=list)

    def notice(self, path: Path) -> str | None:
        """One sentence on the skipped lines, or ``None``."""
        if not self.skipped:
            return None
        shown = ", ".join(str(n) for n in self.skipped[:5]) + (
            ", …" if len(self.skipped) > 5 else ""
        )
        return (
            f"{path}: {len(self.skipped)} line(s) that are not decisions were skipped "
            f"(line {shown}); the other decisions are kept"
        )


def read(path: Path | None) -> Replayed:
    """Replay the journal in ``path`` (nothing when there is none)."""
    replayed = Replayed()
    if path is None:
        return replayed
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return replayed
    except OSError:
        replayed.skipped.append(0)
        return replayed
    by_row: dict[int, str] = {}  # an old journal forgets by row id: the latest add of that row
    for number, line in enumerate(data.decode("utf-8", "replace").split("\n"), start=1):
        if not line.strip():
            continue
        if not _apply(line, replayed, by_row):
            replayed.skipped.append(number)
    return replayed


def _apply(line: str, replayed: Replayed, by_row: dict[int, str]) -> bool:
    if len(line) > MAX_LINE_CHARS:
        return False
    try:
        entry = json.loads(line, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # RecursionError: nested thousands deep
        return False
    if not isinstance(entry, dict):
        return False
    if "add" in entry:
        values = checked(entry["add"])
        if values is None:
            return False
        identity = uid(values)
        row = _row_id(entry["add"].get("id"))
        if row is not None:
            by_row[row] = identity
        replayed.live.pop(identity, None)  # made again: it goes to the end
        replayed.live[identity] = (row, values)
        replayed.forgotten.discard(identity)
        return True
    if "forget" in entry:
        given = entry.get("uid")
        row = _row_id(entry["forget"])
        if isinstance(given, str):
            gone = given
        elif row is not None and row in by_row:
            gone = by_row[row]
        else:
            return False
        replayed.live.pop(gone, None)
        replayed.forgotten.add(gone)
        return True
    return False


def _row_id(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**63:
        return value
    return None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number a decision holds")


def add_entry(row: int, values: Values) -> dict[str, object]:
    return {"add": dict(zip(FIELDS, (row, *values), strict=True)), "uid": uid(values)}


def forget_entry(row: int, values: Values) -> dict[str, object]:
    return {"forget": row, "uid": uid(values)}


def append(path: Path, entries: Sequence[dict[str, object]]) -> int:
    """Append entries to the journal, synced; returns the journal's size after.

    A last line cut short (a write killed mid-way) is ended first, so that it spoils itself only.

    Raises:
        OSError: the journal cannot be written (a full or read-only disk).
    """
    lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries).encode("utf-8")
    with path.open("a+b") as journal:
        size = journal.seek(0, os.SEEK_END)
        if size:
            journal.seek(size - 1)
            if journal.read(1) != b"\n":
                lines = b"\n" + lines
        journal.write(lines)
        journal.flush()
        os.fsync(journal.fileno())
        return journal.tell()


def size_of(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0


def merge_plan(
    replayed: Replayed, kept: Iterable[tuple[int, Values]]
) -> tuple[list[tuple[int | None, Values]], list[int], list[tuple[int, Values]]]:
    """How to bring a table in step with the journal.

    Args:
        replayed: what the journal says.
        kept: the table's rows (row id, fields).

    Returns:
        The decisions to insert (the journal's, missing from the table), the rows to delete
        (undone in the journal), and the rows the journal lacks (to write into it).
    """
    present: set[str] = set()
    delete: list[int] = []
    unjournaled: list[tuple[int, Values]] = []
    for row, values in kept:
        identity = uid(values)
        if identity in present:
            delete.append(row)  # the same decision twice (a replay merged into a copy)
        elif identity in replayed.live:
            present.add(identity)
        elif identity in replayed.forgotten:
            delete.append(row)
        else:
            present.add(identity)
            unjournaled.append((row, values))
    insert = [item for identity, item in replayed.live.items() if identity not in present]
    return insert, delete, unjournaled
