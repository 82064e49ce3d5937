"""A catalogue of the collection's documents: one CSV record per document, kept beside the knowledge base.

Archives and museums keep their metadata (title, creator, date, rights, subjects…) in a catalogue exported as
CSV. ``build --catalogue FILE`` reads it (a header row; one column holds the record's key, named as
``lexicon/catalogue_key_columns.txt`` lists) and the exhibit stores it whole: a build given none keeps the one the
exhibit has (re-read when its file changed). Each document is joined to the record whose key is its id, its
file's name or stem, or a prefix of its file's name up to a separator (``BCS-001`` for ``BCS-001_smith.txt``),
the longest key winning; the document's page, its JSON twin and the JSON export show the record, as it was
written. A record that joins no document is counted, never dropped.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from vitrina.authority import MAX_FIELD, MAX_ROWS, _csv_problem, _read_text
from vitrina.errors import InputError
from vitrina.lexicon import words

CATALOGUE_META = "catalogue"
_SPACING = re.compile(r"[\s_-]+")
_SEPARATOR = re.compile(r"[^0-9A-Za-z]")


@dataclass(frozen=True)
class Catalogue:
    """A catalogue as read for a build: where it was (absolute), its bytes' SHA-256, its columns (the key
    first among them, as written) and its records (column -> value, empty cells left out)."""

    path: str
    digest: str
    key: str
    columns: list[str]
    records: list[dict[str, str]]
    keyless: tuple[int, ...] = ()  # lines of rows with values but no key, left out (said at the build)

    @property
    def name(self) -> str:
        return Path(self.path).name

    def entry(self) -> tuple[str, str]:
        """The meta entry that records it in the exhibit (records included: the file may move or go)."""
        return CATALOGUE_META, json.dumps({"path": self.path, "digest": self.digest, "key": self.key,
                                           "columns": self.columns, "records": self.records}, ensure_ascii=False)

    def record_for(self, doc_id: str, source: str) -> dict[str, str] | None:
        """The record of the document ``doc_id`` read from ``source`` (``_keys_of``), or None."""
        by_key = self._by_key()
        for candidate in _keys_of(doc_id, source):
            found = by_key.get(candidate)
            if found is not None:
                return found
        return None

    def _by_key(self) -> dict[str, dict[str, str]]:
        cached: dict[str, dict[str, str]] | None = getattr(self, "_index", None)
        if cached is None:
            cached = {}
            for record in self.records:
                cached.setdefault(_folded(record.get(self.key, "")), record)
            object.__setattr__(self, "_index", cached)
        return cached


NOTED_KEYS = 5  # keys named in a note on the catalogue; the rest are counted


def catalogue_notes(catalogue: Catalogue, documents: list[tuple[str, str]]) -> list[str]:
    """What a build should say of its catalogue, given the exhibit's documents (id, source): keys that several
    records give (the first record is the one used) and records that join no document (counted, kept)."""
    counts: dict[str, int] = {}
    for record in catalogue.records:
        key = _folded(record.get(catalogue.key, ""))
        counts[key] = counts.get(key, 0) + 1
    notes = []
    if catalogue.keyless:
        lines = ", ".join(str(n) for n in catalogue.keyless[:NOTED_KEYS])
        more = "…" if len(catalogue.keyless) > NOTED_KEYS else ""
        notes.append(f"{catalogue.name}: {len(catalogue.keyless):,} row{'s' if len(catalogue.keyless) > 1 else ''} "
                     f"without {catalogue.key!r} left out (line{'s' if len(catalogue.keyless) > 1 else ''} "
                     f"{lines}{more})")
    first_written: dict[str, str] = {}
    for record in catalogue.records:
        first_written.setdefault(_folded(record[catalogue.key]), record[catalogue.key])
    repeated = [written for key, written in first_written.items() if counts[key] > 1]
    if repeated:
        notes.append(f"{catalogue.name}: {_listed(repeated)} given by more than one record (the first is used)")
    by_key = catalogue._by_key()
    joined = {id(found) for doc_id, source in documents
              if (found := next((by_key[k] for k in _keys_of(doc_id, source) if k in by_key), None)) is not None}
    alone = [record[catalogue.key] for record in by_key.values() if id(record) not in joined]
    if alone:
        notes.append(f"{catalogue.name}: {len(alone):,} record{'s' if len(alone) > 1 else ''} join"
                     f"{'' if len(alone) > 1 else 's'} no document ({_listed(alone)}; kept with the catalogue)")
    return notes


def _listed(keys: list[str]) -> str:
    shown = ", ".join(keys[:NOTED_KEYS])
    return shown + (f" and {len(keys) - NOTED_KEYS:,} more" if len(keys) > NOTED_KEYS else "")


def _folded(value: str) -> str:
    return value.strip().casefold()


def _keys_of(doc_id: str, source: str) -> list[str]:
    """What a document's record may be keyed by, best first: its id, its file's name and stem, then each
    prefix of the file's name that ends before a separator, longest first."""
    name = PurePosixPath(source.replace("\\", "/").split("!")[-1]).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    prefixes = [stem[:m.start()] for m in _SEPARATOR.finditer(stem) if m.start()]
    return [_folded(k) for k in (doc_id, name, stem, *reversed(prefixes)) if k]


