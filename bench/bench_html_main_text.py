"""The main text of saved web pages: our lxml reader against trafilatura and readability-lxml.

For each page, what must be read (sentences of the text) and what must not (the site's chrome):
the share of both that each reader gets right, and its time. The pages:

* treaties from a folder of plain texts with its ``manifest.tsv`` (``/work/shared/texts``),
  published by ``bench/pagegen.py`` as a government site would: header, navigation, cookie
  notice, ``<br>`` inside paragraphs, footer;
* real saved pages (a folder of ``.html`` files, e.g. trafilatura's ``tests/cache`` at commit
  e90b0ef51ab0), checked with the sentences of :data:`REAL_PAGES` (from trafilatura's own
  ``tests/realworld_tests.py``).

Run by hand, from the checkout's root, in an environment where the two libraries are installed
(they are not dependencies: ``pip install trafilatura==2.3.1 readability-lxml==0.9`` in a
virtual environment of its own)::

    PYTHONPATH=. /tmp/venv/bin/python bench/bench_html_main_text.py /work/shared/texts PAGES_DIR

"Before" is this checkout's ``main`` branch's reader, read with ``git show``.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pagegen

from corpus.text import htmltext

#: Real saved pages: sentences of their text, and words of their chrome.
REAL_PAGES = {
    "bmjv.de.konsum.html": (
        ["Anbieter von Fernwärme haben innerhalb ihres Leitungsnetzes ein Monopol"],
        ["Impressum"],
    ),
    "stuttgart.de.html": (
        ["Das Bohnenviertel entstand", "sich herrlich entspannen."],
        ["Nützliche Links", "Mehr zum Thema"],
    ),
    "brandenburg.de.homo-brandenburgensis.html": (
        ["Stilles Rackern, statt lautem Deklamieren.", "Watt jibt’s n hier zu lachen?"],
        ["Bürgerbeteiligung", "Anmelden", "Schlagworte"],
    ),
    "psl.eu.luniversite.html": (
        ["Le décret n°2019-1130 validant", "restructurant à cet effet »."],
        [" utilise des cookies pour", "En savoir plus"],
    ),
    "reuters.com.parasite.html": (
        ["Despite an unknown cast,", "Additional reporting by"],
        ["4 Min Read", "Factbox: Key winners"],
    ),
}

Reader = Callable[[bytes], str]


def _before() -> Reader:
    """The reader of the ``main`` branch."""
    source = subprocess.run(
        ["git", "show", "main:corpus/text/htmltext.py"], capture_output=True, text=True, check=True
    ).stdout
    module = types.ModuleType("htmltext_before")
    exec(compile(source, "htmltext_before", "exec"), module.__dict__)
    reader: Reader = module.html_text
    return reader


def readers() -> dict[str, Reader]:
    found: dict[str, Reader] = {"lxml before": _before(), "lxml now": htmltext.html_text}
    try:
        import trafilatura

        def with_trafilatura(data: bytes) -> str:
            return trafilatura.extract(data.decode("utf-8", "replace"), favor_recall=True) or ""

        found["trafilatura"] = with_trafilatura
    except ImportError:
        print("trafilatura not installed: left out", file=sys.stderr)
    try:
        import lxml.html
        from readability import Document as Readable

        def with_readability(data: bytes) -> str:
            summary = Readable(data.decode("utf-8", "replace")).summary()
            return str(lxml.html.fromstring(summary).text_content())

        found["readability"] = with_readability
    except ImportError:
        print("readability-lxml not installed: left out", file=sys.stderr)
    return found


def _squash(text: str) -> str:
    return " ".join(text.split())


def pages(texts: Path | None, saved: Path | None) -> list[tuple[str, bytes, list[str], list[str]]]:
    """(name, bytes, what must be read, what must not) of every page."""
    found: list[tuple[str, bytes, list[str], list[str]]] = []
    if texts is not None:
        with (texts / "manifest.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                plain = (texts / row["file"]).read_text(encoding="utf-8")
                page = pagegen.html_page(plain, row["title"], row["date"], "https://x.org/t")
                paragraphs = pagegen.paragraphs(plain, row["title"])
                # Every paragraph of the text must be read, headings and points included.
                found.append((row["file"], page.encode(), paragraphs, list(pagegen.CHROME_PHRASES)))
    if saved is not None:
        for name, (keep, drop) in REAL_PAGES.items():
            path = saved / name
            if path.is_file():
                found.append((name, path.read_bytes(), keep, drop))
    return found


def main() -> int:
    texts = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] else None
    saved = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    chosen = readers()
    every = pages(texts, saved)
    print(f"{len(every)} pages")
    print(f"{'reader':14} {'text kept':>10} {'chrome dropped':>15} {'ms/page':>8}")
    for name, reader in chosen.items():
        kept = wanted = dropped = unwanted = 0
        elapsed = 0.0
        for _page, data, keep, drop in every:
            start = time.perf_counter()
            text = _squash(reader(data))
            elapsed += time.perf_counter() - start
            kept += sum(_squash(sentence) in text for sentence in keep)
            wanted += len(keep)
            dropped += sum(phrase not in text for phrase in drop)
            unwanted += len(drop)
        print(
            f"{name:14} {kept / wanted:10.1%} {dropped / unwanted:15.1%} "
            f"{1000 * elapsed / len(every):8.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
