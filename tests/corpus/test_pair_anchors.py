"""The anchors two paired clauses share across languages, on real French and English texts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.comparison import compare
from corpus.compare.pair_anchors import clause_anchors, shared_anchors
from corpus.formulas.finder import bundled_catalogue
from corpus.model import AnchorKind, Clause, ClauseLink, Document, Span
from corpus.text.documents import load_file

DATA = Path(__file__).resolve().parent.parent / "data"


def _analysed(path: Path, language: str) -> AnalyzedDocument:
    document = load_file(path)
    return analyze(
        replace(document, meta=replace(document.meta, language=language)), bundled_catalogue()
    )


def _clause(document: AnalyzedDocument, words: str) -> Clause:
    raw = document.document.raw
    return next(c for c in document.segmentation.clauses if words in raw[c.start : c.end])


def _texts(document: AnalyzedDocument, spans: Sequence[Span]) -> list[str]:
    raw = document.document.raw
    return [raw[span.start : span.end] for span in spans]


@pytest.fixture(scope="module")
def moscow_fr(moscow: Document) -> AnalyzedDocument:
    return analyze(moscow, bundled_catalogue())


@pytest.fixture(scope="module")
def alma_ata_en() -> AnalyzedDocument:
    return _analysed(DATA / "formulas_en" / "alma-ata-declaration-1991-excerpt.txt", "en")


def test_the_formulas_two_declarations_share_are_marked_on_both_sides(
    moscow_fr: AnalyzedDocument, alma_ata_en: AnalyzedDocument
) -> None:
    left = _clause(moscow_fr, "inviolabilité des frontières")
    right = _clause(alma_ata_en, "inviolability of the existing borders")
    anchors = shared_anchors(moscow_fr, left, alma_ata_en, right)
    assert [(a.kind, a.key) for a in anchors] == [
        (AnchorKind.FORMULA, "territorial-integrity"),
        (AnchorKind.FORMULA, "inviolability-of-borders"),
    ]
    integrity, borders = anchors
    assert _texts(moscow_fr, integrity.left) == ["intégrité territoriale"]
    assert _texts(alma_ata_en, integrity.right) == ["territorial integrity"]
    assert _texts(moscow_fr, borders.left) == ["inviolabilité des frontières"]
    assert _texts(alma_ata_en, borders.right) == ["inviolability of the existing borders"]
    # every span lies inside its own clause
    for anchor in anchors:
        assert all(left.start <= s.start and s.end <= left.end for s in anchor.left)
        assert all(right.start <= s.start and s.end <= right.end for s in anchor.right)


def test_a_list_of_principles_shares_each_of_its_formulas(
    moscow_fr: AnalyzedDocument, alma_ata_en: AnalyzedDocument
) -> None:
    left = _clause(moscow_fr, "non-ingérence dans les")
    right = _clause(alma_ata_en, "noninterference in the internal affairs")
    keys = {a.key for a in shared_anchors(moscow_fr, left, alma_ata_en, right)}
    assert {
        "sovereign-equality",
        "non-interference",
        "non-use-of-force",
        "international-law",
    } <= keys


def test_names_dates_articles_and_numbers_are_read_in_one_form_for_both_languages() -> None:
    italy = _analysed(DATA / "nl-bwb__traite-de-paix-avec-italie-1947.txt", "fr")
    preamble = clause_anchors(italy, _clause(italy, "le 25 juillet 1943"))
    assert _texts(italy, preamble[AnchorKind.DATE, "1943-07-25"]) == ["25 juillet 1943"]
    assert _texts(italy, preamble[AnchorKind.NAME, "United Kingdom"])[0] == "Royaume-Uni"
    assert _texts(italy, preamble[AnchorKind.NAME, "Germany"]) == ["Allemagne"] * 4
    # the year of a date is not a number of its own
    assert (AnchorKind.NUMBER, "1943") not in preamble
    registered = clause_anchors(italy, _clause(italy, "l'article 102 de la Charte"))
    assert _texts(italy, registered[AnchorKind.ARTICLE, "102"]) == ["article 102"]
    # "2." opens the clause: its label, not a number it states
    assert not [key for key in registered if key[0] is AnchorKind.NUMBER]

    bangkok = _analysed(
        DATA / "whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt", "en"
    )
    putrajaya = clause_anchors(bangkok, _clause(bangkok, "Putrajaya"))
    assert _texts(bangkok, putrajaya[AnchorKind.DATE, "2025-07-28"])[0].startswith("July 28,")

    cambodia = _analysed(
        DATA / "nl-bwb__agreement-cambodia-sovereignty-territorial-integrity-1991.txt", "en"
    )
    steps = _clause(cambodia, "referred to in Article 33 of the Charter")
    assert _texts(cambodia, clause_anchors(cambodia, steps)[AnchorKind.ARTICLE, "33"]) == [
        "Article 33"
    ]
    # Both name the Charter, but not the same article: only the Charter ties them.
    shared = shared_anchors(italy, _clause(italy, "l'article 102 de la Charte"), cambodia, steps)
    assert [(a.kind, a.key) for a in shared] == [(AnchorKind.FORMULA, "un-charter")]


def test_the_comparison_gives_a_pairs_anchors_and_says_it_is_across_languages(
    moscow: Document,
) -> None:
    alma_ata = load_file(DATA / "formulas_en" / "alma-ata-declaration-1991-excerpt.txt")
    english = replace(alma_ata, meta=replace(alma_ata.meta, language="en"))
    comparison = compare(moscow, english, bundled_catalogue())
    assert comparison.across_languages
    left = _clause(comparison.left, "inviolabilité des frontières")
    right = _clause(comparison.right, "inviolability of the existing borders")
    link = ClauseLink(left.clause_id, right.clause_id, 0.5)
    assert [a.key for a in comparison.anchors(link)] == [
        "territorial-integrity",
        "inviolability-of-borders",
    ]
    assert not compare(moscow, moscow, bundled_catalogue()).across_languages


def test_numbers_grouped_by_dots_or_commas_have_one_key() -> None:
    italy = _analysed(DATA / "nl-bwb__traite-de-paix-avec-italie-1947.txt", "fr")
    reparations = clause_anchors(italy, _clause(italy, "100.000.000 de dollars"))
    assert _texts(italy, reparations[AnchorKind.NUMBER, "100000000"]) == ["100.000.000"]
    gold = clause_anchors(italy, _clause(italy, "au 1er juillet 1946"))
    assert (AnchorKind.DATE, "1946-07-01") in gold
    ukraine = _analysed(DATA / "whitehouse__us-ukraine-strategic-partnership-2021.txt", "en")
    lives = clause_anchors(ukraine, _clause(ukraine, "14,000"))
    assert _texts(ukraine, lives[AnchorKind.NUMBER, "14000"]) == ["14,000"]


def test_a_french_declaration_and_an_english_statement_share_their_principles(
    sochi: Document,
) -> None:
    # Sochi (2022, French) and the U.S.-EU summit statement (2023, English) on Armenia and
    # Azerbaijan: the same three principles, in the two languages' wordings.
    french = analyze(sochi, bundled_catalogue())
    english = _analysed(DATA / "whitehouse__us-eu-summit-joint-statement-2023.txt", "en")
    left = _clause(french, "l'inviolabilité des frontières")
    right = _clause(english, "inviolability of borders and territorial integrity")
    anchors = shared_anchors(french, left, english, right)
    assert [(a.key, _texts(french, a.left), _texts(english, a.right)) for a in anchors] == [
        ("sovereignty", ["souveraineté"], ["sovereignty"]),
        ("territorial-integrity", ["intégrité territoriale"], ["territorial integrity"]),
        (
            "inviolability-of-borders",
            ["inviolabilité des frontières"],
            ["inviolability of borders"],
        ),
    ]
