"""The concordance of a library search as a Qt table model, and its export to CSV.

One row per occurrence: document, date, left context, the occurrence, right context; sortable
by date (the default order) or by any column, and narrowed to one document with
:meth:`ConcordanceModel.set_document`. ``Qt.UserRole`` of any cell gives the
:class:`corpus.library.hits.Hit` itself, which the search panel hands back when a row is activated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from corpus.atomicfile import write_atomic
from corpus.errors import CorpusError, Reason
from corpus.library.hits import Hit, SearchResult

COLUMNS = ("document", "date", "left", "match", "right")
_Index = QModelIndex | QPersistentModelIndex


class ConcordanceModel(QAbstractTableModel):
    """The occurrences of the latest search, as a concordance (set with :meth:`set_result`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._result = SearchResult("")
        self._hits: list[Hit] = []
        self._document = ""
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._headers = (
            self.tr("Document"),
            self.tr("Date"),
            self.tr("Contexte gauche"),
            self.tr("Occurrence"),
            self.tr("Contexte droit"),
        )

    def set_result(self, result: SearchResult) -> None:
        """Show the hits of ``result``, by date (or in the order the user chose), every document."""
        self.beginResetModel()
        self._result = result
        self._document = ""
        self._fill()
        self.endResetModel()

    def set_document(self, key: str) -> None:
        """Show only the hits of the document ``key`` ('' for every document)."""
        self.beginResetModel()
        self._document = key
        self._fill()
        self.endResetModel()

    def _fill(self) -> None:
        hits = self._result.hits
        self._hits = [h for h in hits if h.key == self._document] if self._document else list(hits)
        if self._sorted_by is not None:
            self._hits.sort(
                key=_sort_key(self._sorted_by[0]),
                reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder,
            )

    def result(self) -> SearchResult:
        return self._result

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def hits(self) -> list[Hit]:
        """The hits in the order shown."""
        return list(self._hits)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(hit, column)
        if role == Qt.ItemDataRole.UserRole:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit.date} · {', '.join(hit.parties)}\n{hit.snippet}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; by date, undated documents come first, then in text order."""
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._hits.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _sort_key(column: int) -> Callable[[Hit], tuple[str, str, str, int]]:
    key = COLUMNS[column]
    return lambda h: (_cell(h, key).casefold(), h.date, h.path, h.start)


def _cell(hit: Hit, column: str) -> str:
    if column == "document":
        return hit.title
    return str(getattr(hit, column))


def summary(result: SearchResult) -> str:
    """One status line: occurrences, documents, and whether only part of the library was
    searched (in the interface's language)."""
    line = QCoreApplication.translate("search", "{0} occurrence(s) dans {1} document(s)").format(
        result.total, len(result.documents)
    )
    if not result.complete:
        line += " " + QCoreApplication.translate(
            "search", "(les {0} premiers documents sur {1}{2})"
        ).format(result.searched, result.candidates, "+" if result.capped else "")
    return line


def export_csv(hits: Iterable[Hit], path: Path) -> None:
    """Write hits as CSV (UTF-8 with a BOM, for spreadsheets), atomically.

    Columns: date, title, parties, path, start, end, left, match, right.

    Raises:
        CorpusError: the file cannot be written.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["date", "title", "parties", "path", "start", "end", "left", "match", "right"])
    for h in hits:
        writer.writerow(
            [
                h.date,
                h.title,
                "; ".join(h.parties),
                h.path,
                h.start,
                h.end,
                h.left,
                h.match,
                h.right,
            ]
        )
    try:
        write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:
        raise CorpusError(Reason.CANNOT_WRITE, path, cause=exc.strerror or exc) from exc
