"""Pairing across languages measured at article level on public bilingual treaties (issue 23).

The development gold is ``bench/data/xlang`` (``MANIFEST.tsv`` lists the treaties, so that a
held-out check can exclude them; ``gold.toml`` the article pairs): a treaty's French and English
texts ("same-text": article N with article N), and one French investment agreement against six
English ones of the same Dutch model ("same-kind": articles matched by subject, by hand).

A predicted link counts when one of its clauses is in an article: right when the two articles
are a gold pair. Recall: the gold's article pairs with at least one predicted link.

Run: .venv/bin/python bench/eval_across_languages.py [--lopo] [--bootstrap N] [--calibrate]

``--lopo`` re-chooses the cognate threshold and the gap threshold for each pair on the others
(best F1) and scores the pair held out with them; ``--bootstrap N`` resamples the pairs of each
kind N times for a 95 % interval; ``--calibrate`` prints the share of right proposals per band
of cosine (how ``corpus.compare.across`` maps cosines onto the one-language scale).
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.compare import across
from corpus.compare.align import propose
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.text.documents import open_document

DATA = Path(__file__).resolve().parent / "data" / "xlang"
ARTICLE = re.compile(r"^Article\s+(\d+|premier|1er)\b")
COGNATE_THRESHOLDS = (0.15, 0.20, 0.25, 0.30)
GAP_THRESHOLDS = (0.05, 0.10, 0.15, 1.0)


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    left: AnalyzedDocument
    right: AnalyzedDocument
    gold: frozenset[tuple[int, int]]


@dataclass(frozen=True)
class Counts:
    right: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            *(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values(), strict=True))
        )

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def article(label: str) -> int | None:
    found = ARTICLE.match(label)
    if found is None:
        return None
    return 1 if found.group(1) in ("premier", "1er") else int(found.group(1))


def cases() -> list[Case]:
    catalogue = bundled_catalogue()
    opened: dict[str, AnalyzedDocument] = {}

    def document(name: str) -> AnalyzedDocument:
        if name not in opened:
            opened[name] = analyze(open_document(str(DATA / name)), catalogue)
        return opened[name]

    made = []
    for pair in tomllib.loads((DATA / "gold.toml").read_text(encoding="utf-8"))["pair"]:
        left, right = document(pair["left"]), document(pair["right"])
        if pair["kind"] == "same-text":
            numbers = {article(c.label) for c in left.clauses} & {
                article(c.label) for c in right.clauses
            }
            gold = frozenset((n, n) for n in numbers if n is not None)
        else:
            gold = frozenset((a, b) for a, b in pair["articles"])
        made.append(Case(pair["name"], pair["kind"], left, right, gold))
    return made


@contextmanager
def thresholds(cognate: float, gap: float) -> Iterator[None]:
    saved = across.COGNATE_THRESHOLD, across.GAP_THRESHOLD
    across.COGNATE_THRESHOLD, across.GAP_THRESHOLD = cognate, gap
    try:
        yield
    finally:
        across.COGNATE_THRESHOLD, across.GAP_THRESHOLD = saved


def counts(case: Case) -> tuple[Counts, str]:
    proposal = propose(case.left, case.right)
    left_articles = {c.clause_id: article(c.label) for c in case.left.clauses}
    right_articles = {c.clause_id: article(c.label) for c in case.right.clauses}
    right = predicted = 0
    found = set()
    for link in proposal.alignment.links:
        pair = (left_articles[link.left], right_articles[link.right])
        if pair == (None, None):
            continue
        predicted += 1
        if pair in case.gold:
            right += 1
            found.add(pair)
    return Counts(right, predicted, len(found), len(case.gold)), proposal.relation


def interval(values: list[Counts], rounds: int, measure: str) -> tuple[float, float]:
    rng = random.Random(23)
    drawn = sorted(
        getattr(sum((rng.choice(values) for _ in values), Counts()), measure) for _ in range(rounds)
    )
    return drawn[int(0.025 * rounds)], drawn[int(0.975 * rounds) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lopo", action="store_true")
    parser.add_argument("--bootstrap", type=int, default=0)
    options = parser.parse_args()
    every = cases()
    grid = list(itertools.product(COGNATE_THRESHOLDS, GAP_THRESHOLDS))
    table: dict[tuple[float, float], dict[str, Counts]] = {}
    relations: dict[str, str] = {}
    for setting in grid if options.lopo else [(across.COGNATE_THRESHOLD, across.GAP_THRESHOLD)]:
        with thresholds(*setting):
            table[setting] = {}
            for case in every:
                table[setting][case.name], relations[case.name] = counts(case)
    held: dict[str, Counts] = {}
    for case in every:
        if options.lopo:
            best = max(
                grid,
                key=lambda s: (
                    sum((c for n, c in table[s].items() if n != case.name), Counts()).f1,
                    s == (across.COGNATE_THRESHOLD, across.GAP_THRESHOLD),
                ),
            )
        else:
            best = (across.COGNATE_THRESHOLD, across.GAP_THRESHOLD)
        held[case.name] = table[best][case.name]
        c = held[case.name]
        print(
            f"{case.name:28} {case.kind:9} {relations[case.name]:10} thresholds {best}: "
            f"P {c.precision:.3f} R {c.recall:.3f} ({c.right}/{c.predicted}, {c.found}/{c.gold})"
        )
    for kind in ("same-text", "same-kind"):
        values = [held[c.name] for c in every if c.kind == kind]
        total = sum(values, Counts())
        line = f"{kind}: P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}"
        if options.bootstrap:
            p = interval(values, options.bootstrap, "precision")
            r = interval(values, options.bootstrap, "recall")
            line += f"  P [{p[0]:.2f}, {p[1]:.2f}] R [{r[0]:.2f}, {r[1]:.2f}]"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
