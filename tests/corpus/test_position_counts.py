"""Counting a query's occurrences from the embedded index's FTS5 positions
(``corpus.library.position_counts``, the FTS rows of ``corpus.library.fts_row``): on real texts,
every count equals the one made by running the query over each candidate's view, for phrases
found in the texts, phrases across a paragraph break, words cut at a line's end, function words,
prefixes and filters; what positions cannot count is left to the views; a library written
before is re-indexed, or, read-only, counted from its views."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus.errors import QueryError
from corpus.library import searching
from corpus.library.api import Library
from corpus.library.connect import open_library
from corpus.library.fts_row import PARAGRAPH, agreed_characters, positions_agree
from corpus.library.hits import Filters
from corpus.library.index import SearchIndex
from corpus.library.position_counts import may_overlap
from corpus.library.query import parse_query
from corpus.library.searching import DocumentCount, Narrowing
from corpus.library.searchview import MARKER, unpack_view

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = sorted(DATA.glob("*.txt")) + sorted((DATA / "texts").glob("*.txt"))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The shared texts and the bundled declarations in an embedded library."""
    root = tmp_path_factory.mktemp("positions")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VIS_A_VIS_CACHE", str(root / "cache"))
        opened = open_library("", root=root / "library")
        opened.add_paths(TEXTS)
        yield opened
        opened.close()


class _ViewsOnly:
    """The same index, counting every candidate from its view (positions refused)."""

    def __init__(self, index: Narrowing) -> None:
        self._index = index

    def __getattr__(self, name: str) -> object:
        return getattr(self._index, name)

    def position_counts(self, query: object, filters: object) -> None:
        return None


def _from_views(library: Library, text: str, filters: Filters) -> tuple[DocumentCount, ...]:
    index = _ViewsOnly(library.index)  # type: ignore[arg-type]
    return searching.document_counts(index, parse_query(text), filters)  # type: ignore[arg-type]


def _views(library: Library) -> list[str]:
    rows = library.index.fetch("SELECT view FROM documents ORDER BY id")  # type: ignore[attr-defined]
    return [unpack_view(view) for (view,) in rows]


def test_the_library_holds_the_texts(library: Library) -> None:
    assert len(TEXTS) > 40
    assert len(_views(library)) >= len(TEXTS)


def test_phrases_of_the_texts_count_as_their_views_do(library: Library) -> None:
    """Every second word of every tenth paragraph starts a phrase of one to four words (with
    function words, digits, and a prefix for one in five): the counts are the views'."""
    phrases: set[str] = set()
    for view in _views(library):
        for n, paragraph in enumerate(view.split("\n")[::10]):
            words = re.findall(r"[^\W_]+", paragraph)
            for start in range(0, max(0, len(words) - 4), 7):
                size = 1 + (start + n) % 4
                phrase = " ".join(words[start : start + size])
                phrases.add(phrase + ("*" if (start + n) % 5 == 0 else ""))
    assert len(phrases) > 300
    counted = 0
    for text in sorted(phrases):
        query = parse_query(text)
        found = library.index.document_counts(query)
        assert found == _from_views(library, text, Filters()), text
        assert found, text  # each phrase is taken from a text
        # The timeline's figures, added up by numpy from the positions, are the same added up.
        assert library.index.year_counts(query) == searching.grouped(found), text
        counted += library.index.position_counts(query, Filters()) is not None  # type: ignore[attr-defined]
    assert counted > len(phrases) * 0.8  # positions answered most of them


def test_phrases_across_a_paragraph_break_are_not_occurrences(library: Library) -> None:
    """The last word of a paragraph and the first of the next are no phrase for ``locate``;
    FTS5 sees a paragraph break as a token between them."""
    across: set[str] = set()
    for view in _views(library):
        for match in re.finditer(r"([^\W\d_]{4,})[^\w\n]*\n[^\w\n]*([^\W\d_]{4,})", view):
            across.add(f"{match[1]} {match[2]}")
    assert len(across) > 100
    for text in sorted(across)[:300]:
        assert library.index.document_counts(parse_query(text)) == _from_views(
            library, text, Filters()
        ), text


