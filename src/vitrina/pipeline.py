"""The build pipeline: ingest → structure → extract (per file, pure) → link → store.

Per-file work is a pure function of the file's bytes, so it is cached by
content hash across builds and could run on any worker; linking and the
store write see the whole exhibit.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from vitrina.errors import EmptyInput, InputError, MissingInput, UnsupportedFormat, VitrinaError
from vitrina.ingest import SUFFIX_FORMATS, read_path
from vitrina.model import Document
from vitrina.progress import Progress

Outcome = list[tuple[str, Document]] | InputError


@dataclass
class BuildReport:
    db: Path
    files: int = 0
    built: int = 0  # files analysed or reused this build
    documents: int = 0
    reused: int = 0
    entities: int = 0
    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)  # unsupported files inside folders

    def skip_counts(self) -> dict[str, int]:
        """How many files were left out, by reason (``unsupported``, ``unreadable``…)."""
        counts: dict[str, int] = {}
        for error in [*self.skipped, *self.errors]:
            counts[skip_reason(error)] = counts.get(skip_reason(error), 0) + 1
        return counts


def skip_reason(error: InputError) -> str:
    """The one-word reason a file was left out of a build."""
    if isinstance(error, UnsupportedFormat):
        return "unsupported"
    if isinstance(error, MissingInput):
        return "missing"
    if isinstance(error, EmptyInput):
        return "empty"
    return "unreadable"


def collect_files(
    paths: Sequence[str | Path],
    missing: list[InputError] | None = None,
    skipped: list[InputError] | None = None,
) -> list[Path]:
    """Files named, and supported files found under folders, in stable order.

    In folders, hidden files and a folder's own paperwork (LICENSE, README…)
    are skipped silently; other files of an unsupported format are skipped
    and, when ``skipped`` is given, listed there. A file named explicitly is
    always read.

    A path that does not exist is an InputError, raised or, when ``missing``
    is given, collected there so the other files can still be built.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            items = sorted(p for p in path.rglob("*") if _is_visible_file(p, path))
            found.extend(p for p in items if p.suffix.lower() in SUFFIX_FORMATS)
            if skipped is not None:
                skipped.extend(UnsupportedFormat(str(p), f"unsupported format ({p.suffix or 'no extension'} file)")
                               for p in items if p.suffix.lower() not in SUFFIX_FORMATS)
        elif path.exists():
            found.append(path)
        elif missing is not None:
            missing.append(MissingInput(str(path), "no such file or folder"))
        else:
            raise MissingInput(str(path), "no such file or folder")
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


# Files that describe a folder rather than belong to it (read only when named).
FOLDER_PAPERWORK = {"license", "licence", "copying", "readme", "changelog", "notice", "authors"}


