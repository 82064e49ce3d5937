"""Evaluate `vitrina ask` on question files over the shared corpus.

Builds (or reuses) a database of the seed plus the milestones essays, runs
every question of the given JSONL files (default: the tuning set,
tests/devset/*.jsonl) and reports accuracy, citation accuracy, abstention
precision/recall, wrong answers at confidence >= 0.8 and a reliability
table. A question file has one JSON object per line with the fields id,
question, answer (null or "" when the sources cannot answer), alternatives,
document, citation. With --write, the tables go into
docs/search-and-ask.md between markers.

    .venv/bin/python bench/eval_ask.py [FILE.jsonl ...] [--db build/dev.db] [--rebuild] [--write] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_beabee21081aa6a0.txt"
CORPUS = SHARED / "corpus" / "milestones"
DEVSET = ROOT / "tests" / "devset"
DOC = ROOT / "docs" / "search-and-ask.md"
DEFAULT_DB = ROOT / "build" / "dev.db"
BINS = [(0.0, 0.5), (0.5, 0.65), (0.65, 0.8), (0.8, 0.9), (0.9, 1.01)]


def ensure_db(db: Path, rebuild: bool = False) -> Path:
    """The corpus database, built with the product pipeline when missing."""
    if db.exists() and not rebuild and _current(db):
        return db
    if db.exists():
        db.unlink()  # an old schema or an asked rebuild: start from nothing
    try:
        import vitrina.link  # noqa: F401
    except ImportError:  # linking not there yet: per-document entity ids
        return _build_unlinked(db)
    from vitrina.pipeline import build

    report = build([SEED, CORPUS], db, fresh=rebuild)
    if report.errors:
        print(f"build errors: {[str(e) for e in report.errors]}", file=sys.stderr)
    return db


def _current(db: Path) -> bool:
    """True when ``db`` opens with this version's schema."""
    from vitrina.store import connect_readonly

    try:
        connect_readonly(db).close()
    except Exception:  # an older schema (SchemaMismatch) or a broken file: rebuild it
        return False
    return True


def _build_unlinked(db: Path) -> Path:
    from vitrina.extract import extract_many
    from vitrina.ingest import read_path
    from vitrina.model import Entity, Mention
    from vitrina.pipeline import collect_files
    from vitrina.store import write_exhibit

    docs = [d for path in collect_files([SEED, CORPUS]) for d in read_path(path)]
    analysed = list(extract_many(docs))
    linked, entities = [], []
    for doc in analysed:
        ids = {e.id: f"{doc.id}/{e.id}" for e in doc.entities}
        entities += [Entity(ids[e.id], e.type, e.name, e.aliases, e.lat, e.lon, e.identifier) for e in doc.entities]
        mentions = tuple(Mention(m.start, m.end, m.type, ids.get(m.entity, m.entity)) for m in doc.mentions)
        linked.append(doc.evolve(mentions=mentions))
    write_exhibit(db, [("dev", d) for d in analysed], linked, entities)
    return db


TUNING = ("seed_questions.jsonl", "milestones_questions.jsonl", "paraphrase_questions.jsonl",
          "fresh_questions.jsonl", "fresh2_questions.jsonl")


