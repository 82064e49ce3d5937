"""Precision / recall of every fact type against hand-made gold annotations.

Builds each gold document with the real pipeline (``vitrina.pipeline.build``
into a temporary database, read back through the JSON knowledge base) and
matches predictions to the gold, per fact type:

* sections: label and title equal; captions: found by their first words
  (strict: position and credit equal too); paragraphs: count per section;
* entities: a normalised name or alias in common and an allowed type;
  aliases: each gold surface alias is a mention of the matched entity;
* dates: extent overlap and EDTF equal (``dates``) or extent only;
* quantities: overlap and value equal (strict: unit equal too);
* quotes: overlap, kind and speaker (strict: date equal too);
* events: EDTF equal and a key participant in common.

It prints P / R / F1 per type and the false positives and negatives, so
engineers can see which classes of error to fix. The scheme of the gold
files is described in ``docs/extraction-quality.md``.

    .venv/bin/python bench/eval_facts.py [--gold FILE ...] [--doc PATH] [--brief]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GOLD_DIR = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"
Span = tuple[int, int]

# ---------------------------------------------------------------- scores


@dataclass
class Score:
    tp: int = 0  # matched predictions (precision side)
    fp: int = 0
    hit: int = 0  # matched gold items (recall side)
    fn: int = 0
    false_pos: list[str] = field(default_factory=list)
    false_neg: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.hit / (self.hit + self.fn) if self.hit + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.hit += other.hit
        self.fn += other.fn
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg

    def pred(self, ok: bool, label: str) -> None:
        if ok:
            self.tp += 1
        else:
            self.fp += 1
            self.false_pos.append(label)

    def gold(self, ok: bool, label: str) -> None:
        if ok:
            self.hit += 1
        else:
            self.fn += 1
            self.false_neg.append(label)


@dataclass
class Report:
    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def score(self, key: str) -> Score:
        return self.scores.setdefault(key, Score())


# ---------------------------------------------------------------- text helpers

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def norm(text: str | None) -> str:
    """Case-, quote- and space-insensitive form of a name; drops a leading "the"."""
    if text is None:
        return ""
    out = " ".join(text.translate(_QUOTES).casefold().split())
    out = re.sub(r"^the\s+", "", out)
    return out.strip(" .,;:'\"")


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_all(text: str, needle: str) -> list[Span]:
    """Word-bounded occurrences of ``needle``, whitespace-insensitive."""
    words = [re.escape(w) for w in needle.split()]
    pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text)]


def locate(text: str, items: list[dict[str, Any]], key: str, report: Report, claimed: list[Span]) -> list[Span | None]:
    """The span of each gold item, longest surface first, never overlapping.

    An item with ``count`` n stands for n occurrences; it expands to n spans.
    Returns one entry per occurrence in the order of ``items`` (expanded),
    ``None`` where the text could not be found.
    """
    order = sorted(range(len(items)), key=lambda i: -len(items[i][key]))
    found: dict[int, list[Span]] = {}
    for i in order:
        item = items[i]
        free = [s for s in find_all(text, item[key]) if not any(overlaps(s, c) for c in claimed)]
        if key == "starts":  # a quotation starts after an opening quotation mark
            quoted = [s for s in free if text[max(0, s[0] - 2) : s[0]].strip()[-1:] in OPENERS]
            free = quoted or free
        want = int(item.get("count", 1))
        if len(free) != want:
            report.warnings.append(f"gold {key} {item[key]!r}: expected {want}, located {len(free)}")
        spans = free[:want]
        claimed.extend(spans)
        found[i] = spans + [None] * (want - len(spans))  # type: ignore[list-item]
    return [s for i in range(len(items)) for s in found[i]]


OPENERS = {"\u201c", "\u2018", '"', "'", "("}


def expand(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for item in items for _ in range(int(item.get("count", 1)))]


def region_spans(text: str, phrases: Iterable[str]) -> list[Span]:
    return [s for phrase in phrases for s in find_all(text, phrase)]


# ---------------------------------------------------------------- building


def build_kb(path: Path) -> dict[str, Any]:
    """Run the real pipeline on one file and return its JSON knowledge base."""
    from vitrina.export.json_kb import knowledge_base
    from vitrina.pipeline import build
    from vitrina.store import connect_readonly

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "eval.db"
        report = build([path], db, fresh=True)
        if report.errors:
            raise RuntimeError(f"build failed: {report.errors}")
        conn = connect_readonly(db)
        try:
            return knowledge_base(conn)
        finally:
            conn.close()


def resolve_doc(gold: dict[str, Any], gold_path: Path) -> Path:
    ref = gold["document"]
    if ref.startswith("seed:"):
        return SHARED / "seeds" / ref.removeprefix("seed:")
    return gold_path.parent / ref


# ---------------------------------------------------------------- structure


def score_structure(gold: dict[str, Any], doc: dict[str, Any], report: Report) -> None:
    sections = report.score("sections")
    want = {(s["label"], norm(s["title"])) for s in gold.get("sections", [])}
    got = {(s["label"], norm(s["title"])) for s in doc["sections"]}
    for s in doc["sections"]:
        sections.pred((s["label"], norm(s["title"])) in want, f"{s['label']} {s['title']!r}")
    for s in gold.get("sections", []):
        sections.gold((s["label"], norm(s["title"])) in got, f"{s['label']} {s['title']!r}")

    caps = [b for b in doc["blocks"] if b["kind"] == "caption"]
    found, strict = report.score("captions"), report.score("captions strict")
    used: set[int] = set()
    for g in gold.get("captions", []):
        start = " ".join(g["starts"].split())
        idx = next(
            (i for i, b in enumerate(caps) if i not in used and " ".join(b["text"].split()).startswith(start)),
            None,
        )
        label = f"[{g['position']} | {g['credit']}] {start}…"
        found.gold(idx is not None, label)
        exact = idx is not None and caps[idx]["position"] == g["position"] and caps[idx]["credit"] == g["credit"]
        if idx is not None and not exact:
            got_b = caps[idx]
            label += f" (got [{got_b['position']} | {got_b['credit']}])"
        strict.gold(exact, label)
        if idx is not None:
            used.add(idx)
            strict.pred(exact, label)
    for i, b in enumerate(caps):
        label = f"[{b['position']} | {b['credit']}] {b['text'][:40]}…"
        found.pred(i in used, label)
        if i not in used:
            strict.pred(False, label)

    paras = report.score("paragraph counts")
    by_id = {s["id"]: s["label"] for s in doc["sections"]}
    counts: dict[str | None, int] = {}
    for b in doc["blocks"]:
        if b["kind"] == "paragraph":
            label = by_id.get(b["section"])
            counts[label] = counts.get(label, 0) + 1
    for label, n in gold.get("paragraphs", {}).items():
        got_n = counts.get(label, 0)
        paras.gold(got_n == n, f"section {label}: {got_n} paragraphs, gold {n}")
        paras.pred(got_n == n, f"section {label}: {got_n} paragraphs, gold {n}")


# ---------------------------------------------------------------- entities


def gold_keys(entity: dict[str, Any]) -> set[str]:
    names = [entity["name"], *entity.get("aliases", []), *entity.get("accept", [])]
    return {norm(n) for n in names}


def pred_keys(entity: dict[str, Any]) -> set[str]:
    return {norm(entity["name"]), *(norm(a) for a in entity.get("aliases", []))}


class EntityIndex:
    """Gold entity names -> their key sets, for resolving names in quotes/events."""

    def __init__(self, entities: list[dict[str, Any]]):
        self.by_name = {e["name"]: gold_keys(e) for e in entities}

    def keys(self, name: str) -> set[str]:
        return self.by_name.get(name, {norm(name)})


def score_entities(gold: dict[str, Any], kb: dict[str, Any], report: Report) -> None:
    golds = gold.get("entities", [])
    preds = kb["entities"]
    pairs = []
    for gi, g in enumerate(golds):
        gk = gold_keys(g)
        for pi, p in enumerate(preds):
            if p["type"] in g["types"] and gk & pred_keys(p):
                rank = 0 if norm(p["name"]) == norm(g["name"]) else 1
                pairs.append((rank, -len(p["mentions"]), gi, pi))
    match_g: dict[int, int] = {}
    match_p: dict[int, int] = {}
    for _, _, gi, pi in sorted(pairs):
        if gi not in match_g and pi not in match_p:
            match_g[gi], match_p[pi] = pi, gi

    ignore = {norm(n) for n in gold.get("ignore_entities", [])}
    overall = report.score("entities")
    for pi, p in enumerate(preds):
        if pi not in match_p and pred_keys(p) & ignore:
            continue
        label = f"{p['type']}: {p['name']!r}"
        overall.pred(pi in match_p, label)
        report.score(f"entities/{p['type']}").pred(pi in match_p, label)
    for gi, g in enumerate(golds):
        label = f"{'|'.join(g['types'])}: {g['name']!r}"
        if gi not in match_g:
            typed = [p for p in preds if gold_keys(g) & pred_keys(p)]
            if typed:
                label += " (found as " + ", ".join(f"{p['type']} {p['name']!r}" for p in typed) + ")"
        overall.gold(gi in match_g, label)
        report.score(f"entities/{g['types'][0]}").gold(gi in match_g, label)

    text = "\n".join(d["text"] for d in kb["documents"])
    for g in golds:
        for alias in g.get("aliases", []):
            if not find_all(text, alias) and not find_all(text.casefold(), alias.casefold()):
                report.warnings.append(f"gold alias {alias!r} of {g['name']!r} is not in the text")
    aliases = report.score("entity aliases")
    for gi, g in enumerate(golds):
        surfaces = {norm(m["text"]) for m in preds[match_g[gi]]["mentions"]} if gi in match_g else set()
        for alias in g.get("aliases", []):
            ok = norm(alias) in surfaces
            aliases.gold(ok, f"{alias!r} -> {g['name']!r}")
            aliases.pred(ok, f"{alias!r} -> {g['name']!r}")

    negatives = report.score("negatives")
    for neg in gold.get("not_entities", []):
        bad = [p for p in preds if norm(p["name"]) == norm(neg["name"]) and neg["type"] in ("*", p["type"])]
        negatives.gold(not bad, f"{neg['name']!r} must not be {neg['type']}")
        for p in bad:
            negatives.false_pos.append(f"{p['type']}: {p['name']!r}")


# ---------------------------------------------------------------- dates


def score_dates(gold: dict[str, Any], doc: dict[str, Any], report: Report) -> None:
    text = doc["text"]
    items = expand(gold.get("dates", []))
    spans = locate(text, gold.get("dates", []), "text", report, [])
    ignored = region_spans(text, gold.get("ignore_dates", []))
    preds = [((d["start"], d["end"]), d["edtf"], d["text"]) for d in doc["dates"]]

    for key, strict in (("dates", True), ("dates extent", False)):
        score = report.score(key)
        golds = [
            (s, g) for s, g in zip(spans, items, strict=True) if not strict or g["edtf"] is not None
        ]
        unvalued = [s for s, g in zip(spans, items, strict=True) if g["edtf"] is None and s]
        matched_pred: set[int] = set()
        for span, g in golds:
            hit = None
            if span is not None:
                hit = next(
                    (
                        i
                        for i, (ps, edtf, _) in enumerate(preds)
                        if i not in matched_pred and overlaps(ps, span) and (not strict or edtf == g["edtf"])
                    ),
                    None,
                )
            label = f"{g['text']!r} {g['edtf']}"
            if hit is None:
                close = [f"{t!r} {e}" for ps, e, t in preds if span and overlaps(ps, span)]
                label += f" (got {', '.join(close)})" if close else ""
            else:
                matched_pred.add(hit)
            score.gold(hit is not None, label)
        for i, (ps, edtf, surface) in enumerate(preds):
            if i in matched_pred:
                score.pred(True, "")
                continue
            skip = any(overlaps(ps, r) for r in ignored) or (strict and any(overlaps(ps, r) for r in unvalued))
            if not skip:
                score.pred(False, f"{surface!r} {edtf} …{text[max(0, ps[0] - 30):ps[0]]!r}")


# ---------------------------------------------------------------- quantities

_UNIT_ALIASES = {"$": "usd", "dollar": "usd", "%": "percent", "per cent": "percent", "feet": "foot", "men": "man",
                 "£": "gbp", "pound": "gbp"}


def norm_unit(unit: str | None) -> str:
    u = norm(unit)
    u = _UNIT_ALIASES.get(u, u)
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s") and not u.endswith("ss"):
        u = u[:-1]
    return _UNIT_ALIASES.get(u, u)


def unit_ok(gold_unit: str | list[str] | None, pred_unit: str | None) -> bool:
    options = gold_unit if isinstance(gold_unit, list) else [gold_unit]
    return any(norm_unit(o) == norm_unit(pred_unit) for o in options)


def score_quantities(gold: dict[str, Any], kb: dict[str, Any], doc: dict[str, Any], report: Report) -> None:
    text = doc["text"]
    items = expand(gold.get("quantities", []))
    spans = locate(text, gold.get("quantities", []), "text", report, [])
    ignored = region_spans(text, gold.get("ignore_quantities", []))
    preds = [q for q in kb["quantities"] if q["evidence"]["document"] == doc["id"]]
    for key, strict in (("quantities", False), ("quantities strict", True)):
        score = report.score(key)
        matched: set[int] = set()
        for span, g in zip(spans, items, strict=True):
            hit = None
            for i, q in enumerate(preds):
                ps = (q["evidence"]["start"], q["evidence"]["end"])
                if i in matched or span is None or not overlaps(ps, span):
                    continue
                if abs(q["value"] - g["value"]) > 1e-6 * max(1.0, abs(g["value"])):
                    continue
                if strict and not unit_ok(g["unit"], q["unit"]):
                    continue
                hit = i
                break
            label = f"{g['text']!r} {g['value']} {g['unit']}"
            if hit is not None:
                matched.add(hit)
            elif span is not None:
                near = [f"{q['text']!r} {q['value']} {q['unit']}" for q in preds
                        if overlaps((q["evidence"]["start"], q["evidence"]["end"]), span)]
                label += f" (got {', '.join(near)})" if near else ""
            score.gold(hit is not None, label)
        for i, q in enumerate(preds):
            ps = (q["evidence"]["start"], q["evidence"]["end"])
            if i in matched:
                score.pred(True, "")
            elif not any(overlaps(ps, r) for r in ignored):
                score.pred(False, f"{q['text']!r} {q['value']} {q['unit']}")


# ---------------------------------------------------------------- quotes


def score_quotes(gold: dict[str, Any], kb: dict[str, Any], doc: dict[str, Any], report: Report,
                 index: EntityIndex) -> None:
    text = doc["text"]
    names = {e["id"]: pred_keys(e) | {norm(e["name"])} for e in kb["entities"]}
    display = {e["id"]: e["name"] for e in kb["entities"]}
    items = gold.get("quotes", [])
    spans = locate(text, items, "starts", report, [])
    preds = [q for q in kb["quotes"] if q["evidence"]["document"] == doc["id"]]

    def speaker_ok(g: dict[str, Any], speaker: str | None) -> bool:
        allowed = [g["speaker"], *g.get("speakers_ok", [])]
        if speaker is None:
            return None in allowed
        return any(a is not None and index.keys(a) & names.get(speaker, set()) for a in allowed)

    for key, strict in (("quotes", False), ("quotes strict", True)):
        score = report.score(key)
        matched: set[int] = set()
        for span, g in zip(spans, items, strict=True):
            hit, near = None, []
            for i, q in enumerate(preds):
                ps = (q["evidence"]["start"], q["evidence"]["end"])
                if i in matched or span is None or not overlaps(ps, span):
                    continue
                near.append(f"{q['kind']} by {display.get(q['speaker'])} {q['date']}")
                if q["kind"] == g["kind"] and speaker_ok(g, q["speaker"]) and (not strict or q["date"] == g["date"]):
                    hit = i
                    break
            label = f"{g['starts']!r} {g['kind']} by {g['speaker']} {g['date']}"
            if hit is None:
                label += f" (got {'; '.join(near)})" if near else ""
            else:
                matched.add(hit)
            score.gold(hit is not None, label)
        for i, q in enumerate(preds):
            label = f"{q['text'][:40]!r} {q['kind']} by {display.get(q['speaker'])} {q['date']}"
            score.pred(i in matched, label)


# ---------------------------------------------------------------- events


def score_events(gold: dict[str, Any], kb: dict[str, Any], report: Report, index: EntityIndex) -> None:
    ents = {e["id"]: e for e in kb["entities"]}
    preds = []
    for e in kb["events"]:
        keys: set[str] = set()
        for eid in [*e["participants"], *e["places"]]:
            if eid in ents:
                keys |= pred_keys(ents[eid])
        names = [ents[x]["name"] for x in e["participants"] if x in ents]
        preds.append((e["date"]["edtf"], keys, f"{e['date']['edtf']} {e['date']['text']!r} {names}"))

    def matches(g: dict[str, Any], pred: tuple[str, set[str], str]) -> bool:
        edtf, keys, _ = pred
        wanted = g["participants"] or g.get("places", [])
        return edtf == g["edtf"] and (not wanted or any(index.keys(n) & keys for n in wanted))

    golds = gold.get("events", [])
    ignore = set(gold.get("ignore_events", []))
    score = report.score("events")
    for g in golds:
        ok = any(matches(g, p) for p in preds)
        label = f"{g['edtf']} {g['date']!r} {g['participants']} {g.get('places', [])}"
        if not ok:
            same = [p[2] for p in preds if p[0] == g["edtf"]]
            label += f" (same date: {'; '.join(same)})" if same else ""
        score.gold(ok, label)
    for p in preds:
        ok = any(matches(g, p) for g in golds)
        if ok or p[0] not in ignore:
            score.pred(ok, p[2])


# ---------------------------------------------------------------- driver


def evaluate(gold_path: Path, doc_path: Path | None = None) -> Report:
    """Build the gold's document with the real pipeline and score every fact type."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    path = doc_path or resolve_doc(gold, Path(gold_path))
    kb = build_kb(path)
    report = Report(Path(gold_path).stem)
    doc = kb["documents"][0]
    index = EntityIndex(gold.get("entities", []))
    score_structure(gold, doc, report)
    score_entities(gold, kb, report)
    score_dates(gold, doc, report)
    score_quantities(gold, kb, doc, report)
    score_quotes(gold, kb, doc, report, index)
    score_events(gold, kb, report, index)
    return report


