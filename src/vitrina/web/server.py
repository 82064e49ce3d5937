"""Serving the exhibit: uvicorn with limits a slow or greedy client cannot pass.

uvicorn arms its keep-alive timer only after a response, so a client that
connects and sends nothing, or sends its headers (or body) a byte at a time,
would hold a connection -- and a file descriptor -- for ever. The protocol
here adds deadlines for the request headers and body, refuses connections
past a limit, and answers uvicorn's own errors (a malformed or oversized
request, too many connections) with the same security headers as every page.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from vitrina.web.app import SECURITY_HEADERS

# Every limit of the server, in one table (seconds, counts, bytes).
LIMITS = {
    "header_seconds": 10.0,  # from connecting (or the previous response) to a complete request head
    "body_seconds": 30.0,  # from the request head to its last body byte (pages are GETs: bodies are tiny)
    "keep_alive_seconds": 5,  # idle time allowed between requests on one connection
    "max_connections": 200,  # open connections; more are answered 503 and closed (file descriptors)
    "max_head_bytes": 16 * 1024,  # request line + headers; more is a 400 (h11's incomplete-event limit)
    "backlog": 256,  # connections the kernel queues before accept
}


def _security_header_lines() -> list[tuple[bytes, bytes]]:
    return [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with header/body deadlines and a connection limit."""

    _deadline: asyncio.TimerHandle | None = None
    _waiting_for = ""
    _head_bytes = 0  # bytes of the request head received so far

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            end = data.find(b"\r\n\r\n")
            size = self._head_bytes + (len(data) if end < 0 else end)
            if size > LIMITS["max_head_bytes"]:  # h11 only limits a head still incomplete
                self.send_400_response("Request head too large")
                return
            self._head_bytes = 0 if end >= 0 else size
        super().data_received(data)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > LIMITS["max_connections"]:
            self._refuse(503, b"Service Unavailable: too many connections")
            return
        self._arm("header")

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        if self.transport.is_closing():
            self._disarm()
        elif self.conn.their_state is h11.SEND_BODY and self._waiting_for != "body":
            self._arm("body")
        elif self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED) and self._waiting_for:
            self._disarm()  # the whole request is in; the response may take its time

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm("header")  # the next request's head must come in time too

    def send_400_response(self, msg: str) -> None:
        headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close"),
                   *_security_header_lines()]
        event = h11.Response(status_code=400, headers=headers, reason=b"Bad Request")
        self.transport.write(self.conn.send(event) or b"")
        self.transport.write(self.conn.send(h11.Data(data=msg.encode("ascii", "replace"))) or b"")
        self.transport.write(self.conn.send(h11.EndOfMessage()) or b"")
        self.transport.close()
        self._end_cycle()

    def _end_cycle(self) -> None:
        """The request under way (a malformed body after a good head) has had its answer: the app's response
        is dropped and its body read ends, as when the client leaves (uvicorn would raise on its send)."""
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True
            cycle.message_event.set()

    # ------------------------------------------------------------ deadlines

    def _arm(self, what: str) -> None:
        self._disarm()
        seconds = LIMITS["header_seconds"] if what == "header" else LIMITS["body_seconds"]
        self._waiting_for = what
        self._deadline = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline, self._waiting_for = None, ""

    def _expired(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if self._waiting_for == "header" and self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE:
            self._refuse(408, b"Request Timeout: the request head did not arrive in time")
        else:
            self.transport.close()  # mid-body, or a response under way: just drop it
        self._waiting_for = ""

    def _refuse(self, status: int, body: bytes) -> None:
        """A raw response with the security headers, then close (no request needed)."""
        reason = {408: b"Request Timeout", 503: b"Service Unavailable"}[status]
        head = [b"HTTP/1.1 %d %s" % (status, reason), b"content-type: text/plain; charset=utf-8",
                b"content-length: %d" % len(body), b"connection: close"]
        head += [name + b": " + value for name, value in _security_header_lines()]
        self.transport.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
        self.transport.close()


def server_config(app: Any, host: str, port: int, **overrides: Any) -> Any:
    """The uvicorn configuration ``vitrina serve`` runs with."""
    import uvicorn

    settings: dict[str, Any] = {
        "host": host, "port": port, "log_level": "warning", "http": GuardedH11Protocol,
        "timeout_keep_alive": LIMITS["keep_alive_seconds"],
        "h11_max_incomplete_event_size": LIMITS["max_head_bytes"],
        "backlog": LIMITS["backlog"], "server_header": False, "ws": "none",
    }
    settings.update(overrides)
    return uvicorn.Config(app, **settings)


def serve(app: Any, host: str, port: int, listener: socket.socket | None = None) -> None:
    """Serve ``app``; on ``listener`` when given (already bound: the CLI names its port before serving)."""
    import uvicorn

    uvicorn.Server(server_config(app, host, port)).run(sockets=[listener] if listener is not None else None)
