"""Precision and recall of clause alignment on the hand-made gold (all ten bundled pairs).

Three levels (``bench/gold.py``):

- pair level: the gold's exact two clauses;
- group level (called "topic level" before issue 11's second round): the two clauses belong to
  one connected group of the gold's links, and a group counts as found when one predicted link
  falls inside it;
- subject level, our reading of the issue's "topic-level pairing": a clause's subjects are the
  topics of ``corpus/data/topics.toml`` it speaks of, the gold's subjects for two texts are those
  its links' two clauses share; a predicted link is right when the gold makes it or its clauses
  share one of them, and a subject is found when a predicted link the gold also makes carries it.
  Before the issue's pairing changes (commit 03225e0 with its own gold, threshold 0.20) it gives
  0.885 / 0.741 (P / R) where the held-out check reported 0.88 / 0.76: near, not known to be the
  same measure.

Run: .venv/bin/python bench/eval_alignment.py [--threshold T] [--verbose]
     .venv/bin/python bench/eval_alignment.py --lopo [--criterion pair|group|subject]
         [--bootstrap N] [--across-languages]
     .venv/bin/python bench/eval_alignment.py --split-lexicon N

``--lopo`` re-chooses the threshold, the most links a clause keeps and the weights of formula
families and topic terms by leave-one-pair-out: for each of the ten pairs, the setting that gives
the best F1 on the nine others is applied to the tenth; the held-out scores are then summed (and
averaged per pair). ``--bootstrap N`` resamples the ten held-out pairs N times for a 95 % interval.
The same script runs on older commits (it falls back to ``align()`` where the engine has no
``pair_scores``), so figures before and after a change come from one method.

Issue 11, third round: the settings chosen on the subject level, the issue's own measure, rather
than on the pair level (``--lopo --criterion subject --bootstrap 2000``): threshold 0.22, at most
three links a clause, near-best 0.85, family weight 1.5, topic weight 1.5, the same in ten folds
of ten. Pooled held-out P / R / F1:

- subject 0.947 / 0.774 / 0.852 -> 0.977 / 0.887 / 0.930 (P [0.95, 1.00], R [0.81, 0.94]);
  mean of the ten pairs 0.955 / 0.854;
- pair 0.540 / 0.510 / 0.525 -> 0.458 / 0.601 / 0.520 (P [0.39, 0.51], R [0.54, 0.65]): more of
  the gold's own pairs found, more pairs the gold does not make (all but a few share a subject
  with it);
- ``--hold``: with the topic weight held at 1.0 the subject level gives 0.905 / 0.861
  (threshold 0.16, family weight 1.0); with the weights held and the threshold alone re-chosen,
  0.906 / 0.843.
- ``--split-lexicon 10``: the subject level judged on half the lexicon's topics, ten random
  halvings: pair-level settings 0.812 / 0.788; the engine with only the other half boosted
  0.762 / 0.760; with every topic boosted 0.829 / 0.900. The topic weight helps the topics the
  lexicon knows and costs a little on those it does not: the gain holds for a check whose topics
  are the lexicon's (energy, transport, security...), not beyond.
- across languages (``--across-languages --criterion subject``, the threshold on a finer grid):
  ``align.ACROSS_LANGUAGES_THRESHOLD`` 0.5 -> 0.37, chosen in nine folds of ten: subject
  0.868 / 0.852, pair 0.221 / 0.566; ``bench/eval_charter_proxy.py`` 76 -> 92 of 108 topics.

Issue 11, second round (``--lopo --bootstrap 2000``, pooled held-out P / R / F1, 95 % interval):

- near-best partners (``align.NEAR_BEST`` 0.9, chosen in eight folds of ten, 0.85 in two):
  pair 0.583 / 0.480 / 0.526 -> 0.540 / 0.510 / 0.525 (P [0.46, 0.61], R [0.45, 0.57]);
  subject 0.933 / 0.757 / 0.835 -> 0.947 / 0.774 / 0.852 (P [0.89, 0.99], R [0.68, 0.86]);
  group 0.601 / 0.691 -> 0.556 / 0.701.
- across languages (``--across-languages``, the gold with its words hidden; threshold 0.20 in ten
  folds of ten): pair 0.309 / 0.419 / 0.355, subject 0.900 / 0.757. Before, a French and an
  English text were compared on all their terms and paired almost nothing
  (``bench/eval_charter_proxy.py``: 24 of 108 topics paired, now 76).
- measured and left out: a lower threshold for mutual best matches (LOPO pair F1 0.520, subject
  P down); on all ten pairs with the threshold re-chosen (0.553 pair F1 as shipped): a bonus for
  a shared main topic (0.560 at best, within noise), sub-clause scores, pivoted length
  normalisation, rarer words weighted more, party names dropped, topic cosine mixed in (all
  lower; the last raises the subject level only, which reads the same lexicon).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import random
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gold import (
    Score,
    TopicScore,
    clause_subjects,
    gold_links,
    read_gold,
    score,
    subject_score,
    topic_score,
)
from corpus.compare import align as align_module
from corpus.compare import similarity
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.defaults import DEFAULT_THRESHOLD
from corpus.formulas.finder import bundled_catalogue
from corpus.model import Alignment
from corpus.text import bundled

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold" / "alignment.toml"
THRESHOLDS = tuple(round(0.10 + 0.02 * step, 2) for step in range(16))
MAX_LINKS = (1, 2, 3)
FAMILY_WEIGHTS = (1.0, 1.5, 2.0, 3.0)
TOPIC_WEIGHTS = (0.5, 1.0, 1.5)
NEAR_BESTS = (0.85, 0.9, 1.0)


@dataclass(frozen=True)
class Setting:
    threshold: float
    max_links: int
    family_weight: float
    topic_weight: float
    near_best: float = 1.0

    def __str__(self) -> str:
        return (
            f"threshold {self.threshold:.2f}, max links {self.max_links}, "
            f"family weight {self.family_weight}, topic weight {self.topic_weight}, "
            f"near best {self.near_best}"
        )


@dataclass(frozen=True)
class Case:
    name: str
    left: AnalyzedDocument
    right: AnalyzedDocument
    gold: set[tuple[str, str]]
    left_subjects: dict[str, frozenset[str]]
    right_subjects: dict[str, frozenset[str]]


@dataclass(frozen=True)
class Result:
    pair: Score
    group: TopicScore
    subject: TopicScore


@contextmanager
def weights_set(family: float, topic: float) -> Iterator[None]:
    """Set the similarity weights for a while (bench only: the engine reads module constants)."""
    saved = similarity.FAMILY_WEIGHT, getattr(similarity, "TOPIC_WEIGHT", None)
    similarity.FAMILY_WEIGHT = family
    if saved[1] is not None:
        similarity.TOPIC_WEIGHT = topic  # type: ignore[attr-defined,unused-ignore]
    try:
        yield
    finally:
        similarity.FAMILY_WEIGHT = saved[0]
        if saved[1] is not None:
            similarity.TOPIC_WEIGHT = saved[1]  # type: ignore[attr-defined,unused-ignore]


@contextmanager
def linking_set(setting: Setting) -> Iterator[None]:
    """Set how links are drawn from the scores for a while (the engine reads module constants)."""
    names = ("MAX_LINKS", "NEAR_BEST")
    values = (setting.max_links, setting.near_best)
    saved = {name: getattr(align_module, name, None) for name in names}
    for name, value in zip(names, values, strict=True):
        if saved[name] is not None:
            setattr(align_module, name, value)
    try:
        yield
    finally:
        for name, old in saved.items():
            if old is not None:
                setattr(align_module, name, old)


def evaluate(alignment: Alignment, case: Case) -> Result:
    links = {(link.left, link.right) for link in alignment.links}
    return Result(
        score(alignment, case.gold),
        topic_score(links, case.gold),
        subject_score(links, case.gold, case.left_subjects, case.right_subjects),
    )


def results_by_setting(
    cases: Sequence[Case], settings: Sequence[Setting], across_languages: bool = False
) -> list[list[Result]]:
    """For every setting, the result on every case (score matrices computed once per weights)."""
    table: dict[Setting, list[Result]] = {}
    has_scores = hasattr(align_module, "pair_scores")
    weight_pairs = sorted({(s.family_weight, s.topic_weight) for s in settings})
    for family, topic in weight_pairs:
        with weights_set(family, topic):
            matrices = (
                [
                    align_module.pair_scores(c.left, c.right, **score_options(across_languages))
                    for c in cases
                ]
                if has_scores
                else []
            )
            for setting in settings:
                if (setting.family_weight, setting.topic_weight) != (family, topic):
                    continue
                row = []
                with linking_set(setting):
                    for index, case in enumerate(cases):
                        if has_scores:
                            alignment = align_module.links_from_scores(
                                case.left, case.right, matrices[index], setting.threshold
                            )
                        else:
                            alignment = align_module.align(
                                case.left, case.right, threshold=setting.threshold
                            )
                        row.append(evaluate(alignment, case))
                table[setting] = row
    return [table[s] for s in settings]


def score_options(across_languages: bool) -> dict[str, bool]:
    """Keyword arguments of ``pair_scores`` (the older engine has no ``across_languages``)."""
    return {"across_languages": True} if across_languages else {}


def pooled(results: Sequence[Result]) -> Result:
    pair, group, subject = Score(0, 0, 0), TopicScore(0, 0, 0, 0), TopicScore(0, 0, 0, 0)
    for result in results:
        pair, group, subject = pair + result.pair, group + result.group, subject + result.subject
    return Result(pair, group, subject)


LEVELS = ("pair", "group", "subject")


def describe(label: str, result: Result) -> str:
    parts = []
    for level in LEVELS:
        s = getattr(result, level)
        parts.append(f"{level} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
    return f"{label:46} " + " | ".join(parts)


def load_cases() -> list[Case]:
    catalogue = bundled_catalogue()
    docs = {i: analyze(bundled.load_bundled(i), catalogue) for i in bundled.bundled_ids()}
    cases = []
    for pair in read_gold(GOLD):
        left, right = docs[pair.left], docs[pair.right]
        name = f"{pair.left[:22]} {pair.right[:22]}"
        gold = gold_links(pair, left, right)
        cases.append(Case(name, left, right, gold, clause_subjects(left), clause_subjects(right)))
    return cases


def plain(cases: Sequence[Case], threshold: float, verbose: bool) -> None:
    results = []
    for case in cases:
        alignment = align_module.align(case.left, case.right, threshold=threshold)
        result = evaluate(alignment, case)
        results.append(result)
        print(describe(case.name, result))
        if verbose:
            predicted = {(k.left, k.right): k.score for k in alignment.links}
            left, right = case.left, case.right
            for lid, rid in sorted(set(predicted) - case.gold):
                labels = f"{left.clause(lid).label:18} {right.clause(rid).label:18}"
                print(f"   FP {labels} {predicted[(lid, rid)]:.2f}")
            for lid, rid in sorted(case.gold - set(predicted)):
                print(f"   FN {left.clause(lid).label:18} {right.clause(rid).label:18}")
    print(describe(f"ALL (threshold {threshold})", pooled(results)))


def lopo(
    cases: Sequence[Case],
    criterion: str,
    bootstrap: int,
    fixed_linking: bool,
    across_languages: bool = False,
    held: dict[str, float] | None = None,
) -> None:
    # The older engine has no near-best rule; --fixed-linking leaves it as it is.
    # Across languages only the threshold is chosen: the rest is the engine's, chosen above.
    fixed_linking = fixed_linking or across_languages
    tunable = hasattr(align_module, "NEAR_BEST") and not fixed_linking
    near_bests = NEAR_BESTS if tunable else (getattr(align_module, "NEAR_BEST", 1.0),)
    settings = [
        Setting(t, m, f, w, n)
        for f, w, m, t, n in itertools.product(
            FAMILY_WEIGHTS, TOPIC_WEIGHTS, MAX_LINKS, THRESHOLDS, near_bests
        )
    ]
    if not hasattr(similarity, "TOPIC_WEIGHT"):
        settings = [s for s in settings if s.topic_weight == 1.0]
    for name, value in (held or {}).items():
        settings = [s for s in settings if getattr(s, name) == value]
    if across_languages:
        engine = (align_module.MAX_LINKS, similarity.FAMILY_WEIGHT, similarity.TOPIC_WEIGHT)
        settings = [s for s in settings if (s.max_links, s.family_weight, s.topic_weight) == engine]
    table = results_by_setting(cases, settings, across_languages)

    def key(result: Result) -> float:
        return float(getattr(result, criterion).f1)

    held_out: list[Result] = []
    for index, case in enumerate(cases):
        train = [i for i in range(len(cases)) if i != index]
        best = max(
            range(len(settings)),
            key=lambda s: (key(pooled([table[s][i] for i in train])), -s),
        )
        held_out.append(table[best][index])
        print(describe(case.name, table[best][index]) + f"  [{settings[best]}]")
    total = pooled(held_out)
    print(describe("LOPO pooled over the ten held-out pairs", total))
    means = []
    for level in LEVELS:
        mean = [
            sum(getattr(getattr(r, level), m) for r in held_out) / len(held_out)
            for m in ("precision", "recall", "f1")
        ]
        means.append(f"{level} P={mean[0]:.3f} R={mean[1]:.3f} F1={mean[2]:.3f}")
    print(f"{'LOPO mean of the ten held-out pairs':46} " + " | ".join(means))
    best_all = max(range(len(settings)), key=lambda s: (key(pooled(table[s])), -s))
    print(f"chosen on all ten pairs: {settings[best_all]}")
    if bootstrap:
        interval(held_out, bootstrap)


def interval(held_out: Sequence[Result], rounds: int) -> None:
    """95 % bootstrap intervals of the pooled held-out scores, resampling the pairs."""
    rng = random.Random(11)
    samples: dict[str, list[float]] = {}
    for _ in range(rounds):
        drawn = pooled([rng.choice(held_out) for _ in held_out])
        for level in LEVELS:
            for short, measure in (("P", "precision"), ("R", "recall"), ("F1", "f1")):
                value = getattr(getattr(drawn, level), measure)
                samples.setdefault(f"{level} {short}", []).append(value)
    parts = []
    for name, values in samples.items():
        values.sort()
        low, high = values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]
        parts.append(f"{name} [{low:.2f}, {high:.2f}]")
    print(f"bootstrap 95 % ({rounds} resamples of the ten pairs): " + ", ".join(parts))


#: The settings chosen on the pair level before issue 11's third round, for comparison.
PAIR_LEVEL_SETTING = Setting(0.20, 2, 2.0, 1.0, 0.9)


@contextmanager
def topics_boosted(boosted: frozenset[str], weight: float) -> Iterator[None]:
    """Weigh the topics in ``boosted`` by ``weight`` on top of the engine's topic weight (bench
    only; run with that weight at 1)."""
    saved = similarity.TermWeights.weight

    def weigh(self: similarity.TermWeights, term: str, tf: int) -> float:
        boost = weight if term.startswith("#") and term[1:] in boosted else 1.0
        return saved(self, term, tf) * boost

    similarity.TermWeights.weight = weigh  # type: ignore[method-assign]
    try:
        yield
    finally:
        similarity.TermWeights.weight = saved  # type: ignore[method-assign]


def split_lexicon(cases: Sequence[Case], rounds: int) -> None:
    """Does the topic weight help topics it does not boost? ``rounds`` random halvings of the
    lexicon: the subject level is judged on one half only, and the engine's settings are run
    with every topic boosted, with only the other half boosted, and beside the pair-level
    settings (no boost). If boosting half A helped pairs on half B, the weight would be more
    than the lexicon's own reward."""
    from corpus.compare.topics import topic_names

    names = list(topic_names())
    engine = Setting(
        DEFAULT_THRESHOLD,
        align_module.MAX_LINKS,
        similarity.FAMILY_WEIGHT,
        similarity.TOPIC_WEIGHT,
        align_module.NEAR_BEST,
    )
    rng = random.Random(5)
    totals: dict[str, list[TopicScore]] = {}
    for _ in range(rounds):
        rng.shuffle(names)
        other, judged = frozenset(names[: len(names) // 2]), frozenset(names[len(names) // 2 :])
        judged_cases = [
            Case(
                c.name,
                c.left,
                c.right,
                c.gold,
                {k: v & judged for k, v in c.left_subjects.items()},
                {k: v & judged for k, v in c.right_subjects.items()},
            )
            for c in cases
        ]
        runs = (
            ("pair-level settings, no boost", PAIR_LEVEL_SETTING, frozenset[str]()),
            ("engine, the other half boosted", engine, other),
            ("engine, every topic boosted", engine, frozenset(names)),
        )
        for label, setting, boosted in runs:
            with topics_boosted(boosted, setting.topic_weight):
                unboosted = dataclasses.replace(setting, topic_weight=1.0)
                (results,) = results_by_setting(judged_cases, [unboosted])
            totals.setdefault(label, []).append(pooled(results).subject)
    for label, scores in totals.items():
        precision = sum(s.precision for s in scores) / len(scores)
        recall = sum(s.recall for s in scores) / len(scores)
        print(f"{label:40} subject on the judged half: P={precision:.3f} R={recall:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--lopo", action="store_true", help="leave-one-pair-out tuning")
    parser.add_argument("--criterion", choices=LEVELS, default="pair")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N")
    parser.add_argument(
        "--across-languages",
        action="store_true",
        help="score as if the two texts were in two languages (topics and formula families only)",
    )
    parser.add_argument(
        "--fixed-linking",
        action="store_true",
        help="keep the engine's near-best rule (tune threshold, links and weights only)",
    )
    parser.add_argument(
        "--split-lexicon",
        type=int,
        default=0,
        metavar="N",
        help="N random halvings of the topic lexicon: does the topic weight help the other half?",
    )
    parser.add_argument(
        "--hold",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="with --lopo, hold a setting (threshold, max_links, family_weight, topic_weight, "
        "near_best) at one value: what the others gain without it",
    )
    options: Any = parser.parse_args(argv)
    held = {}
    for item in options.hold:
        name, _, value = item.partition("=")
        if name not in Setting.__dataclass_fields__ or not value:
            parser.error(
                f"--hold {item}: NAME=VALUE, NAME one of {list(Setting.__dataclass_fields__)}"
            )
        held[name] = float(value)
    cases = load_cases()
    if options.split_lexicon:
        split_lexicon(cases, options.split_lexicon)
    elif options.lopo:
        lopo(
            cases,
            options.criterion,
            options.bootstrap,
            options.fixed_linking,
            options.across_languages,
            held,
        )
    else:
        plain(cases, options.threshold, options.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
