"""The legend of formula families: a colour swatch and a check box per family, to toggle them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from widgets import palette


class Legend(QWidget):
    """One check box per formula family, with its colour; plus the shared-phrase mark.

    Signals:
        family_toggled(str, bool): a family was switched on (True) or off (False).
    """

    family_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.setSpacing(2)
        self._boxes: dict[str, QCheckBox] = {}
        self._families: list[tuple[str, str, str]] = []
        self._counts: dict[str, int] = {}
        self._across_languages = False
        self._scheme = palette.LIGHT

    def set_families(
        self,
        families: Sequence[tuple[str, str, str]],
        counts: dict[str, int],
        *,
        across_languages: bool = False,
    ) -> None:
        """The families to list: (id, label, colour), with their hit counts (left + right);
        ``across_languages``: the texts are in two languages, and a selected pair frames what
        both of its clauses state (the legend says so)."""
        hidden = {f for f, box in self._boxes.items() if not box.isChecked()}
        self._families, self._counts = list(families), dict(counts)
        self._across_languages = across_languages
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self._boxes = {}
        title = QLabel(self.tr("Formules"))
        title.setStyleSheet("font-weight: bold")
        self._layout.addWidget(title)
        for family_id, label, colour in families:
            box = QCheckBox(f"{label} ({counts.get(family_id, 0)})")
            box.setChecked(True)
            box.setIcon(_swatch(self._scheme.fill(colour)))
            box.setToolTip(self.tr("Afficher ou masquer cette famille de formules"))
            box.setProperty("family_id", family_id)
            box.toggled.connect(self._on_toggled)
            self._boxes[family_id] = box
            self._layout.addWidget(box)
        phrase = QLabel(
            self.tr(
                "<u>souligné</u> : phrase partagée mot pour mot ; pointillé : "
                "à quelques mots-outils près"
            )
        )
        phrase.setTextFormat(Qt.TextFormat.RichText)
        phrase.setWordWrap(True)
        phrase.setStyleSheet(f"color: {self._scheme.shared_phrase}")
        self._layout.addWidget(phrase)
        if across_languages:
            framed = QLabel(
                self.tr(
                    "encadré : ce que les deux clauses de la paire choisie énoncent l’une et "
                    "l’autre (textes en deux langues : pas de différence mot à mot)"
                )
            )
            framed.setWordWrap(True)
            framed.setStyleSheet(f"color: {self._scheme.anchor}")
            self._layout.addWidget(framed)
        self._layout.addStretch(1)
        self.set_hidden(hidden)

    def set_dark(self, dark: bool) -> None:
        """Swatches as the panes draw them in a dark appearance (True) or a light one."""
        self._scheme = palette.scheme(dark)
        if self._families:
            self.set_families(self._families, self._counts, across_languages=self._across_languages)

    @Slot(bool)
    def _on_toggled(self, shown: bool) -> None:
        box = self.sender()
        if isinstance(box, QCheckBox):
            self.family_toggled.emit(str(box.property("family_id")), shown)

    def set_hidden(self, family_ids: Iterable[str]) -> None:
        """Uncheck these families (without emitting)."""
        hidden = set(family_ids)
        for family_id, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(family_id not in hidden)
            box.blockSignals(False)

    def checkbox(self, family_id: str) -> QCheckBox:
        return self._boxes[family_id]


def _swatch(colour: str) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return pixmap
