"""The About window: the application's name, icon, version and licence, the software shipped
with it and their licences, and where each bundled declaration comes from.

The facts come in through :meth:`AboutDialog.set_facts` as plain rows; this view only lays
them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class AboutDialog(QDialog):
    """Name and version at the top; components and sources below, in a scrolling text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("À propos de Vis-à-vis"))
        self.logo = QLabel()
        self.logo.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def set_facts(
        self,
        version: str,
        licence: str,
        components: Sequence[tuple[str, str, str]],
        sources: Sequence[tuple[str, str, str]],
    ) -> None:
        """Show the version and licence, the components (name, version, licence) and the
        bundled declarations (date, title, source)."""
        self.heading.setText(
            "<h2>Vis-à-vis</h2><p>"
            + escape(self.tr("Version %1").replace("%1", version))
            + "<br>"
            + escape(self.tr("Lecteur de déclarations diplomatiques, côte à côte."))
            + "<br>"
            + escape(self.tr("Licence : %1 (fichier LICENSE).").replace("%1", licence))
            + "</p>"
        )
        rows = "".join(
            f"<tr><td>{escape(n)}</td><td>{escape(v)}</td><td>{escape(lic)}</td></tr>"
            for n, v, lic in components
        )
        cited = "".join(
            f"<li><b>{escape(date)}</b> — {escape(title)}<br><i>{escape(source)}</i></li>"
            for date, title, source in sources
        )
        # What the LGPL asks of a program that ships Qt: say so, keep the libraries replaceable.
        lgpl_note = self.tr(
            "Qt et PySide6 sont utilisés sous la licence LGPL v3 : leurs bibliothèques restent "
            "des fichiers séparés, que vous pouvez remplacer par une autre version. Le texte de "
            "chaque licence accompagne son composant."
        )
        included, provided = self.tr("Logiciels inclus"), self.tr("Déclarations fournies")
        header = (self.tr("Composant"), self.tr("Version"), self.tr("Licence"))
        self.details.setHtml(
            f"<h3>{escape(included)}</h3>"
            f"<table cellspacing='0' cellpadding='3' border='1' width='100%'>"
            f"<tr>{''.join(f'<th align=left>{escape(h)}</th>' for h in header)}</tr>"
            f"{rows}</table>"
            f"<p>{escape(lgpl_note)}</p>"
            f"<h3>{escape(provided)}</h3><ul>{cited}</ul>"
        )

    def text(self) -> str:
        """Everything the window says, as plain text."""
        return self.heading.text() + "\n" + self.details.toPlainText()
