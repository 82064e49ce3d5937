"""Wall, CPU and peak memory of a whole build, stage by stage, on eight shapes of input under 1 MB.

Issue #14 asks that no input under 1 MB take more than 10 s or 1 GB; issue #18 that the cost grow with
the input, not faster. ``bench/build_speed.py`` times one file of invented prose; this script times the
shapes a user brings, each built into a new database by ``vitrina.pipeline.build`` in a child process
exactly as ``vitrina build`` runs it (default jobs, workers and all):

* ``corpus-text``: the sample corpus's essays (``hostile.corpus_essays``) as one plain-text file of 1 MB;
* ``markdown``: the same essays, in another order, as one Markdown file of 1 MB (a heading per essay,
  a heading every few paragraphs, emphasis and a bullet list now and then);
* ``one-paragraph``: the essays of ``corpus-text`` as one paragraph of 1 MB (every line break a space);
* ``tei``: the same essays as one TEI file of ~1 MB, a ``<p>`` per paragraph, a ``<div>`` and ``<head>`` every eight;
* ``one-line``: the round 38 red team's 940 KB line (D-slow-1mb: "Eleanor Vance wrote to Thomas Albright in
  1887 " 20,000 times, no full stop);
* ``tree``: 500 KB of ``bench/prose.py`` prose as 200 small files of 2.5 KB in 20 nested folders;
* ``repetitive``: 1 MB of the round-24 red team's statements (``redteam/round24/repro/slow_comparisons.sh``:
  "In YEAR PERSON travelled from A to B with N companions.", six names, six places) as 46 files of ~22 KB (300 sentences each);
* ``label-lines``: the round-47 red team's 72 KB specimen list, 1,000 one-line label records (D1).

The child reports when each stage starts and ends (analysis with the workers; linking; writing the
exhibit; the comparisons, the one cross-document stage), and this process samples the child's process
tree every 0.25 s: its CPU seconds (live processes and the reaped ones') and resident memory (the
largest process, and the tree's sum of proportional sizes, PSS: pages the forked workers share with
their parent counted once). Per stage: wall s, CPU s, the largest process's peak MB, the tree's peak PSS.

    PYTHONPATH=src .venv/bin/python bench/input_shapes.py                         # all seven
    PYTHONPATH=src .venv/bin/python bench/input_shapes.py --shapes corpus-text,markdown,one-paragraph,tei,one-line
    PYTHONPATH=src .venv/bin/python bench/input_shapes.py --shapes tree,markdown --timeout 600
    PYTHONPATH=src .venv/bin/python bench/input_shapes.py --profile repetitive --kb 100   # cProfile

``--count-calls DB`` runs a built database's comparisons again, counting the pair judgements and
alignments and how many had distinct arguments. ``--profile SHAPE`` builds that shape in this process with one job under cProfile and prints the
costliest functions of the stages after the analysis (the comparisons' own, with the number of
calls of each: how many pair judgements were made). ``--workdir`` keeps the inputs and databases.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The child's per-file time limit (``--time-limit``: on a machine loaded many times over, a part of a 1 MB file
# passes the build's 120 s of wall time and is left out, and the build measures nothing)
TIME_LIMIT_VARIABLE = "INPUT_SHAPES_TIME_LIMIT"
SAMPLE_SECONDS = 0.25  # between two samples of the tree (each reads every process's memory map summary)
SHAPES = ("corpus-text", "markdown", "one-paragraph", "tei", "one-line", "tree", "repetitive", "label-lines")
STAGE_FUNCTIONS = {  # stage: (module, function) the child wraps to say when the stage starts and ends
    "analyse": ("vitrina.pipeline", "_analyse_all"),
    "link": ("vitrina.link", "link_summaries"),
    "write": ("vitrina.store", "write_stream"),
}
# the cross-document stages (``store.db._derived``: a context manager whose entries are consumed inside it)
DERIVED = ("vitrina.store.db", "_derived")


# ---- the inputs -----------------------------------------------------------------------------------

def corpus_text(folder: Path, size: int = 1_000_000) -> list[Path]:
    from hostile import corpus_essays

    path = folder / "corpus-text.txt"
    path.write_bytes(corpus_essays(size))
    return [path]


def markdown(folder: Path, size: int = 1_000_000) -> list[Path]:
    """The corpus essays, last first, as Markdown: ``# title``, ``## Part k`` every four paragraphs,
    every seventh paragraph's first sentence in emphasis, every ninth paragraph as a bullet list."""
    from hostile import SHARED

    from vitrina.ingest import read_path

    files = sorted((SHARED / "corpus" / "milestones").glob("*.xml"), reverse=True)
    out: list[str] = []
    length = 0
    count = 0
    while length < size and files:
        for file in files:
            for doc in read_path(file):
                out.append(f"# {doc.title}\n")
                for index, paragraph in enumerate(p for p in doc.text.split("\n\n") if p.strip()):
                    count += 1
                    if index % 4 == 3:
                        out.append(f"## Part {index // 4 + 1}\n")
                    if count % 9 == 0:
                        out.append("\n".join(f"- {s.strip()}" for s in paragraph.split(". ") if s.strip()) + "\n")
                    elif count % 7 == 0 and ". " in paragraph:
                        head, rest = paragraph.split(". ", 1)
                        out.append(f"*{head}.* {rest}\n")
                    else:
                        out.append(paragraph + "\n")
                length = sum(len(part.encode()) + 1 for part in out)
            if length >= size:
                break
    path = folder / "markdown.md"
    path.write_bytes("\n".join(out).encode()[:size].decode(errors="ignore").encode())
    return [path]


