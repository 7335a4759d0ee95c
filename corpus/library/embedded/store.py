"""The user's library: the bundled declarations plus every file the user added, searchable.

It lives in one folder (the user's data folder in the application, see
:func:`default_data_dir`; any folder in tests): ``library.db``, a SQLite database in WAL mode
holding the search index (``corpus.library.index``) and a table of imported files, and
``originals/``, where each imported file is copied with its text, metadata sidecar and manifest
(``corpus.library.files``). The files are the truth; the database can always be rebuilt from them.

* The same content imported twice (under any name) is recognised by its SHA-256.
* Importing a file again after it changed replaces the older version (re-indexed); metadata the
  user edited carries over. :meth:`EmbeddedLibrary.refresh` does this for every source that changed.
* At start, a damaged database (``quick_check``, FTS5 integrity check, or unreadable) is moved
  aside as ``library.db.damaged-<timestamp>`` and rebuilt from the files, and
  :attr:`EmbeddedLibrary.notices` says so for the application to show.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.atomicfile import write_atomic
from corpus.errors import CorpusError, DocumentError, LibraryError, Reason
from corpus.formulas.catalogue import Catalogue
from corpus.formulas.finder import bundled_catalogue
from corpus.library import choosing
from corpus.library import files as libraryfiles
from corpus.library import repair as libraryrepair
from corpus.library.api import (
    ImportOutcome,
    ImportProgress,
    ImportStatus,
    LibraryEntry,
    StoredOriginal,
)
from corpus.library.embedded import salvage
from corpus.library.embedded.writelock import WriterLock
from corpus.library.files import Manifest, displayable
from corpus.library.index import SearchIndex, prepare
from corpus.library.location import DATABASE as DATABASE
from corpus.library.location import default_data_dir as default_data_dir

# Re-exported: the application tells the user when the library cannot be written.
from corpus.library.repair import LibraryUnavailableError as LibraryUnavailableError
from corpus.model import Document, DocumentMeta
from corpus.text.extract import extract_bytes
from corpus.text.loading import read_bytes, read_text_file
from corpus.text.metadata import extract_meta, read_sidecar, write_sidecar
from corpus.text.pagefacts import with_page_facts

if TYPE_CHECKING:  # it loads the comparison engine (NumPy): only when decisions are asked for
    from corpus.library.decisions import DecisionStore

#: Present while a program has the library open: left behind by a crash, it asks for a whole
#: check at the next start.
IN_USE = "library.db.in-use"
#: Databases smaller than this are always checked whole at start (under a second).
THOROUGH_BELOW_BYTES = 256 * 1024 * 1024
BUNDLED = libraryrepair.BUNDLED
__all__ = [
    "BUNDLED",
    "DATABASE",
    "EmbeddedLibrary",
    "ImportOutcome",
    "ImportStatus",
    "LibraryEntry",
    "LibraryUnavailableError",
    "default_data_dir",
]
_FILES_SCHEMA = """
CREATE TABLE IF NOT EXISTS library_files (
    key TEXT PRIMARY KEY, source TEXT NOT NULL DEFAULT '', stamp TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '', added TEXT NOT NULL DEFAULT '',
    edited INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS library_files_source ON library_files(source);
"""


class EmbeddedLibrary:
    """The embedded library: a folder and its index; build it with :meth:`open`
    (``corpus.library.api.Library`` is the interface it shares with the team server).

    Attributes:
        root: the library's folder.
        index: the search index (``corpus.library.index.SearchIndex``), for searching.
        notices: what the user should be told about opening it (a rebuilt database...).
    """

    def __init__(
        self,
        root: Path,
        index: SearchIndex,
        catalogue: Catalogue,
        writer: WriterLock | None = None,
    ) -> None:
        self.root = root
        self.index = index
        self.catalogue = catalogue
        self.notices: list[str] = []
        self._lock = threading.RLock()  # between this program's threads
        self.writer = writer or WriterLock(root)  # between programs
        self._decisions: DecisionStore | None = None
        if index.read_only:
            return
        with index.transaction() as db:
            for statement in _FILES_SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)

    @classmethod
    def open(
        cls,
        root: Path,
        catalogue: Catalogue | None = None,
        *,
        with_bundled: bool = True,
        thorough: bool | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> EmbeddedLibrary:
        """Open (or create) the library in ``root``, repairing it if needed.

        Args:
            root: the library's folder.
            catalogue: the formula catalogue (the bundled one by default).
            with_bundled: add the bundled declarations.
            thorough: check the whole database for damage; by default only when the last
                session did not close the library (a crash) or the database is small
                (:data:`THOROUGH_BELOW_BYTES`): a whole check reads the file.
            on_wait: told (with a message for the user) when another program is importing
                into the library and this one waits for it, now and at every later change
                (see :class:`corpus.library.embedded.writelock.WriterLock`).

        Raises:
            LibraryUnavailableError: the folder cannot be created or written (a read-only or
                full disk, no permission); nothing was changed in it.
            LibraryError: the database cannot be made.
        """
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryUnavailableError(
                Reason.FOLDER_NOT_CREATED, root, cause=exc.strerror or exc
            ) from exc
        # A read-only or full disk is not damage: say so before anything is checked or moved.
        fault = libraryrepair.unwritable(root)
        if fault is not None:
            raise LibraryUnavailableError(Reason.LIBRARY_NOT_WRITABLE, root, cause=fault)
        writer = WriterLock(root)
        writer.on_wait = on_wait
        with writer.held():  # another program's import must not be half-seen, nor undone
            return cls._open(root, catalogue, with_bundled, thorough, writer)

    @classmethod
    def open_read_only(cls, root: Path, catalogue: Catalogue | None = None) -> EmbeddedLibrary:
        """The library in ``root`` as it is, for reading (listing, searching, exporting) where
        its folder cannot be written: nothing is checked, repaired or changed.

        Raises:
            LibraryError: there is no library in ``root``, or its database cannot be read.
        """
        path = root / DATABASE
        if not path.is_file():
            raise LibraryUnavailableError(Reason.NO_LIBRARY_THERE, root)
        index = SearchIndex(path, read_only=True)
        library = cls(root, index, catalogue or bundled_catalogue())
        library.notices.append(
            f"{root}: the library cannot be written ({libraryrepair.unwritable(root) or 'no'}"
            "); it is read as it is"
        )
        return library

    @classmethod
    def _open(
        cls,
        root: Path,
        catalogue: Catalogue | None,
        with_bundled: bool,
        thorough: bool | None,
        writer: WriterLock,
    ) -> EmbeddedLibrary:
        path, in_use = root / DATABASE, root / IN_USE
        existed = path.exists()
        if thorough is None:
            thorough = in_use.exists() or not existed or path.stat().st_size < THOROUGH_BELOW_BYTES
        index, problem = libraryrepair.open_checked(path, thorough)
        notices = []
        if index is None:
            aside = libraryrepair.set_aside(path)
            index = SearchIndex(path)
            notices.append(
                f"The library database was damaged ({problem}); it was set aside as "
                f"{aside.name} and rebuilt from the library's files."
            )
        in_use.touch()
        libraryfiles.sweep_leftovers(root)  # what an import killed mid-way left
        salvage.sweep_orphans(root)
        library = cls(root, index, catalogue or bundled_catalogue(), writer)
        library.notices.extend(writer.notices + notices)
        libraryrepair.refresh_formulas(library.index, library.catalogue)
        library._reconcile(with_bundled, quiet=bool(notices) or not existed)
        return library

    def close(self) -> None:
        """Close the database; the next start then trusts it without reading it whole."""
        self.index.close()
        if not self.index.read_only:
            (self.root / IN_USE).unlink(missing_ok=True)

    @property
    def location(self) -> str:
        return str(self.root)

    def check(self) -> str | None:
        """Read the whole database for damage: ``None`` when sound, else what is wrong."""
        return self.index.check(thorough=True)

    def decisions(self) -> DecisionStore:
        """The analyst's decisions, kept in the library's database (and its journal).

        Raises:
            LibraryError: the database cannot keep them.
        """
        from corpus.library.decisions import DecisionStore

        with self._lock:
            if self._decisions is None:
                if self.index.read_only:
                    from corpus.library.decisions import read_only_copy

                    self._decisions = read_only_copy(self.root / DATABASE)
                else:
                    self._decisions = DecisionStore(self.index)
                self.notices.extend(self._decisions.notices)  # journal lines skipped
            return self._decisions

    # -- listing and reading ----------------------------------------------------------------

    def entries(self) -> list[LibraryEntry]:
        """Every document, oldest first."""
        files = self._files()
        return [
            LibraryEntry(
                key,
                path,
                meta,
                files.get(key, ("", "", "bundled"))[2],
                files.get(key, ("", "", ""))[0],
            )
            for key, path, meta in self.index.metadata()
        ]

    def document(self, key: str) -> Document:
        """A document's raw text and metadata.

        Raises:
            KeyError: no such document.
        """
        return self.index.document(key)

    def __len__(self) -> int:
        return len(self.index)

    def _files(self) -> dict[str, tuple[str, str, str, bool]]:
        rows = self.index.fetch("SELECT key, source, stamp, format, edited FROM library_files")
        return {k: (s, st, f, bool(e)) for k, s, st, f, e in rows}

    # -- adding ------------------------------------------------------------------------------

    def add_paths(
        self, paths: Iterable[Path], progress: ImportProgress | None = None
    ) -> list[ImportOutcome]:
        """Add files and whole folders (what a dialog or a drop gives); never raises for one.

        ``progress`` is told after each file (a long import shows how far it has got).
        """
        return choosing.import_each(paths, self._try_add, progress, leave_out=self.root)

    def add_folder(self, folder: Path) -> list[ImportOutcome]:
        """Add every readable file under ``folder`` (hidden files and sidecars left out)."""
        return [self._try_add(path) for path in choosing.files_in(folder, self.root)]

    def _try_add(self, path: Path) -> ImportOutcome:
        try:
            return self.add_file(path)
        except choosing.FILE_FAULTS as exc:
            return choosing.failed_file(path, exc)

    def add_file(self, path: Path) -> ImportOutcome:
        """Copy one file into the library and index it.

        Raises:
            DocumentError: the file cannot be read or holds no text.
            LibraryError: the library cannot be written.
        """
        try:
            source = path.expanduser().resolve()
        except (OSError, RuntimeError) as exc:
            raise DocumentError(Reason.LINK_LOOP, displayable(str(path))) from exc
        # Where it came from, as the user is told and the database keeps it: valid Unicode
        # even when the name is not valid UTF-8.
        name = displayable(str(source))
        with self._lock, self.writer.held():
            data = read_bytes(source)
            sha = libraryfiles.sha256_of(data)
            files = self._files()
            stamp = libraryfiles.stamp_of(source)
            if sha in files:
                if files[sha][0] == name:
                    self._set_file(sha, stamp=stamp)
                return ImportOutcome(name, ImportStatus.DUPLICATE, sha)
            extracted = extract_bytes(data, source.suffix, name)
            previous = next((k for k, f in files.items() if f[0] == name), None)
            meta = read_sidecar(source)
            if meta is None and previous is not None and files[previous][3]:
                meta = self.index.document(previous).meta  # the user's edits carry over
            edited = meta is not None
            if meta is None:
                meta = with_page_facts(extract_meta(extracted.text), extracted.facts)
                meta = replace(meta, title=meta.title.lstrip("#").strip(" *_"))  # Markdown
            self._keep(
                source.name,
                data,
                extracted.format,
                extracted.text,
                meta,
                name,
                stamp,
                _now(),
                edited,
            )
            if previous is not None:
                self._forget(previous)
            status = ImportStatus.UPDATED if previous else ImportStatus.ADDED
            return ImportOutcome(name, status, sha)

    def _keep(
        self,
        file_name: str,
        data: bytes,
        format_: str,
        text: str,
        meta: DocumentMeta,
        source: str,
        stamp: str,
        added: str,
        edited: bool,
    ) -> None:
        original = libraryfiles.safe_name(file_name)
        plain = format_ == "text"  # a Markdown page's text is read out of its markup
        manifest = Manifest(
            libraryfiles.sha256_of(data),
            original,
            original if plain else f"{original}.txt",
            format_,
            source,
            stamp,
            added,
            edited,
        )
        self._store(manifest, data, None if plain else text, text, meta)

    # -- moving documents between libraries ---------------------------------------------------

    def originals(self) -> list[StoredOriginal]:
        """Every imported document (not the bundled ones), oldest first, for export.

        Raises:
            LibraryError: an original cannot be read.
        """
        found = []
        files = self._files()
        for entry in self.entries():
            if entry.bundled:
                continue
            folder = libraryfiles.folder_for(self.root, entry.key)
            manifest = libraryfiles.read_manifest(folder)
            if manifest is None:
                raise LibraryError(Reason.RECORD_MISSING, folder)
            try:
                data = (folder / manifest.original).read_bytes()
            except OSError as exc:
                raise LibraryError(
                    Reason.CANNOT_BE_READ, folder / manifest.original, cause=exc
                ) from exc
            found.append(
                StoredOriginal(
                    entry.key,
                    manifest.original,
                    data,
                    entry.meta,
                    files.get(entry.key, ("", "", "", False))[3],
                    manifest.source,
                    manifest.added,
                )
            )
        return found

    def add_originals(self, originals: Sequence[StoredOriginal]) -> list[ImportOutcome]:
        """Add exported documents with their metadata (those already present are duplicates).

        All or nothing: every document is read first; if one cannot be, nothing is added.
        (The caller checks the rest of the export beforehand: ``corpus.library.moving``.)

        Raises:
            LibraryError: a document cannot be read (nothing was added), or the library
                cannot be written.
        """
        outcomes = []
        with self._lock, self.writer.held():
            files = self._files()
            ready = []
            for item in originals:
                name = item.source or item.name
                if item.key in files:
                    outcomes.append(ImportOutcome(name, ImportStatus.DUPLICATE, item.key))
                    continue
                try:
                    extracted = extract_bytes(item.data, Path(item.name).suffix, name)
                except CorpusError as exc:
                    raise LibraryError(Reason.NOTHING_IMPORTED, cause=exc) from exc
                ready.append((item, name, extracted))
                files[item.key] = (item.source, "", extracted.format, item.edited)
            for item, name, extracted in ready:
                self._keep(
                    item.name,
                    item.data,
                    extracted.format,
                    extracted.text,
                    item.meta,
                    item.source,
                    "",
                    item.added or _now(),
                    item.edited,
                )
                outcomes.append(ImportOutcome(name, ImportStatus.ADDED, item.key))
        return outcomes

    def _store(
        self, manifest: Manifest, data: bytes, text: str | None, raw: str, meta: DocumentMeta
    ) -> None:
        existed = libraryfiles.folder_for(self.root, manifest.sha256).exists()
        try:
            text_path = libraryfiles.store(self.root, manifest, data, text)
            write_sidecar(text_path, meta)
            self._index_file(manifest, text_path, raw, meta)
        except (OSError, CorpusError, sqlite3.Error) as exc:
            # Its folder goes too (never one another import, or the index, relies on): a
            # folder left with its original would be taken back at the next start.
            if not existed:
                libraryfiles.discard(self.root, manifest.sha256)
            reason = libraryrepair.environment_fault(exc) or exc
            raise LibraryError(Reason.CANNOT_BE_ADDED, manifest.source, cause=reason) from exc

    def _index_file(
        self, manifest: Manifest, text_path: Path, raw: str, meta: DocumentMeta
    ) -> None:
        prepared = prepare(manifest.sha256, str(text_path), raw, meta, self.catalogue)
        with self.index.transaction() as db:
            self.index.add_prepared([prepared])
            db.execute(
                "INSERT OR REPLACE INTO library_files VALUES (?, ?, ?, ?, ?, ?)",
                (
                    manifest.sha256,
                    manifest.source,
                    manifest.stamp,
                    manifest.format,
                    manifest.added,
                    int(manifest.edited),
                ),
            )

    def _set_file(self, key: str, *, stamp: str | None = None, edited: bool | None = None) -> None:
        with self.index.transaction() as db:
            if stamp is not None:
                db.execute("UPDATE library_files SET stamp = ? WHERE key = ?", (stamp, key))
            if edited is not None:
                db.execute("UPDATE library_files SET edited = ? WHERE key = ?", (int(edited), key))

    def refresh(self) -> list[ImportOutcome]:
        """Re-import every source file that changed on disk since it was imported."""
        outcomes = []
        for key, (source, stamp, _format, _edited) in self._files().items():
            path = Path(source)
            # No stamp: a document from an export (``library import``), whose source names a
            # file of another computer; it is never opened here.
            if source and stamp and path.is_file() and libraryfiles.stamp_of(path) != stamp:
                outcome = self._try_add(path)
                if outcome.status is not ImportStatus.DUPLICATE or outcome.key != key:
                    outcomes.append(outcome)
        return outcomes

    # -- editing -----------------------------------------------------------------------------

    def set_meta(self, key: str, meta: DocumentMeta) -> None:
        """Replace a document's metadata, in the index and in its sidecar.

        Raises:
            KeyError: no such document.
            LibraryError: the sidecar cannot be written.
        """
        with self._lock, self.writer.held():
            document = self.index.document(key)
            try:
                if key.startswith(BUNDLED):
                    folder = self.root / "bundled"
                    folder.mkdir(exist_ok=True)
                    write_sidecar(folder / key.removeprefix(BUNDLED), meta)
                else:
                    write_sidecar(Path(document.path), meta)
                    folder = libraryfiles.folder_for(self.root, key)
                    manifest = libraryfiles.read_manifest(folder)
                    if manifest is not None:
                        libraryfiles.write_manifest(folder, replace(manifest, edited=True))
            except OSError as exc:
                raise LibraryError(Reason.METADATA_NOT_SAVED, document.path, cause=exc) from exc
            self.index.set_meta(key, meta)
            self._set_file(key, edited=True)

    def remove(self, key: str) -> None:
        """Take a document out of the library (its copied files too).

        Raises:
            LibraryError: a bundled declaration (they cannot be removed).
        """
        if key.startswith(BUNDLED):
            raise LibraryError(Reason.BUNDLED_NOT_REMOVABLE)
        with self._lock, self.writer.held():
            self._forget(key)

    def _forget(self, key: str) -> None:
        self._unindex(key)
        libraryfiles.discard(self.root, key)

    def _unindex(self, key: str) -> None:
        with self.index.transaction() as db:
            self.index.remove(key)
            db.execute("DELETE FROM library_files WHERE key = ?", (key,))

    # -- keeping the database in step with the files ------------------------------------------

    def _reconcile(self, with_bundled: bool, quiet: bool) -> None:
        """Index the files the database lacks, forget what has no files, update bundled texts.

        A folder whose record or sidecar cannot be read is repaired
        (``corpus.library.embedded.salvage``: the damaged file set aside, the record rebuilt from
        the original), never deleted; a document leaves the index only when its folder is gone, and
        its files only by :meth:`remove`.
        """
        known = set(self.index.document_keys())
        rows = {
            key: salvage.Known(source, stamp, format_, edited)
            for key, (source, stamp, format_, edited) in self._files().items()
        }
        restored = 0
        for folder in libraryfiles.document_folders(self.root):
            manifest = salvage.repaired_manifest(folder, rows, self.notices)
            if manifest is None:
                known -= {k for k in known if k.startswith(folder.name)}  # kept as it is
                continue
            if manifest.sha256 in known:
                known.discard(manifest.sha256)
                continue
            try:
                self._restore(folder, manifest)
                restored += 1
            except CorpusError as exc:
                self.notices.append(f"Could not restore {folder.name}: {exc}")
        gone = [
            k
            for k in known
            if not k.startswith(BUNDLED) and not libraryfiles.folder_for(self.root, k).exists()
        ]
        for key in gone:
            self._unindex(key)  # its folder is gone already: nothing to delete
        if with_bundled:
            libraryrepair.sync_bundled(self.index, self.root, self.catalogue, self.notices)
        if restored and not quiet:
            self.notices.append(f"{restored} document(s) found in the library folder were indexed.")
        elif restored:
            self.notices.append(f"The library was rebuilt from {restored} document(s).")
        if gone:
            self.notices.append(
                f"{len(gone)} document(s) whose folder is gone from the library were taken "
                "out of its index."
            )

    def _restore(self, folder: Path, manifest: Manifest) -> None:
        text_path = folder / manifest.text
        if text_path.is_file():
            raw = read_text_file(text_path)[0]
        else:
            original = read_bytes(folder / manifest.original)
            raw = extract_bytes(original, Path(manifest.original).suffix, manifest.source).text
            write_atomic(text_path, raw.encode("utf-8"))
        meta = salvage.readable_sidecar(text_path, self.notices) or extract_meta(raw)
        self._index_file(manifest, text_path, raw, meta)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
