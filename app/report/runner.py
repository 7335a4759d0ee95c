"""Exports, search reports, saved comparisons and their opening, run off the interface's thread.

Drawing a long treaty pair's PDF takes seconds; the window stays responsive and shows a busy
progress box meanwhile (``app.comparison.export_wiring``). The work runs on the app's one
background runner (``app.shell.workers.LatestOnlyWorker``); the texts written and the library
changed are the engine's (``app.report.exports``, ``corpus.library.saved``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.report.exports import ExportRequest, check_request, export
from app.report.search_export import check_report_path, search_and_report
from app.report.search_report import SearchRun
from app.report.words import Translate
from app.shell.workers import LatestOnlyWorker
from corpus.compare.comparison import CompareSettings, Comparison
from corpus.formulas.catalogue import Catalogue
from corpus.library.api import Library, LibraryIndex
from corpus.library.saved import Opened, open_saved, read_saved


@dataclass(frozen=True, slots=True)
class OpenedComparison:
    """A saved comparison put into the library: the texts to compare and its settings."""

    opened: Opened
    settings: CompareSettings


class ExportRunner(QObject):
    """Runs one export or opening at a time in the background.

    Signals:
        exported(object): the path written.
        opened(object): an :class:`OpenedComparison`.
        failed(object): why an export or an opening failed (the exception; nothing was written
            or changed).
        busy_changed(bool): whether one is under way.
    """

    exported = Signal(object)
    opened = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = LatestOnlyWorker(parent=self)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self.failed)
        self._worker.busy_changed.connect(self.busy_changed)

    def export(
        self,
        comparison: Comparison,
        catalogue: Catalogue,
        request: ExportRequest,
        library: Library | None = None,
    ) -> None:
        """Write ``comparison`` as ``request`` says; a saved comparison (.vavcmp) takes the
        decisions ``library`` keeps about its texts."""
        check_request(request.path)  # a bad path is told at once, before any work

        def work() -> Path:
            wanted = request
            if request.path.suffix.lower() == ".vavcmp" and library is not None:
                rows = tuple(library.decisions().rows())
                wanted = ExportRequest(
                    request.path,
                    request.layout,
                    request.language,
                    request.translate,
                    request.today,
                    rows,
                )
            return export(comparison, catalogue, wanted)

        self._worker.submit(work)

    def export_search(
        self,
        index: LibraryIndex,
        run: SearchRun,
        originals: Callable[[], Mapping[str, str]],
        path: Path,
        language: str,
        translate: Translate,
    ) -> None:
        """Run ``run``'s search whole over ``index`` and write its report at ``path`` (.pdf or
        .docx); ``originals`` names, when asked in the background, the files the documents
        were read from."""
        check_report_path(path)  # a bad path is told at once, before any work

        def work() -> Path:
            return search_and_report(index, run, originals(), path, language, translate)

        self._worker.submit(work)

    def open_saved(self, path: Path, library: Library) -> None:
        """Check a saved comparison whole, then put its texts and decisions into ``library``."""

        def work() -> OpenedComparison:
            saved = read_saved(path)
            opened = open_saved(library, saved, path)
            return OpenedComparison(opened, CompareSettings(saved.threshold, saved.min_words))

        self._worker.submit(work)

    def wait(self, milliseconds: int = 60000) -> bool:
        """Wait for the work under way (tests and shutdown)."""
        return self._worker.wait(milliseconds)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if isinstance(result, OpenedComparison):
            self.opened.emit(result)
        else:
            self.exported.emit(result)
