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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vitrina.errors import InputError, UsageError
from vitrina.ingest.files import shown

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
        raise UsageError("--workers and --cluster need Dask: pip install 'vitrina[scale]'") from None
    return distributed


def model_plugin() -> Any:
    """A worker plugin that loads the NLP model once, when each worker starts."""
    base: Any = _distributed().WorkerPlugin

    class ModelPlugin(base):
        name = "vitrina-model"

        def setup(self, worker: Any) -> None:
            from vitrina.extract.nlp import get_nlp

            get_nlp()

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


def analyse_files(files: list[tuple[str, str]], use_markup: bool,
                  shard_prefix: str | None = None) -> list[tuple[str, Any]]:
    """One task: each (path, key) file's packed documents, or the InputError that stopped it.

    With ``shard_prefix`` the analyses are parked in one shard for the task
    (``staging.park``) and the packed documents come back without them.
    """
    from vitrina.pipeline import _analyse_one
    from vitrina.store.staging import park
    from vitrina.workers import run_guarded

    results = [(path, run_guarded(_analyse_one, shown(path), (Path(path), key, use_markup)))
               for path, key in files]
    packed = [p for _, outcome in results if not isinstance(outcome, InputError) for _, p in outcome]
    if shard_prefix is None or not packed:
        return results
    parked = park(packed, shard_prefix)
    if parked is None:
        return results
    slim = iter(parked)
    return [(path, outcome if isinstance(outcome, InputError) else [(key, next(slim)) for key, _ in outcome])
            for path, outcome in results]


def _visible(path: str, outcome: Any) -> Any:
    """The outcome, or an InputError when its analyses lie in a shard this machine cannot see."""
    if isinstance(outcome, InputError):
        return outcome
    shards = {packed.shard for _, packed in outcome if packed.shard is not None}
    missing = sorted(shard for shard in shards if not Path(shard).exists())
    if missing:
        return InputError(shown(path), f"its Dask worker parked the analysis in {missing[0]}, which this "
                                       "machine cannot see (the staging folder must be shared with the workers)")
    return outcome


def outcomes(todo: list[tuple[Path, str]], use_markup: bool, options: DaskOptions,
             memory_mb: int | None = None, shard_prefix: str | None = None) -> Iterator[tuple[Path, Any]]:
    """Each file's outcome (packed documents or an InputError) as the cluster finishes it.

    With ``shard_prefix`` the workers park the analyses there (``analyse_files``).
    A task whose worker died (Dask retries it elsewhere first) fails its files
    with an InputError; the build goes on.
    """
    distributed = _distributed()
    by_name = {str(path): path for path, _ in todo}
    parts = [[(str(path), key) for path, key in todo[i : i + FILES_PER_TASK]]
             for i in range(0, len(todo), FILES_PER_TASK)]
    with dask_client(options, memory_mb) as client:
        window = max(1, len(client.scheduler_info().get("workers", {})) * TASKS_IN_FLIGHT_PER_WORKER)
        pending = iter(parts)
        submitted = {client.submit(analyse_files, part, use_markup, shard_prefix, pure=False): part
                     for part in _take(pending, window)}
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
                yield by_name[path], _visible(path, outcome)
            for more in _take(pending, 1):
                new = client.submit(analyse_files, more, use_markup, shard_prefix, pure=False)
                submitted[new] = more
                running.add(new)


def _take(parts: Iterator[list[tuple[str, str]]], n: int) -> list[list[tuple[str, str]]]:
    return [part for _, part in zip(range(n), parts, strict=False)]
