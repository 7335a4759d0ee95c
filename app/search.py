"""Search as you type: a debounced query, run off the GUI thread, newest only, and its results.

Signals:
    results_ready(object): a list of :class:`corpus.fts.Hit` for the latest query.
    failed(str): the query cannot be understood.
"""

from __future__ import annotations

import csv
import os
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from app.workers import LatestOnlyWorker
from corpus import bundled
from corpus.analysis import AnalyzedDocument, analyze
from corpus.errors import CorpusError
from corpus.formulas import bundled_catalogue
from corpus.fts import Hit, SearchIndex, parse_query
from corpus.where_else import where_else as find_precedents

DEBOUNCE_MS = 250
COLUMNS = ("date", "document", "left", "match", "right")


class SearchController(QObject):
    """Runs queries over the bundled declarations (the library, for now)."""

    results_ready = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._library: list[AnalyzedDocument] | None = None
        self._lock = threading.Lock()  # one query at a time on the index
        self._worker = LatestOnlyWorker(parent=self)
        self._worker.finished.connect(self.results_ready)
        self._worker.failed.connect(self.failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self._pending = ("", False)

    @Slot(str, bool)
    def request(self, text: str, stemmed: bool) -> None:
        """Search for ``text`` once the user pauses typing."""
        self._pending = (text, stemmed)
        self._timer.start()

    def wait(self, milliseconds: int = 30000) -> bool:
        return self._worker.wait(milliseconds)

    @Slot()
    def _run(self) -> None:
        text, stemmed = self._pending
        if len(text.strip()) < 2:
            self.results_ready.emit([])
            return

        def work() -> list[Hit]:
            with self._lock:
                if self._index is None:
                    self._index = _bundled_index()
                return self._index.search(parse_query(text, stemmed=stemmed))

        self._worker.submit(work)

    def where_else(self, source: AnalyzedDocument, clause_id: str) -> None:
        """Find the clauses most like one clause across the declarations at hand."""

        def work() -> list[Hit]:
            with self._lock:
                if self._library is None:
                    catalogue = bundled_catalogue()
                    self._library = [
                        analyze(bundled.load_bundled(i), catalogue) for i in bundled.bundled_ids()
                    ]
                library = self._library
            return [
                Hit(
                    p.doc_id,
                    p.path,
                    p.title,
                    p.date,
                    p.start,
                    p.end,
                    f"{p.label} · {p.score:.2f}",
                    p.text,
                    "",
                )
                for p in find_precedents(source, clause_id, library)
            ]

        self._timer.stop()  # a pending query would overwrite the answer
        self._worker.submit(work)


def _bundled_index() -> SearchIndex:
    index = SearchIndex()
    for doc_id in bundled.bundled_ids():
        index.add(doc_id, bundled.load_bundled(doc_id))
    return index


class SearchResultsModel(QAbstractTableModel):
    """The concordance: one row per hit (date, document, left context, match, right context)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._headers = (self.tr("Date"), self.tr("Document"), self.tr("Contexte gauche"),
                         self.tr("Occurrence"), self.tr("Contexte droit"))  # fmt: skip

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.TextAlignmentRole):  # fmt: skip
            return None
        hit = self._hits[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "left":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return {"date": hit.date, "document": hit.title, "left": hit.left, "match": hit.match,
                "right": hit.right}[column]  # fmt: skip

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        self.beginResetModel()
        self._hits.sort(key=lambda h: (getattr(h, "title" if key == "document" else key), h.start),
                        reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self.endResetModel()


def export_csv(hits: list[Hit], path: Path) -> None:
    """Write the concordance as CSV (UTF-8 with BOM, for spreadsheets), atomically.

    Raises:
        CorpusError: the file cannot be written.
    """
    temporary = ""
    try:
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(descriptor, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["date", "title", "path", "start", "end", "left", "match", "right"])
            for h in hits:
                writer.writerow([h.date, h.title, h.path, h.start, h.end, h.left, h.match, h.right])
        os.replace(temporary, path)
    except OSError as exc:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise CorpusError(f"cannot write {path}: {exc.strerror or exc}") from exc
