"""How often the extracted date is the document's own, over a folder of texts with a manifest.

Run by hand, from the checkout's root (the texts are not shipped)::

    .venv/bin/python bench/eval_dates.py ../shared/texts [--half tune|held-out] [--quiet]

The manifest (``manifest.tsv``: columns ``file`` and ``date``) gives each text's true date. A text
that does not write that date anywhere (in figures or in words) states no date of its own: for it,
no date is the right answer and any date is wrong. Prints each miss (unless ``--quiet``), then
right / wrong / missing over the texts, and how many of the dates given were marked certain.

``--half`` keeps every other row of the manifest: ``tune`` the even rows (0, 2, ...), on which
the rules were tuned, ``held-out`` the odd ones, to check the rules on texts they were not
written for.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.text.dates import find_dates
from corpus.text.docdate import with_digits
from corpus.text.metadata import extract_meta, guess_language
from corpus.text.reading import folded_view


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="../shared/texts", type=Path)
    parser.add_argument("--half", choices=("tune", "held-out"))
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    with (args.folder / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if args.half:
        rows = rows[(args.half == "held-out") :: 2]
    right = wrong = missing = rightly_none = 0
    for row in rows:
        raw = (args.folder / row["file"]).read_text(encoding="utf-8")
        folded = folded_view(raw).text
        written = {d.iso for d in find_dates(with_digits(folded, guess_language(raw)))}
        truth = row["date"] if row["date"] in written else ""
        found = extract_meta(raw).date
        if found == truth:
            right += 1
            rightly_none += not found
            continue
        if found:
            wrong += 1
        else:
            missing += 1
        if not args.quiet:
            print(f"miss  {row['file']}: {found or '(none)'} instead of {truth or '(none)'}")
    print(
        f"{right} right ({rightly_none} of them rightly without a date), {wrong} wrong, "
        f"{missing} missing, of {len(rows)} texts"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
