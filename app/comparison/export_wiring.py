"""Where File > Export…, Save comparison as… and Open saved comparison… are connected.

Export offers the formats the program writes (PDF, CSV, Word), in the dialog's filter; the file
is written off the interface's thread (``app.report.runner``), with a busy progress box, in the
window's language and, for a PDF, the layout shown. A saved comparison (.vavcmp) holds both texts
and the decisions; opening one checks it whole, puts its texts and decisions into the library
(reusing the texts it has) and opens the comparison with the settings it was saved with.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from app.comparison.controller import ComparisonController
from app.comparison.reader import ComparisonView
from app.comparison.wiring import show_warning
from app.library.controller import LibraryController
from app.report.exports import FORMATS, ExportRequest
from app.report.runner import ExportRunner, OpenedComparison
from corpus.errors import CorpusError
from corpus.library.saved import SUFFIX
from widgets.actions import Act
from widgets.mainwindow import MainWindow

#: The formats the Export dialog offers, in its filter's order (a saved comparison has its own).
EXPORTED = (".pdf", ".csv", ".docx")


def connect_exports(
    window: MainWindow,
    reader: ComparisonView,
    controller: ComparisonController,
    library: LibraryController,
    runner: ExportRunner,
) -> None:
    """Wire the export and saved-comparison actions to the runner, and its outcomes back."""
    progress = _progress_box(window)
    runner.busy_changed.connect(lambda busy: progress.show() if busy else progress.hide())
    runner.failed.connect(lambda error: show_warning(window, error))
    runner.exported.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("wiring", "Écrit : {0}").format(path), 10000
        )
    )

    def opened(result: OpenedComparison) -> None:
        library.entries_changed.emit(library.entries())  # the texts it added, in the list
        controller.settings = result.settings
        controller.open_pair(result.opened.left, result.opened.right)

    runner.opened.connect(opened)
    window.action(Act.EXPORT).triggered.connect(
        lambda: _export(window, reader, library, runner, EXPORTED)
    )
    window.action(Act.SAVE_COMPARISON).triggered.connect(
        lambda: _export(window, reader, library, runner, (SUFFIX,))
    )
    window.action(Act.OPEN_SAVED).triggered.connect(lambda: _open_saved(window, library, runner))


def _progress_box(window: MainWindow) -> QProgressDialog:
    box = QProgressDialog(
        QCoreApplication.translate("wiring", "Écriture en cours…"), "", 0, 0, window
    )
    box.setObjectName("export_progress")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setCancelButton(None)  # a file is written whole or not at all: nothing to cut short
    box.setMinimumDuration(0)
    box.setAutoClose(False)
    box.setAutoReset(False)
    box.hide()
    return box


def format_filters(suffixes: tuple[str, ...]) -> list[str]:
    """A save dialog's filters for these formats ("PDF (*.pdf)"), in their order."""
    return [f"{FORMATS[suffix]} (*{suffix})" for suffix in suffixes]


def chosen_path(path: str, chosen_filter: str, suffixes: tuple[str, ...]) -> Path:
    """The file to write: the name typed, with the chosen format's extension when it has none
    of the offered ones."""
    target = Path(path)
    if target.suffix.lower() in suffixes:
        return target
    filters = format_filters(suffixes)
    suffix = suffixes[filters.index(chosen_filter)] if chosen_filter in filters else suffixes[0]
    return target.with_name(target.name + suffix)


def _export(
    window: MainWindow,
    reader: ComparisonView,
    library: LibraryController,
    runner: ExportRunner,
    suffixes: tuple[str, ...],
) -> None:
    comparison = reader.comparison
    if comparison is None:
        return
    saving = suffixes == (SUFFIX,)
    title = (
        QCoreApplication.translate("wiring", "Enregistrer la comparaison sous")
        if saving
        else QCoreApplication.translate("wiring", "Exporter la comparaison")
    )
    name = f"{comparison.left.document.doc_id}__{comparison.right.document.doc_id}{suffixes[0]}"
    path, chosen = QFileDialog.getSaveFileName(
        window, title, name, ";;".join(format_filters(suffixes))
    )
    if not path:
        return
    layout = "synoptic" if window.action(Act.SYNOPTIC).isChecked() else "parallel"
    request = ExportRequest(
        chosen_path(path, chosen, suffixes),
        layout,
        reader.language,
        QCoreApplication.translate,  # the window's language, as every word of the window
    )
    try:
        runner.export(comparison, reader.catalogue, request, library.library)
    except CorpusError as exc:
        show_warning(window, str(exc))


def _open_saved(window: MainWindow, library: LibraryController, runner: ExportRunner) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("wiring", "Ouvrir une comparaison enregistrée"),
        "",
        ";;".join(format_filters((SUFFIX,))),
    )
    if path:
        runner.open_saved(Path(path), library.library)