def load_catalogue(path: Path) -> Catalogue:
    """Read the catalogue CSV at ``path``; an unreadable or ill-formed one is an InputError naming the line."""
    path = Path(path)
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise InputError(str(path), "empty catalogue (expected a header line)") from None
    except csv.Error as exc:
        raise InputError(str(path), f"line 1: {exc}") from None
    key = _key_column(path, header)
    records: list[dict[str, str]] = []
    keyless: list[int] = []
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if len(records) >= MAX_ROWS:
                raise InputError(str(path), f"too many records (limit {MAX_ROWS})")
            if any(cell.strip() for cell in record[len(header):]):
                raise InputError(str(path), f"line {reader.line_num}: {len(record)} fields but the header names "
                                 f"{len(header)} columns (a value holding a comma must be quoted: \"a, b\")")
            values = {column: cell.strip() for column, cell in zip(header, record, strict=False)
                      if column and cell.strip()}
            long = next((c for c, v in values.items() if len(v) > MAX_FIELD), None)
            if long is not None:
                raise InputError(str(path), f"line {reader.line_num}: {long!r} longer than {MAX_FIELD} characters")
            if values.get(key):
                records.append(values)
            else:
                keyless.append(reader.line_num)
    except csv.Error as exc:
        raise InputError(str(path), f"line {reader.line_num}: {_csv_problem(exc)}") from None
    if keyless and not records:  # round 53 red team D10: accepted as "0 records", every row dropped unsaid
        raise InputError(str(path), f"no record gives its {key!r}: the column is empty on all {len(keyless):,} rows "
                         "(a catalogue joins documents by that key)")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Catalogue(str(path.resolve()), digest, key, [c for c in header if c], records, tuple(keyless))


def _key_column(path: Path, header: list[str]) -> str:
    names = words("catalogue_key_columns")
    for column in header:
        if _SPACING.sub(" ", column.casefold()).strip() in names:
            return column
    raise InputError(str(path), "no column names the record's key (one of: identifier, id, accession number, "
                     "reference, call number, file, filename…)")


def stored_catalogue(value: str | None) -> Catalogue | None:
    """The catalogue an exhibit's meta entry (``Catalogue.entry``) records, or None."""
    if not value:
        return None
    try:
        data: dict[str, Any] = json.loads(value)
        return Catalogue(str(data["path"]), str(data["digest"]), str(data["key"]), list(data["columns"]),
                         [dict(r) for r in data["records"]])
    except (ValueError, KeyError, TypeError):
        return None


def catalogue_for(given: Catalogue | None, remembered: Catalogue | None) -> tuple[Catalogue | None, str]:
    """The catalogue a build uses — the one given, else the exhibit's (re-read if its file is still where it
    was and changed) — and what to tell the user (empty when nothing)."""
    if given is not None:
        return given, f"catalogue {given.name}: {len(given.records):,} record{'' if len(given.records) == 1 else 's'}"
    if remembered is None:
        return None, ""
    path = Path(remembered.path)
    if path.is_file():
        try:
            current = load_catalogue(path)
        except InputError as exc:
            return remembered, f"catalogue {remembered.name} kept from the last build ({exc.reason})"
        if current.digest != remembered.digest:
            return current, f"catalogue {current.name} changed since the last build: re-read"
        return current, ""
    return remembered, ""


def catalogue_stage(catalogue: Catalogue) -> Any:
    """The derive stage (``store.db.Derive``) that stores the catalogue in the exhibit being written."""
    entry = catalogue.entry()

    def remember_catalogue(_: object) -> dict[str, str]:
        return dict([entry])

    return remember_catalogue


@lru_cache(maxsize=4)
def _stored(value: str | None) -> Catalogue | None:
    return stored_catalogue(value)  # one parse per exhibit version, not one per page


def document_record(kb: Any, doc_id: str, source: str) -> list[list[str]] | None:
    """The catalogue record of a document as [column, value] pairs in the catalogue's column order (the key
    first), or None when the exhibit has no catalogue or no record for it."""
    catalogue = _stored(kb.meta_value(CATALOGUE_META))
    record = catalogue.record_for(doc_id, source) if catalogue else None
    if catalogue is None or record is None:
        return None
    return [[column, record[column]] for column in catalogue.columns if column in record]
