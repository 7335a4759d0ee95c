"""Phrases two texts share, anywhere and in any order (seed and extend, as WCopyfind and passim do).

Runs are found on the sequence of content words (function words left out) compared by stem, so a
run survives differing articles and prepositions: "soutien mutuel à la souveraineté, à
l'indépendance" and "respect de la souveraineté, de l'indépendance" share "la souveraineté, à
l'indépendance ..." as a *near* run. Seeds are pairs of consecutive content stems; each seed that
cannot be extended to the left is extended to the right as far as both texts agree. A run never
crosses a sentence end or more than ``MAX_GAP`` function words in either text. Its ends then
take in the function words the two texts share to the letter ("de la ... des frontières").

A run is *exact* when both spans have the same words; otherwise it is near-shared. Runs shorter
than ``min_words`` words (in the shorter span) are dropped, and so are runs inside longer ones.

Two rules say which runs are worth a reader's eye, whatever their length:
- a run made only of party names, titles and function words ("le Président de la République
  d'Azerbaïdjan") is not shared phrasing: every declaration between the same parties has it;
- a run of at least ``RARE_WORDS`` rare content words ("la criminalité transnationale organisée")
  counts even under ``min_words``: a content word is rare when its inverse clause frequency over
  the bundled declarations is at least ``RARE_IDF`` ("organisée" 2.9, "criminalité" 4.7; common
  words such as "coopération" 1.8, "relations" 2.7 or "République" 2.3 are not).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus.compare.align import corpus_weights
from corpus.compare.similarity import TermWeights
from corpus.defaults import DEFAULT_MIN_WORDS
from corpus.model import FormulaHit, SharedPhrase, Span
from corpus.text.countries import find_countries
from corpus.text.formal import LOWER_TITLE_WORDS, OFFICE_WORDS
from corpus.text.tokens import Token

MAX_GAP = 3
#: A near-shared run needs this many different content words ("la République d'Azerbaïdjan et la
#: République" has two, and is a name, not shared phrasing).
NEAR_MIN_STEMS = 3
#: A seed found more often than this in one text is too common to start a run (passim's cap).
MAX_SEED_OCCURRENCES = 50
#: How many rare content words make a run worth showing under the minimum word count.
RARE_WORDS = 3
#: The least inverse clause frequency (``corpus.compare.similarity.TermWeights``) of a rare word.
RARE_IDF = 2.9
#: Folded words of titles and state names that are not in the country table ("République",
#: "Fédération", "États-Unis d'Amérique"): a run of these and of country names is a name.
_STATE_WORDS = """
    president presidente republique federation royaume etat etats amerique gouvernement
    secretaire general majeste excellence republic kingdom state states america
