"""Batch builds on a Dask cluster: ``vitrina build --workers N`` or ``--cluster tcp://HOST:PORT``.

The per-file stage (read, structure, extract) is a pure function of the
file, so files are partitioned into tasks and run on Dask workers; each
worker loads the NLP model once (:class:`ModelPlugin`). A task writes its
documents' analyses to a staging shard of its own, in the build's staging
folder (:func:`~vitrina.store.staging.park`), and sends back per document only
its compact link summary and where its analysis lies
(:class:`~vitrina.store.staging.Packed`): analyses never pass through the
client, which keeps summaries; linking is the reduce step over the summaries
and the write streams the analyses from the shards (``vitrina.pipeline``).

Workers read the files by path, and write shards by path: on a remote cluster
they must see the same paths as the machine that runs ``vitrina build`` (a
shared file system; the staging folder is the database's). Building into a
server, the staging folder is the temporary folder: a local cluster parks
there, a remote one sends its analyses back (``pipeline.shard_prefix``). A
worker that cannot write the staging folder sends its analyses back whole,
as the client then stages them.

Dask is optional (``pip install vitrina[scale]``); without it these options
are an ``Error:``, and the default build never imports it.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from vitrina.errors import InputError, MissingExtra, UsageError
from vitrina.ingest.files import shown
from vitrina.ingest.member import Input, Member
from vitrina.model import EntityType

if TYPE_CHECKING:
    from vitrina.link import Linked
    from vitrina.store.db import Row
    from vitrina.store.staging import DocRef
    from vitrina.workers import Limits

T = TypeVar("T")

# Files per Dask task: enough to amortise the scheduler's per-task cost
# (about a millisecond) against ~0.2 s of work per file, few enough that
# both workers stay busy on small collections.
FILES_PER_TASK = 4
# Tasks in flight per worker: keeps workers fed while bounding the results
# that wait, in worker and client memory, to be collected.
TASKS_IN_FLIGHT_PER_WORKER = 3
# Seconds to wait for a remote scheduler to answer before giving up.
CONNECT_TIMEOUT_S = 30


@dataclass(frozen=True)
class DaskOptions:
    """Where to run a build: a local cluster of ``workers`` processes, or a scheduler's address."""

    workers: int | None = None
    address: str | None = None


def dask_options(workers: int | None, address: str | None, jobs: int | None = None) -> DaskOptions | None:
    """The Dask options of a build, None for the default process pool; contradictions are a UsageError."""
    if workers is None and address is None:
        return None
    if workers is not None and address is not None:
        raise UsageError("--workers starts a local cluster, --cluster uses a running one: give one of them")
    if jobs is not None:
        raise UsageError("--jobs sizes the local process pool; with Dask give --workers or --cluster only")
    if address is not None and "://" not in address:
        raise UsageError(f"--cluster wants a scheduler address such as tcp://host:8786, not {address!r}")
    _distributed()  # Dask missing: say so before reading any file
    return DaskOptions(workers, address)


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra("--workers and --cluster need Dask: pip install 'vitrina[scale]'") from None
    return distributed


def model_plugin() -> Any:
    """A worker plugin that loads the NLP model and the tables once, when each worker starts (the process
    pool's warm-up, ``extract.warm_up``): the child each file is analysed in (``analyse_files``) starts with
    them, and ends with its file."""
    base: Any = _distributed().WorkerPlugin

    class ModelPlugin(base):
        name = "vitrina-model"

        def setup(self, worker: Any) -> None:
            from vitrina.extract import warm_up

            warm_up()

    return ModelPlugin()


