"""The metadata dialog and the library panel mark a guessed title, date or party list; OK in
the dialog makes them the user's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from corpus.model import MetaOrigin
from corpus.text.bundled import bundled_meta
from corpus.text.metadata import extract_meta
from widgets.librarypanel import LibraryPanel
from widgets.metadialog import MetadataDialog

MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"

DATA = Path(__file__).resolve().parent.parent / "data"


def test_a_guessed_date_is_marked_and_confirmed_by_ok(qtbot: QtBot) -> None:
    raw = (DATA / "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt").read_text(
        encoding="utf-8"
    )
    meta = extract_meta(raw)
    assert meta.origins.date is MetaOrigin.FIRST_LINE
    dialog = MetadataDialog(meta)
    qtbot.addWidget(dialog)
    assert dialog.date.font().italic()
    assert "première ligne" in dialog.date.toolTip()
    confirmed = dialog.meta()
    assert confirmed.date == "2023-09-10"
    assert confirmed.origins.date is MetaOrigin.USER
    assert not confirmed.origins.title.guessed


def test_a_declared_field_keeps_its_origin_unless_edited(qtbot: QtBot) -> None:
    meta = bundled_meta(MOSCOW)
    dialog = MetadataDialog(meta)
    qtbot.addWidget(dialog)
    assert not dialog.title.font().italic()
    dialog.date.setText("2004-02-07")
    edited = dialog.meta()
    assert edited.origins.date is MetaOrigin.USER
    assert edited.origins.title is MetaOrigin.BUNDLED


def test_the_library_panel_marks_guessed_values(qtbot: QtBot) -> None:
    raw = (DATA / "texts" / "whitehouse__jeddah-communique-us-saudi-2022.txt").read_text(
        encoding="utf-8"
    )
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_documents([("j", extract_meta(raw)), ("m", bundled_meta(MOSCOW))])
    rows = {
        str(item.data(0, Qt.ItemDataRole.UserRole)): item
        for item in (panel.documents.topLevelItem(i) for i in range(2))
        if item is not None
    }
    assert rows["j"].text(1) == "2022-07-15 (déduit)"
    assert rows["j"].font(1).italic()
    assert "première ligne" in rows["j"].toolTip(1)
    assert rows["m"].text(1) == "2004-02-06"  # the catalogue's: declared
    assert not rows["m"].font(1).italic()
    width = rows["j"].font(1)
    # The date is shown whole, its day not cut off by the mark.
    assert panel.documents.columnWidth(1) >= QFontMetrics(width).horizontalAdvance(
        rows["j"].text(1)
    )
    assert panel.has_guesses("j")
    assert not panel.has_guesses("m")
    confirm = next(a for a in panel.context_menu("j").actions() if "Confirmer" in a.text())
    assert not next(
        a for a in panel.context_menu("m").actions() if "Confirmer" in a.text()
    ).isEnabled()
    with qtbot.waitSignal(panel.confirm_requested) as signal:
        confirm.trigger()
    assert signal.args == ["j"]
