"""A normalised view of a raw text for matching, with an exact map back to raw offsets.

The view applies, in one pass:

* NFC, per base character and its combining marks;
* apostrophes (U+2019, U+2018, U+02BC) → ``'``;
* non-breaking, narrow and other fixed-width spaces → space;
* soft hyphens, zero-width spaces and stray byte-order marks dropped;
* ligatures ``œ æ`` (and capitals) → ``oe ae``;
* a hyphen at the end of a line, between letters, keeps the hyphen and drops the break
  ("russo-\\nazerbaïdjanaises" → "russo-azerbaïdjanaises");
* any other run of white space → one space, or one ``\\n`` when it holds a blank line, so that
  hard-wrapped lines read as paragraphs;
* optionally, case folding and accent folding.

Each character of the view records the raw span it came from, so any span found in the view maps
back to the raw text (see :meth:`NormalizedText.raw_span`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from corpus.text.spanmap import SpanMap

APOSTROPHES = "\u2019\u2018\u02bc\u2032\u00b4`"
NO_BREAK_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
HYPHENS = "\u2010\u2011"
LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}

_WHITESPACE = " \t\n\r\f\v" + NO_BREAK_SPACES


class NormalizedText:
    """A normalised text and, for each of its characters, the raw span it comes from.

    Made by :func:`normalize` with a compact map (:class:`corpus.text.spanmap.SpanMap`), or
    from a span per character. Immutable.

    Attributes:
        text: the normalised text.
        raw_length: the length of the raw text it was made from.
        spans: the map of each character's raw span.
    """

    __slots__ = ("_every", "raw_length", "spans", "text")

    def __init__(
        self, text: str, raw_length: int, starts: tuple[int, ...], ends: tuple[int, ...]
    ) -> None:
        """A normalised text from a span per character (see the attributes)."""
        self.text = text
        self.raw_length = raw_length
        self.spans = SpanMap.from_spans(starts, ends)
        self._every: tuple[tuple[int, ...], tuple[int, ...]] | None = (starts, ends)

    @classmethod
    def mapped(cls, text: str, raw_length: int, spans: SpanMap) -> NormalizedText:
        """A normalised text from its compact map."""
        view = cls.__new__(cls)
        view.text = text
        view.raw_length = raw_length
        view.spans = spans
        view._every = None
        return view

    @property
    def starts(self) -> tuple[int, ...]:
        """``starts[i]`` is the first raw index behind ``text[i]`` (non-decreasing); made from
        the map when first asked for."""
        return self._every_span()[0]

    @property
    def ends(self) -> tuple[int, ...]:
        """``ends[i]`` is one past the last raw index behind ``text[i]`` (non-decreasing)."""
        return self._every_span()[1]

    def _every_span(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        if self._every is None:
            self._every = self.spans.every_span()
        return self._every

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NormalizedText):
            return NotImplemented
        return (self.text, self.raw_length) == (other.text, other.raw_length) and (
            self.spans == other.spans or self._every_span() == other._every_span()
        )

    def __hash__(self) -> int:
        return hash((self.text, self.raw_length))

    def __repr__(self) -> str:
        return f"NormalizedText({self.text!r}, {self.raw_length})"

    def char_span(self, index: int) -> tuple[int, int]:
        """The raw span of the normalised character ``index``."""
        return self.spans.span(index)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of the normalised text to the raw span it covers."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span [{start}, {end}) outside the text (length {len(self.text)})")
        if start == end:
            raw = self.spans.span(start)[0] if start < len(self.text) else self.raw_length
            return raw, raw
        return self.spans.span(start)[0], self.spans.span(end - 1)[1]

    def from_raw(self, raw_index: int) -> int:
        """The first normalised index whose raw source starts at or after ``raw_index``."""
        return self.spans.first_starting_at(raw_index)

    def text_of(self, start: int, end: int) -> str:
        """The normalised text of the raw span ``[start, end)`` (a block, a line...)."""
        return self.text[self.from_raw(start) : self.from_raw(end)]

    def from_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The normalised span whose characters all come from inside raw ``[start, end)``."""
        first = self.spans.first_starting_at(start)
        last = self.spans.first_ending_at(end + 1)
        return first, max(first, last)


