"""Speed and memory of ``align`` across languages beside ``align`` in one language (issue 23).

Target: ``align`` of a French and an English text of about 100 clauses each takes at most twice
a one-language ``align`` of the same size, with at most 100 MB more memory.

The texts: the first 100 compared clauses of the Chicago convention's French and English texts
(``bench/data/xlang``: versions of one text, so the monotone path is searched too), and of the
French text against the first 100 of the 1907 Hague convention (French, from ../shared/texts, or
the English text itself when ../shared is absent: then the one-language case is English
against English). Each run is a fresh process doing the whole comparison (analysis, pairing,
shared phrases), as ``main.py align`` does; the two cases alternate, five runs each, and the
medians are compared (the host's load drifts from one minute to the next). A last figure:
opening the cross-language pair again in the same process (the 3-gram bags kept per text).

Run: .venv/bin/python bench/bench_across_languages.py
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data" / "xlang"
_HAGUE = "nl-bwb__convention-reglement-pacifique-conflits-internationaux-1907.txt"
#: ../shared beside the checkout (the main checkout), or a level higher (a worktree).
HAGUE = next(
    (
        folder / "shared" / "texts" / _HAGUE
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "texts" / _HAGUE).is_file()
    ),
    ROOT.parent / "shared" / "texts" / _HAGUE,
)
CLAUSES = 100
#: The convention's texts are cut at the end of this article (about 100 clauses each).
ARTICLE = "35"


def _cut(path: Path, name: str, article: str | None = None) -> object:
    """The text up to the end of its ``CLAUSES``-th compared clause, or of the last clause of
    ``article`` (a label's opening, "Article 12"), as a document."""
    from corpus.compare.analysis import analyze
    from corpus.formulas.finder import bundled_catalogue
    from corpus.model import Document
    from corpus.text.documents import load_file

    document = load_file(path)
    clauses = analyze(document, bundled_catalogue()).clauses
    end = clauses[min(CLAUSES, len(clauses)) - 1].end
    if article is not None:
        end = max(c.end for c in clauses if _article(c.label) == article)
    return Document(name, name, document.raw[:end] + "\n", document.meta)


def _article(label: str) -> str:
    words = label.replace(",", " ").split()
    if len(words) < 2 or words[0] != "Article":
        return ""
    return "1" if words[1] in ("premier", "1er") else words[1]


def measure(case: str) -> dict[str, object]:
    from corpus.compare.analysis import analyze
    from corpus.compare.comparison import compare_analyzed
    from corpus.formulas.finder import bundled_catalogue

    # Both texts of the convention up to the same article, about 100 clauses each.
    french = _cut(DATA / "chicago-convention-1944.fr.txt", "chicago.fr", ARTICLE)
    english = _cut(DATA / "chicago-convention-1944.en.txt", "chicago.en", ARTICLE)
    if case == "across":
        other = english
    elif HAGUE.is_file():
        other = _cut(HAGUE, "hague.fr")
    else:  # one language: English against English
        french, other = english, _cut(DATA / "bit-BWBV0001097.en.txt", "bit.en")
    catalogue = bundled_catalogue()
    start = time.perf_counter()
    left, right = analyze(french, catalogue), analyze(other, catalogue)  # type: ignore[arg-type]
    comparison = compare_analyzed(left, right, catalogue)
    first = time.perf_counter() - start
    start = time.perf_counter()
    again = compare_analyzed(analyze(french, catalogue), analyze(other, catalogue), catalogue)  # type: ignore[arg-type]
    second = time.perf_counter() - start
    assert again.alignment == comparison.alignment
    return {
        "case": case,
        "clauses": [len(left.clauses), len(right.clauses)],
        "relation": comparison.relation,
        "basis": comparison.basis,
        "pairs": len(comparison.alignment.links),
        "seconds": round(first, 3),
        "again_s": round(second, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    if options.case:
        print(json.dumps(measure(options.case)))
        return 0
    rows: dict[str, list[dict[str, object]]] = {"same": [], "across": []}
    for _ in range(options.runs):
        for case in ("same", "across"):
            out = subprocess.run(
                [sys.executable, __file__, "--case", case],
                capture_output=True,
                text=True,
                check=True,
            )
            rows[case].append(json.loads(out.stdout))
    medians = {}
    for case, runs in rows.items():
        seconds = sorted(float(r["seconds"]) for r in runs)  # type: ignore[arg-type]
        again = sorted(float(r["again_s"]) for r in runs)  # type: ignore[arg-type]
        memory = max(float(r["peak_rss_mb"]) for r in runs)  # type: ignore[arg-type]
        medians[case] = (seconds[len(seconds) // 2], memory)
        row = runs[0]
        print(
            f"{case:>6}: clauses {row['clauses']} {row['basis']}/{row['relation']} "
            f"pairs {row['pairs']}: "
            f"median {seconds[len(seconds) // 2]:.3f} s (best {seconds[0]:.3f}), opened again "
            f"{again[len(again) // 2]:.3f} s, peak RSS {memory:.1f} MB"
        )
    ratio = medians["across"][0] / medians["same"][0]
    extra = medians["across"][1] - medians["same"][1]
    print(f"across / same: {ratio:.2f}x time (target <= 2), {extra:+.1f} MB (target <= 100)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
