"""The held-out check of issue 24: plain treaties published as Markdown and HTML pages read back.

Each text of a folder (with its ``manifest.tsv``: ``file``, ``title``, ``date``) is rendered by
``bench/pagegen.py`` as a static site's Markdown page and as an HTML page, each read back as the
program reads a file, and compared with the plain text as read:

* clauses: the share of the plain text's compared clauses (label and words) that the page gives
  the same, label included;
* chrome: how many compared clauses of the pages hold words of the page's furniture (none
  should);
* title and date: whether the page's read metadata are the manifest's.

The texts are split by their rank in the manifest: the even ones were looked at while the rules
were tuned, the odd ones were not (``--half tune|held-out|all``). Run by hand::

    .venv/bin/python bench/eval_pages.py /work/shared/texts --half held-out
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pagegen

from corpus.text.documents import load_file
from corpus.text.segment import segment


def clauses(raw: str) -> Counter[tuple[str, str]]:
    """The compared clauses of a text: (label, words) pairs."""
    return Counter(
        (clause.label, " ".join(raw[clause.start : clause.end].split()))
        for clause in segment(raw).body()
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--half", choices=("tune", "held-out", "all"), default="held-out")
    parser.add_argument("--verbose", action="store_true", help="list each text's misses")
    args = parser.parse_args()
    with (args.folder / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if args.half != "all":
        rows = rows[0 if args.half == "tune" else 1 :: 2]
    totals: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for row in rows:
            plain = (args.folder / row["file"]).read_text(encoding="utf-8")
            expected = clauses(plain)
            stem = Path(row["file"]).stem
            source = f"https://treaties.example.org/{stem}"
            pages = {
                "md": pagegen.markdown_page(plain, row["title"], row["date"], source),
                "html": pagegen.html_page(plain, row["title"], row["date"], source),
            }
            totals["plain"] += sum(expected.values())
            line = [f"{stem[:48]:48}", f"{sum(expected.values()):4}"]
            for kind, page in pages.items():
                path = folder / f"{stem}.{kind}"
                path.write_text(page, encoding="utf-8")
                document = load_file(path)
                got = clauses(document.raw)
                same = sum((expected & got).values())
                chrome = sum(
                    count
                    for (_, words), count in got.items()
                    if any(phrase in words for phrase in pagegen.CHROME_PHRASES)
                )
                title_ok = " ".join(document.meta.title.split()) == " ".join(row["title"].split())
                date_ok = document.meta.date == row["date"]
                totals[f"{kind} same"] += same
                totals[f"{kind} chrome"] += chrome
                totals[f"{kind} title"] += title_ok
                totals[f"{kind} date"] += date_ok
                line.append(f"{kind} {same:4} chrome {chrome} title {'ok' if title_ok else '--'}")
                line.append(f"date {'ok' if date_ok else '--'}")
                if args.verbose and same < sum(expected.values()):
                    for label, words in list((expected - got).elements())[:4]:
                        print(f"   {kind} misses {label}: {words[:90]}")
                    for label, words in list((got - expected).elements())[:4]:
                        print(f"   {kind} gives  {label}: {words[:90]}")
            print("  ".join(line))
    count = len(rows)
    print(f"\n{count} texts ({args.half}), {totals['plain']} compared clauses in the plain texts")
    for kind in ("md", "html"):
        share = totals[f"{kind} same"] / max(totals["plain"], 1)
        print(
            f"{kind:5} same clauses and labels {share:.1%}"
            f"  chrome clauses {totals[f'{kind} chrome']}"
            f"  title {totals[f'{kind} title']}/{count}  date {totals[f'{kind} date']}/{count}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
