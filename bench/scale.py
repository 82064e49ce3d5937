"""Scaling benchmark: builds of the essays replicated with changed ids and lightly varied text.

    .venv/bin/python bench/scale.py [--builds 1,4] [--links 1,4,16] [--dask-factor 2] [--json FILE]

Copy k of every corpus file gets a new file name (so new document ids), new
``xml:id``s, and the paragraphs of each section rotated by k places (the
same sentences in another order: the text, its digest and the order in
which names first appear all change; the people and places do not). Copy 0
is the corpus as it is.

Measured, each in a fresh interpreter (``--worker``):

- builds: whole builds of the ``--builds`` copies (default process pool,
  2 workers): time, linking and write time per document
  (``BuildReport.seconds``), peak RSS of the build's own process
  (``getrusage``) and of its largest process (``wait4``: the largest of the
  process and its worker processes, which hold the model);
- links: the build process's own part at ``--links`` copies, without the
  NLP (the 1x build's analyses copied): staging, linking, streaming write,
  and its peak RSS, so 16x fits in minutes on a shared 2-core machine;
- dask: a build of the ``--dask-factor`` copies on a local Dask cluster of 1
  then 2 workers: wall time, speed-up, largest process RSS (= one worker's).

``bench/run.py --rows scale`` runs the same and puts the rows in its table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "milestones"
RESULT = "SCALE-RESULT "
TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# Worker processes of the default build in the linking rows (the machine has 2 cores).
BUILD_JOBS = 2
# The linking row's targets (issue #18): time per doc at the largest factor within this
# multiple of 1x, peak RSS within this multiple of 1x.
LINK_TIME_TARGET = 1.5
RSS_TARGET = 1.10


# ================================================================ corpus variants


def vary(data: bytes, k: int) -> bytes:
    """Copy ``k`` of a TEI file: ``xml:id``s suffixed, each section's paragraphs rotated by k."""
    from lxml import etree

    if k == 0:
        return data
    root = etree.fromstring(data)
    for element in root.iter():
        if element.get(XML_ID):
            element.set(XML_ID, f"{element.get(XML_ID)}-v{k}")
    for div in root.iter(f"{{{TEI_NS}}}div"):
        paragraphs = [child for child in div if child.tag == f"{{{TEI_NS}}}p"]
        if len(paragraphs) < 2:
            continue
        slots = [div.index(p) for p in paragraphs]
        shift = k % len(paragraphs)
        rotated = paragraphs[shift:] + paragraphs[:shift]
        for p in paragraphs:
            div.remove(p)
        for slot, p in zip(slots, rotated, strict=True):
            div.insert(slot, p)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def make_variants(corpus: Path, factor: int, dest: Path) -> Path:
    """``factor`` varied copies of every corpus file under new names."""
    dest.mkdir(parents=True, exist_ok=True)
    for k in range(factor):
        for src in sorted(corpus.glob("*.xml")):
            (dest / f"{src.stem}-v{k}{src.suffix}").write_bytes(vary(src.read_bytes(), k))
    return dest


# ================================================================ worker side


