"""Importing files and folders into a library server: prepared in worker processes, stored a
batch per transaction (``corpus.library.server.bulk``).

The steps, for the files chosen (``corpus.library.choosing``):

1. this process reads each file once for its SHA-256 and asks the server, a thousand keys at a
   time, which it holds already: those are duplicates at once, and the rest only is prepared
   (adding a folder again costs a read of its files, not their preparation);
2. the rest is read, extracted, prepared and given its ``tsvector`` values (:func:`ready_file`)
   by as many worker processes as the machine gives (``corpus.library.parallel``), while
3. this process stores the results in their order, :data:`~corpus.library.server.bulk.
   BATCH_DOCUMENTS` per transaction, and tells the progress after each batch. The workers are
   a batch ahead (documents already prepared, three: :data:`AHEAD_DOCUMENTS`): they prepare
   the next one while the server takes this one in (with only a few documents ahead, they
   waited for the server and it for them: 65 documents/s where the same work overlapped makes
   88, ``bench/bench_server_library.py``).

A new version of a file this user imported from this computer replaces the older one in the
same transaction as it is stored; metadata the user edited carries over. A connection lost
during a batch is opened again and the batch sent once more (nothing of it was kept); a server
still out of reach fails the files not yet stored, each with the one line that says why, and
keeps every batch stored before.

Workers are forked, so they start at once with the formula catalogue compiled, which is safe
only from a process that runs no other thread: the command line. Elsewhere (the window's
import thread, or a system without ``fork``) this process prepares the files itself.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

import psycopg

from corpus.errors import DocumentError, LibraryError, Reason
from corpus.formulas.catalogue import Catalogue
from corpus.library import choosing, parallel
from corpus.library import files as libraryfiles
from corpus.library.api import ImportOutcome, ImportProgress, ImportStatus
from corpus.library.files import displayable
from corpus.library.metacolumns import meta_of
from corpus.library.prepared import PreparedDocument, prepare
from corpus.library.server import bulk
from corpus.library.server.connection import LibraryConnectionError
from corpus.library.server.index import ServerIndex
from corpus.text.extract import extract_bytes
from corpus.text.loading import read_bytes
from corpus.text.metadata import extract_meta, read_sidecar
from corpus.text.pagefacts import with_page_facts

_T = TypeVar("_T")


class ImportTarget(Protocol):
    """What an import needs of ``corpus.library.server.library.ServerLibrary`` (which calls
    it: named here as a protocol, not imported)."""

    owner: str
    catalogue: Catalogue

    @property
    def index(self) -> ServerIndex: ...

    def run_writing(self, work: Callable[[psycopg.Connection[Any]], _T]) -> _T: ...


#: Keys asked of the server in one statement when looking for duplicates.
KEYS_PER_QUESTION = 1000
_META = "title, date, parties, kind, place, language, meta_source, origins"


@dataclass(frozen=True, slots=True)
class FileToImport:
    """One file to prepare: where it is, its name as the library keeps it, its stamp."""

    number: int
    path: Path
    name: str
    stamp: str


def ready_file(task: FileToImport, catalogue: Catalogue) -> bulk.Ready | ImportOutcome:
    """A file read, extracted, prepared and given its vectors (what a worker runs); or the
    outcome of a file that cannot be."""
    try:
        data = read_bytes(task.path)
        extracted = extract_bytes(data, task.path.suffix, task.name)
        meta = read_sidecar(task.path)
        edited = meta is not None
        if meta is None:
            meta = with_page_facts(extract_meta(extracted.text), extracted.facts)
            meta = replace(meta, title=meta.title.lstrip("#").strip(" *_"))  # Markdown
        original = libraryfiles.safe_name(task.path.name)
        plain = extracted.format == "text"  # a Markdown page's text is read out of its markup
        kept = bulk.Original(
            original if plain else f"{original}.txt",
            original,
            data,
            extracted.format,
            task.name,
            task.stamp,
            _now(),
            edited,
        )
        sha = libraryfiles.sha256_of(data)
        return bulk.ready(prepare(sha, "", extracted.text, meta, catalogue), kept)
    except choosing.FILE_FAULTS as exc:
        return choosing.failed_file(task.path, exc)


#: How many prepared documents the workers may give vectors beyond those handed back: three
#: batches, so that they go on while the server takes a batch in and the next one is ready when
#: it is done (2,000 documents at a time on one server, each way in turn: 191 to 201
#: documents/s against 171 to 180 with one batch; ``bench/bench_server_storing.py``'s
#: counters). Files are one batch ahead: each holds its original, up to 20 MB, and their
#: preparation (extraction) is the longer stage, not the server.
AHEAD_DOCUMENTS = 3 * bulk.BATCH_DOCUMENTS
#: The catalogue forked workers inherit (set just before they are started).
_INHERITED: list[Catalogue] = []


def _ready_file_inherited(task: FileToImport) -> bulk.Ready | ImportOutcome:
    return ready_file(task, _INHERITED[-1])


def worker_count(documents: int) -> int:
    """Worker processes for ``documents`` documents: none unless this process may fork (Linux,
    and no other thread running: see the module's docstring)."""
    if sys.platform != "linux":
        return 0
    if threading.current_thread() is not threading.main_thread() or threading.active_count() > 1:
        return 0
    return parallel.worker_count(documents)


def import_paths(
    library: ImportTarget, paths: Iterable[Path], progress: ImportProgress | None = None
) -> list[ImportOutcome]:
    """Import files and whole folders into ``library``; never raises for one file."""
    problems: list[ImportOutcome] = []
    chosen = choosing.chosen_files(paths, problems)
    run = _Run(library, len(chosen), progress)
    read = run.read(chosen)
    try:
        tasks = run.leave_out_duplicates(read)
    except LibraryError as exc:
        run.fail([task.number for task, _sha in read], exc)
        return problems + run.outcomes()
    workers = worker_count(len(tasks))
    if workers:
        _INHERITED.append(library.catalogue)
        prepared: Iterator[bulk.Ready | ImportOutcome] = parallel.map_in_order(
            _ready_file_inherited, tasks, workers, ahead=bulk.BATCH_DOCUMENTS
        )
    else:
        prepared = map(partial(ready_file, catalogue=library.catalogue), tasks)
    try:
        run.store_all(zip(tasks, prepared, strict=True))
    finally:
        if workers:
            _INHERITED.pop()
    return problems + run.outcomes()


def store_prepared(
    library: ImportTarget,
    documents: Sequence[PreparedDocument],
    progress: ImportProgress | None = None,
) -> int:
    """Store prepared documents (texts without originals: the bundled declarations, a
    benchmark), their vectors made by worker processes when there are many; returns how many
    were new.

    Raises:
        LibraryError: the server refused or cannot be reached (the batches stored before
            are kept).
    """
    workers = worker_count(len(documents))
    sources = [(doc.view, doc.columns, doc.meta.language) for doc in documents]
    found = parallel.map_in_order(bulk.vectors_of, sources, workers, ahead=AHEAD_DOCUMENTS)
    stored = 0
    done = 0
    batch: list[bulk.Ready] = []
    for doc, vectors in zip(documents, found, strict=True):
        batch.append(bulk.Ready(doc, bulk.Original(Path(doc.path).name or "text.txt"), vectors))
        if bulk.full(batch) or done + len(batch) == len(documents):
            written = library.run_writing(partial(_store_batch, library.owner, batch))
            stored += sum(written)
            done += len(batch)
            batch = []
            if progress is not None:
                progress(done, len(documents))
    if stored:
        merge_pending(library)
    return stored


def merge_pending(library: ImportTarget) -> None:
    """Merge the index entries an import's batches left pending (``bulk.merge_pending``); a server
    lost meanwhile merges them later itself: the import is done either way."""
    with contextlib.suppress(LibraryError):
        library.run_writing(bulk.merge_pending)


def _store_batch(owner: str, batch: list[bulk.Ready], db: psycopg.Connection[Any]) -> list[bool]:
    return bulk.store(db, batch, owner)


class _Run:
    """One import: the outcomes so far, in the order of the files chosen."""

    def __init__(self, library: ImportTarget, total: int, progress: ImportProgress | None):
        self.library = library
        self.total = total
        self.progress = progress
        self._outcomes: list[ImportOutcome | None] = [None] * total
        self._done = 0
        self._names: dict[int, str] = {}
        self._stored = False  # whether any batch stored a document

    def outcomes(self) -> list[ImportOutcome]:
        return [o for o in self._outcomes if o is not None]

    def _settle(self, number: int, outcome: ImportOutcome) -> None:
        self._outcomes[number] = outcome
        self._done += 1

    def _tell(self) -> None:
        if self.progress is not None:
            self.progress(self._done, self.total)

    def read(self, chosen: Sequence[Path]) -> list[tuple[FileToImport, str]]:
        """Each file read once for its key; those that cannot be are failed."""
        tasks = []
        for number, path in enumerate(chosen):
            try:
                try:
                    source = path.expanduser().resolve()
                except (OSError, RuntimeError) as exc:
                    raise DocumentError(Reason.LINK_LOOP, displayable(str(path))) from exc
                name = displayable(str(source))
                sha = libraryfiles.sha256_of(read_bytes(source))
                stamp = libraryfiles.stamp_of(source)
            except choosing.FILE_FAULTS as exc:
                self._settle(number, choosing.failed_file(path, exc))
                continue
            self._names[number] = name
            tasks.append((FileToImport(number, source, name, stamp), sha))
        self.library.index.texts.remember_sources(task.name for task, _sha in tasks)
        return tasks

    def leave_out_duplicates(self, tasks: list[tuple[FileToImport, str]]) -> list[FileToImport]:
        """The tasks whose content the server does not hold; the others are duplicates (and
        their stamps noted, when they are this user's file).

        Raises:
            LibraryError: the server cannot be reached or refused.
        """
        left = []
        owner = self.library.owner
        for first in range(0, len(tasks), KEYS_PER_QUESTION):
            chunk = tasks[first : first + KEYS_PER_QUESTION]

            def ask(
                db: psycopg.Connection[Any], chunk: list[tuple[FileToImport, str]] = chunk
            ) -> set[str]:
                keys = [sha for _task, sha in chunk]
                held = {
                    key
                    for (key,) in db.execute(
                        "SELECT key FROM documents WHERE key = ANY(%s)", (keys,)
                    )
                }
                known = [(sha, t.stamp, t.name) for t, sha in chunk if sha in held]
                if known:
                    db.execute(
                        "UPDATE documents d SET source_stamp = k.stamp"
                        " FROM unnest(%s::text[], %s::text[], %s::text[]) AS k (key, stamp, source)"
                        " WHERE d.key = k.key AND d.owner = %s AND d.source = k.source",
                        (
                            [k[0] for k in known],
                            [k[1] for k in known],
                            [k[2] for k in known],
                            owner,
                        ),
                    )
                return held

            held = _twice(self.library, ask)
            for task, sha in chunk:
                if sha in held:
                    self._settle(task.number, ImportOutcome(task.name, ImportStatus.DUPLICATE, sha))
                else:
                    left.append(task)
        self._tell()
        return left

    def store_all(
        self, prepared: Iterable[tuple[FileToImport, bulk.Ready | ImportOutcome]]
    ) -> None:
        """Store what the workers hand back, a batch per transaction."""
        batch: list[tuple[FileToImport, bulk.Ready]] = []
        lost: LibraryError | None = None
        for task, item in prepared:
            if lost is not None:
                self._settle(task.number, ImportOutcome.failed(task.name, lost))
                continue
            if isinstance(item, ImportOutcome):
                self._settle(task.number, item)
                continue
            batch.append((task, item))
            if bulk.full([ready for _task, ready in batch]):
                lost = self._store(batch)
                batch = []
        if batch and lost is None:
            lost = self._store(batch)
        elif batch and lost is not None:
            for task, _ready in batch:
                self._settle(task.number, ImportOutcome.failed(task.name, lost))
        if lost is None and self._stored:
            merge_pending(self.library)
        self._tell()

    def _store(self, batch: list[tuple[FileToImport, bulk.Ready]]) -> LibraryError | None:
        """Store one batch (once more on a new connection if the connection was lost); the
        error that ends the import, if the server is out of reach."""
        write = partial(_write_batch, self.library, [ready for _task, ready in batch])
        try:
            stored, replaced = _twice(self.library, write)
        except LibraryError as exc:
            for task, _ready in batch:
                self._settle(task.number, ImportOutcome.failed(task.name, exc))
            self._tell()
            return exc if isinstance(exc, LibraryConnectionError) else None
        self._stored = self._stored or any(stored)
        for (task, ready), new, updated in zip(batch, stored, replaced, strict=True):
            if not new:
                status = ImportStatus.DUPLICATE  # another program stored it meanwhile
            else:
                status = ImportStatus.UPDATED if updated else ImportStatus.ADDED
            self._settle(task.number, ImportOutcome(task.name, status, ready.doc.key))
        self._tell()
        return None

    def fail(self, numbers: Iterable[int], error: LibraryError) -> None:
        for number in numbers:
            self._settle(number, ImportOutcome.failed(self._names[number], error))
        self._tell()


def _twice(library: ImportTarget, work: Callable[[psycopg.Connection[Any]], _T]) -> _T:
    """``work`` in a transaction, once more on a new connection if the connection was lost
    (nothing of the first was kept)."""
    try:
        return library.run_writing(work)
    except LibraryConnectionError:
        return library.run_writing(work)


def _write_batch(
    library: ImportTarget, batch: list[bulk.Ready], db: psycopg.Connection[Any]
) -> tuple[list[bool], list[bool]]:
    """Store a batch in the transaction under way; for each document, whether it was stored
    and whether it replaced an older version of its file."""
    sources = [ready.kept.source for ready in batch]
    previous: dict[str, tuple[str, bool]] = {
        source: (key, bool(edited))
        for source, key, edited in db.execute(
            "SELECT DISTINCT ON (source) source, key, edited FROM documents"
            " WHERE owner = %s AND source = ANY(%s) ORDER BY source, id",
            (library.owner, sources),
        )
    }
    items = [_with_edits(library, db, ready, previous.get(ready.kept.source)) for ready in batch]
    stored = bulk.store(db, items, library.owner)
    gone = [
        previous[ready.kept.source][0]
        for ready, new in zip(items, stored, strict=True)
        if new and ready.kept.source in previous
    ]
    if gone:
        db.execute("DELETE FROM documents WHERE key = ANY(%s)", (gone,))
    replaced = [
        new and ready.kept.source in previous for ready, new in zip(items, stored, strict=True)
    ]
    return stored, replaced


def _with_edits(
    library: ImportTarget,
    db: psycopg.Connection[Any],
    ready: bulk.Ready,
    previous: tuple[str, bool] | None,
) -> bulk.Ready:
    """``ready`` with the metadata the user edited on the older version of its file (when the
    new one brings no sidecar of its own)."""
    if previous is None or not previous[1] or ready.kept.edited:
        return ready
    row = db.execute(f"SELECT {_META} FROM documents WHERE key = %s", (previous[0],)).fetchone()
    if row is None:
        return ready
    doc = prepare(ready.doc.key, "", ready.doc.raw, meta_of(row), library.catalogue)
    return bulk.ready(doc, replace(ready.kept, edited=True))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
