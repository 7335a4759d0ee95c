"""Loading and checking formula catalogues (TOML) into a compiled :class:`Catalogue`.

The bundled catalogue lives in ``corpus/data/formulas.toml``; its header documents the format.
A user catalogue has the same format: a family with a bundled id replaces the bundled family
(keys it leaves out keep their bundled values), a new id adds a family. A broken user catalogue
never breaks the reader: :func:`load_catalogue` then returns the bundled catalogue whole, with
messages in :attr:`Catalogue.problems` that name the file and the line at fault.

Matching lives in :mod:`corpus.formulas.finder`. A user's patterns are matched with the
``regex`` module and a time-out (the standard ``re`` cannot be stopped once a match runs, and a
pattern such as ``(\\w+\\s?)+$`` backtracks for hours on a paragraph); a pattern that runs away on
a short text made of its own words is refused at load, with the family and the line.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from corpus.datafiles import data_file
from corpus.errors import CatalogueError, DocumentError, Reason
from corpus.formulas import anchorfile
from corpus.model import FormulaFamily
from corpus.text.anchors import TextAnchors, holds_all, may_match
from corpus.text.loading import read_bytes

if TYPE_CHECKING:  # loaded only for a user's patterns: slow to import, and most have none
    import regex

BUNDLED_NAME = "formulas.toml"

_TOP_KEYS = ("version", "macros", "family")
_FAMILY_KEYS = ("id", "label_fr", "label_en", "colour", "patterns", "exclusions")
_REQUIRED_FOR_NEW = ("label_fr", "label_en", "colour", "patterns")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_MACRO_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_MACRO_REF = re.compile(r"(?<!\\)\{([a-z_][a-z0-9_]*)\}")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_TOML_END = re.compile(r"\s*\(at end of document\)")
_HEADER = re.compile(r"^\s*\[")
_FAMILY_HEADER = re.compile(r"^\s*\[\[\s*family\s*\]\]")
#: How long one search of a user's pattern may run before the pattern is given up (a sound one
#: searches the longest text allowed in well under a second).
USER_PATTERN_TIMEOUT_SECONDS = 5.0
#: A sound pattern searches a probe of :func:`runs_away` in microseconds.
_PROBE_TIMEOUT_SECONDS = 0.2
_PROBE_REPEATS = 1000
_PATTERN_WRAPPER = re.compile(r"\(\?:(.*)\)\(\?!\\w\)", re.DOTALL)
#: A user catalogue larger than this is refused: the bundled one, 150 families, takes 60 KB.
MAX_CATALOGUE_BYTES = 1024 * 1024
#: The most characters a pattern may have once its macros are expanded: macros that repeat
#: each other double at each step, and forty steps would make a pattern of a trillion.
MAX_EXPANDED_CHARS = 100_000
#: The most a pattern may ask its repetitions to repeat, nested ones multiplied
#: (``(?:a{1000}){1000}`` asks a million): the ``regex`` module writes each repetition out when
#: it compiles, and ``a{1000000000}`` never finished compiling. The bundled patterns ask 40.
MAX_REPEATED_ITEMS = 100_000

#: A compiled pattern: ``re`` for the bundled catalogue (vetted, and faster), ``regex`` (with
#: a time-out) for a user's.
Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"


class CompiledFamily:
    """A family's patterns and exclusions, each compiled once, when first needed.

    A bundled pattern whose anchors are shipped (:mod:`corpus.formulas.shipped_anchors`) is
    compiled only once a text holds them: most texts hold the anchors of few patterns, and
    compiling them all took a tenth of a short command's time. A user's patterns, and any
    pattern the shipped file does not know, are checked as :func:`corpus.text.anchors.may_match`
    says.
    """

    __slots__ = ("_compile", "_compiled", "_shipped", "family_id", "sources")

    def __init__(
        self,
        family_id: str,
        patterns: Sequence[str],
        exclusions: Sequence[str],
        *,
        user: bool = False,
    ) -> None:
        self.family_id = family_id
        #: The expanded patterns, then the exclusions, as written (without the wrapper).
        self.sources = (tuple(patterns), tuple(exclusions))
        self._compile: Callable[[str], Pattern] = compile_user_pattern if user else compile_pattern
        self._compiled: dict[tuple[int, int], Pattern] = {}
        found = {} if user else anchorfile.shipped()
        self._shipped = tuple(
            tuple(found.get(_wrapped(source)) for source in part) for part in self.sources
        )

    def _pattern(self, part: int, index: int) -> Pattern:
        pattern = self._compiled.get((part, index))
        if pattern is None:
            pattern = self._compiled[part, index] = self._compile(self.sources[part][index])
        return pattern

    def _may_match(self, part: int, index: int, text: TextAnchors) -> bool:
        shipped = self._shipped[part][index]
        if shipped is not None:
            return holds_all(shipped, text)
        return may_match(self._pattern(part, index), text)

    def matching(self, part: int, text: TextAnchors | None) -> Iterator[Pattern]:
        """The compiled patterns (``part`` 0) or exclusions (1) that may match ``text`` (all of
        them when ``text`` is ``None``), compiled as they are needed."""
        for index in range(len(self.sources[part])):
            if text is None or self._may_match(part, index, text):
                yield self._pattern(part, index)

    @property
    def shipped(self) -> bool:
        """Whether every pattern's and exclusion's anchors are shipped (none need working out)."""
        return all(found is not None for part in self._shipped for found in part)

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        """Every pattern, compiled."""
        return tuple(self.matching(0, None))

    @property
    def exclusions(self) -> tuple[Pattern, ...]:
        """Every exclusion, compiled."""
        return tuple(self.matching(1, None))


@dataclass(frozen=True)
class Catalogue:
    """A set of formula families, ready for :func:`corpus.formulas.finder.find_formulas`.

    Attributes:
        version: the catalogue version ("1"; "1+user" or "1+user-<v>" with a user catalogue).
        families: the families in display order (bundled first, then user additions).
        problems: messages about a user catalogue that could not be used, one per fault,
            each naming the file and, when known, the line.
    """

    version: str
    families: tuple[FormulaFamily, ...]
    problems: tuple[str, ...] = ()
    _compiled: tuple[CompiledFamily, ...] = field(default=(), repr=False, compare=False)

    @property
    def ids(self) -> tuple[str, ...]:
        """The family ids, in display order."""
        return tuple(family.family_id for family in self.families)

    def family(self, family_id: str) -> FormulaFamily | None:
        """The family with this id, or ``None``."""
        for family in self.families:
            if family.family_id == family_id:
                return family
        return None

    def compiled(self) -> tuple[CompiledFamily, ...]:
        """The compiled patterns (built by the loader; compiled here for a hand-made catalogue)."""
        if self._compiled or not self.families:
            return self._compiled
        compiled = tuple(compile_family(family) for family in self.families)
        object.__setattr__(self, "_compiled", compiled)
        return compiled


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a pattern (macros already expanded) so that it cannot end inside a word.

    That it cannot start inside a word is checked by :func:`iter_matches`: a leading
    look-behind would deprive the regex engine of its literal-prefix search (four times slower).
    """
    return re.compile(_wrapped(pattern))


