"""How a document's metadata is kept in a library's rows, the same in both back-ends.

Eight columns in one order (title, date, parties, kind, place, language, source, origins), the
parties joined as ``|Russia|Azerbaijan|``: a party filter is then one ``LIKE '%|Russia|%'``, which
cannot match inside another party's name; the origins of the title, date and parties as
``corpus.model.MetaOrigins.encode`` writes them (``date=signature;parties=title``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from corpus.model import DocumentMeta, MetaOrigins


def join_parties(parties: Sequence[str]) -> str:
    """The parties as one column (empty when there are none)."""
    return "|" + "|".join(parties) + "|" if parties else ""


def split_parties(parties: str) -> tuple[str, ...]:
    """The parties of a column made by :func:`join_parties`."""
    return tuple(p for p in parties.split("|") if p)


#: The columns' names, in their order (the server calls the source ``meta_source``).
COLUMNS = ("title", "date", "parties", "kind", "place", "language", "source", "origins")


def meta_columns(meta: DocumentMeta) -> tuple[str, str, str, str, str, str, str, str]:
    """The eight columns of ``meta``, in their order."""
    return (
        meta.title,
        meta.date,
        join_parties(meta.parties),
        meta.kind,
        meta.place,
        meta.language,
        meta.source,
        meta.origins.encode(),
    )


def meta_of(values: Sequence[Any]) -> DocumentMeta:
    """The metadata read back from the eight columns, in their order."""
    title, date, parties, kind, place, language, source, origins = values
    return DocumentMeta(
        title,
        date,
        split_parties(parties),
        kind,
        place,
        language,
        source,
        MetaOrigins.decode(origins),
    )
