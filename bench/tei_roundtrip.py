"""TEI round trip over the tuning sets' TEI inputs: the letter parts an input has and its TEI export writes
back, the markup spans whose input column is known, and a digest of the documents' text (unchanged by design).

    PYTHONPATH=src python bench/tei_roundtrip.py [FOLDER ...]   (default: bench/annotations bench/exhibits bench/redteam)

No extraction is run: the reader's own markup spans (persName, placeName, date...) stand for the mentions whose
``input.column`` the exports give.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

from lxml import etree

from vitrina.errors import InputError
from vitrina.export import export
from vitrina.ingest import tei as tei_reader
from vitrina.provenance import Provenance
from vitrina.store import connect_readonly, write_exhibit

PARTS = ("opener", "closer", "dateline", "salute", "signed", "app", "add")
TEI = "{http://www.tei-c.org/ns/1.0}"


def count(root: etree._Element, where: str) -> dict[str, int]:
    return {name: len(root.findall(f".//{TEI}{where}//{TEI}{name}")) for name in PARTS}


def main(folders: list[str]) -> None:
    files = sorted(p for folder in folders for p in Path(folder).rglob("*.xml"))
    totals = {"in": dict.fromkeys(PARTS, 0), "out": dict.fromkeys(PARTS, 0), "spans": 0, "columns": 0}
    digest = hashlib.sha256()
    for path in files:
        data = path.read_bytes()
        try:
            docs = tei_reader.read(data, str(path.resolve()))
        except InputError:
            continue
        root = etree.fromstring(data)
        for name, n in count(root, "text").items():
            totals["in"][name] += n
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "t.db"
            write_exhibit(db, [(f"s{i}", d) for i, d in enumerate(docs)], docs, [])
            with connect_readonly(db) as conn:
                export(conn, "tei", Path(tmp) / "tei")
            for out in (Path(tmp) / "tei").glob("*.xml"):
                for name, n in count(etree.parse(str(out)).getroot(), "body").items():
                    totals["out"][name] += n
            where = Provenance(sqlite3.connect(db))
            for doc in docs:
                digest.update(doc.text.encode())
                for m in doc.markup:
                    if m.kind in ("person", "place", "organization", "date"):
                        totals["spans"] += 1
                        found = where.locate(doc.id, m.start, m.end)
                        totals["columns"] += bool(found and found.get("column") is not None)
    print(f"TEI files: {len(files)}")
    for name in PARTS:
        print(f"  {name:9} in input {totals['in'][name]:3}   in export {totals['out'][name]:3}")
    print(f"markup spans with an input column: {totals['columns']}/{totals['spans']}")
    print(f"text digest: {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["bench/annotations", "bench/exhibits", "bench/redteam"])
