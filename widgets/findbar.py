"""The find bar under the texts: a word or phrase to find in both panes, next, previous, a count.

As in Meld, WinMerge and every reader: Ctrl+F opens it with the cursor in its box, Enter and
Shift+Enter (or F3 and Shift+F3) go to the next and previous match, Escape closes it. A thin
view: what is typed goes out through ``query_changed``, the moves through ``next_requested`` and
``previous_requested``; the application says how many matches there are (:meth:`set_count`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """A query box with previous / next buttons, a match count and a close button.

    Signals:
        query_changed(str): the text to find changed (empty: nothing to find).
        next_requested(), previous_requested(): go to the next / previous match.
        closed(): the bar was closed (Escape or its button).
    """

    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.query = QLineEdit()
        self.query.setObjectName("find_query")
        self.query.setPlaceholderText(self.tr("Chercher dans les deux textes"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.query_changed)
        self.query.installEventFilter(self)
        self.count = QLabel()
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 sur 000") + 8)
        previous = QToolButton()
        previous.setText("↑")
        previous.setToolTip(self.tr("Occurrence précédente"))
        previous.clicked.connect(self.previous_requested)
        following = QToolButton()
        following.setText("↓")
        following.setToolTip(self.tr("Occurrence suivante"))
        following.clicked.connect(self.next_requested)
        close = QToolButton()
        close.setText("\N{MULTIPLICATION SIGN}")
        close.setToolTip(self.tr("Fermer"))
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        label = QLabel(self.tr("&Chercher :"))
        label.setBuddy(self.query)
        row.addWidget(label)
        row.addWidget(self.query, 1)
        row.addWidget(previous)
        row.addWidget(following)
        row.addWidget(self.count)
        row.addWidget(close)
        self.hide()

    def open(self) -> None:
        """Show the bar, the cursor in its box, the text selected."""
        self.show()
        self.query.setFocus()
        self.query.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int) -> None:
        """ "3 sur 12" (``current`` counted from 1; 0: none chosen yet), or "aucune"."""
        if not self.query.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("aucune"))
        elif current == 0:
            self.count.setText(self.tr("{0} trouvée(s)").format(total))
        else:
            self.count.setText(self.tr("{0} sur {1}").format(current, total))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
