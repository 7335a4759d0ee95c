"""How the window words where a guessed title, date or party list was read, said once for the
metadata dialog and the library panel (``corpus.model.MetaOrigin``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from corpus.model import MetaOrigin


def where_read(origin: MetaOrigin) -> str:
    """Where in the text a rule read a field ("formule de signature"), in the user's language."""
    words = {
        MetaOrigin.TITLE: QCoreApplication.translate("origins", "ligne de titre"),
        MetaOrigin.SIGNATURE: QCoreApplication.translate("origins", "formule de signature"),
        MetaOrigin.DATELINE: QCoreApplication.translate("origins", "ligne de lieu et de date"),
        MetaOrigin.STAMP: QCoreApplication.translate("origins", "date de publication"),
        MetaOrigin.FIRST_LINE: QCoreApplication.translate("origins", "première ligne"),
        MetaOrigin.OPENING: QCoreApplication.translate("origins", "début du préambule"),
    }
    return words.get(origin, QCoreApplication.translate("origins", "ailleurs dans le texte"))


def guessed_tip(origin: MetaOrigin) -> str:
    """The tooltip of a guessed field: where it was read, and that the user may confirm it."""
    tip = QCoreApplication.translate(
        "origins", "Déduit du texte (%1) : vérifiez-le ; le confirmer ou le corriger le fait vôtre."
    )
    return tip.replace("%1", where_read(origin))


def guessed_mark() -> str:
    """What follows a guessed value or its label: " (déduit)"."""
    return QCoreApplication.translate("origins", " (déduit)")


def marked_font(font: QFont, guessed: bool) -> QFont:
    """``font`` in italics for a guessed value, upright otherwise."""
    font = QFont(font)
    font.setItalic(guessed)
    return font
