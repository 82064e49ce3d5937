"""Round 29 (issue #14): the round-28 red team's defects, each with the test that failed before its fix
(bench/redteam/round28/REPORT.md; docs/reliability.md, "Round 28 red team"). Invented text."""

from __future__ import annotations

import errno
import os
import pty
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.concurrency import run_in_threadpool

from vitrina import pipeline, publish
from vitrina.cli import Terminated, _raise_terminated, main
from vitrina.ingest import html
from vitrina.terminal import styled

from .test_folders import nest, unnest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------- 1. SIGTERM during publish


async def _page(scope, receive, send) -> None:  # noqa: ANN001 - an ASGI app rendering in a worker thread
    body = await run_in_threadpool(lambda: b"<p>The lighthouse was lit in 1871.</p>")
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})


def test_a_term_while_a_render_thread_starts_ends_the_request_and_leaves_no_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGTERM raised inside the event loop, just as the thread pool started a thread, left that thread
    waiting for work for ever: `vitrina publish` then never exited (2 of 10 tries in round 28)."""
    real_start = threading.Thread.start
    started: list[threading.Thread] = []  # only this request's threads (other tests' idle pools are theirs)

    def start_then_term(thread: threading.Thread) -> None:
        real_start(thread)
        if thread.name == "AnyIO worker thread":
            started.append(thread)
            os.kill(os.getpid(), signal.SIGTERM)  # the command line's handler runs right here

    monkeypatch.setattr(threading.Thread, "start", start_then_term)
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        with pytest.raises(Terminated), publish.InProcessClient(_page) as client:
            client.get("/")
    finally:
        signal.signal(signal.SIGTERM, previous)
        monkeypatch.undo()
    left = list(started)
    assert left  # the TERM came while a render thread was starting
    for thread in left:
        thread.join(5)
    stuck = [t for t in left if t.is_alive()]
    for thread in stuck:  # without the fix: stop it, or this test run could not exit
        thread.stop()  # type: ignore[attr-defined]
    assert not stuck


def test_an_interrupted_command_ends_even_when_a_thread_is_left_waiting(tmp_path: Path) -> None:
    """The backstop: whatever thread a library leaves behind, a terminated `vitrina` ends within
    EXIT_GRACE_SECONDS of saying so (exit waited for such a thread for ever)."""
    script = tmp_path / "hang.py"
    script.write_text(textwrap.dedent("""
        import sys, threading
        from vitrina import cli

        @cli.main.command("wait-for-ever")
        def wait_for_ever():
            threading.Thread(target=threading.Event().wait).start()  # not a daemon: exit waits for it
            raise cli.Terminated

        sys.argv = ["vitrina", "wait-for-ever"]
        cli.main()
    """))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1 and done.stderr.strip() == "Error: terminated"
    assert time.monotonic() - started < 60


# ---------------------------------------------------------------- 2. deep folders


def test_a_file_990_folders_down_is_built_not_a_recursion_error(tmp_path: Path) -> None:
    top = tmp_path / "deep"
    top.mkdir()
    nest(top, 990, {990: "bottom.txt"})
    try:
        missing: list = []
        [found] = pipeline.collect_files([top], missing=missing)
        assert found.name == "bottom.txt" and missing == []
    finally:
        unnest(top, 990)


def test_a_folder_past_the_longest_path_is_reported_by_its_depth_and_the_rest_is_read(tmp_path: Path) -> None:
    top = tmp_path / "deep"
    top.mkdir()
    nest(top, 2_100, {1_000: "middle.txt"})
    try:
        missing: list = []
        [found] = pipeline.collect_files([top], missing=missing)
        assert found.name == "middle.txt"
        [error] = missing
        assert "levels deep: its path is longer than the system allows" in str(error)
        assert len(str(error)) < 300  # the folder named by its first and last levels, not 4 KB of a/a/a
    finally:
        unnest(top, 2_100)


# ---------------------------------------------------------------- 3. publish resumed


def _stop_after(monkeypatch: pytest.MonkeyPatch, files: int, error: BaseException) -> None:
    """The publish's ``files``-th file write raises ``error`` (a full disk, Ctrl-C)."""
    real = publish.write_in_site
    count = [0]

    def write(target: Path, content: str | bytes, keep: frozenset[Path] = frozenset()) -> None:
        count[0] += 1
        if count[0] == files:
            raise error
        real(target, content, keep)

    monkeypatch.setattr(publish, "write_in_site", write)