@pytest.mark.parametrize(
    "text",
    [
        "intégrité territoriale",
        "territorial integrity",
        "the Charter of the United Nations",
        "règlement pacifique des différends",
        "souveraineté et de l'intégrité territoriale",
        "sovereign*",
        "strateg* partnership",
        "russo azerbaidjanaises",  # cut at a line's end in the Moscow declaration
        "technico scientifique",
    ],
)
@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(language="en"),
        Filters(party="azer"),
        Filters(date_from="1990", date_to="2023-06"),
    ],
)
def test_counts_with_filters_are_those_of_the_search(
    library: Library, text: str, filters: Filters
) -> None:
    query = parse_query(text)
    counted = library.index.document_counts(query, filters)
    assert counted == _from_views(library, text, filters)
    assert library.index.year_counts(query, filters) == searching.grouped(counted)
    hits = library.index.search(query, filters)
    assert {c.key: c.hits for c in counted} == {d.key: d.count for d in hits.documents}


def test_a_word_cut_at_a_line_end_is_counted_from_its_view(library: Library) -> None:
    """The Moscow declaration writes "russo-⏎azerbaïdjanaises": FTS5 holds "russo" and
    "azerbaidjanaises" apart, ``locate`` finds the word whole; the document is marked, and
    read."""
    query = parse_query("russoazerbaidjanaises")
    known = library.index.position_counts(query, Filters())  # type: ignore[attr-defined]
    assert known is not None
    assert known.to_read
    assert not known.counts
    (counted,) = library.index.document_counts(query)
    assert counted.date.startswith("2004")
    assert counted.hits >= 1


def test_what_positions_cannot_count_is_left_to_the_views(library: Library) -> None:
    index = library.index
    for text in ("NEAR(sovereignty the, 10)", "de la de la", "the", "de l'"):
        assert index.position_counts(parse_query(text), Filters()) is None, text  # type: ignore[attr-defined]
    for text in ("frontières", "NEAR(souveraineté frontières, 10)"):
        stemmed = parse_query(text, stemmed=True)
        assert index.position_counts(stemmed, Filters()) is None  # type: ignore[attr-defined]
    for text in ("NEAR(sovereignty the, 10)", "de la de la", "the United"):
        assert index.document_counts(parse_query(text)) == _from_views(library, text, Filters())


