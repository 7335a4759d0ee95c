"""The window's composition root: create the QApplication, build the main window, run it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from corpus import bundled
from corpus.model import Document
from widgets.mainwindow import MainWindow

APPLICATION_NAME = "Vis-à-vis"
ORGANIZATION_NAME = "Vis-a-vis"

# The comparison shown at start: Moscow 2004 (left) against the 2026 charter (right).
DEFAULT_PAIR = (
    "2004-02-06_russie-azerbaidjan_declaration-de-moscou",
    "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique",
)


def load_default_pair() -> tuple[Document, Document]:
    """Load the two bundled declarations the window opens on."""
    left_id, right_id = DEFAULT_PAIR
    return bundled.load_bundled(left_id), bundled.load_bundled(right_id)


def build_window(left: Document, right: Document) -> MainWindow:
    """Build the main window showing ``left`` and ``right`` side by side."""
    window = MainWindow()
    window.setWindowTitle(f"{APPLICATION_NAME} — {left.meta.title} / {right.meta.title}")
    for pane, document in ((window.left_pane, left), (window.right_pane, right)):
        pane.set_document(document.meta.title or document.doc_id, document.meta.date, document.raw)
    return window


def main(argv: list[str] | None = None) -> int:
    """Open the window on the default comparison and run until it closes.

    Args:
        argv: the arguments after the program name; Qt's own options (``-platform`` ...) are
            honoured, and no others are accepted yet.

    Returns:
        The process exit status.
    """
    args = sys.argv[1:] if argv is None else argv
    existing = QApplication.instance()  # a test's, for instance
    app = existing if existing is not None else QApplication([sys.argv[0], *args])
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    unknown = app.arguments()[1:] if existing is None else []
    if unknown:
        print(f"vis-a-vis: the window takes no arguments yet: {' '.join(unknown)}", file=sys.stderr)
        return 2
    window = build_window(*load_default_pair())
    window.show()
    return app.exec()
