"""Hostile files of the third round, made here: a Flate bomb, a font mapped to half a UTF-16
pair, pages declaring codecs that are not text, JSON and TOML nested past the interpreter's
depth, folders nested past PATH_MAX, catalogues that repeat without end, NEL line ends.
Each ends in a clean message (or in the text), quickly."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from corpus.errors import DocumentError, MetadataError
from corpus.formulas import catalogue as catalogue_module
from corpus.formulas.catalogue import load_catalogue, repeated_items
from corpus.library.api import ImportStatus
from corpus.library.choosing import files_in
from corpus.library.embedded.store import EmbeddedLibrary as Library
from corpus.text import extract
from corpus.text.blocks import BlockKind, classify_line
from corpus.text.documents import load_file
from corpus.text.extract import extract_bytes, without_surrogates
from corpus.text.formats import PATH_MAX, walk_files
from corpus.text.loading import decode_bytes
from corpus.text.metadata import read_sidecar

from tests.corpus.test_extract import make_pdf, pdf_from_objects


def shared_stream_pdf(megabytes: float, pages: int) -> bytes:
    """A PDF whose pages all draw one Flate-compressed content stream of ``megabytes``."""
    line = b"(Les Parties reaffirment leur attachement a la paix et a la securite) Tj T*\n"
    content = b"BT /F1 11 Tf 14 TL 72 770 Td\n" + line * int(megabytes * 1_048_576 / len(line))
    packed = zlib.compress(content + b"ET", 6)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    kids = []
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    return pdf_from_objects(objects)


# -- PDF: a Flate bomb, and a glyph mapped to a lone surrogate --------------------------------


def test_one_page_that_unpacks_past_the_limit_is_refused() -> None:
    megabytes = extract.MAX_PDF_PAGE_CONTENT_BYTES / 1_048_576 + 1
    with pytest.raises(DocumentError) as refused:
        extract_bytes(shared_stream_pdf(megabytes, 1), ".pdf", "bomb.pdf")
    assert str(refused.value) == (
        "bomb.pdf: the PDF is too large to read: page 1 unpacks to more than 16 MB"
    )


def test_a_stream_shared_by_many_pages_counts_for_each() -> None:
    # 2 MB is a legitimate page; drawn by 50 pages it is 100 MB to read (ten minutes).
    bomb = shared_stream_pdf(2, 50)
    assert len(bomb) < 200_000
    with pytest.raises(DocumentError, match="its pages unpack to more than 32 MB"):
        extract_bytes(bomb, ".pdf", "bomb.pdf")


def test_a_pdf_under_the_limits_is_read() -> None:
    lines = ["Déclaration commune", "Les Parties réaffirment leur accord.", "Fait à Paris."]
    text = extract_bytes(make_pdf([lines]), ".pdf").text
    assert "Les Parties réaffirment leur accord." in text


def surrogate_pdf() -> bytes:
    """A PDF whose font maps "B" to U+D800 (half a UTF-16 pair) in its ToUnicode map."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /X def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"3 beginbfchar <41> <0041> <42> <D800> <43> <0043> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = b"BT /F1 11 Tf 72 770 Td (ABC CAB) Tj 0 -14 Td (ACAC) Tj ET"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 6 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ]
    )


def test_a_glyph_mapped_to_a_lone_surrogate_is_read_as_a_replacement_mark(
    tmp_path: Path,
) -> None:
    text = extract_bytes(surrogate_pdf(), ".pdf").text
    assert text.startswith("A\ufffdC")
    text.encode("utf-8")  # what writing the library's copy did, and failed
    path = tmp_path / "surrogate.pdf"
    path.write_bytes(surrogate_pdf())
    library = Library.open(tmp_path / "library", with_bundled=False)
    assert [o.status for o in library.add_paths([path])] == [ImportStatus.ADDED]


def test_surrogate_pairs_are_joined_and_lone_ones_replaced() -> None:
    assert without_surrogates("a\ud83d\ude00b\ud800c\udc00") == "a\U0001f600b\ufffdc\ufffd"
    assert without_surrogates("souveraineté") == "souveraineté"


# -- HTML declaring a codec that is not a text encoding --------------------------------------

_NOT_TEXT = [
    "unicode_escape",
    "raw_unicode_escape",
    "undefined",
    "punycode",
    "idna",
    "utf-7",
    "rot13",
    "base64",
    "zlib",
    "hex",
]


def _page(charset: str) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"></head>'
        r"<body><p>Les Parties r\ud800affirment +AGEA-</p></body></html>"
    ).encode()


@pytest.mark.parametrize("charset", _NOT_TEXT)
def test_a_page_declaring_a_codec_that_is_not_text_is_read_as_undeclared(charset: str) -> None:
    assert extract_bytes(_page(charset), ".html").text == ("Les Parties r\\ud800affirment +AGEA-\n")