def load_questions(names: tuple[str, ...] = TUNING) -> list[dict]:
    """Questions of the named files (in tests/devset unless a path); "" answers mean unanswerable."""
    rows = []
    for name in names:
        path = Path(name) if Path(name).is_file() else DEVSET / name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("answer") == "":
                    row["answer"] = None
                row.setdefault("alternatives", [])
                rows.append(row)
    return rows


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("–", "-").replace("—", "-"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w$%.,'-]+", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text.strip(" .,"))
    return " ".join(text.split())


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w$%]+(?:[.,']\w+)*", norm(text))


DIFFERING = re.compile(r"(?s)(.+?) \(sources differ: (.+)\)")  # ask's answer when two sources disagree


def answer_ok(got: str | None, item: dict) -> bool:
    """Normalised match, or containment either way with >= 60% token overlap. An answer "X (sources differ:
    Y)" — ask's answer when two sources state different values — is credited when X or Y is the expected one."""
    if got is None or item["answer"] is None:
        return got is None and item["answer"] is None
    differing = DIFFERING.fullmatch(got.strip())
    if differing is not None:
        return any(_value_ok(part, item) for part in differing.groups())
    return _value_ok(got, item)


def _value_ok(got: str, item: dict) -> bool:
    g = norm(got)
    for expected in [item["answer"], *item.get("alternatives", [])]:
        e = norm(expected)
        if g == e:
            return True
        if e in g or g in e:
            short, long_ = sorted((_tokens(e), _tokens(g)), key=len)
            if long_ and len(short) / len(long_) >= 0.6:
                return True
            if item.get("type_hint") == "why" or (e in g and "why" in item["question"].lower()[:4]):
                return True
        if _same_count(g, e):
            return True
    return False


NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
               r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
               r"|million|billion)")
COUNT = re.compile(rf"(?:\d[\d,.]*|{NUMBER_WORD}(?:[- ]{NUMBER_WORD})*)")


def _same_count(got: str, expected: str) -> bool:
    """A count given with the noun it counts is the count: "26 nations" answers "26" and "forty-nine of
    them" answers "forty-nine" (the gold answer is a number alone, the answer starts with it and adds at
    most two words)."""
    if not COUNT.fullmatch(expected) or not got.startswith(expected + " "):
        return False
    return len(got[len(expected):].split()) <= 2


DASH_SPACE = re.compile(r"\s*([—–])\s*")  # "policemen”— the" and "policemen”—the" are one citation
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"'})


def _plain(text: str) -> str:
    """Whitespace and typographic quotation marks folded (a PDF's ”I for “I is the same citation)."""
    return " ".join(DASH_SPACE.sub(r"\1", text.translate(QUOTE_MARKS)).split()).lower()


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def document_ok(document: str, item: dict) -> bool:
    """The citation is in the expected document: its id ends with the annotation's reference, compared
    as slugs ("u.s.-soviet-relations" for the id "1981-1988-u-s-soviet-relations", "NSC68" for "…-nsc68")."""
    return not item.get("document") or _slug(item["document"]) in _slug(document)


def unmatched_documents(document_ids: list[str], questions: list[dict]) -> dict[str, int]:
    """The questions' document references that no stored document id matches (``document_ok``), with how many
    questions name each: such a question can never count as cited, so a scorer must say so, not score it."""
    missing: dict[str, int] = {}
    for item in questions:
        reference = item.get("document")
        if reference and not any(document_ok(ident, item) for ident in document_ids):
            missing[reference] = missing.get(reference, 0) + 1
    return missing


def warn_unmatched(conn, questions: list[dict], source: str) -> None:
    """Print to stderr the document references of ``questions`` that the database cannot match."""
    from vitrina.store.read import as_knowledge_base

    missing = unmatched_documents(as_knowledge_base(conn).document_ids(), questions)
    if missing:
        named = ", ".join(f"{ref!r} ({count})" for ref, count in sorted(missing.items()))
        print(f"warning: {source}: {sum(missing.values())} questions name a document no stored id matches "
              f"(they can never count as cited): {named}", file=sys.stderr)


def citation_ok(result: dict, item: dict) -> bool:
    if item["answer"] is None:
        return True
    want = _plain(item["citation"])
    for cite in result["citations"][:2]:
        text = _plain(cite["text"])
        if want in text and document_ok(cite["document"], item):
            return True
    return False


def evaluate(conn, questions: list[dict], verbose: bool = False) -> dict:
    return summarise(answer_rows(conn, questions, verbose))


def answer_rows(conn, questions: list[dict], verbose: bool = False) -> list[dict]:
    """Each question asked once and scored: the rows ``summarise`` reads, so that a set and its
    parts are summarised from the same answers instead of asking the parts again."""
    from vitrina.ask import ask

    rows = []
    for item in questions:
        result = ask(conn, item["question"])
        ok = answer_ok(result["answer"], item)
        cite = citation_ok(result, item) if result["answer"] is not None else item["answer"] is None
        rows.append({"item": item, "result": result, "ok": ok, "cite": cite})
        if verbose and not (ok and cite):
            print(f"FAIL {item['id']} [{result['type']}] {item['question']}\n  expected {item['answer']!r}"
                  f" got {result['answer']!r} conf {result['confidence']}"
                  f"\n  cites {[c['text'][:90] for c in result['citations']]}")
    return rows


def summarise(rows: list[dict]) -> dict:
    n = len(rows)
    correct = sum(r["ok"] and r["cite"] for r in rows)
    answerable = [r for r in rows if r["item"]["answer"] is not None]
    answered = [r for r in rows if r["result"]["answer"] is not None]
    abstained = [r for r in rows if r["result"]["answer"] is None]
    should_abstain = [r for r in rows if r["item"]["answer"] is None]
    table = []
    for lo, hi in BINS:
        inside = [r for r in answered if lo <= r["result"]["confidence"] < hi]
        right = sum(r["ok"] and r["cite"] for r in inside)
        table.append((lo, min(hi, 1.0), len(inside), right))
    return {
        "questions": n,
        "correct": correct,
        "accuracy": correct / n if n else 0.0,
        "answer_accuracy": sum(r["ok"] for r in rows) / n if n else 0.0,
        "citation_accuracy": (sum(r["cite"] for r in answered if r["item"]["answer"] is not None)
                              / max(1, sum(1 for r in answered if r["item"]["answer"] is not None))),
        "answerable_correct": sum(r["ok"] and r["cite"] for r in answerable) / max(1, len(answerable)),
        "abstention_precision": sum(r["item"]["answer"] is None for r in abstained) / max(1, len(abstained)),
        "abstention_recall": sum(r["result"]["answer"] is None for r in should_abstain) / max(1, len(should_abstain)),
        "confident_wrong": sum(1 for r in answered if r["result"]["confidence"] >= 0.8 and not (r["ok"] and r["cite"])),
        "confident_wrong_items": [(r["item"]["id"], r["item"]["question"], r["result"]["answer"],
                                   r["result"]["confidence"]) for r in answered
                                  if r["result"]["confidence"] >= 0.8 and not (r["ok"] and r["cite"])],
        "reliability": table,
    }


def report_markdown(name: str, s: dict) -> str:
    lines = [
        f"**{name}**: {s['questions']} questions, {s['correct']} correct with the right citation "
        f"({s['accuracy']:.0%}); answers correct {s['answer_accuracy']:.0%}; citations correct "
        f"{s['citation_accuracy']:.0%} of answered; abstention precision {s['abstention_precision']:.0%}, "
        f"recall {s['abstention_recall']:.0%}; confident (>= 0.8) wrong answers: {s['confident_wrong']}.",
        "",
        "| confidence | answered | right | share right |",
        "| --- | ---: | ---: | ---: |",
    ]
    for lo, hi, count, right in s["reliability"]:
        share = f"{right / count:.0%}" if count else "-"
        lines.append(f"| {lo:.2f}-{hi:.2f} | {count} | {right} | {share} |")
    for ident, question, answer, confidence in s["confident_wrong_items"]:
        lines.append(f"\nWrong at confidence {confidence:.2f}: {ident} {question!r} -> {answer!r}")
    return "\n".join(lines)


def write_doc(markdown: str) -> None:
    start, end = "<!-- eval:start -->", "<!-- eval:end -->"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"{start}\n{end}\n"
    if start not in text:
        text += f"\n{start}\n{end}\n"
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1] if end in rest else ""
    DOC.write_text(f"{before}{start}\n{markdown}\n{end}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="question files (JSONL); default: the tuning set")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--write", action="store_true", help="update docs/search-and-ask.md")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from vitrina.store import connect_readonly

    ensure_db(args.db, args.rebuild)
    parts = []
    with contextlib.closing(connect_readonly(args.db)) as conn:
        groups = [(Path(f).stem, (f,)) for f in args.files] or [(Path(f).stem.replace("_questions", ""), (f,))
                                                                  for f in TUNING]
        every: list[dict] = []  # "all" is summarised from the parts' answers, not asked again
        for name, files in groups:
            questions = load_questions(files)
            warn_unmatched(conn, questions, name)
            rows = answer_rows(conn, questions, verbose=args.verbose)
            every.extend(rows)
            md = report_markdown(name, summarise(rows))
            print(md, "\n")
            parts.append(md)
        if len(groups) > 1:
            md = report_markdown("all", summarise(every))
            print(md, "\n")
            parts.append(md)
    if args.write:
        write_doc("\n\n".join(parts))


if __name__ == "__main__":
    main()
