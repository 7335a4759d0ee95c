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

GIN keeps no positions: checking a chain means reading a passage's vector back. Where the server
has the RUM extension (``schema.ensure_positions``), the passages' positions index answers the
chain itself when every document holding a phrase is wanted (a count, a timeline). The window's
first page (the first documents by date) is found the same way on either server, reading as few
passages as it can (:func:`plan`'s ``first``), because RUM evaluates the chain on every passage
of the library before the first documents can be taken (a chain with "d" in it costs it a
quarter of a second at 20,000 documents):

* a phrase of content words only: the documents holding its words (GIN, ids only), in date
  order, each kept at the first of its passages holding the phrase, until enough are found;
* a phrase with function words: the passages holding its content words (a posting list as long
  as that of "d" or "the" costs more than it strikes out), in date order, checked one by one;
  listed a window of the documents holding those words at a time (:func:`held`), so that the
  passages of documents far past the first page are never read.

``bench/bench_server_phrases.py`` measures these beside the previous version's plans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from corpus.library.hits import MAX_ROWID, Filters
from corpus.library.prepared import fts_columns
from corpus.library.query import MIN_CUT_WORD, Query, QueryKind, Term
from corpus.library.server.schema import PhraseIndex
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


@dataclass(frozen=True, slots=True)
class Plan:
    """How the server finds a query's candidate documents.

    ``narrow`` is a condition on ``documents d`` that an index answers whole. A phrase without
    RUM has ``passages`` too: a condition on ``passages p`` that GIN answers without reading a
    vector (the phrase's content words), whose passages are then checked one by one in date
    order against ``check`` (the ``<->`` chain, on the passage ``q``: its vector read) until
    enough documents are found; ``narrow`` then adds the documents found otherwise (a word cut
    at a line's end), unchecked, or is empty. A phrase's first documents (any index) have
    ``documents`` instead of ``passages``: a condition on ``documents d`` that GIN answers (the
    content words), whose documents are taken in date order, each kept once one of its passages
    passes ``check``.
    """

    narrow: str
    narrow_values: list[object]
    passages: str = ""
    passages_values: tuple[object, ...] = ()
    check: str = ""
    check_values: tuple[object, ...] = ()
    documents: str = ""
    documents_values: tuple[object, ...] = ()
    held: str = ""
    held_values: tuple[object, ...] = ()


def plan(
    query: Query,
    filters: Filters,
    relaxed: bool = False,
    index: PhraseIndex = PhraseIndex.GIN,
    *,
    first: bool = False,
) -> Plan:
    """The candidates of a phrase or NEAR query (the view's pattern decides the occurrences).

    It mirrors :func:`corpus.library.query.fts_expression`: stems for the stemmed mode, words
    cut at a line's end looked up whole, and ``relaxed`` asking only for a phrase's content
    words in any order (a cheap upper bound for counting). A phrase is a ``<->`` chain inside
    one passage: with RUM (``index``) the passages' positions index answers it outright; with
    GIN only, the passages holding all its words are found by GIN (no vector read) and the chain
    is checked on them in date order (:func:`select`). ``first`` (only the first documents by
    date are wanted: a ``LIMIT`` follows) plans a phrase as the module says, whatever the
    index. A document with a word cut at a line's end that the query holds is a candidate
    either way.
    """
    if query.kind is QueryKind.FAMILY:
        raise ValueError("a family query is answered from the formula hits")
    if query.stemmed:
        languages = (filters.language,) if filters.language else ("fr", "en")
        parts: list[str] = []
        values: list[object] = []
        for term in query.terms:
            if term.prefix:
                parts.append("(d.words @@ %s::tsquery OR d.joins @@ %s::tsquery)")
                values += [_term(term), _term(term)]
            else:
                stems = sorted({stem(term.word, language) for language in languages})
                parts.append("d.stems @@ %s::tsquery")
                values.append(" | ".join(quoted(s) for s in stems))
        return Plan(" AND ".join(parts), values)
    every = " & ".join(_term(t) for t in query.terms)
    content = [_term(t) for t in query.terms if t.prefix or t.word not in stopwords()]
    cut = [_term(t) for t in query.terms if len(t.word) >= MIN_CUT_WORD or t.prefix]
    joined = " | ".join(cut)
    whole = (
        query.kind is QueryKind.NEAR
        or (relaxed and content)
        or len(query.terms) > OVERLAP + 1  # it may straddle two passages
    )
    if whole:
        asked = every
        if relaxed and content and query.kind is QueryKind.PHRASE:
            asked = " & ".join(content)
        if not cut:
            return Plan("d.words @@ %s::tsquery", [asked])
        return Plan("(d.words @@ %s::tsquery OR d.joins @@ %s::tsquery)", [asked, joined])
    chain = " <-> ".join(_term(t) for t in query.terms)
    if index is PhraseIndex.RUM and not first:
        # The chain from the positions index; the rare passages with positions dropped
        # (a partial index finds them) for their words in any order.
        found = (
            "SELECT doc FROM passages WHERE words @@ %s::tsquery"
            " UNION SELECT doc FROM passages WHERE NOT exact AND words @@ %s::tsquery"
        )
        values = [chain, every]
        if cut:
            found += " UNION SELECT id FROM documents WHERE joins @@ %s::tsquery"
            values.append(joined)
        return Plan(f"d.id IN ({found})", values)
    # The passages are narrowed on the phrase's content words only: the index's list of a
    # word as frequent as "d" or "the" holds most passages, and reading it costs more than the
    # passages it strikes out; the check then asks the chain, or, of a passage whose positions
    # were not all kept, all the words (as before: the candidates are the same).
    rare = " & ".join(content)
    checked: tuple[object, ...] = (chain,)
    check = "(NOT q.exact OR q.words @@ %s::tsquery)"
    if content and rare != every:
        check = "(q.words @@ %s::tsquery OR (NOT q.exact AND q.words @@ %s::tsquery))"
        checked = (chain, every)
    narrow = "d.joins @@ %s::tsquery" if cut else ""
    narrow_values: list[object] = [joined] if cut else []
    if first and len(content) == len(query.terms):
        # A phrase of content words only ("human rights", "Hautes Parties contractantes") is
        # in most of the documents holding its words: the first documents by date are read
        # until enough hold it. One with function words ("the Charter of the United Nations")
        # is narrowed on fewer words than it has, which many documents hold without it: its
        # passages holding them are listed first (below), and only those are read.
        return Plan(
            narrow,
            narrow_values,
            check=check,
            check_values=checked,
            documents="d.words @@ %s::tsquery",
            documents_values=(rare if content else every,),
        )
    # A first page of a phrase with function words: its passages are listed a window of
    # documents at a time (:func:`held` and ``select``'s ``window``), from the documents
    # holding its content words or a word of it cut at a line's end, in date order; how many
    # hold them is the relaxed count. (A phrase of function words only is listed whole.)
    held_condition = f"(d.words @@ %s::tsquery OR {narrow})" if cut else "d.words @@ %s::tsquery"
    return Plan(
        narrow,
        narrow_values,
        "p.words @@ %s::tsquery",
        (rare if content else every,),
        check,
        checked,
        held=held_condition if first and content else "",
        held_values=(rare, *narrow_values) if first and content else (),
    )


def held(found: Plan, filters: Filters, order: str, cap: int) -> tuple[str, list[object]]:
    """A SELECT of one row: how many documents pass ``filters`` and hold the content words of
    ``found``'s phrase (or a word of it cut at a line's end; ``Plan.held``), and the ids of the
    first ``cap`` of them in ``order`` (an array): the windows its passages are listed by."""
    span, spanned, where, values = _filtered(filters)
    return (
        f"WITH held AS MATERIALIZED (SELECT d.id FROM documents d WHERE {found.held}{span}{where})"
        f" SELECT (SELECT count(*) FROM held), ARRAY(SELECT id FROM held {order} LIMIT {int(cap)})",
        [*found.held_values, *spanned, *values],
    )


def _filtered(
    filters: Filters, window: tuple[int, int] | None = None
) -> tuple[str, list[object], str, list[object]]:
    """``filters`` as conditions on ``documents d``: its dates as a span of ids (`` AND d.id
    BETWEEN %s AND %s``, narrowed to ``window``; nothing for every date) and the others, each
    with its parameters."""
    low, high = filters.rowid_range()
    if window is not None:
        low, high = max(low, window[0]), min(high, window[1])
    where, values = filters.sql()
    dated = window is not None or (low, high) != (0, MAX_ROWID)
    span = " AND d.id BETWEEN %s AND %s" if dated else ""
    return span, [low, high] if dated else [], where.replace("?", "%s"), list(values)


def select(
    found: Plan, filters: Filters, order: str = "", window: tuple[int, int] | None = None
) -> tuple[str, list[object]]:
    """A SELECT of the candidates' ids of ``found`` that pass ``filters``, in ``order``
    (``ORDER BY 1`` or ``ORDER BY 1 DESC``; none: any), and its parameters.

    Without RUM (or for a first page), a phrase's passages holding its content words come
    first, all of them, from the index alone (only their keys read: ``MATERIALIZED``, else the
    planner would walk the documents in date order reading each one's vector); then each in
    date order has its chain checked by its row address, until the caller's ``LIMIT`` has
    enough documents (``OFFSET 0`` keeps the check out of the narrowing: every passage would be
    checked before the sort). A plan with ``documents`` is the first page of a phrase of content
    words (:func:`_first_documents`). ``window`` (lowest and highest ids) keeps only the
    documents within it: the passages of a phrase with function words are listed a window of
    the documents holding its content words at a time (:func:`held`), so that only theirs are
    read (at 20,000 documents, "the Charter of the United Nations" has 19,137 passages holding
    "charter", "united" and "nations", 4,646 of them within the first 1,500 such documents).
    """
    span, spanned, where, values = _filtered(filters, window)
    if found.documents:
        return _first_documents(found, f"{span}{where}", [*spanned, *values], order)
    if not found.passages:
        return (
            f"SELECT d.id FROM documents d WHERE {found.narrow}{span}{where} {order}",
            [*found.narrow_values, *spanned, *values],
        )
    parts = [
        f"SELECT p.doc AS id, p.ctid AS row FROM passages p"
        f"{' JOIN documents d ON d.id = p.doc' if where else ''} WHERE {found.passages}"
        f"{span.replace('d.id', 'p.doc')}{where}"
    ]
    parameters = [*found.passages_values, *spanned, *values]
    if found.narrow:
        parts.append(f"SELECT d.id, NULL::tid FROM documents d WHERE {found.narrow}{span}{where}")
        parameters += [*found.narrow_values, *spanned, *values]
    return (
        f"WITH narrowed AS MATERIALIZED ({' UNION ALL '.join(parts)})"
        f" SELECT DISTINCT c.id FROM (SELECT id, row FROM narrowed {order} OFFSET 0) AS c"
        f" WHERE c.row IS NULL OR (SELECT {found.check} FROM passages q WHERE q.ctid = c.row)"
        f" {order}",
        [*parameters, *found.check_values],
    )


def _first_documents(
    found: Plan, filtered: str, values: list[object], order: str
) -> tuple[str, list[object]]:
    """The SELECT of a phrase's first documents (:func:`select`): the documents holding its
    content words, or a word of it cut at a line's end, from GIN alone (their ids only, each
    once: one bitmap of both indexes; ``MATERIALIZED``), then each in date order kept once one
    of its passages passes the check (read by the primary key, stopping at the first that
    passes), or if it holds a cut word, until the caller's ``LIMIT`` has enough. Where the
    phrase is frequent (in most of the documents holding its words) this reads a few passages
    of as many documents as asked; checking the passages holding the words instead would first
    list every one of them in the library (``bench/bench_server_phrases.py``). A second column
    says how many documents hold the words: what a relaxed count (:func:`plan`) of the phrase
    would say, so that a search need not ask it again. A document's passages are read by its
    key alone (``OFFSET 0``): the planner could otherwise ask a words index once per document.
    (The two kinds of documents were listed apart and grouped by id: 8 ms of the 34 the first
    page of "territorial integrity" took at 20,000 documents.)"""
    held = f"({found.documents} OR {found.narrow})" if found.narrow else found.documents
    parameters = [*found.documents_values, *found.narrow_values, *values]
    passed = (
        f"(SELECT true FROM (SELECT words, exact FROM passages WHERE doc = c.id OFFSET 0) AS q"
        f" WHERE {found.check} LIMIT 1)"
    )
    parameters += found.check_values
    if found.narrow:
        passed += f" OR (SELECT {found.narrow} FROM documents d WHERE d.id = c.id)"
        parameters += found.narrow_values
    return (
        f"WITH narrowed AS MATERIALIZED (SELECT d.id FROM documents d WHERE {held}{filtered})"
        f" SELECT c.id, (SELECT count(*) FROM narrowed) AS holding"
        f" FROM (SELECT id FROM narrowed {order} OFFSET 0) AS c WHERE {passed} {order}",
        parameters,
    )


def candidates(
    query: Query, filters: Filters, relaxed: bool = False, index: PhraseIndex = PhraseIndex.GIN
) -> tuple[str, list[object]]:
    """A SELECT of the ids of every document that may hold an occurrence of a phrase or NEAR
    query (:func:`plan`, unordered), and its parameters."""
    return select(plan(query, filters, relaxed, index), filters)


def any_of(stems: Sequence[str]) -> str:
    """A tsquery matching any of ``stems`` (where else)."""
    return " | ".join(quoted(s) for s in stems)
