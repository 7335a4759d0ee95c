"""Words of a text with their raw spans, their folded form and their stem.

Words are runs of letters and digits in the folded view (``corpus.text.normalize``): case, accents,
apostrophes and line breaks do not matter, and an elided article ("l'", "d'") is a word of its own.
Stems come from the Snowball stemmers of PyStemmer (French or English; chosen for being the
standard, fast, MIT-licensed implementation), cut to seven letters, because Snowball leaves French
verbs unfolded ("réaffirment", "réaffirmé"): the cut joins them ("reaffir").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import Stemmer

from corpus.datafiles import data_file
from corpus.text.normalize import NormalizedText
from corpus.text.reading import folded_view

STEM_LENGTH = 7
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its folded form, its stem, whether it is a function word, and its raw span."""

    text: str
    stem: str
    stop: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TokenizedText:
    """A raw text's folded view and its words in order."""

    view: NormalizedText
    tokens: tuple[Token, ...]
    starts: tuple[int, ...]

    def between(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens lying inside raw ``[start, end)``."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        while last > first and self.tokens[last - 1].end > end:
            last -= 1
        return self.tokens[first:last]


@cache
def stopwords() -> frozenset[str]:
    """Folded French and English function words."""
    text = data_file("stopwords.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english" if language == "en" else "french")


@lru_cache(maxsize=65536)
def stem(word: str, language: str = "fr") -> str:
    """The stem of a folded word, cut to :data:`STEM_LENGTH` letters."""
    if word.isdigit():
        return word
    return str(_stemmer(language).stemWord(word))[:STEM_LENGTH]


#: The stems already made, per language (:func:`stems_of`); forgotten when it grows this large.
STEMS_KEPT = 200_000
_STEMS: dict[str, dict[str, str]] = {}


def stems_of(words: Sequence[str], language: str = "fr") -> list[str]:
    """The stem of each word (as :func:`stem` makes it): each new word is stemmed once, the
    new words of a text together (a text repeats most of its words many times)."""
    known = _STEMS.setdefault(language, {})
    if len(known) > STEMS_KEPT:
        known.clear()
    new = [word for word in set(words) if word not in known]
    if new:
        made = _stemmer(language).stemWords(new)
        known.update(
            (word, word if word.isdigit() else str(stemmed)[:STEM_LENGTH])
            for word, stemmed in zip(new, made, strict=True)
        )
    return list(map(known.__getitem__, words))


def tokenize(raw: str, language: str = "fr") -> TokenizedText:
    """Fold ``raw`` and list its words with raw spans."""
    view = folded_view(raw)
    stops = stopwords()
    tokens = []
    # Every character's span at once (a word is never empty): a word at a time, the compact
    # map's bisections would cost more than spelling them all out.
    starts, ends = view.starts, view.ends
    for match in _WORD.finditer(view.text):
        word = match.group()
        start, end = starts[match.start()], ends[match.end() - 1]
        tokens.append(Token(word, stem(word, language), word in stops, start, end))
    return TokenizedText(view, tuple(tokens), tuple(t.start for t in tokens))
