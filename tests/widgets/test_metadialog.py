"""The metadata dialog: shows a document's metadata, validates edits, returns the edited values."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from corpus.model import DocumentMeta
from corpus.text import bundled
from widgets.metadialog import MetadataDialog

META = bundled.bundled_meta(bundled.bundled_ids()[0])


def _dialog(qtbot: QtBot, meta: DocumentMeta = META) -> MetadataDialog:
    dialog = MetadataDialog(meta)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: MetadataDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_fields_show_the_metadata(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Métadonnées du document"
    assert dialog.title.text() == META.title
    assert dialog.date.text() == META.date
    assert dialog.parties.text() == ", ".join(META.parties)
    assert dialog.kind.currentText() == META.kind
    assert dialog.place.text() == META.place
    assert dialog.language.currentData() == META.language
    assert dialog.source.text() == META.source
    assert _ok(dialog).isEnabled()
    assert dialog.problem.text() == ""
    assert dialog.problem.objectName() == "problem"


def test_unedited_metadata_round_trips(qtbot: QtBot) -> None:
    assert _dialog(qtbot).meta() == META


def test_parties_are_split_stripped_and_deduplicated(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.parties.setText("Russia ; Azerbaijan, Russia")
    assert dialog.meta().parties == ("Russia", "Azerbaijan")
    dialog.parties.setText(" ,; ")
    assert dialog.meta().parties == ()


def test_other_fields_are_stripped(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.place.setText("  Bakou ")
    dialog.kind.setCurrentText(" treaty ")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    meta = dialog.meta()
    assert (meta.place, meta.kind, meta.language) == ("Bakou", "treaty", "en")


@pytest.mark.parametrize("bad", ["2004-13-01", "06/02/2004", "2004-02-30", "2004-00", "04"])
def test_an_invalid_date_disables_ok(qtbot: QtBot, bad: str) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.date, "x")  # typing also triggers validation
    assert not _ok(dialog).isEnabled()
    dialog.date.setText(bad)
    assert not _ok(dialog).isEnabled()
    assert dialog.problem.text() == "Date invalide : attendu AAAA-MM-JJ, AAAA-MM ou AAAA."
    for good in ("2004-02", "2004", "2004-02-29", ""):
        dialog.date.setText(good)
        assert _ok(dialog).isEnabled(), good
        assert dialog.problem.text() == ""


def test_a_blank_title_disables_ok(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.title.setText("   ")
    assert not _ok(dialog).isEnabled()
    assert dialog.problem.text() == "Le titre ne peut pas être vide."
    dialog.title.setText("Déclaration")
    assert _ok(dialog).isEnabled()


def test_an_unknown_language_code_is_preserved(qtbot: QtBot) -> None:
    meta = dataclasses.replace(META, language="ru")
    dialog = _dialog(qtbot, meta)
    assert dialog.language.currentText() == "ru"
    assert dialog.meta() == meta
    assert dialog.language.findData("fr") >= 0


def test_an_empty_language_is_offered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, dataclasses.replace(META, language=""))
    assert dialog.language.currentText() == "—"
    assert dialog.meta().language == ""
    assert not dialog.grab().isNull()
