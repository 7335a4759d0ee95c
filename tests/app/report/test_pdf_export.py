"""PDF export, read back: words with accents, highlight fills, pages, fonts, bookmarks, errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from app.report.pdf import ExportError, export_pdf
from corpus.compare.comparison import Comparison, compare
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled
from widgets import palette

ROOT = Path(__file__).resolve().parents[3]
MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
CHARTER = "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(bundled.load_bundled(MOSCOW), bundled.load_bundled(CHARTER), bundled_catalogue())


def _export(path: Path, comparison: Comparison, layout: str) -> PdfReader:
    export_pdf(comparison, bundled_catalogue(), path, layout, "fr", date(2026, 11, 23))
    return PdfReader(str(path))


def _text(reader: PdfReader) -> str:
    # pypdf extracts Qt's spaces as tabs or breaks and adds one after an elision
    # (PLATFORM.md): compare without white space.
    return "".join("".join(page.extract_text() for page in reader.pages).split())


def _squash(text: str) -> str:
    return "".join(text.split())


def test_synoptic_pdf_reads_back(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    reader = _export(tmp_path / "out.pdf", comparison, "synoptic")
    text = _text(reader)
    for words in (
        "Réaffirment leur soutien mutuel à la souveraineté",
        "l’intégrité territoriale",
        "Similarité globale",
        "Non-ingérence dans les affaires intérieures",
        "version du catalogue de formules 1",
        "longueur minimale des phrases partagées 5",
        "Fédération de Russie",
        "œuvre",
    ):
        assert _squash(words) in text, words
    total = len(reader.pages)
    assert 8 <= total <= 30
    assert f"page1/{total}" in text
    assert f"page{total}/{total}" in text
    assert "2026-11-23" in text
    assert (tmp_path / "out.pdf").stat().st_mode & 0o044  # readable by others, like any file


def test_fonts_are_embedded(qapp: QApplication, tmp_path: Path, comparison: Comparison) -> None:
    reader = _export(tmp_path / "out.pdf", comparison, "synoptic")
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                if "/FontFile2" in descriptor:
                    embedded.add(str(descriptor["/FontName"]))
    assert any("DejaVuSans" in name for name in embedded)


def _fills(reader: PdfReader) -> set[tuple[float, float, float]]:
    """Colours set (``rg`` or Qt's ``scn``) right before a rectangle is filled."""
    colours = set()
    for page in reader.pages:
        content = page.get_contents()
        assert content is not None
        data = content.get_data().decode("latin-1")
        # "r g b scn /GSa gs q 1 0 0 1 x y cm x y w h re f": a colour, then a filled rectangle.
        pattern = (
            r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn)\s+(?:/\w+ gs\s+)?(?:q\s+)?"
            r"(?:[\d.-]+ ){6}cm\s+[\d.\s-]+re\s+f|"
            r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn)\s+(?:/\w+ gs\s+)?[\d.\s-]+re\s+f"
        )
        for match in re.findall(pattern, data):
            r, g, b = (float(x) for x in [v for v in match if v][:3])
            colours.add((round(r, 2), round(g, 2), round(b, 2)))
    return colours


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(round(int(colour[i : i + 2], 16) / 255, 2) for i in (1, 3, 5))  # type: ignore[return-value]