def build_task(a: dict[str, Any]) -> dict[str, Any]:
    from vitrina.pipeline import build
    from vitrina.scaleout import DaskOptions

    dask = DaskOptions(workers=a["workers"]) if a.get("workers") else None
    tree = TreePeaks()
    started = time.perf_counter()
    report = build(a["paths"], a["db"], fresh=True, jobs=a.get("jobs"), dask=dask)
    seconds = time.perf_counter() - started
    tree.stop()
    words = 0
    if a.get("count_words"):
        import sqlite3

        with sqlite3.connect(a["db"]) as conn:
            words = sum(len(text.split()) for (text,) in conn.execute("SELECT text FROM documents"))
    return {"seconds": seconds, "phases": report.seconds, "documents": report.documents,
            "entities": report.entities, "errors": len(report.errors), "words": words,
            "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "process_rss_mb": tree.by_role(), "process_cpu_s": tree.cpu_by_role(), "load_samples": tree.loads}


def analyse_task(a: dict[str, Any]) -> dict[str, Any]:
    """The analysis alone (the parallel part of a Dask build) for at most ``budget`` seconds:
    documents and words analysed, time to the first result (cluster start, model load), and
    each process's peak RSS and CPU. Analyses are parked as in a build; nothing is linked."""
    from vitrina.errors import InputError
    from vitrina.pipeline import collect_files, file_key
    from vitrina.scaleout import DaskOptions, outcomes
    from vitrina.store.staging import Staging

    todo = [(path, file_key(path, True)) for path in collect_files(a["paths"])]
    tree = TreePeaks()
    docs = words = files = 0
    started = time.perf_counter()
    first = None
    with Staging(a["db"]) as staging:
        for _, outcome in outcomes(todo, True, DaskOptions(workers=a["workers"]),
                                   shard_prefix=staging.shard_prefix):
            first = first or time.perf_counter()
            files += 1
            if not isinstance(outcome, InputError):
                for _, packed in outcome:
                    staging.add(packed)
                    docs, words = docs + 1, words + packed.words
            if time.perf_counter() - started > a["budget"]:
                break
    seconds = time.perf_counter() - started
    tree.stop()
    return {"seconds": seconds, "first_s": (first or started) - started, "documents": docs, "words": words,
            "files": files, "of_files": len(todo), "phases": {"analyse": seconds}, "entities": 0, "errors": 0,
            "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "process_rss_mb": tree.by_role(), "process_cpu_s": tree.cpu_by_role(), "load_samples": tree.loads}


# Seconds between samples of the build's process tree (RSS of each process, load average).
TREE_SAMPLE_S = 1.0


class TreePeaks:
    """Peak RSS of each process of the build (this one and every descendant: Dask nanny and
    worker processes, the comparisons' process), sampled by a thread from /proc, and the
    1-minute load average once a minute."""

    def __init__(self) -> None:
        self.peaks: dict[int, tuple[str, float]] = {}
        self.cpu: dict[int, float] = {}  # CPU seconds of each process, as last sampled
        self.loads: list[float] = []
        self._done = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def stop(self) -> None:
        self._done.set()

    def by_role(self) -> dict[str, list[float]]:
        """Peak RSS in MB of each sampled process, grouped by what it was, largest first."""
        roles: dict[str, list[float]] = {}
        for role, mb in self.peaks.values():
            roles.setdefault(role, []).append(round(mb, 1))
        return {role: sorted(mbs, reverse=True) for role, mbs in roles.items()}

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds of the sampled processes, summed by role (up to the last sample)."""
        roles: dict[str, float] = {}
        for pid, seconds in self.cpu.items():
            role = self.peaks[pid][0]
            roles[role] = round(roles.get(role, 0.0) + seconds, 1)
        return roles

    def _sample(self) -> None:
        ticks = 0
        while not self._done.is_set():
            for pid in _descendants(os.getpid()):
                mb = _rss_mb(pid)
                if mb is not None:
                    role, peak = self.peaks.get(pid, (_role(pid), 0.0))
                    self.peaks[pid] = (role, max(peak, mb))
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_s(pid))
            if ticks % int(60 / TREE_SAMPLE_S) == 0:
                self.loads.append(os.getloadavg()[0])
            ticks += 1
            self._done.wait(TREE_SAMPLE_S)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


def _role(pid: int) -> str:
    """What a process of the build is, told by its command line."""
    if pid == os.getpid():
        return "client"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "other"
    if "vitrina.store.apart" in cmd:
        return "comparisons"
    if "spawn_main" in cmd or "forkserver" in cmd:
        return "worker"
    return "other"


class PhasePeaks:
    """Peak RSS of this process within each named phase (sampled every 50 ms by a thread)."""

    def __init__(self) -> None:
        self.phase = "start"
        self.peaks: dict[str, float] = {}
        threading.Thread(target=self._sample, daemon=True).start()

    def enter(self, phase: str) -> None:
        self.phase = phase

    def _sample(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while True:
            with open("/proc/self/statm", encoding="ascii") as f:
                mb = int(f.read().split()[1]) * page / 2**20
            self.peaks[self.phase] = max(self.peaks.get(self.phase, 0.0), mb)
            time.sleep(0.05)


def link_task(a: dict[str, Any]) -> dict[str, Any]:
    """The build's own process at ``factor`` copies, without the NLP: stage, link, write, compare.

    Analyses come from a 1x build's database, read one at a time for each
    copy; copy c gets a new id and source and c trailing spaces on its text
    (spans unchanged, digest changed, so copies are linked by their names as
    varied copies are, not by the same-text rule). The comparisons stage
    (``vitrina.compare``, which parses the sentences it compares) runs as in
    a build, as the write's derive stage.
    """
    import contextlib
    import json as json_

    from vitrina.compare import store_comparisons
    from vitrina.link import link_summaries
    from vitrina.pipeline import StagedSummaries, _linked_rows
    from vitrina.serialize import document_from_dict
    from vitrina.store import connect_readonly, write_stream
    from vitrina.store.staging import Staging

    out = Path(a["db"])
    phases: dict[str, float] = {}
    cpu: dict[str, float] = {}  # CPU seconds of this process by phase (wall time swings with the load)
    peaks = PhasePeaks()
    clock = [time.perf_counter(), time.process_time()]

    def enter(phase: str) -> None:
        now = [time.perf_counter(), time.process_time()]
        phases[peaks.phase] = now[0] - clock[0]
        cpu[peaks.phase] = now[1] - clock[1]
        clock[:] = now
        peaks.enter(phase)

    from vitrina.store import apart, db

    derived = db._derived

    @contextlib.contextmanager
    def timed_derive(*args: Any) -> Any:  # the comparisons' phase, here or in their own process
        enter("compare")
        with derived(*args) as entries:
            yield entries

    db._derived = timed_derive  # type: ignore[assignment]
    if a.get("apart") is not None:  # force the comparisons into their own process (True) or here (False)
        apart.APART_MIN_DOCUMENTS = 1 if a["apart"] else 10**9

    with Staging(out) as staging, contextlib.closing(connect_readonly(a["base"])) as base:
        enter("stage")
        analyses = []
        for c in range(a["factor"]):
            for sha, raw in base.execute("SELECT sha256, analysis FROM documents ORDER BY ordinal"):
                doc = document_from_dict(json_.loads(raw))
                doc = doc.evolve(id=f"{doc.id}-c{c}", source=f"{doc.source}-c{c}", text=doc.text + " " * c)
                analyses.append((sha, staging.add(doc)))
        enter("link")
        linked = link_summaries(StagedSummaries(analyses))
        entities = linked.entities
        documents = len(analyses)  # _linked_rows empties the list as it writes
        enter("write")
        write_stream(a.get("store") or out, linked.complete(), _linked_rows(analyses, linked),
                     derive=(store_comparisons,) if a.get("compare", True) else ())
        enter("end")
    phases.pop("start", None)
    cpu.pop("start", None)
    phase_rss = {k: round(v, 1) for k, v in peaks.peaks.items() if k != "end"}
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if child_mb:  # the comparisons ran in their own process
        phase_rss["compare (own process)"] = round(child_mb, 1)
    return {"phases": phases, "cpu_phases": cpu, "documents": documents, "entities": len(entities),
            "phase_rss_mb": phase_rss,
            "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "largest_rss_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, child_mb)}


def run_worker(args: dict[str, Any], timeout: float = 3 * 3600) -> dict[str, Any]:
    """One build in a fresh interpreter: its result plus the peak RSS of its largest process."""
    load_before = os.getloadavg()[0]
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(args)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT, env=env)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        lines = [ln for ln in out.read().decode(errors="replace").splitlines() if ln.startswith(RESULT)]
        if os.waitstatus_to_exitcode(status) != 0 or not lines:
            tail = err.read().decode(errors="replace").strip().splitlines()[-3:]
            return {"error": f"exit {os.waitstatus_to_exitcode(status)}: " + " | ".join(tail)}
    result = json.loads(lines[-1][len(RESULT):])
    result["tree_rss_mb"] = usage.ru_maxrss / 1024  # the largest process of the build (KiB on Linux)
    result["load"] = [load_before, os.getloadavg()[0]]  # 1-minute load average before and after
    result["cpu_s"] = usage.ru_utime + usage.ru_stime  # CPU of the process and its waited-for children
    return result


# ================================================================ parent side


def log(message: str) -> None:
    print(f"[scale {time.strftime('%H:%M:%S')} load {os.getloadavg()[0]:.1f}] {message}",
          file=sys.stderr, flush=True)


def measure(corpus: Path, workdir: Path, builds: list[int], links: list[int],
            dask_factor: int | None, dask_workers: tuple[int, ...] = (1, 2, 4),
            base: Path | None = None, apart: bool | None = None,
            dask_budget: float | None = None, compare: bool = True, store: str | None = None) -> dict[str, Any]:
    """Every scaling measurement; the raw results for ``render``. The linking rows copy the
    analyses of ``base`` (a 1x build) when given, else of a 1x build row; they write to ``store`` (a
    PostgreSQL URL) when given, else to a SQLite file in ``workdir``."""
    results: dict[str, Any] = {"builds": [], "links": [], "dask": [], "load": [os.getloadavg()[0]]}
    for factor in sorted(set(builds) | ({1} if links and base is None else set())):
        folder = make_variants(corpus, factor, workdir / f"x{factor}")
        log(f"build row: {factor}x")
        result = run_worker({"paths": [str(folder)], "db": str(workdir / f"x{factor}.db"),
                             "jobs": BUILD_JOBS, "count_words": True})
        results["builds"].append({"factor": factor, **result})
        shutil.rmtree(folder, ignore_errors=True)
    for factor in links:
        log(f"linking row: {factor}x")
        result = run_worker({"base": str(base or workdir / "x1.db"), "factor": factor, "apart": apart,
                             "compare": compare, "db": str(workdir / f"link{factor}.db"), "store": store})
        results["links"].append({"factor": factor, **result})
    if dask_factor:
        folder = make_variants(corpus, dask_factor, workdir / f"dask{dask_factor}")
        for workers in dask_workers:
            log(f"dask row: {dask_factor}x on {workers} worker(s)")
            result = run_worker({"paths": [str(folder)], "db": str(workdir / f"dask{workers}.db"),
                                 "workers": workers, "budget": dask_budget})
            results["dask"].append({"factor": dask_factor, "workers": workers, **result})
        shutil.rmtree(folder, ignore_errors=True)
    results["load"].append(os.getloadavg()[0])
    return results


def _ok(r: dict[str, Any]) -> bool:
    return "error" not in r


def render_rows(res: dict[str, Any]) -> list[list[str]]:
    """Rows for bench/run.py's table: Row, Measure, vitrina, Peers, Target, Verdict."""
    return _build_rows(res) + _link_rows(res) + _dask_rows(res)


def _build_rows(res: dict[str, Any]) -> list[list[str]]:
    rows = []
    for r in res.get("builds", []):
        measure_ = f"whole build, {r['factor']}x varied copies, {BUILD_JOBS} worker processes"
        if not _ok(r):
            rows.append(["Scale", measure_, r["error"], "-", "-", "-"])
            continue
        docs = max(1, r["documents"])
        rows.append(["Scale", f"{measure_}: {r['documents']:,} docs, {r['words']:,} words",
                     f"{r['seconds']:.1f} s ({r['seconds'] / docs * 1000:.0f} ms/doc); linking "
                     f"{_per_doc(r, 'link') * 1000:.2f} ms/doc, write {_per_doc(r, 'write') * 1000:.1f} ms/doc; "
                     f"peak RSS build process {r['main_rss_mb']:,.0f} MB, largest process "
                     f"{r['tree_rss_mb']:,.0f} MB; {r['entities']:,} entities", "-", "-", "-"])
    return rows


def _link_rows(res: dict[str, Any]) -> list[list[str]]:
    rows = []
    runs = [r for r in res.get("links", []) if _ok(r)]
    for r in res.get("links", []):
        measure_ = f"stage + link + write + comparisons (no extraction), {r['factor']}x copies"
        if not _ok(r):
            rows.append(["Scale", measure_, r["error"], "-", "-", "-"])
            continue
        by_phase = ", ".join(f"{k} {v:,.0f}" for k, v in r.get("phase_rss_mb", {}).items())
        rows.append(["Scale", f"{measure_}: {r['documents']:,} docs",
                     f"linking {_per_doc(r, 'link') * 1000:.2f} ms/doc ({r['phases']['link']:.2f} s; CPU "
                     f"{_per_doc(r, 'link', 'cpu_phases') * 1000:.2f} ms/doc); "
                     f"staging {_per_doc(r, 'stage') * 1000:.1f} ms/doc, write "
                     f"{_per_doc(r, 'write') * 1000:.1f} ms/doc, comparisons "
                     f"{_per_doc(r, 'compare') * 1000:.1f} ms/doc; peak RSS {_largest(r):,.0f} MB "
                     f"(by phase: {by_phase}); {r['entities']:,} entities", "-", "-", "-"])
    base = runs[0] if runs and runs[0]["factor"] == 1 else None
    if base and len(runs) > 1:
        last = runs[-1]
        timing = "cpu_phases" if "cpu_phases" in last and "cpu_phases" in base else "phases"
        link_ratio = _per_doc(last, "link", timing) / max(_per_doc(base, "link", timing), 1e-9)
        rss_ratio = _largest(last) / _largest(base)
        rows.append(["Scale", f"growth 1x to {last['factor']}x (stage + link + write + comparisons)",
                     f"linking {'CPU ' if timing == 'cpu_phases' else ''}time per doc x{link_ratio:.2f}; "
                     f"peak RSS x{rss_ratio:.2f} (build process alone x"
                     f"{last['main_rss_mb'] / base['main_rss_mb']:.2f}) "
                     f"(+{(_largest(last) - _largest(base)) * 1024 / (last['documents'] - base['documents']):.1f} "
                     f"KB per added doc)", "-",
                     f"linking per doc within x{LINK_TIME_TARGET}, peak RSS within x{RSS_TARGET}",
                     _verdict(link_ratio <= LINK_TIME_TARGET and rss_ratio <= RSS_TARGET)])
    return rows


def _dask_rows(res: dict[str, Any]) -> list[list[str]]:
    rows = []
    dask = [r for r in res.get("dask", []) if _ok(r)]
    for r in res.get("dask", []):
        measure_ = f"Dask local cluster, {r['workers']} worker(s), {r['factor']}x varied copies"
        if not _ok(r):
            rows.append(["Scale", measure_, r["error"], "-", "-", "-"])
            continue
        rows.append(["Scale", f"{measure_}: {r['documents']:,} docs",
                     f"{r['seconds']:.1f} s (analysis {r['phases'].get('analyse', 0):.1f} s, linking "
                     f"{r['phases'].get('link', 0):.1f} s, write {r['phases'].get('write', 0):.1f} s); "
                     f"{r['documents'] / max(r['seconds'], 1e-9):.2f} docs/s; largest process "
                     f"{r['tree_rss_mb']:,.0f} MB, client process {r['main_rss_mb']:,.0f} MB; "
                     f"peak RSS by process: {_roles(r)}; CPU by role: {r.get('process_cpu_s', {})}"
                     + (f"; analysis only, stopped after {r['files']} of {r['of_files']} files"
                        if "of_files" in r else ""), "-", "-", "-"])
    one = next((r for r in dask if r["workers"] == 1), None)
    for r in dask:
        if one is None or r is one:
            continue
        analysis = _rate(r) / max(_rate(one), 1e-9)  # documents per second: budget rows differ in documents
        rows.append(["Scale", f"Dask speed-up, 1 to {r['workers']} workers",
                     f"x{one['seconds'] / r['seconds']:.2f} whole build, x{analysis:.2f} analysis (2 cores "
                     f"shared with other agents' processes: load average {res['load'][0]:.1f} at start, "
                     f"{res['load'][-1]:.1f} at end)", "-", "-", "-"])
    return rows


def _rate(r: dict[str, Any]) -> float:
    """Documents analysed per second of the analysis phase."""
    return float(r["documents"]) / max(float(r["phases"].get("analyse", 0)), 1e-9)


def _roles(r: dict[str, Any]) -> str:
    """Each sampled process's peak RSS, by role (Dask's nanny processes count as workers)."""
    return "; ".join(f"{role} " + ", ".join(f"{mb:,.0f}" for mb in mbs) + " MB"
                     for role, mbs in r.get("process_rss_mb", {}).items()) or "-"


def _largest(r: dict[str, Any]) -> float:
    """Peak RSS of the row's largest process: the build's, or the comparisons' own."""
    return float(r.get("largest_rss_mb", r["main_rss_mb"]))


def _per_doc(r: dict[str, Any], phase: str, timing: str = "phases") -> float:
    return float(r.get(timing, {}).get(phase, 0.0)) / max(1, r["documents"])


def _verdict(met: bool) -> str:
    return "**met**" if met else "**missed**"


def render(res: dict[str, Any]) -> str:
    table = [["Row", "Measure", "vitrina", "Peers", "Target", "Verdict"], ["---"] * 6, *render_rows(res)]
    return "\n".join("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in table)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--builds", default="1,4", help="corpus multiples for whole builds (1x always)")
    ap.add_argument("--links", default="1,4,16", help="corpus multiples for the stage + link + write rows")
    ap.add_argument("--dask-factor", type=int, default=2, help="corpus multiple for the Dask rows (0: none)")
    ap.add_argument("--dask-workers", default="1,2,4", help="local cluster sizes for the Dask rows")
    ap.add_argument("--dask-budget", type=float,
                    help="Dask rows: the analysis alone, stopped after this many seconds (no link, no write)")
    ap.add_argument("--workdir", type=Path, help="keep working files here (default: a temp dir)")
    ap.add_argument("--base", type=Path, help="a 1x build whose analyses the linking rows copy (no 1x build row)")
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--apart", choices=("auto", "always", "never"), default="auto",
                    help="linking rows: comparisons in their own process as the build decides, always or never")
    ap.add_argument("--no-compare", action="store_true",
                    help="linking rows: stage, link and write only (no comparisons stage)")
    ap.add_argument("--store", help="linking rows: write to this PostgreSQL URL (e.g. $VITRINA_TEST_PG; the "
                    "staging stays a file in --workdir); the server's own CPU is not counted")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        task = json.loads(args.worker)
        run = link_task if "base" in task else analyse_task if task.get("budget") else build_task
        print(RESULT + json.dumps(run(task)), flush=True)
        return 0
    builds, links = (sorted({int(f) for f in re.split(r"[,\s]+", text) if f}) for text in (args.builds, args.links))
    with tempfile.TemporaryDirectory(prefix="vitrina-scale-") as tmp:
        workdir = (args.workdir or Path(tmp)).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        res = measure(args.corpus.resolve(), workdir, builds, links, args.dask_factor or None,
                      tuple(int(w) for w in args.dask_workers.split(",") if w),
                      args.base.resolve() if args.base else None,
                      {"auto": None, "always": True, "never": False}[args.apart], args.dask_budget,
                      not args.no_compare, args.store)
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    print(render(res))
    return 0 if all(_ok(r) for r in res["builds"] + res["links"] + res["dask"]) else 1


if __name__ == "__main__":
    sys.exit(main())
