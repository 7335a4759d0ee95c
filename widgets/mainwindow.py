"""The main window: two read-only document panes side by side in a splitter.

A placeholder for the full reader: it shows two texts and nothing more. Data comes in through
``DocumentPane.set_document``; the window is assembled in ``app.application``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

# Named explicitly: Qt's default sans-serif changes with the fonts installed (PLATFORM.md).
FONT_FAMILY = "DejaVu Sans"
TEXT_POINT_SIZE = 11

# QTextDocument.toRawText() separates paragraphs with U+2029 where the source had "\n".
_PARAGRAPH_SEPARATOR = "\u2029"


class DocumentPane(QWidget):
    """One document: a title, a subtitle (e.g. the date) and the read-only text below them.

    Attributes:
        title_label: the document's title, bold, wrapped.
        subtitle_label: one line under the title.
        text_view: the read-only, word-wrapped text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(FONT_FAMILY, TEXT_POINT_SIZE + 1)
        title_font.setBold(True)
        self.title_label.setFont(title_font)

        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setFont(QFont(FONT_FAMILY, TEXT_POINT_SIZE - 1))

        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.setFont(QFont(FONT_FAMILY, TEXT_POINT_SIZE))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.text_view, stretch=1)

    def set_document(self, title: str, subtitle: str, text: str) -> None:
        """Show a document: its title, a subtitle line, and its text from the top."""
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        self.text_view.setPlainText(text)

    def text(self) -> str:
        """The text shown, as given: ``toPlainText`` would turn no-break spaces into spaces."""
        return self.text_view.document().toRawText().replace(_PARAGRAPH_SEPARATOR, "\n")


class MainWindow(QMainWindow):
    """The reader's window: ``left_pane`` and ``right_pane`` in a horizontal splitter.

    Attributes:
        left_pane: the first document.
        right_pane: the second document.
        splitter: holds the two panes, equal widths to start with.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left_pane = DocumentPane()
        self.right_pane = DocumentPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_pane)
        self.splitter.addWidget(self.right_pane)
        self.splitter.setSizes([1, 1])
        self.setCentralWidget(self.splitter)
        self.resize(1200, 800)
