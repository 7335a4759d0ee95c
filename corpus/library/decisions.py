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

The journal beside the database, ``decisions.jsonl`` (``corpus.library.journal``), is the
source of truth: every decision is appended to it (and synced) inside the transaction that keeps
it, and a store that opens merges it into the table by each decision's own identity, whatever
the table lost (a database rebuilt after damage, a deleted WAL, an emptied table). A mark in the
database (the journal's size and the table's count when they last agreed) spares that reading
when nothing changed. Reading without writing (``align``, ``pair``'s list, a read-only data
folder) merges into a copy in memory (:func:`read_only_decisions`).

The store is written once for both back-ends (:class:`DecisionDatabase`): the embedded index
gives it SQLite, a team server (``corpus.library.server``) a PostgreSQL transaction that takes the
same statements; the server keeps no journal (its own log makes it durable).
"""

from __future__ import annotations

import hashlib
import json
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
from corpus.library import journal
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
_MARK_SCHEMA = "CREATE TABLE IF NOT EXISTS decisions_journal (size INTEGER, rows INTEGER)"
JOURNAL = journal.JOURNAL
_FIELDS = journal.FIELDS
_COLUMNS = (
    "id, kind, made_at, left_label, left_text, left_digest, right_label, right_text, right_digest"
)


class _ReadOnlyFile:
    """The embedded library's database opened for reading only: what ``align`` needs of it.

    Opening the whole library (``corpus.library.embedded.store``) loads the importers and the index
    and takes its lock; reading the decisions of two texts needs one ``SELECT``. A folder that
    cannot be written (no ``-shm`` can be made) is read as an immutable file.
    """

    owns_schema = True  # the table is read as it is, never created here
    read_only = True

    def __init__(self, path: Path) -> None:
        self.path = path
        uri = path.resolve().as_uri()
        try:
            self._db = sqlite3.connect(f"{uri}?mode=ro", uri=True)
            self._db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            self._db = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        yield self._db

    def in_step(self) -> bool:
        """Whether the table holds every decision of the journal (its mark says so)."""
        try:
            mark = self._db.execute("SELECT size, rows FROM decisions_journal").fetchone()
            count = self._db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
        except sqlite3.Error:
            return False
        return mark is not None and tuple(mark) == (
            journal.size_of(self.path.parent / JOURNAL),
            count,
        )

    def rows(self) -> list[tuple[object, ...]]:
        """Every row of the table (none if it cannot be read)."""
        try:
            return self._db.execute(f"SELECT {', '.join(_FIELDS)} FROM decisions").fetchall()
        except sqlite3.Error:
            return []

    def close(self) -> None:
        self._db.close()


class _MemoryCopy:
    """The decisions of a library that is only read, in memory: the database's rows (if it can
    be read at all) merged with the journal, which nothing writes to."""

    owns_schema = False
    read_only = True
    path = None

    def __init__(self, journal_path: Path, rows: list[tuple[object, ...]]) -> None:
        self.journal = journal_path
        self._db = sqlite3.connect(":memory:")
        self._db.executescript(_SCHEMA)
        self._db.executemany(
            f"INSERT OR IGNORE INTO decisions ({', '.join(_FIELDS)}) "
            f"VALUES ({', '.join('?' * len(_FIELDS))})",
            rows,
        )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        yield self._db

    def close(self) -> None:
        self._db.close()


def read_only_copy(database: Path) -> DecisionStore:
    """The decisions of an embedded library whose folder cannot be written: its database's
    rows (if it can be read) merged with its journal's, in memory."""
    rows: list[tuple[object, ...]] = []
    if database.exists():
        try:
            source = _ReadOnlyFile(database)
        except sqlite3.Error:
            pass
        else:
            rows = source.rows()
            source.close()
    return DecisionStore(_MemoryCopy(database.parent / JOURNAL, rows))


