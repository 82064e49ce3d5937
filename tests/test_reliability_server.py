"""Server limits: slow or greedy clients are cut off, every answer has security headers."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from vitrina.web import server
from vitrina.web.app import SECURITY_HEADERS, create_app


@pytest.fixture
def running(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """The real server on a free port, with short deadlines and a small connection limit."""
    monkeypatch.setitem(server.LIMITS, "header_seconds", 1.0)
    monkeypatch.setitem(server.LIMITS, "body_seconds", 1.0)
    monkeypatch.setitem(server.LIMITS, "max_connections", 5)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    import uvicorn

    instance = uvicorn.Server(server.server_config(create_app(sample_db), "127.0.0.1", port))
    thread = threading.Thread(target=lambda: asyncio.run(instance.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield port
    instance.should_exit = True
    thread.join(10)


def exchange(port: int, data: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as conn:
        if data:
            conn.sendall(data)
        return read_all(conn)


def read_all(conn: socket.socket) -> bytes:
    chunks = []
    try:
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    except (TimeoutError, ConnectionResetError):
        pass
    return b"".join(chunks)


def assert_security_headers(reply: bytes) -> None:
    head = reply.split(b"\r\n\r\n", 1)[0].lower()
    for name in SECURITY_HEADERS:
        assert name.encode() + b":" in head, reply[:300]


def test_pages_carry_security_headers_and_no_server_banner(running: int) -> None:
    reply = exchange(running, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200")
    assert_security_headers(reply)
    assert b"uvicorn" not in reply.split(b"\r\n\r\n", 1)[0].lower()


@pytest.mark.parametrize("request_bytes", [
    b"GARBAGE\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n",
])
def test_malformed_or_oversized_requests_are_400_with_headers(running: int, request_bytes: bytes) -> None:
    reply = exchange(running, request_bytes)
    assert reply.startswith(b"HTTP/1.1 400")
    assert_security_headers(reply)


def test_a_silent_client_is_cut_off_after_the_header_deadline(running: int) -> None:
    started = time.monotonic()
    reply = exchange(running, b"", wait=10)
    assert time.monotonic() - started < 5
    assert reply.startswith(b"HTTP/1.1 408")
    assert_security_headers(reply)


def test_a_slowloris_head_is_cut_off(running: int) -> None:
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", running), timeout=10) as conn:
        for piece in (b"GET / HTTP/1.1\r\n", b"Host: x\r\n", b"X-a: 1\r\n", b"X-b: 2\r\n", b"X-c: 3\r\n"):
            try:
                conn.sendall(piece)
            except OSError:
                break
            time.sleep(0.4)
        reply = read_all(conn)
    assert reply.startswith(b"HTTP/1.1 408") and time.monotonic() - started < 6


def test_a_trickled_body_is_cut_off(running: int) -> None:
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", running), timeout=10) as conn:
        conn.sendall(b"POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nab")
        closed = False
        for _ in range(20):
            time.sleep(0.3)
            try:
                conn.sendall(b"c")
            except OSError:
                closed = True
                break
        read_all(conn)
    assert closed or time.monotonic() - started < 8


def test_connections_past_the_limit_are_refused_with_headers(running: int) -> None:
    held = [socket.create_connection(("127.0.0.1", running), timeout=5) for _ in range(5)]
    try:
        time.sleep(0.2)
        reply = exchange(running, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert reply.startswith(b"HTTP/1.1 503")
        assert_security_headers(reply)
    finally:
        for conn in held:
            conn.close()
    time.sleep(0.3)
    assert exchange(running, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startswith(b"HTTP/1.1 200")


def test_a_malformed_body_after_a_good_head_is_one_400_and_no_app_error(
        running: int, caplog: pytest.LogCaptureFixture) -> None:
    """The head starts the app; the broken chunk gets the server's 400; the app's own answer is dropped
    instead of raising inside uvicorn (which logged a traceback)."""
    with caplog.at_level("WARNING"):
        reply = exchange(running, b"POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  b"zz\r\nabc\r\n0\r\n\r\n")
        time.sleep(0.5)  # the app's task finishes after the reply
    assert reply.startswith(b"HTTP/1.1 400")
    assert reply.count(b"HTTP/1.1 ") == 1
    assert_security_headers(reply)
    errors = [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL") or r.exc_info]
    assert errors == []