@contextlib.contextmanager
def dask_client(options: DaskOptions, memory_mb: int | None = None) -> Iterator[Any]:
    """A connected client, on a local cluster it starts (and stops) or on ``options.address``.

    A local cluster's workers get ``memory_mb`` each (``--memory-limit``): Dask
    restarts a worker that passes it, and its task's files fail. A remote
    cluster's limits are its own.
    """
    distributed = _distributed()
    if options.address:
        try:
            client = distributed.Client(options.address, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {options.address} ({exc})") from None
        with client:
            client.register_plugin(model_plugin())
            yield client
        return
    with distributed.LocalCluster(
        n_workers=options.workers or 1, threads_per_worker=1, processes=True,
        memory_limit=f"{memory_mb}MiB" if memory_mb else "auto",
        dashboard_address=None, silence_logs=40,  # logging.ERROR: the build prints its own progress
    ) as cluster, distributed.Client(cluster) as client:
        client.register_plugin(model_plugin())
        yield client


class Cluster:
    """The build's Dask client, started when first needed (a build whose files are all reused
    starts none) and kept for both map steps, the analysis and the rows; closed with the build."""

    def __init__(self, options: DaskOptions, memory_mb: int | None = None) -> None:
        self.options, self.memory_mb = options, memory_mb
        self._stack = contextlib.ExitStack()
        self._client: Any = None

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._stack.enter_context(dask_client(self.options, self.memory_mb))
        return self._client

    def window(self) -> int:
        """Tasks to keep in flight: a few per worker."""
        return max(1, len(self.client.scheduler_info().get("workers", {})) * TASKS_IN_FLIGHT_PER_WORKER)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


def analyse_files(files: list[tuple[str | Input, str]], use_markup: bool,
                  shard_prefix: str | None = None, encoding: str | None = None,
                  limits: Limits | None = None, work: Callable[..., Any] | None = None,
                  ) -> list[tuple[str | Input, Any]]:
    """One task: each (path, key) file's packed documents, or the InputError that stopped it.

    The files are read as the build reads them: ``encoding`` is its ``--encoding`` (None: detected),
    given with the task and not taken from the worker's environment, which a remote worker does not
    share with the build. With ``limits`` (the build's ``--time-limit`` and ``--memory-limit``) each
    file is analysed in a child of the worker under them, as the process pool analyses it
    (``workers.run_limited``): a file past a limit is an OverLimit, and the worker takes the next.
    With ``shard_prefix`` the analyses are parked in one shard for the task (``staging.park``) and
    the packed documents come back without them. ``work`` is the analysis of one file
    (``pipeline._analyse_one``; tests give another).
    """
    from vitrina.ingest.encoding import encoding_named
    from vitrina.pipeline import _analyse_one
    from vitrina.store.staging import park
    from vitrina.workers import run_guarded, run_limited

    analyse = work or _analyse_one

    def one(path: str | Input, key: str) -> Any:
        args = (Path(path) if isinstance(path, str) else path, key, use_markup)
        return run_guarded(analyse, shown(path), args) if limits is None \
            else run_limited(analyse, shown(path), args, limits)

    with encoding_named(encoding):
        results = [(path, one(path, key)) for path, key in files]
    packed = [p for _, outcome in results if not isinstance(outcome, InputError) for _, p in outcome]
    if shard_prefix is None or not packed:
        return results
    parked = park(packed, shard_prefix)
    if parked is None:
        return results
    slim = iter(parked)
    return [(path, outcome if isinstance(outcome, InputError) else [(key, next(slim)) for key, _ in outcome])
            for path, outcome in results]


def _file_work() -> Callable[..., Any] | None:
    """The analysis of one file the tasks run: None, ``pipeline._analyse_one`` (a test replaces this
    to send another, which the workers import by name)."""
    return None


def _visible(path: str | Input, outcome: Any) -> Any:
    """The outcome, or an InputError when its analyses lie in a shard this machine cannot see."""
    if isinstance(outcome, InputError):
        return outcome
    shards = {packed.shard for _, packed in outcome if packed.shard is not None}
    missing = sorted(shard for shard in shards if not Path(shard).exists())
    if missing:
        return InputError(shown(path), f"its Dask worker parked the analysis in {missing[0]}, which this "
                                       "machine cannot see (the staging folder must be shared with the workers)")
    return outcome


def outcomes(todo: list[tuple[Input, str]], use_markup: bool, options: DaskOptions,
             memory_mb: int | None = None, shard_prefix: str | None = None,
             cluster: Cluster | None = None, encoding: str | None = None,
             limits: Limits | None = None) -> Iterator[tuple[Input, Any]]:
    """Each file's outcome (packed documents or an InputError) as the cluster finishes it.

    With ``shard_prefix`` the workers park the analyses there (``analyse_files``);
    ``encoding`` is the build's ``--encoding`` and ``limits`` its per-file limits, sent with every
    task (a file past them is an OverLimit, as in the process pool; None: unlimited).
    A task whose worker died (Dask retries it elsewhere first) fails its files
    with an InputError; the build goes on. On ``cluster`` when given (the
    build's), else on a cluster of its own.
    """
    if cluster is None:
        with Cluster(options, memory_mb) as own:
            yield from outcomes(todo, use_markup, options, memory_mb, shard_prefix, own, encoding, limits)
        return
    distributed = _distributed()
    client = cluster.client
    by_name = {str(path): path for path, _ in todo}  # a member goes as itself: its archive is no file to name
    parts = [[(path if isinstance(path, Member) else str(path), key) for path, key in todo[i : i + FILES_PER_TASK]]
             for i in range(0, len(todo), FILES_PER_TASK)]
    pending = iter(parts)
    submitted = {client.submit(analyse_files, part, use_markup, shard_prefix, encoding, limits, _file_work(), pure=False): part
                 for part in _take(pending, cluster.window())}
    running = distributed.as_completed(list(submitted))
    for future in running:
        part = submitted.pop(future)
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - a lost worker fails its files, not the build
            results = [(path, InputError(shown(path), f"its Dask worker failed ({type(exc).__name__})"))
                       for path, _ in part]
        future.release()
        for path, outcome in results:
            yield by_name[str(path)], _visible(path, outcome)
        for more in _take(pending, 1):
            new = client.submit(analyse_files, more, use_markup, shard_prefix, encoding, limits, _file_work(),
                                pure=False)
            submitted[new] = more
            running.add(new)


# ------------------------------------------------------------------ the rows: a second map step

# One task of the rows' map step: the documents of one shard that follow each other in the
# exhibit (the analysis task's files), the document's number there, its id in the exhibit, its
# file hash, its local ids' global ids and those entities' types.
RowsItem = tuple[int, str, str, dict[str, str], dict[str, EntityType]]


def make_rows(shard: str, items: list[RowsItem]) -> str:
    """A task of the rows' map step (a worker's side): each document of ``items``, read back
    from the shard its analysis was parked in, linked (``link.relink``) and made into the
    exhibit's rows (``store.db.document_rows``, as the first document), pickled in order into
    a file of its own beside the shard; its name."""
    from vitrina.link import relink
    from vitrina.serialize import document_from_dict
    from vitrina.store.db import document_rows
    from vitrina.store.staging import dumps, park_rows, read_parked

    name = f"{shard.removesuffix('.tmp')}.rows-{uuid.uuid4().hex[:8]}.tmp"

    def rows() -> Iterator[Any]:
        for (_row, doc_id, sha, mapping, types), raw in zip(items, read_parked(shard, [i[0] for i in items]),
                                                            strict=True):
            doc, stored = document_from_dict(json.loads(raw)), raw
            if doc.id != doc_id:  # renamed by the build (``pipeline._unique_ids``), as ``DocRef.stored``
                doc = doc.evolve(id=doc_id)
                stored = dumps(doc).decode()
            yield document_rows(0, sha, stored, relink(doc, mapping, types.get), 1)

    park_rows(name, rows())
    return name


def linked_rows(cluster: Cluster, analyses: list[tuple[str, DocRef]], linked: Linked,
                here: Callable[[int, str, DocRef], Row]) -> Iterator[Row]:
    """The exhibit's rows in reading order, those of documents parked in shards made by the
    workers (``make_rows``, a few tasks ahead of the write), the others by ``here`` (document
    number, file hash, reference) in this process, which also makes those of a task that failed."""
    from vitrina.store.db import PreparedRows
    from vitrina.store.staging import parked_rows

    types = {e.id: e.type for e in linked.entities}
    runs = _runs(analyses)

    def submit(run: tuple[int, int, str | None]) -> Any:
        start, end, shard = run
        if shard is None:
            return None
        items = []
        for d in range(start, end):
            sha, ref = analyses[d]
            mapping = linked.mapping(d)
            items.append((ref.row, ref.id, sha, mapping, {g: types[g] for g in mapping.values() if g in types}))
        return cluster.client.submit(make_rows, shard, items, pure=False)

    ahead: deque[tuple[tuple[int, int, str | None], Any]] = deque()
    pending = iter(runs)
    for run in _take(pending, cluster.window()):
        ahead.append((run, submit(run)))
    while ahead:
        (start, end, _shard), future = ahead.popleft()
        for run in _take(pending, 1):
            ahead.append((run, submit(run)))
        name = None
        if future is not None:
            try:
                name = future.result()
            except Exception:  # noqa: BLE001 - a lost worker: these rows are made here instead
                name = None
            future.release()
        if name is None or not Path(name).exists():
            for d in range(start, end):
                yield here(d, *analyses[d])
            continue
        for rows in parked_rows(name):
            yield PreparedRows(rows)
        with contextlib.suppress(OSError):
            os.unlink(name)


def _runs(analyses: list[tuple[str, DocRef]]) -> list[tuple[int, int, str | None]]:
    """The exhibit's documents cut into runs that follow each other: (first, end, shard) for those
    parked in one shard, (first, end, None) for the others."""
    runs: list[tuple[int, int, str | None]] = []
    for d, (_sha, ref) in enumerate(analyses):
        if runs and runs[-1][2] == ref.shard and runs[-1][1] == d:
            runs[-1] = (runs[-1][0], d + 1, ref.shard)
        else:
            runs.append((d, d + 1, ref.shard))
    return runs


def _take(items: Iterator[T], n: int) -> list[T]:
    return [item for _, item in zip(range(n), items, strict=False)]
