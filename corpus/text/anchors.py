"""The literal strings a pattern's every match contains, to skip a pattern a text cannot match.

A formula pattern that does not begin with a fixed string (``(?:contre-|anti-?)?terroris...``,
``(?:solution|resolution) pacifique``) makes ``re`` try it at nearly every position of a text,
although most texts do not hold "terroris" or "pacifique" at all: without a check, that is most
of the time spent finding formulas. :func:`anchors` reads a compiled pattern's syntax tree (the
standard library's own parser) and says which strings a match cannot do without;
:func:`may_match` checks them against a text with ``in`` (a fast substring search) before the
pattern runs.

The analysis only ever promises what the syntax guarantees: a run of literal characters is in
every match of the sequence that holds it; one of a branch's own anchors is in every match of
the branch; a repetition of at least one copy holds its part's anchors; a look-around, a class,
``.`` or a back-reference promise nothing. A pattern that cannot be analysed (a case-insensitive
one, a user's ``regex`` pattern, a parser that changed) gets no anchors and always runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
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
    useful = [_minimal(need) for need in needs if min(map(len, need)) >= MIN_ANCHOR]
    useful.sort(key=lambda need: (_strength(need), sorted(need)), reverse=True)
    return tuple(useful[:MAX_SETS])


#: How much text a set of patterns searches in a process before their anchors are worked out:
#: reading a pattern's anchors costs about as much as running it over 10 KB, which only pays
#: when many texts are searched (a folder's index), not for the two texts ``align`` compares.
WORTH_AFTER = 100_000
_searched: dict[str, int] = {}


def worth_it(patterns: str, length: int) -> bool:
    """Whether the set of patterns named ``patterns`` ("formulas", "countries") should look for
    anchors before searching a text of ``length`` characters; counts the text if not."""
    done = _searched.get(patterns, 0)
    if done >= WORTH_AFTER:
        return True
    _searched[patterns] = done + length
    return False


def work_out(patterns: str, compiled: Iterable[object]) -> None:
    """Work out the anchors of a set of patterns now, and use them from the first text on: a
    process about to search many texts, or to start workers that inherit them (with no
    patterns: only use them from the first text on)."""
    for pattern in compiled:
        _checks(pattern)
    _searched[patterns] = max(WORTH_AFTER, _searched.get(patterns, 0))


class TextAnchors:
    """Which strings one text holds, all looked for in one pass (many patterns share anchors).

    Every string a text was ever asked about in this process goes into one Aho-Corasick
    automaton (``pyahocorasick``): one pass over a text finds which of them it holds, where a
    substring search per string read the text some 300 times. A string first asked about is
    looked for with ``in`` (and joins the automaton from the next text on). The automaton
    reports every occurrence, overlapping ones included, so a string is found exactly when
    ``string in text``.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[str, bool] = {}
        self._automaton = _automaton()
        self._scanned: frozenset[str] | None = None

    def holds(self, string: str) -> bool:
        """Whether the text holds ``string``."""
        found = self._found.get(string)
        if found is None:
            automaton = self._automaton
            if automaton is not None and string in _searchable:
                if self._scanned is None:
                    self._scanned = frozenset(value for _, value in automaton.iter(self._text))
                found = string in self._scanned
            else:
                _asked.add(string)
                found = string in self._text
            self._found[string] = found
        return found


#: The strings texts were asked about, and those the current automaton looks for.
_asked: set[str] = set()
_searchable: frozenset[str] = frozenset()
_built: list[Any] = []


def _automaton() -> Any:
    """The automaton of every string asked about so far (built again when new ones came)."""
    global _searchable
    if _built and len(_asked) == len(_searchable):
        return _built[0]
    if not _asked:
        return None
    import ahocorasick  # only a process that searches many texts needs it

    automaton = ahocorasick.Automaton()
    for string in _asked:
        automaton.add_word(string, string)
    automaton.make_automaton()
    _searchable = frozenset(_asked)
    _built[:] = [automaton]
    return automaton


def may_match(pattern: object, text: TextAnchors) -> bool:
    """``False`` only if ``pattern`` cannot match anywhere in ``text`` (an anchor is missing).

    Args:
        pattern: a compiled pattern.
        text: the text it is to run over, as its anchors are looked up
            (:class:`TextAnchors`, one per text, shared by the patterns run over it).
    """
    return holds_all(_checks(pattern), text)


#: What a text must hold for a pattern to match: per anchor set, the part its strings share
#: ("" if short) and the strings (see :func:`checks`).
Checks = tuple[tuple[str, tuple[str, ...]], ...]


def checks(pattern: object) -> Checks:
    """The anchor sets of ``pattern`` as :func:`may_match` checks them (worked out once)."""
    return _checks(pattern)


