"""The engine's messages in the window: in the interface's language, naming the user's file."""

from __future__ import annotations

import ast
import re
import string
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.report.exports import format_of
from app.report.output import ExportError, check_target
from app.shell import i18n
from app.shell.messages import WORDS, for_user
from corpus.errors import CorpusError, DocumentError, LibraryError, QueryError, Reason
from corpus.library.query import MAX_NEAR_TERMS, parse_query
from corpus.library.saved import MANIFEST, SavedComparisonError, read_saved
from corpus.library.server.connection import LibraryConnectionError
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
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path
) -> None:
    files = hostile_files(tmp_path / "mauvais")
    outcomes = _import(qtbot, reading, [str(tmp_path / "mauvais")])
    assert {o.status for o in outcomes} == {"failed"}  # type: ignore[attr-defined]
    assert all(o.error is not None for o in outcomes)  # type: ignore[attr-defined]
    shown = _message_boxes(reading)[-1].text()
    lines = [line for line in shown.splitlines() if line.startswith("• ")]
    assert len(lines) == len(files)
    for line in lines:
        assert str(tmp_path) not in line  # the file's name, not where it lies
        name = line.removeprefix("• « ").partition(" » : ")[0]
        assert name in {p.name for p in files}, line
        reason = line.partition(" » : ")[2]
        assert any(re.fullmatch(as_pattern(french), reason) for french in WORDS.values()), line


def as_pattern(template: str) -> str:
    """A French template ("illisible ({cause})") as a pattern its filled forms match."""
    return re.sub(r"\\\{[^}]*\\\}", ".*", re.escape(template))


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
        assert for_user(raised.value) == engine.replace(str(path), path.name)
    finally:
        i18n.install(qapp, "fr")
    french = for_user(raised.value)
    assert french.startswith(f"« {name} » : ")
    assert french != engine.replace(str(path), path.name)


def test_an_error_without_a_reason_is_shown_as_written() -> None:
    error = CorpusError("/a/b/c.txt: a reason nobody foresaw")
    assert error.reason is Reason.GENERIC
    assert for_user(error) == str(error) == "/a/b/c.txt: a reason nobody foresaw"


def test_a_fault_of_the_program_is_said_as_one() -> None:
    assert for_user(KeyError("x")) == "erreur interne : KeyError('x')"


def test_the_servers_messages_are_told_in_french(qapp: QApplication) -> None:
    lost = LibraryConnectionError(
        Reason.SERVER_CONNECTION_LOST,
        server="postgresql://ana@db:5432/team",
        cause="server closed the connection unexpectedly",
    )
    assert str(lost) == (
        "the connection to the library server postgresql://ana@db:5432/team was lost "
        "(server closed the connection unexpectedly); nothing was written, try again"
    )
    assert for_user(lost) == (
        "la connexion au serveur de bibliothèque postgresql://ana@db:5432/team a été perdue "
        "(server closed the connection unexpectedly) ; rien n’a été écrit, réessayez"
    )


def test_a_markdown_page_nested_too_deep_is_said_in_french() -> None:
    error = DocumentError(Reason.NESTED_TOO_DEEP, "/tmp/x/nested.md", levels=20)
    assert str(error) == (
        "/tmp/x/nested.md: lists or quotes nested more than 20 levels deep; "
        "not a document this program reads"
    )
    assert for_user(error) == (
        "« nested.md » : listes ou citations imbriquées sur plus de 20 niveaux : "
        "pas un document que ce programme lit"
    )


def test_a_query_is_told_why_in_french_and_never_taken_for_a_file() -> None:
    with pytest.raises(QueryError) as near:
        parse_query("NEAR(souveraineté)")
    assert str(near.value) == "NEAR needs at least two words"  # the command line's
    assert for_user(near.value) == "NEAR demande au moins deux mots"
    with pytest.raises(QueryError) as family:
        parse_query("family:")
    assert for_user(family.value).startswith("family: demande l’identifiant")
    assert "«" not in for_user(family.value)


