"""A whole comparison: the summary a reader wants (similarity, formulas on one side only)."""

from __future__ import annotations

from corpus.compare.comparison import CompareSettings, compare
from corpus.formulas.finder import bundled_catalogue
from corpus.model import DiffOp, Document
from corpus.text.documents import load_file

from tests.corpus.conftest import DATA


def test_formulas_only_in_one_text_are_asymmetric(moscow: Document, charter: Document) -> None:
    result = compare(moscow, charter, bundled_catalogue())
    # The 2004 declaration invokes non-interference and the non-use of force; the charter doesn't.
    assert "non-interference" in result.only_left
    assert "non-use-of-force" in result.only_left
    assert "un-charter" in result.only_left
    assert "sovereignty" not in result.only_left + result.only_right  # both affirm it
    assert "mutual-benefit" in result.only_right
    reverse = compare(charter, moscow, bundled_catalogue())
    assert reverse.only_left == result.only_right
    assert reverse.only_right == result.only_left


def test_similarity_orders_pairs_sensibly(
    moscow: Document, china: Document, vietnam: Document, sochi: Document
) -> None:
    catalogue = bundled_catalogue()
    partnerships = compare(china, vietnam, catalogue).similarity
    news_report = compare(sochi, vietnam, catalogue).similarity
    assert 0.0 <= news_report < partnerships <= 1.0
    itself = compare(moscow, moscow, catalogue).similarity
    assert itself > 0.95


def test_settings_are_recorded_and_used(china: Document, vietnam: Document) -> None:
    catalogue = bundled_catalogue()
    loose = compare(china, vietnam, catalogue, CompareSettings(threshold=0.1, min_words=4))
    strict = compare(china, vietnam, catalogue, CompareSettings(threshold=0.35, min_words=8))
    assert loose.settings.min_words == 4
    assert strict.settings.threshold == 0.35
    assert len(strict.alignment.links) < len(loose.alignment.links)
    assert len(strict.phrases) < len(loose.phrases)
    assert loose.catalogue_version == catalogue.version


def test_diff_of_a_pair(moscow: Document, charter: Document) -> None:
    result = compare(moscow, charter, bundled_catalogue())
    labels = {
        (result.left.clause(k.left).label, result.right.clause(k.right).label): k
        for k in result.alignment.links
    }
    link = labels[("IV ¶4", "1.")]
    segments = result.diff(link)
    assert {s.op for s in segments} == {DiffOp.EQUAL, DiffOp.DELETE, DiffOp.INSERT}


def test_no_word_diff_between_two_languages(moscow: Document, charter: Document) -> None:
    # An English statement and the French charter: every word would differ, so none is marked.
    statement = load_file(DATA / "whitehouse__us-ukraine-strategic-partnership-2021.txt")
    across = compare(statement, charter, bundled_catalogue())
    assert across.alignment.links
    assert all(across.diff(link) == [] for link in across.alignment.links)
    # Compared on cognates, topics and formula families, not versions of one text (issue 23).
    assert (across.basis, across.relation) == ("cognates", "comparable")
    same = compare(moscow, charter, bundled_catalogue())
    assert any(same.diff(link) for link in same.alignment.links)