def _wrapped(pattern: str) -> str:
    """What :func:`compile_pattern` compiles for ``pattern``."""
    return r"(?:" + pattern + r")(?!\w)"


def compile_user_pattern(pattern: str) -> regex.Pattern[str]:
    """:func:`compile_pattern` with the ``regex`` module, whose searches can time out."""
    import regex

    return regex.compile(r"(?:" + pattern + r")(?!\w)", regex.VERSION0)


def iter_matches(pattern: Pattern, text: str) -> Iterator[tuple[int, int]]:
    """The spans of the non-empty matches of ``pattern`` that start at a word boundary.

    Raises:
        CatalogueError: a user's pattern took longer than
            :data:`USER_PATTERN_TIMEOUT_SECONDS` on one search (it backtracks without end).
    """
    pos = 0
    end = len(text)
    while pos <= end:
        match = _search(pattern, text, pos)
        if match is None:
            return
        start, stop = match.span()
        if (
            start > 0
            and (text[start - 1].isalnum() or text[start - 1] == "_")
            and (text[start].isalnum() or text[start] == "_")
        ):
            pos = start + 1
            continue
        if stop > start:
            yield start, stop
            pos = stop
        else:
            pos = start + 1


def _search(pattern: Pattern, text: str, pos: int) -> re.Match[str] | regex.Match[str] | None:
    if isinstance(pattern, re.Pattern):
        return pattern.search(text, pos)
    try:
        # concurrent: the search lets go of the interpreter, so the window stays alive meanwhile.
        return pattern.search(text, pos, concurrent=True, timeout=USER_PATTERN_TIMEOUT_SECONDS)
    except TimeoutError as exc:
        match = _PATTERN_WRAPPER.fullmatch(pattern.pattern)
        shown = match.group(1) if match else pattern.pattern
        raise CatalogueError(Reason.PATTERN_TOO_SLOW, pattern=shown) from exc