def test_an_error_that_causes_another_is_worded_in_the_same_language() -> None:
    empty = DocumentError(Reason.EMPTY_FILE, "/home/ana/import/vide.txt")
    refused = LibraryError(Reason.NOTHING_IMPORTED, cause=empty)
    assert str(refused) == "/home/ana/import/vide.txt: the file is empty; nothing was imported"
    assert for_user(refused) == "« vide.txt » : le fichier est vide ; rien n’a été importé"


def test_too_many_near_words_are_refused_in_french() -> None:
    words = " ".join(f"mot{n}" for n in range(MAX_NEAR_TERMS + 1))
    with pytest.raises(QueryError) as raised:
        parse_query(f"NEAR({words}, 5)")
    assert str(raised.value) == (
        f"NEAR takes at most {MAX_NEAR_TERMS} words ({MAX_NEAR_TERMS + 1} given)"
    )
    assert for_user(raised.value) == (
        f"NEAR prend au plus {MAX_NEAR_TERMS} mots ({MAX_NEAR_TERMS + 1} donnés)"
    )


def test_an_export_refused_is_told_in_french(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        format_of(tmp_path / "rapport.odt")
    assert str(raised.value).startswith(
        f"cannot write {tmp_path / 'rapport.odt'}: the extension .odt is not a format"
    )
    assert for_user(raised.value).startswith(
        "impossible d’écrire rapport.odt : l’extension .odt n’est pas un format écrit ici ("
    )
    with pytest.raises(ExportError) as missing:
        check_target(tmp_path / "absent" / "rapport.pdf")
    assert for_user(missing.value) == (
        f"impossible d’écrire rapport.pdf : le dossier {tmp_path / 'absent'} n’existe pas"
    )


def test_a_saved_comparison_that_is_not_one_is_refused_in_french(tmp_path: Path) -> None:
    path = tmp_path / "accord.vavcmp"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("left.txt", "Les Parties conviennent de ce qui suit.")
    with pytest.raises(SavedComparisonError) as raised:
        read_saved(path)
    assert str(raised.value) == f"{path}: not a saved comparison (no {MANIFEST})"
    assert for_user(raised.value) == (
        f"« accord.vavcmp » : pas une comparaison enregistrée (il n’y a pas de {MANIFEST})"
    )


def test_a_path_inside_a_sentence_is_named_by_its_file_name() -> None:
    error = LibraryError(
        Reason.METADATA_NOT_SAVED, "/home/ana/library/originals/3f/traite.txt", cause="disk full"
    )
    assert for_user(error) == (
        "les métadonnées de traite.txt ne peuvent pas être enregistrées (disk full)"
    )


def test_every_reason_has_its_interface_string_and_its_english_translation() -> None:
    assert set(WORDS) == set(Reason) - {Reason.GENERIC}
    for reason, french in WORDS.items():
        # The same parameters, so that each language fills its sentence from the same error.
        assert _fields(french) == _fields(reason.value), reason
    translations = _translations()
    for reason, french in WORDS.items():
        assert translations.get(french) == reason.value, reason


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _translations() -> dict[str, str]:
    """The interface's English translation of the ``messages`` strings (the .ts source)."""
    root = ElementTree.parse(TS).getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None:
                found[message.findtext("source") or ""] = translation.text or ""
    return found


TS = Path(__file__).parents[3] / "resources" / "translations" / "vis_a_vis_en.ts"


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """The names of ``CorpusError`` and of every class that derives from it, found in ``trees``."""
    found = {"CorpusError"}
    while True:
        more = {
            node.name
            for tree in trees
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(isinstance(base, ast.Name) and base.id in found for base in node.bases)
        }
        if more <= found:
            return found
        found |= more


def test_no_raise_gives_a_sentence_only() -> None:
    # Each error carries its reason, so that the window can word it in its own language.
    root = TS.parents[2]
    paths = [
        path for package in ("corpus", "app", "widgets") for path in (root / package).rglob("*.py")
    ]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(paths)}
    classes = _error_classes(list(trees.values()))
    assert {"LibraryConnectionError", "ExportError", "SavedComparisonError"} <= classes
    found = [
        f"{path.relative_to(root).as_posix()}:{node.lineno}"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in classes
        and node.args
        and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))
    ]
    assert found == []
