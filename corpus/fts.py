"""Phrase search over a set of declarations with SQLite FTS5, exact to the raw character.

Each document is indexed twice in one FTS5 table: its folded view (``corpus.normalize``: case,
accents, apostrophe style, ligatures, line breaks and line-end hyphens already folded) and the
stems of its words, for the inflection-tolerant mode. FTS5 (``unicode61 remove_diacritics 2``,
the stdlib ``sqlite3``) narrows the candidates; each hit is then located in the raw text itself
with a pattern that tolerates case, accents, ligatures, apostrophe style and line breaks between
words, so ``raw[start:end]`` is always the occurrence as printed (family and stemmed queries go
through the folded view and its offset map instead).

Queries: a phrase by default (``integrite territoriale``, ``l'intégrité territoriale``);
``souverain*`` for a prefix; ``NEAR(a b, N)`` for proximity; ``family:<id>`` for a formula
family; stemmed mode folds inflections ("frontière" finds "frontières").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from corpus.errors import CorpusError
from corpus.formulas import Catalogue, bundled_catalogue, find_formulas
from corpus.model import Document
from corpus.normalize import fold, normalize
from corpus.tokens import stem

CONTEXT = 60
_WORD = re.compile(r"[^\W_]+\*?")
_NEAR = re.compile(r"^NEAR\((?P<words>[^,)]+)(?:,\s*(?P<distance>\d+))?\)$", re.IGNORECASE)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, path TEXT, title TEXT, date TEXT,
    parties TEXT, language TEXT, raw TEXT NOT NULL, stamp TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(
    folded, stems, tokenize = 'unicode61 remove_diacritics 2'
);
"""


class QueryError(CorpusError):
    """A search query that cannot be understood; the message says why."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence: which document, where in its raw text, and the words around it."""

    key: str
    path: str
    title: str
    date: str
    start: int
    end: int
    left: str
    match: str
    right: str

    @property
    def snippet(self) -> str:
        return f"{self.left}[{self.match}]{self.right}"


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: the FTS5 expression, and how to find each occurrence in folded text."""

    fts: str
    pattern: re.Pattern[str] | None
    family: str | None = None
    stemmed: bool = False


def parse_query(text: str, *, stemmed: bool = False, language: str = "fr") -> Query:
    """Turn what a user typed into a query.

    Raises:
        QueryError: the query has no word, or a malformed NEAR.
    """
    text = text.strip()
    if text.casefold().startswith("family:"):
        family = text.split(":", 1)[1].strip()
        if not family:
            raise QueryError("family: needs a formula family id, e.g. family:territorial-integrity")
        return Query("", None, family)
    near = _NEAR.match(text)
    words = [w.group() for w in _WORD.finditer(fold(near["words"] if near else text))]
    if not words:
        raise QueryError(f"nothing to search for in {text!r}")
    if stemmed:
        stems = [stem(w.rstrip("*"), language) for w in words]
        return Query(" ".join(f'"{s}"*' for s in stems), None, stemmed=True)
    if near:
        distance = int(near["distance"] or 10)
        terms = " ".join(_fts_term(w) for w in words)
        return Query(f"folded : NEAR({terms}, {distance})", _near_pattern(words, distance))
    phrase = " + ".join(_fts_term(w) for w in words)
    return Query(f"folded : {phrase}", _phrase_pattern(words))


def _fts_term(word: str) -> str:
    return f'"{word[:-1]}"*' if word.endswith("*") else f'"{word}"'


@cache
def _variants() -> dict[str, str]:
    """For each folded letter, a character class of the raw letters that fold to it."""
    groups: dict[str, set[str]] = {}
    for code in range(0x20, 0x250):
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded.isalnum():
            groups.setdefault(folded, set()).add(char)
    return {k: "[" + "".join(re.escape(c) for c in sorted(v)) + "]" for k, v in groups.items()}


def _word_pattern(word: str) -> str:
    """A pattern over RAW text for a folded word: any case, any accent, "œ" for "oe"."""
    prefix = word.endswith("*")
    letters = word.rstrip("*")
    variants = _variants()
    parts = []
    index = 0
    while index < len(letters):
        pair = letters[index : index + 2]
        if pair in ("oe", "ae"):  # the ligature, or the two letters
            ligature = "œŒ" if pair == "oe" else "æÆ"
            parts.append(f"(?:[{ligature}]|{variants[pair[0]]}{variants[pair[1]]})")
            index += 2
            continue
        char = letters[index]
        parts.append(variants.get(char, re.escape(char)))
        index += 1
    return "".join(parts) + (r"[^\W_]*" if prefix else "")


def _phrase_pattern(words: list[str]) -> re.Pattern[str]:
    # Words in order, separated by anything that is not a word: space, apostrophe, hyphen.
    body = r"[\W_]+".join(_word_pattern(w) for w in words)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


def _near_pattern(words: list[str], distance: int) -> re.Pattern[str]:
    gap = rf"(?:[\W_]+[^\W_]+){{0,{distance}}}[\W_]+"
    return re.compile(rf"(?<![^\W_])(?:{gap.join(_word_pattern(w) for w in words)})(?![^\W_])")


class SearchIndex:
    """An FTS5 index of documents, in a SQLite file or in memory."""

    def __init__(self, path: Path | str = ":memory:") -> None:
        try:
            # Used from one worker thread at a time (the caller serialises): not tied to one.
            self._db = sqlite3.connect(str(path), check_same_thread=False)
            if str(path) != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise CorpusError(f"{path}: the search index cannot be opened ({exc})") from exc

    def close(self) -> None:
        self._db.close()

    def stamps(self) -> dict[str, str]:
        """Each indexed document's key and stamp (to tell what changed)."""
        return dict(self._db.execute("SELECT key, stamp FROM documents").fetchall())

    def add(self, key: str, document: Document, stamp: str = "") -> None:
        """Index a document under ``key`` (replacing an older version)."""
        folded = normalize(document.raw, fold_case=True, fold_accents=True).text
        language = document.meta.language or "fr"
        stems = " ".join(stem(w, language) for w in re.findall(r"[^\W_]+", folded))
        meta = document.meta
        with self._db:
            self.remove(key)
            cursor = self._db.execute(
                "INSERT INTO documents (key, path, title, date, parties, language, raw, stamp)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    document.path,
                    meta.title,
                    meta.date,
                    "|".join(meta.parties),
                    language,
                    document.raw,
                    stamp,
                ),
            )
            self._db.execute(
                "INSERT INTO texts (rowid, folded, stems) VALUES (?, ?, ?)",
                (cursor.lastrowid, folded, stems),
            )

    def remove(self, key: str) -> None:
        row = self._db.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
        if row is not None:
            self._db.execute("DELETE FROM texts WHERE rowid = ?", row)
            self._db.execute("DELETE FROM documents WHERE id = ?", row)

    def search(
        self,
        query: Query,
        *,
        party: str = "",
        language: str = "",
        date_from: str = "",
        date_to: str = "",
        catalogue: Catalogue | None = None,
    ) -> list[Hit]:
        """Every occurrence of ``query`` in the documents that pass the filters, by date."""
        filters, values = _filters(party, language, date_from, date_to)
        if query.family is None:
            sql = (
                "SELECT d.key, d.path, d.title, d.date, d.raw, d.language FROM texts"
                " JOIN documents d ON d.id = texts.rowid WHERE texts MATCH ?" + filters
            )
            try:
                rows = self._db.execute(sql, (query.fts, *values)).fetchall()
            except sqlite3.OperationalError as exc:
                raise QueryError(f"the query cannot be searched: {exc}") from exc
        else:
            sql = "SELECT key, path, title, date, raw, language FROM documents d WHERE 1" + filters
            rows = self._db.execute(sql, values).fetchall()
        hits: list[Hit] = []
        for key, path, title, date, raw, doc_language in sorted(rows, key=lambda r: (r[3], r[0])):
            spans = _locate(query, raw, doc_language, catalogue or bundled_catalogue())
            hits.extend(_hit(key, path, title, date, raw, start, end) for start, end in spans)
        return hits


