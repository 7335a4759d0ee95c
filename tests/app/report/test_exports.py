"""Exports by extension, in the process: the format follows the extension, and a file that cannot
be written whole leaves the previous one as it was and nothing beside it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.report import exports
from app.report.output import ExportError
from corpus.compare.comparison import Comparison, compare
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled

MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
CHARTER = "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(bundled.load_bundled(MOSCOW), bundled.load_bundled(CHARTER), bundled_catalogue())


@pytest.mark.parametrize(
    ("name", "suffix"), [("a.pdf", ".pdf"), ("a.CSV", ".csv"), ("rapport.v2.docx", ".docx")]
)
def test_the_extension_names_the_format(name: str, suffix: str) -> None:
    assert exports.format_of(Path(name)) == suffix


@pytest.mark.parametrize("name", ["a.xyz", "a.doc", "a", "a.pdf.part"])
def test_other_extensions_are_refused(name: str) -> None:
    with pytest.raises(ExportError, match="not a format written here"):
        exports.format_of(Path(name))


@pytest.mark.parametrize("name", ["out.csv", "out.docx"])
def test_a_full_disk_leaves_the_previous_file(
    tmp_path: Path, comparison: Comparison, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from corpus import atomicfile

    def no_space(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    target = tmp_path / name
    target.write_bytes(b"the previous export")
    monkeypatch.setattr(atomicfile.os, "replace", no_space)
    with pytest.raises(ExportError, match=f"cannot write .*{name}: No space left on device"):
        exports.export(comparison, bundled_catalogue(), exports.ExportRequest(target))
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert target.read_bytes() == b"the previous export"
    monkeypatch.undo()
    exports.export(comparison, bundled_catalogue(), exports.ExportRequest(target))
    assert target.read_bytes() != b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_text_a_spreadsheet_would_run_stays_text(tmp_path: Path) -> None:
    """The Cambodia agreement's points open with "-to ensure…": Excel would read a formula."""
    from app.report.table import as_text_cell, table_rows
    from corpus.text.documents import open_document

    data = Path(__file__).resolve().parents[2] / "data"
    cambodia = open_document(
        str(data / "nl-bwb__agreement-cambodia-sovereignty-territorial-integrity-1991.txt")
    )
    charter = open_document(str(data / "nl-bwb__charter-of-the-united-nations.txt"))
    rows = table_rows(compare(cambodia, charter, bundled_catalogue()))
    texts = [cell for row in rows for cell in (row[1], row[3]) if cell]
    assert any(text.startswith("'-to ") for text in texts)
    assert not [text for text in texts if text[:1] in "=+-@"]
    assert as_text_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert as_text_cell("Les Parties") == "Les Parties"