def _is_visible_file(path: Path, folder: Path) -> bool:
    """A file of a folder's collection: not hidden (nor in a hidden folder), not paperwork."""
    return (
        path.is_file()
        and path.stem.lower() not in FOLDER_PAPERWORK
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the code that turns a file into an analysis, to invalidate caches."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for sub in ("model.py", "ingest", "structure", "extract", "data"):
        target = root / sub
        files = [target] if target.is_file() else sorted(target.rglob("*")) if target.exists() else []
        for file in files:
            if file.is_file() and file.suffix in (".py", ".csv", ".json", ".txt"):
                digest.update(file.name.encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def file_key(path: Path, use_markup: bool) -> str:
    digest = hashlib.sha256(path.read_bytes())
    digest.update(f"|{code_fingerprint()}|markup={use_markup}".encode())
    return digest.hexdigest()


def analyse_file(path: Path, use_markup: bool = True) -> list[Document]:
    """Read and extract one file: the pure, cacheable per-file stage."""
    from vitrina.extract import extract_many

    return list(extract_many(read_path(path), use_markup=use_markup))


def _analyse_one(path: Path, key: str, use_markup: bool) -> Outcome:
    """One file's analysis, or the InputError that explains why it has none."""
    source = str(path)
    try:
        return [(key, doc) for doc in analyse_file(path, use_markup)]
    except InputError as exc:
        return exc
    except VitrinaError as exc:
        return InputError(source, str(exc))
    except (RecursionError, MemoryError, ValueError, OSError) as exc:
        return InputError(source, f"cannot be processed ({type(exc).__name__}: {exc})")


def _words(outcome: Outcome) -> int:
    return 0 if isinstance(outcome, InputError) else sum(len(doc.text.split()) for _, doc in outcome)


def _analyse_all(
    todo: list[tuple[Path, str]], use_markup: bool, jobs: int | None, progress: Progress | None
) -> dict[str, Outcome]:
    """Analyse files, in worker processes when there are several."""
    jobs = min(jobs or os.cpu_count() or 1, len(todo))
    outcomes: dict[str, Outcome] = {}
    if progress:
        progress.start(len(todo))
    try:
        for path, outcome in _outcomes(todo, use_markup, jobs):
            outcomes[str(path)] = outcome
            if progress:
                progress.advance(path, _words(outcome))
    finally:
        if progress:
            progress.finish()
    return outcomes


def _outcomes(todo: list[tuple[Path, str]], use_markup: bool, jobs: int) -> Iterator[tuple[Path, Outcome]]:
    """Each file's outcome as it finishes, serially or from worker processes."""
    if jobs <= 1:
        for path, key in todo:
            yield path, _analyse_one(path, key, use_markup)
        return
    context = multiprocessing.get_context("spawn")  # no inherited model or locks
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(_analyse_one, path, key, use_markup): path for path, key in todo}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _unique_ids(docs: list[Document], taken: set[str]) -> list[Document]:
    result = []
    for doc in docs:
        doc_id, n = doc.id, 2
        while doc_id in taken:
            doc_id, n = f"{doc.id}-{n}", n + 1
        taken.add(doc_id)
        result.append(doc if doc_id == doc.id else doc.evolve(id=doc_id))
    return result


def build(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    authority: Sequence[dict] | None = None,
    use_markup: bool = True,
    fresh: bool = False,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> BuildReport:
    """Build (or update) the exhibit in ``db`` from files and folders.

    Documents from the given files replace earlier versions of the same
    files; other documents already in the database stay. A file that cannot
    be read is reported in ``BuildReport.errors`` and changes nothing.
    Files are analysed by ``jobs`` worker processes (default: one per core).
    """
    from vitrina.store import build_lock

    report = BuildReport(Path(db))
    files = collect_files(paths, report.errors, report.skipped)
    if not files:  # nothing to read: leave the database (or its absence) alone
        return report
    with build_lock(db):
        return _build_locked(report, files, authority, use_markup, fresh, progress, jobs)


def _build_locked(
    report: BuildReport,
    files: list[Path],
    authority: Sequence[dict] | None,
    use_markup: bool,
    fresh: bool,
    progress: Progress | None,
    jobs: int | None,
) -> BuildReport:
    from vitrina.store import load_analyses, write_exhibit

    db = report.db
    report.files = len(files)
    previous = {} if fresh else load_analyses(db)
    by_source: dict[str, list[tuple[str, Document]]] = {}
    for sha, doc in previous.values():
        by_source.setdefault(doc.source, []).append((sha, doc))

    todo: list[tuple[Path, str]] = []
    for path in files:
        source = str(path)
        try:
            key = file_key(path, use_markup)
        except OSError as exc:
            report.errors.append(InputError(source, f"cannot read: {exc.strerror or exc}"))
            continue
        cached = by_source.get(source, [])
        if cached and all(sha == key for sha, _ in cached):
            report.reused += len(cached)
        else:
            todo.append((path, key))

    outcomes = _analyse_all(todo, use_markup, jobs, progress)
    built: dict[str, list[tuple[str, Document]]] = {}
    analysed = {str(path) for path, _ in todo}
    for path in files:  # file order, whatever order the workers finished in
        source = str(path)
        outcome = outcomes.get(source)
        if outcome is None:
            if source in by_source and source not in analysed:
                built[source] = by_source[source]  # unchanged: reuse
            continue
        if isinstance(outcome, InputError):
            report.errors.append(outcome)
            if source in by_source:  # keep the previous good version
                built[source] = by_source[source]
        else:
            built[source] = outcome

    report.built = sum(1 for path in files if not isinstance(outcomes.get(str(path)), InputError)
                       and str(path) in built)
    analyses = _merge(by_source, built)
    if not built:  # nothing new could be built: the database stays as it was
        return report
    from vitrina.link import link

    linked, entities = link([doc for _, doc in analyses], authority)
    write_exhibit(db, analyses, linked, entities)
    report.documents = len(analyses)
    report.entities = len(entities)
    return report


def _merge(
    previous: dict[str, list[tuple[str, Document]]], built: dict[str, list[tuple[str, Document]]]
) -> list[tuple[str, Document]]:
    """Earlier documents of untouched files, then this build's, ids made unique."""
    merged: list[tuple[str, Document]] = []
    taken: set[str] = set()
    for source in [s for s in previous if s not in built] + list(built):
        entries = built.get(source, previous.get(source, []))
        docs = _unique_ids([doc for _, doc in entries], taken)
        merged.extend((sha, doc) for (sha, _), doc in zip(entries, docs, strict=True))
    return merged
