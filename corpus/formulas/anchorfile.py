"""Reading the shipped anchors of the bundled patterns (made by
:mod:`corpus.formulas.shipped_anchors`, which says why)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache

from corpus.datafiles import data_file
from corpus.text.anchors import Checks

FILE_NAME = "formula_anchors.json"


@cache
def shipped() -> Mapping[str, Checks]:
    """The checks shipped with the program (none if the file is missing or unreadable)."""
    path = data_file(FILE_NAME)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            source: tuple((core, tuple(strings)) for core, strings in found)
            for source, found in data["patterns"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
