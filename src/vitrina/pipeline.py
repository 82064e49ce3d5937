"""The build pipeline: ingest → structure → extract (per file, pure) → link → store.

Per-file work is a pure function of the file's bytes, so it is cached by
content hash across builds and could run on any worker; linking and the
store write see the whole exhibit.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from vitrina import ingest
from vitrina.archives import Unpacked, Unpacker, archive_name
from vitrina.authority import AuthorityFile
from vitrina.catalogue import Catalogue
from vitrina.copies import copies_stage, read_copies
from vitrina.errors import (
    EmptyInput,
    InputError,
    LinkNotFollowed,
    MissingInput,
    NotAFile,
    OverLimit,
    UnsupportedFormat,
    VitrinaError,
)
from vitrina.folders import FOLDER_PAPERWORK, walk
from vitrina.formerids import (
    EarlierEntities,
    former_entity_ids_stage,
    former_ids_stage,
    read_former_entity_ids,
    read_former_ids,
)
from vitrina.ingest import read_path, suffix_formats
from vitrina.ingest._mapped import slugify
from vitrina.ingest.files import dead_link, hash_file, outside_link, shown
from vitrina.ingest.member import Input, Member, split_source, stored
from vitrina.ingest.safety import check_xml_file
from vitrina.ingest.sniff import unsupported_file_kind
from vitrina.model import Document
from vitrina.progress import Progress, phase
from vitrina.workers import Limits, Task, heartbeat, run_guarded, run_isolated, warm
from vitrina.workers import progress as report_progress

if TYPE_CHECKING:
    from vitrina.link import Linked, LinkSummary
    from vitrina.scaleout import Cluster, DaskOptions
    from vitrina.store import KnowledgeBase, StageFailure
    from vitrina.store.db import Derive, Row
    from vitrina.store.staging import DocRef, Packed, Staging

# A file's analysed documents, each summarised for linking and serialised
# where it was analysed (worker process or Dask worker), or why it has none.
Outcome = list[tuple[str, "Packed"]] | InputError
Staged = list[tuple[str, "DocRef"]] | InputError  # an outcome once its analyses are parked on disk


@dataclass
class BuildReport:
    db: str | Path  # a SQLite file, or a postgresql:// URL
    files: int = 0
    built: int = 0  # files analysed or reused this build
    documents: int = 0  # documents in the database after the build
    reused: int = 0  # documents of named files whose cached analysis was reused
    analysed: int = 0  # documents read and analysed this build
    entities: int = 0
    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)  # unsupported files, links in folders not followed
    passed_over: list[str] = field(default_factory=list)  # "<path> (why)": hidden entries, folders' paperwork
    dropped: list[str] = field(default_factory=list)  # sources dropped by ``replace_all``
    removed: list[str] = field(default_factory=list)  # members of a re-read archive no longer in it
    gone: list[tuple[str, str]] = field(default_factory=list)  # (source, folder): its file no longer in a named folder
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (earlier source, source): same bytes, moved
    renamed_ids: list[tuple[str, str]] = field(default_factory=list)  # (earlier id, id now) of renamed documents
    catalogue: str = ""  # what the build did with the catalogue, for the summary
    catalogue_used: Catalogue | None = None  # the catalogue stored in the exhibit
    copies: list[tuple[str, str]] = field(default_factory=list)  # (source, source kept): the same bytes, kept once
    stale: int = 0  # documents kept from an earlier build because their file failed this time
    warnings: list[str] = field(default_factory=list)  # "<file>: <what>": built, but with a caveat
    warnings_said: int = 0  # the first warnings, said while the build ran (``build``'s ``notice``)
    failed_stages: list[StageFailure] = field(default_factory=list)  # derive stages left out: a degraded build
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of "read", "analyse", "link", "write"
    authority: str = ""  # what became of the authority the exhibit remembers (kept, changed, dropped)

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
    if isinstance(error, OverLimit):
        return "over a limit"
    if isinstance(error, LinkNotFollowed):
        return "link not followed"
    if isinstance(error, NotAFile):
        return "not a file"
    return "unreadable"


def _skipped_in_folder(error: InputError, source: str, from_folders: frozenset[str]) -> bool:
    """Whether a file's refusal is a skip, not an error of the build: a file found in a folder (not named)
    whose content is of no format vitrina reads, that holds no text at all (empty or blank), or that is no
    regular file (a named pipe, a device)."""
    return source in from_folders and isinstance(error, (UnsupportedFormat, EmptyInput, NotAFile))


def collect_files(
    paths: Sequence[str | Path],
    missing: list[InputError] | None = None,
    skipped: list[InputError] | None = None,
    passed_over: list[str] | None = None,
) -> list[Path]:
    """Files named, and supported files (and archives, ``vitrina.archives``) found under folders, in stable order.

    In folders, hidden files and a folder's own paperwork (LICENSE, README…)
    are left out (listed in ``passed_over`` when given, a hidden folder once); other files of an unsupported format are skipped
    and, when ``skipped`` is given, listed there. A file named explicitly is
    always read.

    A symbolic link in a folder that leads outside it (or nowhere) is not
    read: listed in ``skipped`` when given (as links to folders are), else
    reported like a path that cannot be used (an InputError, raised or
    collected in ``missing``).
    """
    found: list[Path] = []
    refused: list[InputError] = []
    readable = suffix_formats()  # the registered readers' suffixes, plugins included
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            folder_links: list[Path] = []
            entries = _folder_entries(path, refused, folder_links)
            items = sorted(p for p in entries if _is_visible_file(p, path))
            if skipped is not None:
                skipped.extend(_not_followed(link, path) for link in folder_links)
            if passed_over is not None:
                passed_over.extend(_left_out(entries, path))
            for item in (p for p in items if p.suffix.lower() in readable or archive_name(p.name)):
                reason = outside_link(item, path) if _linked(item, path) else None
                if reason is None:
                    found.append(item)
                elif skipped is not None:  # left out like a link to a folder: listed and counted
                    skipped.append(LinkNotFollowed(shown(item), reason))
                else:
                    refused.append(InputError(shown(item), reason))
            if skipped is not None:
                skipped.extend(_unsupported(p) for p in items
                               if p.suffix.lower() not in readable and not archive_name(p.name))
        elif path.exists():
            found.append(path)  # its first bytes are judged by early_refusal, before any worker
        else:
            refused.append(MissingInput(shown(path), dead_link(path) if path.is_symlink()
                                        else "no such file or folder"))
    if refused and missing is None:
        raise refused[0]
    if missing is not None:
        missing.extend(refused)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _unsupported(path: Path) -> InputError:
    """Why a file of a folder whose name no reader takes is skipped: a link that leads nowhere is that
    (as one with a reader's suffix), whatever its name; else its format."""
    if path.is_symlink() and not path.exists():
        return LinkNotFollowed(shown(path), dead_link(path))
    return UnsupportedFormat(shown(path), f"unsupported format ({path.suffix or 'no extension'} file)")


def _folder_entries(folder: Path, refused: list[InputError], folder_links: list[Path] | None = None) -> list[Path]:
    """Every entry under ``folder`` but its sub-folders (links to folders are not followed: the visible
    ones are put in ``folder_links``); a visible sub-folder that cannot be listed is reported in ``refused``
    (``rglob`` had skipped an unreadable folder without a word)."""

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        if not any(part.startswith(".") for part in where.relative_to(folder).parts):
            refused.append(_unreadable_folder(where, folder, exc))

    out: list[Path] = []
    for root, dirs, files in walk(folder, onerror=unreadable):
        out.extend(Path(root, name) for name in files)
        if folder_links is not None:
            links = (Path(root, name) for name in dirs if os.path.islink(os.path.join(root, name)))
            folder_links.extend(link for link in links
                                if not any(part.startswith(".") for part in link.relative_to(folder).parts))
    return out


def _unreadable_folder(where: Path, folder: Path, exc: OSError) -> InputError:
    """A sub-folder that cannot be listed; one nested past the system's longest path is named by its first
    and last levels (its whole path is kilobytes long) and its files are said to be left out."""
    if exc.errno != errno.ENAMETOOLONG:
        return InputError(shown(where), f"cannot read folder: {exc.strerror or exc}")
    levels = where.relative_to(folder).parts
    named = Path(folder, levels[0], "\u2026", levels[-1]) if len(levels) > 2 else where
    return InputError(shown(named), f"{len(levels):,} levels deep: its path is longer than the system allows, "
                                    "so it (and anything below it) was not read")


def _not_followed(link: Path, folder: Path) -> LinkNotFollowed:
    """A link to a folder found in ``folder``, with why it is not followed (``build --verbose`` lists it)."""
    target, root = link.resolve(), folder.resolve()
    where = "inside the folder (its files are read there)" if target == root or root in target.parents \
        else "outside the folder"
    return LinkNotFollowed(shown(link), f"symbolic link to a folder {where}; not followed")


def _left_out(entries: list[Path], folder: Path) -> list[str]:
    """What a folder's collection leaves out, and why: each hidden file or folder (a hidden folder once,
    not its files) and each file of the folder's paperwork."""
    out: dict[Path, str] = {}
    for entry in sorted(entries):
        parts = entry.relative_to(folder).parts
        hidden = next((i for i, part in enumerate(parts) if part.startswith(".")), None)
        if hidden is not None:
            top = folder.joinpath(*parts[:hidden + 1])
            out.setdefault(top, "hidden folder" if hidden < len(parts) - 1 else "hidden file")
        elif entry.stem.lower() in FOLDER_PAPERWORK:
            out[entry] = "the folder's paperwork; name the file to read it"
    return [f"{shown(path)} ({why})" for path, why in out.items()]


def _linked(item: Path, folder: Path) -> bool:
    """Whether ``item`` or a folder between it and ``folder`` is a symbolic link."""
    current = item
    while current != folder and current != current.parent:
        if current.is_symlink():
            return True
        current = current.parent
    return False


def _is_visible_file(path: Path, folder: Path) -> bool:
    """A file of a folder's collection: not hidden (nor in a hidden folder), not paperwork.

    Anything but a folder counts, so a FIFO, a device or a dangling link with
    a supported suffix is reported rather than skipped in silence.
    """
    return (
        not path.is_dir()
        and path.stem.lower() not in FOLDER_PAPERWORK
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the code that turns a file into an analysis, to invalidate caches."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for sub in ("model.py", "ingest", "structure", "extract", "data", "lexicon"):
        target = root / sub
        files = [target] if target.is_file() else sorted(target.rglob("*")) if target.exists() else []
        for file in files:
            if file.is_file() and file.suffix in (".py", ".csv", ".json", ".txt"):
                digest.update(file.name.encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def file_key(path: Input, use_markup: bool) -> str:
    """The cache key of a file's analysis: its bytes (streamed), the code, the options."""
    from vitrina.ingest.encoding import forced_encoding

    salt = f"|{code_fingerprint()}|markup={use_markup}|encoding={forced_encoding()}".encode()
    return hash_file(stored(path), salt, ingest.MAX_FILE_BYTES)


# Bytes enough for every signature and the binary-data test (a ZIP container is told by the
# directory at its end: ``unsupported_file_kind``).
SNIFF_BYTES = 64 * 1024


def early_refusal(path: Input) -> InputError | None:
    """Why a file cannot be read, told by its first bytes (empty, unsupported format, content
    not matching its suffix) or, for XML, by parsing it (malformed, over a parser limit), so that a
    refused file costs no worker and no model load; None when only its reader can tell. Named files
    and files found in folders alike."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None  # the worker's reader gives the precise message
    if not head.strip() and len(head) < SNIFF_BYTES:
        return EmptyInput(shown(path), "empty file")
    if head.startswith(b"PK"):
        kind = unsupported_file_kind(stored(path))
        return None if kind is None else ingest.unsupported(path, kind)
    try:
        if ingest.sniff_format(path, head) == "tei":
            check_xml_file(stored(path), shown(path))  # malformed or over a parser limit: no model load for it
    except InputError as exc:
        return exc
    return None


def analyse_file(path: Input, use_markup: bool = True) -> list[Document]:
    """Read and extract one file: the pure, cacheable per-file stage. A very large document
    comes as its parts (``structure.parts``)."""
    from vitrina.extract import extract_many

    return list(extract_many(read_parts(path), use_markup=use_markup))


def read_parts(path: Input) -> list[Document]:
    """The file's documents as read and structured, a very large one cut into parts that
    are analysed one after another (``structure.parts``)."""
    from vitrina.structure.parts import split_large

    return [part for doc in read_path(path) for part in split_large(doc)]


def _analyse_one(path: Input, key: str, use_markup: bool) -> Outcome:
    """One file's analysis, packed (run in a worker; any failure becomes an InputError there).

    A single worker loads the model only once the file has been read (``workers.warm``): a file
    its reader refuses costs no model load. Several workers share one load, made when the pool
    starts (``workers.run_isolated``'s ``shared_warmup``): each would otherwise load its own. Each document is packed as soon as it is
    analysed; each one done is reported (``workers.progress``), which restarts the file's
    clock: the time limit applies to each part of a very large document.
    """
    from vitrina.extract import extract_many
    from vitrina.store.staging import pack

    docs = read_parts(path)
    if len(docs) > 1:  # read and cut: each part has the time limit from here (and an error over it says "part")
        report_progress(0, len(docs), 0)
    warm()
    out: list[tuple[str, Packed]] = []
    for doc in extract_many(docs, use_markup=use_markup):
        out.append((key, pack(doc)))
        report_progress(len(out), len(docs), out[-1][1].words)
    return out


def _analyse_share(path: Input, key: str, use_markup: bool, share: int, shares: int) -> list[tuple[int, str, Packed]]:
    """Share ``share`` of ``shares`` of one file's analysis (run in a worker): the file is read whole,
    its model passes (``extract.batches``) dealt among the shares (``deal``), and this share's
    documents analysed, each as (its index in the file, key, packed). The documents of all shares,
    in index order, are what ``_analyse_one`` makes. A share dealt no pass loads no model.
    Progress counts the file's documents (done = the document's number in the file)."""
    from vitrina.extract import batches, extract_many
    from vitrina.store.staging import pack

    docs = read_parts(path)
    if len(docs) > 1:
        report_progress(0, len(docs), 0)
    passes = batches([len(doc.text) for doc in docs])
    mine = deal([sum(len(docs[i].text) for i in p) for p in passes], shares)[share]
    out: list[tuple[int, str, Packed]] = []
    if mine:
        warm()
    for p in mine:
        for index, doc in zip(passes[p], extract_many([docs[i] for i in passes[p]], use_markup=use_markup),
                              strict=True):
            out.append((index, key, pack(doc)))
            report_progress(index + 1, len(docs), out[-1][2].words)
    return out


def deal(sizes: Sequence[int], shares: int) -> list[list[int]]:
    """The items of these sizes dealt among ``shares`` so the largest share is small: largest first,
    each to the share holding least so far (ties: the lower share, items of equal size in order).
    Each share's items in ascending order."""
    held = [0] * shares
    out: list[list[int]] = [[] for _ in range(shares)]
    for item in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        least = min(range(shares), key=lambda k: (held[k], k))
        out[least].append(item)
        held[least] += sizes[item]
    return [sorted(items) for items in out]


def _analyse_bundle(items: list[tuple[Input, str]], use_markup: bool) -> list[Outcome]:
    """Several small files analysed in one task (``bundles``), an outcome each: each file read alone (one its
    reader refuses is its own InputError), then all their documents in the same model passes
    (``extract_many``): the documents each file alone gives, for a fraction of the fixed cost of a task and
    of a model pass. Each document done restarts the task's clock."""
    from vitrina.extract import extract_many
    from vitrina.store.staging import pack

    read = [run_guarded(read_parts, shown(path), (path,)) for path, _key in items]
    docs = [doc for found in read if not isinstance(found, InputError) for doc in found]
    if docs:
        warm()
    analysed = extract_many(docs, use_markup=use_markup)
    out: list[Outcome] = []
    for (_path, key), found in zip(items, read, strict=True):
        if isinstance(found, InputError):
            out.append(found)
            continue
        packed = []
        for _doc in found:
            packed.append((key, pack(next(analysed))))
            heartbeat()
        out.append(packed)
    return out


def _analyse_task(path: Input | list[tuple[Input, str]], key: str, use_markup: bool, share: int = 0,
                  shares: int = 1) -> Any:
    """One task of the build's pool: a whole file (``_analyse_one``), a share of a large one, or a bundle
    of small files (``path`` their list of (path, key))."""
    if isinstance(path, list):
        return _analyse_bundle(path, use_markup)
    if shares == 1:
        return _analyse_one(path, key, use_markup)
    return _analyse_share(path, key, use_markup, share, shares)


def _warm_up() -> None:
    """Load the model, the tables and every registered reader once per worker, when its first readable
    file needs them (``workers.warm``; the file's clock is paused meanwhile): importing the readers took
    ~0.5 s of the first file's own clock, so a tiny file failed ``--time-limit 1`` (round 40 red team D12)."""
    import vitrina.store.staging  # noqa: F401 - what packs a file's result
    from vitrina.extract import warm_up
    from vitrina.registry import readers

    readers.names()
    warm_up()


# How many worker processes a build starts when not told (``--jobs``): one per core, but no more than
# the input is worth. A worker's start costs ~3 s of CPU and ~450 MB resident (docs/reliability.md,
# "Round 24"), while ~250 KB of prose takes about as long to analyse (~10 s of CPU per MB): a second
# worker for less input costs more CPU and memory than it saves wall time. (Since round 25 the workers
# of a pool share one model load, docs/benchmarks.md "Round 25": the pool's first start pays it once, a
# further worker ~340 MB less; the threshold was not refitted.)
WORKER_SIZING = {
    "bytes_per_worker": 250_000,  # input bytes (files as stored) each worker beyond the first needs
    # A file is shared among this many workers at most, one per started share of this many bytes: a
    # text longer than a part (``structure.parts``, 500,000 characters) is two model passes or more
    # (``extract.batches``), which two workers analyse at once (round 26; docs/benchmarks.md). At 1 MB two
    # workers took 14.3 -> 12.3 s wall at low load but the process tree's memory (PSS) 0.8 -> 1.1-1.2 GB,
    # past the 1 GB target for inputs under 1 MB: a file is shared only from 2 MB on.
    "bytes_per_share": 2_000_000,
    # Files smaller than this are analysed several to a task (``bundles``): alone, the fixed cost of a task
    # and of its model pass was most of a tiny file's analysis (1,500 files of 50 bytes: 11.7 ms of CPU
    # each alone, 4.6 ms each in shared passes; the documents are the same). Round 29, docs/benchmarks.md.
    "bundle_file_bytes": 4_096,
    "bundle_files": 48,  # files in one bundle at most (three model passes of ``extract.BATCH_DOCS``) ...
    "bundle_bytes": 64_000,  # ... holding this many bytes at most in all
    # Each worker's first bundle holds at most this many files (one model pass of ``extract.BATCH_DOCS``):
    # a bundle's files count as done together, so an archive of thousands of tiny letters showed
    # "0/10,000 files" until every worker had finished 48 of them (round 38 red team D-many-small).
    "bundle_first_files": 16,
}


def default_jobs(todo: Sequence[tuple[Input, str]]) -> int:
    """Worker processes for ``todo`` when the user named none: one per core, at most one per started
    ``bytes_per_worker`` of input (a build of one small file, or of a few, has one worker)."""
    size = 0
    for path, _key in todo:
        with contextlib.suppress(OSError):  # its worker reports the file
            size += path.stat().st_size
    return max(1, min(os.cpu_count() or 1, -(-size // WORKER_SIZING["bytes_per_worker"])))


def _words(outcome: Outcome) -> int:
    return 0 if isinstance(outcome, InputError) else sum(packed.words for _, packed in outcome)


def _analyse_all(
    todo: list[tuple[Input, str]], use_markup: bool, jobs: int | None, progress: Progress | None,
    limits: Limits, staging: Staging, cluster: Cluster | None = None, warnings: list[str] | None = None,
) -> dict[str, Staged]:
    """Analyse files in worker processes, each under the per-file limits, or on a Dask
    cluster; each analysis is parked in ``staging`` as it arrives."""
    outcomes: dict[str, Staged] = {}
    if not todo:
        return outcomes
    if progress:
        progress.start(len(todo))
    parts = _PartProgress(todo, progress)
    try:
        for path, outcome in (_dask_outcomes(todo, use_markup, cluster, limits, shard_prefix(cluster.options, staging))
                              if cluster else _outcomes(todo, use_markup, jobs or default_jobs(todo), limits, parts)):
            outcomes[shown(path)] = outcome if isinstance(outcome, InputError) else [
                (key, staging.add(packed)) for key, packed in outcome]
            if warnings is not None and not isinstance(outcome, InputError):
                warnings.extend(f"{shown(path)}: {w}" for w in dict.fromkeys(
                    w for _, packed in outcome for w in packed.warnings))
            if progress:
                progress.advance(path, max(0, _words(outcome) - parts.words.get(path, 0)))
    finally:
        if progress:
            progress.finish()
    return outcomes


class _PartProgress:
    """Reports the parts of a very large file to the build's progress as they are done: their
    words count at once, the file (one item, whatever its parts) when its last part is done."""

    def __init__(self, todo: list[tuple[Input, str]], progress: Progress | None):
        self.todo, self.progress = todo, progress
        self.words: dict[Input, int] = {}  # words of a file's parts already counted

    def __call__(self, index: int, report: tuple[int, int, int]) -> None:
        done, total, words = report
        path = self.todo[index][0]
        if self.progress is None or total < 2:
            return
        if 0 < done < total:  # the file's own completion counts its last part
            self.words[path] = self.words.get(path, 0) + words
            self.progress.part(path, words, done, total)


def _outcomes(todo: list[tuple[Input, str]], use_markup: bool, jobs: int, limits: Limits,
              on_progress: Callable[[int, tuple[int, int, int]], None] | None = None,
              ) -> Iterator[tuple[Input, Outcome]]:
    """Each file's outcome as it finishes, from isolated worker processes; a large file's shares
    (``file_shares``) go to several workers and its outcome is theirs joined (``_joined``); small files
    go several to a task (``bundles``). The files of a bundle that failed as a whole (a crash, a limit)
    are analysed again one to a task, so that only the file at fault fails."""
    tasks: list[Task] = []
    owner: list[int] = []  # the file of each task (a bundle's first)
    members: dict[int, list[int]] = {}  # a bundle task's files
    bundled = bundles(todo, jobs)
    for group in bundled:
        members[len(tasks)] = group
        tasks.append(Task(f"{len(group)} small files from {shown(todo[group[0]][0])}",
                          ([todo[i] for i in group], "", use_markup)))
        owner.append(group[0])
    in_bundles = {i for group in bundled for i in group}
    for index, (path, key) in enumerate(todo):
        if index in in_bundles:
            continue
        shares = file_shares(path, jobs)
        for share in range(shares):
            tasks.append(Task(shown(path), (path, key, use_markup, share, shares)))
            owner.append(index)
    parts: dict[int, dict[int, Any]] = {}  # file: its shares' results so far
    again: list[int] = []  # files of failed bundles

    def heard(task: int, report: tuple[int, int, int]) -> None:
        if on_progress is not None and task not in members:
            on_progress(owner[task], report)

    for task, result in run_isolated(_analyse_task, tasks, jobs=jobs, limits=limits, warmup=_warm_up,
                                     on_progress=heard, shared_warmup=True):
        index = owner[task]
        if task in members:
            if isinstance(result, InputError):
                again.extend(members[task])
            else:
                yield from ((todo[i][0], outcome) for i, outcome in zip(members[task], result, strict=True))
            continue
        shares = tasks[task].args[4]
        if shares == 1:
            yield todo[index][0], result
            continue
        parts.setdefault(index, {})[tasks[task].args[3]] = result
        if len(parts[index]) == shares:
            done = parts.pop(index)
            yield todo[index][0], _joined([done[k] for k in range(shares)])
    if again:
        alone = [Task(shown(todo[i][0]), (*todo[i], use_markup)) for i in again]
        for task, result in run_isolated(_analyse_task, alone, jobs=jobs, limits=limits, warmup=_warm_up,
                                         shared_warmup=True):
            yield todo[again[task]][0], result


def bundles(todo: list[tuple[Input, str]], jobs: int) -> list[list[int]]:
    """The small files of ``todo`` (under ``bundle_file_bytes``) in groups analysed one group to a task: in
    their order, each group at most ``bundle_files`` files and ``bundle_bytes`` in all, and no larger than
    an even split among ``jobs`` workers (so a few small files still keep every worker busy); the first
    ``jobs`` groups at most ``bundle_first_files``, so that the progress moves soon. A group of one file
    is no bundle."""
    sizes: dict[int, int] = {}
    for index, (path, _key) in enumerate(todo):
        with contextlib.suppress(OSError):  # its worker reports the file
            size = path.stat().st_size
            if size < WORKER_SIZING["bundle_file_bytes"]:
                sizes[index] = size
    most = min(WORKER_SIZING["bundle_files"], -(-len(sizes) // max(1, jobs)))
    first = min(most, WORKER_SIZING["bundle_first_files"])  # the first bundles small: progress shows early
    groups: list[list[int]] = []
    held = 0
    for index, size in sizes.items():
        cap = first if len(groups) <= max(1, jobs) else most  # (the group being filled is groups[-1])
        if not groups or len(groups[-1]) >= cap or held + size > WORKER_SIZING["bundle_bytes"]:
            groups.append([])
            held = 0
        groups[-1].append(index)
        held += size
    return [group for group in groups if len(group) > 1]


def file_shares(path: Input, jobs: int) -> int:
    """How many workers analyse this file: one per started ``bytes_per_share`` of it, at most ``jobs``."""
    try:
        size = path.stat().st_size
    except OSError:  # its worker reports the file
        return 1
    return max(1, min(jobs, -(-size // WORKER_SIZING["bytes_per_share"])))


def _joined(results: list[Any]) -> Outcome:
    """A file's outcome from its shares' results: the first share's failure, else every document
    in the file's order."""
    for result in results:
        if isinstance(result, InputError):
            return result
    return [(key, packed) for _index, key, packed in sorted((r for result in results for r in result),
                                                            key=lambda r: r[0])]


def shard_prefix(dask: DaskOptions, staging: Staging) -> str | None:
    """Where the Dask workers park analyses, None when they must send them back: a remote
    cluster building into a server has no folder shared with the build (the staging folder
    is then this machine's temporary folder, which every worker has a local one of)."""
    from vitrina.store import is_server_url

    if dask.address is not None and is_server_url(staging.db):
        return None
    return staging.shard_prefix


def _dask_outcomes(todo: list[tuple[Input, str]], use_markup: bool, cluster: Cluster, limits: Limits,
                   shard_prefix: str | None) -> Iterator[tuple[Input, Outcome]]:
    """Each file's outcome as it finishes on the Dask cluster (``vitrina.scaleout``); the
    workers park the analyses in staging shards beginning with ``shard_prefix``."""
    from vitrina.ingest.encoding import forced_encoding
    from vitrina.scaleout import outcomes

    return outcomes(todo, use_markup, cluster.options, memory_mb=limits.memory_mb, shard_prefix=shard_prefix,
                    cluster=cluster, encoding=forced_encoding(), limits=limits)


def _unique_ids(docs: list[DocRef], taken: set[str]) -> list[DocRef]:
    """``docs`` with ids none of ``taken`` has (``taken`` gains them): a document whose id another has (two
    ``letter.txt`` in two folders) is named by its path as cited (``a/letter.txt`` -> ``a-letter``), not by the
    order of the build; numbered only when that is taken too. A document keeps the id it was stored with."""
    result = []
    own: set[str] = set()  # the ids of this file's documents: two of one file are numbered, as a file's parts
    for doc in docs:
        doc_id = doc.id if doc.id not in taken or doc.id in own else _path_id(doc)
        base, n = doc_id, 2
        while doc_id in taken:
            doc_id, n = f"{base}-{n}", n + 1
        taken.add(doc_id)
        own.add(doc.id)
        result.append(doc if doc_id == doc.id else doc.evolve(id=doc_id))
    return result


def _path_id(doc: DocRef) -> str:
    """``doc``'s id with the part its file's name gave (``ingest.text.document_id``) made of its path as cited
    (``ingest.member.cited_name``: the folders given to the build, an archive's name, no ``..``)."""
    from vitrina.ingest.member import cited_name, source_stem
    from vitrina.ingest.text import document_id

    cited = cited_name(doc.source)
    whole = slugify(str(PurePosixPath(cited).with_suffix("")) if "/" in cited or "!" in cited
                    else PurePosixPath(cited).stem, keep="_")
    for named in (document_id(doc.source), slugify(source_stem(doc.source))):
        if doc.id.startswith(named) and whole != named:
            return whole + doc.id[len(named):]
    return doc.id


def build(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    authority: Sequence[dict] | AuthorityFile | None = None,
    forget_authority: bool = False,
    catalogue: Catalogue | None = None,
    use_markup: bool = True,
    fresh: bool = False,
    replace_all: bool = False,
    progress: Progress | None = None,
    jobs: int | None = None,
    limits: Limits | None = None,
    dask: DaskOptions | None = None,
    strict: bool = False,
    encoding: str | None = None,
    notice: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build (or update) the exhibit in ``db`` from files, folders and archives (``vitrina.archives``: each
    archive's members read as a folder's files, within ``limits.ARCHIVE_LIMITS``; a rebuild drops the
    documents of members no longer in an archive read to its end, ``BuildReport.removed``).

    Documents from the given files replace earlier versions of the same
    files; other documents already in the database stay, unless
    ``replace_all`` asks to drop them (``BuildReport.dropped`` names them).
    ``fresh`` re-reads the given files instead of reusing cached analyses.
    A file that cannot be read, or that passes the per-file ``limits``, is
    reported in ``BuildReport.errors`` and changes nothing. Files are
    analysed by ``jobs`` worker processes (default: one per core, but one per
    250 KB of input at most, ``default_jobs``), or on a
    Dask cluster when ``dask`` names one (``vitrina.scaleout``). ``db``
    must be absent, empty or a vitrina database: nothing else is replaced.

    A cross-document stage (``derive_stages``) that fails does not sink the
    build either: every document and every other stage is written, the
    failure is recorded in the exhibit and in ``BuildReport.failed_stages``
    (a degraded build); ``strict`` makes it fail the build instead, with
    nothing written (``store.StageFailed``). ``encoding`` names the encoding of the text files that are
    not Unicode (``ingest.encoding.forced_encoding``), instead of detecting it. ``notice`` is given the archives'
    warnings (a limit met, a member not read) as soon as they are read, before the long part of the build
    (``BuildReport.warnings_said`` counts them).

    An ``authority`` read with ``authority.load_authority`` is remembered in the exhibit (its path,
    digest and rows); a later build given none links with it again (re-read if the file changed, the
    stored copy if it is gone) unless ``forget_authority``: ``BuildReport.authority`` says which.
    Plain rows are used for this build only. A ``catalogue`` (``catalogue.load_catalogue``) is stored in the
    exhibit the same way; a later build given none keeps it (re-read if its file changed).
    """
    from vitrina.ingest.encoding import encoding_named

    with encoding_named(encoding):
        return _build(paths, db, authority, use_markup, fresh, replace_all, progress, jobs, limits, dask, strict,
                      forget_authority, catalogue, notice)


def _build(
    paths: Sequence[str | Path], db: str | Path, authority: Sequence[dict] | AuthorityFile | None,
    use_markup: bool, fresh: bool, replace_all: bool, progress: Progress | None, jobs: int | None,
    limits: Limits | None, dask: DaskOptions | None, strict: bool, forget_authority: bool = False,
    catalogue: Catalogue | None = None, notice: Callable[[str], None] | None = None,
) -> BuildReport:
    from vitrina.store import build_lock, check_replaceable, is_server_url

    if not is_server_url(db) and Path(db).is_symlink():  # build the database the link names, keep the link
        db = Path(os.path.realpath(db))
    check_replaceable(db)
    report = BuildReport(db if is_server_url(db) else Path(db))
    files = collect_files(paths, report.errors, report.skipped, report.passed_over)
    if not files:  # nothing to read: leave the database (or its absence) alone
        return report
    from vitrina.store.staging import Staging

    limits = limits or Limits()
    with build_lock(db):
        check_replaceable(db)
        authority = _authority_for(db, authority, forget_authority, report)
        report.catalogue_used, report.catalogue = _catalogue_for(db, catalogue)
        with Staging(report.db) as staging, _unpacker(db) as unpacker, _cluster(dask, limits) as cluster:
            unpacked = Unpacked()
            started = time.perf_counter()
            with phase(progress, "reading archives"):  # a large one: lines while its members are read
                inputs = unpacker.expand(files, unpacked)
            report.seconds["read"] = time.perf_counter() - started
            report.errors.extend(unpacked.errors)
            report.skipped.extend(unpacked.skipped)
            report.passed_over.extend(unpacked.passed_over)
            report.warnings.extend(unpacked.warnings)
            if notice is not None:  # said now: the rest of the build may take long (round 51 red team D15)
                for warning in report.warnings:
                    notice(warning)
                report.warnings_said = len(report.warnings)
            return _build_staged(report, inputs, authority, use_markup, fresh, replace_all, progress, jobs,
                                 limits, cluster, staging, strict, _found_in_folders(paths, inputs), unpacked,
                                 tuple(shown(Path(p)) for p in paths if Path(p).is_dir()), unpacker.close)


def _authority_for(db: str | Path, given: Sequence[dict] | AuthorityFile | None, forget: bool,
                   report: BuildReport) -> Sequence[dict] | AuthorityFile | None:
    """The authority this build links with: the one given, else (unless ``forget``) the one the
    exhibit remembers (``authority.recall_authority``); ``report.authority`` says what was done."""
    from vitrina.authority import AUTHORITY_META, recall_authority, remembered_authority
    from vitrina.store import reading

    if given is not None and not forget:
        if isinstance(given, AuthorityFile):
            report.authority = f"linked with authority {given.name} (remembered for later builds)"
        return given
    try:
        with reading(db) as kb:
            remembered = remembered_authority(kb.meta_value(AUTHORITY_META))
    except (VitrinaError, sqlite3.DatabaseError, OSError):  # none yet, or one only --replace-all replaces
        remembered = None
    if forget:
        if remembered is not None:
            report.authority = f"authority {remembered.name} dropped (--no-authority)"
        return None
    chosen, report.authority = recall_authority(remembered)
    return chosen


def _catalogue_for(db: str | Path, given: Catalogue | None) -> tuple[Catalogue | None, str]:
    """The catalogue this build stores (``catalogue.catalogue_for``: the one given, else the exhibit's), and
    what to say of it."""
    from vitrina.catalogue import CATALOGUE_META, catalogue_for, stored_catalogue
    from vitrina.store import reading

    try:
        with reading(db) as kb:
            remembered = stored_catalogue(kb.meta_value(CATALOGUE_META))
    except (VitrinaError, sqlite3.DatabaseError, OSError):
        remembered = None
    return catalogue_for(given, remembered)


def _cataloguing(catalogue: Catalogue | None) -> tuple[Derive, ...]:
    from vitrina.catalogue import catalogue_stage

    return (catalogue_stage(catalogue),) if catalogue is not None else ()


def _earlier_record(db: str | Path, read: Callable[[KnowledgeBase], dict[str, str]]) -> dict[str, str]:
    """What ``read`` finds in the exhibit at ``db`` (its former document ids, its copies); none when there is no
    exhibit yet or it cannot be read."""
    from vitrina.store import reading

    try:
        with reading(db) as kb:
            return read(kb)
    except (VitrinaError, sqlite3.DatabaseError, OSError):
        return {}


def _earlier_entities(db: str | Path) -> EarlierEntities:
    """The exhibit at ``db``'s former entity ids and where to read its entities' mentions when the stage runs
    (``formerids``: the exhibit is replaced after the derive stages); none when there is no exhibit yet or it
    cannot be read."""
    from vitrina.store import reading

    try:
        with reading(db) as kb:
            record = read_former_entity_ids(kb)
    except (VitrinaError, sqlite3.DatabaseError, OSError):
        return EarlierEntities()
    return EarlierEntities(record, source=lambda: reading(db))


def _unpacker(db: str | Path) -> Unpacker:
    """The build's archives' unpacker: the members it reads copied beside the database, as the staging
    file is (a build killed meanwhile leaves them to the next build's lock to sweep), or to the temporary
    folder when building into a server."""
    from vitrina.store import is_server_url

    readable = suffix_formats()
    if is_server_url(db):
        return Unpacker(readable)
    return Unpacker(readable, Path(db).parent, f".{Path(db).name}.member.")


def _found_in_folders(paths: Sequence[str | Path], files: list[Input]) -> frozenset[str]:
    """The files collected from folders or archives, not named on the command line (shown as in the report)."""
    named = {Path(raw).resolve() for raw in paths if not Path(raw).is_dir()}
    return frozenset(shown(path) for path in files if path.resolve() not in named)


def _cluster(dask: DaskOptions | None, limits: Limits) -> contextlib.AbstractContextManager[Cluster | None]:
    """The build's Dask cluster (started when first needed), or nothing for the process pool."""
    if dask is None:
        return contextlib.nullcontext()
    from vitrina.scaleout import Cluster

    return Cluster(dask, limits.memory_mb)


def _build_staged(
    report: BuildReport,
    files: list[Input],
    authority: Sequence[dict] | AuthorityFile | None,
    use_markup: bool,
    fresh: bool,
    replace_all: bool,
    progress: Progress | None,
    jobs: int | None,
    limits: Limits,
    cluster: Cluster | None,
    staging: Staging,
    strict: bool = False,
    from_folders: frozenset[str] = frozenset(),
    unpacked: Unpacked | None = None,
    folders: tuple[str, ...] = (),
    analysed_all: Callable[[], None] | None = None,
) -> BuildReport:
    """Analyse into a staging file, link the documents' summaries, then write one document at a time.
    ``analysed_all`` is called once every file is analysed (the archives' member copies are then removed: none is
    read again, and none is left for a late interrupt to strand, round 51 red team D15).

    An earlier document whose file lay under one of the named ``folders`` and is there no more is dropped
    (``BuildReport.gone``), unless a file of this build has its bytes: then it moved (``BuildReport.renamed``)
    and keeps its analysis under the new name. A named file with the bytes of another kept document is a copy of
    it, kept once (``BuildReport.copies``).

    Memory holds neither analyses nor link summaries (both wait in the staging file, written as
    documents arrive); linking keeps a few integers per local entity (``link.link_summaries``).
    """
    from vitrina.store import write_stream

    db = report.db
    report.files = len(files)
    named = {shown(path) for path in files}
    by_source: dict[str, list[tuple[str, DocRef]]] = {}
    moved: dict[str, list[tuple[str, DocRef]]] = {}  # by file hash: earlier documents whose file is gone
    previous = list(_previous(staging, db, replace_all, report).values())
    flat = _flat_sections(staging, previous, report)
    renamed = renamed_sources(files, {doc.source for _, doc in previous})
    for sha, doc in previous:
        if doc.source in renamed:  # the same file named from another folder: the document keeps its identity
            doc = doc.evolve(source=renamed[doc.source])
        if replace_all and doc.source not in named:
            report.dropped.append(doc.source)
            continue
        if unpacked is not None and doc.source not in named and unpacked.gone(doc.source):
            if doc.source not in report.removed:
                report.removed.append(doc.source)
            continue
        if doc.source not in named and (folder := _gone_from(doc.source, folders)) is not None:
            moved.setdefault(sha, []).append((folder, doc))
            continue
        by_source.setdefault(doc.source, []).append((sha, doc))
    originals: dict[str, str] = {}  # file hash -> the source kept with those bytes: the exhibit's first, in its order
    for source, entries in by_source.items():
        for sha, _ in entries:
            originals.setdefault(sha, source)
    keys: dict[str, str] = {}  # the named files' hashes, as they are now

    todo: list[tuple[Input, str]] = []
    refused: dict[str, Staged] = {}  # files refused by their first bytes: no worker started for them
    failed: set[str] = set()  # named files that could not be read (their earlier documents, if any, kept)
    for path in files:
        source = shown(path)
        try:
            key = file_key(path, use_markup)
        except InputError as exc:
            (report.skipped if _skipped_in_folder(exc, source, from_folders) else report.errors).append(exc)
            failed.add(source)
            continue
        keys[source] = key
        if key in originals and originals[key] != source and _still(originals[key], key, keys, files, use_markup):
            if (refusal := early_refusal(path)) is not None:  # empty files share their bytes: refused, no copies
                refused[source] = refusal
                continue
            report.copies.append((source, originals[key]))
            by_source.pop(source, None)  # a copy built before this rule: its documents go
            continue
        originals.setdefault(key, source)
        if key in moved and source not in by_source and not fresh and not flat:
            report.renamed.extend((doc.source, source) for _, doc in moved[key])
            earlier = [doc for _, doc in moved.pop(key)]
            by_source[source] = [(key, _moved(doc, source)) for doc in earlier]
            report.renamed_ids.extend((doc.id, now.id) for doc, (_, now) in zip(earlier, by_source[source], strict=True))
            report.reused += len(by_source[source])
            continue
        cached = by_source.get(source, [])
        if cached and not fresh and not flat and all(sha == key for sha, _ in cached):
            report.reused += len(cached)
        elif (refusal := early_refusal(path)) is not None:
            refused[source] = refusal
        else:
            todo.append((path, key))

    started = time.perf_counter()
    outcomes = {**refused, **_analyse_all(todo, use_markup, jobs, progress, limits, staging, cluster,
                                          report.warnings)}
    report.seconds["analyse"] = time.perf_counter() - started
    if analysed_all is not None:
        analysed_all()
    built: dict[str, list[tuple[str, DocRef]]] = {}
    analysed = {shown(path) for path, _ in todo}
    for path in files:  # file order, whatever order the workers finished in
        source = shown(path)
        outcome = outcomes.get(source)
        if outcome is None:
            if source in by_source and source not in analysed:
                built[source] = by_source[source]  # unchanged: reuse
            continue
        if isinstance(outcome, InputError):
            (report.skipped if _skipped_in_folder(outcome, source, from_folders) else report.errors).append(outcome)
            failed.add(source)
            if source in by_source:  # keep the previous good version, and say so
                built[source] = by_source[source]
                report.stale += len(by_source[source])
        else:
            built[source] = outcome
            report.renamed_ids.extend(rule_renames(by_source.get(source, []), outcome))

    report.gone.extend((doc.source, folder) for entries in moved.values() for folder, doc in entries)
    report.built = sum(1 for path in files if shown(path) in built and shown(path) not in failed)
    report.analysed = sum(len(outcome) for outcome in outcomes.values() if not isinstance(outcome, InputError))
    if not report.built and not report.copies:  # none of the named files could be built, nor was a copy of a
        report.removed.clear()  # kept document (a failed build): the database is not
        report.gone.clear()
        report.renamed.clear()
        report.renamed_ids.clear()
        report.dropped.clear()  # written at all, byte for byte as it was, --replace-all included (the
        return report  # earlier versions kept for failed files do not make it a build)
    analyses = _merge(by_source, built)
    catalogued = [(doc.id, doc.source) for _, doc in analyses] if report.catalogue_used is not None else []
    from vitrina.link import link_summaries

    with phase(progress, "linking, writing the exhibit and comparing sources"):
        started = time.perf_counter()
        rows = authority.rows if isinstance(authority, AuthorityFile) else authority
        linked = link_summaries(StagedSummaries(analyses), rows)
        report.seconds["link"] = time.perf_counter() - started
        report.documents = len(analyses)
        report.entities = len(linked.entities)
        started = time.perf_counter()
        former_ids = former_ids_stage(_earlier_record(db, read_former_ids), report.renamed_ids)
        former_entities = former_entity_ids_stage(_earlier_entities(db), report.renamed_ids)
        copies = copies_stage({} if replace_all else _earlier_record(db, read_copies), report.copies, named)
        report.failed_stages = write_stream(db, linked.complete(), _linked_rows(analyses, linked, cluster),
                                            derive=derive_stages(*_remembering(authority), former_ids,
                                                                 former_entities, copies,
                                                                 *_cataloguing(report.catalogue_used),
                                                                 earlier=None if fresh else db),
                                            strict=strict)
        report.seconds["write"] = time.perf_counter() - started
    report.warnings.extend(_stage_notes(db, analysed - failed))
    if report.catalogue_used is not None:
        from vitrina.catalogue import catalogue_notes

        report.warnings.extend(catalogue_notes(report.catalogue_used, catalogued))  # (the write consumed analyses)
    return report


def _stage_notes(db: str | Path, sources: set[str]) -> list[str]:
    """What the cross-document stages left out of a document (a cap reached), as the build's per-file
    warnings ``"<file>: <reason>"``: read back from the exhibit just written, where the stages, run here
    or in a process of their own, stored them (``store.db.STAGE_NOTE``). Only those of ``sources``, the
    files this build analysed: a document not read again was warned about when it was."""
    from vitrina.store import reading
    from vitrina.store.db import stage_note_entries

    with reading(db) as kb:
        return [f"{source}: {reason}" for source, reason in stage_note_entries(kb) if source in sources]


def derive_stages(*more: Derive, earlier: str | Path | None = None) -> tuple[Derive, ...]:
    """The stages run on the whole written exhibit before it is swapped in (store/db.py ``Derive``); the
    comparisons read the statements kept in the exhibit at ``earlier`` (the one this build replaces)."""
    from vitrina.compare import store_comparisons

    return (partial(store_comparisons, earlier=str(earlier)) if earlier else store_comparisons, *more)


def _remembering(authority: Sequence[dict] | AuthorityFile | None) -> tuple[Derive, ...]:
    """The stage that records the build's authority file in the exhibit (none for plain rows)."""
    if not isinstance(authority, AuthorityFile):
        return ()
    entry = authority.entry()

    def remember_authority(_: KnowledgeBase) -> dict[str, str]:
        return dict([entry])

    return (remember_authority,)


class StagedSummaries:
    """The link summaries of the build's documents, in the exhibit's order, read back from the
    staging file one at a time each time they are iterated (``link.link_summaries``)."""

    def __init__(self, analyses: list[tuple[str, DocRef]]) -> None:
        self.analyses = analyses

    def __len__(self) -> int:
        return len(self.analyses)

    def __iter__(self) -> Iterator[LinkSummary]:
        return (ref.summary for _, ref in self.analyses)

    def __contains__(self, summary: object) -> bool:
        return any(s == summary for s in self)


def _linked_rows(analyses: list[tuple[str, DocRef]], linked: Linked, cluster: Cluster | None = None,
                 ) -> Iterator[Row]:
    """(file hash, analysis as stored JSON, linked document), read back one at a time, in order.

    ``analyses`` is emptied as the rows are read, and the link result's per-document arrays
    give each document's mapping when it is written (no dict per document held meanwhile).
    On a Dask cluster the workers make the rows of the documents they parked in shards (a
    second map step, ``scaleout.linked_rows``): this process only writes them.
    """
    from vitrina.link import rewrite

    if len(analyses) != linked.documents:
        raise ValueError("one mapping per analysis")
    by_id = {e.id: e for e in linked.entities}
    if cluster is not None and any(ref.shard is not None for _, ref in analyses):
        from vitrina.scaleout import linked_rows

        def here(d: int, sha: str, ref: DocRef) -> Row:
            analysis, stored = ref.stored()
            return sha, stored, rewrite(analysis, linked.mapping(d), by_id)

        yield from linked_rows(cluster, analyses, linked, here)
        return
    analyses.reverse()
    d = 0
    while analyses:
        sha, ref = analyses.pop()
        analysis, stored = ref.stored()
        yield sha, stored, rewrite(analysis, linked.mapping(d), by_id)
        d += 1


def _still(source: str, key: str, keys: dict[str, str], files: list[Input], use_markup: bool) -> bool:
    """Whether the earlier document of ``source`` still has the bytes of hash ``key``: a named file's hash as it
    is now (``keys``, filled as the files are hashed), else as stored."""
    if source not in keys:
        path = next((p for p in files if shown(p) == source), None)
        if path is None:
            return True
        try:
            keys[source] = file_key(path, use_markup)
        except InputError:
            return False
    return keys[source] == key


def _gone_from(source: str, folders: tuple[str, ...]) -> str | None:
    """The named folder (as shown) that ``source``, an earlier document's file (or the archive holding it), lay
    under, when that file is there no more; None when it is still there or lay in none of ``folders``."""
    split = split_source(source)
    outer = source if split is None else split[0]
    for folder in folders:
        if _under(outer, folder) and not os.path.lexists(outer):
            return folder
    return None


def _under(path: str, folder: str) -> bool:
    """``path`` (as shown) names a file under ``folder`` (as shown): relative to the same working folder."""
    try:
        return Path(os.path.abspath(path)).is_relative_to(Path(os.path.abspath(folder)))
    except ValueError:
        return False


def _moved(doc: DocRef, source: str) -> DocRef:
    """An earlier document whose file now has another name: the new name as its source, and its id made from it
    as a reader makes one from a file name (the part the old file name gave replaced)."""
    from vitrina.ingest.member import source_stem
    from vitrina.ingest.text import document_id

    old, new = document_id(doc.source), document_id(source)
    if doc.id.startswith(old):
        return doc.evolve(source=source, id=new + doc.id[len(old):])
    old = slugify(source_stem(doc.source))
    if doc.id.startswith(old):
        return doc.evolve(source=source, id=slugify(source_stem(source)) + doc.id[len(old):])
    return doc.evolve(source=source)


def rule_renames(earlier: list[tuple[str, DocRef]], now: list[tuple[str, DocRef]]) -> list[tuple[str, str]]:
    """(earlier id, id now) of a file read again whose documents' ids changed only by the one document-id rule
    (``ingest._mapped.document_id``: a Markdown, HTML, TEI or Word file's "_" was "-" before round 51), so that
    an exhibit built before keeps its former ids reachable (``formerids``)."""
    ids = {doc.id for _, doc in now}
    return [(doc.id, new) for _, doc in earlier if doc.id not in ids
            for new in sorted(ids) if new != doc.id and new.replace("_", "-") == doc.id]


def renamed_sources(files: Sequence[Input], sources: set[str]) -> dict[str, str]:
    """Earlier documents' sources that name one of ``files`` otherwise than the build shows it now, each with
    the source shown now (round 37 red team D5: "panels/fire.txt" built in one folder and
    "coll/panels/fire.txt" from the folder above were two documents). A file's identity is the file, not the
    words that named it: an absolute source names the file it resolves to; a relative one (the working folder it
    was given in is not stored) names the file whose absolute path ends with it, ``..`` steps aside. An archive's
    member is its archive's file and its path in it. A source named as it is now is never renamed."""
    wanted: dict[str, list[str]] = {}
    for source in sources:
        split = split_source(source)
        outer = source if split is None else split[0]
        wanted.setdefault(os.path.basename(outer), []).append(source)
    renamed: dict[str, str] = {}
    for path in files:
        now = shown(path)
        if now in sources:
            continue
        outer_path, inner = (Path(path.archive), path.inner) if isinstance(path, Member) else (path, ())
        for source in wanted.get(outer_path.name, []):
            if source not in renamed and source != now and _names_file(source, outer_path, inner):
                renamed[source] = now
                break
    return renamed


def _names_file(source: str, path: Path, inner: tuple[str, ...]) -> bool:
    """``source`` (as stored) names the file ``path`` (the member ``inner`` of it)."""
    split = split_source(source)
    outer, within = (source, ()) if split is None else split
    if tuple(within) != tuple(inner):
        return False
    try:
        real, absolute = Path(os.path.realpath(path)), Path(os.path.abspath(path))
    except (OSError, ValueError):
        return False
    if os.path.isabs(outer):
        return os.path.realpath(outer) == str(real)
    tail = [part for part in Path(os.path.normpath(outer)).parts if part != ".."]
    return any(list(full.parts[-len(tail):]) == tail for full in (real, absolute)) if tail else False


def _flat_sections(staging: Staging, previous: list[tuple[str, DocRef]], report: BuildReport) -> bool:
    """Whether the exhibit built over was written before sections had levels (schema 2 or 3): its documents
    whose files this build names are read again, so that their sections are nested; the others are kept as they
    were, their sections all top ones, and the build says so."""
    from vitrina.store.schema import NESTED_SECTIONS

    version = staging.previous_version
    if version is None or version >= NESTED_SECTIONS or not previous:
        return False
    report.warnings.append(
        f"{shown(report.db)}: written by an earlier vitrina (schema version {version}), whose sections have no"
        " levels: the files named are read again to nest their sub-sections; a document whose file is not named"
        " keeps its sections flat until it is built again")
    return True


def _previous(
    staging: Staging, db: str | Path, replace_all: bool, report: BuildReport
) -> dict[str, tuple[str, DocRef]]:
    """The exhibit's earlier analyses; one of another schema, or a damaged one, can only be replaced whole
    (the new database is written beside it and renamed over it only when complete)."""
    from vitrina.store import DamagedDatabase, SchemaMismatch, is_damaged

    try:
        return staging.previous(db)
    except DamagedDatabase as exc:
        if not replace_all:
            raise
        report.dropped.append(f"every document of the earlier database (damaged: {exc.reason})")
        return {}
    except SchemaMismatch as exc:
        if not replace_all:
            raise
        report.dropped.append(f"every document of the earlier database (schema version {exc.version})")
        return {}
    except sqlite3.DatabaseError as exc:
        if not (replace_all and is_damaged(exc)):
            raise
        report.dropped.append(f"every document of the earlier database (damaged: {exc})")
        return {}


def _merge(
    previous: dict[str, list[tuple[str, DocRef]]], built: dict[str, list[tuple[str, DocRef]]]
) -> list[tuple[str, DocRef]]:
    """The exhibit's documents in its reading order, ids made unique.

    A file already in the exhibit keeps its place when it is re-read (editing one panel
    and rebuilding it alone does not move it to the end); new files come after, in file order.
    """
    merged: list[tuple[str, DocRef]] = []
    taken: set[str] = set()
    for source in list(previous) + [s for s in built if s not in previous]:
        entries = built.get(source, previous.get(source, []))
        docs = _unique_ids([doc for _, doc in entries], taken)
        merged.extend((sha, doc) for (sha, _), doc in zip(entries, docs, strict=True))
    return merged
