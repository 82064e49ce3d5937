"""Coverage-guided fuzzing (atheris) of the readers, the structure stage and the safety layer.

One harness per target. A harness may see its input refused with a
``VitrinaError`` (that is the contract); any other exception, or a document
whose spans fall outside its text, is a crash.

    # one target, libFuzzer/atheris options passed through
    .venv/bin/python bench/fuzz.py text -atheris_runs=2000 -max_total_time=10
    # all targets in one process, the first input byte choosing (the test suite's run)
    .venv/bin/python bench/fuzz.py all -atheris_runs=3000 -max_total_time=15
    # every target for N seconds each, with a summary table (the long run)
    .venv/bin/python bench/fuzz.py --all --seconds 120

Crash inputs are written to ``$VITRINA_FUZZ_ARTIFACTS`` (default: a ``vitrina-fuzz``
folder in the temp dir); replay one with a traceback:

    .venv/bin/python bench/fuzz.py --replay all /tmp/vitrina-fuzz/all-crash-…

PDF text extraction runs in a resource-limited child process (~0.7 s per
file), far too slow to fuzz; its in-process half -- page joining and
``structure.rebuild`` with page offsets -- is the ``pdf_pages`` target.
The ``extract`` target runs the whole extraction stage (spaCy included) on
text; it is slower, so it is not part of ``all``.

Every case has a time budget: runs pass ``-timeout`` (``CASE_TIMEOUT_S``)
to libFuzzer, which reports a case over it as a crash (``timeout-…``
artifact). ``--budget`` runs every target on pathological inputs (long runs
of one character, nested markup, 64 KB each) and fails on any case over
``CASE_BUDGET_S`` CPU seconds:

    .venv/bin/python bench/fuzz.py --budget

The budget is a speed target and moves with the machine's load; the test suite checks
complexity instead (``--growth``): each case at a quarter of its size and at full size,
failing when 4x the input costs more than ``GROWTH["max_ratio"]`` (6x) the CPU time
(linear: 4x, quadratic: 16x):

    .venv/bin/python bench/fuzz.py --growth
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
# CPU seconds one case may take in ``--budget`` (inputs of 64 KB; the target for any input
# under 1 MB is 10 s, and these stages are linear: 64 KB takes under 1 s on a loaded machine).
CASE_BUDGET_S = 2.0
# Wall-clock seconds libFuzzer allows one case (integer; generous: the machine is shared).
CASE_TIMEOUT_S = 10
ARTIFACTS = Path(os.environ.get("VITRINA_FUZZ_ARTIFACTS", Path(tempfile.gettempdir()) / "vitrina-fuzz"))

SEEDS: dict[str, list[bytes]] = {
    "text": [
        b"3. The Glassblowers:\nFire and Sand in Murano\n\nIn 1291 the furnaces moved to the island,"
        b" where\nmasters guarded their secrets. By 1500 more than three thou-\nsand people worked "
        b"there.\n\nAbove: A furnace mouth, about 1890.\nPhoto courtesy of the Glass Museum\n",
        "Caf\u00e9 \u201cna\u00efve\u201d \u2013 1911\n".encode("cp1252"),
        "\ufeffA\n\nB\n".encode("utf-16"),
    ],
    "tei": [
        b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
        b"<titleStmt><title>Canal Locks</title></titleStmt></fileDesc></teiHeader><text><body>"
        b'<div type="section"><head>Locks of the Midi</head><p>In <date when="1681">1681</date>'
        b" <persName>Pierre Riquet</persName> opened the canal at <placeName>Toulouse</placeName>"
        b'.</p><p>Boats<lb break="no"/>men waited.</p></div></body></text></TEI>',
    ],
    "html": [
        b"<!doctype html><html><head><title>Mills</title><style>p{}</style></head><body><h1>The "
        b"Paper Mills of Fabriano</h1><p>Watermarks appeared in 1282.</p><figure><figcaption>A "
        b"mould, 1700. Photo: Luca Moretti</figcaption></figure><h2>Rags</h2><p>Linen rags.</p>",
    ],
    "markdown": [
        b"# The Tin Mines\n\nIn *1740* the mine at [St Just](x.html) went **deep**.\n\n"
        b"![A beam engine, 1860](e.jpg)\n\n## Engines\n\n1. pumps\n2. whims\n\n> \"Down we go,\" he said.\n",
    ],
    "structure": [b"1. Title:\nSubtitle\n\nBody text that wraps and hy-\nphenates.\n\nA\nCaption. Photo: X\n"],
    "pdf_pages": [b"Page one text\x00Page two con-\x00tinues here\x00"],
    "xml_safety": [b'<?xml version="1.0" encoding="ISO-8859-1"?><a b="c">d<e/></a>'],
}


# ---------------------------------------------------------------- invariants


def check_document(doc) -> None:  # noqa: ANN001 - vitrina.model.Document
    n = len(doc.text)
    spans = [(s.start, s.end) for s in doc.sections] + [(b.start, b.end) for b in doc.blocks]
    spans += [(m.start, m.end) for m in doc.markup]
    for start, end in spans:
        if not 0 <= start <= end <= n:
            raise AssertionError(f"span ({start}, {end}) outside text of length {n}")
        location = doc.source_map.locate(start, end)
        if location is not None and location.start > location.end:
            raise AssertionError(f"source map inverted for ({start}, {end}): {location}")


# ---------------------------------------------------------------- harnesses


def make_target(name: str) -> Callable[[bytes], None]:
    """The one-input function for ``name``; imports are instrumented for coverage."""
    import atheris

    with atheris.instrument_imports(include=["vitrina"]):
        from vitrina.errors import VitrinaError
        from vitrina.ingest import docx, html, markdown, pdf, safety, tei, text
        from vitrina.structure import rebuild

    readers = {"text": text.read, "tei": tei.read, "html": html.read, "markdown": markdown.read,
               "docx": docx.read}

    def read(data: bytes) -> None:
        try:
            docs = readers[name](data, f"fuzz.{name}")
        except VitrinaError:
            return
        for doc in docs:
            check_document(doc)

    def structure(data: bytes) -> None:
        source = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
        check_document(rebuild(source, "fuzz", "fuzz.txt", "text"))

    def pdf_pages(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        pages = provider.ConsumeUnicodeNoSurrogates(len(data)).split("\x00")
        joined, spans = pdf.join_pages(pages)
        check_document(rebuild(joined, "fuzz", "fuzz.pdf", "pdf", pages=spans))

    def extract(data: bytes) -> None:
        from vitrina.extract import extract_many

        try:
            docs = text.read(data, "fuzz.txt")
        except VitrinaError:
            return
        for doc in extract_many(docs):
            check_document(doc)

    def xml_safety(data: bytes) -> None:
        try:
            safety.parse_xml(data, "fuzz.xml")
        except VitrinaError:
            return

    def zip_safety(data: bytes) -> None:
        try:
            archive = safety.check_zip(data, "fuzz.zip")
            safety.check_zip_xml_members(archive, "fuzz.zip")
        except VitrinaError:
            return

    targets: dict[str, Callable[[bytes], None]] = {
        "structure": structure, "pdf_pages": pdf_pages, "xml_safety": xml_safety,
        "zip_safety": zip_safety, "extract": extract,
    }
    return targets.get(name, read)


def make_combined() -> Callable[[bytes], None]:
    """Every target in one process: the first byte picks the harness (quick runs)."""
    harnesses = [make_target(name) for name in TARGETS]

    def combined(data: bytes) -> None:
        if data:
            harnesses[data[0] % len(harnesses)](data[1:])

    return combined


TARGETS = ["text", "tei", "html", "markdown", "docx", "structure", "pdf_pages", "xml_safety",
           "zip_safety"]
SLOW_TARGETS = ["extract"]  # fuzzed alone (the model makes each case slower)

# Inputs that made some stage super-linear once (or could): one character repeated,
# markup nested or unclosed, hyphen chains, many short blocks. 64 KB each.
PATHOLOGICAL: dict[str, bytes] = {
    "quotes": b'"' * 65536,
    "apostrophes": b"'" * 65536,
    "brackets": b"[" * 65536,
    "bang-brackets": b"![" * 32768,
    "closing-brackets": b"](" * 32768,
    "angles": b">" * 65536,
    "less-than": b"<" * 65536,
    "stars": b"*_" * 32768,
    "backticks": b"`" * 65536,
    "hashes": b"# " * 32768,
    "dashes": b"-" * 65536,
    "dots": b"." * 65536,
    "hyphen-chain": b"Roosevelt " + b"ab-" * 21800,
    "one-word": b"a" * 65536,
    "newlines": b"\n" * 65536,
    "panel-letters": b"B\n\n" * 21845,
    "numbered-lines": b"".join(b"%d.\n" % n for n in range(12000)),
    "nested-divs": b"<div>" * 13107,
    "nested-lists": b"- " * 32768,
    "entities": b"&amp;" * 13107,
    "cdata": b"<![CDATA[" * 7281,
    "comments": b"<!--" * 16384,
    "capitals": b"A " * 32768,
    "year-runs": b"1901 " * 13107,
}


def _docx_seed() -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("The Silk Farms", style="Title")
    document.add_paragraph("Mulberry trees lined the valley in 1820.")
    document.add_paragraph("A reeling room, 1900. Photo: Jean Favre", style="Caption")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def seeds_for(name: str) -> list[bytes]:
    if name == "all":
        return [bytes([i]) + seed for i, target in enumerate(TARGETS) for seed in seeds_for(target)]
    if name in ("docx", "zip_safety"):
        return [_docx_seed()]
    return SEEDS.get(name, [])


def seed_corpus(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    seeds = seeds_for(name)
    for i, seed in enumerate(seeds):
        (folder / f"seed{i}").write_bytes(seed)
    return folder


def run_one(name: str, options: list[str]) -> None:
    """Fuzz one target in this process (atheris takes over and exits)."""
    import atheris

    target = make_combined() if name == "all" else make_target(name)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    corpus = seed_corpus(name, Path(tempfile.mkdtemp(prefix=f"vitrina-fuzz-{name}-")))
    if not any(option.startswith("-timeout=") for option in options):
        options = [*options, f"-timeout={CASE_TIMEOUT_S}"]  # a slow case is a crash too
    args = [sys.argv[0], *options, f"-artifact_prefix={ARTIFACTS}/{name}-", str(corpus)]
    atheris.Setup(args, target)
    atheris.Fuzz()


# ---------------------------------------------------------------- long runs


DONE = re.compile(r"Done (\d+) (?:runs |iterations )?in (\d+) second")


def over_budget(names: list[str], budget: float = CASE_BUDGET_S,
                labels: list[str] | None = None) -> list[tuple[str, str, float]]:
    """(target, input, CPU seconds) of every pathological case (or of those ``labels``)
    over ``budget``, in-process.

    Imports are not instrumented here (plain speed); a refusal is fine, a
    crash raises as in fuzzing.
    """
    from vitrina.extract import warm_up

    if "extract" in names:
        warm_up()
    slow = []
    for name in names:
        target = _plain_target(name)
        for label, data in PATHOLOGICAL.items():
            if labels is not None and label not in labels:
                continue
            started = time.process_time()
            with _cpu_deadline(budget * HARD_STOP_FACTOR), contextlib.suppress(_OverDeadline):
                target(data)  # stopped at the hard deadline: a regression must fail, not hang CI
            spent = time.process_time() - started
            if spent > budget:
                slow.append((name, label, round(spent, 2)))
    return slow


HARD_STOP_FACTOR = 4  # a case is stopped at this many times its budget and reported over it

# The complexity check (the test suite's; the budget above is the speed target, a benchmark):
# each case at a quarter of its size and at full size, CPU seconds of this process. 4x the
# input costs 4x in a linear stage (3.5-5.2x measured from 16 KB to 64 KB, caches and the
# interpreter's own overheads included), 16x in a quadratic one, 8x at n^1.5. Eighth sizes
# were tried and missed a real quadratic part (a document builder joining its whole text
# per heading: 18x against 10-13x for linear cases at 8 KB, where everything is in cache).
GROWTH = {
    "shrink": 4,  # the small input is this many times shorter
    "max_ratio": 6.0,  # full size may cost this many times the small one
    "floor_s": 0.2,  # a case under this many CPU seconds at full size is not worth timing twice
    "cap_s": 10.0,  # and none may take more than this (the target for 1 MB), whatever it grows
    "noise_s": 0.01,  # a small side under this many CPU seconds counts as this: below it, timer and scheduler noise
}


def superlinear(names: list[str], labels: list[str] | None = None, repeats: int = 3,
                limits: dict[str, float] | None = None) -> list[tuple[str, str, float, float]]:
    """(target, input, CPU s at the small size, CPU s at full size) of every pathological
    case whose cost grows more than ``GROWTH["max_ratio"]`` times for ``GROWTH["shrink"]``
    times the input, or that takes more than ``GROWTH["cap_s"]``. The small side is the least
    of ``repeats`` runs; a case that looks superlinear is measured again, up to ``repeats``
    times, and counts only if every measurement says so: a busy moment is not a complexity."""
    limits = GROWTH | (limits or {})
    from vitrina.extract import warm_up

    if "extract" in names:
        warm_up()
    found: list[tuple[str, str, float, float]] = []
    thaw = gc.get_freeze_count() == 0  # frozen here (``_cpu_seconds``): let go again at the end
    try:
        _grown(names, labels, repeats, limits, found)
    finally:
        if thaw:
            gc.unfreeze()
    return found


def _grown(names: list[str], labels: list[str] | None, repeats: int, limits: dict[str, float],
           found: list[tuple[str, str, float, float]]) -> None:
    """``superlinear``'s measurements, each case found growing too fast added to ``found``."""
    for name in names:
        target = _plain_target(name)
        for label, data in PATHOLOGICAL.items():
            if labels is not None and label not in labels:
                continue
            large = _cpu_seconds(target, data, limits["cap_s"])
            if large < limits["floor_s"]:
                continue
            small = data[: len(data) // int(limits["shrink"])]
            for attempt in range(repeats):
                if attempt:
                    large = min(large, _cpu_seconds(target, data, limits["cap_s"]))
                low = min(_cpu_seconds(target, small, limits["cap_s"]) for _ in range(repeats))
                if large <= limits["cap_s"] and large <= limits["max_ratio"] * max(low, limits["noise_s"]):
                    break
            else:
                found.append((name, label, round(low, 3), round(large, 3)))


def _cpu_seconds(target: Callable[[bytes], None], data: bytes, stop_after: float) -> float:
    """CPU seconds of one case; stopped (and reported as that long) past ``stop_after`` x 1.5.

    The cyclic garbage collector is off while it runs: its passes land at random and grow
    with the objects alive (Markdown entities: 5.4-9.3x for 4x the input with it, 3.2-3.9x
    without), and what is measured is the stages' own work. The objects alive before it (the
    tables, the readers, what earlier cases left) are then frozen (``gc.freeze``), so that the
    next case's collection walks only what this one left, not the whole heap again (0.05 s
    each with 90,000 objects alive, ~0.4 s in a test process holding the model: a third of
    the run's CPU)."""
    gc.collect()
    gc.freeze()
    gc.disable()
    started = time.process_time()
    try:
        with _cpu_deadline(stop_after * 1.5), contextlib.suppress(_OverDeadline):
            target(data)
        return time.process_time() - started
    finally:
        gc.enable()


class _OverDeadline(Exception):
    pass


@contextlib.contextmanager
def _cpu_deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` of CPU time (main thread, POSIX); no-op elsewhere."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise _OverDeadline

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _plain_target(name: str) -> Callable[[bytes], None]:
    """``make_target`` without atheris instrumentation (for timing)."""
    import types

    fake = types.ModuleType("atheris")
    fake.instrument_imports = lambda **_: _NoContext()  # type: ignore[attr-defined]
    fake.FuzzedDataProvider = _PlainProvider  # type: ignore[attr-defined]
    real = sys.modules.get("atheris")
    sys.modules["atheris"] = fake
    try:
        return make_target(name)
    finally:
        if real is not None:
            sys.modules["atheris"] = real
        else:
            del sys.modules["atheris"]


class _NoContext:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


class _PlainProvider:
    """The one FuzzedDataProvider call the harnesses use, on plain bytes."""

    def __init__(self, data: bytes):
        self.data = data

    def ConsumeUnicodeNoSurrogates(self, count: int) -> str:  # noqa: N802 - atheris's name
        return self.data[:count].decode("utf-8", "replace")


def run_all(seconds: int) -> list[dict[str, object]]:
    """Each target in its own process for ``seconds``; executions and crashes found."""
    rows = []
    for name in [*TARGETS, *SLOW_TARGETS]:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, __file__, name, f"-max_total_time={seconds}", "-print_final_stats=1"],
            capture_output=True, text=True, timeout=seconds + 300,
        )
        log = result.stderr
        done = DONE.search(log)
        runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", log)
        executions = int(runs.group(1)) if runs else int(done.group(1)) if done else -1
        crashed = result.returncode != 0
        rows.append({"target": name, "executions": executions, "seconds": round(time.monotonic() - started),
                     "crashes": int(crashed), "detail": _crash_line(log) if crashed else ""})
        print(f"{name:12} {executions:>9} execs  {rows[-1]['seconds']:>5} s  crashes={int(crashed)}"
              f"  {rows[-1]['detail']}", flush=True)
    return rows


def _crash_line(log: str) -> str:
    for line in log.splitlines():
        if "Error" in line or "Exception" in line:
            return line.strip()[:200]
    return log.strip().splitlines()[-1][:200] if log.strip() else "no output"


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    if argv[0] == "--replay" and len(argv) == 3:
        target = make_combined() if argv[1] == "all" else make_target(argv[1])
        target(Path(argv[2]).read_bytes())  # raises with a full traceback on a crash
        print("no crash")
        return 0
    if argv[0] == "--budget":
        slow = over_budget([*TARGETS, *SLOW_TARGETS])
        for name, label, spent in slow:
            print(f"{name:12} {label:18} {spent:6.2f} s CPU (budget {CASE_BUDGET_S} s)")
        print(f"{len(slow)} case(s) over budget")
        return 1 if slow else 0
    if argv[0] == "--growth":
        grown = superlinear([*TARGETS, *SLOW_TARGETS])
        for name, label, small, large in grown:
            print(f"{name:12} {label:18} {small:6.3f} s -> {large:6.3f} s CPU for {GROWTH['shrink']}x the input")
        print(f"{len(grown)} case(s) grow faster than {GROWTH['max_ratio']}x or exceed {GROWTH['cap_s']} s")
        return 1 if grown else 0
    if argv[0] == "--all":
        seconds = int(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 60
        rows = run_all(seconds)
        total = sum(int(r["executions"]) for r in rows)
        crashes = sum(int(r["crashes"]) for r in rows)
        print(f"total: {total} executions, {crashes} crashing targets")
        return 1 if crashes else 0
    if argv[0] not in [*TARGETS, *SLOW_TARGETS, "all"]:
        print(f"unknown target {argv[0]!r}; one of {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    os.environ.setdefault("PYTHONHASHSEED", "0")
    run_one(argv[0], argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
