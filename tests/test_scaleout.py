"""Builds on Dask (local cluster and scheduler address) give the same exhibit as the default build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.export import export
from vitrina.pipeline import build
from vitrina.scaleout import FILES_PER_TASK, DaskOptions, dask_options
from vitrina.store import connect_readonly

# Invented letters: people named in full in one file and by surname in another,
# a place, dates; more files than one Dask task takes, so tasks are split.
LETTERS = [
    "Mira Odell opened the reading room in Tessaly on 3 March 1950. Odell thanked the mayor.",
    "On 4 March 1950 Jonas P. Verhoef wrote to Mira Odell from Port Arlen about the catalogue.",
    "Verhoef sent 120 books to Tessaly. \"We are proud of them,\" said Jonas Verhoef.",
    "The Tessaly Historical Society (THS) met in April 1951; the THS elected Odell its chair.",
    "Port Arlen lies north of Tessaly. Ines Marlow drew the map in 1949.",
    "Ines Marlow and Jonas Verhoef travelled to Port Arlen in May 1952.",
]


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("letters")
    assert len(LETTERS) > FILES_PER_TASK
    for i, text in enumerate(LETTERS):
        (folder / f"letter{i}.txt").write_text(text + "\n", encoding="utf-8")
    # the same text under another name, in other bytes (a byte copy would be kept once, not built twice)
    (folder / "letter-copy.txt").write_text(LETTERS[0] + "\n\n", encoding="utf-8")
    return folder


def _json(db: Path) -> str:
    conn = connect_readonly(db)
    try:
        return export(conn, "json", None) or ""
    finally:
        conn.close()


@pytest.fixture(scope="module")
def serial_export(letters, tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("serial") / "x.db"
    report = build([letters], db, jobs=1)
    assert report.documents == len(LETTERS) + 1 and not report.errors
    return _json(db)


def test_process_pool_build_is_byte_identical(letters, serial_export, tmp_path):
    build([letters], tmp_path / "x.db", jobs=2)
    assert _json(tmp_path / "x.db") == serial_export


@pytest.mark.long
def test_two_dask_workers_build_is_byte_identical(letters, serial_export, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from vitrina.store.staging import Staging

    received: list[tuple[int, str | None]] = []  # what the client got for each document
    add = Staging.add

    def recording_add(self, doc):
        received.append((len(doc.analysis), doc.shard))
        return add(self, doc)

    monkeypatch.setattr(Staging, "add", recording_add)
    from vitrina import store

    written: list[str] = []  # what the write got for each document
    write = store.write_stream

    def recording_write(db, entities, rows, **options):
        def seen():
            for row in rows:
                written.append(type(row).__name__)
                yield row
        return write(db, entities, seen(), **options)

    monkeypatch.setattr(store, "write_stream", recording_write)
    report = build([letters], tmp_path / "x.db", dask=DaskOptions(workers=2))
    assert report.documents == len(LETTERS) + 1 and not report.errors
    assert _json(tmp_path / "x.db") == serial_export
    # the workers parked every analysis in a shard beside the database: none went through the client
    assert len(received) == len(LETTERS) + 1
    assert all(size == 0 and shard and Path(shard).parent == tmp_path for size, shard in received)
    # and made every document's linked rows (the rows' map step): the client only wrote them
    assert written == ["PreparedRows"] * (len(LETTERS) + 1)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # staging file and shards removed


def test_a_task_parks_its_analyses_in_one_shard_the_build_reads_back(letters, tmp_path):
    from dataclasses import replace

    from vitrina.pipeline import collect_files, file_key
    from vitrina.scaleout import _visible, analyse_files
    from vitrina.store.staging import Staging

    files = [(str(path), file_key(path, True)) for path in collect_files([letters])[:3]]
    whole = [packed for _, outcome in analyse_files(files, True) for _, packed in outcome]
    assert whole and all(packed.analysis and packed.shard is None for packed in whole)
    with Staging(tmp_path / "x.db") as staging:
        results = analyse_files(files, True, staging.shard_prefix)
        parked = [packed for _, outcome in results for _, packed in outcome]
        assert [p.id for p in parked] == [p.id for p in whole]
        assert all(p.analysis == b"" for p in parked) and len({p.shard for p in parked}) == 1
        refs = [staging.add(packed) for packed in parked]
        assert [ref.read() for ref in refs] == [packed.analysis.decode() for packed in whole]
        assert [ref.summary for ref in refs] == [packed.summary for packed in whole]
        path, outcome = results[0]
        assert _visible(path, outcome) is outcome
        unseen = [(key, replace(packed, shard=str(tmp_path / "elsewhere.tmp"))) for key, packed in outcome]
        assert "cannot see" in str(_visible(path, unseen))
    assert not list(tmp_path.iterdir())  # staging file and shard removed


def test_a_worker_that_cannot_write_the_staging_folder_sends_its_analyses(letters, tmp_path):
    from vitrina.pipeline import collect_files, file_key
    from vitrina.scaleout import analyse_files

    files = [(str(path), file_key(path, True)) for path in collect_files([letters])[:1]]
    results = analyse_files(files, True, str(tmp_path / "not-here" / ".x.shard-"))
    packed = [packed for _, outcome in results for _, packed in outcome]
    assert packed and all(p.analysis and p.shard is None for p in packed)


def test_scheduler_address_build_is_byte_identical(letters, serial_export, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        build([letters], tmp_path / "x.db", dask=DaskOptions(address=cluster.scheduler_address))
    assert _json(tmp_path / "x.db") == serial_export


def test_a_remote_cluster_reads_files_in_the_builds_encoding(tmp_path, monkeypatch):
    """``--encoding`` reaches workers that do not share the build's environment (started before it)."""
    distributed = pytest.importorskip("distributed")
    from vitrina.ingest.encoding import FORCED_ENCODING_ENV
    from vitrina.store import reading

    monkeypatch.delenv(FORCED_ENCODING_ENV, raising=False)
    source = tmp_path / "bridge.txt"
    source.write_bytes("Bridge\n\nThe bridge at Zsérő was rebuilt in 1911.\n".encode("cp1250"))  # invented
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        build([source], tmp_path / "x.db", dask=DaskOptions(address=cluster.scheduler_address), encoding="cp1250")
    with reading(tmp_path / "x.db") as kb:
        (doc_id,) = kb.document_ids()
        assert "Zsérő" in (kb.text(doc_id) or "")


