"""A stand-in for the issue's unseen charter: how many topics charter-like texts pair with the
bundled 2026 charter.

The held-out check pairs a charter we have never seen with the bundled Azerbaijan-United States
charter and counts the topics paired (at least 9 of 11 wanted). Without that text or its gold,
this proxy takes the strategic-partnership statements and charters of ``tests/data`` (all in
English, so across languages) and counts, for each:

- the topics to pair: topics of ``corpus/data/topics.toml`` that are the main subject (most topic
  words) of at least one body clause on each side;
- the topics paired: those for which at least one proposed pair joins two clauses both mainly
  about it.

It is a proxy, not the held-out figure: the topics come from our own lexicon, not from a reader.

Run: .venv/bin/python bench/eval_charter_proxy.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.compare.align import align
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.topics import topic_counts
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled
from corpus.text.documents import load_file

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CHARTER = "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique"
TEXTS = (
    "whitehouse__us-ukraine-strategic-partnership-2021.txt",
    "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
    "texts/whitehouse__us-indonesia-comprehensive-strategic-partnership-2023.txt",
    "texts/whitehouse__us-mongolia-strategic-third-neighbor-partnership-2023.txt",
    "texts/whitehouse__asean-us-comprehensive-strategic-partnership-2022.txt",
    "texts/whitehouse__jerusalem-us-israel-strategic-partnership-declaration-2022.txt",
    "texts/whitehouse__c5plus1-leaders-joint-statement-2023.txt",
    "texts/whitehouse__new-atlantic-charter-2021.txt",
)


def main_subjects(document: AnalyzedDocument) -> dict[str, frozenset[str]]:
    """Each body clause's main topics: those with the most words in it (none if it has none)."""
    subjects = {}
    for clause in document.clauses:
        counts = topic_counts(document.clause_tokens(clause))
        most = max(counts.values(), default=0)
        subjects[clause.clause_id] = frozenset(t for t, n in counts.items() if n == most > 0)
    return subjects


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true", help="list the topics missed")
    options = parser.parse_args(argv)
    catalogue = bundled_catalogue()
    charter = analyze(bundled.load_bundled(CHARTER), catalogue)
    charter_subjects = main_subjects(charter)
    wanted_total = paired_total = links_total = on_subject_total = 0
    for name in TEXTS:
        other = analyze(load_file(DATA / name), catalogue)
        subjects = main_subjects(other)
        wanted = frozenset().union(*subjects.values()) & frozenset().union(
            *charter_subjects.values()
        )
        links = align(other, charter).links
        joined = [subjects[k.left] & charter_subjects[k.right] for k in links]
        paired = wanted & frozenset().union(*joined)
        on_subject = sum(1 for shared in joined if shared)
        print(
            f"{Path(name).stem[12:62]:50} {len(paired):2} of {len(wanted):2} topics paired, "
            f"{on_subject} of {len(links)} pairs on a shared main topic"
        )
        if options.verbose and wanted - paired:
            print(f"{'':50} missed: {', '.join(sorted(wanted - paired))}")
        wanted_total += len(wanted)
        paired_total += len(paired)
        links_total += len(links)
        on_subject_total += on_subject
    print(
        f"{'all (proxy, not the held-out figure)':50} {paired_total} of {wanted_total} topics "
        f"paired ({paired_total / wanted_total:.2f}), {on_subject_total} of {links_total} pairs "
        "on a shared main topic"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
