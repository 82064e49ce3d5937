"""A curator's authority file: known entities as CSV, parsed and validated.

Columns (header required, any order, names case-insensitive):
``name`` (required), ``type`` (required: person, organization, place,
group, other), ``aliases`` (``;``- or ``|``-separated: one cell of the CSV, so not ``,``), ``lat`` and ``lon``
(decimal degrees, both or neither), ``identifier`` (e.g. a Wikidata QID
``Q123`` or a URI). Other columns are ignored, so curators may keep notes
alongside; they are listed in no error. Every problem is reported with its
line number as an :class:`~vitrina.errors.InputError`. Applying the rows
(canonical names, merges, coordinates) is ``vitrina.link``'s job.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vitrina import lexicon
from vitrina.errors import InputError
from vitrina.ingest.encoding import decode

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
MAX_FIELD = 1_000  # characters in one cell
TYPES = ("person", "organization", "place", "group", "vessel", "other")
TYPE_SYNONYMS = {"org": "organization", "organisation": "organization", "location": "place"}
KNOWN_COLUMNS = ("name", "type", "aliases", "lat", "lon", "identifier")
REQUIRED_COLUMNS = ("name", "type")
ALIAS_SEPARATORS = re.compile(r"[;|]")  # between the aliases of one cell (round 37 red team D10: "|" was kept whole)
# Wikidata item ids, or any absolute URI, or a prefixed id such as "viaf:123" (the shape; ``safe_identifier``
# decides what is accepted).
IDENTIFIER = re.compile(r"^(Q[1-9]\d*|[a-z][a-z0-9+.-]*:\S+)$", re.IGNORECASE)
# An identifier a consumer may take as a link (round 54 red team D10): a URI of a scheme of lexicon
# ``identifier_schemes`` made of the characters RFC 3986 allows, or a plain token, perhaps prefixed ("n79021164",
# "viaf:123") by a prefix that is no scheme of lexicon ``active_uri_schemes`` ("javascript:", "data:").
_URI = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*):[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+", re.IGNORECASE)
_TOKEN = re.compile(r"(?:(?P<prefix>[a-z][a-z0-9+.-]*):)?[A-Za-z0-9][A-Za-z0-9._-]*", re.IGNORECASE)


def safe_identifier(value: str) -> bool:
    """Is ``value`` an identifier safe to keep and export: a Wikidata id, a URI of a scheme of lexicon
    ``identifier_schemes``, or a plain token whose prefix is no scheme of lexicon ``active_uri_schemes``."""
    uri = _URI.fullmatch(value)
    if uri is not None and uri["scheme"].lower() in lexicon.words("identifier_schemes"):
        return True
    token = _TOKEN.fullmatch(value)
    return token is not None and (token["prefix"] or "").lower() not in lexicon.words("active_uri_schemes")


def read_authority(path: Path, warnings: list[str] | None = None) -> list[dict[str, Any]]:
    """Rows of ``path`` as dicts: name, type, aliases (list), lat, lon, identifier. An identifier that is not
    ``safe_identifier`` is left out of its row, a line added to ``warnings``."""
    warnings = [] if warnings is None else warnings
    path = Path(path)
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)  # strict: an unclosed quote is an error
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(str(path), "empty authority file (expected a header line)") from None
    except csv.Error as exc:
        raise InputError(str(path), f"line 1: {exc}") from None
    columns = _columns(path, header)
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) >= MAX_ROWS:
                raise InputError(str(path), f"too many rows (limit {MAX_ROWS})")
            _refuse_extra_fields(path, line, len(header), record)
            row = _row(path, line, columns, record, warnings)
            key = (row["name"].casefold(), row["type"])
            if key in seen:
                raise InputError(
                    str(path), f"line {line}: duplicate of line {seen[key]} ({row['type']} {row['name']!r})"
                )
            seen[key] = line
            rows.append(row)
    except csv.Error as exc:
        raise InputError(str(path), f"line {reader.line_num}: {_csv_problem(exc)}") from None
    return rows


def _refuse_extra_fields(path: Path, line: int, named: int, record: list[str]) -> None:
    """A row with more filled fields than the header names columns: a value holding an unquoted
    comma, read as two fields, would be cut short without a word. Empty fields at a row's end
    (the trailing commas a spreadsheet writes) are no data and pass."""
    extra = [cell for cell in record[named:] if cell.strip()]
    if extra:
        raise InputError(
            str(path),
            f"line {line}: {len(record)} fields but the header names {named} columns "
            "(a value holding a comma must be quoted: \"a, b\")",
        )


def _csv_problem(exc: csv.Error) -> str:
    """The csv module's message, with the usual cause of its end-of-data error named."""
    message = str(exc)
    if "end of data" in message:
        return f"{message} (a quoted field is never closed)"
    return message


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), f"authority file too large ({size} bytes; limit {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    return decode(data, str(path)).lstrip("\ufeff")


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    """Position of each known column; the required ones must be present."""
    names = [cell.strip().lower() for cell in header]
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        if name in KNOWN_COLUMNS:
            if name in columns:
                raise InputError(str(path), f"line 1: column {name!r} appears twice")
            columns[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(
            str(path),
            f"line 1: missing column(s) {', '.join(missing)} (header must name: {', '.join(KNOWN_COLUMNS)})",
        )
    return columns


def _row(path: Path, line: int, columns: dict[str, int], record: list[str],
         warnings: list[str]) -> dict[str, Any]:
    def cell(name: str) -> str:
        index = columns.get(name)
        value = record[index].strip() if index is not None and index < len(record) else ""
        if len(value) > MAX_FIELD:
            raise InputError(str(path), f"line {line}: {name} longer than {MAX_FIELD} characters")
        return value

    def fail(reason: str) -> InputError:
        return InputError(str(path), f"line {line}: {reason}")

    name = " ".join(cell("name").split())
    if not name:
        raise fail("missing name")
    kind = cell("type").lower()
    kind = TYPE_SYNONYMS.get(kind, kind)
    if kind not in TYPES:
        raise fail(f"type {cell('type')!r} is not one of {', '.join(TYPES)}")
    aliases = _aliases(cell("aliases"), name)
    lat = _coordinate(cell("lat"), "lat", 90.0, fail)
    lon = _coordinate(cell("lon"), "lon", 180.0, fail)
    if (lat is None) != (lon is None):
        raise fail("give both lat and lon, or neither")
    identifier = cell("identifier") or None
    if identifier is not None and not safe_identifier(identifier):
        schemes = ", ".join(e.value for e in lexicon.entries("identifier_schemes"))
        warnings.append(f"{path}: line {line}: identifier {identifier!r} left out: neither a Wikidata id (Q123), "
                        f"a URI of {schemes}, nor a plain token (the row is kept)")
        identifier = None
    if identifier is not None and identifier[0] in "qQ" and identifier[1:].isdigit():
        identifier = identifier.upper()
    return {"name": name, "type": kind, "aliases": aliases, "lat": lat, "lon": lon, "identifier": identifier}


def _aliases(raw: str, name: str) -> list[str]:
    """Aliases separated by ``;`` or ``|`` (``ALIAS_SEPARATORS``: the two a spreadsheet's list cell commonly
    holds; ``,`` is the CSV's own), whitespace-normalised, without the name and duplicates."""
    result: list[str] = []
    seen = {name.casefold()}
    for part in ALIAS_SEPARATORS.split(raw):
        alias = " ".join(part.split())
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            result.append(alias)
    return result


def _coordinate(raw: str, label: str, limit: float, fail: Any) -> float | None:
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise fail(f"{label} {raw!r} is not a number") from None
    if value != value or not -limit <= value <= limit:  # NaN or out of range
        raise fail(f"{label} {raw} out of range (-{limit:g} to {limit:g})")
    return value


# The meta entry in which an exhibit remembers the authority file it was linked with (round 38 red team
# D-authority-forgotten: a later build without --authority silently re-linked the whole exhibit without it).
AUTHORITY_META = "authority"


@dataclass(frozen=True)
class AuthorityFile:
    """An authority file as read for a build: where it was (absolute), its bytes' SHA-256, its rows."""

    path: str
    digest: str
    rows: list[dict[str, Any]]
    warnings: tuple[str, ...] = ()  # what reading it left out (not remembered: said when it is read)

    @property
    def name(self) -> str:
        return Path(self.path).name

    def entry(self) -> tuple[str, str]:
        """The meta entry that records it in the exhibit (rows included: the file may move or go)."""
        return AUTHORITY_META, json.dumps({"path": self.path, "digest": self.digest, "rows": self.rows})


def load_authority(path: Path) -> AuthorityFile:
    """``read_authority`` with where the file is and what it held (``AuthorityFile``)."""
    path = Path(path)
    warnings: list[str] = []
    rows = read_authority(path, warnings)
    return AuthorityFile(str(path.resolve()), _digest(path), rows, tuple(warnings))


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None


def remembered_authority(value: str | None) -> AuthorityFile | None:
    """The authority an exhibit's meta entry (``AuthorityFile.entry``) records, or None."""
    if not value:
        return None
    try:
        data = json.loads(value)
        return AuthorityFile(str(data["path"]), str(data["digest"]), list(data["rows"]))
    except (ValueError, KeyError, TypeError):
        return None


def recall_authority(remembered: AuthorityFile | None) -> tuple[AuthorityFile | None, str]:
    """The authority a build given none uses: the one the exhibit remembers, re-read if its file is still
    where it was (so a changed file re-links), else the copy kept in the exhibit; with what to tell the
    user (empty when there is nothing to say)."""
    if remembered is None:
        return None, ""
    path = Path(remembered.path)
    if path.is_file():
        try:
            current = load_authority(path)
        except InputError as exc:
            return remembered, (f"authority {remembered.name} kept from the last build ({exc.reason}; "
                                "the copy stored in the database was used)")
        if current.digest != remembered.digest:
            return current, f"authority {current.name} changed since the last build: re-read and re-linked"
        return current, f"authority {current.name} kept from the last build (--no-authority drops it)"
    return remembered, (f"authority {remembered.name} kept from the last build (the file is gone from "
                        f"{path.parent}; the copy stored in the database was used; --no-authority drops it)")
