"""Hostile files made here (encrypted, nested, huge, oddly named): a clean message, quickly."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from corpus.errors import DocumentError
from corpus.library.store import ImportStatus, Library
from corpus.text.extract import extract_bytes

from tests.corpus.test_extract import make_pdf

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
    library = Library.open(tmp_path / "library", with_bundled=False)
    outcomes = library.add_paths([folder])
    assert [o.status for o in outcomes] == [
        ImportStatus.FAILED,
        ImportStatus.ADDED,
        ImportStatus.ADDED,
    ]
    assert "password" in outcomes[0].message
    assert len(library) == 2
