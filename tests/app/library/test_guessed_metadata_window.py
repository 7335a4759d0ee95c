"""In the window, a title, date or party list read by a rule is marked as a guess when a text is
imported and opened, and the user confirms it from the library panel."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from corpus.model import MetaOrigin

DATA = Path(__file__).resolve().parents[2] / "data"
JEDDAH = DATA / "texts" / "whitehouse__jeddah-communique-us-saudi-2022.txt"


def test_an_import_says_what_was_guessed_and_the_user_confirms_it(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    with qtbot.waitSignal(reading.library_controller.imported, timeout=60000) as done:
        reading.window.library.files_dropped.emit([str(JEDDAH)])
    key = done.args[0][0].key
    panel = reading.window.library
    assert panel.has_guesses(key)
    assert "déduits pour 1" in panel.status.text()
    # Opened, its pane says the date was guessed ("2022-07-15 (déduit) · ...").
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        panel.open_requested.emit(key, "right")
    assert "2022-07-15 (déduit)" in reading.window.right_pane.subtitle_label.text()
    with qtbot.waitSignal(reading.library_controller.entries_changed, timeout=5000):
        panel.confirm_requested.emit(key)
    meta = next(e for e in reading.library.entries() if e.key == key).meta
    assert (meta.date, meta.origins.date) == ("2022-07-15", MetaOrigin.USER)
    assert meta.origins.title is MetaOrigin.USER
    assert not panel.has_guesses(key)
