"""The texts a round's ask and places writers get: the seed and the essays the earlier sets used least.

Usage: ``PYTHONPATH=src python bench/rounds/round59/make_texts.py OUT_DIR ROUND_SEED`` (round 59: /work/heldout/r59
59). Writes OUT_DIR/all_essays.json (every document, read with ``vitrina.ingest.read_path``), OUT_DIR/ask60/ask_texts.json
(the seed + the 34 essays least used by the committed ask sets) and OUT_DIR/places/places_texts.json (the 20 essays
least used by the committed places sets); ties are broken by a ``random.Random(ROUND_SEED)`` shuffle.
"""

from __future__ import annotations

import collections
import json
import random
import sys
from pathlib import Path

from vitrina.ingest import read_path

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
SEED_ID = "000_beabee21081aa6a0"
ANNOTATIONS = ROOT / "bench" / "annotations"


def all_documents() -> dict[str, str]:
    paths = [SHARED / "seeds" / f"{SEED_ID}.txt", *sorted((SHARED / "corpus" / "milestones").glob("*.xml"))]
    return {doc.id: doc.text for path in paths for doc in read_path(str(path))}


def ask_use() -> collections.Counter[str]:
    use: collections.Counter[str] = collections.Counter()
    for path in ANNOTATIONS.glob("ask_v*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (document := json.loads(line).get("document")):
                use[document] += 1
    return use


def places_use() -> collections.Counter[str]:
    use: collections.Counter[str] = collections.Counter()
    for path in ANNOTATIONS.glob("places-docs-v*/docs.json"):
        use.update(json.loads(path.read_text(encoding="utf-8")))
    return use


def least_used(docs: dict[str, str], use: collections.Counter[str], count: int, rng: random.Random) -> list[str]:
    essays = [key for key in docs if key != SEED_ID]
    rng.shuffle(essays)
    return sorted(essays, key=lambda key: use[key])[:count]


def write(path: Path, texts: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")


def main(out: Path, seed: int) -> None:
    docs = all_documents()
    rng = random.Random(seed)
    write(out / "all_essays.json", docs)
    asked = least_used(docs, ask_use(), 34, rng)
    write(out / "ask60" / "ask_texts.json", {key: docs[key] for key in [SEED_ID, *asked]})
    placed = least_used(docs, places_use(), 20, rng)
    write(out / "places" / "places_texts.json", {key: docs[key] for key in placed})


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