def compile_family(family: FormulaFamily, *, user: bool = False) -> CompiledFamily:
    """Compile one family (a user's with :func:`compile_user_pattern`); raises ``re.error`` on
    a bad expression."""
    family_compiled = CompiledFamily(
        family.family_id, family.patterns, family.exclusions, user=user
    )
    if user:  # a user's patterns are compiled now, so that a bad one is found at once
        family_compiled.patterns, family_compiled.exclusions  # noqa: B018
    return family_compiled


def runs_away(pattern: str) -> bool:
    """Whether ``pattern`` backtracks without end on a short text made of its own words.

    Such patterns (``(a+)+$``, ``(\\w+\\s?)+$``) try every way of cutting a run of letters in
    pieces. The ``regex`` module remembers enough to make that polynomial rather than
    exponential, but still cubic: 1,000 repetitions of a word of theirs followed by a character
    they do not expect take seconds (a paragraph, hours), where a sound pattern takes
    microseconds.
    """
    compiled = compile_user_pattern(pattern)
    words = set(re.findall(r"[^\W\d_]+", pattern.casefold())) | {"a", "mot", "1"}
    for word in sorted(words):
        # Runs of one letter ("aaaa") but never of a longer word: any pattern that looks for a
        # space after a word (a sound one) takes quadratic time on a 9,000-letter "word".
        for separator in ("", " ", "-") if len(word) == 1 else (" ", "-"):
            probe = (word + separator) * _PROBE_REPEATS + "!"
            try:
                compiled.search(probe, timeout=_PROBE_TIMEOUT_SECONDS)
            except TimeoutError:
                return True
    return False


@dataclass(frozen=True, slots=True)
class _Parsed:
    version: str | None
    macros: dict[str, str]
    families: tuple[FormulaFamily, ...]


def parse_catalogue(
    text: str,
    source: str,
    *,
    base: Sequence[FormulaFamily] = (),
    base_macros: Mapping[str, str] | None = None,
) -> tuple[str | None, tuple[FormulaFamily, ...]]:
    """Parse and check a catalogue's TOML text.

    Args:
        text: the file's text.
        source: how messages name the file.
        base: families this catalogue may override (an override may leave keys out).
        base_macros: macros available before the file's own ``[macros]``.

    Returns:
        The file's ``version`` (``None`` if absent) and its families, patterns expanded.

    Raises:
        CatalogueError: with one message per fault, one per line of the error's text.
    """
    parsed = _parse(text, source, base, dict(base_macros or {}))
    return parsed.version, parsed.families


def load_catalogue(user_path: Path | None = None) -> Catalogue:
    """The bundled catalogue, extended or overridden by a user catalogue file.

    Args:
        user_path: a user catalogue; ``None`` (or a file that does not exist) means the
            bundled catalogue alone. See :func:`corpus.formulas.finder.default_user_catalogue_path`.

    Returns:
        The combined catalogue. If the user file cannot be read or is broken, the bundled
        catalogue whole, with the messages in ``problems``.
    """
    bundled = bundled_catalogue()
    if user_path is None or not user_path.exists():
        return bundled
    source = _display_path(user_path)
    try:
        # A regular file, and no more than the limit: a link to /dev/zero or a named pipe
        # would be read (or waited for) without end.
        text = read_bytes(user_path, MAX_CATALOGUE_BYTES).decode("utf-8")
    except UnicodeDecodeError as exc:
        return replace(bundled, problems=(f"{source}: not UTF-8 text ({exc.reason}).",))
    except DocumentError as exc:
        reason = str(exc).partition(": ")[2] or str(exc)
        return replace(bundled, problems=(f"{source}: {reason}.",))
    try:
        parsed = _parse(text, source, bundled.families, dict(_bundled_parsed().macros))
    except CatalogueError as exc:
        return replace(bundled, problems=tuple(str(exc).splitlines()))
    if not parsed.families:
        return bundled
    families = list(bundled.families)
    positions = {family.family_id: i for i, family in enumerate(families)}
    for family in parsed.families:
        if family.family_id in positions:
            families[positions[family.family_id]] = family
        else:
            positions[family.family_id] = len(families)
            families.append(family)
    version = f"{bundled.version}+user" + (f"-{parsed.version}" if parsed.version else "")
    return _build(version, tuple(families), {family.family_id for family in parsed.families})


