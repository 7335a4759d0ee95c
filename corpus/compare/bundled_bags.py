"""The term bags of the bundled declarations' clauses, shipped with the program.

Term weights are learned from every clause of the bundled declarations plus the two documents
compared (``corpus.compare.align.corpus_weights``). Analysing the five bundled texts took longer
than the comparison itself, in every process, for a result that only changes with the texts or
the engine. So it is computed once, here, and shipped as ``corpus/data/bundled_bags.json``,
stamped with the bundled texts' digest; a test recomputes it and fails when the engine changed
without the file (refresh it with ``.venv/bin/python -m corpus.compare.bundled_bags``). A file
whose stamp does not match the texts is ignored and the bags are computed.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from corpus.atomicfile import write_atomic
from corpus.compare.analysis import analyze
from corpus.compare.similarity import clause_terms
from corpus.datafiles import data_file
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled

FILE_NAME = "bundled_bags.json"

Bags = tuple[tuple[str, tuple[Counter[str], ...]], ...]


def stamp() -> str:
    """The digest of the bundled texts (ids and contents) the shipped bags were made from."""
    digest = hashlib.sha256()
    for doc_id in bundled.bundled_ids():
        digest.update(doc_id.encode("utf-8") + b"\0")
        digest.update(bundled.load_bundled(doc_id).raw.encode("utf-8") + b"\0")
    return digest.hexdigest()


def compute() -> Bags:
    """Analyse the bundled declarations and bag each compared clause's terms."""
    catalogue = bundled_catalogue()
    result = []
    for doc_id in bundled.bundled_ids():
        analysed = analyze(bundled.load_bundled(doc_id), catalogue)
        bags = tuple(
            clause_terms(analysed.clause_tokens(c), analysed.clause_families(c))
            for c in analysed.clauses
        )
        result.append((doc_id, bags))
    return tuple(result)


def shipped() -> Bags | None:
    """The bags shipped with the program, or ``None`` if absent or made from other texts."""
    source = data_file(FILE_NAME)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("stamp") != stamp():
        return None
    return tuple(
        (doc_id, tuple(Counter(bag) for bag in bags)) for doc_id, bags in data["documents"]
    )


def as_json(bags: Bags) -> str:
    """The file's text for ``bags``, stamped with the bundled texts' digest."""
    documents = [
        [doc_id, [dict(sorted(bag.items())) for bag in bags_of]] for doc_id, bags_of in bags
    ]
    data = {"stamp": stamp(), "documents": documents}
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> int:
    """Refresh the shipped file from the engine as it is."""
    target = data_file(FILE_NAME)
    write_atomic(target, as_json(compute()).encode("utf-8"))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
