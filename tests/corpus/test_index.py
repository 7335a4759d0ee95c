"""The library's search index on the bundled declarations: every occurrence, and nothing else.

Expected counts were established by reading the texts: each bundled text was folded by hand
(``str.lower``, accents stripped with ``unicodedata`` NFD, ``’`` → ``'``, white space and
line-end hyphens collapsed) and searched with a plain ``re.findall`` of the folded phrase between
word boundaries; every hit was read in context (e.g. Moscow: "de l'intégrité territoriale" 3 times
and "de leur intégrité territoriale respectives" once; Beijing: only "de leur intégrité
territoriale").
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from corpus.errors import QueryError
from corpus.formulas.finder import bundled_catalogue
from corpus.library.hits import Filters
from corpus.library.index import SearchIndex
from corpus.library.prepared import prepare
from corpus.library.query import parse_query
from corpus.model import Document, DocumentMeta
from corpus.text import bundled
from corpus.text.normalize import fold

from tests.corpus.conftest import CHARTER, CHINA, MOSCOW, SOCHI, VIETNAM

TERRITORIAL_INTEGRITY = {MOSCOW: 4, SOCHI: 1, CHINA: 1, VIETNAM: 1, CHARTER: 1}
ELIDED_TERRITORIAL_INTEGRITY = {MOSCOW: 3, SOCHI: 1, VIETNAM: 1, CHARTER: 1}
INVIOLABILITY = {MOSCOW: 1, SOCHI: 1, CHARTER: 1}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    built = SearchIndex()
    catalogue = bundled_catalogue()
    for doc_id in bundled.bundled_ids():
        built.add(doc_id, bundled.load_bundled(doc_id), catalogue)
    built.set_info("families", " ".join(catalogue.ids))
    return built


def per_document(index: SearchIndex, text: str, **options: object) -> dict[str, int]:
    stemmed = bool(options.pop("stemmed", False))
    result = index.search(parse_query(text, stemmed=stemmed), Filters(**options))  # type: ignore[arg-type]
    counts = Counter(hit.key for hit in result.hits)
    assert {d.key: d.count for d in result.documents} == counts  # grouping agrees with hits
    return dict(counts)


def squashed(text: str) -> str:
    return fold(" ".join(text.replace("-\n", "-").split()))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("integrite territoriale", TERRITORIAL_INTEGRITY),
        ("l'intégrité territoriale", ELIDED_TERRITORIAL_INTEGRITY),
        ("l’intégrité territoriale", ELIDED_TERRITORIAL_INTEGRITY),
        ("INVIOLABILITÉ DES FRONTIÈRES", INVIOLABILITY),
    ],
)
def test_the_queries_of_the_issue_find_every_occurrence_and_nothing_else(
    index: SearchIndex, query: str, expected: dict[str, int]
) -> None:
    assert per_document(index, query) == expected
    wanted = squashed(query)
    for hit in index.search(parse_query(query)).hits:
        raw = bundled.load_bundled(hit.key).raw
        assert squashed(raw[hit.start : hit.end]) == wanted  # offsets are exact, in the raw text
        assert hit.snippet == f"{hit.left}[{hit.match}]{hit.right}"


def test_results_come_by_date_and_newest_first_on_request(index: SearchIndex) -> None:
    query = parse_query("intégrité territoriale")
    dates = [d.date for d in index.search(query).documents]
    assert dates == sorted(dates)
    assert [d.date for d in index.search(query, newest_first=True).documents] == dates[::-1]


def test_a_phrase_crosses_line_breaks_and_compound_line_ends(index: SearchIndex) -> None:
    (hit,) = index.search(parse_query("russo-azerbaidjanaises")).hits
    raw = bundled.load_bundled(MOSCOW).raw
    assert raw[hit.start : hit.end] == "russo-\nazerbaïdjanaises"
    assert hit.match == "russo-azerbaïdjanaises"


def test_hyphens_and_spaces_are_alike(index: SearchIndex) -> None:
    assert per_document(index, "non ingérence") == per_document(index, "non-ingérence")
    assert per_document(index, "non-ingérence") == {MOSCOW: 1, VIETNAM: 1}


def raw_count(pattern: str) -> dict[str, int]:
    """Occurrences of a regular expression over each bundled text, squashed and folded."""
    counts = {
        doc_id: len(re.findall(pattern, squashed(bundled.load_bundled(doc_id).raw)))
        for doc_id in bundled.bundled_ids()
    }
    return {doc_id: n for doc_id, n in counts.items() if n}


@pytest.mark.parametrize(
    ("query", "pattern"),
    [
        # Punctuation is folded like accents, in the query and in the text.
        ("zone de paix, de stabilité", r"\bzone de paix\W+de stabilite\b"),
        ("zone de paix de stabilité", r"\bzone de paix\W+de stabilite\b"),
        ("Washington (D.C.)", r"\bwashington \(d\.c\.\)"),
        ("souveraineté de", r"\bsouverainete\W+de\b"),  # "souveraineté, de l'indépendance"
        ("« non-ingérence »", r"\bnon-ingerence\b"),
    ],
)
def test_a_phrase_matches_whatever_punctuation_stands_between_its_words(
    index: SearchIndex, query: str, pattern: str
) -> None:
    expected = raw_count(pattern)
    assert expected  # the texts do hold the phrase, with punctuation inside
    assert per_document(index, query) == expected


def test_a_paragraph_break_still_ends_a_phrase() -> None:
    from corpus.library.query import locate
    from corpus.library.searchview import search_view

    view = search_view("la paix\n\nde stabilité ; la paix, de stabilité")
    found = locate(parse_query("paix de stabilité"), view.text)
    assert [view.text[a:b] for a, b in found] == ["paix, de stabilite"]


def test_prefix(index: SearchIndex) -> None:
    result = index.search(parse_query("souverain*"))
    assert {h.match.lower() for h in result.hits} == {"souveraineté", "souveraine"}
    assert per_document(index, "souverain*") == {
        MOSCOW: 5,
        SOCHI: 1,
        CHINA: 1,
        VIETNAM: 1,
        CHARTER: 1,
    }


def test_near_in_any_order(index: SearchIndex) -> None:
    assert per_document(index, "NEAR(souverainete frontieres, 12)") == INVIOLABILITY
    assert per_document(index, "NEAR(frontieres souverainete, 12)") == INVIOLABILITY
    assert per_document(index, "NEAR(souverainete frontieres, 2)") == {}


def test_stemmed_mode_finds_inflections(index: SearchIndex) -> None:
    plain = per_document(index, "frontière")
    stemmed = per_document(index, "frontière", stemmed=True)
    assert sum(stemmed.values()) > sum(plain.values())
    result = index.search(parse_query("frontière", stemmed=True))
    assert {h.match.lower() for h in result.hits} == {"frontière", "frontières"}


def test_family_queries_use_the_stored_formula_hits(index: SearchIndex) -> None:
    assert per_document(index, "family:territorial-integrity") == TERRITORIAL_INTEGRITY
    with pytest.raises(QueryError, match="unknown formula family"):
        index.search(parse_query("family:no-such-family"))


def test_filters(index: SearchIndex) -> None:
    query = "integrite territoriale"
    assert per_document(index, query, party="china") == {CHINA: 1}
    assert per_document(index, query, party="RUSSIA") == {MOSCOW: 4, SOCHI: 1}
    assert per_document(index, query, date_from="2025", date_to="2025") == {CHINA: 1, VIETNAM: 1}
    assert per_document(index, query, date_to="2022-10") == {MOSCOW: 4, SOCHI: 1}
    assert per_document(index, query, language="en") == {}
    with pytest.raises(QueryError, match="not a date"):
        Filters(date_from="31/12/2020")


def test_a_limited_search_says_how_many_documents_remain(index: SearchIndex) -> None:
    result = index.search(parse_query("integrite territoriale"), limit_documents=2)
    assert (result.searched, result.candidates, result.complete) == (2, 5, False)
    assert [d.key for d in result.documents] == [MOSCOW, SOCHI]
    assert index.count(parse_query("integrite territoriale")) == 5


def test_a_word_cut_by_a_line_end_hyphen_is_found_whole() -> None:
    index = SearchIndex()
    raw = "Le respect de la souverai-\nneté et des relations russo-\nchinoises.\n"
    index.add(
        "cut", Document("cut", "cut.txt", raw, DocumentMeta(language="fr")), bundled_catalogue()
    )
    (hit,) = index.search(parse_query("souveraineté")).hits
    assert raw[hit.start : hit.end] == "souverai-\nneté"
    (compound,) = index.search(parse_query("russo-chinoises")).hits
    assert raw[compound.start : compound.end] == "russo-\nchinoises"
    assert index.search(parse_query("souverainete", stemmed=True)).total == 1


def test_documents_are_replaced_and_removed() -> None:
    index = SearchIndex()
    catalogue = bundled_catalogue()
    index.add("a", Document("a", "a.txt", "La paix durable.\n", DocumentMeta()), catalogue, "1")
    index.add("a", Document("a", "a.txt", "La guerre froide.\n", DocumentMeta()), catalogue, "2")
    assert index.stamps() == {"a": "2"}
    assert index.search(parse_query("paix")).total == 0
    assert index.search(parse_query("guerre froide")).total == 1
    assert index.remove("a")
    assert not index.remove("a")
    assert index.search(parse_query("guerre")).total == 0
    assert index.check() is None


def test_a_batch_in_any_order_is_indexed_as_one_document_at_a_time() -> None:
    """add_prepared writes a batch's FTS rows in the order of their row ids (dates), not the
    order given; a key given twice in a batch is replaced, as in two calls."""
    catalogue = bundled_catalogue()
    texts = [
        ("b", "La paix et la guerre.\n", "1950-01-01"),
        ("a", "La paix durable.\n", "1820-05-02"),
        ("c", "Une paix sans date.\n", ""),
        ("b", "La guerre froide, sans paix.\n", "1990-03-03"),
        ("d", "La paix perpétuelle.\n", "1795-04-05"),
    ]
    prepared = [
        prepare(key, f"{key}.txt", raw, DocumentMeta(date=date, language="fr"), catalogue, date)
        for key, raw, date in texts
    ]
    one_by_one, batched = SearchIndex(), SearchIndex()
    ids = [one_by_one.add_prepared([document])[0] for document in prepared]
    assert batched.add_prepared(prepared) == ids
    for index in (one_by_one, batched):
        assert index.check() is None
        assert index.stamps() == {"a": "1820-05-02", "b": "1990-03-03", "c": "", "d": "1795-04-05"}
    for query in ("paix", "guerre", "guerre froide", "paix durable"):
        found = [(h.key, h.start, h.end) for h in batched.search(parse_query(query)).hits]
        assert found == [
            (h.key, h.start, h.end) for h in one_by_one.search(parse_query(query)).hits
        ]
        assert found
    assert batched.fetch("SELECT * FROM documents ORDER BY id") == one_by_one.fetch(
        "SELECT * FROM documents ORDER BY id"
    )


def test_bad_queries_say_why() -> None:
    for text, message in [
        ("  ", "nothing to search"),
        ("NEAR(a, 3", "NEAR"),
        ("NEAR(paix, 3)", "two words"),
        ("family:", "family id"),
    ]:
        with pytest.raises(QueryError, match=message):
            parse_query(text)


def test_views_are_stored_compressed_and_old_text_views_still_answer(index: SearchIndex) -> None:
    from corpus.library.searchview import search_view, unpack_view

    expected = per_document(index, "intégrité territoriale")
    rows = index.fetch("SELECT key, raw, view FROM documents")
    for _key, raw, stored in rows:
        assert isinstance(stored, bytes)
        assert len(stored) < len(raw) / 2  # compressed: well under the text's size
        assert unpack_view(stored) == search_view(raw).text
    # A library written before views were compressed holds them as text: it still answers.
    copy = SearchIndex()
    catalogue = bundled_catalogue()
    for doc_id in bundled.bundled_ids():
        copy.add(doc_id, bundled.load_bundled(doc_id), catalogue)
    with copy.transaction() as db:
        for key, raw, _stored in rows:
            db.execute("UPDATE documents SET view = ? WHERE key = ?", (search_view(raw).text, key))
    assert per_document(copy, "intégrité territoriale") == expected
    copy.remove(MOSCOW)  # forgetting a row reads its view back too
    assert MOSCOW not in per_document(copy, "intégrité territoriale")
