"""A search's figures per year (``year_counts``, ``corpus.library.timeline``) on real texts, on
both back-ends: each document's count is that of its hits, the years add up to the total, the
undated documents are counted apart, and the embedded library and the server agree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus.library.api import Library
from corpus.library.connect import open_library
from corpus.library.hits import Filters
from corpus.library.query import parse_query
from corpus.library.searching import counts_of, grouped
from corpus.library.timeline import by_year, series, year_span

from tests import postgres

DATA = Path(__file__).resolve().parents[1] / "data"

#: Dated and undated statements and treaties holding the searched phrases and formulas.
TEXTS = (
    "whitehouse__us-ukraine-strategic-partnership-2021.txt",  # undated in its text
    "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
    "whitehouse__us-eu-summit-joint-statement-2023.txt",
    "nl-bwb__agreement-cambodia-sovereignty-territorial-integrity-1991.txt",
    "nl-bwb__traite-de-paix-avec-italie-1947.txt",
    "texts/whitehouse__jerusalem-us-israel-strategic-partnership-declaration-2022.txt",
    "texts/whitehouse__spain-us-joint-declaration-2022.txt",
    "texts/whitehouse__jeddah-communique-us-saudi-2022.txt",
)
# The library holds the bundled declarations too (French, 2004 to 2026).

QUERIES = (
    ("intégrité territoriale", Filters()),
    ("territorial integrity", Filters()),
    ("strateg*", Filters()),
    ("NEAR(strategic partnership, 5)", Filters()),
    ("family:strategic-partnership", Filters()),
    ("family:territorial-integrity", Filters()),
    ("family:strategic-partnership", Filters(party="vietnam")),
    ("strateg*", Filters(language="en", date_from="2022", date_to="2023")),
    ("partenariat stratégique", Filters(language="fr")),
    ("strategic partnership", Filters(party="united states", date_from="2022-01", date_to="2023")),
    ("NEAR(sovereignty integrity, 10)", Filters(language="en")),
    ("souveraineté et de l'intégrité territoriale", Filters(date_to="2025-12-31")),
    ("sovereign*", Filters(party="ukraine")),
    ("family:territorial-integrity", Filters(language="en", date_from="1990")),
)


@pytest.fixture(params=["embedded", "server", "server-plain"])
def library(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Library]:
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    address = ""
    if request.param != "embedded":
        server = request.getfixturevalue("postgres_server")
        address = postgres.new_database(server, rum=request.param == "server")
    opened = open_library(address, root=tmp_path / "library")
    outcomes = opened.add_paths([DATA / name for name in TEXTS])
    assert len(outcomes) == len(TEXTS)
    yield opened
    opened.close()


def test_the_texts_are_at_hand() -> None:
    assert all((DATA / name).is_file() for name in TEXTS)


def test_each_document_counts_its_own_hits_and_the_years_add_up(library: Library) -> None:
    seen_undated = False
    for text, filters in QUERIES:
        query = parse_query(text)
        result = library.index.search(query, filters)
        counts = library.index.year_counts(query, filters)
        assert result.total, text  # every query finds something in these texts
        hits_per_document = Counter(hit.key for hit in result.hits)
        each = library.index.document_counts(query, filters)
        assert {c.key: c.hits for c in each} == dict(hits_per_document), text
        assert counts == grouped(each), text
        hits_per_year = Counter(hit.date[:4] for hit in result.hits)
        totals = by_year(counts)
        assert {y: t.hits for y, t in totals.by_year.items()} == {
            y: n for y, n in hits_per_year.items() if y
        }, text
        assert totals.undated.hits == hits_per_year.get("", 0)
        assert totals.hits == result.total
        docs_per_year = Counter(d.date[:4] for d in result.documents)
        assert {y: t.documents for y, t in totals.by_year.items()} == {
            y: n for y, n in docs_per_year.items() if y
        }
        assert totals.undated.documents == docs_per_year.get("", 0)
        seen_undated |= totals.undated.hits > 0
        assert list(totals.by_year) == sorted(totals.by_year)
    assert seen_undated  # the Ukraine statement carries no date of its own


def test_counts_read_off_a_search_are_those_counted_alone(library: Library) -> None:
    """``search --by-year`` counts its own search's documents (one pass): the same figures, in
    the same order, as counting without building a hit."""
    for text, filters in QUERIES:
        query = parse_query(text)
        counted = library.index.year_counts(query, filters)
        assert counted, text
        assert counts_of(library.index.search(query, filters)) == counted, text


def test_filters_narrow_the_counts(library: Library) -> None:
    query = parse_query("family:strategic-partnership")
    every = by_year(library.index.year_counts(query))
    vietnam = by_year(library.index.year_counts(query, Filters(party="vietnam")))
    assert set(vietnam.by_year) == {"2023", "2025"}  # with the US; with Azerbaijan
    assert 0 < vietnam.hits < every.hits
    dated = by_year(library.index.year_counts(query, Filters(date_from="2023")))
    assert dated.undated.documents == 0  # a date range leaves the undated out
    assert min(dated.by_year) >= "2023"


def test_both_back_ends_agree(tmp_path: Path, server_address: str) -> None:
    figures = []
    for address, root in (("", tmp_path / "embedded"), (server_address, tmp_path / "server")):
        library = open_library(address, root=root)
        library.add_paths([DATA / name for name in TEXTS])
        figures.append(
            [
                (
                    sorted(
                        (c.key, c.date, c.parties, c.language, c.hits)
                        for c in library.index.document_counts(parse_query(text), filters)
                    ),
                    library.index.year_counts(parse_query(text), filters),
                )
                for text, filters in QUERIES
            ]
        )
        library.close()
    assert figures[0] == figures[1]
    assert all(figures[0])


def test_series_split_by_party_and_language(library: Library) -> None:
    counts = library.index.year_counts(parse_query("strateg*"))
    years = year_span(counts)
    assert years == [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]
    (whole,) = series(counts, years, "hits", "")
    dated_hits = sum(c.hits for c in counts if c.year)
    assert sum(whole.values) == dated_hits
    by_language = series(counts, years, "documents", "language")
    assert {s.label for s in by_language} <= {"fr", "en"}
    assert sum(sum(s.values) for s in by_language) == sum(1 for c in counts if c.year)
    by_party = series(counts, years, "hits", "party")
    labels = [s.label for s in by_party]
    assert "United States" in labels
    # a document of several parties is shared among them: the groups add up to the year's count
    for index in range(len(years)):
        assert sum(s.values[index] for s in by_party) == pytest.approx(whole.values[index])