@cache
def bundled_catalogue() -> Catalogue:
    """The catalogue shipped with the package (built once)."""
    parsed = _bundled_parsed()
    return _build(parsed.version or "", parsed.families)


def bundled_sources() -> tuple[str, ...]:
    """Every pattern and exclusion of the bundled catalogue, expanded."""
    return tuple(
        source
        for family in _bundled_parsed().families
        for source in (*family.patterns, *family.exclusions)
    )


@cache
def _bundled_parsed() -> _Parsed:
    path = data_file(BUNDLED_NAME)
    text = path.read_text(encoding="utf-8")
    parsed = _parse(text, f"corpus/data/{BUNDLED_NAME}", (), {}, untrusted=False)
    if not parsed.version:
        raise CatalogueError(Reason.CATALOGUE_WITHOUT_VERSION, f"corpus/data/{BUNDLED_NAME}")
    return parsed


def _build(
    version: str, families: tuple[FormulaFamily, ...], user: Set[str] = frozenset()
) -> Catalogue:
    compiled = tuple(compile_family(family, user=family.family_id in user) for family in families)
    return Catalogue(version, families, (), compiled)


def _display_path(path: Path) -> str:
    try:
        return "~/" + path.resolve().relative_to(Path.home().resolve()).as_posix()
    except (ValueError, RuntimeError, OSError):
        return str(path)


# --- parsing and checking -------------------------------------------------------------------


class _Lines:
    """Finds the line (1-based) where a key or a value of the TOML text is written."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        headers = [i for i, line in enumerate(self.lines) if _HEADER.match(line)]
        self._first_header = headers[0] if headers else len(self.lines)
        self._family_starts = [i for i, line in enumerate(self.lines) if _FAMILY_HEADER.match(line)]
        self._headers = headers

    def _block_end(self, start: int) -> int:
        for header in self._headers:
            if header > start:
                return header
        return len(self.lines)

    def family_block(self, index: int) -> tuple[int, int] | None:
        if index < len(self._family_starts):
            start = self._family_starts[index]
            return start, self._block_end(start)
        return None

    def table_block(self, name: str) -> tuple[int, int] | None:
        pattern = re.compile(r"^\s*\[\s*" + re.escape(name) + r"\s*\]")
        for i, line in enumerate(self.lines):
            if pattern.match(line):
                return i, self._block_end(i)
        return None

    def top_block(self) -> tuple[int, int]:
        return 0, self._first_header

    def find_key(self, block: tuple[int, int] | None, key: str) -> int | None:
        """The line where ``key = ...`` is written inside ``block``, or ``None``."""
        if block is None:
            return None
        pattern = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
        for i in range(*block):
            if pattern.match(self.lines[i]):
                return i + 1
        return None

    def key(self, block: tuple[int, int] | None, key: str) -> int | None:
        """The line of ``key`` inside ``block``, else the block's first line."""
        found = self.find_key(block, key)
        if found is None and block is not None and block[0] < len(self.lines):
            return block[0] + 1
        return found

    def value(self, block: tuple[int, int] | None, key: str, value: str) -> int | None:
        """The line of a string value written under ``key`` (falls back to the key's line)."""
        if block is None:
            return None
        forms = {value, value.replace("\\", "\\\\").replace('"', '\\"')}
        start = (self.key(block, key) or block[0] + 1) - 1
        for i in range(start, block[1]):
            if any(form and form in self.lines[i] for form in forms):
                return i + 1
        return self.key(block, key)


class _Problems:
    """The faults found in a catalogue; ``untrusted``: a user's, whose patterns are tried for
    runaway backtracking (the bundled ones are vetted, and trying them would slow every start)."""

    def __init__(self, source: str, untrusted: bool) -> None:
        self.source = source
        self.untrusted = untrusted
        self.messages: list[str] = []
        self.too_long: set[str] = set()  # macros whose expansion is too long (said once)

    def add(self, line: int | None, message: str) -> None:
        where = f"{self.source}, line {line}" if line else self.source
        self.messages.append(f"{where}: {message}")


