"""The engine's messages in the window: in the interface's language, naming the user's file."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.application import Reading
from app.shell import i18n
from app.shell.messages import REASONS, for_user
from corpus.errors import CorpusError
from corpus.text.documents import load_file

from tests.app.library.test_library_window import _import, _message_boxes


def hostile_files(folder: Path) -> list[Path]:
    """One file per common reason a file cannot be imported, made here."""
    folder.mkdir()
    files = {
        "vide.txt": b"",
        "binaire.txt": b"\x00\x01\x02 binary",
        "blancs.txt": b"   \n\n  \t \n",
        "faux.pdf": b"%PDF-1.4 this is not a PDF at all",
        "faux.docx": b"PK\x03\x04 not a zip",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(folder / "sans-texte.docx", "w") as docx:
        docx.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body/></w:document>")
    return sorted(folder.iterdir())


def test_every_import_failure_of_a_french_window_is_said_in_french(
    qtbot: QtBot, reading: Reading, tmp_path: Path
) -> None:
    files = hostile_files(tmp_path / "mauvais")
    outcomes = _import(qtbot, reading, [str(tmp_path / "mauvais")])
    assert {o.status for o in outcomes} == {"failed"}  # type: ignore[attr-defined]
    shown = _message_boxes(reading)[-1].text()
    lines = [line for line in shown.splitlines() if line.startswith("• ")]
    assert len(lines) == len(files)
    for line in lines:
        assert str(tmp_path) not in line  # the file's name, not where it lies
        name = line.removeprefix("• « ").partition(" » : ")[0]
        assert name in {p.name for p in files}, line
        reason = line.partition(" » : ")[2]
        assert any(re.fullmatch(as_pattern(french), reason) for _, french in REASONS), line


def as_pattern(template: str) -> str:
    """A French template ("illisible ({0})") as a pattern its filled forms match."""
    return re.sub(r"\\\{\d\\\}", ".*", re.escape(template))


@pytest.mark.parametrize("name", ["vide.txt", "binaire.txt", "faux.pdf"])
def test_an_english_window_reads_what_the_command_line_prints(
    qapp: QApplication, tmp_path: Path, name: str
) -> None:
    path = next(p for p in hostile_files(tmp_path / "files") if p.name == name)
    with pytest.raises(CorpusError) as raised:
        load_file(path)
    engine = str(raised.value)
    assert i18n.install(qapp, "en")
    try:
        assert for_user(engine) == engine.replace(str(path), path.name)
    finally:
        i18n.install(qapp, "fr")
    french = for_user(engine)
    assert french.startswith(f"« {name} » : ")
    assert french != engine.replace(str(path), path.name)


def test_an_unknown_reason_is_shown_as_written() -> None:
    assert for_user("/a/b/c.txt: a reason nobody foresaw") == "« c.txt » : a reason nobody foresaw"
    assert for_user("no colon at all") == "no colon at all"


def test_the_servers_messages_are_told_in_french(qapp: QApplication) -> None:
    lost = (
        "the connection to the library server postgresql://ana@db:5432/team was lost "
        "(server closed the connection unexpectedly); nothing was written, try again"
    )
    assert for_user(lost) == (
        "la connexion au serveur de bibliothèque postgresql://ana@db:5432/team a été perdue "
        "(server closed the connection unexpectedly) ; rien n’a été écrit, réessayez"
    )
    told = for_user(f"• /home/ana/traite.txt: {lost}")
    assert told.startswith("• « traite.txt » : la connexion au serveur de bibliothèque")


def test_a_markdown_page_nested_too_deep_is_said_in_french() -> None:
    said = for_user(
        "/tmp/x/nested.md: lists or quotes nested more than 20 levels deep; "
        "not a document this program reads"
    )
    assert said == (
        "« nested.md » : listes ou citations imbriquées sur plus de 20 niveaux : "
        "pas un document que ce programme lit"
    )
