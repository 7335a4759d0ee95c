"""Segment a declaration into sections and clauses, exact to the raw character.

Blocks (see ``corpus.text.blocks``) become clauses: every numbered point, bullet and paragraph is a
clause of its own; headings become sections. Front matter (see ``corpus.text.frontmatter``) is kept
as clauses flagged ``front_matter`` so a reader can still see it; chrome and titles are not clauses.

Long paragraphs are split into sentences by one rule: a paragraph or point of more than
``SPLIT_MIN_CHARS`` characters is cut at its sentence ends (``corpus.text.sentences``), and a
sentence shorter than ``SENTENCE_MIN_CHARS`` stays with the one before it; each piece is a clause
of kind ``sentence`` labelled after its paragraph: "4. (2)".

A preamble that strings considerations together is cut at each of them first (see
``CONSIDERATION``): when a long paragraph opens with a participle or adjective of consideration
("Ayant examiné", "Considérant", "Recognizing", "Reaffirming", "Convaincus"...), it is cut before
every later one that follows a comma or a semicolon (", s'appuyant sur ...", ", se fondant sur
...", "; Reaffirming ..."). Each consideration has its own counterpart elsewhere, and a 2,000
character preamble would otherwise pair with anything on the strength of its size.

Formal lines get kinds of their own (``corpus.model.FORMAL_KINDS``, rules in
``corpus.text.formal``), so that they pair only with their like: lead-ins ("Les Parties :"),
closing lines ("Fait à Moscou, le ..."), signatures and title lines left among the clauses.

Labels are unique within a document. A label that would repeat (an "Article 1" in the treaty and
in each of its annexes, "–1" under two paragraphs) is qualified by its part ("Annexe VI, Article
1"), then by the paragraph a bullet belongs to ("¶6 –1 (2)"); a label still repeated (Markdown
lists numbered "1." throughout) takes its rank among its namesakes ("1. #2"). The same text always
gets the same labels.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from corpus.model import Clause, ClauseKind, Section
from corpus.text.blocks import HEADING_KINDS, Block, BlockKind
from corpus.text.closing_words import SIGNATURE_REACH_CLAUSES
from corpus.text.formal import formal_kind
from corpus.text.frontmatter import CLIPPING_DATE, find_layout
from corpus.text.reading import text_blocks
from corpus.text.sentences import sentence_spans

SPLIT_MIN_CHARS = 400
SENTENCE_MIN_CHARS = 80

#: The openings of a consideration in a preamble, French then English: participles ("ayant
#: examiné", "s'appuyant sur", "réaffirmant") and the adjectives of the same use ("convaincus",
#: "conscients", "désireux"), matched case-insensitively at a word start.
CONSIDERATION = re.compile(
    r"(?:ayant|s[’']appuyant|se\s+fondant|fondés?\s+sur|marquant|sachant|exprimant|réaffirmant|"
    r"affirmant|considérant|reconnaissant|rappelant|soulignant|notant|prenant|tenant\s+compte|"
    r"constatant|se\s+félicitant|saluant|accueillant|confirmant|guidés|animés|désireux|"
    r"convaincus|conscients|résolus|déterminés|attachés|"
    r"recogni[sz]ing|reaffirming|affirming|recalling|noting|considering|welcoming|acknowledging|"
    r"emphasi[sz]ing|stressing|underlining|underscoring|expressing|building\s+on|bearing\s+in|"
    r"taking\s+into|guided\s+by|convinced|mindful|determined|desiring|committed|conscious)\b",
    re.IGNORECASE,
)
_CONSIDERATION_CUT = re.compile(r"[,;]\s+(?=" + CONSIDERATION.pattern + ")", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Segmentation:
    """The clauses and sections of one document, in document order."""

    clauses: tuple[Clause, ...]
    sections: tuple[Section, ...]

    def body(self) -> tuple[Clause, ...]:
        """The clauses of the declaration itself, front matter left out."""
        return tuple(clause for clause in self.clauses if not clause.front_matter)

    def section(self, section_id: str | None) -> Section | None:
        return next((s for s in self.sections if s.section_id == section_id), None)


@dataclass
class _Unit:
    """A clause before its final label and id are known."""

    kind: ClauseKind
    start: int
    end: int
    section: str | None
    base: str  # the label of the paragraph, point or bullet
    group: tuple[object, ...]  # units of the same group share a paragraph counter
    front: bool = False
    part: str = ""  # the label of the enclosing top-level part ("Annexe VI"), if any
    owner: int | None = None  # for a bullet, the index of the paragraph unit it hangs from
    point: int | None = None  # for a paragraph of a numbered point, the index of the point's unit


@dataclass
class _State:
    """Where the walk through the blocks stands."""

    levels: dict[int, Section] = field(default_factory=dict)
    article: str = ""
    article_key: int = 0
    point: str = ""
    point_key: int = 0
    bullets: int = 0
    paragraphs: dict[tuple[object, ...], int] = field(default_factory=dict)

    @property
    def section(self) -> Section | None:
        for level in (3, 2, 1):
            if level in self.levels:
                return self.levels[level]
        return None


def segment(raw: str) -> Segmentation:
    """Find the sections and clauses of a raw text."""
    blocks = text_blocks(raw)
    layout = find_layout(blocks, len(raw))
    sections: list[Section] = []
    units: list[_Unit] = []
    state = _State()
    owner: int | None = None
    point: int | None = None
    for index, block in enumerate(blocks):
        if (
            index in layout.chrome_blocks
            or index in layout.title_blocks
            or block.kind is BlockKind.CHROME
        ):
            continue
        front = index < layout.body_start
        if block.kind in HEADING_KINDS and not front:
            _enter_heading(block, state, sections, units)
            owner = None
            continue
        unit = _make_unit(block, state, front)
        if unit.kind is ClauseKind.BULLET:
            unit.owner = owner
        else:
            owner = len(units)
        if unit.kind is ClauseKind.POINT:
            point = len(units)
        elif unit.group[0] == "point":
            unit.point = point
        units.append(unit)
    clauses = _finish(raw, units)
    return Segmentation(tuple(_with_formal_kinds(raw, clauses)), tuple(sections))


def _enter_heading(
    block: Block, state: _State, sections: list[Section], units: list[_Unit]
) -> None:
    heading = " ".join((block.title or block.text).split())
    if block.kind is not BlockKind.MARKED_HEADING:
        heading = " ".join(block.text.split())
    if block.kind is BlockKind.ARTICLE:
        state.article = _article_label(block.number)
        state.article_key += 1
        state.point = ""
        state.bullets = 0
        return
    previous = sections[-1] if sections else None
    if (
        block.kind is BlockKind.UPPER_HEADING
        and previous is not None
        and previous.label
        and previous.heading == previous.label
        and not [u for u in units if u.start > previous.start]
    ):
        # "PARTIE I" then "CLAUSES TERRITORIALES": the second line is the first one's title.
        titled = Section(
            previous.section_id,
            previous.label,
            f"{previous.label} : {heading}",
            previous.start,
            block.end,
        )
        sections[-1] = titled
        for level, section in state.levels.items():
            if section.section_id == previous.section_id:
                state.levels[level] = titled
        return
    label = _section_label(block, state)
    section = Section(f"s{len(sections) + 1}", label, heading, block.start, block.end)
    if block.kind is BlockKind.NAMED_HEADING and not block.title:
        section = Section(section.section_id, label, label, block.start, block.end)
    sections.append(section)
    state.levels = {lvl: s for lvl, s in state.levels.items() if lvl < block.level}
    state.levels[block.level] = section
    state.article = ""
    state.point = ""
    state.bullets = 0


def _section_label(block: Block, state: _State) -> str:
    if block.kind is BlockKind.ROMAN:
        return block.number
    if block.kind is BlockKind.NAMED_HEADING:
        word = block.text.split()[0].capitalize()
        own = f"{word} {block.number}"
        parent = state.levels.get(1) if block.level > 1 else None
        return f"{parent.label}, {own}" if parent is not None and parent.label else own
    return ""  # an upper-case heading has no short label; clauses count paragraphs across them


def _article_label(number: str) -> str:
    if number.casefold() in ("premier", "1er"):
        return "Article premier"
    return f"Article {number}"


def _make_unit(block: Block, state: _State, front: bool) -> _Unit:
    section = state.section
    section_id = section.section_id if section is not None and not front else None
    prefix = "" if front else (state.article or (section.label if section is not None else ""))
    part = state.levels[1].label if 1 in state.levels and not front else ""
    start = block.start
    if not front and (clip := CLIPPING_DATE.match(block.text)):
        start += clip.end()
    if front:
        group: tuple[object, ...] = ("front",)
        base = "front"
        kind = ClauseKind.PARAGRAPH
    elif block.kind is BlockKind.POINT:
        state.point = _point_label(prefix, block.number)
        state.point_key += 1
        state.bullets = 0
        group = ("point", state.point_key)
        base = state.point
        kind = ClauseKind.POINT
    elif block.kind is BlockKind.BULLET:
        state.bullets += 1
        owner = state.point or prefix
        base = f"{owner} –{state.bullets}" if owner else f"–{state.bullets}"
        group = ("bullet", id(block))
        kind = ClauseKind.BULLET
    else:
        state.bullets = 0
        if state.point:
            group = ("point", state.point_key)
            base = state.point
        elif state.article:
            group = ("article", state.article_key)
            base = state.article
        else:
            group = ("section", section_id if prefix else None)
            base = prefix
        kind = ClauseKind.ARTICLE if state.article and not state.point else ClauseKind.PARAGRAPH
    return _Unit(kind, start, block.end, section_id, base, group, front, part)


_NAMED_PREFIXES = ("Section", "Article", "Partie", "Titre", "Chapitre", "Part", "Chapter")


def _point_label(prefix: str, number: str) -> str:
    """ "5." alone, "IV 5." under a roman section, "Section II, 5" under a named heading."""
    marker = number if number.startswith("(") else f"{number}."
    if prefix.startswith(_NAMED_PREFIXES):
        return f"{prefix}, {marker.rstrip('.')}"
    return f"{prefix} {marker}" if prefix else marker


def _finish(raw: str, units: list[_Unit]) -> list[Clause]:
    counts: dict[tuple[object, ...], int] = {}
    for unit in units:
        counts[unit.group] = counts.get(unit.group, 0) + 1
    seen: dict[tuple[object, ...], int] = {}
    labels: list[str] = []
    for unit in units:
        seen[unit.group] = seen.get(unit.group, 0) + 1
        labels.append(_unit_label(unit, seen[unit.group], counts[unit.group]))
    labels = _unique_labels(units, labels)
    clauses: list[Clause] = []
    for unit, label in zip(units, labels, strict=True):
        pieces = _sentence_pieces(raw, unit)
        for number, (start, end) in enumerate(pieces, start=1):
            kind = ClauseKind.SENTENCE if len(pieces) > 1 else unit.kind
            clauses.append(
                Clause(
                    clause_id=f"c{len(clauses) + 1}",
                    label=f"{label} ({number})" if len(pieces) > 1 else label,
                    kind=kind,
                    section=unit.section,
                    start=start,
                    end=end,
                    front_matter=unit.front,
                )
            )
    return clauses


def _unit_label(unit: _Unit, rank: int, total: int) -> str:
    if unit.kind is ClauseKind.BULLET:
        return unit.base
    if unit.kind is ClauseKind.POINT:
        return unit.base
    if unit.group[0] == "point":
        return f"{unit.base} ¶{rank}"
    if unit.group[0] == "article":
        return unit.base if total == 1 else f"{unit.base} ¶{rank}"
    return f"{unit.base} ¶{rank}".strip()


def _unique_labels(units: list[_Unit], labels: list[str]) -> list[str]:
    """Qualify the labels that repeat: by part, then a bullet list by its paragraph, then by rank.

    A bullet list is qualified as a whole, so its items read alike ("I ¶2 –1", "I ¶2 –2"), and a
    bullet follows its point when the point takes a rank ("1. #4", then "1. #4 –1").
    """
    labels = list(labels)

    def repeated() -> set[str]:
        counts = Counter(label for unit, label in zip(units, labels, strict=True) if not unit.front)
        return {label for label, count in counts.items() if count > 1}

    def dash_part(label: str) -> str:
        dash = label.find("–")
        return label[dash:] if dash >= 0 else label

    clash = repeated()
    for index, unit in enumerate(units):
        if labels[index] in clash and unit.part and not labels[index].startswith(unit.part):
            labels[index] = f"{unit.part}, {labels[index]}"
    clash = repeated()
    lists = {u.owner for u, label in zip(units, labels, strict=True) if label in clash} - {None}
    for index, unit in enumerate(units):
        if unit.owner in lists and unit.owner is not None:
            # "III –1" under "III ¶2" becomes "III ¶2 –1": the paragraph's label already says III.
            labels[index] = f"{labels[unit.owner]} {dash_part(labels[index])}"
    before_ranks = list(labels)
    clash = repeated()
    ranks: Counter[str] = Counter()
    for index, unit in enumerate(units):
        if labels[index] in clash and not unit.front and unit.kind is not ClauseKind.BULLET:
            ranks[labels[index]] += 1
            if ranks[labels[index]] > 1:
                labels[index] = f"{labels[index]} #{ranks[labels[index]]}"
    for index, unit in enumerate(units):
        # Bullets and paragraphs of a point follow it: "1. #4 –1", "1. #8 ¶2".
        for owner in (unit.owner, unit.point):
            if (
                owner is not None
                and labels[owner] != before_ranks[owner]
                and labels[index].startswith(before_ranks[owner])
            ):
                labels[index] = labels[owner] + labels[index][len(before_ranks[owner]) :]
    clash = repeated()
    ranks.clear()
    for index, unit in enumerate(units):  # whatever still repeats (none in our texts)
        if labels[index] in clash and not unit.front:
            ranks[labels[index]] += 1
            if ranks[labels[index]] > 1:
                labels[index] = f"{labels[index]} #{ranks[labels[index]]}"
    return labels


def _with_formal_kinds(raw: str, clauses: list[Clause]) -> list[Clause]:
    """The clauses, lead-ins, closing lines and signatures given their kinds."""
    body = [c for c in clauses if not c.front_matter]
    if not body:
        return clauses
    first, last = body[0].start, body[-1].end
    changed: dict[str, ClauseKind] = {}
    since_signing = SIGNATURE_REACH_CLAUSES + 1  # clauses since the last closing line or signature
    for clause in body:
        position = (clause.start - first) / max(last - first, 1)
        text = raw[clause.start : clause.end]
        kind = formal_kind(text, position, after_signing=since_signing <= SIGNATURE_REACH_CLAUSES)
        since_signing += 1
        if kind in (ClauseKind.CLOSING, ClauseKind.SIGNATURE):
            since_signing = 1
        if kind is not None:
            changed[clause.clause_id] = kind
    return [replace(c, kind=changed[c.clause_id]) if c.clause_id in changed else c for c in clauses]


_BLANK_RUN = re.compile(r"\s+")


def _consideration_pieces(text: str) -> list[tuple[int, int]]:
    """Cut a preamble of considerations before each one (see ``CONSIDERATION``)."""
    if not CONSIDERATION.match(text):
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    for cut in _CONSIDERATION_CUT.finditer(text):
        pieces.append((start, cut.start() + 1))  # the comma stays with its consideration
        start = cut.end()
    pieces.append((start, len(text)))
    return pieces


def _sentence_pieces(raw: str, unit: _Unit) -> list[tuple[int, int]]:
    text = raw[unit.start : unit.end]
    if unit.front or len(text) <= SPLIT_MIN_CHARS:
        return [(unit.start, unit.end)]
    considerations = _consideration_pieces(text)
    if len(considerations) > 1:
        return [(unit.start + start, unit.start + end) for start, end in considerations]
    merged: list[list[int]] = []
    for start, end in sentence_spans(text):
        if merged and (
            end - start < SENTENCE_MIN_CHARS or merged[-1][1] - merged[-1][0] < SENTENCE_MIN_CHARS
        ):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(unit.start + start, unit.start + end) for start, end in merged]
