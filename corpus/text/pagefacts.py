"""What a page says of itself: the title, date, parties and source its markup states.

A Markdown page's front matter (``title:``, ``date:``, ``parties:``, ``source:``) and an HTML
page's ``<h1>``, ``<title>`` and date tags state facts that a guess from the text can only
approach. The readers of those formats (``corpus.text.markdowntext``, ``corpus.text.htmltext``)
give them here, beside the text they read, for the metadata step to prefer: each fact says where
it was found (:attr:`PageFacts.origin`), so a title from a front matter can be told from one
guessed from the first line.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from corpus.model import DocumentMeta, MetaOrigin, MetaOrigins, is_valid_date


@dataclass(frozen=True, slots=True)
class PageFacts:
    """Facts a page states in its markup; an empty string or tuple where it states none.

    Attributes:
        title: the page's title (front matter ``title``, else the ``<h1>``, else ``<title>``).
        date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (front matter ``date``, an HTML date tag).
        parties: the parties the front matter lists (``parties``, ``countries``).
        source: where the text comes from (front matter ``source``/``url``, the page's canonical
            link).
        origin: where each stated fact was read, by field name: ``{"title": "front matter"}``,
            ``{"title": "<h1>", "date": "<meta article:published_time>"}``.
    """

    title: str = ""
    date: str = ""
    parties: tuple[str, ...] = ()
    source: str = ""
    origin: tuple[tuple[str, str], ...] = ()

    def where(self, field: str) -> str:
        """Where the page stated ``field`` ("" when it did not)."""
        return dict(self.origin).get(field, "")

    def __bool__(self) -> bool:
        return bool(self.title or self.date or self.parties or self.source)


NO_FACTS = PageFacts()

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def date_of(value: object) -> str:
    """A stated date as ``YYYY[-MM[-DD]]``, or "" when it is none: a YAML date, or a string
    that starts with an ISO date ("2023-10-20", "2023-10-20T09:00:00Z", "2023-10")."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return ""
    match = _ISO_DATE.match(value.strip())
    if match is None:
        return ""
    year, month, day = match.groups()
    text = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")
    return text if is_valid_date(text) else ""


def with_page_facts(meta: DocumentMeta, facts: PageFacts) -> DocumentMeta:
    """``meta`` (guessed from the text) with what the page states put first.

    The page's own title, date, parties and source win over a guess from the text, and say
    where they were stated (``DocumentMeta.origins``: declared, not guessed); where the page
    states nothing, the guess stays, marked as one.
    """
    if not facts:
        return meta
    origins = meta.origins
    for name in MetaOrigins.FIELDS:
        if getattr(facts, name):
            origins = replace(origins, **{name: origin_of(facts.where(name))})
    return replace(
        meta,
        title=facts.title or meta.title,
        date=facts.date or meta.date,
        parties=facts.parties or meta.parties,
        source=facts.source or meta.source,
        origins=origins,
    )


def origin_of(where: str) -> MetaOrigin:
    """The origin of a fact stated ``where`` (``"front matter"``, ``"<h1>"``, ``"<meta ...>"``):
    a front matter's, else the web page's markup."""
    return MetaOrigin.FRONT_MATTER if where == "front matter" else MetaOrigin.PAGE
