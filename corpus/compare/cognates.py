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
keeps the last few, keyed by the text's hash and its clauses' spans): opening a pair again costs
only the product. The product runs over the 3-grams the two sides share (a few thousand columns
for two long treaties), as ``corpus.compare.similarity`` does for words.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

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
    """The 3-gram bags of a text's compared clauses, and their positions (0 to 1) in the text."""

    bags: tuple[Counter[str], ...]
    positions: tuple[float, ...]


_KEPT: OrderedDict[tuple[str, tuple[tuple[int, int], ...]], ClauseGrams] = OrderedDict()


def fold(text: str) -> str:
    """Lower case, accents and ligatures dropped, link targets left out."""
    text = _LINK_TARGET.sub(" ", text).lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def grams(text: str) -> Counter[str]:
    """The character 3-grams of the folded words of ``text``, each word padded with spaces."""
    bag: Counter[str] = Counter()
    for word in _WORD.findall(fold(text)):
        padded = f" {word} "
        bag.update(padded[k : k + 3] for k in range(len(padded) - 2))
    return bag


def clause_grams(document: AnalyzedDocument) -> ClauseGrams:
    """The 3-gram bags of a document's compared clauses, made once per text content."""
    raw = document.document.raw
    spans = tuple((c.start, c.end) for c in document.clauses)
    key = (hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest(), spans)
    found = _KEPT.get(key)
    if found is not None:
        _KEPT.move_to_end(key)
        return found
    length = max(len(raw), 1)
    made = ClauseGrams(
        tuple(grams(raw[start:end]) for start, end in spans),
        tuple((start + end) / 2 / length for start, end in spans),
    )
    _KEPT[key] = made
    if len(_KEPT) > TEXTS_KEPT:
        _KEPT.popitem(last=False)
    return made


@dataclass(frozen=True)
class Vectors:
    """TF-IDF rows of both sides over their shared 3-grams, not yet normalised, and each row's
    norm over all its 3-grams (so that a merge of two rows can be normalised too)."""

    left: npt.NDArray[np.float64]
    right: npt.NDArray[np.float64]
    left_norms: npt.NDArray[np.float64]
    right_norms: npt.NDArray[np.float64]


def vectors(left: Sequence[Counter[str]], right: Sequence[Counter[str]]) -> Vectors:
    """Weighted rows of the two sides, the idf learned from the clauses of both."""
    frequency: Counter[str] = Counter()
    for bag in (*left, *right):
        frequency.update(bag.keys())
    count = len(left) + len(right)
    idf = {g: math.log((count + 1) / (df + 1)) + 1.0 for g, df in frequency.items()}
    shared = (set().union(*left) & set().union(*right)) if left and right else set()
    columns = {g: k for k, g in enumerate(sorted(shared))}

    def rows(
        bags: Sequence[Counter[str]],
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        matrix = np.zeros((len(bags), max(len(columns), 1)))
        norms = np.zeros(len(bags))
        for row, bag in enumerate(bags):
            total = 0.0
            for g, tf in bag.items():
                value = (1.0 + math.log(tf)) * idf[g]
                total += value * value
                column = columns.get(g)
                if column is not None:
                    matrix[row, column] = value
            norms[row] = math.sqrt(total) or 1.0
        return matrix, norms

    left_rows, left_norms = rows(left)
    right_rows, right_norms = rows(right)
    return Vectors(left_rows, right_rows, left_norms, right_norms)


def cosines(v: Vectors) -> npt.NDArray[np.float64]:
    """The cosine of every left clause with every right clause."""
    if not v.left.shape[0] or not v.right.shape[0]:
        return np.zeros((v.left.shape[0], v.right.shape[0]))
    product = (v.left @ v.right.T) / np.outer(v.left_norms, v.right_norms)
    return np.clip(product, 0.0, 1.0)
