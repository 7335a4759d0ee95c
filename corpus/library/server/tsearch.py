"""What PostgreSQL indexes of a document's search view, and the ``tsquery`` that narrows a search.

The server must propose every document the embedded library would find (the exact occurrences
are then found by the same Python code, ``corpus.library.query.locate``, over the same view).
So the words are cut here, in Python, by the very pattern ``locate`` uses for a word
(``[^\\W_]+`` over the already folded view: case, accents, apostrophes, ligatures and punctuation
folded by our own code), and handed to PostgreSQL as ``tsvector`` literals: its text parser,
dictionaries and the server's locale never touch them, so the folding is identical by
construction. As the embedded library's three FTS5 columns:

* ``words``: every word of the document (no positions): all the words of a query, any order;
* ``passages``: the words with their positions, by passages of :data:`PASSAGE_WORDS` words
  overlapping by :data:`OVERLAP` (a phrase is a ``<->`` chain inside one passage);
* ``joins``: the words cut by a line-end hyphen, written whole;
* ``stems``: the stems of the words (the inflection-tolerant mode; positions for ``ts_rank``).

Passages, because a ``tsvector`` keeps at most 256 positions per word and none beyond 16,383:
a whole treaty would lose the positions of its "de" and "the", and every phrase would have to
be asked of it as loose words. A passage short enough holds them all; one that still has a word
more than 256 times is marked inexact and asked for the phrase's words in any order, so that no
occurrence is ever missed, only a few more documents read. A phrase longer than
:data:`OVERLAP` words, which may straddle two passages, is asked the same way. Short passages
also stay small enough to be read without a detour through TOAST when a phrase is checked
(``bench/bench_server_library.py``: candidates found twice as fast as with 1,000 words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from corpus.library.hits import Filters
from corpus.library.prepared import fts_columns
from corpus.library.query import MIN_CUT_WORD, Query, QueryKind, Term
from corpus.text.tokens import stem, stopwords

_TOKEN = re.compile(r"[^\W_]+")
#: PostgreSQL's limits of a tsvector: positions run from 1 to 16,383, 256 kept per word.
MAX_POSITION = 16_383
MAX_POSITIONS_PER_WORD = 256
#: A lexeme is at most 2,047 bytes; a longer "word" (never a real one) is cut, alike in queries.
MAX_LEXEME_CHARS = 200
#: Past this many words the stems keep no positions (a tsvector is at most 1 MB).
MAX_POSITIONED_WORDS = 200_000
#: The words of a passage, and how many the next one repeats (the longest phrase found through
#: passages is one word more).
PASSAGE_WORDS = 250
OVERLAP = 31
_NUMBERS = [str(number) for number in range(MAX_POSITION + 1)]


@dataclass(frozen=True, slots=True)
class Vectors:
    """A document's ``tsvector`` literals; each passage with whether its positions are exact."""

    words: str
    joins: str
    stems: str
    passages: tuple[tuple[str, bool], ...]


def lexeme(word: str) -> str:
    return word[:MAX_LEXEME_CHARS]


def quoted(word: str) -> str:
    """A lexeme as a tsvector or tsquery literal writes it."""
    word = lexeme(word)
    if "'" in word or "\\" in word:  # never in a word of a view; a query is typed by anyone
        word = word.replace("\\", "\\\\").replace("'", "''")
    return f"'{word}'"


def vectors(view: str, language: str) -> Vectors:
    """The ``tsvector`` literals of a search view (its language chooses the stemmer)."""
    folded, stems, joins = fts_columns(view, language)
    tokens = _lexemes(_TOKEN.findall(folded))
    step = PASSAGE_WORDS - OVERLAP
    passages = tuple(
        _positioned(tokens[first : first + PASSAGE_WORDS])
        for first in range(0, max(len(tokens) - OVERLAP, 1), step)
    )
    stemmed, _ = _positioned(_lexemes(_TOKEN.findall(stems)))
    return Vectors(_bare(tokens), _bare(_lexemes(_TOKEN.findall(joins))), stemmed, passages)


