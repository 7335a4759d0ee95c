"""The literal anchors of the bundled catalogue's patterns, shipped with the program.

Compiling all of the bundled catalogue's patterns in every process that finds formulas would
cost about 30 ms at each start (``re`` keeps no compiled pattern on disk), although a text holds
the anchors (``corpus.text.anchors``) of few of them, and working the anchors out reads each
pattern's syntax tree, which costs more still. So the anchors are worked out once, here, and
shipped as ``corpus/data/formula_anchors.json``, keyed by each pattern's compiled source: a
bundled pattern is compiled only when a text holds its anchors. A pattern the file does not
know (a user's, or a bundled one changed since) keeps the general path. A test recomputes the
file and fails when the catalogue or the analysis changed without it (refresh it with
``.venv/bin/python -m corpus.formulas.shipped_anchors``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from corpus.atomicfile import write_atomic
from corpus.datafiles import data_file
from corpus.formulas.anchorfile import FILE_NAME, shipped
from corpus.formulas.catalogue import bundled_sources, compile_pattern
from corpus.text.anchors import Checks, checks

__all__ = ["FILE_NAME", "as_json", "compute", "main", "shipped"]


def compute() -> dict[str, Checks]:
    """The checks of every bundled pattern and exclusion, by compiled source."""
    return {
        compile_pattern(source).pattern: checks(compile_pattern(source))
        for source in bundled_sources()
    }


def as_json(found: Mapping[str, Checks]) -> str:
    """The file's text for ``found``."""
    patterns = {
        source: [[core, list(strings)] for core, strings in c] for source, c in found.items()
    }
    return (
        json.dumps({"patterns": dict(sorted(patterns.items()))}, ensure_ascii=False, indent=0)
        + "\n"
    )


def main() -> int:
    """Refresh the shipped file from the catalogue and the analysis as they are."""
    target = data_file(FILE_NAME)
    write_atomic(target, as_json(compute()).encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
