"""Text out of .txt, .md, .docx, .pdf and .html files made here, byte by byte."""

from __future__ import annotations

import io
import textwrap
import zipfile
from pathlib import Path

import pytest

from corpus.errors import DocumentError
from corpus.text.extract import (
    drop_running_lines,
    extract_bytes,
    extract_file,
    join_hyphenated,
    pdf_text,
)
from corpus.text.formats import is_supported

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(paragraphs: list[str], extra_body: str = "") -> bytes:
    """A minimal .docx: one run per paragraph; ``extra_body`` is raw XML added to the body."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
        f"{body}{extra_body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document.encode("utf-8"))
        archive.writestr(
            "word/header1.xml",
            f'<w:hdr xmlns:w="{_W}"><w:p><w:r><w:t>EN-TÊTE</w:t></w:r></w:p></w:hdr>',
        )
    return buffer.getvalue()


DATA = Path(__file__).resolve().parent.parent / "data"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF: Helvetica, WinAnsi encoding, one text line per entry, top to bottom."""

    def escape(line: str) -> bytes:
        data = line.encode("cp1252")
        return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages (filled in below)
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for lines in pages:
        stream = (
            b"BT /F1 11 Tf 14 TL 72 770 Td "
            + b"".join(b"(" + escape(line) + b") Tj T* " for line in lines)
            + b"ET"
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return pdf_from_objects(objects)


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF file of these numbered objects (the first is the catalogue), with its cross-reference
    table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_text_is_kept_as_written_and_markdown_read_without_its_marks(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Titre\n\n**Intégrité** territoriale.\n", encoding="utf-8")
    extracted = extract_file(tmp_path / "a.md")
    assert (extracted.format, extracted.text) == ("markdown", "Titre\n\nIntégrité territoriale.\n")
    assert extracted.file_map is not None
    assert extracted.file_map.file_span(7, 16) == (11, 20)  # "Intégrité" in the file
    (tmp_path / "b.txt").write_bytes("Souveraineté\r\n".encode("cp1252"))
    assert extract_file(tmp_path / "b.txt").text == "Souveraineté\n"
    assert is_supported(Path("x.PDF"))
    assert not is_supported(Path("x.txt.meta.json"))
    with pytest.raises(DocumentError, match="not a format"):
        extract_file(tmp_path / "c.odt")


def test_docx_body_paragraphs_and_tables() -> None:
    table = (
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cellule</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>non</w:t><w:noBreakHyphen/><w:t>ingérence</w:t>"
        "<w:delText>supprimé</w:delText></w:r></w:p>"
    )
    data = make_docx(["Déclaration conjointe", "", "L’intégrité territoriale."], table)
    text = extract_bytes(data, ".docx").text
    assert text == (
        "Déclaration conjointe\n\nL’intégrité territoriale.\n\nCellule\n\nnon\u2011ingérence\n"
    )
    assert "EN-TÊTE" not in text  # page headers are not body text


def test_broken_docx_is_refused() -> None:
    with pytest.raises(DocumentError, match="not a Word document"):
        extract_bytes(b"PK\x03\x04 not really a zip", ".docx", "x.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(DocumentError, match="entities"):
        extract_bytes(buffer.getvalue(), ".docx", "x.docx")


def test_pdf_running_headers_footers_and_hyphenation_are_handled() -> None:
    header = "MINISTÈRE DES AFFAIRES ÉTRANGÈRES"
    pages = [
        [
            header,
            "Les Parties réaffirment leur attachement à la souverai-",
            "neté et à l’intégrité territoriale des États, au principe de non-",
            "ingérence.",
            "Page 1 / 3",
        ],
        [
            header,
            "La souveraineté est rappelée ; la coopération russo-",
            "azerbaïdjanaise se poursuit.",
            "Page 2 / 3",
        ],
        [header, "Fait à Moscou, le 6 février 2004.", "Page 3 / 3"],
    ]
    text = extract_bytes(make_pdf(pages), ".pdf", "x.pdf").text
    assert "MINISTÈRE" not in text
    assert "Page" not in text
    assert "la souveraineté et à l’intégrité territoriale" in " ".join(text.split())
    assert "non-ingérence" in text  # a compound prefix keeps its hyphen
    assert "russo-azerbaïdjanaise" in text
    assert text.rstrip().endswith("Fait à Moscou, le 6 février 2004.")


def test_pdf_without_text_or_damaged_is_refused() -> None:
    with pytest.raises(DocumentError, match="no text layer"):
        extract_bytes(make_pdf([[]]), ".pdf", "scan.pdf")
    with pytest.raises(DocumentError, match="PDF"):
        extract_bytes(b"%PDF-1.4 garbage", ".pdf", "bad.pdf")


def test_hyphenation_rules() -> None:
    assert join_hyphenated("la souverai-\nneté") == "la souveraineté"
    assert join_hyphenated("la souverai-\nneté et la souveraineté") == (
        "la souveraineté et la souveraineté"
    )
    assert join_hyphenated("les Nations-\nUnies") == "les Nations-Unies"
    assert join_hyphenated("celles-\nci ; celles-ci") == "celles-ci ; celles-ci"
    assert join_hyphenated("souverai\u00ad\nneté") == "souveraineté"
    assert drop_running_lines([["A", "x", "1"], ["A", "y", "2"], ["A", "z", "3"]]) == [
        ["x"],
        ["y"],
        ["z"],
    ]


def test_html_visible_text_only() -> None:
    page = b"""<!doctype html><html><head><title>T</title><meta charset="windows-1252">
    <style>p { color: red }</style><script>document.write("ignored")</script>
    <link rel="stylesheet" href="https://example.invalid/x.css"></head>
    <body><h1>D\xe9claration conjointe</h1>
    <p>L&rsquo;int\xe9grit\xe9   territoriale<br>des &Eacute;tats.</p>
    <div hidden><p>cach\xe9</p></div><div style="display: none">aussi cach\xe9</div>
    <p aria-hidden="true">d\xe9coratif</p><noscript>sans script</noscript>
    <img src="https://example.invalid/i.png" alt="image"><ul><li>un</li><li>deux</li></ul>
    <pre>  garde
  les   blancs</pre></body></html>"""
    text = extract_bytes(page, ".html", "x.html").text
    assert text == (
        "Déclaration conjointe\n\nL’intégrité territoriale\ndes États.\n\nun\n\n"
        "deux\n\n  garde\n  les   blancs\n"
    )


def test_a_docx_or_html_opens_in_a_pane_as_its_text(tmp_path: Path) -> None:
    from corpus.text.bundled import bundled_ids, load_bundled
    from corpus.text.documents import open_document

    moscow = load_bundled(bundled_ids()[0])
    paragraphs = [p.strip() for p in moscow.raw.split("\n\n") if p.strip()][:6]
    docx = tmp_path / "moscou.docx"
    docx.write_bytes(make_docx([" ".join(p.split()) for p in paragraphs]))
    opened = open_document(str(docx))
    assert "EN-TÊTE" not in opened.raw  # the page header is not the text
    assert " ".join(paragraphs[2].split()) in opened.raw
    page = tmp_path / "moscou.html"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page.write_text(
        f"<html><head><script>alert(1)</script></head><body>{body}</body></html>", encoding="utf-8"
    )
    opened = open_document(str(page))
    assert "alert" not in opened.raw
    assert " ".join(paragraphs[2].split()) in " ".join(opened.raw.split())
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 no text layer")
    with pytest.raises(DocumentError):
        open_document(str(tmp_path / "scan.pdf"))


def test_a_pdf_keeps_the_paragraphs_its_pages_show() -> None:
    # The US–France statement laid out as a PDF would be: wrapped lines, a blank line's gap
    # between paragraphs, running over several pages.
    source = (DATA / "texts" / "whitehouse__us-france-joint-statement-2022.txt").read_text(
        encoding="utf-8"
    )
    paragraphs = [" ".join(p.split()) for p in source.split("\n\n") if p.strip()]
    # What the test's font can write; a line of page furniture ("\\###") goes as a footer would.
    paragraphs = [
        p
        for p in paragraphs
        if p.encode("cp1252", "ignore").decode("cp1252") == p and any(c.isalpha() for c in p)
    ]
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*textwrap.wrap(paragraph, 90, break_on_hyphens=False), ""]
    pages = []
    while lines:
        # Pages break inside paragraphs: at a page's edge no gap can show a paragraph break
        # (the page's last line ending short, then a sentence, is all there is to go by).
        take = min(48, len(lines))
        while take < len(lines) and "" in (lines[take - 1], lines[take]):
            take -= 1
        pages.append(lines[:take])
        lines = lines[take:]
    assert len(pages) > 2
    text = pdf_text(make_pdf(pages))
    found = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    assert found[0] == paragraphs[0]  # the title stands alone, not glued to "Today, ..."
    assert found == paragraphs