def test_copies_of_one_text_share_their_entities(serial_export):
    import json

    data = json.loads(serial_export)
    doc_ids = {Path(d["source"]).name: d["id"] for d in data["documents"]}
    named = [{e["id"] for e in data["entities"] for m in e["mentions"] if m["document"] == doc_ids[name]}
             for name in ("letter0.txt", "letter-copy.txt")]
    assert named[0] and named[0] == named[1]


@pytest.mark.parametrize(("args", "message"), [
    (["--workers", "2", "--cluster", "tcp://127.0.0.1:8786"], "give one of them"),
    (["--workers", "2", "--jobs", "2"], "--jobs sizes the local process pool"),
    (["--cluster", "127.0.0.1:8786"], "wants a scheduler address"),
])
def test_contradictory_options_are_usage_errors(args, message, letters, tmp_path):
    result = CliRunner().invoke(main, ["build", str(letters), "--db", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_without_dask_the_options_say_what_to_install(monkeypatch, letters, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(Exception, match=r"pip install 'vitrina\[scale\]'"):
        dask_options(2, None)
    result = CliRunner().invoke(main, ["build", str(letters), "--db", str(tmp_path / "x.db"), "--workers", "2"])
    assert result.exit_code == 1 and "vitrina[scale]" in result.stderr  # a missing part, not a usage error


def test_staged_build_equals_linking_whole_analyses_in_memory(letters, serial_export, tmp_path):
    """The build's data flow (staging, summaries, streamed write) loses nothing that
    ``link`` sees when it is given every analysis at once."""
    from vitrina.compare import store_comparisons
    from vitrina.link import link
    from vitrina.pipeline import analyse_file, collect_files, file_key
    from vitrina.store import write_exhibit

    analyses = [(file_key(path, True), doc) for path in collect_files([letters])
                for doc in analyse_file(path)]
    linked, entities = link([doc for _, doc in analyses])
    db = tmp_path / "in-memory.db"
    write_exhibit(db, analyses, linked, entities, derive=(store_comparisons,))
    assert _json(db) == serial_export


def _json_of(db: str | Path) -> str:
    from vitrina.store import reading

    with reading(db) as kb:
        return export(kb, "json", None) or ""


def test_one_dask_worker_build_is_byte_identical(letters, serial_export, tmp_path):
    pytest.importorskip("distributed")
    build([letters], tmp_path / "x.db", dask=DaskOptions(workers=1))
    assert _json(tmp_path / "x.db") == serial_export


@pytest.mark.postgres
@pytest.mark.parametrize("workers", [None, 1, 2])
def test_postgresql_build_is_byte_identical(letters, serial_export, pg_url, workers):
    """The same files built into PostgreSQL (by a process, or by 1 or 2 Dask workers) export
    the same JSON, byte for byte, as the SQLite build; a second build reuses every analysis."""
    if workers:
        pytest.importorskip("distributed")
    dask = DaskOptions(workers=workers) if workers else None
    report = build([letters], pg_url, jobs=None if workers else 1, dask=dask)
    assert report.documents == len(LETTERS) + 1 and not report.errors
    assert _json_of(pg_url) == serial_export
    if workers is None:
        again = build([letters], pg_url, jobs=1)
        assert again.reused == len(LETTERS) + 1 and _json_of(pg_url) == serial_export


@pytest.mark.postgres
@pytest.mark.long
def test_postgresql_comparisons_apart_give_the_same_exhibit(letters, serial_export, pg_url, monkeypatch):
    """On PostgreSQL a derive stage run apart reads the build's schema, committed under its
    temporary name; the exhibit is the same, and no build schema is left."""
    import psycopg

    from vitrina.store import apart
    from vitrina.store.postgres import target

    monkeypatch.setattr(apart, "APART_MIN_DOCUMENTS", 1)
    children: list[list[str]] = []
    run = apart.subprocess.run

    def recording_run(cmd, **kwargs):
        children.append(cmd)
        return run(cmd, **kwargs)

    monkeypatch.setattr(apart.subprocess, "run", recording_run)
    build([letters], pg_url, jobs=1)
    positional = [arg for arg in children[0] if not arg.startswith("--with=")] if children else []
    assert positional and "__build_" in positional[-1]  # the stage ran in its own process, on the build schema
    assert _json_of(pg_url) == serial_export
    where = target(pg_url)
    with psycopg.connect(where.conninfo) as conn:
        left = conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s",
                            (where.schema + "%",)).fetchall()
    assert left == [(where.schema,)]


def refusing_stage(kb) -> dict[str, str]:
    raise ValueError(f"no comparisons for {len(kb.documents())} documents")


@pytest.mark.postgres
@pytest.mark.long
def test_postgresql_stage_failing_apart_keeps_the_old_exhibit_and_leaves_no_schema(letters, serial_export,
                                                                                    pg_url, monkeypatch):
    import psycopg

    from tests.conftest import sample_documents, sample_entities
    from tests.test_scaleout import refusing_stage as stage
    from vitrina.store import StageFailed, apart, write_exhibit
    from vitrina.store.postgres import target

    build([letters], pg_url, jobs=1)
    where = target(pg_url)
    with psycopg.connect(where.conninfo, autocommit=True) as conn:  # as a build that died after its commit
        conn.execute(f'CREATE SCHEMA "{where.schema}__build_0123456789ab"')
    monkeypatch.setattr(apart, "APART_MIN_DOCUMENTS", 1)
    docs = sample_documents()
    with pytest.raises(StageFailed, match="refusing_stage failed in its own process.*ValueError: no comparisons"):
        write_exhibit(pg_url, [("sha", d) for d in docs], docs, sample_entities(), derive=(stage,), strict=True)
    assert _json_of(pg_url) == serial_export  # the old exhibit, untouched
    build([letters], pg_url, jobs=1, fresh=True)  # the next build's lock drops the dead build's schema
    with psycopg.connect(where.conninfo) as conn:
        left = conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s",
                            (where.schema + "%",)).fetchall()
    assert left == [(where.schema,)]


def test_workers_park_analyses_unless_a_remote_cluster_builds_into_a_server(tmp_path):
    from vitrina.pipeline import shard_prefix
    from vitrina.store.staging import Staging

    local, remote = DaskOptions(workers=2), DaskOptions(address="tcp://elsewhere:8786")
    with Staging(tmp_path / "x.db") as beside_file:
        assert shard_prefix(local, beside_file) == shard_prefix(remote, beside_file) == beside_file.shard_prefix
        assert Path(beside_file.shard_prefix).parent == tmp_path
    with Staging("postgresql://me@dbhost/archive") as for_server:
        assert shard_prefix(local, for_server) == for_server.shard_prefix
        assert shard_prefix(remote, for_server) is None


def _comparisons_fail(monkeypatch) -> None:
    """Inject a failure into the comparisons stage, as an exhausted resource would cause it."""
    from vitrina import compare

    def found(_kb, _scratch, *_rest):  # (the capped notes, kept statements and judgements)
        raise MemoryError("no room for the statements' pairs")
        yield  # a generator, as the stage's own

    monkeypatch.setattr(compare, "_found", found)


def test_the_comparisons_stage_is_named_as_its_entries():
    from vitrina.compare import META_KEY, store_comparisons
    from vitrina.store.db import stage_label

    assert stage_label(store_comparisons) == META_KEY == "comparisons"


@pytest.mark.parametrize("workers", [None, 1])
@pytest.mark.long
def test_a_failing_comparisons_stage_degrades_the_build(letters, serial_export, tmp_path, monkeypatch, workers):
    """By a process or a Dask worker: every document is built and exported as by a whole build,
    the comparisons are absent and said to be unavailable; ``strict`` writes nothing."""
    from vitrina.compare import load_comparisons, unavailable
    from vitrina.store import StageFailed, failed_stages, reading

    if workers:
        pytest.importorskip("distributed")
    _comparisons_fail(monkeypatch)
    dask = DaskOptions(workers=workers) if workers else None
    report = build([letters], tmp_path / "x.db", jobs=None if workers else 1, dask=dask)
    assert report.documents == len(LETTERS) + 1 and not report.errors
    assert [(f.stage, f.reason) for f in report.failed_stages] == [
        ("comparisons", "MemoryError: no room for the statements' pairs")]
    assert _json(tmp_path / "x.db") == serial_export
    with reading(tmp_path / "x.db") as kb:
        assert kb.meta_values("comparisons:") == [] and load_comparisons(kb) == []
        assert unavailable(kb) == "MemoryError: no room for the statements' pairs"
        assert failed_stages(kb) == {"comparisons": "MemoryError: no room for the statements' pairs"}
    with pytest.raises(StageFailed, match="the comparisons stage failed"):
        build([letters], tmp_path / "strict.db", jobs=None if workers else 1, dask=dask, fresh=True, strict=True)
    assert not (tmp_path / "strict.db").exists()


@pytest.mark.long
def test_a_degraded_build_exits_0_and_says_what_is_missing(letters, tmp_path, monkeypatch, caplog):
    """On the terminal: a warning and the summary name the missing stage; `compare` and the compare
    page say why there are none; the server's log says it; `--strict` fails the build and writes nothing."""
    from starlette.testclient import TestClient

    from vitrina.web.app import _log_degraded, create_app

    _comparisons_fail(monkeypatch)
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(letters), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert ("Warning: comparisons are unavailable for this build: MemoryError: no room for the statements' pairs"
            in result.stderr) and "(degraded: without comparisons)" in result.stderr
    shown = runner.invoke(main, ["compare", "--db", db])
    assert shown.exit_code == 1 and "comparisons are unavailable for this build: MemoryError" in shown.stderr
    listed = runner.invoke(main, ["compare", "--db", db, "--json"])
    assert listed.exit_code == 0 and '"unavailable": "MemoryError' in listed.stdout
    web = TestClient(create_app(db))
    page = web.get("/compare")
    assert page.status_code == 200 and "Comparisons are unavailable for this build: MemoryError" in page.text
    assert web.get("/compare.json").json()["unavailable"].startswith("MemoryError")
    with caplog.at_level("WARNING", logger="vitrina.web.app"):
        _log_degraded(web.app.state.open_for_cache)  # what the server's warming thread logs
    assert "comparisons are unavailable for this build: MemoryError" in caplog.text
    strict = runner.invoke(main, ["build", str(letters), "--db", str(tmp_path / "s.db"), "--jobs", "1", "--strict"])
    assert strict.exit_code == 1 and "Error: the comparisons stage failed (MemoryError" in strict.stderr
    assert "nothing was written (--strict)" in strict.stderr and not (tmp_path / "s.db").exists()


@pytest.mark.postgres
def test_a_failing_comparisons_stage_degrades_a_postgresql_build_on_dask(letters, serial_export, pg_url,
                                                                        monkeypatch):
    pytest.importorskip("distributed")
    from vitrina.compare import unavailable
    from vitrina.store import reading

    _comparisons_fail(monkeypatch)
    report = build([letters], pg_url, dask=DaskOptions(workers=1))
    assert [f.stage for f in report.failed_stages] == ["comparisons"] and not report.errors
    assert _json_of(pg_url) == serial_export
    with reading(pg_url) as kb:
        assert kb.meta_values("comparisons:") == [] and unavailable(kb) is not None


@pytest.mark.postgres
def test_postgresql_stage_failing_apart_degrades_the_build_and_leaves_no_schema(pg_url, monkeypatch):
    """Run apart, the build's schema is committed before the stage; the stage's failure is rolled
    back to the savepoint after that commit, and the exhibit is swapped in without it."""
    import psycopg

    from tests.conftest import sample_documents, sample_entities
    from tests.test_scaleout import refusing_stage as stage
    from vitrina.store import apart, failed_stages, reading, write_exhibit
    from vitrina.store.postgres import target

    monkeypatch.setattr(apart, "APART_MIN_DOCUMENTS", 1)
    docs = sample_documents()
    failures = write_exhibit(pg_url, [("sha", d) for d in docs], docs, sample_entities(), derive=(stage,))
    assert [f.stage for f in failures] == ["refusing_stage"] and "ValueError: no comparisons" in failures[0].reason
    with reading(pg_url) as kb:
        assert [d.id for d in kb.documents()] == [d.id for d in docs]
        assert failed_stages(kb) == {"refusing_stage": failures[0].reason}
    where = target(pg_url)
    with psycopg.connect(where.conninfo) as conn:
        left = conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s",
                            (where.schema + "%",)).fetchall()
    assert left == [(where.schema,)]


