"""Search queries: what a user types, the FTS5 expression that narrows the documents, and the
exact occurrences in a document's search view (``corpus.library.searchview``).

Syntax (case, accents, apostrophe style and ligatures never matter):

* a phrase by default: ``integrite territoriale``, ``l'intégrité territoriale`` (quotes optional);
  its words must follow one another, and punctuation is folded like accents: whatever stands
  between two words (spaces, apostrophes, hyphens, commas, quotes, guillemets, parentheses,
  semicolons, dashes, full stops), in the query or in the text, does not matter, so "non ingérence"
  finds "non-ingérence", "zone de paix de stabilité" finds "zone de paix, de stabilité" and
  "Washington (D.C.)" finds itself; only a paragraph break ends a phrase;
* ``souverain*``: a word beginning with "souverain" (anywhere in a phrase);
* ``NEAR(souveraineté frontières, 10)``: the words in any order, at most 10 words apart;
* ``family:territorial-integrity``: every hit of a formula family of the catalogue;
* the inflection-tolerant (stemmed) mode matches words by their stem ("frontière" finds
  "frontières", "réaffirme" finds "réaffirment").

FTS5 tokenises with ``unicode61 remove_diacritics 2`` and no ``tokenchars``: hyphens and
apostrophes separate words, so "non-ingérence" and "non ingérence" index alike and "l'intégrité" is
"l" + "integrite"; the exact separators are then checked by the pattern run over the view.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise

from corpus.errors import QueryError, Reason
from corpus.library.searchview import MARKER
from corpus.text.normalize import fold
from corpus.text.tokens import stem, stems_of, stopwords

DEFAULT_NEAR = 10
#: The widest NEAR: a paragraph's length. A wider one would find nothing more useful, and
#: NEAR(de la, 100000) kept the search busy for over a minute.
MAX_NEAR = 100
#: The most words a NEAR may hold: finding them is linear in their number, but a query of more
#: words than a sentence holds finds nothing an analyst wants (and FTS5 still has to try it).
MAX_NEAR_TERMS = 32
_WORD = re.compile(r"[^\W_]+\*?")
_NEAR = re.compile(r"^NEAR\s*\((?P<words>[^,()]*)(?:,\s*(?P<distance>\d+)\s*)?\)$", re.IGNORECASE)
_FAMILY = re.compile(r"^family\s*:\s*(?P<id>\S*)$", re.IGNORECASE)
#: Between two words of a phrase: anything but a word character or a paragraph break (the view
#: writes a blank line as "\n"). Analysts search formula lists ("l'indépendance, la souveraineté
#: et l'intégrité"): punctuation must not break a phrase, as FTS5 (which ignores it) agrees.
_GAP = r"(?:[^\w\n]|_)+"
_VIEW_WORD = re.compile(r"[^\W_]+(?:" + MARKER + r"[^\W_]+)*")

#: A word of a view: its start, end and letters (a word cut by a line-end hyphen, whole).
_Word = tuple[int, int, str]
_Matcher = Callable[[str], bool]


class QueryKind(StrEnum):
    """The three shapes of a query."""

    PHRASE = "phrase"
    NEAR = "near"
    FAMILY = "family"


@dataclass(frozen=True, slots=True)
class Term:
    """One word of a query, folded; ``prefix`` for ``word*``."""

    word: str
    prefix: bool = False

    def fts(self, column: str = "folded") -> str:
        star = "*" if self.prefix else ""
        return f'{column} : "{self.word}"{star}'


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query.

    Attributes:
        text: what the user typed.
        kind: phrase, near or family.
        terms: the words, folded.
        distance: for NEAR, how many words may stand between the terms.
        family: for a family query, the family id.
        stemmed: match words by their stems (phrase and NEAR).
    """

    text: str
    kind: QueryKind
    terms: tuple[Term, ...] = ()
    distance: int = DEFAULT_NEAR
    family: str = ""
    stemmed: bool = False


def parse_query(text: str, *, stemmed: bool = False) -> Query:
    """Turn what a user typed into a :class:`Query`.

    Raises:
        QueryError: no word to search for, a malformed NEAR, or an empty family id.
    """
    stripped = text.strip()
    family = _FAMILY.match(stripped)
    if family:
        if not family["id"]:
            raise QueryError(Reason.QUERY_FAMILY_NEEDS_ID)
        return Query(text, QueryKind.FAMILY, family=family["id"].casefold())
    near = _NEAR.match(stripped)
    if stripped.upper().startswith("NEAR") and "(" in stripped and near is None:
        raise QueryError(Reason.QUERY_NEAR_SYNTAX)
    body = near["words"] if near else stripped
    terms = tuple(Term(word.rstrip("*"), word.endswith("*")) for word in _WORD.findall(fold(body)))
    if not terms:
        raise QueryError(Reason.QUERY_NOTHING_TO_SEARCH, query=text)
    if near:
        if len(terms) < 2:
            raise QueryError(Reason.QUERY_NEAR_NEEDS_TWO_WORDS)
        if len(terms) > MAX_NEAR_TERMS:
            raise QueryError(
                Reason.QUERY_NEAR_TOO_MANY_WORDS, most=MAX_NEAR_TERMS, given=len(terms)
            )
        distance = int(near["distance"]) if near["distance"] else DEFAULT_NEAR
        if distance > MAX_NEAR:
            raise QueryError(Reason.QUERY_NEAR_TOO_FAR, most=MAX_NEAR)
        return Query(text, QueryKind.NEAR, terms, distance, stemmed=stemmed)
    return Query(text, QueryKind.PHRASE, terms, stemmed=stemmed)


