"""The PDF's report, before drawing: row order, exact text, marks, cover facts, escaping.

No QApplication: ``app.report.content`` and ``app.comparison.presenter`` are pure functions of a
comparison.
"""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from app.comparison import presenter
from app.report import content as pdf_report
from app.report import marks
from app.shell import i18n
from corpus.compare.comparison import CompareSettings, Comparison, compare
from corpus.formulas.catalogue import Catalogue
from corpus.formulas.finder import bundled_catalogue
from corpus.model import Document, DocumentMeta
from corpus.text import bundled
from corpus.text.countries import display_parties
from widgets import palette
from widgets.synoptic import SynopticRow

MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
CHARTER = "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique"
SPAN = re.compile(r"<span style='([^']*)'[^>]*>([^<]*)</span>")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return bundled_catalogue()


@pytest.fixture(scope="module")
def comparison(catalogue: Catalogue) -> Comparison:
    settings = CompareSettings(threshold=0.2, min_words=5)
    moscow, charter = bundled.load_bundled(MOSCOW), bundled.load_bundled(CHARTER)
    return compare(moscow, charter, catalogue, settings)


@pytest.fixture(scope="module")
def rows(comparison: Comparison) -> list[SynopticRow]:
    return presenter.synoptic_rows(comparison)


def _plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_rows_follow_the_left_text_and_show_each_right_clause_once(
    comparison: Comparison, rows: list[SynopticRow]
) -> None:
    left_order = [c.clause_id for c in comparison.left.clauses]
    assert [i for row in rows for i in row.left_ids] == left_order
    shown = [i for row in rows for i in row.right_ids]
    assert sorted(shown) == sorted(c.clause_id for c in comparison.right.clauses)
    for link in comparison.alignment.links:  # a pair sits in one row, or points to it
        holder = next(row for row in rows if link.right in row.right_ids)
        best = max(
            (k for k in comparison.alignment.links if k.right == link.right), key=lambda k: k.score
        )
        assert holder.left_ids == (best.left,)
    report = pdf_report.build_report(
        comparison, bundled_catalogue(), "synoptic", "fr", date.today()
    )
    assert len(report.rows) == len(rows)


def test_unpaired_right_clauses_sit_after_their_predecessor(
    comparison: Comparison, rows: list[SynopticRow]
) -> None:
    order = [c.clause_id for c in comparison.right.clauses]
    row_of = {i: n for n, row in enumerate(rows) for i in row.right_ids}
    unpaired = set(comparison.alignment.unpaired_right)
    assert unpaired, "the pair should have right clauses without counterpart"
    for clause_id in unpaired:
        index = row_of[clause_id]
        assert rows[index].left_ids == ()
        before = [i for i in order[: order.index(clause_id)] if i not in unpaired]
        start = row_of[before[-1]] if before else -1
        assert start < index
        between = rows[start + 1 : index]  # only other unpaired right clauses, earlier in text
        assert all(not row.left_ids and row.right_ids[0] in unpaired for row in between)


def test_cells_keep_the_published_text(comparison: Comparison, catalogue: Catalogue) -> None:
    for side, document in (("left", comparison.left), ("right", comparison.right)):
        raw = document.document.raw
        for clause in document.clauses:
            cell = marks.marked_html(comparison, catalogue, side, clause.start, clause.end)
            assert _plain(cell) == raw[clause.start : clause.end].replace("\n", " ")


def test_formula_hits_are_filled_with_their_catalogue_colour(
    comparison: Comparison, catalogue: Catalogue
) -> None:
    hits = comparison.left.formulas
    assert {h.family for h in hits} >= {"sovereignty", "territorial-integrity", "un-charter"}
    for hit in hits:
        colour = catalogue.family(hit.family).colour  # type: ignore[union-attr]
        cell = marks.marked_html(comparison, catalogue, "left", hit.start, hit.end)
        spans = SPAN.findall(cell)
        assert "".join(html.unescape(text) for _style, text in spans) == _plain(cell)
        assert all(f"background-color:{colour}" in style for style, _text in spans), hit


def test_shared_phrases_are_underlined_dotted_when_near(
    comparison: Comparison, catalogue: Catalogue
) -> None:
    kinds = {p.exact for p in comparison.phrases}
    assert kinds == {True, False}, "the pair should share exact and near phrases"
    for phrase in comparison.phrases:
        for side, span in (("left", phrase.left), ("right", phrase.right)):
            cell = marks.marked_html(comparison, catalogue, side, span.start, span.end)
            styles = [style for style, _text in SPAN.findall(cell)]
            assert styles
            assert _plain(cell) == "".join(html.unescape(t) for _s, t in SPAN.findall(cell))
            colour = palette.SHARED_PHRASE if phrase.exact else palette.NEAR_PHRASE
            for style in styles:
                assert f"text-decoration: underline; text-decoration-color:{colour}" in style
            # Qt's HTML cannot dot a line: the export dots the spans titled NEAR_MARK.
            marked = cell.count(f"title='{marks.NEAR_MARK}'")
            assert marked == (0 if phrase.exact else len(styles))


