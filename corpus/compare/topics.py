"""Topics of diplomatic texts (energy, transport, education...), to pair clauses that say the same
thing in other words. The lexicon is data: ``corpus/data/topics.toml``.

A topic's word counts where a word of the clause's folded text begins with it (the character
before is not a letter or digit of folded text), as the regular expression
``(?<![a-z0-9])(?:longest|…|shortest)`` would count it: at each place the longest of the topic's
words, and matches of one topic never overlap. One Aho-Corasick pass over the clause finds the
words of every topic at once: running 28 such expressions over each clause took about a tenth of
``align``'s time (the test checks the two count alike on every clause of the bundled texts).
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from corpus.datafiles import data_file
from corpus.text.tokens import Token

#: What may not come just before a topic word (the folded text has no capitals nor accents).
_WORD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@cache
def topic_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each topic of the lexicon with its word beginnings, in the lexicon's order."""
    with data_file("topics.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple((name, tuple(entry["words"])) for name, entry in data["topic"].items())


@cache
def topic_names() -> tuple[str, ...]:
    """The lexicon's topics, in its order."""
    return tuple(name for name, _ in topic_words())


@cache
def _automaton() -> Any:
    import ahocorasick

    topics_of: dict[str, list[int]] = {}
    for index, (_, words) in enumerate(topic_words()):
        for word in words:
            topics_of.setdefault(word, []).append(index)
    automaton = ahocorasick.Automaton()
    for word, topics in topics_of.items():
        automaton.add_word(word, (len(word), tuple(topics)))
    automaton.make_automaton()
    return automaton


def topic_counts(tokens: Sequence[Token]) -> Counter[str]:
    """How many words of each topic the tokens contain (topics without words left out)."""
    joined = " ".join(token.text for token in tokens)
    spans: dict[int, list[tuple[int, int]]] = {}
    for last, (length, topics) in _automaton().iter(joined):
        start = last - length + 1
        if start and joined[start - 1] in _WORD_CHARACTERS:
            continue
        for topic in topics:
            spans.setdefault(topic, []).append((start, -length))
    names = topic_names()
    counts: Counter[str] = Counter()
    for topic in sorted(spans):  # the lexicon's order, as the bags have always been filled
        # Leftmost first, the longest at one place: what a regex alternation takes.
        found, free_from = 0, 0
        for start, minus_length in sorted(spans[topic]):
            if start >= free_from:
                found, free_from = found + 1, start - minus_length
        counts[names[topic]] = found
    return counts
