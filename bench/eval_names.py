"""Recall of TEI-tagged person and place names, and extraction speed.

Reads the milestones corpus (TEI, one essay per ``div type="section"``),
strips the markup, runs ``vitrina.extract.extract_many(use_markup=False)``
and reports, per tag, the share of tagged names overlapped by an extracted
mention of the right type -- next to spaCy's full pipeline alone on the same
blocks -- plus words per second of both.

    .venv/bin/python bench/eval_names.py [CORPUS_DIR] [--seed SEED.txt]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from vitrina.model import Document, DocumentBuilder  # noqa: E402

TEI = "{http://www.tei-c.org/ns/1.0}"
BLOCK_TAGS = {f"{TEI}p", f"{TEI}head", f"{TEI}item"}
GOLD_TAGS = {f"{TEI}persName": "person", f"{TEI}placeName": "place"}
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "milestones"
DEFAULT_SEED = ROOT.parent / "shared" / "seeds" / "000_beabee21081aa6a0.txt"

Gold = tuple[str, int, int]  # (kind, start, end) in document offsets


def _flatten(el: etree._Element) -> tuple[str, list[Gold]]:
    """Text of a block element with tagged-name spans, whitespace collapsed."""
    parts: list[str] = []
    raw_spans: list[Gold] = []

    def walk(node: etree._Element) -> None:
        start = sum(map(len, parts))
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if node.tag in GOLD_TAGS:
            raw_spans.append((GOLD_TAGS[node.tag], start, sum(map(len, parts))))

    walk(el)
    raw = "".join(parts)
    # collapse whitespace, keeping a map from raw to new offsets
    out, mapping, prev_space = [], [], True
    for ch in raw:
        mapping.append(len(out))
        if ch.isspace():
            if not prev_space:
                out.append(" ")
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
    mapping.append(len(out))
    text = "".join(out).rstrip()
    spans = [(k, mapping[s], min(mapping[e], len(text))) for k, s, e in raw_spans]
    return text, [(k, s, e) for k, s, e in spans if e > s]


def read_essays(path: Path) -> list[tuple[Document, list[Gold]]]:
    tree = etree.parse(str(path))
    out = []
    for n, div in enumerate(tree.iter(f"{TEI}div")):
        if div.get("type") != "section":
            continue
        builder = DocumentBuilder(f"{path.stem}-{n}", str(path), "tei")
        gold: list[Gold] = []
        for el in div.iter(*BLOCK_TAGS):
            owner = next(a for a in el.iterancestors(f"{TEI}div") if a.get("type") == "section")
            if owner is not div or any(a.tag in BLOCK_TAGS for a in el.iterancestors()):
                continue
            text, spans = _flatten(el)
            if not text:
                continue
            kind = "heading" if el.tag == f"{TEI}head" else "paragraph"
            block = builder.block(kind, text)
            gold += [(k, block.start + s, block.start + e) for k, s, e in spans]
        out.append((builder.build(), gold))
    return out


def recall(gold: list[Gold], found: list[tuple[str, int, int]], kind: str) -> tuple[int, int]:
    wanted = [(s, e) for k, s, e in gold if k == kind]
    hits = sum(
        any(k == kind and s < fe and fs < e for k, fs, fe in found) for s, e in wanted
    )
    return hits, len(wanted)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    ap.add_argument("--misses", action="store_true", help="print missed person names")
    args = ap.parse_args()

    from vitrina.extract import extract_many
    from vitrina.extract.nlp import get_full_nlp, get_nlp
    from vitrina.extract.places import gazetteer
    from vitrina.extract.sentences import block_spans

    essays = [e for f in sorted(args.corpus.glob("*.xml")) for e in read_essays(f)]
    docs = [d for d, _ in essays]
    n_words = sum(len(d.text.split()) for d in docs)
    get_nlp(), gazetteer()  # load once, outside the timings

    t0 = time.perf_counter()
    extracted = list(extract_many(docs, use_markup=False))
    ours_s = time.perf_counter() - t0

    full = get_full_nlp()
    t0 = time.perf_counter()
    spacy_found = []
    for d in docs:
        texts = [(s, d.text[s:e]) for s, e in block_spans(d)]
        found = []
        for (off, _), sd in zip(texts, full.pipe(t for _, t in texts), strict=True):
            for ent in sd.ents:
                kind = {"PERSON": "person", "GPE": "place", "LOC": "place"}.get(ent.label_)
                if kind:
                    found.append((kind, off + ent.start_char, off + ent.end_char))
        spacy_found.append(found)
    full_s = time.perf_counter() - t0

    print(f"essays: {len(docs)}  words: {n_words}")
    for kind in ("person", "place"):
        ours = [0, 0]
        base = [0, 0]
        for (doc, gold), out, sf in zip(essays, extracted, spacy_found, strict=True):
            found = [(m.type, m.start, m.end) for m in out.mentions]
            h, n = recall(gold, found, kind)
            ours[0] += h
            ours[1] += n
            h, n = recall(gold, sf, kind)
            base[0] += h
            base[1] += n
            if args.misses and kind == "person":
                for k, s, e in gold:
                    if k == kind and not any(t == kind and s < fe and fs < e for t, fs, fe in found):
                        print("  missed:", doc.text[s:e], "|", doc.text[max(0, s - 40) : e + 20])
        tag = "persName" if kind == "person" else "placeName"
        print(f"{tag:9s} recall  vitrina {ours[0] / max(ours[1], 1):.3f} ({ours[0]}/{ours[1]})"
              f"   spaCy alone {base[0] / max(base[1], 1):.3f} ({base[0]}/{base[1]})")
    print(f"speed   vitrina extract {n_words / ours_s:,.0f} words/s ({ours_s:.1f} s)"
          f"   spaCy full pipeline {n_words / full_s:,.0f} words/s ({full_s:.1f} s)")
    if args.seed.exists():
        print_seed(args.seed)


def print_seed(path: Path) -> None:
    """Entity list of a plain-text seed, for eyeballing."""
    from vitrina.extract import extract

    raw = path.read_text(encoding="utf-8")
    builder = DocumentBuilder("seed", str(path), "text")
    for para in re.split(r"\n[ \t]*\n[ \t]*\n", raw):
        text = re.sub(r"\s+", " ", para).strip()
        if text:
            builder.block("paragraph", text)
    doc = extract(builder.build())
    counts: dict[str, int] = {}
    for m in doc.mentions:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    print(f"\nseed entities ({path.name}):")
    for e in sorted(doc.entities, key=lambda e: -counts.get(e.id, 0)):
        where = f" @ {e.lat:.2f},{e.lon:.2f}" if e.lat is not None else ""
        alias = f"  aka {', '.join(e.aliases)}" if e.aliases else ""
        print(f"  {counts.get(e.id, 0):3d}  {e.type:12s} {e.name}{where}{alias}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
