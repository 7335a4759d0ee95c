"""The analyst's decisions, kept in the library's database (table ``decisions``).

A pair of documents is known by its content: the SHA-256 of each raw text, so the same texts
opened from another folder or under another file name find their decisions again, and opening
them the other way round (panes swapped) finds them with their sides swapped. Each clause is kept
as an anchor (label, folded text and its digest; see ``corpus.compare.decisions``) so that it is
found again after the text is re-segmented.

When a text changes, its digest changes: the decisions are then looked up by the two file names,
and those whose clauses still exist are applied; the others are returned as *lost*, for the
caller to list. The first decision recorded on the new version copies the earlier version's
decisions under the new key (lost ones included: nothing is dropped).

The database can be set aside and rebuilt from the library's files after damage
(``corpus.library.store``), so every decision also goes to a journal beside it,
``decisions.jsonl`` (one JSON object a line, appended and synced: a row added, or a row
forgotten); a store that opens on an empty table replays it, and the analyst's work is back.

The store is written once for both back-ends (:class:`DecisionDatabase`): the embedded index
gives it SQLite, a team server (``corpus.library.server``) a PostgreSQL transaction that takes the
same statements; the server keeps no journal (its own log makes it durable).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any, Protocol

from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.decisions import ClauseAnchor, anchor, resolve
from corpus.errors import LibraryError, Reason
from corpus.model import Decision, DecisionKind

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    left_sha TEXT NOT NULL, right_sha TEXT NOT NULL,
    left_name TEXT NOT NULL, right_name TEXT NOT NULL,
    kind TEXT NOT NULL, made_at TEXT NOT NULL,
    left_label TEXT, left_text TEXT, left_digest TEXT,
    right_label TEXT, right_text TEXT, right_digest TEXT
);
CREATE INDEX IF NOT EXISTS decisions_pair ON decisions(left_sha, right_sha);
CREATE INDEX IF NOT EXISTS decisions_names ON decisions(left_name, right_name);
"""
JOURNAL = "decisions.jsonl"
_FIELDS = (
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
_COLUMNS = (
    "id, kind, made_at, left_label, left_text, left_digest, right_label, right_text, right_digest"
)


class _ReadOnlyFile:
    """The embedded library's database opened for reading only: what ``align`` needs of it.

    Opening the whole library (``corpus.library.store``) loads the importers and the index and
    takes its lock; reading the decisions of two texts needs one ``SELECT``.
    """

    owns_schema = True  # the table is read as it is, never created here

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        yield self._db

    def count(self) -> int | None:
        """How many decisions the file holds; ``None`` if it cannot say (no such table...)."""
        try:
            return int(self._db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0])
        except sqlite3.Error:
            return None

    def close(self) -> None:
        self._db.close()


@contextmanager
def read_only_decisions(database: Path) -> Iterator[DecisionStore | None]:
    """The decisions kept in an embedded library's file, for reading, without opening the library.

    ``None`` where only the library itself can answer: the file cannot be read as it is (damaged,
    of another format), or its table is empty while the journal holds decisions (the library
    replays them when it opens). The caller then opens the library.
    """
    try:
        source = _ReadOnlyFile(database)
    except sqlite3.Error:
        yield None
        return
    try:
        count = source.count()
        journal = database.parent / JOURNAL
        if count is None or (count == 0 and journal.exists() and journal.stat().st_size):
            yield None
            return
        yield DecisionStore(source)
    finally:
        source.close()


