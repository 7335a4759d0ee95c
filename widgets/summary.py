"""The summary line of a comparison: similarity, pairs, and formulas present on one side only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class SummaryLabel(QLabel):
    """A wrapped, selectable line of facts about the comparison shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(6, 2, 6, 2)

    def set_summary(
        self,
        similarity: float,
        pairs: int,
        reviewed: int,
        unpaired: tuple[int, int],
        only_left: Sequence[str],
        only_right: Sequence[str],
        basis: str = "",
    ) -> None:
        """Show the figures; formula lists and ``basis`` (what the texts were compared on, when
        not two texts in one language) are already translated."""
        parts = [
            self.tr("Similarité : <b>{0:.0%}</b>").format(similarity),
            # One pair, one review: the singular (never "1 paires").
            (self.tr("1 paire") if pairs == 1 else self.tr("{0} paires").format(pairs))
            + ", "
            + (self.tr("1 revue") if reviewed == 1 else self.tr("{0} revues").format(reviewed)),
            self.tr("sans correspondant : {0} à gauche, {1} à droite").format(*unpaired),
        ]
        if only_left:
            parts.append(self.tr("affirmé seulement à gauche : {0}").format(", ".join(only_left)))
        if only_right:
            parts.append(self.tr("affirmé seulement à droite : {0}").format(", ".join(only_right)))
        if basis:
            parts.append(basis)
        self.setText(" · ".join(parts))

    def set_busy(self, message: str) -> None:
        self.setText(f"<i>{message}</i>")
