"""Time the command line on the hostile inputs of issue 28's readers (run by hand).

Makes each file in a temporary folder (a Flate bomb shared by 50 pages, a glyph mapped to a
lone surrogate, pages declaring codecs that are not text, a deep sidecar, a folder nested past
PATH_MAX, NEL line ends, NEAR with 16 and 24 terms, identical formula paragraphs, one line of
3.9 million characters in the window), runs the command each needs with a time-out, and prints
the seconds, the exit status and the last line said::

    .venv/bin/python bench/bench_hostile_readers.py [--timeout 120] [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests" / "data"
_COMMON = "de la les des et à en du le l d pour par sur dans que qui une un au aux est sont leur"


def _pdf(objects: list[bytes]) -> bytes:
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


def bomb_pdf(megabytes: int = 70, pages: int = 50) -> bytes:
    """One Flate-compressed content stream of ``megabytes``, drawn by every page."""
    line = b"(Les Parties reaffirment leur attachement a la paix et a la securite ) Tj T*\n"
    content = b"BT /F1 11 Tf 14 TL 72 770 Td\n" + line * (megabytes * 1_048_576 // len(line))
    packed = zlib.compress(content + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
        )
    kids = b" ".join(b"%d 0 R" % number for number in range(5, 5 + pages))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)
    return _pdf(objects)


def surrogate_pdf() -> bytes:
    """A font whose ToUnicode map sends "B" to U+D800, half a UTF-16 pair."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /X def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"3 beginbfchar <41> <0041> <42> <D800> <43> <0043> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = b"BT /F1 11 Tf 72 770 Td (ABCABC) Tj 0 -14 Td (ACAC BAB) Tj ET"
    return _pdf(
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


def _nested_past_path_max(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    for _ in range(20):
        os.mkdir("d" * 250, dir_fd=handle)
        deeper = os.open("d" * 250, os.O_RDONLY | os.O_DIRECTORY, dir_fd=handle)
        os.close(handle)
        handle = deeper
    note = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=handle)
    os.write(note, b"Texte profond sur la paix.\n")
    os.close(note)
    os.close(handle)


def cases(work: Path) -> dict[str, Callable[[], list[str]]]:
    """Each case's name and what makes its files and gives its command's arguments."""

    def write(name: str, data: bytes | str) -> Path:
        path = work / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, "utf-8")
        else:
            path.write_bytes(data)
        return path

    page = '<html><head><meta charset="{0}"></head><body><p>Les Parties r\\ud800affirment.</p>'

    def bomb() -> list[str]:
        return ["scan", str(write("bomb.pdf", bomb_pdf()))]

    def surrogate() -> list[str]:
        return ["library", "add", str(write("surrogate.pdf", surrogate_pdf()))]

    def html_folder() -> list[str]:
        write("pages/a.html", page.format("unicode_escape"))
        write("pages/b.html", page.format("undefined"))
        write("pages/c.txt", "Déclaration commune sur la paix.\n")
        return ["search", "--corpus", str(work / "pages"), "paix"]

    def deep_sidecar() -> list[str]:
        write("deep.txt.meta.json", "[" * 100_000 + "]" * 100_000)
        return ["library", "add", str(write("deep.txt", "Déclaration commune.\n"))]

    def path_max() -> list[str]:
        (work / "long").mkdir()
        write("long/ok.txt", "Déclaration commune sur la paix.\n")
        _nested_past_path_max(work / "long")
        return ["library", "add", str(work / "long")]

    def nel() -> list[str]:
        text = "\u0085".join(f"Article {n}. Les Parties coopèrent." for n in range(200))
        return ["scan", str(write("nel.txt", text))]

    def near(terms: int) -> Callable[[], list[str]]:
        def make() -> list[str]:
            (work / "texts").mkdir(exist_ok=True)
            for source in sorted(TEXTS.glob("*.txt")):
                (work / "texts" / source.name).write_bytes(source.read_bytes())
            words = " ".join(_COMMON.split()[:terms])
            return ["search", "--corpus", str(work / "texts"), f"NEAR({words}, 100)"]

        return make

    def formulas() -> list[str]:
        paragraph = "Les Parties réaffirment leur intégrité territoriale."
        many = write("formulas.txt", "\n\n".join([paragraph] * 60_000) + "\n")
        few = write("few.txt", "\n\n".join([paragraph] * 10) + "\n")
        return ["align", str(many), str(few)]

    def one_line() -> list[str]:
        words = ("Les Parties réaffirment leur attachement " * 100_000)[:3_900_000] + "\n"
        line = write("one_line.txt", words)
        return ["open", str(line), "moscou", "--screenshot", str(work / "shot.png")]

    return {
        "pdf-bomb": bomb,
        "pdf-surrogate": surrogate,
        "html-codecs-folder": html_folder,
        "deep-sidecar": deep_sidecar,
        "path-max": path_max,
        "nel": nel,
        "near-16": near(16),
        "near-24": near(24),
        "formulas-60000": formulas,
        "window-one-line": one_line,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--only", action="append", default=[])
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "VIS_A_VIS_DATA": str(work / "library"),
            "VIS_A_VIS_CACHE": str(work / "cache"),
            "VIS_A_VIS_SETTINGS": str(work / "settings.ini"),
        }
        for name, make in cases(work).items():
            if options.only and name not in options.only:
                continue
            arguments = make()
            began = time.perf_counter()
            try:
                done = subprocess.run(
                    [sys.executable, str(ROOT / "main.py"), *arguments],
                    capture_output=True,
                    text=True,
                    timeout=options.timeout,
                    env=env,
                    check=False,
                )
                status, said = str(done.returncode), (done.stderr or done.stdout).strip()
            except subprocess.TimeoutExpired:
                status, said = "timeout", ""
            seconds = time.perf_counter() - began
            last = said.splitlines()[-1][:150] if said else ""
            print(f"{name:20} {seconds:7.1f} s  exit {status:7}  {last}", flush=True)


if __name__ == "__main__":
    main()