def now() -> str:
    """The present moment as decisions record it: ISO 8601, UTC, to the microsecond (so two
    decisions made in the same second keep their order)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def content_key(document: AnalyzedDocument) -> str:
    """SHA-256 of a document's raw text (hexadecimal)."""
    return hashlib.sha256(document.document.raw.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredDecision:
    """A decision as kept: its row, its kind, its time and the anchors of its clauses."""

    row: int
    kind: DecisionKind
    made_at: str
    left: ClauseAnchor | None
    right: ClauseAnchor | None

    def swapped(self) -> StoredDecision:
        return StoredDecision(self.row, self.kind, self.made_at, self.right, self.left)


@dataclass(frozen=True, slots=True)
class Resolved:
    """The decisions about a pair of documents, found in their present texts.

    Attributes:
        decisions: the decisions whose clauses exist, oldest first, as clause ids.
        rows: the stored row of each decision, in the same order.
        lost: the decisions whose clauses no longer exist, oldest first.
        earlier_version: ``True`` when they were made on another version of a text (found by
            file name, not by content).
    """

    decisions: tuple[Decision, ...]
    rows: tuple[int, ...]
    lost: tuple[StoredDecision, ...]
    earlier_version: bool = False


class DecisionDatabase(Protocol):
    """Where decisions are kept: the embedded index (``corpus.library.index.SearchIndex``) or
    a server's.

    Attributes:
        path: the database file (the journal goes beside it), or ``None``: no journal.
        owns_schema: the database made the ``decisions`` table itself (a server's migrations).
    """

    @property
    def path(self) -> Path | None: ...

    def transaction(self) -> AbstractContextManager[Any]:
        """One transaction; what it yields runs ``execute(sql, parameters)`` with ``?``
        placeholders and returns a cursor (``fetchone``, iteration). Its failures are
        ``sqlite3.Error`` or :class:`corpus.errors.LibraryError`."""
        ...


class DecisionStore:
    """The analyst's decisions in a library's database.

    Raises:
        LibraryError: the database cannot be read or written.
    """

    def __init__(self, index: DecisionDatabase) -> None:
        self._index = index
        self._journal = index.path.parent / JOURNAL if index.path is not None else None
        try:
            with index.transaction() as db:
                if not getattr(index, "owns_schema", False):
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            db.execute(statement)
                if db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 0:
                    self._replay(db)
        except sqlite3.Error as exc:
            raise LibraryError(Reason.DECISIONS_NOT_KEPT, cause=exc) from exc

    def record(self, left: AnalyzedDocument, right: AnalyzedDocument, decision: Decision) -> int:
        """Keep one decision about two documents; returns its row (for :meth:`forget`)."""
        keys = (content_key(left), content_key(right))
        names = (PurePath(left.document.path).name, PurePath(right.document.path).name)
        anchors = [
            anchor(document, clause_id) if clause_id is not None else None
            for document, clause_id in ((left, decision.left), (right, decision.right))
        ]
        try:
            with self._index.transaction() as db:
                if not self._stored(db, keys):
                    self._adopt(db, keys, names)
                return self._insert(
                    db, (*keys, *names, decision.kind.value, decision.made_at, *_flat(anchors))
                )
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(Reason.DECISION_NOT_KEPT, cause=exc) from exc

    def forget(self, row: int) -> None:
        """Remove one decision (undoing it)."""
        try:
            with self._index.transaction() as db:
                db.execute("DELETE FROM decisions WHERE id = ?", (row,))
                self._write_journal({"forget": row})
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(Reason.DECISION_NOT_REMOVED, cause=exc) from exc

    def stored(self, left: AnalyzedDocument, right: AnalyzedDocument) -> list[StoredDecision]:
        """The decisions kept for these two texts (by content), oldest first."""
        try:
            with self._index.transaction() as db:
                return self._stored(db, (content_key(left), content_key(right)))
        except sqlite3.Error as exc:
            raise LibraryError(Reason.DECISIONS_NOT_READ, cause=exc) from exc

    def load(self, left: AnalyzedDocument, right: AnalyzedDocument) -> Resolved:
        """The decisions about these two documents, found in their present texts."""
        keys = (content_key(left), content_key(right))
        names = (PurePath(left.document.path).name, PurePath(right.document.path).name)
        try:
            with self._index.transaction() as db:
                stored = self._stored(db, keys)
                earlier = not stored
                if earlier:
                    stored = self._by_names(db, names)
        except sqlite3.Error as exc:
            raise LibraryError(Reason.DECISIONS_NOT_READ, cause=exc) from exc
        decisions, rows, lost = [], [], []
        for item in stored:
            left_id = resolve(left, item.left) if item.left is not None else None
            right_id = resolve(right, item.right) if item.right is not None else None
            if (item.left is not None and left_id is None) or (
                item.right is not None and right_id is None
            ):
                lost.append(item)
                continue
            decisions.append(Decision(item.kind, left_id, right_id, item.made_at))
            rows.append(item.row)
        return Resolved(tuple(decisions), tuple(rows), tuple(lost), earlier and bool(stored))

    def rows(self) -> list[dict[str, object]]:
        """Every decision as kept, oldest first (``library export``)."""
        try:
            with self._index.transaction() as db:
                found = db.execute(
                    f"SELECT {', '.join(_FIELDS)} FROM decisions ORDER BY made_at, id"
                ).fetchall()
        except sqlite3.Error as exc:
            raise LibraryError(Reason.DECISIONS_NOT_READ, cause=exc) from exc
        return [dict(zip(_FIELDS, values, strict=True)) for values in found]

    def restore(self, rows: Iterable[dict[str, object]]) -> int:
        """Add exported decisions (``rows()`` of another library) not already kept here, in one
        transaction; returns how many were added.

        Raises:
            LibraryError: a row is not a decision, or the database cannot be written.
        """
        kinds = {kind.value for kind in DecisionKind}
        wanted = []
        for row in rows:
            values = tuple(row.get(name) for name in _FIELDS[1:])
            if values[_FIELDS.index("kind") - 1] not in kinds or any(
                not isinstance(v, str) for v in values[:6]
            ):
                raise LibraryError(
                    Reason.NOT_A_DECISION, row=json.dumps(row, ensure_ascii=False)[:200]
                )
            wanted.append(tuple(None if v is None else str(v) for v in values))
        added = 0
        try:
            with self._index.transaction() as db:
                kept = {
                    tuple(values)
                    for values in db.execute(
                        f"SELECT {', '.join(_FIELDS[1:])} FROM decisions"
                    ).fetchall()
                }
                for values in wanted:
                    if values not in kept:
                        self._insert(db, values)
                        kept.add(values)
                        added += 1
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(Reason.DECISIONS_NOT_KEPT, cause=exc) from exc
        return added

    # -- the table ---------------------------------------------------------------------------

    def _stored(self, db: Any, keys: tuple[str, str]) -> list[StoredDecision]:
        """Rows for these contents in this order, plus those kept with the panes swapped."""
        found = [
            _row(values)
            for values in db.execute(
                f"SELECT {_COLUMNS} FROM decisions WHERE left_sha = ? AND right_sha = ?", keys
            )
        ]
        if keys[0] != keys[1]:
            found += [
                _row(values).swapped()
                for values in db.execute(
                    f"SELECT {_COLUMNS} FROM decisions WHERE left_sha = ? AND right_sha = ?",
                    keys[::-1],
                )
            ]
        return sorted(found, key=lambda d: (d.made_at, d.row))

    def _by_names(self, db: Any, names: tuple[str, str]) -> list[StoredDecision]:
        """The decisions of the latest other version of two files of these names."""
        latest = db.execute(
            "SELECT left_sha, right_sha FROM decisions WHERE left_name = ? AND right_name = ?"
            " ORDER BY made_at DESC LIMIT 1",
            names,
        ).fetchone()
        return self._stored(db, (latest[0], latest[1])) if latest else []

    def _adopt(self, db: Any, keys: tuple[str, str], names: tuple[str, str]) -> None:
        """Copy an earlier version's decisions under the present texts' key."""
        for item in self._by_names(db, names):
            self._insert(
                db, (*keys, *names, item.kind.value, item.made_at, *_flat([item.left, item.right]))
            )

    def _insert(self, db: Any, values: tuple[str | None, ...]) -> int:
        """Add one row (the fields after ``id``), in the table and in the journal."""
        row = int(
            db.execute(
                f"INSERT INTO decisions ({', '.join(_FIELDS[1:])}) VALUES "
                f"({', '.join('?' * len(values))}) RETURNING id",
                values,
            ).fetchone()[0]
        )
        # Written inside the transaction: if the journal cannot be written, nothing is kept.
        self._write_journal({"add": dict(zip(_FIELDS, (row, *values), strict=True))})
        return row

    def _write_journal(self, entry: dict[str, object]) -> None:
        if self._journal is None:
            return
        with self._journal.open("a", encoding="utf-8") as journal:
            journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
            journal.flush()
            os.fsync(journal.fileno())

    def _replay(self, db: Any) -> None:
        """Fill an empty table from the journal (a database rebuilt after damage)."""
        rows: dict[int, tuple[object, ...]] = {}
        for entry in _journal_entries(self._journal):
            if "add" in entry and isinstance(entry["add"], dict):
                values = tuple(entry["add"].get(name) for name in _FIELDS)
                rows[int(str(values[0]))] = values
            elif "forget" in entry:
                rows.pop(int(str(entry["forget"])), None)
        kinds = {kind.value for kind in DecisionKind}
        for values in rows.values():
            if values[_FIELDS.index("kind")] not in kinds:
                continue  # not a decision this version knows: left in the journal
            try:
                db.execute(
                    f"INSERT INTO decisions ({', '.join(_FIELDS)}) VALUES "
                    f"({', '.join('?' * len(_FIELDS))})",
                    values,
                )
            except sqlite3.IntegrityError:
                continue  # a damaged entry (a field missing): the others are kept


def _journal_entries(path: Path | None) -> list[dict[str, object]]:
    """The journal's entries; a line cut short by a crash, or unreadable, is skipped."""
    if path is None or not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def _flat(anchors: list[ClauseAnchor | None]) -> list[str | None]:
    values: list[str | None] = []
    for item in anchors:
        values += [item.label, item.text, item.digest] if item else [None, None, None]
    return values


def _row(values: tuple[object, ...]) -> StoredDecision:
    row, kind, made_at, *rest = values

    def side(label: object, text: object, digest: object) -> ClauseAnchor | None:
        return ClauseAnchor(str(label), str(text), str(digest)) if label is not None else None

    return StoredDecision(
        int(str(row)), DecisionKind(str(kind)), str(made_at), side(*rest[:3]), side(*rest[3:])
    )
