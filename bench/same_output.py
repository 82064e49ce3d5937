"""Dump the per-file analyses of a fixed set of inputs as JSON, or compare two dumps: the
check that a speed change leaves every result byte-identical.

Inputs: the seed text, the sample corpus (``../shared/corpus/milestones``), every readable
file of the hand-laid and engineered exhibit sets (``bench/exhibits/*``), any ``--file``
given (e.g. the 1 MB prose of ``bench/prose_speed.py``) and the extract fuzz cases
(``bench/fuzz.py``'s pathological inputs, read as plain text).

    PYTHONPATH=src .venv/bin/python bench/same_output.py dump /tmp/before --file prose.txt
    # ... change the code ...
    PYTHONPATH=src .venv/bin/python bench/same_output.py dump /tmp/after --file prose.txt
    .venv/bin/python bench/same_output.py compare /tmp/before /tmp/after

Each input's documents (``serialize.document_to_dict``) are written as one JSON file with
sorted keys; ``compare`` lists the files that differ or are missing and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
READABLE = {".txt", ".md", ".html", ".htm", ".xml", ".docx", ".pdf"}


def inputs(root: Path, extra: list[Path]) -> list[tuple[str, Path]]:
    """(name, path) of every input file, in a fixed order."""
    shared = root / "shared"
    found = [("seed/" + p.name, p) for p in sorted((shared / "seeds").glob("*.txt"))]
    found += [("corpus/" + p.name, p) for p in sorted((shared / "corpus" / "milestones").glob("*"))]
    for folder in sorted((HERE / "exhibits").iterdir()):
        if folder.is_dir():
            found += [(f"{folder.name}/{p.name}", p) for p in sorted(folder.iterdir())
                      if p.suffix in READABLE and p.stem not in ("README", "FIGURES")]
    found += [("file/" + p.name, p) for p in extra]
    return found


def _write(out: Path, name: str, docs: list) -> None:
    from vitrina.serialize import document_to_dict

    data = json.dumps([document_to_dict(d) for d in docs], sort_keys=True, ensure_ascii=False, default=str)
    target = out / (name.replace("/", "__") + ".json")
    target.write_text(data, encoding="utf-8")


def dump(out: Path, root: Path, extra: list[Path]) -> int:
    sys.path.insert(0, str(HERE))
    from fuzz import PATHOLOGICAL

    from vitrina.errors import VitrinaError
    from vitrina.extract import extract_many, warm_up
    from vitrina.ingest import text
    from vitrina.pipeline import analyse_file

    out.mkdir(parents=True, exist_ok=True)
    warm_up()
    for name, path in inputs(root, extra):
        try:
            docs = analyse_file(path)
        except VitrinaError as err:  # a refusal is a result too
            (out / (name.replace("/", "__") + ".json")).write_text(f"refused: {err}", encoding="utf-8")
            continue
        _write(out, name, docs)
    for label, data in PATHOLOGICAL.items():
        try:
            docs = list(extract_many(text.read(data, "fuzz.txt")))
        except VitrinaError as err:
            (out / f"fuzz__{label}.json").write_text(f"refused: {err}", encoding="utf-8")
            continue
        _write(out, "fuzz/" + label, docs)
    print(f"{len(list(out.glob('*.json')))} analyses written to {out}")
    return 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    differ = [n for n in names if not (before / n).exists() or not (after / n).exists()
              or _digest(before / n) != _digest(after / n)]
    for name in differ:
        print("differs:", name)
    print(f"{len(names) - len(differ)} of {len(names)} analyses byte-identical")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    dumping = sub.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--file", type=Path, action="append", default=[])
    dumping.add_argument("--root", type=Path, default=HERE.parents[1],
                         help="folder holding shared/ (default: the repository's parent)")
    comparing = sub.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.out, args.root, args.file)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