def _filters(party: str, language: str, date_from: str, date_to: str) -> tuple[str, list[str]]:
    clauses, values = [], []
    if party:
        clauses.append(" AND lower(d.parties) LIKE ?")
        values.append(f"%{party.lower()}%")
    if language:
        clauses.append(" AND d.language = ?")
        values.append(language)
    if date_from:
        clauses.append(" AND d.date >= ?")
        values.append(date_from)
    if date_to:
        clauses.append(" AND d.date <= ? || '~'")
        values.append(date_to)
    return "".join(clauses), values


def _locate(
    query: Query, raw: str, language: str, catalogue: Catalogue
) -> Iterable[tuple[int, int]]:
    if query.pattern is not None:
        # The pattern reads the raw text itself (case, accents, apostrophes, line breaks all
        # tolerated): no need to build the folded view of every candidate document.
        return [m.span() for m in query.pattern.finditer(raw)]
    view = normalize(raw, fold_case=True, fold_accents=True)
    if query.family is not None:
        return [
            (h.start, h.end)
            for h in find_formulas(raw, catalogue, view)
            if h.family == query.family
        ]
    return _locate_stems(query, raw, view.text, view.raw_span, language)


def _locate_stems(
    query: Query, raw: str, folded: str, raw_span: object, language: str
) -> list[tuple[int, int]]:
    wanted = [t.strip('"*') for t in query.fts.split()]
    words = list(re.finditer(r"[^\W_]+", folded))
    spans = []
    for index in range(len(words) - len(wanted) + 1):
        window = words[index : index + len(wanted)]
        if all(
            stem(w.group(), language).startswith(s) for w, s in zip(window, wanted, strict=True)
        ):
            spans.append(raw_span(window[0].start(), window[-1].end()))  # type: ignore[operator]
    return spans


def _hit(key: str, path: str, title: str, date: str, raw: str, start: int, end: int) -> Hit:
    def squash(text: str) -> str:
        return " ".join(text.split())

    before, after = raw[max(0, start - CONTEXT) : start], raw[end : end + CONTEXT]
    # Keep one space where the text had white space next to the match.
    left = squash(before) + (" " if before[-1:].isspace() else "")
    right = (" " if after[:1].isspace() else "") + squash(after)
    return Hit(key, path, title, date, start, end, left, squash(raw[start:end]), right)
