"""Pairing rules made for texts in two languages: mutual best, and the monotone path of versions.

*Mutual best* (:func:`mutual_best`): a left and a right clause pair when each is the other's most
similar clause and their score reaches the threshold. Across languages this beat the one-language
rule (best both ways, near-best partners, up to three links) by 6 to 25 points
(``../shared/research/ALGORITHMS.md`` §10): a similarity without a shared vocabulary is flatter,
and near-best partners are then mostly noise. Ties go to the clause nearest in relative position,
then to the first: a clause never gets two proposals at one score.

*Versions* (:func:`monotone_path`): a translation, or a draft, keeps its source's order. The
path is found by dynamic programming over the similarity, as Gale-Church, hunalign and Bertalign
do: steps 1-1, 1-2 and 2-1 (a sentence one text splits in two) and 1-0 / 0-1 (a clause with no
counterpart). A 1-1 step gains its cosine less ``skip_cost``, a merge the cosine of the one clause
with the two together (their vectors summed) less the same cost, a skip nothing; the path that
gains most wins. It is searched in a band around the diagonal, where versions lie.

:func:`are_versions` tells versions from texts that only treat the same subjects: most clauses
have a mutual best, and most mutual bests lie on the monotone path (§10: 90 % and 90 %).
"""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt

from corpus.compare.cognates import Vectors

#: Share of clauses (of the shorter side) with a mutual best, and share of the mutual bests on
#: the monotone path, from which two texts are taken for versions of one text. §10 found 90 % and
#: 90 % on articles; on our clauses (a translation splits its sentences otherwise) the two
#: translations of the development gold had 0.71 / 0.95 (the Chicago convention) and 0.93 / 1.00,
#: the six agreements of one model in another order 0.73-0.76 / 0.88-0.91: 0.93 on the path
#: tells them apart, by a narrow margin (``bench/eval_across_languages.py`` prints the relation).
VERSIONS_MUTUAL = 0.6
VERSIONS_ON_PATH = 0.93
#: Share of the mutual bests on the monotone path from which two texts keep one order (same-model
#: treaties: 0.88-0.91), so that the clauses between two pairs may be paired in order
#: (:func:`fill_gaps`). Free-form declarations and statements had 0.09-0.21 (``topics.toml``,
#: and the 2004 Moscow declaration against the Belovezh agreement): filling their gaps paired
#: clauses that only happened to stand between two pairs.
ORDER_KEPT = 0.5
#: The band searched around the diagonal: this share of the longer side, at least ``BAND_MIN``.
BAND = 0.15
BAND_MIN = 12


def mutual_best(
    scores: npt.NDArray[np.float64],
    threshold: float,
    left_positions: npt.NDArray[np.float64],
    right_positions: npt.NDArray[np.float64],
) -> list[tuple[int, int]]:
    """The pairs of clauses each the other's best, at or above ``threshold``; ties broken by
    relative position, then by order."""
    if scores.size == 0:
        return []
    distance = np.abs(left_positions[:, None] - right_positions[None, :])
    # Lexicographic: the score first, then the nearer position (a tie only when scores are equal).
    best_right = _argbest(scores, distance, axis=1)
    best_left = _argbest(scores, distance, axis=0)
    return [
        (i, int(j))
        for i, j in enumerate(best_right)
        if best_left[j] == i and scores[i, j] >= threshold and scores[i, j] > 0.0
    ]


def _argbest(
    scores: npt.NDArray[np.float64], distance: npt.NDArray[np.float64], axis: int
) -> npt.NDArray[np.intp]:
    top = scores.max(axis=axis, keepdims=True)
    tied = np.where(scores == top, distance, np.inf)
    best: npt.NDArray[np.intp] = np.argmin(tied, axis=axis)
    return best