def _parse(
    text: str,
    source: str,
    base: Sequence[FormulaFamily],
    base_macros: dict[str, str],
    untrusted: bool = True,
) -> _Parsed:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(
            Reason.CATALOGUE_INVALID, details=_toml_message(source, str(exc), text)
        ) from exc
    except RecursionError as exc:  # tomllib reads nested arrays and tables by recursion
        raise CatalogueError(
            Reason.CATALOGUE_INVALID,
            details=f"{source}: not valid TOML: arrays or tables nested too deeply.",
        ) from exc
    lines = _Lines(text)
    problems = _Problems(source, untrusted)
    top = lines.top_block()
    for key in data:
        if key not in _TOP_KEYS:
            problems.add(
                lines.find_key(top, key) or lines.key(lines.table_block(key), key),
                f"unknown key {key!r}{_suggest(key, _TOP_KEYS)}.",
            )
    version = data.get("version")
    if version is not None and not isinstance(version, str):
        problems.add(lines.key(top, "version"), "'version' must be a string, e.g. \"1\".")
        version = None
    macros = _check_macros(data.get("macros", {}), base_macros, lines, problems)
    families = _check_families(data.get("family", []), base, macros, lines, problems)
    if problems.messages:
        raise CatalogueError(Reason.CATALOGUE_INVALID, details="\n".join(problems.messages))
    return _Parsed(version, macros, tuple(families))


def _toml_message(source: str, message: str, text: str) -> str:
    match = _TOML_POSITION.search(message)
    if match is None:
        end = _TOML_END.search(message)
        if end is not None:
            last = max(1, len(text.splitlines()))
            reason = message[: end.start()] + message[end.end() :]
            return f"{source}, line {last}: not valid TOML: {reason} at the end of the file."
        return f"{source}: not valid TOML: {message}."
    reason = message[: match.start()] + message[match.end() :]
    return f"{source}, line {match.group(1)}, column {match.group(2)}: not valid TOML: {reason}."


def _suggest(word: str, choices: Sequence[str]) -> str:
    import difflib  # only to word a problem

    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _check_macros(
    raw: object, base: dict[str, str], lines: _Lines, problems: _Problems
) -> dict[str, str]:
    block = lines.table_block("macros")
    if not isinstance(raw, dict):
        problems.add(lines.key(lines.top_block(), "macros"), "'macros' must be a table.")
        return dict(base)
    own: dict[str, str] = {}
    for name, value in raw.items():
        if not _MACRO_NAME.fullmatch(name):
            problems.add(
                lines.key(block, name),
                f"macro name {name!r} must be lower-case letters, digits and '_'.",
            )
        elif not isinstance(value, str):
            problems.add(lines.key(block, name), f"macro {name!r} must be a string.")
        else:
            own[name] = value
    macros = {**base, **own}
    expanded = dict(base)
    memo: dict[str, str] = {}
    for name in own:
        try:
            expanded[name] = _expand(own[name], macros, (name,), memo)
        except _TooLong as exc:
            # One message, about the macro that grew too long first: the ones built on it
            # are too long because of it.
            if exc.macro not in problems.too_long:
                problems.too_long.add(exc.macro)
                problems.add(
                    lines.key(block, exc.macro),
                    f"macro {exc.macro!r} expands to more than {MAX_EXPANDED_CHARS:,} "
                    "characters (macros that use each other twice double at each step).",
                )
            problems.too_long.add(name)
            continue
        except ValueError as exc:
            problems.add(lines.key(block, name), f"macro {name!r}: {exc}.")
            continue
        try:
            re.compile(expanded[name])
        except re.error as exc:
            problems.add(
                lines.key(block, name), f"invalid regular expression in macro {name!r}: {exc}."
            )
        except (OverflowError, RecursionError):  # its patterns say it (see _invalid)
            pass
    return expanded


class _TooLong(ValueError):
    """A macro's expansion is longer than :data:`MAX_EXPANDED_CHARS`."""

    def __init__(self, macro: str) -> None:
        super().__init__(
            f"macro '{{{macro}}}' expands to more than {MAX_EXPANDED_CHARS:,} characters"
        )
        self.macro = macro


