"""Speed and memory of the comparison engine (issue: comparison engine, "Speed").

Run: .venv/bin/python bench/bench_align.py [--sizes 250 500 1000 2000]

Prints, for each case, clauses per side, seconds per stage and the peak resident memory of a
fresh process doing only that case:
* the two largest bundled declarations (target: under 0.2 s of computation), and the whole
  ``main.py align`` command, wall clock (target: under 1 s);
* synthetic pairs of N clauses: real clauses of the bundled declarations and ../shared/texts
  (or tests/data when ../shared is absent), the right side shuffled with a third replaced;
* the 1947 peace treaty with Italy against itself, its paragraphs shuffled.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.compare.align import align  # noqa: E402
from corpus.compare.analysis import analyze  # noqa: E402
from corpus.compare.phrases import shared_phrases  # noqa: E402
from corpus.formulas.finder import bundled_catalogue  # noqa: E402
from corpus.model import Document, DocumentMeta  # noqa: E402
from corpus.text import bundled  # noqa: E402
from corpus.text.segment import segment  # noqa: E402

SHARED = ROOT.parent / "shared" / "texts"
TREATY = "nl-bwb__traite-de-paix-avec-italie-1947.txt"


def _texts() -> list[str]:
    folder = SHARED if SHARED.is_dir() else ROOT / "tests" / "data"
    texts = [bundled.load_bundled(i).raw for i in bundled.bundled_ids()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return texts


def _clause_pool() -> list[str]:
    pool = []
    for raw in _texts():
        for clause in segment(raw).clauses:
            text = " ".join(raw[clause.start : clause.end].split())
            if 80 <= len(text) <= 600:
                pool.append(text)
    return sorted(set(pool))


def _document(name: str, clauses: list[str]) -> Document:
    raw = "\n\n".join(f"{n}. {text}" for n, text in enumerate(clauses, start=1)) + "\n"
    return Document(doc_id=name, path=name, raw=raw, meta=DocumentMeta(language="fr"))


def synthetic_pair(size: int, seed: int = 7) -> tuple[Document, Document]:
    rng = random.Random(seed)
    pool = _clause_pool()
    chosen = rng.sample(pool, size)
    others = [c for c in pool if c not in set(chosen)]
    right = list(chosen)
    for index in rng.sample(range(size), size // 3):
        right[index] = rng.choice(others)
    rng.shuffle(right)
    return _document(f"synthetic-{size}-a", chosen), _document(f"synthetic-{size}-b", right)


def treaty_pair() -> tuple[Document, Document]:
    folder = SHARED if SHARED.is_dir() else ROOT / "tests" / "data"
    raw = (folder / TREATY).read_text(encoding="utf-8")
    paragraphs = [p for p in raw.split("\n\n") if p.strip()]
    shuffled = list(paragraphs)
    random.Random(3).shuffle(shuffled)
    meta = DocumentMeta(language="fr")
    return (
        Document("treaty", TREATY, raw, meta),
        Document("treaty-shuffled", TREATY, "\n\n".join(shuffled), meta),
    )


def bundled_pair() -> tuple[Document, Document]:
    docs = [bundled.load_bundled(i) for i in bundled.bundled_ids()]
    docs.sort(key=lambda d: len(d.raw), reverse=True)
    return docs[0], docs[1]


def measure(case: str) -> dict[str, object]:
    """Run one case in this process and report its figures."""
    if case == "bundled":
        left, right = bundled_pair()
    elif case == "treaty":
        left, right = treaty_pair()
    else:
        left, right = synthetic_pair(int(case))
    catalogue = bundled_catalogue()
    align(
        analyze(bundled.load_bundled(bundled.bundled_ids()[0]), catalogue),
        analyze(bundled.load_bundled(bundled.bundled_ids()[1]), catalogue),
    )
    start = time.perf_counter()
    a, b = analyze(left, catalogue), analyze(right, catalogue)
    analysed = time.perf_counter()
    alignment = align(a, b)
    aligned = time.perf_counter()
    phrases = shared_phrases(
        left.raw,
        a.text.tokens,
        right.raw,
        b.text.tokens,
        left_formulas=a.formulas,
        right_formulas=b.formulas,
    )
    done = time.perf_counter()
    return {
        "case": case,
        "chars": [len(left.raw), len(right.raw)],
        "clauses": [len(a.clauses), len(b.clauses)],
        "analyse_s": round(analysed - start, 3),
        "align_s": round(aligned - analysed, 3),
        "phrases_s": round(done - aligned, 3),
        "total_s": round(done - start, 3),
        "pairs": len(alignment.links),
        "phrases": len(phrases),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="*", default=["250", "500", "1000", "2000"])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.case:
        print(json.dumps(measure(options.case)))
        return 0
    rows = []
    for case in ["bundled", *options.sizes, "treaty"]:
        out = subprocess.run(
            [sys.executable, __file__, "--case", case], capture_output=True, text=True, check=True
        )
        rows.append(json.loads(out.stdout))
        row = rows[-1]
        sizes = f"clauses {row['clauses'][0]:>5} x {row['clauses'][1]:<5} "
        sizes += f"chars {row['chars'][0]:>7} x {row['chars'][1]:<7}"
        times = f"analyse {row['analyse_s']:6.3f} s align {row['align_s']:6.3f} s "
        times += f"phrases {row['phrases_s']:6.3f} s total {row['total_s']:6.3f} s"
        counts = f"pairs {row['pairs']:>5} phrases {row['phrases']:>5}"
        memory = f"peak RSS {row['peak_rss_mb']:6.1f} MB"
        print(f"{row['case']:>8}: {sizes} {times}  {counts} {memory}", flush=True)
    walls = []
    for _ in range(5):
        start = time.perf_counter()
        command = [sys.executable, str(ROOT / "main.py"), "align", "moscou", "chine", "--json"]
        subprocess.run(command, capture_output=True, check=True)
        walls.append(time.perf_counter() - start)
    print(
        f"main.py align (two largest bundled texts), wall: median {sorted(walls)[2]:.3f} s, "
        f"best {min(walls):.3f} s over 5 runs"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
