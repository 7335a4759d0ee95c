"""A document's ``tsvector`` values and rows in PostgreSQL's binary form, for ``COPY ... (FORMAT
BINARY)``: what bulk storing sends (``corpus.library.server.bulk``).

The same vectors as :func:`corpus.library.server.tsearch.vectors` (the literals the one-document
path sends; ``tests/corpus/test_server_binary.py`` checks the server holds the same values),
made for less work on both sides. As text, the server parsed every literal character by
character, sorted its words and their positions, then stored it: a third of its time to store
a document (``bench/bench_server_library.py``). In binary form (``tsvectorrecv``: the number of
words, then each word's UTF-8 bytes, a zero byte, its number of positions and the positions as
16-bit integers, all big-endian) the words already sorted as the server sorts them (by their
bytes: the order of their code points) and the positions increasing are copied, not parsed.

Here, the words of a view are numbered once in that order and the positions of each passage
grouped by word with numpy (a stable sort of the words' numbers keeps each word's positions
increasing), where the literals were built a word occurrence at a time in Python.

A binary ``COPY`` row is its number of fields, then each field's length and bytes (``-1``: a
``NULL``); text is its UTF-8 bytes and ``bytea`` its bytes (not twice as many hexadecimal
digits), so the other columns are cheaper to send too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from corpus.library.prepared import ASCII_NOT_WORD
from corpus.library.server import tsearch

_TOKEN = re.compile(r"[^\W_]+")
#: The stream's signature, flags and header extension (none), and its end.
HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
TRAILER = b"\xff\xff"
_NULL = b"\xff\xff\xff\xff"
#: A word's count of positions, as the binary form writes it.
_EMPTY = bytes(4)


@dataclass(frozen=True, slots=True)
class BinaryVectors:
    """A document's ``tsvector`` values in binary form (as :class:`tsearch.Vectors`)."""

    words: bytes
    joins: bytes
    stems: bytes
    passages: tuple[tuple[bytes, bool], ...]


def vectors(view: str, stems: str, joins: str) -> BinaryVectors:
    """The binary ``tsvector`` values of a view, given its stems and its words cut at line ends
    (``corpus.library.prepared.fts_columns``)."""
    lexemes, ids = _numbered(tokens_of(view))
    step = tsearch.PASSAGE_WORDS - tsearch.OVERLAP
    firsts = np.arange(0, max(len(ids) - tsearch.OVERLAP, 1), step)
    passages = tuple(_positioned(lexemes, ids, firsts, tsearch.PASSAGE_WORDS))
    stem_lexemes, stem_ids = _numbered(tokens_of(stems))
    if len(stem_ids) > tsearch.MAX_POSITIONED_WORDS:
        stemmed = _bare(stem_lexemes)
    else:
        ((stemmed, _),) = _positioned(stem_lexemes, stem_ids, np.zeros(1, np.int64), len(stem_ids))
    joined, _ = _numbered(tokens_of(joins))
    return BinaryVectors(_bare(lexemes), _bare(joined), stemmed, passages)


