"""Hostile files made here (encrypted, nested, huge, oddly named): a clean message, quickly."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from corpus.errors import DocumentError
from corpus.library.embedded.store import EmbeddedLibrary, ImportStatus
from corpus.text import extract
from corpus.text.documents import load_file
from corpus.text.extract import extract_bytes, join_hyphenated
from corpus.text.loading import MAX_TEXT_CHARS, read_bytes
from corpus.text.sentences import sentence_spans

from tests.corpus.test_extract import _W, make_docx, make_pdf

_LINES = ["Déclaration commune", "Les Parties réaffirment l’intégrité territoriale des États."]


def encrypted_pdf(user_password: str, algorithm: str) -> bytes:
    """A PDF of two lines encrypted with an owner password (and ``user_password`` to open it)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([_LINES]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_with_only_an_owner_password_opens(algorithm: str) -> None:
    text = extract_bytes(encrypted_pdf("", algorithm), ".pdf").text
    assert "intégrité territoriale" in text


def test_a_pdf_that_needs_a_password_gets_a_message() -> None:
    with pytest.raises(DocumentError, match="protected by a password"):
        extract_bytes(encrypted_pdf("secret", "AES-256"), ".pdf", "locked.pdf")


def test_a_pdf_that_breaks_the_reader_gets_a_message() -> None:
    damaged = (
        make_pdf([_LINES]).replace(b"/Count 1", b"/Count (x)").replace(b"/Kids [", b"/Kids [[")
    )
    with pytest.raises(DocumentError, match="damaged"):
        extract_bytes(damaged, ".pdf", "damaged.pdf")


def test_an_import_goes_past_a_locked_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a_locked.pdf").write_bytes(encrypted_pdf("secret", "AES-128"))
    (folder / "b_open.pdf").write_bytes(encrypted_pdf("", "AES-128"))
    (folder / "c_text.txt").write_text("Communiqué conjoint sur la coopération.\n", "utf-8")
    library = EmbeddedLibrary.open(tmp_path / "library", with_bundled=False)
    outcomes = library.add_paths([folder])
    assert [o.status for o in outcomes] == [
        ImportStatus.FAILED,
        ImportStatus.ADDED,
        ImportStatus.ADDED,
    ]
    assert "password" in outcomes[0].message
    assert len(library) == 2


# -- case 3: readers that were quadratic on small files ----------------------------------------


def test_nested_docx_paragraphs_are_read_once_each() -> None:
    depth = 3000
    opening = '<w:p><w:r><w:t xml:space="preserve">niveau</w:t></w:r>'
    data = make_docx([], extra_body=opening * depth + "</w:p>" * depth)
    text = extract_bytes(data, ".docx").text
    assert text == "\n\n".join(["niveau"] * depth) + "\n"


def test_html_with_endless_unclosed_tags() -> None:
    data = b"<p>Texte visible.</p>" + b"<a " * 100_000
    assert extract_bytes(data, ".html").text == "Texte visible.\n"


def test_html_declaring_utf16_on_ascii_is_read_as_browsers_do() -> None:
    page = '<html><head><meta charset="utf-16"></head><body><p>Souveraineté</p></body></html>'
    assert extract_bytes(page.encode("utf-8"), ".html").text == "Souveraineté\n"


def test_a_pdf_line_of_endless_letters_is_joined_in_linear_time() -> None:
    run = "a" * 200_000
    assert join_hyphenated(f"{run}\nsouve-\nraineté {run}") == f"{run}\nsouveraineté {run}"


def test_one_long_paragraph_is_split_in_linear_time() -> None:
    text = "Les Parties saluent M. Dupont et les É.-U. d’Amérique. " * 20_000  # 1.1 MB
    spans = sentence_spans(text)
    assert len(spans) == 20_000
    assert (
        text[spans[1][0] : spans[1][1]] == "Les Parties saluent M. Dupont et les É.-U. d’Amérique."
    )


# -- case 7: memory and files that are not files ------------------------------------------------


def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_bytes(pipe)


def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(DocumentError, match="not a regular file"):
        read_bytes(link)


def test_no_more_than_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    with pytest.raises(DocumentError, match="too large"):
        read_bytes(path, limit=4096)
    assert read_bytes(path, limit=5000) == b"a" * 5000


def _docx_with_sizes(xml: bytes, stated: int) -> bytes:
    """A .docx whose document part is ``xml``, its ZIP headers claiming ``stated`` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    data = bytearray(buffer.getvalue())
    true = len(xml).to_bytes(4, "little")
    lie = stated.to_bytes(4, "little")
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(signature)
        assert data[at + offset : at + offset + 4] == true
        data[at + offset : at + offset + 4] = lie
    return bytes(data)


@pytest.mark.parametrize("stated", [100, 1_000])
def test_a_docx_whose_header_lies_about_its_size(
    stated: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "MAX_XML_BYTES", 1_000_000)
    paragraph = b"<w:p><w:r><w:t>Les Parties.</w:t></w:r></w:p>"
    xml = (
        f'<w:document xmlns:w="{_W}"><w:body>'.encode()
        + paragraph * 50_000
        + b"</w:body></w:document>"
    )
    with pytest.raises(DocumentError, match=r"too large|can be read"):
        extract_bytes(_docx_with_sizes(xml, stated), ".docx")


def test_a_docx_bigger_than_the_limit_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "MAX_XML_BYTES", 1_000_000)
    data = make_docx(["Les Parties conviennent."] * 60_000)
    with pytest.raises(DocumentError, match="too large"):
        extract_bytes(data, ".docx")


def test_a_docx_of_many_tiny_paragraphs() -> None:
    data = make_docx(["x"] * 50_000)
    assert extract_bytes(data, ".docx").text.count("x") == 50_000


def test_a_text_too_long_to_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"mot " * (MAX_TEXT_CHARS // 4 + 1))
    with pytest.raises(DocumentError, match="too long"):
        load_file(path)
    with pytest.raises(DocumentError, match="too long"):
        extract_bytes(path.read_bytes(), ".txt")
    with pytest.raises(DocumentError, match="too long"):
        extract_bytes(make_docx(["mot " * 1000] * (MAX_TEXT_CHARS // 4000 + 1)), ".docx")