def fts_expression(
    query: Query, languages: tuple[str, ...] = ("fr", "en"), *, relaxed: bool = False
) -> str:
    """The FTS5 MATCH expression that finds every document that may hold an occurrence.

    It may find more (the view's pattern decides), never fewer: words cut by a line-end hyphen
    are looked up whole in the ``joins`` column, and stems in the ``stems`` column. ``relaxed``
    asks only for a phrase's content words, in any order: a cheap upper bound for counting
    (a function word's position list is long).
    """
    if query.kind is QueryKind.FAMILY:
        raise ValueError("a family query is answered from the formula hits, not by FTS5")
    if query.stemmed:
        per_term = []
        for term in query.terms:
            if term.prefix:
                per_term.append(f"({term.fts()} OR {term.fts('joins')})")
            else:
                stems = sorted({stem(term.word, language) for language in languages})
                per_term.append("(" + " OR ".join(f'stems : "{s}"' for s in stems) + ")")
        return " AND ".join(per_term)
    quoted = [_quoted(t) for t in query.terms]
    content = [_quoted(t) for t in query.terms if t.prefix or t.word not in stopwords()]
    if query.kind is QueryKind.NEAR:
        # A paragraph break is a token of the index (``corpus.library.fts_row``), and ``locate``
        # counts words across it: a window of ``terms + distance`` words holds at most one
        # break between each two of them.
        reach = query.distance + len(query.terms) + query.distance
        exact = f"folded : NEAR({' '.join(quoted)}, {reach})"
    elif relaxed and content:
        exact = " AND ".join(f"folded : {word}" for word in content)
    else:
        exact = "folded : (" + " + ".join(quoted) + ")"
    # Only words long enough to have been cut at a line's end: a short word's list is long.
    cut = [_quoted(t) for t in query.terms if len(t.word) >= MIN_CUT_WORD or t.prefix]
    return f"({exact}) OR (joins : ({' OR '.join(cut)}))" if cut else exact


#: Words shorter than this are never looked up as cut by a line-end hyphen ("de", "the").
MIN_CUT_WORD = 5


def _quoted(term: Term) -> str:
    return f'"{term.word}"{"*" if term.prefix else ""}'


def locate(query: Query, view: str, language: str = "fr") -> list[tuple[int, int]]:
    """The spans of the occurrences of a phrase or NEAR query in a search view, in order."""
    if query.kind is QueryKind.FAMILY:
        raise ValueError("a family query is answered from the formula hits")
    if query.kind is QueryKind.PHRASE and not query.stemmed:
        return _phrase_spans(phrase_pattern(query.terms, MARKER in view), view)
    if query.kind is QueryKind.NEAR and not query.stemmed:
        patterns = [phrase_pattern((term,), MARKER in view) for term in query.terms]
        occurrences = [
            (a, b, j) for j, pattern in enumerate(patterns) for a, b in _phrase_spans(pattern, view)
        ]
        return _near(sorted(occurrences), len(query.terms), query.distance, view)
    words = [(m.start(), m.end(), m.group().replace(MARKER, "")) for m in _VIEW_WORD.finditer(view)]
    matches = [_matcher(term, query.stemmed, language) for term in query.terms]
    if query.kind is QueryKind.PHRASE:
        return _sequences(words, matches, view)
    return _near(_occurrences(words, query.terms, language), len(query.terms), query.distance, view)


def _occurrences(
    words: Sequence[_Word], terms: Sequence[Term], language: str
) -> list[tuple[int, int, int]]:
    """(start, end, term index) of each word matching a term of a stemmed NEAR, in order.

    Each word is stemmed once and its stem looked up among the terms' (trying every term's
    matcher on every word stemmed each word once per term).
    """
    by_stem: dict[str, list[int]] = {}
    prefixes: list[tuple[int, str]] = []
    for j, term in enumerate(terms):
        if term.prefix:
            prefixes.append((j, term.word))
        else:
            by_stem.setdefault(stem(term.word, language), []).append(j)
    stems = stems_of([word for _, _, word in words], language)
    found: list[tuple[int, int, int]] = []
    for (start, end, word), word_stem in zip(words, stems, strict=True):
        matched = [*by_stem.get(word_stem, ()), *(j for j, p in prefixes if word.startswith(p))]
        found.extend((start, end, j) for j in sorted(matched))
    return found


