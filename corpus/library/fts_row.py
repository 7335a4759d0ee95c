"""What the embedded index's FTS5 row holds, so that FTS5's positions are the occurrences
:func:`corpus.library.query.locate` finds (and a timeline can be counted from them).

The ``folded`` column is the search view with two changes:

* each paragraph break of the view (a run of ``"\\n"``) is a token of its own, :data:`PARAGRAPH`:
  ``locate`` never lets a phrase cross a paragraph break, and FTS5 (which knows no paragraph)
  now sees the two words apart too;
* private-use characters of the view become spaces: ``locate`` (Python's ``re``) reads them as
  separators, FTS5's ``unicode61`` as letters, and :data:`PARAGRAPH` is one of them.

Both depend on the view alone, so a row is always deleted with the values it was written with
(a contentless FTS5 table forgets a row only so). A view whose words FTS5 might cut otherwise
than ``locate`` does (:func:`positions_agree`: a word cut by a line-end hyphen,
:data:`~corpus.library.searchview.MARKER`, or a character on which the two tokenizers are not
known to agree) is counted from the view: the index lists those documents beside the FTS rows.
Which characters the two tokenizers treat alike is asked of the SQLite in use, once per process
(:func:`agreed_characters`), rather than written down: its tables follow its Unicode version.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from corpus.library.searchview import MARKER

#: A paragraph break in the ``folded`` column (U+E000, private use: a token to ``unicode61``,
#: never a query's word, since a query's words are letters and digits).
PARAGRAPH = "\ue000"
_BREAKS = re.compile(r"\n(?:\s*\n)*")
_PRIVATE = re.compile("[\ue000-\uf8ff]")
#: A word of a view as ``locate`` reads it.
_WORD = re.compile(r"[^\W_]+")
#: The characters whose tokenizing is compared (beyond them, a view is counted from its text):
#: the alphabets, phonetic letters ("1ᵉʳ"), punctuation, number forms ("⅔") and symbols up to
#: U+2FFF (0.26 s, once per process; all of the Basic Multilingual Plane took 0.9 s).
_COMPARED = (range(0x0000, 0x3000),)


def folded_column(view: str) -> str:
    """The ``folded`` column of a view (see the module docstring)."""
    if not view.isascii():
        view = _PRIVATE.sub(" ", view)
    return _BREAKS.sub(f" {PARAGRAPH} ", view) if "\n" in view else view


def paragraphs(view: str) -> list[str]:
    """The pieces of the ``folded`` column between its :data:`PARAGRAPH` tokens, in order."""
    if not view.isascii():
        view = _PRIVATE.sub(" ", view)
    return _BREAKS.split(view) if "\n" in view else [view]


def fts_row(view: str, stems: str, joins: str) -> tuple[str, str, str]:
    """The three FTS5 columns of a view, from its stems and its cut words."""
    return folded_column(view), stems, joins


def positions_agree(text: str) -> bool:
    """Whether FTS5 cuts ``text`` into the words ``locate`` reads, one token per word (after
    :func:`folded_column`): no word cut at a line's end, no character of unknown tokenizing."""
    if MARKER in text:
        return False
    agreed = agreed_characters()
    return all(c in agreed or "\ue000" <= c <= "\uf8ff" for c in set(text))


@cache
def agreed_characters() -> frozenset[str]:
    """The characters that SQLite's ``unicode61 remove_diacritics 2`` and ``locate`` both read
    the same way, each as part of a word kept as it is, or each as a separator.

    Each character is put between two letters (``"x" + c + "x"``) in a throwaway FTS5 table,
    and the tokens FTS5 keeps compared with the words Python's pattern finds.
    """
    characters = [chr(c) for block in _COMPARED for c in block]
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE VIRTUAL TABLE probe USING fts5(text,"
            " tokenize = 'unicode61 remove_diacritics 2')"
        )
        db.execute("CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(main, probe, instance)")
        db.executemany(
            "INSERT INTO probe (rowid, text) VALUES (?, ?)",
            ((n, f"x{c}x") for n, c in enumerate(characters)),
        )
        found: dict[int, list[tuple[int, str]]] = {}
        for term, doc, offset in db.execute("SELECT term, doc, offset FROM tokens"):
            found.setdefault(doc, []).append((offset, term))
    finally:
        db.close()
    return frozenset(
        c
        for n, c in enumerate(characters)
        if [term for _, term in sorted(found.get(n, []))] == _WORD.findall(f"x{c}x")
    )
