"""Clause similarity across French and English: character 3-grams after accent folding.

A French and an English treaty share few words but many cognates: souveraineté / sovereignty,
territoire / territory, "Article 51", "Nations Unies" / "United Nations". Each clause becomes the
bag of the character 3-grams of its folded words (accents, case and ligatures dropped, link
targets and URLs left out), each word padded with a space so that its first and last letters
count; the bags are weighted ``(1 + log tf) · idf``, the idf learned from the clauses of the two
texts compared, and the cosine of two clauses says how alike they are. Measured in
``../shared/research/ALGORITHMS.md`` §10 and again on our own bilingual treaties
(``bench/eval_across_languages.py``): with the mutual-best rule it pairs a treaty's French and
English texts article by article, with no dictionary and no model.

The bags depend on a text alone, so they are made once per text content (:func:`clause_grams`
keeps the last few, keyed by the text's hash and its clauses' spans), as arrays of 3-gram numbers
and counts: opening a pair again costs only the weighting and the product, all in NumPy. The
product runs over the 3-grams the two sides share (a few thousand columns for two long treaties),
as ``corpus.compare.similarity`` does for words; the cosine of a clause with two neighbours merged
(``corpus.compare.monotone``) is read from the same product.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt

from corpus.compare.analysis import AnalyzedDocument

#: How many texts' bags are kept (a window shows two; the library's "where else" a few more).
TEXTS_KEPT = 16
#: Markdown link targets and bare addresses: not words of the text.
_LINK_TARGET = re.compile(r"\]\([^)]*\)|(?:https?://|www\.)\S+")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class ClauseGrams:
    """The 3-gram bags of a text's compared clauses, as flat arrays, and their positions.

    Attributes:
        grams: the number of each 3-gram (:func:`gram_number`), clause after clause.
        counts: how often each occurs in its clause.
        starts: where each clause's 3-grams start in ``grams`` (one more entry: the end).
        positions: each clause's middle, 0 to 1, in the text.
    """

    grams: npt.NDArray[np.int64]
    counts: npt.NDArray[np.float64]
    starts: npt.NDArray[np.int64]
    positions: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.positions)


_KEPT: OrderedDict[tuple[str, tuple[tuple[int, int], ...]], ClauseGrams] = OrderedDict()
#: Every 3-gram met, numbered in the order met (the numbers only ever grow).
_NUMBERS: dict[str, int] = {}


def fold(text: str) -> str:
    """Lower case, accents and ligatures dropped, link targets left out."""
    text = _LINK_TARGET.sub(" ", text).lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def gram_list(text: str) -> list[str]:
    """The character 3-grams of the folded words of ``text``, each word padded with spaces, in
    order, repeats kept."""
    found: list[str] = []
    for word in _WORD.findall(fold(text)):
        padded = f" {word} "
        found += [padded[k : k + 3] for k in range(len(padded) - 2)]
    return found


def grams(text: str) -> Counter[str]:
    """The bag of :func:`gram_list`."""
    return Counter(gram_list(text))


def gram_number(gram: str) -> int:
    """A 3-gram's number, the same for the whole run of the program."""
    return _NUMBERS.setdefault(gram, len(_NUMBERS))


def bags_to_grams(bags: Sequence[Counter[str]], positions: Sequence[float]) -> ClauseGrams:
    """Bags of terms as :class:`ClauseGrams` (anchors are compared this way too)."""
    numbers: list[int] = []
    counts: list[int] = []
    starts = [0]
    for bag in bags:
        numbers.extend(gram_number(g) for g in bag)
        counts.extend(bag.values())
        starts.append(len(numbers))
    return ClauseGrams(
        np.array(numbers, dtype=np.int64),
        np.array(counts, dtype=np.float64),
        np.array(starts, dtype=np.int64),
        tuple(positions),
    )


def clause_grams(document: AnalyzedDocument) -> ClauseGrams:
    """The 3-gram bags of a document's compared clauses, made once per text content."""
    raw = document.document.raw
    spans = tuple((c.start, c.end) for c in document.clauses)
    digest = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    key = (digest, spans)
    found = _KEPT.get(key)
    if found is not None:
        _KEPT.move_to_end(key)
        return found
    made = _grams_of(
        [gram_list(raw[start:end]) for start, end in spans],
        [(start + end) / 2 / max(len(raw), 1) for start, end in spans],
    )
    _KEPT[key] = made
    if len(_KEPT) > TEXTS_KEPT:
        _KEPT.popitem(last=False)
    return made


def _grams_of(per_clause: list[list[str]], positions: list[float]) -> ClauseGrams:
    """Each clause's 3-grams numbered and counted in NumPy (one dictionary look-up a 3-gram)."""
    flat = list(chain.from_iterable(per_clause))
    for gram in set(flat).difference(_NUMBERS):
        _NUMBERS[gram] = len(_NUMBERS)
    numbers = np.fromiter(map(_NUMBERS.__getitem__, flat), dtype=np.int64, count=len(flat))
    size = len(_NUMBERS)
    rows = np.repeat(np.arange(len(per_clause), dtype=np.int64), [len(g) for g in per_clause])
    keys, counts = np.unique(rows * size + numbers, return_counts=True)
    starts = np.searchsorted(keys // size, np.arange(len(per_clause) + 1))
    return ClauseGrams(
        keys % size, counts.astype(np.float64), starts.astype(np.int64), tuple(positions)
    )


@dataclass(frozen=True)
class Vectors:
    """TF-IDF rows of both sides over their shared 3-grams (not normalised), their product, and
    each row's norm over all its 3-grams (so that a merge of two rows can be normalised too)."""

    left: npt.NDArray[np.float64]
    right: npt.NDArray[np.float64]
    left_norms: npt.NDArray[np.float64]
    right_norms: npt.NDArray[np.float64]
    product: npt.NDArray[np.float64]


def vectors(left: ClauseGrams, right: ClauseGrams) -> Vectors:
    """Weighted rows of the two sides, the idf learned from the clauses of both."""
    size = int(max(left.grams.max(initial=-1), right.grams.max(initial=-1))) + 1
    frequency = np.bincount(left.grams, minlength=size) + np.bincount(right.grams, minlength=size)
    count = len(left) + len(right)
    idf = np.log((count + 1) / (frequency + 1)) + 1.0
    shared = np.intersect1d(left.grams, right.grams)
    left_rows, left_norms = _rows(left, idf, shared)
    right_rows, right_norms = _rows(right, idf, shared)
    return Vectors(left_rows, right_rows, left_norms, right_norms, left_rows @ right_rows.T)


def _rows(
    side: ClauseGrams, idf: npt.NDArray[np.float64], shared: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    values = (1.0 + np.log(np.maximum(side.counts, 1.0))) * idf[side.grams]
    rows = np.repeat(np.arange(len(side)), np.diff(side.starts))
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=len(side)))
    norms[norms == 0.0] = 1.0
    matrix = np.zeros((len(side), max(len(shared), 1)))
    if len(shared):
        column = np.searchsorted(shared, side.grams)
        inside = (column < len(shared)) & (
            shared[np.minimum(column, len(shared) - 1)] == side.grams
        )
        matrix[rows[inside], column[inside]] = values[inside]
    return matrix, norms


def cosines(v: Vectors) -> npt.NDArray[np.float64]:
    """The cosine of every left clause with every right clause."""
    if not v.left.shape[0] or not v.right.shape[0]:
        return np.zeros((v.left.shape[0], v.right.shape[0]))
    return np.clip(v.product / np.outer(v.left_norms, v.right_norms), 0.0, 1.0)
