"""Check that two checkouts build the same folder index: same documents, same search hits.

Run by hand from the checkout's root, giving another checkout of the program to compare with
(for example the commit before a change to indexing, unpacked with ``git archive``)::

    git archive main | tar -x -C /tmp/reference
    .venv/bin/python bench/check_index_identical.py /tmp/reference [FOLDER ...]

Each checkout indexes the same folders (by default ``tests/data/texts`` and, when present, the
shared collection ``../shared/texts``) with ``search --corpus``'s own ``folder_index`` in a fresh
cache, in a process of its own; then both dump, per document, every stored column (the search view
unpacked, the offset map's bytes), the FTS columns made from the view (text, stems, joined words)
and the formula hits; and per query (phrases, prefixes, NEAR, the stemmed mode, every
``family:`` of the catalogue, each filter), every hit with its raw offsets. The two dumps must be
equal; the first differences are printed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: What each query is run with: (text, stemmed, party, language, from, to).
QUERIES: tuple[tuple[str, bool, str, str, str, str], ...] = (
    ("intégrité territoriale", False, "", "", "", ""),
    ("l'intégrité territoriale", False, "", "", "", ""),
    ("souveraineté", False, "", "", "", ""),
    ("non ingérence", False, "", "", "", ""),
    ("souverain*", False, "", "", "", ""),
    ("Hautes Parties contractantes", False, "", "", "", ""),
    ("territorial integrity", False, "", "", "", ""),
    ("NEAR(souveraineté frontières, 10)", False, "", "", "", ""),
    ("NEAR(paix amitié, 5)", False, "", "", "", ""),
    ("frontière", True, "", "", "", ""),
    ("réaffirme", True, "", "", "", ""),
    ("traité de paix", False, "", "fr", "", ""),
    ("peace", False, "", "en", "", ""),
    ("paix", False, "France", "", "", ""),
    ("paix", False, "", "", "1900", "1950"),
    ("amitié", False, "", "", "1800-01-01", "1939-12-31"),
)

DUMP = r"""
import json, sys
from pathlib import Path
root, out, cache, folders = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
sys.path.insert(0, root)
from app.cli.search import folder_index
from corpus.formulas.finder import bundled_catalogue
from corpus.library.hits import Filters
from corpus.library.prepared import fts_columns
from corpus.library.query import parse_query
from corpus.library.searchview import unpack_view
queries = json.loads(sys.stdin.read())
queries += [[f"family:{f}", False, "", "", "", ""] for f in bundled_catalogue().ids]
result = {}
for folder in folders:
    index, sources = folder_index(Path(folder), Path(cache))
    documents = {}
    rows = index.fetch(
        "SELECT id, key, path, stamp, title, date, parties, kind, place, language, source,"
        " raw, view, offsets FROM documents ORDER BY key"
    )
    for row in rows:
        doc, key, *columns, view, offsets = row
        view = unpack_view(view)
        formulas = index.fetch(
            "SELECT family, start, end FROM formulas WHERE doc = ? ORDER BY start, family, end",
            (doc,),
        )
        documents[key] = {
            "columns": columns,
            "view": view,
            "offsets": offsets.hex(),
            "fts": list(fts_columns(view, columns[7])),
            "formulas": [list(f) for f in formulas],
        }
    hits = {}
    for text, stemmed, party, language, start, end in queries:
        found = index.search(
            parse_query(text, stemmed=stemmed), Filters(party, language, start, end)
        )
        hits[json.dumps([text, stemmed, party, language, start, end])] = [
            [h.path, h.start, h.end, h.title, h.date, h.snippet] for h in found.hits
        ]
    index.close()
    result[folder] = {"documents": documents, "hits": hits, "sources": sources}
Path(out).write_text(json.dumps(result, ensure_ascii=False, sort_keys=True), encoding="utf-8")
"""


def dump(root: Path, folders: list[Path], work: Path, name: str) -> dict[str, object]:
    """What the checkout at ``root`` indexes and finds in ``folders`` (a fresh cache)."""
    out = work / f"{name}.json"
    subprocess.run(
        [sys.executable, "-c", DUMP, str(root), str(out), str(work / f"cache-{name}")]
        + [str(f) for f in folders],
        input=json.dumps(QUERIES),
        text=True,
        check=True,
        cwd=root,
    )
    loaded: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def differences(left: object, right: object, where: str = "") -> list[str]:
    """Where two JSON values differ (paths into them), the first few."""
    if isinstance(left, dict) and isinstance(right, dict):
        found = [f"{where}/{k}: only on one side" for k in sorted(set(left) ^ set(right))]
        for key in sorted(set(left) & set(right)):
            found += differences(left[key], right[key], f"{where}/{key}")
        return found
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        found = []
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            found += differences(a, b, f"{where}[{i}]")
        return found
    return [] if left == right else [f"{where}: {str(left)[:200]!r} != {str(right)[:200]!r}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="the other checkout's root")
    parser.add_argument("folders", type=Path, nargs="*")
    options = parser.parse_args()
    shared = [p / "shared/texts" for p in (ROOT.parent, ROOT.parent.parent)]
    folders = [f.resolve() for f in options.folders] or [
        ROOT / "tests/data/texts",
        *[f for f in shared if f.is_dir()][:1],
    ]
    with tempfile.TemporaryDirectory(prefix="vis-a-vis-identical-") as work:
        ours = dump(ROOT, folders, Path(work), "ours")
        theirs = dump(options.reference.resolve(), folders, Path(work), "reference")
    found = differences(theirs, ours)
    for folder, content in ours.items():
        assert isinstance(content, dict)
        hits = sum(len(h) for h in content["hits"].values())
        formulas = sum(len(d["formulas"]) for d in content["documents"].values())
        print(
            f"{folder}: {len(content['documents'])} documents, {formulas} formula hits, "
            f"{len(content['hits'])} queries, {hits} search hits"
        )
    if found:
        print(f"{len(found)} difference(s):", *found[:20], sep="\n  ")
        return 1
    print("identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
