"""Reading files: encodings, newlines, and every kind of bad input gets a clear DocumentError."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from corpus.errors import DocumentError
from corpus.text import bundled
from corpus.text.documents import load_file, open_document
from corpus.text.loading import MAX_DOCUMENT_BYTES, read_text_file

from tests.corpus.conftest import MOSCOW

SAMPLE = "Déclaration de l’État, à Moscou, le 6 février 2004 : œuvre « commune »\nsouveraineté\n"


@pytest.fixture
def moscow_text() -> str:
    return bundled.bundled_path(MOSCOW).read_text(encoding="utf-8")


def test_bundled_files_read_exactly_as_read_text(tmp_path: Path) -> None:
    for doc_id in bundled.bundled_ids():
        path = bundled.bundled_path(doc_id)
        raw, encoding = read_text_file(path)
        assert raw == path.read_text(encoding="utf-8")
        assert encoding == "utf-8"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("cp1252", "cp1252")],
)
def test_encodings_decode_to_the_same_text(
    tmp_path: Path, moscow_text: str, encoding: str, expected: str
) -> None:
    text = moscow_text  # curly apostrophes, en dashes, œ: all exist in cp1252 too
    path = tmp_path / "decl.txt"
    path.write_bytes(text.encode(encoding))
    raw, used = read_text_file(path)
    assert raw == text
    assert used == expected


def test_windows_1252_with_curly_apostrophes_and_ligature(tmp_path: Path) -> None:
    path = tmp_path / "ansi.txt"
    path.write_bytes(SAMPLE.encode("cp1252"))
    raw, used = read_text_file(path)
    assert raw == SAMPLE
    assert used == "cp1252"


def test_latin_1_text(tmp_path: Path) -> None:
    text = "Fait à Genève, le 3 décembre 1816, en français.\nLes Hautes Parties contractantes.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    raw, _ = read_text_file(path)
    assert raw == text


def test_universal_newlines_match_read_text(tmp_path: Path, moscow_text: str) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(moscow_text.replace("\n", "\r\n").encode("utf-8"))
    raw, _ = read_text_file(path)
    assert raw == path.read_text(encoding="utf-8") == moscow_text
    old_mac = tmp_path / "cr.txt"
    old_mac.write_bytes(b"ligne un\rligne deux\r")
    assert read_text_file(old_mac)[0] == "ligne un\nligne deux\n"


def test_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    raw, _ = read_text_file(path)
    assert raw == SAMPLE
    assert raw == path.read_text(encoding="utf-8-sig")


def _png() -> bytes:
    return bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00" * 64


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \n", "no text"),
        ("image.txt", _png(), "PNG"),
        ("nul.txt", b"Declaration\x00\x00\x01\x02binary", "binary"),
        ("garbage.txt", bytes(range(128, 256)) * 20, "UTF-8"),
        ("controls.txt", b"\x01\x02\x03\x04\x05 text \x06\x07\x08\x0e\x0f" * 10, "control"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as caught:
        load_file(path)
    assert str(path) in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_file(tmp_path / "absent.txt")
    with pytest.raises(DocumentError, match="folder"):
        load_file(tmp_path)


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(DocumentError, match="too large"):
        load_file(path)


def test_open_document_by_path_or_bundled_id(tmp_path: Path) -> None:
    assert open_document(MOSCOW).meta.date == "2004-02-06"
    assert open_document("moscou").doc_id == MOSCOW
    path = tmp_path / "mine.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert open_document(str(path)).raw == SAMPLE
    with pytest.raises(DocumentError, match="no bundled declaration"):
        open_document("azerbaidjan")  # names several bundled texts: ambiguous


def test_what_names_a_document(tmp_path: Path) -> None:
    from corpus.text.documents import names_a_document

    text = tmp_path / "note.txt"
    text.write_text("Note verbale.\n", encoding="utf-8")
    assert names_a_document(str(text))
    assert names_a_document("moscou")  # a bundled declaration, by a unique part of its id
    assert not names_a_document(str(tmp_path / "gone.txt"))
    assert not names_a_document(str(tmp_path))  # a folder
    assert not names_a_document("")
    assert not names_a_document(".")