def tokens_of(text: str) -> list[str]:
    """``tsearch``'s words of ``text`` (``[^\\W_]+``, which is ``str.isalnum``), cut as lexemes:
    split at white space first (in C), the pattern asked only of the pieces that are not one
    word; a text all in ASCII (most views: folding takes the accents off) has every other
    character made a space and is split."""
    if text.isascii():
        found = text.translate(ASCII_NOT_WORD).split()
    else:
        found = []
        keep = found.append
        for piece in text.split():
            if piece.isalnum():
                keep(piece)
            else:
                found += _TOKEN.findall(piece)
    return found


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The distinct lexemes of some tokens in the server's order (UTF-8 bytes order, which is
    code point order), as the binary form writes each: its bytes and a zero."""

    letters: bytes  # the lexemes so written, one after the other
    starts: np.ndarray  # where each begins in ``letters``
    lengths: np.ndarray  # its length there, with its zero

    def __len__(self) -> int:
        return len(self.lengths)


def _numbered(tokens: list[str]) -> tuple[Lexicon, np.ndarray]:
    """The lexicon of ``tokens`` and each token's number in it (lexemes longer than
    :data:`~tsearch.MAX_LEXEME_CHARS` cut, as ``tsearch`` cuts them)."""
    ordered = sorted(set(tokens))
    # Encoded at once (a lexeme holds no zero: it is letters and digits).
    letters = ("\0".join(ordered) + "\0").encode("utf-8") if ordered else b""
    ends = np.flatnonzero(np.frombuffer(letters, dtype=np.uint8) == 0) + 1
    lengths = np.diff(ends, prepend=0)
    if (
        len(lengths)
        and int(lengths.max()) > tsearch.MAX_LEXEME_CHARS + 1  # bytes: at least as many
        and max(map(len, ordered)) > tsearch.MAX_LEXEME_CHARS  # never a real word
    ):
        return _numbered([tsearch.lexeme(word) for word in tokens])
    number = dict(zip(ordered, range(len(ordered)), strict=True))
    ids = np.fromiter(map(number.__getitem__, tokens), dtype=np.int64, count=len(tokens))
    return Lexicon(letters, ends - lengths, lengths), ids


def _positioned(
    lexemes: Lexicon, ids: np.ndarray, firsts: np.ndarray, size: int
) -> list[tuple[bytes, bool]]:
    """The positioned ``tsvector`` of each window of ``size`` tokens starting at ``firsts``
    (``ids`` are numbers into ``lexemes``), and whether every position was kept: as
    :func:`tsearch._positioned` and the server's parsing of its literal (positions past
    :data:`~tsearch.MAX_POSITION` become it, once; a word keeps its first
    :data:`~tsearch.MAX_POSITIONS_PER_WORD`). All windows at once: a word's positions in a
    window are the token's place in the window, grouped by (window, word) with a stable sort,
    which keeps them increasing."""
    total = len(ids)
    if total == 0:
        return [(_EMPTY, True)] * len(firsts)
    count = len(lexemes)
    places = np.arange(size)
    token = firsts[:, None] + places[None, :]
    inside = token < total
    window = np.broadcast_to(np.arange(len(firsts))[:, None], token.shape)[inside]
    position = np.broadcast_to(places + 1, token.shape)[inside]
    key = window * count + ids[token[inside]]
    if len(firsts) * count <= 1 << 16:  # a passage's words: sorted by radix, in linear time
        key = key.astype(np.uint16)
    order = np.argsort(key, kind="stable")
    key, position = key[order], position[order]
    new_group = np.empty(len(key), dtype=bool)
    new_group[0] = True
    np.not_equal(key[1:], key[:-1], out=new_group[1:])
    starts = np.flatnonzero(new_group)
    counts = np.diff(starts, append=len(key))
    limit = tsearch.MAX_POSITIONS_PER_WORD
    lengths = np.minimum(total - firsts, size)
    exact = lengths <= tsearch.MAX_POSITION
    crowded = starts[counts > limit]
    if len(crowded):
        exact[np.unique(key[crowded] // count)] = False
    if size > tsearch.MAX_POSITION:  # a whole document's stems: the last positions are one
        np.minimum(position, tsearch.MAX_POSITION, out=position)
        kept = new_group.copy()
        kept[1:] |= position[1:] != position[:-1]
        key, position, new_group = key[kept], position[kept], new_group[kept]
        starts = np.flatnonzero(new_group)
        counts = np.diff(starts, append=len(key))
    if len(crowded):  # only the first positions of a word are kept
        rank = np.arange(len(key)) - np.repeat(starts, counts)
        kept = rank < limit
        key, position = key[kept], position[kept]
        np.minimum(counts, limit, out=counts)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    return _written(lexemes, key // count, key[starts] % count, position, starts, counts, exact)


def _written(
    lexemes: Lexicon,
    windows: np.ndarray,
    words: np.ndarray,
    positions: np.ndarray,
    starts: np.ndarray,
    counts: np.ndarray,
    exact: np.ndarray,
) -> list[tuple[bytes, bool]]:
    """The binary vectors of the windows, from their entries in order (window, then word: the
    ``starts`` and ``counts`` of each entry's ``positions``, its word number in ``words``;
    ``windows`` numbers each position's window). Written into one buffer by numpy: each
    entry's lexeme, count and positions scattered to their places, not a word's bytes made at
    a time in Python (where building the literals spent its time)."""
    total_windows = len(exact)
    letters = np.frombuffer(lexemes.letters, dtype=np.uint8)
    lexeme_starts = lexemes.starts
    entry_windows = windows[starts]
    entry_lengths = lexemes.lengths[words]
    sizes = entry_lengths + 2 + 2 * counts
    # Each window: its count of words (4 bytes), then its entries.
    window_sizes = 4 + np.bincount(entry_windows, weights=sizes, minlength=total_windows).astype(
        np.int64
    )
    window_starts = np.cumsum(window_sizes) - window_sizes
    entry_starts = (np.cumsum(sizes) - sizes) + 4 * (entry_windows + 1)
    out = np.empty(int(window_sizes.sum()), dtype=np.uint8)
    entries = np.bincount(entry_windows, minlength=total_windows).astype(">u4")
    out[(window_starts[:, None] + np.arange(4)).ravel()] = entries.view(np.uint8)
    before = np.cumsum(entry_lengths) - entry_lengths  # the lexemes' letters before each one's
    shift = np.arange(int(entry_lengths.sum()))
    out[np.repeat(entry_starts - before, entry_lengths) + shift] = letters[
        np.repeat(lexeme_starts[words] - before, entry_lengths) + shift
    ]
    counted = entry_starts + entry_lengths
    out[counted] = counts >> 8
    out[counted + 1] = counts & 0xFF
    placed = np.repeat(counted + 2 - 2 * starts, counts) + 2 * np.arange(len(positions))
    out[placed] = positions >> 8
    out[placed + 1] = positions & 0xFF
    data = out.tobytes()
    return [
        (data[first : first + size], bool(kept))
        for first, size, kept in zip(
            window_starts.tolist(), window_sizes.tolist(), exact.tolist(), strict=True
        )
    ]


def _bare(lexemes: Lexicon) -> bytes:
    """The ``tsvector`` of the lexemes without positions: each followed by a count of none."""
    return len(lexemes).to_bytes(4, "big") + lexemes.letters.replace(b"\0", b"\0\0\0")


def row(values: Sequence[object]) -> bytes:
    """One binary ``COPY`` row: ``bytes`` as they are (``bytea``, or a value this module made),
    ``str`` as UTF-8 (``text``), ``bool`` as ``boolean``, ``int`` as ``bigint``, ``None`` as
    ``NULL``; an ``integer`` column's value is given as :class:`Int4`."""
    parts = [len(values).to_bytes(2, "big")]
    for value in values:
        if value is None:
            parts.append(_NULL)
            continue
        if isinstance(value, bytes):
            data = value
        elif isinstance(value, str):
            data = value.encode("utf-8")
        elif isinstance(value, bool):
            data = b"\x01" if value else b"\x00"
        elif isinstance(value, Int4):
            data = value.value.to_bytes(4, "big", signed=True)
        elif isinstance(value, int):
            data = value.to_bytes(8, "big", signed=True)
        else:
            raise TypeError(f"no binary form for {type(value).__name__}")
        parts.append(len(data).to_bytes(4, "big"))
        parts.append(data)
    return b"".join(parts)


@dataclass(frozen=True, slots=True)
class Int4:
    """A value of an ``integer`` column (:func:`row` writes a bare ``int`` as ``bigint``)."""

    value: int
