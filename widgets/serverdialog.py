"""The library server dialog: where the team's library is, and a button to try the address."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LibraryServerDialog(QDialog):
    """A server address (empty: the library on this computer) with "Tester la connexion".

    Signals:
        test_requested(str): the user asks to try the address typed (the application answers
            with :meth:`show_result`).

    Attributes:
        address: the address's line edit.
        test: the "Tester la connexion" button.
        outcome: what the last try found (hidden until then).
        buttons: the OK / Cancel button box.
    """

    test_requested = Signal(str)

    def __init__(self, address: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serveur de bibliothèque"))
        self.setMinimumWidth(560)
        explanation = QLabel(
            self.tr(
                "Une équipe peut partager une bibliothèque sur un serveur PostgreSQL. Laissez "
                "l’adresse vide pour la bibliothèque de cet ordinateur. Le changement prend "
                "effet au prochain démarrage."
            )
        )
        explanation.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("postgresql://utilisateur@serveur:5432/bibliotheque")
        self.address.setClearButtonEnabled(True)
        self.test = QPushButton(self.tr("Tester la connexion"))
        self.test.clicked.connect(self._ask)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.test)
        form = QFormLayout()
        form.addRow(self.tr("Adresse :"), row)
        self.outcome = QLabel()
        self.outcome.setObjectName("server_result")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def chosen(self) -> str:
        """The address typed, without blanks around it."""
        return self.address.text().strip()

    @Slot()
    def _ask(self) -> None:
        self.test.setEnabled(False)
        self.outcome.setText(self.tr("Connexion en cours…"))
        self.outcome.show()
        self.test_requested.emit(self.chosen())

    def show_result(self, success: bool, message: str) -> None:
        """Say what the try found (``message`` already in the interface's language)."""
        self.test.setEnabled(True)
        mark = "✓" if success else "✗"
        # Engine messages begin in lower case, to be run into a sentence; here one stands alone.
        self.outcome.setText(f"{mark} {message[:1].upper()}{message[1:]}")
        self.outcome.setProperty("success", success)
        self.outcome.show()
