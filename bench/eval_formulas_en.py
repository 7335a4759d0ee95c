"""How completely the catalogue finds the formula families of real English sentences.

Run by hand, from the checkout's root::

    .venv/bin/python bench/eval_formulas_en.py            # both parts
    .venv/bin/python bench/eval_formulas_en.py --misses   # and every miss and false find

Each line of ``tests/data/formulas_en/{development,held_out}.tsv`` is a real sentence with the
families it states (its README gives the sources). Per part it prints the families stated and
found ("found"), those found where the sentence does not state them ("false"), and how many
sentences come out exactly right.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.formulas.finder import bundled_catalogue, find_formulas

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "formulas_en"


def read_part(name: str) -> list[tuple[frozenset[str], str, str]]:
    """The (families stated, source, sentence) rows of one part."""
    rows = []
    for line in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        families, source, sentence = line.split("\t")
        stated = frozenset() if families == "-" else frozenset(families.split(","))
        rows.append((stated, source, sentence))
    return rows


def main(show: bool) -> int:
    catalogue = bundled_catalogue()
    for name in ("development", "held_out"):
        stated_total = found_total = false_total = exact = 0
        rows = read_part(name)
        for stated, source, sentence in rows:
            found = {hit.family for hit in find_formulas(sentence, catalogue)}
            stated_total += len(stated)
            found_total += len(stated & found)
            false_total += len(found - stated)
            exact += found == stated
            if show and found != stated:
                missed = ", ".join(sorted(stated - found)) or "-"
                extra = ", ".join(sorted(found - stated)) or "-"
                print(f"  [{name}] {source}: missed {missed}; false {extra}\n      {sentence}")
        print(
            f"{name}: found {found_total}/{stated_total}, false {false_total}, "
            f"sentences exactly right {exact}/{len(rows)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main("--misses" in sys.argv[1:]))