def _lexemes(tokens: list[str]) -> list[str]:
    """Words as lexemes: cut to :data:`MAX_LEXEME_CHARS` (checked once: real words never are).
    Words of the pattern above are letters and digits only, so they need no escaping."""
    if tokens and max(map(len, tokens)) > MAX_LEXEME_CHARS:
        return [lexeme(t) for t in tokens]
    return tokens


def _positioned(tokens: Sequence[str]) -> tuple[str, bool]:
    """A positioned tsvector literal of lexemes (:func:`_lexemes`), and whether every position
    was kept (the hot loop of storing: position strings made once)."""
    if len(tokens) > MAX_POSITIONED_WORDS:
        return _bare(tokens), False
    positions: dict[str, list[str]] = {}
    for number, token in enumerate(tokens, start=1):
        found = positions.get(token)
        text = _NUMBERS[min(number, MAX_POSITION)]
        if found is None:
            positions[token] = [text]
        else:
            found.append(text)
    exact = len(tokens) <= MAX_POSITION
    parts = []
    for word, found in positions.items():
        if len(found) > MAX_POSITIONS_PER_WORD:
            exact = False
            found = found[:MAX_POSITIONS_PER_WORD]
        parts.append(f"'{word}':{','.join(found)}")
    return " ".join(parts), exact


def _bare(lexemes: Iterable[str]) -> str:
    return " ".join(f"'{word}'" for word in sorted(set(lexemes)))


def _term(term: Term) -> str:
    return quoted(term.word) + (":*" if term.prefix else "")


def candidates(query: Query, filters: Filters, relaxed: bool = False) -> tuple[str, list[object]]:
    """A SELECT of the ids of every document that may hold an occurrence of a phrase or NEAR
    query (the view's pattern decides), and its parameters.

    It mirrors :func:`corpus.library.query.fts_expression`: stems for the stemmed mode, words
    cut at a line's end looked up whole, and ``relaxed`` asking only for a phrase's content
    words in any order (a cheap upper bound for counting). Each part is a search of one GIN
    index (a phrase: the passages holding all its words, then the ``<->`` chain checked on
    those), joined by ``UNION``: an ``OR`` across tables would read every row.
    """
    if query.kind is QueryKind.FAMILY:
        raise ValueError("a family query is answered from the formula hits")
    if query.stemmed:
        languages = (filters.language,) if filters.language else ("fr", "en")
        parts: list[str] = []
        values: list[object] = []
        for term in query.terms:
            if term.prefix:
                parts.append("(words @@ %s::tsquery OR joins @@ %s::tsquery)")
                values += [_term(term), _term(term)]
            else:
                stems = sorted({stem(term.word, language) for language in languages})
                parts.append("stems @@ %s::tsquery")
                values.append(" | ".join(quoted(s) for s in stems))
        return "SELECT id FROM documents WHERE " + " AND ".join(parts), values
    every = " & ".join(_term(t) for t in query.terms)
    content = [_term(t) for t in query.terms if t.prefix or t.word not in stopwords()]
    if query.kind is QueryKind.NEAR:
        exact, values = "SELECT id FROM documents WHERE words @@ %s::tsquery", [every]
    elif relaxed and content:
        exact = "SELECT id FROM documents WHERE words @@ %s::tsquery"
        values = [" & ".join(content)]
    elif len(query.terms) > OVERLAP + 1:  # it may straddle two passages
        exact, values = "SELECT id FROM documents WHERE words @@ %s::tsquery", [every]
    else:
        exact = (
            "SELECT doc FROM passages WHERE words @@ %s::tsquery"
            " AND (NOT exact OR words @@ %s::tsquery)"
        )
        values = [every, " <-> ".join(_term(t) for t in query.terms)]
    cut = [_term(t) for t in query.terms if len(t.word) >= MIN_CUT_WORD or t.prefix]
    if not cut:
        return exact, values
    return (
        f"{exact} UNION SELECT id FROM documents WHERE joins @@ %s::tsquery",
        [*values, " | ".join(cut)],
    )


def any_of(stems: Sequence[str]) -> str:
    """A tsquery matching any of ``stems`` (where else)."""
    return " | ".join(quoted(s) for s in stems)