@lru_cache(maxsize=256)
def phrase_pattern(terms: tuple[Term, ...], hyphenated: bool = False) -> re.Pattern[str]:
    """A pattern for a phrase over a search view (its matches must still start a word: see
    :func:`_phrase_spans`); ``hyphenated`` lets a line-end hyphen (:data:`MARKER`) stand inside
    a word."""
    optional = MARKER + "?"

    def word(term: Term) -> str:
        letters = [re.escape(c) for c in term.word]
        body = optional.join(letters) if hyphenated else "".join(letters)
        return body + (rf"(?:{optional}[^\W_])*" if term.prefix else "")

    body = _GAP.join(word(t) for t in terms)
    return re.compile(rf"{body}(?![^\W_])")


_WORD_CHAR = re.compile(r"[^\W_]")


def _phrase_spans(pattern: re.Pattern[str], view: str) -> list[tuple[int, int]]:
    """The matches of ``pattern`` that start a word.

    The start is checked here rather than by a look-behind in the pattern: a pattern that begins
    with its first word's letters lets ``re`` jump from one candidate to the next (ten times
    faster on 10 KB).
    """
    spans: list[tuple[int, int]] = []
    position = 0
    while match := pattern.search(view, position):
        start = match.start()
        if start and _WORD_CHAR.match(view, start - 1):
            position = start + 1  # inside a word: look again from the next character
            continue
        spans.append(match.span())
        position = match.end()
    return spans


def _matcher(term: Term, stemmed: bool, language: str) -> _Matcher:
    if term.prefix:
        return lambda word: word.startswith(term.word)
    if stemmed:
        wanted = stem(term.word, language)
        return lambda word: stem(word, language) == wanted
    return lambda word: word == term.word


def _sequences(
    words: Sequence[_Word], matches: Sequence[_Matcher], view: str
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    count = len(matches)
    index = 0
    while index + count <= len(words):
        window = words[index : index + count]
        if all(m(w[2]) for m, w in zip(matches, window, strict=True)) and all(
            re.fullmatch(_GAP, view[a[1] : b[0]]) for a, b in pairwise(window)
        ):
            spans.append((window[0][0], window[-1][1]))
            index += count
        else:
            index += 1
    return spans


def _near(
    occurrences: Sequence[tuple[int, int, int]], terms: int, distance: int, view: str
) -> list[tuple[int, int]]:
    """Windows holding every term, in any order, with at most ``distance`` words between.

    A window slides over the occurrences: its end moves forward only, and it counts the
    occurrences of each term it holds as it goes, so that a window without every term is
    passed over at once. Each occurrence's word number is found once. (Counting the words
    again from each start, for each occurrence after it, took minutes on a NEAR of many
    common words: 16 terms, 45 s.)

    Args:
        occurrences: (start, end, term index) of each word matching a term, by start.
        terms: how many terms the query has.
        distance: the most words allowed between the terms.
        view: the search view (to count the words between occurrences).
    """
    word_starts = [match.start() for match in _VIEW_WORD.finditer(view)]
    numbers = [bisect_left(word_starts, start) for start, _, _ in occurrences]
    return near_windows(occurrences, numbers, terms, distance)


def near_windows(
    occurrences: Sequence[tuple[int, int, int]], numbers: Sequence[int], terms: int, distance: int
) -> list[tuple[int, int]]:
    """:func:`_near`'s windows, given each occurrence's word number (``numbers``): the spans
    are in the occurrences' own units (characters of the view, or word numbers when a count
    gives each occurrence as ``(number, number + 1, term)``: ``corpus.library.near_counts``)."""
    reach = terms + distance  # the most words a window may hold
    held = [0] * terms  # how many occurrences of each term the window holds
    covered = 0  # how many terms the window holds
    spans: list[tuple[int, int]] = []
    index = last = 0  # the window of ``index`` is occurrences[index:last]
    while index < len(occurrences):
        while last < len(occurrences) and numbers[last] - numbers[index] < reach:
            term = occurrences[last][2]
            covered += held[term] == 0
            held[term] += 1
            last += 1
        end = _assign(occurrences[index:last], terms) if covered == terms else None
        # The next start: past this one, or past the occurrence found.
        following = index + 1
        if end is not None:
            spans.append((occurrences[index][0], end))
            while following < len(occurrences) and occurrences[following][0] < end:
                following += 1
        for leaving in occurrences[index : min(following, last)]:
            held[leaving[2]] -= 1
            covered -= held[leaving[2]] == 0
        index = following
        last = max(last, index)
    return spans


def _assign(window: Sequence[tuple[int, int, int]], terms: int) -> int | None:
    """The end of the shortest prefix of ``window`` (which starts with its first occurrence)
    giving a distinct word to every term, greedily, or ``None``.

    The occurrences are grouped by term once, so that each term's earliest free word is found
    without going through the whole window again (linear in the window, not in its size times
    the number of terms).
    """
    by_term: dict[int, list[tuple[int, int]]] = {}
    for a, b, j in window:
        by_term.setdefault(j, []).append((a, b))
    if len(by_term) < terms:
        return None  # a term has no word in the window
    first = window[0]
    for start_term in {j for a, _, j in window if a == first[0]}:
        used, end = {first[0]}, first[1]
        for term in range(terms):
            if term == start_term:
                continue
            found = next((o for o in by_term[term] if o[0] not in used), None)
            if found is None:
                break
            used.add(found[0])
            end = max(end, found[1])
        else:
            return end
    return None
