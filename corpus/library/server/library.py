"""A team library on a PostgreSQL server: ``corpus.library.api.Library``, as the embedded one.

Everything a document is lives in one row of ``documents`` (its original's bytes, its text, its
metadata, its search view and vectors) plus its passages and formula hits, all written in one
transaction: a document is on the server whole or not at all, whoever else imports at the same
moment. An import of many files writes them a batch per transaction, with ``COPY``
(``corpus.library.server.importing`` and ``bulk``). The key is the SHA-256 of the original,
unique in the database, so the same file imported by two people at once is stored once (the
second is told it is a duplicate). A new version of a file replaces the older one only for the
person who imported it (``owner``: user and computer), since two computers may have files of the
same path.

Preparing a document (folding, search view, formulas, vectors) happens before its transaction,
on this computer (in worker processes for many files): a transaction lasts only as long as the
writing.
"""

from __future__ import annotations

import getpass
import hashlib
import socket
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import psycopg

from corpus.errors import CorpusError, DocumentError, LibraryError, Reason
from corpus.formulas.catalogue import Catalogue
from corpus.formulas.finder import bundled_catalogue, find_formulas
from corpus.library import choosing
from corpus.library import files as libraryfiles
from corpus.library.api import (
    BUNDLED,
    ImportOutcome,
    ImportProgress,
    ImportStatus,
    LibraryEntry,
    StoredOriginal,
)
from corpus.library.files import displayable
from corpus.library.hits import ROWIDS_PER_DATE, date_key
from corpus.library.metacolumns import meta_columns, meta_of
from corpus.library.prepared import PreparedDocument, prepare
from corpus.library.searchview import pack_view, unpack_view
from corpus.library.server import bulk, schema, tsearch
from corpus.library.server.connection import (
    LibraryConnectionError,
    QmarkConnection,
    ServerConnection,
    describe,
)
from corpus.library.server.index import ServerIndex
from corpus.library.server.texts import TextCache, default_cache
from corpus.model import Document, DocumentMeta
from corpus.text import bundled
from corpus.text.extract import extract_bytes
from corpus.text.loading import read_bytes
from corpus.text.metadata import extract_meta, read_sidecar
from corpus.text.pagefacts import with_page_facts
from corpus.text.reading import folded_view

#: A new document's id: its date (``YYYYMMDD``) times ``ROWIDS_PER_DATE`` plus a sequence, as in
#: the embedded index (:func:`corpus.library.hits.rowid_for`), so ids come in date order.
_NEW_ID = "%s::bigint * %s::bigint + nextval('documents_sequence') %% %s::bigint"
_INSERT = (
    "INSERT INTO documents (id, key, stamp, title, date, parties, kind, place, language,"
    " meta_source, origins, raw, raw_sha, view, offsets, words, joins, stems, text_name,"
    " original_name, original, format, source, source_stamp, owner, added, edited)"
    f" VALUES ({_NEW_ID}, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
    " %s::tsvector, %s::tsvector, %s::tsvector, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    " ON CONFLICT (key) DO NOTHING RETURNING id"
)


_Original = bulk.Original
_T = TypeVar("_T")


class _NoWait:
    """The server orders concurrent writers itself: no program ever waits for a lock file."""

    on_wait: Callable[[str], None] | None = None


class _DecisionDatabase:
    """The decisions' statements (written for SQLite) on the server's writing connection."""

    path = None
    owns_schema = True

    def __init__(self, connection: ServerConnection) -> None:
        self._connection = connection

    def transaction(self) -> AbstractContextManager[QmarkConnection]:
        return self._connection.transaction()


