"""Topics of diplomatic texts (energy, transport, education...), to pair clauses that say the same
thing in other words. The lexicon is data: ``corpus/data/topics.toml``."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

from corpus.text.tokens import Token


@cache
def _lexicon() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with (resources.files("corpus") / "data" / "topics.toml").open("rb") as handle:
        data = tomllib.load(handle)
    topics = []
    for name, entry in data["topic"].items():
        words = sorted(entry["words"], key=len, reverse=True)
        alternatives = "|".join(re.escape(word) for word in words)
        topics.append((name, re.compile(rf"(?<![a-z0-9])(?:{alternatives})")))
    return tuple(topics)


def topic_names() -> tuple[str, ...]:
    """The lexicon's topics, in its order."""
    return tuple(name for name, _ in _lexicon())


def topic_counts(tokens: Sequence[Token]) -> Counter[str]:
    """How many words of each topic the tokens contain (topics without words left out)."""
    joined = " ".join(token.text for token in tokens)
    counts: Counter[str] = Counter()
    for name, pattern in _lexicon():
        found = len(pattern.findall(joined))
        if found:
            counts[name] = found
    return counts
