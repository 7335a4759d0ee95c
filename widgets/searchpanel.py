"""The search panel: a query box, a stemming toggle, the concordance, and "Export CSV…".

Data in: the results model (``set_model``) and a status line; intent out: signals.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class SearchPanel(QWidget):
    """Search as you type over every declaration at hand.

    Signals:
        query_changed(str, bool): the query text and whether inflections are tolerated.
        hit_activated(int): a result row was activated (double-click or Enter).
        export_requested(): the user asked to save the results as CSV.
    """

    query_changed = Signal(str, bool)
    hit_activated = Signal(int)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr(
                "Rechercher : intégrité territoriale, souverain*, NEAR(a b, 5), family:terrorism"
            )
        )
        self.query.setClearButtonEnabled(True)
        self.stemmed = QCheckBox(self.tr("Formes fléchies"))
        self.stemmed.setToolTip(self.tr("Trouver aussi les pluriels et les autres formes des mots"))
        self.export_button = QPushButton(self.tr("Exporter en CSV…"))
        self.status = QLabel()
        self.results = QTableView()
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSortingEnabled(True)
        self.results.setWordWrap(False)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.stemmed)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.query.textChanged.connect(self._emit_query)
        self.stemmed.toggled.connect(self._emit_query)
        self.results.activated.connect(self._on_activated)
        self.export_button.clicked.connect(self.export_requested)

    def set_model(self, model: QAbstractItemModel) -> None:
        self.results.setModel(model)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    @Slot()
    def _emit_query(self) -> None:
        self.query_changed.emit(self.query.text(), self.stemmed.isChecked())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.hit_activated.emit(index.row())
