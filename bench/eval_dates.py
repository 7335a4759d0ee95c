"""How often the extracted date is the document's own, over a folder of texts with a manifest.

Run by hand, from the checkout's root (the texts are not shipped)::

    .venv/bin/python bench/eval_dates.py ../shared/texts

The manifest (``manifest.tsv``: columns ``file`` and ``date``) gives each text's true date; only the
texts that write that date somewhere (in figures or in words) count, as no rule can find a date a
text does not hold. Prints each miss, then "right/counted".
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.text.dates import find_dates
from corpus.text.docdate import with_digits
from corpus.text.metadata import extract_meta, guess_language
from corpus.text.reading import folded_view


def main(folder: Path) -> int:
    right = counted = 0
    with (folder / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        raw = (folder / row["file"]).read_text(encoding="utf-8")
        folded = folded_view(raw).text
        written = {d.iso for d in find_dates(with_digits(folded, guess_language(raw)))}
        if row["date"] not in written:
            continue
        counted += 1
        found = extract_meta(raw).date
        right += found == row["date"]
        if found != row["date"]:
            print(f"miss  {row['file']}: {found or '(none)'} instead of {row['date']}")
    print(f"{right}/{counted} texts that write their date get it right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/texts")))
