"""The vectors and rows bulk storing sends in PostgreSQL's binary form
(corpus.library.server.binary): the server holds what the literals of the one-document path
(corpus.library.server.tsearch) give it, on real texts and at every limit of a tsvector."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import psycopg
import pytest

from corpus.library.prepared import fts_columns
from corpus.library.server import binary, tsearch

from tests import postgres

DATA = Path(__file__).resolve().parents[1] / "data"


def _views() -> list[tuple[str, str]]:
    """Real views (French and English treaties), and views at the limits of a tsvector."""
    from corpus.library.searchview import search_view
    from corpus.text.reading import folded_view

    found = []
    for path in sorted([*DATA.glob("*.txt"), *(DATA / "texts").glob("*.txt")])[:12]:
        raw = path.read_text(encoding="utf-8")
        found.append(
            (search_view(raw, folded_view(raw)).text, "en" if "-en" in path.name else "fr")
        )
    crowded = " ".join(["de la paix, et de la guerre;"] * 3_000)  # > 256 times in a passage
    longest = " ".join(f"mot{n} de" for n in range(9_000))  # past position 16,383
    odd = "ωμέγα 東京 ﬁn été Ⅻ x_y " + "z" * 300 + " " + "é" * 250  # lexemes cut at 200
    return [*found, (crowded, "fr"), (longest, "fr"), (odd, "fr"), ("", "fr"), (" ;; ", "en")]


def _by_literals(view: str, language: str) -> list[tuple[str, str, bool]]:
    vectors = tsearch.vectors(view, language)
    return [
        ("words", vectors.words, True),
        ("joins", vectors.joins, True),
        ("stems", vectors.stems, True),
        *((f"passage {n}", p, exact) for n, (p, exact) in enumerate(vectors.passages)),
    ]


def _in_binary(view: str, language: str) -> list[tuple[str, bytes, bool]]:
    _, stems, joins = fts_columns(view, language)
    vectors = binary.vectors(view, stems, joins)
    return [
        ("words", vectors.words, True),
        ("joins", vectors.joins, True),
        ("stems", vectors.stems, True),
        *((f"passage {n}", p, exact) for n, (p, exact) in enumerate(vectors.passages)),
    ]


@pytest.fixture
def database(postgres_server: postgres.Server) -> str:
    return postgres.new_database(postgres_server, rum=False)


def test_the_server_holds_the_vectors_of_the_literals(database: str) -> None:
    views = _views()
    with psycopg.connect(database) as connection:
        connection.execute("CREATE TABLE v (doc int, name text, vector tsvector, exact boolean)")
        with connection.cursor().copy("COPY v FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(binary.HEADER)
            for doc, (view, language) in enumerate(views):
                for name, vector, exact in _in_binary(view, language):
                    copy.write(binary.row((binary.Int4(doc), name, vector, exact)))
            copy.write(binary.TRAILER)
        in_binary = connection.execute(
            "SELECT doc, name, vector::text, exact FROM v ORDER BY doc, name"
        ).fetchall()
        connection.execute("TRUNCATE v")
        with connection.cursor().copy("COPY v FROM STDIN") as copy:
            for doc, (view, language) in enumerate(views):
                for row in _by_literals(view, language):
                    copy.write_row((doc, *row))
        by_literals = connection.execute(
            "SELECT doc, name, vector::text, exact FROM v ORDER BY doc, name"
        ).fetchall()
    assert in_binary == by_literals
    assert len(by_literals) > 200
    stems = {doc: text for doc, name, text, _exact in by_literals if name == "stems"}
    assert stems[len(views) - 5].count(",") > tsearch.MAX_POSITIONS_PER_WORD  # kept 256, alike
    assert "16383" in stems[len(views) - 4]  # the last positions are one, alike


def test_a_window_with_a_word_too_often_is_not_exact_as_with_literals() -> None:
    tokens = ["de", "paix"] * 200 + ["de"] * 100  # "de" 150 times in 300 words, 300 in 500
    lexemes, ids = binary._numbered(tokens)
    for size in (300, 500):
        ((vector, exact),) = binary._positioned(lexemes, ids, np.zeros(1, np.int64), size)
        _literal, literal_exact = tsearch._positioned(tokens[:size])
        assert exact == literal_exact == (size == 300)
        assert vector.count(b"de\0") == 1


def test_a_row_holds_each_kind_of_value(database: str) -> None:
    with psycopg.connect(database) as connection:
        connection.execute(
            "CREATE TABLE r (a bigint, b integer, c text, d bytea, e boolean, f text)"
        )
        values = (-(2**40), binary.Int4(-7), "Traité «paix» ω", b"\x00\xff", False, None)
        with connection.cursor().copy("COPY r FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(binary.HEADER + binary.row(values) + binary.TRAILER)
        assert connection.execute("SELECT * FROM r").fetchall() == [
            (-(2**40), -7, "Traité «paix» ω", b"\x00\xff", False, None)
        ]
    with pytest.raises(TypeError):
        binary.row((1.5,))
