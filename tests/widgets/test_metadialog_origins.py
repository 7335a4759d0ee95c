"""The metadata dialog marks a guessed title, date or party list, and OK makes them the user's."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from corpus.model import MetaOrigin
from corpus.text.bundled import bundled_meta
from corpus.text.metadata import extract_meta
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