def tree(folder: Path, size: int = 500_000, files: int = 200, folders: int = 20) -> list[Path]:
    from prose import prose

    root = folder / "tree"
    each = size // files
    for k in range(files):
        sub = root / f"part{k % folders // 5:02d}" / f"box{k % folders:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"note{k:03d}.txt").write_bytes(prose(each, seed=100 + k))
    return [root]


def repetitive(folder: Path, size: int = 1_000_000, per_file: int = 300) -> list[Path]:
    """The red team's generator (seeded the same way), as many files of 300 sentences (~22 KB) as make ``size``."""
    rng = random.Random(1)
    names = ["Anna Berg", "Carl Dahl", "Eva Lind", "Olof Palme", "Greta Thunberg", "Selma Lagerlof"]
    places = ["Stockholm", "Uppsala", "Malmo", "Gothenburg", "Lund", "Kiruna"]
    root = folder / "repetitive"
    root.mkdir(parents=True, exist_ok=True)
    written, k = 0, 0
    while written < size:
        lines = [f"Panel {k}", ""]
        for _ in range(per_file):
            lines.append(f"In {1850 + rng.randrange(150)} {rng.choice(names)} travelled from {rng.choice(places)} "
                         f"to {rng.choice(places)} with {rng.randrange(2, 90)} companions.")
        data = "\n".join(lines).encode()[: size - written]
        (root / f"doc{k:02d}.txt").write_bytes(data)
        written, k = written + len(data), k + 1
    return [root]


def one_paragraph(folder: Path, size: int = 1_000_000) -> list[Path]:
    """The corpus essays as one plain-text paragraph of 1 MB: every line break a space (no blank line,
    no heading), the sentences as they are."""
    from hostile import corpus_essays

    path = folder / "one-paragraph.txt"
    text = " ".join(corpus_essays(size).decode().split())
    path.write_bytes(text.encode())
    return [path]


def tei(folder: Path, size: int = 1_000_000) -> list[Path]:
    """The corpus essays as one TEI file of about 1 MB: a ``<div>`` with a ``<head>`` every eight
    paragraphs, each paragraph a ``<p>`` (markup escaped)."""
    from html import escape

    from hostile import corpus_essays

    paragraphs = [" ".join(p.split()) for p in corpus_essays(size).decode().split("\n\n") if p.strip()]
    body: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index % 8 == 0:
            body.append(("</div>" if index else "") + f'<div type="section"><head>Part {index // 8 + 1}</head>')
        body.append(f"<p>{escape(paragraph, quote=False)}</p>")
    body.append("</div>")
    path = folder / "tei.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
                    "<teiHeader><fileDesc><titleStmt><title>Essays</title></titleStmt>"
                    "<publicationStmt><p>bench</p></publicationStmt><sourceDesc><p>generated</p></sourceDesc>"
                    "</fileDesc></teiHeader><text><body>\n" + "\n".join(body) + "\n</body></text></TEI>\n",
                    encoding="utf-8")
    return [path]


