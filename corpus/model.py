"""Immutable value types shared by the engine, the widgets and the command line.

Every offset is a Python string index (a code point) into a document's raw text, the text as
``Path.read_text`` returns it (universal newlines). Converting to Qt's UTF-16 positions is the
widgets' business.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Side(StrEnum):
    """Which of the two texts compared: the left one or the right one.

    A ``StrEnum``, so a side is also its name ("left", "right") where text is expected (JSON,
    settings, Qt signals of ``str``).
    """

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        """The side facing this one."""
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of raw-text code points."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class MetaOrigin(StrEnum):
    """Where a title, a date or a list of parties came from.

    The first four were declared by someone (the user, the catalogue, the page's author): they are
    given as they are. The others were read in the text by a rule, which may be wrong: the window
    shows them as guesses until the user confirms them (:attr:`guessed`).
    """

    UNKNOWN = ""  #: kept before origins were recorded
    USER = "user"  #: typed or confirmed by the user
    BUNDLED = "bundled"  #: the catalogue of the bundled declarations
    FRONT_MATTER = "front matter"  #: a Markdown page's front matter (``title:``, ``date:``)
    PAGE = "page"  #: a page's markup (an ``<h1>`` or ``<title>``, a date tag, a "# " heading)
    TITLE = "title"  #: the text's title line ("Traité de paix avec l'Italie")
    SIGNATURE = "signature"  #: the closing formula ("Fait à Paris, le ...", "Done at ...")
    DATELINE = "dateline"  #: a line that is a place and a date ("Pékin, le 23 avril 2025")
    STAMP = "stamp"  #: a publication stamp among the page's chrome
    FIRST_LINE = "first line"  #: the text's first line or paragraph
    OPENING = "opening"  #: the preamble's opening, where the parties name themselves
    BODY = "body"  #: elsewhere in the text

    @property
    def guessed(self) -> bool:
        """Whether a rule read it in the text (it may be wrong), not someone declaring it."""
        return self not in _DECLARED


_DECLARED = frozenset(
    (
        MetaOrigin.UNKNOWN,
        MetaOrigin.USER,
        MetaOrigin.BUNDLED,
        MetaOrigin.FRONT_MATTER,
        MetaOrigin.PAGE,
    )
)


@dataclass(frozen=True, slots=True)
class MetaOrigins:
    """Where a document's title, date and parties came from (see :class:`MetaOrigin`).

    Kept in the library and the sidecar as one short text (:meth:`encode`): ``title=heading;
    date=signature;parties=title``.
    """

    title: MetaOrigin = MetaOrigin.UNKNOWN
    date: MetaOrigin = MetaOrigin.UNKNOWN
    parties: MetaOrigin = MetaOrigin.UNKNOWN

    FIELDS = ("title", "date", "parties")

    def encode(self) -> str:
        """The origins as one text, the unknown ones left out (``""`` when none is known)."""
        return ";".join(
            f"{name}={getattr(self, name).value}"
            for name in self.FIELDS
            if getattr(self, name) is not MetaOrigin.UNKNOWN
        )

    @classmethod
    def decode(cls, text: str) -> MetaOrigins:
        """The origins of a text made by :meth:`encode`; what it does not know stays unknown."""
        return _decoded_origins(text)

    def as_dict(self) -> dict[str, str]:
        """Each field's origin by name (``""`` when unknown), for JSON."""
        return {name: getattr(self, name).value for name in self.FIELDS}

    def by_user(self, *names: str) -> MetaOrigins:
        """These origins with the fields ``names`` (typed or confirmed by the user) the user's."""
        return replace(self, **{name: MetaOrigin.USER for name in names if name in self.FIELDS})

    @classmethod
    def all(cls, origin: MetaOrigin) -> MetaOrigins:
        """The same origin for the three fields (the user's, the catalogue's)."""
        return cls(origin, origin, origin)


@functools.lru_cache(maxsize=1024)  # a few texts, read back for every document listed
def _decoded_origins(text: str) -> MetaOrigins:
    values = dict(part.partition("=")[::2] for part in text.split(";") if "=" in part)
    known = {origin.value: origin for origin in MetaOrigin}
    return MetaOrigins(
        **{name: known.get(values.get(name, ""), MetaOrigin.UNKNOWN) for name in MetaOrigins.FIELDS}
    )


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What a reader needs to cite a declaration. Every field may be edited by the user.

    Attributes:
        title: the declaration's title.
        date: ISO date of the text itself (``YYYY-MM-DD``, or ``YYYY-MM`` when the day is unknown).
        parties: the states or organisations that adopted it, in English.
        kind: declaration, joint statement, charter, treaty, news report...
        place: where it was adopted, if known.
        language: ISO 639-1 code of the text (``fr``, ``en``).
        source: a note on where the text comes from.
        origins: where the title, the date and the parties came from.
    """

    title: str = ""
    date: str = ""
    parties: tuple[str, ...] = ()
    kind: str = ""
    place: str = ""
    language: str = ""
    source: str = ""
    origins: MetaOrigins = MetaOrigins()


_META_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_valid_date(text: str) -> bool:
    """Whether ``text`` is empty or a real ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date (the
    forms :attr:`DocumentMeta.date` takes; the metadata dialog and ``library edit`` check it)."""
    if not text:
        return True
    match = _META_DATE.fullmatch(text)
    if match is None:
        return False
    year, month, day = match.groups()
    try:
        # The day defaults to 1 so that ``YYYY-MM`` checks its month the same way.
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


_PARTY_SEPARATORS = re.compile(r"[,;]")


def split_parties(text: str) -> tuple[str, ...]:
    """The parties typed in ``text``: split on commas and semicolons, stripped, deduplicated."""
    names = (name.strip() for name in _PARTY_SEPARATORS.split(text))
    return tuple(dict.fromkeys(name for name in names if name))


@dataclass(frozen=True, slots=True)
class Document:
    """A declaration as read from disk: its raw text, kept exactly as decoded, and its metadata.

    Attributes:
        doc_id: a stable identifier (the bundled id, or the file's stem).
        path: where it was read from (for a bundled text, its path inside the package).
        raw: the decoded text with universal newlines; every offset refers to it.
        meta: citation metadata.
        encoding: the encoding the bytes were decoded with.
    """

    doc_id: str
    path: str
    raw: str
    meta: DocumentMeta
    encoding: str = "utf-8"


class ClauseKind(StrEnum):
    """What kind of unit a clause is; the value is what the command line prints."""

    POINT = "point"  # a numbered point: "1.", "  3. "
    BULLET = "bullet"  # a dash or bullet item: "–", "-", "•"
    PARAGRAPH = "paragraph"  # an unnumbered paragraph
    SENTENCE = "sentence"  # one sentence of a long paragraph split into commitments
    ARTICLE = "article"  # "Article premier", "Article 2" (treaties)
    LEAD_IN = "lead-in"  # names the parties or announces what follows: "Les Parties :"
    CLOSING = "closing"  # place and date of adoption: "Fait à Moscou, le ...", "Done at ..."
    SIGNATURE = "signature"  # who signs: "Le Président de la Fédération de Russie (Signé) ..."
    HEADING = "heading"  # a title line left among the clauses: "Energy Security and Climate"


#: Clause kinds that say nothing themselves: each pairs only with a clause of the same kind.
FORMAL_KINDS = frozenset(
    {ClauseKind.LEAD_IN, ClauseKind.CLOSING, ClauseKind.SIGNATURE, ClauseKind.HEADING}
)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading that groups clauses: "IV", "Section II : ...", "EN CE QUI CONCERNE ..."."""

    section_id: str
    label: str
    heading: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Clause:
    """One unit of comparison.

    Attributes:
        clause_id: stable within a document ("c12"): the clause's rank in document order.
        label: what a reader recognises: "IV ¶2", "Section II, 3", "5.", "5. ¶2".
        kind: point, bullet, paragraph, sentence or article; or lead-in, closing, signature or
            heading, the formal lines that pair only with their like.
        section: the id of the enclosing section, or ``None`` before the first heading.
        start: first raw code point of the clause text (marker included, leading blanks excluded).
        end: one past the last raw code point (trailing blanks excluded).
        front_matter: ``True`` for a covering letter, a news lead or page chrome before the text.
    """

    clause_id: str
    label: str
    kind: ClauseKind
    section: str | None
    start: int
    end: int
    front_matter: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class FormulaFamily:
    """A family of diplomatic formulas from the catalogue.

    Attributes:
        family_id: stable id (``territorial-integrity``).
        label_fr: French label shown in the UI.
        label_en: English label.
        colour: ``#rrggbb`` highlight colour.
        patterns: regular expressions over folded text (see ``corpus.formulas.finder``).
        exclusions: regular expressions; a hit inside a match of one of them is dropped.
    """

    family_id: str
    label_fr: str
    label_en: str
    colour: str
    patterns: tuple[str, ...] = field(default=())
    exclusions: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class FormulaHit:
    """One occurrence of a formula family in a document's raw text."""

    family: str
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class LinkOrigin(StrEnum):
    """Who made a pair: the engine proposed it, or the analyst decided it."""

    ENGINE = "engine"
    ANALYST = "analyst"


@dataclass(frozen=True, slots=True)
class ClauseLink:
    """Two comparable clauses, one in each document, how alike they are (0 to 1), and who paired
    them (the engine's proposal, or the analyst's decision: a link made or a proposal confirmed).
    """

    left: str
    right: str
    score: float
    by: LinkOrigin = LinkOrigin.ENGINE

    @property
    def decided(self) -> bool:
        return self.by is LinkOrigin.ANALYST


@dataclass(frozen=True, slots=True)
class Alignment:
    """The pairing of two documents' clauses.

    Attributes:
        links: clause pairs, sorted by the left clause's position then the right one's.
        unpaired_left: ids of left clauses with no counterpart, in document order.
        unpaired_right: ids of right clauses with no counterpart, in document order.
        settled_left: left clauses the analyst marked as having no counterpart.
        settled_right: the same on the right.
    """

    links: tuple[ClauseLink, ...]
    unpaired_left: tuple[str, ...]
    unpaired_right: tuple[str, ...]
    #: Clauses the analyst marked "no counterpart" (a subset of the unpaired ones), per side.
    settled_left: tuple[str, ...] = ()
    settled_right: tuple[str, ...] = ()

    @property
    def reviewed(self) -> int:
        """How many pairs the analyst decided (linked or confirmed)."""
        return sum(1 for link in self.links if link.decided)


@dataclass(frozen=True, slots=True)
class SharedPhrase:
    """A run of words two texts share, with its span in each raw text.

    Attributes:
        left: span in the left raw text.
        right: span in the right raw text.
        text: the left text's words, white space folded.
        words: how many words the run has (in the shorter of its two spans).
        exact: ``True`` when the two spans have the same words; ``False`` for a near-shared run
            whose function words differ ("à la souveraineté" / "de la souveraineté").
        family: the formula family the run instantiates, if any.
    """

    left: Span
    right: Span
    text: str
    words: int
    exact: bool
    family: str | None = None


class AnchorKind(StrEnum):
    """What kind of thing two clauses in different languages both state; the value is what
    the command line prints."""

    FORMULA = "formula"  # a formula family: "intégrité territoriale" / "territorial integrity"
    NAME = "name"  # a country or organisation: "Azerbaïdjan" / "Azerbaijan"
    DATE = "date"  # a full date: "6 février 2004" / "February 6, 2004"
    ARTICLE = "article"  # a reference to an article: "article 33" / "Article 33"
    NUMBER = "number"  # a number written in figures: "1 000" / "1,000"


@dataclass(frozen=True, slots=True)
class SharedAnchor:
    """Something both clauses of a pair state, whatever their languages: what ties them when
    their words cannot be compared.

    Attributes:
        kind: formula family, name, date, article reference or number.
        key: what both sides share, in one form: the family id, the English name, the ISO date,
            the article's number, the number's digits.
        left: where the left clause states it (raw spans of the left text), in order.
        right: the same in the right text.
    """

    kind: AnchorKind
    key: str
    left: tuple[Span, ...]
    right: tuple[Span, ...]


class DiffOp(StrEnum):
    """What a diff segment says about its text."""

    EQUAL = "equal"
    DELETE = "delete"  # only in the left text
    INSERT = "insert"  # only in the right text


@dataclass(frozen=True, slots=True)
class DiffSegment:
    """One piece of a word-level diff, with its raw span in each text (``None`` where absent)."""

    op: DiffOp
    left: Span | None
    right: Span | None


class DecisionKind(StrEnum):
    """What the analyst decided about the pairing; the value is what the command line prints."""

    LINK = "link"  # these two clauses are a pair
    UNLINK = "unlink"  # these two clauses are not a pair (the engine must not propose it)
    CONFIRM = "confirm"  # the engine's proposal is right
    NO_COUNTERPART = "none"  # this clause has no counterpart in the other text


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of the analyst, in terms of the clause ids of the texts as now segmented.

    Attributes:
        kind: link, unlink, confirm or no counterpart.
        left: the left clause's id (``None`` for "no counterpart" on the right).
        right: the right clause's id (``None`` for "no counterpart" on the left).
        made_at: when it was made, ISO 8601 in UTC (``2026-11-29T18:02:11Z``); decisions apply
            in this order, a later one overriding an earlier one.
    """

    kind: DecisionKind
    left: str | None
    right: str | None
    made_at: str

    def __post_init__(self) -> None:
        if self.kind is DecisionKind.NO_COUNTERPART:
            if (self.left is None) == (self.right is None):
                raise ValueError("'no counterpart' names a clause on exactly one side")
        elif self.left is None or self.right is None:
            raise ValueError(f"a {self.kind} decision names a clause on each side")
