"""The timeline dock's contents: what to count and how to split it, the chart, or its table.

A thin view: the figures come in through :meth:`TimelinePanel.set_figures` (a
:class:`TimelineFigures`), the choices go out through signals. The table holds the same
figures as the chart, a row per year, for keyboard and screen-reader users; Enter on a row
chooses its year, as a click on its bar does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.timelinechart import TimelineChart, figure_text
from widgets.timelineview import TimelineChartView

#: The measures and splits offered, by the value the signals carry.
MEASURES = ("hits", "documents")
SPLITS = ("", "party", "language")
#: The table's first columns; the groups' follow when the chart is split.
YEAR_COLUMN, DOCUMENTS_COLUMN, HITS_COLUMN = 0, 1, 2
#: The table's cells keep the year (a row) and the group's index (a group's column) here.
YEAR_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class TimelineFigures:
    """What the dock shows of a search's timeline.

    Attributes:
        chart: the chart (every year of the span, the groups' figures in the chosen measure).
        documents, hits: the documents and occurrences of each of the chart's years.
        keys: for each of the chart's groups, what choosing it narrows the search to (a party's
            name as stored, a language's code); empty for a group that cannot be chosen
            ("others", "no party").
        undated_documents, undated_hits: those of the documents without a date.
    """

    chart: TimelineChart
    documents: tuple[int, ...]
    hits: tuple[int, ...]
    keys: tuple[str, ...] = ()
    undated_documents: int = 0
    undated_hits: int = 0


class TimelinePanel(QWidget):
    """The timeline of the current library search.

    Signals:
        measure_changed(str): count "hits" or "documents".
        split_changed(str): split the bars by "party", "language", or not ("").
        table_toggled(bool): the table is shown instead of the chart (True).
        year_chosen(str): narrow the search to this year (``YYYY``).
        part_chosen(str, str): narrow it to this year and this group (a group's key).
    """

    measure_changed = Signal(str)
    split_changed = Signal(str)
    table_toggled = Signal(bool)
    year_chosen = Signal(str)
    part_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures: TimelineFigures | None = None
        self._empty_text = ""
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Occurrences"), "hits")
        self.measure.addItem(self.tr("Documents"), "documents")
        self.measure.setAccessibleName(self.tr("Compter"))
        self.measure.setToolTip(self.tr("Compter les occurrences ou les documents"))
        self.split = QComboBox()
        self.split.addItem(self.tr("Sans répartition"), "")
        self.split.addItem(self.tr("Par partie"), "party")
        self.split.addItem(self.tr("Par langue"), "language")
        self.split.setAccessibleName(self.tr("Répartir"))
        self.split.setToolTip(self.tr("Empiler les barres par partie ou par langue"))
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("&Tableau"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Les mêmes chiffres en tableau, lisible au clavier"))
        self.status = QLabel()  # the table's empty text (the chart draws its own)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.chart = TimelineChartView()
        self.table = QTableView()
        self.table.setObjectName("timeline_table")
        self.table.setAccessibleName(self.tr("Chronologie en tableau"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.chart)
        self.pages.addWidget(self.table)
        self._lay_out()
        self.measure.currentIndexChanged.connect(self._on_measure)
        self.split.currentIndexChanged.connect(self._on_split)
        self.table_button.toggled.connect(self._on_table)
        self.chart.bar_chosen.connect(self._on_bar)
        self.table.activated.connect(self._on_cell)

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        count_label = QLabel(self.tr("&Compter :"))
        count_label.setBuddy(self.measure)
        split_label = QLabel(self.tr("&Répartir :"))
        split_label.setBuddy(self.split)
        for widget in (count_label, self.measure, split_label, self.split):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)

    # -- data in -----------------------------------------------------------------------------

    def set_choices(self, measure: str, split: str, table: bool) -> None:
        """Show these choices (the remembered ones) without announcing them."""
        for box, value in ((self.measure, measure), (self.split, split)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self.table_button.blockSignals(True)
        self.table_button.setChecked(table)
        self.table_button.blockSignals(False)
        self.pages.setCurrentIndex(1 if table else 0)
        self._show_status()

    def chosen_measure(self) -> str:
        return str(self.measure.currentData())

    def chosen_split(self) -> str:
        return str(self.split.currentData() or "")

    def table_shown(self) -> bool:
        return self.table_button.isChecked()

    def set_figures(self, figures: TimelineFigures | None, empty_text: str = "") -> None:
        """Show a timeline in the chart and the table; with none, ``empty_text`` instead (in
        the chart, and over the empty table)."""
        self._figures = figures
        self._empty_text = empty_text
        self.chart.set_chart(figures.chart if figures else None, empty_text)
        self._fill_table(figures)
        self._show_status()

    def _show_status(self) -> None:
        text = self._empty_text if self._figures is None and self.table_shown() else ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_chosen_years(self, first: str, last: str) -> None:
        """Mark the years the search's results are narrowed to (see the chart's)."""
        self.chart.set_chosen_years(first, last)

    def figures(self) -> TimelineFigures | None:
        return self._figures

    def _fill_table(self, figures: TimelineFigures | None) -> None:
        model = self.model
        model.clear()
        if figures is None:
            return
        chart = figures.chart
        groups = [s for s in chart.series if s.label]
        headers = [self.tr("Année"), self.tr("Documents"), self.tr("Occurrences")]
        headers += [f"{g.label} ({chart.axis_label})" for g in groups]
        model.setHorizontalHeaderLabels(headers)
        for index, year in enumerate(chart.years):
            if not figures.documents[index]:
                continue
            row = [_cell(year, year), _cell(figures.documents[index], year)]
            row.append(_cell(figures.hits[index], year))
            for number, group in enumerate(groups):
                cell = _cell(figure_text(group.values[index]), year)
                cell.setData(number, GROUP_ROLE)
                row.append(cell)
            model.appendRow(row)
        if figures.undated_documents:
            row = [_cell(self.tr("sans date"), "")]
            row += [_cell(figures.undated_documents, ""), _cell(figures.undated_hits, "")]
            row += [_cell("", "") for _group in groups]
            model.appendRow(row)
        self.table.resizeColumnsToContents()

    # -- intent out ---------------------------------------------------------------------------

    @Slot(int)
    def _on_measure(self, _index: int) -> None:
        self.measure_changed.emit(self.chosen_measure())

    @Slot(int)
    def _on_split(self, _index: int) -> None:
        self.split_changed.emit(self.chosen_split())

    @Slot(bool)
    def _on_table(self, shown: bool) -> None:
        self.pages.setCurrentIndex(1 if shown else 0)
        self._show_status()
        self.table_toggled.emit(shown)

    @Slot(int, int)
    def _on_bar(self, year_index: int, group: int) -> None:
        if self._figures is not None:
            self._choose(self._figures.chart.years[year_index], group)

    @Slot(QModelIndex)
    def _on_cell(self, index: QModelIndex) -> None:
        year = str(index.data(YEAR_ROLE) or "")
        group = index.data(GROUP_ROLE)
        if year:
            self._choose(year, group if isinstance(group, int) else -1)

    def _choose(self, year: str, group: int) -> None:
        keys = self._figures.keys if self._figures is not None else ()
        key = keys[group] if 0 <= group < len(keys) else ""
        if key:
            self.part_chosen.emit(year, key)
        else:
            self.year_chosen.emit(year)


def _cell(value: object, year: str) -> QStandardItem:
    item = QStandardItem(figure_text(value) if isinstance(value, int | float) else str(value))
    item.setEditable(False)
    item.setData(year, YEAR_ROLE)
    if not isinstance(value, str) or value[:1].isdigit():
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