def default_golds() -> list[Path]:
    found = sorted(GOLD_DIR.glob("*_gold.json"))
    return [p for p in found if not p.name.startswith("seed") or (SHARED / "seeds").is_dir()]


ORDER = ["sections", "captions", "captions strict", "paragraph counts", "entities", "entities/person",
         "entities/organization", "entities/place", "entities/group", "entities/other", "entity aliases",
         "negatives", "dates", "dates extent", "quantities", "quantities strict", "quotes",
         "quotes strict", "events"]


def table(reports: list[Report]) -> str:
    total = Report("all")
    for r in reports:
        for k, s in r.scores.items():
            total.score(k).add(s)
    cols = [*(r.name for r in reports), "all"]
    lines = ["| fact type | " + " | ".join(f"{c} P / R / F1" for c in cols) + " |",
             "| --- |" + " --- |" * len(cols)]
    for key in ORDER:
        cells = []
        for r in [*reports, total]:
            s = r.scores.get(key)
            if s is None:
                cells.append("–")
            elif key == "negatives":
                cells.append(f"{s.hit}/{s.hit + s.fn} kept")
            elif key in ("entity aliases", "paragraph counts"):
                cells.append(f"R {s.recall:.2f} ({s.hit}/{s.hit + s.fn})")
            else:
                cells.append(f"{s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f}")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def print_errors(report: Report, out: Any = sys.stdout) -> None:
    print(f"\n## {report.name}", file=out)
    for w in report.warnings:
        print(f"  WARNING {w}", file=out)
    for key in ORDER:
        s = report.scores.get(key)
        if s is None or key.startswith("entities/"):
            continue
        if s.false_neg:
            print(f"  {key} — missed ({len(s.false_neg)}):", file=out)
            for item in s.false_neg:
                print(f"    - {item}", file=out)
        if s.false_pos:
            print(f"  {key} — spurious ({len(s.false_pos)}):", file=out)
            for item in s.false_pos:
                print(f"    + {item}", file=out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, action="append", help="gold file(s); default: tests/gold/*_gold.json")
    ap.add_argument("--doc", type=Path, help="document to build (default: named by the gold file)")
    ap.add_argument("--brief", action="store_true", help="print only the table")
    args = ap.parse_args(argv)
    golds = args.gold or default_golds()
    if args.doc and len(golds) != 1:
        ap.error("--doc needs exactly one --gold")
    reports = [evaluate(g, args.doc) for g in golds]
    print(table(reports))
    if not args.brief:
        for r in reports:
            print_errors(r)


if __name__ == "__main__":
    main()