def monotone_path(
    vectors: Vectors, scores: npt.NDArray[np.float64], skip_cost: float
) -> list[tuple[int, int, float]]:
    """The links of the best monotone path: (left, right, score of the step) for each link."""
    n, m = scores.shape
    if not n or not m:
        return []
    band = max(BAND_MIN, int(BAND * max(n, m)))
    merged_right = _merge_scores(
        vectors.product, vectors.left_norms, vectors.right, vectors.right_norms
    )
    merged_left = _merge_scores(
        vectors.product.T, vectors.right_norms, vectors.left, vectors.left_norms
    ).T
    # Plain lists: indexing NumPy arrays one cell at a time costs several times more.
    one = (scores - skip_cost).tolist()
    split = (merged_right - skip_cost).tolist()
    join = (merged_left - skip_cost).tolist()
    neg = -1e18
    gain = [[neg] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]
    gain[0][0] = 0.0
    ratio = m / n
    for i in range(n + 1):
        centre = int(i * ratio)
        row, up = gain[i], gain[i - 1] if i else None
        up2 = gain[i - 2] if i >= 2 else None
        steps = step[i]
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            best, how = neg, 0
            if up is not None and up[j] > best:
                best, how = up[j], 1  # 1-0
            if j and row[j - 1] > best:
                best, how = row[j - 1], 2  # 0-1
            if up is not None and j:
                value = up[j - 1] + one[i - 1][j - 1]
                if value > best:
                    best, how = value, 3  # 1-1
                if j >= 2:
                    value = up[j - 2] + split[i - 1][j - 2]
                    if value > best:
                        best, how = value, 4  # 1-2
                if up2 is not None:
                    value = up2[j - 1] + join[i - 2][j - 1]
                    if value > best:
                        best, how = value, 5  # 2-1
            if i or j:
                row[j] = best
                steps[j] = how
    links: list[tuple[int, int, float]] = []
    i, j = n, m
    while i or j:
        how = step[i][j]
        if how == 1:
            i -= 1
        elif how == 2:
            j -= 1
        elif how == 3:
            links.append((i - 1, j - 1, float(scores[i - 1, j - 1])))
            i, j = i - 1, j - 1
        elif how == 4:
            value = float(merged_right[i - 1, j - 2])
            links += [(i - 1, j - 1, value), (i - 1, j - 2, value)]
            i, j = i - 1, j - 2
        elif how == 5:
            value = float(merged_left[i - 2, j - 1])
            links += [(i - 1, j - 1, value), (i - 2, j - 1, value)]
            i, j = i - 2, j - 1
        else:  # outside the band: cannot happen from (n, m), which the band holds
            break
    return sorted(links)


def _merge_scores(
    product: npt.NDArray[np.float64],
    one_norms: npt.NDArray[np.float64],
    two: npt.NDArray[np.float64],
    two_norms: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """The cosine of each row of one side with each two neighbouring rows of the other summed
    (column ``j``: rows ``j`` and ``j + 1``), from the product of the two sides (``product``,
    one side's rows against the other's): a row's product with a sum is the sum of its products.
    The norm of a sum needs the two rows' product over all their 3-grams; over the shared ones
    only (all that is kept) it is a close lower bound."""
    if two.shape[0] < 2 or not product.shape[0]:
        return np.zeros((product.shape[0], max(two.shape[0] - 1, 0)))
    cross = np.einsum("ij,ij->i", two[:-1], two[1:])
    norms = np.sqrt(two_norms[:-1] ** 2 + two_norms[1:] ** 2 + 2 * cross)
    merged = (product[:, :-1] + product[:, 1:]) / np.outer(one_norms, norms)
    return np.clip(merged, 0.0, 1.0)


def share_on_path(mutual: list[tuple[int, int]], path: list[tuple[int, int, float]]) -> float:
    """The share of the mutual-best pairs that lie on the monotone path (0 when none)."""
    on_path = {(i, j) for i, j, _ in path}
    return sum(pair in on_path for pair in mutual) / len(mutual) if mutual else 0.0


def are_versions(
    mutual: list[tuple[int, int]], path: list[tuple[int, int, float]], shape: tuple[int, int]
) -> bool:
    """Whether two texts are versions of one text (see the module's docstring)."""
    shorter = min(shape)
    if shorter < 3 or not mutual:
        return False
    share_mutual = len(mutual) / shorter
    return share_mutual >= VERSIONS_MUTUAL and share_on_path(mutual, path) >= VERSIONS_ON_PATH


def fill_gaps(
    pairs: list[tuple[int, int]], scores: npt.NDArray[np.float64], threshold: float
) -> list[tuple[int, int]]:
    """``pairs`` with the clauses left between two of them paired in order.

    Between two consecutive pairs (in left order) whose right clauses are in order too, a left
    clause without a pair takes the unpaired right clause between them it scores best with, at
    or above ``threshold`` (a lower one than the mutual best's: its neighbours vouch for it).
    This is how aligners fill the gaps between their anchors (hunalign, Bertalign).
    """
    if not pairs:
        return []
    n, m = scores.shape
    anchors = sorted(pairs)
    taken_left = {i for i, _ in anchors}
    taken_right = {j for _, j in anchors}
    added: list[tuple[int, int]] = []
    bounds = [(-1, -1), *anchors, (n, m)]
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        if j1 <= j0 + 1 or i1 <= i0 + 1:
            continue
        free_right = [j for j in range(j0 + 1, j1) if j not in taken_right]
        for i in range(i0 + 1, i1):
            if i in taken_left or not free_right:
                continue
            row = scores[i, free_right]
            k = int(np.argmax(row))
            if row[k] >= threshold:
                added.append((i, free_right[k]))
                taken_right.add(free_right.pop(k))
    return sorted(anchors + added)
