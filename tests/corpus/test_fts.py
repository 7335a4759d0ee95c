"""Phrase search with FTS5 on the bundled declarations: every occurrence, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import bundled
from corpus.fts import QueryError, SearchIndex, parse_query
from corpus.normalize import fold

from tests.corpus.conftest import CHARTER, CHINA, MOSCOW, SOCHI, VIETNAM


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    built = SearchIndex()
    for doc_id in bundled.bundled_ids():
        built.add(doc_id, bundled.load_bundled(doc_id))
    return built


def _per_document(index: SearchIndex, query: str, **options: object) -> dict[str, int]:
    counts: dict[str, int] = {}
    for hit in index.search(parse_query(query, **options)):  # type: ignore[arg-type]
        counts[hit.key] = counts.get(hit.key, 0) + 1
    return counts


# Counted by reading the texts (the same counts as the territorial-integrity and
# inviolability-of-borders formula families, established independently in test_formulas).
TERRITORIAL_INTEGRITY = {MOSCOW: 4, SOCHI: 1, CHINA: 1, VIETNAM: 1, CHARTER: 1}
INVIOLABILITY = {MOSCOW: 1, SOCHI: 1, CHARTER: 1}


def test_the_three_queries_of_the_issue(index: SearchIndex) -> None:
    assert _per_document(index, "integrite territoriale") == TERRITORIAL_INTEGRITY
    # With the elided article: "de leur intégrité territoriale" (Moscow, Beijing) is not "l'".
    assert _per_document(index, "l'intégrité territoriale") == {
        MOSCOW: 3, SOCHI: 1, VIETNAM: 1, CHARTER: 1,
    }  # fmt: skip
    assert _per_document(index, "INVIOLABILITÉ DES FRONTIÈRES") == INVIOLABILITY


def test_offsets_are_raw_and_fold_to_the_query(index: SearchIndex) -> None:
    for hit in index.search(parse_query("l’intégrité territoriale")):
        raw = bundled.load_bundled(hit.key).raw
        assert fold(" ".join(raw[hit.start : hit.end].split())) == "l'integrite territoriale"
        assert hit.match == " ".join(raw[hit.start : hit.end].split())
    moscow = next(h for h in index.search(parse_query("russo-azerbaidjanaises")))
    raw = bundled.load_bundled(MOSCOW).raw
    assert raw[moscow.start : moscow.end] == "russo-\nazerbaïdjanaises"  # across a line end


def test_prefix_near_stemmed_and_family(index: SearchIndex) -> None:
    prefix = index.search(parse_query("souverain*"))
    assert {h.match.lower() for h in prefix} == {"souveraineté", "souveraine"}
    near = index.search(parse_query("NEAR(souverainete frontieres, 12)"))
    assert {h.key for h in near} == {MOSCOW, SOCHI, CHARTER}
    stemmed = {h.match for h in index.search(parse_query("frontière", stemmed=True))}
    assert {"frontière", "frontières"} <= stemmed
    family = index.search(parse_query("family:territorial-integrity"))
    assert len(family) == sum(TERRITORIAL_INTEGRITY.values())


def test_filters(index: SearchIndex) -> None:
    query = parse_query("integrite territoriale")
    assert {h.key for h in index.search(query, party="china")} == {CHINA}
    assert {h.key for h in index.search(query, date_from="2025-01-01")} == {CHINA, VIETNAM, CHARTER}
    assert {h.key for h in index.search(query, date_to="2004-12-31")} == {MOSCOW}
    assert index.search(query, language="en") == []
    dates = [h.date for h in index.search(query)]
    assert dates == sorted(dates)  # by date


def test_bad_queries() -> None:
    with pytest.raises(QueryError, match="nothing to search"):
        parse_query("  ,;  ")
    with pytest.raises(QueryError, match="family"):
        parse_query("family:")


def test_changed_and_removed_documents(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index.sqlite")
    document = bundled.load_bundled(SOCHI)
    index.add("sochi", document, "1")
    assert len(index.search(parse_query("inviolabilité des frontières"))) == 1
    index.add("sochi", document, "2")  # re-indexed, not duplicated
    assert len(index.search(parse_query("inviolabilité des frontières"))) == 1
    assert index.stamps() == {"sochi": "2"}
    index.remove("sochi")
    assert index.search(parse_query("inviolabilité des frontières")) == []
    index.close()