@pytest.mark.long
def test_a_dask_build_skips_a_file_past_the_time_limit_and_builds_the_rest(letters, serial_export, tmp_path,
                                                                         monkeypatch):
    """A file that hangs its reader (``_isolation_work``) is stopped at ``--time-limit`` on its Dask worker,
    reported as over a limit and left out; the database is the one the other files make."""
    pytest.importorskip("distributed")
    from vitrina import scaleout
    from vitrina.errors import OverLimit
    from vitrina.workers import Limits

    from ._isolation_work import analyse_or_misbehave

    hostile = tmp_path / "hostile"
    hostile.mkdir()
    # not letter1.txt's bytes: a byte copy is kept once and never analysed, so it could not hang
    (hostile / "letter-sleep.txt").write_text(LETTERS[1] + "\n\n", encoding="utf-8")
    monkeypatch.setattr(scaleout, "_file_work", lambda: analyse_or_misbehave)
    report = build([letters, hostile], tmp_path / "x.db", dask=DaskOptions(workers=1), limits=Limits(seconds=4))
    assert report.documents == len(LETTERS) + 1, report.errors
    (error,) = report.errors
    assert isinstance(error, OverLimit) and "letter-sleep.txt" in str(error)
    assert "longer than 4 s" in str(error) and "--time-limit" in str(error)
    assert _json(tmp_path / "x.db") == serial_export


def _read_copy(path, key, use_markup):
    """A stand-in for a file's analysis: the bytes the task was given to read."""
    return [(key, path.file.read_bytes())]


def test_a_member_of_an_archive_goes_to_its_task_as_itself(tmp_path):
    from vitrina.ingest.member import Member
    from vitrina.scaleout import analyse_files

    copy = tmp_path / ".x.db.member.1.tmp"
    copy.write_bytes(b"The quay was built in 1890.\n")
    member = Member(str(tmp_path / "c.zip"), ("notes/quay.txt",), copy)
    assert analyse_files([(member, "key")], True, work=_read_copy) == [(member, [("key", copy.read_bytes())])]
