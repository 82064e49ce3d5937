"""How the person-name scans grow with the names of one surname (round 32, red team D7/D8):
CPU of ``Clusterer.cluster_people`` on one document, and of linking (``link.resolve``) two
documents, on the red team's synthetic text of numbered names ("PersonN Smith met PersonN+1
Jones in Paris in YEAR", ``bench/redteam/round31/repro/slow_700kb_text.sh``), cut to growing
numbers of sentences; no model, the name mentions found by a pattern.

    cd WORKTREE && PYTHONPATH=src nice -n 10 /work/main/.venv/bin/python bench/names_scan.py [--sizes 1500,3000,6000,12000] [--lone 2]

Each row, timed with the garbage collector off (``--gc``: on): sentences, names (two per sentence), CPU seconds, microseconds per name, and the
people left (clusters of the document; entities after linking). Linear scans keep the time
per name flat as the text grows; a scan of every earlier name of the surname doubles it
with each doubling. Invented text: no tuning material.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from vitrina.extract.cluster import Clusterer  # noqa: E402
from vitrina.extract.entities import RawMention  # noqa: E402
from vitrina.link import resolve, summarize  # noqa: E402
from vitrina.model import Document, Entity, Mention  # noqa: E402

NAME = re.compile(r"Person\d+ (?:Smith|Jones)")


def _start() -> float:
    """Start a timing with the cyclic garbage collector off (``--gc`` keeps it on): its full
    collections visit every live object, which grows the time per name of any long pass."""
    if not KEEP_GC:
        gc.collect()
        gc.disable()
    return time.process_time()


def _stop(start: float) -> float:
    spent = time.process_time() - start
    gc.enable()
    return spent


KEEP_GC = False


def synthetic_text(sentences: int, lone: int = 0) -> str:
    """The red team's D7 input (``many.txt``) with ``sentences`` sentences (12,000 there); with
    ``lone``, a sentence naming one of the two surnames alone after every ``lone``-th sentence
    ("Smith agreed"), as spaCy tags many of the surnames of that text alone."""
    parts = []
    for i in range(sentences):
        parts.append(f"Person{i} Smith met Person{i + 1} Jones in Paris in {1800 + i % 200}")
        if lone and i % lone == lone - 1:
            parts.append(f"{'Smith' if i % 2 else 'Jones'} agreed")
    return "Many\n\n" + ". ".join(parts) + ".\n"


LONE = re.compile(r"(?<=\. )(?:Smith|Jones)\b")


def cluster_people(text: str) -> tuple[float, int]:
    """CPU seconds of clustering the text's names as one document's people, and the people."""
    cl = Clusterer(text, None, None)  # type: ignore[arg-type]  # the people pass reads no analysis
    found = sorted([*NAME.finditer(text), *LONE.finditer(text)], key=lambda m: m.start())
    cl.mentions = [RawMention(m.start(), m.end(), "person", "PERSON") for m in found]
    t = _start()
    cl.cluster_people()
    return _stop(t), sum(1 for k in cl.clusters if k.members)


def document(doc_id: str, text: str) -> Document:
    """The text as a document whose every distinct name is one entity."""
    ids: dict[str, str] = {}
    mentions = []
    for m in NAME.finditer(text):
        local = ids.setdefault(m.group(), f"e{len(ids)}")
        mentions.append(Mention(m.start(), m.end(), "person", local))
    entities = tuple(Entity(local, "person", name) for name, local in ids.items())
    return Document(doc_id, doc_id, f"{doc_id}.txt", "text", text, entities=entities, mentions=tuple(mentions))


def link_two(text: str) -> tuple[float, int]:
    """CPU seconds of linking the text cut in two documents (as a long text is analysed in
    parts), and the linked entities."""
    cut = text.index(". ", len(text) // 2)
    summaries = [summarize(document("a", text[:cut])), summarize(document("b", text[cut:]))]
    t = _start()
    _, entities = resolve(summaries)
    return _stop(t), len(entities)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1500,3000,6000,12000", help="sentences per run (two names each)")
    ap.add_argument("--gc", action="store_true", help="time with the garbage collector on")
    ap.add_argument("--lone", type=int, default=0, metavar="K",
                    help="a lone surname after every K-th sentence (0: none, the red team's text)")
    a = ap.parse_args(argv)
    global KEEP_GC
    KEEP_GC = a.gc
    cluster_people(synthetic_text(20))  # WordNet (``title_word``) loaded, so its load is not counted
    print(f"{'sentences':>9} {'names':>6}  {'cluster s':>9} {'us/name':>8} {'people':>6}  "
          f"{'link s':>7} {'us/name':>8} {'entities':>8}")
    for n in (int(x) for x in a.sizes.split(",")):
        text = synthetic_text(n, a.lone)
        names = 2 * n + (n // a.lone if a.lone else 0)
        c_s, people = cluster_people(text)
        l_s, entities = link_two(text)
        print(f"{n:9d} {names:6d}  {c_s:9.2f} {1e6 * c_s / names:8.1f} {people:6d}  "
              f"{l_s:7.2f} {1e6 * l_s / names:8.1f} {entities:8d}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