"""
TITLE_WORDS = frozenset(
    {word.casefold() for word in OFFICE_WORDS | LOWER_TITLE_WORDS} | set(_STATE_WORDS.split())
)
_ELISION = ("'", "\u2019", "\u02bc")
_SENTENCE_END = re.compile(r"[.;:!?]|\n\s*\n")


@dataclass(frozen=True, slots=True)
class _Content:
    """The content words of a text, with where they stand among all its words."""

    stems: tuple[str, ...]
    positions: tuple[int, ...]  # index of each content word in the token list
    breaks: tuple[bool, ...]  # True where a run may not continue from the previous content word


def _content(raw: str, tokens: Sequence[Token]) -> _Content:
    stems: list[str] = []
    positions: list[int] = []
    breaks: list[bool] = []
    previous = -1
    for index, token in enumerate(tokens):
        if token.stop:
            continue
        broken = (
            previous < 0
            or index - previous - 1 > MAX_GAP
            or bool(_SENTENCE_END.search(raw, tokens[previous].end, token.start))
        )
        stems.append(token.stem)
        positions.append(index)
        breaks.append(broken)
        previous = index
    return _Content(tuple(stems), tuple(positions), tuple(breaks))


def shared_phrases(
    left_raw: str,
    left_tokens: Sequence[Token],
    right_raw: str,
    right_tokens: Sequence[Token],
    *,
    min_words: int = DEFAULT_MIN_WORDS,
    left_formulas: Sequence[FormulaHit] = (),
    right_formulas: Sequence[FormulaHit] = (),
    weights: TermWeights | None = None,
) -> list[SharedPhrase]:
    """The maximal runs of words the two texts share, sorted by left position.

    Args:
        left_raw: the left raw text.
        left_tokens: its words (``corpus.text.tokens``).
        right_raw: the right raw text.
        right_tokens: its words.
        min_words: the least number of words of a run.
        left_formulas: formula hits of the left text, to tag runs with their family.
        right_formulas: formula hits of the right text.
        weights: the inverse clause frequencies that tell a rare word; by default those of the
            bundled declarations.
    """
    left = _content(left_raw, left_tokens)
    right = _content(right_raw, right_tokens)
    seeds: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for q in range(len(right.stems) - 1):
        if not right.breaks[q + 1]:
            seeds[(right.stems[q], right.stems[q + 1])].append(q)
    runs: set[tuple[int, int, int, int]] = set()
    for p in range(len(left.stems) - 1):
        if left.breaks[p + 1]:
            continue
        for q in seeds.get((left.stems[p], left.stems[p + 1]), ()):
            if len(seeds[(left.stems[p], left.stems[p + 1])]) > MAX_SEED_OCCURRENCES:
                break
            if _continues(left, right, p, q):
                continue  # not left-maximal: found from an earlier start
            length = 2
            while (
                p + length < len(left.stems)
                and q + length < len(right.stems)
                and left.stems[p + length] == right.stems[q + length]
                and not left.breaks[p + length]
                and not right.breaks[q + length]
            ):
                length += 1
            runs.add(
                _widen(left_raw, left_tokens, right_raw, right_tokens, left, right, p, q, length)
            )
    runs_list = sorted(runs)
    phrases = [_phrase(left_raw, left_tokens, right_raw, right_tokens, run) for run in runs_list]
    if weights is None:
        weights = corpus_weights([])
    kept = [
        p
        for p, run in zip(phrases, runs_list, strict=True)
        if (p.words >= min_words or _rare_words(left_tokens, run, weights) >= RARE_WORDS)
        and (p.exact or _distinct(left_tokens, run) >= NEAR_MIN_STEMS)
        and not _names_only(left_tokens, run)
    ]
    left_index = _HitIndex(left_formulas)
    right_index = _HitIndex(right_formulas)
    return [
        replace(p, family=_family(left_index.within(p.left), right_index.within(p.right)))
        for p in sorted(_maximal(kept), key=lambda p: (p.left.start, p.right.start))
    ]


def _continues(left: _Content, right: _Content, p: int, q: int) -> bool:
    return (
        p > 0
        and q > 0
        and left.stems[p - 1] == right.stems[q - 1]
        and not left.breaks[p]
        and not right.breaks[q]
    )


def _widen(
    left_raw: str,
    left_tokens: Sequence[Token],
    right_raw: str,
    right_tokens: Sequence[Token],
    left: _Content,
    right: _Content,
    p: int,
    q: int,
    length: int,
) -> tuple[int, int, int, int]:
    """Token ranges of a run, its ends widened over function words both texts share."""
    a, b = left.positions[p], left.positions[p + length - 1]
    c, d = right.positions[q], right.positions[q + length - 1]
    while (
        a > 0
        and c > 0
        and left_tokens[a - 1].stop
        and right_tokens[c - 1].stop
        and left_tokens[a - 1].text == right_tokens[c - 1].text
        and not _SENTENCE_END.search(left_raw, left_tokens[a - 1].end, left_tokens[a].start)
        and not _SENTENCE_END.search(right_raw, right_tokens[c - 1].end, right_tokens[c].start)
    ):
        a, c = a - 1, c - 1
    while (
        b + 1 < len(left_tokens)
        and d + 1 < len(right_tokens)
        and left_tokens[b + 1].stop
        and right_tokens[d + 1].stop
        and left_tokens[b + 1].text == right_tokens[d + 1].text
        and not _SENTENCE_END.search(left_raw, left_tokens[b].end, left_tokens[b + 1].start)
        and not _SENTENCE_END.search(right_raw, right_tokens[d].end, right_tokens[d + 1].start)
    ):
        b, d = b + 1, d + 1
    # A run does not end on a function word: "... des frontières" yes, "... et de" no.
    while b > a and left_tokens[b].stop and right_tokens[d].stop:
        b, d = b - 1, d - 1
    return a, b, c, d


def _phrase(
    left_raw: str,
    left_tokens: Sequence[Token],
    right_raw: str,
    right_tokens: Sequence[Token],
    run: tuple[int, int, int, int],
) -> SharedPhrase:
    a, b, c, d = run
    left_span = Span(left_tokens[a].start, left_tokens[b].end)
    right_span = Span(right_tokens[c].start, right_tokens[d].end)
    left_words = [t.text for t in left_tokens[a : b + 1]]
    right_words = [t.text for t in right_tokens[c : d + 1]]
    text = " ".join(left_raw[left_span.start : left_span.end].split())
    return SharedPhrase(
        left=left_span,
        right=right_span,
        text=text,
        # Words as a reader counts them, between spaces: "d'Azerbaïdjan" is one word.
        words=min(
            _word_count(left_raw, left_tokens[a : b + 1]),
            _word_count(right_raw, right_tokens[c : d + 1]),
        ),
        exact=left_words == right_words,
    )


def _distinct(tokens: Sequence[Token], run: tuple[int, int, int, int]) -> int:
    return len({t.stem for t in tokens[run[0] : run[1] + 1] if not t.stop})


def _rare_words(tokens: Sequence[Token], run: tuple[int, int, int, int], w: TermWeights) -> int:
    """How many content words of a run are rare (see ``RARE_IDF``)."""
    return sum(
        1
        for t in tokens[run[0] : run[1] + 1]
        if not t.stop and w.idf.get(t.stem, w.default) >= RARE_IDF
    )


def _names_only(tokens: Sequence[Token], run: tuple[int, int, int, int]) -> bool:
    """Whether a run's content words are all party names and titles."""
    return all(
        t.text in TITLE_WORDS or _names_a_country(t.text)
        for t in tokens[run[0] : run[1] + 1]
        if not t.stop
    )