def normalize(raw: str, *, fold_case: bool = False, fold_accents: bool = False) -> NormalizedText:
    """Build the normalised view of ``raw``.

    Args:
        raw: the raw text, as read from disk.
        fold_case: fold case (``str.casefold``).
        fold_accents: drop accents (``é`` → ``e``; ``ç`` → ``c``).

    Returns:
        The normalised text with its map back to raw offsets.
    """
    # Most characters of a text become exactly one character of the view (a letter folded, a
    # punctuation mark kept): runs of those are folded at once with ``str.translate``, and only
    # their first character's span is written (the others follow). Only the other units (white
    # space, a line-end
    # hyphen, a letter with combining marks, a ligature, a dropped character) go one by one.
    # The result is the same as folding each unit in turn (``tests/corpus/test_normalize.py``).
    special, fold_run = _classify(frozenset(raw), fold_case, fold_accents)
    pieces: list[str] = []
    made = 0  # characters of the view made so far
    # The spans of the characters that may be irregular (see corpus.text.spanmap): those a unit
    # makes, and the first of each run of simple characters after one.
    positions: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    convert = _converter(fold_case, fold_accents)
    position = 0
    clustered = any(unicodedata.combining(ch) for ch in special)
    for match in _special_units(special, clustered).finditer(raw):
        begin, finish = match.span()
        if begin > position:  # a run of simple characters
            pieces.append(fold_run(raw[position:begin]))
            positions.append(made)
            starts.append(position)
            ends.append(position + 1)
            made += begin - position
        kind = match.lastgroup
        if kind == "blank":  # one white-space character alone (see _special_units)
            kind = "space"
        if kind == "char":
            out = convert(match.group())
        elif kind == "space":
            out = "\n" if match.group().count("\n") >= 2 else " "
        else:  # a line-end hyphen between letters: keep the hyphen, drop the break
            out = "-"
            finish = begin + 1
        if out:
            pieces.append(out)
            positions += range(made, made + len(out))
            starts += [begin] * len(out)
            ends += [finish] * len(out)
            made += len(out)
        position = match.end()
    if position < len(raw):
        pieces.append(fold_run(raw[position:]))
        positions.append(made)
        starts.append(position)
        ends.append(position + 1)
        made += len(raw) - position
    spans = SpanMap(made, tuple(positions), tuple(starts), tuple(ends))
    return NormalizedText.mapped("".join(pieces), len(raw), spans)


def _converter(fold_case: bool, fold_accents: bool) -> Callable[[str], str]:
    """:func:`fold` with these options, remembering the clusters already folded."""

    @lru_cache(maxsize=4096)
    def convert(cluster: str) -> str:
        return fold(cluster, fold_case=fold_case, fold_accents=fold_accents)

    return convert


@lru_cache(maxsize=65536)
def _fold_char(ch: str, fold_case: bool, fold_accents: bool) -> str:
    return fold(ch, fold_case=fold_case, fold_accents=fold_accents)


#: Combining marks: a character followed by one is folded with it (NFC needs the cluster).
_COMBINING = "\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


@lru_cache(maxsize=64)
def _classify(
    chars: frozenset[str], fold_case: bool, fold_accents: bool
) -> tuple[str, Callable[[str], str]]:
    """Split a text's characters into simple ones (one character in, one out) and the others:
    a function that folds a run of simple characters (:func:`_run_folder`), and a
    regular-expression class of the others."""
    simple: dict[int, str] = {}
    special: list[str] = []
    for ch in chars:
        out = _fold_char(ch, fold_case, fold_accents)
        # A lone space stays a space: only runs of white space, and other blanks, are units.
        plain = ch == " " or ch not in _WHITESPACE
        if len(out) == 1 and plain and not unicodedata.combining(ch):
            simple[ord(ch)] = out
        else:
            special.append(ch)
    return "".join(sorted(special)), _run_folder(simple)


#: Unused places of a charmap table (``codecs``' own mark of an unmapped byte).
_UNMAPPED = "\ufffe"


