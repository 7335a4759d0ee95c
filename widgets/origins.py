"""How the window words where a guessed title, date or party list was read, said once for the
metadata dialog and the library panel (``corpus.model.MetaOrigin``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from corpus.model import MetaOrigin

_CONTEXT = "origins"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def where_read(origin: MetaOrigin) -> str:
    """Where in the text a rule read a field ("formule de signature"), in the user's language."""
    words = {
        MetaOrigin.TITLE: _tr("ligne de titre"),
        MetaOrigin.SIGNATURE: _tr("formule de signature"),
        MetaOrigin.DATELINE: _tr("ligne de lieu et de date"),
        MetaOrigin.STAMP: _tr("date de publication"),
        MetaOrigin.FIRST_LINE: _tr("première ligne"),
        MetaOrigin.OPENING: _tr("début du préambule"),
    }
    return words.get(origin, _tr("ailleurs dans le texte"))


def guessed_tip(origin: MetaOrigin) -> str:
    """The tooltip of a guessed field: where it was read, and that the user may confirm it."""
    return _tr(
        "Déduit du texte (%1) : vérifiez-le ; le confirmer ou le corriger le fait vôtre."
    ).replace("%1", where_read(origin))


def guessed_mark() -> str:
    """What follows a guessed value or its label: " (déduit)"."""
    return _tr(" (déduit)")


def marked_font(font: QFont, guessed: bool) -> QFont:
    """``font`` in italics for a guessed value, upright otherwise."""
    font = QFont(font)
    font.setItalic(guessed)
    return font