@contextmanager
def read_only_decisions(database: Path) -> Iterator[DecisionStore]:
    """The decisions of an embedded library, for reading, without opening the library (nor
    writing anything): its database's when they are in step with the journal, else the
    database's (if it can be read) merged with the journal's in memory."""
    source: _ReadOnlyFile | None = None
    rows: list[tuple[object, ...]] = []
    if database.exists():
        try:
            source = _ReadOnlyFile(database)
        except sqlite3.Error:
            source = None
    try:
        if source is not None and source.in_step():
            yield DecisionStore(source)
            return
        if source is not None:
            rows = source.rows()
        copy = _MemoryCopy(database.parent / JOURNAL, rows)
        try:
            yield DecisionStore(copy)
        finally:
            copy.close()
    finally:
        if source is not None:
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
        self._journal: Path | None = getattr(index, "journal", None) or (
            index.path.parent / JOURNAL if index.path is not None else None
        )
        self._read_only = bool(getattr(index, "read_only", False))
        #: What the user should be told (journal lines that were not decisions).
        self.notices: list[str] = []
        try:
            with index.transaction() as db:
                if not getattr(index, "owns_schema", False):
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            db.execute(statement)
                if self._journal is not None and not isinstance(index, _ReadOnlyFile):
                    self._merge(db)
        except sqlite3.Error as exc:
            raise LibraryError(Reason.DECISIONS_NOT_KEPT, cause=exc) from exc
        except OSError as exc:
            raise LibraryError(
                Reason.JOURNAL_NOT_WRITTEN, self._journal, cause=exc.strerror or exc
            ) from exc

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
                entries: list[dict[str, object]] = []
                if not self._stored(db, keys):
                    self._adopt(db, keys, names, entries)
                values = (*keys, *names, decision.kind.value, decision.made_at, *_flat(anchors))
                row = self._insert(db, values, entries)
                self._write_journal(db, entries)
                return row
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(Reason.DECISION_NOT_KEPT, cause=exc) from exc

    def forget(self, row: int) -> None:
        """Remove one decision (undoing it)."""
        try:
            with self._index.transaction() as db:
                found = db.execute(
                    f"SELECT {', '.join(_FIELDS[1:])} FROM decisions WHERE id = ?", (row,)
                ).fetchone()
                if found is None:
                    return
                db.execute("DELETE FROM decisions WHERE id = ?", (row,))
                self._write_journal(db, [journal.forget_entry(row, tuple(found))])
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

    def restore(self, rows: Iterable[object]) -> int:
        """Add exported decisions (``rows()`` of another library) not already kept here, in one
        transaction; returns how many were added.

        Raises:
            LibraryError: a row is not a decision (nothing is added), or the database cannot be
                written.
        """
        wanted = checked_rows(rows)
        added = 0
        try:
            with self._index.transaction() as db:
                kept = {
                    journal.uid(tuple(values))
                    for values in db.execute(
                        f"SELECT {', '.join(_FIELDS[1:])} FROM decisions"
                    ).fetchall()
                }
                entries: list[dict[str, object]] = []
                for values in wanted:
                    identity = journal.uid(values)
                    if identity not in kept:
                        self._insert(db, values, entries)
                        kept.add(identity)
                        added += 1
                self._write_journal(db, entries)  # one write, one sync, for them all
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

    def _adopt(
        self,
        db: Any,
        keys: tuple[str, str],
        names: tuple[str, str],
        entries: list[dict[str, object]],
    ) -> None:
        """Copy an earlier version's decisions under the present texts' key."""
        for item in self._by_names(db, names):
            self._insert(
                db,
                (*keys, *names, item.kind.value, item.made_at, *_flat([item.left, item.right])),
                entries,
            )

    def _insert(
        self,
        db: Any,
        values: tuple[str | None, ...],
        entries: list[dict[str, object]],
        row: int | None = None,
    ) -> int:
        """Add one row (the fields after ``id``; with ``row`` as its id if that is free); its
        journal entry goes to ``entries``, for the caller to write before the commit."""
        taken = "SELECT 1 FROM decisions WHERE id = ?"
        if row is not None and db.execute(taken, (row,)).fetchone():
            row = None
        columns, given = (_FIELDS, (row, *values)) if row is not None else (_FIELDS[1:], values)
        row = int(
            db.execute(
                f"INSERT INTO decisions ({', '.join(columns)}) VALUES "
                f"({', '.join('?' * len(given))}) RETURNING id",
                given,
            ).fetchone()[0]
        )
        entries.append(journal.add_entry(row, values))
        return row

    def _write_journal(self, db: Any, entries: list[dict[str, object]]) -> None:
        """Append to the journal inside the transaction (if the journal cannot be written,
        nothing is kept), and mark the table as in step with it."""
        if self._journal is None or self._read_only or not entries:
            return
        size = journal.append(self._journal, entries)
        self._mark(db, size)

    def _mark(self, db: Any, size: int) -> None:
        db.execute(_MARK_SCHEMA)
        db.execute("DELETE FROM decisions_journal")
        count = db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
        db.execute("INSERT INTO decisions_journal VALUES (?, ?)", (size, count))

    def _merge(self, db: Any) -> None:
        """Bring the table in step with the journal, by each decision's identity: the journal's
        decisions the table lacks are added (with their row id when it is free), those undone
        are removed, and the table's rows the journal lacks are written into it."""
        assert self._journal is not None
        size = journal.size_of(self._journal)
        if not self._read_only:
            db.execute(_MARK_SCHEMA)
            mark = db.execute("SELECT size, rows FROM decisions_journal").fetchone()
            count = db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
            if mark is not None and tuple(mark) == (size, count):
                return
        replayed = journal.read(self._journal)
        notice = replayed.notice(self._journal)
        if notice is not None:
            self.notices.append(notice)
        if 0 in replayed.skipped:  # the journal cannot be read at all: leave the table alone
            return
        kept = [
            (int(values[0]), tuple(values[1:]))
            for values in db.execute(f"SELECT {', '.join(_FIELDS)} FROM decisions ORDER BY id")
        ]
        insert, delete, unjournaled = journal.merge_plan(replayed, kept)
        for row in delete:
            db.execute("DELETE FROM decisions WHERE id = ?", (row,))
        for row_id, values in insert:
            self._insert(db, values, [], row_id)
        if self._read_only:
            return
        if unjournaled:
            size = journal.append(
                self._journal, [journal.add_entry(row, values) for row, values in unjournaled]
            )
        self._mark(db, size)


def checked_rows(rows: Iterable[object]) -> list[tuple[str | None, ...]]:
    """Exported decisions' fields, every row checked (an export is checked whole before
    anything changes).

    Raises:
        LibraryError: a row is not a decision.
    """
    wanted = []
    for row in rows:
        values = journal.checked(row)
        if values is None:
            try:
                shown = json.dumps(row, ensure_ascii=False, default=str)[:200]
            except (ValueError, RecursionError):
                shown = "(a value nested too deep)"
            raise LibraryError(Reason.NOT_A_DECISION, row=shown)
        wanted.append(values)
    return wanted


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