def this_owner() -> str:
    """Who imports, as the server records it: user and computer."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{socket.gethostname()}"


class ServerLibrary:
    """The library kept on a PostgreSQL server; build it with :meth:`open`.

    Attributes:
        index: searching and listing (a connection of its own: a search never waits for an
            import's writing).
        notices: what the user should be told about opening it.
    """

    def __init__(self, address: str, catalogue: Catalogue, cache: Path | None = None) -> None:
        self.address = address
        self.catalogue = catalogue
        self.notices: list[str] = []
        self.writer = _NoWait()
        self.owner = this_owner()
        self.index = ServerIndex(
            ServerConnection(address), TextCache(cache or default_cache(describe(address)))
        )
        self._db = ServerConnection(address)
        self._lock = threading.RLock()
        self._decisions: Any = None

    @classmethod
    def open(
        cls,
        address: str,
        catalogue: Catalogue | None = None,
        *,
        with_bundled: bool = True,
        cache: Path | None = None,
    ) -> ServerLibrary:
        """Connect to the server at ``address`` (``postgresql://user@host:port/database``),
        bring its schema up to date, and add the bundled declarations it lacks.

        Raises:
            LibraryConnectionError: the server cannot be reached.
            LibraryError: the server refused (a newer schema, no permission...).
        """
        library = cls(address, catalogue or bundled_catalogue(), cache)
        try:
            library._db.run(schema.migrate, write=True)
            library.index.phrase_index = library._db.run(
                schema.ensure_positions, write=True, transaction=False
            )
            library._refresh_formulas()
            if with_bundled:
                library._sync_bundled()
        except BaseException:
            library.close()
            raise
        return library

    @property
    def location(self) -> str:
        return describe(self.address)

    def close(self) -> None:
        self.index.close()
        self._db.close()

    def __len__(self) -> int:
        return len(self.index)

    # -- listing and reading -------------------------------------------------------------------

    def entries(self) -> list[LibraryEntry]:
        """Every document, oldest first. A text is copied to this computer only when it is opened
        (``index.ensure_local``): listing a library of thousands must not fetch them all."""
        rows = self.index.read(
            f"SELECT key, raw_sha, text_name, {_META}, format, source FROM documents"
            " ORDER BY date, id"
        )
        return [
            LibraryEntry(
                row[0],
                self.index.texts.where(row[0], row[1], row[2]),
                meta_of(row[3:11]),
                row[11],
                row[12],
            )
            for row in rows
        ]

    def document(self, key: str) -> Document:
        return self.index.document(key)

    def check(self) -> str | None:
        """Read every document: its original and its text must still match their digests."""

        def count(db: psycopg.Connection[Any]) -> tuple[int, int, int]:
            row = db.execute(
                "SELECT count(*),"
                " count(*) FILTER (WHERE original IS NOT NULL"
                "   AND encode(sha256(original), 'hex') <> key),"
                " count(*) FILTER (WHERE encode(sha256(convert_to(raw, 'UTF8')), 'hex') <> raw_sha)"
                " FROM documents"
            ).fetchone()
            assert row is not None
            return int(row[0]), int(row[1]), int(row[2])

        total, originals, texts = self.index._db.run(count, write=False)
        if originals or texts:
            return (
                f"{originals} original(s) and {texts} text(s) of {total} no longer match their "
                "digests"
            )
        return None

    def decisions(self) -> Any:
        """The analyst's decisions, kept on the server (``corpus.library.decisions``)."""
        from corpus.library.decisions import DecisionStore

        with self._lock:
            if self._decisions is None:
                self._decisions = DecisionStore(_DecisionDatabase(self._db))
            return self._decisions

    # -- adding ----------------------------------------------------------------------------------

    def add_paths(
        self, paths: Iterable[Path], progress: ImportProgress | None = None
    ) -> list[ImportOutcome]:
        """Add files and whole folders; never raises for one file.

        Many files are prepared by worker processes and stored a batch per transaction
        (``corpus.library.server.importing``); ``progress`` is told after each batch (a long
        import shows how far it has got).
        """
        from corpus.library.server import importing

        return importing.import_paths(self, paths, progress)

    def add_folder(self, folder: Path) -> list[ImportOutcome]:
        """Add every readable file under ``folder`` (hidden files and sidecars left out)."""
        return self.add_paths([folder])

    def run_writing(self, work: Callable[[psycopg.Connection[Any]], _T]) -> _T:
        """Run ``work`` in one transaction of the writing connection (one import at a time
        in this program; the server orders those of other programs)."""
        with self._lock:
            return self._db.run(work, write=True)

    def _try_add(self, path: Path) -> ImportOutcome:
        try:
            try:
                return self.add_file(path)
            except LibraryConnectionError:
                return self.add_file(path)  # once more, on a new connection (nothing was written)
        except choosing.FILE_FAULTS as exc:
            return choosing.failed_file(path, exc)

    def add_file(self, path: Path) -> ImportOutcome:
        """Import one file in one transaction.

        Raises:
            DocumentError: the file cannot be read or holds no text.
            LibraryError: the server refused or cannot be reached (nothing was written).
        """
        try:
            source = path.expanduser().resolve()
        except (OSError, RuntimeError) as exc:
            raise DocumentError(Reason.LINK_LOOP, displayable(str(path))) from exc
        name = displayable(str(source))
        data = read_bytes(source)
        sha = libraryfiles.sha256_of(data)
        stamp = libraryfiles.stamp_of(source)

        def known(db: psycopg.Connection[Any]) -> tuple[bool, str | None, bool]:
            present = db.execute("SELECT 1 FROM documents WHERE key = %s", (sha,)).fetchone()
            if present:
                db.execute(
                    "UPDATE documents SET source_stamp = %s"
                    " WHERE key = %s AND owner = %s AND source = %s",
                    (stamp, sha, self.owner, name),
                )
                return True, None, False
            row = db.execute(
                "SELECT key, edited FROM documents WHERE owner = %s AND source = %s"
                " ORDER BY id LIMIT 1",
                (self.owner, name),
            ).fetchone()
            return False, (row[0] if row else None), bool(row and row[1])

        with self._lock:
            present, previous, previous_edited = self._db.run(known, write=True)
            self.index.texts.remember_source(name)
            if present:
                return ImportOutcome(name, ImportStatus.DUPLICATE, sha)
            extracted = extract_bytes(data, source.suffix, name)
            meta = read_sidecar(source)
            if meta is None and previous is not None and previous_edited:
                meta = self.index.document(previous).meta  # the user's edits carry over
            edited = meta is not None
            if meta is None:
                meta = with_page_facts(extract_meta(extracted.text), extracted.facts)
                meta = replace(meta, title=meta.title.lstrip("#").strip(" *_"))  # Markdown
            original = libraryfiles.safe_name(source.name)
            plain = extracted.format == "text"  # a Markdown page's text is read out of its markup
            kept = _Original(
                original if plain else f"{original}.txt",
                original,
                data,
                extracted.format,
                name,
                stamp,
                _now(),
                edited,
            )
            prepared = prepare(sha, "", extracted.text, meta, self.catalogue)

            def write(db: psycopg.Connection[Any]) -> bool:
                added = self._insert(db, prepared, kept)
                if added and previous is not None:
                    db.execute("DELETE FROM documents WHERE key = %s", (previous,))
                return added

            if not self._db.run(write, write=True):
                return ImportOutcome(name, ImportStatus.DUPLICATE, sha)  # another program won
            status = ImportStatus.UPDATED if previous else ImportStatus.ADDED
            return ImportOutcome(name, status, sha)

    def _insert(self, db: psycopg.Connection[Any], doc: PreparedDocument, kept: _Original) -> bool:
        """Store one prepared document unless its key is there already; whether it was."""
        meta = doc.meta
        vectors = tsearch.vectors(doc.view, meta.language)
        row = db.execute(
            _INSERT,
            (
                date_key(meta.date),
                ROWIDS_PER_DATE,
                ROWIDS_PER_DATE,
                *bulk.document_values(doc, kept, vectors, self.owner, pack_view(doc.view)),
            ),
        ).fetchone()
        if row is None:
            return False
        with db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO passages (doc, number, words, exact)"
                " VALUES (%s, %s, %s::tsvector, %s)",
                [(row[0], n, words, exact) for n, (words, exact) in enumerate(vectors.passages)],
            )
        if doc.formulas:
            with db.cursor() as cursor:
                cursor.executemany(
                    'INSERT INTO formulas (doc, family, start, "end") VALUES (%s, %s, %s, %s)',
                    [(row[0], *hit) for hit in doc.formulas],
                )
        return True

    def add_prepared(
        self, documents: Sequence[PreparedDocument], progress: ImportProgress | None = None
    ) -> int:
        """Store prepared documents (texts without originals: the bundled declarations, a
        benchmark), a batch per transaction; returns how many were new."""
        from corpus.library.server import importing

        return importing.store_prepared(self, documents, progress)

    def refresh(self) -> list[ImportOutcome]:
        """Re-import the files this user imported from this computer that changed on disk
        since (a source the server names but this computer never imported is not opened)."""
        rows = self.index.read(
            "SELECT key, source, source_stamp FROM documents WHERE owner = %s AND source <> ''",
            (self.owner,),
        )
        mine = self.index.texts.imported_sources()
        outcomes = []
        for key, source, stamp in rows:
            if source not in mine:
                continue
            path = Path(source)
            if path.is_file() and libraryfiles.stamp_of(path) != stamp:
                outcome = self._try_add(path)
                if outcome.status is not ImportStatus.DUPLICATE or outcome.key != key:
                    outcomes.append(outcome)
        return outcomes

    # -- editing -----------------------------------------------------------------------------------

    def set_meta(self, key: str, meta: DocumentMeta) -> None:
        """Replace a document's metadata (a new date gives it a new place in date order, a new
        language new stems).

        Raises:
            KeyError: no such document.
        """
        meta = replace(meta, language=meta.language or "fr")

        def write(db: psycopg.Connection[Any]) -> None:
            row = db.execute(
                "SELECT id, language, view FROM documents WHERE key = %s FOR UPDATE", (key,)
            ).fetchone()
            if row is None:
                raise KeyError(key)
            doc, language, view = row
            changes = [
                "title = %s",
                "date = %s",
                "parties = %s",
                "kind = %s",
                "place = %s",
                "language = %s",
                "meta_source = %s",
                "origins = %s",
                "edited = true",
            ]
            values: list[object] = list(meta_columns(meta))
            if date_key(meta.date) != doc // ROWIDS_PER_DATE:
                changes.append(f"id = {_NEW_ID}")
                values += [date_key(meta.date), ROWIDS_PER_DATE, ROWIDS_PER_DATE]
            if language != meta.language:
                changes.append("stems = %s::tsvector")
                values.append(tsearch.vectors(unpack_view(bytes(view)), meta.language).stems)
            db.execute(f"UPDATE documents SET {', '.join(changes)} WHERE key = %s", (*values, key))

        with self._lock:
            self._db.run(write, write=True)

    def remove(self, key: str) -> None:
        """Take a document out of the library.

        Raises:
            LibraryError: a bundled declaration (they cannot be removed).
        """
        if key.startswith(BUNDLED):
            raise LibraryError(Reason.BUNDLED_NOT_REMOVABLE)
        with self._lock:
            self._db.run(
                lambda db: db.execute("DELETE FROM documents WHERE key = %s", (key,)), write=True
            )

    # -- moving documents between libraries ------------------------------------------------------

    def originals(self) -> list[StoredOriginal]:
        """Every imported document (not the bundled ones), oldest first, for export."""
        rows = self.index.read(
            f"SELECT key, original_name, original, {', '.join(_META_COLUMNS)}, edited, source,"
            " added FROM documents WHERE original IS NOT NULL ORDER BY date, id"
        )
        return [
            StoredOriginal(
                row[0], row[1], bytes(row[2]), meta_of(row[3:11]), bool(row[11]), row[12], row[13]
            )
            for row in rows
        ]

    def add_originals(self, originals: Sequence[StoredOriginal]) -> list[ImportOutcome]:
        """Add exported documents with their metadata in one transaction: all or nothing (a
        document that cannot be read stops the import before anything is written)."""
        prepared: list[tuple[PreparedDocument, _Original]] = []
        outcomes: list[ImportOutcome | None] = []
        for item in originals:
            name = item.source or item.name
            try:
                extracted = extract_bytes(item.data, Path(item.name).suffix, name)
            except CorpusError as exc:  # all or nothing: every document is read first
                raise LibraryError(Reason.NOTHING_IMPORTED, cause=exc) from exc
            plain = extracted.format == "text"  # a Markdown page's text is read out of its markup
            kept = _Original(
                item.name if plain else f"{item.name}.txt",
                item.name,
                item.data,
                extracted.format,
                item.source,
                "",
                item.added or _now(),
                item.edited,
            )
            prepared.append(
                (prepare(item.key, "", extracted.text, item.meta, self.catalogue), kept)
            )
            outcomes.append(None)

        def write(db: psycopg.Connection[Any]) -> list[bool]:
            return [self._insert(db, doc, kept) for doc, kept in prepared]

        with self._lock:
            stored = iter(self._db.run(write, write=True))
        done = iter(prepared)
        result = []
        for outcome in outcomes:
            if outcome is not None:
                result.append(outcome)
                continue
            doc, kept = next(done)
            status = ImportStatus.ADDED if next(stored) else ImportStatus.DUPLICATE
            result.append(ImportOutcome(kept.source or kept.name, status, doc.key))
        return result

    # -- keeping the server in step with this program ---------------------------------------------

    def _sync_bundled(self) -> None:
        """Add the bundled declarations the server lacks (or holds in another version), keeping
        the metadata a user edited."""
        rows = self.index.read(
            f"SELECT key, stamp, edited, {_META} FROM documents WHERE key LIKE 'bundled:%%'"
        )
        held = {key: (stamp, edited, meta_of(meta)) for key, stamp, edited, *meta in rows}
        for doc_id in bundled.bundled_ids():
            document = bundled.load_bundled(doc_id)
            stamp = hashlib.sha256(document.raw.encode("utf-8")).hexdigest()
            key = BUNDLED + doc_id
            if key in held and held[key][0] == stamp:
                continue
            meta = held[key][2] if key in held and held[key][1] else document.meta
            doc = prepare(key, document.path, document.raw, meta, self.catalogue, stamp)

            self._db.run(self._replacing(doc, _Original(Path(document.path).name)), write=True)

    def _replacing(
        self, doc: PreparedDocument, kept: _Original
    ) -> Callable[[psycopg.Connection[Any]], None]:
        """Work that stores ``doc`` in place of another version under its key."""

        def write(db: psycopg.Connection[Any]) -> None:
            db.execute("DELETE FROM documents WHERE key = %s AND stamp <> %s", (doc.key, doc.stamp))
            self._insert(db, doc, kept)

        return write

    def _refresh_formulas(self) -> None:
        """Find the formulas again when the catalogue changed since they were found, and say
        which families the catalogue has (``family:`` queries)."""
        fingerprint = hashlib.sha256(repr(self.catalogue.families).encode("utf-8")).hexdigest()
        if self.index.get_info("catalogue") == fingerprint:
            return

        def write(db: psycopg.Connection[Any]) -> None:
            for doc, raw in db.execute("SELECT id, raw FROM documents").fetchall():
                hits = find_formulas(raw, self.catalogue, folded_view(raw))
                db.execute("DELETE FROM formulas WHERE doc = %s", (doc,))
                with db.cursor() as cursor:
                    cursor.executemany(
                        'INSERT INTO formulas (doc, family, start, "end") VALUES (%s, %s, %s, %s)',
                        [(doc, h.family, h.start, h.end) for h in hits],
                    )
            for name, value in (
                ("catalogue", fingerprint),
                ("families", " ".join(self.catalogue.ids)),
            ):
                db.execute(
                    "INSERT INTO info VALUES (%s, %s) ON CONFLICT (key) DO UPDATE"
                    " SET value = excluded.value",
                    (name, value),
                )

        self._db.run(write, write=True)


_META = "title, date, parties, kind, place, language, meta_source, origins"
_META_COLUMNS = _META.split(", ")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