def test_a_declared_text_encoding_is_still_honoured() -> None:
    page = '<meta charset="windows-1252"><p>Souveraineté</p>'.encode("cp1252")
    assert extract_bytes(page, ".html").text == "Souveraineté\n"


def test_a_folder_with_such_pages_is_imported_whole(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number, charset in enumerate(("unicode_escape", "undefined")):
        (folder / f"{number}_{charset}.html").write_bytes(_page(charset))
    (folder / "9_plain.txt").write_text("Déclaration commune sur la paix.\n", "utf-8")
    library = Library.open(tmp_path / "library", with_bundled=False)
    outcomes = library.add_paths([folder])
    assert [o.status for o in outcomes] == [ImportStatus.ADDED] * 3


# -- JSON and TOML nested past the interpreter's depth ----------------------------------------


def test_a_sidecar_nested_100000_deep_is_one_clear_line(tmp_path: Path) -> None:
    text = tmp_path / "deep.txt"
    text.write_text("Déclaration commune.\n", "utf-8")
    (tmp_path / "deep.txt.meta.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    with pytest.raises(MetadataError) as refused:
        load_file(text)
    assert (
        str(refused.value)
        == f"{tmp_path}/deep.txt.meta.json: not valid metadata (nested too deeply)"
    )
    library = Library.open(tmp_path / "library", with_bundled=False)
    [outcome] = library.add_paths([text])
    assert outcome.status is ImportStatus.FAILED
    assert outcome.message.endswith("not valid metadata (nested too deeply)")


def test_a_sidecar_that_is_a_pipe_a_device_or_too_large_is_not_read(
    tmp_path: Path,
) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Déclaration commune.\n", "utf-8")
    os.mkfifo(tmp_path / "a.txt.meta.json")
    assert read_sidecar(text) is None  # not a file: no metadata, and no waiting on the pipe
    (tmp_path / "a.txt.meta.json").unlink()
    (tmp_path / "a.txt.meta.json").symlink_to("/dev/zero")
    assert read_sidecar(text) is None
    (tmp_path / "a.txt.meta.json").unlink()
    (tmp_path / "a.txt.meta.json").write_text('{"title": "' + "x" * 2_000_000 + '"}', "utf-8")
    with pytest.raises(MetadataError, match="too large"):
        read_sidecar(text)
    (tmp_path / "a.txt.meta.json").write_text('{"title": ' + "9" * 5000 + "}", "utf-8")
    with pytest.raises(MetadataError, match="not valid metadata"):
        read_sidecar(text)


def _user_catalogue(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "formulas.toml"
    path.write_text(text, "utf-8")
    return path


_FAMILY = """
[[family]]
id = "x-fam"
label_fr = "x"
label_en = "x"
colour = "#77aadd"
patterns = [{patterns}]
"""


def test_a_catalogue_nested_50000_deep_is_one_clear_line(tmp_path: Path) -> None:
    for nested in ("[" * 50_000 + "]" * 50_000, "{a = " * 50_000 + "1" + "}" * 50_000):
        loaded = load_catalogue(_user_catalogue(tmp_path, f"x = {nested}\n"))
        assert len(loaded.problems) == 1
        assert loaded.problems[0].endswith(
            "formulas.toml: not valid TOML: arrays or tables nested too deeply."
        )


@pytest.mark.parametrize(
    "pattern", ["a{4294967296}", "a{1000000000}", "(?:a{1000}){1000}", "(?:ab){60000}"]
)
def test_repetition_counts_are_bounded(tmp_path: Path, pattern: str) -> None:
    loaded = load_catalogue(_user_catalogue(tmp_path, _FAMILY.format(patterns=f'"{pattern}"')))
    assert len(loaded.problems) == 1
    assert f"pattern '{pattern}' of family 'x-fam' repeats too much" in loaded.problems[0]
    assert "x-fam" not in loaded.ids


def test_counted_repetitions_are_counted_as_written_out() -> None:
    assert repeated_items("a{3}b") == 4
    assert repeated_items("(?:(?:ab){2}){3}") == 12
    assert repeated_items("(?:a|bc){0,40}") == 120
    assert repeated_items("a+") == 1
    bundled = catalogue_module.bundled_sources()
    assert max(repeated_items(source) for source in bundled) < 1000


def test_macros_that_double_at_each_step_are_one_line(tmp_path: Path) -> None:
    macros = '[macros]\nm0 = "a"\n' + "".join(
        f'm{i} = "{{m{i - 1}}}{{m{i - 1}}}"\n' for i in range(1, 41)
    )
    loaded = load_catalogue(_user_catalogue(tmp_path, macros + _FAMILY.format(patterns='"{m40}"')))
    assert len(loaded.problems) == 1
    assert "expands to more than 100,000 characters" in loaded.problems[0]


def test_a_catalogue_that_is_not_a_regular_file_is_not_read(tmp_path: Path) -> None:
    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    for path in (link, pipe):
        loaded = load_catalogue(path)
        assert len(loaded.problems) == 1
        assert loaded.problems[0].endswith("is not a regular file (a device or a pipe?).")
    big = _user_catalogue(tmp_path, "# " + "x" * (catalogue_module.MAX_CATALOGUE_BYTES + 1))
    assert "too large" in load_catalogue(big).problems[0]


# -- paths longer than PATH_MAX ---------------------------------------------------------------


def _nested_past_path_max(folder: Path) -> None:
    """Folders of 250-letter names inside ``folder`` down past PATH_MAX, a text at the bottom
    (made one level at a time, relative to an open folder: no call sees the whole path)."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        depth = 0
        while len(os.fsencode(folder)) + depth * 251 < PATH_MAX + 300:
            os.mkdir("d" * 250, dir_fd=handle)
            deeper = os.open("d" * 250, os.O_RDONLY | os.O_DIRECTORY, dir_fd=handle)
            os.close(handle)
            handle = deeper
            depth += 1
        note = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=handle)
        os.write(note, b"Texte profond sur la paix.\n")
        os.close(note)
    finally:
        os.close(handle)


def test_a_folder_nested_past_path_max_is_skipped_with_its_reason(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "ok.txt").write_text("Déclaration commune sur la paix.\n", "utf-8")
    _nested_past_path_max(folder)
    found, unreachable = walk_files(folder)
    assert found == [folder / "ok.txt"]
    [(where, why)] = unreachable
    assert where.relative_to(folder).parts == ("d" * 250,) * len(where.relative_to(folder).parts)
    assert len(os.fsencode(where)) >= PATH_MAX  # the first folder too deep to be listed
    assert why == "cannot be read (the path is too long: the system opens at most 4,096 bytes)"
    assert files_in(folder) == [folder / "ok.txt"]  # the rest is said by the import
    library = Library.open(tmp_path / "library", with_bundled=False)
    outcomes = library.add_paths([folder])
    assert sorted(o.status for o in outcomes) == [ImportStatus.ADDED, ImportStatus.FAILED]
    [failed] = [o for o in outcomes if o.status is ImportStatus.FAILED]
    assert "too long" in failed.message
    assert len(library) == 1


# -- NEL, LS and PS line ends -----------------------------------------------------------------


def test_nel_ls_and_ps_are_line_breaks() -> None:
    lines = [f"Article {n}. Les Parties coopèrent." for n in range(200)]
    for separator in ("\u0085", "\u2028", "\u2029"):
        text, encoding = decode_bytes(separator.join(lines).encode("utf-8"))
        assert (text.split("\n"), encoding) == (lines, "utf-8")
    mixed = "Titre\r\nUn\u0085Deux\u2028Trois\u2029Quatre\rCinq"
    assert decode_bytes(mixed.encode("utf-8"))[0] == "Titre\nUn\nDeux\nTrois\nQuatre\nCinq"


def test_other_c1_controls_are_still_binary() -> None:
    with pytest.raises(DocumentError, match="control characters"):
        decode_bytes("\u0086".join(["Ligne"] * 200).encode("utf-8"))


# -- lines that made the block patterns backtrack ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("a" * 20_001, None),  # a label of three words, cut in every way: minutes at 2,000
        ("a" + " " * 20_000 + "b", None),  # its blanks, cut between two gaps
        ("# a" + " " * 20_000 + "b", (BlockKind.MARKED_HEADING, "", 1, "a" + " " * 20_000 + "b")),
        ("## Titre ##", (BlockKind.MARKED_HEADING, "", 2, "Titre")),
        ("# x # y ##", (BlockKind.MARKED_HEADING, "", 1, "x # y")),
        ("# ###", (BlockKind.MARKED_HEADING, "", 1, "#")),
        ("### Article 5", (BlockKind.ARTICLE, "5", 0, "")),
        ("Source : [Traités](https://example.org)", (BlockKind.CHROME, "", 0, "")),
    ],
)
def test_lines_that_made_the_block_patterns_backtrack(
    line: str, expected: tuple[BlockKind, str, int, str] | None
) -> None:
    assert classify_line(line) == expected


def test_a_text_of_one_long_word_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mot.txt"
    path.write_text("a" * 30_000 + "\n", "utf-8")
    assert load_file(path).raw == "a" * 30_000 + "\n"