def test_highlight_colours_are_filled_areas(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    fills = _fills(_export(tmp_path / "out.pdf", comparison, "synoptic"))
    catalogue = bundled_catalogue()
    for family in ("sovereignty", "territorial-integrity", "inviolability-of-borders", "terrorism"):
        colour = catalogue.family(family).colour  # type: ignore[union-attr]
        assert any(
            max(abs(a - b) for a, b in zip(_rgb(colour), fill, strict=True)) < 0.02
            for fill in fills
        ), family


def _underlines(reader: PdfReader) -> set[tuple[tuple[float, float, float], bool]]:
    """Stroke colours (Qt's ``SCN``), each with whether its line is dashed (``[1 2] 0 d``)."""
    strokes = set()
    for page in reader.pages:
        content = page.get_contents()
        assert content is not None
        data = content.get_data().decode("latin-1")
        for match in re.finditer(r"([\d.]+) ([\d.]+) ([\d.]+) SCN\s+[^\n]*\[([^\]]*)\]", data):
            colour = tuple(round(float(x), 2) for x in match.groups()[:3])
            strokes.add((colour, bool(match.group(4).strip())))
    return strokes  # type: ignore[return-value]


def test_shared_phrases_are_underlined_as_on_screen(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    assert {p.exact for p in comparison.phrases} == {True, False}
    for layout in ("synoptic", "parallel"):
        strokes = _underlines(_export(tmp_path / f"{layout}.pdf", comparison, layout))
        assert (_rgb(palette.SHARED_PHRASE), False) in strokes, layout  # word for word: solid
        assert (_rgb(palette.NEAR_PHRASE), True) in strokes, layout  # near-shared: dotted


def test_parallel_layout_has_both_texts_and_bookmarks(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    reader = _export(tmp_path / "parallel.pdf", comparison, "parallel")
    text = _text(reader)
    assert _squash("Les Parties notent qu’il est extrêmement important") in text
    assert _squash("Section II : Investissement économique") in text
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert {"I", "II", "III", "IV", "V"} <= set(titles)


def test_rows_are_never_cut_mid_line(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    reader = _export(tmp_path / "out.pdf", comparison, "synoptic")
    pages = [_squash(page.extract_text()) for page in reader.pages]
    clause = _squash("Les Parties notent qu’il est extrêmement important d’instaurer un climat de")
    holding = [i for i, page in enumerate(pages) if clause in page]
    assert len(holding) == 1
    assert "internationalementreconnues." in pages[holding[0]]  # the row's end, same page


def test_unwritable_paths_raise_and_leave_nothing(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(comparison, bundled_catalogue(), tmp_path / "absent" / "out.pdf")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(ExportError, match="cannot write"):
            export_pdf(comparison, bundled_catalogue(), locked / "out.pdf")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_directory_as_target_fails_cleanly(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    target = tmp_path / "taken.pdf"
    target.mkdir()
    with pytest.raises(ExportError, match="cannot write"):
        export_pdf(comparison, bundled_catalogue(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"]


def test_export_command(tmp_path: Path) -> None:
    out = tmp_path / "cmd.pdf"
    command = [
        sys.executable,
        str(ROOT / "main.py"),
        "export",
        "moscou",
        "2026",
        "-o",
        str(out),
        "--layout",
        "parallel",
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    bad = subprocess.run(
        [*command[:6], str(tmp_path / "no" / "x.pdf")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2
    assert "does not exist" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_pdf_cut_short_is_an_error(
    qapp: QApplication, tmp_path: Path, comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.report import pdf_pages as pdf_export

    class Truncating(QPainter):
        """Qt says nothing when the disk fills mid-write; this cuts the drawn file in half."""

        def end(self) -> bool:
            done = super().end()
            for drawn in tmp_path.glob(".*.qt"):
                os.truncate(drawn, drawn.stat().st_size // 2)
            return done

    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF- the previous export")
    monkeypatch.setattr(pdf_export, "QPainter", Truncating)
    with pytest.raises(ExportError, match=r"cannot write .*out\.pdf: the PDF was cut short"):
        export_pdf(comparison, bundled_catalogue(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
    assert target.read_bytes() == b"%PDF- the previous export"


def test_a_full_disk_leaves_no_partial_file(
    qapp: QApplication, tmp_path: Path, comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from app.report import pdf_pages as pdf_export

    def no_space(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF- the previous export")
    monkeypatch.setattr(pdf_export.os, "replace", no_space)
    with pytest.raises(ExportError, match="No space left on device"):
        export_pdf(comparison, bundled_catalogue(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
    assert target.read_bytes() == b"%PDF- the previous export"  # nothing lost