def test_a_function_word_phrase_with_several_places_reads_the_view(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "the Charter of the United Nations": a document naming the Charter twice has two
    places for the phrase; which hold "the" and "of" only its view tells, where such
    documents are few (views cost less than the phrase's query twice)."""
    monkeypatch.setattr("corpus.library.position_counts.VIEW_SECONDS", 0.0)
    monkeypatch.setattr("corpus.library.position_counts.SCORED_DOCUMENT", 10**9)
    query = parse_query("the Charter of the United Nations")
    known = library.index.position_counts(query, Filters())  # type: ignore[attr-defined]
    assert known is not None
    assert known.counts
    assert known.to_read
    assert all(n == 1 for n in known.counts.values())
    assert library.index.document_counts(query) == _from_views(library, query.text, Filters())


@pytest.mark.parametrize(
    "text",
    [
        "the Charter of the United Nations",
        "the United Nations",
        "règlement pacifique des différends",
        "souveraineté et de l'intégrité territoriale",
        "of the",
        "Conseil de sécurité",
        "human rights and fundamental freedoms",
    ],
)
def test_a_function_word_phrase_with_several_places_is_solved_from_its_scores(
    library: Library, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where such documents are many, FTS5's bm25 score of each gives its number of
    occurrences of the whole phrase (``corpus.library.scored_counts``): none is read from its
    view, and the counts are the views'."""
    monkeypatch.setattr("corpus.library.position_counts.VIEW_SECONDS", 1e9)
    monkeypatch.setattr("corpus.library.position_counts.SCORED_DOCUMENT", 10**9)
    query = parse_query(text)
    known = library.index.position_counts(query, Filters())  # type: ignore[attr-defined]
    if known is None:  # "of the": function words only, left to the views
        assert text == "of the"
        return
    listed = {doc for (doc,) in library.index.fetch("SELECT doc FROM view_counted")}  # type: ignore[attr-defined]
    assert set(known.to_read) <= listed  # only the documents positions never count
    if text == "the Charter of the United Nations":
        assert max(known.counts.values()) > 1  # a document naming the Charter twice
    assert library.index.document_counts(query) == _from_views(library, text, Filters())
    for filters in (Filters(language="en"), Filters(date_from="1990", date_to="2010")):
        assert library.index.document_counts(query, filters) == _from_views(
            library, text, filters
        ), filters


def test_a_family_is_counted_from_its_formula_hits(library: Library) -> None:
    for family in ("territorial-integrity", "strategic-partnership"):
        text = f"family:{family}"
        for filters in (Filters(), Filters(language="fr", date_from="2010")):
            counted = library.index.document_counts(parse_query(text), filters)
            assert counted
            assert counted == _from_views(library, text, filters)
            grouped = library.index.year_counts(parse_query(text), filters)
            assert grouped == searching.grouped(counted)


def test_overlapping_phrases() -> None:
    def overlaps(text: str) -> bool:
        return may_overlap(parse_query(text).terms)

    assert overlaps("de la de la")
    assert overlaps("very very")
    assert overlaps("sovereign* sovereignty")
    assert overlaps("a b a")
    assert overlaps("strateg* strategic")
    assert not overlaps("territorial integrity")
    assert not overlaps("the Charter of the United")
    assert not overlaps("sovereign*")
    assert not overlaps("de la")


def test_the_fts_row_of_a_view() -> None:
    from corpus.library.fts_row import folded_column

    assert folded_column("a b\nc d\n \n\ne") == f"a b {PARAGRAPH} c d {PARAGRAPH} e"
    assert folded_column("sans \ue000 ni \ue123") == "sans   ni  "
    assert positions_agree("souverai" + MARKER + "nete") is False
    assert positions_agree("l'integrite territoriale, 1991 ; deja") is True
    assert positions_agree("le 1\u1d49\u02b3 article, \u2154 des voix") is True  # 1ᵉʳ, ⅔
    assert positions_agree("\u4e2d\u56fd") is False  # beyond the characters compared
    assert positions_agree("e\u0301") is False  # a combining accent: FTS5 keeps it in a word


def test_agreed_characters_are_those_both_tokenizers_read_alike() -> None:
    agreed = agreed_characters()
    assert set("abcdefghijklmnopqrstuvwxyz0123456789 ,.;:'\"()«»-–—\n") <= agreed
    assert "A" not in agreed
    assert "é" not in agreed
    assert MARKER not in agreed or not positions_agree(MARKER)
    pattern = re.compile(r"[^\W_]")
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, instance)")
    for n, c in enumerate(sorted(agreed)):
        db.execute("INSERT INTO t (rowid, a) VALUES (?, ?)", (n, f"ab{c}cd"))
    tokens: dict[int, list[str]] = {}
    for term, doc in db.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
        tokens.setdefault(doc, []).append(term)
    for n, c in enumerate(sorted(agreed)):
        expected = ["ab" + c + "cd"] if pattern.match(c) else ["ab", "cd"]
        assert tokens[n] == expected, hex(ord(c))


def _old_rows(path: Path) -> None:
    """Write the FTS rows back as the previous version did (the view as it is, no mark)."""
    from corpus.library.prepared import fts_columns

    db = sqlite3.connect(path)
    db.execute("INSERT INTO texts(texts) VALUES ('delete-all')")
    rows = db.execute("SELECT id, view, language FROM documents").fetchall()
    for doc, view, language in rows:
        db.execute(
            "INSERT INTO texts (rowid, folded, stems, joins) VALUES (?, ?, ?, ?)",
            (doc, *fts_columns(unpack_view(view), language)),
        )
    db.execute("DELETE FROM info WHERE key IN ('fts_rows', 'view_counted')")
    db.execute("DELETE FROM view_counted")
    db.commit()
    db.close()


def test_a_library_written_before_is_reindexed_or_read_from_its_views(
    library: Library, tmp_path: Path
) -> None:
    source = library.index.path  # type: ignore[attr-defined]
    copy = tmp_path / "index.sqlite"
    with sqlite3.connect(source) as db, sqlite3.connect(copy) as target:
        db.backup(target)
    _old_rows(copy)
    # A paragraph's last word and the next one's first: no phrase, to the old rows a match.
    view = next(v for v in _views(library) if "\n" in v)
    before, after = re.search(r"([^\W\d_]{4,})[^\w\n]*\n[^\w\n]*([^\W\d_]{4,})", view).groups()  # type: ignore[union-attr]
    across = f"{before} {after}"
    query = parse_query("intégrité territoriale")

    read_only = SearchIndex(copy, read_only=True)
    assert read_only.position_counts(query, Filters()) is None
    old_counts = read_only.document_counts(query)
    read_only.close()

    reopened = SearchIndex(copy)
    assert reopened.get_info("fts_rows") == "2"
    assert reopened.position_counts(query, Filters()) is not None
    assert reopened.document_counts(query) == old_counts == library.index.document_counts(query)
    assert reopened.document_counts(parse_query(across)) == library.index.document_counts(
        parse_query(across)
    )
    reopened.close()


def test_the_counts_follow_a_change_of_the_library(library: Library, tmp_path: Path) -> None:
    """The documents' keys and dates are kept in memory between counts: a document added, or
    re-dated, is counted anew."""
    index = SearchIndex(tmp_path / "index.sqlite")
    from corpus.formulas.finder import bundled_catalogue
    from corpus.model import DocumentMeta

    catalogue = bundled_catalogue()
    raw = (DATA / "nl-bwb__charter-of-the-united-nations.txt").read_text(encoding="utf-8")
    from corpus.library.prepared import prepare

    index.add_prepared([prepare("one", "one.txt", raw, DocumentMeta(date="1945-06-26"), catalogue)])
    query = parse_query("territorial integrity")
    (first,) = index.document_counts(query)
    assert first.year == "1945"
    (group,) = index.year_counts(query)
    assert (group.year, group.language, group.documents) == ("1945", "en", 1)
    index.set_meta("one", DocumentMeta(date="1946-01-01", language="fr"))
    index.add_prepared([prepare("two", "two.txt", raw, DocumentMeta(date="2001"), catalogue)])
    assert [c.year for c in index.document_counts(query)] == ["1946", "2001"]
    assert [(g.year, g.language) for g in index.year_counts(query)] == [
        ("1946", "fr"),
        ("2001", "en"),
    ]
    index.close()


def test_no_query_word_can_be_a_mark() -> None:
    """The marks are private-use characters: a query's words are letters and digits."""
    for mark in (PARAGRAPH, "\ue001"):
        with pytest.raises(QueryError):
            parse_query(mark)
        assert parse_query(f"paix{mark}durable").terms == parse_query("paix durable").terms


def test_the_views_to_read_are_listed_again_under_another_sqlite(
    library: Library, tmp_path: Path
) -> None:
    """Which characters FTS5 reads as letters follows its Unicode tables: a library listed by
    another SQLite lists its documents again when opened (its FTS rows are kept)."""
    copy = tmp_path / "index.sqlite"
    with sqlite3.connect(library.index.path) as db, sqlite3.connect(copy) as target:  # type: ignore[attr-defined]
        db.backup(target)
    listed = {doc for (doc,) in library.index.fetch("SELECT doc FROM view_counted")}  # type: ignore[attr-defined]
    moscow = library.index.fetch(  # type: ignore[attr-defined]
        "SELECT id FROM documents WHERE path LIKE '%declaration-de-moscou%'"
    )
    assert moscow
    assert moscow[0][0] in listed  # "russo-⏎azerbaïdjanaises"
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE info SET value = 'sqlite-3.0.0' WHERE key = 'view_counted'")
        db.execute("DELETE FROM view_counted")
    read_only = SearchIndex(copy, read_only=True)
    assert read_only.position_counts(parse_query("paix"), Filters()) is None
    read_only.close()
    reopened = SearchIndex(copy)
    assert {doc for (doc,) in reopened.fetch("SELECT doc FROM view_counted")} == listed
    query = parse_query("russo azerbaidjanaises")
    assert reopened.document_counts(query) == library.index.document_counts(query)
    reopened.close()


@pytest.mark.parametrize(
    ("balanced", "scored", "spare", "k1"),
    [
        (0, 10**9, True, 1.2),
        (10**9, 10**9, True, 1.2),
        (10**9, 10**9, False, 1.2),
        (0, 0, True, 1.2),
        (0, 0, True, 1.3),
    ],
    ids=["looked-up", "matched", "matched-on-one-connection", "scored", "scores-unsolved"],
)
def test_both_ways_of_placing_a_phrase_count_as_the_views(
    library: Library,
    balanced: int,
    scored: int,
    spare: bool,
    k1: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A phrase's places are found by SQLite (the commonest word read, the others looked up)
    or by numpy (every word read, intersected; the commonest on a second connection, or not),
    or its occurrences solved from FTS5's scores, as the words' counts say: each way, alone,
    counts what the views count; a score solved with the wrong constant gives no whole number,
    and its document is read from its view."""
    monkeypatch.setattr("corpus.library.position_counts.BALANCED", balanced)
    monkeypatch.setattr("corpus.library.position_counts.SCORED_DOCUMENT", scored)
    monkeypatch.setattr("corpus.library.scored_counts.K1", k1)
    if not spare:
        monkeypatch.setattr(SearchIndex, "_spare_reader", lambda self: None)
    phrases: set[str] = set()
    for view in _views(library)[::3]:
        for paragraph in view.split("\n")[::25]:
            words = re.findall(r"[^\W_]+", paragraph)
            for start in range(0, max(0, len(words) - 3), 11):
                phrases.add(" ".join(words[start : start + 2 + start % 2]))
    assert len(phrases) > 60
    for text in sorted(phrases):
        query = parse_query(text)
        if library.index.position_counts(query, Filters()) is None:  # type: ignore[attr-defined]
            continue
        counted = library.index.document_counts(query)
        assert counted == _from_views(library, text, Filters()), text
        assert library.index.year_counts(query) == searching.grouped(counted), text
        if k1 != 1.2:  # nothing solved: every document holding the phrase read from its view
            known = library.index.position_counts(query, Filters())  # type: ignore[attr-defined]
            assert len(known.documents) == 0, text
            assert len(known.to_read) == len(counted), text


def test_a_document_counted_from_its_view_is_found_once_added(tmp_path: Path) -> None:
    """The documents counted from their views are asked of a small table of their own, made
    again when the library changes: the Moscow declaration, added after a first count, is
    counted (its "russo-⏎azerbaïdjanaises" is cut at a line's end)."""
    from corpus.formulas.finder import bundled_catalogue
    from corpus.library.prepared import prepare
    from corpus.model import DocumentMeta

    declarations = Path(__file__).resolve().parents[2] / "corpus" / "data" / "declarations"
    moscow = declarations / "2004-02-06_russie-azerbaidjan_declaration-de-moscou.txt"
    other = DATA / "nl-bwb__charter-of-the-united-nations.txt"
    catalogue = bundled_catalogue()
    index = SearchIndex(tmp_path / "index.sqlite")
    raw = other.read_text(encoding="utf-8")
    index.add_prepared([prepare("charter", "c.txt", raw, DocumentMeta(date="1945"), catalogue)])
    query = parse_query("russoazerbaidjanaises")
    assert index.year_counts(query) == ()
    raw = moscow.read_text(encoding="utf-8")
    index.add_prepared([prepare("moscow", "m.txt", raw, DocumentMeta(date="2004"), catalogue)])
    known = index.position_counts(query, Filters())
    assert known is not None
    assert known.to_read  # read from its view
    (group,) = index.year_counts(query)
    assert (group.year, group.documents) == ("2004", 1)
    assert group.hits == len(index.search(query).hits) >= 1
    index.remove("moscow")
    assert index.year_counts(query) == ()
    index.close()


def test_words_held_by_another_column_are_read_in_the_folded_one_only(library: Library) -> None:
    """A word that is also a stem ("paix") has positions in the stems column too, which are
    left out; one that is no stem is read without the column's test: both count as the views
    do."""
    db = library.index._db  # type: ignore[attr-defined]
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.probe_columns USING fts5vocab(main, texts, col)"
    )
    rows = db.execute(
        "SELECT term, group_concat(col) FROM temp.probe_columns WHERE length(term) > 5"
        " AND term GLOB '[a-z]*' GROUP BY term HAVING total(cnt) BETWEEN 3 AND 400"
    ).fetchall()
    shared = sorted(term for term, cols in rows if "folded" in cols and "stems" in cols)
    alone = sorted(term for term, cols in rows if cols == "folded")
    assert len(shared) > 20
    assert len(alone) > 20
    for word in shared[::7][:15] + alone[::7][:15]:
        query = parse_query(word)
        assert library.index.position_counts(query, Filters()) is not None  # type: ignore[attr-defined]
        counted = library.index.document_counts(query)
        assert counted == _from_views(library, word, Filters()), word
        assert counted, word


def _near_queries(library: Library) -> set[str]:
    """NEAR queries of words of the texts: two or three content words of one paragraph, or of
    a paragraph's end and the next one's start (windows cross paragraphs), or around lines of
    punctuation alone (several breaks between two words), at distances of 0 to 20, a prefix
    for one in six."""
    from corpus.text.tokens import stopwords

    stop = stopwords()
    queries: set[str] = set()
    for number, view in enumerate(_views(library)):
        words = [w for w in re.findall(r"[^\W_]{3,}", view) if w not in stop]
        for start in range(number % 13, max(0, len(words) - 30), 97):
            size = 2 + (start % 5 == 0)
            picked = [words[start + k * (1 + start % 7)] for k in range(size)]
            if start % 6 == 0:
                picked[0] = picked[0][:5] + "*"
            queries.add(f"NEAR({' '.join(picked)}, {start % 21})")
        for match in re.finditer(r"([^\W\d_]{4,})\W*\n\s*\n[^\w]*\n\s*\n\W*([^\W\d_]{4,})", view):
            if match[1] not in stop and match[2] not in stop:
                queries.add(f"NEAR({match[1]} {match[2]}, 1)")
                queries.add(f"NEAR({match[2]} {match[1]}, 0)")
    return queries


def test_near_queries_count_as_their_views(library: Library) -> None:
    """A NEAR's windows from the terms' positions and each document's paragraph breaks
    (``corpus.library.near_counts``): the counts are the views', with filters too."""
    queries = _near_queries(library)
    assert len(queries) > 150
    assert any(", 1)" in q for q in queries)  # around a line of punctuation
    found = 0
    for text in sorted(queries):
        query = parse_query(text)
        known = library.index.position_counts(query, Filters())  # type: ignore[attr-defined]
        assert known is not None, text
        listed = {doc for (doc,) in library.index.fetch("SELECT doc FROM view_counted")}  # type: ignore[attr-defined]
        assert set(known.to_read) <= listed, text
        counted = library.index.document_counts(query)
        assert counted == _from_views(library, text, Filters()), text
        assert library.index.year_counts(query) == searching.grouped(counted), text
        found += bool(counted)
    assert found > len(queries) / 2  # most words taken near each other are found so
    for text in sorted(queries)[::15]:
        for filters in (Filters(language="fr"), Filters(date_from="2000", date_to="2015")):
            assert library.index.document_counts(parse_query(text), filters) == _from_views(
                library, text, filters
            ), (text, filters)


def test_a_near_is_counted_from_views_without_paragraph_breaks(
    library: Library, tmp_path: Path
) -> None:
    """A library written before the breaks were kept: read-only, its NEARs are counted from
    the views; opened for writing, its breaks are found, and counted from positions."""
    copy = tmp_path / "index.sqlite"
    with sqlite3.connect(library.index.path) as db, sqlite3.connect(copy) as target:  # type: ignore[attr-defined]
        db.backup(target)
    with sqlite3.connect(copy) as db:
        db.execute("DROP TABLE paragraph_breaks")
        db.execute("DELETE FROM info WHERE key = 'paragraph_breaks'")
    db.close()
    query = parse_query("NEAR(souveraineté frontières, 10)")
    expected = library.index.document_counts(query)
    assert expected
    read_only = SearchIndex(copy, read_only=True)
    assert read_only.position_counts(query, Filters()) is None
    assert read_only.document_counts(query) == expected
    read_only.close()
    reopened = SearchIndex(copy)
    assert reopened.get_info("paragraph_breaks") == "1"
    known = reopened.position_counts(query, Filters())
    assert known is not None
    assert len(known.documents)
    assert reopened.document_counts(query) == expected
    reopened.close()
