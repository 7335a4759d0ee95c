"""A phrase's occurrences solved from FTS5's bm25 score (``corpus.library.scored_counts``), on
real texts in an FTS5 table of their own: the counts are those Python finds in the texts, the
table's sizes are those of its rows, and what cannot be solved is said so."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus.library.hits import MAX_ROWID
from corpus.library.scored_counts import scored_counts, table_sizes, varints

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = sorted((DATA / "texts").glob("*.txt"))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


@pytest.fixture(scope="module")
def table() -> Iterator[tuple[sqlite3.Connection, list[list[str]]]]:
    """The shared texts, lower-cased ASCII words only, in a contentless FTS5 table (as the
    index's), with a second column the scores count too."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, other, content = '')")
    texts = [_words(path.read_text(encoding="utf-8")) for path in TEXTS]
    for row, words in enumerate(texts, start=1):
        db.execute(
            "INSERT INTO t (rowid, body, other) VALUES (?, ?, ?)",
            (row, " ".join(words), " ".join(words[::3])),
        )
    db.commit()  # FTS5 writes its averages record when a transaction ends
    yield db, texts
    db.close()


def _occurrences(words: list[str], phrase: list[str]) -> int:
    size = len(phrase)
    return sum(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def test_the_sizes_are_those_of_the_rows(table: tuple[sqlite3.Connection, list[list[str]]]) -> None:
    db, texts = table
    sizes = table_sizes(db, "t")
    assert sizes is not None
    rows, average = sizes
    assert rows == len(texts)
    tokens = sum(len(w) + len(w[::3]) for w in texts)
    assert average == pytest.approx(tokens / rows)
    row_tokens = [sum(varints(blob)) for (blob,) in db.execute("SELECT sz FROM t_docsize")]
    assert sum(row_tokens) == tokens


def test_varints_read_one_to_nine_bytes() -> None:
    assert varints(b"\x00\x7f") == [0, 127]
    assert varints(b"\x81\x00\x82\x01") == [128, 257]
    assert varints(b"\xff" * 8 + b"\xff") == [2**64 - 1]


@pytest.mark.parametrize(
    "phrase",
    [
        ["the", "united", "nations"],
        ["of", "the"],
        ["territorial", "integrity"],
        ["nations"],
        ["de", "la"],
        ["human", "rights"],
        ["the", "parties"],
    ],
)
def test_each_row_count_is_the_phrase_occurrences(
    table: tuple[sqlite3.Connection, list[list[str]]], phrase: list[str]
) -> None:
    db, texts = table
    expected = {row: n for row, w in enumerate(texts, 1) if (n := _occurrences(w, phrase))}
    assert expected, phrase
    query = "body : (" + " + ".join(f'"{word}"' for word in phrase) + ")"
    found = scored_counts(db, "t", query, 0, MAX_ROWID)
    assert found is not None
    assert found.unsolved == []
    assert dict(zip(found.documents.tolist(), found.hits.tolist(), strict=True)) == expected
    # Some rows only, or a range of them: the same counts (the IDF still counts every row).
    some = sorted(expected)[::2]
    among = scored_counts(db, "t", query, 0, MAX_ROWID, among=some)
    assert among is not None
    assert dict(zip(among.documents.tolist(), among.hits.tolist(), strict=True)) == {
        row: expected[row] for row in some
    }
    ranged = scored_counts(db, "t", query, 3, 9)
    assert ranged is not None
    assert dict(zip(ranged.documents.tolist(), ranged.hits.tolist(), strict=True)) == {
        row: n for row, n in expected.items() if 3 <= row <= 9
    }


def test_a_score_from_other_constants_is_left_unsolved(
    table: tuple[sqlite3.Connection, list[list[str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, texts = table
    monkeypatch.setattr("corpus.library.scored_counts.B", 0.5)
    found = scored_counts(db, "t", 'body : ("human" + "rights")', 0, MAX_ROWID)
    assert found is not None
    assert len(found.documents) == 0
    assert found.unsolved == [
        r for r, w in enumerate(texts, 1) if _occurrences(w, ["human", "rights"])
    ]


def test_a_table_without_sizes_says_nothing(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE e USING fts5(body, content = '')")
    assert table_sizes(db, "e") is None  # empty: no averages yet
    assert scored_counts(db, "e", '"word"', 0, MAX_ROWID) is None
    db.execute("CREATE VIRTUAL TABLE n USING fts5(body, content = '', columnsize = 0)")
    db.execute("INSERT INTO n (rowid, body) VALUES (1, 'a word')")
    db.commit()
    assert scored_counts(db, "n", '"word"', 0, MAX_ROWID) is None  # no sizes kept
    assert table_sizes(db, "missing") is None
