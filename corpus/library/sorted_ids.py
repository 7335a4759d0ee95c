"""Row ids in sorted numpy arrays, as a timeline's counts handle them: where each wanted id
stands in an ascending array, and keys made of a document's rank there and a position in it.

Shared by the counts from positions (``corpus.library.position_counts``,
``corpus.library.near_counts``) and the index's grouping of their documents
(``corpus.library.index``).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

#: A key of a document and a position: the document's rank among the candidates times this, plus
#: the position (a document's positions stay far below it).
RANK = 2**32


def places_in(
    ordered: npt.NDArray[np.int64], wanted: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """Where each of ``wanted`` stands in ``ordered`` (ascending, each once), and whether it is
    there at all (where it is not, its place is any valid one; none if ``ordered`` is empty)."""
    if not len(ordered):
        return np.zeros(len(wanted), np.intp), np.zeros(len(wanted), np.bool_)
    at = np.minimum(np.searchsorted(ordered, wanted), len(ordered) - 1)
    return at, ordered[at] == wanted