def _expand(
    pattern: str,
    macros: Mapping[str, str],
    stack: tuple[str, ...] = (),
    memo: dict[str, str] | None = None,
) -> str:
    """``pattern`` with its macros written out (each once: ``memo`` keeps what is done).

    Raises:
        _TooLong: an expansion grew past :data:`MAX_EXPANDED_CHARS`.
        ValueError: an unknown macro, or one that refers to itself.
    """
    done = {} if memo is None else memo

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(f"unknown macro '{{{name}}}'")
        if name in stack:
            raise ValueError(f"macro '{{{name}}}' refers to itself")
        if name not in done:
            done[name] = "(?:" + _expand(macros[name], macros, (*stack, name), done) + ")"
        return done[name]

    expanded = _MACRO_REF.sub(substitute, pattern)
    if len(expanded) > MAX_EXPANDED_CHARS:
        raise _TooLong(stack[-1] if stack else "")
    return expanded


def _iter_families(
    raw: object, lines: _Lines, problems: _Problems
) -> Iterator[tuple[int, dict[str, object]]]:
    if not isinstance(raw, list):
        problems.add(
            lines.key(lines.top_block(), "family"),
            "'family' must be an array of tables: write each one under [[family]].",
        )
        return
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict):
            problems.add(
                lines.key(lines.top_block(), "family"),
                f"family #{index + 1} must be a table under [[family]].",
            )
            continue
        yield index, entry


def _check_families(
    raw: object,
    base: Sequence[FormulaFamily],
    macros: Mapping[str, str],
    lines: _Lines,
    problems: _Problems,
) -> list[FormulaFamily]:
    bases = {family.family_id: family for family in base}
    seen: dict[str, int] = {}
    families: list[FormulaFamily] = []
    for index, entry in _iter_families(raw, lines, problems):
        block = lines.family_block(index)
        family = _check_family(index, entry, block, bases, macros, lines, problems)
        if family is None:
            continue
        if family.family_id in seen:
            problems.add(
                lines.key(block, "id"),
                f"family {family.family_id!r} is defined twice "
                f"(first as family #{seen[family.family_id] + 1}).",
            )
            continue
        seen[family.family_id] = index
        families.append(family)
    return families


def _check_family(
    index: int,
    entry: Mapping[str, object],
    block: tuple[int, int] | None,
    bases: Mapping[str, FormulaFamily],
    macros: Mapping[str, str],
    lines: _Lines,
    problems: _Problems,
) -> FormulaFamily | None:
    count = len(problems.messages)
    family_id = entry.get("id")
    if "id" not in entry:
        problems.add(block[0] + 1 if block else None, f"family #{index + 1} has no 'id'.")
        return None
    if not isinstance(family_id, str) or not _ID.fullmatch(family_id):
        problems.add(
            lines.key(block, "id"),
            f"invalid id {family_id!r} in family #{index + 1}: use lower-case letters, "
            "digits and '-', e.g. \"territorial-integrity\".",
        )
        return None
    name = f"family {family_id!r}"
    for key in entry:
        if key not in _FAMILY_KEYS:
            problems.add(
                lines.key(block, key),
                f"unknown key {key!r} in {name}{_suggest(key, _FAMILY_KEYS)}.",
            )
    inherited = bases.get(family_id)
    missing = [key for key in _REQUIRED_FOR_NEW if key not in entry]
    if inherited is None and missing:
        problems.add(
            lines.key(block, "id"), f"{name} is new and needs {', '.join(map(repr, missing))}."
        )
    labels: dict[str, str] = {}
    for key in ("label_fr", "label_en"):
        value = entry.get(key)
        if key in entry and (not isinstance(value, str) or not value.strip()):
            problems.add(lines.key(block, key), f"{key!r} of {name} must be a non-empty string.")
        elif isinstance(value, str):
            labels[key] = value.strip()
    colour = entry.get("colour")
    if "colour" in entry and (not isinstance(colour, str) or not _COLOUR.fullmatch(colour)):
        problems.add(
            lines.key(block, "colour"),
            f'colour of {name} must be written "#rrggbb" (e.g. "#77aadd"), not {colour!r}.',
        )
    patterns = _check_patterns(entry, "patterns", name, block, macros, lines, problems)
    exclusions = _check_patterns(entry, "exclusions", name, block, macros, lines, problems)
    if len(problems.messages) > count:
        return None
    if inherited is None:
        inherited = FormulaFamily(family_id, "", "", "")
    return FormulaFamily(
        family_id=family_id,
        label_fr=labels.get("label_fr", inherited.label_fr),
        label_en=labels.get("label_en", inherited.label_en),
        colour=colour.lower() if isinstance(colour, str) else inherited.colour,
        patterns=patterns if patterns is not None else inherited.patterns,
        exclusions=exclusions if exclusions is not None else inherited.exclusions,
    )


