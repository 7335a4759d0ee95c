"""The literal words a pattern's every match contains, to skip a pattern a text cannot match.

A formula pattern that does not begin with a fixed string (``(?:contre-|anti-?)?terroris...``,
``(?:solution|resolution) pacifique``) makes ``re`` try it at nearly every position of a text,
although most texts do not hold "terroris" or "pacifique" at all: that was most of the time
spent finding formulas. :func:`anchors` reads a compiled pattern's syntax tree (the standard
library's own parser) and says which strings a match cannot do without; :func:`may_match` checks
them against a text with ``in`` (a fast substring search) before the pattern runs.

The analysis only ever promises what the syntax guarantees: a run of literal characters is in
every match of the sequence that holds it; one of a branch's own anchors is in every match of
the branch; a repetition of at least one copy holds its part's anchors; a look-around, a class,
``.`` or a back-reference promise nothing. A pattern that cannot be analysed (a case-insensitive
one, a user's ``regex`` pattern, a parser that changed) gets no anchors and always runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

#: Strings shorter than this are in nearly every text: checking them would only cost time.
MIN_ANCHOR = 4
#: How many anchor sets are checked per pattern (the longest strings are the rarest).
MAX_SETS = 2

#: A set of strings of which every match contains at least one.
Anchor = frozenset[str]


@lru_cache(maxsize=1024)
def anchors(pattern: object) -> tuple[Anchor, ...]:
    """Sets of strings such that every match of ``pattern`` contains one string of each set.

    ``()`` when nothing is known (then the pattern must simply be run).
    """
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return ()
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        parser: Any = importlib.import_module("re._parser")
        tree = parser.parse(pattern.pattern, pattern.flags)
        needs = _needs(list(tree))
    except Exception:  # an unknown tree (another Python) only loses the shortcut
        return ()
    useful = [need for need in needs if min(map(len, need)) >= MIN_ANCHOR]
    useful.sort(key=lambda need: (-min(map(len, need)), len(need), sorted(need)))
    return tuple(useful[:MAX_SETS])


def may_match(pattern: object, text: str, seen: dict[str, bool] | None = None) -> bool:
    """``False`` only if ``pattern`` cannot match anywhere in ``text`` (an anchor is missing).

    Args:
        pattern: a compiled pattern.
        text: the text it is to run over.
        seen: which strings ``text`` was already found to hold or not (shared between the
            patterns run over one text, many of which share their anchors).
    """
    if seen is None:
        seen = {}
    for need in anchors(pattern):
        for string in need:
            found = seen.get(string)
            if found is None:
                found = seen[string] = string in text
            if found:
                break
        else:
            return False
    return True


def _needs(items: Sequence[tuple[Any, Any]]) -> list[Anchor]:
    """The anchor sets of a sequence of parsed items (see the module docstring)."""
    needs: list[Anchor] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            needs.append(frozenset({"".join(run)}))
            run.clear()

    for op, argument in items:
        name = getattr(op, "name", "")
        if name == "LITERAL":
            run.append(chr(argument))
            continue
        close_run()
        if name == "SUBPATTERN":
            _group, add_flags, _del_flags, part = argument
            if not add_flags & re.IGNORECASE:
                needs += _needs(list(part))
        elif name == "ATOMIC_GROUP":
            needs += _needs(list(argument))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, part = argument
            if low >= 1:
                needs += _needs(list(part))
        elif name == "BRANCH":
            _, branches = argument
            best = [_strongest(_needs(list(branch))) for branch in branches]
            if best and all(need is not None for need in best):
                needs.append(frozenset().union(*(need for need in best if need is not None)))
        # Anything else (a class, ".", a look-around, an anchor, a back-reference, a
        # conditional) promises no string.
    close_run()
    return needs


def _strongest(needs: list[Anchor]) -> Anchor | None:
    """The set whose shortest string is the longest (the rarest to find by chance)."""
    if not needs:
        return None
    return max(needs, key=lambda need: (min(map(len, need)), -len(need)))
