"""The one place where signals are connected across layers: widgets ↔ reader ↔ controllers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.controller import ComparisonController
from app.reader import Reader
from app.search import SearchController, SearchResultsModel, export_csv
from corpus.errors import CorpusError
from widgets.mainwindow import MainWindow


def connect(window: MainWindow, reader: Reader, controller: ComparisonController) -> None:
    """Wire the window, the reader and the comparison controller together."""
    controller.comparison_ready.connect(reader.show_comparison)
    controller.busy_changed.connect(window.set_busy)
    controller.busy_changed.connect(reader.show_busy)
    controller.failed.connect(lambda message: _show_error(window, message))
    controller.failed.connect(reader.show_summary)

    window.left_pane.clause_activated.connect(reader.select_left)
    window.right_pane.clause_activated.connect(reader.select_right)
    window.left_pane.scrolled.connect(reader.left_scrolled)
    window.right_pane.scrolled.connect(reader.right_scrolled)
    window.left_pane.view_changed.connect(reader.view_changed)
    window.right_pane.view_changed.connect(reader.view_changed)
    window.left_overview.position_requested.connect(window.left_pane.scroll_to_fraction)
    window.right_overview.position_requested.connect(window.right_pane.scroll_to_fraction)
    window.synoptic.row_activated.connect(reader.select_row)
    window.legend.family_toggled.connect(reader.toggle_family)
    window.library.open_requested.connect(lambda doc_id, side: controller.open_side(side, doc_id))

    actions = window.named_actions
    actions["next_pair"].triggered.connect(reader.next_pair)
    actions["previous_pair"].triggered.connect(reader.previous_pair)
    actions["next_unpaired"].triggered.connect(reader.next_unpaired)
    actions["previous_unpaired"].triggered.connect(reader.previous_unpaired)
    actions["synoptic"].toggled.connect(reader.set_synoptic)
    actions["sync_scroll"].toggled.connect(reader.set_sync_scroll)
    actions["swap"].triggered.connect(controller.swap)
    actions["zoom_in"].triggered.connect(lambda: reader.zoom(1))
    actions["zoom_out"].triggered.connect(lambda: reader.zoom(-1))
    actions["zoom_reset"].triggered.connect(lambda: reader.zoom(0))
    actions["open_left"].triggered.connect(lambda: _open_file(window, controller, "left"))
    actions["open_right"].triggered.connect(lambda: _open_file(window, controller, "right"))
    actions["export_pdf"].triggered.connect(lambda: _export(window, reader))
    actions["quit"].triggered.connect(window.close)


def _open_file(window: MainWindow, controller: ComparisonController, side: str) -> None:
    if side == "left":
        title = window.tr("Ouvrir une déclaration à gauche")
    else:
        title = window.tr("Ouvrir une déclaration à droite")
    # Texts first; every file can still be chosen.
    filters = window.tr("Textes (*.txt *.md);;Tous les fichiers (*)")
    path, _ = QFileDialog.getOpenFileName(window, title, "", filters)
    if path:
        controller.open_side(side, path)


def connect_search(
    window: MainWindow,
    reader: Reader,
    controller: ComparisonController,
    search: SearchController,
    results: SearchResultsModel,
) -> None:
    """Wire the search panel: search as you type; a hit opens its document on the right."""
    panel = window.search
    panel.set_model(results)
    panel.query_changed.connect(search.request)

    def show(hits: object) -> None:
        results.set_hits(list(hits))  # type: ignore[call-overload]
        documents = len({h.key for h in results.hits()})
        panel.set_status(window.tr("{0} occurrence(s) dans {1} document(s)").format(
            len(results.hits()), documents))  # fmt: skip

    search.results_ready.connect(show)
    search.failed.connect(panel.set_status)

    def open_hit(row: int) -> None:
        hit = results.hit(row)
        reader.pending_hit = (hit.path, hit.start, hit.end)
        comparison = reader.comparison
        if comparison is not None and comparison.right.document.path == hit.path:
            reader.show_pending_hit()
        else:
            controller.open_side("right", hit.path)

    panel.hit_activated.connect(open_hit)

    def find_where_else() -> None:
        current, comparison = reader.current, reader.comparison
        if current is None or comparison is None:
            window.statusBar().showMessage(window.tr("Choisissez d’abord une clause."), 5000)
            return
        source = comparison.left if current.side == "left" else comparison.right
        label = source.clause(current.clause_id).label
        panel.set_status(window.tr("Où ailleurs : {0}…").format(label))
        window.search_dock.show()
        search.where_else(source, current.clause_id)

    window.named_actions["where_else"].triggered.connect(find_where_else)
    panel.export_requested.connect(lambda: _export_csv(window, results))


def _export_csv(window: MainWindow, results: SearchResultsModel) -> None:
    path, _ = QFileDialog.getSaveFileName(window, window.tr("Exporter les résultats en CSV"),
                                          "recherche.csv", "CSV (*.csv)")  # fmt: skip
    if not path:
        return
    try:
        export_csv(results.hits(), Path(path))
    except CorpusError as exc:
        _show_error(window, str(exc))
    else:
        window.statusBar().showMessage(window.tr("CSV écrit : {0}").format(path), 10000)


def _export(window: MainWindow, reader: Reader) -> None:
    """File > Export PDF: the comparison shown, in the layout shown (synoptic or parallel)."""
    from app.pdf_export import export_pdf

    comparison = reader.comparison
    if comparison is None:
        return
    layout = "synoptic" if window.named_actions["synoptic"].isChecked() else "parallel"
    suggested = f"{comparison.left.document.doc_id}__{comparison.right.document.doc_id}.pdf"
    path, _ = QFileDialog.getSaveFileName(
        window, window.tr("Exporter la comparaison en PDF"), suggested, "PDF (*.pdf)"
    )
    if not path:
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_pdf(comparison, reader.catalogue, Path(path), layout, reader.language)
    except CorpusError as exc:
        _show_error(window, str(exc))
    else:
        window.statusBar().showMessage(window.tr("PDF écrit : {0}").format(path), 10000)
    finally:
        QApplication.restoreOverrideCursor()


def _show_error(window: MainWindow, message: str) -> None:
    """A bad file gets a message; the comparison shown stays as it was."""
    window.statusBar().showMessage(message, 10000)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        window.tr("Vis-à-vis"),
        message,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("error_box")
    box.open()
