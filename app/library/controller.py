"""The library in the window: list its documents, add files and folders off the GUI thread, edit
metadata.

Imports run one after another on the application's background runner
(:class:`app.shell.workers.InOrderWorker`: every import is reported; none is dropped as stale,
unlike searches), and the list is sent again after each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Signal, Slot

from app.shell.workers import InOrderWorker
from corpus.errors import CorpusError
from corpus.library.api import ImportOutcome, Library, LibraryEntry
from corpus.model import DocumentMeta

#: What the import's thread tells when another program holds the library.
_WAITING = object()


class LibraryController(QObject):
    """Owns the library the window shows (:class:`corpus.library.api.Library`: on this
    computer or a team server).

    Signals:
        entries_changed(object): the list of :class:`corpus.library.api.LibraryEntry`, oldest
        first.
        imported(object): the list of :class:`corpus.library.api.ImportOutcome` of one import.
        failed(object): an operation failed; the exception says why.
        busy_changed(bool): whether an import is under way.
        import_progress(int, int): files an import has dealt with so far, out of how many.
        waiting(): another program holds the library (an import of its own): ours waits its turn.
    """

    entries_changed = Signal(object)
    imported = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)
    import_progress = Signal(int, int)
    waiting = Signal()

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        listed: list[LibraryEntry] | None = None,
    ) -> None:
        """``listed``: the documents, read already off the interface's thread (a library just
        opened in the background): the first :meth:`entries` is then not read again."""
        super().__init__(parent)
        self.library = library
        self._worker = InOrderWorker(self)
        self._worker.finished.connect(self._on_done)
        self._worker.failed.connect(self.failed)
        self._worker.busy_changed.connect(self.busy_changed)
        self._worker.told.connect(self._on_told)
        # Told from the import's thread; the worker brings it to the window's thread.
        library.writer.on_wait = lambda _message: self._worker.tell(_WAITING)
        self._closed = False
        self._entries: list[LibraryEntry] = list(listed or [])
        self._listed = listed is not None

    def entries(self) -> list[LibraryEntry]:
        """The documents; when the library cannot be read (a team server out of reach), the
        last list read, and ``failed`` says why."""
        if self._listed:
            self._listed = False
            return list(self._entries)
        try:
            self._entries = self.library.entries()
        except CorpusError as exc:
            self.failed.emit(exc)
        return list(self._entries)

    def notices(self) -> list[str]:
        """What the user should be told about opening the library (a rebuilt database...)."""
        return list(self.library.notices)

    @Slot(list)
    def add_paths(self, paths: Sequence[str | Path]) -> None:
        """Add files and folders (from a dialog or a drop) in the background."""
        chosen = [Path(p) for p in paths]
        # Told from the import's thread; the relay brings it to the window's thread.
        worker = self._worker
        self._submit(
            lambda: self.library.add_paths(chosen, lambda done, total: worker.tell((done, total)))
        )

    @Slot()
    def refresh(self) -> None:
        """Re-import the source files that changed since they were imported."""
        self._submit(self.library.refresh, quiet=True)

    def set_meta(self, key: str, meta: DocumentMeta) -> None:
        """Save a document's edited metadata."""
        try:
            self.library.set_meta(key, meta)
        except (CorpusError, KeyError) as exc:
            self.failed.emit(exc)
            return
        self.entries_changed.emit(self.entries())

    def remove(self, key: str) -> None:
        """Take a document out of the library."""
        try:
            self.library.remove(key)
        except CorpusError as exc:
            self.failed.emit(exc)
            return
        self.entries_changed.emit(self.entries())

    def wait(self, milliseconds: int = 60000) -> bool:
        """Wait for the imports under way (tests and shutdown)."""
        return self._worker.wait(milliseconds)

    def close(self) -> None:
        """Finish the imports under way, then report nothing more (the library is closing)."""
        self._worker.close()
        self._closed = True
        self.library.writer.on_wait = None

    def _submit(self, work: Callable[[], list[ImportOutcome]], quiet: bool = False) -> None:
        """Run ``work`` in the background; ``quiet``: report nothing if it imported nothing."""
        if not self._closed:
            self._worker.submit(lambda: (work(), quiet))

    @Slot(object)
    def _on_told(self, news: object) -> None:
        if news is _WAITING:
            self.waiting.emit()
        else:
            done, total = cast(tuple[int, int], news)
            self.import_progress.emit(done, total)

    @Slot(object)
    def _on_done(self, done: object) -> None:
        outcomes, quiet = cast(tuple[list[ImportOutcome], bool], done)
        if quiet and not outcomes:
            return
        self.entries_changed.emit(self.entries())  # first, so the new documents can be selected
        self.imported.emit(outcomes)