def test_a_bare_number_the_text_starts_with_is_not_repeated(
    comparison: Comparison, catalogue: Catalogue
) -> None:
    report = pdf_report.build_report(comparison, catalogue, "synoptic", "fr", date.today())
    cells = "".join(row.right for row in report.rows)
    # Preamble point "3.": no "3." above it (its words may carry the pair's diff marks).
    paragraphs = [_plain(p) for p in re.findall(r"<p>.*?</p>", cells)]
    assert any(p.startswith("3. Affirment l’importance") for p in paragraphs)
    assert "<b>3.</b>" not in cells
    assert any(p.startswith("Section II, 22. La République") for p in paragraphs)  # kept


FRENCH = (
    "Similarité globale : {similarity}",
    "Formules présentes à droite seulement : Avantage mutuel",
    "seuil d’appariement 0.20",
    "longueur minimale des phrases partagées 5 mots",
    "version du catalogue de formules 1",
    "Vis-à-vis 0.1.0 · exporté le 2026-11-23",
    "Terrorisme",
)
ENGLISH = (
    "Overall similarity: {similarity}",
    "Formulas present on the right only: Mutual benefit",
    "pairing threshold 0.20",
    "minimum length of shared phrases 5 words",
    "formula catalogue version 1",
    "Vis-à-vis 0.1.0 · exported on 2026-11-23",
    "Terrorism",
)


@pytest.mark.parametrize(("language", "expected"), [("fr", FRENCH), ("en", ENGLISH)])
def test_cover_records_what_was_compared_and_how(
    comparison: Comparison, catalogue: Catalogue, language: str, expected: tuple[str, ...]
) -> None:
    report = pdf_report.build_report(
        comparison,
        catalogue,
        "synoptic",
        language,
        date(2026, 11, 23),
        translate=i18n.translator_for(language),
    )
    cover = " ".join(_plain(report.cover).split())
    for meta in (comparison.left.document.meta, comparison.right.document.meta):
        assert meta.title in cover
        assert meta.date in cover
        assert ", ".join(display_parties(meta.parties, language)) in cover
    for words in expected:
        assert words.format(similarity=f"{comparison.similarity:.0%}") in cover
    present = {h.family for h in (*comparison.left.formulas, *comparison.right.formulas)}
    absent = [f for f in catalogue.families if f.family_id not in present]
    assert absent, "some catalogue family should be missing from both texts"
    for family in absent:  # the legend lists only the colours the pages use
        assert f"background-color:{family.colour}" not in report.cover
    assert report.generated == "2026-11-23"


def test_sections_for_the_outline(comparison: Comparison, catalogue: Catalogue) -> None:
    report = pdf_report.build_report(comparison, catalogue, "parallel", "fr", date.today())
    assert [heading for heading, _ in report.left_sections] == ["I", "II", "III", "IV", "V"]
    offsets = [offset for _, offset in report.right_sections]
    assert offsets == sorted(offsets)
    assert report.right_sections[0][0].startswith("Section I : Connectivité")
    for heading, _ in report.right_sections:
        assert f"<h4>{pdf_report.escape(heading)}</h4>" in report.right_text


def test_markup_in_the_texts_is_escaped(catalogue: Catalogue) -> None:
    def document(doc_id: str, title: str, raw: str) -> Document:
        return Document(doc_id, f"{doc_id}.txt", raw, DocumentMeta(title=title, date="2026-01-01"))

    text = "1. Les Parties <b>réaffirment</b> le respect de la souveraineté & de l’intégrité.\n"
    left = document("a", "R&D <a> « Accord »", text)
    right = document("b", "Autre", text.replace("Parties", "États"))
    report = pdf_report.build_report(
        compare(left, right, catalogue), catalogue, "synoptic", "fr", date.today()
    )
    cells = "".join(row.left for row in report.rows)
    for markup in (report.left_text, cells):
        assert "<b>r" not in markup  # the text's tags are not taken as the report's
        assert "Parties <b>réaffirment</b> le respect" in _plain(markup)
        assert "souveraineté & de l’intégrité" in _plain(markup)
    assert "R&amp;D &lt;a&gt; « Accord »" in report.cover