def holds_all(checks: Checks, text: TextAnchors) -> bool:
    """Whether ``text`` holds what ``checks`` ask for (one string of each set)."""
    holds = text.holds
    for core, strings in checks:
        # The part all the strings share first: when it is missing (the usual case), one
        # search of the text rules out the whole set.
        if core and not holds(core):
            return False
        for string in strings:  # any(), without a generator per set (called 30,000 times)
            if holds(string):
                break
        else:
            return False
    return True


@lru_cache(maxsize=1024)
def _checks(pattern: object) -> Checks:
    """Each anchor set of ``pattern`` with the longest string its members share ("" if short)."""
    checks = []
    for need in anchors(pattern):
        strings = tuple(sorted(need, key=lambda string: (len(string), string)))
        core = _shared(strings) if len(strings) > 1 else ""
        checks.append((core if len(core) >= MIN_ANCHOR else "", strings))
    return tuple(checks)


def _shared(strings: Sequence[str]) -> str:
    """The longest string found in each of ``strings``."""
    shortest = strings[0]
    for length in range(len(shortest), 0, -1):
        for start in range(len(shortest) - length + 1):
            piece = shortest[start : start + length]
            if all(piece in string for string in strings):
                return piece
    return ""


def _needs(items: Sequence[tuple[Any, Any]]) -> list[Anchor]:
    """The anchor sets of a parsed pattern (see the module docstring)."""
    needs, whole = _sequence(items)
    if whole is not None and "" not in whole:
        needs.append(whole)
    return needs


#: The most strings a run of literals, branches and options is spelt out into.
MAX_STRINGS = 16

_Analysis = tuple[list[Anchor], Anchor | None]


def _sequence(items: Sequence[tuple[Any, Any]]) -> _Analysis:
    """The anchor sets of a sequence of parsed items, and every string the sequence can match
    when they are few (``None`` otherwise).

    Consecutive items that match few strings ("gre", then "ce" or "ece") are spelt out together
    ("grece", "greece"): every match holds one of those strings, whole.
    """
    needs: list[Anchor] = []
    run: Anchor = frozenset({""})
    exact = True

    def close_run() -> None:
        nonlocal run
        if "" not in run:
            needs.append(run)
        run = frozenset({""})

    for op, argument in items:
        item_needs, strings = _item(getattr(op, "name", ""), argument)
        if strings is not None:
            joined = frozenset(a + b for a in run for b in strings)
            if len(joined) <= MAX_STRINGS:
                run = joined
            else:
                exact = False
                close_run()
                run = strings
            continue
        exact = False
        close_run()
        needs += item_needs
    whole = run if exact else None
    close_run()
    return needs, whole


def _item(name: str, argument: Any) -> _Analysis:
    """What one parsed item promises: its anchor sets, and its strings when they are few."""
    if name == "LITERAL":
        return [], frozenset({chr(argument)})
    if name == "IN":
        if all(getattr(op, "name", "") == "LITERAL" for op, _ in argument):
            return [], frozenset(chr(value) for _, value in argument)
        return [], None
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, part = argument
        return ([], None) if add_flags & re.IGNORECASE else _sequence(list(part))
    if name == "ATOMIC_GROUP":
        return _sequence(list(argument))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, part = argument
        needs, whole = _sequence(list(part))
        if whole is not None and high == 1:  # an option: its strings, or nothing
            return [], whole | {""} if low == 0 else whole
        if low == 0:
            return [], None
        return _needs_of((needs, whole)), None
    if name == "BRANCH":
        _, branches = argument
        analyses = [_sequence(list(branch)) for branch in branches]
        wholes = [whole for _, whole in analyses]
        if all(whole is not None for whole in wholes):
            union = frozenset().union(*(w for w in wholes if w is not None))
            if len(union) <= MAX_STRINGS:
                return [], union
        best = [_strongest(_needs_of(analysis)) for analysis in analyses]
        if best and all(need is not None for need in best):
            return [frozenset().union(*(need for need in best if need is not None))], None
        return [], None
    # Anything else (a class with ranges, ".", a look-around, an anchor, a back-reference, a
    # conditional) promises no string.
    return [], None


def _needs_of(analysis: _Analysis) -> list[Anchor]:
    needs, whole = analysis
    return [*needs, whole] if whole is not None and "" not in whole else needs


def _strength(need: Anchor) -> tuple[int, int]:
    """Longer strings are rarer (up to a point), and fewer strings are quicker to look for."""
    return min(8, min(map(len, need))), -len(need)


def _strongest(needs: list[Anchor]) -> Anchor | None:
    """The most telling of anchor sets."""
    return max(needs, key=_strength) if needs else None


def _minimal(need: Anchor) -> Anchor:
    """The same promise with fewer strings: a text that holds "droit international public"
    holds "droit international", so the longer one need not be looked for."""
    kept: list[str] = []
    for string in sorted(need, key=len):
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)
