"""Pages as users bring them: real Markdown and HTML pages of declarations, read as the program
reads a file, checked for what a user sees (labels, clauses, no chrome, the page's title and date).

The pages in ``tests/data/pages`` are copied unchanged from public repositories: the Belovezh
agreement as a site publishes it in Markdown (ageyev/ageyev.github.io, commit 3858b21),
two White House statements as a scraper keeps them, with a Hugo front matter
(brian14708/wh-briefings, commit 737ca03), and a German federal ministry's saved page
(adbar/trafilatura's tests/cache, commit e90b0ef).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import pagegen
from corpus.errors import DocumentError
from corpus.model import Document
from corpus.text.documents import load_file
from corpus.text.extract import extract_bytes, extract_file
from corpus.text.segment import segment

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
DATA = PAGES.parent
BELOVEZH = PAGES / "belovezh-accords-1991.en.md"
UKRAINE = PAGES / "2021-09-01-joint-statement-on-the-u-s-ukraine-strategic-partnership.md"
US_EU = PAGES / "2023-10-20-u-s-eu-summit-joint-statement.md"


def compared(document: Document) -> dict[str, str]:
    """The compared clauses of a document: label → words."""
    raw = document.raw
    return {c.label: " ".join(raw[c.start : c.end].split()) for c in segment(raw).body()}


def test_belovezh_markdown_articles_are_labelled_and_article_5_is_one_clause() -> None:
    document = load_file(BELOVEZH)
    clauses = compared(document)
    assert [f"Article {n}" in " ".join(clauses) for n in range(1, 15)] == [True] * 14
    # Article 5's first paragraph, hard-wrapped over three lines in the file, is one clause.
    assert clauses["Article 5 ¶1"] == (
        "The High Contracting Parties acknowledge and respect each other's territorial "
        "integrity and the inviolability of existing borders within the Commonwealth."
    )
    assert document.meta.title == "AGREEMENT ESTABLISHING THE COMMONWEALTH OF INDEPENDENT STATES"
    assert document.meta.date == "1991-12-08"
    # The site's lines above the title are not compared, and no markup is: the link line
    # ("See: [...](https://...)") is kept as written, as page chrome, never a clause.
    words = " ".join(clauses.values())
    assert "Venice Commission" not in words
    assert not re.search(r"[*#]|\]\(|https?://", words)
    assert "See: [Agreements establishing" in document.raw
    every_clause = [document.raw[c.start : c.end] for c in segment(document.raw).clauses]
    assert not [text for text in every_clause if "See:" in text]


def test_the_same_agreement_as_plain_text_reads_article_5_as_one_clause(tmp_path: Path) -> None:
    plain = tmp_path / "belovezh.txt"
    plain.write_bytes(BELOVEZH.read_bytes())
    clauses = compared(load_file(plain))
    assert (
        "territorial integrity and the inviolability of existing borders within the "
        in (clauses["Article 5 ¶1"])
    )
    assert clauses["Article 5 ¶1"].endswith("within the Commonwealth.")


def test_front_matter_gives_title_and_date_and_is_never_compared() -> None:
    for path, title, date in (
        (UKRAINE, "Joint Statement on the U.S.-Ukraine Strategic Partnership", "2021-09-01"),
        (US_EU, "U.S.-EU Summit Joint Statement", "2023-10-20"),  # the 2021-10-31
    ):
        document = load_file(path)
        assert (document.meta.title, document.meta.date) == (title, date)
        words = " ".join(compared(document).values())
        for key in ("source_url", "modified_time", "published_time", "tags:", "---"):
            assert key not in words
        assert "bidenwhitehouse.archives.gov" in document.meta.source


def test_a_statement_page_keeps_its_sections_and_points() -> None:
    ukraine = compared(load_file(UKRAINE))
    # "**I. Security and Defense**" over its section's text: a section, as the plain text has;
    # no emphasis mark shows, even the "**" a broken emphasis leaves ("economies**.").
    assert {label.split()[0] for label in ukraine} >= {"I", "II", "III", "IV", "V"}
    assert not any("**" in words or "<sup>" in words for words in ukraine.values())
    us_eu = compared(load_file(US_EU))
    points = {label.split()[0] for label in us_eu if re.match(r"\d+\.", label)}
    assert {f"{n}." for n in range(1, 30)} <= points


def test_offsets_of_a_markdown_page_lead_to_the_file_characters() -> None:
    extracted = extract_file(BELOVEZH)
    source = BELOVEZH.read_text(encoding="utf-8")
    assert extracted.file_map is not None
    for match in re.finditer(r"[^\W\d_]{4,}", extracted.text):
        start, end = extracted.file_map.file_span(match.start(), match.end())
        assert source[start:end] == match.group()


def test_a_government_page_is_read_without_its_chrome() -> None:
    document = load_file(PAGES / "bmjv.de.konsum.html")
    text = " ".join(document.raw.split())
    assert "Anbieter von Fernwärme haben innerhalb ihres Leitungsnetzes ein Monopol" in text
    assert "Impressum" not in text
    assert document.meta.title  # the page's own <h1>
    assert document.meta.title in text.replace("\u00ad", "")


@pytest.mark.parametrize("kind", ["md", "html"])
def test_a_treaty_published_as_a_page_reads_as_its_plain_text(tmp_path: Path, kind: str) -> None:
    source = DATA / "nl-bwb__north-atlantic-treaty-1949.txt"
    plain = source.read_text(encoding="utf-8")
    render = pagegen.markdown_page if kind == "md" else pagegen.html_page
    page = tmp_path / f"nato.{kind}"
    page.write_text(render(plain, "NORTH ATLANTIC TREATY", "1949-04-04", "https://x.org/n"))
    expected = compared(load_file(source))
    document = load_file(page)
    got = compared(document)
    assert got == expected
    assert (document.meta.title, document.meta.date) == ("NORTH ATLANTIC TREATY", "1949-04-04")
    words = " ".join(got.values())
    assert not [phrase for phrase in pagegen.CHROME_PHRASES if phrase in words]


def test_br_inside_a_paragraph_is_joined_but_points_keep_their_lines() -> None:
    page = (
        "<html><body><main><p>The Parties acknowledge and respect each other's territorial<br>"
        "integrity and the inviolability of existing borders within the<br>Commonwealth.</p>"
        "<p>The Parties agree as follows:<br>1. to meet every year;<br>2. to consult.</p>"
        "<p>For the Republic of Belarus<br>S. Shushkevich</p></main></body></html>"
    )
    text = extract_bytes(page.encode(), ".html").text
    assert "territorial integrity and the inviolability of existing borders within the " in text
    assert "follows:\n1. to meet every year;\n2. to consult." in text
    assert "For the Republic of Belarus\nS. Shushkevich" in text


def test_hard_wrapped_lines_join_only_inside_sentences() -> None:
    raw = (
        "Transatlantic, European and Global Security Cooperation\n"
        "The Presidents resolve to continue working tirelessly for a Europe that is whole.\n\n"
        "The High Contracting Parties acknowledge and respect each other's\n"
        "territorial integrity and the inviolability of existing borders within the\n"
        "Commonwealth.\n\n"
        "The Parties agree to cooperate in the fields of politics and economics:\n"
        "1. trade;\n2. transport.\n\n"
        "For the Republic of Belarus\nS. SHUSHKEVICH\n"
    )
    texts = [" ".join(raw[c.start : c.end].split()) for c in segment(raw).body()]
    assert "Transatlantic, European and Global Security Cooperation" in texts
    assert (
        "The High Contracting Parties acknowledge and respect each other's territorial "
        "integrity and the inviolability of existing borders within the Commonwealth."
    ) in texts
    assert "1. trade;" in texts
    assert "For the Republic of Belarus" in texts


# Bad input: read or refused, with one clear line.


def test_front_matter_that_is_not_yaml_is_still_left_out(tmp_path: Path) -> None:
    page = tmp_path / "bad.md"
    page.write_text(
        "---\ntitle: Joint Statement: [unclosed\ndate: 2023-10-20\n  bad: : indent\n---\n\n"
        "The Parties agree to meet.\n",
        encoding="utf-8",
    )
    document = load_file(page)
    assert document.raw == "Joint Statement: [unclosed\n\nThe Parties agree to meet.\n"
    assert (document.meta.title, document.meta.date) == ("Joint Statement: [unclosed", "2023-10-20")


def test_lists_nested_too_deep_are_refused_in_one_line(tmp_path: Path) -> None:
    page = tmp_path / "nested.md"
    page.write_text("- " * 100_000 + "item\n", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        load_file(page)
    assert "nested more than" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_hostile_inline_markup_is_read(tmp_path: Path) -> None:
    page = tmp_path / "brackets.md"
    page.write_text("The Parties " + "[" * 100_000 + " agree.\n", encoding="utf-8")
    assert load_file(page).raw.startswith("The Parties [[[")


def test_an_html_page_of_50_mb_is_refused_in_one_line(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as handle:
        handle.write(b"<html><body>")
        for _ in range(50):
            handle.write(b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>")
    with pytest.raises(DocumentError) as caught:
        load_file(page)
    assert "too large" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_page_without_h1_takes_its_title_without_the_site_name() -> None:
    page = (
        b"<html><head><title>Joint Statement on Sovereignty | The White House</title>"
        b'<meta property="article:published_time" content="2023-10-20T09:00:00-04:00">'
        b"</head><body><div class='cookie-banner'>We use cookies.</div>"
        b"<p>The Parties respect the sovereignty of States.</p></body></html>"
    )
    extracted = extract_bytes(page, ".html")
    assert (extracted.facts.title, extracted.facts.date) == (
        "Joint Statement on Sovereignty",
        "2023-10-20",
    )
    assert extracted.facts.where("date") == "<meta article:published_time>"
    assert extracted.text == "The Parties respect the sovereignty of States.\n"
