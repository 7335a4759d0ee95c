"""The server's phrase search, with the RUM positions index and without (plain PostgreSQL), finds
every occurrence the embedded library finds, at the same raw offsets, for queries as users type
them and as no one should (quotes, ``tsquery`` operators, backslashes, a whole paragraph): a
query one back-end refuses, both refuse in one line. Real treaties and statements of
``tests/data``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from corpus.errors import CorpusError
from corpus.library.api import Library
from corpus.library.connect import open_library
from corpus.library.hits import Filters
from corpus.library.query import parse_query
from corpus.library.server import tsearch
from corpus.library.server.library import ServerLibrary
from corpus.library.server.schema import PhraseIndex

from tests.corpus.test_library_backends import CHOSEN, text_file

TEXTS = (
    *CHOSEN,
    "nl-bwb__charter-of-the-united-nations.txt",
    "nl-bwb__traite-de-paix-avec-italie-1947.txt",
    "nl-bwb__north-atlantic-treaty-1949.txt",
)
#: A sentence of the Charter longer than a passage's overlap: asked of whole documents.
LONG = (
    "to save succeeding generations from the scourge of war, which twice in our lifetime has"
    " brought untold sorrow to mankind, and to reaffirm faith in fundamental human rights, in"
    " the dignity and worth of the human person"
)
QUERIES = (
    ("territorial integrity", Filters()),
    ("the Charter of the United Nations", Filters()),
    ("Hautes Parties contractantes", Filters()),
    ("traité d'amitié", Filters()),
    ("sovereign*", Filters()),
    ("sovereign* integrity", Filters()),
    ("strateg* partner*", Filters(language="en")),
    ("of the", Filters()),
    ("de la", Filters(language="fr")),
    ("NEAR(peace security, 5)", Filters()),
    ("partnerships", Filters(party="viet")),
    ("family:territorial-integrity", Filters(date_from="1950")),
    ("strategic partnership", Filters(date_from="2022", date_to="2023")),
    (LONG, Filters()),
    # What no one should type: every tsquery operator, quotes, backslashes, a paragraph.
    ("l'état \\ d'urgence", Filters()),
    ("'&|!():*<-> human", Filters()),
    ("human <-> rights & !peace | (war):*", Filters()),
    ("\\\\ '' \"\" \\'", Filters()),
    ('"human rights"', Filters()),
    ("integrity:* <2> territorial", Filters()),
    (" ".join(["the United Nations"] * 120), Filters()),
)


@pytest.fixture
def both(server_address: str, tmp_path: Path) -> Iterator[tuple[Library, ServerLibrary]]:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name in TEXTS:
        shutil.copy(text_file(name), folder / name)
    embedded = open_library("", root=tmp_path / "library")
    server = ServerLibrary.open(server_address, cache=tmp_path / "cache")
    try:
        embedded.add_paths([folder])
        server.add_paths([folder])
        yield embedded, server
    finally:
        embedded.close()
        server.close()


def _found(library: Library, text: str, filters: Filters, **options: object) -> object:
    try:
        result = library.index.search(parse_query(text), filters, **options)  # type: ignore[arg-type]
    except CorpusError as exc:
        message = str(exc)
        assert "\n" not in message
        return "refused", type(exc).__name__
    return [(h.key, h.start, h.end) for h in result.hits]


def test_every_query_finds_the_same_occurrences_on_both(
    both: tuple[Library, ServerLibrary], request: pytest.FixtureRequest
) -> None:
    embedded, server = both
    wanted = PhraseIndex.RUM if "rum" in request.node.callspec.id else PhraseIndex.GIN
    assert server.index.phrase_index is wanted
    before = len(server)
    found = 0
    for text, filters in QUERIES:
        # The first documents of a limited search are the same where both propose exactly the
        # documents with the phrase's words in order (FTS5 checks NEAR and long phrases in
        # its index, the server in the view only).
        exact = not text.startswith("NEAR") and len(text.split()) <= tsearch.OVERLAP
        for options in ({}, {"newest_first": True}, *([{"limit_documents": 2}] * exact)):
            here = _found(embedded, text, filters, **options)
            assert _found(server, text, filters, **options) == here, (text, options)
            found += bool(here) and here[0] != "refused"
    assert found > 40  # most queries find something: the comparison is not of empty lists
    assert len(server) == before  # no query changed anything


def test_the_positions_index_answers_phrases_without_reading_vectors(
    both: tuple[Library, ServerLibrary], request: pytest.FixtureRequest
) -> None:
    """With RUM the chain is checked in the index (no vector read back); without it, GIN finds
    the passages holding the words, and each is checked by its row address in date order."""
    _, server = both
    plan = tsearch.plan(
        parse_query("territorial integrity"), Filters(), index=server.index.phrase_index
    )
    sql, values = tsearch.select(plan, Filters(), "ORDER BY 1")
    with psycopg.connect(server.address) as connection:
        connection.execute("SET enable_seqscan = off")  # as a search plans (a small table)
        rows = connection.execute(f"EXPLAIN {sql} LIMIT 300", values).fetchall()
    explained = "\n".join(row[0] for row in rows)
    if "rum" in request.node.callspec.id:
        lines = explained.splitlines()
        scan = next(i for i, line in enumerate(lines) if "passages_positions" in line)
        assert "Index Cond" in lines[scan + 1]
        assert "<->" in lines[scan + 1]  # the chain itself is asked of the positions index
        assert not plan.passages
    else:
        assert "Bitmap Index Scan on passages_words" in explained
        assert "Tid Scan on passages q" in explained
        assert "Unique" in explained  # the first documents, not all sorted
    with psycopg.connect(server.address) as connection:
        indexes = {
            name
            for (name,) in connection.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'passages'"
            ).fetchall()
        }
    if server.index.phrase_index is PhraseIndex.RUM:
        assert "passages_positions" in indexes
        assert "passages_words" not in indexes
    else:
        assert "passages_words" in indexes
        assert "passages_positions" not in indexes


def test_a_first_page_read_a_window_of_documents_at_a_time_is_the_same(
    both: tuple[Library, ServerLibrary], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase with function words has its passages read a window of the documents holding
    its content words at a time (``ServerIndex``'s first pages): windows of one document and
    up, and a list of those documents cut short (past it, the rest in one window), find the
    same first documents, occurrences and relaxed count as the embedded library."""
    from corpus.library.server import index as server_index

    embedded, server = both
    windows: list[tuple[int, int] | None] = []
    select = tsearch.select

    def counted(*arguments: object, **options: object) -> tuple[str, list[object]]:
        windows.append(arguments[3] if len(arguments) > 3 else None)  # type: ignore[arg-type]
        return select(*arguments, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(tsearch, "select", counted)
    monkeypatch.setattr(server_index, "WINDOW_DOCUMENTS", 1)
    monkeypatch.setattr(server_index, "WINDOW_PER_DOCUMENT", 1)
    searches = 0
    phrases = (
        "the Charter of the United Nations",
        "of the United Nations",
        "traité d'amitié",
        "les Hautes Parties contractantes",
    )
    for cap in (server_index.COUNT_CAP, 2):
        monkeypatch.setattr(server_index, "COUNT_CAP", cap)
        for text in phrases:
            query = parse_query(text)
            for limit in (1, 2, 3, 300):
                for newest_first in (False, True):
                    here = embedded.index.search(
                        query, limit_documents=limit, newest_first=newest_first
                    )
                    there = server.index.search(
                        query, limit_documents=limit, newest_first=newest_first
                    )
                    assert [(h.key, h.start, h.end) for h in there.hits] == [
                        (h.key, h.start, h.end) for h in here.hits
                    ], (text, limit, newest_first, cap)
                    assert there.candidates == here.candidates
                    searches += 1
    assert len([w for w in windows if w is not None]) > searches  # some took several windows
