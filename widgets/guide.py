"""The user guide's window: a Markdown text shipped with the application, shown offline.

Links to other places in the guide work; links elsewhere open in the system's browser, so
the window itself never fetches anything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    """A read-only browser over the guide's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("Guide d’utilisation"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 720)

    def set_markdown(self, text: str) -> None:
        """Show the guide (CommonMark with GitHub's tables)."""
        self.browser.setMarkdown(text)
