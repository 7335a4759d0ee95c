"""Pairing across languages on real bilingual treaties (issue 23): versions of one text paired
article by article, re-ordered texts by mutual best, no ties, no chrome, a third language on
anchors only, a text mixing languages."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest

from corpus.compare import cognates
from corpus.compare.align import strength
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.comparison import Comparison, compare_analyzed
from corpus.formulas.finder import bundled_catalogue
from corpus.model import Document
from corpus.text import bundled
from corpus.text.documents import load_file

from tests.corpus.conftest import DATA

XLANG = DATA / "xlang"
ARTICLE = re.compile(r"^Article\s+(\d+|premier)\b")


def _analyzed(name: str) -> AnalyzedDocument:
    return analyze(load_file(XLANG / name), bundled_catalogue())


def _compare(left: str, right: str) -> Comparison:
    return compare_analyzed(_analyzed(left), _analyzed(right), bundled_catalogue())


def _article(document: AnalyzedDocument, clause_id: str) -> int | None:
    found = ARTICLE.match(document.clause(clause_id).label)
    if found is None:
        return None
    return 1 if found.group(1) == "premier" else int(found.group(1))


def _article_pairs(comparison: Comparison) -> set[tuple[int | None, int | None]]:
    return {
        (_article(comparison.left, link.left), _article(comparison.right, link.right))
        for link in comparison.alignment.links
    }


def test_a_treatys_french_and_english_texts_are_versions_paired_article_by_article() -> None:
    comparison = _compare(
        "pakistan-seamen-book-letters.fr.txt", "pakistan-seamen-book-letters.en.txt"
    )
    assert (comparison.relation, comparison.basis) == ("versions", "cognates")
    pairs = _article_pairs(comparison) - {(None, None)}
    assert pairs == {(n, n) for n in range(1, 10)}  # article N with article N, and no other
    # On the one-language scale: most pairs of a translation are strong, none is below "weak".
    strengths = Counter(strength(link.score) for link in comparison.alignment.links)
    assert strengths["strong"] > len(comparison.alignment.links) / 2


def test_two_agreements_of_one_model_pair_by_mutual_best_across_their_order() -> None:
    # Cape Verde (French) puts disputes with an investor last (13), Mongolia (English) eighth;
    # Mongolia has no article on taxation (Cape Verde's 4), so its transfers are 4, not 5.
    comparison = _compare("bit-cape-verde.fr.txt", "bit-BWBV0001203.en.txt")
    assert comparison.relation == "comparable"
    pairs = _article_pairs(comparison)
    assert {(13, 8), (5, 4), (6, 5), (10, 12), (11, 10), (12, 11)} <= pairs
    wrong = {p for p in pairs if None not in p} - {
        (1, 1),
        (2, 2),
        (3, 3),
        (5, 4),
        (6, 5),
        (7, 6),
        (8, 7),
        (9, 9),
        (10, 12),
        (11, 10),
        (12, 11),
        (13, 8),
    }
    assert len(wrong) <= 2


def test_a_declaration_and_an_agreement_in_another_order_pair_by_mutual_best_only() -> None:
    # The 2004 Moscow declaration (French) and the Belovezh agreement (English, a web page): no
    # common order, so no clause is paired for standing between two pairs (issue 23 found 12
    # nonsense pairs in the first 20).
    moscow = analyze(
        bundled.load_bundled("2004-02-06_russie-azerbaidjan_declaration-de-moscou"),
        bundled_catalogue(),
    )
    belovezh = analyze(
        load_file(DATA / "pages" / "belovezh-accords-1991.en.md"), bundled_catalogue()
    )
    comparison = compare_analyzed(moscow, belovezh, bundled_catalogue())
    assert comparison.relation == "comparable"
    rows = {c.clause_id: k for k, c in enumerate(moscow.clauses)}
    columns = {c.clause_id: k for k, c in enumerate(belovezh.clauses)}
    scores = comparison.scores
    for link in comparison.alignment.links:
        i, j = rows[link.left], columns[link.right]
        assert scores[i, j] == scores[i].max() == scores[:, j].max()
    labels = {
        (moscow.clause(k.left).label, belovezh.clause(k.right).label)
        for k in comparison.alignment.links
    }
    assert ("IV ¶4", "Article 5 ¶1") in labels  # territorial integrity, inviolable borders
    assert ("II –7", "Article 7 –3") in labels  # transport
    assert ("V ¶10", "Article 14 ¶3") in labels  # "Fait à Moscou" / "Done at Minsk"
    assert len(labels) < 20


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("pakistan-seamen-book-letters.fr.txt", "pakistan-seamen-book-letters.en.txt"),
        ("bit-cape-verde.fr.txt", "bit-BWBV0001203.en.txt"),
        ("war-graves-note.de.txt", "letters-pakistan-fr-en-nl.md.txt"),
    ],
)
def test_no_clause_gets_two_proposals_at_one_score(left: str, right: str) -> None:
    comparison = _compare(left, right)
    assert comparison.alignment.links
    for side in ("left", "right"):
        seen = Counter((getattr(link, side), link.score) for link in comparison.alignment.links)
        assert max(seen.values()) == 1


def test_lines_that_are_only_a_link_or_a_tag_are_not_compared() -> None:
    mixed = _analyzed("letters-pakistan-fr-en-nl.md.txt")
    raw = mixed.document.raw
    assert raw.startswith("<meta http-equiv=")
    assert all(not raw[c.start : c.end].startswith("<meta") for c in mixed.clauses)
    # A statement copied from a web page: its "See: [...](https://...)" line pairs with nothing.
    english = load_file(XLANG / "pakistan-seamen-book-letters.en.txt")
    link = "See: [Agreements establishing the Benelux Union](https://www.benelux.int/en/agreements)"
    with_link = replace(english, raw=english.raw + f"\n{link}\n\nShare this page\n")
    analysed = analyze(with_link, bundled_catalogue())
    compared = {analysed.document.raw[c.start : c.end].strip() for c in analysed.clauses}
    assert link not in compared
    assert "Share this page" not in compared
    comparison = compare_analyzed(
        _analyzed("pakistan-seamen-book-letters.fr.txt"), analysed, bundled_catalogue()
    )
    assert comparison.relation == "versions"  # the chrome did not spoil the order


def test_a_german_text_is_compared_on_anchors_only_and_says_so() -> None:
    german = _analyzed("war-graves-note.de.txt")
    assert german.document.meta.language == "de"
    comparison = compare_analyzed(
        german, _analyzed("pakistan-seamen-book-letters.fr.txt"), bundled_catalogue()
    )
    assert (comparison.basis, comparison.relation) == ("anchors", "comparable")
    # A war cemetery and seamen's books: no number or name in common, so nothing pairs.
    assert not comparison.alignment.links
    mixed = compare_analyzed(
        german, _analyzed("letters-pakistan-fr-en-nl.md.txt"), bundled_catalogue()
    )
    assert mixed.basis == "anchors"
    assert mixed.alignment.links
    assert all(strength(link.score) == "weak" for link in mixed.alignment.links)
    assert all(mixed.diff(link) == [] for link in mixed.alignment.links)


def test_two_german_texts_are_compared_on_anchors_too() -> None:
    german = _analyzed("war-graves-note.de.txt")
    comparison = compare_analyzed(german, _analyzed("war-graves-note.de.txt"), bundled_catalogue())
    assert comparison.basis == "anchors"
    assert all(strength(link.score) == "weak" for link in comparison.alignment.links)
    labels = {
        (german.clause(k.left).label, german.clause(k.right).label)
        for k in comparison.alignment.links
    }
    assert ("1.", "1.") in labels  # the same text: its numbered points pair with themselves


def test_a_text_mixing_languages_compares_without_error() -> None:
    mixed = _analyzed("letters-pakistan-fr-en-nl.md.txt")
    for other in ("pakistan-seamen-book-letters.en.txt", "war-graves-note.de.txt"):
        comparison = compare_analyzed(mixed, _analyzed(other), bundled_catalogue())
        assert comparison.basis in ("words", "cognates", "anchors")
        ids = {c.clause_id for c in mixed.clauses}
        assert all(link.left in ids for link in comparison.alignment.links)


def test_a_texts_3_grams_are_made_once_per_content() -> None:
    first = _analyzed("bit-cape-verde.fr.txt")
    again = analyze(
        Document("elsewhere", "elsewhere.txt", first.document.raw, first.document.meta),
        bundled_catalogue(),
    )
    assert cognates.clause_grams(first) is cognates.clause_grams(again)
