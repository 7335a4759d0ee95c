"""A pair across languages, in what the views and the PDF are given: no word diff, but what
both of its clauses state, marked on both sides (no QApplication: pure functions)."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.comparison import presenter
from app.report import content as pdf_report
from corpus.compare.comparison import Comparison, compare
from corpus.formulas.catalogue import Catalogue, bundled_catalogue
from corpus.model import ClauseLink
from corpus.text import bundled
from corpus.text.documents import load_file
from widgets import palette
from widgets.marks import MarkKind

MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
ALMA_ATA = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "formulas_en"
    / "alma-ata-declaration-1991-excerpt.txt"
)
ANCHOR_SPAN = re.compile(r"<span style='[^']*font-weight:bold[^']*'>([^<]*)</span>")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return bundled_catalogue()


@pytest.fixture(scope="module")
def across(catalogue: Catalogue) -> Comparison:
    english = load_file(ALMA_ATA)
    english = replace(english, meta=replace(english.meta, language="en"))
    return compare(bundled.load_bundled(MOSCOW), english, catalogue)


def _borders_pair(comparison: Comparison) -> ClauseLink:
    left = next(
        c
        for c in comparison.left.clauses
        if "inviolabilité des frontières" in comparison.left.document.raw[c.start : c.end]
    )
    right = next(
        c
        for c in comparison.right.clauses
        if "inviolability of the existing" in comparison.right.document.raw[c.start : c.end]
    )
    return ClauseLink(left.clause_id, right.clause_id, 0.3)


def test_a_pair_across_languages_is_marked_by_its_anchors_not_a_diff(
    across: Comparison, catalogue: Catalogue
) -> None:
    link = _borders_pair(across)
    left, right = presenter.pair_marks(across, link, catalogue, "en")
    raw_left, raw_right = across.left.document.raw, across.right.document.raw
    assert [raw_left[m.start : m.end] for m in left] == [
        "intégrité territoriale",
        "inviolabilité des frontières",
    ]
    assert [raw_right[m.start : m.end] for m in right] == [
        "territorial integrity",
        "inviolability of the existing borders",
    ]
    assert {m.kind for m in left + right} == {MarkKind.ANCHOR}
    assert left[0].tooltip == "In both texts: Territorial integrity"
    assert right[1].tooltip == "In both texts: Inviolability of borders"
    assert presenter.anchors_note(across, link, catalogue, "fr") == (
        " · dans les deux textes : Intégrité territoriale, Inviolabilité des frontières"
    )


def test_a_pair_in_one_language_keeps_its_word_diff(catalogue: Catalogue) -> None:
    moscow = bundled.load_bundled(MOSCOW)
    sochi = bundled.load_bundled("2022-10-31_russie-azerbaidjan-armenie_declaration-de-sotchi")
    comparison = compare(moscow, sochi, catalogue)
    link = max(comparison.alignment.links, key=lambda k: k.score)
    left, right = presenter.pair_marks(comparison, link, catalogue, "fr")
    assert {m.kind for m in left + right} <= {MarkKind.DELETE, MarkKind.INSERT}
    assert left + right  # two different clauses: some words differ
    assert presenter.anchors_note(comparison, link, catalogue, "fr") == ""


def test_the_pdf_rows_mark_the_anchors_bold_on_both_sides(
    across: Comparison, catalogue: Catalogue
) -> None:
    report = pdf_report.build_report(across, catalogue, "synoptic", "en", date(2026, 12, 7))
    row = next(r for r in report.rows if "inviolability of the existing" in html.unescape(r.right))
    assert set(map(html.unescape, ANCHOR_SPAN.findall(row.left))) >= {
        "intégrité territoriale",
        "inviolabilité des frontières",
    }
    assert set(map(html.unescape, ANCHOR_SPAN.findall(row.right))) >= {
        "territorial integrity",
        "inviolability of the existing borders",
    }
    assert palette.ANCHOR in row.right
    assert "line-through" not in row.left  # no word diff across languages
    # The legend explains the anchors, not a diff there is none of (the report's words in
    # French: no translator given).
    cover = html.unescape(report.cover)
    assert "ce que les deux textes énoncent" in cover
    assert "barrés" not in cover