def one_line(folder: Path, size: int = 940_000) -> list[Path]:
    """The round 38 red team's input (``redteam/round38/repro/slow_one_megabyte_text.sh``, D-slow-1mb): one
    sentence of eight words without its full stop, repeated on one line to ``size`` bytes."""
    sentence = "Eleanor Vance wrote to Thomas Albright in 1887 "
    path = folder / "one-line.txt"
    path.write_text(sentence * (size // len(sentence)), encoding="utf-8")
    return [path]


def label_lines(folder: Path, size: int = 72_000) -> list[Path]:
    """The round 47 red team's specimen list (``redteam/round47/repro/label_list_timeout.sh``, D1): one-line
    label records with no full stop ("MNH-B 000123 Parus major, Carrow Fen, 12.vi.1898, leg. E. Marrow"), about
    1,000 of them in 72 KB: the plain-text layout reads them as one paragraph."""
    lines, written, k = [], 0, 0
    while written < size:
        line = f"MNH-B {k:06d} Parus major, Carrow Fen, 12.vi.1898, leg. E. Marrow"
        lines.append(line)
        written, k = written + len(line) + 1, k + 1
    path = folder / "label-lines.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return [path]


MAKERS = {"corpus-text": corpus_text, "markdown": markdown, "one-paragraph": one_paragraph, "tei": tei,
          "one-line": one_line, "tree": tree, "repetitive": repetitive, "label-lines": label_lines}


def input_bytes(paths: list[Path]) -> tuple[int, int]:
    files = [p for path in paths for p in ([path] if path.is_file() else path.rglob("*")) if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


# ---- the child: one build, saying when each stage starts and ends ---------------------------------

def child(db: str, paths: list[str]) -> int:
    import importlib

    from vitrina.pipeline import build
    from vitrina.progress import LogProgress

    def wrapped(stage: str, func):  # noqa: ANN001, ANN202 - any function
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            print(json.dumps({"stage": stage, "at": "start", "t": time.time()}), flush=True)
            try:
                return func(*args, **kwargs)
            finally:
                print(json.dumps({"stage": stage, "at": "end", "t": time.time()}), flush=True)
        return wrapper

    for stage, (module_name, name) in STAGE_FUNCTIONS.items():
        module = importlib.import_module(module_name)
        setattr(module, name, wrapped(stage, getattr(module, name)))
    store = importlib.import_module(DERIVED[0])
    derived = getattr(store, DERIVED[1])

    @contextlib.contextmanager
    def timed_derived(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        print(json.dumps({"stage": "comparisons", "at": "start", "t": time.time()}), flush=True)
        try:
            with derived(*args, **kwargs) as entries:
                yield entries
        finally:
            print(json.dumps({"stage": "comparisons", "at": "end", "t": time.time()}), flush=True)

    setattr(store, DERIVED[1], timed_derived)
    from vitrina.workers import Limits

    limits = Limits(seconds=float(os.environ.get(TIME_LIMIT_VARIABLE, Limits().seconds)))
    report = build(paths, db, fresh=True, progress=LogProgress(sys.stderr), limits=limits)
    print(json.dumps({"done": True, "t": time.time(), "seconds": report.seconds, "documents": report.documents,
                      "warnings": len(report.warnings), "errors": len(report.errors)}), flush=True)
    return 0


# ---- the parent: sample the child's tree ----------------------------------------------------------

def _tree_sample(pid: int) -> tuple[float, float, float] | None:
    """(CPU seconds of the tree, reaped children included; largest process MB; tree PSS MB)."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return None
    cpu, largest, pss = 0.0, 0.0, 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            info = process.memory_full_info()
        except psutil.Error:
            continue
        cpu += times.user + times.system + times.children_user + times.children_system
        largest = max(largest, info.rss / 2**20)
        pss += getattr(info, "pss", info.rss) / 2**20
    return cpu, largest, pss


def measure(paths: list[Path], db: Path, timeout: float, time_limit: float | None = None) -> dict:
    """Build ``paths`` into ``db`` in a child (``time_limit``: its per-file limit, else the build's); per-stage
    wall, CPU and peak memory."""
    import resource
    import selectors

    db.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    env = {**os.environ, **({TIME_LIMIT_VARIABLE: str(time_limit)} if time_limit else {})}
    process = subprocess.Popen([sys.executable, __file__, "--child", str(db), *map(str, paths)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
    samples: list[tuple[float, float, float, float]] = []  # (time, tree CPU, largest MB, tree PSS MB)
    events: list[dict] = []
    while process.poll() is None and time.time() - started < timeout:
        for _key, _ in selector.select(timeout=SAMPLE_SECONDS):
            line = process.stdout.readline()  # type: ignore[union-attr]
            if line.strip():
                events.append(json.loads(line))
        sample = _tree_sample(process.pid)
        if sample:
            samples.append((time.time(), *sample))
    timed_out = process.poll() is None
    if timed_out:
        import psutil

        for descendant in psutil.Process(process.pid).children(recursive=True):
            descendant.kill()
        process.kill()
    out, err = process.communicate()
    events += [json.loads(line) for line in out.splitlines() if line.strip()]
    wall = time.time() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"wall": wall, "cpu": cpu, "timed_out": timed_out, "exit": process.returncode,
            "stages": _stages(events, samples, started, wall), "events": events,
            "said": [line for line in err.splitlines() if line.strip()][-3:]}


def _stages(events: list[dict], samples: list[tuple[float, float, float, float]], started: float,
            wall: float) -> list[dict]:
    """Each stage's window (start-up: from the start to the analysis; analyse; link; write without the
    comparisons; comparisons) with the samples inside it."""
    marks = {(e["stage"], e["at"]): e["t"] for e in events if "stage" in e}
    end = next((e["t"] for e in events if e.get("done")), started + wall)
    windows = [("start-up and reading the files", started, marks.get(("analyse", "start"), end))]
    for stage in ("analyse", "link"):
        if (stage, "start") in marks:
            windows.append((stage, marks[(stage, "start")], marks.get((stage, "end"), end)))
    if ("write", "start") in marks:
        compare = (marks.get(("comparisons", "start"), end), marks.get(("comparisons", "end"), end))
        windows.append(("write (without the comparisons)", marks[("write", "start")], compare[0]))
        windows.append(("comparisons", compare[0], compare[1]))
        windows.append(("write's end", compare[1], marks.get(("write", "end"), end)))
    rows = []
    previous_cpu = 0.0
    for name, begin, finish in windows:
        inside = [s for s in samples if begin <= s[0] <= finish]
        cpu_end = max((s[1] for s in samples if s[0] <= finish), default=previous_cpu)
        rows.append({"stage": name, "wall": finish - begin, "cpu": max(cpu_end - previous_cpu, 0.0),
                     "largest_mb": max((s[2] for s in inside), default=0.0),
                     "tree_pss_mb": max((s[3] for s in inside), default=0.0)})
        previous_cpu = max(previous_cpu, cpu_end)
    return rows


def profile(shape: str, folder: Path, top: int, kb: int | None = None) -> None:
    """Build ``shape`` (one job), then run its comparisons again on the database under cProfile: the
    cumulative and own seconds of the costliest functions, and how often each was called."""
    import cProfile
    import pstats

    from vitrina.compare import store_comparisons
    from vitrina.pipeline import build
    from vitrina.store import open_knowledge_base

    paths = MAKERS[shape](folder, kb * 1000) if kb else MAKERS[shape](folder)
    db = folder / f"{shape}-profile.db"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    report = build(paths, db, fresh=True, jobs=1)
    print(f"{shape}: {report.documents} documents, stages (wall s) {report.seconds}, "
          f"whole {time.perf_counter() - started:.1f} s; the comparisons again, profiled:")
    profiler = cProfile.Profile()
    cpu = time.process_time()
    profiler.enable()
    entries = sum(1 for _ in store_comparisons(open_knowledge_base(db)))
    profiler.disable()
    print(f"{entries} entries, {time.process_time() - cpu:.1f} CPU s (profiled)")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


# the comparisons' pair judgements and alignments counted by ``--count-calls``: (module, function)
COUNTED = (("vitrina.compare", "_same_thing"), ("vitrina.compare", "replaced"), ("vitrina.polarity", "turns"))


def count_calls(db: Path) -> None:
    """Run the comparisons of a built database again, counting the calls of each ``COUNTED``
    function and how many distinct arguments they had (hashed ``repr``): how much of the work
    repeats a judgement or an alignment already made."""
    import importlib
    from collections import Counter

    from vitrina.compare import store_comparisons
    from vitrina.store import open_knowledge_base

    calls: Counter[str] = Counter()
    distinct: dict[str, set[int]] = {}
    for module_name, name in COUNTED:
        module = importlib.import_module(module_name)
        setattr(module, name, _counting(name, getattr(module, name), calls, distinct.setdefault(name, set())))
    cpu = time.process_time()
    entries = sum(1 for _ in store_comparisons(open_knowledge_base(db)))
    print(f"{entries} entries, {time.process_time() - cpu:.1f} CPU s")
    for name in calls:
        print(f"{name}: {calls[name]:,} calls, {len(distinct[name]):,} distinct arguments")


def _counting(name: str, func: Any, calls: Any, seen: set[int]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        seen.add(hash(repr(args)))
        return func(*args, **kwargs)
    return wrapper


def _sample_pss(done: Any, peak: list[float]) -> None:
    """Keep the largest PSS of this process's tree in ``peak[0]`` until ``done`` is set."""
    while not done.wait(SAMPLE_SECONDS):
        sample = _tree_sample(os.getpid())
        peak[0] = max(peak[0], sample[2] if sample else 0.0)


def warm_up_cost(folder: Path, runs: int) -> None:
    """CPU seconds and the tree's peak PSS of a pool of two workers analysing two one-line files,
    each worker loading the model (spawned) or both forked from a fork server that loaded it once
    (``shared_warmup``), alternately ``runs`` times: the cost of the workers' start alone."""
    import resource
    import threading

    from vitrina.pipeline import _analyse_one, _warm_up, file_key
    from vitrina.workers import Limits, Task, run_isolated

    files = []
    for k in range(2):
        files.append(folder / f"line{k}.txt")
        files[-1].write_text(f"A lighthouse was built in 18{k}9 at the harbour mouth.\n")
    tasks = [Task(path.name, (path, file_key(path, True), True)) for path in files]
    print("| workers start | CPU s | tree peak PSS MB |\n| --- | ---: | ---: |")
    for _ in range(runs):
        for shared in (False, True):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            peak, done = [0.0], threading.Event()
            sampler = threading.Thread(target=_sample_pss, args=(done, peak), daemon=True)
            sampler.start()
            list(run_isolated(_analyse_one, tasks, jobs=2, limits=Limits(), warmup=_warm_up, shared_warmup=shared))
            done.set()
            sampler.join()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            print(f"| {'forked from one warm-up' if shared else 'spawned, each warms up'} | {cpu:.1f} | "
                  f"{peak[0]:.0f} |", flush=True)


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        return child(sys.argv[2], sys.argv[3:])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", default=",".join(SHAPES), help=f"comma-separated, of {', '.join(SHAPES)}")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds a build may take before it is stopped")
    parser.add_argument("--time-limit", type=float, help="the builds' per-file time limit (default: the build's)")
    parser.add_argument("--profile", choices=SHAPES, help="profile the comparisons of an in-process build")
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
    parser.add_argument("--kb", type=int, help="the profiled input's size (default: the shape's)")
    parser.add_argument("--count-calls", type=Path, metavar="DB",
                        help="count the comparisons' pair judgements and alignments on a built database")
    parser.add_argument("--warm-up-cost", type=int, metavar="RUNS",
                        help="time a pool of two workers' start, spawned against forked from one warm-up")
    parser.add_argument("--workdir", type=Path, help="keep the inputs and databases here")
    parser.add_argument("--json", type=Path, help="write every figure here too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.workdir or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        if args.profile:
            profile(args.profile, folder, args.top, args.kb)
            return 0
        if args.count_calls:
            count_calls(args.count_calls)
            return 0
        if args.warm_up_cost:
            warm_up_cost(folder, args.warm_up_cost)
            return 0
        print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores")
        results = {}
        for shape in args.shapes.split(","):
            paths = MAKERS[shape](folder)
            size, count = input_bytes(paths)
            result = measure(paths, folder / f"{shape}.db", args.timeout, args.time_limit)
            results[shape] = {"bytes": size, "files": count, **{k: v for k, v in result.items() if k != "events"}}
            done = next((e for e in result["events"] if e.get("done")), {})
            peak = max((row["largest_mb"] for row in result["stages"]), default=0)
            tree_peak = max((row["tree_pss_mb"] for row in result["stages"]), default=0)
            status = "stopped at the time-out" if result["timed_out"] else f"exit {result['exit']}"
            print(f"\n### {shape}: {size:,} B in {count} file(s), {done.get('documents', '?')} documents, {status}; "
                  f"load {os.getloadavg()[0]:.1f}")
            print(f"whole build: {result['wall']:.1f} s wall, {result['cpu']:.1f} s CPU, largest process "
                  f"{peak:.0f} MB, tree PSS {tree_peak:.0f} MB")
            print("| stage | wall s | CPU s | largest process MB | tree PSS MB |")
            print("| --- | ---: | ---: | ---: | ---: |")
            for row in result["stages"]:
                print(f"| {row['stage']} | {row['wall']:.1f} | {row['cpu']:.1f} | {row['largest_mb']:.0f} | "
                      f"{row['tree_pss_mb']:.0f} |", flush=True)
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))
        print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