def _check_patterns(
    entry: Mapping[str, object],
    key: str,
    name: str,
    block: tuple[int, int] | None,
    macros: Mapping[str, str],
    lines: _Lines,
    problems: _Problems,
) -> tuple[str, ...] | None:
    if key not in entry:
        return None
    values = entry[key]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        problems.add(lines.key(block, key), f"{key!r} of {name} must be a list of strings.")
        return None
    if key == "patterns" and not values:
        problems.add(lines.key(block, key), f"{name} needs at least one pattern.")
        return None
    expanded: list[str] = []
    for value in values:
        assert isinstance(value, str)
        line = lines.value(block, key, value)
        if not value.strip():
            problems.add(line, f"empty pattern in {name}.")
            continue
        try:
            pattern = _expand(value, macros)
        except _TooLong:
            problems.add(
                line,
                f"pattern {value!r} of {name} is longer than {MAX_EXPANDED_CHARS:,} "
                "characters once its macros are written out.",
            )
            continue
        except ValueError as exc:
            used = set(_MACRO_REF.findall(value))
            if not used & problems.too_long:  # a macro already said to be too long
                problems.add(line, f"{exc} in {name}.")
            continue
        # The bundled patterns are vetted (a test compiles each): compiling them all here
        # would cost every start what compiling them as they are needed saves.
        if problems.untrusted and (message := _invalid(pattern, value, name)):
            problems.add(line, message)
            continue
        if problems.untrusted and runs_away(pattern):
            problems.add(
                line,
                f"pattern {value!r} of {name} repeats a repetition (as in '(\\w+\\s?)+'): on "
                "some texts it would run for hours; bound the outer one (e.g. '{0,5}') or put "
                "a separator in it (e.g. '(\\w+ )+').",
            )
            continue
        expanded.append(pattern)
    return tuple(expanded)


def _invalid(pattern: str, value: str, name: str) -> str:
    """Why an expanded pattern cannot be used ("" if it can)."""
    try:
        compiled = compile_pattern(pattern)
        repeated = repeated_items(pattern)
    except re.error as exc:
        return f"invalid regular expression in {name}: {exc}."
    except (OverflowError, RecursionError):  # a{4294967296}, or thousands of nested groups
        repeated = MAX_REPEATED_ITEMS + 1
    if repeated > MAX_REPEATED_ITEMS:
        return (
            f"pattern {value!r} of {name} repeats too much (more than {MAX_REPEATED_ITEMS:,} "
            "items once its repetitions are written out); use a smaller count, e.g. '{0,40}'."
        )
    if compiled.fullmatch(""):
        return f"pattern {value!r} of {name} matches the empty string."
    return ""


def repeated_items(pattern: str) -> int:
    """How many items ``pattern`` holds once each counted repetition is written out (as the
    ``regex`` module compiles it): ``a{3}b`` holds 4, ``(?:ab){2}{3}`` 12. Counting stops
    past :data:`MAX_REPEATED_ITEMS`.

    Raises:
        re.error: not a regular expression.
        OverflowError: a count too large to write.
    """
    # The standard library's own parser: the syntax of ``regex``'s VERSION0 is the same.
    parser: Any = importlib.import_module("re._parser")
    return _items(parser.parse(pattern), importlib.import_module("re._constants"))


def _items(parsed: Any, constants: Any) -> int:
    total = 0
    for op, argument in parsed:
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            low, high, sub = argument
            count = low if high == constants.MAXREPEAT else high
            total += max(1, count) * _items(sub, constants)
        elif op is constants.SUBPATTERN or op is constants.ATOMIC_GROUP:
            total += _items(argument[-1] if op is constants.SUBPATTERN else argument, constants)
        elif op is constants.BRANCH:
            total += sum(_items(branch, constants) for branch in argument[1])
        elif op in (constants.ASSERT, constants.ASSERT_NOT):
            total += _items(argument[1], constants)
        elif op is constants.GROUPREF_EXISTS:
            total += sum(_items(part, constants) for part in argument[1:] if part is not None)
        else:
            total += 1
        if total > MAX_REPEATED_ITEMS:
            break
    return total
