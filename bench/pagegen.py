"""Render a plain treaty text as a static site would publish it: a Markdown page and an HTML page.

Used by ``bench/eval_pages.py`` (the held-out check of issue 24) and by the tests of the page
readers. The Markdown page has a front matter (title, date, source address), a "Source:" link
line, ``## Article N`` headings, paragraphs hard-wrapped at 72 columns and a few words in
``**bold**``, as Hugo or Jekyll content is written; its special characters are escaped as
pandoc escapes them. The HTML page has the site's header with its navigation, a cookie notice,
the title in an ``<h1>`` and the date in a ``<time>``, the text's paragraphs with ``<br>`` at
each 72-column line end, and a footer. Nothing here reads the text the way the program does:
the plain text's lines are its paragraphs, and only a line "Article N" is taken for a heading.
"""

from __future__ import annotations

import html
import re
import textwrap

WIDTH = 72
SITE = "Ministry of Foreign Affairs"
#: What the page's chrome says: none of it may come out as compared text.
CHROME_PHRASES = (
    "Skip to main content",
    "Press room",
    "Treaty database",
    "This site uses cookies",
    "Accept all cookies",
    "Share this page",
    "Legal notice",
    "Contact us",
    "Related documents",
)

_ARTICLE = re.compile(r"^(?:Article|ARTICLE|Art\.)\s+\S{1,12}\s*\.?$")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#])")
#: A wrapped line that would open a Markdown block where the text goes on.
_BLOCK_START = re.compile(r"^(?:\d{1,9}[.)](?=\s|$)|[-+*](?=\s|$)|#{1,6}(?=\s|$)|>|={3,}|-{3,})")
_POINT = re.compile(r"^(\d{1,3})([.)])\s+(.*)$")


def paragraphs(plain: str, title: str = "") -> list[str]:
    """The plain text's paragraphs: its non-blank lines, white space collapsed; a first line
    that is the page's title is left out (the page gives it in its front matter or ``<h1>``)."""
    lines = [" ".join(line.split()) for line in plain.splitlines() if line.strip()]
    if lines and title and _same_title(lines[0], title):
        lines = lines[1:]
    return lines


def _same_title(line: str, title: str) -> bool:
    def key(text: str) -> str:
        return "".join(ch for ch in text.casefold() if ch.isalnum())

    return key(line) == key(title)


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _wrap(text: str, indent: str = "") -> list[str]:
    lines = textwrap.wrap(
        text, WIDTH, break_long_words=False, break_on_hyphens=False, subsequent_indent=indent
    )
    # A line that would open a list or a heading is escaped, as pandoc does.
    return [lines[0]] + [indent + _escape_start(line[len(indent) :]) for line in lines[1:]]


def _escape_start(line: str) -> str:
    """A line that would open a Markdown block, escaped as pandoc does: "1\\.", "\\-", "\\#"."""
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    marker = match.group(0)
    if marker[0].isdigit():
        return f"{marker[:-1]}\\{marker[-1]}{line[len(marker) :]}"
    return "\\" + line


def _bold_opening(text: str) -> str:
    """The paragraph with its first two words in bold (escaped text in, Markdown out)."""
    words = text.split(" ", 2)
    if len(words) < 3 or not all(w[:1].isalpha() for w in words[:2]):
        return text
    return f"**{words[0]} {words[1]}** {words[2]}"


def markdown_page(plain: str, title: str, date: str, source: str) -> str:
    """The Markdown page of a plain text (see the module docstring)."""
    out = [
        "---",
        f"title: {_yaml_string(title)}",
        f"date: {date}" if date else "date:",
        f"source_url: {source}",
        "tags: [treaties]",
        "---",
        "",
        f"Source: [{SITE}, treaty database]({source})",
        "",
    ]
    for number, paragraph in enumerate(paragraphs(plain, title)):
        if _ARTICLE.match(paragraph):
            out += [f"## {paragraph}", ""]
            continue
        point = _POINT.match(paragraph)
        if point:
            body = _escape(point[3])
            lines = _wrap(f"{point[1]}{point[2]} {body}", indent=" " * (len(point[1]) + 2))
        else:
            body = _escape(paragraph)
            if number % 4 == 1:
                body = _bold_opening(body)
            lines = _wrap(body)
            lines[0] = _escape_start(lines[0])
        out += [*lines, ""]
    return "\n".join(out)


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def html_page(plain: str, title: str, date: str, source: str) -> str:
    """The HTML page of a plain text (see the module docstring)."""
    e = html.escape
    body: list[str] = []
    for paragraph in paragraphs(plain, title):
        if _ARTICLE.match(paragraph):
            body.append(f"<h2>{e(paragraph)}</h2>")
            continue
        lines = textwrap.wrap(paragraph, WIDTH, break_long_words=False, break_on_hyphens=False)
        body.append("<p>" + "<br>\n".join(e(line) for line in lines) + "</p>")
    date_line = (
        f'<p class="meta">Published <time datetime="{date}">{date}</time></p>' if date else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)} | {SITE}</title>
<meta property="article:published_time" content="{date}">
<link rel="canonical" href="{e(source)}">
<link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">{SITE}</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press room</a></li>
  <li><a href="/treaties">Treaty database</a></li></ul></nav>
</header>
<div class="cookie-banner" id="cookie-consent"><p>This site uses cookies to measure its
audience.</p><button>Accept all cookies</button></div>
<main id="content">
<article>
<h1>{e(title)}</h1>
{date_line}
{chr(10).join(body)}
<div class="share"><p>Share this page: <a href="#">Email</a> <a href="#">Print</a></p></div>
</article>
<aside><h2>Related documents</h2><ul><li><a href="/a">Another treaty</a></li></ul></aside>
</main>
<footer class="site-footer"><p><a href="/legal">Legal notice</a> · <a href="/contact">Contact
us</a> · © {SITE}</p></footer>
</body>
</html>
"""
