"""The library in the window: add files and folders (dialog, drop), open on a side, edit metadata,
remove, failures reported, a damaged database rebuilt and the user told."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.application import DEFAULT_PAIR, WindowAssembly
from app.shell.settings import SettingsStore
from corpus.library.embedded.store import DATABASE, default_data_dir
from widgets.actions import Act
from widgets.metadialog import MetadataDialog

from tests.app.conftest import open_reading

DATA = Path(__file__).resolve().parents[2] / "data"
VIETNAM = DATA / "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt"
NATO = DATA / "nl-bwb__north-atlantic-treaty-1949.txt"
TEXTS = DATA / "texts"
STATEMENTS = (
    "whitehouse__spain-us-joint-declaration-2022.txt",
    "whitehouse__us-france-joint-statement-2022.txt",
    "whitehouse__us-india-joint-statement-2023.txt",
)


def _titles(reading: WindowAssembly) -> list[str]:
    tree = reading.window.library.documents
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _import(qtbot: QtBot, reading: WindowAssembly, paths: list[str]) -> object:
    with qtbot.waitSignal(reading.library_controller.imported, timeout=60000) as done:
        reading.window.library.files_dropped.emit(paths)
    return done.args[0]


def _message_boxes(reading: WindowAssembly) -> list[QMessageBox]:
    return [b for b in reading.window.findChildren(QMessageBox) if b.isVisible()]


def test_the_bundled_declarations_are_listed_and_cannot_be_removed(reading: WindowAssembly) -> None:
    panel = reading.window.library
    assert len(panel.keys()) == 5
    # This computer's library: a plain title, its folder in the tooltip.
    assert reading.window.library_dock.windowTitle() == "Bibliothèque"
    assert reading.window.library_dock.toolTip() == reading.library.location
    assert any("Moscou" in t for t in _titles(reading))
    menu = panel.context_menu(panel.keys()[0])
    assert [a.isEnabled() for a in menu.actions() if "Retirer" in a.text()] == [False]


def test_files_added_by_the_dialog_are_listed_searchable_and_open(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "source" / VIETNAM.name
    source.parent.mkdir()
    shutil.copy(VIETNAM, source)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], "Documents")
    )
    with qtbot.waitSignal(reading.library_controller.imported, timeout=60000):
        reading.window.action(Act.ADD_FILES).trigger()
    panel = reading.window.library
    assert len(panel.keys()) == 6
    assert "1 ajouté(s)" in panel.status.text()
    key = panel.current_key()  # the new document is selected
    assert key
    assert not key.startswith("bundled:")
    source.unlink()  # the library kept its own copy
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        panel.left_button.click()
    assert "vietnam" in reading.window.left_pane.title_label.text().lower()
    with qtbot.waitSignal(reading.search.results_ready, timeout=10000):
        reading.window.search.query.setText("comprehensive strategic partnership")
    assert any(h.key == key for h in reading.results.hits())


def test_a_folder_dropped_is_imported_and_a_second_drop_is_recognised(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path
) -> None:
    folder = tmp_path / "treaties"
    folder.mkdir()
    shutil.copy(NATO, folder / NATO.name)
    (folder / "notes.bin").write_bytes(b"\x00\x01binary")  # not a format the library reads
    _import(qtbot, reading, [str(folder)])
    assert len(reading.window.library.keys()) == 6
    _import(qtbot, reading, [str(folder / NATO.name)])
    assert len(reading.window.library.keys()) == 6
    assert "1 déjà présent(s)" in reading.window.library.status.text()


def test_a_folder_import_shows_how_far_it_has_got(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path
) -> None:
    folder = tmp_path / "statements"
    folder.mkdir()
    for name in STATEMENTS:
        shutil.copy(TEXTS / name, folder / name)
    seen: list[tuple[int, int, int, str]] = []
    window = reading.window

    def look(done: int, total: int) -> None:  # connected after the window's own slot
        seen.append(
            (done, window.busy.value(), window.busy.maximum(), window.library.status.text())
        )

    reading.library_controller.import_progress.connect(look)
    _import(qtbot, reading, [str(folder)])
    assert [(done, value, most) for done, value, most, _ in seen] == [
        (1, 1, 3),
        (2, 2, 3),
        (3, 3, 3),
    ]
    assert seen[1][3] == "Import : 2 fichiers sur 3…"
    assert window.busy.maximum() == 0  # done: the next task may not count its steps
    assert len(window.library.keys()) == 8


def test_a_file_that_cannot_be_read_is_reported_and_nothing_is_added(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not a PDF at all")
    outcomes = _import(qtbot, reading, [str(broken)])
    assert [o.status for o in outcomes] == ["failed"]  # type: ignore[attr-defined]
    assert len(reading.window.library.keys()) == 5
    boxes = _message_boxes(reading)
    assert boxes
    assert "broken.pdf" in boxes[-1].text()
    assert "1 en échec" in reading.window.library.status.text()


def test_metadata_edited_in_the_dialog_is_saved(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path
) -> None:
    outcomes = _import(qtbot, reading, [str(VIETNAM)])
    key = outcomes[0].key  # type: ignore[index]
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.window.library.open_requested.emit(key, "right")
    with (
        qtbot.waitSignal(reading.library_controller.entries_changed, timeout=5000),
        qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000),
    ):
        reading.window.library.edit_requested.emit(key)
        dialog = reading.window.findChild(MetadataDialog, "metadata_dialog")
        assert dialog is not None
        assert dialog.isVisible()
        dialog.title.setText("Partenariat stratégique global États-Unis–Viêt Nam")
        dialog.date.setText("2023-09-10")
        dialog.accept()
    entry = next(e for e in reading.library.entries() if e.key == key)
    assert entry.meta.title == "Partenariat stratégique global États-Unis–Viêt Nam"
    assert entry.meta.date == "2023-09-10"
    assert "Partenariat stratégique global États-Unis–Viêt Nam" in _titles(reading)
    pane_title = reading.window.right_pane.title_label.text()
    assert pane_title == "Partenariat stratégique global États-Unis–Viêt Nam"


def test_a_removed_document_leaves_the_library_after_confirmation(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    key = _import(qtbot, reading, [str(VIETNAM)])[0].key  # type: ignore[index]
    reading.window.library.remove_requested.emit(key)
    box = reading.window.findChild(QMessageBox, "remove_box")
    assert box is not None
    box.reject()  # cancelled: nothing changes
    listed = reading.window.library.keys()
    assert key in listed
    reading.window.library.remove_requested.emit(key)
    boxes = [b for b in reading.window.findChildren(QMessageBox, "remove_box") if b.isVisible()]
    with qtbot.waitSignal(reading.library_controller.entries_changed, timeout=5000):
        boxes[-1].accept()
    listed = reading.window.library.keys()
    assert key not in listed
    assert VIETNAM.exists()  # the original is never touched


def test_removing_the_document_open_in_a_pane_and_the_results_lets_go_of_it(
    qtbot: QtBot, reading: WindowAssembly, settings_path: Path
) -> None:
    key = _import(qtbot, reading, [str(VIETNAM)])[0].key  # type: ignore[index]
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.window.library.open_requested.emit(key, "left")
    assert "vietnam" in reading.window.left_pane.title_label.text().lower()
    with qtbot.waitSignal(reading.search.results_ready, timeout=10000):
        reading.window.search.query.setText("comprehensive strategic partnership")
    assert any(h.key == key for h in reading.results.hits())
    reading.save()  # the settings now remember the Vietnam statement on the left
    reading.window.library.remove_requested.emit(key)
    box = [b for b in reading.window.findChildren(QMessageBox, "remove_box") if b.isVisible()][-1]
    with (
        qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000),
        qtbot.waitSignal(reading.search.results_ready, timeout=10000),
    ):
        box.accept()
    # The pane falls back to the default declaration of its side; the results let it go.
    assert reading.controller.specs[0] == DEFAULT_PAIR[0]
    assert "vietnam" not in reading.window.left_pane.title_label.text().lower()
    assert not any(h.key == key for h in reading.results.hits())
    assert not _message_boxes(reading)
    # A library opened from another folder, or another file name: never a dead path after this.
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.window.library.open_requested.emit(reading.window.library.keys()[0], "right")
    assert not _message_boxes(reading)


def test_a_remembered_document_that_is_gone_is_dropped_quietly_at_start(
    qtbot: QtBot, settings_path: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.txt"
    store = SettingsStore(settings_path)
    store.save(replace(store.load(), left=str(gone), right=str(NATO)))
    restarted = open_reading(qtbot, settings_path)
    assert restarted.controller.specs == (DEFAULT_PAIR[0], str(NATO))
    assert not [b for b in restarted.window.findChildren(QMessageBox) if b.isVisible()]
    with qtbot.waitSignal(restarted.controller.comparison_ready, timeout=30000):
        restarted.window.library.open_requested.emit(restarted.window.library.keys()[0], "left")
    assert not [b for b in restarted.window.findChildren(QMessageBox) if b.isVisible()]


def test_a_damaged_database_is_rebuilt_and_the_user_told(
    qtbot: QtBot, settings_path: Path, tmp_path: Path
) -> None:
    first = open_reading(qtbot, settings_path)
    _import(qtbot, first, [str(VIETNAM)])
    first.window.close()  # closes the library
    database = default_data_dir() / DATABASE
    database.write_bytes(b"this is no longer a SQLite database" * 100)
    second = open_reading(qtbot, settings_path)
    qtbot.waitUntil(lambda: bool(_message_boxes(second)), timeout=5000)
    assert "damaged" in _message_boxes(second)[-1].text()
    assert len(second.window.library.keys()) == 6  # the imported document came back
    assert list(default_data_dir().glob(DATABASE + ".damaged-*"))


def test_a_source_changed_since_its_import_is_reindexed_at_start(
    qtbot: QtBot, settings_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "vietnam.txt"
    shutil.copy(VIETNAM, source)
    first = open_reading(qtbot, settings_path)
    _import(qtbot, first, [str(source)])
    first.window.close()
    with source.open("a", encoding="utf-8") as handle:
        handle.write("\nBoth sides reaffirmed the inviolability of the Mekong riverbanks.\n")
    second = open_reading(qtbot, settings_path)
    qtbot.waitUntil(lambda: "1 mis à jour" in second.window.library.status.text(), timeout=30000)
    with qtbot.waitSignal(second.search.results_ready, timeout=10000):
        second.window.search.query.setText("Mekong riverbanks")
    assert second.results.rowCount() == 1
    assert len(second.window.library.keys()) == 6  # replaced, not added


def test_an_unchanged_library_says_nothing_at_start(
    qtbot: QtBot, settings_path: Path, reading: WindowAssembly
) -> None:
    qtbot.wait(300)
    assert not reading.window.library.status.text()
    assert not _message_boxes(reading)


def test_edited_metadata_of_a_bundled_declaration_shows_in_its_pane(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    moscow = next(e for e in reading.library.entries() if "moscou" in e.key)
    assert reading.reader.side_showing(moscow.path) == "left"
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=30000):
        reading.window.library.edit_requested.emit(moscow.key)
        dialog = reading.window.findChild(MetadataDialog, "metadata_dialog")
        assert dialog is not None
        dialog.title.setText("Déclaration de Moscou (2004)")
        dialog.accept()
    assert reading.window.left_pane.title_label.text() == "Déclaration de Moscou (2004)"
    assert "moscou" in reading.controller.specs[0]  # the bundled text, opened by its id


def test_a_slow_library_opening_shows_progress_and_the_window_follows(
    qtbot: QtBot, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from corpus.library.embedded.store import EmbeddedLibrary

    release, seen = threading.Event(), []
    slow_open = EmbeddedLibrary.open

    def open_slowly(*args: object, **kwargs: object) -> EmbeddedLibrary:
        release.wait(10)  # as a whole check of a large library after a crash would
        return slow_open(*args, **kwargs)  # type: ignore[arg-type]

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend(b.labelText() for b in boxes if b.isVisible())
        release.set()

    monkeypatch.setattr(EmbeddedLibrary, "open", open_slowly)
    QTimer.singleShot(1500, look)
    reading = open_reading(qtbot, settings_path)
    assert seen == ["Vérification de la bibliothèque…"]
    assert len(reading.window.library.keys()) == 5


def test_an_import_that_waits_for_another_program_says_so(
    qtbot: QtBot, reading: WindowAssembly, monkeypatch: pytest.MonkeyPatch
) -> None:
    import filelock

    from corpus.library.embedded import writelock

    monkeypatch.setattr(writelock, "PATIENCE_SECONDS", 0.5)
    other = filelock.FileLock(reading.library.root / writelock.LOCK_FILE)
    with other:
        with qtbot.waitSignal(reading.library_controller.waiting, timeout=30000):
            reading.window.library.files_dropped.emit([str(VIETNAM)])
        # The panel says why nothing happens yet, in the window's language.
        assert "attend" in reading.window.library.status.text()
    reading.library_controller.wait()
