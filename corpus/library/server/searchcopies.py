"""What a search reads of a server's documents, kept on this computer: each text with its search
view and offset map, in one SQLite file of the cache folder.

A search of a team library takes its first documents' texts, views and offset maps to find the
occurrences (``corpus.library.searching``). Sent by the server each time, they cost it a read
of their TOAST values and the network, and read from the texts' local copies they cost a file
opened per document: at 20,000 documents, the 300 documents of a first page took 45 to 86 ms to
gather (``bench/bench_server_library.py``), where the embedded library reads the same from its
one file in 8 to 23. Kept here, they are read as the embedded library reads them: one query.

An entry is the server's, never this computer's: it is found by the document's key and the
SHA-256 of its text, and the size of its view on the server must agree, so a text corrected on
the server (a new SHA-256) or a view prepared again is fetched again, never read stale. A kept
text is checked against its SHA-256 once a session (a hit's local copy may be written from it),
and one that differs is fetched again. What is fetched is kept in one transaction.

The file is a cache: one that cannot be read (damaged, from elsewhere) is moved aside and made
again, and one that cannot be written (a full or read-only disk) is left alone for the session;
a search then reads from the server as before. Nothing is ever lost by it: the server holds
every text.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

#: The file, in the server's cache folder.
FILE_NAME = "search-copies.sqlite"
#: The cache's layout (an older or newer one is made again).
LAYOUT = 1
#: The copies kept at most (about 30 KB each: 600 MB), the oldest given up first: a first page
#: reads 300 documents, and the same ones again at the next search of the same words.
MAX_COPIES = 20_000
#: Keys asked at once (SQLite's limit on a statement's parameters is far above).
_CHUNK = 500


class Copy(NamedTuple):
    """A document's text, packed search view and offset map as the server holds them."""

    raw: str
    view: bytes
    offsets: bytes


class Wanted(NamedTuple):
    """What identifies the server's version of a document: its key, its text's SHA-256 and its
    packed view's size."""

    key: str
    raw_sha: str
    view_size: int


class SearchCopies:
    """The search copies of one server's documents (:data:`FILE_NAME` in ``folder``)."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE_NAME
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._checked: set[tuple[str, str]] = set()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
            self._db = None

    def found(self, wanted: Sequence[Wanted]) -> dict[str, Copy]:
        """The copies of ``wanted`` kept here, by key (those missing, or of another version,
        are left out)."""
        chosen = {w.key: w for w in wanted}
        kept: dict[str, Copy] = {}
        with self._lock:
            db = self._connection()
            if db is None:
                return kept
            keys = list(chosen)
            try:
                for first in range(0, len(keys), _CHUNK):
                    part = keys[first : first + _CHUNK]
                    rows = db.execute(
                        "SELECT key, raw_sha, view_size, raw, view, offsets FROM copies"
                        f" WHERE key IN ({','.join('?' * len(part))})",
                        part,
                    ).fetchall()
                    for key, sha, size, raw, view, offsets in rows:
                        blobs = isinstance(view, bytes) and isinstance(offsets, bytes)
                        if (sha, size) == chosen[key][1:] and blobs and self._sound(key, sha, raw):
                            kept[key] = Copy(raw, view, offsets)
            except sqlite3.OperationalError:  # locked by another program a long while
                return {}
            except sqlite3.Error:  # damaged: set aside, made again at the next session
                self._give_up(damaged=True)
                return {}
        return kept

    def keep(self, copies: Iterable[tuple[Wanted, Copy]]) -> None:
        """Keep ``copies`` (in one transaction; a version kept before of the same document is
        replaced, and past :data:`MAX_COPIES` the oldest go). A cache that cannot be written
        is left as it is."""
        rows = [(w.key, w.raw_sha, w.view_size, *c) for w, c in copies]
        if not rows:
            return
        with self._lock:
            db = self._connection()
            if db is None:
                return
            try:
                with db:
                    db.executemany(
                        "DELETE FROM copies WHERE key = ? AND raw_sha <> ?",
                        [row[:2] for row in rows],
                    )
                    db.executemany(
                        "INSERT OR REPLACE INTO copies"
                        " (key, raw_sha, view_size, raw, view, offsets) VALUES (?, ?, ?, ?, ?, ?)",
                        rows,
                    )
                    db.execute(
                        "DELETE FROM copies WHERE rowid <= (SELECT max(rowid) FROM copies) - ?",
                        (MAX_COPIES,),
                    )
            except sqlite3.OperationalError:  # locked, a full disk: kept another time
                pass
            except sqlite3.Error:
                self._give_up(damaged=True)

    def _sound(self, key: str, raw_sha: str, raw: object) -> bool:
        """Whether a kept text is the server's (its SHA-256 checked once a session: a hit's
        local copy is written from it)."""
        if (key, raw_sha) in self._checked:
            return True
        if not isinstance(raw, str):  # a value another program wrote as it pleased
            return False
        if hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest() != raw_sha:
            return False
        self._checked.add((key, raw_sha))
        return True

    def _connection(self) -> sqlite3.Connection | None:
        """The cache's connection, opened at first use (``None``: no cache this session)."""
        if not self._opened:
            self._opened = True
            self._db = _open(self.path)
        return self._db

    def _give_up(self, *, damaged: bool) -> None:
        """No cache for the rest of the session; a ``damaged`` one set aside (the next session
        makes a new one)."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None
        if damaged:
            _set_aside(self.path)


def _open(path: Path) -> sqlite3.Connection | None:
    """The cache at ``path``, made if it is missing; one that is not this layout's cache is
    moved aside and made again once. ``None`` if none can be used."""
    for attempt in range(2):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=1, check_same_thread=False)
        except (OSError, sqlite3.Error):
            return None
        try:
            _prepare(db)
            return db
        except sqlite3.DatabaseError as exc:
            db.close()
            if attempt or isinstance(exc, sqlite3.OperationalError):
                return None  # locked, read-only, full: left as it is
            _set_aside(path)  # not a cache of ours: set aside, made again
    return None


def _set_aside(path: Path) -> None:
    """Move a cache that cannot be read (and its journal) aside, replacing one set aside
    before: a cache holds nothing the server does not."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.replace(f"{path}{suffix}", f"{path}.unreadable{suffix}")


def _prepare(db: sqlite3.Connection) -> None:
    """Make the table if the file is new; a file of another layout raises ``DatabaseError``."""
    db.execute("PRAGMA journal_mode = WAL")
    (layout,) = db.execute("PRAGMA user_version").fetchone()
    if layout == 0:
        with db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS copies (key TEXT NOT NULL, raw_sha TEXT NOT NULL,"
                " view_size INTEGER NOT NULL, raw TEXT NOT NULL, view BLOB NOT NULL,"
                " offsets BLOB NOT NULL, PRIMARY KEY (key, raw_sha))"
            )
            db.execute(f"PRAGMA user_version = {LAYOUT}")
    elif layout != LAYOUT:
        raise sqlite3.DatabaseError(f"a search cache of layout {layout}")
