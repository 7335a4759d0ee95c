"""Finding the formulas of diplomatic language in a declaration.

The formulas are data, not code: ``corpus/data/formulas.toml`` lists the families (id, French
and English labels, highlight colour, patterns, exclusions); its header documents the format.
Patterns run over the folded view of a text (:func:`corpus.text.normalize.normalize` with case and
accent folding), so they ignore case, accents, apostrophe style and line breaks; every hit is
mapped back to exact raw offsets, and ``hit.text == raw[hit.start:hit.end]``.

Typical use::

    catalogue = load_catalogue(default_user_catalogue_path())
    for message in catalogue.problems:  # a broken user catalogue: show it, carry on
        print(message)
    hits = find_formulas(document.raw, catalogue)
"""

from __future__ import annotations

from pathlib import Path

from corpus.formulas.catalogue import (
    Catalogue,
    CompiledFamily,
    bundled_catalogue,
    iter_matches,
    load_catalogue,
)
from corpus.model import FormulaFamily, FormulaHit
from corpus.text.anchors import TextAnchors, worth_it
from corpus.text.normalize import NormalizedText
from corpus.text.reading import folded_view

__all__ = [
    "FormulaFamily",
    "FormulaHit",
    "bundled_catalogue",
    "default_user_catalogue_path",
    "find_formulas",
    "fold_for_formulas",
    "load_catalogue",
]

USER_CATALOGUE_NAME = "formulas.toml"


def default_user_catalogue_path() -> Path:
    """Where the user's own catalogue lives: ``<user config dir>/vis-a-vis/formulas.toml``."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("vis-a-vis")) / USER_CATALOGUE_NAME


def fold_for_formulas(raw: str) -> NormalizedText:
    """The view the patterns run over (case- and accent-folded), to share between calls."""
    return folded_view(raw)


def find_formulas(
    raw: str, catalogue: Catalogue, normalized: NormalizedText | None = None
) -> list[FormulaHit]:
    """Every formula of ``catalogue`` in ``raw``.

    Args:
        raw: a document's raw text.
        catalogue: the families to look for.
        normalized: the folded view of ``raw`` (:func:`fold_for_formulas`), if already built.

    Returns:
        The hits sorted by (start, family), with raw offsets. Hits of different families may
        overlap; hits of one family never do (overlapping matches merge).

    Raises:
        ValueError: if ``normalized`` was not made from ``raw``.
    """
    if normalized is None:
        normalized = fold_for_formulas(raw)
    elif normalized.raw_length != len(raw):
        raise ValueError("the normalised text was not made from this raw text")
    text = normalized.text
    hits: list[FormulaHit] = []
    # Which anchors the text holds, shared by the patterns (once enough text was searched).
    # A catalogue whose anchors are shipped checks them from the first text on.
    families = catalogue.compiled()
    shipped = bool(families) and all(family.shipped for family in families)
    anchors = TextAnchors(text) if shipped or worth_it("formulas", len(text)) else None
    for family in families:
        for start, end in _family_spans(text, family, anchors):
            raw_start, raw_end = normalized.raw_span(start, end)
            hits.append(FormulaHit(family.family_id, raw_start, raw_end, raw[raw_start:raw_end]))
    hits.sort(key=lambda hit: (hit.start, hit.family, hit.end))
    return hits


def _family_spans(
    text: str, family: CompiledFamily, anchors: TextAnchors | None = None
) -> list[tuple[int, int]]:
    # A pattern runs only over a text that holds its anchors (``corpus.text.anchors``): a
    # text without "terroris" cannot hold "contre-terrorisme", and most patterns would otherwise
    # be tried at every position of most texts.
    spans: list[tuple[int, int]] = []
    for pattern in family.matching(0, anchors):
        for span in iter_matches(pattern, text):
            start, end = _strip(text, *span)
            if start < end:
                spans.append((start, end))
    if not spans:
        return []
    if family.sources[1]:
        excluded = [span for ex in family.matching(1, anchors) for span in iter_matches(ex, text)]
        spans = [
            (start, end)
            for start, end in spans
            if not any(start < x_end and x_start < end for x_start, x_end in excluded)
        ]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
