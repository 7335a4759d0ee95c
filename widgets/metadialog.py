"""The metadata dialog: edit the citation metadata (title, date, parties...) of one document."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from corpus.model import DocumentMeta, MetaOrigin, MetaOrigins, is_valid_date, split_parties
from widgets import origins, palette

#: Suggested kinds; stored as is (English, like the bundled catalogue), the user may type another.
KIND_SUGGESTIONS = ("declaration", "joint statement", "charter", "treaty", "news report")
#: Language codes offered, with their labels (each language named in itself, so not translated).
LANGUAGES = (("", "—"), ("fr", "français"), ("en", "English"))


class MetadataDialog(QDialog):
    """A form over a ``DocumentMeta``; OK stays disabled while the title or the date is wrong.

    Signals:
        None beyond ``QDialog``'s (``accepted``, ``rejected``, ``finished``).

    Attributes:
        title, date, parties, place, source: line edits for those fields (parties comma-separated).
        kind: an editable combo box with common kinds.
        language: a combo box of language codes (the code is each item's data).
        buttons: the OK / Cancel button box.
        problem: a label explaining why OK is disabled (empty and hidden when all is well).
    """

    def __init__(self, meta: DocumentMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Métadonnées du document"))
        self.setMinimumWidth(640)  # titles of declarations are long

        self.title = QLineEdit(meta.title)
        self.date = QLineEdit(meta.date)
        self.date.setPlaceholderText(self.tr("AAAA-MM-JJ ou AAAA-MM"))
        self.parties = QLineEdit(", ".join(meta.parties))
        self.parties.setPlaceholderText(self.tr("Russia, Azerbaijan"))
        self.parties.setToolTip(self.tr("Les parties, en anglais, séparées par des virgules"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(KIND_SUGGESTIONS)
        self.kind.setCurrentText(meta.kind)
        self.place = QLineEdit(meta.place)
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self._select_language(meta.language)
        self.source = QLineEdit(meta.source)

        self._origins = meta.origins
        self._meta = meta
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Titre"), self.title, meta.origins.title), self.title)
        form.addRow(self._label(self.tr("&Date"), self.date, meta.origins.date), self.date)
        form.addRow(
            self._label(self.tr("&Parties"), self.parties, meta.origins.parties), self.parties
        )
        form.addRow(self.tr("&Nature"), self.kind)
        form.addRow(self.tr("&Lieu"), self.place)
        form.addRow(self.tr("Lan&gue"), self.language)
        form.addRow(self.tr("&Source"), self.source)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        dark = self.palette().window().color().lightness() < 128  # the appearance shown
        self.problem.setStyleSheet(f"color: {palette.scheme(dark).diff_delete_ink}")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.title.textChanged.connect(self._on_text_changed)
        self.date.textChanged.connect(self._on_text_changed)
        for edit in (self.title, self.source):
            edit.setCursorPosition(0)  # show a long value from its start
        self._validate()

    def _label(self, text: str, edit: QLineEdit, origin: MetaOrigin) -> QLabel:
        """The field's label; a field a rule read in the text (a guess) is shown in italics,
        its label says "(déduit)" and its tooltip where it was read. OK confirms it."""
        label = QLabel(text)
        label.setBuddy(edit)
        if origin.guessed and edit.text():
            label.setText(text + origins.guessed_mark())
            edit.setFont(origins.marked_font(edit.font(), True))
            label.setToolTip(origins.guessed_tip(origin))
            edit.setToolTip(origins.guessed_tip(origin))
            edit.textEdited.connect(lambda _text, e=edit: self._on_edited(e))
        return label

    @staticmethod
    def _on_edited(edit: QLineEdit) -> None:
        edit.setFont(origins.marked_font(edit.font(), False))

    def meta(self) -> DocumentMeta:
        """The metadata as edited: every field stripped, the parties split and deduplicated; a
        title, date or party list that was guessed (now confirmed) or is edited is the user's,
        one that was declared (the catalogue's, the page's) and is left as it was keeps its
        origin."""
        edited = DocumentMeta(
            title=self.title.text().strip(),
            date=self.date.text().strip(),
            parties=split_parties(self.parties.text()),
            kind=self.kind.currentText().strip(),
            place=self.place.text().strip(),
            language=str(self.language.currentData() or "").strip(),
            source=self.source.text().strip(),
        )
        users = [
            name
            for name in MetaOrigins.FIELDS
            if getattr(self._origins, name).guessed
            or getattr(edited, name) != getattr(self._meta, name)
        ]
        return replace(edited, origins=self._origins.by_user(*users))

    def _select_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index < 0:
            # An unknown code is kept as its own entry rather than silently lost.
            self.language.addItem(code, code)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._validate()

    def _validate(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problem)

    def _problem(self) -> str:
        if not self.title.text().strip():
            return self.tr("Le titre ne peut pas être vide.")
        if not is_valid_date(self.date.text().strip()):
            return self.tr("Date invalide : attendu AAAA-MM-JJ, AAAA-MM ou AAAA.")
        return ""