@lru_cache(maxsize=65536)
def _names_a_country(word: str) -> bool:
    """Whether a word names a country (asked once per word: a text of many identical
    paragraphs asks for the same few words hundreds of thousands of times)."""
    return bool(find_countries(word))


def _word_count(raw: str, tokens: Sequence[Token]) -> int:
    """Words between spaces: an elided article ("l'", "d'") is not a word of its own."""
    return sum(1 for token in tokens if raw[token.end : token.end + 1] not in _ELISION)


class _HitIndex:
    """Formula hits sorted by start, to list those inside a span without scanning them all."""

    def __init__(self, hits: Sequence[FormulaHit]) -> None:
        self._hits = sorted(hits, key=lambda h: h.start)
        self._starts = [h.start for h in self._hits]

    def within(self, span: Span) -> list[str]:
        first = bisect_left(self._starts, span.start)
        last = bisect_left(self._starts, span.end)
        return [h.family for h in self._hits[first:last] if h.end <= span.end]


def _family(in_left: list[str], in_right: list[str]) -> str | None:
    """The formula family both spans instantiate; the one with most hits if several."""
    right = set(in_right)
    common = [f for f in in_left if f in right]
    if not common:
        return None
    return max(dict.fromkeys(common), key=common.count)


def _maximal(phrases: list[SharedPhrase]) -> list[SharedPhrase]:
    """Drop runs whose both spans lie inside another run's spans.

    A sweep in left order: every run that could contain the current one has started before it,
    and the runs kept "active" are only those still open where it starts, so the cost grows with
    the number of runs times the few that overlap at one place, not with its square.
    """
    ordered = sorted(
        phrases, key=lambda p: (p.left.start, -p.left.end, p.right.start, -p.right.end)
    )
    kept: list[SharedPhrase] = []
    active: list[SharedPhrase] = []
    for phrase in ordered:
        active = [k for k in active if k.left.end >= phrase.left.start]
        if any(k.left.contains(phrase.left) and k.right.contains(phrase.right) for k in active):
            continue
        kept.append(phrase)
        active.append(phrase)
    return kept