def _run_folder(simple: dict[int, str]) -> Callable[[str], str]:
    """``str.translate(simple)`` for runs of the simple characters, at C speed when it can.

    ``str.translate`` looks each character up in a dictionary (unless the run is all ASCII),
    a third of folding a French text. A text rarely has more than a hundred distinct simple
    characters: they are numbered as the bytes of a charmap codec built for the text, so that
    a run is encoded to their numbers and decoded through the table of what each one folds
    to, both by table look-ups in C (``codecs.charmap_encode`` needs NUL at byte 0 for its
    fast map). More than 255 characters, or any beyond the Basic Multilingual Plane, keep
    ``str.translate``.
    """
    keys = sorted(code for code in simple if code)
    if len(keys) > 255 or (keys and keys[-1] > 0xFFFF) or ord(_UNMAPPED) in simple:
        return lambda run: run.translate(simple)
    padding = _UNMAPPED * (255 - len(keys))
    encoding = codecs.charmap_build("\x00" + "".join(map(chr, keys)) + padding)
    if isinstance(encoding, dict):  # not the fast map after all
        return lambda run: run.translate(simple)
    decoding = simple.get(0, "\x00") + "".join(simple[code] for code in keys) + padding

    def fold_run(run: str) -> str:
        return codecs.charmap_decode(
            codecs.charmap_encode(run, "strict", encoding)[0], "strict", decoding
        )[0]

    return fold_run


@lru_cache(maxsize=64)
def _special_units(special: str, clustered: bool) -> re.Pattern[str]:
    """The units that are not a simple character. A unit is a run of white space, a line-end
    hyphen between letters, or one character with its combining marks (NFC needs whole
    clusters); here a lone character only when it is special.

    The pattern opens with the class of the characters a unit can start with, then tells the
    units apart by looking back at that character: ``re`` skips from one such character to the
    next at C speed only when a pattern starts with a class or a literal (an alternation of
    named groups would be tried at every position of the text). The groups are, in this order
    (the order of the rules): ``hyphen``, ``space`` (a run), ``blank`` (one white-space
    character alone, a ``space`` unit too), ``char``. A text with combining marks, whose clusters
    may start with any character, is read with :func:`_special_units_clustered`.
    """
    if clustered:
        return _special_units_clustered(special)
    blanks = re.escape(_WHITESPACE)
    following = re.escape(_WHITESPACE + DROPPED)
    alone = re.escape(_WHITESPACE.replace(" ", ""))
    first = "[-" + blanks + re.escape(special) + "]"
    return re.compile(
        first
        + r"(?:(?<=-)(?P<hyphen>(?<=[^\W\d_]-)[ \t"
        + NO_BREAK_SPACES
        + r"]*\n[ \t"
        + NO_BREAK_SPACES
        + r"]*(?=[^\W\d_]))"
        + r"|(?<=["
        + blanks
        + r"])(?P<space>["
        + following
        + r"]+)"
        + r"|(?<=["
        + alone
        + r"])(?P<blank>)"
        + (f"|(?<=[{re.escape(special)}])(?P<char>)" if special else "")
        + ")",
        re.DOTALL,
    )


@lru_cache(maxsize=64)
def _special_units_clustered(special: str) -> re.Pattern[str]:
    """:func:`_special_units` for a text with combining marks: a unit may also be any
    character followed by combining marks (here a lone character only when it is special).

    Every alternative starts with a known character (the look-behind of the hyphen comes after
    it), but the cluster alternative could start anywhere.
    """
    alternatives = [".[" + _COMBINING + "]+"]
    if special:
        alternatives.append(f"[{re.escape(special)}]")
    blanks = re.escape(_WHITESPACE)
    return re.compile(
        r"(?P<hyphen>-(?<=[^\W\d_]-)[ \t"
        + NO_BREAK_SPACES
        + r"]*\n[ \t"
        + NO_BREAK_SPACES
        + r"]*(?=[^\W\d_]))"
        r"|(?P<space>[" + blanks + r"][" + re.escape(_WHITESPACE + DROPPED) + r"]+"
        r"|["
        + re.escape(_WHITESPACE.replace(" ", ""))
        + r"])"
        + f"|(?P<char>{'|'.join(alternatives)})",
        re.DOTALL,
    )


def fold(text: str, *, fold_case: bool = True, fold_accents: bool = True) -> str:
    """Normalise a short string the way :func:`normalize` treats each character.

    White space is not collapsed here; use it on words, patterns and queries.
    """
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        if ch in DROPPED:
            continue
        if ch in APOSTROPHES:
            ch = "'"
        elif ch in NO_BREAK_SPACES:
            ch = " "
        elif ch in HYPHENS:
            ch = "-"
        else:
            ch = LIGATURES.get(ch, ch)
        out.append(ch)
    result = "".join(out)
    if fold_case:
        result = result.casefold()
    if fold_accents:
        result = "".join(
            c for c in unicodedata.normalize("NFD", result) if not unicodedata.combining(c)
        )
        result = unicodedata.normalize("NFC", result)
    return result