def test_a_publish_stopped_part_way_is_finished_by_the_next(sample_db: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-run was refused: "index.html … was not written by vitrina" (it was, by the run that stopped)."""
    site = tmp_path / "site"
    _stop_after(monkeypatch, 6, OSError(errno.ENOSPC, "No space left on device", str(site / "x.html")))
    stopped = run("publish", "--db", str(sample_db), "--static", str(site))
    assert stopped.exit_code == 1
    assert "holds a site stopped part-way; publish again into it to finish it" in stopped.output
    assert publish.incomplete_site(site) and not (site / "index.html").exists()  # no front door yet
    assert len([p for p in site.rglob("*") if p.is_file()]) > 3
    monkeypatch.undo()
    again = run("publish", "--db", str(sample_db), "--static", str(site))
    assert again.exit_code == 0, again.output
    assert not publish.incomplete_site(site) and (site / "index.html").is_file()
    assert "already there" not in again.output  # every file there was rewritten


def test_an_interrupted_publish_beside_the_owners_files_still_protects_them(
        sample_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "project"
    (folder / "documents").mkdir(parents=True)
    (folder / "notes.txt").write_text("the owner's notes\n")
    (folder / "documents" / "voyage.html").write_text("<p>the owner's page</p>\n")  # a page name only the crawl meets
    _stop_after(monkeypatch, 4, KeyboardInterrupt())
    assert run("publish", "--db", str(sample_db), "--static", str(folder)).exit_code == 1
    monkeypatch.undo()
    for _ in range(2):  # the record of the stopped publish names its own files only
        again = run("publish", "--db", str(sample_db), "--static", str(folder))
        assert again.exit_code == 1 and "was not written by vitrina" in again.output
        assert "voyage.html" in again.output
    assert (folder / "documents" / "voyage.html").read_text() == "<p>the owner's page</p>\n"
    assert (folder / "notes.txt").read_text() == "the owner's notes\n"


def test_a_file_named_like_the_record_that_is_not_one_is_someone_elses(sample_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / publish.SITE_RECORD).write_text("my own list\nindex.html\n")
    result = run("publish", "--db", str(sample_db), "--static", str(folder))
    assert result.exit_code == 1 and "was not written by vitrina" in result.output
    assert (folder / publish.SITE_RECORD).read_text() == "my own list\nindex.html\n"


# ---------------------------------------------------------------- 5. no styling for TERM=dumb, NO_COLOR


class _Terminal:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("environment", "expected"), [
    ({"TERM": "xterm"}, True),
    ({"TERM": "dumb"}, False),
    ({"TERM": "xterm", "NO_COLOR": "1"}, False),
    ({"TERM": "xterm", "NO_COLOR": ""}, True),  # no-color.org: set *and not empty*
])
def test_styling_honours_a_dumb_terminal_and_no_color(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str],
                                                      expected: bool) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert styled(_Terminal()) is expected
    assert styled(open(os.devnull, "w")) is False  # noqa: SIM115 - not a terminal


@pytest.mark.parametrize("environment", [{"TERM": "dumb"}, {"TERM": "xterm", "NO_COLOR": "1"}])
def test_search_on_a_terminal_prints_no_escape_with_term_dumb_or_no_color(sample_db: Path,
                                                                          environment: dict[str, str]) -> None:
    """`search` printed ESC[1m, ESC[4m, ESC[2m on a dumb terminal and with NO_COLOR=1 (14 for one query)."""
    leader, follower = pty.openpty()
    env = {**{k: v for k, v in os.environ.items() if k != "NO_COLOR"}, "PYTHONPATH": str(ROOT / "src"), **environment}
    proc = subprocess.Popen([sys.executable, "-m", "vitrina.cli", "search", "ship", "--db", str(sample_db)],
                            stdout=follower, stderr=follower, env=env)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    assert b"ship" in output.lower() and b"\x1b" not in output


# ---------------------------------------------------------------- 6. a paragraph that is one link


def _page_text(body: str, head: str = "") -> str:
    page = f"<html><head>{head}</head><body><main><h1>The Ferry Letters</h1>{body}" \
           "<p>The ferryman wrote to his sister every week of the winter of 1902.</p></main></body></html>"
    [doc] = html.read(page.encode(), "letters.html")
    return doc.text


def test_a_paragraph_that_is_one_link_to_another_site_is_text() -> None:
    """Round 28: `<p><a href="http://…">Letters of … from …</a></p>` vanished without a word."""
    text = _page_text('<p><a href="https://archive.example.org/item/77">Letters of Tomas Brenn from Oslo</a></p>')
    assert "Letters of Tomas Brenn from Oslo" in text


def test_a_line_that_is_one_link_within_the_site_is_still_a_control() -> None:
    assert "Plan your visit" not in _page_text('<p><a href="/visit">Plan your visit</a></p>')
    own = '<link rel="canonical" href="https://ferry.example.org/letters">'
    assert "Plan your visit" not in _page_text('<p><a href="https://ferry.example.org/visit">Plan your visit</a></p>',
                                               own)
    assert "Share" not in _page_text('<p><a href="https://a.example.com/s">Share</a> '
                                     '<a href="https://b.example.com/s">Post</a></p>')


# ---------------------------------------------------------------- 7. export errors name the file


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_an_export_to_a_full_device_names_the_file(sample_db: Path) -> None:
    result = run("export", "--db", str(sample_db), "-o", "/dev/full")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: /dev/full: no space left on device (disk full)"


def test_a_write_that_fails_on_a_full_disk_names_the_file(tmp_path: Path) -> None:
    from vitrina.export.atomic import write_atomically

    class Unwritable(str):
        def encode(self, *_args: object, **_kwargs: object) -> bytes:  # type: ignore[override]
            raise OSError(errno.ENOSPC, "No space left on device")  # as a write to a full disk says it

    with pytest.raises(OSError) as caught:
        write_atomically(tmp_path / "out.json", Unwritable("{}"))
    assert caught.value.filename == str(tmp_path / "out.json") and caught.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []  # no temporary file left


# ---------------------------------------------------------------- observations


def test_a_full_disk_for_a_new_database_says_none_was_created(tmp_path: Path) -> None:
    import sqlite3

    from vitrina.cli import database_error_message

    full = sqlite3.OperationalError("database or disk is full")
    assert database_error_message(str(tmp_path / "new.db"), full).endswith("no database was created")
    (tmp_path / "old.db").write_bytes(b"")
    assert database_error_message(str(tmp_path / "old.db"), full).endswith("the database was not changed")
