"""Storing many documents on the library server at once: rows sent with ``COPY``, a batch per
transaction.

A document's ``tsvector`` values (its words, stems and positioned passages, the same as
``tsearch.vectors``) are computed beside its preparation, in the worker processes of
``corpus.library.parallel`` when there are many (:func:`ready` is what a worker runs), and the
process that stores only sends rows. One ``INSERT`` per row made the server parse, plan and
acknowledge fifteen statements a document; ``COPY`` streams a whole batch's documents,
passages and formula hits in three statements, and the GIN indexes take the batch's entries
into their pending list (``fastupdate``, PostgreSQL's default), merged into the index in bulk
rather than one document's words at a time. The rows go in PostgreSQL's binary form
(``corpus.library.server.binary``): the server copies the vectors rather than parsing them,
which was a third of its time to store a document.

What each batch keeps, as the one-row path did:

* all or nothing: a batch is one transaction, so a server stopped mid-import keeps the batches
  committed before and nothing of the one under way;
* duplicates: the keys already on the server are asked first, and a key another program stores
  meanwhile (its ``UNIQUE`` index says so, once that program commits) sends the batch back to a
  savepoint to ask again: it is then a duplicate, and nothing is lost;
* the migration lock: a batch holds :data:`~corpus.library.server.schema.MIGRATION_LOCK` shared,
  so a newer program's migration waits for it, and it for the migration.

Large values are compressed with LZ4 where the server offers it (``default_toast_compression``,
PostgreSQL 14 and later; read back the same way as PostgreSQL's own pglz): pglz took a third of
the server's time to store a document (``bench/bench_server_library.py``).

The GIN indexes take most of the server's time (three quarters of its process's, ``perf``):
merging their pending lists into the indexes. A batch lets the lists grow to
:data:`PENDING_LIST` and merges them with :data:`MERGE_MEMORY`: each word's entries are then
merged into its index entry once for four times as many documents. A larger list alone saved
nothing, since the merge still went by ``work_mem`` (4 MB) at a time; both together took the
server from 4.9 to 5.4 ms a document to 4.1 to 4.2 (batches of 2,000 documents of each kind in
turn on one server, ``bench_server_storing.py``'s counters). The lists an import leaves are
merged at its end (:func:`merge_pending`), so that searches after it do not scan them.

Left as they are, measured (CPU per document): ``fastupdate`` off (it quadrupled the server's
time), and ``synchronous_commit``, which stays on: a batch's commit is what makes its documents
stored and the import say so, and with it off a server that crashes just after could lose
batches already reported added.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import errors

from corpus.library.hits import ROWIDS_PER_DATE, date_key
from corpus.library.metacolumns import meta_columns
from corpus.library.prepared import PreparedDocument, fts_columns
from corpus.library.server import binary, schema, tsearch

#: Documents stored in one transaction, at most, and characters of text in all: enough that a
#: transaction's cost is shared out, few enough that the progress moves and a stopped server
#: loses only a moment's work.
BATCH_DOCUMENTS = 100
BATCH_CHARS = 4_000_000
#: Times a batch is sent again when another program stored one of its keys at the same moment.
ATTEMPTS = 5
#: Seconds a batch waits for a migration under way (the lock a batch holds shared).
MIGRATION_WAIT_SECONDS = 120
#: How long a GIN index's pending list may grow during a batch, and the memory its merge takes
#: (PostgreSQL's defaults: 4 MB each).
PENDING_LIST = "16MB"
MERGE_MEMORY = "64MB"

#: Rows are sent in PostgreSQL's binary form (``corpus.library.server.binary``).
_BINARY = "(FORMAT BINARY)"
_DOCUMENT_COLUMNS = (
    "id, key, stamp, title, date, parties, kind, place, language, meta_source, origins, raw,"
    " raw_sha, view, offsets, words, joins, stems, text_name, original_name, original, format,"
    " source, source_stamp, owner, added, edited"
)


@dataclass(frozen=True, slots=True)
class Original:
    """What the server keeps of an imported file beside its prepared text."""

    text_name: str
    name: str = ""
    data: bytes | None = None
    format: str = "bundled"
    source: str = ""
    source_stamp: str = ""
    added: str = ""
    edited: bool = False


@dataclass(frozen=True, slots=True)
class Ready:
    """A document ready to be stored: prepared, its vectors made (picklable: a worker's
    result)."""

    doc: PreparedDocument
    kept: Original
    vectors: binary.BinaryVectors


def ready(doc: PreparedDocument, kept: Original) -> Ready:
    """``doc`` with its ``tsvector`` values (the costly part of storing: run it in a worker)."""
    return Ready(doc, kept, vectors_of((doc.view, doc.columns, doc.meta.language)))


#: What a document's vectors are made of: its view, the stems and joined words preparing made
#: for its language (``PreparedDocument.columns``, if it made them), its language.
VectorSource = tuple[str, tuple[str, str] | None, str]


def vectors_of(source: VectorSource) -> binary.BinaryVectors:
    """A document's ``tsvector`` values from its :data:`VectorSource` (all a worker is sent
    of a document already prepared: not its text twice over)."""
    view, columns, language = source
    stems, joins = columns if columns is not None else fts_columns(view, language)[1:]
    return binary.vectors(view, stems, joins)


def full(batch: Sequence[Ready]) -> bool:
    """Whether ``batch`` is as large as one transaction should take."""
    return len(batch) >= BATCH_DOCUMENTS or sum(len(r.doc.raw) for r in batch) >= BATCH_CHARS


def store(db: psycopg.Connection[Any], batch: Sequence[Ready], owner: str) -> list[bool]:
    """Store ``batch`` inside the transaction under way on ``db``; for each document, whether
    it was stored (``False``: its key is on the server already, or earlier in the batch).

    Raises:
        psycopg.Error: the server refused, or other programs kept storing the same keys
            :data:`ATTEMPTS` times in a row.
    """
    db.execute(f"SET LOCAL lock_timeout = '{MIGRATION_WAIT_SECONDS}s'")
    db.execute("SELECT pg_advisory_xact_lock_shared(%s)", (schema.MIGRATION_LOCK,))
    db.execute("RESET lock_timeout")
    db.execute(f"SET LOCAL gin_pending_list_limit = '{PENDING_LIST}'")
    db.execute(f"SET LOCAL work_mem = '{MERGE_MEMORY}'")
    if _offers_lz4(db):
        db.execute("SET LOCAL default_toast_compression = 'lz4'")
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with db.transaction():  # a savepoint: a key stored meanwhile sends us back here
                return _copy(db, batch, owner)
        except (errors.UniqueViolation, errors.DeadlockDetected, errors.LockNotAvailable):
            if attempt == ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def merge_pending(db: psycopg.Connection[Any]) -> None:
    """Merge the GIN indexes' pending lists an import's batches left (up to
    :data:`PENDING_LIST` each), so that searches do not scan them; a server that does not let
    this program (the indexes made by another role) merges them later itself."""
    indexes = db.execute(
        "SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        " JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin'"
        " AND i.indrelid IN ('documents'::regclass, 'passages'::regclass)"
    ).fetchall()
    for (index,) in indexes:  # merged with maintenance_work_mem (64 MB by default)
        try:
            with db.transaction():
                db.execute("SELECT gin_clean_pending_list(%s::regclass)", (index,))
        except errors.InsufficientPrivilege:
            continue


def _offers_lz4(db: psycopg.Connection[Any]) -> bool:
    row = db.execute(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    ).fetchone()
    return bool(row and row[0])


def _copy(db: psycopg.Connection[Any], batch: Sequence[Ready], owner: str) -> list[bool]:
    keys = [item.doc.key for item in batch]
    present = {
        key for (key,) in db.execute("SELECT key FROM documents WHERE key = ANY(%s)", (keys,))
    }
    chosen: dict[str, Ready] = {}
    stored = []
    for item in batch:
        new = item.doc.key not in present and item.doc.key not in chosen
        if new:
            chosen[item.doc.key] = item
        stored.append(new)
    if not chosen:
        return stored
    numbers = db.execute(
        "SELECT nextval('documents_sequence') FROM generate_series(1, %s)", (len(chosen),)
    ).fetchall()
    # Numbered in the order given (documents of one date are listed and searched in the order
    # they were imported, as in the embedded library), written in the order of their keys: two
    # programs storing the same keys wait for each other in one order, never each for the other.
    numbered = sorted(
        (
            (date_key(item.doc.meta.date) * ROWIDS_PER_DATE + int(number) % ROWIDS_PER_DATE, item)
            for item, (number,) in zip(chosen.values(), numbers, strict=True)
        ),
        key=lambda pair: pair[1].doc.key,
    )
    ids = [doc_id for doc_id, _item in numbered]
    rows = [item for _doc_id, item in numbered]
    with db.cursor() as cursor:
        with cursor.copy(f"COPY documents ({_DOCUMENT_COLUMNS}) FROM STDIN {_BINARY}") as copy:
            copy.write(binary.HEADER)
            for doc_id, item in zip(ids, rows, strict=True):
                copy.write(binary.row(_document_row(doc_id, item, owner)))
            copy.write(binary.TRAILER)
        with cursor.copy(f"COPY passages (doc, number, words, exact) FROM STDIN {_BINARY}") as copy:
            copy.write(binary.HEADER)
            for doc_id, item in zip(ids, rows, strict=True):
                copy.write(
                    b"".join(
                        binary.row((doc_id, binary.Int4(number), words, exact))
                        for number, (words, exact) in enumerate(item.vectors.passages)
                    )
                )
            copy.write(binary.TRAILER)
        with cursor.copy(f'COPY formulas (doc, family, start, "end") FROM STDIN {_BINARY}') as copy:
            copy.write(binary.HEADER)
            for doc_id, item in zip(ids, rows, strict=True):
                copy.write(
                    b"".join(
                        binary.row((doc_id, family, binary.Int4(start), binary.Int4(end)))
                        for family, start, end in item.doc.formulas
                    )
                )
            copy.write(binary.TRAILER)
    return stored


def _document_row(doc_id: int, item: Ready, owner: str) -> tuple[object, ...]:
    doc = item.doc
    view = doc.packed_view if doc.packed_view is not None else _packed(doc.view)
    return (doc_id, *document_values(doc, item.kept, item.vectors, owner, view))


def document_values(
    doc: PreparedDocument,
    kept: Original,
    vectors: tsearch.Vectors | binary.BinaryVectors,
    owner: str,
    view: bytes,
) -> tuple[object, ...]:
    """A document's columns from its key to its edit time, in the table's order: one list for
    the bulk ``COPY`` and the one-document ``INSERT``, so the two store the same row."""
    return (
        doc.key,
        doc.stamp,
        *meta_columns(doc.meta),
        doc.raw,
        hashlib.sha256(doc.raw.encode("utf-8")).hexdigest(),
        view,
        doc.offsets,
        vectors.words,
        vectors.joins,
        vectors.stems,
        kept.text_name,
        kept.name,
        kept.data,
        kept.format,
        kept.source,
        kept.source_stamp,
        owner if kept.data is not None else "",
        kept.added,
        kept.edited,
    )


def _packed(view: str) -> bytes:
    from corpus.library.searchview import pack_view

    return pack_view(view)
